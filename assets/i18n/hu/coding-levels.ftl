# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Tile names as in robot.ftl: Előre,
# Fordulj balra, Fordulj jobbra, Kapcsold fel, Ismételd, Ismételd, amíg kész nem lesz, Ha,
# Ha … különben, Segítő 1, Segítő 2, Főprogram. In hint 3, "ha" and "előre" are not used as
# plain words (they would read as tile names).

world-robot-road = Robotút
world-loop-lagoon = Ismétlés-lagúna
world-helper-hills = Segítő-dombok
world-choice-canyon = Döntés-kanyon
world-sensor-springs = Érzékelő-források
world-number-harbour = Számkikötő
world-signal-station = Jelzőállomás
world-bug-bay = Hibaöböl

## Robot Road

level-robot-first-steps-title = Első lépések
level-robot-first-steps-instruction = Építs egy programot, amely a zászlóhoz viszi a robotot. Aztán koppints az „Indítás” gombra.
level-robot-first-steps-learned = A program lépések listája. A robot egyenként, sorban végrehajtja őket.
level-robot-first-steps-hint-1 = Nézd meg a zászlót. Most merre néz a robot?
level-robot-first-steps-hint-2 = Az „Előre” egy mezőt visz a robottal. A „Fordulj jobbra” helyben fordítja el.
level-robot-first-steps-hint-3 = Kezdd így: Előre, Előre, Fordulj jobbra.

level-robot-turn-left-title = Balra fel
level-robot-turn-left-instruction = Vidd a robotot a zászlóhoz. Most balra kell fordulnia.
level-robot-turn-left-learned = A „Fordulj balra” és a „Fordulj jobbra” azt változtatja meg, merre néz a robot. Nem mozdítják el.
level-robot-turn-left-hint-1 = A robot felfelé néz. Hol kanyarodik az út?
level-robot-turn-left-hint-2 = A „Fordulj balra” után az „Előre” az új irányba viszi a robotot.
level-robot-turn-left-hint-3 = Kezdd így: Előre, Előre, Fordulj balra.

level-robot-zigzag-title = Cikcakk lépcső
level-robot-zigzag-instruction = Menj le a lépcsőn a zászlóig. Az út minden lépcsőfok után kanyarodik.
level-robot-zigzag-learned = Egy hosszú út is csak kis lépésekből és fordulókból áll, egymás után.
level-robot-zigzag-hint-1 = Kövesd az utat az ujjaddal. Számold meg a kanyarokat.
level-robot-zigzag-hint-2 = „Fordulj jobbra”, hogy lefelé menj. „Fordulj balra”, hogy újra keresztbe menj.
level-robot-zigzag-hint-3 = Kezdd így: Előre, Fordulj jobbra, Előre, Fordulj balra.

level-robot-around-rocks-title = Kerüld meg a falat
level-robot-around-rocks-instruction = Egy fal áll az útban. Kerüld meg, hogy elérd a zászlót.
level-robot-around-rocks-learned = Ha el van zárva az út, megtervezheted, hogyan kerüld meg.
level-robot-around-rocks-hint-1 = A robot nem tud egyenesen a zászlóhoz menni. Merre lehet kerülni?
level-robot-around-rocks-hint-2 = Menj előbb fel, aztán keresztbe, aztán le.
level-robot-around-rocks-hint-3 = Kezdd így: Előre, Előre, Fordulj jobbra.

level-robot-fix-the-path-title = Javítsd az utat
level-robot-fix-the-path-instruction = Ebben a programban hiba van: a robot falnak megy. Figyeld meg a „Lépés” gombbal, aztán javítsd ki a programot.
level-robot-fix-the-path-learned = A hiba egy tévedés a programban. Egyetlen felesleges blokk is falnak viheti a robotot. Vedd ki, és a program működik.
level-robot-fix-the-path-hint-1 = Koppints a „Lépés” gombra, hogy blokkonként haladj. Hol megy neki a robot a falnak?
level-robot-fix-the-path-hint-2 = A robot eggyel több mezőt megy, mielőtt fordul. Egy blokk felesleges.
level-robot-fix-the-path-hint-3 = A felesleges blokk az első fordulás előtt van.

