# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Chat
train-bin-not-cat = Pas un chat

train-action-train = Entraîner le robot
train-action-test = Tester le robot
train-action-test-new = Lui montrer de nouvelles cartes
train-action-retrain = Entraîner et tester encore

train-robot = Robot
train-card = Carte : { $text }
train-progress = Carte { $current } sur { $total }
train-examples = Exemples appris par le robot : { $count }
train-tests = Cartes de test
train-more = Plus d’exemples : touche une carte, puis sa boîte
train-room = Place pour d’autres exemples : { $room }

train-start = Mets chaque carte dans sa boîte. Le robot va apprendre de ce que tu lui montres.
train-placed-right = Bravo ! Le robot va apprendre de cette carte.
train-placed-wrong = Pas tout à fait. Le robot apprend exactement ce que tu lui montres : chaque carte doit aller dans sa vraie boîte.
train-ready = Tout est trié. Maintenant, entraîne le robot !
train-trained = Le robot a appris de tes exemples. Teste-le avec des cartes qu’il n’a jamais vues.
train-tested-seen = Cartes de test justes : { $right } sur { $total }. Les cartes qui ressemblent à ses exemples sont faciles. Essaie maintenant de nouvelles sortes de cartes.
train-tested-new = Nouvelles cartes justes : { $right } sur { $total }. Ses exemples ne montraient jamais de cartes comme celles qu’il a ratées. Donne-lui de meilleurs exemples !
train-selected = Touche maintenant la boîte pour : { $text }
train-added = Ajouté. Le robot en apprendra quand tu l’entraîneras de nouveau.
train-no-room = Plus de place. Touche d’abord une carte que tu as ajoutée pour la retirer.
train-removed = Retiré : { $text }
train-retest-missed = Cartes de test justes : { $right } sur { $total }. Pas encore toutes. Essaie d’autres exemples.
train-done = Cartes de test justes : { $right } sur { $total }. Des exemples variés ont bien appris au robot !

train-result-right = Juste : { $text }. Le robot dit : { $guess }
train-result-wrong = Faux : { $text }. Le robot dit : { $guess }
train-guess-not-sure = pas sûr
train-take-out = Retirer : { $text }

train-card-orange-cat = Chat roux
train-card-big-grey-dog = Grand chien gris tout doux
train-card-orange-kitten = Chaton roux
train-card-white-rabbit = Lapin blanc tout doux
train-card-sleepy-orange-cat = Chat roux endormi
train-card-small-brown-dog = Petit chien marron
train-card-fluffy-orange-cat = Chat roux tout doux
train-card-big-brown-dog = Grand chien marron
train-card-grey-rabbit = Lapin gris tout doux
train-card-big-grey-cat = Grand chat gris tout doux
train-card-white-fluffy-cat = Chat blanc tout doux
train-card-black-dog = Grand chien noir
train-card-white-cat = Petit chat blanc
train-card-grey-kitten = Chaton gris tout doux
train-card-small-grey-dog = Petit chien gris
train-card-big-grey-cat-short = Grand chat gris
train-card-brown-rabbit = Lapin marron
train-card-black-fluffy-cat = Grand chat noir tout doux
