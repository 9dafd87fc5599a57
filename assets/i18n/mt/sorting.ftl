# Il-livelli “Jista’ jinqasam?”.

bin-share = Jista’ jinqasam
bin-private = Żommu privat
sort-hint = Kaxkar il-karta f’kaxxa, jew agħfas kaxxa.
sort-card-count = Karta { $current } minn { $total }
sort-card = Karta: { $text }
sort-right = Sew!
sort-wrong = Mhux eżatt.
sort-finish = Spiċċa
sort-feedback = { $verdict } { $reason }
