# The program as text ("Show as code"). Python's own words (def, for, in, range, while, not,
# if, else, pass) stay English; the names below are Python identifiers.

## Names in the code
code-forward = naprijed
code-turn-left = skreni_lijevo
code-turn-right = skreni_desno
code-light = upali
code-path-ahead = ispred_slobodno
code-path-left = lijevo_slobodno
code-path-right = desno_slobodno
code-on-red = na_crvenom
code-on-blue = na_plavom
code-on-green = na_zelenom
code-done = gotovo
code-main = glavni_program
code-p1 = pomoćnik_1
code-p2 = pomoćnik_2
code-count = brojač
code-when-on-lamp = kad_na_lampi
code-when-on-red = kad_na_crvenom
code-when-on-blue = kad_na_plavom
code-when-on-green = kad_na_zelenom

## The code view beside the tiles
code-show = Prikaži kao kod
code-hide = Sakrij kod
code-title = Tvoj program kao kod
code-empty = Dodaj blokove i ovdje će se pojaviti njihov kod.
code-line = { $indent ->
        [0] Redak { $number }: { $code }
       *[other] Redak { $number }, uvlaka { $indent }: { $code }
    }
