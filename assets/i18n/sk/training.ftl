# Nauč robota: žiak triedi príkladové karty, robot sa z nich učí a skúša sa.
# Texty kariet zostávajú krátke (asi 30 znakov).

train-bin-cat = Mačka
train-bin-not-cat = Nie je mačka

train-action-train = Nauč robota
train-action-test = Vyskúšaj robota
train-action-test-new = Ukáž mu nové karty
train-action-retrain = Nauč a vyskúšaj znova

train-robot = Robot
train-card = Karta: { $text }
train-progress = Karta { $current } z { $total }
train-examples = Príklady, z ktorých sa robot učil: { $count }
train-tests = Testovacie karty
train-more = Ďalšie príklady: ťukni na jeden, potom na jeho škatuľu
train-room = Miesto na ďalšie príklady: { $room }

train-start = Daj každú kartu do jej škatule. Robot sa naučí to, čo mu ukážeš.
train-placed-right = Správne! Robot sa z tejto karty naučí.
train-placed-wrong = Nie celkom. Robot sa naučí presne to, čo mu ukážeš, takže každá karta musí ísť do svojej pravej škatule.
train-ready = Všetko roztriedené. Teraz nauč robota!
train-trained = Robot sa naučil z tvojich príkladov. Vyskúšaj ho na kartách, ktoré ešte nevidel.
train-tested-seen = Správne testovacie karty: { $right } z { $total }. Karty podobné jeho príkladom sú ľahké. Teraz skús nové druhy kariet.
train-tested-new = Správne nové karty: { $right } z { $total }. Jeho príklady nikdy neukázali karty ako tie, v ktorých sa pomýlil. Daj mu lepšie príklady!
train-selected = Teraz ťukni na škatuľu pre: { $text }
train-added = Pridané. Robot sa z toho naučí, keď ho znova naučíš.
train-no-room = Už nie je miesto. Najprv ťukni na niektorú pridanú kartu a vyber ju.
train-removed = Vybraté: { $text }
train-retest-missed = Správne testovacie karty: { $right } z { $total }. Ešte nie všetky. Skús iné príklady.
train-done = Správne testovacie karty: { $right } z { $total }. Rôzne príklady robota dobre naučili!

train-result-right = Správne: { $text }. Robot hovorí: { $guess }
train-result-wrong = Nesprávne: { $text }. Robot hovorí: { $guess }
train-guess-not-sure = neviem
train-take-out = Vybrať: { $text }

train-card-orange-cat = Oranžová mačka
train-card-big-grey-dog = Veľký chlpatý sivý pes
train-card-orange-kitten = Oranžové mačiatko
train-card-white-rabbit = Chlpatý biely zajac
train-card-sleepy-orange-cat = Ospalá oranžová mačka
train-card-small-brown-dog = Malý hnedý pes
train-card-fluffy-orange-cat = Chlpatá oranžová mačka
train-card-big-brown-dog = Veľký hnedý pes
train-card-grey-rabbit = Chlpatý sivý zajac
train-card-big-grey-cat = Veľká chlpatá sivá mačka
train-card-white-fluffy-cat = Chlpatá biela mačka
train-card-black-dog = Veľký čierny pes
train-card-white-cat = Malá biela mačka
train-card-grey-kitten = Chlpaté sivé mačiatko
train-card-small-grey-dog = Malý sivý pes
train-card-big-grey-cat-short = Veľká sivá mačka
train-card-brown-rabbit = Hnedý zajac
train-card-black-fluffy-cat = Veľká chlpatá čierna mačka
