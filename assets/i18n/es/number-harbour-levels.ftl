# Puerto de los Números: bucles y Si dentro de ayudantes, ayudantes con un número y el contador.

## Bucles y Si dentro de ayudantes

level-number-loop-in-helper-title = Un bucle en un ayudante
level-number-loop-in-helper-instruction = Enciende las tres lámparas del final de los lados largos. Principal solo admite 3 bloques, y Ayudante 1 solo 4.
level-number-loop-in-helper-learned = Un ayudante puede contener un bucle. Cada vez que Principal llama al ayudante, su bucle empieza otra vez desde el principio.
level-number-loop-in-helper-hint-1 = Los tres lados son iguales: la misma longitud, con una lámpara y un giro al final. ¿Qué hace el robot en un lado?
level-number-loop-in-helper-hint-2 = Cuatro bloques Avanzar y un giro no caben en Ayudante 1. Pon un Repetir dentro del ayudante.
level-number-loop-in-helper-hint-3 = Ayudante 1: Repetir 4 veces con Avanzar dentro, luego Girar a la derecha.

level-number-round-the-basin-title = Alrededor de la dársena
level-number-round-the-basin-instruction = Enciende todas las lámparas alrededor de la dársena del puerto. Principal solo admite un bloque, así que Ayudante 1 tiene que llamarse a sí mismo.
level-number-round-the-basin-learned = Un ayudante puede contener un bucle y además llamarse a sí mismo. El bucle hace un lado y la llamada empieza el siguiente.
level-number-round-the-basin-hint-1 = Todos los lados son iguales. ¿Cuántas lámparas hay en un lado?
level-number-round-the-basin-hint-2 = Un lado es: tres veces Avanzar y Encender, y luego un giro. Créalo en Ayudante 1 con un bucle, y haz que Ayudante 1 se llame a sí mismo al final.
level-number-round-the-basin-hint-3 = Ayudante 1 empieza con Repetir 3 veces, con Avanzar y Encender dentro.

level-number-if-in-helper-title = Esquinas rojas
level-number-if-in-helper-instruction = Enciende todas las lámparas a lo largo del muelle. En una casilla roja el camino tuerce a la izquierda. Principal solo admite 3 bloques.
level-number-if-in-helper-learned = Un ayudante puede contener un Si. Cada vez que se ejecuta el ayudante, vuelve a hacer su pregunta, así que un solo ayudante sirve para tramos rectos y para esquinas.
level-number-if-in-helper-hint-1 = De una lámpara a la siguiente siempre hay dos pasos. A veces la casilla de en medio es roja.
level-number-if-in-helper-hint-2 = Deja que Ayudante 1 lleve al robot de una lámpara a la siguiente. Por el camino pregunta: ¿estoy en rojo? Principal enciende la lámpara y repite hasta terminar.
level-number-if-in-helper-hint-3 = Ayudante 1 empieza con Avanzar y luego Si está en rojo.

## Ayudantes con un número

level-number-walk-n-title = Camina n casillas
level-number-walk-n-instruction = Llega a la bandera. Los tramos rectos del camino tienen longitudes distintas, y Principal solo admite 5 bloques. Usa Ayudante 1 con un número.
level-number-walk-n-learned = Puedes darle un número a un ayudante cuando lo llamas. Dentro del ayudante, Repetir n veces repite tantas veces como dice ese número.
level-number-walk-n-hint-1 = Cuenta las casillas de cada tramo recto del camino.
level-number-walk-n-hint-2 = En Ayudante 1, pon Avanzar dentro de Repetir n veces. Así Ayudante 1 con 3 camina 3 casillas, y Ayudante 1 con 6 camina 6.
level-number-walk-n-hint-3 = Principal empieza con Ayudante 1 con 3, luego Girar a la derecha.

level-number-spiral-title = La espiral
level-number-spiral-instruction = Sigue la espiral hasta la bandera del centro. Cada tramo recto es una casilla más corto que el anterior.
level-number-spiral-learned = El ayudante no cambia; solo cambia su número de una llamada a otra. Principal solo dice cuánto hay que andar.
level-number-spiral-hint-1 = ¿Cuánto mide cada tramo recto? ¿Qué hace el robot al final de cada uno?
level-number-spiral-hint-2 = Ayudante 1 puede caminar n casillas y luego girar. Principal lo llama cuatro veces, cada vez con un número más pequeño.
level-number-spiral-hint-3 = Ayudante 1 termina con Girar a la derecha.

