# The "Password Peak" world. Item texts stay short (about 60 characters at most). People,
# names and teams are made up. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five or more. pw-build-strong: short everyday nouns, four letters or so.

world-password-peak = Pic des mots de passe

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Qui peut le connaître ?
level-pw-who-to-tell-instruction = Lis ce qui se passe. Choisis chaque fois la meilleure réponse.
level-pw-who-to-tell-learned = Ton mot de passe est juste pour toi. Un adulte de confiance qui s’occupe de toi peut t’aider avec.
level-pw-who-to-tell-hint-1 = Demande-toi : cette personne a-t-elle vraiment besoin de mon mot de passe ?
level-pw-who-to-tell-hint-2 = Les amis et les modérateurs du jeu n’en ont jamais besoin. Un parent ou l’adulte qui s’occupe de toi peut t’aider à le garder en sécurité.
level-pw-who-to-tell-hint-3 = Dans la discussion du jeu, ne réponds pas. Signale-le.

pw-who-to-tell-friend-prompt = Ta meilleure amie Zoé demande : « C’est quoi ton mot de passe du jeu ? Je veux essayer ton nouveau niveau. »
pw-who-to-tell-friend-tell = Je le lui dis. C’est ma meilleure amie.
pw-who-to-tell-friend-tell-reason = Même une meilleure amie peut le répéter par erreur. Et les amis se fâchent parfois.
pw-who-to-tell-friend-say-no = Dire : « Pardon, c’est juste pour moi. »
pw-who-to-tell-friend-say-no-reason = Bien joué ! Vous pouvez quand même jouer ensemble. Une vraie amie comprend.
pw-who-to-tell-friend-swap = Échanger nos mots de passe, pour que ce soit juste.
pw-who-to-tell-friend-swap-reason = Alors deux mots de passe circulent au lieu d’un. Échanger ne rend rien plus sûr.

pw-who-to-tell-moderator-prompt = Dans la discussion d’un jeu, « Mod_Max » écrit : « Je suis modérateur. Envoie-moi ton mot de passe ou ton compte sera fermé ! »
pw-who-to-tell-moderator-send = L’envoyer vite, puis dire à un adulte ce que j’ai fait.
pw-who-to-tell-moderator-send-reason = Le dire à un adulte, c’est bien, mais ne l’envoie jamais. Les vrais modérateurs ne demandent jamais ton mot de passe.
pw-who-to-tell-moderator-proof = Lui demander de prouver qu’il est modérateur.
pw-who-to-tell-moderator-proof-reason = Les arnaqueurs peuvent tout imiter. Personne du jeu n’a besoin de ton mot de passe : ne l’envoie pas.
pw-who-to-tell-moderator-report = Ne pas répondre. Signaler, prévenir un adulte.
pw-who-to-tell-moderator-report-reason = Bravo ! Les modérateurs du jeu n’ont jamais besoin de ton mot de passe. Signaler aide à arrêter l’arnaqueur.

pw-who-to-tell-parent-prompt = Un parent ou l’adulte qui s’occupe de toi t’aide à régler ta nouvelle tablette. Il te demande quel mot de passe tu as choisi.
pw-who-to-tell-parent-tell-mum = Je le lui dis. Il s’occupe de moi.
pw-who-to-tell-parent-tell-mum-reason = Oui ! Un adulte de confiance qui s’occupe de toi, comme un parent, peut le connaître et t’aider à le protéger.
pw-who-to-tell-parent-nobody = Ne le dire à personne, même pas à lui.
pw-who-to-tell-parent-nobody-reason = Garde-le loin des amis et des inconnus. Mais un parent ou un adulte qui s’occupe de toi peut t’aider.
pw-who-to-tell-parent-class-chat = Le poster dans la discussion de classe, pour le retenir.
pw-who-to-tell-parent-class-chat-reason = Tout le monde dans la discussion pourrait le lire. Demande à un adulte de confiance de t’aider à t’en souvenir en sécurité.

## Level 2: weakest to strongest (order_steps)

level-pw-rank-title = Faible ou solide ?
level-pw-rank-instruction = Range les mots de passe. Commence par le plus faible, finis par le plus solide.
level-pw-rank-learned = Plusieurs mots au hasard font un long mot de passe. C’est bien plus solide qu’un seul mot avec un chiffre.
level-pw-rank-hint-1 = Quel mot de passe quelqu’un qui devine essaierait-il en premier ?
level-pw-rank-hint-2 = Ceux qui devinent essaient d’abord les mots de passe et les mots courants. Les longs mots de passe faits de mots au hasard viennent en dernier.
level-pw-rank-hint-3 = 123456 est le plus faible : c’est l’un des mots de passe les plus utilisés.

