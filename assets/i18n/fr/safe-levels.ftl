# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Item texts stay short (about 60
# characters). Telling a trusted adult is always right.

world-safe-together = Ensemble en sécurité

safe-bin-good = Bonne idée
safe-bin-bad = Pas une bonne idée

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of these.

helpline-call = Tu peux aussi appeler une ligne d’écoute pour les enfants : { $service }, { $number }.
helpline-ask-adult = Pour trouver la ligne d’écoute pour les enfants de ton pays, demande à un adulte de confiance.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = Un nouvel ami dans un jeu
level-safe-new-friend-instruction = Quelqu’un d’un jeu t’écrit. Touche chaque signal d’alerte.
level-safe-new-friend-learned = Les secrets, les photos, les discussions en privé et les rendez-vous sont des signaux d’alerte. Arrête-toi et parles-en à un adulte de confiance.
level-safe-new-friend-hint-1 = Lis chaque ligne. Un ami de ton âge demanderait-il ça ?
level-safe-new-friend-hint-2 = Fais attention quand quelqu’un veut des secrets, des photos, des infos sur toi ou un rendez-vous.
level-safe-new-friend-hint-3 = Regarde bien les lignes sur tes parents et sur ton école.

safe-new-friend-sender = De : Kai_Star (un joueur de ton jeu)
safe-new-friend-sender-reason = Discuter avec des joueurs peut être amusant. Mais tu sais seulement ce que Kai dit de lui.
safe-new-friend-game = Belle partie aujourd’hui ! Tu es à quel niveau ?
safe-new-friend-game-reason = Parler du jeu, c’est normal. Cette ligne est sans danger.
safe-new-friend-secret = Ne parle pas de moi à tes parents, OK ?
safe-new-friend-secret-reason = Un vrai ami ne te demande pas de le cacher à ta famille. C’est un signal d’alerte.
safe-new-friend-private = On discute dans une autre appli ? Juste nous deux.
safe-new-friend-private-reason = T’emmener dans une discussion privée, loin des autres, est un signal d’alerte.
safe-new-friend-photo = Envoie-moi une photo de toi. Juste pour moi !
safe-new-friend-photo-reason = N’envoie jamais de photos de toi à quelqu’un que tu connais seulement en ligne.
safe-new-friend-school = Tu vas dans quelle école ?
safe-new-friend-school-reason = Ton école dit à un inconnu où te trouver. Garde-la privée.
safe-new-friend-meet = On se retrouve au parc samedi !
safe-new-friend-meet-reason = Ne rencontre jamais quelqu’un que tu connais seulement en ligne. Parles-en à un adulte de confiance.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Que fais-tu ?
level-safe-what-to-do-instruction = Kai, du jeu, en veut plus. Choisis chaque fois la meilleure réponse.
level-safe-what-to-do-learned = Tu peux toujours dire non. Bloque la personne et parles-en à un adulte de confiance. Ce n’est jamais ta faute.
level-safe-what-to-do-hint-1 = Qui pourrait t’aider à vérifier si Kai est bien celui qu’il dit ?
level-safe-what-to-do-hint-2 = Les secrets et les rendez-vous avec des amis en ligne sont des signaux d’alerte. Demande de l’aide, ne fais pas ça dans ton coin.
level-safe-what-to-do-hint-3 = Quand Kai se fâche, tu n’as pas du tout besoin de répondre.

safe-what-to-do-secret-prompt = Kai écrit : « Gardons nos discussions secrètes. » Que fais-tu ?
safe-what-to-do-secret-keep = Garder le secret. Kai est gentil avec moi.
safe-what-to-do-secret-keep-reason = Des mots gentils peuvent cacher un piège. Un vrai ami n’a pas besoin de secrets avec ta famille.
safe-what-to-do-secret-ask-why = D’abord demander pourquoi à Kai, puis décider moi-même.
safe-what-to-do-secret-ask-why-reason = Kai a peut-être une réponse maligne. Ne décide pas sans aide : demande à quelqu’un de confiance.
safe-what-to-do-secret-tell = Parler des discussions à un adulte de confiance.
safe-what-to-do-secret-tell-reason = Oui ! Demander des secrets est un signal d’alerte. Un adulte de confiance peut t’aider à vérifier.

