# The "Device Dock" world: looking after your tablet or phone, and after yourself. Item texts
# stay short (about 60 characters). Apps, companies and addresses are made up; no phone numbers.

world-device-dock = Quai des appareils

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = L’heure de la mise à jour
level-device-update-instruction = Ta tablette affiche un message. Choisis la meilleure chose à faire.
level-device-update-learned = Les vraies mises à jour viennent des réglages de ta tablette et la protègent. Les fenêtres qui te font peur sont des pièges.
level-device-update-hint-1 = D’où vient le message : de la tablette elle-même ou d’une page web ?
level-device-update-hint-2 = Les mises à jour réparent les points faibles. Une page web ne peut pas voir l’intérieur de ta tablette.
level-device-update-hint-3 = Un message de la tablette elle-même est une vraie mise à jour. L’installer protège la tablette.

device-update-system-prompt = Ta tablette dit : « Une mise à jour du système est prête. Installer maintenant ? »
device-update-system-ignore = L’ignorer pour toujours. C’est ennuyeux.
device-update-system-ignore-reason = Les mises à jour réparent des points faibles que des logiciels malveillants pourraient utiliser. Sans elles, ta tablette est moins protégée.
device-update-system-install = L’installer, ou demander de l’aide à un adulte.
device-update-system-install-reason = Ce message vient de la tablette elle-même. Les mises à jour la protègent et la font bien marcher.
device-update-system-switch-off = Éteindre la tablette pour qu’elle arrête de demander.
device-update-system-switch-off-reason = La mise à jour redemandera plus tard. L’installer, c’est la façon de protéger ta tablette.

device-update-popup-prompt = Une page web s’ouvre : « Ta tablette a 5 virus ! Télécharge CleanerPro tout de suite ! »
device-update-popup-download = Télécharger vite CleanerPro.
device-update-popup-download-reason = C’est un piège. Le téléchargement pourrait être le logiciel malveillant lui-même.
device-update-popup-ok-button = Toucher « OK » dans la fenêtre pour la faire partir.
device-update-popup-ok-button-reason = Les boutons d’une fausse fenêtre peuvent lancer un téléchargement. Ferme plutôt toute la page.
device-update-popup-close = Fermer la page et le dire à un adulte.
device-update-popup-close-reason = Une page web ne peut pas regarder dans ta tablette : les virus sont inventés. Fermer la page est sans danger.

device-update-battery-prompt = La mise à jour veut démarrer, mais la batterie est à 5 %.
device-update-battery-charge = Brancher le chargeur, puis mettre à jour.
device-update-battery-charge-reason = Une mise à jour a besoin d’énergie jusqu’au bout. Avec le chargeur branché, elle peut finir sans souci.
device-update-battery-start = La lancer tout de suite, sous l’œil d’un adulte.
device-update-battery-start-reason = Surveiller n’aide pas si la batterie se vide au milieu : la mise à jour peut rater. Charge d’abord.
device-update-battery-cancel = L’annuler et ne plus jamais mettre à jour.
device-update-battery-cancel-reason = La mise à jour reste importante pour la sécurité de ta tablette. Charge-la d’abord, c’est tout.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Ça a du sens
device-bin-no-sense = Ça n’a pas de sens

level-device-permissions-title = L’appli lampe de poche
level-device-permissions-instruction = Tu ouvres une nouvelle appli lampe de poche. Pendant qu’elle marche, elle demande à utiliser ces choses. Est-ce que ça a du sens ?
level-device-permissions-learned = Les applis demandent pendant que tu les utilises. Touche « Ne pas autoriser » pour ce dont une appli n’a pas besoin. Tu peux changer ça plus tard dans les Réglages.
level-device-permissions-hint-1 = De quoi une appli lampe de poche a-t-elle besoin pour faire son travail ?
level-device-permissions-hint-2 = Une lampe de poche doit seulement faire de la lumière. Tout le reste ne fait pas partie de son travail.
level-device-permissions-hint-3 = Une lampe de poche n’a rien à voir avec tes contacts.

