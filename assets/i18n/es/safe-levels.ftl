# El mundo «Juntos y seguros». Los niveles 6 y 7 son solo para 12–14 años: tono tranquilo,
# nada explícito, nunca culpar al alumno. Personas inventadas. Contárselo a un adulto de confianza siempre está bien.

world-safe-together = Juntos y seguros

safe-bin-good = Buena idea
safe-bin-bad = No es buena idea

## Dónde pedir ayuda: el juego rellena { $helpline } con uno de estos.

helpline-call = También puedes llamar a una línea de ayuda para niños: { $service }, { $number }.
helpline-ask-adult = Para saber cuál es la línea de ayuda para niños de tu país, pregunta a un adulto de confianza.

## Nivel 1: un amigo nuevo de un juego

level-safe-new-friend-title = Un amigo nuevo de un juego
level-safe-new-friend-instruction = Alguien de un juego te escribe. Toca cada señal de alarma.
level-safe-new-friend-learned = Los secretos, las fotos, los chats privados y las quedadas son señales de alarma. Para y cuéntaselo a un adulto de confianza.
level-safe-new-friend-hint-1 = Lee cada línea. ¿Te preguntaría esto un amigo de tu edad?
level-safe-new-friend-hint-2 = Ten cuidado cuando alguien quiere secretos, fotos, tus datos o quedar contigo.
level-safe-new-friend-hint-3 = Mira bien las líneas sobre tus padres y tu colegio.

safe-new-friend-sender = De: Kai_Star (un jugador de tu juego)
safe-new-friend-sender-reason = Chatear con otros jugadores puede ser divertido. Pero solo sabes lo que Kai dice de sí mismo.
safe-new-friend-game = ¡Buena partida hoy! ¿En qué nivel vas?
safe-new-friend-game-reason = Hablar del juego es normal. Esta línea está bien.
safe-new-friend-secret = No les hables de mí a tus padres, ¿vale?
safe-new-friend-secret-reason = Un buen amigo no te pide que lo escondas de tu familia. Es una señal de alarma.
safe-new-friend-private = Hablemos en otra app. Solo tú y yo.
safe-new-friend-private-reason = Llevarte a un chat privado, lejos de los demás, es una señal de alarma.
safe-new-friend-photo = Mándame una foto tuya. ¡Solo para mí!
safe-new-friend-photo-reason = No mandes nunca fotos tuyas a alguien que solo conoces por internet.
safe-new-friend-school = ¿A qué colegio vas?
safe-new-friend-school-reason = Tu colegio le dice a un desconocido dónde encontrarte. Guárdalo en privado.
safe-new-friend-meet = ¡Quedemos en el parque el sábado!
safe-new-friend-meet-reason = No quedes nunca con alguien que solo conoces por internet. Cuéntaselo a un adulto de confianza.

## Nivel 2: qué haces

level-safe-what-to-do-title = ¿Qué haces?
level-safe-what-to-do-instruction = Kai, el del juego, quiere más. Elige cada vez la mejor respuesta.
level-safe-what-to-do-learned = Siempre puedes decir que no. Bloquea a esa persona y cuéntaselo a un adulto de confianza. Nunca es culpa tuya.
level-safe-what-to-do-hint-1 = ¿Quién podría ayudarte a comprobar si Kai es quien dice ser?
level-safe-what-to-do-hint-2 = Los secretos y las quedadas con amigos de internet son señales de alarma. Pide ayuda, no vayas sin nadie.
level-safe-what-to-do-hint-3 = Cuando Kai se enfada, no tienes por qué contestar.

safe-what-to-do-secret-prompt = Kai escribe: «Que nuestros chats sean un secreto». ¿Qué haces?
safe-what-to-do-secret-keep = Guardo el secreto. Kai es majo conmigo.
safe-what-to-do-secret-keep-reason = Las palabras bonitas pueden esconder un truco. Un amigo de verdad no necesita secretos con tu familia.
safe-what-to-do-secret-ask-why = Le pregunto a Kai por qué y luego decido yo.
safe-what-to-do-secret-ask-why-reason = Kai puede tener una respuesta muy lista. No decidas sin nadie: pregunta a alguien de confianza.
safe-what-to-do-secret-tell = Se lo cuento a un adulto de confianza.
safe-what-to-do-secret-tell-reason = ¡Sí! Pedir secretos es una señal de alarma. Un adulto de confianza puede ayudarte a comprobarlo.

