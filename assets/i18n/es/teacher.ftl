# La página del profesorado. Se trata al docente de usted.

teacher-page-title = Byte Bridge para docentes
teacher-title = Byte Bridge para docentes
teacher-tagline = Dé niveles a su clase, recoja los resultados y vea quién necesita ayuda.
teacher-skip = Saltar al contenido de la página
teacher-language = Idioma

## Ayuda
teacher-help = Ayuda: ¿adónde van los datos de la clase?
teacher-help-local = Todo lo de esta página se queda en este navegador, en este dispositivo. No hay cuentas ni servidor: no se envía nada a ninguna parte, salvo que configure un almacén de registros en «Enviar a un almacén de registros».
teacher-help-files = Los resultados llegan de las tabletas del alumnado, como archivos o códigos QR. Traiga los archivos en «Recoger resultados» o escanee los códigos con la cámara de este dispositivo.
teacher-help-signing = Con «Firmar los archivos del alumnado con una clave de clase», las tabletas firman cada archivo de resultados y cada código QR. Uno editado después se marca aquí y no cuenta; y cuando los archivos de un alumno ya se han firmado, tampoco cuentan sus archivos y códigos sin una firma válida. La clave se guarda en las tabletas, así que esto detecta archivos editados, pero no a alguien que copie la clave de una tableta y firme resultados inventados.
teacher-help-notes = Los nombres reales que escriba junto a un nombre de juego se quedan en este navegador. Solo salen de él si marca «Incluir nombres reales» y luego descarga el CSV o imprime la vista de la clase.
teacher-help-backup = Si borra los datos de este navegador, también se borran los datos de la clase. Descargue el CSV de vez en cuando para tener una copia.
teacher-help-insecure = Esta página no se sirve por HTTPS, así que no funciona sin conexión ni puede usar la cámara. Los archivos de resultados funcionan siempre.

## Avisos
teacher-dismiss = Vale
teacher-storage-full = La memoria de este navegador está llena, así que sus últimos cambios no se han guardado. Descargue ahora el CSV y luego quite enlaces antiguos o borre datos antiguos de la clase.
teacher-storage-blocked = Este navegador no deja que la página guarde nada (modo privado o un ajuste). Todo se pierde al cerrar la pestaña, así que descargue antes el CSV.
teacher-error-action = Algo ha salido mal. Vuelva a cargar la página e inténtelo otra vez; todo lo guardado hasta ahora se conserva.
teacher-error-start = La página del profesorado no ha podido arrancar. Vuelva a cargarla. Si sigue pasando, pruebe con un Chrome, Edge o Firefox actualizado.
teacher-update-ready = Hay una versión nueva de Byte Bridge.
teacher-update = Volver a cargar ahora

## Dar niveles a una clase
teacher-assign-title = Dar niveles a una clase
teacher-assign-intro = Elija los niveles y cree un enlace. El alumnado abre el enlace en sus tabletas o escanea su código QR, y encuentra los niveles como misión de hoy.
teacher-class-name = Nombre de la clase
teacher-class-name-hint = Por ejemplo 4.º B. El nombre viaja en el enlace hasta las tabletas, así que no use el nombre de un alumno.
teacher-levels = Niveles
teacher-band-filter = Franja de edad
teacher-band-all = Todas las edades
teacher-competence-filter = Competencia DigComp 2.2
teacher-competence-all = Todas las competencias
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Competencia DigComp 3.0
teacher-digcomp3-all = Todas las competencias
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Todo «{ $world }»
teacher-no-levels = Ningún nivel coincide con estos filtros.
teacher-levels-selected = { $count ->
        [0] Aún no ha elegido ningún nivel.
        [one] { $count } nivel elegido.
        [many] { $count } de niveles elegidos.
       *[other] { $count } niveles elegidos.
    }
teacher-select-none = Borrar la selección
teacher-lock = Bloquear los demás niveles
teacher-lock-hint = El alumnado solo puede jugar estos niveles mientras esta misión esté en su tableta.
teacher-sign = Firmar los archivos del alumnado con una clave de clase
teacher-sign-hint = Un archivo de resultados o un código QR editado después de que la tableta lo guardara se marca y no cuenta. La clave se guarda en las tabletas, así que quien la copie de una tableta aún puede firmar resultados inventados.
teacher-create = Crear enlace

