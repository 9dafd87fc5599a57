# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Use the tile names of robot.ftl.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Zanka v pomočniku
level-number-loop-in-helper-instruction = Prižgi tri svetilke na koncih dolgih stranic. Glavni program vsebuje samo 3 bloke, Pomočnik 1 pa samo 4.
level-number-loop-in-helper-learned = Pomočnik lahko vsebuje zanko. Vsakič, ko Glavni program pokliče pomočnika, se njegova zanka začne od začetka.
level-number-loop-in-helper-hint-1 = Tri stranice so si podobne: enako dolge, s svetilko in zavojem na koncu. Kaj robot naredi na eni stranici?
level-number-loop-in-helper-hint-2 = Štirje bloki Naprej in zavoj ne gredo v Pomočnika 1. Raje postavi Ponovi v pomočnika.
level-number-loop-in-helper-hint-3 = Pomočnik 1: Ponovi 4-krat, v njem Naprej, nato Zavij desno.

level-number-round-the-basin-title = Okoli bazena
level-number-round-the-basin-instruction = Prižgi vse svetilke okoli pristaniškega bazena. Glavni program vsebuje samo en blok, zato mora Pomočnik 1 poklicati samega sebe.
level-number-round-the-basin-learned = Pomočnik lahko vsebuje zanko in vseeno pokliče samega sebe. Zanka opravi eno stranico, klic pa začne naslednjo.
level-number-round-the-basin-hint-1 = Vse stranice so enake. Koliko svetilk je na eni stranici?
level-number-round-the-basin-hint-2 = Ena stranica je: trikrat Naprej in Prižgi, nato zavoj. To sestavi v Pomočniku 1 z zanko, Pomočnik 1 pa naj na koncu pokliče samega sebe.
level-number-round-the-basin-hint-3 = Pomočnik 1 se začne s Ponovi 3-krat, v njem Naprej in Prižgi.

level-number-if-in-helper-title = Rdeči vogali
level-number-if-in-helper-instruction = Prižgi vse svetilke ob pristaniškem zidu. Na rdečem polju cesta zavije levo. Glavni program vsebuje samo 3 bloke.
level-number-if-in-helper-learned = Pomočnik lahko vsebuje Če. Vsakič, ko se pomočnik izvede, znova postavi svoje vprašanje, zato en pomočnik ustreza ravnim delom in vogalom.
level-number-if-in-helper-hint-1 = Od ene svetilke do naslednje sta vedno dva koraka. Včasih je polje vmes rdeče.
level-number-if-in-helper-hint-2 = Pomočnik 1 naj robota pripelje od ene svetilke do naslednje. Med potjo vpraša: ali stojim na rdečem? Glavni program prižge svetilko in ponavlja do konca.
level-number-if-in-helper-hint-3 = Pomočnik 1 se začne z Naprej, nato Če na rdečem.

## Helpers with a number

level-number-walk-n-title = Prevozi n polj
level-number-walk-n-instruction = Pridi do zastavice. Ravni deli ceste so različno dolgi, Glavni program pa vsebuje samo 5 blokov. Uporabi blok Pomočnik 1 s številom.
level-number-walk-n-learned = Pomočniku lahko daš število, ko ga pokličeš. V pomočniku Ponovi n-krat ponavlja tolikokrat, kot pove to število.
level-number-walk-n-hint-1 = Preštej polja vsakega ravnega dela ceste.
level-number-walk-n-hint-2 = V Pomočniku 1 postavi Naprej v Ponovi n-krat. Potem Pomočnik 1 s številom 3 prevozi 3 polja, Pomočnik 1 s številom 6 pa 6 polj.
level-number-walk-n-hint-3 = Glavni program se začne s Pomočnik 1 s številom 3, nato Zavij desno.

level-number-spiral-title = Spirala
level-number-spiral-instruction = Sledi spirali do zastavice v sredini. Vsak ravni del je za eno polje krajši od prejšnjega.
level-number-spiral-learned = Pomočnik ostane enak, od klica do klica se spremeni samo njegovo število. Glavni program pove samo, kako daleč.
level-number-spiral-hint-1 = Kako dolg je vsak ravni del? Kaj robot naredi na koncu vsakega?
level-number-spiral-hint-2 = Pomočnik 1 lahko prevozi n polj in nato zavije. Glavni program ga pokliče štirikrat, vsakič z manjšim številom.
level-number-spiral-hint-3 = Pomočnik 1 se konča z Zavij desno.