safe-what-to-do-meet-prompt = Kai te pide quedar en el parque. ¿Qué haces?
safe-what-to-do-meet-go-with-friend = Voy, pero me llevo a alguien de clase.
safe-what-to-do-meet-go-with-friend-reason = Dos niños no es suficientemente seguro. No quedes nunca con alguien que solo conoces por internet.
safe-what-to-do-meet-say-no = Digo que no y aviso a un adulto.
safe-what-to-do-meet-say-no-reason = Bien. Di que no, y deja que un adulto de confianza te ayude con Kai.
safe-what-to-do-meet-go-tell-later = Voy, y después se lo cuento a un adulto.
safe-what-to-do-meet-go-tell-later-reason = Contárselo a un adulto está bien, pero no vayas. No quedes nunca con alguien que solo conoces por internet.

safe-what-to-do-angry-prompt = Has dicho que no. Ahora Kai te manda mensajes enfadados.
safe-what-to-do-angry-block = Bloqueo a Kai y aviso a un adulto.
safe-what-to-do-angry-block-reason = Sí. No tienes por qué contestar. Bloquea a Kai y pide ayuda a un adulto de confianza.
safe-what-to-do-angry-sorry = Pido perdón y hago lo que Kai quiere.
safe-what-to-do-angry-sorry-reason = No has hecho nada malo. Decir que no estaba bien.
safe-what-to-do-angry-argue = Le contesto hasta que Kai pida perdón.
safe-what-to-do-angry-argue-reason = Discutir hace que Kai siga hablándote. Deja de contestar.

## Nivel 3: bloquear y denunciar

level-safe-block-report-title = Bloquear y denunciar
level-safe-block-report-instruction = Alguien en internet te hace sentir mal. ¿Cada idea es buena o no?
level-safe-block-report-learned = Guarda los mensajes, bloquea a esa persona, denúnciala en la app y cuéntaselo a un adulto de confianza.
level-safe-block-report-hint-1 = ¿Qué ideas mejoran las cosas y cuáles las empeoran?
level-safe-block-report-hint-2 = Guarda pruebas, para los mensajes y pide ayuda.
level-safe-block-report-hint-3 = Borrar el chat no es buena idea: las pruebas desaparecerían.

safe-block-report-screenshot = Hacer capturas de los mensajes
safe-block-report-screenshot-reason = Las capturas son pruebas. Hazlas antes de bloquear, por si el chat desaparece.
safe-block-report-delete = Borrar todo el chat para que nadie lo vea
safe-block-report-delete-reason = Entonces las pruebas desaparecen. Guarda los mensajes para que un adulto pueda ayudar.
safe-block-report-block = Bloquear a esa persona
safe-block-report-block-reason = Bloquear impide que te mande mensajes.
safe-block-report-reply-mean = Mandarle un mensaje cruel
safe-block-report-reply-mean-reason = Eso puede empeorar las cosas. No contestes nada.
safe-block-report-report = Denunciar el perfil en la app
safe-block-report-report-reason = El equipo de la app revisa las denuncias y puede parar la cuenta.
safe-block-report-unblock = Desbloquearla para ver si lo siente
safe-block-report-unblock-reason = Así puede volver a escribirte. Déjala bloqueada.
safe-block-report-tell = Contarle a un adulto de confianza lo que pasó
safe-block-report-tell-reason = Un adulto de confianza puede ayudarte a denunciarlo y a sentirte mejor.

## Nivel 4: el código de acceso

level-safe-login-code-title = El código de acceso secreto
level-safe-login-code-instruction = Elige cada vez la mejor respuesta.
level-safe-login-code-learned = Un código de acceso es solo para ti. No se lo des nunca a nadie, ni a un amigo ni al «soporte».
level-safe-login-code-hint-1 = ¿Quién necesita el código que llega a tu móvil?
level-safe-login-code-hint-2 = El código es una segunda cerradura de tu cuenta. Funciona como una llave.
level-safe-login-code-hint-3 = Los equipos de soporte de verdad nunca piden tu código.

safe-login-code-why-prompt = Después de tu contraseña, la app manda un código a tu móvil. ¿Por qué?
safe-login-code-why-ads = Porque la app quiere tu número para anuncios.
safe-login-code-why-ads-reason = No. El código está ahí para proteger tu cuenta.
safe-login-code-why-second-lock = Es otra cerradura: así solo entras tú.
safe-login-code-why-second-lock-reason = Sí. Es el inicio de sesión en dos pasos. Un ladrón con tu contraseña aún necesita el código.
safe-login-code-why-phone-check = Para comprobar que tu móvil aún funciona.
safe-login-code-why-phone-check-reason = No. El código demuestra que de verdad eres tú quien entra.