safe-what-to-do-meet-prompt = Kai veut te retrouver au parc. Que fais-tu ?
safe-what-to-do-meet-go-with-friend = Y aller, mais avec un copain ou une copine de classe.
safe-what-to-do-meet-go-with-friend-reason = Deux enfants, ce n’est pas assez sûr. Ne rencontre jamais quelqu’un que tu connais seulement en ligne.
safe-what-to-do-meet-say-no = Dire non, et le dire à un adulte de confiance.
safe-what-to-do-meet-say-no-reason = Bien. Dis non, et laisse un adulte de confiance t’aider avec Kai.
safe-what-to-do-meet-go-tell-later = Y aller, et le dire à un adulte après.
safe-what-to-do-meet-go-tell-later-reason = Le dire à un adulte, c’est bien, mais n’y va pas. Ne rencontre jamais quelqu’un que tu connais seulement en ligne.

safe-what-to-do-angry-prompt = Tu as dit non. Maintenant Kai t’envoie des messages fâchés.
safe-what-to-do-angry-block = Bloquer Kai et le dire à un adulte.
safe-what-to-do-angry-block-reason = Oui. Tu n’as pas besoin de répondre. Bloque Kai et demande de l’aide à un adulte de confiance.
safe-what-to-do-angry-sorry = M’excuser et faire ce que Kai veut.
safe-what-to-do-angry-sorry-reason = Tu n’as rien fait de mal. Dire non, c’était bien.
safe-what-to-do-angry-argue = Lui répondre jusqu’à ce que Kai s’excuse.
safe-what-to-do-angry-argue-reason = Se disputer pousse Kai à continuer à te parler. Arrête plutôt de répondre.

## Level 3: block and report (sort)

level-safe-block-report-title = Bloquer et signaler
level-safe-block-report-instruction = Quelqu’un en ligne te fait te sentir mal. Chaque idée est-elle bonne ou pas ?
level-safe-block-report-learned = Garde les messages, bloque la personne, signale-la dans l’appli et parles-en à un adulte de confiance.
level-safe-block-report-hint-1 = Quelles idées arrangent les choses, et lesquelles les empirent ?
level-safe-block-report-hint-2 = Garde des preuves, arrête les messages et demande de l’aide.
level-safe-block-report-hint-3 = Supprimer la discussion n’est pas une bonne idée : les preuves disparaîtraient.

safe-block-report-screenshot = Faire des captures d’écran des messages
safe-block-report-screenshot-reason = Les captures d’écran sont des preuves. Fais-les avant de bloquer, au cas où la discussion disparaîtrait.
safe-block-report-delete = Effacer toute la discussion pour que personne ne la voie
safe-block-report-delete-reason = Alors les preuves ont disparu. Garde les messages pour qu’un adulte puisse t’aider.
safe-block-report-block = Bloquer la personne
safe-block-report-block-reason = Bloquer l’empêche de t’envoyer des messages.
safe-block-report-reply-mean = Renvoyer un message méchant
safe-block-report-reply-mean-reason = Ça peut empirer les choses. Ne réponds pas du tout.
safe-block-report-report = Signaler le profil dans l’appli
safe-block-report-report-reason = L’équipe de l’appli vérifie les signalements et peut bloquer le compte.
safe-block-report-unblock = La débloquer pour voir si elle regrette
safe-block-report-unblock-reason = Alors elle peut t’écrire de nouveau. Laisse-la bloquée.
safe-block-report-tell = Raconter à un adulte de confiance ce qui s’est passé
safe-block-report-tell-reason = Un adulte de confiance peut t’aider à signaler et à te sentir mieux.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = Le code de connexion secret
level-safe-login-code-instruction = Choisis chaque fois la meilleure réponse.
level-safe-login-code-learned = Un code de connexion est juste pour toi. Ne le donne jamais à personne, même pas à un ami ou à « l’assistance ».
level-safe-login-code-hint-1 = Qui a besoin du code qui arrive sur ton téléphone ?
level-safe-login-code-hint-2 = Le code est un deuxième verrou sur ton compte. Il marche comme une clé.
level-safe-login-code-hint-3 = Les vraies équipes d’assistance ne demandent jamais ton code.

