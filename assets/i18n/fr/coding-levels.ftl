# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Tile names as in robot.ftl:
# Avancer, Tourner à gauche, Tourner à droite, Allumer, Répéter, Répéter jusqu’à réussir,
# Si, Si … sinon, Assistant 1, Assistant 2, Principal.

world-robot-road = Route du robot
world-loop-lagoon = Lagune des boucles
world-helper-hills = Collines des assistants
world-choice-canyon = Canyon des choix
world-sensor-springs = Sources des capteurs
world-number-harbour = Port des nombres
world-signal-station = Station des signaux
world-bug-bay = Baie des bugs

## Robot Road

level-robot-first-steps-title = Premiers pas
level-robot-first-steps-instruction = Construis un programme qui mène le robot au drapeau. Puis touche « Lancer ».
level-robot-first-steps-learned = Un programme est une liste d’étapes. Le robot les fait une par une, dans l’ordre.
level-robot-first-steps-hint-1 = Regarde le drapeau. Vers où le robot est-il tourné maintenant ?
level-robot-first-steps-hint-2 = « Avancer » fait aller le robot d’une case. « Tourner à droite » le fait tourner sur place.
level-robot-first-steps-hint-3 = Commence par : Avancer, Avancer, Tourner à droite.

level-robot-turn-left-title = À gauche
level-robot-turn-left-instruction = Mène le robot au drapeau. Cette fois, il doit tourner à gauche.
level-robot-turn-left-learned = « Tourner à gauche » et « Tourner à droite » changent la direction du robot. Ils ne le déplacent pas.
level-robot-turn-left-hint-1 = Le robot regarde vers le haut. Où la route tourne-t-elle ?
level-robot-turn-left-hint-2 = Après « Tourner à gauche », « Avancer » fait aller le robot dans la nouvelle direction.
level-robot-turn-left-hint-3 = Commence par : Avancer, Avancer, Tourner à gauche.

level-robot-zigzag-title = Marches en zigzag
level-robot-zigzag-instruction = Descends les marches jusqu’au drapeau. La route tourne après chaque marche.
level-robot-zigzag-learned = Une longue route, ce n’est que des petits pas et des virages, l’un après l’autre.
level-robot-zigzag-hint-1 = Suis la route avec ton doigt. Compte les virages.
level-robot-zigzag-hint-2 = « Tourner à droite » pour descendre. « Tourner à gauche » pour repartir en travers.
level-robot-zigzag-hint-3 = Commence par : Avancer, Tourner à droite, Avancer, Tourner à gauche.

level-robot-around-rocks-title = Autour du mur
level-robot-around-rocks-instruction = Un mur bloque le passage. Contourne-le pour atteindre le drapeau.
level-robot-around-rocks-learned = Quand le chemin est bloqué, tu peux prévoir un chemin qui le contourne.
level-robot-around-rocks-hint-1 = Le robot ne peut pas aller tout droit au drapeau. Par où passer ?
level-robot-around-rocks-hint-2 = Monte d’abord, puis traverse, puis descends.
level-robot-around-rocks-hint-3 = Commence par : Avancer, Avancer, Tourner à droite.

level-robot-fix-the-path-title = Répare le chemin
level-robot-fix-the-path-instruction = Ce programme a un bug : le robot se cogne contre un mur. Observe-le avec « Étape », puis répare le programme.
level-robot-fix-the-path-learned = Un bug est une erreur dans un programme. Un bloc de trop peut envoyer le robot dans un mur. Enlève-le, et le programme marche.
level-robot-fix-the-path-hint-1 = Touche « Étape » pour lancer un bloc à la fois. Où le robot se cogne-t-il contre le mur ?
level-robot-fix-the-path-hint-2 = Le robot va une case trop loin avant de tourner. Il y a un bloc de trop.
level-robot-fix-the-path-hint-3 = Le bloc en trop est avant le premier virage.

level-robot-first-lamp-title = Allume la lumière
level-robot-first-lamp-instruction = Va jusqu’à la lampe. Puis utilise le bloc « Allumer » pour l’allumer.
level-robot-first-lamp-learned = « Allumer » ne marche que quand le robot est sur une lampe.
level-robot-first-lamp-hint-1 = À combien de cases se trouve la lampe ?
level-robot-first-lamp-hint-2 = D’abord, le robot doit être sur la lampe. Ensuite, « Allumer » l’allume.
level-robot-first-lamp-hint-3 = La lampe est à trois cases devant le robot.

