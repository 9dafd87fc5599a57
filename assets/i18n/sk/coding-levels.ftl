# Programátorské svety a ich úrovne. Ku každej úrovni: názov, úloha, čo sa žiak naučil, tri
# nápovedy. Používaj názvy blokov z hry (robot.ftl).

world-robot-road = Cesta robotov
world-loop-lagoon = Lagúna cyklov
world-helper-hills = Kopce pomocníkov
world-choice-canyon = Kaňon volieb
world-sensor-springs = Pramene senzorov
world-number-harbour = Prístav čísel
world-signal-station = Stanica signálov
world-bug-bay = Zátoka chýb

## Cesta robotov

level-robot-first-steps-title = Prvé kroky
level-robot-first-steps-instruction = Postav program, ktorý dovedie robota k vlajke. Potom ťukni na Spustiť.
level-robot-first-steps-learned = Program je zoznam krokov. Robot ich robí jeden po druhom, v poradí.
level-robot-first-steps-hint-1 = Pozri sa na vlajku. Kam sa robot teraz pozerá?
level-robot-first-steps-hint-2 = Dopredu posunie robota o jedno políčko. Otoč sa doprava ho otočí na mieste.
level-robot-first-steps-hint-3 = Začni takto: Dopredu, Dopredu, Otoč sa doprava.

level-robot-turn-left-title = Otoč sa doľava
level-robot-turn-left-instruction = Doveď robota k vlajke. Tentoraz sa musí otočiť doľava.
level-robot-turn-left-learned = Otoč sa doľava a Otoč sa doprava menia, kam sa robot pozerá. Neposúvajú ho.
level-robot-turn-left-hint-1 = Robot sa pozerá hore. Kde cesta zatáča?
level-robot-turn-left-hint-2 = Po Otoč sa doľava posunie Dopredu robota novým smerom.
level-robot-turn-left-hint-3 = Začni takto: Dopredu, Dopredu, Otoč sa doľava.

level-robot-zigzag-title = Cikcak schody
level-robot-zigzag-instruction = Zíď po schodoch k vlajke. Cesta zatáča po každom schode.
level-robot-zigzag-learned = Dlhá cesta sú len malé kroky a otočenia, jedno za druhým.
level-robot-zigzag-hint-1 = Prejdi cestu prstom. Spočítaj zákruty.
level-robot-zigzag-hint-2 = Otoč sa doprava a ideš dolu. Otoč sa doľava a ideš zase naboku.
level-robot-zigzag-hint-3 = Začni takto: Dopredu, Otoč sa doprava, Dopredu, Otoč sa doľava.

level-robot-around-rocks-title = Okolo steny
level-robot-around-rocks-instruction = V ceste je stena. Obíď ju a dostaň sa k vlajke.
level-robot-around-rocks-learned = Keď je cesta zatarasená, môžeš si naplánovať cestu okolo.
level-robot-around-rocks-hint-1 = Robot nemôže ísť rovno k vlajke. Kade sa dá ísť okolo?
level-robot-around-rocks-hint-2 = Najprv hore, potom naboku, potom dolu.
level-robot-around-rocks-hint-3 = Začni takto: Dopredu, Dopredu, Otoč sa doprava.

level-robot-fix-the-path-title = Oprav cestu
level-robot-fix-the-path-instruction = Tento program má chybu: robot narazí do steny. Sleduj ho krokom, potom program oprav.
level-robot-fix-the-path-learned = Chyba je omyl v programe. Jeden blok navyše môže poslať robota do steny. Odstráň ho a program funguje.
level-robot-fix-the-path-hint-1 = Ťukni na Krok a pôjdeš blok po bloku. Kde robot narazí do steny?
level-robot-fix-the-path-hint-2 = Robot ide o jedno políčko ďalej, než sa otočí. Jeden blok je navyše.
level-robot-fix-the-path-hint-3 = Blok navyše je pred prvou zákrutou.

level-robot-first-lamp-title = Rozsviet to
level-robot-first-lamp-instruction = Dojdi k lampe. Potom ju rozsviet blokom Svetlo.
level-robot-first-lamp-learned = Svetlo funguje, len keď robot stojí na lampe.
level-robot-first-lamp-hint-1 = Koľko políčok je to k lampe?
level-robot-first-lamp-hint-2 = Najprv musí robot stáť na lampe. Potom ju Svetlo rozsvieti.
level-robot-first-lamp-hint-3 = Lampa je tri políčka pred robotom.

