# Programavimo pasauliai ir jų lygiai. Kiekvienam lygiui: pavadinimas, ką daryti, ko išmokta
# ir trys užuominos (stumtelėjimas, idėja, dalis sprendimo). Blokų pavadinimai kaip robot.ftl:
# Pirmyn, Pasukti kairėn, Pasukti dešinėn, Uždegti, Kartoti, Kartoti iki pabaigos, Jei,
# Jei … kitaip, Padėjėjas 1, Padėjėjas 2; pagrindinė programa.

world-robot-road = Robotų kelias
world-loop-lagoon = Ciklų lagūna
world-helper-hills = Padėjėjų kalvos
world-choice-canyon = Pasirinkimų kanjonas
world-sensor-springs = Jutiklių šaltiniai
world-number-harbour = Skaičių uostas
world-signal-station = Signalų stotis
world-bug-bay = Klaidų įlanka

## Robotų kelias

level-robot-first-steps-title = Pirmi žingsniai
level-robot-first-steps-instruction = Sukurk programą, kuri nuvestų robotą iki vėliavėlės. Tada paliesk „Paleisti“.
level-robot-first-steps-learned = Programa – tai žingsnių sąrašas. Robotas juos atlieka po vieną, iš eilės.
level-robot-first-steps-hint-1 = Pažiūrėk į vėliavėlę. Į kurią pusę robotas dabar atsisukęs?
level-robot-first-steps-hint-2 = „Pirmyn“ perkelia robotą vienu langeliu. „Pasukti dešinėn“ pasuka jį vietoje.
level-robot-first-steps-hint-3 = Pradėk taip: „Pirmyn“, „Pirmyn“, „Pasukti dešinėn“.

level-robot-turn-left-title = Pasukti kairėn
level-robot-turn-left-instruction = Nuvesk robotą iki vėliavėlės. Šį kartą jam reikia pasukti į kairę.
level-robot-turn-left-learned = „Pasukti kairėn“ ir „Pasukti dešinėn“ keičia, į kur robotas atsisukęs. Jie jo nepajudina.
level-robot-turn-left-hint-1 = Robotas atsisukęs aukštyn. Kur kelias suka?
level-robot-turn-left-hint-2 = Po „Pasukti kairėn“ blokas „Pirmyn“ veža robotą nauja kryptimi.
level-robot-turn-left-hint-3 = Pradėk taip: „Pirmyn“, „Pirmyn“, „Pasukti kairėn“.

level-robot-zigzag-title = Zigzago laipteliai
level-robot-zigzag-instruction = Nusileisk laipteliais iki vėliavėlės. Po kiekvieno laiptelio kelias suka.
level-robot-zigzag-learned = Ilgas kelias – tai tik maži žingsniai ir posūkiai vienas po kito.
level-robot-zigzag-hint-1 = Sek kelią pirštu. Suskaičiuok posūkius.
level-robot-zigzag-hint-2 = Kad leistumeisi žemyn, suk į dešinę. Kad vėl važiuotum skersai, suk į kairę.
level-robot-zigzag-hint-3 = Pradėk taip: „Pirmyn“, „Pasukti dešinėn“, „Pirmyn“, „Pasukti kairėn“.

level-robot-around-rocks-title = Aplink sieną
level-robot-around-rocks-instruction = Kelią užstoja siena. Apvažiuok ją ir pasiek vėliavėlę.
level-robot-around-rocks-learned = Kai kelias užtvertas, gali suplanuoti kelią aplinkui.
level-robot-around-rocks-hint-1 = Robotas negali važiuoti tiesiai į vėliavėlę. Kur kelias aplinkui?
level-robot-around-rocks-hint-2 = Pirma aukštyn, tada skersai, tada žemyn.
level-robot-around-rocks-hint-3 = Pradėk taip: „Pirmyn“, „Pirmyn“, „Pasukti dešinėn“.

level-robot-fix-the-path-title = Pataisyk kelią
level-robot-fix-the-path-instruction = Šioje programoje yra klaida: robotas atsitrenkia į sieną. Stebėk jį su „Žingsnis“, tada pataisyk programą.
level-robot-fix-the-path-learned = Klaida – tai suklydimas programoje. Vienas blokas per daug gali nuvaryti robotą į sieną. Išimk jį, ir programa veiks.
level-robot-fix-the-path-hint-1 = Paliesk „Žingsnis“, kad blokai vyktų po vieną. Kur robotas atsitrenkia į sieną?
level-robot-fix-the-path-hint-2 = Prieš posūkį robotas nuvažiuoja vienu langeliu per toli. Vienas blokas per daug.
level-robot-fix-the-path-hint-3 = Perteklinis blokas yra prieš pirmą posūkį.

