# El mundo «Muelle de los Dispositivos»: cuidar la tableta o el móvil, y cuidarte a ti.
# Apps, empresas y direcciones inventadas: no se cambian. Sin números de teléfono.

world-device-dock = Muelle de los Dispositivos

## Nivel 1: actualizaciones y ventanas emergentes

level-device-update-title = Hora de actualizar
level-device-update-instruction = Tu tableta muestra un mensaje. Elige lo mejor que puedes hacer.
level-device-update-learned = Las actualizaciones de verdad vienen de los ajustes de tu tableta y la protegen. Las ventanas emergentes que te asustan son trucos.
level-device-update-hint-1 = ¿De dónde viene el mensaje: de la propia tableta o de una página web?
level-device-update-hint-2 = Las actualizaciones arreglan puntos débiles. Una página web no puede ver el interior de tu tableta.
level-device-update-hint-3 = Un mensaje de la propia tableta es una actualización de verdad. Instalarla mantiene la tableta segura.

device-update-system-prompt = Tu tableta dice: «Hay una actualización del sistema lista. ¿Instalar ahora?»
device-update-system-ignore = Ignorarla para siempre. Las actualizaciones son un rollo.
device-update-system-ignore-reason = Las actualizaciones arreglan puntos débiles que un programa dañino podría usar. Sin ellas, tu tableta es menos segura.
device-update-system-install = Instalarla o pedir ayuda a un adulto.
device-update-system-install-reason = Este mensaje viene de la propia tableta. Las actualizaciones la mantienen segura y funcionando bien.
device-update-system-switch-off = Apagar la tableta para que deje de preguntar.
device-update-system-switch-off-reason = La actualización volverá a preguntar más tarde. Instalarla es la forma de mantener tu tableta segura.

device-update-popup-prompt = Aparece una página web: «¡Tu tableta tiene 5 virus! ¡Descarga CleanerPro ya!»
device-update-popup-download = Descargar CleanerPro rápido.
device-update-popup-download-reason = Es un truco. La descarga podría ser el propio programa dañino.
device-update-popup-ok-button = Tocar «Aceptar» en la ventana para que se vaya.
device-update-popup-ok-button-reason = Los botones de una ventana emergente falsa pueden empezar una descarga. Cierra toda la página.
device-update-popup-close = Cerrar la página y avisar a un adulto.
device-update-popup-close-reason = Una página web no puede mirar dentro de tu tableta, así que los virus son inventados. Cerrar la página es seguro.

device-update-battery-prompt = La actualización quiere empezar, pero la batería está al 5%.
device-update-battery-charge = Poner el cargador y luego actualizar.
device-update-battery-charge-reason = Una actualización necesita energía hasta que termina. Con el cargador puesto, puede acabar sin problemas.
device-update-battery-start = Empezar ya y pedir a un adulto que mire.
device-update-battery-start-reason = Mirar no sirve si la batería se acaba a mitad: la actualización puede salir mal. Carga primero.
device-update-battery-cancel = Cancelarla y no actualizar nunca más.
device-update-battery-cancel-reason = La actualización sigue siendo importante para la seguridad de tu tableta. Solo cárgala primero.

## Nivel 2: qué puede usar una app de linterna

device-bin-makes-sense = Tiene sentido
device-bin-no-sense = No tiene sentido

level-device-permissions-title = La app de linterna
level-device-permissions-instruction = Abres una app nueva de linterna. Mientras funciona, pide usar estas cosas. ¿Tiene sentido?
level-device-permissions-learned = Las apps piden permisos mientras las usas. Toca «No permitir» para lo que una app no necesita. Puedes cambiarlo luego en Ajustes.
level-device-permissions-hint-1 = ¿Qué necesita una app de linterna para hacer su trabajo?
level-device-permissions-hint-2 = Una linterna solo necesita dar luz. Todo lo demás no es parte de su trabajo.
level-device-permissions-hint-3 = Una linterna no tiene nada que ver con tus contactos.

