# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Kat
train-bin-not-cat = Geen kat

train-action-train = Train de robot
train-action-test = Test de robot
train-action-test-new = Laat nieuwe kaarten zien
train-action-retrain = Opnieuw trainen en testen

train-robot = Robot
train-card = Kaart: { $text }
train-progress = Kaart { $current } van { $total }
train-examples = Voorbeelden waar de robot van leerde: { $count }
train-tests = Testkaarten
train-more = Meer voorbeelden: tik op een kaart, dan op de bak
train-room = Plek voor meer voorbeelden: { $room }

train-start = Leg elke kaart in de goede bak. De robot leert van wat jij hem laat zien.
train-placed-right = Goed zo! De robot leert van deze kaart.
train-placed-wrong = Niet helemaal. De robot leert precies wat jij hem laat zien, dus elke kaart moet in de juiste bak.
train-ready = Alles gesorteerd. Train nu de robot!
train-trained = De robot heeft van jouw voorbeelden geleerd. Test hem met kaarten die hij nog niet heeft gezien.
train-tested-seen = Testkaarten goed: { $right } van { $total }. Kaarten zoals zijn voorbeelden zijn makkelijk. Probeer nu nieuwe soorten kaarten.
train-tested-new = Nieuwe kaarten goed: { $right } van { $total }. Zijn voorbeelden lieten nooit kaarten zien zoals die hij fout had. Geef hem betere voorbeelden!
train-selected = Tik nu op de bak voor: { $text }
train-added = Toegevoegd. De robot leert ervan als je hem opnieuw traint.
train-no-room = Geen plek meer. Tik eerst op een kaart die je hebt toegevoegd om die eruit te halen.
train-removed = Eruit gehaald: { $text }
train-retest-missed = Testkaarten goed: { $right } van { $total }. Nog niet allemaal. Probeer andere voorbeelden.
train-done = Testkaarten goed: { $right } van { $total }. Met verschillende voorbeelden heeft de robot goed geleerd!

train-result-right = Goed: { $text }. De robot zegt: { $guess }
train-result-wrong = Fout: { $text }. De robot zegt: { $guess }
train-guess-not-sure = weet het niet zeker
train-take-out = Eruit halen: { $text }

train-card-orange-cat = Oranje kat
train-card-big-grey-dog = Grote pluizige grijze hond
train-card-orange-kitten = Oranje kitten
train-card-white-rabbit = Pluizig wit konijn
train-card-sleepy-orange-cat = Slaperige oranje kat
train-card-small-brown-dog = Kleine bruine hond
train-card-fluffy-orange-cat = Pluizige oranje kat
train-card-big-brown-dog = Grote bruine hond
train-card-grey-rabbit = Pluizig grijs konijn
train-card-big-grey-cat = Grote pluizige grijze kat
train-card-white-fluffy-cat = Pluizige witte kat
train-card-black-dog = Grote zwarte hond
train-card-white-cat = Kleine witte kat
train-card-grey-kitten = Pluizig grijs kitten
train-card-small-grey-dog = Kleine grijze hond
train-card-big-grey-cat-short = Grote grijze kat
train-card-brown-rabbit = Bruin konijn
train-card-black-fluffy-cat = Grote pluizige zwarte kat
