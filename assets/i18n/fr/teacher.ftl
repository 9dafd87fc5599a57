# The teacher page: a link for a class, the pupils’ results, the class view. Read by
# teachers (addressed with "vous"): plain, friendly and exact.

teacher-page-title = Byte Bridge pour les enseignants
teacher-title = Byte Bridge pour les enseignants
teacher-tagline = Donnez des niveaux à votre classe, récupérez les résultats, voyez qui a besoin d’aide.
teacher-skip = Aller au contenu de la page
teacher-language = Langue

## Help
teacher-help = Aide : où vont les données de la classe ?
teacher-help-local = Tout ce qui est sur cette page reste dans ce navigateur, sur cet appareil. Il n’y a ni comptes ni serveur : rien n’est envoyé nulle part, sauf si vous configurez un entrepôt sous « Envoyer vers un entrepôt de traces ».
teacher-help-files = Les résultats viennent des tablettes des élèves, sous forme de fichiers ou de codes QR. Importez les fichiers sous « Récupérer les résultats », ou scannez les codes avec la caméra de cet appareil.
teacher-help-signing = Avec « Signer les fichiers des élèves avec une clé de classe », les tablettes signent chaque fichier de résultats et chaque code QR. Un fichier modifié après coup est signalé ici et n’est pas compté ; dès que les fichiers d’un élève ont été signés, ses fichiers et codes sans signature valide ne sont plus comptés non plus. La clé est gardée sur les tablettes : cela repère les fichiers modifiés, pas quelqu’un qui copie la clé depuis une tablette pour signer des résultats inventés.
teacher-help-notes = Les vrais noms que vous tapez à côté d’un nom de jeu restent dans ce navigateur. Ils n’en sortent que si vous cochez « Inclure les vrais noms », puis téléchargez le CSV ou imprimez la vue de la classe.
teacher-help-backup = Effacer les données de ce navigateur efface aussi les données de la classe. Téléchargez le CSV de temps en temps pour en garder une copie.
teacher-help-insecure = Cette page n’est pas servie en HTTPS : elle ne peut donc pas marcher hors ligne ni utiliser la caméra. Les fichiers de résultats marchent toujours.

## Banners
teacher-dismiss = OK
teacher-storage-full = La mémoire de ce navigateur est pleine : vos dernières modifications ne sont pas enregistrées. Téléchargez le CSV maintenant, puis retirez d’anciens liens ou effacez d’anciennes données de classe.
teacher-storage-blocked = Ce navigateur ne laisse la page rien enregistrer (navigation privée ou réglage). Tout sera perdu à la fermeture de l’onglet : téléchargez le CSV avant.
teacher-error-action = Un problème est survenu. Rechargez la page et réessayez ; tout ce qui est déjà enregistré reste.
teacher-error-start = La page enseignant n’a pas pu démarrer. Rechargez-la. Si cela se reproduit, essayez un Chrome, Edge ou Firefox à jour.
teacher-update-ready = Une nouvelle version de Byte Bridge est prête.
teacher-update = Recharger maintenant

## Give levels to a class
teacher-assign-title = Donner des niveaux à une classe
teacher-assign-intro = Choisissez les niveaux, puis créez un lien. Les élèves ouvrent le lien sur leur tablette ou scannent son code QR, et trouvent les niveaux dans la mission du jour.
teacher-class-name = Nom de la classe
teacher-class-name-hint = Par exemple CM1 B. Le nom voyage dans le lien jusqu’aux tablettes : n’utilisez pas le nom d’un élève.
teacher-levels = Niveaux
teacher-band-filter = Tranche d’âge
teacher-band-all = Tous les âges
teacher-competence-filter = Compétence DigComp 2.2
teacher-competence-all = Toutes les compétences
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Compétence DigComp 3.0
teacher-digcomp3-all = Toutes les compétences
teacher-level-digcomp = DigComp 2.2 : { $ids }
teacher-level-digcomp3 = DigComp 3.0 : { $ids }
teacher-whole-world = Tout « { $world } »
teacher-no-levels = Aucun niveau ne correspond à ces filtres.
teacher-levels-selected = { $count ->
        [0] Aucun niveau choisi pour l’instant.
        [one] { $count } niveau choisi.
        [many] { $count } de niveaux choisis.
       *[other] { $count } niveaux choisis.
    }
