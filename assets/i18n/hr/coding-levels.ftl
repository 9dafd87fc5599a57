# The coding worlds and their levels. Tile names as the game shows them (robot.ftl):
# Naprijed, Skreni lijevo, Skreni desno, Upali, Ponovi, Ponavljaj do uspjeha, Ako,
# Ako … inače, Pomoćnik 1, Pomoćnik 2, Glavni program.

world-robot-road = Robotova cesta
world-loop-lagoon = Laguna petlji
world-helper-hills = Brda pomoćnika
world-choice-canyon = Kanjon izbora
world-sensor-springs = Izvori senzora
world-number-harbour = Luka brojeva
world-signal-station = Signalna postaja
world-bug-bay = Uvala pogrešaka

## Robot Road

level-robot-first-steps-title = Prvi koraci
level-robot-first-steps-instruction = Složi program koji odvodi robota do zastavice. Zatim dodirni „Pokreni“.
level-robot-first-steps-learned = Program je popis koraka. Robot ih izvodi jedan za drugim, redom.
level-robot-first-steps-hint-1 = Pogledaj zastavicu. Kamo robot sada gleda?
level-robot-first-steps-hint-2 = „Naprijed“ pomiče robota za jedno polje. „Skreni desno“ ga okreće na mjestu.
level-robot-first-steps-hint-3 = Počni s: „Naprijed“, „Naprijed“, „Skreni desno“.

level-robot-turn-left-title = Skreni lijevo
level-robot-turn-left-instruction = Odvedi robota do zastavice. Ovaj put mora skrenuti lijevo.
level-robot-turn-left-learned = „Skreni lijevo“ i „Skreni desno“ mijenjaju smjer u kojem robot gleda. Ne pomiču ga.
level-robot-turn-left-hint-1 = Robot gleda gore. Gdje cesta skreće?
level-robot-turn-left-hint-2 = Nakon „Skreni lijevo“ blok „Naprijed“ pomiče robota u novom smjeru.
level-robot-turn-left-hint-3 = Počni s: „Naprijed“, „Naprijed“, „Skreni lijevo“.

level-robot-zigzag-title = Cik-cak niz stepenice
level-robot-zigzag-instruction = Siđi niz stepenice do zastavice. Cesta skreće nakon svake stepenice.
level-robot-zigzag-learned = Duga cesta samo je niz malih koraka i skretanja, jedno za drugim.
level-robot-zigzag-hint-1 = Prati cestu prstom. Prebroji skretanja.
level-robot-zigzag-hint-2 = Skreni desno da ideš dolje. Skreni lijevo da opet ideš poprijeko.
level-robot-zigzag-hint-3 = Počni s: „Naprijed“, „Skreni desno“, „Naprijed“, „Skreni lijevo“.

level-robot-around-rocks-title = Oko zida
level-robot-around-rocks-instruction = Zid je na putu. Zaobiđi ga da stigneš do zastavice.
level-robot-around-rocks-learned = Kad je put zatvoren, možeš isplanirati put oko prepreke.
level-robot-around-rocks-hint-1 = Robot ne može ići ravno do zastavice. Gdje je put okolo?
level-robot-around-rocks-hint-2 = Prvo gore, zatim poprijeko, zatim dolje.
level-robot-around-rocks-hint-3 = Počni s: „Naprijed“, „Naprijed“, „Skreni desno“.

level-robot-fix-the-path-title = Popravi put
level-robot-fix-the-path-instruction = Ovaj program ima pogrešku: robot udara u zid. Promatraj ga s „Korak“, a zatim popravi program.
level-robot-fix-the-path-learned = Pogreška je greška u programu. Jedan blok viška može poslati robota u zid. Izvadi ga i program radi.
level-robot-fix-the-path-hint-1 = Dodirni „Korak“ da izvodiš jedan po jedan blok. Gdje robot udara u zid?
level-robot-fix-the-path-hint-2 = Robot ide jedno polje predaleko prije nego što skrene. Jedan blok je višak.
level-robot-fix-the-path-hint-3 = Blok viška nalazi se prije prvog skretanja.

