# Sensor Springs: Repeat while asks its question before every round; the logic words
# ne, in, ali join or turn questions around. Use the tile names of robot.ftl.

level-sensor-first-while-title = Dolgi hodniki
level-sensor-first-while-instruction = Prižgi svetilko na koncu dveh dolgih hodnikov. Preizkusi nov blok: Ponavljaj, dokler.
level-sensor-first-while-learned = Ponavljaj, dokler postavi svoje vprašanje pred vsakim krogom. Dokler je odgovor da, znova izvaja svoje bloke. Ko je odgovor ne, se ustavi.
level-sensor-first-while-hint-1 = Koliko polj je dolg vsak hodnik? Tokrat ti ni treba šteti.
level-sensor-first-while-hint-2 = „Ponavljaj, dokler spredaj prosto“ pelje robota dalje, dokler pred njim ni zida.
level-sensor-first-while-hint-3 = Za vsak hodnik uporabi en Ponavljaj, dokler, v njem Naprej.

level-sensor-blue-stripe-title = Sledi modri
level-sensor-blue-stripe-instruction = Modra proga vodi do svetilke. Prižgi jo. Pazi: cesta se za svetilko nadaljuje!
level-sensor-blue-stripe-learned = Ponavljaj, dokler lahko sprašuje tudi po barvi. „Ponavljaj, dokler na modrem“ vozi, dokler robot ne zapelje z modrih polj.
level-sensor-blue-stripe-hint-1 = Kje se modra proga konča? Se tam konča tudi cesta?
level-sensor-blue-stripe-hint-2 = „Spredaj prosto“ bi robota peljalo mimo svetilke, vse do zida. Raje vprašaj po barvi.
level-sensor-blue-stripe-hint-3 = Robot začne na sivem polju. Najprej zapelji na progo, nato uporabi Ponavljaj, dokler na modrem.

level-sensor-three-stripes-title = Tri proge
level-sensor-three-stripes-instruction = Prižgi vse tri svetilke. Vsaka modra proga vodi do svetilke, vsaka proga pa je drugače dolga.
level-sensor-three-stripes-learned = Ponavljaj, dokler je lahko v bloku Ponovi. V vsakem krogu se notranja zanka izvaja, dokler njen odgovor ni ne.
level-sensor-three-stripes-hint-1 = Kaj robot naredi za eno progo? Je za drugi dve enako?
level-sensor-three-stripes-hint-2 = Za vsako progo: zapelji nanjo, vozi, dokler si na modrem, prižgi svetilko. To naredi trikrat.
level-sensor-three-stripes-hint-3 = Postavi Ponavljaj, dokler na modrem v Ponovi 3-krat.

level-sensor-stop-on-red-title = Ustavi se na rdečem
level-sensor-stop-on-red-instruction = Pridi do zastavice. Je tik ob rdečem polju.
level-sensor-stop-on-red-learned = „ne“ obrne vprašanje. „Ponavljaj, dokler ne na rdečem“ vozi, dokler robot ne stoji na rdečem.
level-sensor-stop-on-red-hint-1 = Pri rdečem polju ni zidu. Kaj lahko robot tam preveri?
level-sensor-stop-on-red-hint-2 = Tapni „Spremeni ne / in / ali“, da postaviš „ne“ pred vprašanje. „Ne na rdečem“ je da na vsakem polju, ki ni rdeče.
level-sensor-stop-on-red-hint-3 = Začni s Ponavljaj, dokler ne na rdečem, v njem Naprej. Nato se obrni proti zastavici.

level-sensor-fix-the-while-title = V krogu
level-sensor-fix-the-while-instruction = Rdeča polja označujejo vogale: na vsakem zavij na desno. A ta robot vozi v drobcenem kvadratu. Popravi program.
level-sensor-fix-the-while-learned = Bloki v Ponavljaj, dokler se izvedejo v vsakem krogu. Zavoj, ki spada za zanko, mora biti za njo, ne v njej.
level-sensor-fix-the-while-hint-1 = Tapni Korak. Kdaj robot zavije? Ali takrat stoji na rdečem?
level-sensor-fix-the-while-hint-2 = Robot naj zavije, ko stoji na rdečem, ne po vsakem koraku.
level-sensor-fix-the-while-hint-3 = Poglej bloke v Ponavljaj, dokler.