teacher-select-none = Effacer le choix
teacher-lock = Verrouiller les autres niveaux
teacher-lock-hint = Les élèves ne peuvent jouer qu’à ces niveaux tant que cette mission est sur leur tablette.
teacher-sign = Signer les fichiers des élèves avec une clé de classe
teacher-sign-hint = Un fichier de résultats ou un code QR modifié après l’enregistrement sur la tablette est signalé et n’est pas compté. La clé est gardée sur les tablettes : quelqu’un qui la copie depuis une tablette peut quand même signer des résultats inventés.
teacher-create = Créer le lien

## The link
teacher-link-ready = Le lien pour votre classe
teacher-link = Lien
teacher-copy = Copier le lien
teacher-copied = Lien copié.
teacher-copy-manual = Le lien est sélectionné. Copiez-le avec la commande de copie de votre appareil.
teacher-qr-label = Code QR du lien pour { $name }
teacher-qr-caption = Les élèves scannent ce code avec la caméra de la tablette pour ouvrir la mission.
teacher-print-sheet = Imprimer la fiche
teacher-earlier-title = Liens précédents
teacher-assignment-meta = { $count ->
        [one] { $count } niveau
        [many] { $count } de niveaux
       *[other] { $count } niveaux
    }, créé le { $date }
teacher-assignment-levels = { $count ->
        [one] Voir le niveau
        [many] Voir les { $count } niveaux
       *[other] Voir les { $count } niveaux
    }
teacher-assignment-locked = autres niveaux verrouillés
teacher-assignment-signed = fichiers signés
teacher-assignment-unsigned = fichiers non signés
teacher-show-qr = Afficher le code QR
teacher-hide-qr = Masquer le code QR
teacher-remove = Retirer le lien
teacher-remove-confirm = Retirer de cette page le lien pour « { $name } » ?
teacher-remove-yes = Oui, retirer
teacher-cancel = Annuler
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = La mission du jour
teacher-sheet-how = Scanne le code avec la caméra de la tablette, ou tape le lien ci-dessous dans le navigateur.
teacher-sheet-levels = Les niveaux du jour

## Collect results
teacher-collect-title = Récupérer les résultats
teacher-collect-intro = Importez les fichiers de résultats des élèves, autant à la fois que vous voulez, ou scannez les codes QR sur leurs tablettes.
teacher-drop-hint = Déposez ici les fichiers des élèves
teacher-files-label = Fichiers de résultats des élèves
teacher-choose-files = Choisir des fichiers
teacher-results-title = Importés
teacher-results-empty = Aucun fichier importé pour l’instant.
teacher-results-clear = Vider cette liste
teacher-file-altered = Attention : ce fichier a été modifié après son enregistrement sur la tablette.
teacher-file-failed = Non importé :
teacher-file-unreadable = { $file } n’a pas pu être lu. Réessayez, ou enregistrez-le de nouveau sur la tablette.
teacher-code-unreadable = Ce code QR n’a pas pu être lu. Réessayez.
teacher-status-signed = signé
teacher-status-unsigned = non vérifié
teacher-status-summary = depuis un code QR
teacher-scan-title = Scanner des codes QR
teacher-scan-intro = Dirigez la caméra vers le code de résultats d’un élève. Elle continue à chercher l’élève suivant jusqu’à ce que vous l’arrêtiez.
teacher-scan = Scanner un code QR
teacher-stop-camera = Arrêter la caméra
teacher-camera-label = Image de la caméra
teacher-camera-starting = Démarrage de la caméra…
teacher-camera-looking = Recherche d’un code QR…
teacher-camera-next = C’est bon. Présentez le code suivant.
teacher-camera-stopped = La caméra est éteinte.
teacher-camera-unavailable = La caméra ne peut pas être utilisée ici : il n’y en a pas, elle n’a pas été autorisée, ou la page n’est pas servie en HTTPS. Les fichiers de résultats marchent toujours.
teacher-scanner-unavailable = Le lecteur de codes QR n’a pas pu être chargé. Connectez-vous une fois à Internet et réessayez. Les fichiers de résultats marchent toujours.

