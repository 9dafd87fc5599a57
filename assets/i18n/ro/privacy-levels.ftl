# Lumea „Împărtășește în siguranță”, nivelurile 2 și mai departe. Oamenii, locurile și jocurile sunt inventate.
# Strada și școala sunt inventate pentru fiecare limbă.

## Nivelul 2: setările unui profil de joc

level-privacy-profile-title = Profilul Lenei
level-privacy-profile-instruction = Acesta e profilul de joc al Lenei. Atinge fiecare setare care arată prea mult, ca s-o repari.
level-privacy-profile-learned = Păstrează-ți profilul doar pentru prieteni. Folosește un nume de joc inventat și o poză de desen animat, iar locația și numărul tău rămân private.
level-privacy-profile-hint-1 = Citește fiecare rând. Ar putea un străin să-l folosească ca s-o găsească pe Lena?
level-privacy-profile-hint-2 = Un nume de joc inventat și o poză de desen animat sunt în siguranță. Numele adevărate, locurile și numerele nu.
level-privacy-profile-hint-3 = Uită-te la cine poate vedea profilul și la numărul de telefon.

privacy-profile-visibility = Cine îmi poate vedea profilul: Toată lumea
privacy-profile-visibility-reason = Toată lumea înseamnă și străinii. Setează doar pentru prieteni.
privacy-profile-visibility-fixed = Cine îmi poate vedea profilul: Doar prietenii
privacy-profile-name = Nume afișat: Lena Popescu (nume complet)
privacy-profile-name-reason = Un nume complet îi ajută pe străini s-o găsească pe Lena. Un nume de joc inventat e de ajuns.
privacy-profile-name-fixed = Nume afișat: StarFox22 (nume de joc)
privacy-profile-game-name = Nume de joc: StarFox22
privacy-profile-game-name-reason = Un nume de joc inventat nu spune nimănui cine e Lena de fapt. Bună alegere!
privacy-profile-avatar = Avatar: o vulpe desenată
privacy-profile-avatar-reason = O poză de desen animat nu arată fața Lenei. E în siguranță.
privacy-profile-location = Arată locația mea: Pornit
privacy-profile-location-reason = Asta le arată oamenilor unde e Lena chiar acum. Las-o oprită.
privacy-profile-location-fixed = Arată locația mea: Oprit
privacy-profile-game = Joc preferat: Block Builders
privacy-profile-game-reason = Multor copii le place jocul acesta. Nu spune nimănui unde e Lena.
privacy-profile-phone = Număr de telefon: vizibil pentru toți
privacy-profile-phone-reason = Străinii ar putea s-o sune sau să-i scrie Lenei. Păstrează-ți numărul de telefon privat.
privacy-profile-phone-fixed = Număr de telefon: ascuns

## Nivelul 3: o postare cu o poză

level-privacy-photo-title = O poză însorită
level-privacy-photo-instruction = Atinge fiecare indiciu din postarea asta care arată unde locuiești sau la ce școală mergi.
level-privacy-photo-learned = Până să postezi o poză, caută plăcuțe cu nume de străzi, numere de case, sigle de școală și etichete de locație.
level-privacy-photo-hint-1 = Uită-te și la fundal, nu doar la tine și la câine.
level-privacy-photo-hint-2 = Numele de străzi, numerele de case și siglele școlilor le arată străinilor unde să te găsească.
level-privacy-photo-hint-3 = Plăcuța cu numele străzii din spatele tău e un indiciu. Mai sunt încă trei.

privacy-photo-photo = Poză: eu și câinele meu în grădină
privacy-photo-photo-reason = O poză cu tine și animalul tău poate fi împărtășită cu prietenii. Verifică doar ce altceva mai apare în ea.
privacy-photo-sign = În spatele nostru: plăcuța „Strada Arțarului”
privacy-photo-sign-reason = Plăcuța le spune tuturor pe ce stradă locuiești. Fă poza acolo unde nu sunt plăcuțe.
privacy-photo-door = Pe ușă: numărul casei, 12
privacy-photo-door-reason = Împreună cu numele străzii, numărul arată exact unde e casa ta. Lasă-l în afara pozei.
privacy-photo-shirt = Tricoul meu cu sigla Școlii Oakfield
privacy-photo-shirt-reason = Sigla arată la ce școală mergi. Străinii ar ști unde ești în fiecare zi.
privacy-photo-caption = Descriere: Sâmbătă însorită cu Rex!
privacy-photo-caption-reason = Numele câinelui tău poate fi împărtășit. Doar nu-l folosi niciodată ca parolă.
privacy-photo-location = Etichetă de locație: Strada Arțarului 12
privacy-photo-location-reason = Eticheta le dă tuturor adresa ta completă. Oprește etichetele de locație.
privacy-photo-comment = Comentariu de la Ben: Ce câine drăguț!
privacy-photo-comment-reason = Un comentariu drăguț de la un prieten e în regulă. Nu dezvăluie nimic.

## Nivelul 4: întrebări care cer prea mult