device-permissions-camera-light = Encender la luz que está junto a la cámara
device-permissions-camera-light-reason = Esa lucecita es la linterna. La app la necesita para hacer su trabajo.
device-permissions-contacts = Acceder a tus contactos
device-permissions-contacts-reason = Una linterna no necesita los nombres y números de tus amigos. Toca «No permitir».
device-permissions-location = Acceder a la ubicación de este dispositivo
device-permissions-location-reason = Una linterna funciona igual en todas partes. No necesita saber dónde estás.
device-permissions-screen-bright = Poner la pantalla en blanco brillante
device-permissions-screen-bright-reason = Algunas linternas iluminan toda la pantalla. Eso es parte de ser una linterna.
device-permissions-microphone = Grabar audio
device-permissions-microphone-reason = Una linterna no necesita oírte. Toca «No permitir»: la linterna sigue funcionando.
device-permissions-notifications = Enviarte notificaciones
device-permissions-notifications-reason = Una linterna no tiene nada que contarte. Las notificaciones solo serían anuncios o avisos para abrirla.
device-permissions-photos = Acceder a fotos y vídeos de este dispositivo
device-permissions-photos-reason = Tus fotos son privadas. Una linterna no las necesita para dar luz.

## Nivel 3: un aviso falso de virus

level-device-fake-virus-title = ¡Alarma de virus!
level-device-fake-virus-instruction = Toca cada señal de alarma de esta página web.
level-device-fake-virus-learned = Una página web no puede encontrar virus en tu tableta. Cierra las páginas que asustan y avisa a un adulto.
level-device-fake-virus-hint-1 = Empieza por arriba. ¿De quién es esta página?
level-device-fake-virus-hint-2 = Los avisos falsos gritan, te meten prisa y quieren que descargues algo o llames.
level-device-fake-virus-hint-3 = El gran aviso que parpadea es una señal de alarma. Hay cuatro más en la página.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Es una página web cualquiera, no tu tableta. Una página web no puede buscar virus en tu tableta.
device-fake-virus-warning = Rojo parpadeante: ¡ATENCIÓN! ¡5 VIRUS ENCONTRADOS!
device-fake-virus-warning-reason = El parpadeo y las letras grandes quieren asustarte para que dejes de pensar. Los virus son inventados.
device-fake-virus-picture = Imagen: una tableta con un escudo azul
device-fake-virus-picture-reason = Una imagen sola no es una señal de alarma. Lee las palabras que la rodean.
device-fake-virus-countdown = ¡Actúa en 60 segundos!
device-fake-virus-countdown-reason = El reloj quiere que te des prisa. Los estafadores te meten prisa para que no preguntes a nadie.
device-fake-virus-download = Descarga CleanerPro.apk para limpiar tu tableta
device-fake-virus-download-reason = Esta descarga podría ser un programa dañino. Consigue apps solo en la tienda oficial, con un adulto.
device-fake-virus-phone = ¡O llama ya a nuestro número de ayuda!
device-fake-virus-phone-reason = Los fabricantes de verdad no te piden que llames desde una página web. Nunca llames a un número así.
device-fake-virus-menu = Ayuda · Quiénes somos · Contacto
device-fake-virus-menu-reason = La mayoría de las páginas web tienen enlaces de menú. Por sí solos no son una señal de alarma.

## Nivel 4: conseguir una app nueva con seguridad

level-device-install-app-title = Una app nueva
level-device-install-app-instruction = Quieres un juego nuevo y un adulto ha dicho que sí. Pon los pasos en el orden en que pasan.
level-device-install-app-learned = Consigue las apps en la tienda oficial y mira antes la clasificación por edad y la Seguridad de los datos. Una vez instalada, permite solo lo que la app necesita.
level-device-install-app-hint-1 = ¿De dónde vienen las apps seguras?
level-device-install-app-hint-2 = Solo puedes leer sobre una app cuando la has encontrado, y solo puede pedirte cosas cuando está instalada.
level-device-install-app-hint-3 = Empieza en la tienda oficial de apps. La clasificación por edad y la Seguridad de los datos están en la página de la app.

