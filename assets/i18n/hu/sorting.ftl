# The "Safe to share?" levels (digital literacy).

bin-share = Megoszthatom
bin-private = Titokban tartom
sort-hint = Húzd a kártyát egy dobozba, vagy koppints egy dobozra.
sort-card-count = Kártya: { $current }/{ $total }
sort-card = Kártya: { $text }
sort-right = Így van!
sort-wrong = Nem egészen.
sort-finish = Befejezés
sort-feedback = { $verdict } { $reason }
