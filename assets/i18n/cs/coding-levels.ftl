# Programovací světy a jejich úrovně. Používej názvy bloků z robot.ftl.

world-robot-road = Robotí cesta
world-loop-lagoon = Laguna smyček
world-helper-hills = Kopce pomocníků
world-choice-canyon = Kaňon rozhodnutí
world-sensor-springs = Prameny senzorů
world-number-harbour = Přístav čísel
world-signal-station = Signální stanice
world-bug-bay = Zátoka chyb

## Robotí cesta

level-robot-first-steps-title = První kroky
level-robot-first-steps-instruction = Postav program, který dovede robota k vlajce. Pak ťukni na „Spustit“.
level-robot-first-steps-learned = Program je seznam kroků. Robot je dělá jeden po druhém, popořadě.
level-robot-first-steps-hint-1 = Podívej se na vlajku. Kam se robot teď dívá?
level-robot-first-steps-hint-2 = Vpřed posune robota o jedno pole. Otoč se vpravo ho otočí na místě.
level-robot-first-steps-hint-3 = Začni takhle: Vpřed, Vpřed, Otoč se vpravo.

level-robot-turn-left-title = Otoč se vlevo
level-robot-turn-left-instruction = Doveď robota k vlajce. Tentokrát musí zatočit doleva.
level-robot-turn-left-learned = Otoč se vlevo a Otoč se vpravo mění, kam se robot dívá. Neposunou ho.
level-robot-turn-left-hint-1 = Robot se dívá nahoru. Kde cesta zatáčí?
level-robot-turn-left-hint-2 = Po bloku Otoč se vlevo posune Vpřed robota novým směrem.
level-robot-turn-left-hint-3 = Začni takhle: Vpřed, Vpřed, Otoč se vlevo.

level-robot-zigzag-title = Schody cik-cak
level-robot-zigzag-instruction = Sejdi po schodech k vlajce. Cesta zatáčí po každém schodu.
level-robot-zigzag-learned = Dlouhá cesta jsou jen malé kroky a otočky, jedno po druhém.
level-robot-zigzag-hint-1 = Projeď cestu prstem. Spočítej zatáčky.
level-robot-zigzag-hint-2 = Otoč se doprava a jeď dolů. Otoč se doleva a jeď zase napříč.
level-robot-zigzag-hint-3 = Začni takhle: Vpřed, Otoč se vpravo, Vpřed, Otoč se vlevo.

level-robot-around-rocks-title = Kolem zdi
level-robot-around-rocks-instruction = V cestě je zeď. Objeď ji a dojeď k vlajce.
level-robot-around-rocks-learned = Když je cesta zablokovaná, můžeš naplánovat cestu kolem.
level-robot-around-rocks-hint-1 = Robot nemůže jet rovnou k vlajce. Kudy se to dá objet?
level-robot-around-rocks-hint-2 = Nejdřív nahoru, pak napříč, pak dolů.
level-robot-around-rocks-hint-3 = Začni takhle: Vpřed, Vpřed, Otoč se vpravo.

level-robot-fix-the-path-title = Oprav cestu
level-robot-fix-the-path-instruction = Tenhle program má chybu: robot narazí do zdi. Sleduj ho pomocí „Krok“ a pak program oprav.
level-robot-fix-the-path-learned = Chyba je omyl v programu. Jeden blok navíc může poslat robota do zdi. Vyndej ho a program funguje.
level-robot-fix-the-path-hint-1 = Ťukej na „Krok“ a procházej blok po bloku. Kde robot narazí do zdi?
level-robot-fix-the-path-hint-2 = Robot jede o jedno pole dál, než zatočí. Jeden blok je navíc.
level-robot-fix-the-path-hint-3 = Blok navíc je před první otočkou.

level-robot-first-lamp-title = Rozsviť to
level-robot-first-lamp-instruction = Dojeď k lampě. Pak ji rozsviť blokem Rozsviť.
level-robot-first-lamp-learned = Rozsviť funguje jen tehdy, když robot stojí na lampě.
level-robot-first-lamp-hint-1 = Kolik polí je to k lampě?
level-robot-first-lamp-hint-2 = Nejdřív musí robot stát na lampě. Pak ji Rozsviť rozsvítí.
level-robot-first-lamp-hint-3 = Lampa je tři pole před robotem.

