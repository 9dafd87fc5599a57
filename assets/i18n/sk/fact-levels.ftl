# Svet „Hľadači faktov“: posudzovanie informácií. Ľudia, miesta, stránky a značky sú
# vymyslené: mená, adresy a čísla zostávajú rovnaké.

world-fact-finders = Hľadači faktov

fact-bin-trustworthy = Vyzerá dôveryhodne
fact-bin-check-first = Najprv overiť
fact-bin-advert = Reklama
fact-bin-not-advert = Nie je reklama

## Úroveň 1: titulky

level-fact-headlines-title = Kontrola titulkov
level-fact-headlines-instruction = Vyzerá tento titulok dôveryhodne, alebo ho treba najprv overiť?
level-fact-headlines-learned = Ver správam od tých, ktorí to naozaj vedia, napríklad od tvojej obce alebo školy. Kričiace, úžasné alebo nepodpísané správy najprv over.
level-fact-headlines-hint-1 = Spýtaj sa: kto to hovorí a odkiaľ to vie?
level-fact-headlines-hint-2 = Kričanie, tajomstvá a úžasné sľuby znamenajú: najprv over. Bežné správy od tých, ktorí za vec zodpovedajú, vyzerajú dôveryhodne.
level-fact-headlines-hint-3 = Titulok o mačkách kričí a hovorí o veľkom tajomstve. Najprv ho over!

fact-headlines-cats = ŠOK!!! Mačky vedia hovoriť, vedci to tajia!
fact-headlines-cats-reason = Veľké písmená, veľa „!“ a veľké tajomstvo sú varovné signály. Najprv to hľadaj na dôveryhodných stránkach.
fact-headlines-library = Stránka obce: knižnica má vo štvrtok otvorené dlhšie
fact-headlines-library-reason = Knižnicu spravuje obec, takže jej stránka pozná otváracie hodiny.
fact-headlines-grow = Tento jediný trik ťa cez noc zväčší o 10 cm!
fact-headlines-grow-reason = Znie to príliš dobre na to, aby to bola pravda. Takéto titulky chcú tvoje kliky, nie ti povedať fakty.
fact-headlines-weather = Meteorologická služba: v sobotu sa čaká dážď
fact-headlines-weather-reason = Predpovede sú práca meteorologickej služby. Je to to správne miesto pre túto správu.
fact-headlines-no-name = Príspevok bez mena: všetky školy sa na mesiac zatvoria!
fact-headlines-no-name-reason = Nikto nehovorí, kto to napísal. Taká veľká správa by bola na stránke školy alebo obce.
fact-headlines-sports-day = Školský časopis: športový deň sa presúva na piatok
fact-headlines-sports-day-reason = Tvoja škola pozná svoje plány. Správy priamo zo školy sú dobrý zdroj.

## Úroveň 2: reklama, alebo nie?

level-fact-ad-or-not-title = Reklama, alebo nie?
level-fact-ad-or-not-instruction = Je to reklama? Daj každú kartu do správnej škatule.
level-fact-ad-or-not-learned = Reklama chce, aby ľudia niečo kúpili. Hľadaj označenia ako „Sponzorované“, „Reklama“ alebo „#reklama“.
level-fact-ad-or-not-hint-1 = Spýtaj sa: chce ma niekto presvedčiť na nákup?
level-fact-ad-or-not-hint-2 = „Sponzorované“, „Reklama“ a „#reklama“ znamenajú, že niekto zaplatil, aby to tam bolo.
level-fact-ad-or-not-hint-3 = Okno s drahokamami a príspevok s „#reklama“ sú reklamy.

