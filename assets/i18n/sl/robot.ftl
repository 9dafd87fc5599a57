# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles (palette names; also read by screen readers)
command-forward = Naprej
command-turn-left = Zavij levo
command-turn-right = Zavij desno
command-light = Prižgi
tile-repeat = Ponovi
tile-repeat-until-goal = Ponavljaj do konca
tile-if = Če
tile-if-else = Če … sicer
tile-call-p1 = Pomočnik 1
tile-call-p2 = Pomočnik 2
# A repeat tile in the program, with its count: "Ponovi 3-krat" ("-krat" does not change).
tile-repeat-times = Ponovi { $times ->
        [one] { $times }-krat
        [two] { $times }-krat
        [few] { $times }-krat
       *[other] { $times }-krat
    }
# An if tile in the program; $condition is one of the condition-… messages.
tile-if-condition = Če { $condition }
tile-if-else-condition = Če { $condition }, sicer

tile-repeat-while = Ponavljaj, dokler
tile-call-p1-with = Pomočnik 1 s številom
tile-call-p2-with = Pomočnik 2 s številom
tile-repeat-n = Ponovi n-krat
tile-set-count = Nastavi števec
tile-add-count = Prištej 1 števcu
tile-repeat-while-condition = Ponavljaj, dokler { $condition }
# A helper called with a number: "Pomočnik 1 s številom 3".
tile-call-with = { $routine } s številom { $number }
tile-set-count-to = Nastavi števec na { $number }
condition-count-is = je števec { $count }
# Questions joined by logic words, read inside a tile's name: "Če ne na rdečem".
test-not = ne { $condition }
test-and = { $first } in { $second }
test-or = { $first } ali { $second }
test-not-word = ne
test-and-word = in
test-or-word = ali

condition-path-ahead = spredaj prosto
condition-path-left = levo prosto
condition-path-right = desno prosto
condition-on-red = na rdečem
condition-on-blue = na modrem
condition-on-green = na zelenem
colour-red = rdeča
colour-blue = modra
colour-green = zelena

## Routines: the main program and the two helpers
routine-main = Glavni program
routine-p1 = Pomočnik 1
routine-p2 = Pomočnik 2
routine-when = Del za dogodek
event-on-lamp = Ko robot zapelje na svetilko
event-on-red = Ko robot zapelje na rdeče polje
event-on-blue = Ko robot zapelje na modro polje
event-on-green = Ko robot zapelje na zeleno polje

## The editor
robot-slots = { $routine }: { $used } od { $max } { $max ->
        [one] bloka
        [two] blokov
        [few] blokov
       *[other] blokov
    }
robot-program-tile = { $tile }, korak { $position } v: { $place }
robot-place-inside = { $container }
robot-place-else = del „sicer“ v: { $container }
robot-list-end = Konec: { $place }. Novi bloki pridejo sem
robot-else = sicer
robot-undo = Razveljavi
robot-redo = Uveljavi znova
robot-clear = Počisti vse
robot-delete = Odstrani blok
robot-move-earlier = Premakni naprej
robot-move-later = Premakni nazaj
robot-fewer = Manjkrat
robot-more = Večkrat
robot-change-condition = Spremeni vprašanje
editor-full = { $routine }: ni več prostora. Najprej odstrani blok.
editor-too-deep = Bloki v blokih gredo lahko samo tri ravni globoko.
editor-into-itself = Blok ne more v samega sebe.
editor-nothing = Tam ni kaj narediti.
robot-number-down = Manjše število
robot-number-up = Večje število
robot-change-logic = Spremeni ne / in / ali
robot-change-second = Spremeni drugo vprašanje
robot-change-event = Spremeni dogodek
editor-only-in-helper = Ponovi n-krat deluje samo v pomočniku: n je število, ki ga pomočnik dobi.

## The debugger
robot-run = Zaženi
robot-pause = Premor
robot-step = Korak
robot-step-back = Korak nazaj
robot-stop = Ustavi
robot-speed = Hitrost: { $speed }
robot-speed-slow = počasi
robot-speed-normal = običajno
robot-speed-fast = hitro
robot-running = Korak { $steps }
robot-running-count = Korak { $steps } · števec = { $count }
robot-running-n = Korak { $steps } · n = { $n }
robot-running-count-n = Korak { $steps } · števec = { $count } · n = { $n }
robot-program-empty = Tapni bloke, da sestaviš svoj program.
robot-program-ready = Tapni Zaženi za začetek ali Korak, da greš po en blok naenkrat.

# Accessible description of the board for screen readers.
robot-board = Robot je v stolpcu { $x }, vrstici { $y } in je obrnjen { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Prižgane svetilke: { $lit } od { $lamps }.
    }
robot-board-goal = Zastavica je v stolpcu { $x }, vrstici { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Stolpec { $x }, vrstica { $y }: { $what }
robot-cell-floor = tla
robot-cell-wall = zid
robot-cell-coloured = { $colour } tla
robot-cell-lamp = svetilka, neprižgana
robot-cell-lamp-lit = svetilka, prižgana
robot-cell-flag = { $what }, zastavica
robot-cell-robot = { $what }, robot, obrnjen { $facing }

direction-north = navzgor
direction-east = desno
direction-south = navzdol
direction-west = levo

## What a run did
outcome-reached-goal = Uspelo ti je!
outcome-hit-wall = Bum! Robot se je zaletel v zid. Spremeni program in poskusi znova.
outcome-left-board = Pazi! Robot bi padel z igralne plošče. Spremeni program in poskusi znova.
outcome-no-lamp = Tu ni svetilke. Robot lahko prižge svetilko samo tam, kjer stoji.
outcome-out-of-commands = Program se je končal, naloga pa še ni opravljena. Dodaj več blokov in poskusi znova.
outcome-step-budget = Robot je naredil { $steps } { $steps ->
        [one] korak
        [two] koraka
        [few] korake
       *[other] korakov
    } in še vedno ni končal. Se tvoj program vrti v krogu brez konca?
outcome-too-many-calls = Preveč pomočnikov kliče pomočnike! Ali pomočnik pokliče samega sebe, preden je končal?