level-robot-two-lamps-title = Dvě lampy
level-robot-two-lamps-instruction = Rozsviť obě lampy. Vlajka tu není: úkol je hotový, když svítí všechny lampy.
level-robot-two-lamps-learned = Robot může po cestě udělat úkol: zastavit, rozsvítit lampu a jet dál.
level-robot-two-lamps-hint-1 = Cestou ke druhé lampě jedeš přes první.
level-robot-two-lamps-hint-2 = Dej Rozsviť hned za blok, který robota dovede na lampu.
level-robot-two-lamps-hint-3 = Začni takhle: Vpřed, Vpřed, Rozsviť.

level-robot-lamps-and-flag-title = Lampy a vlajka
level-robot-lamps-and-flag-instruction = Rozsviť obě lampy. Pak dojeď k vlajce.
level-robot-lamps-and-flag-learned = Úkol může mít víc částí. Robot musí dokončit všechny.
level-robot-lamps-and-flag-hint-1 = Vlajka platí, až když svítí všechny lampy.
level-robot-lamps-and-flag-hint-2 = Naplánuj cestu, která vede přes obě lampy, než dojede k vlajce.
level-robot-lamps-and-flag-hint-3 = Začni takhle: Vpřed, Rozsviť, Otoč se vpravo.

level-robot-turn-around-title = Čelem vzad
level-robot-turn-around-instruction = Rozsviť lampu. Pak se otoč čelem vzad a dojeď k vlajce.
level-robot-turn-around-learned = Dvě otočky na stejnou stranu otočí robota zpátky tam, odkud přijel.
level-robot-turn-around-hint-1 = Lampa a vlajka jsou na různých stranách robota.
level-robot-turn-around-hint-2 = Na otočku čelem vzad použij dvě otočky: Otoč se vlevo, Otoč se vlevo.
level-robot-turn-around-hint-3 = Začni takhle: Vpřed, Vpřed, Rozsviť.

level-robot-long-road-title = Dlouhá cesta kolem
level-robot-long-road-instruction = Rozsviť obě lampy a skonči na vlajce. Která cesta kolem je kratší?
level-robot-long-road-learned = Cest může být víc. Nejdřív přemýšlej, pak vyber tu kratší.
level-robot-long-road-hint-1 = Rovně dolů se dojede k vlajce, ale lampy pak zůstanou zhasnuté.
level-robot-long-road-hint-2 = Jeď nejdřív horem, pak dolů a pak zpátky spodem.
level-robot-long-road-hint-3 = Začni takhle: Vpřed, Rozsviť, Vpřed, Otoč se vpravo.

## Laguna smyček

level-loop-first-loop-title = První smyčka
level-loop-first-loop-instruction = Dojeď k vlajce. Do programu se vejdou jen 3 bloky, tak použij blok Opakuj.
level-loop-first-loop-learned = Blok Opakuj spouští bloky uvnitř znovu a znovu. Jedna smyčka udělá práci mnoha bloků.
level-loop-first-loop-hint-1 = Spočítej pole mezi robotem a vlajkou.
level-loop-first-loop-hint-2 = Dej Vpřed do bloku Opakuj. Pak ťukni na „Vícekrát“ a nastav číslo.
level-loop-first-loop-hint-3 = Vpřed patří do smyčky. Nastav číslo podle počtu polí, která jsou spočítaná.

level-loop-lamp-row-title = Řada lamp
level-loop-lamp-row-instruction = Rozsviť všech pět lamp. Do programu se vejde jen 5 bloků, tak použij smyčku.
level-loop-lamp-row-learned = Smyčka může opakovat víc než jeden blok. Tady opakuje krok a rozsvícení.
level-loop-lamp-row-hint-1 = Každá lampa je jen o jedno pole dál než ta předchozí.
level-loop-lamp-row-hint-2 = Dej dva bloky do jednoho bloku Opakuj. Smyčka udělá oba, znovu a znovu.
level-loop-lamp-row-hint-3 = Ve smyčce: Vpřed, pak Rozsviť. Kolikrát?