device-install-app-store = Abre la tienda oficial de apps (Play Store).
device-install-app-store-reason = Esto va primero. Las apps de la tienda oficial se revisan para buscar programas dañinos. Las de otros sitios pueden esconderlos.
device-install-app-read = En la página de la app, mira la edad y la Seguridad de los datos.
device-install-app-read-reason = Después. La clasificación por edad (PEGI en casi toda Europa) dice para quién es la app. En Seguridad de los datos, sus creadores dicen qué datos recogen y comparten.
device-install-app-install = Toca «Instalar».
device-install-app-install-reason = Ahora instálala, cuando ya has leído su página. Antes de esto, la app no puede pedirte nada.
device-install-app-say-no = Abre la app. Permite solo lo que necesita.
device-install-app-say-no-reason = Las apps piden permisos mientras las usas, no antes. Toca «No permitir» para lo que no necesita. Puedes cambiarlo luego en Ajustes.
device-install-app-check = ¿Ya no la usas? Bórrala.
device-install-app-check-reason = Esto va al final. Una app que no usas sigue ocupando espacio y puede seguir teniendo tus datos.

## Nivel 5: equilibrio

level-device-screen-time-title = ¿Hora de descansar?
level-device-screen-time-instruction = Elige lo mejor para ti y para tu cuerpo.
level-device-screen-time-learned = Los descansos, el sueño y los amigos de verdad importan más que cualquier premio o racha de un juego.
level-device-screen-time-hint-1 = Piensa en tus ojos, en tu sueño y en tu tiempo.
level-device-screen-time-hint-2 = Los juegos y las apps intentan que sigas frente a la pantalla. Tú decides cuándo parar.
level-device-screen-time-hint-3 = Para el cofre: dormir importa más que cualquier premio de un juego.

device-screen-time-eyes-prompt = Llevas dos horas jugando. Te notas los ojos cansados.
device-screen-time-eyes-one-more = Pedir a un adulto una hora más y luego descansar.
device-screen-time-eyes-one-more-reason = Los ojos cansados necesitan descansar ya, no dentro de una hora, aunque un adulto diga que sí. Escucha a tu cuerpo.
device-screen-time-eyes-break = Descansar: mirar a lo lejos y moverte.
device-screen-time-eyes-break-reason = Mirar a lo lejos descansa los ojos, y moverte es bueno para tu cuerpo.
device-screen-time-eyes-brighter = Subir el brillo de la pantalla y seguir.
device-screen-time-eyes-brighter-reason = Más brillo no ayuda a los ojos cansados. Necesitan un descanso lejos de la pantalla.

device-screen-time-chest-prompt = Un juego dice: «¡Vuelve dentro de 10 minutos y llévate un cofre gratis!». Es hora de dormir.
device-screen-time-chest-stay-up = Aguantar 10 minutos más sin dormir por el cofre.
device-screen-time-chest-stay-up-reason = Los juegos usan pequeños premios para que sigas jugando. Diez minutos suelen convertirse en más.
device-screen-time-chest-alarm = Poner una alarma para levantarte a por él de noche.
device-screen-time-chest-alarm-reason = Despertarte por un juego corta tu sueño. Mañana te sentirás sin fuerzas.
device-screen-time-chest-sleep = Irte a dormir. El cofre puede esperar.
device-screen-time-chest-sleep-reason = Dormir te ayuda a crecer, aprender y sentirte bien. Ningún premio de un juego vale perder sueño.

device-screen-time-streak-prompt = Un amigo quiere que mantengáis una racha de chat cada día. Hoy tienes muchísimo que hacer.
device-screen-time-streak-tell = Decirle: «¡Hoy no puedo, hablamos pronto!»
device-screen-time-streak-tell-reason = Un amigo de verdad lo entiende. Las apps usan rachas para que vuelvas, pero la amistad no necesita ninguna.
device-screen-time-streak-homework = Dejar los deberes para mantener la racha.
device-screen-time-streak-homework-reason = Tus deberes importan más que un número en una app. La racha no vale ese estrés.
device-screen-time-streak-password = Dar tu contraseña a tu amigo para que la mantenga.
device-screen-time-streak-password-reason = Nunca compartas tu contraseña, ni con un buen amigo. Es la llave de tu cuenta.
