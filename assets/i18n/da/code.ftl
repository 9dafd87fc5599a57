# The program as text. Python's own words stay English; the names below are the pupil's.

## Names in the code: Python identifiers, lower case, no two alike.
code-forward = frem
code-turn-left = drej_til_venstre
code-turn-right = drej_til_højre
code-light = tænd
code-path-ahead = vej_forude
code-path-left = vej_til_venstre
code-path-right = vej_til_højre
code-on-red = på_rød
code-on-blue = på_blå
code-on-green = på_grøn
code-done = færdig
code-main = hovedprogram
code-p1 = hjælper_1
code-p2 = hjælper_2
code-count = tæller
code-when-on-lamp = når_på_lampe
code-when-on-red = når_på_rød
code-when-on-blue = når_på_blå
code-when-on-green = når_på_grøn

## The code view beside the tiles
code-show = Vis som kode
code-hide = Skjul kode
code-title = Dit program som kode
code-empty = Tilføj blokke, så vises deres kode her.
code-line = { $indent ->
        [0] Linje { $number }: { $code }
        [one] Linje { $number }, indrykket { $indent }: { $code }
       *[other] Linje { $number }, indrykket { $indent }: { $code }
    }
