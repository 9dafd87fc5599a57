# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Mačka
train-bin-not-cat = Ni mačka

train-action-train = Nauči robota
train-action-test = Preizkusi robota
train-action-test-new = Pokaži nove kartice
train-action-retrain = Nauči in preizkusi znova

train-robot = Robot
train-card = Kartica: { $text }
train-progress = Kartica { $current } od { $total }
train-examples = Primeri, iz katerih se je robot učil: { $count }
train-tests = Preizkusne kartice
train-more = Več primerov: tapni kartico, nato njeno škatlo
train-room = Prostor za več primerov: { $room }

train-start = Vsako kartico postavi v njeno škatlo. Robot se bo učil iz tega, kar mu pokažeš.
train-placed-right = Pravilno! Robot se bo učil iz te kartice.
train-placed-wrong = Ne čisto. Robot se nauči točno tega, kar mu pokažeš, zato mora vsaka kartica v pravo škatlo.
train-ready = Vse je razvrščeno. Zdaj nauči robota!
train-trained = Robot se je učil iz tvojih primerov. Preizkusi ga s karticami, ki jih še ni videl.
train-tested-seen = Pravilne preizkusne kartice: { $right } od { $total }. Kartice, podobne njegovim primerom, so lahke. Zdaj poskusi z novimi vrstami kartic.
train-tested-new = Pravilne nove kartice: { $right } od { $total }. Njegovi primeri niso nikoli pokazali kartic, kot so te, pri katerih se je zmotil. Daj mu boljše primere!
train-selected = Zdaj tapni škatlo za: { $text }
train-added = Dodano. Robot se bo iz tega učil pri naslednjem učenju.
train-no-room = Ni več prostora. Najprej tapni eno od dodanih kartic, da jo odstraniš.
train-removed = Odstranjeno: { $text }
train-retest-missed = Pravilne preizkusne kartice: { $right } od { $total }. Še ne vse. Poskusi z drugimi primeri.
train-done = Pravilne preizkusne kartice: { $right } od { $total }. Raznoliki primeri so robota dobro naučili!

train-result-right = Pravilno: { $text }. Robot pravi: { $guess }
train-result-wrong = Napačno: { $text }. Robot pravi: { $guess }
train-guess-not-sure = ne vem zagotovo
train-take-out = Odstrani: { $text }

train-card-orange-cat = Oranžna mačka
train-card-big-grey-dog = Velik puhast siv pes
train-card-orange-kitten = Oranžen mucek
train-card-white-rabbit = Puhast bel zajec
train-card-sleepy-orange-cat = Zaspana oranžna mačka
train-card-small-brown-dog = Majhen rjav pes
train-card-fluffy-orange-cat = Puhasta oranžna mačka
train-card-big-brown-dog = Velik rjav pes
train-card-grey-rabbit = Puhast siv zajec
train-card-big-grey-cat = Velika puhasta siva mačka
train-card-white-fluffy-cat = Puhasta bela mačka
train-card-black-dog = Velik črn pes
train-card-white-cat = Majhna bela mačka
train-card-grey-kitten = Puhast siv mucek
train-card-small-grey-dog = Majhen siv pes
train-card-big-grey-cat-short = Velika siva mačka
train-card-brown-rabbit = Rjav zajec
train-card-black-fluffy-cat = Velika puhasta črna mačka