level-robot-two-lamps-title = Dve lampy
level-robot-two-lamps-instruction = Rozsviet obe lampy. Vlajka tu nie je: úloha je hotová, keď svieti každá lampa.
level-robot-two-lamps-learned = Robot môže cestou niečo urobiť: zastaviť, rozsvietiť lampu a ísť ďalej.
level-robot-two-lamps-hint-1 = Cestou k druhej lampe prechádzaš cez prvú.
level-robot-two-lamps-hint-2 = Daj Svetlo hneď za blok, ktorý dovedie robota na lampu.
level-robot-two-lamps-hint-3 = Začni takto: Dopredu, Dopredu, Svetlo.

level-robot-lamps-and-flag-title = Lampy a vlajka
level-robot-lamps-and-flag-instruction = Rozsviet obe lampy. Potom choď k vlajke.
level-robot-lamps-and-flag-learned = Úloha môže mať viac častí. Robot musí dokončiť všetky.
level-robot-lamps-and-flag-hint-1 = Vlajka platí, až keď svieti každá lampa.
level-robot-lamps-and-flag-hint-2 = Naplánuj cestu, ktorá prejde cez obe lampy, a až potom príde k vlajke.
level-robot-lamps-and-flag-hint-3 = Začni takto: Dopredu, Svetlo, Otoč sa doprava.

level-robot-turn-around-title = Čelom vzad
level-robot-turn-around-instruction = Rozsviet lampu. Potom sa otoč a choď k vlajke.
level-robot-turn-around-learned = Dve otočenia na tú istú stranu otočia robota späť, odkiaľ prišiel.
level-robot-turn-around-hint-1 = Lampa a vlajka sú na rôznych stranách robota.
level-robot-turn-around-hint-2 = Na otočenie čelom vzad použi dve otočenia: Otoč sa doľava, Otoč sa doľava.
level-robot-turn-around-hint-3 = Začni takto: Dopredu, Dopredu, Svetlo.

level-robot-long-road-title = Dlhá cesta okolo
level-robot-long-road-instruction = Rozsviet obe lampy a skonči na vlajke. Ktorá cesta je kratšia?
level-robot-long-road-learned = Ciest môže byť viac. Najprv rozmýšľaj, potom vyber tú kratšiu.
level-robot-long-road-hint-1 = Rovno dolu sa dostaneš k vlajke, ale lampy zostanú zhasnuté.
level-robot-long-road-hint-2 = Najprv choď po hornej strane, potom dolu, potom späť po dolnej strane.
level-robot-long-road-hint-3 = Začni takto: Dopredu, Svetlo, Dopredu, Otoč sa doprava.

## Lagúna cyklov

level-loop-first-loop-title = Prvý cyklus
level-loop-first-loop-instruction = Dostaň sa k vlajke. Tvoj program môže mať len 3 bloky, tak použi blok Opakuj.
level-loop-first-loop-learned = Blok Opakuj spúšťa bloky vo svojom vnútri znova a znova. Jeden cyklus urobí prácu mnohých blokov.
level-loop-first-loop-hint-1 = Spočítaj políčka medzi robotom a vlajkou.
level-loop-first-loop-hint-2 = Daj Dopredu do bloku Opakuj. Potom ťukaj na Viac krát a nastav číslo.
level-loop-first-loop-hint-3 = Dopredu patrí do cyklu. Nastav číslo podľa počtu políčok, ktoré spočítaš.

level-loop-lamp-row-title = Rad lámp
level-loop-lamp-row-instruction = Rozsviet všetkých päť lámp. Tvoj program môže mať len 5 blokov, tak použi cyklus.
level-loop-lamp-row-learned = Cyklus môže opakovať viac než jeden blok. Tu opakuje krok a svetlo.
level-loop-lamp-row-hint-1 = Každá lampa je len jedno políčko za predchádzajúcou.
level-loop-lamp-row-hint-2 = Daj dva bloky do jedného bloku Opakuj. Cyklus robí oba znova a znova.
level-loop-lamp-row-hint-3 = V cykle: Dopredu, potom Svetlo. Koľkokrát?

