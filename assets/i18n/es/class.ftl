# Mensajes de la parte Rust de la página del profesorado.

## Competencias de DigComp 2.2
digcomp-1-1 = Navegar, buscar y filtrar datos, información y contenidos digitales
digcomp-1-2 = Evaluar datos, información y contenidos digitales
digcomp-1-3 = Gestionar datos, información y contenidos digitales
digcomp-2-5 = Netiqueta
digcomp-2-6 = Gestionar la identidad digital
digcomp-3-4 = Programación
digcomp-4-1 = Proteger los dispositivos
digcomp-4-2 = Proteger los datos personales y la privacidad
digcomp-4-3 = Proteger la salud y el bienestar
digcomp-5-1 = Resolver problemas técnicos

## Competencias de DigComp 3.0
digcomp3-1-1 = Navegar, buscar y filtrar información
digcomp3-1-2 = Evaluar información
digcomp3-1-3 = Gestionar información
digcomp3-2-1 = Interactuar a través de y con tecnologías digitales
digcomp3-2-2 = Compartir a través de tecnologías digitales
digcomp3-2-3 = Participar en la ciudadanía a través de tecnologías digitales
digcomp3-2-4 = Colaborar a través de tecnologías digitales
digcomp3-2-5 = Comportamiento digital
digcomp3-2-6 = Gestionar la identidad digital
digcomp3-3-1 = Desarrollar contenidos digitales
digcomp3-3-2 = Integrar y reelaborar contenidos digitales
digcomp3-3-3 = Derechos de autor y licencias
digcomp3-3-4 = Pensamiento computacional y programación
digcomp3-4-1 = Proteger los dispositivos
digcomp3-4-2 = Proteger los datos personales y la privacidad
digcomp3-4-3 = Apoyar el bienestar
digcomp3-4-4 = Impacto ambiental de las tecnologías digitales
digcomp3-5-1 = Identificar y resolver problemas técnicos
digcomp3-5-2 = Identificar necesidades y respuestas tecnológicas digitales
digcomp3-5-3 = Identificar soluciones creativas con tecnologías digitales
digcomp3-5-4 = Identificar y atender necesidades de competencia digital

## Datos de clase guardados
class-load-damaged = No se han podido leer los datos de la clase guardados en este navegador. Se han apartado y la página empieza vacía.
class-load-newer = Los datos de la clase de este navegador se guardaron con una versión más nueva de Byte Bridge. Esta página no los toca y empieza vacía: nada de lo que haga aquí ahora se guarda. Abra la página del profesorado más nueva para ver su clase.

## Crear una asignación
class-assign-failed = No se ha podido crear la asignación. Inténtelo otra vez.
class-assign-no-levels = Elija al menos un nivel.
class-assign-no-random = Este navegador no puede crear una clave de clase segura, así que no se ha creado ningún enlace. Abra esta página en un navegador actualizado.
class-assign-too-many = Elija como máximo { $max } { $max ->
        [one] nivel
        [many] de niveles
       *[other] niveles
    } para un enlace.
class-assign-no-name = Ponga un nombre a la clase, por ejemplo «4.º B».

## Traer archivos y códigos
class-imported = { $nickname }: { $count ->
    [0] nada nuevo (ya estaba aquí).
    [one] 1 intento nuevo.
    [many] { $count } de intentos nuevos.
   *[other] { $count } intentos nuevos.
}
class-imported-altered = { $nickname }: este archivo se cambió después de que el juego lo escribiera, o no lleva la firma de su clase. No se ha contado nada de él.
class-import-too-large = { $file } es demasiado grande para ser el archivo de un alumno, así que no se ha leído.
class-import-not-ours = { $file } no es un archivo de Byte Bridge.
class-import-players-file = { $file } es un archivo de jugadores para pasar jugadores entre tabletas. En la tableta del alumno, use «Enviar a mi profe».
class-import-truncated = { $file } está incompleto. Pida al alumno que lo guarde otra vez.
class-import-newer = { $file } se creó con una versión más nueva de Byte Bridge. Abra la página del profesorado más nueva para leerlo.
class-import-damaged = { $file } está dañado y no se ha podido leer. Pida al alumno que lo guarde otra vez.
class-import-over-limits = { $file } tiene más de lo que Byte Bridge guarda nunca para un alumno (programas demasiado largos, demasiados intentos, niveles o respuestas), solo o junto con lo que esta página ya tiene de ese alumno. Probablemente se hizo a mano. No se ha traído nada de él.
class-code-not-ours = Ese código QR no es de Byte Bridge.
class-code-newer = Ese código QR viene de una versión más nueva de Byte Bridge.
class-code-damaged = No se ha podido leer ese código QR entero. Inténtelo otra vez, un poco más cerca.
class-no-such-pupil = Este alumno ya no está en los datos de la clase.

## La cuadrícula y el resumen
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Respuestas equivocadas por el camino
class-outcome-hit-wall = El robot chocó con una pared
class-outcome-left-board = El robot se salía del tablero
class-outcome-no-lamp = Intentó encender donde no hay lámpara
class-outcome-out-of-commands = El programa paró demasiado pronto
class-outcome-step-budget = El programa daba vueltas sin parar
class-outcome-too-many-calls = Los ayudantes se llamaron demasiadas veces
class-outcome-finished = Terminado
class-outcome-other = No terminado

## Encabezados de columna del CSV
class-csv-pupil-id = Id del alumno
class-csv-nickname = Nombre de juego
class-csv-note = Nombre real (nota del docente)
class-csv-classes = Clase
class-csv-level-id = Id del nivel
class-csv-level = Nivel
class-csv-stars = Estrellas
class-csv-attempts = Intentos
class-csv-seconds = Tiempo (segundos)
class-csv-hints = Pistas
class-csv-finished = Terminado
class-csv-yes = sí
class-csv-no = no