## Your class
teacher-class-title = Votre classe
teacher-show-assignment = Afficher
teacher-all-levels = Tous les niveaux
teacher-no-pupils = Pas encore de résultats. Récupérez plus haut les fichiers ou les codes des élèves.
teacher-note-hint = Les vrais noms restent sur cet appareil uniquement. Les téléchargements ne les contiennent pas, sauf si vous cochez « Inclure les vrais noms ».
teacher-note-label = Vrai nom
teacher-note-for = Vrai nom de { $name }
teacher-grid-caption = { $count ->
        [one] { $count } élève, tous les niveaux
        [many] { $count } d’élèves, tous les niveaux
       *[other] { $count } élèves, tous les niveaux
    }
teacher-grid-caption-class = { $count ->
        [one] { $name } : { $count } élève
        [many] { $name } : { $count } d’élèves
       *[other] { $name } : { $count } élèves
    }
teacher-pupil = Élève
teacher-pupil-altered = Fichier modifié
teacher-cell-empty = pas joué
teacher-cell-detail = { $attempts ->
        [one] { $attempts } essai
        [many] { $attempts } d’essais
       *[other] { $attempts } essais
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } indice
        [many] {" "}· { $hints } d’indices
       *[other] {" "}· { $hints } indices
    }
teacher-forget = Retirer l’élève
teacher-forget-pupil = Retirer l’élève { $name }
teacher-forget-confirm = Retirer { $name } et tous ses résultats de cette page ?
teacher-forget-yes = Oui, retirer
teacher-forgotten = { $name } a été retiré.

## One pupil at one level
teacher-cell-title = { $pupil } : { $level }
teacher-close = Fermer
teacher-no-attempts = Pas encore d’essai.
teacher-attempt-title = Essai { $number }, { $when }
teacher-attempt-stars = Étoiles
teacher-stars-count = { $count ->
        [one] { $count } étoile
        [many] { $count } d’étoiles
       *[other] { $count } étoiles
    }
teacher-attempt-outcome = Résultat
teacher-attempt-time = Temps
teacher-attempt-hints = Indices
teacher-attempt-mistakes = Erreurs
teacher-program-main = Programme principal
teacher-program-p1 = Assistant 1
teacher-program-p2 = Assistant 2
teacher-program-empty = (vide)
teacher-tile-else = sinon
teacher-code = En code
teacher-code-note = Le même programme sous forme de texte, dans un langage proche de Python. Les élèves le voient dans le jeu avec « Voir le code ».
teacher-answers = Réponses

## Per level
teacher-summary-title = Par niveau
teacher-summary-caption = Comment chaque niveau s’est passé
teacher-summary-level = Niveau
teacher-summary-played = Joué
teacher-summary-finished = Terminé
teacher-summary-stuck = Bloqué
teacher-summary-mean = Essais en moyenne
teacher-summary-common = Problèmes les plus fréquents
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Télécharger, imprimer, effacer
teacher-include-notes = Inclure les vrais noms
teacher-include-notes-hint = Cochez ceci seulement pour un fichier ou une impression qui reste avec vous, par exemple pour vos propres dossiers.
teacher-download-csv = Télécharger le CSV
teacher-download-xapi = Télécharger xAPI (JSON)
teacher-print-class = Imprimer la vue de la classe
teacher-clear = Effacer les données de la classe
teacher-clear-confirm = Supprimer de ce navigateur tous les élèves, résultats, vrais noms et liens ? C’est irréversible. Téléchargez d’abord le CSV si vous voulez garder les résultats.
teacher-clear-yes = Oui, tout supprimer
teacher-cleared = Les données de la classe ont été supprimées.
teacher-language-unavailable = La langue { $language } n’a pas pu être téléchargée : ce navigateur ne l’a pas encore. Connectez-vous à Internet et choisissez-la de nouveau.