level-loop-corner-title = Za roh
level-loop-corner-instruction = Dostaň sa k vlajke. Na každý dlhý úsek použi cyklus, medzi nimi otočenie.
level-loop-corner-learned = Program môže mať viac cyklov, jeden za druhým.
level-loop-corner-hint-1 = Cesta má dva dlhé rovné úseky.
level-loop-corner-hint-2 = Najprv cyklus na hornú cestu. Potom Otoč sa doprava. Potom cyklus na cestu dolu.
level-loop-corner-hint-3 = Začni takto: Opakuj 4-krát, vnútri Dopredu. Potom Otoč sa doprava.

level-loop-stairs-title = Schody s cyklom
level-loop-stairs-instruction = Vyjdi po schodoch k vlajke. Nájdi časť, ktorá sa opakuje.
level-loop-stairs-learned = Keď sa vzor opakuje, postav ho raz v cykle. Cyklus urobí zvyšok.
level-loop-stairs-hint-1 = Pozri sa na jeden schod. Čo na ňom robot robí?
level-loop-stairs-hint-2 = Cyklus môže obsahovať aj otočenia. Daj jeden schod do bloku Opakuj.
level-loop-stairs-hint-3 = Jeden schod je: Dopredu, Otoč sa doľava, Dopredu, Otoč sa doprava.

level-loop-square-title = Štvorec lámp
level-loop-square-instruction = Rozsviet tri lampy v rohoch. Použi cyklus.
level-loop-square-learned = Cyklus s otočením vo vnútri prevedie robota okolo štvorca.
level-loop-square-hint-1 = Všetky strany štvorca vyzerajú rovnako.
level-loop-square-hint-2 = Daj do bloku Opakuj bloky na jednu stranu a jeden roh.
level-loop-square-hint-3 = Jedna strana je: Dopredu, Dopredu, Svetlo, Otoč sa doprava.

level-loop-fix-the-loop-title = Oprav cyklus
level-loop-fix-the-loop-instruction = Tento cyklus má rozsvietiť všetky tri lampy. Po prvej lampe robot narazí do steny. Oprav cyklus.
level-loop-fix-the-loop-learned = Cyklus robí v každom kole tie isté bloky. Preto musí každé kolo skončiť tak, že sa robot pozerá rovnako ako na začiatku.
level-loop-fix-the-loop-hint-1 = Ťukni na Krok. Kam sa robot pozerá, keď cyklus začína znova?
level-loop-fix-the-loop-hint-2 = Na konci každého kola sa musí robot pozerať rovnakým smerom ako na začiatku.
level-loop-fix-the-loop-hint-3 = Na konci cyklu chýba otočenie.

level-loop-in-a-loop-title = Cyklus v cykle
level-loop-in-a-loop-instruction = Rozsviet každú lampu okolo štvorca. Daj cyklus do iného cyklu.
level-loop-in-a-loop-learned = Cyklus môže byť v inom cykle. Zakaždým, keď vonkajší cyklus prebehne raz, vnútorný prebehne všetky svoje kolá.
level-loop-in-a-loop-hint-1 = Pozri sa na jednu stranu: tri lampy v rade, potom roh.
level-loop-in-a-loop-hint-2 = Vnútorný cyklus rozsvieti jednu stranu. Vonkajší to urobí pre každú stranu.
level-loop-in-a-loop-hint-3 = Vnútorný cyklus: Opakuj 3-krát, vnútri Dopredu a Svetlo.

level-loop-lamp-stairs-title = Schody s lampami
level-loop-lamp-stairs-instruction = Zíď po schodoch a na každom schode rozsviet lampu.
level-loop-lamp-stairs-learned = Cyklus môže posúvať, otáčať aj robiť úlohu. V každom kole urobí celý jeden schod.
level-loop-lamp-stairs-hint-1 = Čo robí robot na jednom schode? Pozri sa, kde je lampa.
level-loop-lamp-stairs-hint-2 = Nájdi bloky na jeden schod, so Svetlom na správnom mieste. Potom ich nechaj opakovať.
level-loop-lamp-stairs-hint-3 = Jeden schod začína takto: Dopredu, Otoč sa doprava, Dopredu.

