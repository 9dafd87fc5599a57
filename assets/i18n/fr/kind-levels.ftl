# The "Kind Corner" world: being kind online, and what to do when someone is not. Item texts
# stay short (about 60 characters). All people are made up. Keep the tone gentle.

world-kind-corner = Coin de la gentillesse

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Dis quelque chose de gentil
level-kind-reply-instruction = Choisis chaque fois la réponse la plus gentille.
level-kind-reply-learned = Des mots gentils en ligne font du bien aux gens. Avant de publier, demande-toi : que va ressentir l’autre ?
level-kind-reply-hint-1 = Imagine que tu es l’autre personne. Quelle réponse aimerais-tu recevoir ?
level-kind-reply-hint-2 = Une réponse gentille est amicale, honnête, et parle de l’autre personne, pas de toi.
level-kind-reply-hint-3 = Pour Mia : une question sur son dessin montre que tu l’as vraiment regardé.

kind-reply-drawing-prompt = Ton amie Mia publie un dessin de son chat. Qu’écris-tu ?
kind-reply-drawing-praise = J’adore les couleurs ! Comment tu as fait ?
kind-reply-drawing-praise-reason = Un compliment gentil et sincère fait plaisir à Mia. Poser une question montre que tu as vraiment regardé.
kind-reply-drawing-brother = Franchement, mon petit frère dessine mieux que ça.
kind-reply-drawing-brother-reason = Ça blesserait Mia. Même pour rire, ça la fait douter de son travail.
kind-reply-drawing-mine = Regarde plutôt mon dessin !
kind-reply-drawing-mine-reason = Mia voulait partager son dessin. Cette réponse fait parler de toi à la place.

kind-reply-game-prompt = Dans un jeu en ligne, ton coéquipier Léo fait une erreur. Ton équipe perd.
kind-reply-game-blame = On a perdu à cause de toi, Léo ! Merci bien.
kind-reply-game-blame-reason = Tout le monde fait des erreurs. Accuser Léo devant l’équipe le fait se sentir très mal.
kind-reply-game-kick = Virons Léo de l’équipe.
kind-reply-game-kick-reason = Exclure quelqu’un pour une seule erreur, ce n’est pas gentil. Les jeux sont plus sympas quand tout le monde est bienvenu.
kind-reply-game-cheer = Bien essayé, Léo ! On gagnera la prochaine.
kind-reply-game-cheer-reason = Un mot amical après une défaite remonte le moral de toute l’équipe. Ce n’est qu’un jeu.

kind-reply-sad-prompt = Ava, de ta classe, publie : « personne ne m’aime aujourd’hui ».
kind-reply-sad-drama = Arrête d’en faire tout un drame.
kind-reply-sad-drama-reason = Ava te dit qu’elle est triste. Cette réponse lui dit que ses sentiments ne comptent pas.
kind-reply-sad-message = Écrire à Ava : « Je t’aime bien ! On discute ? »
kind-reply-sad-message-reason = Un gentil message privé montre à Ava que quelqu’un tient à elle. Si elle a l’air très triste, parles-en aussi à un adulte de confiance.
kind-reply-sad-scroll = Faire défiler. Ses parents vont sûrement s’en occuper.
kind-reply-sad-scroll-reason = Ava pourrait se sentir encore plus seule, et ses parents ne sont peut-être pas au courant. Quelques mots gentils de ta part peuvent beaucoup aider.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Gentil
kind-bin-unkind = Pas gentil

level-kind-comments-title = Gentil ou pas ?
level-kind-comments-instruction = Trie chaque commentaire : est-il gentil ou pas gentil ?
level-kind-comments-learned = Tu peux dire ce que tu penses et garder des mots gentils. Les commentaires méchants blessent, même pour rire.
level-kind-comments-hint-1 = Lis chaque commentaire comme si on te l’avait écrit à toi.
level-kind-comments-hint-2 = Les commentaires gentils félicitent, aident ou disent poliment qu’on n’est pas d’accord. Les autres se moquent ou rabaissent.
level-kind-comments-hint-3 = Les commentaires sur l’apparence de quelqu’un ou sa façon de bouger sont souvent méchants, même pour rire.

