# The "Safe to share?" levels (digital literacy).

bin-share = Teilen ist okay
bin-private = Bleibt privat
sort-hint = Zieh die Karte in eine Kiste oder tippe auf eine Kiste.
sort-card-count = Karte { $current } von { $total }
# Accessible name of the card being sorted.
sort-card = Karte: { $text }
sort-right = Richtig!
sort-wrong = Nicht ganz.
sort-finish = Fertig
# Verdict and reason after placing a card, e.g. "Right! A stranger could use it …"
sort-feedback = { $verdict } { $reason }