level-robot-first-lamp-title = Legyen világos
level-robot-first-lamp-instruction = Menj a lámpához. Aztán a „Kapcsold fel” blokkal kapcsold be.
level-robot-first-lamp-learned = A „Kapcsold fel” csak akkor működik, amikor a robot egy lámpán áll.
level-robot-first-lamp-hint-1 = Hány mezőre van a lámpa?
level-robot-first-lamp-hint-2 = Először a robotnak a lámpán kell állnia. Utána a „Kapcsold fel” bekapcsolja.
level-robot-first-lamp-hint-3 = A lámpa három mezővel a robot előtt van.

level-robot-two-lamps-title = Két lámpa
level-robot-two-lamps-instruction = Kapcsold fel mindkét lámpát. Nincs zászló: a feladat kész, amikor minden lámpa ég.
level-robot-two-lamps-learned = A robot útközben is elvégezhet egy feladatot: megáll, felkapcsolja a lámpát, aztán megy tovább.
level-robot-two-lamps-hint-1 = A második lámpa felé menet elhaladsz az első mellett.
level-robot-two-lamps-hint-2 = Tedd a „Kapcsold fel” blokkot közvetlenül az után a blokk után, amely lámpára viszi a robotot.
level-robot-two-lamps-hint-3 = Kezdd így: Előre, Előre, Kapcsold fel.

level-robot-lamps-and-flag-title = Lámpák és egy zászló
level-robot-lamps-and-flag-instruction = Kapcsold fel mindkét lámpát. Aztán menj a zászlóhoz.
level-robot-lamps-and-flag-learned = Egy feladatnak több része is lehet. A robotnak mindet el kell végeznie.
level-robot-lamps-and-flag-hint-1 = A zászló csak akkor számít, amikor már minden lámpa ég.
level-robot-lamps-and-flag-hint-2 = Tervezz olyan utat, amely mindkét lámpán átmegy, mielőtt a zászlóhoz ér.
level-robot-lamps-and-flag-hint-3 = Kezdd így: Előre, Kapcsold fel, Fordulj jobbra.

level-robot-turn-around-title = Hátraarc
level-robot-turn-around-instruction = Kapcsold fel a lámpát. Aztán fordulj meg, és menj a zászlóhoz.
level-robot-turn-around-learned = Két fordulás ugyanarra az oldalra arra fordítja a robotot, amerről jött.
level-robot-turn-around-hint-1 = A lámpa és a zászló a robot két különböző oldalán van.
level-robot-turn-around-hint-2 = A megforduláshoz két fordulás kell: Fordulj balra, Fordulj balra.
level-robot-turn-around-hint-3 = Kezdd így: Előre, Előre, Kapcsold fel.

level-robot-long-road-title = A hosszú kerülő
level-robot-long-road-instruction = Kapcsold fel mindkét lámpát, és a zászlón fejezd be. Melyik út rövidebb?
level-robot-long-road-learned = Több út is lehet. Előbb gondolkodj, aztán válaszd a rövidebbet.
level-robot-long-road-hint-1 = Egyenesen lefelé menve eléred a zászlót, de a lámpák nem égnek.
level-robot-long-road-hint-2 = Menj először végig fent, aztán le, aztán vissza lent.
level-robot-long-road-hint-3 = Kezdd így: Előre, Kapcsold fel, Előre, Fordulj jobbra.

## Loop Lagoon

level-loop-first-loop-title = Első ismétlés
level-loop-first-loop-instruction = Juss el a zászlóig. A programodban csak 3 blokk fér el, ezért használd az „Ismételd” blokkot.
level-loop-first-loop-learned = Az „Ismételd” blokk újra és újra lefuttatja a benne lévő blokkokat. Egy ismétlés sok blokk munkáját elvégezheti.
level-loop-first-loop-hint-1 = Számold meg a mezőket a robot és a zászló között.
level-loop-first-loop-hint-2 = Tedd az „Előre” blokkot egy „Ismételd” blokkba. Aztán a „Többször” gombbal állítsd be a számot.
level-loop-first-loop-hint-3 = Az „Előre” kerül az ismétlésbe. A számot állítsd annyira, ahány mezőt számoltál.

level-loop-lamp-row-title = Lámpasor
level-loop-lamp-row-instruction = Kapcsold fel mind az öt lámpát. A programodban csak 5 blokk fér el, ezért használj ismétlést.
level-loop-lamp-row-learned = Egy ismétlés több blokkot is ismételhet. Itt egy lépést és egy felkapcsolást ismétel.
level-loop-lamp-row-hint-1 = Minden lámpa csak egy mezővel van az előző után.
level-loop-lamp-row-hint-2 = Tegyél két blokkot egyetlen „Ismételd” blokkba. Az ismétlés újra és újra mindkettőt elvégzi.
level-loop-lamp-row-hint-3 = Az ismétlésen belül: Előre, aztán Kapcsold fel. Hányszor?