level-robot-first-lamp-title = Neka bude svjetlo
level-robot-first-lamp-instruction = Dovezi se do lampe. Zatim upotrijebi blok „Upali“ da je uključiš.
level-robot-first-lamp-learned = „Upali“ radi samo kad robot stoji na lampi.
level-robot-first-lamp-hint-1 = Koliko je polja lampa udaljena?
level-robot-first-lamp-hint-2 = Robot prvo mora stati na lampu. Zatim je „Upali“ uključuje.
level-robot-first-lamp-hint-3 = Lampa je tri polja ispred robota.

level-robot-two-lamps-title = Dvije lampe
level-robot-two-lamps-instruction = Uključi obje lampe. Nema zastavice: zadatak je gotov kad sve lampe svijetle.
level-robot-two-lamps-learned = Robot može obaviti posao usput: stati, upaliti lampu i nastaviti.
level-robot-two-lamps-hint-1 = Prolaziš pokraj prve lampe na putu do druge.
level-robot-two-lamps-hint-2 = Stavi „Upali“ odmah nakon bloka koji dovodi robota na lampu.
level-robot-two-lamps-hint-3 = Počni s: „Naprijed“, „Naprijed“, „Upali“.

level-robot-lamps-and-flag-title = Lampe i zastavica
level-robot-lamps-and-flag-instruction = Uključi obje lampe. Zatim idi do zastavice.
level-robot-lamps-and-flag-learned = Zadatak može imati nekoliko dijelova. Robot mora obaviti sve.
level-robot-lamps-and-flag-hint-1 = Zastavica se broji tek kad sve lampe svijetle.
level-robot-lamps-and-flag-hint-2 = Isplaniraj put koji prolazi preko obje lampe prije nego što stigne do zastavice.
level-robot-lamps-and-flag-hint-3 = Počni s: „Naprijed“, „Upali“, „Skreni desno“.

level-robot-turn-around-title = Okreni se
level-robot-turn-around-instruction = Upali lampu. Zatim se okreni i idi do zastavice.
level-robot-turn-around-learned = Dva okreta na istu stranu okreću robota natrag, onamo odakle je došao.
level-robot-turn-around-hint-1 = Lampa i zastavica su na različitim stranama robota.
level-robot-turn-around-hint-2 = Da se okreneš, upotrijebi dva okreta: „Skreni lijevo“, „Skreni lijevo“.
level-robot-turn-around-hint-3 = Počni s: „Naprijed“, „Naprijed“, „Upali“.

level-robot-long-road-title = Dulji put
level-robot-long-road-instruction = Upali obje lampe i završi na zastavici. Koji je put okolo kraći?
level-robot-long-road-learned = Može postojati više od jednog puta. Prvo razmisli, zatim odaberi kraći.
level-robot-long-road-hint-1 = Ravno dolje stiže se do zastavice, ali onda su lampe još ugašene.
level-robot-long-road-hint-2 = Prvo idi gornjim redom, zatim dolje, zatim natrag donjim redom.
level-robot-long-road-hint-3 = Počni s: „Naprijed“, „Upali“, „Naprijed“, „Skreni desno“.

## Loop Lagoon

level-loop-first-loop-title = Prva petlja
level-loop-first-loop-instruction = Stigni do zastavice. U tvoj program stanu samo 3 bloka pa upotrijebi blok „Ponovi“.
level-loop-first-loop-learned = Blok „Ponovi“ izvodi blokove u sebi opet i opet. Jedna petlja može obaviti posao mnogih blokova.
level-loop-first-loop-hint-1 = Prebroji polja između robota i zastavice.
level-loop-first-loop-hint-2 = Stavi „Naprijed“ u blok „Ponovi“. Zatim dodirni „Više puta“ da postaviš broj.
level-loop-first-loop-hint-3 = „Naprijed“ ide u petlju. Postavi broj na onoliko polja koliko ih je prebrojeno.

level-loop-lamp-row-title = Niz lampi
level-loop-lamp-row-instruction = Upali svih pet lampi. U tvoj program stane samo 5 blokova pa upotrijebi petlju.
level-loop-lamp-row-learned = Petlja može ponavljati više od jednog bloka. Ovdje ponavlja korak i paljenje.
level-loop-lamp-row-hint-1 = Svaka je lampa samo jedno polje iza prethodne.
level-loop-lamp-row-hint-2 = Stavi dva bloka u jedan „Ponovi“. Petlja radi oba, opet i opet.
level-loop-lamp-row-hint-3 = U petlji: „Naprijed“, zatim „Upali“. Koliko puta?

