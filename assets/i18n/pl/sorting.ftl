# The "Safe to share?" levels.

bin-share = Można pokazać
bin-private = Zostaje prywatne
sort-hint = Przeciągnij kartę do pudełka albo dotknij pudełka.
sort-card-count = Karta { $current } z { $total }
sort-card = Karta: { $text }
sort-right = Dobrze!
sort-wrong = Nie całkiem.
sort-finish = Gotowe
sort-feedback = { $verdict } { $reason }
