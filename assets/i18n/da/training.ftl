# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Kat
train-bin-not-cat = Ikke en kat

train-action-train = Træn robotten
train-action-test = Test robotten
train-action-test-new = Vis den nye kort
train-action-retrain = Træn og test igen

train-robot = Robot
train-card = Kort: { $text }
train-progress = Kort { $current } af { $total }
train-examples = Eksempler, robotten har lært af: { $count }
train-tests = Testkort
train-more = Flere eksempler: tryk på et, og så på dets kasse
train-room = Plads til flere eksempler: { $room }

train-start = Læg hvert kort i sin kasse. Robotten lærer af det, du viser den.
train-placed-right = Rigtigt! Robotten lærer af dette kort.
train-placed-wrong = Ikke helt. Robotten lærer præcis det, du viser den, så hvert kort skal i sin rigtige kasse.
train-ready = Alt er sorteret. Træn nu robotten!
train-trained = Robotten har lært af dine eksempler. Test den med kort, den ikke har set.
train-tested-seen = Rigtige testkort: { $right } af { $total }. Kort, der ligner dens eksempler, er lette. Prøv nu nye slags kort.
train-tested-new = Rigtige nye kort: { $right } af { $total }. Dens eksempler viste aldrig kort som dem, den tog fejl af. Giv den bedre eksempler!
train-selected = Tryk nu på kassen til: { $text }
train-added = Tilføjet. Robotten lærer af det, når du træner den igen.
train-no-room = Ikke mere plads. Tryk først på et kort, du har tilføjet, for at tage det ud.
train-removed = Taget ud: { $text }
train-retest-missed = Rigtige testkort: { $right } af { $total }. Stadig ikke alle. Prøv andre eksempler.
train-done = Rigtige testkort: { $right } af { $total }. Forskellige eksempler lærte robotten det godt!

train-result-right = Rigtigt: { $text }. Robotten siger: { $guess }
train-result-wrong = Forkert: { $text }. Robotten siger: { $guess }
train-guess-not-sure = ikke sikker
train-take-out = Tag ud: { $text }

train-card-orange-cat = Rødbrun kat
train-card-big-grey-dog = Stor, langhåret grå hund
train-card-orange-kitten = Rødbrun killing
train-card-white-rabbit = Langhåret hvid kanin
train-card-sleepy-orange-cat = Søvnig rødbrun kat
train-card-small-brown-dog = Lille brun hund
train-card-fluffy-orange-cat = Langhåret rødbrun kat
train-card-big-brown-dog = Stor brun hund
train-card-grey-rabbit = Langhåret grå kanin
train-card-big-grey-cat = Stor, langhåret grå kat
train-card-white-fluffy-cat = Langhåret hvid kat
train-card-black-dog = Stor sort hund
train-card-white-cat = Lille hvid kat
train-card-grey-kitten = Langhåret grå killing
train-card-small-grey-dog = Lille grå hund
train-card-big-grey-cat-short = Stor grå kat
train-card-brown-rabbit = Brun kanin
train-card-black-fluffy-cat = Stor, langhåret sort kat