level-sensor-side-roads-title = Stranske poti
level-sensor-side-roads-instruction = Povsod, kjer se začne stranska pot, levo ali desno, stoji svetilka. Prižgi vse svetilke.
level-sensor-side-roads-learned = „ali“ poveže dve vprašanji. „Levo prosto ali desno prosto“ je da, ko je da eno od njiju ali obe.
level-sensor-side-roads-hint-1 = Poglej polja s svetilkami. Kaj je ob vsakem od njih?
level-sensor-side-roads-hint-2 = En Če lahko postavi dve vprašanji hkrati, povezani z „ali“.
level-sensor-side-roads-hint-3 = Uporabi Ponavljaj, dokler spredaj prosto, in ga začni z Naprej.

level-sensor-blue-and-free-title = Proge in zidovi
level-sensor-blue-and-free-instruction = Sledi trem modrim progam do zastavice. Nekatere proge se končajo pri zidu. Druge se le nehajo sredi odprte ceste.
level-sensor-blue-and-free-learned = Tudi „in“ poveže dve vprašanji. „Spredaj prosto in na modrem“ je da samo, ko sta obe da.
level-sensor-blue-and-free-hint-1 = Kje se konča vsaka proga? Kje bi se robot zaletel v zid?
level-sensor-blue-and-free-hint-2 = Vozi, dokler držita dve stvari: spredaj je prosto in robot je na modrem.
level-sensor-blue-and-free-hint-3 = Vsak krog bloka Ponovi naredi isto: zapelji na progo, vozi po njej, zavij na desno.

level-sensor-spiral-title = Dolga spirala
level-sensor-spiral-instruction = Prevozi spiralo, vse do zastavice.
level-sensor-spiral-learned = Ponavljaj, dokler je lahko v drugem Ponavljaj, dokler. Zunanja zanka ne potrebuje števila: postavi svoje vprašanje.
level-sensor-spiral-hint-1 = Koliko hodnikov ima spirala? Ali Ponovi lahko šteje tako visoko?
level-sensor-spiral-hint-2 = Za vsak hodnik: zapelji do zida, nato zavij na desno. To počni, dokler je spredaj prosto.
level-sensor-spiral-hint-3 = Postavi en Ponavljaj, dokler v drug Ponavljaj, dokler.

level-sensor-painted-corners-title = Pobarvani vogali
level-sensor-painted-corners-instruction = Prižgi vse svetilke. Vogali so pobarvani rdeče ali modro: na obeh barvah zavij na levo.
level-sensor-painted-corners-learned = Če … sicer lahko postavi tudi sestavljeno vprašanje. Z „na rdečem ali na modrem“ se prvi del izvede na obeh barvah, del sicer pa na vseh drugih poljih.
level-sensor-painted-corners-hint-1 = Katera polja nimajo svetilke? Kakšne barve so?
level-sensor-painted-corners-hint-2 = En Če … sicer je dovolj: „na rdečem ali na modrem“ za vogale, del sicer za svetilke.
level-sensor-painted-corners-hint-3 = V Ponavljaj do konca začni z Naprej.

level-sensor-maze-title = Labirint
level-sensor-maze-instruction = Poišči pot skozi labirint do zastavice. Uporabi čim manj blokov.
level-sensor-maze-learned = Drži eno roko na zidu in prideš skozi veliko labirintov. Tvoj program sledi temu pravilu z zanko v zanki.
level-sensor-maze-hint-1 = Predstavljaj si, da greš skozi labirint in imaš desno roko ves čas na zidu.
level-sensor-maze-hint-2 = Na vsakem polju najprej poskusi zaviti na desno. Je tam zid? Potem poskusi naravnost, nato levo, nato nazaj.
level-sensor-maze-hint-3 = V Ponavljaj, dokler spredaj prosto: Naprej, Zavij desno, nato Ponavljaj, dokler, ki vpraša „ne spredaj prosto“.
