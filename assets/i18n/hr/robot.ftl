# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Naprijed
command-turn-left = Skreni lijevo
command-turn-right = Skreni desno
command-light = Upali
tile-repeat = Ponovi
tile-repeat-until-goal = Ponavljaj do uspjeha
tile-if = Ako
tile-if-else = Ako … inače
tile-call-p1 = Pomoćnik 1
tile-call-p2 = Pomoćnik 2
tile-repeat-times = Ponovi { $times } { $times ->
        [one] put
        [few] puta
       *[other] puta
    }
tile-if-condition = Ako { $condition }
tile-if-else-condition = Ako { $condition }, inače

tile-repeat-while = Ponavljaj dok
tile-call-p1-with = Pomoćnik 1 s brojem
tile-call-p2-with = Pomoćnik 2 s brojem
tile-repeat-n = Ponovi n puta
tile-set-count = Postavi brojač
tile-add-count = Dodaj 1 brojaču
tile-repeat-while-condition = Ponavljaj dok { $condition }
tile-call-with = { $routine } s brojem { $number }
tile-set-count-to = Postavi brojač na { $number }
condition-count-is = brojač je { $count }
# "ne" stands before the whole question: "Ako ne na crvenom".
test-not = ne { $condition }
test-and = { $first } i { $second }
test-or = { $first } ili { $second }
test-not-word = ne
test-and-word = i
test-or-word = ili

condition-path-ahead = ispred slobodno
condition-path-left = lijevo slobodno
condition-path-right = desno slobodno
condition-on-red = na crvenom
condition-on-blue = na plavom
condition-on-green = na zelenom
colour-red = crveno
colour-blue = plavo
colour-green = zeleno

## Routines
routine-main = Glavni program
routine-p1 = Pomoćnik 1
routine-p2 = Pomoćnik 2
routine-when = Dio za događaj
event-on-lamp = Kad robot stane na lampu
event-on-red = Kad robot stane na crveno
event-on-blue = Kad robot stane na plavo
event-on-green = Kad robot stane na zeleno

## The editor
robot-slots = { $routine }: { $used } od { $max } { $max ->
        [one] bloka
        [few] bloka
       *[other] blokova
    }
robot-program-tile = { $tile }, korak { $position } u: { $place }
robot-place-inside = { $container }
robot-place-else = dio „inače“ u: { $container }
robot-list-end = Kraj: { $place }. Novi blokovi idu ovamo
robot-else = inače
robot-undo = Poništi
robot-redo = Vrati
robot-clear = Očisti sve
robot-delete = Ukloni blok
robot-move-earlier = Pomakni ranije
robot-move-later = Pomakni kasnije
robot-fewer = Manje puta
robot-more = Više puta
robot-change-condition = Promijeni pitanje
editor-full = { $routine }: nema mjesta. Prvo ukloni neki blok.
editor-too-deep = Kutije u kutijama mogu ići samo tri razine duboko.
editor-into-itself = Blok ne može ući sam u sebe.
editor-nothing = Tu se nema što napraviti.
robot-number-down = Manji broj
robot-number-up = Veći broj
robot-change-logic = Promijeni ne / i / ili
robot-change-second = Promijeni drugo pitanje
robot-change-event = Promijeni događaj
editor-only-in-helper = „Ponovi n puta“ radi samo unutar pomoćnika: n je broj koji pomoćnik dobije.

## The debugger
robot-run = Pokreni
robot-pause = Pauza
robot-step = Korak
robot-step-back = Korak natrag
robot-stop = Zaustavi
robot-speed = Brzina: { $speed }
robot-speed-slow = sporo
robot-speed-normal = normalno
robot-speed-fast = brzo
robot-running = Korak { $steps }
robot-running-count = Korak { $steps } · brojač = { $count }
robot-running-n = Korak { $steps } · n = { $n }
robot-running-count-n = Korak { $steps } · brojač = { $count } · n = { $n }
robot-program-empty = Dodiruj blokove da složiš svoj program.
robot-program-ready = Dodirni „Pokreni“ za početak ili „Korak“ da ideš blok po blok.

robot-board = Robot je u stupcu { $x }, retku { $y } i gleda { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Upaljene lampe: { $lit } od { $lamps }.
    }
robot-board-goal = Zastavica je u stupcu { $x }, retku { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Stupac { $x }, redak { $y }: { $what }
robot-cell-floor = pod
robot-cell-wall = zid
robot-cell-coloured = pod obojen u { $colour }
robot-cell-lamp = lampa, nije upaljena
robot-cell-lamp-lit = lampa, upaljena
robot-cell-flag = { $what }, zastavica
robot-cell-robot = { $what }, robot gleda { $facing }

direction-north = gore
direction-east = desno
direction-south = dolje
direction-west = lijevo

## What a run did
outcome-reached-goal = Uspjelo je!
outcome-hit-wall = Bum! Robot je udario u zid. Promijeni program i pokušaj ponovno.
outcome-left-board = Pazi! Robot bi pao s ploče. Promijeni program i pokušaj ponovno.
outcome-no-lamp = Ovdje nema lampe. Robot može upaliti lampu samo ondje gdje stoji.
outcome-out-of-commands = Program je završio, ali zadatak još nije gotov. Dodaj još blokova i pokušaj ponovno.
outcome-step-budget = Robot je napravio { $steps } { $steps ->
        [one] korak
        [few] koraka
       *[other] koraka
    } i još nije gotov. Vrti li se tvoj program ukrug zauvijek?
outcome-too-many-calls = Previše pomoćnika poziva pomoćnike! Poziva li neki pomoćnik sam sebe prije nego što završi?