level-loop-corner-title = Za roh
level-loop-corner-instruction = Dojeď k vlajce. Na každý dlouhý úsek použij smyčku a mezi nimi otočku.
level-loop-corner-learned = Program může mít víc smyček za sebou.
level-loop-corner-hint-1 = Cesta má dva dlouhé rovné úseky.
level-loop-corner-hint-2 = Nejdřív smyčka na horní úsek. Pak Otoč se vpravo. Pak smyčka na cestu dolů.
level-loop-corner-hint-3 = Začni takhle: Opakuj 4krát, uvnitř Vpřed. Pak Otoč se vpravo.

level-loop-stairs-title = Schody ze smyček
level-loop-stairs-instruction = Vyjeď po schodech k vlajce. Najdi část, která se opakuje.
level-loop-stairs-learned = Když se nějaký vzor opakuje, postav ho jednou do smyčky. Smyčka udělá zbytek.
level-loop-stairs-hint-1 = Podívej se na jeden schod. Co na něm robot dělá?
level-loop-stairs-hint-2 = Ve smyčce můžou být i otočky. Dej jeden schod do bloku Opakuj.
level-loop-stairs-hint-3 = Jeden schod je: Vpřed, Otoč se vlevo, Vpřed, Otoč se vpravo.

level-loop-square-title = Čtverec lamp
level-loop-square-instruction = Rozsviť tři lampy v rozích. Použij smyčku.
level-loop-square-learned = Smyčka s otočkou uvnitř může robota provést kolem čtverce.
level-loop-square-hint-1 = Každá strana čtverce vypadá stejně.
level-loop-square-hint-2 = Dej bloky pro jednu stranu a jeden roh do bloku Opakuj.
level-loop-square-hint-3 = Jedna strana je: Vpřed, Vpřed, Rozsviť, Otoč se vpravo.

level-loop-fix-the-loop-title = Oprav smyčku
level-loop-fix-the-loop-instruction = Tahle smyčka má rozsvítit všechny tři lampy. Po první lampě robot narazí do zdi. Oprav smyčku.
level-loop-fix-the-loop-learned = Smyčka dělá v každém kole stejné bloky. Proto musí každé kolo skončit tak, že se robot dívá tam, kam na začátku.
level-loop-fix-the-loop-hint-1 = Ťukni na „Krok“. Kam se robot dívá, když smyčka začíná znovu?
level-loop-fix-the-loop-hint-2 = Na konci každého kola se musí robot dívat stejně jako na začátku.
level-loop-fix-the-loop-hint-3 = Na konci smyčky chybí otočka.

level-loop-in-a-loop-title = Smyčka ve smyčce
level-loop-in-a-loop-instruction = Rozsviť všechny lampy kolem čtverce. Dej smyčku do jiné smyčky.
level-loop-in-a-loop-learned = Smyčka může být uvnitř jiné smyčky. Pokaždé, když vnější smyčka proběhne jednou, vnitřní proběhne celá.
level-loop-in-a-loop-hint-1 = Podívej se na jednu stranu: tři lampy v řadě a pak roh.
level-loop-in-a-loop-hint-2 = Vnitřní smyčka rozsvítí jednu stranu. Vnější to udělá pro každou stranu.
level-loop-in-a-loop-hint-3 = Vnitřní smyčka: Opakuj 3krát, uvnitř Vpřed a Rozsviť.

level-loop-lamp-stairs-title = Schody s lampami
level-loop-lamp-stairs-instruction = Sejdi po schodech a rozsviť lampu na každém schodu.
level-loop-lamp-stairs-learned = Smyčka umí jet, otáčet se i plnit úkol. V každém kole udělá celý schod.
level-loop-lamp-stairs-hint-1 = Co robot dělá na jednom schodu? Podívej se, kde je lampa.
level-loop-lamp-stairs-hint-2 = Najdi bloky pro jeden schod, s Rozsviť na správném místě. Pak je zopakuj.
level-loop-lamp-stairs-hint-3 = Jeden schod začíná takhle: Vpřed, Otoč se vpravo, Vpřed.