level-number-lamp-rows-title = Filas de lámparas
level-number-lamp-rows-instruction = Enciende la fila de 5 lámparas y la fila de 3 lámparas. Principal solo admite 3 bloques.
level-number-lamp-rows-learned = El número no tiene por qué contar pasos. Aquí cuenta lámparas: Ayudante 1 con 5 enciende 5 lámparas.
level-number-lamp-rows-hint-1 = Para cada lámpara, el robot pasa a ella y la enciende.
level-number-lamp-rows-hint-2 = Pon Avanzar y Encender dentro de Repetir n veces. Así n dice cuántas lámparas enciende Ayudante 1.
level-number-lamp-rows-hint-3 = Principal: Ayudante 1 con 5, luego Girar a la derecha y luego un bloque más.

## El contador del robot

level-number-third-opening-title = El tercer desvío
level-number-third-opening-instruction = El camino a la bandera es el tercer desvío a la derecha. Deja que el robot cuente los desvíos por los que pasa.
level-number-third-opening-learned = El robot tiene un contador que empieza en 0. Sumar 1 al contador suma uno, y «Si el contador es 3» pregunta cuántas veces ha pasado.
level-number-third-opening-hint-1 = Los dos primeros desvíos a la derecha solo vuelven al camino. Solo el tercero lleva a la bandera.
level-number-third-opening-hint-2 = Cada vez que haya camino a la derecha, suma 1 al contador. Gira a la derecha solo cuando el contador sea 3.
level-number-third-opening-hint-3 = Dentro de Repetir hasta terminar: Avanzar y luego Si hay camino a la derecha.

level-number-counting-helper-title = Un ayudante que cuenta
level-number-counting-helper-instruction = Toma el tercer desvío a la derecha para llegar a la bandera. Principal solo admite 4 bloques, así que Ayudante 1 tiene que contar.
level-number-counting-helper-learned = Principal y los ayudantes comparten un contador. Un ayudante puede sumarle y preguntar por él, y la cuenta se queda cuando el ayudante termina.
level-number-counting-helper-hint-1 = Esta vez el robot va hacia la izquierda, así que su derecha es la parte de arriba del tablero.
level-number-counting-helper-hint-2 = Principal avanza y pregunta: ¿hay camino a la derecha? Cuando lo hay, llama a Ayudante 1. Ayudante 1 cuenta y gira a la derecha cuando el contador es 3.
level-number-counting-helper-hint-3 = Ayudante 1 empieza con Sumar 1 al contador.

level-number-second-red-title = La segunda casilla roja
level-number-second-red-instruction = Llega a la bandera. Gira a la izquierda en la segunda casilla roja, no en la primera.
level-number-second-red-learned = El contador puede contar todo lo que el robot puede preguntar: desvíos, colores y más.
level-number-second-red-hint-1 = Las dos casillas rojas tienen un camino a la izquierda. ¿Cuál lleva a la bandera?
level-number-second-red-hint-2 = En cada casilla roja, suma 1 al contador. Gira a la izquierda solo cuando el contador sea 2.
level-number-second-red-hint-3 = Dentro de Repetir hasta terminar: Avanzar y luego Si está en rojo.

level-number-fix-the-count-title = Vuelve a contar
level-number-fix-the-count-instruction = El robot debería girar a la izquierda en cada segunda casilla roja. Gira en la segunda, pero en la cuarta sigue recto contra una pared. Arregla el programa.
level-number-fix-the-count-learned = Una cuenta sigue creciendo hasta que la pones a cero. Poner el contador a 0 empieza una nueva ronda de cuenta.
level-number-fix-the-count-hint-1 = Toca «Paso» y mira el contador junto al número de paso. ¿Cuánto vale en la cuarta casilla roja?
level-number-fix-the-count-hint-2 = Después del primer giro, el robot debería contar otra vez desde 0.
level-number-fix-the-count-hint-3 = Mira lo que pasa justo después de que el robot gira a la izquierda.
