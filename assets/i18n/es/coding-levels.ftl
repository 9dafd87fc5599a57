# Los mundos de programación y sus niveles. Usa los nombres de los bloques de robot.ftl.

world-robot-road = Camino del Robot
world-loop-lagoon = Laguna de los Bucles
world-helper-hills = Colinas de los Ayudantes
world-choice-canyon = Cañón de las Decisiones
world-sensor-springs = Fuentes de los Sensores
world-number-harbour = Puerto de los Números
world-signal-station = Estación de Señales
world-bug-bay = Bahía de los Errores

## Camino del Robot

level-robot-first-steps-title = Primeros pasos
level-robot-first-steps-instruction = Crea un programa que lleve al robot hasta la bandera. Luego toca «Ejecutar».
level-robot-first-steps-learned = Un programa es una lista de pasos. El robot los hace uno a uno, en orden.
level-robot-first-steps-hint-1 = Mira la bandera. ¿Hacia dónde mira ahora el robot?
level-robot-first-steps-hint-2 = Avanzar mueve al robot una casilla. Girar a la derecha lo gira sin moverse de sitio.
level-robot-first-steps-hint-3 = Empieza con: Avanzar, Avanzar, Girar a la derecha.

level-robot-turn-left-title = Gira a la izquierda
level-robot-turn-left-instruction = Lleva al robot hasta la bandera. Esta vez tiene que girar a la izquierda.
level-robot-turn-left-learned = Girar a la izquierda y Girar a la derecha cambian hacia dónde mira el robot. No lo mueven.
level-robot-turn-left-hint-1 = El robot mira hacia arriba. ¿Dónde tuerce el camino?
level-robot-turn-left-hint-2 = Después de Girar a la izquierda, Avanzar mueve al robot en la nueva dirección.
level-robot-turn-left-hint-3 = Empieza con: Avanzar, Avanzar, Girar a la izquierda.

level-robot-zigzag-title = Escalones en zigzag
level-robot-zigzag-instruction = Baja los escalones hasta la bandera. El camino tuerce después de cada escalón.
level-robot-zigzag-learned = Un camino largo son solo pasos pequeños y giros, uno detrás de otro.
level-robot-zigzag-hint-1 = Sigue el camino con el dedo. Cuenta los giros.
level-robot-zigzag-hint-2 = Gira a la derecha para bajar. Gira a la izquierda para volver a cruzar.
level-robot-zigzag-hint-3 = Empieza con: Avanzar, Girar a la derecha, Avanzar, Girar a la izquierda.

level-robot-around-rocks-title = Rodea la pared
level-robot-around-rocks-instruction = Hay una pared en medio. Rodéala para llegar a la bandera.
level-robot-around-rocks-learned = Cuando el camino está cortado, puedes planear una ruta para rodearlo.
level-robot-around-rocks-hint-1 = El robot no puede ir recto a la bandera. ¿Por dónde se rodea?
level-robot-around-rocks-hint-2 = Primero sube, luego cruza y luego baja.
level-robot-around-rocks-hint-3 = Empieza con: Avanzar, Avanzar, Girar a la derecha.

level-robot-fix-the-path-title = Arregla el camino
level-robot-fix-the-path-instruction = Este programa tiene un error: el robot choca con una pared. Obsérvalo con «Paso» y luego arregla el programa.
level-robot-fix-the-path-learned = Un error es una equivocación en un programa. Un bloque de más puede llevar al robot contra una pared. Quítalo y el programa funciona.
level-robot-fix-the-path-hint-1 = Toca «Paso» para ir bloque a bloque. ¿Dónde choca el robot con la pared?
level-robot-fix-the-path-hint-2 = El robot avanza una casilla de más antes de girar. Sobra un bloque.
level-robot-fix-the-path-hint-3 = El bloque que sobra está antes del primer giro.

level-robot-first-lamp-title = Enciende la luz
level-robot-first-lamp-instruction = Ve hasta la lámpara. Luego usa el bloque Encender para encenderla.
level-robot-first-lamp-learned = Encender solo funciona cuando el robot está sobre una lámpara.
level-robot-first-lamp-hint-1 = ¿A cuántas casillas está la lámpara?
level-robot-first-lamp-hint-2 = Primero el robot tiene que estar sobre la lámpara. Luego Encender la enciende.
level-robot-first-lamp-hint-3 = La lámpara está tres casillas delante del robot.

