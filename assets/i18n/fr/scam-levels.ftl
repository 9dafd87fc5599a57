# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. Part texts stay
# short (about 60 characters at most). People, companies and addresses are made up.

world-scam-spotters = Détecteurs d’arnaques

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Un cadeau surprise ?
level-flags-prize-message-instruction = Touche chaque signal d’alerte dans ce message.
level-flags-prize-message-learned = Un cadeau surprise d’un inconnu est un piège : ne lui envoie jamais tes infos.
level-flags-prize-message-hint-1 = Lis chaque ligne lentement. Un ami écrirait-il ça ?
level-flags-prize-message-hint-2 = Les inconnus, les cadeaux surprises et les questions sur toi sont des signaux d’alerte.
level-flags-prize-message-hint-3 = Regarde qui l’a envoyé. Deux autres signaux d’alerte sont plus bas.

flags-prize-message-sender = De : Numéro inconnu
flags-prize-message-sender-reason = Tu ne connais pas ce numéro. Fais attention quand un inconnu t’écrit.
flags-prize-message-greeting = Salut !
flags-prize-message-greeting-reason = Un bonjour amical, c’est normal. Ce n’est pas un signal d’alerte en soi.
flags-prize-message-prize = Bravo ! Tu as gagné une nouvelle tablette !
flags-prize-message-prize-reason = Il n’y avait pas de concours, mais il y a un cadeau ? Un cadeau surprise d’un inconnu est un piège.
flags-prize-message-picture = Image : une tablette brillante avec un nœud rouge
flags-prize-message-picture-reason = Une image seule n’est pas un signal d’alerte. Lis aussi les mots autour.
flags-prize-message-request = Pour l’avoir, envoie-nous ton nom et ton adresse.
flags-prize-message-request-reason = Ne donne jamais ton adresse à un inconnu. Demande à un adulte avant de répondre.
flags-prize-message-signoff = Bonne journée !
flags-prize-message-signoff-reason = Un au revoir gentil, c’est normal. De jolis mots seuls ne rendent pas un message bon ou mauvais.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = L’e-mail du colis
level-flags-parcel-email-instruction = Touche chaque signal d’alerte dans cet e-mail.
level-flags-parcel-email-learned = Une vraie entreprise ne demande jamais ton mot de passe par e-mail. Te presser, c’est un piège.
level-flags-parcel-email-hint-1 = Lis chaque ligne. Est-ce que ça vient vraiment d’une entreprise de colis ?
level-flags-parcel-email-hint-2 = Les faux e-mails viennent d’adresses bizarres, te pressent et demandent des secrets.
level-flags-parcel-email-hint-3 = Regarde qui l’a envoyé et le lien. Il y a d’autres signaux d’alerte.

