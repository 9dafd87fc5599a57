# Program jako text („Zobrazit jako kód“). Slova Pythonu (def, for, in, range, while, not,
# if, else, pass) zůstávají anglicky; jména níže jsou žákovská.

## Jména v kódu: identifikátory Pythonu, malými písmeny, s _, každé jiné.
code-forward = vpřed
code-turn-left = otoč_vlevo
code-turn-right = otoč_vpravo
code-light = rozsviť
code-path-ahead = cesta_vpředu
code-path-left = cesta_vlevo
code-path-right = cesta_vpravo
code-on-red = na_červené
code-on-blue = na_modré
code-on-green = na_zelené
code-done = hotovo
code-main = hlavní
code-p1 = pomocník_1
code-p2 = pomocník_2
code-count = počítadlo
code-when-on-lamp = když_na_lampě
code-when-on-red = když_na_červené
code-when-on-blue = když_na_modré
code-when-on-green = když_na_zelené

## Kód vedle bloků
code-show = Zobrazit jako kód
code-hide = Skrýt kód
code-title = Tvůj program jako kód
code-empty = Přidej bloky a objeví se tu jejich kód.
code-line = { $indent ->
        [0] Řádek { $number }: { $code }
       *[other] Řádek { $number }, odsazení { $indent }: { $code }
    }
