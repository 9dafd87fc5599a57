# El mundo «La IA y yo». Personas, apps y cuentas inventadas. Textos de tarjeta cortos.

world-ai-and-me = La IA y yo

ai-bin-ok-to-ask = Se puede preguntar
ai-bin-good-use = Buen uso
ai-bin-not-ok = No está bien

## Nivel 2: qué contarle a un chatbot

level-ai-what-to-tell-title = Hablar con un chatbot
level-ai-what-to-tell-instruction = ¿Se puede preguntar esto a un chatbot o es mejor guardarlo en privado?
level-ai-what-to-tell-learned = Pregunta a un chatbot sobre el mundo, no sobre ti. Nombres, direcciones, fotos, contraseñas y secretos son privados.
level-ai-what-to-tell-hint-1 = Pregúntate: ¿esto va sobre el mundo, o sobre mí y mis amigos?
level-ai-what-to-tell-hint-2 = La empresa que lleva un chatbot puede leer lo que escribes. Guarda en privado todo lo que muestre quién eres.
level-ai-what-to-tell-hint-3 = Se puede preguntar por el cuento del dragón. Tu dirección, no.

ai-what-to-tell-volcano = ¿Cómo funcionan los volcanes?
ai-what-to-tell-volcano-reason = Una pregunta sobre el mundo no revela nada. Comprueba también la respuesta en un libro.
ai-what-to-tell-address = La dirección de tu casa
ai-what-to-tell-address-reason = Un chatbot no necesita saber dónde vives. La empresa que hay detrás puede leer lo que escribes.
ai-what-to-tell-name-school = Tu nombre completo y tu colegio
ai-what-to-tell-name-school-reason = Juntos dicen a cualquiera que los lea quién eres y dónde encontrarte. Guárdalos en privado.
ai-what-to-tell-dragon = Ideas para un cuento sobre un dragón
ai-what-to-tell-dragon-reason = Pedir ideas está bien. Luego haz que el cuento sea tuyo.
ai-what-to-tell-password = Tu contraseña, para que la recuerde
ai-what-to-tell-password-reason = Un chatbot nunca necesita tu contraseña. Guárdala para ti y para el adulto que te ayuda con ella.
ai-what-to-tell-face-photo = Una foto de tu cara
ai-what-to-tell-face-photo-reason = Una foto tuya es personal. No se la des a un chatbot, y pregunta a un adulto de confianza antes de compartir fotos.
ai-what-to-tell-perimeter = ¿Qué significa «perímetro»?
ai-what-to-tell-perimeter-reason = Preguntar qué significa una palabra está bien. Tu profe puede comprobar la respuesta contigo.
ai-what-to-tell-friend-secret = Un secreto que te contó un amigo
ai-what-to-tell-friend-secret-reason = Es el secreto de tu amigo. No te toca a ti compartirlo, ni con un chatbot ni con nadie.

## Nivel 1: enseña al robot

level-ai-teach-the-robot-title = Enseña al robot
level-ai-teach-the-robot-instruction = Ordena las tarjetas para enseñar al robot qué es un gato. Luego ponlo a prueba.
level-ai-teach-the-robot-learned = Un robot solo aprende de sus ejemplos. Enséñale muchos tipos de gatos y reconocerá también gatos nuevos.
level-ai-teach-the-robot-hint-1 = Mira los gatos de los que aprendió el robot. ¿En qué se parecen todos?
level-ai-teach-the-robot-hint-2 = Todos los gatos que vio eran pequeños y naranjas. Necesita gatos que sean distintos.
level-ai-teach-the-robot-hint-3 = Añade un gato que sea gris, grande o peludo.

## Nivel 3: muy seguro, pero equivocado

level-ai-chatbot-sure-title = Muy seguro, pero equivocado
level-ai-chatbot-sure-instruction = Un chatbot suena muy seguro. ¿Qué haces?
level-ai-chatbot-sure-learned = Un chatbot puede sonar muy seguro y aun así equivocarse. Compruébalo en un libro o en un sitio fiable, o pregunta a un adulto.
level-ai-chatbot-sure-hint-1 = ¿Algo es verdad solo porque suena seguro?
level-ai-chatbot-sure-hint-2 = Compruébalo con una fuente que no sea el chatbot.
level-ai-chatbot-sure-hint-3 = Para la araña: un libro de ciencias te lo puede decir.