## El enlace
teacher-link-ready = El enlace para su clase
teacher-link = Enlace
teacher-copy = Copiar enlace
teacher-copied = Enlace copiado.
teacher-copy-manual = El enlace está seleccionado. Cópielo con la función de copiar de su dispositivo.
teacher-qr-label = Código QR del enlace para { $name }
teacher-qr-caption = El alumnado escanea este código con la cámara de la tableta para abrir la misión.
teacher-print-sheet = Imprimir hoja
teacher-earlier-title = Enlaces anteriores
teacher-assignment-meta = { $count ->
        [one] { $count } nivel
        [many] { $count } de niveles
       *[other] { $count } niveles
    }, creado el { $date }
teacher-assignment-levels = { $count ->
        [one] Mostrar el nivel
        [many] Mostrar los { $count } niveles
       *[other] Mostrar los { $count } niveles
    }
teacher-assignment-locked = otros niveles bloqueados
teacher-assignment-signed = archivos firmados
teacher-assignment-unsigned = archivos sin firmar
teacher-show-qr = Mostrar código QR
teacher-hide-qr = Ocultar código QR
teacher-remove = Quitar enlace
teacher-remove-confirm = ¿Quitar de esta página el enlace de «{ $name }»?
teacher-remove-yes = Sí, quitar
teacher-cancel = Cancelar
teacher-assignment-option = { $name } ({ $date })

## La hoja impresa para el alumnado
teacher-sheet-title = Misión de hoy
teacher-sheet-how = Escanea el código con la cámara de la tableta o escribe el enlace de abajo en el navegador.
teacher-sheet-levels = Niveles de hoy

## Recoger resultados
teacher-collect-title = Recoger resultados
teacher-collect-intro = Traiga los archivos de resultados del alumnado, todos los que quiera a la vez, o escanee los códigos QR de sus tabletas.
teacher-drop-hint = Suelte aquí los archivos del alumnado
teacher-files-label = Archivos de resultados del alumnado
teacher-choose-files = Elegir archivos
teacher-results-title = Recibidos
teacher-results-empty = Todavía no se ha recibido ningún archivo.
teacher-results-clear = Vaciar esta lista
teacher-file-altered = Aviso: este archivo se editó después de que la tableta lo guardara.
teacher-file-failed = No recibido:
teacher-file-unreadable = No se ha podido leer { $file }. Inténtelo otra vez o vuelva a guardarlo en la tableta.
teacher-code-unreadable = No se ha podido leer este código QR. Inténtelo otra vez.
teacher-status-signed = firmado
teacher-status-unsigned = sin comprobar
teacher-status-summary = de un código QR
teacher-scan-title = Escanear códigos QR
teacher-scan-intro = Apunte la cámara al código de resultados de un alumno. Sigue buscando el del siguiente hasta que la pare.
teacher-scan = Escanear un código QR
teacher-stop-camera = Parar la cámara
teacher-camera-label = Imagen de la cámara
teacher-camera-starting = Encendiendo la cámara…
teacher-camera-looking = Buscando un código QR…
teacher-camera-next = Recibido. Enseñe el siguiente código.
teacher-camera-stopped = La cámara está apagada.
teacher-camera-unavailable = Aquí no se puede usar la cámara: no hay ninguna, no se ha permitido o la página no se sirve por HTTPS. Los archivos de resultados funcionan siempre.
teacher-scanner-unavailable = No se ha podido cargar el lector de códigos QR. Conéctese a internet una vez e inténtelo otra vez. Los archivos de resultados funcionan siempre.

## Su clase
teacher-class-title = Su clase
teacher-show-assignment = Mostrar
teacher-all-levels = Todos los niveles
teacher-no-pupils = Todavía no hay resultados. Recoja arriba los archivos o códigos del alumnado.
teacher-note-hint = Los nombres reales se quedan solo en este dispositivo. Las descargas no los incluyen salvo que marque «Incluir nombres reales».
teacher-note-label = Nombre real
teacher-note-for = Nombre real de { $name }
teacher-grid-caption = { $count ->
        [one] { $count } alumno, todos los niveles
        [many] { $count } de alumnos, todos los niveles
       *[other] { $count } alumnos, todos los niveles
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } alumno
        [many] { $name }: { $count } de alumnos
       *[other] { $name }: { $count } alumnos
    }
teacher-pupil = Alumno
teacher-pupil-altered = Archivo editado
teacher-cell-empty = sin jugar
teacher-cell-detail = { $attempts ->
        [one] { $attempts } intento
        [many] { $attempts } de intentos
       *[other] { $attempts } intentos
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } pista
        [many] {" "}· { $hints } de pistas
       *[other] {" "}· { $hints } pistas
    }
