# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.
# Keep sentences short and plain: many players are 7–9 years old.

## Tiles (palette names; also read by screen readers)
command-forward = Vorwärts
command-turn-left = Links drehen
command-turn-right = Rechts drehen
command-light = Licht an
tile-repeat = Wiederholen
tile-repeat-until-goal = Wiederholen bis fertig
tile-if = Wenn
tile-if-else = Wenn … sonst
tile-call-p1 = Helfer 1
tile-call-p2 = Helfer 2
# A repeat tile in the program, with its count.
tile-repeat-times = { $times ->
        [one] { $times }-mal wiederholen
       *[other] { $times }-mal wiederholen
    }
# An if tile in the program; $condition is one of the condition-… messages.
tile-if-condition = Wenn { $condition }
tile-if-else-condition = Wenn { $condition }, sonst

tile-repeat-while = Wiederholen, solange
tile-call-p1-with = Helfer 1 mit Zahl
tile-call-p2-with = Helfer 2 mit Zahl
tile-repeat-n = n-mal wiederholen
tile-set-count = Zähler setzen
tile-add-count = Zähler plus 1
tile-repeat-while-condition = Wiederholen, solange { $condition }
tile-call-with = { $routine } mit { $number }
tile-set-count-to = Zähler auf { $number } setzen
condition-count-is = Zähler gleich { $count }
# "not" stands before the whole question, as the word stands before its picture on the tile
# (and as Scratch's „nicht“ does): „Wenn nicht auf Rot“, „Wiederholen, solange nicht vorne
# frei“, „Wenn nicht Zähler gleich 3“. Read: not (the question).
test-not = nicht { $condition }
test-and = { $first } und { $second }
test-or = { $first } oder { $second }
test-not-word = nicht
test-and-word = und
test-or-word = oder

condition-path-ahead = vorne frei
condition-path-left = links frei
condition-path-right = rechts frei
condition-on-red = auf Rot
condition-on-blue = auf Blau
condition-on-green = auf Grün
colour-red = rot
colour-blue = blau
colour-green = grün

## Routines: the main program and the two helpers (procedures)
routine-main = Hauptprogramm
routine-p1 = Helfer 1
routine-p2 = Helfer 2
routine-when = Ereignis-Teil
event-on-lamp = Wenn der Roboter auf eine Lampe kommt
event-on-red = Wenn der Roboter auf Rot kommt
event-on-blue = Wenn der Roboter auf Blau kommt
event-on-green = Wenn der Roboter auf Grün kommt

## The editor
# Above each routine: how full it is.
robot-slots = { $routine }: { $used } von { $max } { $max ->
        [one] Block
       *[other] Blöcken
    }
# Accessible name of a tile in the program. $place is a routine or the tile it is inside.
robot-program-tile = { $tile }, Schritt { $position } in: { $place }
robot-place-inside = { $container }
robot-place-else = { $container }: Sonst-Teil
# The slot at the end of a list; tapping it puts new tiles there.
robot-list-end = Ende: { $place }. Neue Blöcke kommen hierhin.
robot-else = sonst
robot-undo = Rückgängig
robot-redo = Wiederherstellen
robot-clear = Alles löschen
robot-delete = Block entfernen
robot-move-earlier = Einen Platz früher
robot-move-later = Einen Platz später
robot-fewer = Weniger oft
robot-more = Öfter
robot-change-condition = Frage ändern
editor-full = { $routine }: Kein Platz mehr. Nimm erst einen Block weg.
editor-too-deep = Du kannst höchstens drei Blöcke ineinanderstecken.
editor-into-itself = Ein Block passt nicht in sich selbst.
editor-nothing = Da gibt es nichts zu tun.
robot-number-down = Kleinere Zahl
robot-number-up = Größere Zahl
robot-change-logic = „nicht / und / oder“ ändern
robot-change-event = Ereignis ändern
robot-change-second = Zweite Frage ändern
editor-only-in-helper = „n-mal wiederholen“ geht nur in einem Helfer: n ist die Zahl, die der Helfer bekommt.

## The debugger
robot-run = Start
robot-pause = Pause
robot-step = Schritt
robot-step-back = Schritt zurück
robot-stop = Stopp
robot-speed = Tempo: { $speed }
robot-speed-slow = langsam
robot-speed-normal = normal
robot-speed-fast = schnell
robot-running = Schritt { $steps }
robot-running-count = Schritt { $steps } · Zähler = { $count }
robot-running-n = Schritt { $steps } · n = { $n }
robot-running-count-n = Schritt { $steps } · Zähler = { $count } · n = { $n }
robot-program-empty = Tippe auf die Blöcke, um dein Programm zu bauen.
robot-program-ready = Tippe auf „Start“. Oder tippe auf „Schritt“, dann geht es Block für Block.

# Accessible description of the board for screen readers.
robot-board = Der Roboter steht in Spalte { $x }, Reihe { $y } und schaut nach { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lampen an: { $lit } von { $lamps }.
    }
robot-board-goal = Die Flagge ist in Spalte { $x }, Reihe { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Spalte { $x }, Reihe { $y }: { $what }
robot-cell-floor = Boden
robot-cell-wall = Wand
robot-cell-coloured = Boden, { $colour }
robot-cell-lamp = Lampe, aus
robot-cell-lamp-lit = Lampe, an
robot-cell-flag = { $what }, Flagge
robot-cell-robot = { $what }, der Roboter schaut nach { $facing }

direction-north = oben
direction-east = rechts
direction-south = unten
direction-west = links

## What a run did
outcome-reached-goal = Geschafft!
outcome-hit-wall = Bumm! Der Roboter ist gegen eine Wand gefahren. Ändere dein Programm und versuch es noch mal.
outcome-left-board = Vorsicht! Der Roboter würde vom Spielfeld fallen. Ändere dein Programm und versuch es noch mal.
outcome-no-lamp = Hier ist keine Lampe. Der Roboter kann eine Lampe nur dort anmachen, wo er gerade steht.
outcome-out-of-commands = Das Programm ist zu Ende, aber die Aufgabe ist noch nicht geschafft. Füge mehr Blöcke hinzu und versuch es noch mal.
outcome-step-budget = Der Roboter ist { $steps } { $steps ->
        [one] Schritt
       *[other] Schritte
    } gefahren und ist immer noch nicht fertig. Läuft dein Programm vielleicht endlos im Kreis?
outcome-too-many-calls = Zu viele Helfer rufen Helfer auf! Ruft sich ein Helfer vielleicht selbst auf, bevor er fertig ist?