level-loop-corner-title = A sarok körül
level-loop-corner-instruction = Érd el a zászlót. Minden hosszú útszakaszhoz használj egy ismétlést, közöttük egy fordulással.
level-loop-corner-learned = Egy programban több ismétlés is lehet, egymás után.
level-loop-corner-hint-1 = Az útnak két hosszú, egyenes része van.
level-loop-corner-hint-2 = Először egy ismétlés a felső útra. Aztán „Fordulj jobbra”. Aztán egy ismétlés a lefelé vezető útra.
level-loop-corner-hint-3 = Kezdd így: Ismételd 4-szer, benne Előre. Aztán Fordulj jobbra.

level-loop-stairs-title = Lépcső ismétléssel
level-loop-stairs-instruction = Menj fel a lépcsőn a zászlóig. Keresd meg a részt, amely ismétlődik.
level-loop-stairs-learned = Ha egy minta ismétlődik, építsd meg egyszer egy ismétlésben. A többit az ismétlés elvégzi.
level-loop-stairs-hint-1 = Nézz meg egyetlen lépcsőfokot. Mit csinál rajta a robot?
level-loop-stairs-hint-2 = Egy ismétlésben fordulások is lehetnek. Tegyél egy lépcsőfokot egy „Ismételd” blokkba.
level-loop-stairs-hint-3 = Egy lépcsőfok: Előre, Fordulj balra, Előre, Fordulj jobbra.

level-loop-square-title = Lámpanégyzet
level-loop-square-instruction = Kapcsold fel a három lámpát a sarkokban. Használj ismétlést.
level-loop-square-learned = Egy ismétlés, benne egy fordulással, körbeviheti a robotot egy négyzeten.
level-loop-square-hint-1 = A négyzet minden oldala ugyanolyan.
level-loop-square-hint-2 = Tedd egy oldal és egy sarok blokkjait egy „Ismételd” blokkba.
level-loop-square-hint-3 = Egy oldal: Előre, Előre, Kapcsold fel, Fordulj jobbra.

level-loop-fix-the-loop-title = Javítsd az ismétlést
level-loop-fix-the-loop-instruction = Ennek az ismétlésnek mindhárom lámpát fel kellene kapcsolnia. Az első lámpa után a robot falnak megy. Javítsd ki az ismétlést.
level-loop-fix-the-loop-learned = Az ismétlés minden körben ugyanazokat a blokkokat futtatja. Ezért minden kör végén a robotnak ugyanarra kell néznie, mint az elején.
level-loop-fix-the-loop-hint-1 = Koppints a „Lépés” gombra. Merre néz a robot, amikor az ismétlés újrakezdődik?
level-loop-fix-the-loop-hint-2 = Minden kör végén a robotnak ugyanarra kell néznie, mint a kör elején.
level-loop-fix-the-loop-hint-3 = Az ismétlés végéről hiányzik egy fordulás.

level-loop-in-a-loop-title = Ismétlés az ismétlésben
level-loop-in-a-loop-instruction = Kapcsold fel az összes lámpát a négyzet körül. Tegyél egy ismétlést egy másik ismétlésbe.
level-loop-in-a-loop-learned = Egy ismétlés egy másik ismétlésbe is kerülhet. Valahányszor a külső egyszer lefut, a belső az összes körét lefuttatja.
level-loop-in-a-loop-hint-1 = Nézz meg egy oldalt: három lámpa egymás után, aztán egy sarok.
level-loop-in-a-loop-hint-2 = A belső ismétlés egy oldalt kapcsol fel. A külső ezt minden oldalra megcsinálja.
level-loop-in-a-loop-hint-3 = A belső ismétlés: Ismételd 3-szor, benne Előre és Kapcsold fel.

level-loop-lamp-stairs-title = Lámpás lépcső
level-loop-lamp-stairs-instruction = Menj le a lépcsőn, és kapcsold fel a lámpát minden lépcsőfokon.
level-loop-lamp-stairs-learned = Egy ismétlés mozoghat, fordulhat és feladatot is végezhet. Minden körben egy egész lépcsőfokot tesz meg.
level-loop-lamp-stairs-hint-1 = Mit csinál a robot egy lépcsőfokon? Nézd meg, hol a lámpa.
level-loop-lamp-stairs-hint-2 = Keresd meg egy lépcsőfok blokkjait, a „Kapcsold fel” a jó helyen legyen. Aztán ismételd őket.
level-loop-lamp-stairs-hint-3 = Egy lépcsőfok így kezdődik: Előre, Fordulj jobbra, Előre.