level-robot-first-lamp-title = Įžiebk šviesą
level-robot-first-lamp-instruction = Nuvažiuok iki lempos. Tada bloku „Uždegti“ ją įjunk.
level-robot-first-lamp-learned = „Uždegti“ veikia tik tada, kai robotas stovi ant lempos.
level-robot-first-lamp-hint-1 = Per kiek langelių yra lempa?
level-robot-first-lamp-hint-2 = Pirma robotas turi stovėti ant lempos. Tada „Uždegti“ ją įjungia.
level-robot-first-lamp-hint-3 = Lempa yra trimis langeliais priešais robotą.

level-robot-two-lamps-title = Dvi lempos
level-robot-two-lamps-instruction = Įjunk abi lempas. Vėliavėlės nėra: darbas atliktas, kai dega visos lempos.
level-robot-two-lamps-learned = Robotas gali atlikti darbą pakeliui: sustoti, uždegti lempą ir važiuoti toliau.
level-robot-two-lamps-hint-1 = Pakeliui prie antros lempos pravažiuoji pro pirmąją.
level-robot-two-lamps-hint-2 = Dėk „Uždegti“ iškart po bloko, kuris užveža robotą ant lempos.
level-robot-two-lamps-hint-3 = Pradėk taip: „Pirmyn“, „Pirmyn“, „Uždegti“.

level-robot-lamps-and-flag-title = Lempos ir vėliavėlė
level-robot-lamps-and-flag-instruction = Įjunk abi lempas. Tada važiuok iki vėliavėlės.
level-robot-lamps-and-flag-learned = Darbas gali turėti kelias dalis. Robotas turi atlikti jas visas.
level-robot-lamps-and-flag-hint-1 = Vėliavėlė skaitosi tik tada, kai dega visos lempos.
level-robot-lamps-and-flag-hint-2 = Suplanuok kelią, kuris pereina per abi lempas prieš pasiekiant vėliavėlę.
level-robot-lamps-and-flag-hint-3 = Pradėk taip: „Pirmyn“, „Uždegti“, „Pasukti dešinėn“.

level-robot-turn-around-title = Apsisuk
level-robot-turn-around-instruction = Uždek lempą. Tada apsisuk ir važiuok iki vėliavėlės.
level-robot-turn-around-learned = Du posūkiai į tą pačią pusę atsuka robotą ten, iš kur jis atvažiavo.
level-robot-turn-around-hint-1 = Lempa ir vėliavėlė yra skirtingose roboto pusėse.
level-robot-turn-around-hint-2 = Kad apsisuktum, naudok du posūkius: „Pasukti kairėn“, „Pasukti kairėn“.
level-robot-turn-around-hint-3 = Pradėk taip: „Pirmyn“, „Pirmyn“, „Uždegti“.

level-robot-long-road-title = Ilgasis kelias
level-robot-long-road-instruction = Uždek abi lempas ir baik ant vėliavėlės. Kuriuo keliu trumpiau?
level-robot-long-road-learned = Kelių gali būti daugiau nei vienas. Pirma pagalvok, tada pasirink trumpesnį.
level-robot-long-road-hint-1 = Tiesiai žemyn pasieksi vėliavėlę, bet lempos liks užgesusios.
level-robot-long-road-hint-2 = Pirma važiuok viršumi, tada žemyn, tada atgal apačia.
level-robot-long-road-hint-3 = Pradėk taip: „Pirmyn“, „Uždegti“, „Pirmyn“, „Pasukti dešinėn“.

## Ciklų lagūna

level-loop-first-loop-title = Pirmas ciklas
level-loop-first-loop-instruction = Pasiek vėliavėlę. Tavo programoje telpa tik 3 blokai, todėl naudok bloką „Kartoti“.
level-loop-first-loop-learned = Blokas „Kartoti“ vėl ir vėl vykdo blokus, esančius jo viduje. Vienas ciklas gali atlikti daugelio blokų darbą.
level-loop-first-loop-hint-1 = Suskaičiuok langelius tarp roboto ir vėliavėlės.
level-loop-first-loop-hint-2 = Įdėk „Pirmyn“ į bloką „Kartoti“. Tada liesk „Daugiau kartų“, kad nustatytum skaičių.
level-loop-first-loop-hint-3 = „Pirmyn“ eina į ciklo vidų. Nustatyk tiek, kiek suskaičiavai langelių.

level-loop-lamp-row-title = Lempų eilė
level-loop-lamp-row-instruction = Uždek visas penkias lempas. Tavo programoje telpa tik 5 blokai, todėl naudok ciklą.
level-loop-lamp-row-learned = Ciklas gali kartoti daugiau nei vieną bloką. Čia jis kartoja žingsnį ir šviesą.
level-loop-lamp-row-hint-1 = Kiekviena lempa yra tik vienu langeliu toliau už ankstesnę.
level-loop-lamp-row-hint-2 = Įdėk du blokus į vieną „Kartoti“. Ciklas vėl ir vėl atlieka abu.
level-loop-lamp-row-hint-3 = Ciklo viduje: „Pirmyn“, tada „Uždegti“. Kiek kartų?