level-loop-big-ring-title = Velký okruh
level-loop-big-ring-instruction = Rozsviť lampy v rozích velkého okruhu. Strany jsou dlouhé, tak použij smyčku ve smyčce.
level-loop-big-ring-learned = Vnitřní smyčka projede dlouhou stranu. Vnější smyčka zopakuje stranu, otočku a rozsvícení v každém rohu.
level-loop-big-ring-hint-1 = Z jednoho rohu do dalšího jsou to čtyři pole.
level-loop-big-ring-hint-2 = Vnitřní smyčka projede jednu stranu. Vnější přidá otočku a rozsvícení, jednou pro každý roh.
level-loop-big-ring-hint-3 = Vnitřní smyčka: Opakuj 4krát, uvnitř Vpřed.

level-choice-until-goal-title = Dokud není hotovo
level-choice-until-goal-instruction = Dojeď k vlajce. Použij Opakuj, dokud není hotovo: pokračuje, dokud není úkol splněný.
level-choice-until-goal-learned = Opakuj, dokud není hotovo spouští svoje bloky znovu a znovu a přestane, když je úkol splněný. Nemusíš počítat.
level-choice-until-goal-hint-1 = Jak daleko je vlajka? Tentokrát to vědět nepotřebuješ.
level-choice-until-goal-hint-2 = Opakuj, dokud není hotovo opakuje bloky uvnitř, dokud robot nestojí na vlajce.
level-choice-until-goal-hint-3 = Vpřed patří do smyčky. Žádné číslo se nenastavuje.

## Kopce pomocníků

level-helper-first-helper-title = Tvůj první pomocník
level-helper-first-helper-instruction = Rozsviť tři lampy. Postav v Pomocníkovi 1 bloky pro jednu lampu. Pak použij v Hlavním blok Pomocník 1.
level-helper-first-helper-learned = Pomocník je seznam bloků se jménem. Jeho blok pomocníka zavolá: spustí celý seznam, kolikrát chceš.
level-helper-first-helper-hint-1 = Lampy jsou v rozích. Co robot dělá, aby dojel k jedné lampě?
level-helper-first-helper-hint-2 = Postav v Pomocníkovi 1 bloky pro jednu lampu. V Hlavním dej blok Pomocník 1 jednou pro každou lampu.
level-helper-first-helper-hint-3 = Pomocník 1 může být: Vpřed, Vpřed, Rozsviť, Otoč se vpravo.

level-helper-zigzag-title = Pomocník a otočky
level-helper-zigzag-instruction = Rozsviť tři lampy. Ať Pomocník 1 jede a rozsvěcuje. Hlavní dělá otočky.
level-helper-zigzag-learned = Hlavní může míchat bloky pomocníků s jinými bloky.
level-helper-zigzag-hint-1 = Mezi lampami cesta zatáčí. Zatáčí pokaždé na stejnou stranu?
level-helper-zigzag-hint-2 = Rovný úsek je pokaždé stejný, tak ho dej do Pomocníka 1. Otočky dej do Hlavního.
level-helper-zigzag-hint-3 = Pomocník 1: Vpřed, Vpřed, Vpřed, Rozsviť.

level-helper-lamp-stairs-title = Schody s pomocníkem
level-helper-lamp-stairs-instruction = Vyjeď po schodech a rozsviť lampu na každém schodu. Použij Pomocníka 1.
level-helper-lamp-stairs-learned = Pomocník může obsahovat větší vzor s jízdou, otočkami i rozsvěcováním.
level-helper-lamp-stairs-hint-1 = Podívej se na jeden schod. Kde je jeho lampa?
level-helper-lamp-stairs-hint-2 = Dej celý jeden schod do Pomocníka 1. Pak použij Pomocníka 1 jednou pro každý schod.
level-helper-lamp-stairs-hint-3 = Jeden schod začíná takhle: Vpřed, Otoč se vlevo, Vpřed.