safe-login-code-why-prompt = Après ton mot de passe, l’appli envoie un code sur ton téléphone. Pourquoi ?
safe-login-code-why-ads = Parce que l’appli veut ton numéro pour des pubs.
safe-login-code-why-ads-reason = Non. Le code est là pour protéger ton compte.
safe-login-code-why-second-lock = C’est un 2e verrou : personne d’autre n’entre.
safe-login-code-why-second-lock-reason = Oui. C’est la connexion en deux étapes. Un voleur qui a ton mot de passe a encore besoin du code.
safe-login-code-why-phone-check = Pour vérifier que ton téléphone marche encore.
safe-login-code-why-phone-check-reason = Non. Le code prouve que c’est vraiment toi qui te connectes.

safe-login-code-friend-prompt = Un message de Mia : « Oups, mon code est arrivé chez toi. Tu peux me l’envoyer ? »
safe-login-code-friend-send = L’envoyer vite. Mia est mon amie et en a besoin.
safe-login-code-friend-send-reason = Le compte de Mia est peut-être piraté. Le code ferait entrer un inconnu dans TON compte.
safe-login-code-friend-half = Envoyer seulement la première moitié du code.
safe-login-code-friend-half-reason = Une moitié de code aide quand même un voleur. Garde tout le code pour toi.
safe-login-code-friend-ask = Non. Demander à Mia en vrai ou par téléphone.
safe-login-code-friend-ask-reason = Bien. Vérifie avec Mia d’une autre façon. C’est sûrement un piège.

safe-login-code-support-prompt = Une discussion dit : « Ici l’assistance du jeu. Donne-nous ton code pour protéger ton compte. »
safe-login-code-support-give = Le donner. C’est l’équipe d’assistance.
safe-login-code-support-give-reason = Les vraies équipes d’assistance ne demandent jamais ton code. C’est un piège.
safe-login-code-support-say-no = Non. Le support n’a jamais besoin de mon code.
safe-login-code-support-say-no-reason = Bien. Les vraies entreprises le disent aussi : elles ne demandent jamais ton code.
safe-login-code-support-adult-reads = Demander à un adulte de leur lire le code à voix haute.
safe-login-code-support-adult-reads-reason = Personne ne doit donner le code, adulte ou enfant. Montre plutôt le message à un adulte.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Où trouver de l’aide
level-safe-get-help-instruction = Quelque chose en ligne t’inquiète. Choisis chaque fois la meilleure réponse.
level-safe-get-help-learned = Tu n’as jamais à rester sans aide. Parles-en à un adulte de confiance. { $helpline }
level-safe-get-help-hint-1 = Vaut-il mieux garder un souci pour soi ou le partager ?
level-safe-get-help-hint-2 = Les adultes de confiance et les lignes d’écoute pour les enfants écoutent et aident.
level-safe-get-help-hint-3 = Le 116 111 est un numéro pour les enfants dans beaucoup de pays.

