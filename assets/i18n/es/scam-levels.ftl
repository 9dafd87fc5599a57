# El mundo «Cazaestafas»: tocar las señales de alarma de una pantalla de ejemplo.
# Personas, empresas y direcciones inventadas: no se cambian. Sin números de teléfono.

world-scam-spotters = Cazaestafas

## Nivel 1: un mensaje sobre un premio

level-flags-prize-message-title = ¿Un premio sorpresa?
level-flags-prize-message-instruction = Toca cada señal de alarma de este mensaje.
level-flags-prize-message-learned = Un premio sorpresa de un desconocido es un truco, así que no le mandes nunca tus datos.
level-flags-prize-message-hint-1 = Lee cada línea despacio. ¿Escribiría esto un amigo?
level-flags-prize-message-hint-2 = Los desconocidos, los premios sorpresa y las preguntas sobre ti son señales de alarma.
level-flags-prize-message-hint-3 = Mira quién lo manda. Hay dos señales de alarma más abajo.

flags-prize-message-sender = De: Número desconocido
flags-prize-message-sender-reason = No conoces este número. Ten cuidado cuando te escribe un desconocido.
flags-prize-message-greeting = ¡Hola!
flags-prize-message-greeting-reason = Un saludo simpático es normal. Por sí solo no es una señal de alarma.
flags-prize-message-prize = ¡Enhorabuena! ¡Has ganado una tableta nueva!
flags-prize-message-prize-reason = No había ningún concurso, ¿y hay premio? Un premio sorpresa de un desconocido es un truco.
flags-prize-message-picture = Imagen: una tableta brillante con un lazo rojo
flags-prize-message-picture-reason = Una imagen sola no es una señal de alarma. Lee también las palabras que la rodean.
flags-prize-message-request = Para recibirla, mándanos tu nombre y tu dirección.
flags-prize-message-request-reason = No des nunca tu dirección a un desconocido. Pregunta a un adulto antes de contestar.
flags-prize-message-signoff = ¡Que tengas un gran día!
flags-prize-message-signoff-reason = Una despedida amable es normal. Las palabras bonitas no hacen que un mensaje sea bueno o malo.

## Nivel 2: un correo falso de un paquete

level-flags-parcel-email-title = El correo del paquete
level-flags-parcel-email-instruction = Toca cada señal de alarma de este correo.
level-flags-parcel-email-learned = Una empresa de verdad nunca te pide la contraseña por correo. Meterte prisa es un truco.
level-flags-parcel-email-hint-1 = Lee cada línea. ¿De verdad viene de una empresa de paquetería?
level-flags-parcel-email-hint-2 = Los correos falsos vienen de direcciones raras, te meten prisa y piden secretos.
level-flags-parcel-email-hint-3 = Mira quién lo manda y el enlace. Hay más señales de alarma.

flags-parcel-email-sender = De: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Una empresa de paquetería escribe desde su propia dirección. Esta es solo una dirección de correo gratuita.
flags-parcel-email-subject = Asunto: No hemos podido entregar tu paquete
flags-parcel-email-subject-reason = A veces de verdad no se puede entregar un paquete. El asunto solo no es una señal de alarma.
flags-parcel-email-greeting = Hola:
flags-parcel-email-greeting-reason = Un saludo sencillo es normal. Por sí solo no es una señal de alarma.
flags-parcel-email-urgency = ¡Paga una pequeña tasa en 1 hora o lo devolvemos!
flags-parcel-email-urgency-reason = Los estafadores te meten prisa para que no te pares a pensar. Una empresa de verdad te da tiempo.
flags-parcel-email-link = Haz clic aquí: parcel-help.example/pay-now
flags-parcel-email-link-reason = El enlace lleva a parcel-help, no a QuickBox. Pide a un adulto que lo compruebe en la web de verdad.
flags-parcel-email-request = Luego escribe tu contraseña y el número de tarjeta.
flags-parcel-email-request-reason = Ninguna empresa de paquetería necesita tu contraseña. No escribas nunca una contraseña ni un número de tarjeta tras un enlace de un correo.
flags-parcel-email-signoff = Gracias, el equipo de QuickBox
flags-parcel-email-signoff-reason = Firmar con un nombre es normal. Pero cualquiera puede escribir cualquier nombre, así que mira también las otras líneas.

