# Estación de Señales: eventos. Nombra la parte del evento por su título, como la ve el alumnado.

## Un primer evento, un color, el evento correcto

level-signal-first-event-title = Lámparas aquí y allá
level-signal-first-event-instruction = Enciende todas las lámparas y para en la bandera. Principal solo admite 3 bloques, así que no puede hacerlo solo. Prueba la parte nueva: «Cuando el robot pisa una lámpara».
level-signal-first-event-learned = Un evento es algo que pasa, como que el robot pise una lámpara. Los bloques de «Cuando el robot pisa una lámpara» se ejecutan cada vez que pasa. Luego el robot sigue con Principal.
level-signal-first-event-hint-1 = Las lámparas no están a la misma distancia unas de otras. ¿Tiene Principal que saber dónde está cada lámpara?
level-signal-first-event-hint-2 = Deja que Principal solo vaya hasta la bandera. Cada vez que el robot pisa una lámpara, «Cuando el robot pisa una lámpara» se ejecuta por sí solo.
level-signal-first-event-hint-3 = Pon Encender en «Cuando el robot pisa una lámpara».

level-signal-blue-corners-title = Esquinas azules
level-signal-blue-corners-instruction = Ve hasta la bandera del centro. Las casillas azules muestran dónde tuerce el camino. Principal solo admite 3 bloques.
level-signal-blue-corners-learned = Un evento también puede ser un color. «Cuando el robot pisa azul» se ejecuta cada vez que un Avanzar lleva al robot a una casilla azul.
level-signal-blue-corners-hint-1 = ¿Hacia dónde tuerce el camino en cada casilla azul? ¿Es siempre hacia el mismo lado?
level-signal-blue-corners-hint-2 = Principal solo avanza. Los giros van en «Cuando el robot pisa azul».
level-signal-blue-corners-hint-3 = Principal es Repetir hasta terminar, con Avanzar dentro.

level-signal-which-event-title = ¿Qué color?
level-signal-which-event-instruction = Ve hasta la bandera. El camino tuerce a la izquierda en algunas casillas de color. Mira bien los colores y elige el evento correcto.
level-signal-which-event-learned = «Cambiar el evento» elige a qué responde el robot. Elige el evento que pasa justo donde el robot tiene que actuar.
level-signal-which-event-hint-1 = ¿Dónde tuerce el camino? ¿De qué color son esas casillas?
level-signal-which-event-hint-2 = Las casillas rojas están en tramos rectos. Un giro ahí lleva a un callejón sin salida. Toca «Cambiar el evento».
level-signal-which-event-hint-3 = Pon Girar a la izquierda en «Cuando el robot pisa verde».

## Más en la parte del evento: dos bloques, el contador, preguntas, un ayudante

level-signal-corner-lamps-title = Lámparas en las esquinas
level-signal-corner-lamps-instruction = Da una vuelta al anillo, enciende las cuatro lámparas y para en la bandera que está detrás del robot. Cada lámpara está en una esquina.
level-signal-corner-lamps-learned = Una parte del evento puede tener más de un bloque. Cada vez que pasa el evento, se ejecutan todos sus bloques, uno detrás de otro.
level-signal-corner-lamps-hint-1 = ¿Qué tiene que hacer el robot en cada esquina?
level-signal-corner-lamps-hint-2 = En cada lámpara hay dos tareas: encender la lámpara y girar. Las dos van en «Cuando el robot pisa una lámpara».
level-signal-corner-lamps-hint-3 = Pon Encender en «Cuando el robot pisa una lámpara». ¿Qué más pasa en una esquina?

level-signal-count-reds-title = La tercera casilla roja
level-signal-count-reds-instruction = Llega a la bandera. Cada casilla roja tiene un camino a la izquierda, pero solo la tercera lleva a la bandera. Deja que el robot cuente las casillas rojas.
level-signal-count-reds-learned = Una parte del evento también puede usar el contador. «Cuando el robot pisa rojo» suma 1 en cada casilla roja, así que Principal solo tiene que avanzar.
level-signal-count-reds-hint-1 = Las tres casillas rojas parecen iguales. ¿Cómo sabe el robot cuál es la tercera?
level-signal-count-reds-hint-2 = Cada vez que el robot pisa rojo, suma 1 al contador. Cuando el contador sea 3, gira a la izquierda.
level-signal-count-reds-hint-3 = «Cuando el robot pisa rojo» empieza con Sumar 1 al contador.

level-signal-winding-road-title = El camino con curvas
level-signal-winding-road-instruction = Sigue el camino con curvas, enciende todas las lámparas y llega a la bandera. Las lámparas no están en las esquinas.
level-signal-winding-road-learned = Principal y la parte del evento pueden hacer cada uno una tarea. Aquí Principal sigue el camino, y «Cuando el robot pisa una lámpara» enciende las lámparas por el camino.
level-signal-winding-road-hint-1 = ¿Hacia dónde tuerce el camino en cada esquina?
level-signal-winding-road-hint-2 = Principal avanza y gira a la derecha donde haya camino a la derecha. Las lámparas son tarea de «Cuando el robot pisa una lámpara».
level-signal-winding-road-hint-3 = En Principal, dentro de Repetir hasta terminar: Avanzar y luego Si hay camino a la derecha.

level-signal-fix-the-event-title = El evento equivocado
level-signal-fix-the-event-instruction = En cada casilla azul el robot debería girar hacia donde va el camino. Pero gira demasiado pronto y choca con una pared. Arregla el programa.
level-signal-fix-the-event-learned = Cuando una parte del evento hace lo correcto en el momento equivocado, comprueba primero su evento. Un toque en «Cambiar el evento» puede arreglarlo.
level-signal-fix-the-event-hint-1 = Toca «Paso» y observa. ¿En qué casilla gira el robot por primera vez?
level-signal-fix-the-event-hint-2 = Los bloques de la parte del evento están bien. Solo se ejecutan en las casillas equivocadas.
level-signal-fix-the-event-hint-3 = Lee el título que hay encima del Si … si no. ¿Es eso lo que pasa en las esquinas?

level-signal-side-steps-title = Pasos laterales
level-signal-side-steps-instruction = Llega a la bandera. En cada casilla roja el camino se desplaza una casilla, hacia la derecha del robot. «Cuando el robot pisa rojo» solo admite 2 bloques.
level-signal-side-steps-learned = Una parte del evento puede llamar a un ayudante, igual que Principal. Se ejecutan los bloques del ayudante y luego el robot sigue con Principal.
level-signal-side-steps-hint-1 = ¿Qué hace el robot en una casilla roja para llegar al siguiente tramo del camino?
level-signal-side-steps-hint-2 = Un paso lateral necesita tres bloques, pero la parte del evento solo admite 2. Crea el paso lateral en Ayudante 1 y llámalo desde «Cuando el robot pisa rojo».
level-signal-side-steps-hint-3 = Ayudante 1 empieza con Girar a la derecha.
