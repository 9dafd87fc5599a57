# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Mačka
train-bin-not-cat = Nije mačka

train-action-train = Nauči robota
train-action-test = Provjeri robota
train-action-test-new = Pokaži mu nove kartice
train-action-retrain = Nauči i provjeri ponovno

train-robot = Robot
train-card = Kartica: { $text }
train-progress = Kartica { $current } od { $total }
train-examples = Primjeri iz kojih je robot učio: { $count }
train-tests = Kartice za provjeru
train-more = Još primjera: dodirni jedan, zatim njegovu kutiju
train-room = Mjesta za još primjera: { $room }

train-start = Stavi svaku karticu u njezinu kutiju. Robot će učiti iz onoga što mu pokažeš.
train-placed-right = Točno! Robot će učiti iz ove kartice.
train-placed-wrong = Ne baš. Robot uči točno ono što mu pokažeš pa svaka kartica mora ići u pravu kutiju.
train-ready = Sve je razvrstano. Sada nauči robota!
train-trained = Robot je učio iz tvojih primjera. Provjeri ga karticama koje još nije vidio.
train-tested-seen = Točne kartice za provjeru: { $right } od { $total }. Kartice slične primjerima su lake. Sada probaj nove vrste kartica.
train-tested-new = Točne nove kartice: { $right } od { $total }. U primjerima nije bilo kartica poput onih na kojima je pogriješio. Daj mu bolje primjere!
train-selected = Sada dodirni kutiju za: { $text }
train-added = Dodano. Robot će iz toga učiti kad ga ponovno naučiš.
train-no-room = Nema više mjesta. Prvo dodirni dodanu karticu da je izvadiš.
train-removed = Izvađeno: { $text }
train-retest-missed = Točne kartice za provjeru: { $right } od { $total }. Još ne sve. Probaj druge primjere.
train-done = Točne kartice za provjeru: { $right } od { $total }. Raznoliki primjeri dobro su naučili robota!

train-result-right = Točno: { $text }. Robot kaže: { $guess }
train-result-wrong = Netočno: { $text }. Robot kaže: { $guess }
train-guess-not-sure = nisam siguran
train-take-out = Izvadi: { $text }

train-card-orange-cat = Riđa mačka
train-card-big-grey-dog = Veliki čupavi sivi pas
train-card-orange-kitten = Riđe mače
train-card-white-rabbit = Čupavi bijeli zec
train-card-sleepy-orange-cat = Pospana riđa mačka
train-card-small-brown-dog = Mali smeđi pas
train-card-fluffy-orange-cat = Čupava riđa mačka
train-card-big-brown-dog = Veliki smeđi pas
train-card-grey-rabbit = Čupavi sivi zec
train-card-big-grey-cat = Velika čupava siva mačka
train-card-white-fluffy-cat = Čupava bijela mačka
train-card-black-dog = Veliki crni pas
train-card-white-cat = Mala bijela mačka
train-card-grey-kitten = Čupavo sivo mače
train-card-small-grey-dog = Mali sivi pas
train-card-big-grey-cat-short = Velika siva mačka
train-card-brown-rabbit = Smeđi zec
train-card-black-fluffy-cat = Velika čupava crna mačka