level-loop-corner-title = Iza ugla
level-loop-corner-instruction = Stigni do zastavice. Upotrijebi petlju za svaku dugu cestu, sa skretanjem između.
level-loop-corner-learned = Program može imati nekoliko petlji, jednu za drugom.
level-loop-corner-hint-1 = Cesta ima dva duga ravna dijela.
level-loop-corner-hint-2 = Prvo petlja za gornju cestu. Zatim „Skreni desno“. Zatim petlja za cestu prema dolje.
level-loop-corner-hint-3 = Počni s: „Ponovi 4 puta“ s „Naprijed“ unutra. Zatim „Skreni desno“.

level-loop-stairs-title = Stepenice s petljom
level-loop-stairs-instruction = Popni se stepenicama do zastavice. Pronađi dio koji se ponavlja.
level-loop-stairs-learned = Kad se uzorak ponavlja, složi ga jednom u petlji. Petlja napravi ostalo.
level-loop-stairs-hint-1 = Pogledaj jednu stepenicu. Što robot radi na njoj?
level-loop-stairs-hint-2 = Petlja može sadržavati i skretanja. Stavi jednu stepenicu u „Ponovi“.
level-loop-stairs-hint-3 = Jedna stepenica je: „Naprijed“, „Skreni lijevo“, „Naprijed“, „Skreni desno“.

level-loop-square-title = Kvadrat lampi
level-loop-square-instruction = Upali tri lampe u kutovima. Upotrijebi petlju.
level-loop-square-learned = Petlja sa skretanjem unutra može provesti robota oko kvadrata.
level-loop-square-hint-1 = Svaka stranica kvadrata izgleda jednako.
level-loop-square-hint-2 = Stavi blokove za jednu stranicu i jedan kut u „Ponovi“.
level-loop-square-hint-3 = Jedna stranica je: „Naprijed“, „Naprijed“, „Upali“, „Skreni desno“.

level-loop-fix-the-loop-title = Popravi petlju
level-loop-fix-the-loop-instruction = Ova petlja treba upaliti sve tri lampe. Nakon prve lampe robot udari u zid. Popravi petlju.
level-loop-fix-the-loop-learned = Petlja svaki put izvodi iste blokove. Zato svaki krug mora završiti tako da robot gleda kao na početku.
level-loop-fix-the-loop-hint-1 = Dodirni „Korak“. Kamo robot gleda kad petlja počne ispočetka?
level-loop-fix-the-loop-hint-2 = Na kraju svakog kruga robot mora gledati na istu stranu kao na početku.
level-loop-fix-the-loop-hint-3 = Na kraju petlje nedostaje skretanje.

level-loop-in-a-loop-title = Petlja u petlji
level-loop-in-a-loop-instruction = Upali svaku lampu oko kvadrata. Stavi petlju u drugu petlju.
level-loop-in-a-loop-learned = Petlja može biti unutar druge petlje. Svaki put kad vanjska petlja prođe jednom, unutarnja prođe sve svoje krugove.
level-loop-in-a-loop-hint-1 = Pogledaj jednu stranicu: tri lampe u nizu, zatim kut.
level-loop-in-a-loop-hint-2 = Unutarnja petlja pali jednu stranicu. Vanjska to radi za svaku stranicu.
level-loop-in-a-loop-hint-3 = Unutarnja petlja: „Ponovi 3 puta“ s „Naprijed“ i „Upali“ unutra.

level-loop-lamp-stairs-title = Stepenice s lampama
level-loop-lamp-stairs-instruction = Siđi niz stepenice i upali lampu na svakoj stepenici.
level-loop-lamp-stairs-learned = Petlja može kretati, skretati i obavljati posao. U svakom krugu prijeđe jednu cijelu stepenicu.
level-loop-lamp-stairs-hint-1 = Što robot radi na jednoj stepenici? Pogledaj gdje je lampa.
level-loop-lamp-stairs-hint-2 = Pronađi blokove za jednu stepenicu, s „Upali“ na pravom mjestu. Zatim ih ponavljaj.
level-loop-lamp-stairs-hint-3 = Jedna stepenica počinje s: „Naprijed“, „Skreni desno“, „Naprijed“.

