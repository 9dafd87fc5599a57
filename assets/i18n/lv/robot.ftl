# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Uz priekšu
command-turn-left = Pagriezies pa kreisi
command-turn-right = Pagriezies pa labi
command-light = Iededz
tile-repeat = Atkārto
tile-repeat-until-goal = Atkārto, līdz gatavs
tile-if = Ja
tile-if-else = Ja … citādi
tile-call-p1 = Palīgs 1
tile-call-p2 = Palīgs 2
tile-repeat-times = Atkārto { $times } { $times ->
        [zero] reizes
        [one] reizi
       *[other] reizes
    }
tile-if-condition = Ja { $condition }
tile-if-else-condition = Ja { $condition }, citādi

tile-repeat-while = Atkārto, kamēr
tile-call-p1-with = Palīgs 1 ar skaitli
tile-call-p2-with = Palīgs 2 ar skaitli
tile-repeat-n = Atkārto n reizes
tile-set-count = Iestati skaitītāju
tile-add-count = Pieskaiti 1 skaitītājam
tile-repeat-while-condition = Atkārto, kamēr { $condition }
tile-call-with = { $routine } ar { $number }
tile-set-count-to = Iestati skaitītāju uz { $number }
condition-count-is = skaitītājs ir { $count }
test-not = ne { $condition }
test-and = { $first } un { $second }
test-or = { $first } vai { $second }
test-not-word = ne
test-and-word = un
test-or-word = vai

condition-path-ahead = ceļš priekšā
condition-path-left = ceļš pa kreisi
condition-path-right = ceļš pa labi
condition-on-red = uz sarkanā
condition-on-blue = uz zilā
condition-on-green = uz zaļā
colour-red = sarkans
colour-blue = zils
colour-green = zaļš

## Routines
routine-main = Galvenā programma
routine-p1 = Palīgs 1
routine-p2 = Palīgs 2
routine-when = Notikuma daļa
event-on-lamp = Kad robots uzbrauc uz lampas
event-on-red = Kad robots uzbrauc uz sarkanā
event-on-blue = Kad robots uzbrauc uz zilā
event-on-green = Kad robots uzbrauc uz zaļā

## The editor
robot-slots = { $routine }: { $used } no { $max } { $max ->
        [zero] blokiem
        [one] bloka
       *[other] blokiem
    }
robot-program-tile = { $tile }, { $position }. solis, vieta: { $place }
robot-place-inside = { $container }
robot-place-else = { $container }, citādi daļa
robot-list-end = Beigas: { $place }. Jaunie bloki nāk šeit
robot-else = citādi
robot-undo = Atsaukt
robot-redo = Atcelt atsaukšanu
robot-clear = Notīrīt visu
robot-delete = Noņemt bloku
robot-move-earlier = Pārvietot agrāk
robot-move-later = Pārvietot vēlāk
robot-fewer = Mazāk reižu
robot-more = Vairāk reižu
robot-change-condition = Mainīt jautājumu
editor-full = Vietas vairs nav: { $routine }. Vispirms noņem kādu bloku.
editor-too-deep = Kastes kastēs var likt tikai trīs līmeņos.
editor-into-itself = Bloku nevar ielikt pašā sevī.
editor-nothing = Šeit nav ko darīt.
robot-number-down = Mazāks skaitlis
robot-number-up = Lielāks skaitlis
robot-change-logic = Mainīt ne / un / vai
robot-change-second = Mainīt otro jautājumu
robot-change-event = Mainīt notikumu
editor-only-in-helper = „Atkārto n reizes” darbojas tikai palīgā: n ir skaitlis, ko palīgs saņem.

## The debugger
robot-run = Palaist
robot-pause = Pauze
robot-step = Solis
robot-step-back = Solis atpakaļ
robot-stop = Apturēt
robot-speed = Ātrums: { $speed }
robot-speed-slow = lēns
robot-speed-normal = parasts
robot-speed-fast = ātrs
robot-running = Solis { $steps }
robot-running-count = Solis { $steps } · skaitītājs = { $count }
robot-running-n = Solis { $steps } · n = { $n }
robot-running-count-n = Solis { $steps } · skaitītājs = { $count } · n = { $n }
robot-program-empty = Pieskaries blokiem, lai uzbūvētu savu programmu.
robot-program-ready = Pieskaries pogai „Palaist”, lai sāktu, vai pogai „Solis”, lai izpildītu pa vienam blokam.

robot-board = Robots ir { $x }. kolonnā, { $y }. rindā un skatās { $facing }. { $goal }{ $lamps ->
        [0] {""}
        [zero] { " " }Iedegtas lampas: { $lit } no { $lamps }.
        [one] { " " }Iedegtas lampas: { $lit } no { $lamps }.
       *[other] { " " }Iedegtas lampas: { $lit } no { $lamps }.
    }
robot-board-goal = Karogs ir { $x }. kolonnā, { $y }. rindā.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = { $x }. kolonna, { $y }. rinda: { $what }
robot-cell-floor = grīda
robot-cell-wall = siena
robot-cell-coloured = { $colour } lauciņš
robot-cell-lamp = lampa, neiedegta
robot-cell-lamp-lit = lampa, iedegta
robot-cell-flag = { $what }, karogs
robot-cell-robot = { $what }, robots skatās { $facing }

direction-north = uz augšu
direction-east = pa labi
direction-south = uz leju
direction-west = pa kreisi

## What a run did
outcome-reached-goal = Tev izdevās!
outcome-hit-wall = Bum! Robots ietriecās sienā. Izmaini programmu un mēģini vēlreiz.
outcome-left-board = Uzmanīgi! Robots nokristu no laukuma. Izmaini programmu un mēģini vēlreiz.
outcome-no-lamp = Šeit nav lampas. Robots var iedegt lampu tikai tur, kur tas stāv.
outcome-out-of-commands = Programma beidzās, bet uzdevums vēl nav izpildīts. Pievieno vairāk bloku un mēģini vēlreiz.
outcome-step-budget = Robots ir spēris { $steps } { $steps ->
        [zero] soļu
        [one] soli
       *[other] soļus
    } un joprojām nav galā. Vai tava programma griežas riņķī bez gala?
outcome-too-many-calls = Pārāk daudz palīgu, kas izsauc palīgus! Vai kāds palīgs izsauc pats sevi, pirms ir galā?
