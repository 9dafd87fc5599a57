# La misión de hoy (niveles elegidos por el profesorado) y «Enviar a mi profe».

## Un enlace de clase que no se puede usar
mission-link-damaged = Este enlace de clase está dañado. Pide el enlace otra vez a tu profe.
mission-link-newer = Este enlace de clase es de un Byte Bridge más nuevo. Pide a tu profe que te ayude a actualizar el juego.
mission-link-no-levels = Este enlace de clase no tiene niveles que este juego conozca. Pide a tu profe que te ayude a actualizar el juego.
mission-stored-unreadable = No se ha podido leer la misión de hoy en esta tableta. Pide el enlace otra vez a tu profe.

## Inicio y mapa
mission-title = Misión de hoy: { $class }
mission-level = { $title }, { $status }
mission-previous = Niveles anteriores
mission-next = Más niveles
mission-map-locked = Tu profe ha elegido los niveles de hoy.
mission-locked-hint = Este nivel no está en la misión de hoy.

## Personas adultas
mission-remove = Quitar la misión de hoy ({ $class })
mission-removed = La misión de hoy se ha quitado de esta tableta.

## Enviar a mi profe
send-to-teacher = Enviar a mi profe
send-for-class = Tus estrellas para la clase { $class }
send-no-class = Tus estrellas en esta tableta
send-save = Guardar un archivo
send-share = Compartir
send-show-code = Mostrar un código QR
send-saved = Tu archivo está guardado. Dáselo a tu profe.
send-code-caption = Enseña este código a la cámara de tu profe
send-code-image = Código QR con tus estrellas para tu profe
send-code-failed = No se ha podido crear el código. Guarda un archivo.

## Dentro de la plataforma de un colegio (Kolibri, un LMS): quien aprende en la plataforma es quien juega.
# Se muestra cuando el juego no puede conectarse con la plataforma del colegio (no hay API de SCORM, ha fallado el inicio con cmi5, no hay puente con Kolibri).
package-unreachable = El juego no ha podido conectarse con la plataforma de tu colegio. Puedes jugar, y tus estrellas se quedan en este dispositivo.
# Se muestra cuando no se ha podido leer el progreso que la plataforma guardó para el alumnado.
package-saved-unreadable = No se han podido leer tus estrellas de otro dispositivo. Puedes seguir jugando desde aquí.
mission-link-made-refused = Un nivel que ha hecho tu profe en este enlace de clase está dañado o se ha cambiado, así que el enlace no se ha usado. Pide el enlace otra vez a tu profe.
made-world-title = Hechos por tu profe
made-by-teacher = Hecho por tu profe
made-by-teacher-in = Hecho por tu profe, idioma: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = La misión de hoy de la clase { $class } ya está en esta tableta.
