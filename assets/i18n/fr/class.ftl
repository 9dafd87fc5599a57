# Messages the teacher page’s Rust side gives. The page’s own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Naviguer, rechercher et filtrer des données, des informations et des contenus numériques
digcomp-1-2 = Évaluer des données, des informations et des contenus numériques
digcomp-1-3 = Gérer des données, des informations et des contenus numériques
digcomp-2-5 = Nétiquette
digcomp-2-6 = Gérer son identité numérique
digcomp-3-4 = Programmation
digcomp-4-1 = Protéger les appareils
digcomp-4-2 = Protéger les données personnelles et la vie privée
digcomp-4-3 = Protéger la santé et le bien-être
digcomp-5-1 = Résoudre des problèmes techniques

## DigComp 3.0 competences
digcomp3-1-1 = Naviguer, rechercher et filtrer des informations
digcomp3-1-2 = Évaluer des informations
digcomp3-1-3 = Gérer des informations
digcomp3-2-1 = Interagir par et avec les technologies numériques
digcomp3-2-2 = Partager par les technologies numériques
digcomp3-2-3 = S’engager dans la citoyenneté par les technologies numériques
digcomp3-2-4 = Collaborer par les technologies numériques
digcomp3-2-5 = Comportement numérique
digcomp3-2-6 = Gérer son identité numérique
digcomp3-3-1 = Développer des contenus numériques
digcomp3-3-2 = Intégrer et réélaborer des contenus numériques
digcomp3-3-3 = Droits d’auteur et licences
digcomp3-3-4 = Pensée informatique et programmation
digcomp3-4-1 = Protéger les appareils
digcomp3-4-2 = Protéger les données personnelles et la vie privée
digcomp3-4-3 = Favoriser le bien-être
digcomp3-4-4 = Impacts environnementaux des technologies numériques
digcomp3-5-1 = Identifier et résoudre des problèmes techniques
digcomp3-5-2 = Identifier des besoins et des réponses technologiques numériques
digcomp3-5-3 = Trouver des solutions créatives grâce aux technologies numériques
digcomp3-5-4 = Identifier les besoins de compétences numériques et y répondre

## Stored class data
class-load-damaged = Les données de classe enregistrées dans ce navigateur n’ont pas pu être lues. Elles ont été mises de côté, et la page démarre vide.
class-load-newer = Les données de classe de ce navigateur ont été enregistrées par une version plus récente de Byte Bridge. Cette page les laisse telles quelles et démarre vide : rien de ce que vous faites ici maintenant n’est gardé. Ouvrez la page enseignant plus récente pour voir votre classe.

## Making an assignment
class-assign-failed = La mission n’a pas pu être créée. Réessayez.
class-assign-no-levels = Choisissez au moins un niveau.
class-assign-no-random = Ce navigateur ne peut pas créer de clé de classe sûre : aucun lien n’a été créé. Ouvrez cette page dans un navigateur à jour.
class-assign-too-many = Choisissez au plus { $max } { $max ->
        [one] niveau
        [many] de niveaux
       *[other] niveaux
    } pour un lien.
class-assign-no-name = Donnez un nom à la classe, par exemple « CM1 B ».

## Bringing in files and codes
class-imported = { $nickname } : { $count ->
    [0] rien de nouveau (déjà là).
    [one] { $count } nouvel essai.
    [many] { $count } de nouveaux essais.
   *[other] { $count } nouveaux essais.
}
class-imported-altered = { $nickname } : ce fichier a été modifié après que le jeu l’a écrit, ou ne porte pas la signature de sa classe. Rien n’en a été compté.
class-import-too-large = { $file } est trop gros pour un fichier d’élève : il n’a pas été lu.
class-import-not-ours = { $file } n’est pas un fichier de Byte Bridge.
class-import-players-file = { $file } est un fichier de joueurs, pour déplacer des joueurs entre tablettes. Sur la tablette de l’élève, utilisez plutôt « Envoyer à mon enseignant ».
class-import-truncated = { $file } est incomplet. Demandez à l’élève de l’enregistrer de nouveau.
class-import-newer = { $file } a été créé par une version plus récente de Byte Bridge. Ouvrez la page enseignant plus récente pour le lire.
class-import-damaged = { $file } est abîmé et n’a pas pu être lu. Demandez à l’élève de l’enregistrer de nouveau.
class-import-over-limits = { $file } contient plus que ce que Byte Bridge garde pour un élève (programmes trop longs, trop d’essais, de niveaux ou de réponses), seul ou avec ce que cette page a déjà pour cet élève. Il a sans doute été fait à la main. Rien n’en a été importé.
class-code-not-ours = Ce code QR ne vient pas de Byte Bridge.
class-code-newer = Ce code QR vient d’une version plus récente de Byte Bridge.
class-code-damaged = Ce code QR n’a pas pu être lu en entier. Réessayez, un peu plus près.
class-no-such-pupil = Cet élève n’est plus dans les données de la classe.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Mauvaises réponses en chemin
class-outcome-hit-wall = Le robot a heurté un mur
class-outcome-left-board = Le robot sortirait du plateau
class-outcome-no-lamp = A essayé d’allumer là où il n’y a pas de lampe
class-outcome-out-of-commands = Le programme s’est arrêté trop tôt
class-outcome-step-budget = Le programme a tourné en rond
class-outcome-too-many-calls = Les assistants se sont trop appelés entre eux
class-outcome-finished = Terminé
class-outcome-other = Pas terminé

## CSV column headings
class-csv-pupil-id = Id de l’élève
class-csv-nickname = Nom de jeu
class-csv-note = Vrai nom (note de l’enseignant)
class-csv-classes = Classe
class-csv-level-id = Id du niveau
class-csv-level = Niveau
class-csv-stars = Étoiles
class-csv-attempts = Essais
class-csv-seconds = Temps (secondes)
class-csv-hints = Indices
class-csv-finished = Terminé
class-csv-yes = oui
class-csv-no = non
