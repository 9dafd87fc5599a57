# The "Safe to share?" levels (digital literacy).

bin-share = Mag je delen
bin-private = Houd het privé
sort-hint = Sleep de kaart naar een bak, of tik op een bak.
sort-card-count = Kaart { $current } van { $total }
# Accessible name of the card being sorted.
sort-card = Kaart: { $text }
sort-right = Goed zo!
sort-wrong = Niet helemaal.
sort-finish = Klaar
sort-feedback = { $verdict } { $reason }