safe-login-code-friend-prompt = Un mensaje de Mia: «Uy, mi código te ha llegado a ti. ¿Me lo mandas?»
safe-login-code-friend-send = Se lo mando rápido. Es mi amiga y lo necesita.
safe-login-code-friend-send-reason = Puede que hayan hackeado la cuenta de Mia. El código dejaría entrar a un desconocido en TU cuenta.
safe-login-code-friend-half = Mando solo la primera mitad del código.
safe-login-code-friend-half-reason = Medio código también ayuda a un ladrón. Guárdate el código entero.
safe-login-code-friend-ask = No lo mando. Le pregunto a Mia en persona.
safe-login-code-friend-ask-reason = Bien. Compruébalo con Mia de otra forma. Seguramente es un truco.

safe-login-code-support-prompt = Un chat dice: «Soporte del juego. Dinos tu código para proteger tu cuenta».
safe-login-code-support-give = Se lo doy. Son el equipo de soporte.
safe-login-code-support-give-reason = Los equipos de soporte de verdad nunca piden tu código. Es un truco.
safe-login-code-support-say-no = Digo que no. Nunca lo necesitan.
safe-login-code-support-say-no-reason = Bien. Las empresas de verdad también lo dicen: nunca piden tu código.
safe-login-code-support-adult-reads = Pido a un adulto que les lea el código.
safe-login-code-support-adult-reads-reason = Nadie debería dar el código, ni adultos ni niños. Enséñale el mensaje a un adulto.

## Nivel 5: dónde pedir ayuda

level-safe-get-help-title = Dónde pedir ayuda
level-safe-get-help-instruction = Algo de internet te preocupa. Elige cada vez la mejor respuesta.
level-safe-get-help-learned = Siempre hay alguien que te ayuda. Habla con un adulto de confianza. { $helpline }
level-safe-get-help-hint-1 = ¿Es mejor guardarse una preocupación o compartirla?
level-safe-get-help-hint-2 = Los adultos de confianza y las líneas de ayuda para niños escuchan y ayudan.
level-safe-get-help-hint-3 = El 116 111 es un número para niños en muchos países.

safe-get-help-worried-prompt = Has visto algo en internet que te da miedo. ¿Qué ayuda más?
safe-get-help-worried-keep = Me lo guardo para mí e intento olvidarlo.
safe-get-help-worried-keep-reason = Las preocupaciones crecen cuando te las guardas. Contárselo a alguien ayuda.
safe-get-help-worried-tell = Se lo cuento a un adulto de confianza.
safe-get-help-worried-tell-reason = ¡Sí! Tu padre, tu madre, quien te cuida o un profe pueden ayudarte.
safe-get-help-worried-search = Busco más sobre eso en internet.
safe-get-help-worried-search-reason = Puedes encontrar cosas que den todavía más miedo. Habla antes con alguien.

safe-get-help-nobody-prompt = No quieres hablar con nadie que conozcas. ¿Qué puedes hacer?
safe-get-help-nobody-forum = Preguntar a desconocidos en un foro qué hacer.
safe-get-help-nobody-forum-reason = Los desconocidos de internet pueden no ser amables ni tener razón. Una línea de ayuda está para ayudar.
safe-get-help-nobody-wait = Esperar a que el problema se vaya solo.
safe-get-help-nobody-wait-reason = Los problemas muchas veces no se van solos. Está bien pedir ayuda.
safe-get-help-nobody-helpline = Llamar o chatear con una línea de ayuda.
safe-get-help-nobody-helpline-reason = Sí. Las líneas de ayuda para niños escuchan a los niños. No tienes que dar tu nombre.

safe-get-help-number-prompt = Un cartel del colegio dice 116 111. ¿Qué número es?
safe-get-help-number-helpline = Una línea de ayuda infantil en muchos países
safe-get-help-number-helpline-reason = Sí. En muchos países europeos, el 116 111 es una línea de ayuda para niños. Algunos países usan otro número.
safe-get-help-number-prize = Un número donde puedes ganar premios
safe-get-help-number-prize-reason = No. Es una línea de ayuda donde los niños pueden hablar de sus preocupaciones.
safe-get-help-number-adults = Un número al que solo pueden llamar los adultos
safe-get-help-number-adults-reason = No. Los niños pueden llamar ellos mismos a una línea de ayuda para niños.

## Nivel 6 (solo 12–14): cuando alguien amenaza

level-safe-threats-title = Cuando alguien amenaza
level-safe-threats-instruction = Alguien amenaza con compartir una foto privada. Elige la mejor respuesta.
level-safe-threats-learned = Nunca es culpa tuya. No pagues, deja de contestar, guarda los mensajes, cuéntaselo a un adulto de confianza y denúncialo.
level-safe-threats-hint-1 = ¿Qué quiere de ti la persona que amenaza?
level-safe-threats-hint-2 = Pagar o mandar más no para las amenazas. Pedir ayuda, sí.
level-safe-threats-hint-3 = Guarda el chat como prueba, pero deja de contestar.