level-loop-big-ring-title = Veliki krug
level-loop-big-ring-instruction = Upali lampe u kutovima velikog kruga. Stranice su duge pa upotrijebi petlju u petlji.
level-loop-big-ring-learned = Unutarnja petlja prelazi dugu stranicu. Vanjska za svaki kut ponavlja stranicu, skretanje i paljenje.
level-loop-big-ring-hint-1 = Od jednog kuta do sljedećeg ima četiri polja.
level-loop-big-ring-hint-2 = Unutarnja petlja prelazi jednu stranicu. Vanjska dodaje skretanje i paljenje, jednom za svaki kut.
level-loop-big-ring-hint-3 = Unutarnja petlja: „Ponovi 4 puta“ s „Naprijed“ unutra.

level-choice-until-goal-title = Do uspjeha
level-choice-until-goal-instruction = Stigni do zastavice. Upotrijebi „Ponavljaj do uspjeha“: radi sve dok zadatak nije gotov.
level-choice-until-goal-learned = „Ponavljaj do uspjeha“ izvodi svoje blokove opet i opet i staje kad je zadatak gotov. Ne moraš brojiti.
level-choice-until-goal-hint-1 = Koliko je daleko zastavica? Ovaj put to ne moraš znati.
level-choice-until-goal-hint-2 = „Ponavljaj do uspjeha“ ponavlja blokove u sebi dok robot ne stane na zastavicu.
level-choice-until-goal-hint-3 = „Naprijed“ ide u petlju. Nema broja za postavljanje.

## Helper Hills

level-helper-first-helper-title = Tvoj prvi pomoćnik
level-helper-first-helper-instruction = Upali tri lampe. Složi blokove za jednu lampu u Pomoćniku 1. Zatim upotrijebi blok „Pomoćnik 1“ u Glavnom programu.
level-helper-first-helper-learned = Pomoćnik je popis blokova s imenom. Njegov blok poziva pomoćnika: izvodi cijeli popis, koliko god puta želiš.
level-helper-first-helper-hint-1 = Lampe su u kutovima. Što robot radi da stigne do jedne lampe?
level-helper-first-helper-hint-2 = Složi blokove za jednu lampu u Pomoćniku 1. U Glavni program stavi blok „Pomoćnik 1“ jednom za svaku lampu.
level-helper-first-helper-hint-3 = Pomoćnik 1 može biti: „Naprijed“, „Naprijed“, „Upali“, „Skreni desno“.

level-helper-zigzag-title = Pomoćnik i skretanja
level-helper-zigzag-instruction = Upali tri lampe. Neka Pomoćnik 1 hoda i pali. Glavni program radi skretanja.
level-helper-zigzag-learned = Glavni program može miješati blokove pomoćnika s drugim blokovima.
level-helper-zigzag-hint-1 = Između lampi cesta skreće. Skreće li svaki put na istu stranu?
level-helper-zigzag-hint-2 = Ravni dio je svaki put isti pa ga stavi u Pomoćnik 1. Skretanja stavi u Glavni program.
level-helper-zigzag-hint-3 = Pomoćnik 1: „Naprijed“, „Naprijed“, „Naprijed“, „Upali“.

level-helper-lamp-stairs-title = Stepenice s pomoćnikom
level-helper-lamp-stairs-instruction = Popni se stepenicama i upali lampu na svakoj stepenici. Upotrijebi Pomoćnik 1.
level-helper-lamp-stairs-learned = Pomoćnik može sadržavati veći uzorak, s kretanjem, skretanjem i paljenjem.
level-helper-lamp-stairs-hint-1 = Pogledaj jednu stepenicu. Gdje je njezina lampa?
level-helper-lamp-stairs-hint-2 = Stavi jednu cijelu stepenicu u Pomoćnik 1. Zatim upotrijebi Pomoćnik 1 jednom za svaku stepenicu.
level-helper-lamp-stairs-hint-3 = Jedna stepenica počinje s: „Naprijed“, „Skreni lijevo“, „Naprijed“.