## Send to a learning record store (LRS)
teacher-lrs-title = Envoyer vers un entrepôt de traces
teacher-lrs-intro = Si votre établissement ou votre ministère rassemble les résultats dans un entrepôt de traces d’apprentissage (LRS, Learning Record Store), saisissez ici son adresse xAPI, sa clé et son secret. Chaque résultat que vous importez y est alors envoyé automatiquement, une seule fois. L’adresse, la clé et le secret restent dans ce navigateur : les tablettes des élèves ne les reçoivent jamais.
teacher-lrs-endpoint = Adresse xAPI (point d’accès)
teacher-lrs-key = Clé (nom d’utilisateur)
teacher-lrs-secret = Secret (mot de passe)
teacher-lrs-secret-kept = Laissez vide pour garder le secret enregistré auparavant pour cette adresse et cette clé.
teacher-lrs-save = Enregistrer et envoyer
teacher-lrs-forget = Retirer cet entrepôt de traces
teacher-lrs-retry = Réessayer maintenant
teacher-lrs-off = Aucun entrepôt de traces n’est configuré. Les résultats restent dans ce navigateur et dans vos téléchargements.
teacher-lrs-done = { $sent ->
        [one] { $sent } résultat est dans l’entrepôt de traces.
        [many] Les { $sent } de résultats sont tous dans l’entrepôt de traces.
       *[other] Les { $sent } résultats sont tous dans l’entrepôt de traces.
    }
teacher-lrs-sending = { $waiting ->
        [one] Envoi en cours : { $waiting } résultat en attente.
        [many] Envoi en cours : { $waiting } de résultats en attente.
       *[other] Envoi en cours : { $waiting } résultats en attente.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] { $waiting } résultat en attente : l’entrepôt de traces est injoignable. Nouvel essai dans { $seconds } s. Si cela persiste, demandez à la personne qui gère l’entrepôt de traces d’autoriser l’adresse de cette page.
        [many] { $waiting } de résultats en attente : l’entrepôt de traces est injoignable. Nouvel essai dans { $seconds } s. Si cela persiste, demandez à la personne qui gère l’entrepôt de traces d’autoriser l’adresse de cette page.
       *[other] { $waiting } résultats en attente : l’entrepôt de traces est injoignable. Nouvel essai dans { $seconds } s. Si cela persiste, demandez à la personne qui gère l’entrepôt de traces d’autoriser l’adresse de cette page.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] { $waiting } résultat en attente : l’entrepôt de traces a répondu par l’erreur { $status }. Nouvel essai dans { $seconds } s.
        [many] { $waiting } de résultats en attente : l’entrepôt de traces a répondu par l’erreur { $status }. Nouvel essai dans { $seconds } s.
       *[other] { $waiting } résultats en attente : l’entrepôt de traces a répondu par l’erreur { $status }. Nouvel essai dans { $seconds } s.
    }
teacher-lrs-stopped-key = Envoi arrêté : l’entrepôt de traces n’accepte pas cette clé et ce secret. Vérifiez-les et enregistrez de nouveau.
teacher-lrs-stopped-forbidden = Envoi arrêté : cette clé n’a pas le droit d’ajouter des résultats à l’entrepôt de traces. Demandez à la personne qui le gère une clé autorisée à écrire des déclarations xAPI (statements).
teacher-lrs-stopped-address = Envoi arrêté : cette adresse ne répond pas comme un entrepôt de traces (réponse { $status }). Vérifiez l’adresse xAPI.
teacher-lrs-refused = { $refused ->
        [one] L’entrepôt de traces a refusé { $refused } résultat. Il est mis de côté et ne sera plus envoyé.
        [many] L’entrepôt de traces a refusé { $refused } de résultats. Ils sont mis de côté et ne seront plus envoyés.
       *[other] L’entrepôt de traces a refusé { $refused } résultats. Ils sont mis de côté et ne seront plus envoyés.
    }
