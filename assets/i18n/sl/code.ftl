# The program as text ("Show as code"). Python's own words stay English; the names below
# are the pupil's: lower case, _ between words, all different.

## Names in the code
code-forward = naprej
code-turn-left = zavij_levo
code-turn-right = zavij_desno
code-light = prižgi
code-path-ahead = spredaj_prosto
code-path-left = levo_prosto
code-path-right = desno_prosto
code-on-red = na_rdečem
code-on-blue = na_modrem
code-on-green = na_zelenem
# What "Repeat until done" asks before each round: is the level solved?
code-done = končano
code-main = glavni_program
code-p1 = pomočnik_1
code-p2 = pomočnik_2
code-count = števec
code-when-on-lamp = ko_na_svetilko
code-when-on-red = ko_na_rdeče
code-when-on-blue = ko_na_modro
code-when-on-green = ko_na_zeleno

## The code view beside the tiles
code-show = Pokaži kot kodo
code-hide = Skrij kodo
code-title = Tvoj program kot koda
code-empty = Dodaj bloke in tu se prikaže njihova koda.
# One line of code for screen readers.
code-line = { $indent ->
        [0] Vrstica { $number }: { $code }
       *[other] Vrstica { $number }, zamik { $indent }: { $code }
    }