pw-rank-digits = 123456
pw-rank-digits-reason = Celui-ci vient en premier : c’est le plus faible. C’est l’un des mots de passe les plus utilisés au monde, donc il est deviné tout de suite.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Celui-ci est deuxième : un seul mot courant (« soleil » en anglais). Ceux qui devinent essaient très tôt de longues listes de mots comme celui-ci.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Celui-ci est au milieu. Une majuscule au début et un 1 à la fin sont des astuces que ceux qui devinent connaissent bien.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Celui-ci est quatrième. Deux mots qui ne vont pas ensemble sont plus durs à deviner, mais deux, c’est encore court.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Celui-ci vient en dernier : c’est le plus solide. Quatre mots au hasard font un long mot de passe facile à retenir.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Ton premier mot de passe en mots
level-pw-build-first-instruction = Touche des mots pour construire un mot de passe solide d’au moins 3 mots.
level-pw-build-first-learned = Trois mots au hasard font un mot de passe long et solide. Laisse de côté ce que les autres savent sur toi.
level-pw-build-first-hint-1 = Est-ce qu’un des mots dit quelque chose sur toi ?
level-pw-build-first-hint-2 = Choisis des mots au hasard qui n’ont rien à voir avec toi. Fais-le long : 15 lettres ou plus.
level-pw-build-first-hint-3 = Rex est le nom de ton chien : laisse-le de côté.

pw-build-first-word-1 = sel
pw-build-first-word-2 = bus
pw-build-first-word-3 = fusée
pw-build-first-word-4 = coussin
pw-build-first-word-5 = citron
pw-build-first-word-6 = riz
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex est le nom de ton chien. Tes amis le connaissent, tout comme ceux qui voient les photos de ton chien.
pw-build-first-year = 2016
pw-build-first-year-reason = C’est ton année de naissance. Beaucoup de gens la connaissent, et ceux qui devinent essaient d’abord les années.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Bonnes habitudes
level-pw-habits-instruction = Bonne habitude ou risqué ? Trie chaque carte.
level-pw-habits-learned = Utilise un mot de passe différent pour chaque jeu, garde-le secret et déconnecte-toi sur les tablettes partagées.
level-pw-habits-hint-1 = Imagine que quelqu’un d’autre trouve ta tablette. Que pourrait-il faire ?
level-pw-habits-hint-2 = Les bonnes habitudes gardent ton mot de passe secret et ton compte fermé aux autres.
level-pw-habits-hint-3 = Se déconnecter sur une tablette partagée est une bonne habitude.

pw-habits-bin-good = Bonne habitude
pw-habits-bin-risky = Risqué

pw-habits-one-per-game = Un mot de passe différent pour chaque jeu
pw-habits-one-per-game-reason = Si quelqu’un découvre un mot de passe, tes autres jeux restent en sécurité.
pw-habits-sticky-note = Ton mot de passe sur un papier collé à la tablette
pw-habits-sticky-note-reason = Toute personne qui prend la tablette peut le lire. Demande à un adulte où le garder en sécurité.
pw-habits-log-out = Se déconnecter sur une tablette partagée
pw-habits-log-out-reason = Alors la personne suivante ne peut pas jouer à ta place. Déconnecte-toi toujours quand tu partages.
pw-habits-name-birthday = Ton nom et ta date d’anniversaire comme mot de passe
pw-habits-name-birthday-reason = Beaucoup de gens connaissent ton nom et ton anniversaire. Ceux qui devinent les essaient d’abord.
pw-habits-best-friend = Dire ton mot de passe à ton meilleur ami
pw-habits-best-friend-reason = Les amis peuvent le répéter par erreur. Garde ton mot de passe pour toi.
pw-habits-ask-adult = Demander à un adulte quand tu as un doute
pw-habits-ask-adult-reason = Un adulte de confiance peut t’aider. Demander, c’est toujours une bonne idée.

## Level 5: a very strong passphrase (build_password, target: very strong)

level-pw-build-strong-title = Très solide !
level-pw-build-strong-instruction = Construis un mot de passe très solide avec au moins 4 mots.
level-pw-build-strong-learned = Quatre mots au hasard font un mot de passe très solide. Les surnoms, les écoles et les équipes sont faciles à deviner.
level-pw-build-strong-hint-1 = Certains mots ressemblent à des mots ordinaires, mais ils parlent de toi. Lesquels ?
level-pw-build-strong-hint-2 = Ton surnom, ton école et ton équipe sont faciles à découvrir.
level-pw-build-strong-hint-3 = Zippy est ton surnom : laisse-le de côté.

pw-build-strong-word-1 = lune
pw-build-strong-word-2 = sapin
pw-build-strong-word-3 = neige
pw-build-strong-word-4 = clef
pw-build-strong-word-5 = vase
pw-build-strong-word-6 = loup
pw-build-strong-word-7 = tuba
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy est ton surnom. Tes amis et toute ta classe le connaissent.
pw-build-strong-school = Chênaie
pw-build-strong-school-reason = Chênaie, c’est ton école. Beaucoup de gens savent où tu vas à l’école.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Tout le monde sait que tu adores les Rovers. Quelqu’un qui devine essaierait vite ton équipe.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = Le code est juste pour toi
level-pw-two-step-instruction = Lis ce qui se passe. Choisis chaque fois la meilleure réponse.
level-pw-two-step-learned = La validation en deux étapes demande un code en plus de ton mot de passe. Ne partage jamais le code, même si quelqu’un le demande.
level-pw-two-step-hint-1 = Pour qui est le code : pour toi, ou pour n’importe qui qui le demande ?
level-pw-two-step-hint-2 = Le code est une deuxième clé. Il ne sert qu’à toi, et personne d’autre n’en a jamais besoin.
level-pw-two-step-hint-3 = Quand un ami te demande ton code, garde-le pour toi.

