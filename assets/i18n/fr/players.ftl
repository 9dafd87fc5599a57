# Players on a shared tablet. Nicknames are an animal and an adjective picked from lists.

players-title = Qui joue ?
players-empty = Touche « Nouveau joueur » pour commencer.
players-previous = Joueurs précédents
players-next = Plus de joueurs
players-page = Page { $page } sur { $pages }
player-new = Nouveau joueur
grown-ups = Adultes

# In French the adjective follows the animal and agrees with its gender.
nickname = { $animal } { $adjective }

player-new-title = Nouveau joueur
player-edit-title = Mon nom et mon image
player-done = Terminé
player-preview = Tu es { $name }
pick-picture = Choisis une image
pick-colour = Choisis une couleur
pick-adjective = Choisis un mot
pick-animal = Choisis un animal
nickname-surprise = Surprends-moi

adj-brave = { $gender ->
    [feminine] Courageuse
   *[masculine] Courageux
}
adj-bright = { $gender ->
    [feminine] Brillante
   *[masculine] Brillant
}
adj-calm = { $gender ->
    [feminine] Calme
   *[masculine] Calme
}
adj-clever = { $gender ->
    [feminine] Maligne
   *[masculine] Malin
}
adj-cheerful = { $gender ->
    [feminine] Joyeuse
   *[masculine] Joyeux
}
adj-gentle = { $gender ->
    [feminine] Douce
   *[masculine] Doux
}
adj-happy = { $gender ->
    [feminine] Heureuse
   *[masculine] Heureux
}
adj-kind = { $gender ->
    [feminine] Gentille
   *[masculine] Gentil
}
adj-lucky = { $gender ->
    [feminine] Chanceuse
   *[masculine] Chanceux
}
adj-quick = { $gender ->
    [feminine] Rapide
   *[masculine] Rapide
}
adj-sunny = { $gender ->
    [feminine] Radieuse
   *[masculine] Radieux
}
adj-wise = { $gender ->
    [feminine] Sage
   *[masculine] Sage
}

animal-bear = Ours
    .gender = masculine
animal-cat = Chat
    .gender = masculine
animal-dolphin = Dauphin
    .gender = masculine
animal-eagle = Aigle
    .gender = masculine
animal-fox = Renard
    .gender = masculine
animal-frog = Grenouille
    .gender = feminine
animal-lion = Lion
    .gender = masculine
animal-owl = Chouette
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Lapin
    .gender = masculine
animal-tiger = Tigre
    .gender = masculine
animal-turtle = Tortue
    .gender = feminine

picture-sun = Soleil
picture-moon = Lune
picture-star = Étoile
picture-heart = Cœur
picture-tree = Arbre
picture-flower = Fleur
picture-fish = Poisson
picture-house = Maison
picture-rocket = Fusée
picture-crown = Couronne
picture-leaf = Feuille
picture-boat = Bateau

avatar-colour-red = Rouge
avatar-colour-orange = Orange
avatar-colour-yellow = Jaune
avatar-colour-green = Vert
avatar-colour-teal = Turquoise
avatar-colour-blue = Bleu
avatar-colour-purple = Violet
avatar-colour-pink = Rose

profile-error-full = Cette tablette est pleine. Un adulte peut déplacer des joueurs vers une autre tablette.
profile-error-name-taken = Un autre joueur a déjà ce nom. Choisis d’autres mots.
profile-error-other = Ça n’a pas marché. Réessaie, s’il te plaît.

# Picture passwords: three pictures in order.
secret-open-title = Touche tes 3 images
secret-set-title = Choisis 3 images pour ton mot de passe
secret-confirm-title = Touche encore les 3 mêmes images
secret-progress = { $count } sur { $total } { $total ->
        [one] image
        [many] d’images
       *[other] images
    }
secret-wrong = Pas tout à fait. Réessaie.
secret-ask-grown-up = Pas tout à fait. Si tu as oublié tes images, demande à ton enseignant de les réinitialiser.
secret-mismatch = Ce n’étaient pas les mêmes images. Recommence.
secret-skip = Pas de mot de passe
secret-remove = Supprimer mon mot de passe

player-age-title = Quel âge as-tu ?
player-age-older = Plus de 12 ans ? Choisis 10–12 ans. Un adulte peut le changer.

title-hello = Salut, { $name } !
title-change-player = Changer de joueur
title-edit-me = Mon nom et mon image
title-password = Mot de passe en images
title-save-file = Enregistrer mes étoiles dans un fichier
save-to-file = Enregistrer dans un fichier

# The grown-ups’ gate: a sum a young child cannot guess.
gate-title = Pour les adultes
gate-question = Combien font { $a } × { $b } ?
gate-typed = Réponse : { $typed }
gate-wrong = Ce n’est pas juste. Voici une nouvelle question.
gate-delete = Effacer le chiffre
gate-ok = OK

adults-title = Joueurs sur cette tablette
adults-save-all = Enregistrer tous les joueurs dans un fichier
adults-bring = Importer des joueurs depuis un fichier
adults-clear = Vider cette tablette
adults-clear-confirm = { $count ->
        [one] Touchez encore pour supprimer le seul joueur
        [many] Touchez encore pour supprimer les { $count } joueurs
       *[other] Touchez encore pour supprimer les { $count } joueurs
    }
