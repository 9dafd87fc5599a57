# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Tile names as in robot.ftl: Előre, Fordulj balra, Fordulj jobbra, Kapcsold fel,
# Ismételd, Ismételd, amíg kész nem lesz, Ha, Segítő 1, Segítő 1 számmal, Ismételd n-szer,
# Számláló beállítása (in a program: Számláló legyen 0), Számláló +1, Főprogram.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Ismétlés egy segítőben
level-number-loop-in-helper-instruction = Kapcsold fel a három lámpát a hosszú oldalak végén. A Főprogramban csak 3 blokk fér el, a „Segítő 1” részben csak 4.
level-number-loop-in-helper-learned = Egy segítőben lehet ismétlés. Valahányszor a Főprogram hívja a segítőt, az ismétlése elölről indul.
level-number-loop-in-helper-hint-1 = A három oldal hasonló: ugyanolyan hosszú, a végén lámpával és fordulással. Mit csinál a robot egy oldalon?
level-number-loop-in-helper-hint-2 = Négy „Előre” blokk és egy fordulás nem fér el a „Segítő 1” részben. Tegyél inkább egy „Ismételd” blokkot a segítőbe.
level-number-loop-in-helper-hint-3 = Segítő 1: Ismételd 4-szer, benne Előre, aztán Fordulj jobbra.

level-number-round-the-basin-title = A medence körül
level-number-round-the-basin-instruction = Kapcsold fel az összes lámpát a kikötői medence körül. A Főprogramban csak egy blokk fér el, ezért a „Segítő 1” saját magát kell hívja.
level-number-round-the-basin-learned = Egy segítőben lehet ismétlés, és közben hívhatja saját magát is. Az ismétlés elvégez egy oldalt, a hívás elindítja a következőt.
level-number-round-the-basin-hint-1 = Minden oldal ugyanolyan. Hány lámpa van egy oldalon?
level-number-round-the-basin-hint-2 = Egy oldal: háromszor „Előre” és „Kapcsold fel”, aztán egy fordulás. Építsd meg ezt a „Segítő 1” részben egy ismétléssel, és a végén a Segítő 1 hívja saját magát.
level-number-round-the-basin-hint-3 = A Segítő 1 így kezdődik: Ismételd 3-szor, benne Előre és Kapcsold fel.

level-number-if-in-helper-title = Piros sarkok
level-number-if-in-helper-instruction = Kapcsold fel az összes lámpát a kikötőfal mentén. Piros mezőn az út balra kanyarodik. A Főprogramban csak 3 blokk fér el.
level-number-if-in-helper-learned = Egy segítőben lehet „Ha” blokk. Valahányszor a segítő lefut, újra felteszi a kérdését, így egyetlen segítő jó az egyenes utakra és a sarkokra is.
level-number-if-in-helper-hint-1 = Egyik lámpától a következőig mindig két lépés van. Néha a köztes mező piros.
level-number-if-in-helper-hint-2 = A „Segítő 1” vigye el a robotot egyik lámpától a következőig. Útközben megkérdezi: piroson állok? A Főprogram felkapcsolja a lámpát, és ismétel, amíg kész nem lesz.
level-number-if-in-helper-hint-3 = A Segítő 1 így kezdődik: Előre, aztán Ha piroson.

## Helpers with a number

level-number-walk-n-title = Menj n mezőt
level-number-walk-n-instruction = Érd el a zászlót. Az út egyenes részei különböző hosszúak, és a Főprogramban csak 5 blokk fér el. Használd a „Segítő 1 számmal” blokkot.
level-number-walk-n-learned = Amikor meghívsz egy segítőt, adhatsz neki egy számot. A segítőn belül az „Ismételd n-szer” annyiszor ismétel, amennyit a szám mond.
level-number-walk-n-hint-1 = Számold meg az út minden egyenes részének mezőit.
level-number-walk-n-hint-2 = A „Segítő 1” részben tedd az „Előre” blokkot az „Ismételd n-szer” blokkba. Így a „Segítő 1, szám: 3” 3 mezőt megy, a „Segítő 1, szám: 6” pedig 6-ot.
level-number-walk-n-hint-3 = A Főprogram így kezdődik: Segítő 1, szám: 3, aztán Fordulj jobbra.

level-number-spiral-title = A spirál
level-number-spiral-instruction = Kövesd a spirált a középen lévő zászlóig. Minden egyenes rész egy mezővel rövidebb az előzőnél.
level-number-spiral-learned = A segítő ugyanaz marad, csak a száma változik hívásról hívásra. A Főprogram csak azt mondja meg, meddig.
level-number-spiral-hint-1 = Milyen hosszúak az egyenes részek? Mit csinál a robot mindegyik végén?
level-number-spiral-hint-2 = A „Segítő 1” mehet n mezőt, aztán fordulhat. A Főprogram négyszer hívja, mindig kisebb számmal.
level-number-spiral-hint-3 = A Segítő 1 vége: Fordulj jobbra.