level-robot-two-lamps-title = Dos lámparas
level-robot-two-lamps-instruction = Enciende las dos lámparas. No hay bandera: la tarea está hecha cuando todas las lámparas están encendidas.
level-robot-two-lamps-learned = El robot puede hacer una tarea por el camino: pararse, encender la lámpara y seguir.
level-robot-two-lamps-hint-1 = Pasas por la primera lámpara de camino a la segunda.
level-robot-two-lamps-hint-2 = Pon Encender justo después del bloque que lleva al robot a una lámpara.
level-robot-two-lamps-hint-3 = Empieza con: Avanzar, Avanzar, Encender.

level-robot-lamps-and-flag-title = Lámparas y una bandera
level-robot-lamps-and-flag-instruction = Enciende las dos lámparas. Luego ve a la bandera.
level-robot-lamps-and-flag-learned = Una tarea puede tener varias partes. El robot tiene que terminarlas todas.
level-robot-lamps-and-flag-hint-1 = La bandera solo cuenta cuando todas las lámparas están encendidas.
level-robot-lamps-and-flag-hint-2 = Planea una ruta que pase por las dos lámparas antes de llegar a la bandera.
level-robot-lamps-and-flag-hint-3 = Empieza con: Avanzar, Encender, Girar a la derecha.

level-robot-turn-around-title = Media vuelta
level-robot-turn-around-instruction = Enciende la lámpara. Luego da media vuelta y ve a la bandera.
level-robot-turn-around-learned = Dos giros hacia el mismo lado hacen que el robot mire hacia donde venía.
level-robot-turn-around-hint-1 = La lámpara y la bandera están en lados distintos del robot.
level-robot-turn-around-hint-2 = Para dar media vuelta, usa dos giros: Girar a la izquierda, Girar a la izquierda.
level-robot-turn-around-hint-3 = Empieza con: Avanzar, Avanzar, Encender.

level-robot-long-road-title = El camino largo
level-robot-long-road-instruction = Enciende las dos lámparas y termina en la bandera. ¿Qué vuelta es más corta?
level-robot-long-road-learned = Puede haber más de un camino. Piensa primero y elige el más corto.
level-robot-long-road-hint-1 = Bajando recto llegas a la bandera, pero las lámparas siguen apagadas.
level-robot-long-road-hint-2 = Ve primero por arriba, luego baja y luego vuelve por abajo.
level-robot-long-road-hint-3 = Empieza con: Avanzar, Encender, Avanzar, Girar a la derecha.

## Laguna de los Bucles

level-loop-first-loop-title = Primer bucle
level-loop-first-loop-instruction = Llega a la bandera. Tu programa solo admite 3 bloques, así que usa el bloque Repetir.
level-loop-first-loop-learned = Un bloque Repetir ejecuta los bloques de dentro una y otra vez. Un bucle hace el trabajo de muchos bloques.
level-loop-first-loop-hint-1 = Cuenta las casillas entre el robot y la bandera.
level-loop-first-loop-hint-2 = Pon Avanzar dentro de un bloque Repetir. Luego toca «Más veces» para poner el número.
level-loop-first-loop-hint-3 = Avanzar va dentro del bucle. Pon el número de casillas que has contado.

level-loop-lamp-row-title = Fila de lámparas
level-loop-lamp-row-instruction = Enciende las cinco lámparas. Tu programa solo admite 5 bloques, así que usa un bucle.
level-loop-lamp-row-learned = Un bucle puede repetir más de un bloque. Aquí repite un paso y una luz.
level-loop-lamp-row-hint-1 = Cada lámpara está justo una casilla después de la anterior.
level-loop-lamp-row-hint-2 = Pon dos bloques dentro de un Repetir. El bucle hace los dos, una y otra vez.
level-loop-lamp-row-hint-3 = Dentro del bucle: Avanzar y luego Encender. ¿Cuántas veces?

