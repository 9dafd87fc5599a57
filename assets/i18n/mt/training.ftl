# Għallem lir-robot: l-istudent jissortja karti ta’ eżempju, ir-robot jitgħallem minnhom u
# jiġi ttestjat. It-testi tal-karti jibqgħu qosra (madwar 30 karattru).

train-bin-cat = Qattus
train-bin-not-cat = Mhux qattus

train-action-train = Ħarreġ lir-robot
train-action-test = Ittestja lir-robot
train-action-test-new = Urih karti ġodda
train-action-retrain = Ħarreġ u ttestja mill-ġdid

train-robot = Robot
train-card = Karta: { $text }
train-progress = Karta { $current } minn { $total }
train-examples = Eżempji li tgħallem minnhom ir-robot: { $count }
train-tests = Karti tat-test
train-more = Aktar eżempji: agħfas wieħed, imbagħad il-kaxxa tiegħu
train-room = Post għal aktar eżempji: { $room }

train-start = Poġġi kull karta fil-kaxxa tagħha. Ir-robot jitgħallem minn dak li turih.
train-placed-right = Sew! Ir-robot jitgħallem minn din il-karta.
train-placed-wrong = Mhux eżatt. Ir-robot jitgħallem eżatt dak li turih, għalhekk kull karta trid tmur fil-kaxxa vera tagħha.
train-ready = Kollox issortjat. Issa ħarreġ lir-robot!
train-trained = Ir-robot tgħallem mill-eżempji tiegħek. Ittestjah b’karti li qatt ma ra.
train-tested-seen = Karti tat-test tajbin: { $right } minn { $total }. Karti bħall-eżempji tiegħu huma faċli. Issa ipprova tipi ġodda ta’ karti.
train-tested-new = Karti ġodda tajbin: { $right } minn { $total }. L-eżempji tiegħu qatt ma wrewh karti bħal dawk li żbalja fihom. Agħtih eżempji aħjar!
train-selected = Issa agħfas il-kaxxa għal: { $text }
train-added = Miżjud. Ir-robot jitgħallem minnu meta terġa’ tħarrġu.
train-no-room = M’hemmx aktar post. L-ewwel agħfas karta li żidt biex toħroġha.
train-removed = Maħruġ: { $text }
train-retest-missed = Karti tat-test tajbin: { $right } minn { $total }. Għadhom mhux kollha. Ipprova eżempji oħra.
train-done = Karti tat-test tajbin: { $right } minn { $total }. Eżempji varji għallmu sew lir-robot!

train-result-right = Tajjeb: { $text }. Ir-robot jgħid: { $guess }
train-result-wrong = Ħażin: { $text }. Ir-robot jgħid: { $guess }
train-guess-not-sure = mhux ċert
train-take-out = Oħroġ: { $text }

train-card-orange-cat = Qattus oranġjo
train-card-big-grey-dog = Kelb kbir griż bix-xagħar
train-card-orange-kitten = Qattus żgħir oranġjo
train-card-white-rabbit = Fenek abjad bix-xagħar
train-card-sleepy-orange-cat = Qattus oranġjo bi ngħas
train-card-small-brown-dog = Kelb żgħir kannella
train-card-fluffy-orange-cat = Qattus oranġjo bix-xagħar
train-card-big-brown-dog = Kelb kbir kannella
train-card-grey-rabbit = Fenek griż bix-xagħar
train-card-big-grey-cat = Qattus kbir griż bix-xagħar
train-card-white-fluffy-cat = Qattus abjad bix-xagħar
train-card-black-dog = Kelb kbir iswed
train-card-white-cat = Qattus żgħir abjad
train-card-grey-kitten = Qattus żgħir griż bix-xagħar
train-card-small-grey-dog = Kelb żgħir griż
train-card-big-grey-cat-short = Qattus kbir griż
train-card-brown-rabbit = Fenek kannella
train-card-black-fluffy-cat = Qattus kbir iswed bix-xagħar
