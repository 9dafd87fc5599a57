# The "Safe to share?" levels (digital literacy).

bin-share = Okej att dela
bin-private = Håll privat
sort-hint = Dra kortet till en låda, eller tryck på en låda.
sort-card-count = Kort { $current } av { $total }
# Accessible name of the card being sorted.
sort-card = Kort: { $text }
sort-right = Rätt!
sort-wrong = Inte riktigt.
sort-finish = Klar
sort-feedback = { $verdict } { $reason }
