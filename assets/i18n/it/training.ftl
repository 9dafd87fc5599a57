# Insegna al robot: l’alunno ordina carte di esempio, il robot impara e viene provato.
# I testi delle carte restano brevi (circa 30 caratteri).

train-bin-cat = Gatto
train-bin-not-cat = Non è un gatto

train-action-train = Allena il robot
train-action-test = Metti alla prova il robot
train-action-test-new = Mostragli carte nuove
train-action-retrain = Allena e prova di nuovo

train-robot = Robot
train-card = Carta: { $text }
train-progress = Carta { $current } di { $total }
train-examples = Esempi da cui il robot ha imparato: { $count }
train-tests = Carte di prova
train-more = Altri esempi: toccane uno, poi la sua scatola
train-room = Posto per altri esempi: { $room }

train-start = Metti ogni carta nella sua scatola. Il robot imparerà da ciò che gli mostri.
train-placed-right = Giusto! Il robot imparerà da questa carta.
train-placed-wrong = Non proprio. Il robot impara esattamente ciò che gli mostri, quindi ogni carta deve andare nella sua scatola vera.
train-ready = Tutto ordinato. Ora allena il robot!
train-trained = Il robot ha imparato dai tuoi esempi. Mettilo alla prova con carte che non ha mai visto.
train-tested-seen = Carte di prova giuste: { $right } su { $total }. Le carte simili ai suoi esempi sono facili. Ora prova tipi nuovi di carte.
train-tested-new = Carte nuove giuste: { $right } su { $total }. I suoi esempi non mostravano mai carte come quelle che ha sbagliato. Dagli esempi migliori!
train-selected = Ora tocca la scatola per: { $text }
train-added = Aggiunta. Il robot imparerà da questa carta quando lo alleni di nuovo.
train-no-room = Non c’è più posto. Prima tocca una carta che hai aggiunto per toglierla.
train-removed = Tolta: { $text }
train-retest-missed = Carte di prova giuste: { $right } su { $total }. Non ancora tutte. Prova altri esempi.
train-done = Carte di prova giuste: { $right } su { $total }. Esempi vari hanno insegnato bene al robot!

train-result-right = Giusto: { $text }. Il robot dice: { $guess }
train-result-wrong = Sbagliato: { $text }. Il robot dice: { $guess }
train-guess-not-sure = non lo so
train-take-out = Togli: { $text }

train-card-orange-cat = Gatto arancione
train-card-big-grey-dog = Grosso cane grigio e peloso
train-card-orange-kitten = Gattino arancione
train-card-white-rabbit = Coniglio bianco e peloso
train-card-sleepy-orange-cat = Gatto arancione assonnato
train-card-small-brown-dog = Cagnolino marrone
train-card-fluffy-orange-cat = Gatto arancione peloso
train-card-big-brown-dog = Grosso cane marrone
train-card-grey-rabbit = Coniglio grigio e peloso
train-card-big-grey-cat = Grosso gatto grigio e peloso
train-card-white-fluffy-cat = Gatto bianco e peloso
train-card-black-dog = Grosso cane nero
train-card-white-cat = Piccolo gatto bianco
train-card-grey-kitten = Gattino grigio e peloso
train-card-small-grey-dog = Cagnolino grigio
train-card-big-grey-cat-short = Grosso gatto grigio
train-card-brown-rabbit = Coniglio marrone
train-card-black-fluffy-cat = Grosso gatto nero e peloso
