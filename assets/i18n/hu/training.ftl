# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Macska
train-bin-not-cat = Nem macska

train-action-train = A robot tanítása
train-action-test = A robot tesztelése
train-action-test-new = Új kártyák mutatása
train-action-retrain = Tanítás és teszt újra

train-robot = Robot
train-card = Kártya: { $text }
train-progress = Kártya: { $current }/{ $total }
train-examples = Példák, amelyekből a robot tanult: { $count }
train-tests = Tesztkártyák
train-more = Több példa: koppints egyre, aztán a dobozára
train-room = Hely további példáknak: { $room }

train-start = Tedd minden kártyát a dobozába. A robot abból tanul, amit megmutatsz neki.
train-placed-right = Így van! A robot ebből a kártyából tanulni fog.
train-placed-wrong = Nem egészen. A robot pontosan azt tanulja meg, amit mutatsz neki, ezért minden kártyának a valódi dobozába kell kerülnie.
train-ready = Minden a helyén. Most tanítsd meg a robotot!
train-trained = A robot tanult a példáidból. Teszteld olyan kártyákkal, amelyeket még nem látott.
train-tested-seen = Jó tesztkártyák: { $right }/{ $total }. A példáihoz hasonló kártyák könnyűek. Most próbálj ki újfajta kártyákat.
train-tested-new = Jó új kártyák: { $right }/{ $total }. A példái között sosem volt olyan, mint amit elrontott. Adj neki jobb példákat!
train-selected = Most koppints a dobozra ehhez: { $text }
train-added = Hozzáadva. A robot akkor tanul belőle, amikor újra tanítod.
train-no-room = Nincs több hely. Előbb koppints egy általad hozzáadott kártyára, hogy kivedd.
train-removed = Kivéve: { $text }
train-retest-missed = Jó tesztkártyák: { $right }/{ $total }. Még nem mind. Próbálj más példákat.
train-done = Jó tesztkártyák: { $right }/{ $total }. A változatos példák jól megtanították a robotot!

train-result-right = Jó: { $text }. A robot szerint: { $guess }
train-result-wrong = Rossz: { $text }. A robot szerint: { $guess }
train-guess-not-sure = nem biztos
train-take-out = Kivétel: { $text }

train-card-orange-cat = Vörös macska
train-card-big-grey-dog = Nagy, bolyhos szürke kutya
train-card-orange-kitten = Vörös kiscica
train-card-white-rabbit = Bolyhos fehér nyúl
train-card-sleepy-orange-cat = Álmos vörös macska
train-card-small-brown-dog = Kis barna kutya
train-card-fluffy-orange-cat = Bolyhos vörös macska
train-card-big-brown-dog = Nagy barna kutya
train-card-grey-rabbit = Bolyhos szürke nyúl
train-card-big-grey-cat = Nagy, bolyhos szürke macska
train-card-white-fluffy-cat = Bolyhos fehér macska
train-card-black-dog = Nagy fekete kutya
train-card-white-cat = Kis fehér macska
train-card-grey-kitten = Bolyhos szürke kiscica
train-card-small-grey-dog = Kis szürke kutya
train-card-big-grey-cat-short = Nagy szürke macska
train-card-brown-rabbit = Barna nyúl
train-card-black-fluffy-cat = Nagy, bolyhos fekete macska