level-loop-big-ring-title = A nagy kör
level-loop-big-ring-instruction = Kapcsold fel a lámpákat a nagy kör sarkaiban. Az oldalak hosszúak, ezért használj ismétlést az ismétlésben.
level-loop-big-ring-learned = A belső ismétlés végigmehet egy hosszú oldalon. A külső minden sarokra megismétli az oldalt, a fordulást és a felkapcsolást.
level-loop-big-ring-hint-1 = Egyik saroktól a következőig négy mező van.
level-loop-big-ring-hint-2 = A belső ismétlés végigmegy egy oldalon. A külső hozzáteszi a fordulást és a felkapcsolást, minden sarokra egyszer.
level-loop-big-ring-hint-3 = A belső ismétlés: Ismételd 4-szer, benne Előre.

level-choice-until-goal-title = Amíg kész nem lesz
level-choice-until-goal-instruction = Érd el a zászlót. Használd az „Ismételd, amíg kész nem lesz” blokkot: addig megy, amíg a feladat el nem készül.
level-choice-until-goal-learned = Az „Ismételd, amíg kész nem lesz” újra és újra lefuttatja a blokkjait, és megáll, amikor a feladat kész. Nem kell számolnod.
level-choice-until-goal-hint-1 = Milyen messze van a zászló? Most nem kell tudnod.
level-choice-until-goal-hint-2 = Az „Ismételd, amíg kész nem lesz” addig ismétli a benne lévő blokkokat, amíg a robot a zászlón nem áll.
level-choice-until-goal-hint-3 = Az „Előre” kerül az ismétlésbe. Nincs beállítandó szám.

## Helper Hills

level-helper-first-helper-title = Az első segítőd
level-helper-first-helper-instruction = Kapcsold fel a három lámpát. Építsd meg egy lámpa blokkjait a „Segítő 1” részben. Aztán használd a „Segítő 1” blokkot a Főprogramban.
level-helper-first-helper-learned = A segítő blokkok listája, amelynek neve van. A blokkja hívja a segítőt: lefuttatja az egész listát, ahányszor csak akarod.
level-helper-first-helper-hint-1 = A lámpák a sarkokban vannak. Mit csinál a robot, hogy elérjen egy lámpát?
level-helper-first-helper-hint-2 = Építsd meg egy lámpa blokkjait a „Segítő 1” részben. A Főprogramba tedd be a „Segítő 1” blokkot minden lámpához egyszer.
level-helper-first-helper-hint-3 = A Segítő 1 lehet: Előre, Előre, Kapcsold fel, Fordulj jobbra.

level-helper-zigzag-title = Segítő és fordulások
level-helper-zigzag-instruction = Kapcsold fel a három lámpát. A „Segítő 1” menjen és kapcsoljon. A Főprogram fordul.
level-helper-zigzag-learned = A Főprogram keverheti a segítő blokkokat más blokkokkal.
level-helper-zigzag-hint-1 = A lámpák között kanyarodik az út. Mindig ugyanarra?
level-helper-zigzag-hint-2 = Az egyenes rész mindig ugyanaz, ezért tedd a „Segítő 1” részbe. A fordulásokat tedd a Főprogramba.
level-helper-zigzag-hint-3 = Segítő 1: Előre, Előre, Előre, Kapcsold fel.

level-helper-lamp-stairs-title = Segítő-lépcső
level-helper-lamp-stairs-instruction = Menj fel a lépcsőn, és kapcsold fel a lámpát minden lépcsőfokon. Használd a „Segítő 1” részt.
level-helper-lamp-stairs-learned = Egy segítőben nagyobb minta is lehet, lépésekkel, fordulásokkal és felkapcsolással.
level-helper-lamp-stairs-hint-1 = Nézz meg egy lépcsőfokot. Hol a lámpája?
level-helper-lamp-stairs-hint-2 = Tegyél egy egész lépcsőfokot a „Segítő 1” részbe. Aztán minden lépcsőfokhoz használd egyszer a „Segítő 1” blokkot.
level-helper-lamp-stairs-hint-3 = Egy lépcsőfok így kezdődik: Előre, Fordulj balra, Előre.