level-robot-two-lamps-title = Deux lampes
level-robot-two-lamps-instruction = Allume les deux lampes. Il n’y a pas de drapeau : la mission est finie quand toutes les lampes sont allumées.
level-robot-two-lamps-learned = Le robot peut faire une tâche en chemin : s’arrêter, allumer la lampe, puis continuer.
level-robot-two-lamps-hint-1 = Tu passes sur la première lampe en allant vers la deuxième.
level-robot-two-lamps-hint-2 = Mets « Allumer » juste après le bloc qui amène le robot sur une lampe.
level-robot-two-lamps-hint-3 = Commence par : Avancer, Avancer, Allumer.

level-robot-lamps-and-flag-title = Des lampes et un drapeau
level-robot-lamps-and-flag-instruction = Allume les deux lampes. Puis va au drapeau.
level-robot-lamps-and-flag-learned = Une mission peut avoir plusieurs parties. Le robot doit toutes les finir.
level-robot-lamps-and-flag-hint-1 = Le drapeau ne compte que quand toutes les lampes sont allumées.
level-robot-lamps-and-flag-hint-2 = Prévois un chemin qui passe sur les deux lampes avant d’arriver au drapeau.
level-robot-lamps-and-flag-hint-3 = Commence par : Avancer, Allumer, Tourner à droite.

level-robot-turn-around-title = Demi-tour
level-robot-turn-around-instruction = Allume la lampe. Puis fais demi-tour et va au drapeau.
level-robot-turn-around-learned = Deux virages du même côté font regarder le robot dans l’autre sens, d’où il vient.
level-robot-turn-around-hint-1 = La lampe et le drapeau sont de deux côtés différents du robot.
level-robot-turn-around-hint-2 = Pour faire demi-tour, utilise deux virages : Tourner à gauche, Tourner à gauche.
level-robot-turn-around-hint-3 = Commence par : Avancer, Avancer, Allumer.

level-robot-long-road-title = Le grand détour
level-robot-long-road-instruction = Allume les deux lampes et termine sur le drapeau. Quel chemin est le plus court ?
level-robot-long-road-learned = Il peut y avoir plus d’un chemin. Réfléchis d’abord, puis choisis le plus court.
level-robot-long-road-hint-1 = En descendant tout droit, tu arrives au drapeau, mais les lampes restent éteintes.
level-robot-long-road-hint-2 = Passe d’abord par le haut, puis descends, puis reviens par le bas.
level-robot-long-road-hint-3 = Commence par : Avancer, Allumer, Avancer, Tourner à droite.

## Loop Lagoon

level-loop-first-loop-title = Première boucle
level-loop-first-loop-instruction = Va au drapeau. Ton programme ne peut contenir que 3 blocs : utilise le bloc « Répéter ».
level-loop-first-loop-learned = Un bloc « Répéter » lance encore et encore les blocs qu’il contient. Une boucle peut faire le travail de beaucoup de blocs.
level-loop-first-loop-hint-1 = Compte les cases entre le robot et le drapeau.
level-loop-first-loop-hint-2 = Mets « Avancer » dans un bloc « Répéter ». Puis touche « Plus de fois » pour régler le nombre.
level-loop-first-loop-hint-3 = « Avancer » va dans la boucle. Règle le nombre sur les cases que tu as comptées.

level-loop-lamp-row-title = Rangée de lampes
level-loop-lamp-row-instruction = Allume les cinq lampes. Ton programme ne peut contenir que 5 blocs : utilise une boucle.
level-loop-lamp-row-learned = Une boucle peut répéter plus d’un bloc. Ici, elle répète un pas et une lumière.
level-loop-lamp-row-hint-1 = Chaque lampe est juste une case après la précédente.
level-loop-lamp-row-hint-2 = Mets deux blocs dans un seul « Répéter ». La boucle fait les deux, encore et encore.
level-loop-lamp-row-hint-3 = Dans la boucle : Avancer, puis Allumer. Combien de fois ?