level-helper-call-itself-title = Pomocník, který se opakuje
level-helper-call-itself-instruction = Vyjeď po dlouhých schodech k vlajce. Do Hlavního se vejdou jen 3 bloky. Může Pomocník 1 zavolat sám sebe a pokračovat jako Opakuj, dokud není hotovo?
level-helper-call-itself-learned = Pomocník může na svém konci zavolat sám sebe. Pak začne znovu, jako smyčka, dokud není úkol hotový.
level-helper-call-itself-hint-1 = Schodů je víc, než se vejde do Hlavního.
level-helper-call-itself-hint-2 = Dej blok Pomocník 1 na konec, dovnitř Pomocníka 1. Pak Pomocník 1 běží znovu a znovu.
level-helper-call-itself-hint-3 = Pomocník 1 začíná takhle: Vpřed, Otoč se vlevo, Vpřed, Otoč se vpravo.

level-helper-round-and-round-title = Pořád dokola
level-helper-round-and-round-instruction = Rozsviť všechny čtyři lampy. Ať Pomocník 1 jede dokola tím, že volá sám sebe.
level-helper-round-and-round-learned = Pomocník, který volá sám sebe, pokračuje, dokud nesvítí všechny lampy.
level-helper-round-and-round-hint-1 = Na každé straně je jedna lampa, uprostřed.
level-helper-round-and-round-hint-2 = Na jednu stranu: jeď, rozsviť, jeď, otoč se. Pak Pomocník 1 začne znovu sám od sebe.
level-helper-round-and-round-hint-3 = Pomocník 1 začíná takhle: Vpřed, Rozsviť, Vpřed.

level-helper-fix-the-helper-title = Pomocník, který se zastaví
level-helper-fix-the-helper-instruction = Pomocník 1 má objet čtverec a rozsvítit všechny tři lampy, ale po první se zastaví. Oprav Pomocníka 1.
level-helper-fix-the-helper-learned = Pomocník, který má pokračovat, volá na konci sám sebe. Bez toho zavolání proběhne jednou a zastaví se.
level-helper-fix-the-helper-hint-1 = Ťukni na „Krok“. Co se stane, když Pomocník 1 dojde na svůj konec?
level-helper-fix-the-helper-hint-2 = Hlavní zavolá Pomocníka 1 jen jednou. Jak by Pomocník 1 mohl spustit sám sebe znovu?
level-helper-fix-the-helper-hint-3 = Na konci Pomocníka 1 něco chybí.

level-helper-second-helper-title = Dva pomocníci
level-helper-second-helper-instruction = Rozsviť všechny lampy kolem čtverce. Pomocník 1 může volat Pomocníka 2. Za tři hvězdy volá Pomocník 1 i sám sebe.
level-helper-second-helper-learned = Pomocník může volat jiného pomocníka. Z malých částí se staví větší části.
level-helper-second-helper-hint-1 = Jaký je nejmenší vzor? Podívej se na jednu lampu.
level-helper-second-helper-hint-2 = Dej nejmenší vzor do Pomocníka 2. Pomocník 1 ho volá na jednu stranu, otočí se a pak zavolá sám sebe.
level-helper-second-helper-hint-3 = Pomocník 2: Vpřed, Rozsviť.

level-helper-walk-then-loop-title = Dojeď, pak opakuj
level-helper-walk-then-loop-instruction = Nejdřív dojeď ke schodům. Pak ať po nich Pomocník 1 vyjede a rozsvítí každou lampu: na konci volá sám sebe.
level-helper-walk-then-loop-learned = Hlavní může udělat první část úkolu a zbytek předat pomocníkovi.
level-helper-walk-then-loop-hint-1 = Schody nezačínají tam, kde robot stojí. První lampa je tři pole před ním.
level-helper-walk-then-loop-hint-2 = Hlavním dojeď ke schodům. Pak zavolej Pomocníka 1: vyjede jeden schod, rozsvítí jeho lampu a zavolá sám sebe.
level-helper-walk-then-loop-hint-3 = Hlavní: Vpřed, Vpřed, Pomocník 1.

level-helper-big-ring-title = Pomocníci jedou dokola
level-helper-big-ring-instruction = Rozsviť tři lampy kolem čtverce. Blok Otoč se vlevo tu není: postav si ho v pomocníkovi. Do Hlavního se vejde jen jeden blok, takže nějaký pomocník musí volat sám sebe.
level-helper-big-ring-learned = Pomocník může nahradit blok, který nemáš: tři bloky Otoč se vpravo dají jedno Otoč se vlevo.
level-helper-big-ring-hint-1 = Cesta v každém rohu zatáčí doleva, ale máš jen Otoč se vpravo.
level-helper-big-ring-hint-2 = Po třech blocích Otoč se vpravo se robot dívá stejně jako po jednom Otoč se vlevo. Dej je do vlastního pomocníka.
level-helper-big-ring-hint-3 = Jeden pomocník může být: Otoč se vpravo, Otoč se vpravo, Otoč se vpravo.

