# Prameny senzorů: Opakuj, dokud, a slova není, a, nebo.

level-sensor-first-while-title = Dlouhé chodby
level-sensor-first-while-instruction = Rozsviť lampu na konci dvou dlouhých chodeb. Vyzkoušej nový blok: Opakuj, dokud.
level-sensor-first-while-learned = Opakuj, dokud se ptá před každým kolem. Dokud je odpověď ano, spustí svoje bloky znovu. Když je odpověď ne, přestane.
level-sensor-first-while-hint-1 = Kolik polí měří každá chodba? Tentokrát počítat nemusíš.
level-sensor-first-while-hint-2 = „Opakuj, dokud cesta vpředu“ posouvá robota, dokud před ním není zeď.
level-sensor-first-while-hint-3 = Na každou chodbu použij jeden blok Opakuj, dokud, uvnitř Vpřed.

level-sensor-blue-stripe-title = Za modrou
level-sensor-blue-stripe-instruction = Modrý pruh vede k lampě. Rozsviť ji. Pozor: cesta za lampou pokračuje!
level-sensor-blue-stripe-learned = Opakuj, dokud se může ptát i na barvu. „Opakuj, dokud na modré“ pokračuje, dokud robot nesjede z modrých polí.
level-sensor-blue-stripe-hint-1 = Kde končí modrý pruh? Končí tam i cesta?
level-sensor-blue-stripe-hint-2 = „Cesta vpředu“ by robota zavedla za lampu, až ke zdi. Zeptej se raději na barvu.
level-sensor-blue-stripe-hint-3 = Robot začíná na šedém poli. Nejdřív najeď na pruh, pak použij Opakuj, dokud na modré.

level-sensor-three-stripes-title = Tři pruhy
level-sensor-three-stripes-instruction = Rozsviť všechny tři lampy. Každý modrý pruh vede k lampě a každý je jinak dlouhý.
level-sensor-three-stripes-learned = Opakuj, dokud může být uvnitř bloku Opakuj. V každém kole běží vnitřní smyčka, dokud není její odpověď ne.
level-sensor-three-stripes-hint-1 = Co robot dělá s jedním pruhem? Je to u ostatních dvou stejné?
level-sensor-three-stripes-hint-2 = U každého pruhu: najeď na něj, jeď, dokud jsi na modré, rozsviť lampu. To udělej třikrát.
level-sensor-three-stripes-hint-3 = Dej Opakuj, dokud na modré dovnitř Opakuj 3krát.

level-sensor-stop-on-red-title = Stůj na červené
level-sensor-stop-on-red-instruction = Dojeď k vlajce. Je hned vedle červeného pole.
level-sensor-stop-on-red-learned = „není“ otočí otázku naruby. „Opakuj, dokud není na červené“ pokračuje, dokud robot nestojí na červené.
level-sensor-stop-on-red-hint-1 = U červeného pole není zeď. Co tam robot může zkontrolovat?
level-sensor-stop-on-red-hint-2 = Ťukni na „Změnit není / a / nebo“ a dej „není“ před otázku. „Není na červené“ je ano na každém poli, které není červené.
level-sensor-stop-on-red-hint-3 = Začni blokem Opakuj, dokud není na červené, uvnitř Vpřed. Pak se otoč k vlajce.

level-sensor-fix-the-while-title = Pořád dokola
level-sensor-fix-the-while-instruction = Červená pole označují rohy: na každém z nich zatoč doprava. Ale tenhle robot jezdí dokola v malinkém čtverci. Oprav program.
level-sensor-fix-the-while-learned = Bloky uvnitř Opakuj, dokud proběhnou v každém kole. Otočka, která patří za smyčku, musí být za ní, ne uvnitř.
level-sensor-fix-the-while-hint-1 = Ťukni na „Krok“. Kdy robot zatáčí? Stojí v tu chvíli na červené?
level-sensor-fix-the-while-hint-2 = Robot má zatočit, až když stojí na červené, ne po každém kroku.
level-sensor-fix-the-while-hint-3 = Podívej se na bloky uvnitř Opakuj, dokud.

