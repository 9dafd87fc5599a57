# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot’s
# counter. Tile names as in robot.ftl: Avancer, Tourner à gauche, Tourner à droite, Allumer,
# Répéter, Répéter jusqu’à réussir, Si, Assistant 1, Assistant 1 avec un nombre,
# Répéter n fois, Régler le compteur, Ajouter 1 au compteur, Principal.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Une boucle dans un assistant
level-number-loop-in-helper-instruction = Allume les trois lampes au bout des longs côtés. « Principal » ne contient que 3 blocs, et « Assistant 1 » seulement 4.
level-number-loop-in-helper-learned = Un assistant peut contenir une boucle. Chaque fois que « Principal » appelle l’assistant, sa boucle recommence depuis le début.
level-number-loop-in-helper-hint-1 = Les trois côtés se ressemblent : même longueur, avec une lampe et un virage au bout. Que fait le robot sur un côté ?
level-number-loop-in-helper-hint-2 = Quatre blocs « Avancer » et un virage ne tiennent pas dans « Assistant 1 ». Mets plutôt un « Répéter » dans l’assistant.
level-number-loop-in-helper-hint-3 = Assistant 1 : Répéter 4 fois avec Avancer dedans, puis Tourner à droite.

level-number-round-the-basin-title = Autour du bassin
level-number-round-the-basin-instruction = Allume toutes les lampes autour du bassin du port. « Principal » ne contient qu’un bloc, donc « Assistant 1 » doit s’appeler lui-même.
level-number-round-the-basin-learned = Un assistant peut contenir une boucle et quand même s’appeler lui-même. La boucle fait un côté, et l’appel lance le côté suivant.
level-number-round-the-basin-hint-1 = Chaque côté se ressemble. Combien de lampes y a-t-il sur un côté ?
level-number-round-the-basin-hint-2 = Un côté, c’est : trois fois « Avancer » et « Allumer », puis un virage. Construis ça dans « Assistant 1 » avec une boucle, et laisse « Assistant 1 » s’appeler lui-même à la fin.
level-number-round-the-basin-hint-3 = Assistant 1 commence par Répéter 3 fois, avec Avancer et Allumer dedans.

level-number-if-in-helper-title = Coins rouges
level-number-if-in-helper-instruction = Allume toutes les lampes le long du quai. Sur une case rouge, la route tourne à gauche. « Principal » ne contient que 3 blocs.
level-number-if-in-helper-learned = Un assistant peut contenir un « Si ». Chaque fois que l’assistant se lance, il repose sa question : un seul assistant marche pour les routes droites comme pour les coins.
level-number-if-in-helper-hint-1 = D’une lampe à la suivante, il y a toujours deux pas. Parfois, la case du milieu est rouge.
level-number-if-in-helper-hint-2 = Laisse « Assistant 1 » mener le robot d’une lampe à la suivante. En chemin, il demande : suis-je sur du rouge ? « Principal » allume la lampe et répète jusqu’à réussir.
level-number-if-in-helper-hint-3 = Assistant 1 commence par Avancer, puis Si sur rouge.

## Helpers with a number

level-number-walk-n-title = Marche n cases
level-number-walk-n-instruction = Atteins le drapeau. Les parties droites de la route ont des longueurs différentes, et « Principal » ne contient que 5 blocs. Utilise « Assistant 1 avec un nombre ».
level-number-walk-n-learned = Tu peux donner un nombre à un assistant quand tu l’appelles. Dans l’assistant, « Répéter n fois » répète autant de fois que ce nombre le dit.
level-number-walk-n-hint-1 = Compte les cases de chaque partie droite de la route.
level-number-walk-n-hint-2 = Dans « Assistant 1 », mets « Avancer » dans « Répéter n fois ». Alors « Assistant 1 avec 3 » fait 3 cases, et « Assistant 1 avec 6 » en fait 6.
level-number-walk-n-hint-3 = Principal commence par Assistant 1 avec 3, puis Tourner à droite.

level-number-spiral-title = La spirale
level-number-spiral-instruction = Suis la spirale jusqu’au drapeau au milieu. Chaque partie droite a une case de moins que la précédente.
level-number-spiral-learned = L’assistant reste le même : seul son nombre change d’un appel à l’autre. « Principal » dit juste jusqu’où aller.
level-number-spiral-hint-1 = Quelle est la longueur de chaque partie droite ? Que fait le robot au bout de chacune ?
level-number-spiral-hint-2 = « Assistant 1 » peut faire n cases puis tourner. « Principal » l’appelle quatre fois, chaque fois avec un nombre plus petit.
level-number-spiral-hint-3 = Assistant 1 finit par Tourner à droite.