level-loop-corner-title = Doblando la esquina
level-loop-corner-instruction = Llega a la bandera. Usa un bucle para cada tramo largo, con un giro en medio.
level-loop-corner-learned = Un programa puede tener varios bucles, uno detrás de otro.
level-loop-corner-hint-1 = El camino tiene dos tramos largos y rectos.
level-loop-corner-hint-2 = Primero un bucle para el tramo de arriba. Luego Girar a la derecha. Luego un bucle para bajar.
level-loop-corner-hint-3 = Empieza con: Repetir 4 veces, con Avanzar dentro. Luego Girar a la derecha.

level-loop-stairs-title = Escalera de bucles
level-loop-stairs-instruction = Sube la escalera hasta la bandera. Busca la parte que se repite.
level-loop-stairs-learned = Cuando un patrón se repite, créalo una vez dentro de un bucle. El bucle hace el resto.
level-loop-stairs-hint-1 = Mira un escalón. ¿Qué hace el robot en él?
level-loop-stairs-hint-2 = Un bucle también puede tener giros. Pon un escalón dentro de un Repetir.
level-loop-stairs-hint-3 = Un escalón es: Avanzar, Girar a la izquierda, Avanzar, Girar a la derecha.

level-loop-square-title = Cuadrado de lámparas
level-loop-square-instruction = Enciende las tres lámparas de las esquinas. Usa un bucle.
level-loop-square-learned = Un bucle con un giro dentro puede llevar al robot alrededor de un cuadrado.
level-loop-square-hint-1 = Todos los lados del cuadrado son iguales.
level-loop-square-hint-2 = Pon dentro de un Repetir los bloques de un lado y una esquina.
level-loop-square-hint-3 = Un lado es: Avanzar, Avanzar, Encender, Girar a la derecha.

level-loop-fix-the-loop-title = Arregla el bucle
level-loop-fix-the-loop-instruction = Este bucle debería encender las tres lámparas. Después de la primera lámpara, el robot choca con una pared. Arregla el bucle.
level-loop-fix-the-loop-learned = Un bucle hace los mismos bloques en cada vuelta. Por eso cada vuelta debe acabar con el robot mirando hacia donde empezó.
level-loop-fix-the-loop-hint-1 = Toca «Paso». ¿Hacia dónde mira el robot cuando el bucle empieza otra vez?
level-loop-fix-the-loop-hint-2 = Al final de cada vuelta, el robot debe mirar hacia el mismo lado que al principio.
level-loop-fix-the-loop-hint-3 = Falta un giro al final del bucle.

level-loop-in-a-loop-title = Bucle dentro de un bucle
level-loop-in-a-loop-instruction = Enciende todas las lámparas alrededor del cuadrado. Pon un bucle dentro de otro bucle.
level-loop-in-a-loop-learned = Un bucle puede ir dentro de otro. Cada vez que el bucle de fuera da una vuelta, el de dentro da todas las suyas.
level-loop-in-a-loop-hint-1 = Mira un lado: tres lámparas seguidas y luego una esquina.
level-loop-in-a-loop-hint-2 = El bucle de dentro enciende un lado. El bucle de fuera lo hace para cada lado.
level-loop-in-a-loop-hint-3 = El bucle de dentro: Repetir 3 veces, con Avanzar y Encender dentro.

level-loop-lamp-stairs-title = Escalera de lámparas
level-loop-lamp-stairs-instruction = Baja la escalera y enciende la lámpara de cada escalón.
level-loop-lamp-stairs-learned = Un bucle puede moverse, girar y hacer una tarea. En cada vuelta hace un escalón entero.
level-loop-lamp-stairs-hint-1 = ¿Qué hace el robot en un escalón? Mira dónde está la lámpara.
level-loop-lamp-stairs-hint-2 = Busca los bloques de un escalón, con Encender en el sitio correcto. Luego repítelos.
level-loop-lamp-stairs-hint-3 = Un escalón empieza con: Avanzar, Girar a la derecha, Avanzar.

