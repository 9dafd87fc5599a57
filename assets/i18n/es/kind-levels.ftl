# El mundo «Rincón Amable»: ser amable en internet y qué hacer cuando alguien no lo es.
# Personas inventadas. Tono suave: decir siempre qué hacer y que contárselo a un adulto de confianza está bien.

world-kind-corner = Rincón Amable

## Nivel 1: respuestas amables

level-kind-reply-title = Di algo amable
level-kind-reply-instruction = Elige cada vez la respuesta más amable.
level-kind-reply-learned = Las palabras amables en internet hacen sentir bien a los demás. Antes de publicar, pregúntate: ¿cómo se sentirán?
level-kind-reply-hint-1 = Imagina que eres la otra persona. ¿Qué respuesta te gustaría recibir?
level-kind-reply-hint-2 = Una respuesta amable es simpática, sincera y habla de la otra persona, no de ti.
level-kind-reply-hint-3 = Para Mia: una pregunta sobre su dibujo demuestra que lo has mirado de verdad.

kind-reply-drawing-prompt = Tu amiga Mia publica un dibujo que ha hecho de su gato. ¿Qué escribes?
kind-reply-drawing-praise = ¡Qué colores tan bonitos! ¿Cómo lo hiciste?
kind-reply-drawing-praise-reason = Un elogio amable y sincero alegra a Mia. Hacer una pregunta demuestra que lo has mirado de verdad.
kind-reply-drawing-brother = Mi hermano pequeño dibuja mucho mejor que eso.
kind-reply-drawing-brother-reason = Esto le haría daño a Mia. Aunque sea en broma, hace que se sienta mal con su trabajo.
kind-reply-drawing-mine = ¡Mira mejor mi dibujo!
kind-reply-drawing-mine-reason = Mia quería compartir su dibujo. Esta respuesta lo convierte en una charla sobre ti.

kind-reply-game-prompt = En un juego en línea, tu compañero de equipo Leo comete un error. Vuestro equipo pierde.
kind-reply-game-blame = ¡Nos has hecho perder a todos, Leo! Muchas gracias.
kind-reply-game-blame-reason = Todo el mundo se equivoca. Culpar a Leo delante del equipo le hace sentirse fatal.
kind-reply-game-kick = Echemos a Leo del equipo.
kind-reply-game-kick-reason = Dejar a alguien fuera por un error no es amable. Los juegos son más divertidos cuando todos son bienvenidos.
kind-reply-game-cheer = ¡Buen intento, Leo! La próxima la ganamos.
kind-reply-game-cheer-reason = Una palabra amable después de perder anima a todo el equipo. Solo es un juego.

kind-reply-sad-prompt = Tu compañera de clase Ava publica: «hoy nadie me quiere».
kind-reply-sad-drama = Deja de ser tan exagerada.
kind-reply-sad-drama-reason = Ava te está diciendo que está triste. Esta respuesta le dice que sus sentimientos no importan.
kind-reply-sad-message = Escribir a Ava: «¡Me caes bien! ¿Hablamos?»
kind-reply-sad-message-reason = Un mensaje privado amable le muestra a Ava que a alguien le importa. Si parece muy triste, cuéntaselo también a un adulto de confianza.
kind-reply-sad-scroll = Seguir bajando. Ya lo arreglarán sus padres.
kind-reply-sad-scroll-reason = Ava puede sentirse todavía más sola, y puede que sus padres no lo sepan. Unas palabras amables tuyas pueden ayudar mucho.

## Nivel 2: comentarios amables o no

kind-bin-kind = Amable
kind-bin-unkind = Poco amable

level-kind-comments-title = ¿Amable o no?
level-kind-comments-instruction = Clasifica cada comentario: ¿es amable o poco amable?
level-kind-comments-learned = Puedes decir lo que piensas y seguir siendo amable. Los comentarios crueles hacen daño, aunque sean en broma.
level-kind-comments-hint-1 = Lee cada comentario como si alguien te lo hubiera escrito a ti.
level-kind-comments-hint-2 = Los comentarios amables elogian, ayudan o no están de acuerdo con educación. Los poco amables se burlan o hacen de menos.
level-kind-comments-hint-3 = Los comentarios sobre el aspecto de alguien o cómo se mueve suelen ser poco amables, aunque se digan en broma.