device-permissions-camera-light = Allumer la lumière à côté de la caméra
device-permissions-camera-light-reason = Cette petite lumière, c’est la lampe de poche. L’appli en a besoin pour faire son travail.
device-permissions-contacts = Accéder à tes contacts
device-permissions-contacts-reason = Une lampe de poche n’a pas besoin des noms et numéros de tes amis. Touche « Ne pas autoriser ».
device-permissions-location = Accéder à la position de cet appareil
device-permissions-location-reason = Une lampe de poche marche pareil partout. Elle n’a pas besoin de savoir où tu es.
device-permissions-screen-bright = Rendre l’écran tout blanc et lumineux
device-permissions-screen-bright-reason = Certaines lampes de poche allument tout l’écran. Ça fait partie du travail d’une lampe.
device-permissions-microphone = Enregistrer du son
device-permissions-microphone-reason = Une lampe de poche n’a pas besoin de t’entendre. Touche « Ne pas autoriser » : la lampe marche quand même.
device-permissions-notifications = T’envoyer des notifications
device-permissions-notifications-reason = Une lampe de poche n’a rien à te dire. Les notifications ne seraient que des pubs ou des rappels pour l’ouvrir.
device-permissions-photos = Accéder aux photos et vidéos de cet appareil
device-permissions-photos-reason = Tes photos sont privées. Une lampe de poche n’en a pas besoin pour faire de la lumière.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Alerte virus !
level-device-fake-virus-instruction = Touche chaque signal d’alerte sur cette page web.
level-device-fake-virus-learned = Une page web ne peut pas trouver de virus sur ta tablette. Ferme les pages qui font peur et parles-en à un adulte.
level-device-fake-virus-hint-1 = Commence en haut. À qui est cette page ?
level-device-fake-virus-hint-2 = Les fausses alertes crient, te pressent, et veulent que tu télécharges ou que tu appelles.
level-device-fake-virus-hint-3 = Le gros avertissement qui clignote est un signal d’alerte. Il y en a quatre autres sur la page.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = C’est une page web au hasard, pas ta tablette. Une page web ne peut pas chercher de virus dans ta tablette.
device-fake-virus-warning = En rouge qui clignote : ATTENTION ! 5 VIRUS TROUVÉS !
device-fake-virus-warning-reason = Le clignotement et les grosses lettres veulent te faire peur pour que tu arrêtes de réfléchir. Les virus sont inventés.
device-fake-virus-picture = Image : une tablette avec un bouclier bleu
device-fake-virus-picture-reason = Une image seule n’est pas un signal d’alerte. Lis les mots autour.
device-fake-virus-countdown = Agis dans les 60 secondes !
device-fake-virus-countdown-reason = Le compte à rebours veut que tu te dépêches. Les arnaqueurs te pressent pour que tu ne demandes à personne.
device-fake-virus-download = Télécharge CleanerPro.apk pour nettoyer ta tablette
device-fake-virus-download-reason = Ce téléchargement pourrait être un logiciel malveillant. Prends tes applis seulement dans le magasin officiel, avec un adulte.
device-fake-virus-phone = Ou appelle tout de suite notre numéro d’aide !
device-fake-virus-phone-reason = Les vrais fabricants de tablettes ne te demandent pas d’appeler depuis une page web. N’appelle jamais un numéro comme celui-ci.
device-fake-virus-menu = Aide · Qui sommes-nous · Contact
device-fake-virus-menu-reason = Presque toutes les pages web ont des liens de menu. Ce n’est pas un signal d’alerte en soi.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = Une nouvelle appli
level-device-install-app-instruction = Tu veux un nouveau jeu, et un adulte a dit oui. Range les étapes dans l’ordre où elles se passent.
level-device-install-app-learned = Prends tes applis dans le magasin officiel et vérifie d’abord l’âge conseillé et la Sécurité des données. Une fois l’appli installée, n’autorise que ce dont elle a besoin.
level-device-install-app-hint-1 = D’où viennent les applis sûres ?
level-device-install-app-hint-2 = Tu ne peux lire des infos sur une appli qu’une fois que tu l’as trouvée, et elle ne peut te demander des choses qu’une fois installée.
level-device-install-app-hint-3 = Commence dans le magasin d’applis officiel. L’âge conseillé et la Sécurité des données sont sur la page de l’appli.