level-loop-corner-title = Au coin
level-loop-corner-instruction = Atteins le drapeau. Utilise une boucle pour chaque longue route, avec un virage entre les deux.
level-loop-corner-learned = Un programme peut avoir plusieurs boucles, l’une après l’autre.
level-loop-corner-hint-1 = La route a deux longues parties droites.
level-loop-corner-hint-2 = D’abord une boucle pour la route du haut. Puis « Tourner à droite ». Puis une boucle pour la route qui descend.
level-loop-corner-hint-3 = Commence par « Répéter 4 fois », avec « Avancer » dedans. Puis Tourner à droite.

level-loop-stairs-title = Escalier en boucle
level-loop-stairs-instruction = Monte l’escalier jusqu’au drapeau. Trouve la partie qui se répète.
level-loop-stairs-learned = Quand un motif se répète, construis-le une fois dans une boucle. La boucle fait le reste.
level-loop-stairs-hint-1 = Regarde une seule marche de l’escalier. Que fait le robot dessus ?
level-loop-stairs-hint-2 = Une boucle peut aussi contenir des virages. Mets une marche dans un « Répéter ».
level-loop-stairs-hint-3 = Une marche, c’est : Avancer, Tourner à gauche, Avancer, Tourner à droite.

level-loop-square-title = Carré de lampes
level-loop-square-instruction = Allume les trois lampes dans les coins. Utilise une boucle.
level-loop-square-learned = Une boucle avec un virage dedans peut faire faire au robot le tour d’un carré.
level-loop-square-hint-1 = Chaque côté du carré se ressemble.
level-loop-square-hint-2 = Mets les blocs pour un côté et un coin dans un « Répéter ».
level-loop-square-hint-3 = Un côté, c’est : Avancer, Avancer, Allumer, Tourner à droite.

level-loop-fix-the-loop-title = Répare la boucle
level-loop-fix-the-loop-instruction = Cette boucle devrait allumer les trois lampes. Après la première lampe, le robot se cogne contre un mur. Répare la boucle.
level-loop-fix-the-loop-learned = Une boucle fait les mêmes blocs à chaque tour. Donc chaque tour doit finir avec le robot tourné dans le même sens qu’au départ.
level-loop-fix-the-loop-hint-1 = Touche « Étape ». Vers où le robot regarde-t-il quand la boucle recommence ?
level-loop-fix-the-loop-hint-2 = À la fin de chaque tour, le robot doit regarder dans le même sens qu’au début.
level-loop-fix-the-loop-hint-3 = Il manque un virage à la fin de la boucle.

level-loop-in-a-loop-title = Boucle dans une boucle
level-loop-in-a-loop-instruction = Allume toutes les lampes autour du carré. Mets une boucle dans une autre boucle.
level-loop-in-a-loop-learned = Une boucle peut aller dans une autre boucle. Chaque fois que la boucle extérieure fait un tour, la boucle intérieure fait tous ses tours.
level-loop-in-a-loop-hint-1 = Regarde un côté : trois lampes à la suite, puis un coin.
level-loop-in-a-loop-hint-2 = La boucle intérieure allume un côté. La boucle extérieure fait ça pour chaque côté.
level-loop-in-a-loop-hint-3 = La boucle intérieure : Répéter 3 fois, avec Avancer et Allumer dedans.

level-loop-lamp-stairs-title = Escalier de lampes
level-loop-lamp-stairs-instruction = Descends l’escalier et allume la lampe sur chaque marche.
level-loop-lamp-stairs-learned = Une boucle peut bouger, tourner et faire une tâche. À chaque tour, elle fait une marche entière.
level-loop-lamp-stairs-hint-1 = Que fait le robot sur une marche ? Regarde où est la lampe.
level-loop-lamp-stairs-hint-2 = Trouve les blocs d’une marche, avec « Allumer » au bon endroit. Puis répète-les.
level-loop-lamp-stairs-hint-3 = Une marche commence par : Avancer, Tourner à droite, Avancer.

