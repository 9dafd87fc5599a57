# Mida digipädevuse tasemetüübid oma tekstide ümber näitavad.

answer-next = Edasi
answer-right = Õige!
answer-wrong = Mitte päris.
answer-feedback = { $verdict } { $reason }

pick-screen = Mida sa teeksid?
pick-start = Loe, mis juhtub, ja puuduta parimat vastust.
pick-progress = Küsimus { $current }/{ $total }
pick-option-best = Parim vastus: { $text }
pick-option-not-best = Pole parim: { $text }

order-screen-steps = Sammud
order-screen-rank = Paroolid
order-start = Puuduta sammu, mis tuleb esimesena.
order-start-rank = Puuduta kõigepealt kõige nõrgemat parooli.
order-progress = { $placed }/{ $total } järjekorras
order-step-placed = { $number }. { $text }
order-done = { $last } Kõik on järjekorras. Puuduta „Valmis“.

password-screen = Uus parool
password-empty = Puuduta allolevaid sõnu ja pane kokku parool.
password-shown = Parool: { $password }
password-piece = Lisa { $text }
password-remove = Eemalda viimane
password-clear = Alusta uuesti
password-pieces = { $count } { $count ->
        [one] osa
       *[other] osa
    } (vähemalt { $min }, kõige rohkem { $max })
password-meter-empty = Tugevus: veel mitte midagi
password-meter-pending = Tugevus: mõõdan…
password-meter-unavailable = Tugevusmõõdikut ei õnnestunud laadida. Kontrolli ühendust ja muuda siis parooli, et see uuesti prooviks.
password-meter = Tugevus: { $score }. { $time }
password-personal = Ettevaatust! { $reason }
password-build-empty = Alusta sõnaga. Vali sõnu, millel pole sinuga mingit pistmist.
password-build-personal = Võta välja osa, mis räägib sinust: sind tundvad inimesed võiksid selle ära arvata.
password-build-short = Lisa veel sõnu: kasuta vähemalt { $min }.
password-build-weak = Veel pole piisavalt tugev. Lisa üks sõna või vaheta üks välja. Püüa jõuda tasemeni „{ $target }“.
password-build-done = Tugev, pikk ja mitte midagi sinust. Puuduta „Valmis“!
password-score-0 = Väga nõrk
password-score-1 = Nõrk
password-score-2 = Nii ja naa
password-score-3 = Tugev
password-score-4 = Väga tugev
password-time-instantly = Arvuti arvab selle ära vähem kui minutiga.
password-time-minutes = Arvuti arvab selle ära minutitega.
password-time-hours = Arvuti arvab selle ära tundidega.
password-time-days = Arvutil kulub selle äraarvamiseks päevi.
password-time-years = Arvutil kulub selle äraarvamiseks aastaid.
password-time-centuries = Arvutil kulub selle äraarvamiseks sadu aastaid.
password-meter-limited = Tugevus: { $score }. { $limit }
password-limit-short = Liiga lühike, et olla tugev. Tee see vähemalt 15 tähe pikkuseks.
password-limit-few-words = Tugevates paroolides on vähemalt kolm juhuslikku sõna.
password-limit-common-words = Need sõnad on väga tavalised. Vaheta üks haruldasema vastu.

address-screen = Link
address-claim = See link väidab, et viib saidile { $brand }.
address-start = Loe aadressi nime lõpust alates, mitte algusest.
address-find = Puuduta osa, mis nimetab saiti.
address-judge = Kas see on päriselt { $brand }?
address-yes = Jah, see on { $brand }
address-no = Ei, ei ole
address-part = Aadressi osa: { $text }
address-progress = Link { $current }/{ $total }
address-found = Jah! See osa nimetab saiti: { $site }. Kas see on { $brand }?
address-verdict-real = See link viib saidile { $site }, mis on päris { $brand }.
address-verdict-other = See link viib saidile { $site }, mitte saidile { $brand }. Nimi { $brand } mujal aadressis on ainult maskeering.
address-verdict-lookalike = Vaata hoolega: mõned tähed on teisest tähestikust. Brauser loeb { $real }, ja see pole { $brand }.
address-part-scheme = „https://“ tähendab ainult, et keegi ei saa teel pealt kuulata. See ei ütle, kes saiti haldab.
address-part-user = Brauser ei lähe sinna, mis on enne @-märki. Petised panevad sinna kuulsa nime.
address-part-subdomain = See on ainult eesmine osa. Saidi omanik võib siia kirjutada ükskõik mis sõna, isegi kuulsa nime.
address-part-site = See osa nimetab saiti: lõpp ja nimi vahetult selle ees. See ütleb, kes saiti haldab.
address-part-port = See number on uks saidile. See ei ütle, kes saiti haldab.
address-part-path = See osa tuleb pärast saidi nime. Omanik võib siia kirjutada mida iganes.
address-part-query = See osa tuleb pärast saidi nime. Omanik võib siia kirjutada mida iganes.
address-part-fragment = See osa hüppab ainult kohta lehel. See ei ütle, kes saiti haldab.
address-shown = { $words }. Tegelikult viib see aadressile:
address-verdict-shown = Sõnad ütlevad üht, aga see viib saidile { $site }, mitte saidile { $brand }.
address-verdict-note = { $reason } { $note }