teacher-lrs-load-damaged = Les réglages de l’entrepôt de traces enregistrés dans ce navigateur n’ont pas pu être lus. Saisissez-les de nouveau : les résultats que l’entrepôt a déjà ne seront pas enregistrés deux fois.
teacher-lrs-load-newer = Les réglages de l’entrepôt de traces ont été enregistrés par une version plus récente de cette page. Rechargez la page pour obtenir la nouvelle version ; d’ici là, rien n’est envoyé.
teacher-lrs-error-no-address = Saisissez l’adresse xAPI de l’entrepôt de traces.
teacher-lrs-error-address = Ce n’est pas l’adresse web d’un entrepôt de traces. Elle doit ressembler à https://lrs.example.org/xAPI/, sans ? ni #.
teacher-lrs-error-insecure = L’adresse doit commencer par https:// pour que la clé et les résultats circulent chiffrés.
teacher-lrs-error-credentials-in-address = Mettez la clé et le secret dans leurs propres champs, pas dans l’adresse.
teacher-lrs-error-no-key = Saisissez la clé et le secret que vous avez reçus pour l’entrepôt de traces.
teacher-lrs-error-bad-key = La clé ne doit pas contenir ":". Ni la clé ni le secret ne doivent contenir de retour à la ligne.
teacher-lrs-error-too-long = L’adresse, la clé ou le secret est trop long (500 caractères au plus pour chacun).
teacher-lrs-forgotten = L’adresse, la clé et le secret de l’entrepôt de traces ont été retirés de ce navigateur.
teacher-lrs-empty = Rien à envoyer pour l’instant. Les résultats que vous importez partent automatiquement vers l’entrepôt de traces.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titre
made-field-task = Consigne
made-field-learned = « Ce que les élèves ont appris »
made-field-hint = Indice
made-field-box = Boîte
made-field-card = Carte
made-field-prompt = Situation
made-field-reply = Réponse
made-field-part = Ligne du message
made-field-reason = Explication
made-problem-damaged = Ce n’est pas un niveau créé sur cette page, ou il est abîmé.
made-problem-newer = Ce niveau a été créé avec une version plus récente de cette page. Rechargez la page pour obtenir la nouvelle version.
made-problem-language = Cette page ne connaît pas la langue de ce niveau.
made-problem-missing = { $field } : veuillez remplir ce champ.
made-problem-too-long = { $field } : veuillez raccourcir le texte ({ $max } { $max ->
        [one] caractère
        [many] de caractères
       *[other] caractères
    } au plus).
made-problem-undrawable = { $field } : certains caractères ne peuvent pas s’afficher sur les tablettes : { $chars }. Utilisez des lettres, des chiffres et la ponctuation habituelle (pas d’emoji).
made-problem-hints = Un niveau a besoin de trois indices : un coup de pouce, l’idée, puis une partie de la réponse.
made-problem-count = { $field } : il y en a trop peu ou trop (au plus { $max }).
made-problem-one-right = Marquez exactement une réponse comme la bonne.
made-problem-box-unused = Chaque boîte doit recevoir au moins une carte.
made-problem-flags = Marquez au moins une ligne comme signal d’alerte, et laissez au moins une ligne sans signal d’alerte.
made-problem-board-size = Le plateau doit faire de 2 à { $max } { $max ->
        [one] case
        [many] de cases
       *[other] cases
    } de large et de 1 à { $max } { $max ->
        [one] case
        [many] de cases
       *[other] cases
    } de haut.
