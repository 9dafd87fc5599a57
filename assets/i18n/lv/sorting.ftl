# The "Safe to share?" levels (digital literacy).

bin-share = Drīkst dalīties
bin-private = Paturēt privāti
sort-hint = Ievelc kartīti kastē vai pieskaries kastei.
sort-card-count = Kartīte { $current } no { $total }
sort-card = Kartīte: { $text }
sort-right = Pareizi!
sort-wrong = Ne gluži.
sort-finish = Pabeigt
sort-feedback = { $verdict } { $reason }