kind-comments-great-goal = ¡Qué golazo en tu vídeo!
kind-comments-great-goal-reason = Elogiar algo que alguien hizo bien le hace sentirse orgulloso. Eso es amable.
kind-comments-weird-hair = Tu pelo se ve rarísimo en esta foto.
kind-comments-weird-hair-reason = Los comentarios sobre el aspecto pueden doler mucho. Si no lo dirías a la cara, no lo publiques.
kind-comments-get-well = ¡Que te mejores pronto!
kind-comments-get-well-reason = Desear lo mejor a alguien muestra que te importa. Eso es amable.
kind-comments-nobody-asked = Nadie te ha pedido tu opinión.
kind-comments-nobody-asked-reason = Esto le dice a alguien que se calle y que no importa. Eso es poco amable.
kind-comments-different-ending = Me gustaba otro final, ¡pero la historia fue divertida!
kind-comments-different-ending-reason = Puedes no estar de acuerdo y ser amable. Este comentario es sincero y simpático.
kind-comments-penguin = ¡Ja, ja, corres como un pingüino!
kind-comments-penguin-reason = Reírse de cómo se mueve alguien es burlarse. Puede doler, aunque lo digas en broma.
kind-comments-thanks-help = ¡Gracias por ayudarme con los deberes!
kind-comments-thanks-help-reason = Dar las gracias hace que la gente se alegre de haber ayudado. Eso es amable.

## Nivel 3: cuando alguien te sigue mandando mensajes crueles

level-kind-when-bullied-title = Mensajes crueles
level-kind-when-bullied-instruction = Alguien te sigue mandando mensajes crueles. ¿Es bueno hacer esto, o mejor no?
level-kind-when-bullied-learned = No contestes, guarda pruebas, bloquea, denuncia y cuéntaselo a un adulto de confianza en cualquier momento. Nunca es culpa tuya.
level-kind-when-bullied-hint-1 = ¿Cuáles de estas cosas paran los mensajes, guardan pruebas o te consiguen ayuda?
level-kind-when-bullied-hint-2 = Los buenos pasos guardan pruebas, paran los mensajes y te consiguen ayuda. Devolver el golpe o esconderlo no ayuda.
level-kind-when-bullied-hint-3 = Contárselo a un adulto de confianza siempre está bien, en cualquier momento.

kind-bin-good-step = Bueno hacerlo
kind-bin-not-step = Mejor no

kind-when-bullied-no-reply = No contestar a los mensajes crueles.
kind-when-bullied-no-reply-reason = Los mensajes crueles buscan una reacción. Si no contestas, no consiguen nada.
kind-when-bullied-screenshot = Hacer capturas para guardar pruebas.
kind-when-bullied-screenshot-reason = Las pruebas muestran lo que pasó. Haz capturas antes de bloquear: bloquear puede ocultar los mensajes.
kind-when-bullied-hit-back = Mandar algo cruel de vuelta.
kind-when-bullied-hit-back-reason = Puede empeorar las cosas, y les da la reacción que buscan.
kind-when-bullied-block = Bloquear a esa persona.
kind-when-bullied-block-reason = Así los mensajes crueles dejan de llegarte.
kind-when-bullied-tell = Contárselo a un adulto de confianza y enseñárselo.
kind-when-bullied-tell-reason = Bien en cualquier momento: al principio, al final o en medio. Nunca tienes que afrontar esto sin ayuda.
kind-when-bullied-secret = Guardarlo en secreto y esperar que pare.
kind-when-bullied-secret-reason = No tienes que afrontarlo sin ayuda. Cuéntaselo a un adulto de confianza. Nunca es culpa tuya.
kind-when-bullied-report = Denunciarlo en la app.
kind-when-bullied-report-reason = La app puede avisar o frenar a esa persona. Tus capturas ayudan.
kind-when-bullied-delete-all = Borrar todos los mensajes enseguida.
kind-when-bullied-delete-all-reason = Entonces las pruebas desaparecen. Haz capturas primero, luego bloquea y denuncia.

## Nivel 4: cuando ves que tratan mal a otra persona

level-kind-bystander-title = No te quedes mirando
level-kind-bystander-instruction = Ves que alguien trata mal a otra persona. Elige lo mejor que puedes hacer.
level-kind-bystander-learned = No te unas. Sé amable con esa persona y cuéntaselo a un adulto de confianza. Eso ayuda mucho.
level-kind-bystander-hint-1 = Piensa en la persona a la que tratan mal. ¿Qué le ayudaría?
level-kind-bystander-hint-2 = Unirte o no decir nada no ayuda. La amabilidad y buscar ayuda, sí.
level-kind-bystander-hint-3 = Para Finn, una simple invitación puede alegrarle el día.

