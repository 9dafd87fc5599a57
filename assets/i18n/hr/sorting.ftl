# The "Safe to share?" levels.

bin-share = Smije se podijeliti
bin-private = Ostaje privatno
sort-hint = Povuci karticu u kutiju ili dodirni kutiju.
sort-card-count = Kartica { $current } od { $total }
sort-card = Kartica: { $text }
sort-right = Točno!
sort-wrong = Ne baš.
sort-finish = Gotovo
sort-feedback = { $verdict } { $reason }
