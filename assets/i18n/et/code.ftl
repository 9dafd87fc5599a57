# Programm tekstina („Näita koodina“). Pythoni enda sõnad (def, for, in, range, while, not,
# if, else, pass) jäävad inglise keelde; allolevad nimed on õpilase omad.

## Nimed koodis: Pythoni identifikaatorid, väikeste tähtedega, _ vahel, kõik erinevad.
code-forward = edasi
code-turn-left = pööra_vasakule
code-turn-right = pööra_paremale
code-light = süüta
code-path-ahead = tee_ees
code-path-left = tee_vasakul
code-path-right = tee_paremal
code-on-red = punasel
code-on-blue = sinisel
code-on-green = rohelisel
code-done = valmis
code-main = põhiprogramm
code-p1 = abiline_1
code-p2 = abiline_2
code-count = loendur
code-when-on-lamp = kui_lambil
code-when-on-red = kui_punasel
code-when-on-blue = kui_sinisel
code-when-on-green = kui_rohelisel

## Koodivaade klotside kõrval
code-show = Näita koodina
code-hide = Peida kood
code-title = Sinu programm koodina
code-empty = Lisa klotse ja nende kood ilmub siia.
code-line = { $indent ->
        [0] Rida { $number }: { $code }
       *[other] Rida { $number }, taane { $indent }: { $code }
    }