level-loop-big-ring-title = El gran anillo
level-loop-big-ring-instruction = Enciende las lámparas de las esquinas del gran anillo. Los lados son largos, así que usa un bucle dentro de un bucle.
level-loop-big-ring-learned = El bucle de dentro recorre un lado largo. El de fuera repite lado, giro y luz en cada esquina.
level-loop-big-ring-hint-1 = De una esquina a la siguiente hay cuatro casillas.
level-loop-big-ring-hint-2 = El bucle de dentro recorre un lado. El de fuera añade el giro y la luz, una vez por esquina.
level-loop-big-ring-hint-3 = El bucle de dentro: Repetir 4 veces, con Avanzar dentro.

level-choice-until-goal-title = Hasta terminar
level-choice-until-goal-instruction = Llega a la bandera. Usa Repetir hasta terminar: sigue hasta que la tarea está hecha.
level-choice-until-goal-learned = Repetir hasta terminar ejecuta sus bloques una y otra vez, y para cuando la tarea está hecha. No tienes que contar.
level-choice-until-goal-hint-1 = ¿A qué distancia está la bandera? Esta vez no necesitas saberlo.
level-choice-until-goal-hint-2 = Repetir hasta terminar repite los bloques de dentro hasta que el robot llega a la bandera.
level-choice-until-goal-hint-3 = Avanzar va dentro del bucle. No hay ningún número que poner.

## Colinas de los Ayudantes

level-helper-first-helper-title = Tu primer ayudante
level-helper-first-helper-instruction = Enciende las tres lámparas. Crea en Ayudante 1 los bloques para una lámpara. Luego usa el bloque Ayudante 1 en Principal.
level-helper-first-helper-learned = Un ayudante es una lista de bloques con nombre. Su bloque llama al ayudante: ejecuta toda la lista, tantas veces como quieras.
level-helper-first-helper-hint-1 = Las lámparas están en las esquinas. ¿Qué hace el robot para llegar a una lámpara?
level-helper-first-helper-hint-2 = Crea en Ayudante 1 los bloques para una lámpara. En Principal, pon el bloque Ayudante 1 una vez por cada lámpara.
level-helper-first-helper-hint-3 = Ayudante 1 puede ser: Avanzar, Avanzar, Encender, Girar a la derecha.

level-helper-zigzag-title = Ayudante y giros
level-helper-zigzag-instruction = Enciende las tres lámparas. Deja que Ayudante 1 camine y encienda. Principal hace los giros.
level-helper-zigzag-learned = Principal puede mezclar bloques de ayudante con otros bloques.
level-helper-zigzag-hint-1 = Entre las lámparas el camino tuerce. ¿Tuerce cada vez hacia el mismo lado?
level-helper-zigzag-hint-2 = El tramo recto es igual cada vez, así que ponlo en Ayudante 1. Pon los giros en Principal.
level-helper-zigzag-hint-3 = Ayudante 1: Avanzar, Avanzar, Avanzar, Encender.

level-helper-lamp-stairs-title = Escalera con ayudante
level-helper-lamp-stairs-instruction = Sube la escalera y enciende la lámpara de cada escalón. Usa Ayudante 1.
level-helper-lamp-stairs-learned = Un ayudante puede contener un patrón más grande, con movimientos, giros y luces.
level-helper-lamp-stairs-hint-1 = Mira un escalón. ¿Dónde está su lámpara?
level-helper-lamp-stairs-hint-2 = Pon un escalón entero en Ayudante 1. Luego usa Ayudante 1 una vez por cada escalón.
level-helper-lamp-stairs-hint-3 = Un escalón empieza con: Avanzar, Girar a la izquierda, Avanzar.

level-helper-call-itself-title = Un ayudante que se repite
level-helper-call-itself-instruction = Sube la escalera larga hasta la bandera. Principal solo admite 3 bloques. ¿Puede Ayudante 1 llamarse a sí mismo y seguir como Repetir hasta terminar?
level-helper-call-itself-learned = Un ayudante puede llamarse a sí mismo al final. Entonces empieza otra vez, como un bucle, hasta que la tarea está hecha.
level-helper-call-itself-hint-1 = Hay más escalones de los que caben en Principal.
level-helper-call-itself-hint-2 = Pon el bloque Ayudante 1 el último, dentro de Ayudante 1. Así Ayudante 1 se ejecuta una y otra vez.
level-helper-call-itself-hint-3 = Ayudante 1 empieza con: Avanzar, Girar a la izquierda, Avanzar, Girar a la derecha.

