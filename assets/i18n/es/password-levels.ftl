# El mundo «Cumbre de las Contraseñas». Personas, nombres y equipos inventados.
# pw-rank: las cinco contraseñas se quedan como están. pw-build-first: las palabras 1, 2 y 6
# tienen tres letras; las demás, cinco o más. La mejor respuesta nunca es la más larga.

world-password-peak = Cumbre de las Contraseñas

## Nivel 1: quién puede saber tu contraseña

level-pw-who-to-tell-title = ¿Quién puede saberla?
level-pw-who-to-tell-instruction = Lee lo que pasa. Elige cada vez la mejor respuesta.
level-pw-who-to-tell-learned = Tu contraseña es solo para ti. Un adulto de confianza que te cuida puede ayudarte con ella.
level-pw-who-to-tell-hint-1 = Pregúntate: ¿de verdad necesita esta persona mi contraseña?
level-pw-who-to-tell-hint-2 = Los amigos y los moderadores del juego nunca la necesitan. Tu padre, tu madre o quien te cuida puede ayudarte a guardarla bien.
level-pw-who-to-tell-hint-3 = En el chat del juego, no contestes. Denúncialo.

pw-who-to-tell-friend-prompt = Tu mejor amiga, Zoe, te pregunta: «¿Cuál es la contraseña de tu juego? Quiero probar tu nivel nuevo».
pw-who-to-tell-friend-tell = Se la digo. Es mi mejor amiga.
pw-who-to-tell-friend-tell-reason = Hasta los mejores amigos pueden contárselo a otros sin querer. Y a veces los amigos se enfadan.
pw-who-to-tell-friend-say-no = Le digo: «Lo siento, es solo para mí».
pw-who-to-tell-friend-say-no-reason = ¡Muy bien! Podéis seguir jugando juntos. Una buena amiga lo entiende.
pw-who-to-tell-friend-swap = Nos cambiamos las contraseñas, para que sea justo.
pw-who-to-tell-friend-swap-reason = Entonces hay dos contraseñas fuera en vez de una. Cambiarlas no es más seguro.

pw-who-to-tell-moderator-prompt = En un chat de juego, «Mod_Max» escribe: «Soy moderador. ¡Mándame tu contraseña o cerramos tu cuenta!»
pw-who-to-tell-moderator-send = La mando rápido y luego le cuento a un adulto lo que hice.
pw-who-to-tell-moderator-send-reason = Contárselo a un adulto está bien, pero no la mandes nunca. Los moderadores de verdad nunca piden tu contraseña.
pw-who-to-tell-moderator-proof = Le pido que demuestre que es moderador.
pw-who-to-tell-moderator-proof-reason = Los estafadores pueden falsificar cualquier prueba. Nadie del juego necesita tu contraseña, así que no la mandes.
pw-who-to-tell-moderator-report = No contesto. Lo denuncio y aviso a un adulto.
pw-who-to-tell-moderator-report-reason = ¡Bien! Los moderadores del juego nunca necesitan tu contraseña. Denunciarlo ayuda a parar al estafador.

pw-who-to-tell-parent-prompt = Tu padre, tu madre o quien te cuida te ayuda a preparar tu tableta nueva. Te pregunta qué contraseña has elegido.
pw-who-to-tell-parent-tell-mum = Se la digo. Cuida de mí.
pw-who-to-tell-parent-tell-mum-reason = ¡Sí! Un adulto de confianza que te cuida, como tu padre, tu madre o quien te cuida, puede saberla y ayudarte a protegerla.
pw-who-to-tell-parent-nobody = No se la digo a nadie, ni a esa persona.
pw-who-to-tell-parent-nobody-reason = Guárdala lejos de amigos y desconocidos. Pero el adulto que te cuida puede ayudarte.
pw-who-to-tell-parent-class-chat = La pongo en el chat de clase para no olvidarla.
pw-who-to-tell-parent-class-chat-reason = Todos los del chat podrían leerla. Pide a un adulto de confianza que te ayude a recordarla de forma segura.

## Nivel 2: de la más débil a la más fuerte

level-pw-rank-title = ¿Débil o fuerte?
level-pw-rank-instruction = Ordena las contraseñas. Empieza por la más débil y termina con la más fuerte.
level-pw-rank-learned = Varias palabras al azar forman una contraseña larga. Es mucho más fuerte que una sola palabra con un número.
level-pw-rank-hint-1 = ¿Qué contraseña probaría primero alguien que quiere adivinarla?
level-pw-rank-hint-2 = Quien adivina contraseñas prueba primero las comunes y las palabras sueltas. Las contraseñas largas con palabras al azar van al final.
level-pw-rank-hint-3 = 123456 es la más débil: es una de las contraseñas más usadas.

