# Sensor Springs: "Ismételd, amíg" asks its question before every round; then the logic words
# nem, vagy, és. Tile names as in robot.ftl; questions as the tiles read them: elöl szabad,
# balra szabad, jobbra szabad, piroson, kéken, nem, és, vagy.

level-sensor-first-while-title = Hosszú folyosók
level-sensor-first-while-instruction = Kapcsold fel a lámpát a két hosszú folyosó végén. Próbáld ki az új blokkot: „Ismételd, amíg”.
level-sensor-first-while-learned = Az „Ismételd, amíg” minden kör előtt felteszi a kérdését. Amíg a válasz igen, újra lefuttatja a blokkjait. Amikor a válasz nem, megáll.
level-sensor-first-while-hint-1 = Hány mező hosszú egy-egy folyosó? Most nem kell számolnod.
level-sensor-first-while-hint-2 = Az „Ismételd, amíg elöl szabad” addig viszi a robotot, amíg fal nem lesz előtte.
level-sensor-first-while-hint-3 = Minden folyosóhoz használj egy „Ismételd, amíg” blokkot, benne Előre.

level-sensor-blue-stripe-title = Kövesd a kéket
level-sensor-blue-stripe-instruction = A kék csík egy lámpához vezet. Kapcsold fel. Vigyázz: az út a lámpa után is folytatódik!
level-sensor-blue-stripe-learned = Az „Ismételd, amíg” színre is rákérdezhet. Az „Ismételd, amíg kéken” addig megy, amíg a robot le nem lép a kék mezőkről.
level-sensor-blue-stripe-hint-1 = Hol ér véget a kék csík? Ott ér véget az út is?
level-sensor-blue-stripe-hint-2 = Az „elöl szabad” túlvinné a robotot a lámpán, egészen a falig. Kérdezz inkább a színre.
level-sensor-blue-stripe-hint-3 = A robot egy szürke mezőn indul. Először lépj rá a csíkra, aztán használd az Ismételd, amíg kéken blokkot.

level-sensor-three-stripes-title = Három csík
level-sensor-three-stripes-instruction = Kapcsold fel mindhárom lámpát. Minden kék csík egy lámpához vezet, és mindegyik csík más hosszú.
level-sensor-three-stripes-learned = Egy „Ismételd, amíg” egy „Ismételd” blokkba is kerülhet. Minden körben a belső ismétlés addig fut, amíg a válasza nem lesz.
level-sensor-three-stripes-hint-1 = Mit csinál a robot egy csíknál? Ugyanezt csinálja a másik kettőnél is?
level-sensor-three-stripes-hint-2 = Minden csíknál: lépj rá, menj, amíg kéken vagy, kapcsold fel a lámpát. Ezt csináld háromszor.
level-sensor-three-stripes-hint-3 = Tedd az Ismételd, amíg kéken blokkot az Ismételd 3-szor blokkba.

level-sensor-stop-on-red-title = Állj meg a pirosnál
level-sensor-stop-on-red-instruction = Érd el a zászlót. Közvetlenül a piros mező mellett van.
level-sensor-stop-on-red-learned = A „nem” megfordítja a kérdést. Az „Ismételd, amíg nem piroson” addig megy, amíg a robot piroson nem áll.
level-sensor-stop-on-red-hint-1 = A piros mezőnél nincs fal. Mit tud ott megnézni a robot?
level-sensor-stop-on-red-hint-2 = Koppints a „nem / és / vagy módosítása” gombra, hogy „nem” kerüljön egy kérdés elé. A „nem piroson” minden olyan mezőn igen, amely nem piros.
level-sensor-stop-on-red-hint-3 = Kezdd az Ismételd, amíg nem piroson blokkal, benne Előre. Aztán fordulj a zászló felé.

level-sensor-fix-the-while-title = Körbe-körbe
level-sensor-fix-the-while-instruction = A piros mezők jelölik a sarkokat: mindegyiken fordulj jobbra. De ez a robot egy apró négyzetben köröz. Javítsd ki a programot.
level-sensor-fix-the-while-learned = Az „Ismételd, amíg” blokkjai minden körben lefutnak. Az a fordulás, amely az ismétlés után következik, az ismétlés után álljon, ne benne.
level-sensor-fix-the-while-hint-1 = Koppints a „Lépés” gombra. Mikor fordul a robot? Piroson áll akkor?
level-sensor-fix-the-while-hint-2 = A robotnak egyszer kell fordulnia, amikor piroson áll, nem minden lépés után.
level-sensor-fix-the-while-hint-3 = Nézd meg a blokkokat az Ismételd, amíg blokkon belül.