level-helper-round-and-round-title = Vueltas y vueltas
level-helper-round-and-round-instruction = Enciende las cuatro lámparas. Deja que Ayudante 1 dé la vuelta llamándose a sí mismo.
level-helper-round-and-round-learned = Un ayudante que se llama a sí mismo sigue hasta que todas las lámparas están encendidas.
level-helper-round-and-round-hint-1 = Cada lado tiene una lámpara, en el medio.
level-helper-round-and-round-hint-2 = Para un lado: camina, enciende, camina, gira. Luego Ayudante 1 vuelve a empezar por sí mismo.
level-helper-round-and-round-hint-3 = Ayudante 1 empieza con: Avanzar, Encender, Avanzar.

level-helper-fix-the-helper-title = El ayudante que se para
level-helper-fix-the-helper-instruction = Ayudante 1 debería recorrer el cuadrado y encender las tres lámparas, pero se para después de la primera. Arregla Ayudante 1.
level-helper-fix-the-helper-learned = Un ayudante que debe seguir se llama a sí mismo al final. Sin esa llamada, se ejecuta una vez y se para.
level-helper-fix-the-helper-hint-1 = Toca «Paso». ¿Qué pasa cuando Ayudante 1 llega a su final?
level-helper-fix-the-helper-hint-2 = Principal llama a Ayudante 1 solo una vez. ¿Cómo podría Ayudante 1 llamarse a sí mismo otra vez?
level-helper-fix-the-helper-hint-3 = Falta algo al final de Ayudante 1.

level-helper-second-helper-title = Dos ayudantes
level-helper-second-helper-instruction = Enciende todas las lámparas alrededor del cuadrado. Ayudante 1 puede llamar a Ayudante 2. Para tres estrellas, Ayudante 1 también se llama a sí mismo.
level-helper-second-helper-learned = Un ayudante puede llamar a otro ayudante. Con partes pequeñas se construyen partes más grandes.
level-helper-second-helper-hint-1 = ¿Cuál es el patrón más pequeño? Mira una lámpara.
level-helper-second-helper-hint-2 = Pon el patrón más pequeño en Ayudante 2. Ayudante 1 lo llama para hacer un lado, gira y luego se llama a sí mismo.
level-helper-second-helper-hint-3 = Ayudante 2: Avanzar, Encender.

level-helper-walk-then-loop-title = Camina y repite
level-helper-walk-then-loop-instruction = Camina primero hasta la escalera. Luego deja que Ayudante 1 la suba y encienda cada lámpara: se llama a sí mismo al final.
level-helper-walk-then-loop-learned = Principal puede hacer la primera parte de una tarea y luego pasar el resto a un ayudante.
level-helper-walk-then-loop-hint-1 = La escalera no empieza donde está el robot. La primera lámpara está tres casillas delante.
level-helper-walk-then-loop-hint-2 = Usa Principal para caminar hasta la escalera. Luego llama a Ayudante 1: sube un escalón, enciende su lámpara y se llama a sí mismo.
level-helper-walk-then-loop-hint-3 = Principal: Avanzar, Avanzar, Ayudante 1.

level-helper-big-ring-title = Los ayudantes dan la vuelta
level-helper-big-ring-instruction = Enciende las tres lámparas alrededor del cuadrado. No hay bloque Girar a la izquierda: créalo en un ayudante. Principal solo admite un bloque, así que un ayudante tiene que llamarse a sí mismo.
level-helper-big-ring-learned = Un ayudante puede ser un bloque que no tienes: tres bloques Girar a la derecha hacen un Girar a la izquierda.
level-helper-big-ring-hint-1 = El camino tuerce a la izquierda en cada esquina, pero solo tienes Girar a la derecha.
level-helper-big-ring-hint-2 = Después de tres Girar a la derecha, el robot mira hacia el mismo lado que tras un Girar a la izquierda. Ponlos en un ayudante propio.
level-helper-big-ring-hint-3 = Un ayudante puede ser: Girar a la derecha, Girar a la derecha, Girar a la derecha.

