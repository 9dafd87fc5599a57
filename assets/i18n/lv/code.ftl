# The program as text. Python's own words stay English; the names below are the pupil's.

## Names in the code: Python identifiers, lower case, no two alike.
code-forward = uz_priekšu
code-turn-left = pa_kreisi
code-turn-right = pa_labi
code-light = iededz
code-path-ahead = ceļš_priekšā
code-path-left = ceļš_pa_kreisi
code-path-right = ceļš_pa_labi
code-on-red = uz_sarkanā
code-on-blue = uz_zilā
code-on-green = uz_zaļā
code-done = gatavs
code-main = galvenā
code-p1 = palīgs_1
code-p2 = palīgs_2
code-count = skaitītājs
code-when-on-lamp = kad_uz_lampas
code-when-on-red = kad_uz_sarkanā
code-when-on-blue = kad_uz_zilā
code-when-on-green = kad_uz_zaļā

## The code view beside the tiles
code-show = Rādīt kā kodu
code-hide = Slēpt kodu
code-title = Tava programma kā kods
code-empty = Pievieno blokus, un šeit parādīsies to kods.
code-line = { $indent ->
        [0] { $number }. rinda: { $code }
        [zero] { $number }. rinda, atkāpe { $indent }: { $code }
        [one] { $number }. rinda, atkāpe { $indent }: { $code }
       *[other] { $number }. rinda, atkāpe { $indent }: { $code }
    }