kind-comments-great-goal = Quel super but dans ta vidéo !
kind-comments-great-goal-reason = Féliciter quelqu’un pour ce qu’il a bien fait le rend fier. C’est gentil.
kind-comments-weird-hair = Tes cheveux sont trop bizarres sur cette photo.
kind-comments-weird-hair-reason = Les commentaires sur l’apparence peuvent vraiment blesser. Si tu ne le dirais pas en face, ne le publie pas.
kind-comments-get-well = J’espère que tu iras vite mieux !
kind-comments-get-well-reason = Souhaiter du bien à quelqu’un montre que tu tiens à lui. C’est gentil.
kind-comments-nobody-asked = Personne ne t’a demandé ton avis.
kind-comments-nobody-asked-reason = Ça dit à quelqu’un de se taire et qu’il ne compte pas. Ce n’est pas gentil.
kind-comments-different-ending = J’aurais préféré une autre fin, mais c’était sympa !
kind-comments-different-ending-reason = Tu peux ne pas être d’accord et garder un ton gentil. Ce commentaire est honnête et amical.
kind-comments-penguin = Ha ha, tu cours comme un pingouin !
kind-comments-penguin-reason = Rire de la façon dont quelqu’un bouge, c’est se moquer. Ça peut blesser, même pour rire.
kind-comments-thanks-help = Merci de m’avoir aidé pour mes devoirs !
kind-comments-thanks-help-reason = Dire merci fait plaisir à ceux qui aident. C’est gentil.

## Level 3: when someone keeps sending you mean messages (sort)

level-kind-when-bullied-title = Messages méchants
level-kind-when-bullied-instruction = Quelqu’un t’envoie sans arrêt des messages méchants. Est-ce une bonne chose à faire, ou mieux vaut pas ?
level-kind-when-bullied-learned = Ne réponds pas, garde des preuves, bloque, signale, et parles-en à un adulte de confiance à tout moment. Ce n’est jamais ta faute.
level-kind-when-bullied-hint-1 = Lesquelles arrêtent les messages, gardent des preuves ou t’apportent de l’aide ?
level-kind-when-bullied-hint-2 = Les bonnes étapes gardent des preuves, arrêtent les messages et t’apportent de l’aide. Répondre méchamment ou tout cacher n’aide pas.
level-kind-when-bullied-hint-3 = En parler à un adulte de confiance, c’est toujours bien, à tout moment.

kind-bin-good-step = Bonne chose à faire
kind-bin-not-step = Mieux vaut pas

kind-when-bullied-no-reply = Ne pas répondre aux messages méchants.
kind-when-bullied-no-reply-reason = Les messages méchants cherchent une réaction. Si tu ne réponds pas, ils n’obtiennent rien.
kind-when-bullied-screenshot = Faire des captures d’écran comme preuves.
kind-when-bullied-screenshot-reason = Les preuves montrent ce qui s’est passé. Fais des captures avant de bloquer : bloquer peut cacher les messages.
kind-when-bullied-hit-back = Renvoyer quelque chose de méchant.
kind-when-bullied-hit-back-reason = Ça peut empirer les choses, et ça donne la réaction recherchée.
kind-when-bullied-block = Bloquer la personne.
kind-when-bullied-block-reason = Alors les messages méchants n’arrivent plus jusqu’à toi.
kind-when-bullied-tell = En parler à un adulte de confiance et lui montrer.
kind-when-bullied-tell-reason = C’est bien à tout moment : au début, à la fin ou entre les deux. Tu n’as jamais à gérer ça sans aide.
kind-when-bullied-secret = Garder le secret et espérer que ça s’arrête.
kind-when-bullied-secret-reason = Tu n’as pas à affronter ça sans aide. Parles-en à un adulte de confiance. Ce n’est jamais ta faute.
kind-when-bullied-report = La signaler dans l’appli.
kind-when-bullied-report-reason = L’appli peut avertir ou bloquer la personne. Tes captures d’écran aident.
kind-when-bullied-delete-all = Supprimer tout de suite tous les messages.
kind-when-bullied-delete-all-reason = Alors les preuves ont disparu. Fais d’abord des captures, puis bloque et signale.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Agis, ne regarde pas
level-kind-bystander-instruction = Tu vois quelqu’un être maltraité. Choisis la meilleure chose à faire.
level-kind-bystander-learned = Ne participe pas. Montre de la gentillesse à la personne et parles-en à un adulte de confiance. Ça aide beaucoup.
level-kind-bystander-hint-1 = Pense à la personne maltraitée. Qu’est-ce qui l’aiderait ?
level-kind-bystander-hint-2 = Participer ou rester sans rien dire n’aide pas. La gentillesse et demander de l’aide, si.
level-kind-bystander-hint-3 = Pour Finn, une simple invitation peut illuminer sa journée.

