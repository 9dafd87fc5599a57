# Number Harbour: loops and ifs inside helpers, helpers that take a number, the counter.
# Tile names (robot.ftl): Pomoćnik 1 s brojem, Ponovi n puta, Postavi brojač, Dodaj 1 brojaču.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Petlja u pomoćniku
level-number-loop-in-helper-instruction = Upali tri lampe na krajevima dugih stranica. U Glavni program stanu samo 3 bloka, a u Pomoćnik 1 samo 4.
level-number-loop-in-helper-learned = Pomoćnik može sadržavati petlju. Svaki put kad Glavni program pozove pomoćnika, njegova petlja kreće ispočetka.
level-number-loop-in-helper-hint-1 = Tri su stranice slične: iste duljine, s lampom i skretanjem na kraju. Što robot radi na jednoj stranici?
level-number-loop-in-helper-hint-2 = Četiri bloka „Naprijed“ i skretanje ne stanu u Pomoćnik 1. Umjesto toga stavi „Ponovi“ u pomoćnika.
level-number-loop-in-helper-hint-3 = Pomoćnik 1: „Ponovi 4 puta“ s „Naprijed“ unutra, zatim „Skreni desno“.

level-number-round-the-basin-title = Oko bazena
level-number-round-the-basin-instruction = Upali svaku lampu oko lučkog bazena. U Glavni program stane samo jedan blok pa Pomoćnik 1 mora pozivati sam sebe.
level-number-round-the-basin-learned = Pomoćnik može sadržavati petlju i svejedno pozivati sam sebe. Petlja prijeđe jednu stranicu, a poziv započinje sljedeću.
level-number-round-the-basin-hint-1 = Svaka stranica izgleda isto. Koliko je lampi na jednoj stranici?
level-number-round-the-basin-hint-2 = Jedna stranica je: tri puta korak i paljenje, zatim skretanje. Složi to u Pomoćniku 1 s petljom i neka Pomoćnik 1 na kraju pozove sam sebe.
level-number-round-the-basin-hint-3 = Pomoćnik 1 počinje s „Ponovi 3 puta“ s „Naprijed“ i „Upali“ unutra.

level-number-if-in-helper-title = Crveni kutovi
level-number-if-in-helper-instruction = Upali sve lampe uz lučki zid. Na crvenom polju cesta skreće lijevo. U Glavni program stanu samo 3 bloka.
level-number-if-in-helper-learned = Pomoćnik može sadržavati „Ako“. Svaki put kad se pomoćnik izvodi, ponovno postavlja svoje pitanje, pa jedan pomoćnik odgovara i ravnim cestama i kutovima.
level-number-if-in-helper-hint-1 = Od jedne lampe do sljedeće uvijek su dva koraka. Ponekad je polje između crveno.
level-number-if-in-helper-hint-2 = Neka Pomoćnik 1 vodi robota od jedne lampe do sljedeće. Usput pita: jesam li na crvenom? Glavni program pali lampu i ponavlja do uspjeha.
level-number-if-in-helper-hint-3 = Pomoćnik 1 počinje s „Naprijed“, zatim „Ako na crvenom“.

## Helpers with a number

level-number-walk-n-title = Prijeđi n polja
level-number-walk-n-instruction = Stigni do zastavice. Ravni dijelovi ceste različite su duljine, a u Glavni program stane samo 5 blokova. Upotrijebi „Pomoćnik 1 s brojem“.
level-number-walk-n-learned = Pomoćniku možeš dati broj kad ga pozoveš. Unutar pomoćnika „Ponovi n puta“ ponavlja onoliko puta koliko kaže taj broj.
level-number-walk-n-hint-1 = Prebroji polja svakog ravnog dijela ceste.
level-number-walk-n-hint-2 = U Pomoćnik 1 stavi „Naprijed“ u „Ponovi n puta“. Tada „Pomoćnik 1 s brojem 3“ prijeđe 3 polja, a „Pomoćnik 1 s brojem 6“ prijeđe 6.
level-number-walk-n-hint-3 = Glavni program počinje s „Pomoćnik 1 s brojem 3“, zatim „Skreni desno“.