kind-bystander-chat-prompt = En el chat de grupo de tu clase, algunos no paran de burlarse de Noah.
kind-bystander-chat-join = Mandar también una cara riéndose.
kind-bystander-chat-join-reason = Una sola cara riéndose ya es unirse. Hace que Noah sienta que todos están contra él.
kind-bystander-chat-silent = No decir nada. Seguro que algún profe lo verá.
kind-bystander-chat-silent-reason = Los profes no leen todos los chats, y Noah puede pensar que todos están de acuerdo. Cuéntaselo tú a un adulto de confianza.
kind-bystander-chat-support = Animar a Noah y avisar a un adulto.
kind-bystander-chat-support-reason = Un mensaje amable muestra a Noah que no está solo. Un adulto de confianza puede ayudar a parar las burlas.

kind-bystander-photo-prompt = Alguien comparte una foto ridícula de tu compañera Zoe para reírse de ella.
kind-bystander-photo-share = Compartirla con más amigos.
kind-bystander-photo-share-reason = Cada vez que se comparte, la foto llega más lejos y hace más daño a Zoe. Nadie debería compartir una foto de alguien para reírse.
kind-bystander-photo-stop = Denunciarla y avisar a un adulto.
kind-bystander-photo-stop-reason = La foto se para contigo. Denunciarla puede hacer que la quiten, y un adulto puede ayudar a Zoe.
kind-bystander-photo-like = Darle a «me gusta» porque todos lo hicieron.
kind-bystander-photo-like-reason = Un «me gusta» le dice a quien la mandó que la foto es graciosa. Puede animarle a publicar más.

kind-bystander-game-prompt = Algunos dejan a Finn fuera de un juego en línea a propósito.
kind-bystander-game-invite = Invitar a Finn a jugar contigo.
kind-bystander-game-invite-reason = Una simple invitación puede alegrarle el día a Finn. Si le siguen dejando fuera, cuéntaselo a un adulto de confianza.
kind-bystander-game-along = Jugar sin él. Su juego, sus reglas.
kind-bystander-game-along-reason = Dejar a alguien fuera a propósito duele. Seguirles el juego hace que Finn se sienta todavía más solo.
kind-bystander-game-pretend = Hacer como que no lo has visto.
kind-bystander-game-pretend-reason = Mirar hacia otro lado es fácil, pero Finn sigue sintiéndose fuera. Un pequeño gesto amable puede ayudarle.

## Nivel 5: un chat de clase

level-kind-group-chat-title = El chat de clase
level-kind-group-chat-instruction = Toca cada mensaje poco amable de este chat de clase.
level-kind-group-chat-learned = Burlarse, dejar fuera, compartir fotos sin preguntar y reírse con los demás es poco amable. No te unas.
level-kind-group-chat-hint-1 = Lee cada mensaje. ¿Cómo se sentiría Sam al leerlo?
level-kind-group-chat-hint-2 = Los mensajes poco amables se burlan de alguien, le dejan fuera o comparten su foto.
level-kind-group-chat-hint-3 = Ben escribe dos de los mensajes poco amables.

kind-group-chat-trip = Mia: ¿Quién tiene ganas de la excursión de mañana?
kind-group-chat-trip-reason = Una pregunta simpática para toda la clase. Este mensaje está bien.
kind-group-chat-bottle = Leo: ¡Yo! No olvidéis la botella de agua.
kind-group-chat-bottle-reason = Un recordatorio útil para todos. Este mensaje está bien.
kind-group-chat-shoes = Ben: ¿Habéis visto hoy las zapatillas de Sam? Qué feas jaja
kind-group-chat-shoes-reason = Esto se burla de Sam delante de toda la clase. No te unas, y sé amable con Sam.
kind-group-chat-laugh = Max: JAJAJA (cinco caras riéndose)
kind-group-chat-laugh-reason = Reírse con los demás se suma a las burlas y las empeora. Mantenerse al margen ya es mejor.
kind-group-chat-homework = Finn: ¿Alguien me manda la página de los deberes?
kind-group-chat-homework-reason = Pedir ayuda con los deberes está bien. Los chats de clase son geniales para eso.
kind-group-chat-photo = Ben: ¡Mirad! Una foto de Sam tropezando en el patio.
kind-group-chat-photo-reason = Sam no aceptó que se compartiera esta foto. Pregunta antes de compartir una foto de alguien, y cuéntale esta a un adulto.
kind-group-chat-party = Ava: ¡Fiesta en mi casa! No invitéis a Sam.
kind-group-chat-party-reason = Decir a todos que dejen fuera a Sam le hace mucho daño. Nadie debería quedarse fuera a propósito.
kind-group-chat-thanks = Zoe: Sam me ha ayudado hoy con mi proyecto. ¡Gracias, Sam!
kind-group-chat-thanks-reason = Dar las gracias delante de la clase es amable. Este mensaje está bien.
