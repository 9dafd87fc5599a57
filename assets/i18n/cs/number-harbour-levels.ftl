# Přístav čísel: smyčky a bloky Pokud uvnitř pomocníků, pomocníci s číslem a počítadlo.

## Smyčky a Pokud uvnitř pomocníků

level-number-loop-in-helper-title = Smyčka v pomocníkovi
level-number-loop-in-helper-instruction = Rozsviť tři lampy na koncích dlouhých stran. Do Hlavního se vejdou jen 3 bloky a do Pomocníka 1 jen 4.
level-number-loop-in-helper-learned = Pomocník může obsahovat smyčku. Pokaždé, když Hlavní pomocníka zavolá, jeho smyčka proběhne znovu od začátku.
level-number-loop-in-helper-hint-1 = Všechny tři strany jsou stejné: stejně dlouhé, s lampou a otočkou na konci. Co robot dělá na jedné straně?
level-number-loop-in-helper-hint-2 = Čtyři bloky Vpřed a otočka se do Pomocníka 1 nevejdou. Dej do pomocníka raději Opakuj.
level-number-loop-in-helper-hint-3 = Pomocník 1: Opakuj 4krát s Vpřed uvnitř, pak Otoč se vpravo.

level-number-round-the-basin-title = Kolem přístavní nádrže
level-number-round-the-basin-instruction = Rozsviť všechny lampy kolem přístavní nádrže. Do Hlavního se vejde jen jeden blok, takže Pomocník 1 musí volat sám sebe.
level-number-round-the-basin-learned = Pomocník může obsahovat smyčku a přitom volat sám sebe. Smyčka udělá jednu stranu a zavolání začne další stranu.
level-number-round-the-basin-hint-1 = Všechny strany vypadají stejně. Kolik lamp je na jedné straně?
level-number-round-the-basin-hint-2 = Jedna strana je: třikrát Vpřed a Rozsviť, pak otočka. Postav to v Pomocníkovi 1 se smyčkou a ať Pomocník 1 na konci zavolá sám sebe.
level-number-round-the-basin-hint-3 = Pomocník 1 začíná blokem Opakuj 3krát, uvnitř Vpřed a Rozsviť.

level-number-if-in-helper-title = Červené rohy
level-number-if-in-helper-instruction = Rozsviť všechny lampy podél přístavní zdi. Na červeném poli cesta zatáčí doleva. Do Hlavního se vejdou jen 3 bloky.
level-number-if-in-helper-learned = Pomocník může obsahovat blok Pokud. Pokaždé, když pomocník běží, zeptá se znovu, takže jeden pomocník zvládne rovné úseky i rohy.
level-number-if-in-helper-hint-1 = Od jedné lampy k další jsou to vždycky dva kroky. Někdy je pole mezi nimi červené.
level-number-if-in-helper-hint-2 = Ať Pomocník 1 dovede robota od jedné lampy k další. Cestou se zeptá: stojím na červené? Hlavní rozsvítí lampu a opakuje, dokud není hotovo.
level-number-if-in-helper-hint-3 = Pomocník 1 začíná blokem Vpřed, pak Pokud na červené.

## Pomocníci s číslem

level-number-walk-n-title = Ujeď n polí
level-number-walk-n-instruction = Dojeď k vlajce. Rovné úseky cesty jsou různě dlouhé a do Hlavního se vejde jen 5 bloků. Použij Pomocník 1 s číslem.
level-number-walk-n-learned = Pomocníkovi můžeš při zavolání dát číslo. Uvnitř pomocníka opakuje Opakuj n-krát tolikrát, kolik to číslo říká.
level-number-walk-n-hint-1 = Spočítej pole každého rovného úseku cesty.
level-number-walk-n-hint-2 = V Pomocníkovi 1 dej Vpřed do Opakuj n-krát. Pak Pomocník 1 s 3 ujede 3 pole a Pomocník 1 s 6 ujede 6.
level-number-walk-n-hint-3 = Hlavní začíná takhle: Pomocník 1 s 3, pak Otoč se vpravo.