level-number-spiral-title = Spirala
level-number-spiral-instruction = Prati spiralu do zastavice u sredini. Svaki ravni dio je jedno polje kraći od prethodnog.
level-number-spiral-learned = Pomoćnik ostaje isti, mijenja se samo njegov broj od poziva do poziva. Glavni program samo kaže koliko daleko.
level-number-spiral-hint-1 = Koliko je dug svaki ravni dio? Što robot radi na kraju svakoga?
level-number-spiral-hint-2 = Pomoćnik 1 može prijeći n polja i zatim skrenuti. Glavni program ga poziva četiri puta, svaki put s manjim brojem.
level-number-spiral-hint-3 = Pomoćnik 1 završava sa „Skreni desno“.

level-number-lamp-rows-title = Nizovi lampi
level-number-lamp-rows-instruction = Upali niz od 5 lampi i niz od 3 lampe. U Glavni program stanu samo 3 bloka.
level-number-lamp-rows-learned = Broj ne mora brojiti korake. Ovdje broji lampe: „Pomoćnik 1 s brojem 5“ pali 5 lampi.
level-number-lamp-rows-hint-1 = Za svaku lampu robot stane na nju i upali je.
level-number-lamp-rows-hint-2 = Stavi „Naprijed“ i „Upali“ u „Ponovi n puta“. Tada n kaže koliko lampi Pomoćnik 1 pali.
level-number-lamp-rows-hint-3 = Glavni program: „Pomoćnik 1 s brojem 5“, zatim „Skreni desno“, zatim još jedan blok.

## The robot's counter

level-number-third-opening-title = Treći odvojak
level-number-third-opening-instruction = Put do zastavice je treći odvojak desno. Neka robot broji odvojke pokraj kojih prolazi.
level-number-third-opening-learned = Robot ima brojač koji počinje od 0. „Dodaj 1 brojaču“ dodaje jedan, a „Ako brojač je 3“ pita koliko se puta nešto već dogodilo.
level-number-third-opening-hint-1 = Prva dva odvojka desno samo vode natrag na cestu. Tek treći vodi do zastavice.
level-number-third-opening-hint-2 = Svaki put kad je desno slobodan put, dodaj 1 brojaču. Skreni desno tek kad je brojač 3.
level-number-third-opening-hint-3 = U „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako desno slobodno“.

level-number-counting-helper-title = Pomoćnik koji broji
level-number-counting-helper-instruction = Skreni u treći odvojak desno da stigneš do zastavice. U Glavni program stanu samo 4 bloka pa brojiti mora Pomoćnik 1.
level-number-counting-helper-learned = Glavni program i pomoćnici dijele jedan brojač. Pomoćnik mu može dodavati i pitati za njega, a vrijednost ostaje kad pomoćnik završi.
level-number-counting-helper-hint-1 = Ovaj put robot vozi ulijevo pa mu je desna strana gornji dio ploče.
level-number-counting-helper-hint-2 = Glavni program vozi i pita: je li desno slobodno? Ako jest, poziva Pomoćnik 1. Pomoćnik 1 broji i skreće desno kad je brojač 3.
level-number-counting-helper-hint-3 = Pomoćnik 1 počinje s „Dodaj 1 brojaču“.

level-number-second-red-title = Drugo crveno polje
level-number-second-red-instruction = Stigni do zastavice. Skreni lijevo na drugom crvenom polju, a ne na prvom.
level-number-second-red-learned = Brojač može brojiti sve što robot može provjeriti: odvojke, boje i još mnogo toga.
level-number-second-red-hint-1 = Kod oba crvena polja postoji cesta lijevo. Koja vodi do zastavice?
level-number-second-red-hint-2 = Na svakom crvenom polju dodaj 1 brojaču. Skreni lijevo samo kad je brojač 2.
level-number-second-red-hint-3 = U „Ponavljaj do uspjeha“: „Naprijed“, zatim „Ako na crvenom“.

level-number-fix-the-count-title = Broji ispočetka
level-number-fix-the-count-instruction = Robot treba skrenuti lijevo na svakom drugom crvenom polju. Skrene na drugom, ali na četvrtom vozi ravno u zid. Popravi program.
level-number-fix-the-count-learned = Brojač raste dok ga ne vratiš. „Postavi brojač na 0“ započinje novo brojenje.
level-number-fix-the-count-hint-1 = Dodirni „Korak“ i prati brojač pokraj broja koraka. Koliki je brojač na četvrtom crvenom polju?
level-number-fix-the-count-hint-2 = Nakon prvog skretanja robot treba opet brojiti od 0.
level-number-fix-the-count-hint-3 = Pogledaj što se događa odmah nakon što robot skrene lijevo.