level-loop-big-ring-title = Le grand anneau
level-loop-big-ring-instruction = Allume les lampes dans les coins du grand anneau. Les côtés sont longs : utilise une boucle dans une boucle.
level-loop-big-ring-learned = La boucle intérieure peut parcourir un long côté. La boucle extérieure refait côté, virage et lumière pour chaque coin.
level-loop-big-ring-hint-1 = D’un coin au suivant, il y a quatre cases.
level-loop-big-ring-hint-2 = La boucle intérieure parcourt un côté. La boucle extérieure ajoute le virage et la lumière, une fois pour chaque coin.
level-loop-big-ring-hint-3 = La boucle intérieure : Répéter 4 fois, avec Avancer dedans.

level-choice-until-goal-title = Jusqu’à réussir
level-choice-until-goal-instruction = Atteins le drapeau. Utilise « Répéter jusqu’à réussir » : il continue jusqu’à ce que la mission soit finie.
level-choice-until-goal-learned = « Répéter jusqu’à réussir » lance ses blocs encore et encore, et s’arrête quand la mission est finie. Tu n’as pas besoin de compter.
level-choice-until-goal-hint-1 = À quelle distance est le drapeau ? Cette fois, tu n’as pas besoin de le savoir.
level-choice-until-goal-hint-2 = « Répéter jusqu’à réussir » répète les blocs qu’il contient jusqu’à ce que le robot soit sur le drapeau.
level-choice-until-goal-hint-3 = « Avancer » va dans la boucle. Il n’y a pas de nombre à régler.

## Helper Hills

level-helper-first-helper-title = Ton premier assistant
level-helper-first-helper-instruction = Allume les trois lampes. Construis les blocs pour une lampe dans « Assistant 1 ». Puis utilise le bloc « Assistant 1 » dans « Principal ».
level-helper-first-helper-learned = Un assistant est une liste de blocs qui a un nom. Son bloc appelle l’assistant : il lance toute la liste, aussi souvent que tu veux.
level-helper-first-helper-hint-1 = Les lampes sont dans les coins. Que fait le robot pour atteindre une lampe ?
level-helper-first-helper-hint-2 = Construis les blocs pour une lampe dans « Assistant 1 ». Dans « Principal », mets le bloc « Assistant 1 » une fois pour chaque lampe.
level-helper-first-helper-hint-3 = Assistant 1 peut être : Avancer, Avancer, Allumer, Tourner à droite.

level-helper-zigzag-title = Assistant et virages
level-helper-zigzag-instruction = Allume les trois lampes. Laisse « Assistant 1 » marcher et allumer. « Principal » fait les virages.
level-helper-zigzag-learned = « Principal » peut mélanger des blocs d’assistant avec d’autres blocs.
level-helper-zigzag-hint-1 = Entre les lampes, la route tourne. Tourne-t-elle chaque fois du même côté ?
level-helper-zigzag-hint-2 = La partie droite est chaque fois la même : mets-la dans « Assistant 1 ». Mets les virages dans « Principal ».
level-helper-zigzag-hint-3 = Assistant 1 : Avancer, Avancer, Avancer, Allumer.

level-helper-lamp-stairs-title = Escalier des assistants
level-helper-lamp-stairs-instruction = Monte l’escalier et allume la lampe sur chaque marche. Utilise « Assistant 1 ».
level-helper-lamp-stairs-learned = Un assistant peut contenir un plus grand motif, avec des pas, des virages et des lumières.
level-helper-lamp-stairs-hint-1 = Regarde une marche. Où est sa lampe ?
level-helper-lamp-stairs-hint-2 = Mets une marche entière dans « Assistant 1 ». Puis utilise « Assistant 1 » une fois pour chaque marche.
level-helper-lamp-stairs-hint-3 = Une marche commence par : Avancer, Tourner à gauche, Avancer.

level-helper-call-itself-title = Un assistant qui boucle
level-helper-call-itself-instruction = Monte le long escalier jusqu’au drapeau. « Principal » ne peut contenir que 3 blocs. « Assistant 1 » peut-il s’appeler lui-même, et continuer comme « Répéter jusqu’à réussir » ?
level-helper-call-itself-learned = Un assistant peut s’appeler lui-même à sa fin. Alors il recommence, comme une boucle, jusqu’à ce que la mission soit finie.
level-helper-call-itself-hint-1 = Il y a plus de marches que « Principal » n’a de place.
level-helper-call-itself-hint-2 = Mets le bloc « Assistant 1 » en dernier, dans « Assistant 1 ». Alors « Assistant 1 » recommence encore et encore.
level-helper-call-itself-hint-3 = Assistant 1 commence par : Avancer, Tourner à gauche, Avancer, Tourner à droite.

