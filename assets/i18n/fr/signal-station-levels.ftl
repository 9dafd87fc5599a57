# Signal Station: events. Beside Main and the helpers, a program has a part that runs by
# itself each time an event happens; then the robot carries on. Name the event part by its
# title, as pupils see it: « Quand le robot arrive sur une lampe », « Quand le robot arrive
# sur rouge » (bleu, vert); the button is « Changer l’événement ».

## A first event, a colour, the right event

level-signal-first-event-title = Des lampes un peu partout
level-signal-first-event-instruction = Allume toutes les lampes, puis arrête-toi au drapeau. « Principal » ne contient que 3 blocs : il ne peut pas tout faire seul. Essaie la nouvelle partie : « Quand le robot arrive sur une lampe ».
level-signal-first-event-learned = Un événement, c’est quelque chose qui arrive, comme le robot qui arrive sur une lampe. Les blocs de « Quand le robot arrive sur une lampe » se lancent chaque fois que ça arrive. Puis le robot continue avec « Principal ».
level-signal-first-event-hint-1 = Les lampes ne sont pas à la même distance les unes des autres. « Principal » doit-il savoir où est chaque lampe ?
level-signal-first-event-hint-2 = Laisse « Principal » juste rouler jusqu’au drapeau. Chaque fois que le robot arrive sur une lampe, « Quand le robot arrive sur une lampe » se lance tout seul.
level-signal-first-event-hint-3 = Mets Allumer dans « Quand le robot arrive sur une lampe ».

level-signal-blue-corners-title = Coins bleus
level-signal-blue-corners-instruction = Roule jusqu’au drapeau au milieu. Les cases bleues montrent où la route tourne. « Principal » ne contient que 3 blocs.
level-signal-blue-corners-learned = Un événement peut aussi être une couleur. « Quand le robot arrive sur bleu » se lance chaque fois qu’un « Avancer » amène le robot sur une case bleue.
level-signal-blue-corners-hint-1 = De quel côté la route tourne-t-elle à chaque case bleue ? Est-ce toujours le même côté ?
level-signal-blue-corners-hint-2 = « Principal » ne fait que rouler. Les virages vont dans « Quand le robot arrive sur bleu ».
level-signal-blue-corners-hint-3 = Principal, c’est Répéter jusqu’à réussir, avec Avancer dedans.

level-signal-which-event-title = Quelle couleur ?
level-signal-which-event-instruction = Roule jusqu’au drapeau. La route tourne à gauche sur certaines cases de couleur. Regarde bien les couleurs, puis choisis le bon événement.
level-signal-which-event-learned = « Changer l’événement » choisit à quoi le robot répond. Choisis l’événement qui arrive juste là où le robot doit agir.
level-signal-which-event-hint-1 = Où la route tourne-t-elle ? De quelle couleur sont ces cases ?
level-signal-which-event-hint-2 = Les cases rouges sont sur des parties droites. Y tourner mène dans un cul-de-sac. Touche « Changer l’événement ».
level-signal-which-event-hint-3 = Mets Tourner à gauche dans « Quand le robot arrive sur vert ».

## More in the event part

level-signal-corner-lamps-title = Lampes dans les coins
level-signal-corner-lamps-instruction = Fais une fois le tour de l’anneau, allume les quatre lampes et arrête-toi au drapeau derrière le robot. Chaque lampe est dans un coin.
level-signal-corner-lamps-learned = Une partie événement peut contenir plus d’un bloc. Chaque fois que l’événement arrive, tous ses blocs se lancent, l’un après l’autre.
level-signal-corner-lamps-hint-1 = Que doit faire le robot dans chaque coin ?
level-signal-corner-lamps-hint-2 = À chaque lampe, il y a deux tâches : allumer la lampe et tourner. Les deux vont dans « Quand le robot arrive sur une lampe ».
level-signal-corner-lamps-hint-3 = Mets Allumer dans « Quand le robot arrive sur une lampe ». Que se passe-t-il d’autre dans un coin ?

level-signal-count-reds-title = La troisième case rouge
level-signal-count-reds-instruction = Atteins le drapeau. Chaque case rouge a une route à gauche, mais seule la troisième mène au drapeau. Laisse le robot compter les cases rouges.
level-signal-count-reds-learned = Une partie événement peut aussi utiliser le compteur. « Quand le robot arrive sur rouge » ajoute 1 sur chaque case rouge : « Principal » n’a plus qu’à rouler.
level-signal-count-reds-hint-1 = Les trois cases rouges se ressemblent. Comment le robot peut-il savoir laquelle est la troisième ?
level-signal-count-reds-hint-2 = Chaque fois que le robot arrive sur du rouge, ajoute 1 au compteur. Quand le compteur est à 3, tourne à gauche.
level-signal-count-reds-hint-3 = « Quand le robot arrive sur rouge » commence par Ajouter 1 au compteur.

level-signal-winding-road-title = La route sinueuse
level-signal-winding-road-instruction = Suis la route sinueuse, allume toutes les lampes et atteins le drapeau. Les lampes ne sont pas dans les coins.
level-signal-winding-road-learned = « Principal » et la partie événement peuvent chacun faire une tâche. Ici, « Principal » suit la route, et « Quand le robot arrive sur une lampe » allume les lampes en chemin.
level-signal-winding-road-hint-1 = De quel côté la route tourne-t-elle dans chaque coin ?
level-signal-winding-road-hint-2 = « Principal » roule et tourne à droite partout où il y a un chemin à droite. Les lampes, c’est une tâche pour « Quand le robot arrive sur une lampe ».
level-signal-winding-road-hint-3 = Dans Principal, dans Répéter jusqu’à réussir : Avancer, puis Si chemin à droite.

level-signal-fix-the-event-title = Le mauvais événement
level-signal-fix-the-event-instruction = Sur chaque case bleue, le robot devrait tourner dans le sens de la route. Mais il tourne trop tôt et fonce dans un mur. Répare le programme.
level-signal-fix-the-event-learned = Quand une partie événement fait la bonne chose au mauvais moment, vérifie d’abord son événement. Une touche sur « Changer l’événement » peut tout réparer.
level-signal-fix-the-event-hint-1 = Touche « Étape » et observe. Sur quelle case le robot tourne-t-il pour la première fois ?
level-signal-fix-the-event-hint-2 = Les blocs de la partie événement sont justes. Ils se lancent juste sur les mauvaises cases.
level-signal-fix-the-event-hint-3 = Lis le titre au-dessus du bloc Si … sinon. Est-ce ce qui arrive dans les coins ?

level-signal-side-steps-title = Pas de côté
level-signal-side-steps-instruction = Atteins le drapeau. À chaque case rouge, la route se décale d’une case, vers la droite du robot. « Quand le robot arrive sur rouge » ne contient que 2 blocs.
level-signal-side-steps-learned = Une partie événement peut appeler un assistant, comme « Principal ». Les blocs de l’assistant se lancent, puis le robot continue avec « Principal ».
level-signal-side-steps-hint-1 = Que fait le robot sur une case rouge pour arriver à la partie suivante de la route ?
level-signal-side-steps-hint-2 = Un pas de côté prend trois blocs, mais la partie événement n’en contient que 2. Construis le pas de côté dans « Assistant 1 » et appelle-le depuis « Quand le robot arrive sur rouge ».
level-signal-side-steps-hint-3 = Assistant 1 commence par Tourner à droite.