## Cañón de las Decisiones

level-choice-first-if-title = Rojo significa girar
level-choice-first-if-instruction = Cada casilla roja significa: gira aquí a la izquierda. Usa un bloque Si para comprobar el rojo.
level-choice-first-if-learned = Un bloque Si hace una pregunta. Los bloques de dentro solo se ejecutan cuando la respuesta es sí.
level-choice-first-if-hint-1 = ¿Dónde tuerce el camino? ¿De qué color son esas casillas?
level-choice-first-if-hint-2 = «Si está en rojo» ejecuta sus bloques solo cuando el robot está en una casilla roja.
level-choice-first-if-hint-3 = Dentro de Repetir hasta terminar: Avanzar y luego Si está en rojo.

level-choice-green-lamps-title = Verde antes de una lámpara
level-choice-green-lamps-instruction = Una casilla verde significa que la siguiente casilla tiene una lámpara. Enciende todas las lámparas.
level-choice-green-lamps-learned = Una comprobación puede decirle al robot qué viene después, para que se prepare.
level-choice-green-lamps-hint-1 = Mira la casilla justo antes de cada lámpara.
level-choice-green-lamps-hint-2 = Cuando el robot está en verde, puede pasar a la lámpara y encenderla.
level-choice-green-lamps-hint-3 = Dentro de Repetir hasta terminar: Avanzar y luego Si está en verde.

level-choice-path-right-title = Mira a la derecha
level-choice-path-right-instruction = El robot puede comprobar el camino. Gira a la derecha en cada sitio donde haya camino a la derecha.
level-choice-path-right-learned = El robot puede notar las paredes. «Hay camino a la derecha» es sí cuando la casilla a su derecha está libre.
level-choice-path-right-hint-1 = En cada esquina, el camino va hacia la derecha.
level-choice-path-right-hint-2 = «Si hay camino a la derecha» mira la casilla que está a la derecha del robot.
level-choice-path-right-hint-3 = Dentro de Repetir hasta terminar: Avanzar y luego Si hay camino a la derecha.

level-choice-fix-the-check-title = Demasiados giros
level-choice-fix-the-check-instruction = Azul significa girar a la derecha. Pero este robot gira en cada casilla y choca con una pared. Arregla el programa.
level-choice-fix-the-check-learned = Los bloques de dentro de un Si solo se ejecutan cuando la respuesta es sí. Un bloque después del Si se ejecuta siempre.
level-choice-fix-the-check-hint-1 = Toca «Paso». ¿Gira el robot en una casilla que no es azul?
level-choice-fix-the-check-hint-2 = ¿Qué giro está dentro del Si? ¿Cuál se ejecuta siempre?
level-choice-fix-the-check-hint-3 = Mira el último bloque del bucle.

level-choice-if-else-title = Si o si no
level-choice-if-else-instruction = Avanza cuando el camino de delante esté libre. Si no, gira a la derecha. ¡Cuidado con los caminitos laterales!
level-choice-if-else-learned = Si … si no elige uno de dos caminos: la primera parte cuando la respuesta es sí, la parte «si no» cuando es no.
level-choice-if-else-hint-1 = Los caminitos laterales no llevan a ninguna parte. Gira solo cuando haya una pared delante.
level-choice-if-else-hint-2 = Si … si no tiene dos partes. La primera se ejecuta con sí. La parte «si no» se ejecuta con no.
level-choice-if-else-hint-3 = Dentro de Repetir hasta terminar, usa Si hay camino delante, con Avanzar en la primera parte.

level-choice-colours-title = Rojo y azul
level-choice-colours-instruction = Rojo significa girar a la izquierda. Azul significa girar a la derecha. Usa dos bloques Si.
level-choice-colours-learned = Un programa puede hacer más de una pregunta. Cada bloque Si hace la suya.
level-choice-colours-hint-1 = Mira los colores de las casillas donde tuerce el camino.
level-choice-colours-hint-2 = Pon dos bloques Si en el bucle: uno pregunta por el rojo y otro por el azul.
level-choice-colours-hint-3 = Dentro de Repetir hasta terminar, empieza con Avanzar. Luego Si está en rojo, con Girar a la izquierda dentro.

