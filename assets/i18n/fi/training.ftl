# Opeta robottia: lyhyet korttitekstit (noin 30 merkkiä).

train-bin-cat = Kissa
train-bin-not-cat = Ei kissa

train-action-train = Opeta robottia
train-action-test = Testaa robottia
train-action-test-new = Näytä sille uusia kortteja
train-action-retrain = Opeta ja testaa uudelleen

train-robot = Robotti
train-card = Kortti: { $text }
train-progress = Kortti { $current }/{ $total }
train-examples = Esimerkit, joista robotti oppi: { $count }
train-tests = Testikortit
train-more = Lisää esimerkkejä: napauta yhtä ja sitten sen laatikkoa
train-room = Tilaa uusille esimerkeille: { $room }

train-start = Laita jokainen kortti oikeaan laatikkoon. Robotti oppii siitä, mitä näytät sille.
train-placed-right = Oikein! Robotti oppii tästä kortista.
train-placed-wrong = Ei ihan. Robotti oppii juuri sen, mitä näytät sille, joten jokaisen kortin pitää mennä oikeaan laatikkoon.
train-ready = Kaikki lajiteltu. Opeta nyt robottia!
train-trained = Robotti oppi esimerkeistäsi. Testaa sitä korteilla, joita se ei ole nähnyt.
train-tested-seen = Oikein menneet testikortit: { $right }/{ $total }. Sen esimerkkien kaltaiset kortit ovat helppoja. Kokeile nyt uudenlaisia kortteja.
train-tested-new = Oikein menneet uudet kortit: { $right }/{ $total }. Sen esimerkeissä ei koskaan ollut sellaisia kortteja kuin ne, joissa se erehtyi. Anna sille parempia esimerkkejä!
train-selected = Napauta nyt laatikkoa kortille: { $text }
train-added = Lisätty. Robotti oppii siitä, kun opetat sitä uudelleen.
train-no-room = Tila loppui. Napauta ensin lisäämääsi korttia poistaaksesi sen.
train-removed = Poistettu: { $text }
train-retest-missed = Oikein menneet testikortit: { $right }/{ $total }. Ei vielä kaikki. Kokeile muita esimerkkejä.
train-done = Oikein menneet testikortit: { $right }/{ $total }. Monipuoliset esimerkit opettivat robotin hyvin!

train-result-right = Oikein: { $text }. Robotti sanoo: { $guess }
train-result-wrong = Väärin: { $text }. Robotti sanoo: { $guess }
train-guess-not-sure = en ole varma
train-take-out = Poista: { $text }

train-card-orange-cat = Oranssi kissa
train-card-big-grey-dog = Iso pörröinen harmaa koira
train-card-orange-kitten = Oranssi kissanpentu
train-card-white-rabbit = Pörröinen valkoinen kani
train-card-sleepy-orange-cat = Uninen oranssi kissa
train-card-small-brown-dog = Pieni ruskea koira
train-card-fluffy-orange-cat = Pörröinen oranssi kissa
train-card-big-brown-dog = Iso ruskea koira
train-card-grey-rabbit = Pörröinen harmaa kani
train-card-big-grey-cat = Iso pörröinen harmaa kissa
train-card-white-fluffy-cat = Pörröinen valkoinen kissa
train-card-black-dog = Iso musta koira
train-card-white-cat = Pieni valkoinen kissa
train-card-grey-kitten = Pörröinen harmaa kissanpentu
train-card-small-grey-dog = Pieni harmaa koira
train-card-big-grey-cat-short = Iso harmaa kissa
train-card-brown-rabbit = Ruskea kani
train-card-black-fluffy-cat = Iso pörröinen musta kissa