level-loop-big-ring-title = Veľký okruh
level-loop-big-ring-instruction = Rozsviet lampy v rohoch veľkého okruhu. Strany sú dlhé, tak použi cyklus v cykle.
level-loop-big-ring-learned = Vnútorný cyklus prejde dlhú stranu. Vonkajší cyklus pre každý roh zopakuje stranu, otočenie a svetlo.
level-loop-big-ring-hint-1 = Z jedného rohu do ďalšieho sú štyri políčka.
level-loop-big-ring-hint-2 = Vnútorný cyklus prejde jednu stranu. Vonkajší pridá otočenie a svetlo, raz pre každý roh.
level-loop-big-ring-hint-3 = Vnútorný cyklus: Opakuj 4-krát, vnútri Dopredu.

level-choice-until-goal-title = Až do konca
level-choice-until-goal-instruction = Dostaň sa k vlajke. Použi Opakuj do konca: pokračuje, kým nie je úloha hotová.
level-choice-until-goal-learned = Opakuj do konca spúšťa svoje bloky znova a znova a zastaví sa, keď je úloha hotová. Nemusíš počítať.
level-choice-until-goal-hint-1 = Ako ďaleko je vlajka? Tentoraz to vedieť nepotrebuješ.
level-choice-until-goal-hint-2 = Opakuj do konca opakuje bloky vo svojom vnútri, kým robot nestojí na vlajke.
level-choice-until-goal-hint-3 = Dopredu patrí do cyklu. Žiadne číslo tu netreba nastavovať.

## Kopce pomocníkov

level-helper-first-helper-title = Tvoj prvý pomocník
level-helper-first-helper-instruction = Rozsviet tri lampy. V časti Pomocník 1 postav bloky pre jednu lampu. Potom použi blok Pomocník 1 v časti Hlavný.
level-helper-first-helper-learned = Pomocník je zoznam blokov s menom. Jeho blok pomocníka zavolá: spustí celý zoznam, koľkokrát chceš.
level-helper-first-helper-hint-1 = Lampy sú v rohoch. Čo robí robot, aby sa dostal k jednej lampe?
level-helper-first-helper-hint-2 = V časti Pomocník 1 postav bloky pre jednu lampu. Do časti Hlavný daj blok Pomocník 1 raz pre každú lampu.
level-helper-first-helper-hint-3 = Pomocník 1 môže byť: Dopredu, Dopredu, Svetlo, Otoč sa doprava.

level-helper-zigzag-title = Pomocník a otočenia
level-helper-zigzag-instruction = Rozsviet tri lampy. Nech Pomocník 1 chodí a svieti. Hlavný robí otočenia.
level-helper-zigzag-learned = Hlavný môže miešať bloky pomocníka s inými blokmi.
level-helper-zigzag-hint-1 = Medzi lampami cesta zatáča. Zatáča vždy na tú istú stranu?
level-helper-zigzag-hint-2 = Rovný úsek je vždy rovnaký, tak ho daj do časti Pomocník 1. Otočenia daj do časti Hlavný.
level-helper-zigzag-hint-3 = Pomocník 1: Dopredu, Dopredu, Dopredu, Svetlo.

level-helper-lamp-stairs-title = Schody s pomocníkom
level-helper-lamp-stairs-instruction = Vyjdi po schodoch a na každom schode rozsviet lampu. Použi Pomocník 1.
level-helper-lamp-stairs-learned = Pomocník môže obsahovať väčší vzor, s pohybmi, otočeniami a svetlami.
level-helper-lamp-stairs-hint-1 = Pozri sa na jeden schod. Kde je jeho lampa?
level-helper-lamp-stairs-hint-2 = Daj celý jeden schod do časti Pomocník 1. Potom použi Pomocník 1 raz pre každý schod.
level-helper-lamp-stairs-hint-3 = Jeden schod začína takto: Dopredu, Otoč sa doľava, Dopredu.

level-helper-call-itself-title = Pomocník, ktorý sa opakuje
level-helper-call-itself-instruction = Vyjdi po dlhých schodoch k vlajke. Hlavný môže mať len 3 bloky. Dokáže Pomocník 1 zavolať sám seba a pokračovať ako Opakuj do konca?
level-helper-call-itself-learned = Pomocník môže na svojom konci zavolať sám seba. Potom začne znova, ako cyklus, kým nie je úloha hotová.
level-helper-call-itself-hint-1 = Schodov je viac, než koľko sa zmestí do časti Hlavný.
level-helper-call-itself-hint-2 = Daj blok Pomocník 1 na koniec, do časti Pomocník 1. Potom Pomocník 1 volá sám seba znova a znova.
level-helper-call-itself-hint-3 = Pomocník 1 začína takto: Dopredu, Otoč sa doľava, Dopredu, Otoč sa doprava.