fact-ad-or-not-sponsored = Sponzorované: Vyskúšaj nové cereálie Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Sponzorované“ znamená, že firma zaplatila, aby ti to ukázali. Chce predať svoje cereálie.
fact-ad-or-not-news = Správa: V Rivertone otvorili nový most
fact-ad-or-not-news-reason = Správa hovorí, čo sa stalo. Nikto ti nič nepredáva.
fact-ad-or-not-influencer = Mia_Plays: Milujem tieto tenisky! #reklama
fact-ad-or-not-influencer-reason = „#reklama“ znamená, že firma Mii za tento príspevok zaplatila. Dostáva peniaze za to, že ich chváli.
fact-ad-or-not-encyclopedia = Článok v encyklopédii: Ako včely robia med
fact-ad-or-not-encyclopedia-reason = Encyklopédia vysvetľuje veci. Nesnaží sa ti predať med.
fact-ad-or-not-search = Prvý výsledok hľadania s označením „Sponzorované“
fact-ad-or-not-search-reason = Firma zaplatila, aby bola navrchu. Najlepšia odpoveď môže byť nižšie.
fact-ad-or-not-gems = Okno v hre: Kúp si hneď 500 drahokamov!
fact-ad-or-not-gems-reason = Hra chce tvoje skutočné peniaze. Pred každým nákupom sa vždy spýtaj dospelého.
fact-ad-or-not-friend = Príspevok kamarátky: Pozri môj hrad z piesku!
fact-ad-or-not-friend-reason = Tvoja kamarátka sa delí o niečo zábavné. Nikto za to neplatil, takže to nie je reklama.

## Úroveň 3: kde hľadať

level-fact-which-source-title = Kde hľadať?
level-fact-which-source-instruction = Zakaždým vyber najlepšiu odpoveď.
level-fact-which-source-learned = Fakty hľadaj tam, kde ich píšu odborníci. Príbeh over na dôveryhodných stránkach, skôr než mu uveríš alebo ho zdieľaš.
level-fact-which-source-hint-1 = Spýtaj sa: kto to vytvoril a naozaj sa v tom vyzná?
level-fact-which-source-hint-2 = Dobré zdroje hovoria, kto ich vytvoril, a odborníci ich kontrolujú.
level-fact-which-source-hint-3 = Fakty o sopkách hľadaj v encyklopédii alebo na stránke múzea.

fact-which-source-volcanoes = Na úlohu potrebuješ fakty o sopkách. Kde budeš hľadať?
fact-which-source-volcanoes-video = V prvom vtipnom videu, ktoré nájdem.
fact-which-source-volcanoes-video-reason = Vtipné videá ťa chcú rozosmiať. Fakty môžu mať zle.
fact-which-source-volcanoes-encyclopedia = V detskej encyklopédii alebo na stránke múzea.
fact-which-source-volcanoes-encyclopedia-reason = Výborne! Píšu a kontrolujú ich odborníci. Hovoria, kto ich vytvoril.
fact-which-source-volcanoes-game-chat = Spýtam sa v hernom chate. Niekto to bude vedieť.
fact-which-source-volcanoes-game-chat-reason = Ľudia v hernom chate môžu len hádať. Nevieš, či to naozaj vedia.
fact-which-source-chocolate = Video hovorí: „Čokoláda lieči nádchu!“ Čo urobíš?
fact-which-source-chocolate-believe = Pri ďalšej nádche budem jesť veľa čokolády.
fact-which-source-chocolate-believe-reason = Jedno video nie je dôkaz. Veľa čokolády nádchu nevylieči.
fact-which-source-chocolate-share = Pošlem to babke, nech zostane zdravá.
fact-which-source-chocolate-share-reason = Babka by tomu mohla uveriť tiež, a nie je to pravda. Najprv over, potom zdieľaj len to, čo je pravda.
fact-which-source-chocolate-check = Poprosím dospelého o pomoc s overením.
fact-which-source-chocolate-check-reason = Správne! Spolu to môžete pozrieť na dôveryhodnej stránke o zdraví. Lekári o nádche vedia.
fact-which-source-screenshot = Niekto zdieľa v triednom chate snímku obrazovky so „správou“. Odkaz tam nie je.
fact-which-source-screenshot-search = Nájdem to na dôveryhodnom spravodajskom webe.
fact-which-source-screenshot-search-reason = Dobrá detektívna práca! Ak je to pravda, dôveryhodné spravodajské stránky to budú mať tiež.
fact-which-source-screenshot-forward = Pošlem to do ďalších chatov, nech to vedia všetci.
fact-which-source-screenshot-forward-reason = Bez odkazu nevieš, kto to vytvoril. Môže to byť vymyslené.
fact-which-source-screenshot-believe = Uverím: snímka obrazovky je dôkaz.
fact-which-source-screenshot-believe-reason = Obrázok, ktorý vyzerá ako správa, vytvorí ktokoľvek. Snímky obrazovky sa ľahko falšujú.