## Kaňon rozhodnutí

level-choice-first-if-title = Červená znamená zatočit
level-choice-first-if-instruction = Každé červené pole znamená: tady zatoč doleva. Použij blok Pokud a zjisti, jestli je pole červené.
level-choice-first-if-learned = Blok Pokud se ptá. Bloky uvnitř proběhnou jen tehdy, když je odpověď ano.
level-choice-first-if-hint-1 = Kde cesta zatáčí? Jakou barvu mají ta pole?
level-choice-first-if-hint-2 = „Pokud na červené“ spustí svoje bloky, jen když robot stojí na červeném poli.
level-choice-first-if-hint-3 = Uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud na červené.

level-choice-green-lamps-title = Zelená před lampou
level-choice-green-lamps-instruction = Zelené pole znamená, že na dalším poli je lampa. Rozsviť všechny lampy.
level-choice-green-lamps-learned = Kontrola může robotovi říct, co přijde, aby se připravil.
level-choice-green-lamps-hint-1 = Podívej se na pole těsně před každou lampou.
level-choice-green-lamps-hint-2 = Když je robot na zelené, může popojet na lampu a rozsvítit ji.
level-choice-green-lamps-hint-3 = Uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud na zelené.

level-choice-path-right-title = Podívej se doprava
level-choice-path-right-instruction = Robot umí zkontrolovat cestu. Zatoč doprava všude, kde vede cesta vpravo.
level-choice-path-right-learned = Robot umí poznat zdi. „Cesta vpravo“ je ano, když je pole po jeho pravici volné.
level-choice-path-right-hint-1 = V každém rohu vede cesta doprava.
level-choice-path-right-hint-2 = „Pokud cesta vpravo“ se dívá na pole napravo od robota.
level-choice-path-right-hint-3 = Uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud cesta vpravo.

level-choice-fix-the-check-title = Moc otoček
level-choice-fix-the-check-instruction = Modrá znamená zatočit doprava. Ale tenhle robot zatáčí na každém poli a narazí do zdi. Oprav program.
level-choice-fix-the-check-learned = Bloky uvnitř bloku Pokud proběhnou, jen když je odpověď ano. Blok za ním proběhne pokaždé.
level-choice-fix-the-check-hint-1 = Ťukni na „Krok“. Zatáčí robot i na poli, které není modré?
level-choice-fix-the-check-hint-2 = Která otočka je uvnitř bloku Pokud? Která proběhne pokaždé?
level-choice-fix-the-check-hint-3 = Podívej se na poslední blok ve smyčce.

level-choice-if-else-title = Pokud, nebo jinak
level-choice-if-else-instruction = Jeď dopředu, když je cesta před tebou volná. Jinak zatoč doprava. Pozor na malé odbočky!
level-choice-if-else-learned = Pokud … jinak vybere jednu ze dvou cest: první část při odpovědi ano, část „jinak“ při odpovědi ne.
level-choice-if-else-hint-1 = Malé odbočky nikam nevedou. Zatoč, jen když je před tebou zeď.
level-choice-if-else-hint-2 = Pokud … jinak má dvě části. První proběhne při ano. Část „jinak“ proběhne při ne.
level-choice-if-else-hint-3 = Uvnitř Opakuj, dokud není hotovo použij Pokud … jinak s otázkou „cesta vpředu“, s Vpřed v první části.

level-choice-colours-title = Červená a modrá
level-choice-colours-instruction = Červená znamená zatočit doleva. Modrá znamená zatočit doprava. Použij dva bloky Pokud.
level-choice-colours-learned = Program se může ptát na víc věcí. Každý blok Pokud se ptá na svou.
level-choice-colours-hint-1 = Podívej se na barvy polí, kde cesta zatáčí.
level-choice-colours-hint-2 = Dej do smyčky dva bloky Pokud: jeden se ptá na červenou, druhý na modrou.
level-choice-colours-hint-3 = Uvnitř Opakuj, dokud není hotovo začni blokem Vpřed. Pak Pokud na červené, uvnitř Otoč se vlevo.

