# Úrovně s robotem (programování): bloky, editor, ladění a co se při běhu stalo.

## Bloky
command-forward = Vpřed
command-turn-left = Otoč se vlevo
command-turn-right = Otoč se vpravo
command-light = Rozsviť
tile-repeat = Opakuj
tile-repeat-until-goal = Opakuj, dokud není hotovo
tile-if = Pokud
tile-if-else = Pokud … jinak
tile-call-p1 = Pomocník 1
tile-call-p2 = Pomocník 2
tile-repeat-times = Opakuj { $times ->
        [one] { $times }krát
        [few] { $times }krát
        [many] { $times }krát
       *[other] { $times }krát
    }
tile-if-condition = Pokud { $condition }
tile-if-else-condition = Pokud { $condition }, jinak

tile-repeat-while = Opakuj, dokud
tile-call-p1-with = Pomocník 1 s číslem
tile-call-p2-with = Pomocník 2 s číslem
tile-repeat-n = Opakuj n-krát
tile-set-count = Nastav počítadlo
tile-add-count = Přičti 1 k počítadlu
tile-repeat-while-condition = Opakuj, dokud { $condition }
tile-call-with = { $routine } s { $number }
tile-set-count-to = Nastav počítadlo na { $number }
condition-count-is = počítadlo je { $count }
test-not = není { $condition }
test-and = { $first } a { $second }
test-or = { $first } nebo { $second }
test-not-word = není
test-and-word = a
test-or-word = nebo

condition-path-ahead = cesta vpředu
condition-path-left = cesta vlevo
condition-path-right = cesta vpravo
condition-on-red = na červené
condition-on-blue = na modré
condition-on-green = na zelené
colour-red = červená
colour-blue = modrá
colour-green = zelená

## Části programu: hlavní program, dva pomocníci a část s událostí
routine-main = Hlavní
routine-p1 = Pomocník 1
routine-p2 = Pomocník 2
routine-when = Část s událostí
event-on-lamp = Když robot šlápne na lampu
event-on-red = Když robot šlápne na červenou
event-on-blue = Když robot šlápne na modrou
event-on-green = Když robot šlápne na zelenou

## Editor
robot-slots = { $routine }: { $used } z { $max } { $max ->
        [one] bloku
        [few] bloků
        [many] bloku
       *[other] bloků
    }
robot-program-tile = { $tile }, krok { $position } v části { $place }
robot-place-inside = { $container }
robot-place-else = část „jinak“ bloku { $container }
robot-list-end = Konec části { $place }: sem přijdou nové bloky
robot-else = jinak
robot-undo = Zpět
robot-redo = Znovu
robot-clear = Smazat vše
robot-delete = Odebrat blok
robot-move-earlier = Posunout dřív
robot-move-later = Posunout později
robot-fewer = Méněkrát
robot-more = Vícekrát
robot-change-condition = Změnit otázku
editor-full = { $routine } je plný. Nejdřív odeber nějaký blok.
editor-too-deep = Krabice v krabicích můžou být vnořené jen do tří úrovní.
editor-into-itself = Blok nemůže být uvnitř sebe sama.
editor-nothing = Tady není co dělat.
robot-number-down = Menší číslo
robot-number-up = Větší číslo
robot-change-logic = Změnit není / a / nebo
robot-change-second = Změnit druhou otázku
robot-change-event = Změnit událost
editor-only-in-helper = „Opakuj n-krát“ funguje jen uvnitř pomocníka: n je číslo, které pomocník dostane.

## Ladění
robot-run = Spustit
robot-pause = Pauza
robot-step = Krok
robot-step-back = Krok zpět
robot-stop = Zastavit
robot-speed = Rychlost: { $speed }
robot-speed-slow = pomalu
robot-speed-normal = normálně
robot-speed-fast = rychle
robot-running = Krok { $steps }
robot-running-count = Krok { $steps } · počítadlo = { $count }
robot-running-n = Krok { $steps } · n = { $n }
robot-running-count-n = Krok { $steps } · počítadlo = { $count } · n = { $n }
robot-program-empty = Ťukej na bloky a postav svůj program.
robot-program-ready = Ťukni na „Spustit“, nebo na „Krok“ a jdi blok po bloku.

robot-board = Robot je ve sloupci { $x }, v řádku { $y } a dívá se { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Rozsvícené lampy: { $lit } z { $lamps }.
    }
robot-board-goal = Vlajka je ve sloupci { $x }, v řádku { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Sloupec { $x }, řádek { $y }: { $what }
robot-cell-floor = podlaha
robot-cell-wall = zeď
robot-cell-coloured = { $colour } podlaha
robot-cell-lamp = lampa, nerozsvícená
robot-cell-lamp-lit = lampa, rozsvícená
robot-cell-flag = { $what }, vlajka
robot-cell-robot = { $what }, robot se dívá { $facing }

direction-north = nahoru
direction-east = doprava
direction-south = dolů
direction-west = doleva

## Co se při běhu stalo
outcome-reached-goal = Hotovo, zvládnuto!
outcome-hit-wall = Bum! Robot narazil do zdi. Změň program a zkus to znovu.
outcome-left-board = Pozor! Robot by spadl z hrací plochy. Změň program a zkus to znovu.
outcome-no-lamp = Tady žádná lampa není. Robot umí rozsvítit lampu jen tam, kde stojí.
outcome-out-of-commands = Program skončil, ale úkol ještě není hotový. Přidej další bloky a zkus to znovu.
outcome-step-budget = Robot udělal { $steps } { $steps ->
        [one] krok
        [few] kroky
        [many] kroku
       *[other] kroků
    } a pořád není hotovo. Netočí se tvůj program dokola donekonečna?
outcome-too-many-calls = Moc pomocníků volá pomocníky! Nevolá pomocník sám sebe dřív, než je hotovo?
