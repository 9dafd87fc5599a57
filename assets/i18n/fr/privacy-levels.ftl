# The "Share Safe" world, levels 2 and up. Item texts stay short (about 60 characters at
# most). People, places and games are made up; street and school names are French ones.

## Level 2: a game profile’s settings (screen: profile)

level-privacy-profile-title = Le profil de Léna
level-privacy-profile-instruction = Voici le profil de jeu de Léna. Touche chaque réglage qui partage trop pour le corriger.
level-privacy-profile-learned = Garde ton profil pour tes amis seulement. Utilise un nom de jeu inventé et une image de dessin animé, et garde ta position et ton numéro privés.
level-privacy-profile-hint-1 = Lis chaque ligne. Un inconnu pourrait-il s’en servir pour trouver Léna ?
level-privacy-profile-hint-2 = Un nom de jeu inventé et une image de dessin animé, c’est sûr. Les vrais noms, les lieux et les numéros, non.
level-privacy-profile-hint-3 = Regarde qui peut voir le profil, et le numéro de téléphone.

privacy-profile-visibility = Qui peut voir mon profil : Tout le monde
privacy-profile-visibility-reason = Tout le monde, ça veut dire aussi les inconnus. Mets « Amis seulement ».
privacy-profile-visibility-fixed = Qui peut voir mon profil : Amis seulement
privacy-profile-name = Nom affiché : Léna Martin (nom complet)
privacy-profile-name-reason = Un nom complet aide des inconnus à trouver Léna. Un nom de jeu inventé suffit.
privacy-profile-name-fixed = Nom affiché : StarFox22 (nom de jeu)
privacy-profile-game-name = Nom de jeu : StarFox22
privacy-profile-game-name-reason = Un nom de jeu inventé ne dit à personne qui est vraiment Léna. Bon choix !
privacy-profile-avatar = Avatar : un renard de dessin animé
privacy-profile-avatar-reason = Une image de dessin animé ne montre pas le visage de Léna. C’est sûr.
privacy-profile-location = Partager ma position : Oui
privacy-profile-location-reason = Ça montre aux gens où est Léna en ce moment. Laisse-le désactivé.
privacy-profile-location-fixed = Partager ma position : Non
privacy-profile-game = Jeu préféré : Block Builders
privacy-profile-game-reason = Plein d’enfants aiment ce jeu. Ça ne dit à personne où est Léna.
privacy-profile-phone = Numéro de téléphone : visible par tous
privacy-profile-phone-reason = Des inconnus pourraient appeler Léna ou lui écrire. Garde ton numéro de téléphone privé.
privacy-profile-phone-fixed = Numéro de téléphone : caché

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Une photo ensoleillée
level-privacy-photo-instruction = Touche chaque indice de cette publication qui montre où tu habites ou où tu vas à l’école.
level-privacy-photo-learned = Avant de publier une photo, cherche les panneaux de rue, les numéros de maison, les logos d’école et les étiquettes de lieu.
level-privacy-photo-hint-1 = Regarde aussi l’arrière-plan, pas seulement toi et le chien.
level-privacy-photo-hint-2 = Les noms de rue, les numéros de maison et les logos d’école montrent aux inconnus où te trouver.
level-privacy-photo-hint-3 = Le panneau de rue derrière toi est un indice. Il y en a trois autres.

privacy-photo-photo = Photo : moi et mon chien dans le jardin
privacy-photo-photo-reason = Une photo de toi et de ton animal peut se partager avec des amis. Vérifie juste ce qu’il y a d’autre dessus.
privacy-photo-sign = Derrière nous : un panneau « Rue des Érables »
privacy-photo-sign-reason = Le panneau dit à tout le monde dans quelle rue tu habites. Prends la photo là où il n’y a pas de panneau.
privacy-photo-door = Sur la porte : le numéro 12
privacy-photo-door-reason = Avec le nom de la rue, le numéro montre ta maison exacte. Laisse-le hors de la photo.
privacy-photo-shirt = Mon t-shirt avec le logo de l’école de la Chênaie
privacy-photo-shirt-reason = Le logo montre à quelle école tu vas. Des inconnus sauraient où tu es chaque jour.
privacy-photo-caption = Légende : Samedi ensoleillé avec Rex !
privacy-photo-caption-reason = Le nom de ton chien, tu peux le partager. Mais ne l’utilise jamais comme mot de passe.
privacy-photo-location = Étiquette de lieu : 12 rue des Érables
privacy-photo-location-reason = L’étiquette donne ton adresse complète à tout le monde. Désactive les étiquettes de lieu.
privacy-photo-comment = Commentaire de Ben : Trop mignon, ce chien !
privacy-photo-comment-reason = Un gentil commentaire d’un ami, c’est sans danger. Il ne dévoile rien.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Qui veut savoir ?
level-privacy-stranger-asks-instruction = Choisis chaque fois la meilleure réponse.
level-privacy-stranger-asks-learned = Tu peux toujours dire non. Garde pour toi ton école, ta rue et les numéros de tes amis. Si quelqu’un insiste, parles-en à un adulte.
level-privacy-stranger-asks-hint-1 = Réfléchis : qui verra ma réponse, et que pourrait-il en faire ?
level-privacy-stranger-asks-hint-2 = Tes infos, et les numéros de tes amis, c’est à toi de les garder. Tu peux toujours dire non.
level-privacy-stranger-asks-hint-3 = Un jeu marche quand même quand tu refuses l’accès à tes contacts.