level-sensor-side-roads-title = Boční cesty
level-sensor-side-roads-instruction = Všude, kde začíná boční cesta, vlevo nebo vpravo, stojí lampa. Rozsviť všechny lampy.
level-sensor-side-roads-learned = „nebo“ spojuje dvě otázky. „Cesta vlevo nebo cesta vpravo“ je ano, když je ano jedna z nich, nebo obě.
level-sensor-side-roads-hint-1 = Podívej se na pole s lampami. Co je vedle každého z nich?
level-sensor-side-roads-hint-2 = Jeden blok Pokud se může ptát na dvě věci najednou, spojené slovem „nebo“.
level-sensor-side-roads-hint-3 = Použij Opakuj, dokud cesta vpředu, a začni ho blokem Vpřed.

level-sensor-blue-and-free-title = Pruhy a zdi
level-sensor-blue-and-free-instruction = Jeď po třech modrých pruzích k vlajce. Některé pruhy končí u zdi. Jiné prostě skončí na volné cestě.
level-sensor-blue-and-free-learned = „a“ také spojuje dvě otázky. „Cesta vpředu a na modré“ je ano, jen když jsou ano obě.
level-sensor-blue-and-free-hint-1 = Kde končí každý pruh? Kde by robot narazil do zdi?
level-sensor-blue-and-free-hint-2 = Jeď dál, dokud platí dvě věci: cesta vpředu je volná a robot je na modré.
level-sensor-blue-and-free-hint-3 = Každé kolo bloku Opakuj dělá totéž: najet na pruh, projet ho, otočit se doprava.

level-sensor-spiral-title = Dlouhá spirála
level-sensor-spiral-instruction = Projeď celou spirálu až k vlajce.
level-sensor-spiral-learned = Opakuj, dokud může být uvnitř jiného Opakuj, dokud. Vnější smyčka nepotřebuje číslo: ptá se na vlastní otázku.
level-sensor-spiral-hint-1 = Kolik chodeb má spirála? Umí Opakuj napočítat tak vysoko?
level-sensor-spiral-hint-2 = U každé chodby: jeď ke zdi, pak se otoč doprava. Dělej to, dokud je cesta vpředu volná.
level-sensor-spiral-hint-3 = Dej jeden blok Opakuj, dokud do jiného bloku Opakuj, dokud.

level-sensor-painted-corners-title = Malované rohy
level-sensor-painted-corners-instruction = Rozsviť všechny lampy. Rohy jsou natřené červeně nebo modře: na obou barvách zatoč doleva.
level-sensor-painted-corners-learned = Pokud … jinak se může ptát i na spojenou otázku. S „na červené nebo na modré“ proběhne první část na obou barvách a část „jinak“ na každém jiném poli.
level-sensor-painted-corners-hint-1 = Která pole nemají lampu? Jakou mají barvu?
level-sensor-painted-corners-hint-2 = Stačí jedno Pokud … jinak: „na červené nebo na modré“ pro rohy, část „jinak“ pro lampy.
level-sensor-painted-corners-hint-3 = Uvnitř Opakuj, dokud není hotovo začni blokem Vpřed.

level-sensor-maze-title = Bludiště
level-sensor-maze-instruction = Najdi cestu bludištěm k vlajce. Použij co nejméně bloků.
level-sensor-maze-learned = Když se držíš jednou rukou zdi, projdeš spoustou bludišť. Tvůj program to pravidlo dodržuje smyčkou ve smyčce.
level-sensor-maze-hint-1 = Představ si, že jdeš bludištěm a pravou rukou se pořád držíš zdi.
level-sensor-maze-hint-2 = Na každém poli zkus nejdřív zatočit doprava. Když je tam zeď, zkus rovně, pak doleva, pak zpátky.
level-sensor-maze-hint-3 = Uvnitř Opakuj, dokud cesta vpředu: Vpřed, Otoč se vpravo, pak Opakuj, dokud se ptá „není cesta vpředu“.