ai-chatbot-sure-spider-prompt = Para los deberes, preguntas a un chatbot: «¿La araña es un insecto?». Dice: «Sí, las arañas son insectos».
ai-chatbot-sure-spider-copy = Apuntarlo. Suena muy seguro.
ai-chatbot-sure-spider-copy-reason = Sonar seguro no es tener razón. Las arañas tienen 8 patas; los insectos, 6.
ai-chatbot-sure-spider-check = Mirarlo en un libro o una web fiable
ai-chatbot-sure-spider-check-reason = ¡Bien! Otra fuente muestra que el chatbot se equivocó: las arañas no son insectos.
ai-chatbot-sure-spider-ask-again = Preguntar al chatbot: «¿Seguro que es así?»
ai-chatbot-sure-spider-ask-again-reason = Puede que vuelva a decir que sí. Compruébalo con una fuente que no sea el chatbot.
ai-chatbot-sure-talk-prompt = Un chatbot te da un dato increíble para tu exposición en clase. No lo encuentras en ningún otro sitio.
ai-chatbot-sure-talk-use-it = Usarlo: el chatbot sabe cosas que nosotros no sabemos
ai-chatbot-sure-talk-use-it-reason = Los chatbots pueden inventarse datos que parecen reales. Si nadie más lo dice, déjalo fuera.
ai-chatbot-sure-talk-leave-out = Dejarlo fuera o preguntar a tu profe
ai-chatbot-sure-talk-leave-out-reason = Bien. Un dato que no puedes comprobar no está listo para tu exposición.
ai-chatbot-sure-talk-tell-friends = Contar a tus amigos que es verdad
ai-chatbot-sure-talk-tell-friends-reason = Así se extiende un dato que nadie ha comprobado. Compruébalo primero.

## Nivel 4: ¿por qué este vídeo?

level-ai-why-this-video-title = ¿Por qué este vídeo?
level-ai-why-this-video-instruction = Descubre por qué la app te muestra lo que te muestra.
level-ai-why-this-video-learned = Las apps aprenden de lo que ves, lo que te gusta y lo que buscas. Busca cosas nuevas y dile a la app lo que no quieres.
level-ai-why-this-video-hint-1 = Piensa en lo que hiciste antes en la app.
level-ai-why-this-video-hint-2 = La app elige vídeos según lo que ves, lo que te gusta y lo que buscas.
level-ai-why-this-video-hint-3 = Para ver otras cosas, enseña a la app otras cosas que te gustan.

ai-why-this-video-cakes-prompt = Viste tres vídeos de tartas hasta el final. Ahora tu app te muestra muchos vídeos de tartas.
ai-why-this-video-cakes-everyone = Hoy todo el mundo está viendo tartas
ai-why-this-video-cakes-everyone-reason = ¡Poco probable! La app elige vídeos para ti según lo que hiciste.
ai-why-this-video-cakes-learned = La app aprendió de lo que viste
ai-why-this-video-cakes-learned-reason = Bien. Las apps usan lo que ves, lo que te gusta y lo que buscas para elegir lo siguiente.
ai-why-this-video-cakes-teacher = Tu profe le dijo a la app que te gustan las tartas
ai-why-this-video-cakes-teacher-reason = No. La app lo aprendió de tus propios toques y visitas.
ai-why-this-video-more-prompt = Quieres ver algo más que tartas. ¿Qué ayuda?
ai-why-this-video-more-search = Buscar cosas nuevas y tocar «No me interesa»
ai-why-this-video-more-search-reason = ¡Sí! La app también aprende de eso. Muchas apps tienen un botón como «No me interesa».
ai-why-this-video-more-more-cakes = Ver todavía más vídeos de tartas
ai-why-this-video-more-more-cakes-reason = Así le enseñas a la app que solo quieres tartas.
ai-why-this-video-more-scroll = Seguir deslizando: la app cambiará sola pronto
ai-why-this-video-more-scroll-reason = La app sigue eligiendo según lo que hiciste antes. Enséñale qué más te gusta.
ai-why-this-video-feel-bad-prompt = Un tipo de vídeo que la app te enseña sin parar hace que te sientas mal contigo.
ai-why-this-video-feel-bad-keep-watching = Seguir viéndolos para no perderte nada
ai-why-this-video-feel-bad-keep-watching-reason = Ver más le dice a la app que te enseñe más de eso. Para y tómate un descanso.
ai-why-this-video-feel-bad-share = Compartirlos con amigos para ver si les pasa igual
ai-why-this-video-feel-bad-share-reason = Así se extiende el mal rato. Deja de verlos y habla con alguien de confianza.
ai-why-this-video-feel-bad-stop-tell = Dejar de verlos y contárselo a un adulto
ai-why-this-video-feel-bad-stop-tell-reason = Bien. Cómo te sientes importa más que la app. Un adulto puede ayudarte a cambiar lo que te enseña.