level-helper-round-and-round-title = Tourne et retourne
level-helper-round-and-round-instruction = Allume les quatre lampes. Laisse « Assistant 1 » faire le tour en s’appelant lui-même.
level-helper-round-and-round-learned = Un assistant qui s’appelle lui-même continue jusqu’à ce que toutes les lampes soient allumées.
level-helper-round-and-round-hint-1 = Chaque côté a une lampe, au milieu.
level-helper-round-and-round-hint-2 = Pour un côté : marcher, allumer, marcher, tourner. Puis « Assistant 1 » recommence tout seul.
level-helper-round-and-round-hint-3 = Assistant 1 commence par : Avancer, Allumer, Avancer.

level-helper-fix-the-helper-title = L’assistant qui s’arrête
level-helper-fix-the-helper-instruction = « Assistant 1 » devrait faire le tour du carré et allumer les trois lampes, mais il s’arrête après la première. Répare « Assistant 1 ».
level-helper-fix-the-helper-learned = Un assistant qui doit continuer s’appelle lui-même à sa fin. Sans cet appel, il se lance une fois et s’arrête.
level-helper-fix-the-helper-hint-1 = Touche « Étape ». Que se passe-t-il quand « Assistant 1 » arrive à sa fin ?
level-helper-fix-the-helper-hint-2 = « Principal » appelle « Assistant 1 » une seule fois. Comment « Assistant 1 » pourrait-il se relancer lui-même ?
level-helper-fix-the-helper-hint-3 = Il manque quelque chose à la fin d’Assistant 1.

level-helper-second-helper-title = Deux assistants
level-helper-second-helper-instruction = Allume toutes les lampes autour du carré. « Assistant 1 » peut appeler « Assistant 2 ». Pour trois étoiles, « Assistant 1 » s’appelle aussi lui-même.
level-helper-second-helper-learned = Un assistant peut appeler un autre assistant. De petites parties construisent de plus grandes parties.
level-helper-second-helper-hint-1 = Quel est le plus petit motif ? Regarde une lampe.
level-helper-second-helper-hint-2 = Mets le plus petit motif dans « Assistant 2 ». « Assistant 1 » l’appelle pour faire un côté, tourne, puis s’appelle lui-même.
level-helper-second-helper-hint-3 = Assistant 2 : Avancer, Allumer.

level-helper-walk-then-loop-title = Marcher, puis boucler
level-helper-walk-then-loop-instruction = Marche d’abord jusqu’à l’escalier. Puis laisse « Assistant 1 » le monter et allumer chaque lampe : il s’appelle lui-même à sa fin.
level-helper-walk-then-loop-learned = « Principal » peut faire la première partie d’une mission, puis laisser le reste à un assistant.
level-helper-walk-then-loop-hint-1 = L’escalier ne commence pas là où est le robot. La première lampe est trois cases plus loin.
level-helper-walk-then-loop-hint-2 = Utilise « Principal » pour marcher jusqu’à l’escalier. Puis appelle « Assistant 1 » : il monte une marche, allume sa lampe et s’appelle lui-même.
level-helper-walk-then-loop-hint-3 = Principal : Avancer, Avancer, Assistant 1.

level-helper-big-ring-title = Les assistants font le tour
level-helper-big-ring-instruction = Allume les trois lampes autour du carré. Il n’y a pas de bloc « Tourner à gauche » : construis-en un dans un assistant. « Principal » ne contient qu’un bloc, donc un assistant doit s’appeler lui-même.
level-helper-big-ring-learned = Un assistant peut être un bloc que tu n’as pas : trois blocs « Tourner à droite » font un « Tourner à gauche ».
level-helper-big-ring-hint-1 = La route tourne à gauche à chaque coin, mais tu n’as que « Tourner à droite ».
level-helper-big-ring-hint-2 = Après trois blocs « Tourner à droite », le robot regarde du même côté qu’après un « Tourner à gauche ». Mets-les dans un assistant à part.
level-helper-big-ring-hint-3 = Un assistant peut être : Tourner à droite, Tourner à droite, Tourner à droite.

