# The "Safe to share?" levels (digital literacy).

bin-share = Je peux partager
bin-private = Je garde pour moi
sort-hint = Fais glisser la carte dans une boîte, ou touche une boîte.
sort-card-count = Carte { $current } sur { $total }
sort-card = Carte : { $text }
sort-right = Bravo !
sort-wrong = Pas tout à fait.
sort-finish = Terminer
sort-feedback = { $verdict } { $reason }