level-helper-round-and-round-title = Stále dokola
level-helper-round-and-round-instruction = Rozsviet všetky štyri lampy. Nech Pomocník 1 ide dokola tak, že zavolá sám seba.
level-helper-round-and-round-learned = Pomocník, ktorý volá sám seba, pokračuje, kým nesvieti každá lampa.
level-helper-round-and-round-hint-1 = Každá strana má jednu lampu, v strede.
level-helper-round-and-round-hint-2 = Na jednu stranu: choď, rozsviet, choď, otoč sa. Potom Pomocník 1 začne znova sám.
level-helper-round-and-round-hint-3 = Pomocník 1 začína takto: Dopredu, Svetlo, Dopredu.

level-helper-fix-the-helper-title = Pomocník, ktorý zastane
level-helper-fix-the-helper-instruction = Pomocník 1 má prejsť okolo štvorca a rozsvietiť všetky tri lampy, ale po prvej zastane. Oprav Pomocník 1.
level-helper-fix-the-helper-learned = Pomocník, ktorý má pokračovať, na svojom konci zavolá sám seba. Bez tohto volania prebehne raz a zastane.
level-helper-fix-the-helper-hint-1 = Ťukni na Krok. Čo sa stane, keď Pomocník 1 príde na svoj koniec?
level-helper-fix-the-helper-hint-2 = Hlavný zavolá Pomocník 1 len raz. Ako by mohol Pomocník 1 zavolať sám seba znova?
level-helper-fix-the-helper-hint-3 = Na konci časti Pomocník 1 niečo chýba.

level-helper-second-helper-title = Dvaja pomocníci
level-helper-second-helper-instruction = Rozsviet každú lampu okolo štvorca. Pomocník 1 môže volať Pomocník 2. Za tri hviezdy Pomocník 1 volá aj sám seba.
level-helper-second-helper-learned = Pomocník môže volať iného pomocníka. Z malých častí sa stavajú väčšie.
level-helper-second-helper-hint-1 = Aký je najmenší vzor? Pozri sa na jednu lampu.
level-helper-second-helper-hint-2 = Daj najmenší vzor do časti Pomocník 2. Pomocník 1 ho volá na jednu stranu, otočí sa a potom zavolá sám seba.
level-helper-second-helper-hint-3 = Pomocník 2: Dopredu, Svetlo.

level-helper-walk-then-loop-title = Prejdi a opakuj
level-helper-walk-then-loop-instruction = Najprv dojdi k schodom. Potom nech po nich Pomocník 1 vyjde a rozsvieti každú lampu: na svojom konci zavolá sám seba.
level-helper-walk-then-loop-learned = Hlavný môže urobiť prvú časť úlohy a zvyšok odovzdať pomocníkovi.
level-helper-walk-then-loop-hint-1 = Schody nezačínajú tam, kde robot stojí. Prvá lampa je tri políčka pred ním.
level-helper-walk-then-loop-hint-2 = Časťou Hlavný dojdi k schodom. Potom zavolaj Pomocník 1: vyjde jeden schod, rozsvieti jeho lampu a zavolá sám seba.
level-helper-walk-then-loop-hint-3 = Hlavný: Dopredu, Dopredu, Pomocník 1.

level-helper-big-ring-title = Pomocníci idú dokola
level-helper-big-ring-instruction = Rozsviet tri lampy okolo štvorca. Blok Otoč sa doľava tu nie je: postav ho v pomocníkovi. Hlavný má len jeden blok, tak pomocník musí zavolať sám seba.
level-helper-big-ring-learned = Pomocník môže byť blok, ktorý nemáš: tri bloky Otoč sa doprava urobia jedno Otoč sa doľava.
level-helper-big-ring-hint-1 = Cesta zatáča v každom rohu doľava, ale máš len Otoč sa doprava.
level-helper-big-ring-hint-2 = Po troch blokoch Otoč sa doprava sa robot pozerá rovnako ako po jednom Otoč sa doľava. Daj ich do vlastného pomocníka.
level-helper-big-ring-hint-3 = Jeden pomocník môže byť: Otoč sa doprava, Otoč sa doprava, Otoč sa doprava.