## Choice Canyon

level-choice-first-if-title = Rouge veut dire tourner
level-choice-first-if-instruction = Chaque case rouge veut dire : tourne à gauche ici. Utilise un bloc « Si » pour vérifier le rouge.
level-choice-first-if-learned = Un bloc « Si » pose une question. Les blocs qu’il contient ne se lancent que quand la réponse est oui.
level-choice-first-if-hint-1 = Où la route tourne-t-elle ? De quelle couleur sont ces cases ?
level-choice-first-if-hint-2 = « Si sur rouge » lance ses blocs seulement quand le robot est sur une case rouge.
level-choice-first-if-hint-3 = Dans Répéter jusqu’à réussir : Avancer, puis Si sur rouge.

level-choice-green-lamps-title = Vert avant une lampe
level-choice-green-lamps-instruction = Une case verte veut dire que la case suivante a une lampe. Allume toutes les lampes.
level-choice-green-lamps-learned = Une vérification peut dire au robot ce qui vient après, pour qu’il se prépare.
level-choice-green-lamps-hint-1 = Regarde la case juste avant chaque lampe.
level-choice-green-lamps-hint-2 = Quand le robot est sur du vert, il peut aller sur la lampe et l’allumer.
level-choice-green-lamps-hint-3 = Dans Répéter jusqu’à réussir : Avancer, puis Si sur vert.

level-choice-path-right-title = Regarde à droite
level-choice-path-right-instruction = Le robot peut vérifier la route. Tourne à droite partout où il y a un chemin à droite.
level-choice-path-right-learned = Le robot sent les murs. « Chemin à droite » veut dire oui quand la case à sa droite est libre.
level-choice-path-right-hint-1 = À chaque coin, la route part vers la droite.
level-choice-path-right-hint-2 = « Si chemin à droite » regarde la case à droite du robot.
level-choice-path-right-hint-3 = Dans Répéter jusqu’à réussir : Avancer, puis Si chemin à droite.

level-choice-fix-the-check-title = Trop de virages
level-choice-fix-the-check-instruction = Bleu veut dire tourner à droite. Mais ce robot tourne sur chaque case et se cogne contre un mur. Répare le programme.
level-choice-fix-the-check-learned = Les blocs dans un « Si » ne se lancent que quand la réponse est oui. Un bloc après le « Si » se lance à chaque fois.
level-choice-fix-the-check-hint-1 = Touche « Étape ». Le robot tourne-t-il sur une case qui n’est pas bleue ?
level-choice-fix-the-check-hint-2 = Quel virage est dans le « Si » ? Lequel se lance à chaque fois ?
level-choice-fix-the-check-hint-3 = Regarde le dernier bloc de la boucle.

level-choice-if-else-title = Si ou sinon
level-choice-if-else-instruction = Avance quand le chemin devant est libre. Sinon, tourne à droite. Attention aux petites routes sur le côté !
level-choice-if-else-learned = « Si … sinon » choisit un chemin parmi deux : la première partie quand la réponse est oui, la partie sinon quand c’est non.
level-choice-if-else-hint-1 = Les petites routes sur le côté ne mènent nulle part. Tourne seulement quand il y a un mur devant.
level-choice-if-else-hint-2 = « Si … sinon » a deux parties. La première se lance sur oui. La partie sinon se lance sur non.
level-choice-if-else-hint-3 = Dans Répéter jusqu’à réussir, utilise Si chemin devant, avec Avancer dans la première partie.

level-choice-colours-title = Rouge et bleu
level-choice-colours-instruction = Rouge veut dire tourner à gauche. Bleu veut dire tourner à droite. Utilise deux blocs « Si ».
level-choice-colours-learned = Un programme peut poser plus d’une question. Chaque bloc « Si » pose la sienne.
level-choice-colours-hint-1 = Regarde la couleur des cases où la route tourne.
level-choice-colours-hint-2 = Mets deux blocs « Si » dans la boucle : un pour le rouge, un pour le bleu.
level-choice-colours-hint-3 = Dans Répéter jusqu’à réussir, commence par Avancer. Puis Si sur rouge, avec Tourner à gauche dedans.