teacher-forget = Quitar alumno
teacher-forget-pupil = Quitar al alumno { $name }
teacher-forget-confirm = ¿Quitar a { $name } y todos sus resultados de esta página?
teacher-forget-yes = Sí, quitar
teacher-forgotten = Se ha quitado a { $name }.

## Un alumno en un nivel
teacher-cell-title = { $pupil }: { $level }
teacher-close = Cerrar
teacher-no-attempts = Todavía no hay intentos.
teacher-attempt-title = Intento { $number }, { $when }
teacher-attempt-stars = Estrellas
teacher-stars-count = { $count ->
        [one] { $count } estrella
        [many] { $count } de estrellas
       *[other] { $count } estrellas
    }
teacher-attempt-outcome = Resultado
teacher-attempt-time = Tiempo
teacher-attempt-hints = Pistas
teacher-attempt-mistakes = Errores
teacher-program-main = Programa principal
teacher-program-p1 = Ayudante 1
teacher-program-p2 = Ayudante 2
teacher-program-empty = (vacío)
teacher-tile-else = si no
teacher-code = Como código
teacher-code-note = El mismo programa como texto, en un lenguaje parecido a Python. El alumnado lo ve en el juego con «Mostrar como código».
teacher-answers = Respuestas

## Por nivel
teacher-summary-title = Por nivel
teacher-summary-caption = Cómo fue cada nivel
teacher-summary-level = Nivel
teacher-summary-played = Jugado
teacher-summary-finished = Terminado
teacher-summary-stuck = Atascado
teacher-summary-mean = Intentos de media
teacher-summary-common = Problemas más frecuentes
teacher-problem-count = { $text } × { $count }

## Descargar, imprimir, borrar
teacher-export-title = Descargar, imprimir, borrar
teacher-include-notes = Incluir nombres reales
teacher-include-notes-hint = Márquelo solo para un archivo o una copia impresa que se quede con usted, por ejemplo para sus propios registros.
teacher-download-csv = Descargar CSV
teacher-download-xapi = Descargar xAPI (JSON)
teacher-print-class = Imprimir la vista de la clase
teacher-clear = Borrar los datos de la clase
teacher-clear-confirm = ¿Borrar de este navegador todos los alumnos, resultados, nombres reales y enlaces? No se puede deshacer. Descargue antes el CSV si quiere conservar los resultados.
teacher-clear-yes = Sí, borrar todo
teacher-cleared = Se han borrado los datos de la clase.
teacher-language-unavailable = No se ha podido descargar el idioma { $language }: este navegador todavía no lo tiene. Conéctese a internet y vuelva a elegirlo.

## Enviar a un almacén de registros de aprendizaje (LRS)
teacher-lrs-title = Enviar a un almacén de registros
teacher-lrs-intro = Si su centro o la administración educativa recogen los resultados en un almacén de registros de aprendizaje (LRS), escriba aquí su dirección xAPI, su clave y su secreto. A partir de entonces, cada resultado que traiga se envía allí automáticamente, y cada uno solo una vez. La dirección, la clave y el secreto se quedan en este navegador: las tabletas del alumnado nunca los reciben.
teacher-lrs-endpoint = Dirección xAPI (endpoint)
teacher-lrs-key = Clave (nombre de usuario)
teacher-lrs-secret = Secreto (contraseña)
teacher-lrs-secret-kept = Déjelo vacío para conservar el secreto que guardó antes para esta dirección y esta clave.
teacher-lrs-save = Guardar y enviar
teacher-lrs-forget = Olvidar este almacén de registros
teacher-lrs-retry = Reintentar ahora
teacher-lrs-off = No hay ningún almacén de registros configurado. Los resultados se quedan en este navegador y en sus descargas.
teacher-lrs-done = { $sent ->
        [one] El único resultado ya está en el almacén de registros.
        [many] Los { $sent } de resultados ya están en el almacén de registros.
       *[other] Los { $sent } resultados ya están en el almacén de registros.
    }
