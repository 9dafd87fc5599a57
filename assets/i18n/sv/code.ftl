# The program as text ("Show as code"). Python's own words stay English; the names below
# are the pupil's: lower case, _ between words, all different.

## Names in the code
code-forward = framåt
code-turn-left = sväng_vänster
code-turn-right = sväng_höger
code-light = tänd
code-path-ahead = fritt_framför
code-path-left = fritt_vänster
code-path-right = fritt_höger
code-on-red = på_rött
code-on-blue = på_blått
code-on-green = på_grönt
# What "Repeat until done" asks before each round: is the level solved?
code-done = klart
code-main = huvudprogram
code-p1 = hjälpare_1
code-p2 = hjälpare_2
code-count = räknaren
code-when-on-lamp = när_lampa
code-when-on-red = när_rött
code-when-on-blue = när_blått
code-when-on-green = när_grönt

## The code view beside the tiles
code-show = Visa som kod
code-hide = Dölj koden
code-title = Ditt program som kod
code-empty = Lägg till block, så syns deras kod här.
# One line of code for screen readers.
code-line = { $indent ->
        [0] Rad { $number }: { $code }
       *[other] Rad { $number }, indragen { $indent } steg: { $code }
    }
