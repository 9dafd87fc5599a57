# What the digital-literacy level kinds show around a level’s own texts.

answer-next = Suivant
answer-right = Bravo !
answer-wrong = Pas tout à fait.
answer-feedback = { $verdict } { $reason }

pick-screen = Que ferais-tu ?
pick-start = Lis ce qui se passe, puis touche la meilleure réponse.
pick-progress = Question { $current } sur { $total }
pick-option-best = Meilleure réponse : { $text }
pick-option-not-best = Pas la meilleure : { $text }

order-screen-steps = Étapes
order-screen-rank = Mots de passe
order-start = Touche l’étape qui vient en premier.
order-start-rank = Touche d’abord le mot de passe le plus faible.
order-progress = { $placed } sur { $total } dans l’ordre
order-step-placed = { $number }. { $text }
order-done = { $last } Tout est dans l’ordre. Touche « Terminer ».

password-screen = Nouveau mot de passe
password-empty = Touche les mots ci-dessous pour construire un mot de passe.
password-shown = Mot de passe : { $password }
password-piece = Ajouter { $text }
password-remove = Retirer le dernier
password-clear = Recommencer
password-pieces = { $count } { $count ->
        [one] morceau
        [many] de morceaux
       *[other] morceaux
    } (au moins { $min }, au plus { $max })
password-meter-empty = Solidité : rien pour l’instant
password-meter-pending = Solidité : mesure en cours…
password-meter-unavailable = Le mesureur de solidité n’a pas pu se charger. Vérifie la connexion, puis change le mot de passe pour réessayer.
password-meter = Solidité : { $score }. { $time }
password-personal = Attention ! { $reason }
password-build-empty = Commence par un mot. Choisis des mots qui n’ont rien à voir avec toi.
password-build-personal = Retire le morceau qui parle de toi : les gens qui te connaissent pourraient le deviner.
password-build-short = Ajoute des mots : utilises-en au moins { $min }.
password-build-weak = Pas encore assez solide. Ajoute un mot, ou remplaces-en un. Vise « { $target } ».
password-build-done = Solide, long et rien sur toi. Touche « Terminer » !
password-score-0 = Très faible
password-score-1 = Faible
password-score-2 = Moyen
password-score-3 = Solide
password-score-4 = Très solide
password-time-instantly = Un ordinateur le devine en moins d’une minute.
password-time-minutes = Un ordinateur le devine en quelques minutes.
password-time-hours = Un ordinateur le devine en quelques heures.
password-time-days = Un ordinateur a besoin de jours pour le deviner.
password-time-years = Un ordinateur a besoin d’années pour le deviner.
password-time-centuries = Un ordinateur a besoin de centaines d’années pour le deviner.
password-meter-limited = Solidité : { $score }. { $limit }
password-limit-short = Trop court pour être solide. Fais-le de 15 lettres ou plus.
password-limit-few-words = Un mot de passe solide a au moins trois mots au hasard.
password-limit-common-words = Ces mots sont très courants. Remplaces-en un par un mot plus rare.

address-screen = Lien
address-claim = Ce lien dit qu’il mène à { $brand }.
address-start = Lis le nom de l’adresse par la fin, pas par le début.
address-find = Touche la partie qui nomme le site.
address-judge = Est-ce le site de { $brand } ?
address-yes = Oui, c’est { $brand }
address-no = Non, ce n’est pas ça
address-part = Partie de l’adresse : { $text }
address-progress = Lien { $current } sur { $total }
address-found = Oui ! Cette partie nomme le site : { $site }. Est-ce { $brand } ?
address-verdict-real = Ce lien mène à { $site }, le vrai site de { $brand }.
address-verdict-other = Ce lien mène à { $site }, pas à { $brand }. Le nom { $brand } ailleurs dans le lien n’est qu’un déguisement.
address-verdict-lookalike = Regarde bien : certaines lettres viennent d’un autre alphabet. Le navigateur lit { $real }, et ce n’est pas { $brand }.
address-part-scheme = « https:// » veut seulement dire que personne ne peut écouter en chemin. Ça ne dit pas qui gère le site.
address-part-user = Le navigateur ne va pas vers ce qui est avant un @. Les arnaqueurs y mettent un nom célèbre.
address-part-subdomain = Ce n’est qu’une partie de devant. Le propriétaire du site peut écrire n’importe quel mot ici, même un nom célèbre.
address-part-site = Cette partie nomme le site : la fin et le nom juste avant. Elle te dit qui gère le site.
address-part-port = Ce nombre est une porte d’entrée du site. Il ne dit pas qui le gère.
address-part-path = Cette partie vient après le nom du site. Le propriétaire peut y écrire n’importe quoi.
address-part-query = Cette partie vient après le nom du site. Le propriétaire peut y écrire n’importe quoi.
address-part-fragment = Cette partie saute seulement à un endroit de la page. Elle ne dit pas qui gère le site.
address-shown = { $words } — en vrai, il mène à :
address-verdict-shown = Les mots du lien disent une chose, mais il mène à { $site }, pas à { $brand }.
address-verdict-note = { $reason } { $note }