level-loop-corner-title = Už kampo
level-loop-corner-instruction = Pasiek vėliavėlę. Kiekvienam ilgam keliui naudok ciklą, o tarp jų – posūkį.
level-loop-corner-learned = Programoje gali būti keli ciklai, vienas po kito.
level-loop-corner-hint-1 = Kelias turi dvi ilgas tiesias dalis.
level-loop-corner-hint-2 = Pirma ciklas viršutiniam keliui. Tada „Pasukti dešinėn“. Tada ciklas keliui žemyn.
level-loop-corner-hint-3 = Pradėk taip: „Kartoti 4 kartus“ su „Pirmyn“ viduje. Tada „Pasukti dešinėn“.

level-loop-stairs-title = Ciklo laiptai
level-loop-stairs-instruction = Užlipk laiptais iki vėliavėlės. Surask dalį, kuri kartojasi.
level-loop-stairs-learned = Kai raštas kartojasi, sukurk jį vieną kartą ciklo viduje. Visa kita padarys ciklas.
level-loop-stairs-hint-1 = Pažiūrėk į vieną laiptelį. Ką robotas ant jo daro?
level-loop-stairs-hint-2 = Cikle gali būti ir posūkių. Įdėk vieną laiptelį į „Kartoti“.
level-loop-stairs-hint-3 = Vienas laiptelis: „Pirmyn“, „Pasukti kairėn“, „Pirmyn“, „Pasukti dešinėn“.

level-loop-square-title = Lempų kvadratas
level-loop-square-instruction = Uždek tris lempas kampuose. Naudok ciklą.
level-loop-square-learned = Ciklas su posūkiu viduje gali apvežti robotą aplink kvadratą.
level-loop-square-hint-1 = Visos kvadrato kraštinės atrodo vienodai.
level-loop-square-hint-2 = Įdėk vienos kraštinės ir vieno kampo blokus į „Kartoti“.
level-loop-square-hint-3 = Viena kraštinė: „Pirmyn“, „Pirmyn“, „Uždegti“, „Pasukti dešinėn“.

level-loop-fix-the-loop-title = Pataisyk ciklą
level-loop-fix-the-loop-instruction = Šis ciklas turėtų uždegti visas tris lempas. Po pirmos lempos robotas atsitrenkia į sieną. Pataisyk ciklą.
level-loop-fix-the-loop-learned = Ciklas kiekvieną ratą atlieka tuos pačius blokus. Todėl kiekvienas ratas turi baigtis robotui atsisukus ten, kur jis pradėjo.
level-loop-fix-the-loop-hint-1 = Paliesk „Žingsnis“. Į kur robotas atsisukęs, kai ciklas prasideda iš naujo?
level-loop-fix-the-loop-hint-2 = Kiekvieno rato pabaigoje robotas turi būti atsisukęs taip pat kaip pradžioje.
level-loop-fix-the-loop-hint-3 = Ciklo pabaigoje trūksta posūkio.

level-loop-in-a-loop-title = Ciklas cikle
level-loop-in-a-loop-instruction = Uždek visas lempas aplink kvadratą. Įdėk ciklą į kitą ciklą.
level-loop-in-a-loop-learned = Ciklas gali būti kito ciklo viduje. Kiekvieną kartą, kai išorinis ciklas įvyksta vieną kartą, vidinis atlieka visus savo kartus.
level-loop-in-a-loop-hint-1 = Pažiūrėk į vieną kraštinę: trys lempos iš eilės, tada kampas.
level-loop-in-a-loop-hint-2 = Vidinis ciklas uždega vieną kraštinę. Išorinis ciklas tai daro kiekvienai kraštinei.
level-loop-in-a-loop-hint-3 = Vidinis ciklas: „Kartoti 3 kartus“ su „Pirmyn“ ir „Uždegti“ viduje.

level-loop-lamp-stairs-title = Lempų laiptai
level-loop-lamp-stairs-instruction = Nusileisk laiptais ir ant kiekvieno laiptelio uždek lempą.
level-loop-lamp-stairs-learned = Ciklas gali važiuoti, sukti ir atlikti darbą. Kiekvieną ratą jis įveikia visą laiptelį.
level-loop-lamp-stairs-hint-1 = Ką robotas daro ant vieno laiptelio? Pažiūrėk, kur lempa.
level-loop-lamp-stairs-hint-2 = Surask vieno laiptelio blokus, kur „Uždegti“ yra tinkamoje vietoje. Tada juos kartok.
level-loop-lamp-stairs-hint-3 = Vienas laiptelis prasideda taip: „Pirmyn“, „Pasukti dešinėn“, „Pirmyn“.

