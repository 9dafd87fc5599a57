# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Frem
command-turn-left = Drej til venstre
command-turn-right = Drej til højre
command-light = Tænd
tile-repeat = Gentag
tile-repeat-until-goal = Gentag indtil færdig
tile-if = Hvis
tile-if-else = Hvis … ellers
tile-call-p1 = Hjælper 1
tile-call-p2 = Hjælper 2
tile-repeat-times = Gentag { $times } { $times ->
        [one] gang
       *[other] gange
    }
tile-if-condition = Hvis { $condition }
tile-if-else-condition = Hvis { $condition }, ellers

tile-repeat-while = Gentag så længe
tile-call-p1-with = Hjælper 1 med et tal
tile-call-p2-with = Hjælper 2 med et tal
tile-repeat-n = Gentag n gange
tile-set-count = Sæt tæller
tile-add-count = Læg 1 til tæller
tile-repeat-while-condition = Gentag så længe { $condition }
tile-call-with = { $routine } med { $number }
tile-set-count-to = Sæt tæller til { $number }
condition-count-is = tæller er { $count }
test-not = ikke { $condition }
test-and = { $first } og { $second }
test-or = { $first } eller { $second }
test-not-word = ikke
test-and-word = og
test-or-word = eller

condition-path-ahead = vej forude
condition-path-left = vej til venstre
condition-path-right = vej til højre
condition-on-red = på rød
condition-on-blue = på blå
condition-on-green = på grøn
colour-red = rød
colour-blue = blå
colour-green = grøn

## Routines
routine-main = Hovedprogram
routine-p1 = Hjælper 1
routine-p2 = Hjælper 2
routine-when = Hændelsesdel
event-on-lamp = Når robotten kører ind på en lampe
event-on-red = Når robotten kører ind på rød
event-on-blue = Når robotten kører ind på blå
event-on-green = Når robotten kører ind på grøn

## The editor
robot-slots = { $routine }: { $used } af { $max } { $max ->
        [one] blok
       *[other] blokke
    }
robot-program-tile = { $tile }, trin { $position } i { $place }
robot-place-inside = { $container }
robot-place-else = ellers-delen af { $container }
robot-list-end = Slutningen af { $place }: nye blokke kommer her
robot-else = ellers
robot-undo = Fortryd
robot-redo = Omgør
robot-clear = Ryd alt
robot-delete = Fjern blok
robot-move-earlier = Flyt tidligere
robot-move-later = Flyt senere
robot-fewer = Færre gange
robot-more = Flere gange
robot-change-condition = Skift spørgsmålet
editor-full = { $routine } er fuld. Fjern først en blok.
editor-too-deep = Kasser i kasser kan kun gå tre lag ned.
editor-into-itself = En blok kan ikke komme ind i sig selv.
editor-nothing = Der er intet at gøre her.
robot-number-down = Mindre tal
robot-number-up = Større tal
robot-change-logic = Skift ikke / og / eller
robot-change-second = Skift det andet spørgsmål
robot-change-event = Skift hændelsen
editor-only-in-helper = »Gentag n gange« virker kun inde i en hjælper: n er det tal, hjælperen får.

## The debugger
robot-run = Kør
robot-pause = Pause
robot-step = Trin
robot-step-back = Trin tilbage
robot-stop = Stop
robot-speed = Fart: { $speed }
robot-speed-slow = langsom
robot-speed-normal = normal
robot-speed-fast = hurtig
robot-running = Trin { $steps }
robot-running-count = Trin { $steps } · tæller = { $count }
robot-running-n = Trin { $steps } · n = { $n }
robot-running-count-n = Trin { $steps } · tæller = { $count } · n = { $n }
robot-program-empty = Tryk på blokkene for at bygge dit program.
robot-program-ready = Tryk på »Kør« for at starte, eller på »Trin« for at køre én blok ad gangen.

robot-board = Robotten står i kolonne { $x }, række { $y } og vender { $facing }. { $goal }{ $lamps ->
        [0] {""}
        [one] { " " }Tændte lamper: { $lit } af { $lamps }.
       *[other] { " " }Tændte lamper: { $lit } af { $lamps }.
    }
robot-board-goal = Flaget er i kolonne { $x }, række { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Kolonne { $x }, række { $y }: { $what }
robot-cell-floor = gulv
robot-cell-wall = mur
robot-cell-coloured = gulv i farven { $colour }
robot-cell-lamp = lampe, ikke tændt
robot-cell-lamp-lit = lampe, tændt
robot-cell-flag = { $what }, flag
robot-cell-robot = { $what }, robotten vender { $facing }

direction-north = opad
direction-east = mod højre
direction-south = nedad
direction-west = mod venstre

## What a run did
outcome-reached-goal = Du klarede det!
outcome-hit-wall = Bang! Robotten kørte ind i en mur. Ret dit program, og prøv igen.
outcome-left-board = Pas på! Robotten ville falde ud over kanten. Ret dit program, og prøv igen.
outcome-no-lamp = Der er ingen lampe her. Robotten kan kun tænde en lampe, hvor den står.
outcome-out-of-commands = Programmet sluttede, men opgaven er ikke løst endnu. Tilføj flere blokke, og prøv igen.
outcome-step-budget = Robotten har taget { $steps } { $steps ->
        [one] trin
       *[other] trin
    } og er stadig ikke færdig. Kører dit program rundt og rundt for evigt?
outcome-too-many-calls = For mange hjælpere, der kalder hjælpere! Kalder en hjælper sig selv, før den er færdig?
