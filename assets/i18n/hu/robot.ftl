# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Előre
command-turn-left = Fordulj balra
command-turn-right = Fordulj jobbra
command-light = Kapcsold fel
tile-repeat = Ismételd
tile-repeat-until-goal = Ismételd, amíg kész nem lesz
tile-if = Ha
tile-if-else = Ha … különben
tile-call-p1 = Segítő 1
tile-call-p2 = Segítő 2
# -szor/-szer/-ször follows the spoken number.
tile-repeat-times = { $times ->
        [3] Ismételd { $times }-szor
        [5] Ismételd { $times }-ször
        [6] Ismételd { $times }-szor
        [8] Ismételd { $times }-szor
        [13] Ismételd { $times }-szor
        [15] Ismételd { $times }-ször
        [16] Ismételd { $times }-szor
        [18] Ismételd { $times }-szor
        [20] Ismételd { $times }-szor
        [one] Ismételd { $times }-szer
       *[other] Ismételd { $times }-szer
    }
tile-if-condition = Ha { $condition }
tile-if-else-condition = Ha { $condition }, különben

tile-repeat-while = Ismételd, amíg
tile-call-p1-with = Segítő 1 számmal
tile-call-p2-with = Segítő 2 számmal
tile-repeat-n = Ismételd n-szer
tile-set-count = Számláló beállítása
tile-add-count = Számláló +1
tile-repeat-while-condition = Ismételd, amíg { $condition }
tile-call-with = { $routine }, szám: { $number }
tile-set-count-to = Számláló legyen { $number }
condition-count-is = a számláló { $count }
test-not = nem { $condition }
test-and = { $first } és { $second }
test-or = { $first } vagy { $second }
test-not-word = nem
test-and-word = és
test-or-word = vagy

condition-path-ahead = elöl szabad
condition-path-left = balra szabad
condition-path-right = jobbra szabad
condition-on-red = piroson
condition-on-blue = kéken
condition-on-green = zöldön
colour-red = piros
colour-blue = kék
colour-green = zöld

## Routines
routine-main = Főprogram
routine-p1 = Segítő 1
routine-p2 = Segítő 2
routine-when = Eseményrész
event-on-lamp = Amikor a robot lámpára lép
event-on-red = Amikor a robot pirosra lép
event-on-blue = Amikor a robot kékre lép
event-on-green = Amikor a robot zöldre lép

## The editor
robot-slots = { $routine }: { $used }/{ $max } { $max ->
        [one] blokk
       *[other] blokk
    }
robot-program-tile = { $tile }, { $position }. lépés itt: { $place }
robot-place-inside = { $container }
robot-place-else = { $container } különben-része
robot-list-end = { $place } vége: ide kerülnek az új blokkok
robot-else = különben
robot-undo = Visszavonás
robot-redo = Újra
robot-clear = Minden törlése
robot-delete = Blokk törlése
robot-move-earlier = Előbbre
robot-move-later = Hátrébb
robot-fewer = Kevesebbszer
robot-more = Többször
robot-change-condition = Kérdés módosítása
editor-full = { $routine } megtelt. Előbb vegyél ki egy blokkot.
editor-too-deep = Dobozok a dobozokban csak három szint mélyen lehetnek.
editor-into-itself = Egy blokk nem kerülhet önmagába.
editor-nothing = Itt nincs mit tenni.
robot-number-down = Kisebb szám
robot-number-up = Nagyobb szám
robot-change-logic = nem / és / vagy módosítása
robot-change-second = Második kérdés módosítása
robot-change-event = Esemény módosítása
editor-only-in-helper = Az „Ismételd n-szer” csak segítőben működik: n az a szám, amelyet a segítő kap.

## The debugger
robot-run = Indítás
robot-pause = Szünet
robot-step = Lépés
robot-step-back = Vissza egy lépést
robot-stop = Állj
robot-speed = Sebesség: { $speed }
robot-speed-slow = lassú
robot-speed-normal = normál
robot-speed-fast = gyors
robot-running = { $steps }. lépés
robot-running-count = { $steps }. lépés · számláló = { $count }
robot-running-n = { $steps }. lépés · n = { $n }
robot-running-count-n = { $steps }. lépés · számláló = { $count } · n = { $n }
robot-program-empty = Koppints a blokkokra, hogy felépítsd a programodat.
robot-program-ready = Koppints az „Indítás” gombra, vagy a „Lépés” gombbal haladj blokkonként.

robot-board = A robot helye: { $x }. oszlop, { $y }. sor, és { $facing } néz. { $goal }{ $lamps ->
        [0] {""}
        [one] { " " }Égő lámpák: { $lit }/{ $lamps }.
       *[other] { " " }Égő lámpák: { $lit }/{ $lamps }.
    }
robot-board-goal = A zászló helye: { $x }. oszlop, { $y }. sor.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = { $x }. oszlop, { $y }. sor: { $what }
robot-cell-floor = padló
robot-cell-wall = fal
robot-cell-coloured = { $colour } padló
robot-cell-lamp = lámpa, nem ég
robot-cell-lamp-lit = lámpa, ég
robot-cell-flag = { $what }, zászló
robot-cell-robot = { $what }, a robot { $facing } néz

direction-north = felfelé
direction-east = jobbra
direction-south = lefelé
direction-west = balra

## What a run did
outcome-reached-goal = Sikerült!
outcome-hit-wall = Bumm! A robot falnak ütközött. Változtass a programodon, és próbáld újra.
outcome-left-board = Vigyázat! A robot leesne a tábláról. Változtass a programodon, és próbáld újra.
outcome-no-lamp = Itt nincs lámpa. A robot csak ott tud lámpát felkapcsolni, ahol áll.
outcome-out-of-commands = A program véget ért, de a feladat még nincs kész. Tegyél be több blokkot, és próbáld újra.
outcome-step-budget = A robot { $steps } { $steps ->
        [one] lépést
       *[other] lépést
    } tett, és még mindig nincs kész. Lehet, hogy a programod örökké körbe-körbe megy?
outcome-too-many-calls = Túl sok segítő hív segítőt! Lehet, hogy egy segítő hívja saját magát, mielőtt kész lenne?
