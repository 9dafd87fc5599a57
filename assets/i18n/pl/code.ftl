# The program as text ("Show as code"). Python's own words (def, for, in, range, while, not,
# if, else, pass) stay English; the names below are Python identifiers.

## Names in the code
code-forward = naprzód
code-turn-left = skręć_w_lewo
code-turn-right = skręć_w_prawo
code-light = zapal
code-path-ahead = z_przodu_wolne
code-path-left = z_lewej_wolne
code-path-right = z_prawej_wolne
code-on-red = na_czerwonym
code-on-blue = na_niebieskim
code-on-green = na_zielonym
code-done = gotowe
code-main = program_główny
code-p1 = pomocnik_1
code-p2 = pomocnik_2
code-count = licznik
code-when-on-lamp = gdy_na_lampie
code-when-on-red = gdy_na_czerwonym
code-when-on-blue = gdy_na_niebieskim
code-when-on-green = gdy_na_zielonym

## The code view beside the tiles
code-show = Pokaż jako kod
code-hide = Ukryj kod
code-title = Twój program jako kod
code-empty = Dodaj klocki, a tutaj pojawi się ich kod.
code-line = { $indent ->
        [0] Wiersz { $number }: { $code }
       *[other] Wiersz { $number }, wcięcie { $indent }: { $code }
    }
