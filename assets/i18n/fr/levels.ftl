# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Partage malin

level-share-or-keep-title = Partager ou garder ?
level-share-or-keep-instruction = Peux-tu partager ça en ligne, ou vaut-il mieux le garder pour toi ?
level-share-or-keep-learned = Ce que tu aimes, même le nom de ton animal, tu peux le partager. Où te trouver et tes mots de passe restent privés.
level-share-or-keep-hint-1 = Demande-toi : un inconnu pourrait-il s’en servir pour me trouver ou entrer dans mon compte ?
level-share-or-keep-hint-2 = Ce que tu aimes, tu peux le partager. Ce qui montre où te trouver, ou qui ouvre tes comptes, reste privé.
level-share-or-keep-hint-3 = Le nom de ton animal, tu peux le partager, mais jamais comme mot de passe. Ton adresse reste privée.

card-favourite-colour = Ta couleur préférée
reason-favourite-colour = Beaucoup de gens aiment la même couleur : elle ne dit ni qui tu es, ni où tu es.
card-home-address = Ton adresse
reason-home-address = Un inconnu pourrait s’en servir pour trouver où tu habites.
card-favourite-game = Ton jeu préféré
reason-favourite-game = Parler des jeux que tu aimes, c’est amusant, et ça ne dit à personne où tu es.
card-password = Ton mot de passe
reason-password = Un mot de passe est une clé. Seuls toi et ton parent ou l’adulte qui s’occupe de toi devraient le connaître.
card-pet-name = Le nom de ton animal
reason-pet-name = Tu peux le partager. Mais ne l’utilise jamais comme mot de passe : ceux qui le connaissent pourraient le deviner.
card-favourite-animal = Ton animal préféré
reason-favourite-animal = C’est amusant à partager, et ça ne dit rien sur l’endroit où tu habites.
card-school-name = Le nom de ton école
reason-school-name = Il dit aux gens où te trouver chaque jour.
