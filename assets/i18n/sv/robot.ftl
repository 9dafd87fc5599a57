# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles (palette names; also read by screen readers)
command-forward = Framåt
command-turn-left = Sväng vänster
command-turn-right = Sväng höger
command-light = Tänd
tile-repeat = Upprepa
tile-repeat-until-goal = Upprepa tills klart
tile-if = Om
tile-if-else = Om … annars
tile-call-p1 = Hjälpare 1
tile-call-p2 = Hjälpare 2
# A repeat tile in the program, with its count.
tile-repeat-times = Upprepa { $times } { $times ->
        [one] gång
       *[other] gånger
    }
# An if tile in the program; $condition is one of the condition-… messages.
tile-if-condition = Om { $condition }
tile-if-else-condition = Om { $condition }, annars

tile-repeat-while = Upprepa medan
tile-call-p1-with = Hjälpare 1 med ett tal
tile-call-p2-with = Hjälpare 2 med ett tal
tile-repeat-n = Upprepa n gånger
tile-set-count = Sätt räknaren
tile-add-count = Räknaren plus 1
tile-repeat-while-condition = Upprepa medan { $condition }
# A helper called with a number: "Hjälpare 1 med 3".
tile-call-with = { $routine } med { $number }
tile-set-count-to = Sätt räknaren till { $number }
condition-count-is = räknaren är { $count }
test-not = inte { $condition }
test-and = { $first } och { $second }
test-or = { $first } eller { $second }
test-not-word = inte
test-and-word = och
test-or-word = eller

condition-path-ahead = fritt framför
condition-path-left = fritt till vänster
condition-path-right = fritt till höger
condition-on-red = på rött
condition-on-blue = på blått
condition-on-green = på grönt
colour-red = röd
colour-blue = blå
colour-green = grön

## Routines: the main program and the two helpers
routine-main = Huvudprogram
routine-p1 = Hjälpare 1
routine-p2 = Hjälpare 2
routine-when = Händelsedel
event-on-lamp = När roboten hamnar på en lampa
event-on-red = När roboten hamnar på rött
event-on-blue = När roboten hamnar på blått
event-on-green = När roboten hamnar på grönt

## The editor
robot-slots = { $routine }: { $used } av { $max } { $max ->
        [one] block
       *[other] block
    }
robot-program-tile = { $tile }, steg { $position } i { $place }
robot-place-inside = { $container }
robot-place-else = annars-delen av { $container }
robot-list-end = Slutet av { $place }: nya block hamnar här
robot-else = annars
robot-undo = Ångra
robot-redo = Gör om
robot-clear = Rensa allt
robot-delete = Ta bort block
robot-move-earlier = Flytta tidigare
robot-move-later = Flytta senare
robot-fewer = Färre gånger
robot-more = Fler gånger
robot-change-condition = Ändra frågan
editor-full = { $routine } är full. Ta bort ett block först.
editor-too-deep = Block i block kan bara gå tre nivåer djupt.
editor-into-itself = Ett block kan inte ligga i sig självt.
editor-nothing = Det finns inget att göra där.
robot-number-down = Mindre tal
robot-number-up = Större tal
robot-change-logic = Ändra inte / och / eller
robot-change-second = Ändra den andra frågan
robot-change-event = Ändra händelsen
editor-only-in-helper = Upprepa n gånger fungerar bara i en hjälpare: n är talet som hjälparen får.

## The debugger
robot-run = Kör
robot-pause = Paus
robot-step = Steg
robot-step-back = Steg tillbaka
robot-stop = Stopp
robot-speed = Fart: { $speed }
robot-speed-slow = långsam
robot-speed-normal = normal
robot-speed-fast = snabb
robot-running = Steg { $steps }
robot-running-count = Steg { $steps } · räknaren = { $count }
robot-running-n = Steg { $steps } · n = { $n }
robot-running-count-n = Steg { $steps } · räknaren = { $count } · n = { $n }
robot-program-empty = Tryck på blocken för att bygga ditt program.
robot-program-ready = Tryck på Kör för att starta, eller på Steg för att köra ett block i taget.

# Accessible description of the board for screen readers.
robot-board = Roboten står i kolumn { $x }, rad { $y } och är vänd { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Tända lampor: { $lit } av { $lamps }.
    }
robot-board-goal = Flaggan står i kolumn { $x }, rad { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Kolumn { $x }, rad { $y }: { $what }
robot-cell-floor = golv
robot-cell-wall = vägg
robot-cell-coloured = { $colour } ruta
robot-cell-lamp = lampa, släckt
robot-cell-lamp-lit = lampa, tänd
robot-cell-flag = { $what }, flagga
robot-cell-robot = { $what }, robot vänd { $facing }

direction-north = uppåt
direction-east = åt höger
direction-south = nedåt
direction-west = åt vänster

## What a run did
outcome-reached-goal = Du klarade det!
outcome-hit-wall = Pang! Roboten körde in i en vägg. Ändra ditt program och försök igen.
outcome-left-board = Se upp! Roboten skulle ramla av brädet. Ändra ditt program och försök igen.
outcome-no-lamp = Här finns ingen lampa. Roboten kan bara tända en lampa där den står.
outcome-out-of-commands = Programmet tog slut, men jobbet är inte klart än. Lägg till fler block och försök igen.
outcome-step-budget = Roboten har tagit { $steps } { $steps ->
        [one] steg
       *[other] steg
    } och är fortfarande inte klar. Går ditt program runt, runt för alltid?
outcome-too-many-calls = För många hjälpare som anropar hjälpare! Anropar en hjälpare sig själv innan den är klar?