## Úroveň 4: falošná spravodajská stránka

level-fact-fake-news-page-title = Mimoriadna správa?
level-fact-fake-news-page-instruction = Ťukni na každý varovný signál na tejto spravodajskej stránke.
level-fact-fake-news-page-learned = Falošné správy často kričia, skrývajú autora, vydávajú staré príbehy za nové a súria ťa so zdieľaním.
level-fact-fake-news-page-hint-1 = Čítaj ako detektív: kto to napísal a kedy?
level-fact-fake-news-page-hint-2 = Kričanie, chýbajúce meno, starý dátum a súrenie so zdieľaním sú varovné signály.
level-fact-fake-news-page-hint-3 = Pozri sa na titulok, riadok s autorom a dátum.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Túto stránku nepoznáš. Slovo „pravda“ si do názvu môže dať ktokoľvek, tak zisti, kto ju prevádzkuje.
fact-fake-news-page-menu = Domov · Správy · Šport
fact-fake-news-page-menu-reason = Väčšina spravodajských stránok má takéto menu. Nie je to varovný signál.
fact-fake-news-page-headline = V MAPLETON PARKU SA VYLIAHOL DINOSAURUS!!!
fact-fake-news-page-headline-reason = Veľké písmená a veľa „!“ ťa chcú rozrušiť. Skutočné správy informujú pokojne.
fact-fake-news-page-author = Autor: (bez mena)
fact-fake-news-page-author-reason = Skutočné správy hovoria, kto ich napísal. Bez mena za príbehom nikto nestojí.
fact-fake-news-page-date = Zverejnené pred 6 rokmi, ale označené „NOVÉ!“
fact-fake-news-page-date-reason = Tento starý príbeh sa zdieľa, akoby sa stal dnes. Vždy skontroluj dátum.
fact-fake-news-page-photo = Fotka: tichý park so stromami
fact-fake-news-page-photo-reason = Obyčajná fotka sama osebe nie je varovný signál. Prečítaj si aj slová okolo nej.
fact-fake-news-page-share = Zdieľaj, kým to nezmažú!
fact-fake-news-page-share-reason = Chce ťa súriť, aby nebol čas premýšľať. Skutočné správy ťa neprosia o zdieľanie.

## Úroveň 5: over príbeh, skôr než ho zdieľaš

level-fact-check-a-story-title = Zastav sa a over
level-fact-check-a-story-instruction = Vidíš prekvapivý príbeh. Zoraď kroky overovateľov faktov.
level-fact-check-a-story-learned = Overovatelia faktov sa najprv zastavia, potom zistia, kto príbeh vytvoril, potom ho hľadajú na dôveryhodných stránkach a až nakoniec sa rozhodnú, či ho zdieľať.
level-fact-check-a-story-hint-1 = Čo treba urobiť, skôr než tvoj prst ťukne na „Zdieľať“?
level-fact-check-a-story-hint-2 = Overovatelia faktov sa pozrú, kto príbeh vytvoril, skôr než hľadajú inde. Rozhodnutie prichádza posledné.
level-fact-check-a-story-hint-3 = Krok 1 je zastaviť sa a zatiaľ nezdieľať.

fact-check-a-story-stop = Zastav sa: zatiaľ to nezdieľaj.
fact-check-a-story-stop-reason = Toto je prvé. Overovatelia faktov začínajú zastavením: zdieľaný príbeh sa už nedá vziať späť.
fact-check-a-story-who = Zisti, kto to vytvoril a prečo.
fact-check-a-story-who-reason = Potom sa pozri na zdroj. Chce ťa informovať, niečo ti predať, alebo získať kliky?
fact-check-a-story-others = Hľadaj to na iných dôveryhodných stránkach. Skontroluj dátum.
fact-check-a-story-others-reason = Potom porovnávaj. Ak je to pravda, píšu o tom aj dôveryhodné spravodajské stránky. Staré príbehy sa často zdieľajú ako nové.
fact-check-a-story-decide = Potom sa rozhodni: zdieľať, alebo nie.
fact-check-a-story-decide-reason = Rozhoduj sa nakoniec, keď vieš, kto to vytvoril a kto ešte o tom píše. Zdieľaj len to, čo je overené.
