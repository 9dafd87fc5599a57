# Fuentes de los Sensores: Repetir mientras, y las palabras no, y, o.

level-sensor-first-while-title = Pasillos largos
level-sensor-first-while-instruction = Enciende la lámpara del final de los dos pasillos largos. Prueba el bloque nuevo: Repetir mientras.
level-sensor-first-while-learned = Repetir mientras hace su pregunta antes de cada vuelta. Mientras la respuesta es sí, ejecuta otra vez sus bloques. Cuando la respuesta es no, para.
level-sensor-first-while-hint-1 = ¿Cuántas casillas mide cada pasillo? Esta vez no necesitas contar.
level-sensor-first-while-hint-2 = «Repetir mientras hay camino delante» hace avanzar al robot hasta que tiene una pared delante.
level-sensor-first-while-hint-3 = Usa un Repetir mientras para cada pasillo, con Avanzar dentro.

level-sensor-blue-stripe-title = Sigue el azul
level-sensor-blue-stripe-instruction = La franja azul lleva a una lámpara. Enciéndela. ¡Cuidado: el camino sigue después de la lámpara!
level-sensor-blue-stripe-learned = Repetir mientras también puede preguntar por un color. «Repetir mientras está en azul» sigue hasta que el robot sale de las casillas azules.
level-sensor-blue-stripe-hint-1 = ¿Dónde termina la franja azul? ¿Termina ahí también el camino?
level-sensor-blue-stripe-hint-2 = «Hay camino delante» llevaría al robot más allá de la lámpara, hasta la pared. Pregunta por el color.
level-sensor-blue-stripe-hint-3 = El robot empieza en una casilla gris. Primero pasa a la franja y luego usa Repetir mientras está en azul.

level-sensor-three-stripes-title = Tres franjas
level-sensor-three-stripes-instruction = Enciende las tres lámparas. Cada franja azul lleva a una lámpara, y cada franja tiene una longitud distinta.
level-sensor-three-stripes-learned = Un Repetir mientras puede ir dentro de un Repetir. En cada vuelta, el bucle de dentro sigue hasta que su respuesta es no.
level-sensor-three-stripes-hint-1 = ¿Qué hace el robot con una franja? ¿Es igual con las otras dos?
level-sensor-three-stripes-hint-2 = Para cada franja: entra en ella, avanza mientras esté en azul, enciende la lámpara. Haz eso tres veces.
level-sensor-three-stripes-hint-3 = Pon Repetir mientras está en azul dentro de Repetir 3 veces.

level-sensor-stop-on-red-title = Para en el rojo
level-sensor-stop-on-red-instruction = Llega a la bandera. Está justo al lado de la casilla roja.
level-sensor-stop-on-red-learned = «no» da la vuelta a una pregunta. «Repetir mientras no está en rojo» sigue hasta que el robot está en rojo.
level-sensor-stop-on-red-hint-1 = En la casilla roja no hay pared. ¿Qué puede comprobar ahí el robot?
level-sensor-stop-on-red-hint-2 = Toca «Cambiar no / y / o» para poner «no» delante de una pregunta. «No está en rojo» es sí en cada casilla que no es roja.
level-sensor-stop-on-red-hint-3 = Empieza con Repetir mientras no está en rojo, con Avanzar dentro. Luego gira hacia la bandera.

level-sensor-fix-the-while-title = Vueltas y más vueltas
level-sensor-fix-the-while-instruction = Las casillas rojas marcan las esquinas: gira a la derecha en cada una. Pero este robot da vueltas en un cuadrado diminuto. Arregla el programa.
level-sensor-fix-the-while-learned = Los bloques de dentro de Repetir mientras se ejecutan en cada vuelta. Un giro que va después del bucle tiene que estar después, no dentro.
level-sensor-fix-the-while-hint-1 = Toca «Paso». ¿Cuándo gira el robot? ¿Está en rojo en ese momento?
level-sensor-fix-the-while-hint-2 = El robot debería girar cuando ya está en rojo, no después de cada paso.
level-sensor-fix-the-while-hint-3 = Mira los bloques de dentro de Repetir mientras.

