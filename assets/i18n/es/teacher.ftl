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
