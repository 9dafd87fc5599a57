# El mundo «Comparte seguro», niveles 2 y siguientes. Personas, lugares y juegos inventados.
# Calle y colegio inventados para el español: calle de los Arces, colegio Robledal.

## Nivel 2: los ajustes de un perfil de juego

level-privacy-profile-title = El perfil de Lena
level-privacy-profile-instruction = Este es el perfil de juego de Lena. Toca cada ajuste que comparte demasiado para arreglarlo.
level-privacy-profile-learned = Deja tu perfil solo para amigos. Usa un nombre de juego inventado y un dibujo, y guarda en privado tu ubicación y tu número.
level-privacy-profile-hint-1 = Lee cada línea. ¿Podría alguien desconocido usarla para encontrar a Lena?
level-privacy-profile-hint-2 = Un nombre de juego inventado y un dibujo son seguros. Los nombres reales, los lugares y los números, no.
level-privacy-profile-hint-3 = Mira quién puede ver el perfil y el número de teléfono.

privacy-profile-visibility = Quién puede ver mi perfil: Todo el mundo
privacy-profile-visibility-reason = Todo el mundo incluye a desconocidos. Ponlo en solo amigos.
privacy-profile-visibility-fixed = Quién puede ver mi perfil: Solo amigos
privacy-profile-name = Nombre visible: Lena Schmidt (nombre completo)
privacy-profile-name-reason = Un nombre completo ayuda a desconocidos a encontrar a Lena. Basta con un nombre de juego inventado.
privacy-profile-name-fixed = Nombre visible: StarFox22 (nombre de juego)
privacy-profile-game-name = Nombre de juego: StarFox22
privacy-profile-game-name-reason = Un nombre de juego inventado no dice a nadie quién es Lena de verdad. ¡Buena elección!
privacy-profile-avatar = Avatar: un zorro de dibujos animados
privacy-profile-avatar-reason = Un dibujo no muestra la cara de Lena. Es seguro.
privacy-profile-location = Compartir mi ubicación: Sí
privacy-profile-location-reason = Esto muestra a la gente dónde está Lena ahora mismo. Déjalo desactivado.
privacy-profile-location-fixed = Compartir mi ubicación: No
privacy-profile-game = Juego favorito: Block Builders
privacy-profile-game-reason = A muchos niños les gusta este juego. No dice a nadie dónde está Lena.
privacy-profile-phone = Número de teléfono: visible para todos
privacy-profile-phone-reason = Desconocidos podrían llamar o escribir a Lena. Guarda en privado tu número de teléfono.
privacy-profile-phone-fixed = Número de teléfono: oculto

## Nivel 3: una publicación con foto

level-privacy-photo-title = Una foto al sol
level-privacy-photo-instruction = Toca cada pista de esta publicación que muestre dónde vives o a qué colegio vas.
level-privacy-photo-learned = Antes de publicar una foto, busca letreros de calles, números de casas, logotipos del colegio y etiquetas de ubicación.
level-privacy-photo-hint-1 = Mira también el fondo, no solo a ti y al perro.
level-privacy-photo-hint-2 = Los nombres de calles, los números de casas y los logotipos del colegio dicen a desconocidos dónde encontrarte.
level-privacy-photo-hint-3 = El letrero de la calle que hay detrás de ti es una pista. Hay tres más.

privacy-photo-photo = Foto: mi perro y yo en el jardín
privacy-photo-photo-reason = Una foto tuya con tu mascota puede estar bien para compartir con amigos. Solo mira qué más sale.
privacy-photo-sign = Detrás: un letrero, «Calle de los Arces»
privacy-photo-sign-reason = El letrero dice a todo el mundo en qué calle vives. Haz la foto donde no haya letreros.
privacy-photo-door = En la puerta: el número 12
privacy-photo-door-reason = Con el nombre de la calle, el número muestra tu casa exacta. Déjalo fuera de la foto.
privacy-photo-shirt = Mi camiseta con el logo del colegio Robledal
privacy-photo-shirt-reason = El logo muestra a qué colegio vas. Los desconocidos sabrían dónde estás cada día.
privacy-photo-caption = Texto: ¡Sábado de sol con Rex!
privacy-photo-caption-reason = El nombre de tu perro se puede compartir. Solo no lo uses nunca como contraseña.
privacy-photo-location = Ubicación: calle de los Arces, 12
privacy-photo-location-reason = La etiqueta da tu dirección completa a todo el mundo. Desactiva las etiquetas de ubicación.
privacy-photo-comment = Comentario de Ben: ¡Qué perro tan bonito!
privacy-photo-comment-reason = Un comentario amable de un amigo está bien. No revela nada.

## Nivel 4: preguntas que piden demasiado

level-privacy-stranger-asks-title = ¿Quién quiere saberlo?
level-privacy-stranger-asks-instruction = Elige cada vez la mejor respuesta.
level-privacy-stranger-asks-learned = Siempre puedes decir que no. Guárdate tu colegio, tu calle y los números de tus amigos. Si alguien insiste, cuéntaselo a un adulto.
level-privacy-stranger-asks-hint-1 = Piensa: ¿quién verá mi respuesta y qué podría hacer con ella?
level-privacy-stranger-asks-hint-2 = Tus datos, y los números de tus amigos, son tuyos. Siempre puedes decir que no.
level-privacy-stranger-asks-hint-3 = Un juego sigue funcionando cuando dices que no a tus contactos.

