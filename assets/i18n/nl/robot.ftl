# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles (palette names; also read by screen readers)
command-forward = Vooruit
command-turn-left = Draai links
command-turn-right = Draai rechts
command-light = Licht aan
tile-repeat = Herhaal
tile-repeat-until-goal = Herhaal tot klaar
tile-if = Als
tile-if-else = Als … anders
tile-call-p1 = Helper 1
tile-call-p2 = Helper 2
# A repeat tile in the program, with its count.
tile-repeat-times = Herhaal { $times } { $times ->
        [one] keer
       *[other] keer
    }
# An if tile in the program; $condition is one of the condition-… messages.
tile-if-condition = Als { $condition }
tile-if-else-condition = Als { $condition }, anders

tile-repeat-while = Herhaal zolang
tile-call-p1-with = Helper 1 met een getal
tile-call-p2-with = Helper 2 met een getal
tile-repeat-n = Herhaal n keer
tile-set-count = Zet teller
tile-add-count = Teller plus 1
tile-repeat-while-condition = Herhaal zolang { $condition }
# A helper called with a number: "Helper 1 met 3".
tile-call-with = { $routine } met { $number }
tile-set-count-to = Zet teller op { $number }
condition-count-is = teller is { $count }
test-not = niet { $condition }
test-and = { $first } en { $second }
test-or = { $first } of { $second }
test-not-word = niet
test-and-word = en
test-or-word = of

condition-path-ahead = pad rechtdoor
condition-path-left = pad links
condition-path-right = pad rechts
condition-on-red = op rood
condition-on-blue = op blauw
condition-on-green = op groen
colour-red = rood
colour-blue = blauw
colour-green = groen

## Routines: the main program and the two helpers
routine-main = Hoofdprogramma
routine-p1 = Helper 1
routine-p2 = Helper 2
routine-when = Gebeurtenisdeel
event-on-lamp = Wanneer de robot op een lamp komt
event-on-red = Wanneer de robot op rood komt
event-on-blue = Wanneer de robot op blauw komt
event-on-green = Wanneer de robot op groen komt

## The editor
robot-slots = { $routine }: { $used } van { $max } { $max ->
        [one] blok
       *[other] blokken
    }
robot-program-tile = { $tile }, stap { $position } in { $place }
robot-place-inside = { $container }
robot-place-else = het anders-deel van { $container }
robot-list-end = Einde van { $place }: nieuwe blokken komen hier
robot-else = anders
robot-undo = Ongedaan maken
robot-redo = Opnieuw doen
robot-clear = Alles wissen
robot-delete = Blok weghalen
robot-move-earlier = Naar voren
robot-move-later = Naar achteren
robot-fewer = Minder keer
robot-more = Meer keer
robot-change-condition = Verander de vraag
editor-full = { $routine } is vol. Haal eerst een blok weg.
editor-too-deep = Blokken in blokken kunnen maar drie lagen diep.
editor-into-itself = Een blok kan niet in zichzelf.
editor-nothing = Daar valt niets te doen.
robot-number-down = Kleiner getal
robot-number-up = Groter getal
robot-change-logic = Verander niet / en / of
robot-change-second = Verander de tweede vraag
robot-change-event = Verander de gebeurtenis
editor-only-in-helper = Herhaal n keer werkt alleen in een helper: n is het getal dat de helper krijgt.

## The debugger
robot-run = Start
robot-pause = Pauze
robot-step = Stap
robot-step-back = Stap terug
robot-stop = Stop
robot-speed = Snelheid: { $speed }
robot-speed-slow = langzaam
robot-speed-normal = normaal
robot-speed-fast = snel
robot-running = Stap { $steps }
robot-running-count = Stap { $steps } · teller = { $count }
robot-running-n = Stap { $steps } · n = { $n }
robot-running-count-n = Stap { $steps } · teller = { $count } · n = { $n }
robot-program-empty = Tik op de blokken om je programma te bouwen.
robot-program-ready = Tik op Start om te beginnen, of op Stap om één blok per keer te doen.

# Accessible description of the board for screen readers.
robot-board = De robot staat in kolom { $x }, rij { $y } en kijkt naar { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lampen aan: { $lit } van { $lamps }.
    }
robot-board-goal = De vlag staat in kolom { $x }, rij { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Kolom { $x }, rij { $y }: { $what }
robot-cell-floor = vloer
robot-cell-wall = muur
robot-cell-coloured = vloer, { $colour }
robot-cell-lamp = lamp, uit
robot-cell-lamp-lit = lamp, aan
robot-cell-flag = { $what }, vlag
robot-cell-robot = { $what }, robot kijkt naar { $facing }

direction-north = boven
direction-east = rechts
direction-south = beneden
direction-west = links

## What a run did
outcome-reached-goal = Het is je gelukt!
outcome-hit-wall = Boem! De robot botste tegen een muur. Verander je programma en probeer het opnieuw.
outcome-left-board = Pas op! De robot zou van het bord vallen. Verander je programma en probeer het opnieuw.
outcome-no-lamp = Hier is geen lamp. De robot kan alleen een lamp aandoen waar hij staat.
outcome-out-of-commands = Het programma is afgelopen, maar de klus is nog niet klaar. Voeg meer blokken toe en probeer het opnieuw.
outcome-step-budget = De robot heeft { $steps } { $steps ->
        [one] stap
       *[other] stappen
    } gezet en is nog steeds niet klaar. Gaat je programma misschien eindeloos rond?
outcome-too-many-calls = Te veel helpers die helpers aanroepen! Roept een helper zichzelf aan voordat hij klaar is?
