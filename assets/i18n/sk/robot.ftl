# Úrovne s robotom (programovanie): bloky, editor, ladenie a čo robot urobil.
# Otázky začínajú slovom „je“, aby sa dali čítať za „Ak“, „Opakuj, pokiaľ“ aj „nie“.

## Bloky (názvy v palete; čítajú ich aj čítačky obrazovky)
command-forward = Dopredu
command-turn-left = Otoč sa doľava
command-turn-right = Otoč sa doprava
command-light = Svetlo
tile-repeat = Opakuj
tile-repeat-until-goal = Opakuj do konca
tile-if = Ak
tile-if-else = Ak … inak
tile-call-p1 = Pomocník 1
tile-call-p2 = Pomocník 2
tile-repeat-times = { $times ->
        [one] Opakuj { $times }-krát
        [few] Opakuj { $times }-krát
        [many] Opakuj { $times }-krát
       *[other] Opakuj { $times }-krát
    }
tile-if-condition = Ak { $condition }
tile-if-else-condition = Ak { $condition }, inak

tile-repeat-while = Opakuj, pokiaľ
tile-call-p1-with = Pomocník 1 s číslom
tile-call-p2-with = Pomocník 2 s číslom
tile-repeat-n = Opakuj n-krát
tile-set-count = Nastav počítadlo
tile-add-count = Pripočítaj 1
tile-repeat-while-condition = Opakuj, pokiaľ { $condition }
tile-call-with = { $routine } s { $number }
tile-set-count-to = Nastav počítadlo na { $number }
condition-count-is = je počítadlo { $count }
test-not = nie { $condition }
test-and = { $first } a { $second }
test-or = { $first } alebo { $second }
test-not-word = nie
test-and-word = a
test-or-word = alebo

condition-path-ahead = je cesta vpredu
condition-path-left = je cesta vľavo
condition-path-right = je cesta vpravo
condition-on-red = je na červenom
condition-on-blue = je na modrom
condition-on-green = je na zelenom
colour-red = červená
colour-blue = modrá
colour-green = zelená

## Časti programu: hlavný program a dvaja pomocníci
routine-main = Hlavný
routine-p1 = Pomocník 1
routine-p2 = Pomocník 2
routine-when = Časť udalosti
event-on-lamp = Keď robot vojde na lampu
event-on-red = Keď robot vojde na červené
event-on-blue = Keď robot vojde na modré
event-on-green = Keď robot vojde na zelené

## Editor
robot-slots = { $routine }: { $used } z { $max } { $max ->
        [one] bloku
        [few] blokov
        [many] bloku
       *[other] blokov
    }
robot-program-tile = { $tile }, krok { $position } v časti { $place }
robot-place-inside = { $container }
robot-place-else = časť „inak“ bloku { $container }
robot-list-end = Koniec časti { $place }: nové bloky pôjdu sem
robot-else = inak
robot-undo = Späť
robot-redo = Znova
robot-clear = Vymazať všetko
robot-delete = Odstrániť blok
robot-move-earlier = Posunúť skôr
robot-move-later = Posunúť neskôr
robot-fewer = Menej krát
robot-more = Viac krát
robot-change-condition = Zmeň otázku
editor-full = { $routine } je plný. Najprv odstráň nejaký blok.
editor-too-deep = Bloky v blokoch môžu byť najviac tri do hĺbky.
editor-into-itself = Blok nemôže ísť sám do seba.
editor-nothing = Tu nie je čo robiť.
robot-number-down = Menšie číslo
robot-number-up = Väčšie číslo
robot-change-logic = Zmeň nie / a / alebo
robot-change-second = Zmeň druhú otázku
robot-change-event = Zmeň udalosť
editor-only-in-helper = Opakuj n-krát funguje len v pomocníkovi: n je číslo, ktoré pomocník dostane.

## Ladenie
robot-run = Spustiť
robot-pause = Pauza
robot-step = Krok
robot-step-back = Krok späť
robot-stop = Stop
robot-speed = Rýchlosť: { $speed }
robot-speed-slow = pomaly
robot-speed-normal = normálne
robot-speed-fast = rýchlo
robot-running = Krok { $steps }
robot-running-count = Krok { $steps } · počítadlo = { $count }
robot-running-n = Krok { $steps } · n = { $n }
robot-running-count-n = Krok { $steps } · počítadlo = { $count } · n = { $n }
robot-program-empty = Ťukaj na bloky a postav svoj program.
robot-program-ready = Ťukni na Spustiť, alebo na Krok a pôjdeš blok po bloku.

robot-board = Robot je v stĺpci { $x }, riadok { $y }, a pozerá { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Rozsvietené lampy: { $lit } z { $lamps }.
    }
robot-board-goal = Vlajka je v stĺpci { $x }, riadok { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Stĺpec { $x }, riadok { $y }: { $what }
robot-cell-floor = podlaha
robot-cell-wall = stena
robot-cell-coloured = { $colour } podlaha
robot-cell-lamp = lampa, nerozsvietená
robot-cell-lamp-lit = lampa, rozsvietená
robot-cell-flag = { $what }, vlajka
robot-cell-robot = { $what }, robot pozerá { $facing }

direction-north = hore
direction-east = doprava
direction-south = dole
direction-west = doľava

## Čo robot urobil
outcome-reached-goal = Podarilo sa!
outcome-hit-wall = Bum! Robot narazil do steny. Zmeň program a skús to znova.
outcome-left-board = Pozor! Robot by spadol z hracej plochy. Zmeň program a skús to znova.
outcome-no-lamp = Tu nie je žiadna lampa. Robot môže rozsvietiť lampu len tam, kde stojí.
outcome-out-of-commands = Program skončil, ale úloha ešte nie je hotová. Pridaj ďalšie bloky a skús to znova.
outcome-step-budget = Robot urobil { $steps } { $steps ->
        [one] krok
        [few] kroky
        [many] kroku
       *[other] krokov
    } a ešte stále nie je hotový. Nejde tvoj program stále dokola?
outcome-too-many-calls = Priveľa pomocníkov volá pomocníkov! Nevolá pomocník sám seba skôr, než je hotový?