level-sensor-side-roads-title = Caminos laterales
level-sensor-side-roads-instruction = Hay una lámpara en cada sitio donde empieza un camino lateral, a la izquierda o a la derecha. Enciende todas las lámparas.
level-sensor-side-roads-learned = «o» une dos preguntas. «Hay camino a la izquierda o hay camino a la derecha» es sí cuando una de las dos es sí, o las dos.
level-sensor-side-roads-hint-1 = Mira las casillas con lámpara. ¿Qué hay al lado de cada una?
level-sensor-side-roads-hint-2 = Un Si puede hacer dos preguntas a la vez, unidas con «o».
level-sensor-side-roads-hint-3 = Usa Repetir mientras hay camino delante, y empiézalo con Avanzar.

level-sensor-blue-and-free-title = Franjas y paredes
level-sensor-blue-and-free-instruction = Sigue las tres franjas azules hasta la bandera. Algunas franjas terminan en una pared. Otras simplemente se acaban en un camino abierto.
level-sensor-blue-and-free-learned = «y» también une dos preguntas. «Hay camino delante y está en azul» es sí solo cuando las dos son sí.
level-sensor-blue-and-free-hint-1 = ¿Dónde termina cada franja? ¿Dónde chocaría el robot con una pared?
level-sensor-blue-and-free-hint-2 = Sigue avanzando mientras se cumplan dos cosas: el camino de delante está libre y el robot está en azul.
level-sensor-blue-and-free-hint-3 = Cada vuelta de Repetir hace lo mismo: entrar en una franja, recorrerla, girar a la derecha.

level-sensor-spiral-title = La espiral larga
level-sensor-spiral-instruction = Recorre la espiral entera hasta la bandera.
level-sensor-spiral-learned = Un Repetir mientras puede ir dentro de otro Repetir mientras. El bucle de fuera no necesita número: hace su propia pregunta.
level-sensor-spiral-hint-1 = ¿Cuántos pasillos tiene la espiral? ¿Puede Repetir contar tan alto?
level-sensor-spiral-hint-2 = Para cada pasillo: avanza hasta la pared y luego gira a la derecha. Sigue haciéndolo mientras el camino de delante esté libre.
level-sensor-spiral-hint-3 = Pon un Repetir mientras dentro de otro Repetir mientras.

level-sensor-painted-corners-title = Esquinas pintadas
level-sensor-painted-corners-instruction = Enciende todas las lámparas. Las esquinas están pintadas de rojo o de azul: gira a la izquierda en los dos colores.
level-sensor-painted-corners-learned = Si … si no también puede hacer una pregunta unida. Con «está en rojo o está en azul», su primera parte se ejecuta en los dos colores, y la parte «si no» en cualquier otra casilla.
level-sensor-painted-corners-hint-1 = ¿Qué casillas no tienen lámpara? ¿De qué colores son?
level-sensor-painted-corners-hint-2 = Basta con un Si … si no: «está en rojo o está en azul» para las esquinas, la parte «si no» para las lámparas.
level-sensor-painted-corners-hint-3 = Dentro de Repetir hasta terminar, empieza con Avanzar.

level-sensor-maze-title = El laberinto
level-sensor-maze-instruction = Encuentra el camino por el laberinto hasta la bandera. Usa el menor número de bloques que puedas.
level-sensor-maze-learned = Con una mano siempre en la pared, sales de muchos laberintos. Tu programa sigue esa regla con un bucle dentro de otro.
level-sensor-maze-hint-1 = Imagina que recorres el laberinto con la mano derecha siempre en la pared.
level-sensor-maze-hint-2 = En cada casilla, intenta girar primero a la derecha. Cuando hay pared, prueba recto, luego a la izquierda y luego hacia atrás.
level-sensor-maze-hint-3 = Dentro de Repetir mientras hay camino delante: Avanzar, Girar a la derecha y luego un Repetir mientras que pregunte «no hay camino delante».
