# Robota öğret: öğrenci örnek kartları ayırır, robot onlardan öğrenir ve sınanır.
# Kart metinleri kısa (yaklaşık 30 karakter).

train-bin-cat = Kedi
train-bin-not-cat = Kedi değil

train-action-train = Robotu eğit
train-action-test = Robotu sına
train-action-test-new = Ona yeni kartlar göster
train-action-retrain = Yeniden eğit ve sına

train-robot = Robot
train-card = Kart: { $text }
train-progress = Kart { $current } / { $total }
train-examples = Robotun öğrendiği örnekler: { $count }
train-tests = Sınama kartları
train-more = Daha çok örnek: birine, sonra kutusuna dokun
train-room = Yeni örnekler için yer: { $room }

train-start = Her kartı kendi kutusuna koy. Robot ona gösterdiklerinden öğrenecek.
train-placed-right = Doğru! Robot bu karttan öğrenecek.
train-placed-wrong = Tam değil. Robot tam olarak ona gösterdiğini öğrenir, bu yüzden her kart doğru kutuya gitmeli.
train-ready = Hepsi ayrıldı. Şimdi robotu eğit!
train-trained = Robot örneklerinden öğrendi. Onu daha önce görmediği kartlarla sına.
train-tested-seen = Doğru sınama kartları: { $total } karttan { $right }. Örneklerine benzeyen kartlar kolay. Şimdi yeni tür kartları dene.
train-tested-new = Doğru yeni kartlar: { $total } karttan { $right }. Örnekleri, yanlış bildiği kartlar gibi hiçbir kart göstermemişti. Ona daha iyi örnekler ver!
train-selected = Şimdi şunun kutusuna dokun: { $text }
train-added = Eklendi. Robotu yeniden eğittiğinde bundan öğrenecek.
train-no-room = Yer kalmadı. Önce eklediğin bir karta dokunup onu çıkar.
train-removed = Çıkarıldı: { $text }
train-retest-missed = Doğru sınama kartları: { $total } karttan { $right }. Hâlâ hepsi değil. Başka örnekler dene.
train-done = Doğru sınama kartları: { $total } karttan { $right }. Çeşitli örnekler robota iyi öğretti!

train-result-right = Doğru: { $text }. Robot diyor ki: { $guess }
train-result-wrong = Yanlış: { $text }. Robot diyor ki: { $guess }
train-guess-not-sure = emin değilim
train-take-out = Çıkar: { $text }

train-card-orange-cat = Turuncu kedi
train-card-big-grey-dog = Büyük, tüylü, gri köpek
train-card-orange-kitten = Turuncu yavru kedi
train-card-white-rabbit = Tüylü beyaz tavşan
train-card-sleepy-orange-cat = Uykulu turuncu kedi
train-card-small-brown-dog = Küçük kahverengi köpek
train-card-fluffy-orange-cat = Tüylü turuncu kedi
train-card-big-brown-dog = Büyük kahverengi köpek
train-card-grey-rabbit = Tüylü gri tavşan
train-card-big-grey-cat = Büyük, tüylü, gri kedi
train-card-white-fluffy-cat = Tüylü beyaz kedi
train-card-black-dog = Büyük siyah köpek
train-card-white-cat = Küçük beyaz kedi
train-card-grey-kitten = Tüylü gri yavru kedi
train-card-small-grey-dog = Küçük gri köpek
train-card-big-grey-cat-short = Büyük gri kedi
train-card-brown-rabbit = Kahverengi tavşan
train-card-black-fluffy-cat = Büyük, tüylü, siyah kedi
