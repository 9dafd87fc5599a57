# Sensor Springs: Repeat while asks its question before every round; then the logic words
# not, or, and. Tile names as in robot.ftl: Avancer, Tourner à gauche, Tourner à droite,
# Allumer, Répéter, Répéter jusqu’à réussir, Répéter tant que, Si, Si … sinon; questions:
# chemin devant, chemin à gauche, sur rouge, non, et, ou.

level-sensor-first-while-title = Longs couloirs
level-sensor-first-while-instruction = Allume la lampe au bout des deux longs couloirs. Essaie le nouveau bloc : « Répéter tant que ».
level-sensor-first-while-learned = « Répéter tant que » pose sa question avant chaque tour. Tant que la réponse est oui, il relance ses blocs. Quand la réponse est non, il s’arrête.
level-sensor-first-while-hint-1 = Combien de cases fait chaque couloir ? Cette fois, tu n’as pas besoin de compter.
level-sensor-first-while-hint-2 = « Répéter tant que chemin devant » fait avancer le robot jusqu’à ce qu’il y ait un mur devant lui.
level-sensor-first-while-hint-3 = Utilise un « Répéter tant que » pour chaque couloir, avec « Avancer » dedans.

level-sensor-blue-stripe-title = Suis le bleu
level-sensor-blue-stripe-instruction = La bande bleue mène à une lampe. Allume-la. Attention : la route continue après la lampe !
level-sensor-blue-stripe-learned = « Répéter tant que » peut aussi poser une question sur une couleur. « Répéter tant que sur bleu » continue jusqu’à ce que le robot quitte les cases bleues.
level-sensor-blue-stripe-hint-1 = Où finit la bande bleue ? La route finit-elle là aussi ?
level-sensor-blue-stripe-hint-2 = « Chemin devant » emmènerait le robot après la lampe, jusqu’au mur. Pose plutôt une question sur la couleur.
level-sensor-blue-stripe-hint-3 = Le robot part d’une case grise. D’abord, va sur la bande, puis utilise Répéter tant que sur bleu.

level-sensor-three-stripes-title = Trois bandes
level-sensor-three-stripes-instruction = Allume les trois lampes. Chaque bande bleue mène à une lampe, et chaque bande a une longueur différente.
level-sensor-three-stripes-learned = Un « Répéter tant que » peut aller dans un « Répéter ». À chaque tour, la boucle intérieure continue jusqu’à ce que sa réponse soit non.
level-sensor-three-stripes-hint-1 = Que fait le robot pour une bande ? Est-ce pareil pour les deux autres ?
level-sensor-three-stripes-hint-2 = Pour chaque bande : va dessus, roule tant que tu es sur le bleu, allume la lampe. Fais ça trois fois.
level-sensor-three-stripes-hint-3 = Mets Répéter tant que sur bleu dans Répéter 3 fois.

level-sensor-stop-on-red-title = Stop sur le rouge
level-sensor-stop-on-red-instruction = Atteins le drapeau. Il est juste à côté de la case rouge.
level-sensor-stop-on-red-learned = « non » retourne une question. « Répéter tant que non sur rouge » continue jusqu’à ce que le robot soit sur le rouge.
level-sensor-stop-on-red-hint-1 = Il n’y a pas de mur à la case rouge. Que peut vérifier le robot là ?
level-sensor-stop-on-red-hint-2 = Touche « Changer non / et / ou » pour mettre « non » devant une question. « Non sur rouge » veut dire oui sur chaque case qui n’est pas rouge.
level-sensor-stop-on-red-hint-3 = Commence par Répéter tant que non sur rouge, avec Avancer dedans. Puis tourne vers le drapeau.

level-sensor-fix-the-while-title = Tourne en rond
level-sensor-fix-the-while-instruction = Les cases rouges marquent les coins : tourne à droite sur chacune. Mais ce robot roule en rond dans un tout petit carré. Répare le programme.
level-sensor-fix-the-while-learned = Les blocs dans « Répéter tant que » se lancent à chaque tour. Un virage qui va après la boucle doit être après elle, pas dedans.
level-sensor-fix-the-while-hint-1 = Touche « Étape ». Quand le robot tourne-t-il ? Est-il sur le rouge à ce moment-là ?
level-sensor-fix-the-while-hint-2 = Le robot devrait tourner une fois sur le rouge, pas après chaque pas.
level-sensor-fix-the-while-hint-3 = Regarde les blocs dans Répéter tant que.