level-privacy-stranger-asks-title = Cine vrea să știe?
level-privacy-stranger-asks-instruction = Alege de fiecare dată cel mai bun răspuns.
level-privacy-stranger-asks-learned = Poți spune mereu nu. Școala ta, strada ta și numerele prietenilor tăi rămân la tine. Dacă cineva tot insistă, spune-i unui adult.
level-privacy-stranger-asks-hint-1 = Gândește-te: cine îmi va vedea răspunsul și ce ar putea face cu el?
level-privacy-stranger-asks-hint-2 = Datele tale și numerele prietenilor tăi sunt ale tale de păstrat. Poți spune mereu nu.
level-privacy-stranger-asks-hint-3 = Un joc merge și dacă îi spui nu la accesul la contacte.

privacy-stranger-asks-school = SkyRider9, un prieten de pe internet pe care nu l-ai întâlnit niciodată, te întreabă: „La ce școală mergi?”
privacy-stranger-asks-school-tell = Îi spun, apoi îi spun și unui adult.
privacy-stranger-asks-school-tell-reason = E bine să-i spui unui adult, dar acum SkyRider9 îți știe școala. Mai bine nu o spui deloc.
privacy-stranger-asks-school-town = Îi spun doar orașul meu.
privacy-stranger-asks-school-town-reason = Orașul tău e tot un indiciu despre unde ești. Păstrează-l și pe el privat.
privacy-stranger-asks-school-say-no = Spun nu și îi spun unui adult.
privacy-stranger-asks-school-say-no-reason = Bravo! Poți spune nu într-un fel prietenos. Un adult te poate ajuta dacă SkyRider9 tot insistă.
privacy-stranger-asks-contacts = În timp ce joci, un joc întreabă: „Permiți accesul Block Builders la contactele tale?”
privacy-stranger-asks-contacts-allow = Ating „Permite” ca să găsesc repede prieteni.
privacy-stranger-asks-contacts-allow-reason = Contactele tale sunt numerele altor oameni. Jocul le-ar primi fără să-i întrebe pe acei oameni.
privacy-stranger-asks-contacts-not-now = Ating „Nu permite”. Jocul merge oricum.
privacy-stranger-asks-contacts-not-now-reason = Corect! Numerele contactelor tale nu sunt ale tale ca să le dai. Poți adăuga prieteni după numele lor de joc.
privacy-stranger-asks-contacts-allow-then-delete = Permit, apoi șterg tot jocul mai târziu.
privacy-stranger-asks-contacts-allow-then-delete-reason = Odată ce jocul are numerele, ștergerea jocului nu le mai aduce înapoi.
privacy-stranger-asks-quiz = Un test amuzant spune: „Numele tău de supererou = strada ta + școala ta!”
privacy-stranger-asks-quiz-skip = Îl sar sau mă joc cu cuvinte inventate.
privacy-stranger-asks-quiz-skip-reason = Bine gândit! Strada și școala ta arată unde te poate găsi cineva. Cuvintele inventate sunt la fel de amuzante.
privacy-stranger-asks-quiz-post = Îmi postez numele adevărat de supererou la comentarii.
privacy-stranger-asks-quiz-post-reason = Acum toată lumea îți știe strada și școala. Împreună, ele arată unde te poate găsi cineva.
privacy-stranger-asks-quiz-send-friend = Îl trimit doar unui prieten, într-un mesaj.
privacy-stranger-asks-quiz-send-friend-reason = Mesajele pot fi trimise mai departe. Păstrează-ți răspunsurile adevărate pentru tine.

## Nivelul 5: până să postezi o poză

level-privacy-before-posting-title = Gata de postat?
level-privacy-before-posting-instruction = Vrei să postezi o poză. E acesta un pas bun până să postezi sau mai bine nu?
level-privacy-before-posting-learned = Până să postezi, verifică poza de indicii, întreabă oamenii din ea și alege „doar prietenii”. Lasă etichetele de locație oprite.
level-privacy-before-posting-hint-1 = Gândește-te: după ce e postată, cine ar putea vedea poza și ce ar putea afla?
level-privacy-before-posting-hint-2 = Pașii buni țin departe indiciile și străinii și îi întreabă pe cei din poză. Cei riscanți răspândesc poza sau locul unde ești.
level-privacy-before-posting-hint-3 = O etichetă de locație e ceva de lăsat deoparte.

privacy-bin-do = Fă-o
privacy-bin-dont = Mai bine nu

privacy-before-posting-clues = Verifică dacă în poză sunt plăcuțe și numere de case.
privacy-before-posting-clues-reason = Bine! Taie-le din poză sau alege altă poză, ca nimeni să nu-și dea seama unde locuiești.
privacy-before-posting-location = Adaugă o etichetă de locație, ca prietenii să te găsească.
privacy-before-posting-location-reason = O etichetă de locație le arată tuturor unde ești. Las-o oprită.
privacy-before-posting-ask = Întreabă-i pe toți cei din poză dacă e în regulă.
privacy-before-posting-ask-reason = E și poza lor. Posteaz-o doar dacă ei spun da.
privacy-before-posting-everyone = Posteaz-o pentru toată lumea, ca să ai mai multe aprecieri.
privacy-before-posting-everyone-reason = Toată lumea înseamnă și străinii. Aprecierile nu merită asta.
privacy-before-posting-audience = Alege cine o poate vedea: doar prietenii.
privacy-before-posting-audience-reason = Bine! „Doar prietenii” îi ține departe pe străini.
privacy-before-posting-surprise = Postează o poză caraghioasă cu un prieten, ca surpriză.
privacy-before-posting-surprise-reason = Întreabă mai întâi. Poate prietenul tău nu vrea poza aceea pe internet.
