# The "Fact Finders" world: judging information. Item texts stay short (about 60 characters
# at most). People, places, sites and brands are made up; only .example web addresses.

world-fact-finders = Chasseurs de faits

fact-bin-trustworthy = Semble fiable
fact-bin-check-first = À vérifier d’abord
fact-bin-advert = Pub
fact-bin-not-advert = Pas une pub

## Level 1: headlines (sort)

level-fact-headlines-title = Vérifie les titres
level-fact-headlines-instruction = Ce titre semble-t-il fiable, ou faut-il d’abord le vérifier ?
level-fact-headlines-learned = Fais confiance aux infos de ceux qui savent vraiment, comme ta ville ou ton école. Vérifie d’abord les infos qui crient, qui promettent des merveilles ou qui n’ont pas d’auteur.
level-fact-headlines-hint-1 = Demande-toi : qui dit ça, et comment le saurait-il ?
level-fact-headlines-hint-2 = Des cris, des secrets et des promesses incroyables veulent dire : vérifie d’abord. Les nouvelles de tous les jours venant des responsables semblent fiables.
level-fact-headlines-hint-3 = Le titre sur les chats crie et parle d’un grand secret. Vérifie-le d’abord !

fact-headlines-cats = INCROYABLE !!! Les chats parlent, on nous le cache !
fact-headlines-cats-reason = Des majuscules, plein de « ! » et un grand secret sont des signaux d’alerte. Cherche d’abord sur des sites fiables.
fact-headlines-library = Site de la ville : la bibliothèque ouvre tard le jeudi
fact-headlines-library-reason = La ville gère la bibliothèque : son propre site connaît les horaires.
fact-headlines-grow = Cette astuce te fait grandir de 10 cm en une nuit !
fact-headlines-grow-reason = C’est trop beau pour être vrai. Ces titres veulent tes clics, pas te donner des faits.
fact-headlines-weather = Service météo : pluie prévue samedi
fact-headlines-weather-reason = Faire des prévisions, c’est le travail du service météo. C’est la bonne source pour cette info.
fact-headlines-no-name = Message sans nom : toutes les écoles ferment un mois !
fact-headlines-no-name-reason = Personne ne dit qui a écrit ça. Une si grosse nouvelle serait sur le site de l’école ou de la ville.
fact-headlines-sports-day = Journal de l’école : la fête du sport passe au vendredi
fact-headlines-sports-day-reason = Ton école connaît ses propres projets. Les infos de l’école elle-même sont une bonne source.

## Level 2: advert or not? (sort)

level-fact-ad-or-not-title = Pub ou pas ?
level-fact-ad-or-not-instruction = Est-ce une pub ? Trie chaque carte dans la bonne boîte.
level-fact-ad-or-not-learned = Les pubs veulent te faire acheter quelque chose. Cherche des mentions comme « Sponsorisé », « Annonce » ou « #pub ».
level-fact-ad-or-not-hint-1 = Demande-toi : est-ce que quelqu’un veut me faire acheter quelque chose ?
level-fact-ad-or-not-hint-2 = « Sponsorisé », « Annonce » et « #pub » veulent dire que quelqu’un a payé pour que ce soit là.
level-fact-ad-or-not-hint-3 = La fenêtre des gemmes et la publication « #pub » sont des pubs.