level-sensor-side-roads-title = Mellékutak
level-sensor-side-roads-instruction = Mindenhol lámpa áll, ahol egy mellékút indul, balra vagy jobbra. Kapcsold fel az összes lámpát.
level-sensor-side-roads-learned = A „vagy” két kérdést köt össze. A „balra szabad vagy jobbra szabad” igen, ha az egyik igen, vagy mindkettő.
level-sensor-side-roads-hint-1 = Nézd meg a lámpás mezőket. Mi van mindegyik mellett?
level-sensor-side-roads-hint-2 = Egyetlen „Ha” két kérdést is feltehet egyszerre, „vagy” szóval összekötve.
level-sensor-side-roads-hint-3 = Használd az Ismételd, amíg elöl szabad blokkot, és kezdd Előre blokkal.

level-sensor-blue-and-free-title = Csíkok és falak
level-sensor-blue-and-free-instruction = Kövesd a három kék csíkot a zászlóig. Néhány csík falnál ér véget. Mások egyszerűen megszakadnak egy szabad úton.
level-sensor-blue-and-free-learned = Az „és” is két kérdést köt össze. Az „elöl szabad és kéken” csak akkor igen, ha mindkettő igen.
level-sensor-blue-and-free-hint-1 = Hol ér véget egy-egy csík? Hol menne neki a robot a falnak?
level-sensor-blue-and-free-hint-2 = Menj tovább, amíg két dolog igaz: elöl szabad az út, és a robot kéken áll.
level-sensor-blue-and-free-hint-3 = Az Ismételd minden köre ugyanazt csinálja: rálép egy csíkra, végigmegy rajta, jobbra fordul.

level-sensor-spiral-title = A hosszú spirál
level-sensor-spiral-instruction = Menj körbe a spirálon, egészen a zászlóig.
level-sensor-spiral-learned = Egy „Ismételd, amíg” egy másik „Ismételd, amíg” blokkba is kerülhet. A külső ismétlésnek nem kell szám: a saját kérdését teszi fel.
level-sensor-spiral-hint-1 = Hány folyosója van a spirálnak? El tud számolni az „Ismételd” idáig?
level-sensor-spiral-hint-2 = Minden folyosónál: menj a falig, aztán fordulj jobbra. Csináld ezt addig, amíg elöl szabad az út.
level-sensor-spiral-hint-3 = Tegyél egy Ismételd, amíg blokkot egy másik Ismételd, amíg blokkba.

level-sensor-painted-corners-title = Festett sarkok
level-sensor-painted-corners-instruction = Kapcsold fel az összes lámpát. A sarkok pirosra vagy kékre vannak festve: mindkét színen fordulj balra.
level-sensor-painted-corners-learned = A „Ha … különben” összekötött kérdést is feltehet. A „piroson vagy kéken” kérdéssel az első része mindkét színen fut, a különben-része minden más mezőn.
level-sensor-painted-corners-hint-1 = Melyik mezőkön nincs lámpa? Milyen színűek?
level-sensor-painted-corners-hint-2 = Egyetlen „Ha … különben” elég: „piroson vagy kéken” a sarkokhoz, a különben-rész a lámpákhoz.
level-sensor-painted-corners-hint-3 = Az Ismételd, amíg kész nem lesz blokkban kezdd Előre blokkal.

level-sensor-maze-title = Az útvesztő
level-sensor-maze-instruction = Találd meg az utat az útvesztőn át a zászlóig. Használj minél kevesebb blokkot.
level-sensor-maze-learned = Tartsd az egyik kezed a falon, és sok útvesztőből kijutsz. A programod egy ismétlésben lévő ismétléssel követi ezt a szabályt.
level-sensor-maze-hint-1 = Képzeld el, hogy úgy mész át az útvesztőn, hogy a jobb kezed mindig a falon van.
level-sensor-maze-hint-2 = Minden mezőn próbálj először jobbra fordulni. Ha ott fal van, próbáld egyenesen, aztán balra, aztán vissza.
level-sensor-maze-hint-3 = Az Ismételd, amíg elöl szabad blokkba: Előre, Fordulj jobbra, aztán egy Ismételd, amíg, amely azt kérdezi: „nem elöl szabad”.
