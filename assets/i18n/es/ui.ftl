language-name = Español
app-title = Byte Bridge
app-tagline = Aprende a programar y a navegar con seguridad
title-play = Jugar
language-picker = Idioma
language-open = Idioma: { $language }
language-loading = Descargando { $language }…
language-not-on-device = El idioma { $language } todavía no está en esta tableta. Conéctate a internet una vez para descargarlo. En esta tableta: { $ready }
language-damaged = El idioma { $language } no ha llegado completo. Prueba otra vez más tarde. En esta tableta: { $ready }

back = Atrás
notice-dismiss = Vale

map-title = Niveles
level-status-locked = bloqueado
level-status-new = sin jugar
level-status-stars = { $stars } de 3 estrellas
map-level = { $number }. { $title }, { $status }
map-locked-hint = Termina el nivel anterior para abrir este.
map-world = { $title }, { $status }
map-world-stars = { $stars } de { $max } { $max ->
        [one] estrella
        [many] de estrellas
       *[other] estrellas
    }

result-title = ¡Nivel superado!
result-stars = { $stars } de 3 estrellas
result-new-best = ¡Nuevo récord!
result-learned-heading = Lo que has aprendido
result-next = Siguiente nivel
result-retry = Jugar otra vez
result-levels = Todos los niveles

storage-unavailable = Esta tableta no puede guardar ahora. Puedes jugar, pero perderás tus estrellas al cerrar la página.
storage-recovered-damaged = No se ha podido leer un jugador guardado y no había una copia buena. Se ha apartado en esta tableta.
storage-recovered-backup = Algunas estrellas guardadas estaban dañadas. Se ha recuperado la última copia buena.
storage-newer-version = Algunos jugadores se guardaron con un Byte Bridge más nuevo. Están a salvo: actualiza el juego para verlos.
storage-full = La memoria de la tableta está llena. Guarda tus estrellas en un archivo para no perder nada.

hint = Pista
hint-shown = Pista { $number }: { $hint }

read-aloud = Leer en voz alta
read-aloud-stop = Dejar de leer
settings-open = Ajustes
settings-title = Ajustes
settings-read-everything = Leer todo en voz alta
settings-read-everything-about = El juego lee en voz alta cada nivel, cada pista y cada resultado en cuanto aparece.
settings-no-voice = Esta tableta todavía no tiene voz para este idioma. Una persona adulta puede añadir una.
settings-robot-speed = Velocidad del robot: { $speed }
settings-calm = Menos movimiento
settings-calm-about = El robot salta de casilla en casilla en vez de deslizarse. Ya viene activado si la tableta está configurada para mostrar menos movimiento.
settings-contrast = Contraste alto
settings-contrast-about = El fondo se vuelve negro, las letras blancas y los botones tienen bordes blancos. Para algunos ojos, así se ve mejor.
settings-text-size = Tamaño del texto: { $size }
settings-text-size-about = Toca otra vez y las palabras se hacen más grandes, hasta el doble. Luego vuelven a su tamaño normal.
text-size-normal = normal
text-size-big = grande
text-size-bigger = más grande
text-size-biggest = el más grande
settings-more-space = Más espacio
settings-more-space-about = Más sitio entre las letras y entre las líneas. Para algunos ojos, así se lee mejor.