level-choice-corner-lamps-title = Enciende o gira
level-choice-corner-lamps-instruction = Cada casilla de este camino es una lámpara o es roja. En rojo, gira a la izquierda. En cualquier otra casilla, enciende la lámpara.
level-choice-corner-lamps-learned = Si … si no también puede preguntar por un color: su primera parte se ejecuta en rojo y su parte «si no» en cualquier otra casilla.
level-choice-corner-lamps-hint-1 = ¿Qué casillas no tienen lámpara? ¿Qué hace el robot allí?
level-choice-corner-lamps-hint-2 = Un solo Si … si no puede hacer las dos tareas: una parte para las casillas rojas y la parte «si no» para las lámparas.
level-choice-corner-lamps-hint-3 = Dentro de Repetir hasta terminar: Avanzar y luego Si está en rojo, con Girar a la izquierda en la primera parte.

level-choice-two-rules-title = Dos reglas
level-choice-two-rules-instruction = Rojo significa girar a la izquierda. Una pared delante significa girar a la derecha. Usa un Si para una regla y un Si … si no para la otra.
level-choice-two-rules-learned = Un programa puede mezclar Si y Si … si no. Cada uno hace su propia pregunta, uno detrás de otro.
level-choice-two-rules-hint-1 = Algunos caminos siguen después de una casilla roja, pero no llevan a ninguna parte. En rojo, gira a la izquierda.
level-choice-two-rules-hint-2 = En cada vuelta, haz dos preguntas: ¿estoy en rojo? ¿Está libre el camino de delante?
level-choice-two-rules-hint-3 = Dentro de Repetir hasta terminar, empieza con Avanzar. Luego Si está en rojo, con Girar a la izquierda dentro.

level-choice-red-means-left-title = Cruce en el cañón
level-choice-red-means-left-instruction = Avanza mientras el camino de delante esté libre. Ante una pared, mira la casilla: en rojo, gira a la izquierda; en cualquier otra, gira a la derecha.
level-choice-red-means-left-learned = Un Si puede ir dentro de otro Si. El robot hace una pregunta y luego, a veces, otra.
level-choice-red-means-left-hint-1 = Las casillas rojas solo importan ante una pared. En un camino abierto, pasa por encima. ¡Un camino da vueltas en círculo!
level-choice-red-means-left-hint-2 = Pregunta primero: ¿está libre el camino de delante? Solo cuando no lo esté, pregunta: ¿estoy en rojo?
level-choice-red-means-left-hint-3 = Dentro de Repetir hasta terminar, usa un Si … si no que pregunte «hay camino delante», con Avanzar en la primera parte.

## Bahía de los Errores

level-bug-wrong-turn-title = Dirección equivocada
level-bug-wrong-turn-instruction = Este programa debería llevar al robot a la bandera, pero el robot choca con una pared. Encuentra el bloque equivocado y arréglalo.
level-bug-wrong-turn-learned = Depurar es encontrar el paso que falla y arreglar solo ese paso.
level-bug-wrong-turn-hint-1 = Toca «Paso» para ir bloque a bloque. ¿Dónde falla?
level-bug-wrong-turn-hint-2 = Muchas veces un error es solo un bloque equivocado. Cámbialo por el correcto.
level-bug-wrong-turn-hint-3 = Mira el giro. ¿El robot debería girar a la izquierda o a la derecha?

level-bug-missing-step-title = Falta un paso
level-bug-missing-step-instruction = El robot intenta encender una lámpara donde no hay ninguna. Encuentra lo que falta.
level-bug-missing-step-learned = A veces un error es un bloque que falta. Cuenta las casillas para comprobarlo.
level-bug-missing-step-hint-1 = ¿Qué lámpara se queda apagada?
level-bug-missing-step-hint-2 = Cuenta las casillas desde la esquina hasta la segunda lámpara. Cuenta también los bloques Avanzar.
level-bug-missing-step-hint-3 = El bloque que falta va justo después de Girar a la derecha. ¿Qué bloque mueve al robot?

