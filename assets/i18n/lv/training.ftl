# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Kaķis
train-bin-not-cat = Nav kaķis

train-action-train = Apmācīt robotu
train-action-test = Pārbaudīt robotu
train-action-test-new = Parādīt jaunas kartītes
train-action-retrain = Apmācīt un pārbaudīt vēlreiz

train-robot = Robots
train-card = Kartīte: { $text }
train-progress = Kartīte { $current } no { $total }
train-examples = Piemēri, no kuriem robots mācījās: { $count }
train-tests = Pārbaudes kartītes
train-more = Vairāk piemēru: pieskaries vienam, tad tā kastei
train-room = Vieta vēl piemēriem: { $room }

train-start = Ieliec katru kartīti tās kastē. Robots mācīsies no tā, ko tu tam parādīsi.
train-placed-right = Pareizi! Robots mācīsies no šīs kartītes.
train-placed-wrong = Ne gluži. Robots iemācās tieši to, ko tu tam parādi, tāpēc katrai kartītei jānonāk īstajā kastē.
train-ready = Viss sašķirots. Tagad apmāci robotu!
train-trained = Robots mācījās no taviem piemēriem. Pārbaudi to ar kartītēm, ko tas vēl nav redzējis.
train-tested-seen = Pareizas pārbaudes kartītes: { $right } no { $total }. Kartītes, kas līdzīgas tā piemēriem, ir vieglas. Tagad izmēģini jaunus kartīšu veidus.
train-tested-new = Pareizas jaunās kartītes: { $right } no { $total }. Tā piemēros nekad nebija tādu kartīšu kā tās, kurās tas kļūdījās. Dod tam labākus piemērus!
train-selected = Tagad pieskaries kastei šai kartītei: { $text }
train-added = Pievienots. Robots no tā mācīsies, kad to apmācīsi vēlreiz.
train-no-room = Vairs nav vietas. Vispirms pieskaries kartītei, ko pievienoji, lai to izņemtu.
train-removed = Izņemts: { $text }
train-retest-missed = Pareizas pārbaudes kartītes: { $right } no { $total }. Vēl ne visas. Izmēģini citus piemērus.
train-done = Pareizas pārbaudes kartītes: { $right } no { $total }. Dažādi piemēri robotu iemācīja labi!

train-result-right = Pareizi: { $text }. Robots saka: { $guess }
train-result-wrong = Nepareizi: { $text }. Robots saka: { $guess }
train-guess-not-sure = nezina
train-take-out = Izņemt: { $text }

train-card-orange-cat = Rudais kaķis
train-card-big-grey-dog = Liels, pūkains pelēks suns
train-card-orange-kitten = Rudais kaķēns
train-card-white-rabbit = Pūkains balts trusis
train-card-sleepy-orange-cat = Miegains rudais kaķis
train-card-small-brown-dog = Mazs brūns suns
train-card-fluffy-orange-cat = Pūkains rudais kaķis
train-card-big-brown-dog = Liels brūns suns
train-card-grey-rabbit = Pūkains pelēks trusis
train-card-big-grey-cat = Liels, pūkains pelēks kaķis
train-card-white-fluffy-cat = Pūkains balts kaķis
train-card-black-dog = Liels melns suns
train-card-white-cat = Mazs balts kaķis
train-card-grey-kitten = Pūkains pelēks kaķēns
train-card-small-grey-dog = Mazs pelēks suns
train-card-big-grey-cat-short = Liels pelēks kaķis
train-card-brown-rabbit = Brūns trusis
train-card-black-fluffy-cat = Liels, pūkains melns kaķis