safe-get-help-worried-prompt = Tu as vu en ligne quelque chose qui te fait peur. Qu’est-ce qui aide le plus ?
safe-get-help-worried-keep = Le garder pour moi et essayer d’oublier.
safe-get-help-worried-keep-reason = Les soucis grandissent quand on les garde pour soi. En parler aide.
safe-get-help-worried-tell = Le dire à un adulte de confiance.
safe-get-help-worried-tell-reason = Oui ! Un parent, un adulte qui s’occupe de toi ou un enseignant peut t’aider.
safe-get-help-worried-search = Chercher plus d’infos en ligne là-dessus.
safe-get-help-worried-search-reason = Tu pourrais trouver des choses encore plus effrayantes. Parle d’abord à quelqu’un.

safe-get-help-nobody-prompt = Tu ne veux parler à personne que tu connais. Que peux-tu faire ?
safe-get-help-nobody-forum = Demander à des inconnus sur un forum quoi faire.
safe-get-help-nobody-forum-reason = Les inconnus en ligne ne sont pas toujours gentils ni dans le vrai. Une ligne d’écoute est là pour aider.
safe-get-help-nobody-wait = Attendre que le problème parte tout seul.
safe-get-help-nobody-wait-reason = Souvent, les problèmes ne partent pas tout seuls. Tu as le droit de demander de l’aide.
safe-get-help-nobody-helpline = Appeler ou écrire à une ligne d’écoute.
safe-get-help-nobody-helpline-reason = Oui. Les lignes d’écoute pour les enfants écoutent les enfants. Tu n’as pas besoin de donner ton nom.

safe-get-help-number-prompt = Une affiche à l’école dit 116 111. C’est quoi, ce numéro ?
safe-get-help-number-helpline = Une ligne d’écoute pour enfants en Europe
safe-get-help-number-helpline-reason = Oui. Dans beaucoup de pays d’Europe, le 116 111 est une ligne d’écoute pour les enfants. Certains pays utilisent un autre numéro.
safe-get-help-number-prize = Un numéro pour gagner des cadeaux
safe-get-help-number-prize-reason = Non. C’est une ligne d’écoute où les enfants peuvent parler de leurs soucis.
safe-get-help-number-adults = Un numéro que seuls les adultes peuvent appeler
safe-get-help-number-adults-reason = Non. Les enfants peuvent appeler eux-mêmes une ligne d’écoute pour enfants.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = Quand quelqu’un menace
level-safe-threats-instruction = Quelqu’un menace de partager une photo privée. Choisis la meilleure réponse.
level-safe-threats-learned = Ce n’est jamais ta faute. Ne paie pas, arrête de répondre, garde les messages, parles-en à un adulte de confiance et signale-le.
level-safe-threats-hint-1 = Que veut de toi la personne qui menace ?
level-safe-threats-hint-2 = Payer ou envoyer plus n’arrête pas les menaces. Demander de l’aide, si.
level-safe-threats-hint-3 = Garde la discussion comme preuve, mais arrête de répondre.

safe-threats-pay-prompt = Un ami en ligne écrit : « Paie-moi, ou je partage la photo privée que tu m’as envoyée. »
safe-threats-pay-pay = Payer vite pour que la photo reste bien privée.
safe-threats-pay-pay-reason = Payer ne les arrête pas. En général, ils demandent encore plus.
safe-threats-pay-stop = Ne plus répondre, en parler à un adulte.
safe-threats-pay-stop-reason = Oui. Coupe tout contact et demande de l’aide. Un adulte peut t’aider à signaler.
safe-threats-pay-more = Envoyer une autre photo pour qu’ils se calment.
safe-threats-pay-more-reason = N’envoie jamais plus. Ils ne s’arrêteront pas. Demande plutôt de l’aide.

safe-threats-chat-prompt = Tu te sens très mal et tu veux que la discussion disparaisse. Qu’en fais-tu ?
safe-threats-chat-delete = Supprimer tout de suite la discussion et mon compte.
safe-threats-chat-delete-reason = La discussion est une preuve. L’appli et la police en ont besoin pour les arrêter.
safe-threats-chat-forward = Transférer la discussion à des amis pour leur demander.
safe-threats-chat-forward-reason = Ne la transfère pas. Garde-la entre toi et un adulte de confiance.
safe-threats-chat-keep = Garder la discussion, puis bloquer et signaler.
safe-threats-chat-keep-reason = Bien. Garde les messages comme preuve, puis bloque et signale le compte.

