# Signal Station: events. Beside Main and the helpers, a program has a part that runs by
# itself each time an event happens; then the robot carries on. Name the event part by its
# title, as pupils see it: „Amikor a robot lámpára lép”, „Amikor a robot pirosra lép” (kékre,
# zöldre); the button is „Esemény módosítása”.

## A first event, a colour, the right event

level-signal-first-event-title = Lámpák itt is, ott is
level-signal-first-event-instruction = Kapcsold fel az összes lámpát, aztán állj meg a zászlónál. A Főprogramban csak 3 blokk fér el, így egyedül nem tudja megcsinálni. Próbáld ki az új részt: „Amikor a robot lámpára lép”.
level-signal-first-event-learned = Az esemény olyasmi, ami megtörténik, például hogy a robot lámpára lép. Az „Amikor a robot lámpára lép” rész blokkjai minden alkalommal lefutnak, amikor ez megtörténik. Aztán a robot folytatja a Főprogramot.
level-signal-first-event-hint-1 = A lámpák nem egyforma távolságra vannak egymástól. Tudnia kell a Főprogramnak, hol van minden egyes lámpa?
level-signal-first-event-hint-2 = A Főprogram csak menjen a zászlóig. Valahányszor a robot lámpára lép, az „Amikor a robot lámpára lép” magától lefut.
level-signal-first-event-hint-3 = Tedd a Kapcsold fel blokkot az „Amikor a robot lámpára lép” részbe.

level-signal-blue-corners-title = Kék sarkok
level-signal-blue-corners-instruction = Menj a középen lévő zászlóig. A kék mezők mutatják, hol kanyarodik az út. A Főprogramban csak 3 blokk fér el.
level-signal-blue-corners-learned = Egy esemény szín is lehet. Az „Amikor a robot kékre lép” minden alkalommal lefut, amikor egy „Előre” kék mezőre viszi a robotot.
level-signal-blue-corners-hint-1 = Merre kanyarodik az út az egyes kék mezőknél? Mindig ugyanarra?
level-signal-blue-corners-hint-2 = A Főprogram csak megy tovább. A fordulások az „Amikor a robot kékre lép” részbe valók.
level-signal-blue-corners-hint-3 = A Főprogram egy Ismételd, amíg kész nem lesz, benne Előre.

level-signal-which-event-title = Melyik szín?
level-signal-which-event-instruction = Menj a zászlóig. Az út néhány színes mezőnél balra kanyarodik. Nézd meg jól a színeket, aztán válaszd ki a jó eseményt.
level-signal-which-event-learned = Az „Esemény módosítása” választja ki, mire feleljen a robot. Azt az eseményt válaszd, amely épp ott történik, ahol a robotnak cselekednie kell.
level-signal-which-event-hint-1 = Hol kanyarodik az út? Milyen színűek ott a mezők?
level-signal-which-event-hint-2 = A piros mezők egyenes szakaszokon vannak. Ott fordulni zsákutcába vezet. Koppints az „Esemény módosítása” gombra.
level-signal-which-event-hint-3 = Tedd a Fordulj balra blokkot az „Amikor a robot zöldre lép” részbe.

## More in the event part

level-signal-corner-lamps-title = Lámpák a sarkokban
level-signal-corner-lamps-instruction = Menj egyszer körbe a körön, kapcsold fel a négy lámpát, és állj meg a robot mögötti zászlónál. Minden lámpa egy sarokban van.
level-signal-corner-lamps-learned = Egy eseményrészben több blokk is lehet. Valahányszor az esemény megtörténik, az összes blokkja lefut, egymás után.
level-signal-corner-lamps-hint-1 = Mit kell csinálnia a robotnak minden sarokban?
level-signal-corner-lamps-hint-2 = Minden lámpánál két feladat van: felkapcsolni a lámpát és fordulni. Mindkettő az „Amikor a robot lámpára lép” részbe kerül.
level-signal-corner-lamps-hint-3 = Tedd a Kapcsold fel blokkot az „Amikor a robot lámpára lép” részbe. Mi történik még egy sarokban?

level-signal-count-reds-title = A harmadik piros mező
level-signal-count-reds-instruction = Érd el a zászlót. Minden piros mezőnél balra is van út, de csak a harmadik vezet a zászlóhoz. A robot számolja meg a piros mezőket.
level-signal-count-reds-learned = Egy eseményrész a számlálót is használhatja. Az „Amikor a robot pirosra lép” minden piros mezőn hozzáad 1-et, így a Főprogramnak csak mennie kell.
level-signal-count-reds-hint-1 = A három piros mező egyforma. Honnan tudja a robot, melyik a harmadik?
level-signal-count-reds-hint-2 = Valahányszor a robot pirosra lép, adj hozzá 1-et a számlálóhoz. Amikor a számláló 3, fordulj balra.
level-signal-count-reds-hint-3 = Az „Amikor a robot pirosra lép” rész így kezdődik: Számláló +1.

level-signal-winding-road-title = A kanyargós út
level-signal-winding-road-instruction = Kövesd a kanyargós utat, kapcsold fel az összes lámpát, és érd el a zászlót. A lámpák nem a sarkokban vannak.
level-signal-winding-road-learned = A Főprogram és az eseményrész egy-egy feladatot végezhet. Itt a Főprogram követi az utat, az „Amikor a robot lámpára lép” pedig útközben felkapcsolja a lámpákat.
level-signal-winding-road-hint-1 = Merre kanyarodik az út az egyes sarkokban?
level-signal-winding-road-hint-2 = A Főprogram megy, és jobbra fordul mindenhol, ahol jobbra szabad az út. A lámpák az „Amikor a robot lámpára lép” feladata.
level-signal-winding-road-hint-3 = A Főprogramban, az Ismételd, amíg kész nem lesz blokkban: Előre, aztán Ha jobbra szabad.

level-signal-fix-the-event-title = A rossz esemény
level-signal-fix-the-event-instruction = Minden kék mezőn a robotnak abba az irányba kellene fordulnia, amerre az út megy. De túl korán fordul, és falnak megy. Javítsd ki a programot.
level-signal-fix-the-event-learned = Ha egy eseményrész jó dolgot csinál rossz pillanatban, először az eseményét nézd meg. Egy koppintás az „Esemény módosítása” gombra megjavíthatja.
level-signal-fix-the-event-hint-1 = Koppints a „Lépés” gombra, és figyelj. Melyik mezőn fordul a robot először?
level-signal-fix-the-event-hint-2 = Az eseményrész blokkjai jók. Csak rossz mezőkön futnak le.
level-signal-fix-the-event-hint-3 = Olvasd el a címet a „Ha … különben” blokk fölött. Az történik a sarkokban?

level-signal-side-steps-title = Oldallépések
level-signal-side-steps-instruction = Érd el a zászlót. Minden piros mezőnél az út egy mezővel odébb kerül, a robot jobb oldala felé. Az „Amikor a robot pirosra lép” részben csak 2 blokk fér el.
level-signal-side-steps-learned = Egy eseményrész is hívhat segítőt, akárcsak a Főprogram. Lefutnak a segítő blokkjai, aztán a robot folytatja a Főprogramot.
level-signal-side-steps-hint-1 = Mit csinál a robot egy piros mezőn, hogy az út következő részére jusson?
level-signal-side-steps-hint-2 = Egy oldallépés három blokk, de az eseményrészben csak 2 fér el. Építsd meg az oldallépést a „Segítő 1” részben, és hívd az „Amikor a robot pirosra lép” részből.
level-signal-side-steps-hint-3 = A Segítő 1 így kezdődik: Fordulj jobbra.