kind-bystander-chat-prompt = Dans la discussion de groupe de ta classe, des élèves se moquent sans arrêt de Noah.
kind-bystander-chat-join = Envoyer un smiley qui rit, moi aussi.
kind-bystander-chat-join-reason = Même un seul smiley qui rit, c’est participer. Noah a l’impression que tout le monde est contre lui.
kind-bystander-chat-silent = Ne rien dire. Un enseignant le verra de toute façon.
kind-bystander-chat-silent-reason = Les enseignants ne lisent pas toutes les discussions, et Noah peut croire que tout le monde est d’accord. Parles-en toi-même à un adulte de confiance.
kind-bystander-chat-support = Écrire gentiment à Noah et le dire à un adulte.
kind-bystander-chat-support-reason = Un message gentil montre à Noah qu’il n’est pas seul. Un adulte de confiance peut aider à arrêter les moqueries.

kind-bystander-photo-prompt = Quelqu’un partage une photo gênante de Zoé, de ta classe, pour se moquer d’elle.
kind-bystander-photo-share = La partager avec plus d’amis.
kind-bystander-photo-share-reason = Chaque partage diffuse la photo plus loin et blesse Zoé encore plus. Personne ne devrait partager une photo de quelqu’un pour s’en moquer.
kind-bystander-photo-stop = La signaler et le dire à un adulte.
kind-bystander-photo-stop-reason = La photo s’arrête avec toi. Signaler peut la faire retirer, et un adulte peut aider Zoé.
kind-bystander-photo-like = La liker, parce que tout le monde l’a fait.
kind-bystander-photo-like-reason = Un like dit à l’expéditeur que la photo est drôle. Ça peut le pousser à en publier d’autres.

kind-bystander-game-prompt = Des élèves laissent Finn exprès en dehors d’un jeu en ligne.
kind-bystander-game-invite = Inviter Finn à jouer avec toi.
kind-bystander-game-invite-reason = Une simple invitation peut illuminer la journée de Finn. Si on continue à l’exclure, parles-en à un adulte de confiance.
kind-bystander-game-along = Jouer sans lui. Leur jeu, leurs règles.
kind-bystander-game-along-reason = Exclure quelqu’un exprès fait mal. Suivre le mouvement fait que Finn se sent encore plus seul.
kind-bystander-game-pretend = Faire comme si tu n’avais rien vu.
kind-bystander-game-pretend-reason = Détourner les yeux, c’est facile, mais Finn se sent toujours exclu. Un petit geste gentil peut l’aider.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = La discussion de classe
level-kind-group-chat-instruction = Touche chaque message méchant dans cette discussion de classe.
level-kind-group-chat-learned = Se moquer, exclure, partager des photos sans demander et rire avec les autres, ce n’est pas gentil. Ne participe pas.
level-kind-group-chat-hint-1 = Lis chaque message. Que ressentirait Sam en le lisant ?
level-kind-group-chat-hint-2 = Les messages méchants se moquent de quelqu’un, l’excluent ou partagent sa photo.
level-kind-group-chat-hint-3 = Ben écrit deux des messages méchants.

kind-group-chat-trip = Mia : Qui est prêt pour la sortie scolaire demain ?
kind-group-chat-trip-reason = Une question amicale à toute la classe. Ce message est sans problème.
kind-group-chat-bottle = Léo : Moi ! N’oubliez pas votre gourde.
kind-group-chat-bottle-reason = Un rappel utile pour tout le monde. Ce message est sans problème.
kind-group-chat-shoes = Ben : T’as vu les chaussures de Sam ? Trop moches lol
kind-group-chat-shoes-reason = Ça se moque de Sam devant toute la classe. Ne participe pas, et montre de la gentillesse à Sam.
kind-group-chat-laugh = Max : MDRRR (cinq smileys qui rient)
kind-group-chat-laugh-reason = Rire avec les autres en rajoute et empire les moqueries. Rester en dehors, c’est déjà mieux.
kind-group-chat-homework = Finn : Quelqu’un peut m’envoyer la page des devoirs ?
kind-group-chat-homework-reason = Demander de l’aide pour les devoirs, c’est bien. Les discussions de classe sont faites pour ça.
kind-group-chat-photo = Ben : Regardez ! Photo de Sam qui trébuche dans la cour.
kind-group-chat-photo-reason = Sam n’a pas accepté qu’on partage cette photo. Demande avant de partager une photo de quelqu’un, et parle de celle-ci à un adulte.
kind-group-chat-party = Ava : Fête chez moi ! N’invitez pas Sam.
kind-group-chat-party-reason = Dire à tout le monde d’exclure Sam lui fait beaucoup de mal. Personne ne devrait être exclu exprès.
kind-group-chat-thanks = Zoé : Sam m’a aidée pour mon exposé. Merci, Sam !
kind-group-chat-thanks-reason = Dire merci devant la classe, c’est gentil. Ce message est sans problème.
