# Roboto lygiai (programavimas): blokai, redaktorius, derintuvė ir ką padarė paleidimas.

## Blokai
command-forward = Pirmyn
command-turn-left = Pasukti kairėn
command-turn-right = Pasukti dešinėn
command-light = Uždegti
tile-repeat = Kartoti
tile-repeat-until-goal = Kartoti iki pabaigos
tile-if = Jei
tile-if-else = Jei … kitaip
tile-call-p1 = Padėjėjas 1
tile-call-p2 = Padėjėjas 2
tile-repeat-times = Kartoti { $times } { $times ->
        [one] kartą
        [few] kartus
        [many] karto
       *[other] kartų
    }
tile-if-condition = Jei { $condition }
tile-if-else-condition = Jei { $condition }, kitaip

tile-repeat-while = Kartoti, kol
tile-call-p1-with = Padėjėjas 1 su skaičiumi
tile-call-p2-with = Padėjėjas 2 su skaičiumi
tile-repeat-n = Kartoti n kartų
tile-set-count = Nustatyti skaitiklį
tile-add-count = Pridėti 1 prie skaitiklio
tile-repeat-while-condition = Kartoti, kol { $condition }
tile-call-with = { $routine } su { $number }
tile-set-count-to = Nustatyti skaitiklį į { $number }
condition-count-is = skaitiklis lygus { $count }
# „ne“ stovi prieš visą klausimą: „Jei ne ant raudono“.
test-not = ne { $condition }
test-and = { $first } ir { $second }
test-or = { $first } arba { $second }
test-not-word = ne
test-and-word = ir
test-or-word = arba

condition-path-ahead = priekyje kelias
condition-path-left = kairėje kelias
condition-path-right = dešinėje kelias
condition-on-red = ant raudono
condition-on-blue = ant mėlyno
condition-on-green = ant žalio
colour-red = raudona
colour-blue = mėlyna
colour-green = žalia

## Pagrindinė programa ir padėjėjai
routine-main = Pagrindinė programa
routine-p1 = Padėjėjas 1
routine-p2 = Padėjėjas 2
routine-when = Įvykio dalis
event-on-lamp = Kai robotas užvažiuoja ant lempos
event-on-red = Kai robotas užvažiuoja ant raudono
event-on-blue = Kai robotas užvažiuoja ant mėlyno
event-on-green = Kai robotas užvažiuoja ant žalio

## Redaktorius
robot-slots = { $routine }: { $used } iš { $max } { $max ->
        [one] bloko
        [few] blokų
        [many] bloko
       *[other] blokų
    }
robot-program-tile = { $tile }, žingsnis { $position }: { $place }
robot-place-inside = { $container }
robot-place-else = „kitaip“ dalis: { $container }
robot-list-end = Pabaiga: { $place }. Nauji blokai atsiras čia
robot-else = kitaip
robot-undo = Atšaukti
robot-redo = Grąžinti
robot-clear = Išvalyti viską
robot-delete = Pašalinti bloką
robot-move-earlier = Perkelti anksčiau
robot-move-later = Perkelti vėliau
robot-fewer = Mažiau kartų
robot-more = Daugiau kartų
robot-change-condition = Keisti klausimą
editor-full = Vietos nebėra: { $routine }. Pirmiausia pašalink bloką.
editor-too-deep = Dėžės dėžėse gali būti tik trijų lygių gylio.
editor-into-itself = Blokas negali būti pats savyje.
editor-nothing = Ten nėra ką daryti.
robot-number-down = Mažesnis skaičius
robot-number-up = Didesnis skaičius
robot-change-logic = Keisti ne / ir / arba
robot-change-second = Keisti antrą klausimą
robot-change-event = Keisti įvykį
editor-only-in-helper = „Kartoti n kartų“ veikia tik padėjėjo viduje: n yra skaičius, kurį gauna padėjėjas.

## Derintuvė
robot-run = Paleisti
robot-pause = Pauzė
robot-step = Žingsnis
robot-step-back = Žingsnis atgal
robot-stop = Stabdyti
robot-speed = Greitis: { $speed }
robot-speed-slow = lėtas
robot-speed-normal = įprastas
robot-speed-fast = greitas
robot-running = Žingsnis { $steps }
robot-running-count = Žingsnis { $steps } · skaitiklis = { $count }
robot-running-n = Žingsnis { $steps } · n = { $n }
robot-running-count-n = Žingsnis { $steps } · skaitiklis = { $count } · n = { $n }
robot-program-empty = Liesk blokus ir kurk savo programą.
robot-program-ready = Paliesk „Paleisti“, kad pradėtum, arba „Žingsnis“, kad eitum po vieną bloką.

robot-board = Robotas yra stulpelyje { $x }, eilutėje { $y }, atsisukęs { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Uždegta lempų: { $lit } iš { $lamps }.
    }
robot-board-goal = Vėliavėlė yra stulpelyje { $x }, eilutėje { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Stulpelis { $x }, eilutė { $y }: { $what }
robot-cell-floor = grindys
robot-cell-wall = siena
robot-cell-coloured = grindys, { $colour } spalva
robot-cell-lamp = lempa, neuždegta
robot-cell-lamp-lit = lempa, uždegta
robot-cell-flag = { $what }, vėliavėlė
robot-cell-robot = { $what }, robotas, atsisukęs { $facing }

direction-north = aukštyn
direction-east = į dešinę
direction-south = žemyn
direction-west = į kairę

## Ką padarė paleidimas
outcome-reached-goal = Pavyko!
outcome-hit-wall = Bumpt! Robotas atsitrenkė į sieną. Pakeisk programą ir bandyk dar kartą.
outcome-left-board = Atsargiai! Robotas būtų nukritęs nuo lentos. Pakeisk programą ir bandyk dar kartą.
outcome-no-lamp = Čia nėra lempos. Robotas gali uždegti lempą tik ten, kur stovi.
outcome-out-of-commands = Programa baigėsi, bet darbas dar nepadarytas. Pridėk daugiau blokų ir bandyk dar kartą.
outcome-step-budget = Robotas nuvažiavo { $steps } { $steps ->
        [one] žingsnį
        [few] žingsnius
        [many] žingsnio
       *[other] žingsnių
    } ir vis dar nebaigė. Gal tavo programa sukasi ratu be galo?
outcome-too-many-calls = Per daug padėjėjų kviečia padėjėjus! Gal padėjėjas iškviečia pats save dar nebaigęs darbo?