privacy-stranger-asks-school = SkyRider9, un ami en ligne que tu n’as jamais vu, demande : « Tu vas dans quelle école ? »
privacy-stranger-asks-school-tell = Lui dire, puis dire à un adulte que je l’ai fait.
privacy-stranger-asks-school-tell-reason = Le dire à un adulte, c’est bien, mais maintenant SkyRider9 connaît ton école. Ne la donne pas du tout.
privacy-stranger-asks-school-town = Lui dire juste ma ville à la place.
privacy-stranger-asks-school-town-reason = Ta ville est quand même un indice sur l’endroit où tu es. Garde-la privée aussi.
privacy-stranger-asks-school-say-no = Dire non, et en parler à un adulte.
privacy-stranger-asks-school-say-no-reason = Bien joué ! Tu peux dire non gentiment. Un adulte peut t’aider si SkyRider9 insiste.
privacy-stranger-asks-contacts = Pendant que tu joues, un jeu demande : « Autoriser Block Builders à accéder à tes contacts ? »
privacy-stranger-asks-contacts-allow = Toucher « Autoriser » pour trouver vite des amis.
privacy-stranger-asks-contacts-allow-reason = Tes contacts, ce sont les numéros d’autres personnes. Le jeu les aurait sans leur demander.
privacy-stranger-asks-contacts-not-now = Toucher « Ne pas autoriser ». Le jeu marche.
privacy-stranger-asks-contacts-not-now-reason = Bravo ! Les numéros de tes contacts ne sont pas à toi de les donner. Tu peux plutôt ajouter des amis par leur nom de jeu.
privacy-stranger-asks-contacts-allow-then-delete = Autoriser, puis plus tard supprimer tout le jeu.
privacy-stranger-asks-contacts-allow-then-delete-reason = Une fois que le jeu a les numéros, supprimer le jeu ne les reprend pas.
privacy-stranger-asks-quiz = Un quiz rigolo dit : « Ton nom de super-héros = ta rue + ton école ! »
privacy-stranger-asks-quiz-skip = Passer, ou jouer avec des mots inventés.
privacy-stranger-asks-quiz-skip-reason = Bien vu ! Ta rue et ton école montrent où te trouver. Les mots inventés sont tout aussi drôles.
privacy-stranger-asks-quiz-post = Poster ton vrai nom de super-héros en commentaire.
privacy-stranger-asks-quiz-post-reason = Maintenant, tout le monde connaît ta rue et ton école. Ensemble, elles montrent où te trouver.
privacy-stranger-asks-quiz-send-friend = L’envoyer seulement à un ami dans un message.
privacy-stranger-asks-quiz-send-friend-reason = Les messages peuvent être transférés. Garde tes vraies réponses pour toi.

## Level 5: before you post a photo (sort)

level-privacy-before-posting-title = On publie ?
level-privacy-before-posting-instruction = Tu veux publier une photo. Est-ce une bonne étape avant de publier, ou mieux vaut pas ?
level-privacy-before-posting-learned = Avant de publier, cherche les indices sur la photo, demande aux personnes dessus et choisis « Amis seulement ». Laisse les étiquettes de lieu désactivées.
level-privacy-before-posting-hint-1 = Réfléchis : une fois publiée, qui pourrait voir la photo, et qu’apprendrait-il ?
level-privacy-before-posting-hint-2 = Les bonnes étapes tiennent à l’écart les indices et les inconnus, et demandent aux personnes sur la photo. Les étapes risquées diffusent la photo ou l’endroit où tu es.
level-privacy-before-posting-hint-3 = Une étiquette de lieu, c’est à laisser de côté.

privacy-bin-do = À faire
privacy-bin-dont = Mieux vaut pas

privacy-before-posting-clues = Chercher sur la photo les panneaux et numéros de maison.
privacy-before-posting-clues-reason = Bien ! Coupe-les ou choisis une autre photo, pour que personne ne sache où tu habites.
privacy-before-posting-location = Ajouter une étiquette de lieu : tes amis te trouvent.
privacy-before-posting-location-reason = Une étiquette de lieu montre à tout le monde où tu es. Laisse-la désactivée.
privacy-before-posting-ask = Demander à chaque personne sur la photo si c’est OK.
privacy-before-posting-ask-reason = C’est aussi leur photo. Publie-la seulement si elles disent oui.
privacy-before-posting-everyone = La publier pour tout le monde, pour avoir plus de likes.
privacy-before-posting-everyone-reason = Tout le monde, ça veut dire aussi les inconnus. Les likes ne valent pas ça.
privacy-before-posting-audience = Choisir qui peut la voir : amis seulement.
privacy-before-posting-audience-reason = Bien ! « Amis seulement » tient les inconnus à l’écart.
privacy-before-posting-surprise = Publier la photo rigolote d’un ami pour le surprendre.
privacy-before-posting-surprise-reason = Demande d’abord. Ton ami ne veut peut-être pas que cette photo soit en ligne.
