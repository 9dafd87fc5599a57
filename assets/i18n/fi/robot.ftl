# Robottitasot (ohjelmointi): palikat, editori, virheenjäljitys ja mitä ajossa tapahtui.

## Palikat
command-forward = Eteenpäin
command-turn-left = Käänny vasemmalle
command-turn-right = Käänny oikealle
command-light = Sytytä
tile-repeat = Toista
tile-repeat-until-goal = Toista kunnes valmis
tile-if = Jos
tile-if-else = Jos … muuten
tile-call-p1 = Apuri 1
tile-call-p2 = Apuri 2
tile-repeat-times = Toista { $times } { $times ->
        [one] kerran
       *[other] kertaa
    }
tile-if-condition = Jos { $condition }
tile-if-else-condition = Jos { $condition }, muuten

tile-repeat-while = Toista niin kauan kuin
tile-call-p1-with = Apuri 1 luvun kanssa
tile-call-p2-with = Apuri 2 luvun kanssa
tile-repeat-n = Toista n kertaa
tile-set-count = Aseta laskuri
tile-add-count = Lisää laskuriin 1
tile-repeat-while-condition = Toista niin kauan kuin { $condition }
tile-call-with = { $routine } luvulla { $number }
tile-set-count-to = Aseta laskuriksi { $number }
condition-count-is = laskuri on { $count }
test-not = ei { $condition }
test-and = { $first } ja { $second }
test-or = { $first } tai { $second }
test-not-word = ei
test-and-word = ja
test-or-word = tai

condition-path-ahead = tie edessä
condition-path-left = tie vasemmalla
condition-path-right = tie oikealla
condition-on-red = punaisella
condition-on-blue = sinisellä
condition-on-green = vihreällä
colour-red = punainen
colour-blue = sininen
colour-green = vihreä

## Ohjelman osat: pääohjelma, kaksi apuria ja tapahtumaosa
routine-main = Pääohjelma
routine-p1 = Apuri 1
routine-p2 = Apuri 2
routine-when = Tapahtumaosa
event-on-lamp = Kun robotti astuu lampulle
event-on-red = Kun robotti astuu punaiselle
event-on-blue = Kun robotti astuu siniselle
event-on-green = Kun robotti astuu vihreälle

## Editori
robot-slots = { $routine }: { $used }/{ $max } { $max ->
        [one] palikka
       *[other] palikkaa
    }
robot-program-tile = { $tile }, askel { $position } osassa { $place }
robot-place-inside = { $container }
robot-place-else = palikan { $container } muuten-osa
robot-list-end = Osan { $place } loppu: uudet palikat tulevat tähän
robot-else = muuten
robot-undo = Kumoa
robot-redo = Tee uudelleen
robot-clear = Tyhjennä kaikki
robot-delete = Poista palikka
robot-move-earlier = Siirrä aiemmaksi
robot-move-later = Siirrä myöhemmäksi
robot-fewer = Vähemmän kertoja
robot-more = Enemmän kertoja
robot-change-condition = Vaihda kysymys
editor-full = { $routine } on täynnä. Poista ensin palikka.
editor-too-deep = Laatikoita laatikoiden sisällä voi olla vain kolme sisäkkäin.
editor-into-itself = Palikka ei voi mennä itsensä sisään.
editor-nothing = Siinä ei ole mitään tehtävää.
robot-number-down = Pienempi luku
robot-number-up = Suurempi luku
robot-change-logic = Vaihda ei / ja / tai
robot-change-second = Vaihda toinen kysymys
robot-change-event = Vaihda tapahtuma
editor-only-in-helper = ”Toista n kertaa” toimii vain apurin sisällä: n on luku, jonka apuri saa.

## Virheenjäljitys
robot-run = Käynnistä
robot-pause = Tauko
robot-step = Askel
robot-step-back = Askel taakse
robot-stop = Pysäytä
robot-speed = Nopeus: { $speed }
robot-speed-slow = hidas
robot-speed-normal = normaali
robot-speed-fast = nopea
robot-running = Askel { $steps }
robot-running-count = Askel { $steps } · laskuri = { $count }
robot-running-n = Askel { $steps } · n = { $n }
robot-running-count-n = Askel { $steps } · laskuri = { $count } · n = { $n }
robot-program-empty = Napauta palikoita ja rakenna ohjelmasi.
robot-program-ready = Napauta ”Käynnistä”, tai ”Askel”, niin etenet palikka kerrallaan.

robot-board = Robotti on sarakkeessa { $x }, rivillä { $y } ja katsoo { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lamppuja sytytetty: { $lit }/{ $lamps }.
    }
robot-board-goal = Lippu on sarakkeessa { $x }, rivillä { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Sarake { $x }, rivi { $y }: { $what }
robot-cell-floor = lattia
robot-cell-wall = seinä
robot-cell-coloured = { $colour } lattia
robot-cell-lamp = lamppu, ei sytytetty
robot-cell-lamp-lit = lamppu, sytytetty
robot-cell-flag = { $what }, lippu
robot-cell-robot = { $what }, robotti katsoo { $facing }

direction-north = ylös
direction-east = oikealle
direction-south = alas
direction-west = vasemmalle

## Mitä ajossa tapahtui
outcome-reached-goal = Onnistui!
outcome-hit-wall = Pam! Robotti törmäsi seinään. Muuta ohjelmaa ja yritä uudelleen.
outcome-left-board = Varo! Robotti putoaisi laudalta. Muuta ohjelmaa ja yritä uudelleen.
outcome-no-lamp = Tässä ei ole lamppua. Robotti voi sytyttää lampun vain siinä, missä se seisoo.
outcome-out-of-commands = Ohjelma loppui, mutta tehtävä ei ole vielä valmis. Lisää palikoita ja yritä uudelleen.
outcome-step-budget = Robotti otti { $steps } { $steps ->
        [one] askeleen
       *[other] askelta
    } eikä ole vieläkään valmis. Pyöriikö ohjelmasi ympyrää loputtomiin?
outcome-too-many-calls = Liikaa apureita kutsumassa apureita! Kutsuuko apuri itseään ennen kuin se on valmis?
