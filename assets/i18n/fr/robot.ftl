# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Avancer
command-turn-left = Tourner à gauche
command-turn-right = Tourner à droite
command-light = Allumer
tile-repeat = Répéter
tile-repeat-until-goal = Répéter jusqu’à réussir
tile-if = Si
tile-if-else = Si … sinon
tile-call-p1 = Assistant 1
tile-call-p2 = Assistant 2
tile-repeat-times = Répéter { $times } { $times ->
        [one] fois
        [many] fois
       *[other] fois
    }
tile-if-condition = Si { $condition }
tile-if-else-condition = Si { $condition }, sinon

tile-repeat-while = Répéter tant que
tile-call-p1-with = Assistant 1 avec un nombre
tile-call-p2-with = Assistant 2 avec un nombre
tile-repeat-n = Répéter n fois
tile-set-count = Régler le compteur
tile-add-count = Ajouter 1 au compteur
tile-repeat-while-condition = Répéter tant que { $condition }
tile-call-with = { $routine } avec { $number }
tile-set-count-to = Régler le compteur à { $number }
condition-count-is = compteur égal à { $count }
test-not = non { $condition }
test-and = { $first } et { $second }
test-or = { $first } ou { $second }
test-not-word = non
test-and-word = et
test-or-word = ou

condition-path-ahead = chemin devant
condition-path-left = chemin à gauche
condition-path-right = chemin à droite
condition-on-red = sur rouge
condition-on-blue = sur bleu
condition-on-green = sur vert
colour-red = rouge
colour-blue = bleu
colour-green = vert

## Routines
routine-main = Principal
routine-p1 = Assistant 1
routine-p2 = Assistant 2
routine-when = Partie événement
event-on-lamp = Quand le robot arrive sur une lampe
event-on-red = Quand le robot arrive sur rouge
event-on-blue = Quand le robot arrive sur bleu
event-on-green = Quand le robot arrive sur vert

## The editor
robot-slots = { $routine } : { $used } sur { $max } { $max ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    }
robot-program-tile = { $tile }, étape { $position } dans { $place }
robot-place-inside = { $container }
robot-place-else = la partie sinon de { $container }
robot-list-end = Fin de { $place } : les nouveaux blocs vont ici
robot-else = sinon
robot-undo = Annuler
robot-redo = Rétablir
robot-clear = Tout effacer
robot-delete = Retirer le bloc
robot-move-earlier = Avancer d’une place
robot-move-later = Reculer d’une place
robot-fewer = Moins de fois
robot-more = Plus de fois
robot-change-condition = Changer la question
editor-full = { $routine } est plein. Retire d’abord un bloc.
editor-too-deep = Les boîtes dans des boîtes ne vont que sur trois niveaux.
editor-into-itself = Un bloc ne peut pas aller dans lui-même.
editor-nothing = Rien à faire ici.
robot-number-down = Nombre plus petit
robot-number-up = Nombre plus grand
robot-change-logic = Changer non / et / ou
robot-change-second = Changer la deuxième question
robot-change-event = Changer l’événement
editor-only-in-helper = « Répéter n fois » ne marche que dans un assistant : n est le nombre que l’assistant reçoit.

## The debugger
robot-run = Lancer
robot-pause = Pause
robot-step = Étape
robot-step-back = Étape arrière
robot-stop = Arrêter
robot-speed = Vitesse : { $speed }
robot-speed-slow = lente
robot-speed-normal = normale
robot-speed-fast = rapide
robot-running = Étape { $steps }
robot-running-count = Étape { $steps } · compteur = { $count }
robot-running-n = Étape { $steps } · n = { $n }
robot-running-count-n = Étape { $steps } · compteur = { $count } · n = { $n }
robot-program-empty = Touche les blocs pour construire ton programme.
robot-program-ready = Touche « Lancer » pour démarrer, ou « Étape » pour avancer d’un bloc à la fois.

robot-board = Le robot est dans la colonne { $x }, ligne { $y }, tourné vers { $facing }. { $goal }{ $lamps ->
        [0] {""}
        [one] { " " }Lampes allumées : { $lit } sur { $lamps }.
        [many] { " " }Lampes allumées : { $lit } sur { $lamps }.
       *[other] { " " }Lampes allumées : { $lit } sur { $lamps }.
    }
robot-board-goal = Le drapeau est dans la colonne { $x }, ligne { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Colonne { $x }, ligne { $y } : { $what }
robot-cell-floor = sol
robot-cell-wall = mur
robot-cell-coloured = sol { $colour }
robot-cell-lamp = lampe, éteinte
robot-cell-lamp-lit = lampe, allumée
robot-cell-flag = { $what }, drapeau
robot-cell-robot = { $what }, robot tourné vers { $facing }

direction-north = le haut
direction-east = la droite
direction-south = le bas
direction-west = la gauche

## What a run did
outcome-reached-goal = Tu as réussi !
outcome-hit-wall = Bong ! Le robot a heurté un mur. Change ton programme et réessaie.
outcome-left-board = Attention ! Le robot tomberait du plateau. Change ton programme et réessaie.
outcome-no-lamp = Il n’y a pas de lampe ici. Le robot ne peut allumer une lampe que là où il se trouve.
outcome-out-of-commands = Le programme est fini, mais la mission n’est pas encore faite. Ajoute des blocs et réessaie.
outcome-step-budget = Le robot a fait { $steps } { $steps ->
        [one] étape
        [many] d’étapes
       *[other] étapes
    } et n’a toujours pas fini. Ton programme tourne-t-il en rond sans fin ?
outcome-too-many-calls = Trop d’assistants qui appellent des assistants ! Un assistant s’appelle-t-il lui-même avant d’avoir fini ?
