# I livelli del robot (programmazione): blocchi, editor, debugger e risultato di un’esecuzione.

## Blocchi (nomi nella tavolozza; letti anche dagli screen reader)
command-forward = Avanti
command-turn-left = Gira a sinistra
command-turn-right = Gira a destra
command-light = Luce
tile-repeat = Ripeti
tile-repeat-until-goal = Ripeti fino alla fine
tile-if = Se
tile-if-else = Se … altrimenti
tile-call-p1 = Aiutante 1
tile-call-p2 = Aiutante 2
tile-repeat-times = Ripeti { $times } { $times ->
        [one] volta
        [many] volte
       *[other] volte
    }
tile-if-condition = Se { $condition }
tile-if-else-condition = Se { $condition }, altrimenti

tile-repeat-while = Ripeti finché
tile-call-p1-with = Aiutante 1 con numero
tile-call-p2-with = Aiutante 2 con numero
tile-repeat-n = Ripeti n volte
tile-set-count = Imposta contatore
tile-add-count = Aggiungi 1 al contatore
tile-repeat-while-condition = Ripeti finché { $condition }
tile-call-with = { $routine } con { $number }
tile-set-count-to = Imposta contatore a { $number }
condition-count-is = contatore uguale a { $count }
test-not = non { $condition }
test-and = { $first } e { $second }
test-or = { $first } o { $second }
test-not-word = non
test-and-word = e
test-or-word = o

condition-path-ahead = strada davanti
condition-path-left = strada a sinistra
condition-path-right = strada a destra
condition-on-red = su rosso
condition-on-blue = su blu
condition-on-green = su verde
colour-red = rosso
colour-blue = blu
colour-green = verde

## Routine: il programma principale e i due aiutanti
routine-main = Principale
routine-p1 = Aiutante 1
routine-p2 = Aiutante 2
routine-when = Parte evento
event-on-lamp = Quando il robot arriva su una lampada
event-on-red = Quando il robot arriva sul rosso
event-on-blue = Quando il robot arriva sul blu
event-on-green = Quando il robot arriva sul verde

## L’editor
robot-slots = { $routine }: { $used } di { $max } { $max ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    }
robot-program-tile = { $tile }, passo { $position } in { $place }
robot-place-inside = { $container }
robot-place-else = la parte «altrimenti» di { $container }
robot-list-end = Fine di { $place }: i nuovi blocchi vanno qui
robot-else = altrimenti
robot-undo = Annulla
robot-redo = Ripristina
robot-clear = Cancella tutto
robot-delete = Togli blocco
robot-move-earlier = Sposta prima
robot-move-later = Sposta dopo
robot-fewer = Meno volte
robot-more = Più volte
robot-change-condition = Cambia la domanda
editor-full = { $routine } è pieno. Prima togli un blocco.
editor-too-deep = Si possono mettere blocchi dentro blocchi solo fino a tre livelli.
editor-into-itself = Un blocco non può andare dentro sé stesso.
editor-nothing = Qui non c’è niente da fare.
robot-number-down = Numero più piccolo
robot-number-up = Numero più grande
robot-change-logic = Cambia non / e / o
robot-change-second = Cambia la seconda domanda
robot-change-event = Cambia l’evento
editor-only-in-helper = Ripeti n volte funziona solo dentro un aiutante: n è il numero che l’aiutante riceve.

## Il debugger
robot-run = Avvia
robot-pause = Pausa
robot-step = Passo
robot-step-back = Passo indietro
robot-stop = Stop
robot-speed = Velocità: { $speed }
robot-speed-slow = lenta
robot-speed-normal = normale
robot-speed-fast = veloce
robot-running = Passo { $steps }
robot-running-count = Passo { $steps } · contatore = { $count }
robot-running-n = Passo { $steps } · n = { $n }
robot-running-count-n = Passo { $steps } · contatore = { $count } · n = { $n }
robot-program-empty = Tocca i blocchi per costruire il tuo programma.
robot-program-ready = Tocca Avvia per partire, oppure Passo per andare un blocco alla volta.

robot-board = Il robot è nella colonna { $x }, riga { $y }, rivolto verso { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lampade accese: { $lit } su { $lamps }.
    }
robot-board-goal = La bandiera è nella colonna { $x }, riga { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Colonna { $x }, riga { $y }: { $what }
robot-cell-floor = pavimento
robot-cell-wall = muro
robot-cell-coloured = pavimento { $colour }
robot-cell-lamp = lampada, spenta
robot-cell-lamp-lit = lampada, accesa
robot-cell-flag = { $what }, bandiera
robot-cell-robot = { $what }, robot rivolto verso { $facing }

direction-north = l’alto
direction-east = destra
direction-south = il basso
direction-west = sinistra

## Risultato di un’esecuzione
outcome-reached-goal = Ce l’hai fatta!
outcome-hit-wall = Bum! Il robot ha sbattuto contro un muro. Cambia il programma e riprova.
outcome-left-board = Attenzione! Il robot cadrebbe dal tabellone. Cambia il programma e riprova.
outcome-no-lamp = Qui non c’è nessuna lampada. Il robot può accendere una lampada solo dove si trova.
outcome-out-of-commands = Il programma è finito, ma il lavoro non è ancora fatto. Aggiungi altri blocchi e riprova.
outcome-step-budget = Il robot ha fatto { $steps } { $steps ->
        [one] passo
        [many] passi
       *[other] passi
    } e non ha ancora finito. Il tuo programma gira in tondo per sempre?
outcome-too-many-calls = Troppi aiutanti che chiamano aiutanti! Un aiutante chiama sé stesso prima di aver finito?
