# “Paylaşmak güvenli mi?” bölümleri (dijital okuryazarlık).

bin-share = Paylaşılabilir
bin-private = Gizli tut
sort-hint = Kartı bir kutuya sürükle ya da bir kutuya dokun.
sort-card-count = Kart { $current } / { $total }
sort-card = Kart: { $text }
sort-right = Doğru!
sort-wrong = Tam değil.
sort-finish = Bitir
sort-feedback = { $verdict } { $reason }
