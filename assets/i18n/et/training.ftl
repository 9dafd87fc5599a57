# Õpeta robotit: lühikesed kaarditekstid (umbes 30 märki).

train-bin-cat = Kass
train-bin-not-cat = Pole kass

train-action-train = Õpeta robotit
train-action-test = Testi robotit
train-action-test-new = Näita talle uusi kaarte
train-action-retrain = Õpeta ja testi uuesti

train-robot = Robot
train-card = Kaart: { $text }
train-progress = Kaart { $current }/{ $total }
train-examples = Näited, millest robot õppis: { $count }
train-tests = Testikaardid
train-more = Veel näiteid: puuduta ühte ja siis selle kasti
train-room = Ruumi uutele näidetele: { $room }

train-start = Pane iga kaart oma kasti. Robot õpib sellest, mida sa talle näitad.
train-placed-right = Õige! Robot õpib sellest kaardist.
train-placed-wrong = Mitte päris. Robot õpib täpselt seda, mida sa talle näitad, seega peab iga kaart minema õigesse kasti.
train-ready = Kõik on sorteeritud. Nüüd õpeta robotit!
train-trained = Robot õppis sinu näidetest. Testi teda kaartidega, mida ta pole näinud.
train-tested-seen = Õigeid testikaarte: { $right }/{ $total }. Tema näidete sarnased kaardid on lihtsad. Nüüd proovi uut tüüpi kaarte.
train-tested-new = Õigeid uusi kaarte: { $right }/{ $total }. Tema näidetes polnud kunagi selliseid kaarte nagu need, milles ta eksis. Anna talle paremaid näiteid!
train-selected = Nüüd puuduta kasti kaardile: { $text }
train-added = Lisatud. Robot õpib sellest, kui teda uuesti õpetad.
train-no-room = Ruumi pole enam. Puuduta enne mõnda lisatud kaarti, et see välja võtta.
train-removed = Välja võetud: { $text }
train-retest-missed = Õigeid testikaarte: { $right }/{ $total }. Veel mitte kõik. Proovi teisi näiteid.
train-done = Õigeid testikaarte: { $right }/{ $total }. Mitmekesised näited õpetasid robotit hästi!

train-result-right = Õige: { $text }. Robot ütleb: { $guess }
train-result-wrong = Vale: { $text }. Robot ütleb: { $guess }
train-guess-not-sure = ei tea kindlalt
train-take-out = Võta välja: { $text }

train-card-orange-cat = Oranž kass
train-card-big-grey-dog = Suur kohev hall koer
train-card-orange-kitten = Oranž kassipoeg
train-card-white-rabbit = Kohev valge jänes
train-card-sleepy-orange-cat = Unine oranž kass
train-card-small-brown-dog = Väike pruun koer
train-card-fluffy-orange-cat = Kohev oranž kass
train-card-big-brown-dog = Suur pruun koer
train-card-grey-rabbit = Kohev hall jänes
train-card-big-grey-cat = Suur kohev hall kass
train-card-white-fluffy-cat = Kohev valge kass
train-card-black-dog = Suur must koer
train-card-white-cat = Väike valge kass
train-card-grey-kitten = Kohev hall kassipoeg
train-card-small-grey-dog = Väike hall koer
train-card-big-grey-cat-short = Suur hall kass
train-card-brown-rabbit = Pruun jänes
train-card-black-fluffy-cat = Suur kohev must kass