made-problem-board-start = Placez exactement une case de départ sur le plateau.
made-problem-board-goal = Placez un drapeau ou au moins une lampe sur le plateau.
made-problem-board = Le plateau enfreint une règle du jeu. Vérifiez les cases et les blocs que vous proposez.
made-problem-tiles = Proposez au moins un bloc.
made-problem-already-solved = Le robot a déjà fini avant de bouger : éloignez le drapeau du départ.
made-problem-slots = Le programme le plus court qui résout ce plateau a { $tiles } { $tiles ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    }. Laissez dans le programme de la place pour au moins { $tiles } { $tiles ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    }.
made-problem-unsolvable = Le robot ne peut pas atteindre le drapeau (et chaque lampe) avec ces blocs. Ouvrez un chemin ou proposez plus de blocs (par exemple des virages ou une boucle).
made-problem-too-large = Ce plateau est trop grand pour être vérifié : aucun programme de moins de { $tiles } { $tiles ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    } ne le résout, et les plus longs sont trop nombreux pour être tous essayés. Réduisez le plateau ou raccourcissez le chemin, ou proposez une boucle.
made-problem-par = Ce niveau n’a pas encore de meilleure solution : vérifiez-le d’abord sur cette page.
made-checked-robot = Le robot y arrive : le meilleur programme a { $par } { $par ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    }. Les élèves obtiennent 3 étoiles avec { $par } { $par ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    } ou moins.
made-checked-answers = Prêt : chaque réponse a une explication.
made-kind-robot_grid = Robot sur le plateau
made-kind-sort = Trier dans deux boîtes
made-kind-pick_reply = Choisir la réponse
made-kind-spot_flags = Repérer les signaux d’alerte
made-copy-title = { $title } (copie)
made-import-done = { $added ->
    [0] Aucun niveau ajouté.
    [one] Un niveau ajouté.
    [many] { $added } de niveaux ajoutés.
   *[other] { $added } niveaux ajoutés.
} { $skipped ->
    [0] {""}
    [one] Un était déjà là.
    [many] { $skipped } étaient déjà là.
   *[other] { $skipped } étaient déjà là.
}
made-import-not-ours = { $file } n’est pas un fichier de niveaux de cette page.
made-import-too-large = { $file } est trop volumineux pour un fichier de niveaux (1 Mo et 100 niveaux au plus).
made-import-bad-level = { $file } : le niveau { $number } (« { $title } ») ne peut pas être utilisé, donc rien n’a été ajouté. { $problem }
made-assign-too-many = Un lien de classe peut contenir au plus { $max } { $max ->
        [one] niveau que vous avez créé
        [many] de niveaux que vous avez créés
       *[other] niveaux que vous avez créés
    }.
made-assign-unknown = Un niveau que vous avez choisi n’est plus dans votre bibliothèque. Choisissez de nouveau les niveaux.
made-qr-too-long = Ce lien est trop long pour un code QR lisible par une tablette ({ $length } { $length ->
        [one] caractère
        [many] de caractères
       *[other] caractères
    } ; un code en contient { $max } au plus). Partagez le lien lui-même, ou téléchargez le fichier et ouvrez-le sur chaque tablette dans « Adultes » → « Importer des joueurs depuis un fichier ».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Créer vos propres niveaux
made-page-intro = Écrivez un niveau avec vos propres mots et vérifiez qu’il fonctionne. Vos niveaux sont conservés dans ce navigateur, sous « Mes niveaux », et vous pouvez les donner à une classe comme les niveaux du jeu.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Un nouveau niveau
made-page-editing = Modification de « { $title } »
made-page-editing-hint = En enregistrant, vous remplacez l’ancienne version dans vos niveaux.
made-page-start-new = Commencer un nouveau niveau
made-page-kind = Type de niveau
made-page-band = Tranche d’âge
made-page-title = Titre
made-page-task = Consigne : ce que les élèves doivent faire
made-page-learned = Ce que les élèves ont appris (affiché à la fin)
made-page-hints = Trois indices
made-page-hint-1 = Indice 1 : un coup de pouce
made-page-hint-2 = Indice 2 : l’idée
made-page-hint-3 = Indice 3 : une partie de la réponse, pas toute la réponse