level-loop-big-ring-title = Didysis žiedas
level-loop-big-ring-instruction = Uždek lempas didžiojo žiedo kampuose. Kraštinės ilgos, todėl naudok ciklą cikle.
level-loop-big-ring-learned = Vidinis ciklas gali nuvažiuoti ilgą kraštinę. Išorinis ciklas prie kiekvieno kampo vėl atlieka kraštinę, posūkį ir šviesą.
level-loop-big-ring-hint-1 = Nuo vieno kampo iki kito – keturi langeliai.
level-loop-big-ring-hint-2 = Vidinis ciklas nuvažiuoja vieną kraštinę. Išorinis prideda posūkį ir šviesą, kartą prie kiekvieno kampo.
level-loop-big-ring-hint-3 = Vidinis ciklas: „Kartoti 4 kartus“ su „Pirmyn“ viduje.

level-choice-until-goal-title = Iki pabaigos
level-choice-until-goal-instruction = Pasiek vėliavėlę. Naudok „Kartoti iki pabaigos“: jis tęsia, kol darbas atliktas.
level-choice-until-goal-learned = „Kartoti iki pabaigos“ vėl ir vėl vykdo savo blokus ir sustoja, kai darbas atliktas. Skaičiuoti nereikia.
level-choice-until-goal-hint-1 = Kaip toli vėliavėlė? Šį kartą žinoti nereikia.
level-choice-until-goal-hint-2 = „Kartoti iki pabaigos“ kartoja savo blokus, kol robotas atsiduria ant vėliavėlės.
level-choice-until-goal-hint-3 = „Pirmyn“ eina į ciklo vidų. Skaičiaus nustatyti nereikia.

## Padėjėjų kalvos

level-helper-first-helper-title = Tavo pirmas padėjėjas
level-helper-first-helper-instruction = Uždek tris lempas. Padėjėjui 1 sukurk blokus vienai lempai. Tada pagrindinėje programoje naudok bloką „Padėjėjas 1“.
level-helper-first-helper-learned = Padėjėjas – tai blokų sąrašas su vardu. Jo blokas iškviečia padėjėją: įvykdo visą sąrašą tiek kartų, kiek nori.
level-helper-first-helper-hint-1 = Lempos yra kampuose. Ką daro robotas, kad pasiektų vieną lempą?
level-helper-first-helper-hint-2 = Padėjėjui 1 sukurk blokus vienai lempai. Pagrindinėje programoje dėk bloką „Padėjėjas 1“ po kartą kiekvienai lempai.
level-helper-first-helper-hint-3 = Padėjėjas 1 gali būti toks: „Pirmyn“, „Pirmyn“, „Uždegti“, „Pasukti dešinėn“.

level-helper-zigzag-title = Padėjėjas ir posūkiai
level-helper-zigzag-instruction = Uždek tris lempas. Tegul Padėjėjas 1 važiuoja ir uždega. Pagrindinė programa atlieka posūkius.
level-helper-zigzag-learned = Pagrindinė programa gali maišyti padėjėjų blokus su kitais blokais.
level-helper-zigzag-hint-1 = Tarp lempų kelias suka. Ar kiekvieną kartą į tą pačią pusę?
level-helper-zigzag-hint-2 = Tiesi dalis kaskart ta pati, todėl dėk ją į Padėjėją 1. Posūkius dėk į pagrindinę programą.
level-helper-zigzag-hint-3 = Padėjėjas 1: „Pirmyn“, „Pirmyn“, „Pirmyn“, „Uždegti“.

level-helper-lamp-stairs-title = Padėjėjo laiptai
level-helper-lamp-stairs-instruction = Užlipk laiptais ir ant kiekvieno laiptelio uždek lempą. Naudok Padėjėją 1.
level-helper-lamp-stairs-learned = Padėjėjas gali laikyti didesnį raštą su judesiais, posūkiais ir šviesomis.
level-helper-lamp-stairs-hint-1 = Pažiūrėk į vieną laiptelį. Kur jo lempa?
level-helper-lamp-stairs-hint-2 = Įdėk visą laiptelį į Padėjėją 1. Tada naudok bloką „Padėjėjas 1“ po kartą kiekvienam laipteliui.
level-helper-lamp-stairs-hint-3 = Vienas laiptelis prasideda taip: „Pirmyn“, „Pasukti kairėn“, „Pirmyn“.