fact-ad-or-not-sponsored = Sponsorisé : goûte les nouvelles céréales Crunchy Stars !
fact-ad-or-not-sponsored-reason = « Sponsorisé » veut dire qu’une entreprise a payé pour te montrer ça. Elle veut que tu achètes ses céréales.
fact-ad-or-not-news = Reportage : un nouveau pont ouvre à Riverton
fact-ad-or-not-news-reason = Un reportage te dit ce qui s’est passé. Personne ne te vend rien.
fact-ad-or-not-influencer = Mia_Plays : J’adore ces baskets ! #pub
fact-ad-or-not-influencer-reason = « #pub » veut dire qu’une entreprise a payé Mia pour cette publication. Elle est payée pour dire qu’elle les adore.
fact-ad-or-not-encyclopedia = Encyclopédie : comment les abeilles font le miel
fact-ad-or-not-encyclopedia-reason = Une encyclopédie explique les choses. Elle n’essaie pas de te vendre du miel.
fact-ad-or-not-search = Premier résultat de recherche, marqué « Sponsorisé »
fact-ad-or-not-search-reason = L’entreprise a payé pour être en haut. La meilleure réponse est peut-être plus bas.
fact-ad-or-not-gems = Fenêtre dans un jeu : achète 500 gemmes maintenant !
fact-ad-or-not-gems-reason = Le jeu veut que tu dépenses du vrai argent. Demande toujours à un adulte avant d’acheter quoi que ce soit.
fact-ad-or-not-friend = Publication de ton ami : regardez mon château de sable !
fact-ad-or-not-friend-reason = Ton ami partage quelque chose d’amusant. Personne n’a payé pour ça : ce n’est pas une pub.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Où chercher ?
level-fact-which-source-instruction = Choisis chaque fois la meilleure réponse.
level-fact-which-source-learned = Cherche les faits là où des experts les écrivent. Vérifie une histoire sur des sites fiables avant d’y croire ou de la partager.
level-fact-which-source-hint-1 = Demande-toi : qui a fait ça, et est-ce qu’il s’y connaît vraiment ?
level-fact-which-source-hint-2 = Les bonnes sources disent qui les a faites, et des experts les vérifient.
level-fact-which-source-hint-3 = Pour les volcans, choisis l’encyclopédie ou le site du musée.

fact-which-source-volcanoes = Pour tes devoirs, il te faut des faits sur les volcans. Où cherches-tu ?
fact-which-source-volcanoes-video = La première vidéo drôle que je trouve.
fact-which-source-volcanoes-video-reason = Les vidéos drôles veulent te faire rire. Elles peuvent se tromper sur les faits.
fact-which-source-volcanoes-encyclopedia = Une encyclopédie pour enfants ou un site de musée.
fact-which-source-volcanoes-encyclopedia-reason = Bien joué ! Des experts les écrivent et les vérifient. Elles disent qui les a faites.
fact-which-source-volcanoes-game-chat = Demander dans la discussion d’un jeu. Quelqu’un saura.
fact-which-source-volcanoes-game-chat-reason = Les gens d’une discussion de jeu devinent peut-être. Tu ne peux pas savoir s’ils savent vraiment.
fact-which-source-chocolate = Une vidéo dit : « Manger du chocolat guérit le rhume ! » Que fais-tu ?
fact-which-source-chocolate-believe = Manger plein de chocolat au prochain rhume.
fact-which-source-chocolate-believe-reason = Une vidéo, ce n’est pas une preuve. Beaucoup de chocolat ne fera pas partir un rhume.
fact-which-source-chocolate-share = L’envoyer à Mamie pour qu’elle reste en forme.
fact-which-source-chocolate-share-reason = Mamie pourrait y croire aussi, et c’est faux. Vérifie d’abord, puis partage seulement ce qui est vrai.
fact-which-source-chocolate-check = Demander à un adulte de t’aider à vérifier.
fact-which-source-chocolate-check-reason = Bravo ! Ensemble, vous pouvez regarder sur un site de santé fiable. Les médecins connaissent les rhumes.
fact-which-source-screenshot = Quelqu’un partage une capture d’écran d’« info » dans la discussion de classe. Il n’y a pas de lien.
fact-which-source-screenshot-search = La chercher sur un site d’infos fiable.
fact-which-source-screenshot-search-reason = Bon travail de détective ! Si c’est vrai, les sites d’infos fiables en parleront aussi.
fact-which-source-screenshot-forward = La faire suivre partout, pour que tout le monde sache.
fact-which-source-screenshot-forward-reason = Sans lien, tu ne peux pas savoir qui l’a faite. Elle est peut-être inventée.
fact-which-source-screenshot-believe = Y croire : une capture d’écran, c’est une preuve.
fact-which-source-screenshot-believe-reason = N’importe qui peut faire une image qui ressemble à une info. Les captures d’écran sont faciles à truquer.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Info de dernière minute ?
level-fact-fake-news-page-instruction = Touche chaque signal d’alerte sur cette page d’infos.
level-fact-fake-news-page-learned = Les fausses infos crient souvent, cachent qui les a écrites, font passer de vieilles histoires pour nouvelles et te pressent de partager.
level-fact-fake-news-page-hint-1 = Lis comme un détective : qui a écrit ça, et quand ?
level-fact-fake-news-page-hint-2 = Des cris, un nom qui manque, une vieille date et la hâte de partager sont des signaux d’alerte.
level-fact-fake-news-page-hint-3 = Regarde le titre, la ligne de l’auteur et la date.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Tu n’as jamais entendu parler de ce site. N’importe qui peut mettre « vérité » (truth) dans un nom : cherche qui le gère.
fact-fake-news-page-menu = Accueil · Infos · Sport
fact-fake-news-page-menu-reason = La plupart des sites d’infos ont un menu comme celui-ci. Ce n’est pas un signal d’alerte.
fact-fake-news-page-headline = UN ŒUF DE DINOSAURE ÉCLOT AU PARC DE MAPLETON !!!
fact-fake-news-page-headline-reason = Les majuscules et plein de « ! » veulent t’exciter. Les vraies infos racontent calmement.
fact-fake-news-page-author = Écrit par : (pas de nom)
fact-fake-news-page-author-reason = Les vraies infos disent qui les a écrites. Sans nom, personne ne se porte garant de l’histoire.
fact-fake-news-page-date = Publié il y a 6 ans, mais marqué « NOUVEAU ! »
fact-fake-news-page-date-reason = Cette vieille histoire est partagée comme si elle s’était passée aujourd’hui. Vérifie toujours la date.
fact-fake-news-page-photo = Photo : un parc calme avec des arbres
fact-fake-news-page-photo-reason = Une photo normale n’est pas un signal d’alerte en soi. Lis aussi les mots autour.
fact-fake-news-page-share = Partage avant qu’ils suppriment ça !
fact-fake-news-page-share-reason = Ça veut que tu te dépêches sans réfléchir. Les vraies infos ne te supplient pas de les partager.

