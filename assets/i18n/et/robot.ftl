# Robotitasemed (programmeerimine): klotsid, redaktor, silumine ja mis käivitusel juhtus.

## Klotsid
command-forward = Edasi
command-turn-left = Pööra vasakule
command-turn-right = Pööra paremale
command-light = Süüta
tile-repeat = Korda
tile-repeat-until-goal = Korda, kuni valmis
tile-if = Kui
tile-if-else = Kui … muidu
tile-call-p1 = Abiline 1
tile-call-p2 = Abiline 2
tile-repeat-times = Korda { $times } { $times ->
        [one] kord
       *[other] korda
    }
tile-if-condition = Kui { $condition }
tile-if-else-condition = Kui { $condition }, muidu

tile-repeat-while = Korda, seni kui
tile-call-p1-with = Abiline 1 koos arvuga
tile-call-p2-with = Abiline 2 koos arvuga
tile-repeat-n = Korda n korda
tile-set-count = Sea loendur
tile-add-count = Lisa loendurile 1
tile-repeat-while-condition = Korda, seni kui { $condition }
tile-call-with = { $routine } arvuga { $number }
tile-set-count-to = Sea loenduriks { $number }
condition-count-is = loendur on { $count }
test-not = mitte { $condition }
test-and = { $first } ja { $second }
test-or = { $first } või { $second }
test-not-word = mitte
test-and-word = ja
test-or-word = või

condition-path-ahead = tee ees
condition-path-left = tee vasakul
condition-path-right = tee paremal
condition-on-red = punasel
condition-on-blue = sinisel
condition-on-green = rohelisel
colour-red = punane
colour-blue = sinine
colour-green = roheline

## Programmi osad: põhiprogramm, kaks abilist ja sündmuse osa
routine-main = Põhiprogramm
routine-p1 = Abiline 1
routine-p2 = Abiline 2
routine-when = Sündmuse osa
event-on-lamp = Kui robot astub lambile
event-on-red = Kui robot astub punasele
event-on-blue = Kui robot astub sinisele
event-on-green = Kui robot astub rohelisele

## Redaktor
robot-slots = { $routine }: { $used }/{ $max } { $max ->
        [one] klots
       *[other] klotsi
    }
robot-program-tile = { $tile }, samm { $position } osas { $place }
robot-place-inside = { $container }
robot-place-else = klotsi { $container } muidu-osa
robot-list-end = Osa { $place } lõpp: uued klotsid tulevad siia
robot-else = muidu
robot-undo = Võta tagasi
robot-redo = Tee uuesti
robot-clear = Tühjenda kõik
robot-delete = Eemalda klots
robot-move-earlier = Liiguta varasemaks
robot-move-later = Liiguta hilisemaks
robot-fewer = Vähem kordi
robot-more = Rohkem kordi
robot-change-condition = Muuda küsimust
editor-full = { $routine } on täis. Eemalda enne üks klots.
editor-too-deep = Kaste saab kastide sisse panna ainult kolm tasandit sügavale.
editor-into-itself = Klots ei saa minna iseenda sisse.
editor-nothing = Seal pole midagi teha.
robot-number-down = Väiksem arv
robot-number-up = Suurem arv
robot-change-logic = Muuda mitte / ja / või
robot-change-second = Muuda teist küsimust
robot-change-event = Muuda sündmust
editor-only-in-helper = „Korda n korda“ töötab ainult abilise sees: n on arv, mille abiline saab.

## Silumine
robot-run = Käivita
robot-pause = Paus
robot-step = Samm
robot-step-back = Samm tagasi
robot-stop = Peata
robot-speed = Kiirus: { $speed }
robot-speed-slow = aeglane
robot-speed-normal = tavaline
robot-speed-fast = kiire
robot-running = Samm { $steps }
robot-running-count = Samm { $steps } · loendur = { $count }
robot-running-n = Samm { $steps } · n = { $n }
robot-running-count-n = Samm { $steps } · loendur = { $count } · n = { $n }
robot-program-empty = Puuduta klotse ja pane kokku oma programm.
robot-program-ready = Puuduta „Käivita“, et alustada, või „Samm“, et minna klots klotsi haaval.

robot-board = Robot on veerus { $x }, reas { $y } ja vaatab { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Süüdatud lampe: { $lit }/{ $lamps }.
    }
robot-board-goal = Lipp on veerus { $x }, reas { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Veerg { $x }, rida { $y }: { $what }
robot-cell-floor = põrand
robot-cell-wall = sein
robot-cell-coloured = { $colour } põrand
robot-cell-lamp = lamp, süütamata
robot-cell-lamp-lit = lamp, süüdatud
robot-cell-flag = { $what }, lipp
robot-cell-robot = { $what }, robot vaatab { $facing }

direction-north = üles
direction-east = paremale
direction-south = alla
direction-west = vasakule

## Mis käivitusel juhtus
outcome-reached-goal = Said hakkama!
outcome-hit-wall = Põmm! Robot põrkas vastu seina. Muuda programmi ja proovi uuesti.
outcome-left-board = Ettevaatust! Robot kukuks mängulaualt alla. Muuda programmi ja proovi uuesti.
outcome-no-lamp = Siin pole lampi. Robot saab lambi süüdata ainult seal, kus ta seisab.
outcome-out-of-commands = Programm lõppes, aga ülesanne pole veel tehtud. Lisa klotse ja proovi uuesti.
outcome-step-budget = Robot tegi { $steps } { $steps ->
        [one] sammu
       *[other] sammu
    } ega ole ikka veel valmis. Kas su programm käib lõputult ringiratast?
outcome-too-many-calls = Liiga palju abilisi kutsub abilisi! Kas mõni abiline kutsub iseennast enne, kui on valmis?