level-choice-corner-lamps-title = Allumer ou tourner
level-choice-corner-lamps-instruction = Chaque case de cette route est une lampe ou du rouge. Sur le rouge, tourne à gauche. Sur toutes les autres cases, allume la lampe.
level-choice-corner-lamps-learned = « Si … sinon » peut aussi poser une question sur une couleur : sa première partie se lance sur le rouge, sa partie sinon sur toutes les autres cases.
level-choice-corner-lamps-hint-1 = Quelles cases n’ont pas de lampe ? Que fait le robot là ?
level-choice-corner-lamps-hint-2 = Un seul « Si … sinon » peut faire les deux tâches : une partie pour les cases rouges, la partie sinon pour les lampes.
level-choice-corner-lamps-hint-3 = Dans Répéter jusqu’à réussir : Avancer, puis Si sur rouge, avec Tourner à gauche dans la première partie.

level-choice-two-rules-title = Deux règles
level-choice-two-rules-instruction = Rouge veut dire tourner à gauche. Un mur devant veut dire tourner à droite. Utilise un « Si » pour une règle et un « Si … sinon » pour l’autre.
level-choice-two-rules-learned = Un programme peut mélanger « Si » et « Si … sinon ». Chacun pose sa question, l’un après l’autre.
level-choice-two-rules-hint-1 = Certaines routes continuent après une case rouge, mais elles ne mènent nulle part. Sur le rouge, tourne à gauche.
level-choice-two-rules-hint-2 = À chaque tour, pose deux questions : suis-je sur du rouge ? Le chemin devant est-il libre ?
level-choice-two-rules-hint-3 = Dans Répéter jusqu’à réussir, commence par Avancer. Puis Si sur rouge, avec Tourner à gauche dedans.

level-choice-red-means-left-title = Carrefour du canyon
level-choice-red-means-left-instruction = Avance tant que le chemin devant est libre. Devant un mur, regarde la case : sur le rouge, tourne à gauche ; sur toute autre case, tourne à droite.
level-choice-red-means-left-learned = Un « Si » peut aller dans un autre « Si ». Le robot pose une question, puis peut-être une autre.
level-choice-red-means-left-hint-1 = Les cases rouges ne comptent que devant un mur. Sur une route libre, roule dessus. Une route tourne en rond !
level-choice-red-means-left-hint-2 = Demande d’abord : le chemin devant est-il libre ? Seulement quand il ne l’est pas, demande : suis-je sur du rouge ?
level-choice-red-means-left-hint-3 = Dans Répéter jusqu’à réussir, utilise Si chemin devant … sinon, avec Avancer dans la première partie.

## Bug Bay

level-bug-wrong-turn-title = Mauvais sens
level-bug-wrong-turn-instruction = Ce programme devrait mener le robot au drapeau, mais le robot heurte un mur. Trouve le mauvais bloc et répare-le.
level-bug-wrong-turn-learned = Déboguer, c’est trouver l’étape qui se passe mal et réparer juste cette étape.
level-bug-wrong-turn-hint-1 = Touche « Étape » pour lancer un bloc à la fois. Où ça se passe mal ?
level-bug-wrong-turn-hint-2 = Un bug, c’est souvent juste un mauvais bloc. Remplace-le par le bon.
level-bug-wrong-turn-hint-3 = Regarde le virage. Le robot doit-il tourner à gauche ou à droite ?

level-bug-missing-step-title = Une étape manque
level-bug-missing-step-instruction = Le robot essaie d’allumer une lampe là où il n’y en a pas. Trouve ce qui manque.
level-bug-missing-step-learned = Parfois, un bug, c’est un bloc qui manque. Compte les cases pour vérifier.
level-bug-missing-step-hint-1 = Quelle lampe reste éteinte ?
level-bug-missing-step-hint-2 = Compte les cases du coin à la deuxième lampe. Compte aussi les blocs « Avancer ».
level-bug-missing-step-hint-3 = Le bloc qui manque va juste après Tourner à droite. Quel bloc fait bouger le robot ?

