# The program as text ("Show as code"). Python's own words stay English; the names below
# are the pupil's: lower case, _ between words, all different.

## Names in the code
code-forward = vooruit
code-turn-left = draai_links
code-turn-right = draai_rechts
code-light = licht_aan
code-path-ahead = pad_rechtdoor
code-path-left = pad_links
code-path-right = pad_rechts
code-on-red = op_rood
code-on-blue = op_blauw
code-on-green = op_groen
# What "Repeat until done" asks before each round: is the level solved?
code-done = klaar
code-main = hoofdprogramma
code-p1 = helper_1
code-p2 = helper_2
code-count = teller
code-when-on-lamp = wanneer_op_lamp
code-when-on-red = wanneer_op_rood
code-when-on-blue = wanneer_op_blauw
code-when-on-green = wanneer_op_groen

## The code view beside the tiles
code-show = Toon als code
code-hide = Verberg code
code-title = Je programma als code
code-empty = Voeg blokken toe, dan verschijnt hun code hier.
# One line of code for screen readers.
code-line = { $indent ->
        [0] Regel { $number }: { $code }
       *[other] Regel { $number }, { $indent } keer ingesprongen: { $code }
    }