level-helper-call-itself-title = Ismétlő segítő
level-helper-call-itself-instruction = Menj fel a hosszú lépcsőn a zászlóig. A Főprogramban csak 3 blokk fér el. Hívhatja a „Segítő 1” saját magát, hogy úgy menjen tovább, mint az „Ismételd, amíg kész nem lesz”?
level-helper-call-itself-learned = Egy segítő a végén hívhatja saját magát. Ilyenkor újrakezdi, mint egy ismétlés, amíg a feladat kész nem lesz.
level-helper-call-itself-hint-1 = Több lépcsőfok van, mint amennyi blokk a Főprogramba fér.
level-helper-call-itself-hint-2 = Tedd a „Segítő 1” blokkot utolsónak a „Segítő 1” részbe. Így a Segítő 1 újra és újra lefut.
level-helper-call-itself-hint-3 = A Segítő 1 így kezdődik: Előre, Fordulj balra, Előre, Fordulj jobbra.

level-helper-round-and-round-title = Körbe-körbe
level-helper-round-and-round-instruction = Kapcsold fel mind a négy lámpát. A „Segítő 1” úgy menjen körbe, hogy hívja saját magát.
level-helper-round-and-round-learned = Egy segítő, amely hívja saját magát, addig megy, amíg minden lámpa nem ég.
level-helper-round-and-round-hint-1 = Minden oldalon egy lámpa van, középen.
level-helper-round-and-round-hint-2 = Egy oldal: menj, kapcsolj fel, menj, fordulj. Aztán a Segítő 1 magától újrakezdi.
level-helper-round-and-round-hint-3 = A Segítő 1 így kezdődik: Előre, Kapcsold fel, Előre.

level-helper-fix-the-helper-title = A megálló segítő
level-helper-fix-the-helper-instruction = A „Segítő 1” körbe kellene menjen a négyzeten, és fel kellene kapcsolnia mindhárom lámpát, de az első után megáll. Javítsd ki a „Segítő 1” részt.
level-helper-fix-the-helper-learned = Az a segítő, amelynek tovább kell mennie, a végén hívja saját magát. E hívás nélkül egyszer lefut, és megáll.
level-helper-fix-the-helper-hint-1 = Koppints a „Lépés” gombra. Mi történik, amikor a Segítő 1 a végére ér?
level-helper-fix-the-helper-hint-2 = A Főprogram csak egyszer hívja a Segítő 1-et. Hogyan indíthatná újra a Segítő 1 saját magát?
level-helper-fix-the-helper-hint-3 = A Segítő 1 végéről hiányzik valami.

level-helper-second-helper-title = Két segítő
level-helper-second-helper-instruction = Kapcsold fel az összes lámpát a négyzet körül. A „Segítő 1” hívhatja a „Segítő 2” részt. Három csillaghoz a Segítő 1 saját magát is hívja.
level-helper-second-helper-learned = Egy segítő hívhat egy másik segítőt. Kis részekből nagyobb részek épülnek.
level-helper-second-helper-hint-1 = Mi a legkisebb minta? Nézz meg egy lámpát.
level-helper-second-helper-hint-2 = Tedd a legkisebb mintát a „Segítő 2” részbe. A Segítő 1 meghívja egy oldalhoz, fordul, aztán hívja saját magát.
level-helper-second-helper-hint-3 = Segítő 2: Előre, Kapcsold fel.

level-helper-walk-then-loop-title = Séta, aztán ismétlés
level-helper-walk-then-loop-instruction = Először menj el a lépcsőig. Aztán a „Segítő 1” másszon fel rajta, és kapcsoljon fel minden lámpát: a végén hívja saját magát.
level-helper-walk-then-loop-learned = A Főprogram elvégezheti a feladat első részét, aztán a többit átadhatja egy segítőnek.
level-helper-walk-then-loop-hint-1 = A lépcső nem ott kezdődik, ahol a robot áll. Az első lámpa három mezővel előrébb van.
level-helper-walk-then-loop-hint-2 = A Főprogrammal menj el a lépcsőig. Aztán hívd a „Segítő 1” részt: felmegy egy fokot, felkapcsolja a lámpáját, és hívja saját magát.
level-helper-walk-then-loop-hint-3 = Főprogram: Előre, Előre, Segítő 1.

