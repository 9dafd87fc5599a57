# The "Safe to share?" levels (digital literacy).

bin-share = Lahko deliš
bin-private = Obdrži zase
sort-hint = Povleci kartico v škatlo ali tapni škatlo.
sort-card-count = Kartica { $current } od { $total }
# Accessible name of the card being sorted.
sort-card = Kartica: { $text }
sort-right = Pravilno!
sort-wrong = Ne čisto.
sort-finish = Končaj
sort-feedback = { $verdict } { $reason }
