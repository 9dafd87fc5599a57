# The program as text ("Show as code"): a small Python-like language. Python's own words and
# the names below stay English (ASCII) in Arabic too: a code line is read left to right, and
# right-to-left names inside def/for lines would make it hard to read (see GLOSSARY.md).

## Names in the code. Each must be a Python identifier, and no two alike.
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
code-done = done
code-main = main
code-p1 = helper_1
code-p2 = helper_2
code-count = count
code-when-on-lamp = when_on_lamp
code-when-on-red = when_on_red
code-when-on-blue = when_on_blue
code-when-on-green = when_on_green

## The code view beside the tiles
code-show = العرض كرمز برمجي
code-hide = إخفاء الرمز البرمجي
code-title = برنامجكم كرمز برمجي
code-empty = أضيفوا لبنات، وسيظهر رمزها البرمجي هنا.
code-line = { $indent ->
        [0] السطر { $number }: { $code }
       *[other] السطر { $number }، بإزاحة { $indent }: { $code }
    }
