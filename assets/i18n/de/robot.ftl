# The robot-grid levels (coding).

command-forward = Vorwärts
command-turn-left = Links drehen
command-turn-right = Rechts drehen

robot-run = Start
robot-clear = Löschen
robot-try-again = Noch mal versuchen
robot-slots = { $used } von { $max } { $max ->
        [one] Block
       *[other] Blöcken
    }
robot-program-empty = Tippe auf die Blöcke, um dein Programm zu bauen.
robot-program-full = Dein Programm ist voll.
# Accessible name of a tile in the pupil's program; activating it removes the tile.
robot-program-tile = Schritt { $position } entfernen: { $command }
# Accessible description of the board for screen readers.
# { $facing } is one of the direction-* texts below ("schaut nach oben").
robot-board = Der Roboter steht in Spalte { $x }, Reihe { $y } und schaut nach { $facing }. Die Flagge ist in Spalte { $goal_x }, Reihe { $goal_y }.

direction-north = oben
direction-east = rechts
direction-south = unten
direction-west = links

outcome-reached-goal = Du hast die Flagge erreicht!
outcome-hit-wall = Bumm! Der Roboter ist gegen eine Wand gefahren. Ändere dein Programm und versuch es noch mal.
outcome-left-board = Vorsicht! Der Roboter würde vom Spielfeld fallen. Ändere dein Programm und versuch es noch mal.
outcome-out-of-commands = Der Roboter hat keine Schritte mehr, aber die Flagge ist noch nicht erreicht. Füge mehr Blöcke hinzu und versuch es noch mal.