safe-threats-pay-prompt = Un amigo de internet escribe: «Págame o comparto la foto privada que me mandaste».
safe-threats-pay-pay = Le pago rápido para que la foto siga en privado.
safe-threats-pay-pay-reason = Pagar no los para. Normalmente piden más.
safe-threats-pay-stop = Dejo de contestar y aviso a un adulto.
safe-threats-pay-stop-reason = Sí. Corta todo contacto y pide ayuda. Un adulto puede ayudarte a denunciarlo.
safe-threats-pay-more = Le mando otra foto para que se calme.
safe-threats-pay-more-reason = No mandes nunca más. No van a parar. Pide ayuda.

safe-threats-chat-prompt = Te sientes fatal y quieres que el chat desaparezca. ¿Qué haces con él?
safe-threats-chat-delete = Borro enseguida todo el chat y mi cuenta.
safe-threats-chat-delete-reason = El chat es una prueba. La app y la policía la necesitan para pararlos.
safe-threats-chat-forward = Reenvío el chat a amigos para preguntarles.
safe-threats-chat-forward-reason = No lo reenvíes. Que quede entre tú y un adulto de confianza.
safe-threats-chat-keep = Guardo el chat, bloqueo y denuncio.
safe-threats-chat-keep-reason = Bien. Guarda los mensajes como prueba, luego bloquea y denuncia la cuenta.

safe-threats-fault-prompt = Piensas: «Es culpa mía. No se lo puedo contar a nadie». ¿Qué es verdad?
safe-threats-fault-my-fault = Es culpa mía, así que tengo que arreglarlo sin ayuda.
safe-threats-fault-my-fault-reason = No. Quien amenaza es quien hace mal, no tú.
safe-threats-fault-never = Nunca es culpa mía, y hay ayuda.
safe-threats-fault-never-reason = Sí. Te engañaron. Los adultos y las líneas de ayuda te ayudan sin culparte.
safe-threats-fault-later = Se lo cuento a un adulto solo si empeora.
safe-threats-fault-later-reason = Cuéntaselo a alguien ya. Cuanto antes pidas ayuda, antes se acaba.

safe-threats-online-prompt = Te preocupa que la foto ya esté en internet. ¿Qué puede ayudar?
safe-threats-online-take-it-down = Usar con un adulto una herramienta como Take It Down.
safe-threats-online-take-it-down-reason = Take It Down ayuda a retirar fotos hechas antes de que cumplieras 18 años, desde cualquier país.
safe-threats-online-search = Buscar la foto cada día para comprobarlo.
safe-threats-online-search-reason = Eso solo te hace sentir peor. Deja que un adulto y una herramienta hagan el trabajo.
safe-threats-online-nothing = Nada puede ayudar cuando una foto ya está en internet.
safe-threats-online-nothing-reason = No es verdad. A menudo se pueden retirar fotos. Siempre hay ayuda.

## Nivel 7 (solo 12–14): una foto privada de otra persona

level-safe-not-yours-title = Una foto que no es tuya
level-safe-not-yours-instruction = En un chat se comparte una foto privada de alguien de tu clase. ¿Buena idea o no?
level-safe-not-yours-learned = No guardes ni reenvíes nunca una foto privada de nadie. Cuéntaselo a un adulto de confianza y denúncialo.
level-safe-not-yours-hint-1 = ¿Cómo te sentirías si fuera tu foto?
level-safe-not-yours-hint-2 = Cada vez que se comparte, vuelve a hacer daño a la persona de la foto.
level-safe-not-yours-hint-3 = Reenviarla nunca es buena idea, ni siquiera para pedir ayuda.

safe-not-yours-forward = Reenviarla a un amigo
safe-not-yours-forward-reason = Cada vez que se comparte, hace más daño a esa persona. En muchos países además va contra la ley.
safe-not-yours-tell = Contárselo a un adulto de confianza
safe-not-yours-tell-reason = Sí. Un adulto puede ayudar a que deje de difundirse, sin que tú la mandes.
safe-not-yours-save = Guardarla en mi móvil
safe-not-yours-save-reason = No la guardes. Una foto así no debería estar en tu móvil.
safe-not-yours-report = Denunciar la publicación en la app
safe-not-yours-report-reason = La app puede retirarla. La persona de la foto lo necesita.
safe-not-yours-ask-friend = Mandarla a un amigo para preguntarle qué hacer
safe-not-yours-ask-friend-reason = No se la mandes a nadie, ni para pedir ayuda. Cuéntaselo sin mandarla.
safe-not-yours-kind = Ser amable con la persona de la foto
safe-not-yours-kind-reason = Puede que se sienta fatal. No es culpa suya.
safe-not-yours-laugh = Reírme con los demás para encajar
safe-not-yours-laugh-reason = Reírse le hace más daño. Tú puedes ser quien lo pare.