level-helper-call-itself-title = Padėjėjas, kuris kartojasi
level-helper-call-itself-instruction = Užlipk ilgais laiptais iki vėliavėlės. Pagrindinėje programoje telpa tik 3 blokai. Ar Padėjėjas 1 gali iškviesti pats save ir tęsti kaip „Kartoti iki pabaigos“?
level-helper-call-itself-learned = Padėjėjas savo pabaigoje gali iškviesti pats save. Tada jis prasideda iš naujo, kaip ciklas, kol darbas atliktas.
level-helper-call-itself-hint-1 = Laiptelių daugiau, nei telpa blokų pagrindinėje programoje.
level-helper-call-itself-hint-2 = Įdėk bloką „Padėjėjas 1“ paskutinį, į patį Padėjėją 1. Tada Padėjėjas 1 iškviečia pats save ir vyksta vėl ir vėl.
level-helper-call-itself-hint-3 = Padėjėjas 1 prasideda taip: „Pirmyn“, „Pasukti kairėn“, „Pirmyn“, „Pasukti dešinėn“.

level-helper-round-and-round-title = Ratu ir ratu
level-helper-round-and-round-instruction = Uždek visas keturias lempas. Tegul Padėjėjas 1 važiuoja ratu, iškviesdamas pats save.
level-helper-round-and-round-learned = Padėjėjas, kuris iškviečia pats save, tęsia, kol dega visos lempos.
level-helper-round-and-round-hint-1 = Kiekviena kraštinė turi po vieną lempą viduryje.
level-helper-round-and-round-hint-2 = Vienai kraštinei: važiuoti, uždegti, važiuoti, pasukti. Tada Padėjėjas 1 iškviečia pats save ir pradeda iš naujo.
level-helper-round-and-round-hint-3 = Padėjėjas 1 prasideda taip: „Pirmyn“, „Uždegti“, „Pirmyn“.

level-helper-fix-the-helper-title = Padėjėjas, kuris sustoja
level-helper-fix-the-helper-instruction = Padėjėjas 1 turėtų apvažiuoti kvadratą ir uždegti visas tris lempas, bet po pirmosios sustoja. Pataisyk Padėjėją 1.
level-helper-fix-the-helper-learned = Padėjėjas, kuris turi tęsti, pabaigoje iškviečia pats save. Be šio iškvietimo jis įvyksta kartą ir sustoja.
level-helper-fix-the-helper-hint-1 = Paliesk „Žingsnis“. Kas nutinka, kai Padėjėjas 1 pasiekia savo pabaigą?
level-helper-fix-the-helper-hint-2 = Pagrindinė programa iškviečia Padėjėją 1 tik kartą. Kaip Padėjėjas 1 galėtų vėl iškviesti pats save?
level-helper-fix-the-helper-hint-3 = Padėjėjo 1 pabaigoje kažko trūksta.

level-helper-second-helper-title = Du padėjėjai
level-helper-second-helper-instruction = Uždek visas lempas aplink kvadratą. Padėjėjas 1 gali iškviesti Padėjėją 2. Trims žvaigždėms Padėjėjas 1 dar iškviečia ir pats save.
level-helper-second-helper-learned = Padėjėjas gali iškviesti kitą padėjėją. Iš mažų dalių statomos didesnės.
level-helper-second-helper-hint-1 = Koks mažiausias raštas? Pažiūrėk į vieną lempą.
level-helper-second-helper-hint-2 = Mažiausią raštą įdėk į Padėjėją 2. Padėjėjas 1 iškviečia jį vienai kraštinei, pasuka ir tada iškviečia pats save.
level-helper-second-helper-hint-3 = Padėjėjas 2: „Pirmyn“, „Uždegti“.

level-helper-walk-then-loop-title = Pirma nuvažiuok, tada kartok
level-helper-walk-then-loop-instruction = Pirma nuvažiuok iki laiptų. Tada tegul Padėjėjas 1 jais užlipa ir uždega visas lempas: pabaigoje jis iškviečia pats save.
level-helper-walk-then-loop-learned = Pagrindinė programa gali atlikti pirmą darbo dalį, o likusią perduoti padėjėjui.
level-helper-walk-then-loop-hint-1 = Laiptai prasideda ne ten, kur stovi robotas. Pirma lempa yra trimis langeliais priekyje.
level-helper-walk-then-loop-hint-2 = Pagrindine programa nuvažiuok iki laiptų. Tada iškviesk Padėjėją 1: jis užlipa vieną laiptelį, uždega jo lempą ir iškviečia pats save.
level-helper-walk-then-loop-hint-3 = Pagrindinė programa: „Pirmyn“, „Pirmyn“, „Padėjėjas 1“.

