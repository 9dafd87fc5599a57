# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Katt
train-bin-not-cat = Inte en katt

train-action-train = Träna roboten
train-action-test = Testa roboten
train-action-test-new = Visa nya kort
train-action-retrain = Träna och testa igen

train-robot = Robot
train-card = Kort: { $text }
train-progress = Kort { $current } av { $total }
train-examples = Exempel som roboten lärde sig av: { $count }
train-tests = Testkort
train-more = Fler exempel: tryck på ett kort, sedan på dess låda
train-room = Plats för fler exempel: { $room }

train-start = Lägg varje kort i rätt låda. Roboten lär sig av det du visar den.
train-placed-right = Rätt! Roboten lär sig av det här kortet.
train-placed-wrong = Inte riktigt. Roboten lär sig precis det du visar den, så varje kort måste hamna i rätt låda.
train-ready = Allt är sorterat. Träna roboten nu!
train-trained = Roboten har lärt sig av dina exempel. Testa den med kort som den inte har sett.
train-tested-seen = Rätt testkort: { $right } av { $total }. Kort som liknar dess exempel är lätta. Prova nu nya sorters kort.
train-tested-new = Rätt nya kort: { $right } av { $total }. Dess exempel visade aldrig kort som de den gissade fel på. Ge den bättre exempel!
train-selected = Tryck nu på lådan för: { $text }
train-added = Tillagt. Roboten lär sig av det när du tränar den igen.
train-no-room = Ingen plats kvar. Tryck först på ett kort du har lagt till för att ta bort det.
train-removed = Borttaget: { $text }
train-retest-missed = Rätt testkort: { $right } av { $total }. Inte alla än. Prova andra exempel.
train-done = Rätt testkort: { $right } av { $total }. Olika sorters exempel lärde roboten bra!

train-result-right = Rätt: { $text }. Roboten säger: { $guess }
train-result-wrong = Fel: { $text }. Roboten säger: { $guess }
train-guess-not-sure = inte säker
train-take-out = Ta bort: { $text }

train-card-orange-cat = Orange katt
train-card-big-grey-dog = Stor fluffig grå hund
train-card-orange-kitten = Orange kattunge
train-card-white-rabbit = Fluffig vit kanin
train-card-sleepy-orange-cat = Sömnig orange katt
train-card-small-brown-dog = Liten brun hund
train-card-fluffy-orange-cat = Fluffig orange katt
train-card-big-brown-dog = Stor brun hund
train-card-grey-rabbit = Fluffig grå kanin
train-card-big-grey-cat = Stor fluffig grå katt
train-card-white-fluffy-cat = Fluffig vit katt
train-card-black-dog = Stor svart hund
train-card-white-cat = Liten vit katt
train-card-grey-kitten = Fluffig grå kattunge
train-card-small-grey-dog = Liten grå hund
train-card-big-grey-cat-short = Stor grå katt
train-card-brown-rabbit = Brun kanin
train-card-black-fluffy-cat = Stor fluffig svart katt