pw-two-step-what-prompt = Ton jeu demande : « Activer la validation en deux étapes ? » À quoi ça sert ?
pw-two-step-what-longer = Ça rend ton mot de passe deux fois plus long.
pw-two-step-what-longer-reason = Ton mot de passe reste le même. Ça ajoute une deuxième étape : un code.
pw-two-step-what-code = Ça te demande aussi un code.
pw-two-step-what-code-reason = Bravo ! Même quelqu’un qui connaît ton mot de passe ne peut pas se connecter sans le code. Demande à un adulte de t’aider à l’activer.
pw-two-step-what-friends = Tes amis peuvent se connecter pour toi.
pw-two-step-what-friends-reason = Non. Ça garantit que personne d’autre que toi ne peut se connecter.

pw-two-step-friend-prompt = Ton ami Sam écrit : « J’ai envoyé mon code de connexion sur ta tablette par erreur. Tu peux me l’envoyer ? »
pw-two-step-friend-send = L’envoyer. Sam est mon ami.
pw-two-step-friend-send-reason = C’est un piège connu. Quelqu’un utilise peut-être le compte de Sam. Avec le code, il peut prendre le tien.
pw-two-step-friend-adult-sends = Demander à un adulte à la maison de l’envoyer.
pw-two-step-friend-adult-sends-reason = Le dire à un adulte, c’est bien, mais personne ne doit envoyer le code. Même pas un adulte.
pw-two-step-friend-keep = Le garder. Le dire à un adulte de confiance.
pw-two-step-friend-keep-reason = Bravo ! Ne partage jamais un code. Parle à Sam en vrai pour vérifier que c’est bien Sam.

pw-two-step-unasked-prompt = Un code de connexion s’affiche sur ta tablette, mais tu n’as pas essayé de te connecter.
pw-two-step-unasked-tell = Ne le donner à personne, et en parler à un adulte.
pw-two-step-unasked-tell-reason = Bravo ! Quelqu’un essaie peut-être ton mot de passe. Un adulte peut t’aider à le changer.
pw-two-step-unasked-class-chat = Le poster dans la discussion de classe.
pw-two-step-unasked-class-chat-reason = Alors tout le monde dans la discussion pourrait l’utiliser. Le code est juste pour toi. Parles-en plutôt à un adulte.
pw-two-step-unasked-reply = Répondre et demander qui l’a envoyé.
pw-two-step-unasked-reply-reason = Ne réponds pas. Le code est arrivé parce que quelqu’un a essayé de se connecter à ta place. Parles-en à un adulte.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Un coffre à mots de passe
level-pw-manager-instruction = Voici le gestionnaire de mots de passe de Mia. Il retient ses mots de passe. Touche chaque réglage qui n’est pas sûr pour le corriger.
level-pw-manager-learned = Un gestionnaire de mots de passe retient tes mots de passe. Un seul mot de passe solide, fait de mots, protège tous les autres. Installe-le avec un adulte de confiance.
level-pw-manager-hint-1 = Quel réglage aiderait quelqu’un à ouvrir les mots de passe de Mia ?
level-pw-manager-hint-2 = Le mot de passe principal protège tous les autres : il doit être le plus solide.
level-pw-manager-hint-3 = Commence par le mot de passe principal.

pw-manager-set-up = Installé avec : un adulte de confiance
pw-manager-set-up-reason = Bien ! Un adulte de confiance peut t’aider à l’installer et à le garder en sécurité.
pw-manager-main-password = Mot de passe principal : 1234
pw-manager-main-password-reason = Ce seul mot de passe ouvre tous les autres. Fais-le long et solide : trois mots au hasard.
pw-manager-main-password-fixed = Mot de passe principal : trois mots au hasard
pw-manager-one-each = Enregistre : un mot de passe différent par jeu
pw-manager-one-each-reason = Bien ! Il les retient, donc chaque jeu peut avoir son propre mot de passe.
pw-manager-make-new = Créer des mots de passe solides pour moi : Non
pw-manager-make-new-reason = Il peut créer de longs mots de passe au hasard et les retenir pour toi. Active-le.
pw-manager-make-new-fixed = Créer des mots de passe solides pour moi : Oui
pw-manager-lock = Verrouiller l’appli quand je la ferme : Non
pw-manager-lock-reason = Alors toute personne qui prend la tablette pourrait voir tous les mots de passe de Mia.
pw-manager-lock-fixed = Verrouiller l’appli quand je la ferme : Oui
pw-manager-device = Enregistré sur : ma propre tablette à la maison
pw-manager-device-reason = Enregistrer des mots de passe sur ta propre tablette, c’est bien. Ne les enregistre jamais sur un ordinateur de bibliothèque.
