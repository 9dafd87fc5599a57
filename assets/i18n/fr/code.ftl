# The program as text. Python’s own words stay English; the names below are the pupil’s.

## Names in the code: Python identifiers, lower case, no two alike.
code-forward = avancer
code-turn-left = tourner_gauche
code-turn-right = tourner_droite
code-light = allumer
code-path-ahead = chemin_devant
code-path-left = chemin_gauche
code-path-right = chemin_droite
code-on-red = sur_rouge
code-on-blue = sur_bleu
code-on-green = sur_vert
code-done = réussi
code-main = principal
code-p1 = assistant_1
code-p2 = assistant_2
code-count = compteur
code-when-on-lamp = quand_sur_lampe
code-when-on-red = quand_sur_rouge
code-when-on-blue = quand_sur_bleu
code-when-on-green = quand_sur_vert

## The code view beside the tiles
code-show = Voir le code
code-hide = Cacher le code
code-title = Ton programme en code
code-empty = Ajoute des blocs : leur code s’affiche ici.
code-line = { $indent ->
        [0] Ligne { $number } : { $code }
        [one] Ligne { $number }, retrait { $indent } : { $code }
        [many] Ligne { $number }, retrait { $indent } : { $code }
       *[other] Ligne { $number }, retrait { $indent } : { $code }
    }