teacher-lrs-sending = { $waiting ->
        [one] Enviando: queda un resultado en espera.
        [many] Enviando: quedan { $waiting } de resultados en espera.
       *[other] Enviando: quedan { $waiting } resultados en espera.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Hay un resultado en espera: no se puede conectar con el almacén de registros. Nuevo intento en { $seconds } s. Si el aviso se mantiene, pida a quien administra el almacén de registros que autorice la dirección de esta página.
        [many] Hay { $waiting } de resultados en espera: no se puede conectar con el almacén de registros. Nuevo intento en { $seconds } s. Si el aviso se mantiene, pida a quien administra el almacén de registros que autorice la dirección de esta página.
       *[other] Hay { $waiting } resultados en espera: no se puede conectar con el almacén de registros. Nuevo intento en { $seconds } s. Si el aviso se mantiene, pida a quien administra el almacén de registros que autorice la dirección de esta página.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Hay un resultado en espera: el almacén de registros respondió con el error { $status }. Nuevo intento en { $seconds } s.
        [many] Hay { $waiting } de resultados en espera: el almacén de registros respondió con el error { $status }. Nuevo intento en { $seconds } s.
       *[other] Hay { $waiting } resultados en espera: el almacén de registros respondió con el error { $status }. Nuevo intento en { $seconds } s.
    }
teacher-lrs-stopped-key = El envío se ha detenido: el almacén de registros no acepta esta clave y este secreto. Compruébelos y vuelva a guardar.
teacher-lrs-stopped-forbidden = El envío se ha detenido: esta clave no tiene permiso para añadir resultados al almacén de registros. Pida a quien lo administra una clave con permiso para escribir declaraciones (statements).
teacher-lrs-stopped-address = El envío se ha detenido: esta dirección no responde como un almacén de registros (respuesta { $status }). Compruebe la dirección xAPI.
teacher-lrs-refused = { $refused ->
        [one] El almacén de registros ha rechazado un resultado. Se ha apartado y no se volverá a enviar.
        [many] El almacén de registros ha rechazado { $refused } de resultados. Se han apartado y no se volverán a enviar.
       *[other] El almacén de registros ha rechazado { $refused } resultados. Se han apartado y no se volverán a enviar.
    }
teacher-lrs-load-damaged = No se han podido leer los ajustes del almacén de registros guardados en este navegador. Vuelva a escribirlos: los resultados que el almacén de registros ya tiene no se guardan dos veces.
teacher-lrs-load-newer = Los ajustes del almacén de registros los guardó una versión más reciente de esta página. Vuelva a cargar la página para obtener la versión nueva; hasta entonces no se envía nada.
teacher-lrs-error-no-address = Escriba la dirección xAPI del almacén de registros.
teacher-lrs-error-address = Esta no es la dirección web de un almacén de registros. Debería parecerse a https://lrs.example.org/xAPI/, sin ? ni #.
teacher-lrs-error-insecure = La dirección debe empezar por https:// para que la clave y los resultados viajen cifrados.
teacher-lrs-error-credentials-in-address = Escriba la clave y el secreto en sus propios campos, no en la dirección.
teacher-lrs-error-no-key = Escriba la clave y el secreto que le dieron para el almacén de registros.
teacher-lrs-error-bad-key = La clave no puede contener ":". Ni la clave ni el secreto pueden contener saltos de línea.
teacher-lrs-error-too-long = Uno de los campos es demasiado largo: la dirección, la clave y el secreto admiten 500 caracteres como máximo cada uno.
teacher-lrs-forgotten = Se han quitado de este navegador la dirección, la clave y el secreto del almacén de registros.
teacher-lrs-empty = Todavía no hay nada que enviar. Los resultados que traiga irán automáticamente al almacén de registros.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Título
made-field-task = Tarea
made-field-learned = «Lo que ha aprendido el alumnado»
made-field-hint = Pista
made-field-box = Caja
made-field-card = Tarjeta
made-field-prompt = Situación
made-field-reply = Respuesta
made-field-part = Línea del mensaje
made-field-reason = Explicación
made-problem-damaged = Esto no es un nivel hecho en esta página, o está dañado.
made-problem-newer = Este nivel se hizo con una versión más nueva de esta página. Vuelva a cargar la página para obtener la versión nueva.
made-problem-language = Esta página no conoce el idioma de este nivel.
made-problem-missing = { $field }: rellene este campo, por favor.
made-problem-too-long = { $field }: acorte el texto, por favor ({ $max } { $max ->
        [one] carácter
        [many] de caracteres
       *[other] caracteres
    } como máximo).
