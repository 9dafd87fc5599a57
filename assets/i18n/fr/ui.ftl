# Everything around the levels: title, map, result, notices.

language-name = Français
app-title = Byte Bridge
app-tagline = Apprends à coder et reste en sécurité en ligne
title-play = Jouer
language-picker = Langue
language-open = Langue: { $language }
language-loading = Chargement de la langue { $language }…
language-not-on-device = La langue { $language } n’est pas encore sur cette tablette. Connecte-toi une fois à Internet pour l’obtenir. Sur cette tablette : { $ready }
language-damaged = La langue { $language } n’est pas arrivée en entier. Réessaie plus tard. Sur cette tablette : { $ready }

back = Retour
notice-dismiss = OK

map-title = Niveaux
level-status-locked = verrouillé
level-status-new = pas encore joué
level-status-stars = { $stars ->
        [one] { $stars } étoile sur 3
        [many] { $stars } étoiles sur 3
       *[other] { $stars } étoiles sur 3
    }
map-level = { $number }. { $title }, { $status }
map-locked-hint = Termine le niveau d’avant pour ouvrir celui-ci.
map-world = { $title }, { $status }
map-world-stars = { $stars } sur { $max } { $max ->
        [one] étoile
        [many] d’étoiles
       *[other] étoiles
    }

result-title = Niveau réussi !
result-stars = { $stars ->
        [one] { $stars } étoile sur 3
        [many] { $stars } étoiles sur 3
       *[other] { $stars } étoiles sur 3
    }
result-new-best = Nouveau record !
result-learned-heading = Ce que tu as appris
result-next = Niveau suivant
result-retry = Rejouer
result-levels = Tous les niveaux

storage-unavailable = Cette tablette ne peut rien enregistrer pour l’instant. Tu peux jouer, mais tes étoiles seront perdues quand la page se fermera.
storage-recovered-damaged = Un joueur enregistré n’a pas pu être lu et n’avait pas de bonne copie. Il a été mis de côté sur cette tablette.
storage-recovered-backup = Certaines étoiles enregistrées étaient abîmées. La dernière bonne copie a été remise.
storage-newer-version = Certains joueurs ont été enregistrés par une version plus récente de Byte Bridge. Ils sont gardés en sécurité : mets le jeu à jour pour les voir.
storage-full = La mémoire de la tablette est pleine. Enregistre tes étoiles dans un fichier pour ne rien perdre.

hint = Indice
hint-shown = Indice { $number } : { $hint }

read-aloud = Lire à voix haute
read-aloud-stop = Arrêter la lecture
settings-open = Paramètres
settings-title = Paramètres
settings-read-everything = Tout lire à voix haute
settings-read-everything-about = Le jeu lit à voix haute chaque niveau, chaque indice et chaque résultat dès qu’il s’affiche.
settings-no-voice = Cette tablette n’a pas encore de voix pour cette langue. Un adulte peut en ajouter une.
settings-robot-speed = Vitesse du robot : { $speed }
settings-calm = Moins de mouvement
settings-calm-about = Le robot saute de case en case au lieu de glisser. C’est activé dès le départ si la tablette est réglée pour montrer moins de mouvement.
settings-contrast = Contraste élevé
settings-contrast-about = Le fond devient noir, le texte blanc, et les boutons ont un contour blanc. Pour certains yeux, c’est plus facile à voir.
settings-text-size = Taille du texte : { $size }
settings-text-size-about = Touche encore : le texte grandit, jusqu’à deux fois plus grand, puis redevient normal.
text-size-normal = normale
text-size-big = grande
text-size-bigger = plus grande
text-size-biggest = la plus grande
settings-more-space = Plus d’espace
settings-more-space-about = Plus de place entre les lettres et entre les lignes. Pour certains yeux, c’est plus facile à lire.