level-number-lamp-rows-title = Rangées de lampes
level-number-lamp-rows-instruction = Allume la rangée de 5 lampes et la rangée de 3 lampes. « Principal » ne contient que 3 blocs.
level-number-lamp-rows-learned = Le nombre ne compte pas forcément des pas. Ici, il compte des lampes : « Assistant 1 avec 5 » allume 5 lampes.
level-number-lamp-rows-hint-1 = Pour chaque lampe, le robot va dessus et l’allume.
level-number-lamp-rows-hint-2 = Mets « Avancer » et « Allumer » dans « Répéter n fois ». Alors n dit combien de lampes « Assistant 1 » allume.
level-number-lamp-rows-hint-3 = Principal : Assistant 1 avec 5, puis Tourner à droite, puis encore un bloc.

## The robot’s counter

level-number-third-opening-title = Le troisième passage
level-number-third-opening-instruction = Le chemin vers le drapeau est le troisième passage à droite. Laisse le robot compter les passages qu’il croise.
level-number-third-opening-learned = Le robot a un compteur qui commence à 0. « Ajouter 1 au compteur » ajoute un, et « Si compteur égal à 3 » demande combien de fois c’est arrivé.
level-number-third-opening-hint-1 = Les deux premiers passages à droite ramènent juste sur la route. Seul le troisième mène au drapeau.
level-number-third-opening-hint-2 = Chaque fois qu’il y a un chemin à droite, ajoute 1 au compteur. Tourne à droite seulement quand le compteur est à 3.
level-number-third-opening-hint-3 = Dans Répéter jusqu’à réussir : Avancer, puis Si chemin à droite.

level-number-counting-helper-title = Un assistant qui compte
level-number-counting-helper-instruction = Prends le troisième passage à droite pour atteindre le drapeau. « Principal » ne contient que 4 blocs, donc « Assistant 1 » doit compter.
level-number-counting-helper-learned = « Principal » et les assistants partagent un seul compteur. Un assistant peut y ajouter et poser une question dessus, et le compte reste quand l’assistant finit.
level-number-counting-helper-hint-1 = Cette fois, le robot roule vers la gauche : sa droite, c’est le haut du plateau.
level-number-counting-helper-hint-2 = « Principal » roule et demande : y a-t-il un chemin à droite ? Si oui, il appelle « Assistant 1 ». « Assistant 1 » compte, et tourne à droite quand le compteur est à 3.
level-number-counting-helper-hint-3 = Assistant 1 commence par Ajouter 1 au compteur.

level-number-second-red-title = La deuxième case rouge
level-number-second-red-instruction = Atteins le drapeau. Tourne à gauche à la deuxième case rouge, pas à la première.
level-number-second-red-learned = Le compteur peut compter tout ce que le robot peut vérifier : passages, couleurs et plus encore.
level-number-second-red-hint-1 = Les deux cases rouges ont une route à gauche. Laquelle mène au drapeau ?
level-number-second-red-hint-2 = Sur chaque case rouge, ajoute 1 au compteur. Tourne à gauche seulement quand le compteur est à 2.
level-number-second-red-hint-3 = Dans Répéter jusqu’à réussir : Avancer, puis Si sur rouge.

level-number-fix-the-count-title = Recompte
level-number-fix-the-count-instruction = Le robot devrait tourner à gauche à chaque deuxième case rouge. Il tourne à la deuxième, mais à la quatrième il continue tout droit dans un mur. Répare le programme.
level-number-fix-the-count-learned = Un compteur grandit tant que tu ne le remets pas à zéro. « Régler le compteur à 0 » lance une nouvelle série.
level-number-fix-the-count-hint-1 = Touche « Étape » et regarde le compteur à côté du numéro d’étape. Combien vaut-il sur la quatrième case rouge ?
level-number-fix-the-count-hint-2 = Après le premier virage, le robot doit recompter depuis 0.
level-number-fix-the-count-hint-3 = Regarde ce qui se passe juste après que le robot tourne à gauche.
