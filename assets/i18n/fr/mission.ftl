# Today’s mission and "Send to my teacher". Short, plain sentences. $class is e.g. "4B".

## A class link that cannot be used
mission-link-damaged = Ce lien de classe est abîmé. Redemande le lien à ton enseignant.
mission-link-newer = Ce lien de classe vient d’une version plus récente de Byte Bridge. Demande à ton enseignant de t’aider à mettre le jeu à jour.
mission-link-no-levels = Ce lien de classe n’a aucun niveau que ce jeu connaît. Demande à ton enseignant de t’aider à mettre le jeu à jour.
mission-stored-unreadable = La mission du jour sur cette tablette n’a pas pu être lue. Redemande le lien à ton enseignant.

## The player’s home and the map
mission-title = Mission du jour : { $class }
mission-level = { $title }, { $status }
mission-previous = Niveaux précédents
mission-next = Plus de niveaux
mission-map-locked = Ton enseignant a choisi les niveaux du jour.
mission-locked-hint = Ce niveau ne fait pas partie de la mission du jour.

## Grown-ups
mission-remove = Retirer la mission du jour ({ $class })
mission-removed = La mission du jour a été retirée de cette tablette.

## Send to my teacher
send-to-teacher = Envoyer à mon enseignant
send-for-class = Tes étoiles pour la classe { $class }
send-no-class = Tes étoiles sur cette tablette
send-save = Enregistrer un fichier
send-share = Partager
send-show-code = Montrer un code QR
send-saved = Ton fichier est enregistré. Donne-le à ton enseignant.
send-code-caption = Montre ce code à la caméra de ton enseignant
send-code-image = Code QR avec tes étoiles pour ton enseignant
send-code-failed = Le code n’a pas pu être créé. Enregistre plutôt un fichier.

## Dans la plateforme d’une école (Kolibri, un LMS) : l’élève inscrit sur la plateforme est le joueur.
# Affiché quand le jeu n’arrive pas à joindre la plateforme de l’école (pas d’API SCORM, le lancement par cmi5 a échoué, pas de pont vers Kolibri).
package-unreachable = Le jeu n’a pas pu se connecter à la plateforme de ton école. Tu peux jouer, et tes étoiles restent sur cet appareil.
# Affiché quand la progression que la plateforme a gardée pour l’élève n’a pas pu être lue.
package-saved-unreadable = Tes étoiles d’un autre appareil n’ont pas pu être lues. Tu peux continuer à jouer ici.
mission-link-made-refused = Un niveau créé par ton enseignant dans ce lien de classe est abîmé ou a été modifié, donc le lien n’a pas été utilisé. Redemande le lien à ton enseignant.
made-world-title = Par ton enseignant
made-by-teacher = Créé par ton enseignant
made-by-teacher-in = Créé par ton enseignant, langue : { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = La mission du jour de la classe { $class } est maintenant sur cette tablette.