flags-parcel-email-sender = De : QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Une entreprise de colis écrit depuis sa propre adresse. Celle-ci est juste une adresse mail gratuite.
flags-parcel-email-subject = Objet : Nous n’avons pas pu livrer ton colis
flags-parcel-email-subject-reason = Parfois, un colis est vraiment raté. L’objet seul n’est pas un signal d’alerte.
flags-parcel-email-greeting = Bonjour,
flags-parcel-email-greeting-reason = Un simple bonjour, c’est normal. Ce n’est pas un signal d’alerte en soi.
flags-parcel-email-urgency = Paie de petits frais d’ici 1 heure, ou il repart !
flags-parcel-email-urgency-reason = Les arnaqueurs te pressent pour que tu ne t’arrêtes pas pour réfléchir. Une vraie entreprise te laisse le temps.
flags-parcel-email-link = Clique ici : parcel-help.example/pay-now
flags-parcel-email-link-reason = Le lien mène à parcel-help, pas à QuickBox. Demande à un adulte de vérifier sur le vrai site.
flags-parcel-email-request = Puis tape ton mot de passe et ton numéro de carte.
flags-parcel-email-request-reason = Aucune entreprise de colis n’a besoin de ton mot de passe. Ne tape jamais un mot de passe ou un numéro de carte après un lien dans un e-mail.
flags-parcel-email-signoff = Merci, l’équipe QuickBox
flags-parcel-email-signoff-reason = Signer avec un nom, c’est normal. Mais n’importe qui peut taper n’importe quel nom : vérifie aussi les autres lignes.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Les super soldes
level-flags-fake-shop-instruction = Touche chaque signal d’alerte sur cette page de boutique.
level-flags-fake-shop-learned = Vérifie l’adresse et le prix d’une boutique, et ne donne jamais de mot de passe ni de numéro de carte dans une discussion.
level-flags-fake-shop-hint-1 = Commence en haut. Une vraie boutique ferait-elle tout ça ?
level-flags-fake-shop-hint-2 = Les fausses boutiques copient de vrais noms, ont des prix minuscules et te pressent.
level-flags-fake-shop-hint-3 = Lis l’adresse lettre par lettre : un chiffre s’y cache. Trois autres signaux d’alerte sont plus bas.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Regarde bien : il y a un zéro, pas la lettre o. Les fausses boutiques copient les noms de vraies boutiques.
flags-fake-shop-welcome = Bienvenue chez Jollytoy !
flags-fake-shop-welcome-reason = Une ligne de bienvenue, c’est normal sur une page de boutique. Ce n’est pas un signal d’alerte en soi.
flags-fake-shop-picture = Image : une console de jeu avec deux manettes
flags-fake-shop-picture-reason = Les boutiques montrent des images de ce qu’elles vendent. C’est normal.
flags-fake-shop-price = Console de jeu : 99 % de réduction
flags-fake-shop-price-reason = Une console n’est jamais aussi bon marché. Un prix trop beau pour être vrai est un piège.
flags-fake-shop-countdown = L’offre se termine dans 04:59 !
flags-fake-shop-countdown-reason = Le compte à rebours veut que tu te dépêches. Les fausses boutiques te pressent pour que tu ne vérifies pas.
flags-fake-shop-delivery = Livraison en 3 à 5 jours.
flags-fake-shop-delivery-reason = Les boutiques disent combien de temps prend la livraison. C’est normal.
flags-fake-shop-chat = Discussion : envoie ici ton mot de passe et ta carte.
flags-fake-shop-chat-reason = Une vraie boutique ne demande jamais ton mot de passe. Les numéros de carte ne vont jamais dans une discussion.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Est-ce vraiment Moonbank ?
level-addr-moonbank-instruction = Pour chaque lien, touche la partie qui nomme le site. Puis dis si c’est le site de Moonbank.
level-addr-moonbank-learned = Lis le nom d’un lien par la fin : la fin juste avant le premier / seul, puis le nom juste avant. C’est ça, le site. Les mots devant ou après le / ne prouvent rien.
level-addr-moonbank-hint-1 = Trouve le premier / seul du lien. Le nom du site finit juste avant.
level-addr-moonbank-hint-2 = Lis à rebours depuis ce / : d’abord la fin .example, puis le nom juste avant. Ensemble, ils forment le site.
level-addr-moonbank-hint-3 = Le troisième lien mène à free-gifts.example. Le mot moonbank après le / n’est qu’un nom de page.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Liens sosies
level-addr-lookalike-instruction = Pour chaque lien, touche la partie qui nomme le site. Puis dis si c’est le site de Pixelpost.
level-addr-lookalike-learned = Les arnaqueurs cachent le vrai site après un @, ajoutent des mots en plus ou remplacent des lettres par des sosies. Lis le site lettre par lettre.
level-addr-lookalike-hint-1 = Y a-t-il un @ dans le lien ? Le site vient après.
level-addr-lookalike-hint-2 = Lis le site lettre par lettre. Un mot en plus ou une lettre bizarre en fait un autre site.
level-addr-lookalike-hint-3 = Regarde le i du deuxième lien : il vient d’un autre alphabet. Ça en fait un autre site.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Que fais-tu ?
level-scam-what-to-do-instruction = Quelque chose de bizarre apparaît. Choisis chaque fois la meilleure chose à faire.
level-scam-what-to-do-learned = Si un message te presse, a l’air bizarre ou veut un numéro de carte, ne touche pas. Vérifie autrement et parles-en à un adulte de confiance.
level-scam-what-to-do-hint-1 = Un bon détective s’arrête et réfléchit avant de toucher quoi que ce soit.
level-scam-what-to-do-hint-2 = Les arnaqueurs te pressent, utilisent les comptes d’amis et promettent des cadeaux. Arrête-toi avant de toucher.
level-scam-what-to-do-hint-3 = Quand le compte d’un ami envoie quelque chose de bizarre, vérifie avec cet ami d’une autre façon.

