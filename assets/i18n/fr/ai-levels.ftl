# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.

world-ai-and-me = L’IA et moi

ai-bin-ok-to-ask = Je peux demander
ai-bin-good-use = Bon usage
ai-bin-not-ok = Pas OK

## Level 2: what to tell a chatbot (sort)

level-ai-what-to-tell-title = Discuter avec un chatbot
level-ai-what-to-tell-instruction = Peux-tu demander ça à un chatbot, ou vaut-il mieux le garder pour toi ?
level-ai-what-to-tell-learned = Pose des questions au chatbot sur le monde, pas sur toi. Noms, adresses, photos, mots de passe et secrets restent privés.
level-ai-what-to-tell-hint-1 = Demande-toi : est-ce que ça parle du monde, ou de moi et de mes amis ?
level-ai-what-to-tell-hint-2 = L’entreprise qui gère un chatbot peut lire ce que tu écris. Garde pour toi tout ce qui montre qui tu es.
level-ai-what-to-tell-hint-3 = Tu peux demander de l’aide pour l’histoire de dragon. Pas pour ton adresse.

ai-what-to-tell-volcano = Comment marchent les volcans ?
ai-what-to-tell-volcano-reason = Une question sur le monde ne dévoile rien. Vérifie aussi la réponse dans un livre.
ai-what-to-tell-address = Ton adresse
ai-what-to-tell-address-reason = Un chatbot n’a pas besoin de savoir où tu habites. L’entreprise derrière lui peut lire ce que tu écris.
ai-what-to-tell-name-school = Ton nom complet et ton école
ai-what-to-tell-name-school-reason = Ensemble, ils disent à qui les lit qui tu es et où te trouver. Garde-les pour toi.
ai-what-to-tell-dragon = Des idées pour une histoire de dragon
ai-what-to-tell-dragon-reason = Demander des idées, c’est bien. Ensuite, fais de l’histoire la tienne.
ai-what-to-tell-password = Ton mot de passe, pour qu’il s’en souvienne
ai-what-to-tell-password-reason = Un chatbot n’a jamais besoin de ton mot de passe. Garde-le pour toi et pour l’adulte qui t’aide avec.
ai-what-to-tell-face-photo = Une photo de ton visage
ai-what-to-tell-face-photo-reason = Une photo de toi, c’est personnel. Ne la donne pas aux chatbots, et demande à un adulte de confiance avant de partager des photos.
ai-what-to-tell-perimeter = Que veut dire « périmètre » ?
ai-what-to-tell-perimeter-reason = Demander ce que veut dire un mot, c’est bien. Ton enseignant peut vérifier la réponse avec toi.
ai-what-to-tell-friend-secret = Un secret qu’un ami t’a confié
ai-what-to-tell-friend-secret-reason = C’est le secret de ton ami. Ce n’est pas à toi de le partager, ni avec un chatbot ni avec personne.

## Level 1: teach the robot (train_robot)

level-ai-teach-the-robot-title = Apprends au robot
level-ai-teach-the-robot-instruction = Trie les cartes pour apprendre au robot ce qu’est un chat. Puis teste-le.
level-ai-teach-the-robot-learned = Un robot apprend seulement de ses exemples. Montre-lui beaucoup de sortes de chats, et il reconnaîtra aussi de nouveaux chats.
level-ai-teach-the-robot-hint-1 = Regarde les chats dont le robot a appris. En quoi se ressemblent-ils tous ?
level-ai-teach-the-robot-hint-2 = Tous les chats qu’il a vus étaient petits et roux. Il lui faut des chats différents.
level-ai-teach-the-robot-hint-3 = Ajoute un chat gris, grand ou tout doux.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Sûr de lui, mais faux
level-ai-chatbot-sure-instruction = Un chatbot a l’air très sûr de lui. Que fais-tu ?
level-ai-chatbot-sure-learned = Un chatbot peut avoir l’air sûr de lui et quand même se tromper. Vérifie dans un livre ou sur un site fiable, ou demande à un adulte.
level-ai-chatbot-sure-hint-1 = Avoir l’air sûr, est-ce que ça rend une chose vraie ?
level-ai-chatbot-sure-hint-2 = Vérifie avec une source qui n’est pas le chatbot.
level-ai-chatbot-sure-hint-3 = Pour l’araignée : un livre de sciences peut te le dire.

