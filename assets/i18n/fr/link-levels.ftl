# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Les mots d’un lien
level-addr-link-words-instruction = Les mots d’un lien peuvent dire n’importe quoi. Vérifie où chaque lien mène vraiment. Est-ce Comet Games ?
level-addr-link-words-learned = Les mots d’un lien peuvent dire n’importe quoi. Appuie longtemps sur un lien pour voir où il mène vraiment. Un doute ? Ne touche pas : ouvre le site toi-même ou demande à un adulte.
level-addr-link-words-hint-1 = Ne fais pas confiance aux mots du lien. Regarde l’adresse en dessous.
level-addr-link-words-hint-2 = Trouve le site dans cette adresse : la fin juste avant le premier / seul, puis le nom juste avant.
level-addr-link-words-hint-3 = Les mots du deuxième lien disent cometgames, mais son adresse mène à free-coins.example.

addr-link-words-news-shown = Le lien dit : cometgames.example/news
addr-link-words-www-shown = Le lien dit : www.cometgames.example
addr-link-words-www-note = Des pièces gratuites dans un lien, c’est un piège. Ouvre le jeu lui-même pour voir les vrais prix.
addr-link-words-login-shown = Le lien dit : Connecte-toi à Comet Games
addr-link-words-login-note = Ne tape jamais un mot de passe après avoir touché un lien. Ouvre le jeu ou son site toi-même.
addr-link-words-help-shown = Le lien dit : Aide pour les adultes

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Où mène le code QR ?
level-addr-qr-parking-instruction = Tu aides un adulte à payer le parking. Ta caméra montre où mène chaque code. Est-ce Parkwise ?
level-addr-qr-parking-learned = Un code QR est un lien caché. Vérifie l’adresse que montre ta caméra avant de l’ouvrir. Un autocollant sur un code est un signal d’alerte. Paie seulement avec un adulte.
level-addr-qr-parking-hint-1 = Tu ne peux pas lire un code QR. Que montre la caméra ?
level-addr-qr-parking-hint-2 = Lis l’adresse comme un lien : la fin juste avant le premier / seul, puis le nom juste avant.
level-addr-qr-parking-hint-3 = Le code de l’autocollant mène à parkwise-pay.example. Ce n’est pas parkwise.example.

addr-qr-parking-machine-shown = Code imprimé sur l’horodateur
addr-qr-parking-sticker-shown = Un autocollant collé sur le code de l’horodateur
addr-qr-parking-sticker-note = Un autocollant sur un code est un signal d’alerte. Paie plutôt à l’horodateur ou dans la vraie appli.
addr-qr-parking-fine-shown = Un mot sur la voiture : « Amende ! Scanne et paie tout de suite »
addr-qr-parking-fine-note = Te presser de payer, c’est un piège. Montre-le à un adulte. Il peut vérifier dans la vraie appli.
addr-qr-parking-sign-shown = Code sur le grand panneau du parking