level-number-spiral-title = Spirála
level-number-spiral-instruction = Jeď po spirále k vlajce uprostřed. Každý rovný úsek je o jedno pole kratší než ten předchozí.
level-number-spiral-learned = Pomocník zůstává stejný, mění se jen jeho číslo od zavolání k zavolání. Hlavní jen říká, jak daleko.
level-number-spiral-hint-1 = Jak dlouhý je každý rovný úsek? Co robot dělá na konci každého z nich?
level-number-spiral-hint-2 = Pomocník 1 může ujet n polí a pak se otočit. Hlavní ho zavolá čtyřikrát, pokaždé s menším číslem.
level-number-spiral-hint-3 = Pomocník 1 končí blokem Otoč se vpravo.

level-number-lamp-rows-title = Řady lamp
level-number-lamp-rows-instruction = Rozsviť řadu 5 lamp a řadu 3 lamp. Do Hlavního se vejdou jen 3 bloky.
level-number-lamp-rows-learned = Číslo nemusí počítat kroky. Tady počítá lampy: Pomocník 1 s 5 rozsvítí 5 lamp.
level-number-lamp-rows-hint-1 = U každé lampy na ni robot najede a rozsvítí ji.
level-number-lamp-rows-hint-2 = Dej Vpřed a Rozsviť do Opakuj n-krát. Pak n říká, kolik lamp Pomocník 1 rozsvítí.
level-number-lamp-rows-hint-3 = Hlavní: Pomocník 1 s 5, pak Otoč se vpravo, pak ještě jeden blok.

## Robotovo počítadlo

level-number-third-opening-title = Třetí odbočka
level-number-third-opening-instruction = Cesta k vlajce je třetí odbočka vpravo. Ať robot počítá odbočky, kolem kterých jede.
level-number-third-opening-learned = Robot má počítadlo, které začíná na 0. Přičti 1 k počítadlu přičte jedničku a „Pokud počítadlo je 3“ se ptá, kolikrát se to stalo.
level-number-third-opening-hint-1 = První dvě odbočky vpravo vedou jen zpátky na cestu. K vlajce vede jen ta třetí.
level-number-third-opening-hint-2 = Pokaždé, když je vpravo cesta, přičti 1 k počítadlu. Zatoč doprava, jen když je na počítadle 3.
level-number-third-opening-hint-3 = Uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud cesta vpravo.

level-number-counting-helper-title = Pomocník, který počítá
level-number-counting-helper-instruction = Zaboč do třetí odbočky vpravo a dojeď k vlajce. Do Hlavního se vejdou jen 4 bloky, takže počítat musí Pomocník 1.
level-number-counting-helper-learned = Hlavní a pomocníci mají jedno společné počítadlo. Pomocník k němu může přičítat a ptát se na něj, a počet zůstane, i když pomocník skončí.
level-number-counting-helper-hint-1 = Tentokrát jede robot doleva, takže jeho pravá strana je horní okraj hrací plochy.
level-number-counting-helper-hint-2 = Hlavní jede a ptá se: je vpravo cesta? Když ano, zavolá Pomocníka 1. Pomocník 1 počítá a zatočí doprava, když je na počítadle 3.
level-number-counting-helper-hint-3 = Pomocník 1 začíná blokem Přičti 1 k počítadlu.

level-number-second-red-title = Druhé červené pole
level-number-second-red-instruction = Dojeď k vlajce. Zatoč doleva na druhém červeném poli, ne na prvním.
level-number-second-red-learned = Počítadlo umí počítat cokoli, na co se robot umí zeptat: odbočky, barvy a další.
level-number-second-red-hint-1 = Obě červená pole mají vlevo cestu. Která vede k vlajce?
level-number-second-red-hint-2 = Na každém červeném poli přičti 1 k počítadlu. Zatoč doleva, jen když je na počítadle 2.
level-number-second-red-hint-3 = Uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud na červené.

level-number-fix-the-count-title = Počítej znovu
level-number-fix-the-count-instruction = Robot má zatočit doleva na každém druhém červeném poli. Na druhém zatočí, ale na čtvrtém jede dál do zdi. Oprav program.
level-number-fix-the-count-learned = Počet roste, dokud ho nevynuluješ. Nastav počítadlo na 0 začne nové kolo počítání.
level-number-fix-the-count-hint-1 = Ťukej na „Krok“ a sleduj počítadlo vedle čísla kroku. Kolik ukazuje na čtvrtém červeném poli?
level-number-fix-the-count-hint-2 = Po první otočce má robot počítat znovu od 0.
level-number-fix-the-count-hint-3 = Podívej se, co se stane hned potom, co robot zatočí doleva.