scam-what-to-do-account-closed-prompt = Un message dit : « Ton compte de jeu sera fermé AUJOURD’HUI ! Touche ici pour le sauver : save-my-game.example »
scam-what-to-do-account-closed-tap-fast = Toucher vite le lien pour sauver mon compte de jeu.
scam-what-to-do-account-closed-tap-fast-reason = La précipitation est un piège pour t’empêcher de réfléchir. Le lien pourrait voler ton mot de passe.
scam-what-to-do-account-closed-tell-adult = Ne pas toucher. Le montrer à un adulte.
scam-what-to-do-account-closed-tell-adult-reason = Bien joué ! Ensemble, vous pouvez vérifier dans le vrai jeu. Une telle précipitation est un piège.
scam-what-to-do-account-closed-reply = Répondre et demander qui c’est.
scam-what-to-do-account-closed-reply-reason = Une réponse dit à l’arnaqueur que quelqu’un lit ses messages. Mieux vaut ne pas répondre du tout.

scam-what-to-do-friend-link-prompt = Le compte de ton ami Sam t’envoie soudain : « mdr c’est toi ?? clip-watch.example/v/8812 »
scam-what-to-do-friend-link-tap = Toucher. C’est de Sam, donc c’est sûr.
scam-what-to-do-friend-link-tap-reason = Quelqu’un d’autre utilise peut-être le compte de Sam. Les arnaqueurs envoient de mauvais liens depuis les comptes d’amis.
scam-what-to-do-friend-link-pass-on = L’envoyer aussi à mes autres amis.
scam-what-to-do-friend-link-pass-on-reason = Alors eux aussi pourraient le toucher. Ne fais jamais suivre un lien qui te fait douter.
scam-what-to-do-friend-link-grown-up-phone = Toucher, mais sur le téléphone d’un adulte.
scam-what-to-do-friend-link-grown-up-phone-reason = Un mauvais lien est aussi mauvais sur n’importe quel téléphone, et il peut demander un mot de passe. Vérifie d’abord avec Sam.
scam-what-to-do-friend-link-ask-another-way = Demander d’abord à Sam en face.
scam-what-to-do-friend-link-ask-another-way-reason = Super ! Demande à Sam en vrai ou au téléphone. Si Sam ne l’a pas envoyé, parles-en à un adulte.

scam-what-to-do-won-phone-prompt = Une fenêtre dit : « Tu as gagné un nouveau téléphone ! Tape le numéro de carte de ton parent pour l’avoir. »
scam-what-to-do-won-phone-close-tell = La fermer et le dire à un adulte.
scam-what-to-do-won-phone-close-tell-reason = Bravo ! Un vrai cadeau n’a jamais besoin d’un numéro de carte. Un adulte peut vérifier que tout va bien.
scam-what-to-do-won-phone-type-card = Prendre la carte et taper le numéro.
scam-what-to-do-won-phone-type-card-reason = Il n’y a pas de téléphone. Les arnaqueurs veulent le numéro de carte pour prendre de l’argent.
scam-what-to-do-won-phone-claim = Toucher « Réclamer le cadeau ».
scam-what-to-do-won-phone-claim-reason = Les boutons d’une fenêtre comme celle-ci peuvent ouvrir d’autres pièges. Ferme-la plutôt.
