# The program as text. Python's own words stay English; the names below are the pupil's.

## Names in the code: Python identifiers, lower case, no two alike.
code-forward = előre
code-turn-left = fordulj_balra
code-turn-right = fordulj_jobbra
code-light = kapcsold_fel
code-path-ahead = elöl_szabad
code-path-left = balra_szabad
code-path-right = jobbra_szabad
code-on-red = piroson
code-on-blue = kéken
code-on-green = zöldön
code-done = kész
code-main = főprogram
code-p1 = segítő_1
code-p2 = segítő_2
code-count = számláló
code-when-on-lamp = amikor_lámpára_lép
code-when-on-red = amikor_pirosra_lép
code-when-on-blue = amikor_kékre_lép
code-when-on-green = amikor_zöldre_lép

## The code view beside the tiles
code-show = Mutasd kódként
code-hide = Kód elrejtése
code-title = A programod kódként
code-empty = Tegyél be blokkokat, és itt látod a kódjukat.
code-line = { $indent ->
        [0] { $number }. sor: { $code }
        [one] { $number }. sor, behúzás: { $indent }: { $code }
       *[other] { $number }. sor, behúzás: { $indent }: { $code }
    }
