# Lygiai „Ar saugu dalintis?“ (skaitmeninis raštingumas).

bin-share = Galima dalintis
bin-private = Laikyk privačiai
sort-hint = Nuvilk kortelę į dėžę arba paliesk dėžę.
sort-card-count = Kortelė { $current } iš { $total }
sort-card = Kortelė: { $text }
sort-right = Teisingai!
sort-wrong = Ne visai.
sort-finish = Baigti
sort-feedback = { $verdict } { $reason }