pw-rank-digits = 123456
pw-rank-digits-reason = Esta va primero: es la más débil. Es una de las contraseñas más usadas del mundo, así que se adivina enseguida.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Esta va segunda: una palabra común. Quien adivina contraseñas prueba muy pronto listas largas de palabras como esta.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Esta va en medio. Una mayúscula al principio y un 1 al final son trucos que se conocen bien.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Esta va cuarta. Dos palabras que no pegan juntas cuestan más de adivinar, pero dos siguen siendo pocas.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Esta va al final: es la más fuerte. Cuatro palabras al azar forman una contraseña larga y fácil de recordar.

## Nivel 3: una primera contraseña de palabras

level-pw-build-first-title = Tu primera contraseña de palabras
level-pw-build-first-instruction = Toca fichas de palabras para formar una contraseña fuerte con al menos 3 palabras.
level-pw-build-first-learned = Tres palabras al azar forman una contraseña larga y fuerte. Deja fuera lo que otros saben de ti.
level-pw-build-first-hint-1 = ¿Alguna ficha dice algo sobre ti?
level-pw-build-first-hint-2 = Elige palabras al azar que no tengan nada que ver contigo. Hazla larga: 15 letras o más.
level-pw-build-first-hint-3 = Rex es el nombre de tu perro, así que déjalo fuera.

pw-build-first-word-1 = sol
pw-build-first-word-2 = pan
pw-build-first-word-3 = cohete
pw-build-first-word-4 = almohada
pw-build-first-word-5 = tortuga
pw-build-first-word-6 = mar
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex es el nombre de tu perro. Tus amigos lo saben, y también quien vea las fotos de tu perro.
pw-build-first-year = 2016
pw-build-first-year-reason = Es el año en que naciste. Mucha gente lo sabe, y quien adivina contraseñas prueba antes los años.

## Nivel 4: buenos hábitos y hábitos arriesgados

level-pw-habits-title = Buenos hábitos
level-pw-habits-instruction = ¿Es un buen hábito o es arriesgado? Clasifica cada tarjeta.
level-pw-habits-learned = Usa una contraseña distinta para cada juego, guárdala en secreto y cierra la sesión en las tabletas compartidas.
level-pw-habits-hint-1 = Imagina que otra persona encuentra tu tableta. ¿Qué podría hacer?
level-pw-habits-hint-2 = Los buenos hábitos mantienen tu contraseña en secreto y tu cuenta cerrada a los demás.
level-pw-habits-hint-3 = Cerrar la sesión en una tableta compartida es un buen hábito.

pw-habits-bin-good = Buen hábito
pw-habits-bin-risky = Arriesgado

pw-habits-one-per-game = Una contraseña distinta para cada juego
pw-habits-one-per-game-reason = Si alguien descubre una contraseña, tus otros juegos siguen a salvo.
pw-habits-sticky-note = Tu contraseña en una nota pegada a la tableta
pw-habits-sticky-note-reason = Cualquiera que coja la tableta puede leerla. Pregunta a un adulto dónde guardarla bien.
pw-habits-log-out = Cerrar la sesión en una tableta compartida
pw-habits-log-out-reason = Así la siguiente persona no puede jugar como si fuera tú. Cierra siempre la sesión cuando compartas.
pw-habits-name-birthday = Tu nombre y tu cumpleaños como contraseña
pw-habits-name-birthday-reason = Mucha gente sabe tu nombre y tu cumpleaños. Quien adivina contraseñas los prueba primero.
pw-habits-best-friend = Decirle tu contraseña a tu mejor amigo
pw-habits-best-friend-reason = Los amigos pueden contárselo a otros sin querer. Guárdate la contraseña para ti.
pw-habits-ask-adult = Preguntar a un adulto cuando tienes dudas
pw-habits-ask-adult-reason = Un adulto de confianza puede ayudarte. Preguntar siempre es buena idea.

## Nivel 5: una contraseña de palabras muy fuerte

level-pw-build-strong-title = ¡Muy fuerte!
level-pw-build-strong-instruction = Forma una contraseña muy fuerte con al menos 4 fichas de palabras.
level-pw-build-strong-learned = Cuatro palabras al azar forman una contraseña muy fuerte. Los apodos, los colegios y los equipos son fáciles de adivinar.
level-pw-build-strong-hint-1 = Algunas fichas parecen palabras, pero hablan de ti. ¿Cuáles?
level-pw-build-strong-hint-2 = Tu apodo, tu colegio y tu equipo son fáciles de averiguar.
level-pw-build-strong-hint-3 = Zippy es tu apodo, así que déjalo fuera.

pw-build-strong-word-1 = luna
pw-build-strong-word-2 = hoja
pw-build-strong-word-3 = nube
pw-build-strong-word-4 = llave
pw-build-strong-word-5 = caja
pw-build-strong-word-6 = rana
pw-build-strong-word-7 = tambor
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy es tu apodo. Tus amigos y toda tu clase lo saben.
pw-build-strong-school = Robledal
pw-build-strong-school-reason = Robledal es tu colegio. Mucha gente sabe a qué colegio vas.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Todo el mundo sabe que te encantan los Rovers. Quien adivina contraseñas probaría pronto tu equipo.

## Nivel 6: verificación en dos pasos

