# Nivelurile cu robot (programare): blocuri, editorul, depanatorul și ce a făcut o rulare.

## Blocuri (numele din paletă; citite și de cititoarele de ecran)
command-forward = Înainte
command-turn-left = Rotește la stânga
command-turn-right = Rotește la dreapta
command-light = Aprinde
tile-repeat = Repetă
tile-repeat-until-goal = Repetă până e gata
tile-if = Dacă
tile-if-else = Dacă … altfel
tile-call-p1 = Ajutor 1
tile-call-p2 = Ajutor 2
tile-repeat-times = { $times ->
        [one] Repetă { $times } dată
        [few] Repetă de { $times } ori
       *[other] Repetă de { $times } de ori
    }
tile-if-condition = Dacă { $condition }
tile-if-else-condition = Dacă { $condition }, altfel

tile-repeat-while = Repetă cât timp
tile-call-p1-with = Ajutor 1 cu un număr
tile-call-p2-with = Ajutor 2 cu un număr
tile-repeat-n = Repetă de n ori
tile-set-count = Setează contorul
tile-add-count = Adaugă 1 la contor
tile-repeat-while-condition = Repetă cât timp { $condition }
tile-call-with = { $routine } cu { $number }
tile-set-count-to = Setează contorul la { $number }
condition-count-is = contorul e { $count }
# „nu” stă înaintea întregii întrebări: „Dacă nu e pe roșu”.
test-not = nu { $condition }
test-and = { $first } și { $second }
test-or = { $first } sau { $second }
test-not-word = nu
test-and-word = și
test-or-word = sau

condition-path-ahead = e drum în față
condition-path-left = e drum la stânga
condition-path-right = e drum la dreapta
condition-on-red = e pe roșu
condition-on-blue = e pe albastru
condition-on-green = e pe verde
colour-red = roșu
colour-blue = albastru
colour-green = verde

## Rutine: programul principal și cele două ajutoare
routine-main = Program principal
routine-p1 = Ajutor 1
routine-p2 = Ajutor 2
routine-when = Partea de eveniment
event-on-lamp = Când robotul ajunge pe o lampă
event-on-red = Când robotul ajunge pe roșu
event-on-blue = Când robotul ajunge pe albastru
event-on-green = Când robotul ajunge pe verde

## Editorul
robot-slots = { $routine }: { $used } din { $max } { $max ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    }
robot-program-tile = { $tile }, pasul { $position } în { $place }
robot-place-inside = { $container }
robot-place-else = partea „altfel” din { $container }
robot-list-end = Sfârșitul pentru { $place }: blocurile noi vin aici
robot-else = altfel
robot-undo = Anulează
robot-redo = Refă
robot-clear = Șterge tot
robot-delete = Scoate blocul
robot-move-earlier = Mută mai devreme
robot-move-later = Mută mai târziu
robot-fewer = De mai puține ori
robot-more = De mai multe ori
robot-change-condition = Schimbă întrebarea
editor-full = Nu mai e loc în { $routine }. Scoate mai întâi un bloc.
editor-too-deep = Poți pune blocuri unul în altul doar pe trei niveluri.
editor-into-itself = Un bloc nu poate intra în el însuși.
editor-nothing = Aici nu e nimic de făcut.
robot-number-down = Număr mai mic
robot-number-up = Număr mai mare
robot-change-logic = Schimbă nu / și / sau
robot-change-second = Schimbă a doua întrebare
robot-change-event = Schimbă evenimentul
editor-only-in-helper = Repetă de n ori merge doar într-un ajutor: n este numărul pe care îl primește ajutorul.

## Depanatorul
robot-run = Pornește
robot-pause = Pauză
robot-step = Pas
robot-step-back = Pas înapoi
robot-stop = Oprește
robot-speed = Viteză: { $speed }
robot-speed-slow = încet
robot-speed-normal = normal
robot-speed-fast = repede
robot-running = Pasul { $steps }
robot-running-count = Pasul { $steps } · contor = { $count }
robot-running-n = Pasul { $steps } · n = { $n }
robot-running-count-n = Pasul { $steps } · contor = { $count } · n = { $n }
robot-program-empty = Atinge blocurile ca să-ți construiești programul.
robot-program-ready = Atinge „Pornește” ca să începi sau „Pas” ca să mergi câte un bloc.

robot-board = Robotul e în coloana { $x }, rândul { $y }, cu fața { $facing }. { $goal }{ $lamps ->
        [0] {""}
        [one] { " " }Lămpi aprinse: { $lit } din { $lamps }.
        [few] { " " }Lămpi aprinse: { $lit } din { $lamps }.
       *[other] { " " }Lămpi aprinse: { $lit } din { $lamps }.
    }
robot-board-goal = Steagul e în coloana { $x }, rândul { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Coloana { $x }, rândul { $y }: { $what }
robot-cell-floor = podea
robot-cell-wall = zid
robot-cell-coloured = podea vopsită în { $colour }
robot-cell-lamp = lampă, stinsă
robot-cell-lamp-lit = lampă, aprinsă
robot-cell-flag = { $what }, steag
robot-cell-robot = { $what }, robot cu fața { $facing }

direction-north = în sus
direction-east = spre dreapta
direction-south = în jos
direction-west = spre stânga

## Ce a făcut o rulare
outcome-reached-goal = Ai reușit!
outcome-hit-wall = Buf! Robotul s-a lovit de un zid. Schimbă programul și încearcă din nou.
outcome-left-board = Atenție! Robotul ar cădea de pe tablă. Schimbă programul și încearcă din nou.
outcome-no-lamp = Aici nu e nicio lampă. Robotul poate aprinde o lampă doar acolo unde stă.
outcome-out-of-commands = Programul s-a terminat, dar treaba nu e gata încă. Adaugă mai multe blocuri și încearcă din nou.
outcome-step-budget = Robotul a făcut { $steps } { $steps ->
        [one] pas
        [few] pași
       *[other] de pași
    } și tot n-a terminat. Programul tău se învârte la nesfârșit?
outcome-too-many-calls = Prea multe ajutoare care apelează ajutoare! Un ajutor se apelează pe sine până să fie gata?