made-problem-undrawable = { $field }: algunos caracteres no se pueden mostrar en las tabletas: { $chars }. Use letras, números y signos de puntuación normales (sin emojis).
made-problem-hints = Un nivel necesita tres pistas: un empujoncito, la idea y luego parte de la respuesta.
made-problem-count = { $field }: el número es demasiado bajo o demasiado alto ({ $max } como máximo).
made-problem-one-right = Marque exactamente una respuesta como la correcta.
made-problem-box-unused = Cada caja necesita al menos una tarjeta que vaya en ella.
made-problem-flags = Marque al menos una línea como señal de alarma y deje al menos una línea sin señal de alarma.
made-problem-board-size = El tablero debe tener de 2 a { $max } { $max ->
        [one] casilla
        [many] de casillas
       *[other] casillas
    } de ancho y de 1 a { $max } de alto.
made-problem-board-start = Ponga exactamente una casilla de salida en el tablero.
made-problem-board-goal = Ponga una bandera o al menos una lámpara en el tablero.
made-problem-board = El tablero incumple una regla del juego. Revise las casillas y los bloques que ofrece.
made-problem-tiles = Ofrezca al menos un bloque.
made-problem-already-solved = El robot ya ha terminado antes de moverse: aleje la bandera de la salida.
made-problem-slots = El programa más corto que resuelve este tablero tiene { $tiles } { $tiles ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    }. Deje en el programa sitio para al menos { $tiles } { $tiles ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    }.
made-problem-unsolvable = Con estos bloques, el robot no puede llegar a la bandera (y a cada lámpara). Abra un camino u ofrezca más bloques (por ejemplo, giros o un bucle).
made-problem-too-large = Este tablero es demasiado grande para comprobarlo: ningún programa de menos de { $tiles } { $tiles ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    } lo resuelve, y hay demasiados programas más largos para probarlos todos. Haga el tablero más pequeño o el camino más corto, u ofrezca un bucle.
made-problem-par = El nivel aún no tiene una solución óptima: compruébelo primero en esta página.
made-checked-robot = El robot puede hacerlo: el mejor programa tiene { $par } { $par ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    }. El alumnado consigue 3 estrellas con { $par } { $par ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    } o menos.
made-checked-answers = Listo: cada respuesta tiene una explicación.
made-kind-robot_grid = Robot en el tablero
made-kind-sort = Clasificar en dos cajas
made-kind-pick_reply = Elegir la respuesta
made-kind-spot_flags = Encontrar las señales de alarma
made-copy-title = { $title } (copia)
made-import-done = { $added ->
    [one] Se ha añadido un nivel.
    [many] Se han añadido { $added } de niveles.
   *[other] Se han añadido { $added } niveles.
} { $skipped ->
    [0] {""}
    [one] Uno ya estaba aquí.
    [many] { $skipped } ya estaban aquí.
   *[other] { $skipped } ya estaban aquí.
}
made-import-not-ours = { $file } no es un archivo de niveles de esta página.
made-import-too-large = { $file } es demasiado grande para un archivo de niveles (1 MB y 100 niveles como máximo).
made-import-bad-level = { $file }: el nivel { $number } («{ $title }») no se puede usar, así que no se ha añadido nada. { $problem }
made-assign-too-many = Un enlace de clase puede llevar como máximo { $max } { $max ->
        [one] nivel hecho por usted
        [many] de niveles hechos por usted
       *[other] niveles hechos por usted
    }.
made-assign-unknown = Un nivel que eligió ya no está en su biblioteca. Vuelva a elegir los niveles.
made-qr-too-long = Este enlace es demasiado largo para un código QR que pueda leer una tableta ({ $length } { $length ->
        [one] carácter
        [many] de caracteres
       *[other] caracteres
    }; un código admite { $max }). Comparta el enlace tal cual, o descargue el archivo y ábralo en cada tableta en «Personas adultas» → «Traer jugadores de un archivo».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Crear sus propios niveles
made-page-intro = Escriba un nivel con sus propias palabras y compruebe que funciona. Sus niveles se guardan en este navegador, en «Mis niveles», y puede darlos a una clase como los niveles del juego.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Un nivel nuevo
made-page-editing = Editando «{ $title }»
made-page-editing-hint = Al guardar, se sustituye la versión anterior en sus niveles.
made-page-start-new = Empezar un nivel nuevo
made-page-kind = Tipo de nivel
made-page-band = Franja de edad
made-page-title = Título
made-page-task = Tarea: lo que se pide al alumnado
made-page-learned = Lo que ha aprendido el alumnado (se muestra al final)
made-page-hints = Tres pistas
made-page-hint-1 = Pista 1: un empujoncito
made-page-hint-2 = Pista 2: la idea
made-page-hint-3 = Pista 3: parte de la respuesta, no toda