level-number-lamp-rows-title = Vrste svetilk
level-number-lamp-rows-instruction = Prižgi vrsto 5 svetilk in vrsto 3 svetilk. Glavni program vsebuje samo 3 bloke.
level-number-lamp-rows-learned = Število ne šteje nujno korakov. Tu šteje svetilke: Pomočnik 1 s številom 5 prižge 5 svetilk.
level-number-lamp-rows-hint-1 = Pri vsaki svetilki robot zapelje nanjo in jo prižge.
level-number-lamp-rows-hint-2 = Postavi Naprej in Prižgi v Ponovi n-krat. Potem n pove, koliko svetilk prižge Pomočnik 1.
level-number-lamp-rows-hint-3 = Glavni program: Pomočnik 1 s številom 5, nato Zavij desno, nato še en blok.

## The robot's counter

level-number-third-opening-title = Tretji odcep
level-number-third-opening-instruction = Pot do zastavice je tretji odcep na desno. Robot naj šteje odcepe, mimo katerih pelje.
level-number-third-opening-learned = Robot ima števec, ki se začne pri 0. Prištej 1 števcu doda ena, Če je števec 3 pa vpraša, kolikokrat se je to že zgodilo.
level-number-third-opening-hint-1 = Prva dva odcepa na desni vodita samo nazaj na cesto. Samo tretji gre do zastavice.
level-number-third-opening-hint-2 = Vsakič, ko je desno prosto, prištej 1 števcu. Zavij na desno samo, ko je števec 3.
level-number-third-opening-hint-3 = V Ponavljaj do konca: Naprej, nato Če desno prosto.

level-number-counting-helper-title = Pomočnik, ki šteje
level-number-counting-helper-instruction = Izberi tretji odcep na desno, da prideš do zastavice. Glavni program vsebuje samo 4 bloke, zato mora štetje opraviti Pomočnik 1.
level-number-counting-helper-learned = Glavni program in pomočniki si delijo en števec. Pomočnik lahko vanj prišteva in po njem sprašuje, vrednost pa ostane, ko se pomočnik konča.
level-number-counting-helper-hint-1 = Tokrat robot pelje v levo, zato je njegova desna stran zgornji rob plošče.
level-number-counting-helper-hint-2 = Glavni program vozi in sprašuje: je desno prosto? Če je, pokliče Pomočnika 1. Pomočnik 1 šteje in zavije na desno, ko je števec 3.
level-number-counting-helper-hint-3 = Pomočnik 1 se začne s Prištej 1 števcu.

level-number-second-red-title = Drugo rdeče polje
level-number-second-red-instruction = Pridi do zastavice. Zavij na levo pri drugem rdečem polju, ne pri prvem.
level-number-second-red-learned = Števec lahko šteje vse, po čemer lahko robot vpraša: odcepe, barve in še več.
level-number-second-red-hint-1 = Obe rdeči polji imata cesto na levo. Katero vodi do zastavice?
level-number-second-red-hint-2 = Na vsakem rdečem polju prištej 1 števcu. Zavij na levo samo, ko je števec 2.
level-number-second-red-hint-3 = V Ponavljaj do konca: Naprej, nato Če na rdečem.

level-number-fix-the-count-title = Štej znova
level-number-fix-the-count-instruction = Robot bi moral zaviti na levo pri vsakem drugem rdečem polju. Pri drugem zavije, pri četrtem pa zapelje naravnost v zid. Popravi program.
level-number-fix-the-count-learned = Števec raste, dokler ga ne ponastaviš. Nastavi števec na 0 začne novo štetje.
level-number-fix-the-count-hint-1 = Tapni Korak in opazuj števec ob številki koraka. Koliko je števec na četrtem rdečem polju?
level-number-fix-the-count-hint-2 = Po prvem zavoju naj robot spet šteje od 0.
level-number-fix-the-count-hint-3 = Poglej, kaj se zgodi takoj po tem, ko robot zavije na levo.
