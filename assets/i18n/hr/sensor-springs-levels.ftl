# Sensor Springs: Repeat while asks its question before every round; the logic words ne, i,
# ili join or turn questions around. Tile names as in robot.ftl.

level-sensor-first-while-title = Dugi hodnici
level-sensor-first-while-instruction = Upali lampu na kraju dvaju dugih hodnika. Isprobaj novi blok: „Ponavljaj dok“.
level-sensor-first-while-learned = „Ponavljaj dok“ postavlja pitanje prije svakog kruga. Dok je odgovor „da“, ponovno izvodi svoje blokove. Kad je odgovor „ne“, staje.
level-sensor-first-while-hint-1 = Koliko je polja dug svaki hodnik? Ovaj put ne moraš brojiti.
level-sensor-first-while-hint-2 = „Ponavljaj dok ispred slobodno“ vodi robota dalje dok se ispred njega ne pojavi zid.
level-sensor-first-while-hint-3 = Upotrijebi jedan „Ponavljaj dok“ za svaki hodnik, s „Naprijed“ unutra.

level-sensor-blue-stripe-title = Prati plavo
level-sensor-blue-stripe-instruction = Plava pruga vodi do lampe. Upali je. Pazi: cesta se nastavlja iza lampe!
level-sensor-blue-stripe-learned = „Ponavljaj dok“ može pitati i za boju. „Ponavljaj dok na plavom“ nastavlja dok robot ne siđe s plavih polja.
level-sensor-blue-stripe-hint-1 = Gdje završava plava pruga? Završava li ondje i cesta?
level-sensor-blue-stripe-hint-2 = „Ispred slobodno“ odvelo bi robota iza lampe, sve do zida. Umjesto toga pitaj za boju.
level-sensor-blue-stripe-hint-3 = Robot počinje na sivom polju. Prvo stani na prugu, zatim upotrijebi „Ponavljaj dok na plavom“.

level-sensor-three-stripes-title = Tri pruge
level-sensor-three-stripes-instruction = Upali sve tri lampe. Svaka plava pruga vodi do lampe i svaka je pruga drugačije duljine.
level-sensor-three-stripes-learned = „Ponavljaj dok“ može biti unutar bloka „Ponovi“. U svakom krugu unutarnja petlja radi dok njezin odgovor ne bude „ne“.
level-sensor-three-stripes-hint-1 = Što robot radi za jednu prugu? Je li isto i za druge dvije?
level-sensor-three-stripes-hint-2 = Za svaku prugu: stani na nju, vozi dok je plavo, upali lampu. Učini to tri puta.
level-sensor-three-stripes-hint-3 = Stavi „Ponavljaj dok na plavom“ u „Ponovi 3 puta“.

level-sensor-stop-on-red-title = Stani na crvenom
level-sensor-stop-on-red-instruction = Stigni do zastavice. Odmah je pokraj crvenog polja.
level-sensor-stop-on-red-learned = „ne“ okreće pitanje. „Ponavljaj dok ne na crvenom“ nastavlja dok robot ne stane na crveno.
level-sensor-stop-on-red-hint-1 = Kod crvenog polja nema zida. Što robot ondje može provjeriti?
level-sensor-stop-on-red-hint-2 = Dodirni „Promijeni ne / i / ili“ da staviš „ne“ ispred pitanja. „Ne na crvenom“ je „da“ na svakom polju koje nije crveno.
level-sensor-stop-on-red-hint-3 = Počni s „Ponavljaj dok ne na crvenom“ s „Naprijed“ unutra. Zatim se okreni prema zastavici.

level-sensor-fix-the-while-title = Ukrug
level-sensor-fix-the-while-instruction = Crvena polja označavaju kutove: na svakom skreni desno. Ali ovaj robot vozi ukrug po malom kvadratu. Popravi program.
level-sensor-fix-the-while-learned = Blokovi unutar „Ponavljaj dok“ izvode se u svakom krugu. Skretanje koje pripada iza petlje mora stajati iza nje, a ne unutra.
level-sensor-fix-the-while-hint-1 = Dodirni „Korak“. Kada robot skreće? Stoji li tada na crvenom?
level-sensor-fix-the-while-hint-2 = Robot treba skrenuti kad stane na crveno, a ne nakon svakog koraka.
level-sensor-fix-the-while-hint-3 = Pogledaj blokove unutar „Ponavljaj dok“.