ai-chatbot-sure-spider-prompt = Pour tes devoirs, tu demandes à un chatbot : « L’araignée est-elle un insecte ? » Il répond : « Oui, les araignées sont des insectes. »
ai-chatbot-sure-spider-copy = Je le note. Il a l’air très sûr de lui.
ai-chatbot-sure-spider-copy-reason = Avoir l’air sûr, ce n’est pas avoir raison. Les araignées ont 8 pattes, les insectes en ont 6.
ai-chatbot-sure-spider-check = Vérifier dans un livre de sciences ou un site fiable
ai-chatbot-sure-spider-check-reason = Bravo ! Une autre source montre que le chatbot s’est trompé : les araignées ne sont pas des insectes.
ai-chatbot-sure-spider-ask-again = Demander au chatbot : « Tu es sûr ? »
ai-chatbot-sure-spider-ask-again-reason = Il risque juste de redire oui. Vérifie avec une source qui n’est pas le chatbot.
ai-chatbot-sure-talk-prompt = Un chatbot te donne un fait incroyable pour ton exposé. Tu ne le trouves nulle part ailleurs.
ai-chatbot-sure-talk-use-it = L’utiliser : le chatbot sait des choses qu’on ignore
ai-chatbot-sure-talk-use-it-reason = Les chatbots peuvent inventer des faits qui ont l’air vrais. Si personne d’autre ne le dit, laisse-le de côté.
ai-chatbot-sure-talk-leave-out = Le laisser de côté, ou en parler à ton enseignant
ai-chatbot-sure-talk-leave-out-reason = Bien. Un fait que tu ne peux pas vérifier n’est pas prêt pour ton exposé.
ai-chatbot-sure-talk-tell-friends = Dire à tes amis que c’est vrai
ai-chatbot-sure-talk-tell-friends-reason = Ça répand un fait que personne n’a vérifié. Vérifie-le d’abord.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Pourquoi cette vidéo ?
level-ai-why-this-video-instruction = Trouve pourquoi l’appli te montre ce qu’elle te montre.
level-ai-why-this-video-learned = Les applis apprennent de ce que tu regardes, aimes et cherches. Cherche des choses nouvelles, et dis à l’appli ce que tu ne veux pas.
level-ai-why-this-video-hint-1 = Pense à ce que tu as fait avant dans l’appli.
level-ai-why-this-video-hint-2 = L’appli choisit les vidéos d’après ce que tu regardes, aimes et cherches.
level-ai-why-this-video-hint-3 = Pour voir autre chose, montre à l’appli d’autres choses que tu aimes.