level-number-lamp-rows-title = Lámpasorok
level-number-lamp-rows-instruction = Kapcsold fel az 5 lámpás sort és a 3 lámpás sort. A Főprogramban csak 3 blokk fér el.
level-number-lamp-rows-learned = A számnak nem kell lépéseket számolnia. Itt lámpákat számol: a „Segítő 1, szám: 5” 5 lámpát kapcsol fel.
level-number-lamp-rows-hint-1 = Minden lámpánál a robot rálép, és felkapcsolja.
level-number-lamp-rows-hint-2 = Tedd az „Előre” és a „Kapcsold fel” blokkot az „Ismételd n-szer” blokkba. Így n mondja meg, hány lámpát kapcsol fel a Segítő 1.
level-number-lamp-rows-hint-3 = Főprogram: Segítő 1, szám: 5, aztán Fordulj jobbra, aztán még egy blokk.

## The robot's counter

level-number-third-opening-title = A harmadik leágazás
level-number-third-opening-instruction = A zászlóhoz vezető út a harmadik leágazás jobbra. A robot számolja meg a leágazásokat, amelyek mellett elhalad.
level-number-third-opening-learned = A robotnak van egy számlálója, amely 0-ról indul. A „Számláló +1” hozzáad egyet, a „Ha a számláló 3” pedig megkérdezi, hányszor történt meg.
level-number-third-opening-hint-1 = Az első két jobb oldali leágazás csak visszavezet az útra. Csak a harmadik visz a zászlóhoz.
level-number-third-opening-hint-2 = Valahányszor jobbra szabad az út, adj hozzá 1-et a számlálóhoz. Csak akkor fordulj jobbra, amikor a számláló 3.
level-number-third-opening-hint-3 = Az Ismételd, amíg kész nem lesz blokkba: Előre, aztán Ha jobbra szabad.

level-number-counting-helper-title = Számoló segítő
level-number-counting-helper-instruction = Fordulj be a harmadik jobb oldali leágazásba, hogy elérd a zászlót. A Főprogramban csak 4 blokk fér el, ezért a „Segítő 1” számoljon.
level-number-counting-helper-learned = A Főprogram és a segítők egyetlen számlálón osztoznak. Egy segítő hozzáadhat és rákérdezhet, és a számláló megmarad, amikor a segítő véget ér.
level-number-counting-helper-hint-1 = Most a robot balra megy, így a jobb oldala a tábla teteje.
level-number-counting-helper-hint-2 = A Főprogram megy, és kérdez: jobbra szabad az út? Ha igen, hívja a „Segítő 1” részt. A Segítő 1 számol, és jobbra fordul, amikor a számláló 3.
level-number-counting-helper-hint-3 = A Segítő 1 így kezdődik: Számláló +1.

level-number-second-red-title = A második piros mező
level-number-second-red-instruction = Érd el a zászlót. A második piros mezőnél fordulj balra, ne az elsőnél.
level-number-second-red-learned = A számláló bármit megszámolhat, amire a robot rá tud kérdezni: leágazásokat, színeket és még sok mást.
level-number-second-red-hint-1 = Mindkét piros mezőnél balra is van út. Melyik vezet a zászlóhoz?
level-number-second-red-hint-2 = Minden piros mezőn adj hozzá 1-et a számlálóhoz. Csak akkor fordulj balra, amikor a számláló 2.
level-number-second-red-hint-3 = Az Ismételd, amíg kész nem lesz blokkba: Előre, aztán Ha piroson.

level-number-fix-the-count-title = Számolj újra
level-number-fix-the-count-instruction = A robotnak minden második piros mezőnél balra kellene fordulnia. A másodiknál fordul, de a negyediknél egyenesen a falnak megy. Javítsd ki a programot.
level-number-fix-the-count-learned = A számláló addig nő, amíg vissza nem állítod. A „Számláló legyen 0” új számolást indít.
level-number-fix-the-count-hint-1 = Koppints a „Lépés” gombra, és figyeld a számlálót a lépés száma mellett. Mennyi a számláló a negyedik piros mezőn?
level-number-fix-the-count-hint-2 = Az első fordulás után a robotnak újra 0-tól kell számolnia.
level-number-fix-the-count-hint-3 = Nézd meg, mi történik közvetlenül azután, hogy a robot balra fordul.
