# The "Safe to share?" levels (digital literacy).

bin-share = Okay at dele
bin-private = Hold privat
sort-hint = Træk kortet ned i en kasse, eller tryk på en kasse.
sort-card-count = Kort { $current } af { $total }
sort-card = Kort: { $text }
sort-right = Rigtigt!
sort-wrong = Ikke helt.
sort-finish = Færdig
sort-feedback = { $verdict } { $reason }
