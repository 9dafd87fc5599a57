# Nivelurile „Pot împărtăși?”.

bin-share = Pot împărtăși
bin-private = Rămâne privat
sort-hint = Trage cartonașul într-o cutie sau atinge o cutie.
sort-card-count = Cartonașul { $current } din { $total }
sort-card = Cartonaș: { $text }
sort-right = Corect!
sort-wrong = Nu chiar.
sort-finish = Gata
sort-feedback = { $verdict } { $reason }