level-pw-two-step-title = El código es solo para ti
level-pw-two-step-instruction = Lee lo que pasa. Elige cada vez la mejor respuesta.
level-pw-two-step-learned = La verificación en dos pasos pide un código además de tu contraseña. No compartas nunca el código, aunque alguien te lo pida.
level-pw-two-step-hint-1 = ¿Para quién es el código: para ti o para cualquiera que lo pida?
level-pw-two-step-hint-2 = El código es una segunda llave. Solo lo usas tú, y nadie más lo necesita nunca.
level-pw-two-step-hint-3 = Cuando un amigo te pide tu código, guárdalo para ti.

pw-two-step-what-prompt = Tu juego pregunta: «¿Activar la verificación en dos pasos?». ¿Qué hace?
pw-two-step-what-longer = Hace tu contraseña el doble de larga.
pw-two-step-what-longer-reason = Tu contraseña sigue igual. Añade un segundo paso: un código.
pw-two-step-what-code = También te pide un código.
pw-two-step-what-code-reason = ¡Bien! Aunque alguien sepa tu contraseña, no puede entrar sin el código. Pide a un adulto que te ayude a activarla.
pw-two-step-what-friends = Tus amigos pueden entrar por ti.
pw-two-step-what-friends-reason = No. Sirve para que solo tú puedas entrar.

pw-two-step-friend-prompt = Tu amigo Sam escribe: «Sin querer he mandado mi código de acceso a tu tableta. ¿Me lo pasas?»
pw-two-step-friend-send = Se lo mando. Sam es mi amigo.
pw-two-step-friend-send-reason = Es un truco conocido. Puede que alguien esté usando la cuenta de Sam. Con el código, puede quedarse con la tuya.
pw-two-step-friend-adult-sends = Pido a un adulto de casa que se lo mande.
pw-two-step-friend-adult-sends-reason = Avisar a un adulto está bien, pero nadie debería mandar el código. Tampoco un adulto.
pw-two-step-friend-keep = No lo mando y aviso a un adulto.
pw-two-step-friend-keep-reason = ¡Bien! No compartas nunca un código. Habla con Sam en persona para comprobar si de verdad es Sam.

pw-two-step-unasked-prompt = Aparece un código de acceso en tu tableta, pero tú no has intentado entrar.
pw-two-step-unasked-tell = No se lo doy a nadie y aviso a un adulto.
pw-two-step-unasked-tell-reason = ¡Bien! Puede que alguien esté probando tu contraseña. Un adulto puede ayudarte a cambiarla.
pw-two-step-unasked-class-chat = Lo pongo en el chat de clase.
pw-two-step-unasked-class-chat-reason = Entonces todos los del chat podrían usarlo. El código es solo para ti. Avisa a un adulto.
pw-two-step-unasked-reply = Contesto y pregunto quién lo ha mandado.
pw-two-step-unasked-reply-reason = No contestes. El código llegó porque alguien intentó entrar como si fuera tú. Avisa a un adulto.

## Nivel 7: un gestor de contraseñas

level-pw-manager-title = Una caja fuerte para contraseñas
level-pw-manager-instruction = Este es el gestor de contraseñas de Mia. Recuerda sus contraseñas. Toca cada ajuste que no sea seguro para arreglarlo.
level-pw-manager-learned = Un gestor de contraseñas recuerda tus contraseñas. Una contraseña de palabras fuerte protege todas las demás. Configúralo con un adulto de confianza.
level-pw-manager-hint-1 = ¿Qué ajuste ayudaría a alguien a abrir las contraseñas de Mia?
level-pw-manager-hint-2 = La contraseña principal protege todas las demás, así que tiene que ser la más fuerte.
level-pw-manager-hint-3 = Empieza por la contraseña principal.

pw-manager-set-up = Configurado con: un adulto de confianza
pw-manager-set-up-reason = ¡Bien! Un adulto de confianza puede ayudarte a configurarlo y protegerlo.
pw-manager-main-password = Contraseña principal: 1234
pw-manager-main-password-reason = Esta única contraseña abre todas las demás. Hazla larga y fuerte: tres palabras al azar.
pw-manager-main-password-fixed = Contraseña principal: tres palabras al azar
pw-manager-one-each = Guarda: una contraseña distinta para cada juego
pw-manager-one-each-reason = ¡Bien! Las recuerda, así que cada juego puede tener su propia contraseña.
pw-manager-make-new = Crear contraseñas fuertes por mí: No
pw-manager-make-new-reason = Puede crear contraseñas largas y al azar y recordarlas por ti. Actívalo.
pw-manager-make-new-fixed = Crear contraseñas fuertes por mí: Sí
pw-manager-lock = Bloquear la app al cerrarla: No
pw-manager-lock-reason = Entonces cualquiera que coja la tableta podría ver todas las contraseñas de Mia.
pw-manager-lock-fixed = Bloquear la app al cerrarla: Sí
pw-manager-device = Guardado en: mi propia tableta, en casa
pw-manager-device-reason = Guardar contraseñas en tu propia tableta está bien. No las guardes nunca en un ordenador de la biblioteca.
