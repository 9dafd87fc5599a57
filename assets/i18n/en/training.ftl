# Teach the robot (`"kind": "train_robot"`): the pupil sorts example cards, the robot learns
# from them and is tested, gets a new kind of card wrong, and the pupil picks better examples.
# Card texts stay short (about 30 characters): they sit under a picture on a small card.

train-bin-cat = Cat
train-bin-not-cat = Not a cat

# The buttons, one at a time as the level goes on.
train-action-train = Train the robot
train-action-test = Test the robot
train-action-test-new = Show it new cards
train-action-retrain = Train and test again

train-robot = Robot
train-card = Card: { $text }
train-progress = Card { $current } of { $total }
train-examples = Examples the robot learned from: { $count }
train-tests = Test cards
train-more = More examples: tap one, then its box
train-room = Room for more examples: { $room }

# What the robot and the pupil are told, one step after another (announced).
train-start = Put each card in its box. The robot will learn from what you show it.
train-placed-right = Right! The robot will learn from this card.
train-placed-wrong = Not quite. The robot learns exactly what you show it, so each card must go in its true box.
train-ready = All sorted. Now train the robot!
train-trained = The robot learned from your examples. Test it with cards it has not seen.
train-tested-seen = Test cards right: { $right } of { $total }. Cards like its examples are easy. Now try new kinds of cards.
train-tested-new = New cards right: { $right } of { $total }. Its examples never showed cards like the ones it got wrong. Give it better examples!
train-selected = Now tap the box for: { $text }
train-added = Added. The robot will learn from it when you train it again.
train-no-room = No room left. Tap a card you added to take it out first.
train-removed = Taken out: { $text }
train-retest-missed = Test cards right: { $right } of { $total }. Still not all. Try other examples.
train-done = Test cards right: { $right } of { $total }. Varied examples taught the robot well!

# One test card and what the robot said about it.
train-result-right = Right: { $text }. The robot says: { $guess }
train-result-wrong = Wrong: { $text }. The robot says: { $guess }
train-guess-not-sure = not sure
train-take-out = Take out: { $text }

train-card-orange-cat = Orange cat
train-card-big-grey-dog = Big fluffy grey dog
train-card-orange-kitten = Orange kitten
train-card-white-rabbit = Fluffy white rabbit
train-card-sleepy-orange-cat = Sleepy orange cat
train-card-small-brown-dog = Small brown dog
train-card-fluffy-orange-cat = Fluffy orange cat
train-card-big-brown-dog = Big brown dog
train-card-grey-rabbit = Fluffy grey rabbit
train-card-big-grey-cat = Big fluffy grey cat
train-card-white-fluffy-cat = Fluffy white cat
train-card-black-dog = Big black dog
train-card-white-cat = Small white cat
train-card-grey-kitten = Fluffy grey kitten
train-card-small-grey-dog = Small grey dog
train-card-big-grey-cat-short = Big grey cat
train-card-brown-rabbit = Brown rabbit
train-card-black-fluffy-cat = Big fluffy black cat
