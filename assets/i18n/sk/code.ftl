# Program ako text („Ukázať ako kód“). Slová Pythonu (def, for, in, range, while, not, if,
# else, pass) zostávajú anglické; mená nižšie sú žiakove.

## Mená v kóde: identifikátory Pythonu, malé písmená, _ medzi slovami, všetky rôzne.
code-forward = dopredu
code-turn-left = otoč_sa_doľava
code-turn-right = otoč_sa_doprava
code-light = svetlo
code-path-ahead = cesta_vpredu
code-path-left = cesta_vľavo
code-path-right = cesta_vpravo
code-on-red = na_červenom
code-on-blue = na_modrom
code-on-green = na_zelenom
code-done = hotovo
code-main = hlavný
code-p1 = pomocník_1
code-p2 = pomocník_2
code-count = počítadlo
code-when-on-lamp = keď_na_lampe
code-when-on-red = keď_na_červenom
code-when-on-blue = keď_na_modrom
code-when-on-green = keď_na_zelenom

## Zobrazenie kódu vedľa blokov
code-show = Ukázať ako kód
code-hide = Skryť kód
code-title = Tvoj program ako kód
code-empty = Pridaj bloky a tu sa objaví ich kód.
code-line = { $indent ->
        [0] Riadok { $number }: { $code }
       *[other] Riadok { $number }, odsadenie { $indent }: { $code }
    }