ai-why-this-video-cakes-prompt = Tu as regardé trois vidéos de gâteaux jusqu’au bout. Maintenant, ton appli te montre plein de vidéos de gâteaux.
ai-why-this-video-cakes-everyone = Le monde entier regarde des gâteaux aujourd’hui
ai-why-this-video-cakes-everyone-reason = Peu probable ! L’appli choisit les vidéos pour toi d’après ce que tu as fait.
ai-why-this-video-cakes-learned = L’appli a appris de ce que tu as regardé
ai-why-this-video-cakes-learned-reason = Exact. Les applis utilisent ce que tu regardes, aimes et cherches pour choisir la suite.
ai-why-this-video-cakes-teacher = Ton enseignant a dit à l’appli que tu aimes les gâteaux
ai-why-this-video-cakes-teacher-reason = Non. L’appli l’a appris de tes propres touches et vues.
ai-why-this-video-more-prompt = Tu veux voir autre chose que des gâteaux. Qu’est-ce qui aide ?
ai-why-this-video-more-search = Chercher du nouveau, toucher « Pas intéressé »
ai-why-this-video-more-search-reason = Oui ! L’appli apprend aussi de ça. Beaucoup d’applis ont un bouton comme « Pas intéressé ».
ai-why-this-video-more-more-cakes = Regarder encore plus de vidéos de gâteaux
ai-why-this-video-more-more-cakes-reason = Ça apprend à l’appli que tu ne veux que des gâteaux.
ai-why-this-video-more-scroll = Faire défiler : l’appli changera bientôt toute seule
ai-why-this-video-more-scroll-reason = L’appli continue de choisir d’après ce que tu as fait avant. Montre-lui ce que tu aimes d’autre.
ai-why-this-video-feel-bad-prompt = Un genre de vidéo que l’appli te montre sans arrêt te fait te sentir mal dans ta peau.
ai-why-this-video-feel-bad-keep-watching = Continuer à regarder, pour ne rien rater
ai-why-this-video-feel-bad-keep-watching-reason = Regarder plus dit à l’appli de t’en montrer plus. Arrête-toi et fais une pause.
ai-why-this-video-feel-bad-share = Les partager à des amis : se sentent-ils mal aussi ?
ai-why-this-video-feel-bad-share-reason = Ça répand le malaise. Arrête de regarder et parle à quelqu’un de confiance.
ai-why-this-video-feel-bad-stop-tell = Arrêter et en parler à un adulte de confiance
ai-why-this-video-feel-bad-stop-tell-reason = Bien. Ce que tu ressens compte plus que l’appli. Un adulte peut t’aider à changer ce qu’elle montre.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Vrai ou fait par l’IA ?
level-ai-fake-picture-instruction = Touche chaque indice qui montre que cette image est peut-être faite par l’IA, ou pas vraie.
level-ai-fake-picture-learned = L’IA peut faire des images qui ont l’air vraies. Cherche des indices, vérifie d’autres sources, et demande à un adulte quand tu as un doute.
level-ai-fake-picture-hint-1 = Cette image te surprendrait-elle dans la vraie vie ?
level-ai-fake-picture-hint-2 = Surprenant, trop parfait, des détails faux, et la pression pour partager vite : ce sont tous des indices.
level-ai-fake-picture-hint-3 = Lis bien le panneau sur le bus.

ai-fake-picture-account = Publié par : @pic_planet, aujourd’hui à 10:02
ai-fake-picture-account-reason = Le nom et l’heure seuls ne disent pas si une image est vraie. Regarde l’image elle-même.
ai-fake-picture-photo = Photo : un manchot aussi grand qu’un bus scolaire
ai-fake-picture-photo-reason = Les images très surprenantes sont un indice. Vérifie si les infos ou un site fiable la montrent aussi.
ai-fake-picture-perfect = Tout a l’air lisse et parfait, comme un jouet
ai-fake-picture-perfect-reason = Les images faites par l’IA peuvent avoir l’air trop parfaites. C’est un indice : vérifie avant d’y croire.
ai-fake-picture-sign = Le panneau du bus dit « ÉCLOE BSU »
ai-fake-picture-sign-reason = Des détails qui ne vont pas, comme des lettres mélangées, montrent qu’une image est peut-être inventée.
ai-fake-picture-caption = Légende : VRAI !!! Partage avant que ce soit supprimé !
ai-fake-picture-caption-reason = La pression pour partager vite est un signal d’alerte. Les vraies infos peuvent attendre que tu vérifies.
ai-fake-picture-question = Commentaire : Quel site d’infos en parle ?
ai-fake-picture-question-reason = Bonne question ! Vérifier d’autres sources, c’est ce qu’il faut faire.
ai-fake-picture-comment = Commentaire : Les manchots ne sont pas si grands !
ai-fake-picture-comment-reason = Ce commentaire a raison de douter. Utiliser ce que tu sais, c’est une bonne vérification.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Est-ce vraiment cette personne ?
level-ai-voice-message-instruction = Les voix et les vidéos peuvent être faites avec l’IA. Que fais-tu ?
level-ai-voice-message-learned = L’IA peut copier des voix et des visages. Si un message demande des codes, de l’argent ou un clic rapide, vérifie autrement et parles-en à un adulte.
level-ai-voice-message-hint-1 = Une voix qui a l’air juste prouve-t-elle qui parle ?
level-ai-voice-message-hint-2 = Vérifie avec la personne d’une autre façon, pas en répondant au message.
level-ai-voice-message-hint-3 = Pour la chanteuse : sa propre page le dirait aussi.