level-helper-big-ring-title = Segítők körbe
level-helper-big-ring-instruction = Kapcsold fel a három lámpát a négyzet körül. Nincs „Fordulj balra” blokk: építs egyet egy segítőben. A Főprogramban csak egy blokk fér el, ezért egy segítőnek saját magát kell hívnia.
level-helper-big-ring-learned = Egy segítő lehet olyan blokk, amely nincs meg neked: három „Fordulj jobbra” egy „Fordulj balra”.
level-helper-big-ring-hint-1 = Az út minden saroknál balra kanyarodik, de csak „Fordulj jobbra” blokkod van.
level-helper-big-ring-hint-2 = Három „Fordulj jobbra” után a robot ugyanarra néz, mint egy „Fordulj balra” után. Tedd őket egy külön segítőbe.
level-helper-big-ring-hint-3 = Egy segítő lehet: Fordulj jobbra, Fordulj jobbra, Fordulj jobbra.

## Choice Canyon

level-choice-first-if-title = A piros fordulást jelent
level-choice-first-if-instruction = Minden piros mező azt jelenti: itt fordulj balra. Használj „Ha” blokkot, hogy megnézd, piros-e.
level-choice-first-if-learned = A „Ha” blokk kérdést tesz fel. A benne lévő blokkok csak akkor futnak, ha a válasz igen.
level-choice-first-if-hint-1 = Hol kanyarodik az út? Milyen színűek ott a mezők?
level-choice-first-if-hint-2 = A „Ha piroson” csak akkor futtatja a blokkjait, amikor a robot piros mezőn áll.
level-choice-first-if-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkba: Előre, aztán Ha piroson.

level-choice-green-lamps-title = Zöld a lámpa előtt
level-choice-green-lamps-instruction = A zöld mező azt jelenti, hogy a következő mezőn lámpa van. Kapcsold fel az összes lámpát.
level-choice-green-lamps-learned = Egy ellenőrzés megmondhatja a robotnak, mi jön, így felkészülhet.
level-choice-green-lamps-hint-1 = Nézd meg a mezőt közvetlenül minden lámpa előtt.
level-choice-green-lamps-hint-2 = Amikor a robot zöldön áll, ráléphet a lámpára, és felkapcsolhatja.
level-choice-green-lamps-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkba: Előre, aztán Ha zöldön.

level-choice-path-right-title = Nézz jobbra
level-choice-path-right-instruction = A robot meg tudja nézni az utat. Fordulj jobbra mindenhol, ahol jobbra szabad az út.
level-choice-path-right-learned = A robot érzékeli a falakat. A „jobbra szabad” igen, ha a tőle jobbra lévő mező szabad.
level-choice-path-right-hint-1 = Minden saroknál jobbra megy tovább az út.
level-choice-path-right-hint-2 = A „Ha jobbra szabad” a robottól jobbra lévő mezőt nézi.
level-choice-path-right-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkba: Előre, aztán Ha jobbra szabad.

level-choice-fix-the-check-title = Túl sok fordulás
level-choice-fix-the-check-instruction = A kék azt jelenti: fordulj jobbra. De ez a robot minden mezőn fordul, és falnak megy. Javítsd ki a programot.
level-choice-fix-the-check-learned = A „Ha” blokkon belüli blokkok csak akkor futnak, ha a válasz igen. A „Ha” utáni blokk minden alkalommal lefut.
level-choice-fix-the-check-hint-1 = Koppints a „Lépés” gombra. Fordul a robot olyan mezőn is, amely nem kék?
level-choice-fix-the-check-hint-2 = Melyik fordulás van a „Ha” blokkon belül? Melyik fut le minden alkalommal?
level-choice-fix-the-check-hint-3 = Nézd meg az utolsó blokkot az ismétlésben.

level-choice-if-else-title = Ha vagy különben
level-choice-if-else-instruction = Menj egyenesen, amikor elöl szabad az út. Különben fordulj jobbra. Vigyázz a kis mellékutakra!
level-choice-if-else-learned = A „Ha … különben” két út közül választ: az első részt, ha a válasz igen, a különben-részt, ha nem.
level-choice-if-else-hint-1 = A kis mellékutak nem vezetnek sehova. Csak akkor fordulj, ha fal van előtted.
level-choice-if-else-hint-2 = A „Ha … különben” blokknak két része van. Az első rész igen válaszra fut. A különben-rész nem válaszra fut.
level-choice-if-else-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkban használd a Ha elöl szabad blokkot, az első részében Előre.