level-helper-call-itself-title = Pomoćnik koji se vrti
level-helper-call-itself-instruction = Popni se dugim stepenicama do zastavice. U Glavni program stanu samo 3 bloka. Može li Pomoćnik 1 pozvati sam sebe i nastaviti kao „Ponavljaj do uspjeha“?
level-helper-call-itself-learned = Pomoćnik na svom kraju može pozvati sam sebe. Tada kreće ispočetka, kao petlja, dok zadatak nije gotov.
level-helper-call-itself-hint-1 = Stepenica ima više nego što stane u Glavni program.
level-helper-call-itself-hint-2 = Stavi blok „Pomoćnik 1“ na kraj, unutar Pomoćnika 1. Tada se Pomoćnik 1 izvodi opet i opet.
level-helper-call-itself-hint-3 = Pomoćnik 1 počinje s: „Naprijed“, „Skreni lijevo“, „Naprijed“, „Skreni desno“.

level-helper-round-and-round-title = Ukrug
level-helper-round-and-round-instruction = Upali sve četiri lampe. Neka Pomoćnik 1 ide ukrug tako da poziva sam sebe.
level-helper-round-and-round-learned = Pomoćnik koji poziva sam sebe nastavlja dok sve lampe ne svijetle.
level-helper-round-and-round-hint-1 = Svaka stranica ima jednu lampu, u sredini.
level-helper-round-and-round-hint-2 = Za jednu stranicu: hodaj, upali, hodaj, skreni. Zatim Pomoćnik 1 sam kreće ispočetka.
level-helper-round-and-round-hint-3 = Pomoćnik 1 počinje s: „Naprijed“, „Upali“, „Naprijed“.

level-helper-fix-the-helper-title = Pomoćnik koji staje
level-helper-fix-the-helper-instruction = Pomoćnik 1 treba obići kvadrat i upaliti sve tri lampe, ali staje nakon prve. Popravi Pomoćnik 1.
level-helper-fix-the-helper-learned = Pomoćnik koji treba nastaviti poziva sam sebe na svom kraju. Bez tog poziva izvede se jednom i stane.
level-helper-fix-the-helper-hint-1 = Dodirni „Korak“. Što se događa kad Pomoćnik 1 dođe do svog kraja?
level-helper-fix-the-helper-hint-2 = Glavni program poziva Pomoćnik 1 samo jednom. Kako bi Pomoćnik 1 mogao sam sebe ponovno pokrenuti?
level-helper-fix-the-helper-hint-3 = Nešto nedostaje na kraju Pomoćnika 1.

level-helper-second-helper-title = Dva pomoćnika
level-helper-second-helper-instruction = Upali svaku lampu oko kvadrata. Pomoćnik 1 može pozvati Pomoćnik 2. Za tri zvjezdice Pomoćnik 1 poziva i sam sebe.
level-helper-second-helper-learned = Pomoćnik može pozvati drugog pomoćnika. Od malih dijelova grade se veći.
level-helper-second-helper-hint-1 = Koji je najmanji uzorak? Pogledaj jednu lampu.
level-helper-second-helper-hint-2 = Stavi najmanji uzorak u Pomoćnik 2. Pomoćnik 1 ga poziva za jednu stranicu, skrene i zatim pozove sam sebe.
level-helper-second-helper-hint-3 = Pomoćnik 2: „Naprijed“, „Upali“.

level-helper-walk-then-loop-title = Prvo hodaj, zatim petlja
level-helper-walk-then-loop-instruction = Prvo dođi do stepenica. Zatim neka se Pomoćnik 1 popne njima i upali svaku lampu: na svom kraju poziva sam sebe.
level-helper-walk-then-loop-learned = Glavni program može obaviti prvi dio zadatka i ostatak prepustiti pomoćniku.
level-helper-walk-then-loop-hint-1 = Stepenice ne počinju ondje gdje robot stoji. Prva lampa je tri polja ispred.
level-helper-walk-then-loop-hint-2 = Glavnim programom dođi do stepenica. Zatim pozovi Pomoćnik 1: on se popne jednu stepenicu, upali njezinu lampu i pozove sam sebe.
level-helper-walk-then-loop-hint-3 = Glavni program: „Naprijed“, „Naprijed“, „Pomoćnik 1“.

