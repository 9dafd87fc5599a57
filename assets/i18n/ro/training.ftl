# Învață robotul: elevul sortează cartonașe-exemplu, robotul învață din ele și e testat.
# Textele cartonașelor rămân scurte (cam 30 de caractere).

train-bin-cat = Pisică
train-bin-not-cat = Nu e pisică

train-action-train = Antrenează robotul
train-action-test = Testează robotul
train-action-test-new = Arată-i cartonașe noi
train-action-retrain = Antrenează și testează din nou

train-robot = Robot
train-card = Cartonaș: { $text }
train-progress = Cartonașul { $current } din { $total }
train-examples = Exemple din care a învățat robotul: { $count }
train-tests = Cartonașe de test
train-more = Mai multe exemple: atinge unul, apoi cutia lui
train-room = Loc pentru alte exemple: { $room }

train-start = Pune fiecare cartonaș în cutia lui. Robotul va învăța din ce îi arăți.
train-placed-right = Corect! Robotul va învăța din acest cartonaș.
train-placed-wrong = Nu chiar. Robotul învață exact ce îi arăți, deci fiecare cartonaș trebuie să ajungă în cutia lui adevărată.
train-ready = Totul e sortat. Acum antrenează robotul!
train-trained = Robotul a învățat din exemplele tale. Testează-l cu cartonașe pe care nu le-a văzut.
train-tested-seen = Cartonașe de test corecte: { $right } din { $total }. Cartonașele ca exemplele lui sunt ușoare. Acum încearcă tipuri noi de cartonașe.
train-tested-new = Cartonașe noi corecte: { $right } din { $total }. Exemplele lui nu i-au arătat niciodată cartonașe ca cele la care a greșit. Dă-i exemple mai bune!
train-selected = Acum atinge cutia pentru: { $text }
train-added = Adăugat. Robotul va învăța din el când îl antrenezi din nou.
train-no-room = Nu mai e loc. Atinge mai întâi un cartonaș pe care l-ai adăugat, ca să-l scoți.
train-removed = Scos: { $text }
train-retest-missed = Cartonașe de test corecte: { $right } din { $total }. Încă nu toate. Încearcă alte exemple.
train-done = Cartonașe de test corecte: { $right } din { $total }. Exemplele variate l-au învățat bine pe robot!

train-result-right = Corect: { $text }. Robotul spune: { $guess }
train-result-wrong = Greșit: { $text }. Robotul spune: { $guess }
train-guess-not-sure = nu sunt sigur
train-take-out = Scoate: { $text }

train-card-orange-cat = Pisică portocalie
train-card-big-grey-dog = Câine mare, gri și pufos
train-card-orange-kitten = Pisoi portocaliu
train-card-white-rabbit = Iepure alb și pufos
train-card-sleepy-orange-cat = Pisică portocalie somnoroasă
train-card-small-brown-dog = Câine mic și maro
train-card-fluffy-orange-cat = Pisică portocalie pufoasă
train-card-big-brown-dog = Câine mare și maro
train-card-grey-rabbit = Iepure gri și pufos
train-card-big-grey-cat = Pisică mare, gri și pufoasă
train-card-white-fluffy-cat = Pisică albă și pufoasă
train-card-black-dog = Câine mare și negru
train-card-white-cat = Pisică mică și albă
train-card-grey-kitten = Pisoi gri și pufos
train-card-small-grey-dog = Câine mic și gri
train-card-big-grey-cat-short = Pisică mare și gri
train-card-brown-rabbit = Iepure maro
train-card-black-fluffy-cat = Pisică mare, neagră și pufoasă