level-choice-corner-lamps-title = Rozsviť, nebo zatoč
level-choice-corner-lamps-instruction = Každé pole této cesty je lampa, nebo je červené. Na červené zatoč doleva. Na každém jiném poli rozsviť lampu.
level-choice-corner-lamps-learned = Pokud … jinak se může ptát i na barvu: první část proběhne na červené, část „jinak“ na každém jiném poli.
level-choice-corner-lamps-hint-1 = Která pole nemají lampu? Co tam robot dělá?
level-choice-corner-lamps-hint-2 = Jedno Pokud … jinak zvládne oba úkoly: jednu část pro červená pole, část „jinak“ pro lampy.
level-choice-corner-lamps-hint-3 = Uvnitř Opakuj, dokud není hotovo: Vpřed, pak Pokud na červené, s Otoč se vlevo v první části.

level-choice-two-rules-title = Dvě pravidla
level-choice-two-rules-instruction = Červená znamená zatočit doleva. Zeď vpředu znamená zatočit doprava. Na jedno pravidlo použij Pokud a na druhé Pokud … jinak.
level-choice-two-rules-learned = Jeden program může míchat Pokud a Pokud … jinak. Každý se ptá na svou otázku, jeden po druhém.
level-choice-two-rules-hint-1 = Některé cesty za červeným polem pokračují, ale nikam nevedou. Na červené zatoč doleva.
level-choice-two-rules-hint-2 = V každém kole se zeptej dvakrát: stojím na červené? Je cesta přede mnou volná?
level-choice-two-rules-hint-3 = Uvnitř Opakuj, dokud není hotovo začni blokem Vpřed. Pak Pokud na červené, uvnitř Otoč se vlevo.

level-choice-red-means-left-title = Křižovatka v kaňonu
level-choice-red-means-left-instruction = Jeď dopředu, dokud je cesta před tebou volná. U zdi se podívej na pole: na červené zatoč doleva, na každém jiném doprava.
level-choice-red-means-left-learned = Blok Pokud může být uvnitř jiného bloku Pokud. Robot se zeptá na jednu věc a pak možná na další.
level-choice-red-means-left-hint-1 = Červená pole jsou důležitá jen u zdi. Na volné cestě přes ně přejeď. Jedna cesta vede dokola!
level-choice-red-means-left-hint-2 = Nejdřív se zeptej: je cesta přede mnou volná? Jen když není, zeptej se: stojím na červené?
level-choice-red-means-left-hint-3 = Uvnitř Opakuj, dokud není hotovo použij Pokud … jinak s otázkou „cesta vpředu“, s Vpřed v první části.

## Zátoka chyb

level-bug-wrong-turn-title = Špatný směr
level-bug-wrong-turn-instruction = Tenhle program má dovést robota k vlajce, ale robot narazí do zdi. Najdi špatný blok a oprav ho.
level-bug-wrong-turn-learned = Ladění znamená najít krok, který se pokazí, a opravit jen ten krok.
level-bug-wrong-turn-hint-1 = Ťukej na „Krok“ a procházej blok po bloku. Kde se to pokazí?
level-bug-wrong-turn-hint-2 = Chyba je často jen jeden špatný blok. Vyměň ho za správný.
level-bug-wrong-turn-hint-3 = Podívej se na otočku. Má se robot otočit doleva, nebo doprava?

level-bug-missing-step-title = Chybějící krok
level-bug-missing-step-instruction = Robot se snaží rozsvítit lampu tam, kde žádná není. Najdi, co chybí.
level-bug-missing-step-learned = Někdy je chyba v tom, že blok chybí. Spočítej pole a zkontroluj to.
level-bug-missing-step-hint-1 = Která lampa zůstane zhasnutá?
level-bug-missing-step-hint-2 = Spočítej pole od rohu ke druhé lampě. Spočítej i bloky Vpřed.
level-bug-missing-step-hint-3 = Chybějící blok patří hned za Otoč se vpravo. Který blok posouvá robota?