## Kaňon volieb

level-choice-first-if-title = Červená znamená otoč sa
level-choice-first-if-instruction = Každé červené políčko znamená: tu sa otoč doľava. Použi blok Ak a zisti, či je políčko červené.
level-choice-first-if-learned = Blok Ak sa pýta otázku. Bloky v ňom sa spustia, len keď je odpoveď áno.
level-choice-first-if-hint-1 = Kde cesta zatáča? Akú farbu majú tie políčka?
level-choice-first-if-hint-2 = „Ak je na červenom“ spustí svoje bloky, len keď robot stojí na červenom políčku.
level-choice-first-if-hint-3 = V bloku Opakuj do konca: Dopredu, potom Ak je na červenom.

level-choice-green-lamps-title = Zelená pred lampou
level-choice-green-lamps-instruction = Zelené políčko znamená, že na ďalšom políčku je lampa. Rozsviet všetky lampy.
level-choice-green-lamps-learned = Otázka môže robotovi prezradiť, čo príde, aby sa pripravil.
level-choice-green-lamps-hint-1 = Pozri sa na políčko tesne pred každou lampou.
level-choice-green-lamps-hint-2 = Keď je robot na zelenom, môže vojsť na lampu a rozsvietiť ju.
level-choice-green-lamps-hint-3 = V bloku Opakuj do konca: Dopredu, potom Ak je na zelenom.

level-choice-path-right-title = Pozri sa doprava
level-choice-path-right-instruction = Robot vie skontrolovať cestu. Otoč sa doprava všade, kde je cesta vpravo.
level-choice-path-right-learned = Robot vie zistiť, kde sú steny. „Je cesta vpravo“ je áno, keď je políčko po jeho pravej strane voľné.
level-choice-path-right-hint-1 = V každom rohu ide cesta doprava.
level-choice-path-right-hint-2 = „Ak je cesta vpravo“ sa pozrie na políčko napravo od robota.
level-choice-path-right-hint-3 = V bloku Opakuj do konca: Dopredu, potom Ak je cesta vpravo.

level-choice-fix-the-check-title = Priveľa otočení
level-choice-fix-the-check-instruction = Modrá znamená otoč sa doprava. Ale tento robot sa otáča na každom políčku a narazí do steny. Oprav program.
level-choice-fix-the-check-learned = Bloky v bloku Ak sa spustia, len keď je odpoveď áno. Blok za blokom Ak sa spustí zakaždým.
level-choice-fix-the-check-hint-1 = Ťukni na Krok. Otáča sa robot aj na políčku, ktoré nie je modré?
level-choice-fix-the-check-hint-2 = Ktoré otočenie je v bloku Ak? Ktoré sa spúšťa zakaždým?
level-choice-fix-the-check-hint-3 = Pozri sa na posledný blok v cykle.

level-choice-if-else-title = Ak, alebo inak
level-choice-if-else-instruction = Choď dopredu, keď je cesta vpredu voľná. Inak sa otoč doprava. Pozor na malé bočné cestičky!
level-choice-if-else-learned = Ak … inak vyberie jednu z dvoch ciest: prvú časť, keď je odpoveď áno, časť „inak“, keď je nie.
level-choice-if-else-hint-1 = Malé bočné cestičky nikam nevedú. Otoč sa, len keď je pred tebou stena.
level-choice-if-else-hint-2 = Ak … inak má dve časti. Prvá sa spustí pri áno. Časť „inak“ pri nie.
level-choice-if-else-hint-3 = V bloku Opakuj do konca použi Ak je cesta vpredu, s Dopredu v prvej časti.

level-choice-colours-title = Červená a modrá
level-choice-colours-instruction = Červená znamená otoč sa doľava. Modrá znamená otoč sa doprava. Použi dva bloky Ak.
level-choice-colours-learned = Program sa môže pýtať viac ako jednu otázku. Každý blok Ak sa pýta tú svoju.
level-choice-colours-hint-1 = Pozri sa na farby políčok, kde cesta zatáča.
level-choice-colours-hint-2 = Daj do cyklu dva bloky Ak: jeden sa pýta na červenú, druhý na modrú.
level-choice-colours-hint-3 = V bloku Opakuj do konca začni s Dopredu. Potom Ak je na červenom, vnútri Otoč sa doľava.