level-helper-big-ring-title = Pomoćnici idu ukrug
level-helper-big-ring-instruction = Upali tri lampe oko kvadrata. Nema bloka „Skreni lijevo“: složi ga u pomoćniku. U Glavni program stane samo jedan blok pa pomoćnik mora pozivati sam sebe.
level-helper-big-ring-learned = Pomoćnik može zamijeniti blok koji nemaš: tri bloka „Skreni desno“ čine jedan „Skreni lijevo“.
level-helper-big-ring-hint-1 = Cesta na svakom kutu skreće lijevo, a ti imaš samo „Skreni desno“.
level-helper-big-ring-hint-2 = Nakon tri bloka „Skreni desno“ robot gleda na istu stranu kao nakon jednog „Skreni lijevo“. Stavi ih u zaseban pomoćnik.
level-helper-big-ring-hint-3 = Jedan pomoćnik može biti: „Skreni desno“, „Skreni desno“, „Skreni desno“.

## Choice Canyon

level-choice-first-if-title = Crveno znači skreni
level-choice-first-if-instruction = Svako crveno polje znači: ovdje skreni lijevo. Upotrijebi blok „Ako“ da provjeriš crvenu boju.
level-choice-first-if-learned = Blok „Ako“ postavlja pitanje. Blokovi u njemu izvode se samo kad je odgovor „da“.
level-choice-first-if-hint-1 = Gdje cesta skreće? Koje su boje ta polja?
level-choice-first-if-hint-2 = „Ako na crvenom“ izvodi svoje blokove samo kad robot stoji na crvenom polju.
level-choice-first-if-hint-3 = U „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako na crvenom“.

level-choice-green-lamps-title = Zeleno prije lampe
level-choice-green-lamps-instruction = Zeleno polje znači da je na sljedećem polju lampa. Upali sve lampe.
level-choice-green-lamps-learned = Provjera može robotu reći što slijedi pa se on može pripremiti.
level-choice-green-lamps-hint-1 = Pogledaj polje odmah prije svake lampe.
level-choice-green-lamps-hint-2 = Kad je robot na zelenom, može stati na lampu i upaliti je.
level-choice-green-lamps-hint-3 = U „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako na zelenom“.

level-choice-path-right-title = Pogledaj desno
level-choice-path-right-instruction = Robot može provjeravati cestu. Skreni desno svugdje gdje je desno slobodan put.
level-choice-path-right-learned = Robot osjeća zidove. „Desno slobodno“ je „da“ kad je polje desno od njega slobodno.
level-choice-path-right-hint-1 = Na svakom kutu cesta ide udesno.
level-choice-path-right-hint-2 = „Ako desno slobodno“ gleda polje desno od robota.
level-choice-path-right-hint-3 = U „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako desno slobodno“.

level-choice-fix-the-check-title = Previše skretanja
level-choice-fix-the-check-instruction = Plavo znači skreni desno. Ali ovaj robot skreće na svakom polju i udari u zid. Popravi program.
level-choice-fix-the-check-learned = Blokovi unutar „Ako“ izvode se samo kad je odgovor „da“. Blok nakon „Ako“ izvodi se svaki put.
level-choice-fix-the-check-hint-1 = Dodirni „Korak“. Skreće li robot na polju koje nije plavo?
level-choice-fix-the-check-hint-2 = Koje je skretanje unutar „Ako“? Koje se izvodi svaki put?
level-choice-fix-the-check-hint-3 = Pogledaj zadnji blok u petlji.

level-choice-if-else-title = Ako ili inače
level-choice-if-else-instruction = Idi naprijed kad je ispred slobodno. Inače skreni desno. Pazi na male sporedne ceste!
level-choice-if-else-learned = „Ako … inače“ bira jedan od dva puta: prvi dio kad je odgovor „da“, dio „inače“ kad je „ne“.
level-choice-if-else-hint-1 = Male sporedne ceste ne vode nikamo. Skreni samo kad je ispred zid.
level-choice-if-else-hint-2 = „Ako … inače“ ima dva dijela. Prvi se izvodi na „da“. Dio „inače“ izvodi se na „ne“.
level-choice-if-else-hint-3 = U „Ponavljaj do uspjeha“ upotrijebi „Ako ispred slobodno“ s „Naprijed“ u prvom dijelu.