## Nivel 3: una tienda falsa

level-flags-fake-shop-title = La superoferta
level-flags-fake-shop-instruction = Toca cada señal de alarma de esta página de tienda.
level-flags-fake-shop-learned = Comprueba la dirección y el precio de una tienda, y no des nunca una contraseña ni un número de tarjeta en un chat.
level-flags-fake-shop-hint-1 = Empieza por arriba. ¿Haría todo esto una tienda de verdad?
level-flags-fake-shop-hint-2 = Las tiendas falsas copian nombres reales, tienen precios diminutos y te meten prisa.
level-flags-fake-shop-hint-3 = Lee la dirección letra a letra: esconde un número. Hay tres señales de alarma más abajo.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Mira bien: tiene un cero, no la letra o. Las tiendas falsas copian los nombres de tiendas reales.
flags-fake-shop-welcome = ¡Bienvenido a Jollytoy!
flags-fake-shop-welcome-reason = Una línea de bienvenida es normal en una tienda. Por sí sola no es una señal de alarma.
flags-fake-shop-picture = Imagen: una consola con dos mandos
flags-fake-shop-picture-reason = Las tiendas muestran imágenes de lo que venden. Es normal.
flags-fake-shop-price = Consola: 99% de descuento sobre el precio normal
flags-fake-shop-price-reason = Una consola nunca es tan barata. Un precio demasiado bueno para ser verdad es un truco.
flags-fake-shop-countdown = ¡La oferta acaba en 04:59!
flags-fake-shop-countdown-reason = El reloj que corre quiere que te des prisa. Las tiendas falsas te meten prisa para que no compruebes.
flags-fake-shop-delivery = La entrega tarda de 3 a 5 días.
flags-fake-shop-delivery-reason = Las tiendas te dicen cuánto tarda la entrega. Es normal.
flags-fake-shop-chat = Chat: Mándanos aquí tu contraseña y tu número de tarjeta.
flags-fake-shop-chat-reason = Una tienda de verdad nunca te pide la contraseña. Los números de tarjeta nunca van en un chat.

## Nivel 4: ¿qué enlaces llevan a Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = ¿De verdad es Moonbank?
level-addr-moonbank-instruction = En cada enlace, toca la parte que nombra el sitio. Luego di si es el sitio de Moonbank.
level-addr-moonbank-learned = Lee el nombre de un enlace desde el final: la terminación justo antes de la primera / sola, y luego el nombre que va delante. Ese es el sitio. Las palabras de delante o de detrás de la / no demuestran nada.
level-addr-moonbank-hint-1 = Busca la primera / sola del enlace. El nombre del sitio acaba justo antes.
level-addr-moonbank-hint-2 = Lee hacia atrás desde esa /: primero la terminación .example, luego el nombre que va delante. Juntos son el sitio.
level-addr-moonbank-hint-3 = El tercer enlace lleva a free-gifts.example. La palabra moonbank detrás de la / es solo el nombre de una página.

## Nivel 5: enlaces que se parecen

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Enlaces parecidos
level-addr-lookalike-instruction = En cada enlace, toca la parte que nombra el sitio. Luego di si es el sitio de Pixelpost.
level-addr-lookalike-learned = Los estafadores esconden el sitio real detrás de una @, añaden palabras de más o cambian letras por otras parecidas. Lee el sitio letra a letra.
level-addr-lookalike-hint-1 = ¿Hay una @ en el enlace? El sitio va detrás.
level-addr-lookalike-hint-2 = Lee el sitio letra a letra. Una palabra de más o una letra rara lo convierten en otro sitio.
level-addr-lookalike-hint-3 = Mira la i del segundo enlace: es de otro alfabeto. Eso lo convierte en otro sitio.

