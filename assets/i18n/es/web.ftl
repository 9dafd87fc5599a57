# Textos de la propia página web; sin variables.

web-loading = Cargando Byte Bridge…
web-error-webgl = Este navegador no puede mostrar el juego porque le falta WebGL 2 o está desactivado. Prueba con un Chrome actualizado.
web-error-download = No se ha podido descargar el juego. Comprueba la conexión y vuelve a cargar la página.
web-error-crash = Algo ha salido mal y el juego se ha parado. Tus estrellas están guardadas. Vuelve a cargar la página.
web-teacher-error-download = No se ha podido descargar la página del profesorado. Compruebe la conexión y vuelva a cargar la página.
web-teacher-framed = Esta página muestra datos de la clase, así que solo se abre sola, no dentro de otro sitio web.
web-teacher-open-alone = Abrir la página del profesorado sola
web-reload = Volver a cargar
web-noscript = Byte Bridge necesita JavaScript. Actívalo, por favor.
