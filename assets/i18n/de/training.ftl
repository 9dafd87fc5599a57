# Teach the robot (`"kind": "train_robot"`): the pupil sorts example cards, the robot learns
# from them and is tested, gets a new kind of card wrong, and the pupil picks better examples.
# Card texts stay short (about 30 characters): they sit under a picture on a small card.

train-bin-cat = Katze
train-bin-not-cat = Keine Katze

# The buttons, one at a time as the level goes on.
train-action-train = Roboter trainieren
train-action-test = Roboter testen
train-action-test-new = Neue Karten zeigen
train-action-retrain = Neu trainieren und testen

train-robot = Roboter
train-card = Karte: { $text }
train-progress = Karte { $current } von { $total }
train-examples = Beispiele, aus denen der Roboter gelernt hat: { $count }
train-tests = Testkarten
train-more = Mehr Beispiele: Tippe auf eins, dann auf seine Kiste
train-room = Platz für weitere Beispiele: { $room }

# What the robot and the pupil are told, one step after another (announced).
train-start = Leg jede Karte in ihre Kiste. Der Roboter lernt aus dem, was du ihm zeigst.
train-placed-right = Richtig! Aus dieser Karte lernt der Roboter.
train-placed-wrong = Nicht ganz. Der Roboter lernt genau das, was du ihm zeigst. Jede Karte muss in ihre richtige Kiste.
train-ready = Alles sortiert. Jetzt trainiere den Roboter!
train-trained = Der Roboter hat aus deinen Beispielen gelernt. Teste ihn mit Karten, die er noch nicht kennt.
train-tested-seen = Richtige Testkarten: { $right } von { $total }. Karten wie seine Beispiele sind leicht. Probier jetzt neue Arten von Karten aus.
train-tested-new = Richtige neue Karten: { $right } von { $total }. Karten wie die, die er falsch hatte, kamen in seinen Beispielen nie vor. Gib ihm bessere Beispiele!
train-selected = Tippe jetzt auf die Kiste für: { $text }
train-added = Dazugelegt. Der Roboter lernt daraus, wenn du ihn neu trainierst.
train-no-room = Kein Platz mehr. Tippe zuerst auf eine Karte, die du dazugelegt hast, um sie herauszunehmen.
train-removed = Herausgenommen: { $text }
train-retest-missed = Richtige Testkarten: { $right } von { $total }. Noch nicht alle. Probier andere Beispiele.
train-done = Richtige Testkarten: { $right } von { $total }. Mit ganz verschiedenen Beispielen hat der Roboter gut gelernt!

# One test card and what the robot said about it.
train-result-right = Richtig: { $text }. Der Roboter sagt: { $guess }
train-result-wrong = Falsch: { $text }. Der Roboter sagt: { $guess }
train-guess-not-sure = weiß nicht
train-take-out = Herausnehmen: { $text }

train-card-orange-cat = Orange Katze
train-card-big-grey-dog = Großer flauschiger grauer Hund
train-card-orange-kitten = Oranges Kätzchen
train-card-white-rabbit = Flauschiges weißes Kaninchen
train-card-sleepy-orange-cat = Müde orange Katze
train-card-small-brown-dog = Kleiner brauner Hund
train-card-fluffy-orange-cat = Flauschige orange Katze
train-card-big-brown-dog = Großer brauner Hund
train-card-grey-rabbit = Flauschiges graues Kaninchen
train-card-big-grey-cat = Große flauschige graue Katze
train-card-white-fluffy-cat = Flauschige weiße Katze
train-card-black-dog = Großer schwarzer Hund
train-card-white-cat = Kleine weiße Katze
train-card-grey-kitten = Flauschiges graues Kätzchen
train-card-small-grey-dog = Kleiner grauer Hund
train-card-big-grey-cat-short = Große graue Katze
train-card-brown-rabbit = Braunes Kaninchen
train-card-black-fluffy-cat = Große flauschige schwarze Katze