level-bug-loop-count-title = Počítej znovu
level-bug-loop-count-instruction = Robot narazí do zdi. Zkontroluj, kolikrát se opakuje každá smyčka, a oprav to.
level-bug-loop-count-learned = Smyčka, která se zopakuje o jednou víc nebo o jednou míň, je velmi častá chyba.
level-bug-loop-count-hint-1 = Sleduj první smyčku. Kde robot narazí?
level-bug-loop-count-hint-2 = Spočítej pole před rohem. Smyčka se má opakovat přesně tolikrát.
level-bug-loop-count-hint-3 = Změň číslo první smyčky.

level-bug-forgot-light-title = Zhasnuto
level-bug-forgot-light-instruction = Robot objede čtverec, ale žádná lampa se nerozsvítí. Oprav smyčku.
level-bug-forgot-light-learned = Když se něco nikdy nestane, zkontroluj, jestli ve smyčce nechybí blok.
level-bug-forgot-light-hint-1 = Který blok rozsvěcuje lampu? Je v programu?
level-bug-forgot-light-hint-2 = Blok, který přidáš do smyčky, proběhne v každém kole.
level-bug-forgot-light-hint-3 = Chybějící blok patří do smyčky. Po dvou blocích Vpřed stojí robot na lampě.

level-bug-helper-turn-title = Chyba v pomocníkovi
level-bug-helper-turn-instruction = Pomocník 1 má chybu. Hlavní ho volá třikrát, takže se chyba stane pokaždé. Oprav ji jednou.
level-bug-helper-turn-learned = Když opravíš pomocníka, opravíš všechna místa, která ho volají.
level-bug-helper-turn-hint-1 = Ťukni na „Krok“. Co se stane po první lampě?
level-bug-helper-turn-hint-2 = V každém rohu tohoto čtverce vede cesta doprava.
level-bug-helper-turn-hint-3 = Podívej se na poslední blok v Pomocníkovi 1.

level-bug-wrong-side-title = Špatná strana
level-bug-wrong-side-instruction = Cesta vždycky zatáčí doprava, ale robot narazí do zdi. Blok Pokud se ptá špatně. Oprav ho.
level-bug-wrong-side-learned = Blok Pokud se špatnou otázkou může pokazit celý program.
level-bug-wrong-side-hint-1 = Kam cesta zatáčí? Na kterou stranu se dívá blok Pokud?
level-bug-wrong-side-hint-2 = Ťukni v programu na blok Pokud. Pak ťukni na „Změnit otázku“.
level-bug-wrong-side-hint-3 = Blok se dívá na jednu stranu, cesta zatáčí na druhou.

level-bug-two-mistakes-title = Dvě chyby
level-bug-two-mistakes-instruction = Tenhle program má dvě chyby. Najdi obě, aby robot vyjel po schodech k vlajce.
level-bug-two-mistakes-learned = Program může mít víc chyb. Oprav jednu, spusť ho znovu a pak oprav další.
level-bug-two-mistakes-hint-1 = Sleduj první schod. Kde robot udělá chybu?
level-bug-two-mistakes-hint-2 = Jedna chyba je otočka. Druhá je v tom, kolikrát se smyčka opakuje.
level-bug-two-mistakes-hint-3 = Na každém schodu robot vyjede nahoru a pak se otočí, aby se zase díval směrem jízdy. Zkontroluj tu otočku a pak spočítej schody.

level-bug-mixed-colours-title = Popletené barvy
level-bug-mixed-colours-instruction = Červená má znamenat zatočit doleva a modrá zatočit doprava. Někdo je popletl. Oprav program.
level-bug-mixed-colours-learned = Vyzkoušej program, najdi místo, kde dělá něco, co nechceš, a oprav jen to.
level-bug-mixed-colours-hint-1 = Co robot udělá na prvním modrém poli?
level-bug-mixed-colours-hint-2 = Každý blok Pokud se ptá na správnou barvu, ale otáčí se špatně.
level-bug-mixed-colours-hint-3 = Změň otočku uvnitř každého bloku Pokud.
