# Il-livelli tar-robot (ikkowdjar): blokki, l-editur, id-debugger u x’għamel ir-robot.

## Blokki (ismijiet fil-paletta; jinqraw ukoll mill-qarrejja tal-iskrin)
command-forward = Imxi
command-turn-left = Dur xellug
command-turn-right = Dur lemin
command-light = Dawl
tile-repeat = Irrepeti
tile-repeat-until-goal = Irrepeti sal-aħħar
tile-if = Jekk
tile-if-else = Jekk … inkella
tile-call-p1 = Assistent 1
tile-call-p2 = Assistent 2
tile-repeat-times = Irrepeti { $times } { $times ->
        [one] darba
        [two] darbiet
        [few] darbiet
        [many] darba
       *[other] darba
    }
tile-if-condition = Jekk { $condition }
tile-if-else-condition = Jekk { $condition }, inkella

tile-repeat-while = Irrepeti waqt li
tile-call-p1-with = Assistent 1 b’numru
tile-call-p2-with = Assistent 2 b’numru
tile-repeat-n = Irrepeti n darbiet
tile-set-count = Issettja l-għadd
tile-add-count = Żid 1 mal-għadd
tile-repeat-while-condition = Irrepeti waqt li { $condition }
tile-call-with = { $routine } b’{ $number }
tile-set-count-to = Issettja l-għadd għal { $number }
condition-count-is = l-għadd hu { $count }
test-not = mhux { $condition }
test-and = { $first } u { $second }
test-or = { $first } jew { $second }
test-not-word = mhux
test-and-word = u
test-or-word = jew

condition-path-ahead = hemm triq quddiem
condition-path-left = hemm triq fix-xellug
condition-path-right = hemm triq fil-lemin
condition-on-red = qiegħed fuq l-aħmar
condition-on-blue = qiegħed fuq il-blu
condition-on-green = qiegħed fuq l-aħdar
colour-red = aħmar
colour-blue = blu
colour-green = aħdar

## Rutini: il-programm prinċipali u ż-żewġ assistenti
routine-main = Prinċipali
routine-p1 = Assistent 1
routine-p2 = Assistent 2
routine-when = Parti tal-avveniment
event-on-lamp = Meta r-robot jasal fuq lampa
event-on-red = Meta r-robot jasal fuq l-aħmar
event-on-blue = Meta r-robot jasal fuq il-blu
event-on-green = Meta r-robot jasal fuq l-aħdar

## L-editur
robot-slots = { $routine }: { $used } minn { $max } { $max ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    }
robot-program-tile = { $tile }, pass { $position } f’{ $place }
robot-place-inside = { $container }
robot-place-else = il-parti “inkella” ta’ { $container }
robot-list-end = Tmiem ta’ { $place }: blokki ġodda jmorru hawn
robot-else = inkella
robot-undo = Ħassar l-aħħar
robot-redo = Erġa’ agħmel
robot-clear = Ħassar kollox
robot-delete = Neħħi l-blokk
robot-move-earlier = Ressaq qabel
robot-move-later = Ressaq wara
robot-fewer = Inqas drabi
robot-more = Aktar drabi
robot-change-condition = Ibdel il-mistoqsija
editor-full = { $routine } huwa mimli. L-ewwel neħħi blokk.
editor-too-deep = Blokki ġo blokki jistgħu jmorru biss tliet livelli ’l ġewwa.
editor-into-itself = Blokk ma jistax imur ġo fih innifsu.
editor-nothing = M’hemm xejn x’tagħmel hawn.
robot-number-down = Numru iżgħar
robot-number-up = Numru ikbar
robot-change-logic = Ibdel mhux / u / jew
robot-change-second = Ibdel it-tieni mistoqsija
robot-change-event = Ibdel l-avveniment
editor-only-in-helper = Irrepeti n darbiet jaħdem biss ġo assistent: n huwa n-numru li jingħata l-assistent.

## Id-debugger
robot-run = Ħaddem
robot-pause = Pawża
robot-step = Pass
robot-step-back = Pass lura
robot-stop = Waqqaf
robot-speed = Veloċità: { $speed }
robot-speed-slow = bil-mod
robot-speed-normal = normali
robot-speed-fast = malajr
robot-running = Pass { $steps }
robot-running-count = Pass { $steps } · għadd = { $count }
robot-running-n = Pass { $steps } · n = { $n }
robot-running-count-n = Pass { $steps } · għadd = { $count } · n = { $n }
robot-program-empty = Agħfas il-blokki biex tibni l-programm tiegħek.
robot-program-ready = Agħfas Ħaddem biex tibda, jew Pass biex tmur blokk blokk.

robot-board = Ir-robot qiegħed fil-kolonna { $x }, ringiela { $y }, u qed iħares { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lampi mixgħula: { $lit } minn { $lamps }.
    }
robot-board-goal = Il-bandiera qiegħda fil-kolonna { $x }, ringiela { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Kolonna { $x }, ringiela { $y }: { $what }
robot-cell-floor = pavimentu
robot-cell-wall = ħajt
robot-cell-coloured = pavimentu { $colour }
robot-cell-lamp = lampa, mhux mixgħula
robot-cell-lamp-lit = lampa, mixgħula
robot-cell-flag = { $what }, bandiera
robot-cell-robot = { $what }, ir-robot iħares { $facing }

direction-north = ’il fuq
direction-east = lejn il-lemin
direction-south = ’l isfel
direction-west = lejn ix-xellug

## X’għamel ir-robot
outcome-reached-goal = Irnexxielek!
outcome-hit-wall = Bumm! Ir-robot ħabat ma’ ħajt. Ibdel il-programm u erġa’ pprova.
outcome-left-board = Ara! Ir-robot kien se jaqa’ mill-bord. Ibdel il-programm u erġa’ pprova.
outcome-no-lamp = M’hawnx lampa. Ir-robot jista’ jixgħel lampa biss fejn ikun wieqaf.
outcome-out-of-commands = Il-programm spiċċa, imma x-xogħol għadu mhux lest. Żid aktar blokki u erġa’ pprova.
outcome-step-budget = Ir-robot għamel { $steps } { $steps ->
        [one] pass
        [two] passi
        [few] passi
        [many] pass
       *[other] pass
    } u għadu mhux lest. Il-programm tiegħek qed idur u jdur għal dejjem?
outcome-too-many-calls = Wisq assistenti jsejħu assistenti! Xi assistent qed isejjaħ lilu nnifsu qabel ma jlesti?
