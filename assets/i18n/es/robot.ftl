# Los niveles del robot (programación): bloques, editor, depurador y resultado de cada ejecución.

## Bloques
command-forward = Avanzar
command-turn-left = Girar a la izquierda
command-turn-right = Girar a la derecha
command-light = Encender
tile-repeat = Repetir
tile-repeat-until-goal = Repetir hasta terminar
tile-if = Si
tile-if-else = Si … si no
tile-call-p1 = Ayudante 1
tile-call-p2 = Ayudante 2
tile-repeat-times = Repetir { $times } { $times ->
        [one] vez
        [many] de veces
       *[other] veces
    }
tile-if-condition = Si { $condition }
tile-if-else-condition = Si { $condition }, si no

tile-repeat-while = Repetir mientras
tile-call-p1-with = Ayudante 1 con un número
tile-call-p2-with = Ayudante 2 con un número
tile-repeat-n = Repetir n veces
tile-set-count = Poner el contador
tile-add-count = Sumar 1 al contador
tile-repeat-while-condition = Repetir mientras { $condition }
tile-call-with = { $routine } con { $number }
tile-set-count-to = Poner el contador a { $number }
condition-count-is = el contador es { $count }
test-not = no { $condition }
test-and = { $first } y { $second }
test-or = { $first } o { $second }
test-not-word = no
test-and-word = y
test-or-word = o

condition-path-ahead = hay camino delante
condition-path-left = hay camino a la izquierda
condition-path-right = hay camino a la derecha
condition-on-red = está en rojo
condition-on-blue = está en azul
condition-on-green = está en verde
colour-red = rojo
colour-blue = azul
colour-green = verde

## Rutinas: el programa principal, los dos ayudantes y la parte del evento
routine-main = Principal
routine-p1 = Ayudante 1
routine-p2 = Ayudante 2
routine-when = Parte del evento
event-on-lamp = Cuando el robot pisa una lámpara
event-on-red = Cuando el robot pisa rojo
event-on-blue = Cuando el robot pisa azul
event-on-green = Cuando el robot pisa verde

## El editor
robot-slots = { $routine }: { $used } de { $max } { $max ->
        [one] bloque
        [many] de bloques
       *[other] bloques
    }
robot-program-tile = { $tile }, paso { $position } en { $place }
robot-place-inside = { $container }
robot-place-else = la parte «si no» de { $container }
robot-list-end = Final de { $place }: los bloques nuevos van aquí
robot-else = si no
robot-undo = Deshacer
robot-redo = Rehacer
robot-clear = Borrar todo
robot-delete = Quitar bloque
robot-move-earlier = Mover antes
robot-move-later = Mover después
robot-fewer = Menos veces
robot-more = Más veces
robot-change-condition = Cambiar la pregunta
editor-full = { $routine } está lleno. Quita primero un bloque.
editor-too-deep = Solo se pueden meter cajas dentro de cajas hasta tres niveles.
editor-into-itself = Un bloque no puede ir dentro de sí mismo.
editor-nothing = Ahí no hay nada que hacer.
robot-number-down = Número más pequeño
robot-number-up = Número más grande
robot-change-logic = Cambiar no / y / o
robot-change-second = Cambiar la segunda pregunta
robot-change-event = Cambiar el evento
editor-only-in-helper = «Repetir n veces» solo funciona dentro de un ayudante: n es el número que recibe el ayudante.

## El depurador
robot-run = Ejecutar
robot-pause = Pausa
robot-step = Paso
robot-step-back = Paso atrás
robot-stop = Parar
robot-speed = Velocidad: { $speed }
robot-speed-slow = lenta
robot-speed-normal = normal
robot-speed-fast = rápida
robot-running = Paso { $steps }
robot-running-count = Paso { $steps } · contador = { $count }
robot-running-n = Paso { $steps } · n = { $n }
robot-running-count-n = Paso { $steps } · contador = { $count } · n = { $n }
robot-program-empty = Toca los bloques para crear tu programa.
robot-program-ready = Toca «Ejecutar» para empezar, o «Paso» para ir bloque a bloque.

robot-board = El robot está en la columna { $x }, fila { $y }, mirando hacia { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lámparas encendidas: { $lit } de { $lamps }.
    }
robot-board-goal = La bandera está en la columna { $x }, fila { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Columna { $x }, fila { $y }: { $what }
robot-cell-floor = suelo
robot-cell-wall = pared
robot-cell-coloured = suelo { $colour }
robot-cell-lamp = lámpara, apagada
robot-cell-lamp-lit = lámpara, encendida
robot-cell-flag = { $what }, bandera
robot-cell-robot = { $what }, robot mirando hacia { $facing }

direction-north = arriba
direction-east = la derecha
direction-south = abajo
direction-west = la izquierda

## Lo que hizo una ejecución
outcome-reached-goal = ¡Lo has conseguido!
outcome-hit-wall = ¡Pum! El robot ha chocado con una pared. Cambia tu programa y prueba otra vez.
outcome-left-board = ¡Cuidado! El robot se caería del tablero. Cambia tu programa y prueba otra vez.
outcome-no-lamp = Aquí no hay ninguna lámpara. El robot solo puede encender una lámpara donde está.
outcome-out-of-commands = El programa ha terminado, pero la tarea aún no está hecha. Añade más bloques y prueba otra vez.
outcome-step-budget = El robot ha dado { $steps } { $steps ->
        [one] paso
        [many] de pasos
       *[other] pasos
    } y todavía no ha terminado. ¿Tu programa da vueltas sin parar?
outcome-too-many-calls = ¡Demasiados ayudantes llamando a ayudantes! ¿Un ayudante se llama a sí mismo antes de terminar?