level-choice-colours-title = Piros és kék
level-choice-colours-instruction = A piros azt jelenti: fordulj balra. A kék azt jelenti: fordulj jobbra. Használj két „Ha” blokkot.
level-choice-colours-learned = Egy program több kérdést is feltehet. Minden „Ha” blokk a sajátját kérdezi.
level-choice-colours-hint-1 = Nézd meg a mezők színét ott, ahol az út kanyarodik.
level-choice-colours-hint-2 = Tegyél két „Ha” blokkot az ismétlésbe: az egyik a pirosra kérdez rá, a másik a kékre.
level-choice-colours-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkban kezdd így: Előre. Aztán Ha piroson, benne Fordulj balra.

level-choice-corner-lamps-title = Felkapcsolás vagy fordulás
level-choice-corner-lamps-instruction = Ennek az útnak minden mezője lámpa vagy piros. Piroson fordulj balra. Minden más mezőn kapcsold fel a lámpát.
level-choice-corner-lamps-learned = A „Ha … különben” színre is rákérdezhet: az első része piroson fut, a különben-része minden más mezőn.
level-choice-corner-lamps-hint-1 = Melyik mezőkön nincs lámpa? Mit csinál ott a robot?
level-choice-corner-lamps-hint-2 = Egyetlen „Ha … különben” mindkét feladatot elvégzi: az egyik rész a piros mezőké, a különben-rész a lámpáké.
level-choice-corner-lamps-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkba: Előre, aztán Ha piroson, az első részében Fordulj balra.

level-choice-two-rules-title = Két szabály
level-choice-two-rules-instruction = A piros azt jelenti: fordulj balra. Ha fal van előtted: fordulj jobbra. Az egyik szabályhoz használj „Ha” blokkot, a másikhoz „Ha … különben” blokkot.
level-choice-two-rules-learned = Egy programban lehet „Ha” és „Ha … különben” is. Mindegyik a saját kérdését teszi fel, egymás után.
level-choice-two-rules-hint-1 = Néhány út a piros mező után is folytatódik, de sehova sem vezet. Piroson fordulj balra.
level-choice-two-rules-hint-2 = Minden körben két kérdést tegyél fel: piroson állok? Elöl szabad az út?
level-choice-two-rules-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkban kezdd így: Előre. Aztán Ha piroson, benne Fordulj balra.

level-choice-red-means-left-title = Kanyon-kereszteződés
level-choice-red-means-left-instruction = Menj egyenesen, amíg elöl szabad az út. Falnál nézd meg a mezőt: piroson fordulj balra, minden más mezőn fordulj jobbra.
level-choice-red-means-left-learned = Egy „Ha” egy másik „Ha” blokkba is kerülhet. A robot feltesz egy kérdést, aztán talán még egyet.
level-choice-red-means-left-hint-1 = A piros mezők csak falnál számítanak. Szabad úton egyszerűen menj át rajtuk. Az egyik út körbe vezet!
level-choice-red-means-left-hint-2 = Először kérdezd meg: elöl szabad az út? Csak ha nem, akkor kérdezd meg: piroson állok?
level-choice-red-means-left-hint-3 = Az „Ismételd, amíg kész nem lesz” blokkban használd a Ha elöl szabad … különben blokkot, az első részében Előre.

## Bug Bay

level-bug-wrong-turn-title = Rossz irány
level-bug-wrong-turn-instruction = Ennek a programnak a zászlóhoz kellene vinnie a robotot, de a robot falnak megy. Keresd meg a rossz blokkot, és javítsd ki.
level-bug-wrong-turn-learned = A hibakeresés azt jelenti, hogy megkeresed a lépést, amely elromlik, és csak azt javítod ki.
level-bug-wrong-turn-hint-1 = Koppints a „Lépés” gombra, hogy blokkonként haladj. Hol romlik el?
level-bug-wrong-turn-hint-2 = A hiba gyakran csak egyetlen rossz blokk. Cseréld ki a jóra.
level-bug-wrong-turn-hint-3 = Nézd meg a fordulást. Balra vagy jobbra kellene fordulnia a robotnak?

level-bug-missing-step-title = Hiányzó lépés
level-bug-missing-step-instruction = A robot ott próbál lámpát felkapcsolni, ahol nincs. Keresd meg, mi hiányzik.
level-bug-missing-step-learned = Néha a hiba egy hiányzó blokk. Számold meg a mezőket, hogy ellenőrizd.
level-bug-missing-step-hint-1 = Melyik lámpa marad sötét?
level-bug-missing-step-hint-2 = Számold meg a mezőket a saroktól a második lámpáig. Számold meg az „Előre” blokkokat is.
level-bug-missing-step-hint-3 = A hiányzó blokk közvetlenül a Fordulj jobbra után jön. Melyik blokk mozgatja a robotot?