level-choice-colours-title = Crveno i plavo
level-choice-colours-instruction = Crveno znači skreni lijevo. Plavo znači skreni desno. Upotrijebi dva bloka „Ako“.
level-choice-colours-learned = Program može postaviti više od jednog pitanja. Svaki blok „Ako“ postavlja svoje.
level-choice-colours-hint-1 = Pogledaj boje polja na kojima cesta skreće.
level-choice-colours-hint-2 = Stavi dva bloka „Ako“ u petlju: jedan pita za crvenu, drugi za plavu.
level-choice-colours-hint-3 = U „Ponavljaj do uspjeha“ počni s „Naprijed“. Zatim „Ako na crvenom“ sa „Skreni lijevo“ unutra.

level-choice-corner-lamps-title = Upali ili skreni
level-choice-corner-lamps-instruction = Svako polje ove ceste je lampa ili crveno. Na crvenom skreni lijevo. Na svakom drugom polju upali lampu.
level-choice-corner-lamps-learned = „Ako … inače“ može pitati i za boju: prvi dio izvodi se na crvenom, dio „inače“ na svakom drugom polju.
level-choice-corner-lamps-hint-1 = Koja polja nemaju lampu? Što robot ondje radi?
level-choice-corner-lamps-hint-2 = Jedan „Ako … inače“ može obaviti oba posla: jedan dio za crvena polja, dio „inače“ za lampe.
level-choice-corner-lamps-hint-3 = U „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako na crvenom“ sa „Skreni lijevo“ u prvom dijelu.

level-choice-two-rules-title = Dva pravila
level-choice-two-rules-instruction = Crveno znači skreni lijevo. Zid ispred znači skreni desno. Upotrijebi „Ako“ za jedno pravilo i „Ako … inače“ za drugo.
level-choice-two-rules-learned = Jedan program može miješati „Ako“ i „Ako … inače“. Svaki postavlja svoje pitanje, jedno za drugim.
level-choice-two-rules-hint-1 = Neke ceste nastavljaju iza crvenog polja, ali ne vode nikamo. Na crvenom skreni lijevo.
level-choice-two-rules-hint-2 = U svakom krugu postavi dva pitanja: jesam li na crvenom? Je li ispred slobodno?
level-choice-two-rules-hint-3 = U „Ponavljaj do uspjeha“ počni s „Naprijed“. Zatim „Ako na crvenom“ sa „Skreni lijevo“ unutra.

level-choice-red-means-left-title = Raskrižja u kanjonu
level-choice-red-means-left-instruction = Idi naprijed dok je ispred slobodno. Kod zida pogledaj polje: na crvenom skreni lijevo, na svakom drugom skreni desno.
level-choice-red-means-left-learned = „Ako“ može biti unutar drugog „Ako“. Robot postavi jedno pitanje, a zatim možda još jedno.
level-choice-red-means-left-hint-1 = Crvena polja važna su samo kod zida. Na otvorenoj cesti samo prijeđi preko njih. Jedna cesta ide ukrug!
level-choice-red-means-left-hint-2 = Prvo pitaj: je li ispred slobodno? Tek kad nije, pitaj: jesam li na crvenom?
level-choice-red-means-left-hint-3 = U „Ponavljaj do uspjeha“ upotrijebi „Ako ispred slobodno … inače“ s „Naprijed“ u prvom dijelu.

## Bug Bay

level-bug-wrong-turn-title = Krivi smjer
level-bug-wrong-turn-instruction = Ovaj program treba odvesti robota do zastavice, ali robot udara u zid. Pronađi krivi blok i popravi ga.
level-bug-wrong-turn-learned = Traženje pogrešaka znači pronaći korak koji ide krivo i popraviti samo taj korak.
level-bug-wrong-turn-hint-1 = Dodirni „Korak“ da izvodiš jedan po jedan blok. Gdje nešto ide krivo?
level-bug-wrong-turn-hint-2 = Pogreška je često samo jedan krivi blok. Zamijeni ga pravim.
level-bug-wrong-turn-hint-3 = Pogledaj skretanje. Treba li robot skrenuti lijevo ili desno?

level-bug-missing-step-title = Korak koji nedostaje
level-bug-missing-step-instruction = Robot pokušava upaliti lampu ondje gdje je nema. Pronađi što nedostaje.
level-bug-missing-step-learned = Ponekad je pogreška blok koji nedostaje. Prebroji polja da provjeriš.
level-bug-missing-step-hint-1 = Koja lampa ostaje ugašena?
level-bug-missing-step-hint-2 = Prebroji polja od kuta do druge lampe. Prebroji i blokove „Naprijed“.
level-bug-missing-step-hint-3 = Blok koji nedostaje ide odmah nakon „Skreni desno“. Koji blok pomiče robota?

