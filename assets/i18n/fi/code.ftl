# Ohjelma tekstinä (”Näytä koodina”). Pythonin omat sanat (def, for, in, range, while, not,
# if, else, pass) pysyvät englanniksi; alla olevat nimet ovat oppilaan.

## Nimet koodissa: Python-tunnisteita, pienillä kirjaimilla, _ välissä, kaikki eri.
code-forward = eteenpäin
code-turn-left = käänny_vasemmalle
code-turn-right = käänny_oikealle
code-light = sytytä
code-path-ahead = tie_edessä
code-path-left = tie_vasemmalla
code-path-right = tie_oikealla
code-on-red = punaisella
code-on-blue = sinisellä
code-on-green = vihreällä
code-done = valmis
code-main = pääohjelma
code-p1 = apuri_1
code-p2 = apuri_2
code-count = laskuri
code-when-on-lamp = kun_lampulla
code-when-on-red = kun_punaisella
code-when-on-blue = kun_sinisellä
code-when-on-green = kun_vihreällä

## Koodinäkymä palikoiden vieressä
code-show = Näytä koodina
code-hide = Piilota koodi
code-title = Ohjelmasi koodina
code-empty = Lisää palikoita, niin niiden koodi näkyy tässä.
code-line = { $indent ->
        [0] Rivi { $number }: { $code }
       *[other] Rivi { $number }, sisennys { $indent }: { $code }
    }