safe-threats-fault-prompt = Tu penses : « C’est ma faute. Je ne peux le dire à personne. » Qu’est-ce qui est vrai ?
safe-threats-fault-my-fault = C’est ma faute, donc je dois m’en sortir sans aide.
safe-threats-fault-my-fault-reason = Non. C’est la personne qui menace qui fait du mal, pas toi.
safe-threats-fault-never = Ce n’est jamais ma faute, et l’aide existe.
safe-threats-fault-never-reason = Oui. C’était un piège. Les adultes et les lignes d’écoute aident sans te reprocher quoi que ce soit.
safe-threats-fault-later = Le dire à un adulte seulement si ça empire.
safe-threats-fault-later-reason = Parles-en maintenant. Plus vite tu as de l’aide, plus vite ça s’arrête.

safe-threats-online-prompt = Tu as peur que la photo soit déjà en ligne. Qu’est-ce qui peut aider ?
safe-threats-online-take-it-down = Un outil comme Take It Down, avec un adulte.
safe-threats-online-take-it-down-reason = Take It Down aide à retirer des photos prises avant tes 18 ans, depuis n’importe quel pays.
safe-threats-online-search = Chercher la photo chaque jour pour vérifier.
safe-threats-online-search-reason = Ça te fait seulement te sentir plus mal. Laisse un adulte et un outil faire ce travail.
safe-threats-online-nothing = Plus rien ne peut aider une fois la photo en ligne.
safe-threats-online-nothing-reason = Faux. Souvent, les photos peuvent être retirées. Il y a toujours de l’aide.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = Une photo qui n’est pas à toi
level-safe-not-yours-instruction = Une photo privée de quelqu’un de ta classe circule dans une discussion. Bonne idée ou pas ?
level-safe-not-yours-learned = Ne garde jamais et ne transfère jamais une photo privée de quelqu’un. Parles-en à un adulte de confiance et signale-la.
level-safe-not-yours-hint-1 = Que ressentirais-tu si c’était ta photo ?
level-safe-not-yours-hint-2 = Chaque partage fait encore du mal à la personne sur la photo.
level-safe-not-yours-hint-3 = L’envoyer plus loin n’est jamais une bonne idée, même pour demander de l’aide.

safe-not-yours-forward = La transférer à un seul ami
safe-not-yours-forward-reason = Chaque partage blesse davantage la personne. Dans beaucoup de pays, c’est aussi interdit par la loi.
safe-not-yours-tell = En parler à un adulte de confiance
safe-not-yours-tell-reason = Oui. Un adulte peut aider à arrêter sa diffusion, sans que tu l’envoies.
safe-not-yours-save = L’enregistrer sur mon téléphone
safe-not-yours-save-reason = Ne la garde pas. Une photo comme celle-ci n’a rien à faire sur ton téléphone.
safe-not-yours-report = Signaler la publication dans l’appli
safe-not-yours-report-reason = L’appli peut la retirer. La personne sur la photo en a besoin.
safe-not-yours-ask-friend = L’envoyer à un ami pour savoir quoi faire
safe-not-yours-ask-friend-reason = Ne l’envoie à personne, même pour avoir de l’aide. Parle plutôt de ce qui se passe.
safe-not-yours-kind = Montrer de la gentillesse à la personne sur la photo
safe-not-yours-kind-reason = Elle se sent peut-être très mal. Ce n’est pas sa faute.
safe-not-yours-laugh = Rire avec les autres pour faire partie du groupe
safe-not-yours-laugh-reason = Rire lui fait encore plus de mal. C’est toi qui peux arrêter ça.