level-bug-loop-count-title = Cuenta otra vez
level-bug-loop-count-instruction = El robot choca con una pared. Comprueba cuántas veces se repite cada bucle y arréglalo.
level-bug-loop-count-learned = Un bucle que se repite una vez de más, o una vez de menos, es un error muy común.
level-bug-loop-count-hint-1 = Observa el primer bucle. ¿Dónde choca el robot?
level-bug-loop-count-hint-2 = Cuenta las casillas antes de la esquina. El bucle debe repetirse ese número de veces.
level-bug-loop-count-hint-3 = Cambia el número del primer bucle.

level-bug-forgot-light-title = Luces apagadas
level-bug-forgot-light-instruction = El robot recorre el cuadrado, pero no se enciende ninguna lámpara. Arregla el bucle.
level-bug-forgot-light-learned = Cuando algo no pasa nunca, comprueba si falta un bloque en el bucle.
level-bug-forgot-light-hint-1 = ¿Qué bloque enciende una lámpara? ¿Está en el programa?
level-bug-forgot-light-hint-2 = Un bloque que añades dentro de un bucle se ejecuta en cada vuelta.
level-bug-forgot-light-hint-3 = El bloque que falta va dentro del bucle. El robot está sobre una lámpara después de los dos bloques Avanzar.

level-bug-helper-turn-title = Error en el ayudante
level-bug-helper-turn-instruction = Ayudante 1 tiene un error. Principal lo llama tres veces, así que el error pasa cada vez. Arréglalo una sola vez.
level-bug-helper-turn-learned = Cuando arreglas un ayudante, arreglas todos los sitios que lo llaman.
level-bug-helper-turn-hint-1 = Toca «Paso». ¿Qué pasa después de la primera lámpara?
level-bug-helper-turn-hint-2 = En cada esquina de este cuadrado, el camino va hacia la derecha.
level-bug-helper-turn-hint-3 = Mira el último bloque de Ayudante 1.

level-bug-wrong-side-title = El lado equivocado
level-bug-wrong-side-instruction = El camino siempre tuerce a la derecha, pero el robot choca con una pared. El Si hace la pregunta equivocada. Arréglalo.
level-bug-wrong-side-learned = Un Si que hace la pregunta equivocada puede estropear todo el programa.
level-bug-wrong-side-hint-1 = ¿Hacia dónde tuerce el camino? ¿Hacia qué lado mira el Si?
level-bug-wrong-side-hint-2 = Toca el bloque Si del programa. Luego toca «Cambiar la pregunta».
level-bug-wrong-side-hint-3 = El Si mira hacia un lado y el camino tuerce hacia el otro.

level-bug-two-mistakes-title = Dos errores
level-bug-two-mistakes-instruction = Este programa tiene dos errores. Encuentra los dos para que el robot suba la escalera hasta la bandera.
level-bug-two-mistakes-learned = Un programa puede tener más de un error. Arregla uno, ejecútalo otra vez y arregla el siguiente.
level-bug-two-mistakes-hint-1 = Observa el primer escalón. ¿Dónde se equivoca el robot?
level-bug-two-mistakes-hint-2 = Un error es un giro. El otro es cuántas veces se repite el bucle.
level-bug-two-mistakes-hint-3 = En cada escalón el robot sube y luego gira para mirar otra vez hacia donde iba. Comprueba ese giro y luego cuenta los escalones.

level-bug-mixed-colours-title = Colores cambiados
level-bug-mixed-colours-instruction = Rojo debería significar girar a la izquierda, y azul girar a la derecha. Alguien los ha cambiado. Arregla el programa.
level-bug-mixed-colours-learned = Prueba tu programa, mira dónde hace algo que no querías y arregla solo eso.
level-bug-mixed-colours-hint-1 = ¿Qué hace el robot en la primera casilla azul?
level-bug-mixed-colours-hint-2 = Cada Si pregunta por el color correcto, pero hace el giro equivocado.
level-bug-mixed-colours-hint-3 = Cambia el giro de dentro de cada Si.