level-choice-corner-lamps-title = Svetlo, alebo otočenie
level-choice-corner-lamps-instruction = Každé políčko tejto cesty je lampa alebo červené. Na červenom sa otoč doľava. Na každom inom políčku rozsviet lampu.
level-choice-corner-lamps-learned = Ak … inak sa môže pýtať aj na farbu: prvá časť sa spustí na červenom, časť „inak“ na každom inom políčku.
level-choice-corner-lamps-hint-1 = Ktoré políčka nemajú lampu? Čo tam robot robí?
level-choice-corner-lamps-hint-2 = Jeden blok Ak … inak zvládne obe úlohy: jedna časť pre červené políčka, časť „inak“ pre lampy.
level-choice-corner-lamps-hint-3 = V bloku Opakuj do konca: Dopredu, potom Ak je na červenom, s Otoč sa doľava v prvej časti.

level-choice-two-rules-title = Dve pravidlá
level-choice-two-rules-instruction = Červená znamená otoč sa doľava. Stena vpredu znamená otoč sa doprava. Použi Ak na jedno pravidlo a Ak … inak na druhé.
level-choice-two-rules-learned = Jeden program môže miešať Ak a Ak … inak. Každý sa pýta svoju otázku, jeden po druhom.
level-choice-two-rules-hint-1 = Niektoré cesty pokračujú za červeným políčkom, ale nikam nevedú. Na červenom sa otoč doľava.
level-choice-two-rules-hint-2 = V každom kole sa pýtaj dve otázky: som na červenom? Je cesta vpredu voľná?
level-choice-two-rules-hint-3 = V bloku Opakuj do konca začni s Dopredu. Potom Ak je na červenom, vnútri Otoč sa doľava.

level-choice-red-means-left-title = Križovatka v kaňone
level-choice-red-means-left-instruction = Choď dopredu, pokiaľ je cesta vpredu voľná. Pri stene sa pozri na políčko: na červenom sa otoč doľava, na každom inom doprava.
level-choice-red-means-left-learned = Blok Ak môže byť v inom bloku Ak. Robot sa spýta jednu otázku a potom možno ďalšiu.
level-choice-red-means-left-hint-1 = Červené políčka sú dôležité len pri stene. Na voľnej ceste cez ne prejdi. Jedna cesta ide dokola!
level-choice-red-means-left-hint-2 = Najprv sa spýtaj: je cesta vpredu voľná? Len keď nie je, spýtaj sa: som na červenom?
level-choice-red-means-left-hint-3 = V bloku Opakuj do konca použi Ak je cesta vpredu … inak, s Dopredu v prvej časti.

## Zátoka chýb

level-bug-wrong-turn-title = Zlý smer
level-bug-wrong-turn-instruction = Tento program má doviesť robota k vlajke, ale robot narazí do steny. Nájdi zlý blok a oprav ho.
level-bug-wrong-turn-learned = Ladenie znamená nájsť krok, ktorý sa pokazí, a opraviť len ten krok.
level-bug-wrong-turn-hint-1 = Ťukni na Krok a pôjdeš blok po bloku. Kde sa to pokazí?
level-bug-wrong-turn-hint-2 = Chyba je často len jeden zlý blok. Vymeň ho za správny.
level-bug-wrong-turn-hint-3 = Pozri sa na otočenie. Má sa robot otočiť doľava, alebo doprava?

level-bug-missing-step-title = Chýbajúci krok
level-bug-missing-step-instruction = Robot sa snaží rozsvietiť lampu tam, kde nie je. Nájdi, čo chýba.
level-bug-missing-step-learned = Niekedy je chybou chýbajúci blok. Spočítaj políčka a over to.
level-bug-missing-step-hint-1 = Ktorá lampa zostane zhasnutá?
level-bug-missing-step-hint-2 = Spočítaj políčka od rohu k druhej lampe. Spočítaj aj bloky Dopredu.
level-bug-missing-step-hint-3 = Chýbajúci blok patrí hneď za Otoč sa doprava. Ktorý blok posúva robota?

