# The program as text ("Show as code", src/core/program/code.rs): the same program in a small
# Python-like language. Python's own words (def, for, in, range, while, not, if, else, pass)
# stay English in every language, as in the real language; the names below are the pupil's.

## Names in the code. Each must be a Python identifier: lower-case letters, digits and _, no
## spaces, no apostrophe, and no two alike (a test checks every language).
code-forward = вперед
code-turn-left = поворот_ліворуч
code-turn-right = поворот_праворуч
code-light = засвітити
code-path-ahead = попереду_вільно
code-path-left = ліворуч_вільно
code-path-right = праворуч_вільно
code-on-red = на_червоному
code-on-blue = на_синьому
code-on-green = на_зеленому
# What "Repeat until done" asks before each round: is the level solved?
code-done = готово
code-main = головна_програма
code-p1 = помічник_1
code-p2 = помічник_2
code-count = лічильник
code-when-on-lamp = коли_на_лампі
code-when-on-red = коли_на_червоному
code-when-on-blue = коли_на_синьому
code-when-on-green = коли_на_зеленому

## The code view beside the tiles
code-show = Показати як код
code-hide = Сховати код
code-title = Твоя програма як код
code-empty = Додай блоки, і тут з’явиться їхній код.
# One line of code for screen readers. $code is the line as written; $indent how many steps
# it is indented (0 at the left edge).
code-line = { $indent ->
        [0] Рядок { $number }: { $code }
       *[other] Рядок { $number }, відступ { $indent }: { $code }
    }