level-helper-big-ring-title = Padėjėjai važiuoja ratu
level-helper-big-ring-instruction = Uždek tris lempas aplink kvadratą. Bloko „Pasukti kairėn“ nėra: sukurk jį padėjėjui. Pagrindinėje programoje telpa tik vienas blokas, todėl padėjėjas turi iškviesti pats save.
level-helper-big-ring-learned = Padėjėjas gali būti blokas, kurio neturi: trys „Pasukti dešinėn“ lygu vienam „Pasukti kairėn“.
level-helper-big-ring-hint-1 = Kiekviename kampe kelias suka į kairę, bet tu turi tik „Pasukti dešinėn“.
level-helper-big-ring-hint-2 = Po trijų blokų „Pasukti dešinėn“ robotas atsisukęs taip pat kaip po vieno „Pasukti kairėn“. Įdėk juos į atskirą padėjėją.
level-helper-big-ring-hint-3 = Vienas padėjėjas gali būti toks: „Pasukti dešinėn“, „Pasukti dešinėn“, „Pasukti dešinėn“.

## Pasirinkimų kanjonas

level-choice-first-if-title = Raudona reiškia sukti
level-choice-first-if-instruction = Kiekvienas raudonas langelis reiškia: čia suk į kairę. Naudok bloką „Jei“, kad patikrintum, ar raudona.
level-choice-first-if-learned = Blokas „Jei“ užduoda klausimą. Jo viduje esantys blokai vykdomi tik tada, kai atsakymas „taip“.
level-choice-first-if-hint-1 = Kur kelias suka? Kokios spalvos tie langeliai?
level-choice-first-if-hint-2 = „Jei ant raudono“ vykdo savo blokus tik tada, kai robotas stovi raudoname langelyje.
level-choice-first-if-hint-3 = „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei ant raudono“.

level-choice-green-lamps-title = Žalia prieš lempą
level-choice-green-lamps-instruction = Žalias langelis reiškia, kad kitame langelyje yra lempa. Uždek visas lempas.
level-choice-green-lamps-learned = Patikrinimas gali pasakyti robotui, kas bus toliau, kad jis pasiruoštų.
level-choice-green-lamps-hint-1 = Pažiūrėk į langelį prieš pat kiekvieną lempą.
level-choice-green-lamps-hint-2 = Kai robotas ant žalio, jis gali užvažiuoti ant lempos ir ją uždegti.
level-choice-green-lamps-hint-3 = „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei ant žalio“.

level-choice-path-right-title = Žvilgtelk į dešinę
level-choice-path-right-instruction = Robotas gali patikrinti kelią. Suk į dešinę visur, kur dešinėje yra kelias.
level-choice-path-right-learned = Robotas jaučia sienas. „Dešinėje kelias“ yra „taip“, kai langelis jo dešinėje laisvas.
level-choice-path-right-hint-1 = Kiekviename kampe kelias eina į dešinę.
level-choice-path-right-hint-2 = „Jei dešinėje kelias“ žiūri į langelį roboto dešinėje.
level-choice-path-right-hint-3 = „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei dešinėje kelias“.

level-choice-fix-the-check-title = Per daug posūkių
level-choice-fix-the-check-instruction = Mėlyna reiškia sukti į dešinę. Bet šis robotas suka kiekviename langelyje ir atsitrenkia į sieną. Pataisyk programą.
level-choice-fix-the-check-learned = Blokai bloko „Jei“ viduje vykdomi tik tada, kai atsakymas „taip“. Blokas po „Jei“ vykdomas kiekvieną kartą.
level-choice-fix-the-check-hint-1 = Paliesk „Žingsnis“. Ar robotas suka langelyje, kuris nėra mėlynas?
level-choice-fix-the-check-hint-2 = Kuris posūkis yra bloko „Jei“ viduje? Kuris vykdomas kiekvieną kartą?
level-choice-fix-the-check-hint-3 = Pažiūrėk į paskutinį ciklo bloką.

level-choice-if-else-title = Jei ar kitaip
level-choice-if-else-instruction = Važiuok pirmyn, kai priekyje kelias laisvas. Kitaip suk į dešinę. Saugokis mažų šoninių kelių!
level-choice-if-else-learned = „Jei … kitaip“ pasirenka vieną iš dviejų kelių: pirmą dalį, kai atsakymas „taip“, o „kitaip“ dalį, kai „ne“.
level-choice-if-else-hint-1 = Maži šoniniai keliai niekur neveda. Suk tik tada, kai priekyje siena.
level-choice-if-else-hint-2 = „Jei … kitaip“ turi dvi dalis. Pirmoji vykdoma, kai „taip“. „Kitaip“ dalis – kai „ne“.
level-choice-if-else-hint-3 = „Kartoti iki pabaigos“ viduje naudok „Jei priekyje kelias“ su „Pirmyn“ pirmoje dalyje.