level-bug-loop-count-title = Compte encore
level-bug-loop-count-instruction = Le robot heurte un mur. Vérifie combien de fois chaque boucle se répète, et répare-la.
level-bug-loop-count-learned = Une boucle qui se répète une fois de trop, ou une fois de moins, est un bug très courant.
level-bug-loop-count-hint-1 = Observe la première boucle. Où le robot se cogne-t-il ?
level-bug-loop-count-hint-2 = Compte les cases avant le coin. La boucle doit se répéter autant de fois.
level-bug-loop-count-hint-3 = Change le nombre de la première boucle.

level-bug-forgot-light-title = Lumières éteintes
level-bug-forgot-light-instruction = Le robot fait le tour du carré, mais aucune lampe ne s’allume. Répare la boucle.
level-bug-forgot-light-learned = Quand quelque chose n’arrive jamais, vérifie s’il manque un bloc dans la boucle.
level-bug-forgot-light-hint-1 = Quel bloc allume une lampe ? Est-il dans le programme ?
level-bug-forgot-light-hint-2 = Un bloc que tu ajoutes dans une boucle se lance à chaque tour.
level-bug-forgot-light-hint-3 = Le bloc qui manque va dans la boucle. Le robot est sur une lampe après les deux blocs Avancer.

level-bug-helper-turn-title = Bug d’assistant
level-bug-helper-turn-instruction = « Assistant 1 » a un bug. « Principal » l’appelle trois fois, donc le bug arrive à chaque fois. Répare-le une seule fois.
level-bug-helper-turn-learned = Quand tu répares un assistant, tu répares chaque endroit qui l’appelle.
level-bug-helper-turn-hint-1 = Touche « Étape ». Que se passe-t-il après la première lampe ?
level-bug-helper-turn-hint-2 = À chaque coin de ce carré, la route part vers la droite.
level-bug-helper-turn-hint-3 = Regarde le dernier bloc d’Assistant 1.

level-bug-wrong-side-title = Mauvais côté
level-bug-wrong-side-instruction = La route tourne toujours à droite, mais le robot heurte un mur. Le « Si » pose la mauvaise question. Répare-le.
level-bug-wrong-side-learned = Un « Si » qui pose la mauvaise question peut faire rater tout le programme.
level-bug-wrong-side-hint-1 = De quel côté la route tourne-t-elle ? De quel côté le « Si » regarde-t-il ?
level-bug-wrong-side-hint-2 = Touche le bloc « Si » dans le programme. Puis touche « Changer la question ».
level-bug-wrong-side-hint-3 = Le « Si » regarde d’un côté, la route tourne de l’autre.

level-bug-two-mistakes-title = Deux bugs
level-bug-two-mistakes-instruction = Ce programme a deux bugs. Trouve-les tous les deux, pour que le robot monte l’escalier jusqu’au drapeau.
level-bug-two-mistakes-learned = Un programme peut avoir plus d’un bug. Répares-en un, relance, puis répare le suivant.
level-bug-two-mistakes-hint-1 = Observe la première marche de l’escalier. Où le robot se trompe-t-il ?
level-bug-two-mistakes-hint-2 = Un bug est un virage. L’autre bug, c’est le nombre de fois que la boucle se répète.
level-bug-two-mistakes-hint-3 = Sur chaque marche, le robot monte, puis se tourne pour reprendre sa direction. Vérifie ce virage, puis compte les marches.

level-bug-mixed-colours-title = Couleurs mélangées
level-bug-mixed-colours-instruction = Rouge devrait vouloir dire tourner à gauche, et bleu tourner à droite. Quelqu’un les a mélangés. Répare le programme.
level-bug-mixed-colours-learned = Teste ton programme, regarde où il fait quelque chose que tu ne voulais pas, et répare juste ça.
level-bug-mixed-colours-hint-1 = Que fait le robot sur la première case bleue ?
level-bug-mixed-colours-hint-2 = Chaque « Si » pose la question sur la bonne couleur, mais fait le mauvais virage.
level-bug-mixed-colours-hint-3 = Change le virage dans chaque « Si ».