device-install-app-store = Ouvrir le magasin d’applis officiel (Play Store).
device-install-app-store-reason = Fais ça en premier. Les applis du magasin officiel sont contrôlées contre les logiciels dangereux. Les applis d’ailleurs peuvent en cacher.
device-install-app-read = Sur sa page, vérifier l’âge et la Sécurité des données.
device-install-app-read-reason = Ensuite. L’âge conseillé (PEGI dans la plupart des pays d’Europe) dit pour qui est l’appli. La Sécurité des données, c’est là où ses créateurs disent quelles données elle collecte et partage.
device-install-app-install = Toucher « Installer ».
device-install-app-install-reason = Maintenant, installe-la, une fois que tu as lu sa page. Avant ça, l’appli ne peut rien te demander.
device-install-app-say-no = Ouvrir l’appli. N’autoriser que ce dont elle a besoin.
device-install-app-say-no-reason = Les applis demandent pendant que tu les utilises, pas avant. Touche « Ne pas autoriser » pour ce dont elle n’a pas besoin. Tu peux changer ça plus tard dans les Réglages.
device-install-app-check = Tu ne l’utilises plus ? Supprime-la.
device-install-app-check-reason = Fais ça en dernier. Une appli que tu n’utilises pas prend quand même de la place et peut encore avoir tes données.

## Level 5: balance (pick_reply)

level-device-screen-time-title = L’heure de la pause ?
level-device-screen-time-instruction = Choisis ce qu’il y a de mieux pour toi et pour ton corps.
level-device-screen-time-learned = Les pauses, le sommeil et les vrais amis comptent plus que n’importe quelle récompense ou série dans un jeu.
level-device-screen-time-hint-1 = Pense à tes yeux, à ton sommeil et à ton temps.
level-device-screen-time-hint-2 = Les jeux et les applis essaient de te garder devant l’écran. C’est toi qui décides quand arrêter.
level-device-screen-time-hint-3 = Pour le coffre : le sommeil compte plus que n’importe quelle récompense.

device-screen-time-eyes-prompt = Tu joues depuis deux heures. Tes yeux sont fatigués.
device-screen-time-eyes-one-more = Demander une heure de plus à un adulte, puis se reposer.
device-screen-time-eyes-one-more-reason = Des yeux fatigués ont besoin de repos maintenant, pas dans une heure, même si un adulte dit oui. Écoute ton corps.
device-screen-time-eyes-break = Faire une pause : regarder au loin et bouger.
device-screen-time-eyes-break-reason = Regarder au loin repose tes yeux, et bouger est bon pour ton corps.
device-screen-time-eyes-brighter = Mettre l’écran plus lumineux et continuer.
device-screen-time-eyes-brighter-reason = Un écran plus lumineux n’aide pas les yeux fatigués. Ils ont besoin d’une pause loin de l’écran.

device-screen-time-chest-prompt = Un jeu dit : « Reviens dans 10 minutes pour un coffre gratuit ! » C’est l’heure d’aller au lit.
device-screen-time-chest-stay-up = Rester debout 10 minutes de plus pour le coffre.
device-screen-time-chest-stay-up-reason = Les jeux utilisent de petites récompenses pour te faire continuer. Dix minutes deviennent souvent plus.
device-screen-time-chest-alarm = Mettre un réveil pour se lever la nuit.
device-screen-time-chest-alarm-reason = Te réveiller pour un jeu coupe ton sommeil. Demain, la fatigue sera là.
device-screen-time-chest-sleep = Aller dormir. Le coffre peut attendre.
device-screen-time-chest-sleep-reason = Le sommeil t’aide à grandir, à apprendre et à te sentir bien. Une récompense de jeu ne vaut jamais une nuit de sommeil.

device-screen-time-streak-prompt = Un ami veut que tu gardes une série de messages tous les jours. Aujourd’hui, tu as beaucoup à faire.
device-screen-time-streak-tell = Écrire : « Pas le temps aujourd’hui, à bientôt ! »
device-screen-time-streak-tell-reason = Un vrai ami comprend. Les applis utilisent les séries pour te faire revenir, mais l’amitié n’en a pas besoin.
device-screen-time-streak-homework = Arrêter tes devoirs pour garder la série.
device-screen-time-streak-homework-reason = Tes devoirs comptent plus qu’un nombre dans une appli. La série ne vaut pas ce stress.
device-screen-time-streak-password = Donner ton mot de passe à ton ami pour garder la série.
device-screen-time-streak-password-reason = Ne partage jamais ton mot de passe, même avec un bon ami. C’est la clé de ton compte.
