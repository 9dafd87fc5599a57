# The program as text ("Show as code", src/core/program/code.rs): the same program in a small
# Python-like language. Python's own words (def, for, in, range, while, not, if, else, pass)
# stay English in every language, as in the real language; the names below are the pupil's.

## Names in the code. Each must be a Python identifier: lower-case letters, digits and _, no
## spaces, no apostrophe, and no two alike (a test checks every language).
code-forward = vorwärts
code-turn-left = links_drehen
code-turn-right = rechts_drehen
code-light = licht_an
code-path-ahead = vorne_frei
code-path-left = links_frei
code-path-right = rechts_frei
code-on-red = auf_rot
code-on-blue = auf_blau
code-on-green = auf_grün
# What "Repeat until done" asks before each round: is the level solved?
code-done = fertig
code-main = hauptprogramm
code-p1 = helfer_1
code-p2 = helfer_2
code-count = zähler
code-when-on-lamp = wenn_auf_lampe
code-when-on-red = wenn_auf_rot
code-when-on-blue = wenn_auf_blau
code-when-on-green = wenn_auf_grün

## The code view beside the tiles
code-show = Als Code zeigen
code-hide = Code ausblenden
code-title = Dein Programm als Code
code-empty = Füge Blöcke hinzu, dann steht hier ihr Code.
# One line of code for screen readers. $code is the line as written; $indent how many steps
# it is indented (0 at the left edge).
code-line = { $indent ->
        [0] Zeile { $number }: { $code }
       *[other] Zeile { $number }, { $indent }-mal eingerückt: { $code }
    }
