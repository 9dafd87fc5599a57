# The program as text ("Show as code", src/core/program/code.rs): the same program in a small
# Python-like language. Python's own words (def, for, in, range, while, not, if, else, pass)
# stay English in every language, as in the real language; the names below are the pupil's.

## Names in the code. Each must be a Python identifier: lower-case letters, digits and _, no
## spaces, no apostrophe, and no two alike (a test checks every language).
code-forward = forward
code-turn-left = turn_left
code-turn-right = turn_right
code-light = light
code-path-ahead = path_ahead
code-path-left = path_left
code-path-right = path_right
code-on-red = on_red
code-on-blue = on_blue
code-on-green = on_green
# What "Repeat until done" asks before each round: is the level solved?
code-done = done
code-main = main
code-p1 = helper_1
code-p2 = helper_2
# The robot's counter (set, add one, compare).
code-count = count
# The When routine, as a function the robot calls each time its event happens.
code-when-on-lamp = when_on_lamp
code-when-on-red = when_on_red
code-when-on-blue = when_on_blue
code-when-on-green = when_on_green

## The code view beside the tiles
code-show = Show as code
code-hide = Hide code
code-title = Your program as code
code-empty = Add tiles, and their code shows here.
# One line of code for screen readers. $code is the line as written; $indent how many steps
# it is indented (0 at the left edge).
code-line = { $indent ->
        [0] Line { $number }: { $code }
       *[other] Line { $number }, indented { $indent }: { $code }
    }