level-bug-loop-count-title = Számolj újra
level-bug-loop-count-instruction = A robot falnak megy. Nézd meg, hányszor ismétel az egyes ismétlések, és javítsd ki.
level-bug-loop-count-learned = Az az ismétlés, amely eggyel többször vagy eggyel kevesebbszer ismétel, nagyon gyakori hiba.
level-bug-loop-count-hint-1 = Figyeld az első ismétlést. Hol megy neki a robot a falnak?
level-bug-loop-count-hint-2 = Számold meg a mezőket a sarokig. Az ismétlésnek annyiszor kell ismételnie.
level-bug-loop-count-hint-3 = Változtasd meg az első ismétlés számát.

level-bug-forgot-light-title = Sötét lámpák
level-bug-forgot-light-instruction = A robot körbemegy a négyzeten, de egy lámpa sem gyullad fel. Javítsd ki az ismétlést.
level-bug-forgot-light-learned = Ha valami sosem történik meg, nézd meg, nem hiányzik-e egy blokk az ismétlésből.
level-bug-forgot-light-hint-1 = Melyik blokk kapcsol fel egy lámpát? Benne van a programban?
level-bug-forgot-light-hint-2 = Az ismétlésbe tett blokk minden körben lefut.
level-bug-forgot-light-hint-3 = A hiányzó blokk az ismétlésbe kerül. A két Előre blokk után a robot egy lámpán áll.

level-bug-helper-turn-title = Segítőhiba
level-bug-helper-turn-instruction = A „Segítő 1” részben hiba van. A Főprogram háromszor hívja, így a hiba minden alkalommal megtörténik. Javítsd ki egyszer.
level-bug-helper-turn-learned = Ha egy segítőt kijavítasz, minden helyet kijavítasz, amely hívja.
level-bug-helper-turn-hint-1 = Koppints a „Lépés” gombra. Mi történik az első lámpa után?
level-bug-helper-turn-hint-2 = Ennek a négyzetnek minden sarkánál jobbra megy tovább az út.
level-bug-helper-turn-hint-3 = Nézd meg az utolsó blokkot a Segítő 1 részben.

level-bug-wrong-side-title = Rossz oldal
level-bug-wrong-side-instruction = Az út mindig jobbra kanyarodik, de a robot falnak megy. A „Ha” rossz kérdést tesz fel. Javítsd ki.
level-bug-wrong-side-learned = Egy rossz kérdést feltevő „Ha” az egész programot elronthatja.
level-bug-wrong-side-hint-1 = Merre kanyarodik az út? Melyik oldalra néz a „Ha”?
level-bug-wrong-side-hint-2 = Koppints a „Ha” blokkra a programban. Aztán koppints a „Kérdés módosítása” gombra.
level-bug-wrong-side-hint-3 = A Ha blokk az egyik oldalra néz, az út a másikra kanyarodik.

level-bug-two-mistakes-title = Két hiba
level-bug-two-mistakes-instruction = Ebben a programban két hiba van. Keresd meg mindkettőt, hogy a robot felmenjen a lépcsőn a zászlóig.
level-bug-two-mistakes-learned = Egy programban több hiba is lehet. Javíts ki egyet, futtasd újra, aztán javítsd a következőt.
level-bug-two-mistakes-hint-1 = Figyeld a lépcső első fokát. Hol téved el a robot?
level-bug-two-mistakes-hint-2 = Az egyik hiba egy fordulás. A másik az, hogy hányszor ismétel az ismétlés.
level-bug-two-mistakes-hint-3 = Minden lépcsőfokon a robot felmegy, aztán visszafordul a menetirányba. Ellenőrizd azt a fordulást, aztán számold meg a fokokat.

level-bug-mixed-colours-title = Összekevert színek
level-bug-mixed-colours-instruction = A pirosnak azt kellene jelentenie: fordulj balra, a kéknek pedig: fordulj jobbra. Valaki összekeverte őket. Javítsd ki a programot.
level-bug-mixed-colours-learned = Teszteld a programodat, nézd meg, hol csinál olyat, amit nem akartál, és csak azt javítsd ki.
level-bug-mixed-colours-hint-1 = Mit csinál a robot az első kék mezőn?
level-bug-mixed-colours-hint-2 = Mindegyik „Ha” a jó színre kérdez rá, de rossz irányba fordul.
level-bug-mixed-colours-hint-3 = Cseréld meg a fordulást mindegyik Ha blokkban.