## Level 5: check a story before you share it (order_steps, the SIFT method)

level-fact-check-a-story-title = Stop et vérifie
level-fact-check-a-story-instruction = Tu vois une histoire surprenante. Range les étapes des vérificateurs de faits dans l’ordre.
level-fact-check-a-story-learned = Les vérificateurs de faits s’arrêtent d’abord, puis cherchent qui a fait une histoire, puis la cherchent sur des sites fiables, et seulement ensuite décident de la partager.
level-fact-check-a-story-hint-1 = Que faut-il faire avant que ton doigt touche « Partager » ?
level-fact-check-a-story-hint-2 = Les vérificateurs de faits regardent qui a fait une histoire avant de chercher ailleurs. Décider vient en dernier.
level-fact-check-a-story-hint-3 = L’étape 1, c’est s’arrêter et ne pas encore partager.

fact-check-a-story-stop = Stop : ne la partage pas encore.
fact-check-a-story-stop-reason = Fais ça en premier. Les vérificateurs commencent par s’arrêter : une fois une histoire partagée, tu ne peux plus la reprendre.
fact-check-a-story-who = Trouve qui l’a faite, et pourquoi.
fact-check-a-story-who-reason = Ensuite, regarde la source. Veut-elle t’informer, te vendre quelque chose ou avoir des clics ?
fact-check-a-story-others = Cherche-la sur d’autres sites fiables. Vérifie la date.
fact-check-a-story-others-reason = Puis compare. Si c’est vrai, les sites d’infos fiables en parlent aussi. Les vieilles histoires sont souvent partagées comme nouvelles.
fact-check-a-story-decide = Puis décide : la partager ou non.
fact-check-a-story-decide-reason = Décide en dernier, quand tu sais qui l’a faite et qui d’autre en parle. Partage seulement ce que tu as vérifié.
