# Išmokyk robotą: mokinys rūšiuoja pavyzdžių korteles, robotas iš jų mokosi ir yra tikrinamas.
# Kortelių tekstai trumpi (apie 30 ženklų).

train-bin-cat = Katė
train-bin-not-cat = Ne katė

train-action-train = Mokyti robotą
train-action-test = Tikrinti robotą
train-action-test-new = Parodyti naujas korteles
train-action-retrain = Vėl mokyti ir tikrinti

train-robot = Robotas
train-card = Kortelė: { $text }
train-progress = Kortelė { $current } iš { $total }
train-examples = Pavyzdžiai, iš kurių mokėsi robotas: { $count }
train-tests = Tikrinimo kortelės
train-more = Daugiau pavyzdžių: paliesk vieną, tada jos dėžę
train-room = Vietos naujiems pavyzdžiams: { $room }

train-start = Sudėk kiekvieną kortelę į jos dėžę. Robotas mokysis iš to, ką jam parodysi.
train-placed-right = Teisingai! Robotas mokysis iš šios kortelės.
train-placed-wrong = Ne visai. Robotas išmoksta lygiai tai, ką jam parodai, todėl kiekviena kortelė turi patekti į tikrąją savo dėžę.
train-ready = Viskas surūšiuota. Dabar mokyk robotą!
train-trained = Robotas mokėsi iš tavo pavyzdžių. Patikrink jį kortelėmis, kurių jis dar nematė.
train-tested-seen = Teisingų tikrinimo kortelių: { $right } iš { $total }. Kortelės, panašios į pavyzdžius, lengvos. Dabar išbandyk naujų rūšių korteles.
train-tested-new = Teisingų naujų kortelių: { $right } iš { $total }. Pavyzdžiuose niekada nebuvo tokių kortelių, kokias jis atspėjo klaidingai. Duok jam geresnių pavyzdžių!
train-selected = Dabar paliesk dėžę šiai kortelei: { $text }
train-added = Pridėta. Robotas iš jos mokysis, kai vėl jį mokysi.
train-no-room = Vietos nebeliko. Pirmiausia paliesk pridėtą kortelę, kad ją išimtum.
train-removed = Išimta: { $text }
train-retest-missed = Teisingų tikrinimo kortelių: { $right } iš { $total }. Dar ne visos. Išbandyk kitus pavyzdžius.
train-done = Teisingų tikrinimo kortelių: { $right } iš { $total }. Įvairūs pavyzdžiai gerai išmokė robotą!

train-result-right = Teisingai: { $text }. Robotas sako: { $guess }
train-result-wrong = Neteisingai: { $text }. Robotas sako: { $guess }
train-guess-not-sure = nežinau tikrai
train-take-out = Išimti: { $text }

train-card-orange-cat = Oranžinė katė
train-card-big-grey-dog = Didelis pūkuotas pilkas šuo
train-card-orange-kitten = Oranžinis kačiukas
train-card-white-rabbit = Pūkuotas baltas triušis
train-card-sleepy-orange-cat = Mieguista oranžinė katė
train-card-small-brown-dog = Mažas rudas šuo
train-card-fluffy-orange-cat = Pūkuota oranžinė katė
train-card-big-brown-dog = Didelis rudas šuo
train-card-grey-rabbit = Pūkuotas pilkas triušis
train-card-big-grey-cat = Didelė pūkuota pilka katė
train-card-white-fluffy-cat = Pūkuota balta katė
train-card-black-dog = Didelis juodas šuo
train-card-white-cat = Maža balta katė
train-card-grey-kitten = Pūkuotas pilkas kačiukas
train-card-small-grey-dog = Mažas pilkas šuo
train-card-big-grey-cat-short = Didelė pilka katė
train-card-brown-rabbit = Rudas triušis
train-card-black-fluffy-cat = Didelė pūkuota juoda katė