adults-cleared = Cette tablette est vide maintenant.
adults-player = { $stars ->
        [one] { $name } : { $stars } étoile
        [many] { $name } : { $stars } d’étoiles
       *[other] { $name } : { $stars } étoiles
    }
adults-save-one = Enregistrer { $name } dans un fichier
adults-reset-secret = Réinitialiser le mot de passe en images de { $name }
adults-secret-reset = { $name } n’a plus de mot de passe en images.
adults-delete = Supprimer { $name }
adults-delete-confirm = Touchez encore pour supprimer { $name }
adults-deleted = { $name } a été supprimé.
adults-saved = { $count ->
    [one] { $count } joueur a été enregistré dans un fichier. Ouvrez-le sur l’autre tablette avec « Importer des joueurs depuis un fichier ».
    [many] { $count } de joueurs ont été enregistrés dans un fichier. Ouvrez-le sur l’autre tablette avec « Importer des joueurs depuis un fichier ».
   *[other] { $count } joueurs ont été enregistrés dans un fichier. Ouvrez-le sur l’autre tablette avec « Importer des joueurs depuis un fichier ».
}
adults-save-failed = Le fichier n’a pas pu être enregistré.
adults-include-secrets = Mettre les mots de passe en images dans le fichier
adults-secrets-left-out = Les fichiers créés maintenant ne contiennent pas les mots de passe en images ; un mot de passe déjà présent sur l’autre tablette y reste.
adults-secrets-included = Les fichiers créés maintenant contiennent les mots de passe en images : toute personne qui ouvre le fichier peut les lire.
adults-help = Déplacer des élèves : enregistrez-les ici dans un fichier, copiez le fichier sur l’autre tablette et importez-les là-bas. Les joueurs déjà présents sur cette tablette gardent toutes leurs étoiles.
adults-help-insecure = Cette page n’est pas servie en HTTPS : elle ne peut donc pas marcher hors ligne ni être ajoutée à l’écran d’accueil. Tout le reste fonctionne. Le README explique comment la servir.
adults-voices-open = Lecture à voix haute
adults-voices-some = Langues que cette tablette peut lire à voix haute : { $languages }
adults-voices-none = Cette tablette ne peut encore lire à voix haute dans aucune des langues du jeu.
adults-voices-help = Pour ajouter une voix sur une tablette Android : ouvrez les Paramètres, cherchez « Sortie de la synthèse vocale », ouvrez les paramètres du moteur préféré et installez les données vocales d’une langue. Rouvrez ensuite le jeu. Seules les voix gardées sur la tablette lisent à voix haute : rien n’est envoyé ailleurs pour être lu.
adults-band = Tranche d’âge de { $name } : { $band }
adults-band-unset = Âge non choisi
adults-band-changed = { $name } : { $band } maintenant.
adults-band-help = Touchez la tranche d’âge d’un joueur pour la changer. Le joueur voit d’abord les niveaux de cette tranche. Les élèves choisissent 7–9 ou 10–12 ans au début ; seul un adulte peut choisir 12–14 ans, la tranche avec des sujets pour les plus grands. « Âge non choisi » compte comme 7–9 ans.

import-done = Terminé : { $added ->
        [one] { $added } nouveau joueur
        [many] { $added } de nouveaux joueurs
       *[other] { $added } nouveaux joueurs
    }, { $updated } mis à jour{ $refused ->
        [0] .
        [one] , { $refused } n’a pas pu être importé (la tablette est pleine, ou une version plus récente de Byte Bridge le garde ici).
        [many] , { $refused } n’ont pas pu être importés (la tablette est pleine, ou une version plus récente de Byte Bridge les garde ici).
       *[other] , { $refused } n’ont pas pu être importés (la tablette est pleine, ou une version plus récente de Byte Bridge les garde ici).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Un joueur a reçu un nouveau nom de jeu, car le sien était déjà pris ici.
        [many] {" "}{ $renamed } de joueurs ont reçu un nouveau nom de jeu, car le leur était déjà pris ici.
       *[other] {" "}{ $renamed } joueurs ont reçu un nouveau nom de jeu, car le leur était déjà pris ici.
    }
import-error-too-large = Ce fichier est trop gros pour être un fichier de joueurs.
import-error-not-ours = Ce n’est pas un fichier de joueurs Byte Bridge.
import-error-newer = Ce fichier vient d’une version plus récente de Byte Bridge. Mettez d’abord le jeu à jour sur cette tablette.
import-error-damaged = Ce fichier de joueurs est abîmé : rien n’a été changé. Enregistrez-le de nouveau sur l’autre tablette.
import-error-over-limits = Un joueur de ce fichier contient plus que ce que Byte Bridge garde (programmes trop longs, trop d’essais ou de niveaux), seul ou avec le même joueur sur cette tablette. Rien n’a été changé.
import-error-unreadable = Le fichier n’a pas pu être lu. Réessayez.

offline-needs-https = Cette page n’est pas servie en HTTPS : elle ne marchera pas sans Internet.
update-reload = Nouvelle version prête : touche pour la lancer
save-file-failed = Le fichier n’a pas pu être enregistré. Réessaie, s’il te plaît.