ai-voice-message-cousin-prompt = Un message vocal ressemble exactement à ton cousin Léo : « J’ai perdu mon téléphone ! Envoie-moi vite le code bancaire de tes parents ! »
ai-voice-message-cousin-send = L’envoyer : Léo est de la famille et a l’air inquiet
ai-voice-message-cousin-send-reason = L’IA peut copier une voix à partir d’un court extrait. Et un vrai cousin ne demanderait pas un code bancaire.
ai-voice-message-cousin-check = Vérifier avec Léo autrement, avec un adulte
ai-voice-message-cousin-check-reason = Bien. Ne te fie pas seulement à la voix. Un adulte peut appeler Léo au numéro qu’il connaît.
ai-voice-message-cousin-delete-after = Envoyer le code, mais lui demander de l’effacer après
ai-voice-message-cousin-delete-after-reason = Une fois envoyé, ça t’échappe. N’envoie jamais de codes.
ai-voice-message-singer-prompt = Une vidéo montre la chanteuse Mila Star qui dit : « Clique sur ce lien et gagne une tablette gratuite ! »
ai-voice-message-singer-click = Cliquer vite, avant qu’il n’y ait plus de tablettes
ai-voice-message-singer-click-reason = La précipitation est un signal d’alerte. Des vidéos comme celle-ci peuvent être faites avec l’IA pour te piéger.
ai-voice-message-singer-check = Vérifier d’abord sa propre page et les infos
ai-voice-message-singer-check-reason = Oui. Si sa propre page et les infos ne le disent pas, la vidéo est fausse.
ai-voice-message-singer-aunt = Demander à ta tante de cliquer pour toi
ai-voice-message-singer-aunt-reason = Le problème, c’est le lien, peu importe qui clique. Vérifie d’abord, puis montre à l’adulte pourquoi.

## Level 7: AI helps, you decide (sort)

level-ai-you-decide-title = L’IA aide, tu décides
level-ai-you-decide-instruction = Est-ce un bon usage de l’IA pour l’école, ou pas OK ?
level-ai-you-decide-learned = L’IA peut t’aider à apprendre. C’est toi qui réfléchis, tu vérifies ce qu’elle dit, et tu suis les règles de ton école.
level-ai-you-decide-hint-1 = Demande-toi : qui réfléchit ici, moi ou l’IA ?
level-ai-you-decide-hint-2 = Utiliser l’IA pour comprendre ou t’entraîner, c’est bien. Faire passer son travail pour le tien, non.
level-ai-you-decide-hint-3 = Lui demander d’expliquer un mot est un bon usage.

ai-you-decide-explain-word = Lui demander d’expliquer un mot que tu ne connais pas
ai-you-decide-explain-word-reason = Utiliser l’IA pour comprendre quelque chose t’aide à apprendre. Vérifie que ça a du sens.
ai-you-decide-copy-story = Rendre comme la tienne une histoire écrite par l’IA
ai-you-decide-copy-story-reason = Ce n’est pas ton travail, et tu n’apprends rien. Dis honnêtement ce que l’IA a fait.
ai-you-decide-quiz = Lui demander des questions de quiz pour t’entraîner
ai-you-decide-quiz-reason = T’entraîner avec ses questions peut aider. Vérifie les réponses dans tes notes.
ai-you-decide-whole-homework = La laisser faire tous tes devoirs à ta place
ai-you-decide-whole-homework-reason = Alors tu sautes la réflexion qui est le but des devoirs. Essaie d’abord toi-même.
ai-you-decide-check-facts = Vérifier ses faits dans un livre ou sur un site fiable
ai-you-decide-check-facts-reason = L’IA peut se tromper. Vérifier, c’est ce que fait un utilisateur malin.
ai-you-decide-fake-photo = Faire une fausse photo rigolote de quelqu’un de ta classe
ai-you-decide-fake-photo-reason = Les fausses images de vraies personnes peuvent les blesser. N’utilise jamais l’IA pour te moquer de quelqu’un.
ai-you-decide-own-words = Trouver des idées, puis écrire avec tes propres mots
ai-you-decide-own-words-reason = Bien : les idées t’aident à commencer, et le travail est le tien.
ai-you-decide-against-rules = L’utiliser quand ton enseignant a dit non
ai-you-decide-against-rules-reason = C’est ton école qui décide quand on peut utiliser l’IA. Suis ses règles.