## Nivel 6: qué hacer ante un truco

level-scam-what-to-do-title = ¿Qué haces?
level-scam-what-to-do-instruction = Aparece algo raro. Elige cada vez lo mejor que puedes hacer.
level-scam-what-to-do-learned = Si un mensaje te mete prisa, parece raro o pide un número de tarjeta, no toques nada. Compruébalo de otra forma y cuéntaselo a un adulto de confianza.
level-scam-what-to-do-hint-1 = Un buen detective se para y piensa antes de tocar nada.
level-scam-what-to-do-hint-2 = Los estafadores meten prisa, usan cuentas de amigos y prometen premios. Para antes de tocar.
level-scam-what-to-do-hint-3 = Cuando la cuenta de un amigo manda algo raro, compruébalo con ese amigo de otra forma.

scam-what-to-do-account-closed-prompt = Un mensaje dice: «¡Tu cuenta del juego se cerrará HOY! Toca aquí para salvarla: save-my-game.example»
scam-what-to-do-account-closed-tap-fast = Toco el enlace rápido para salvar mi cuenta.
scam-what-to-do-account-closed-tap-fast-reason = Las prisas son un truco para que no pienses. El enlace podría robarte la contraseña.
scam-what-to-do-account-closed-tell-adult = No lo toco. Se lo enseño a un adulto.
scam-what-to-do-account-closed-tell-adult-reason = ¡Muy bien! Juntos podéis comprobarlo en el juego de verdad. Unas prisas así son un truco.
scam-what-to-do-account-closed-reply = Contesto y pregunto quiénes son.
scam-what-to-do-account-closed-reply-reason = Contestar le dice al estafador que alguien lee sus mensajes. Mejor no contestar nada.

scam-what-to-do-friend-link-prompt = La cuenta de tu amigo Sam te manda de repente: «jaja ¿¿eres tú?? clip-watch.example/v/8812»
scam-what-to-do-friend-link-tap = Lo toco. Es de Sam, así que es seguro.
scam-what-to-do-friend-link-tap-reason = Puede que otra persona esté usando la cuenta de Sam. Los estafadores mandan enlaces malos desde cuentas de amigos.
scam-what-to-do-friend-link-pass-on = Se lo mando también a mis otros amigos.
scam-what-to-do-friend-link-pass-on-reason = Entonces ellos también podrían tocarlo. No reenvíes nunca un enlace del que no te fías.
scam-what-to-do-friend-link-grown-up-phone = Lo toco, pero en el móvil de un adulto.
scam-what-to-do-friend-link-grown-up-phone-reason = Un enlace malo es igual de malo en cualquier móvil, y puede pedir una contraseña. Compruébalo antes con Sam.
scam-what-to-do-friend-link-ask-another-way = Antes se lo pregunto a Sam en persona.
scam-what-to-do-friend-link-ask-another-way-reason = ¡Genial! Pregunta a Sam en persona o por teléfono. Si Sam no lo mandó, avisa a un adulto.

scam-what-to-do-won-phone-prompt = Una ventana dice: «¡Has ganado un móvil nuevo! Escribe el número de tarjeta de tus padres para recibirlo».
scam-what-to-do-won-phone-close-tell = La cierro y aviso a un adulto.
scam-what-to-do-won-phone-close-tell-reason = ¡Bien! Un premio de verdad nunca necesita un número de tarjeta. Un adulto puede comprobar que todo está bien.
scam-what-to-do-won-phone-type-card = Cojo la tarjeta y escribo el número.
scam-what-to-do-won-phone-type-card-reason = No hay ningún móvil. Los estafadores quieren el número de tarjeta para quitar dinero.
scam-what-to-do-won-phone-claim = Toco «Reclamar premio».
scam-what-to-do-won-phone-claim-reason = Los botones de una ventana así pueden abrir más trucos. Ciérrala.