# The robot grid.
made-page-width = Ancho (casillas)
made-page-height = Alto (filas)
made-page-paint = Pintar con
made-page-board = Tablero
made-page-board-hint = Toque una casilla para pintarla. Hay una sola salida y una sola bandera: si pinta otra, cambia de sitio. Con el teclado, las flechas llevan de una casilla a otra.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Fila { $row }, casilla { $column }: { $what }
made-page-square-wall = pared
made-page-square-floor = suelo
made-page-square-start = salida
made-page-square-flag = bandera
made-page-square-lamp = lámpara
made-page-square-red = suelo rojo
made-page-square-blue = suelo azul
made-page-square-green = suelo verde
made-page-facing = El robot empieza mirando hacia
made-page-facing-north = el norte (arriba)
made-page-facing-east = el este (derecha)
made-page-facing-south = el sur (abajo)
made-page-facing-west = el oeste (izquierda)
made-page-tiles = Bloques que puede usar el alumnado
made-page-conditions = Preguntas que pueden hacer los bloques «Si» y «Repetir mientras»
made-page-conditions-hint = Marque al menos una.
made-page-slots-main = Bloques en el programa principal (de 1 a 16)
made-page-slots-p1 = Bloques en «Ayudante 1» (de 1 a 10)

# Sort into two boxes.
made-page-box-left = Caja de la izquierda (una marca de verificación)
made-page-box-right = Caja de la derecha (una cruz)
made-page-cards = Tarjetas (de 2 a { $max })
made-page-card = Tarjeta { $number }
made-page-card-box = Caja de la tarjeta { $number }
made-page-reason-card = Por qué la tarjeta { $number } va en esa caja
made-page-add-card = Añadir una tarjeta
made-page-remove-card = Quitar la tarjeta { $number }

# Pick the reply.
made-page-prompt = La situación, por ejemplo, un mensaje que recibe el alumnado
made-page-replies = Respuestas (de 2 a 4, una de ellas correcta)
made-page-reply = Respuesta { $number }
made-page-right = La respuesta { $number } es la correcta
made-page-reason-reply = Por qué la respuesta { $number } es correcta o incorrecta
made-page-add-reply = Añadir una respuesta
made-page-remove-reply = Quitar la respuesta { $number }

# Spot the red flags.
made-page-screen = Lo que ve el alumnado
made-page-screen-message = Un mensaje de chat
made-page-screen-email = Un correo electrónico
made-page-screen-web = Una página web
made-page-parts = Líneas, de arriba abajo (de 2 a { $max }: algunas son señales de alarma y otras no)
made-page-part = Línea { $number }
made-page-flag = La línea { $number } es una señal de alarma
made-page-reason-part = Por qué la línea { $number } está bien o es una señal de alarma
made-page-add-part = Añadir una línea
made-page-remove-part = Quitar la línea { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Quitar
made-page-check = Comprobar el nivel
made-page-save = Guardar en mis niveles
made-page-checking = Comprobando el nivel. Puede tardar unos segundos…
# After saving; a made-checked-… message follows it.
made-page-saved = «{ $title }» se ha guardado en sus niveles.
made-page-copied = Hay una copia en el formulario de arriba. Cámbiela y luego guárdela.

# My levels.
made-page-library = Mis niveles
made-page-library-empty = Aún no hay niveles. Aquí aparecen los niveles que guarde.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = mejor: { $par } { $par ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    }
made-page-edit = Editar
made-page-edit-level = Editar { $title }
made-page-copy = Copiar
made-page-copy-level = Copiar { $title }
made-page-remove-level = Quitar { $title }
made-page-remove-confirm = ¿Quitar «{ $title }» de sus niveles? Los enlaces que ya creó lo conservan.
made-page-remove-yes = Sí, quitar
made-page-removed = «{ $title }» se ha quitado de sus niveles.
made-page-download = Descargar mis niveles
made-page-import = Añadir niveles desde un archivo
made-page-import-file = Archivo de niveles
made-page-import-unreadable = No se ha podido leer { $file }.

# In "Give levels to a class".
made-page-assign = Niveles hechos por usted
made-page-assign-none = Aquí aparecen los niveles que guarde en «Crear sus propios niveles».
made-page-assign-max = Como máximo { $max } en un enlace. Un enlace con niveles hechos por usted siempre va firmado.
made-page-assignment-file = Descargar el archivo para las tabletas