## Nivel 5: ¿real o hecha con IA?

level-ai-fake-picture-title = ¿Real o hecha con IA?
level-ai-fake-picture-instruction = Toca cada pista de que esta imagen puede estar hecha con IA o puede no ser verdad.
level-ai-fake-picture-learned = La IA puede hacer imágenes que parecen reales. Busca pistas, comprueba otras fuentes y pregunta a un adulto cuando tengas dudas.
level-ai-fake-picture-hint-1 = ¿Te sorprendería esta imagen en la vida real?
level-ai-fake-picture-hint-2 = Algo sorprendente, demasiado perfecto, detalles raros y prisa por compartir: todo son pistas.
level-ai-fake-picture-hint-3 = Lee con atención el letrero del autobús.

ai-fake-picture-account = Publicado por: @pic_planet, hoy a las 10:02
ai-fake-picture-account-reason = El nombre y la hora no dicen si una imagen es real. Mira la imagen en sí.
ai-fake-picture-photo = Foto: un pingüino tan alto como un autobús escolar
ai-fake-picture-photo-reason = Las imágenes muy sorprendentes son una pista. Mira si las noticias o un sitio fiable la muestran también.
ai-fake-picture-perfect = Todo parece liso y perfecto, como un juguete
ai-fake-picture-perfect-reason = Las imágenes hechas con IA pueden parecer demasiado perfectas. Es una pista: compruébalo antes de creerlo.
ai-fake-picture-sign = El letrero del autobús dice «ECSOLAR»
ai-fake-picture-sign-reason = Los detalles que no están bien, como letras revueltas, son una pista de que la imagen puede ser inventada.
ai-fake-picture-caption = Texto: ¡¡¡REAL!!! ¡Compártelo antes de que lo borren!
ai-fake-picture-caption-reason = Las prisas por compartir son una señal de alarma. Las noticias de verdad pueden esperar mientras compruebas.
ai-fake-picture-question = Comentario: ¿Qué web de noticias lo publica?
ai-fake-picture-question-reason = ¡Buena pregunta! Comprobar otras fuentes es lo correcto.
ai-fake-picture-comment = Comentario: ¡Los pingüinos no son tan grandes!
ai-fake-picture-comment-reason = Este comentario hace bien en dudar. Usar lo que sabes es una buena comprobación.

## Nivel 6: ¿de verdad es esa persona?

level-ai-voice-message-title = ¿De verdad es esa persona?
level-ai-voice-message-instruction = Las voces y los vídeos se pueden hacer con IA. ¿Qué haces?
level-ai-voice-message-learned = La IA puede copiar voces y caras. Si un mensaje pide códigos, dinero o un clic rápido, compruébalo de otra forma y cuéntaselo a un adulto.
level-ai-voice-message-hint-1 = ¿Una voz que suena igual demuestra quién habla?
level-ai-voice-message-hint-2 = Compruébalo con la persona de otra forma, no contestando al mensaje.
level-ai-voice-message-hint-3 = Para la cantante: su propia página también lo diría.

