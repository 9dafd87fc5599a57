# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Kot
train-bin-not-cat = Nie kot

train-action-train = Naucz robota
train-action-test = Sprawdź robota
train-action-test-new = Pokaż mu nowe karty
train-action-retrain = Naucz i sprawdź jeszcze raz

train-robot = Robot
train-card = Karta: { $text }
train-progress = Karta { $current } z { $total }
train-examples = Przykłady, z których robot się uczył: { $count }
train-tests = Karty testowe
train-more = Więcej przykładów: dotknij jednego, potem jego pudełka
train-room = Miejsce na przykłady: { $room }

train-start = Włóż każdą kartę do jej pudełka. Robot nauczy się z tego, co mu pokażesz.
train-placed-right = Dobrze! Robot nauczy się z tej karty.
train-placed-wrong = Nie całkiem. Robot uczy się dokładnie tego, co mu pokazujesz, więc każda karta musi trafić do właściwego pudełka.
train-ready = Wszystko posortowane. Teraz naucz robota!
train-trained = Robot nauczył się z twoich przykładów. Sprawdź go na kartach, których jeszcze nie widział.
train-tested-seen = Dobre odpowiedzi na kartach testowych: { $right } z { $total }. Karty podobne do przykładów są łatwe. Teraz spróbuj nowych rodzajów kart.
train-tested-new = Dobre odpowiedzi na nowych kartach: { $right } z { $total }. W przykładach nie było kart podobnych do tych, na których się pomylił. Daj mu lepsze przykłady!
train-selected = Teraz dotknij pudełka dla: { $text }
train-added = Dodane. Robot nauczy się z tego, gdy znów go nauczysz.
train-no-room = Brak miejsca. Najpierw dotknij dodanej karty, aby ją wyjąć.
train-removed = Wyjęte: { $text }
train-retest-missed = Dobre odpowiedzi na kartach testowych: { $right } z { $total }. Jeszcze nie wszystkie. Spróbuj innych przykładów.
train-done = Dobre odpowiedzi na kartach testowych: { $right } z { $total }. Różne przykłady dobrze nauczyły robota!

train-result-right = Dobrze: { $text }. Robot mówi: { $guess }
train-result-wrong = Źle: { $text }. Robot mówi: { $guess }
train-guess-not-sure = nie wiem
train-take-out = Wyjmij: { $text }

train-card-orange-cat = Rudy kot
train-card-big-grey-dog = Duży puszysty szary pies
train-card-orange-kitten = Rudy kociak
train-card-white-rabbit = Puszysty biały królik
train-card-sleepy-orange-cat = Śpiący rudy kot
train-card-small-brown-dog = Mały brązowy pies
train-card-fluffy-orange-cat = Puszysty rudy kot
train-card-big-brown-dog = Duży brązowy pies
train-card-grey-rabbit = Puszysty szary królik
train-card-big-grey-cat = Duży puszysty szary kot
train-card-white-fluffy-cat = Puszysty biały kot
train-card-black-dog = Duży czarny pies
train-card-white-cat = Mały biały kot
train-card-grey-kitten = Puszysty szary kociak
train-card-small-grey-dog = Mały szary pies
train-card-big-grey-cat-short = Duży szary kot
train-card-brown-rabbit = Brązowy królik
train-card-black-fluffy-cat = Duży puszysty czarny kot
