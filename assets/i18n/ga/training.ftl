# Múin an robat: sórtálann an dalta cártaí samplacha, foghlaimíonn an robat uathu agus déantar é a thástáil.
# Fanann téacs na gcártaí gearr (timpeall 30 carachtar).

train-bin-cat = Cat
train-bin-not-cat = Ní cat é

train-action-train = Traenáil an robat
train-action-test = Tástáil an robat
train-action-test-new = Taispeáin cártaí nua dó
train-action-retrain = Traenáil agus tástáil arís

train-robot = Robat
train-card = Cárta: { $text }
train-progress = Cárta { $current } as { $total }
train-examples = Samplaí ar fhoghlaim an robat uathu: { $count }
train-tests = Cártaí tástála
train-more = Tuilleadh samplaí: tapáil ceann, ansin a bhosca
train-room = Spás do thuilleadh samplaí: { $room }

train-start = Cuir gach cárta ina bhosca féin. Foghlaimeoidh an robat ón méid a thaispeánann tú dó.
train-placed-right = Ceart! Foghlaimeoidh an robat ón gcárta seo.
train-placed-wrong = Ní hea go díreach. Foghlaimíonn an robat díreach an rud a thaispeánann tú dó, mar sin caithfidh gach cárta dul ina bhosca ceart.
train-ready = Tá gach rud sórtáilte. Anois traenáil an robat!
train-trained = D'fhoghlaim an robat ó do shamplaí. Tástáil é le cártaí nach bhfaca sé.
train-tested-seen = Cártaí tástála ceart: { $right } as { $total }. Is furasta cártaí cosúil lena shamplaí. Anois bain triail as cineálacha nua cártaí.
train-tested-new = Cártaí nua ceart: { $right } as { $total }. Níor thaispeáin a shamplaí riamh cártaí cosúil leis na cinn a fuair sé mícheart. Tabhair samplaí níos fearr dó!
train-selected = Anois tapáil an bosca do: { $text }
train-added = Curtha leis. Foghlaimeoidh an robat uaidh nuair a thraenálann tú arís é.
train-no-room = Níl spás fágtha. Tapáil cárta a chuir tú leis chun é a bhaint amach ar dtús.
train-removed = Bainte amach: { $text }
train-retest-missed = Cártaí tástála ceart: { $right } as { $total }. Ní hiad go léir fós. Bain triail as samplaí eile.
train-done = Cártaí tástála ceart: { $right } as { $total }. Mhúin samplaí éagsúla go maith an robat!

train-result-right = Ceart: { $text }. Deir an robat: { $guess }
train-result-wrong = Mícheart: { $text }. Deir an robat: { $guess }
train-guess-not-sure = níl mé cinnte
train-take-out = Bain amach: { $text }

train-card-orange-cat = Cat oráiste
train-card-big-grey-dog = Madra mór liath clúmhach
train-card-orange-kitten = Piscín oráiste
train-card-white-rabbit = Coinín bán clúmhach
train-card-sleepy-orange-cat = Cat oráiste codlatach
train-card-small-brown-dog = Madra beag donn
train-card-fluffy-orange-cat = Cat oráiste clúmhach
train-card-big-brown-dog = Madra mór donn
train-card-grey-rabbit = Coinín liath clúmhach
train-card-big-grey-cat = Cat mór liath clúmhach
train-card-white-fluffy-cat = Cat bán clúmhach
train-card-black-dog = Madra mór dubh
train-card-white-cat = Cat beag bán
train-card-grey-kitten = Piscín liath clúmhach
train-card-small-grey-dog = Madra beag liath
train-card-big-grey-cat-short = Cat mór liath
train-card-brown-rabbit = Coinín donn
train-card-black-fluffy-cat = Cat mór dubh clúmhach