level-bug-loop-count-title = Počítaj znova
level-bug-loop-count-instruction = Robot narazí do steny. Skontroluj, koľkokrát sa opakuje každý cyklus, a oprav to.
level-bug-loop-count-learned = Cyklus, ktorý sa zopakuje raz navyše alebo raz menej, je veľmi častá chyba.
level-bug-loop-count-hint-1 = Sleduj prvý cyklus. Kde robot narazí?
level-bug-loop-count-hint-2 = Spočítaj políčka pred rohom. Cyklus sa má zopakovať toľkokrát.
level-bug-loop-count-hint-3 = Zmeň číslo prvého cyklu.

level-bug-forgot-light-title = Zhasnuté svetlá
level-bug-forgot-light-instruction = Robot prejde okolo štvorca, ale žiadna lampa sa nerozsvieti. Oprav cyklus.
level-bug-forgot-light-learned = Keď sa niečo nikdy nestane, skontroluj, či v cykle nechýba blok.
level-bug-forgot-light-hint-1 = Ktorý blok rozsvieti lampu? Je v programe?
level-bug-forgot-light-hint-2 = Blok, ktorý pridáš do cyklu, sa spustí v každom kole.
level-bug-forgot-light-hint-3 = Chýbajúci blok patrí do cyklu. Po dvoch blokoch Dopredu stojí robot na lampe.

level-bug-helper-turn-title = Chyba v pomocníkovi
level-bug-helper-turn-instruction = Pomocník 1 má chybu. Hlavný ho volá trikrát, takže chyba sa stane zakaždým. Oprav ju raz.
level-bug-helper-turn-learned = Keď opravíš pomocníka, opravíš každé miesto, ktoré ho volá.
level-bug-helper-turn-hint-1 = Ťukni na Krok. Čo sa stane po prvej lampe?
level-bug-helper-turn-hint-2 = V každom rohu tohto štvorca ide cesta doprava.
level-bug-helper-turn-hint-3 = Pozri sa na posledný blok v časti Pomocník 1.

level-bug-wrong-side-title = Zlá strana
level-bug-wrong-side-instruction = Cesta zatáča vždy doprava, ale robot narazí do steny. Blok Ak sa pýta zlú otázku. Oprav ho.
level-bug-wrong-side-learned = Blok Ak so zlou otázkou môže pokaziť celý program.
level-bug-wrong-side-hint-1 = Kam zatáča cesta? Na ktorú stranu sa pozerá blok Ak?
level-bug-wrong-side-hint-2 = Ťukni v programe na blok Ak. Potom ťukni na Zmeň otázku.
level-bug-wrong-side-hint-3 = Blok Ak sa pozerá na jednu stranu, cesta zatáča na druhú.

level-bug-two-mistakes-title = Dve chyby
level-bug-two-mistakes-instruction = Tento program má dve chyby. Nájdi obe, aby robot vyšiel po schodoch k vlajke.
level-bug-two-mistakes-learned = Program môže mať viac ako jednu chybu. Oprav jednu, spusti ho znova, potom oprav ďalšiu.
level-bug-two-mistakes-hint-1 = Sleduj prvý schod. Kde robot spraví chybu?
level-bug-two-mistakes-hint-2 = Jedna chyba je otočenie. Druhá chyba je, koľkokrát sa cyklus opakuje.
level-bug-two-mistakes-hint-3 = Na každom schode ide robot hore a potom sa otočí späť smerom, ktorým išiel. Skontroluj to otočenie, potom spočítaj schody.

level-bug-mixed-colours-title = Poplietané farby
level-bug-mixed-colours-instruction = Červená má znamenať otoč sa doľava a modrá otoč sa doprava. Niekto ich poplietol. Oprav program.
level-bug-mixed-colours-learned = Vyskúšaj program, pozri sa, kde robí niečo, čo nemá, a oprav len to.
level-bug-mixed-colours-hint-1 = Čo robí robot na prvom modrom políčku?
level-bug-mixed-colours-hint-2 = Každý blok Ak sa pýta na správnu farbu, ale robí zlé otočenie.
level-bug-mixed-colours-hint-3 = Zmeň otočenie v každom bloku Ak.