level-choice-colours-title = Raudona ir mėlyna
level-choice-colours-instruction = Raudona reiškia sukti į kairę. Mėlyna reiškia sukti į dešinę. Naudok du blokus „Jei“.
level-choice-colours-learned = Programa gali užduoti daugiau nei vieną klausimą. Kiekvienas blokas „Jei“ užduoda savąjį.
level-choice-colours-hint-1 = Pažiūrėk į langelių, kur kelias suka, spalvas.
level-choice-colours-hint-2 = Įdėk į ciklą du blokus „Jei“: vienas klausia apie raudoną, kitas apie mėlyną.
level-choice-colours-hint-3 = „Kartoti iki pabaigos“ viduje pradėk nuo „Pirmyn“. Tada „Jei ant raudono“ su „Pasukti kairėn“ viduje.

level-choice-corner-lamps-title = Uždegti ar sukti
level-choice-corner-lamps-instruction = Kiekvienas šio kelio langelis yra lempa arba raudonas. Ant raudono suk į kairę. Ant visų kitų langelių uždek lempą.
level-choice-corner-lamps-learned = „Jei … kitaip“ gali klausti ir apie spalvą: pirma dalis vykdoma ant raudono, „kitaip“ dalis – ant visų kitų langelių.
level-choice-corner-lamps-hint-1 = Kuriuose langeliuose nėra lempos? Ką ten daro robotas?
level-choice-corner-lamps-hint-2 = Vienas „Jei … kitaip“ gali atlikti abu darbus: viena dalis raudoniems langeliams, „kitaip“ dalis lempoms.
level-choice-corner-lamps-hint-3 = „Kartoti iki pabaigos“ viduje: „Pirmyn“, tada „Jei ant raudono“ su „Pasukti kairėn“ pirmoje dalyje.

level-choice-two-rules-title = Dvi taisyklės
level-choice-two-rules-instruction = Raudona reiškia sukti į kairę. Siena priekyje reiškia sukti į dešinę. Vienai taisyklei naudok „Jei“, kitai – „Jei … kitaip“.
level-choice-two-rules-learned = Viena programa gali maišyti „Jei“ ir „Jei … kitaip“. Kiekvienas užduoda savo klausimą, vienas po kito.
level-choice-two-rules-hint-1 = Kai kurie keliai tęsiasi už raudono langelio, bet niekur neveda. Ant raudono suk į kairę.
level-choice-two-rules-hint-2 = Kiekvieną ratą užduok du klausimus: ar aš ant raudono? Ar priekyje kelias laisvas?
level-choice-two-rules-hint-3 = „Kartoti iki pabaigos“ viduje pradėk nuo „Pirmyn“. Tada „Jei ant raudono“ su „Pasukti kairėn“ viduje.

level-choice-red-means-left-title = Kanjono sankryža
level-choice-red-means-left-instruction = Važiuok pirmyn, kol priekyje kelias laisvas. Prie sienos pažiūrėk į langelį: ant raudono suk į kairę, ant bet kurio kito – į dešinę.
level-choice-red-means-left-learned = Blokas „Jei“ gali būti kito bloko „Jei“ viduje. Robotas užduoda vieną klausimą, o tada galbūt dar vieną.
level-choice-red-means-left-hint-1 = Raudoni langeliai svarbūs tik prie sienos. Laisvu keliu per juos važiuok. Vienas kelias eina ratu!
level-choice-red-means-left-hint-2 = Pirma paklausk: ar priekyje kelias laisvas? Tik kai ne, paklausk: ar aš ant raudono?
level-choice-red-means-left-hint-3 = „Kartoti iki pabaigos“ viduje naudok „Jei priekyje kelias … kitaip“ su „Pirmyn“ pirmoje dalyje.

## Klaidų įlanka

level-bug-wrong-turn-title = Ne ta kryptis
level-bug-wrong-turn-instruction = Ši programa turėtų nuvesti robotą iki vėliavėlės, bet robotas atsitrenkia į sieną. Surask netinkamą bloką ir pataisyk jį.
level-bug-wrong-turn-learned = Derinti reiškia rasti žingsnį, kuris nepavyksta, ir pataisyti tik jį.
level-bug-wrong-turn-hint-1 = Paliesk „Žingsnis“, kad blokai vyktų po vieną. Kur viskas pasisuka ne taip?
level-bug-wrong-turn-hint-2 = Klaida dažnai yra tik vienas netinkamas blokas. Pakeisk jį tinkamu.
level-bug-wrong-turn-hint-3 = Pažiūrėk į posūkį. Ar robotas turi sukti į kairę, ar į dešinę?

level-bug-missing-step-title = Trūkstamas žingsnis
level-bug-missing-step-instruction = Robotas bando uždegti lempą ten, kur jos nėra. Surask, ko trūksta.
level-bug-missing-step-learned = Kartais klaida yra trūkstamas blokas. Suskaičiuok langelius ir patikrink.
level-bug-missing-step-hint-1 = Kuri lempa lieka užgesusi?
level-bug-missing-step-hint-2 = Suskaičiuok langelius nuo kampo iki antros lempos. Suskaičiuok ir „Pirmyn“ blokus.
level-bug-missing-step-hint-3 = Trūkstamas blokas turi būti iškart po „Pasukti dešinėn“. Kuris blokas pajudina robotą?