level-sensor-side-roads-title = Routes sur le côté
level-sensor-side-roads-instruction = Une lampe se trouve partout où une route part sur le côté, à gauche ou à droite. Allume toutes les lampes.
level-sensor-side-roads-learned = « ou » relie deux questions. « Chemin à gauche ou chemin à droite » veut dire oui quand l’une des deux est oui, ou les deux.
level-sensor-side-roads-hint-1 = Regarde les cases avec des lampes. Qu’y a-t-il à côté de chacune ?
level-sensor-side-roads-hint-2 = Un seul « Si » peut poser deux questions à la fois, reliées par « ou ».
level-sensor-side-roads-hint-3 = Utilise Répéter tant que chemin devant, et commence-le par Avancer.

level-sensor-blue-and-free-title = Bandes et murs
level-sensor-blue-and-free-instruction = Suis les trois bandes bleues jusqu’au drapeau. Certaines bandes finissent contre un mur. D’autres s’arrêtent simplement sur une route libre.
level-sensor-blue-and-free-learned = « et » relie aussi deux questions. « Chemin devant et sur bleu » veut dire oui seulement quand les deux sont oui.
level-sensor-blue-and-free-hint-1 = Où finit chaque bande ? Où le robot se cognerait-il contre un mur ?
level-sensor-blue-and-free-hint-2 = Continue à rouler tant que deux choses sont vraies : le chemin devant est libre, et le robot est sur le bleu.
level-sensor-blue-and-free-hint-3 = Chaque tour de Répéter fait la même chose : aller sur une bande, la suivre, tourner à droite.

level-sensor-spiral-title = La longue spirale
level-sensor-spiral-instruction = Fais le tour de la spirale, jusqu’au drapeau.
level-sensor-spiral-learned = Un « Répéter tant que » peut aller dans un autre « Répéter tant que ». La boucle extérieure n’a pas besoin de nombre : elle pose sa propre question.
level-sensor-spiral-hint-1 = Combien de couloirs a la spirale ? « Répéter » peut-il compter aussi haut ?
level-sensor-spiral-hint-2 = Pour chaque couloir : roule jusqu’au mur, puis tourne à droite. Continue tant que le chemin devant est libre.
level-sensor-spiral-hint-3 = Mets un Répéter tant que dans un autre Répéter tant que.

level-sensor-painted-corners-title = Coins peints
level-sensor-painted-corners-instruction = Allume toutes les lampes. Les coins sont peints en rouge ou en bleu : tourne à gauche sur les deux couleurs.
level-sensor-painted-corners-learned = « Si … sinon » peut aussi poser une question reliée. Avec « sur rouge ou sur bleu », sa première partie se lance sur les deux couleurs, et la partie sinon sur toutes les autres cases.
level-sensor-painted-corners-hint-1 = Quelles cases n’ont pas de lampe ? De quelle couleur sont-elles ?
level-sensor-painted-corners-hint-2 = Un seul « Si … sinon » suffit : « sur rouge ou sur bleu » pour les coins, la partie sinon pour les lampes.
level-sensor-painted-corners-hint-3 = Dans Répéter jusqu’à réussir, commence par Avancer.

level-sensor-maze-title = Le labyrinthe
level-sensor-maze-instruction = Trouve le chemin à travers le labyrinthe jusqu’au drapeau. Utilise aussi peu de blocs que possible.
level-sensor-maze-learned = Garde une main sur le mur, et tu sors de beaucoup de labyrinthes. Ton programme suit cette règle avec une boucle dans une boucle.
level-sensor-maze-hint-1 = Imagine que tu traverses le labyrinthe avec la main droite toujours sur le mur.
level-sensor-maze-hint-2 = Sur chaque case, essaie d’abord de tourner à droite. S’il y a un mur, essaie tout droit, puis à gauche, puis demi-tour.
level-sensor-maze-hint-3 = Dans Répéter tant que chemin devant : Avancer, Tourner à droite, puis un Répéter tant que qui demande « non chemin devant ».