privacy-stranger-asks-school = SkyRider9, un amigo de internet al que nunca has visto, pregunta: «¿A qué colegio vas?»
privacy-stranger-asks-school-tell = Se lo digo y luego aviso a un adulto de que lo hice.
privacy-stranger-asks-school-tell-reason = Avisar a un adulto está bien, pero ahora SkyRider9 sabe tu colegio. Mejor no lo compartas.
privacy-stranger-asks-school-town = Solo le digo mi ciudad.
privacy-stranger-asks-school-town-reason = Tu ciudad también es una pista de dónde estás. Guárdala en privado también.
privacy-stranger-asks-school-say-no = Le digo que no y aviso a un adulto.
privacy-stranger-asks-school-say-no-reason = ¡Muy bien! Puedes decir que no con amabilidad. Un adulto puede ayudarte si SkyRider9 sigue preguntando.
privacy-stranger-asks-contacts = Mientras juegas, un juego pregunta: «¿Permitir que Block Builders acceda a tus contactos?»
privacy-stranger-asks-contacts-allow = Toco «Permitir» para encontrar amigos rápido.
privacy-stranger-asks-contacts-allow-reason = Tus contactos son los números de otras personas. El juego los tendría sin preguntarles a ellas.
privacy-stranger-asks-contacts-not-now = Toco «No permitir». El juego funciona igual.
privacy-stranger-asks-contacts-not-now-reason = ¡Bien! Los números de tus contactos no son tuyos para regalarlos. Puedes añadir amigos por su nombre de juego.
privacy-stranger-asks-contacts-allow-then-delete = Lo permito y luego borro el juego entero.
privacy-stranger-asks-contacts-allow-then-delete-reason = Cuando el juego ya tiene los números, borrar el juego no los recupera.
privacy-stranger-asks-quiz = Un test divertido dice: «¡Tu nombre de superhéroe = tu calle + tu colegio!»
privacy-stranger-asks-quiz-skip = Me lo salto, o juego con palabras inventadas.
privacy-stranger-asks-quiz-skip-reason = ¡Bien pensado! Tu calle y tu colegio muestran dónde encontrarte. Las palabras inventadas son igual de divertidas.
privacy-stranger-asks-quiz-post = Pongo mi nombre de superhéroe real en los comentarios.
privacy-stranger-asks-quiz-post-reason = Ahora todo el mundo sabe tu calle y tu colegio. Juntos muestran dónde encontrarte.
privacy-stranger-asks-quiz-send-friend = Solo se lo mando a un amigo por mensaje.
privacy-stranger-asks-quiz-send-friend-reason = Los mensajes se pueden reenviar. Guárdate tus respuestas reales.

## Nivel 5: antes de publicar una foto

level-privacy-before-posting-title = ¿Todo a punto para publicar?
level-privacy-before-posting-instruction = Quieres publicar una foto. ¿Es un buen paso antes de publicar, o mejor no?
level-privacy-before-posting-learned = Antes de publicar, revisa la foto en busca de pistas, pregunta a quienes salen en ella y elige solo amigos. Deja desactivadas las etiquetas de ubicación.
level-privacy-before-posting-hint-1 = Piensa: cuando ya esté publicada, ¿quién podría ver la foto y qué podría saber?
level-privacy-before-posting-hint-2 = Los buenos pasos dejan fuera las pistas y a los desconocidos, y preguntan a quienes salen en la foto. Los arriesgados difunden la foto o dónde estás.
level-privacy-before-posting-hint-3 = Una etiqueta de ubicación es algo que hay que dejar fuera.

privacy-bin-do = Hazlo
privacy-bin-dont = Mejor no

privacy-before-posting-clues = Revisar la foto en busca de letreros y números de casa.
privacy-before-posting-clues-reason = ¡Bien! Recórtalos o elige otra foto, para que nadie sepa dónde vives.
privacy-before-posting-location = Añadir tu ubicación para que tus amigos te encuentren.
privacy-before-posting-location-reason = Una etiqueta de ubicación muestra a todo el mundo dónde estás. Déjala desactivada.
privacy-before-posting-ask = Preguntar a todos los que salen en la foto si les parece bien.
privacy-before-posting-ask-reason = También es su foto. Publícala solo si dicen que sí.
privacy-before-posting-everyone = Publicarla para todo el mundo, para tener más «me gusta».
privacy-before-posting-everyone-reason = Todo el mundo incluye a desconocidos. Los «me gusta» no valen tanto.
privacy-before-posting-audience = Elegir quién puede verla: solo amigos.
privacy-before-posting-audience-reason = ¡Bien! Solo amigos deja fuera a los desconocidos.
privacy-before-posting-surprise = Publicar una foto ridícula de un amigo por sorpresa.
privacy-before-posting-surprise-reason = Pregunta primero. Puede que tu amigo no quiera esa foto en internet.