level-bug-loop-count-title = Skaičiuok iš naujo
level-bug-loop-count-instruction = Robotas atsitrenkia į sieną. Patikrink, kiek kartų kartojasi kiekvienas ciklas, ir pataisyk.
level-bug-loop-count-learned = Ciklas, kuris pasikartoja vienu kartu per daug ar per mažai, – labai dažna klaida.
level-bug-loop-count-hint-1 = Stebėk pirmą ciklą. Kur robotas atsitrenkia?
level-bug-loop-count-hint-2 = Suskaičiuok langelius iki kampo. Ciklas turi kartotis tiek kartų.
level-bug-loop-count-hint-3 = Pakeisk pirmo ciklo skaičių.

level-bug-forgot-light-title = Šviesos užgesusios
level-bug-forgot-light-instruction = Robotas apvažiuoja kvadratą, bet neužsidega nė viena lempa. Pataisyk ciklą.
level-bug-forgot-light-learned = Jei kažkas niekada neįvyksta, patikrink, ar cikle netrūksta bloko.
level-bug-forgot-light-hint-1 = Kuris blokas įjungia lempą? Ar jis yra programoje?
level-bug-forgot-light-hint-2 = Blokas, kurį pridedi ciklo viduje, vykdomas kiekvieną ratą.
level-bug-forgot-light-hint-3 = Trūkstamas blokas eina į ciklo vidų. Po dviejų „Pirmyn“ blokų robotas stovi ant lempos.

level-bug-helper-turn-title = Padėjėjo klaida
level-bug-helper-turn-instruction = Padėjėjas 1 turi klaidą. Pagrindinė programa jį iškviečia tris kartus, todėl klaida įvyksta kiekvieną kartą. Pataisyk ją vieną kartą.
level-bug-helper-turn-learned = Kai pataisai padėjėją, pataisai kiekvieną vietą, kuri jį iškviečia.
level-bug-helper-turn-hint-1 = Paliesk „Žingsnis“. Kas nutinka po pirmos lempos?
level-bug-helper-turn-hint-2 = Kiekviename šio kvadrato kampe kelias eina į dešinę.
level-bug-helper-turn-hint-3 = Pažiūrėk į paskutinį Padėjėjo 1 bloką.

level-bug-wrong-side-title = Ne ta pusė
level-bug-wrong-side-instruction = Kelias visada suka į dešinę, bet robotas atsitrenkia į sieną. „Jei“ užduoda netinkamą klausimą. Pataisyk jį.
level-bug-wrong-side-learned = „Jei“, užduodantis netinkamą klausimą, gali sugadinti visą programą.
level-bug-wrong-side-hint-1 = Į kurią pusę suka kelias? Į kurią pusę žiūri „Jei“?
level-bug-wrong-side-hint-2 = Paliesk bloką „Jei“ programoje. Tada paliesk „Keisti klausimą“.
level-bug-wrong-side-hint-3 = Klausimas žiūri į vieną pusę, o kelias suka į kitą.

level-bug-two-mistakes-title = Dvi klaidos
level-bug-two-mistakes-instruction = Šioje programoje yra dvi klaidos. Surask abi, kad robotas užliptų laiptais iki vėliavėlės.
level-bug-two-mistakes-learned = Programoje gali būti daugiau nei viena klaida. Pataisyk vieną, paleisk dar kartą, tada taisyk kitą.
level-bug-two-mistakes-hint-1 = Stebėk pirmą laiptelį. Kur robotas suklysta?
level-bug-two-mistakes-hint-2 = Viena klaida – posūkis. Kita – kiek kartų kartojasi ciklas.
level-bug-two-mistakes-hint-3 = Ant kiekvieno laiptelio robotas užvažiuoja aukštyn, tada vėl atsisuka ta kryptimi, kuria važiavo. Patikrink tą posūkį, tada suskaičiuok laiptelius.

level-bug-mixed-colours-title = Sumaišytos spalvos
level-bug-mixed-colours-instruction = Raudona turėtų reikšti sukti į kairę, o mėlyna – į dešinę. Kažkas jas sumaišė. Pataisyk programą.
level-bug-mixed-colours-learned = Išbandyk programą, pamatyk, kur ji daro tai, ko nenorėjai, ir pataisyk tik tai.
level-bug-mixed-colours-hint-1 = Ką robotas daro ant pirmo mėlyno langelio?
level-bug-mixed-colours-hint-2 = Kiekvienas „Jei“ klausia apie tinkamą spalvą, bet suka ne ta kryptimi.
level-bug-mixed-colours-hint-3 = Pakeisk posūkį kiekviename „Jei“.