# The robot grid.
made-page-width = Largeur (cases)
made-page-height = Hauteur (lignes)
made-page-paint = Peindre avec
made-page-board = Plateau
made-page-board-hint = Touchez une case pour la peindre. Il y a un seul départ et un seul drapeau : en peindre un autre le déplace. Au clavier, les touches fléchées permettent de passer d’une case à l’autre.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Ligne { $row }, case { $column } : { $what }
made-page-square-wall = mur
made-page-square-floor = sol
made-page-square-start = départ
made-page-square-flag = drapeau
made-page-square-lamp = lampe
made-page-square-red = sol rouge
made-page-square-blue = sol bleu
made-page-square-green = sol vert
made-page-facing = Au départ, le robot est tourné vers
made-page-facing-north = le nord (le haut)
made-page-facing-east = l’est (la droite)
made-page-facing-south = le sud (le bas)
made-page-facing-west = l’ouest (la gauche)
made-page-tiles = Blocs que les élèves peuvent utiliser
made-page-conditions = Questions que les blocs « Si » et « Répéter tant que » peuvent poser
made-page-conditions-hint = Cochez-en au moins une.
made-page-slots-main = Blocs dans le programme principal (1 à 16)
made-page-slots-p1 = Blocs dans « Assistant 1 » (1 à 10)

# Sort into two boxes.
made-page-box-left = Boîte de gauche (une coche)
made-page-box-right = Boîte de droite (une croix)
made-page-cards = Cartes (2 à { $max })
made-page-card = Carte { $number }
made-page-card-box = Boîte de la carte { $number }
made-page-reason-card = Pourquoi la carte { $number } va dans cette boîte
made-page-add-card = Ajouter une carte
made-page-remove-card = Retirer la carte { $number }

# Pick the reply.
made-page-prompt = La situation, par exemple un message que reçoivent les élèves
made-page-replies = Réponses (2 à 4, dont une seule bonne)
made-page-reply = Réponse { $number }
made-page-right = La réponse { $number } est la bonne
made-page-reason-reply = Pourquoi la réponse { $number } est bonne ou mauvaise
made-page-add-reply = Ajouter une réponse
made-page-remove-reply = Retirer la réponse { $number }

# Spot the red flags.
made-page-screen = Ce que voient les élèves
made-page-screen-message = Un message de discussion
made-page-screen-email = Un e-mail
made-page-screen-web = Une page web
made-page-parts = Lignes, de haut en bas (2 à { $max } : certaines sont des signaux d’alerte, d’autres non)
made-page-part = Ligne { $number }
made-page-flag = La ligne { $number } est un signal d’alerte
made-page-reason-part = Pourquoi la ligne { $number } est sans danger ou est un signal d’alerte
made-page-add-part = Ajouter une ligne
made-page-remove-part = Retirer la ligne { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Retirer
made-page-check = Vérifier le niveau
made-page-save = Enregistrer dans mes niveaux
made-page-checking = Vérification du niveau. Cela peut prendre quelques secondes…
# After saving; a made-checked-… message follows it.
made-page-saved = « { $title } » est enregistré dans vos niveaux.
made-page-copied = Une copie se trouve dans le formulaire ci-dessus. Modifiez-la, puis enregistrez-la.

# My levels.
made-page-library = Mes niveaux
made-page-library-empty = Pas encore de niveau. Les niveaux que vous enregistrez apparaissent ici.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = meilleur : { $par } { $par ->
        [one] bloc
        [many] de blocs
       *[other] blocs
    }
made-page-edit = Modifier
made-page-edit-level = Modifier { $title }
made-page-copy = Copier
made-page-copy-level = Copier { $title }
made-page-remove-level = Retirer { $title }
made-page-remove-confirm = Retirer « { $title } » de vos niveaux ? Les liens déjà créés le conservent.
made-page-remove-yes = Oui, retirer
made-page-removed = « { $title } » a été retiré de vos niveaux.
made-page-download = Télécharger mes niveaux
made-page-import = Ajouter des niveaux depuis un fichier
made-page-import-file = Fichier de niveaux
made-page-import-unreadable = { $file } n’a pas pu être lu.

# In "Give levels to a class".
made-page-assign = Niveaux que vous avez créés
made-page-assign-none = Les niveaux que vous enregistrez sous « Créer vos propres niveaux » apparaissent ici.
made-page-assign-max = Au plus { $max } dans un lien. Un lien qui contient des niveaux que vous avez créés est toujours signé.
made-page-assignment-file = Télécharger le fichier pour les tablettes