level-bug-loop-count-title = Prebroji ponovno
level-bug-loop-count-instruction = Robot udara u zid. Provjeri koliko se puta ponavlja svaka petlja i popravi to.
level-bug-loop-count-learned = Petlja koja se ponovi jednom previše ili jednom premalo vrlo je česta pogreška.
level-bug-loop-count-hint-1 = Promatraj prvu petlju. Gdje robot udari?
level-bug-loop-count-hint-2 = Prebroji polja prije kuta. Petlja se treba ponoviti toliko puta.
level-bug-loop-count-hint-3 = Promijeni broj prve petlje.

level-bug-forgot-light-title = Mrak
level-bug-forgot-light-instruction = Robot obilazi kvadrat, ali nijedna se lampa ne uključi. Popravi petlju.
level-bug-forgot-light-learned = Ako se nešto nikad ne dogodi, provjeri nedostaje li blok u petlji.
level-bug-forgot-light-hint-1 = Koji blok uključuje lampu? Je li u programu?
level-bug-forgot-light-hint-2 = Blok koji dodaš u petlju izvodi se u svakom krugu.
level-bug-forgot-light-hint-3 = Blok koji nedostaje ide u petlju. Robot stoji na lampi nakon dva bloka „Naprijed“.

level-bug-helper-turn-title = Pogreška u pomoćniku
level-bug-helper-turn-instruction = Pomoćnik 1 ima pogrešku. Glavni program ga poziva tri puta pa se pogreška događa svaki put. Popravi je jednom.
level-bug-helper-turn-learned = Kad popraviš pomoćnika, popraviš svako mjesto koje ga poziva.
level-bug-helper-turn-hint-1 = Dodirni „Korak“. Što se događa nakon prve lampe?
level-bug-helper-turn-hint-2 = Na svakom kutu ovog kvadrata cesta ide udesno.
level-bug-helper-turn-hint-3 = Pogledaj zadnji blok u Pomoćniku 1.

level-bug-wrong-side-title = Kriva strana
level-bug-wrong-side-instruction = Cesta uvijek skreće desno, ali robot udara u zid. „Ako“ postavlja krivo pitanje. Popravi to.
level-bug-wrong-side-learned = „Ako“ koji postavlja krivo pitanje može pokvariti cijeli program.
level-bug-wrong-side-hint-1 = Kamo skreće cesta? Na koju stranu gleda „Ako“?
level-bug-wrong-side-hint-2 = Dodirni blok „Ako“ u programu. Zatim dodirni „Promijeni pitanje“.
level-bug-wrong-side-hint-3 = „Ako“ gleda na jednu stranu, a cesta skreće na drugu.

level-bug-two-mistakes-title = Dvije pogreške
level-bug-two-mistakes-instruction = Ovaj program ima dvije pogreške. Pronađi obje da se robot popne stepenicama do zastavice.
level-bug-two-mistakes-learned = Program može imati više od jedne pogreške. Popravi jednu, ponovno ga pokreni, zatim popravi sljedeću.
level-bug-two-mistakes-hint-1 = Promatraj prvu stepenicu. Gdje robot ide krivo?
level-bug-two-mistakes-hint-2 = Jedna pogreška je skretanje. Druga je koliko se puta petlja ponavlja.
level-bug-two-mistakes-hint-3 = Na svakoj stepenici robot ide gore, a zatim se okrene natrag u smjeru kojim je išao. Provjeri to skretanje, zatim prebroji stepenice.

level-bug-mixed-colours-title = Izmiješane boje
level-bug-mixed-colours-instruction = Crveno treba značiti skreni lijevo, a plavo skreni desno. Netko ih je izmiješao. Popravi program.
level-bug-mixed-colours-learned = Isprobaj program, vidi gdje radi nešto što ne želiš i popravi samo to.
level-bug-mixed-colours-hint-1 = Što robot radi na prvom plavom polju?
level-bug-mixed-colours-hint-2 = Svaki „Ako“ pita za pravu boju, ali skreće na krivu stranu.
level-bug-mixed-colours-hint-3 = Promijeni skretanje unutar svakog „Ako“.