ai-voice-message-cousin-prompt = Un audio suena igual que tu primo Leo: «¡He perdido el móvil! Mándame el código del banco de tus padres, ¡rápido!».
ai-voice-message-cousin-send = Mandarlo: Leo es de la familia y suena preocupado
ai-voice-message-cousin-send-reason = La IA puede copiar una voz con un audio corto. Y un primo de verdad no pediría un código del banco.
ai-voice-message-cousin-check = Comprobarlo con Leo de otra forma, con un adulto
ai-voice-message-cousin-check-reason = Bien. No te fíes solo de la voz. Un adulto puede llamar a Leo al número que conoce.
ai-voice-message-cousin-delete-after = Mandar el código y pedirle que lo borre luego
ai-voice-message-cousin-delete-after-reason = Una vez enviado, ya no está en tus manos. Nunca mandes códigos.
ai-voice-message-singer-prompt = Un vídeo muestra a la cantante Mila Star diciendo: «¡Haz clic en este enlace y llévate una tableta gratis!».
ai-voice-message-singer-click = Hacer clic rápido, antes de que se acaben
ai-voice-message-singer-click-reason = Las prisas son una señal de alarma. Vídeos así se pueden hacer con IA para engañarte.
ai-voice-message-singer-check = Mirar antes su página y las noticias
ai-voice-message-singer-check-reason = Sí. Si su página y las noticias no lo dicen, el vídeo es falso.
ai-voice-message-singer-aunt = Pedir a tu tía que haga clic por ti
ai-voice-message-singer-aunt-reason = El problema es el enlace, lo toque quien lo toque. Compruébalo primero y luego explícale al adulto por qué.

## Nivel 7: la IA ayuda, tú decides

level-ai-you-decide-title = La IA ayuda, tú decides
level-ai-you-decide-instruction = ¿Es una buena forma de usar la IA para el colegio, o no está bien?
level-ai-you-decide-learned = La IA puede ayudarte a aprender. Tú piensas, compruebas lo que dice y sigues las normas de tu colegio.
level-ai-you-decide-hint-1 = Pregúntate: ¿quién piensa aquí, yo o la IA?
level-ai-you-decide-hint-2 = Usar la IA para entender o practicar está bien. Hacer pasar su trabajo por tuyo, no.
level-ai-you-decide-hint-3 = Pedirle que te explique una palabra es un buen uso.

ai-you-decide-explain-word = Pedirle que explique una palabra que no conoces
ai-you-decide-explain-word-reason = Usar la IA para entender algo te ayuda a aprender. Comprueba que tenga sentido.
ai-you-decide-copy-story = Entregar como tuyo un cuento que escribió ella
ai-you-decide-copy-story-reason = No es tu trabajo y no aprendes nada. Di con sinceridad lo que hizo la IA.
ai-you-decide-quiz = Pedirle preguntas de repaso para practicar
ai-you-decide-quiz-reason = Practicar con sus preguntas puede ayudar. Comprueba las respuestas en tus apuntes.
ai-you-decide-whole-homework = Dejar que haga todos tus deberes
ai-you-decide-whole-homework-reason = Así te saltas el pensar, que es para lo que sirven los deberes. Inténtalo tú primero.
ai-you-decide-check-facts = Comprobar sus datos en un libro o un sitio fiable
ai-you-decide-check-facts-reason = La IA puede equivocarse. Comprobar es lo que hace quien la usa con cabeza.
ai-you-decide-fake-photo = Hacer una foto falsa graciosa de un compañero
ai-you-decide-fake-photo-reason = Las imágenes falsas de personas reales pueden hacerles daño. Nunca uses la IA para burlarte de nadie.
ai-you-decide-own-words = Sacar ideas y luego escribir con tus palabras
ai-you-decide-own-words-reason = Bien: las ideas te ayudan a empezar y el trabajo es tuyo.
ai-you-decide-against-rules = Usarla cuando tu profe ha dicho que no
ai-you-decide-against-rules-reason = Tu colegio decide cuándo se puede usar la IA. Sigue sus normas.