level-sensor-side-roads-title = Sporedne ceste
level-sensor-side-roads-instruction = Lampa stoji svugdje gdje počinje sporedna cesta, lijevo ili desno. Upali svaku lampu.
level-sensor-side-roads-learned = „ili“ spaja dva pitanja. „Lijevo slobodno ili desno slobodno“ je „da“ kad je jedno od njih „da“, ili oba.
level-sensor-side-roads-hint-1 = Pogledaj polja s lampama. Što je pokraj svakog od njih?
level-sensor-side-roads-hint-2 = Jedan „Ako“ može postaviti dva pitanja odjednom, spojena s „ili“.
level-sensor-side-roads-hint-3 = Upotrijebi „Ponavljaj dok ispred slobodno“ i započni ga s „Naprijed“.

level-sensor-blue-and-free-title = Pruge i zidovi
level-sensor-blue-and-free-instruction = Prati tri plave pruge do zastavice. Neke pruge završavaju kod zida. Druge samo prestaju na otvorenoj cesti.
level-sensor-blue-and-free-learned = I „i“ spaja dva pitanja. „Ispred slobodno i na plavom“ je „da“ samo kad su oba „da“.
level-sensor-blue-and-free-hint-1 = Gdje završava svaka pruga? Gdje bi robot udario u zid?
level-sensor-blue-and-free-hint-2 = Vozi dok su dvije stvari istinite: ispred je slobodno i robot je na plavom.
level-sensor-blue-and-free-hint-3 = Svaki krug bloka „Ponovi“ radi isto: stani na prugu, vozi po njoj, skreni desno.

level-sensor-spiral-title = Duga spirala
level-sensor-spiral-instruction = Vozi po spirali sve do zastavice.
level-sensor-spiral-learned = „Ponavljaj dok“ može biti unutar drugog „Ponavljaj dok“. Vanjskoj petlji ne treba broj: ona postavlja svoje pitanje.
level-sensor-spiral-hint-1 = Koliko hodnika ima spirala? Može li „Ponovi“ brojiti tako visoko?
level-sensor-spiral-hint-2 = Za svaki hodnik: vozi do zida, zatim skreni desno. Radi to dok god je ispred slobodno.
level-sensor-spiral-hint-3 = Stavi jedan „Ponavljaj dok“ u drugi „Ponavljaj dok“.

level-sensor-painted-corners-title = Obojeni kutovi
level-sensor-painted-corners-instruction = Upali svaku lampu. Kutovi su obojeni crveno ili plavo: na obje boje skreni lijevo.
level-sensor-painted-corners-learned = I „Ako … inače“ može postaviti spojeno pitanje. S „na crvenom ili na plavom“ prvi se dio izvodi na obje boje, a dio „inače“ na svakom drugom polju.
level-sensor-painted-corners-hint-1 = Koja polja nemaju lampu? Koje su boje?
level-sensor-painted-corners-hint-2 = Dovoljan je jedan „Ako … inače“: „na crvenom ili na plavom“ za kutove, dio „inače“ za lampe.
level-sensor-painted-corners-hint-3 = U „Ponavljaj do uspjeha“ počni s „Naprijed“.

level-sensor-maze-title = Labirint
level-sensor-maze-instruction = Pronađi put kroz labirint do zastavice. Upotrijebi što manje blokova.
level-sensor-maze-learned = Drži jednu ruku na zidu i proći ćeš kroz mnoge labirinte. Tvoj program slijedi to pravilo petljom u petlji.
level-sensor-maze-hint-1 = Zamisli da hodaš kroz labirint, a desna ti je ruka stalno na zidu.
level-sensor-maze-hint-2 = Na svakom polju prvo pokušaj skrenuti desno. Ako je ondje zid, pokušaj ravno, zatim lijevo, zatim natrag.
level-sensor-maze-hint-3 = Unutar „Ponavljaj dok ispred slobodno“: „Naprijed“, „Skreni desno“, zatim „Ponavljaj dok“ koji pita „ne ispred slobodno“.
