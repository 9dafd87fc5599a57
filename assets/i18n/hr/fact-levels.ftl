# The "Fact Finders" world: judging information. People, places, sites and brands are made
# up; names, addresses and numbers stay unchanged.

world-fact-finders = Tragači za činjenicama

fact-bin-trustworthy = Čini se pouzdano
fact-bin-check-first = Prvo provjeri
fact-bin-advert = Reklama
fact-bin-not-advert = Nije reklama

## Level 1: headlines

level-fact-headlines-title = Provjera naslova
level-fact-headlines-instruction = Čini li se ovaj naslov pouzdanim ili ga trebaš prvo provjeriti?
level-fact-headlines-learned = Vjeruj vijestima onih koji stvarno znaju, poput tvog grada ili škole. Vijesti koje viču, zvuče nevjerojatno ili nemaju autora prvo provjeri.
level-fact-headlines-hint-1 = Pitaj: tko to kaže i kako bi to mogao znati?
level-fact-headlines-hint-2 = Vikanje, tajne i nevjerojatna obećanja znače: prvo provjeri. Svakodnevne vijesti od onih koji su za nešto zaduženi čine se pouzdanima.
level-fact-headlines-hint-3 = Naslov o mačkama viče i govori o velikoj tajni. Prvo ga provjeri!

fact-headlines-cats = ŠOK!!! Mačke govore, znanstvenici to skrivaju!
fact-headlines-cats-reason = Velika slova, puno „!“ i velika tajna znakovi su upozorenja. Prvo to potraži na pouzdanim stranicama.
fact-headlines-library = Stranica grada: Knjižnica četvrtkom radi dulje
fact-headlines-library-reason = Grad vodi knjižnicu pa njegova stranica zna radno vrijeme.
fact-headlines-grow = Uz ovaj jedan trik narast ćeš 10 cm preko noći!
fact-headlines-grow-reason = Zvuči predobro da bi bilo istinito. Ovakvi naslovi žele tvoje klikove, a ne ti reći činjenice.
fact-headlines-weather = Meteorološka služba: U subotu se očekuje kiša
fact-headlines-weather-reason = Prognoze su posao meteorološke službe. To je pravo mjesto za ovu vijest.
fact-headlines-no-name = Objava bez imena: Sve škole zatvorene mjesec dana!
fact-headlines-no-name-reason = Nitko ne kaže tko je to napisao. Tako velika vijest bila bi na stranici škole ili grada.
fact-headlines-sports-day = Školske novine: Sportski dan seli se na petak
fact-headlines-sports-day-reason = Tvoja škola zna svoje planove. Vijest od same škole dobar je izvor.

## Level 2: advert or not?

level-fact-ad-or-not-title = Reklama ili ne?
level-fact-ad-or-not-instruction = Je li ovo reklama? Razvrstaj svaku karticu u pravu kutiju.
level-fact-ad-or-not-learned = Reklame žele da nešto kupiš. Traži oznake poput „Sponzorirano“, „Oglas“ ili „#oglas“.
level-fact-ad-or-not-hint-1 = Pitaj: želi li netko da nešto kupim?
level-fact-ad-or-not-hint-2 = „Sponzorirano“, „Oglas“ i „#oglas“ znače da je netko platio da to bude ondje.
level-fact-ad-or-not-hint-3 = Skočni prozor s draguljima i objava s „#oglas“ su reklame.

fact-ad-or-not-sponsored = Sponzorirano: Probaj nove pahuljice Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Sponzorirano“ znači da je tvrtka platila da ti to pokaže. Želi da kupiš njezine pahuljice.
fact-ad-or-not-news = Vijesti: U Rivertonu otvoren novi most
fact-ad-or-not-news-reason = Vijesti govore što se dogodilo. Nitko ti ništa ne prodaje.
fact-ad-or-not-influencer = Mia_Plays: Obožavam ove tenisice! #oglas
fact-ad-or-not-influencer-reason = „#oglas“ znači da je tvrtka platila ovu objavu. Mia dobiva novac da kaže kako ih obožava.
fact-ad-or-not-encyclopedia = Članak u enciklopediji: Kako pčele rade med
fact-ad-or-not-encyclopedia-reason = Enciklopedija objašnjava stvari. Ne pokušava ti prodati med.
fact-ad-or-not-search = Prvi rezultat pretraživanja, označen „Sponzorirano“
fact-ad-or-not-search-reason = Tvrtka je platila da bude na vrhu. Najbolji odgovor možda je niže.
fact-ad-or-not-gems = Skočni prozor u igri: Kupi 500 dragulja odmah!
fact-ad-or-not-gems-reason = Igra želi da potrošiš pravi novac. Uvijek pitaj odraslu osobu prije nego što išta kupiš.
fact-ad-or-not-friend = Objava prijatelja: Pogledaj moj dvorac od pijeska!
fact-ad-or-not-friend-reason = Tvoj prijatelj dijeli nešto zabavno. Nitko to nije platio pa to nije reklama.

## Level 3: where to look

level-fact-which-source-title = Gdje tražiti?
level-fact-which-source-instruction = Svaki put odaberi najbolji odgovor.
level-fact-which-source-learned = Traži činjenice ondje gdje ih pišu stručnjaci. Provjeri priču na pouzdanim stranicama prije nego što joj povjeruješ ili je podijeliš.
level-fact-which-source-hint-1 = Pitaj: tko je ovo napravio i zna li stvarno o tome?
level-fact-which-source-hint-2 = Dobri izvori kažu tko ih je napravio, a stručnjaci ih provjeravaju.
level-fact-which-source-hint-3 = Za činjenice o vulkanima odaberi enciklopediju ili stranicu muzeja.

fact-which-source-volcanoes = Za domaću zadaću trebaju ti činjenice o vulkanima. Gdje ćeš tražiti?
fact-which-source-volcanoes-video = U prvom smiješnom videu koji pronađem.
fact-which-source-volcanoes-video-reason = Smiješni videi te žele nasmijati. Činjenice mogu biti krive.
fact-which-source-volcanoes-encyclopedia = U dječjoj enciklopediji ili na stranici muzeja.
fact-which-source-volcanoes-encyclopedia-reason = Bravo! Njih pišu i provjeravaju stručnjaci. Kažu tko ih je napravio.
fact-which-source-volcanoes-game-chat = Pitat ću u razgovoru u igri. Netko će ondje znati.
fact-which-source-volcanoes-game-chat-reason = Ljudi u razgovoru u igri možda samo nagađaju. Ne možeš znati znaju li stvarno.
fact-which-source-chocolate = Video kaže: „Čokolada liječi prehladu!“ Što ćeš učiniti?
fact-which-source-chocolate-believe = Kad se idući put prehladim, pojest ću puno čokolade.
fact-which-source-chocolate-believe-reason = Jedan video nije dokaz. Puno čokolade neće otjerati prehladu.
fact-which-source-chocolate-share = Poslat ću to baki da ostane zdrava.
fact-which-source-chocolate-share-reason = I baka bi mogla povjerovati, a to nije istina. Prvo provjeri, zatim dijeli samo ono što je istinito.
fact-which-source-chocolate-check = Zamolit ću odraslu osobu da mi pomogne provjeriti.
fact-which-source-chocolate-check-reason = Točno! Zajedno možete pogledati na pouzdanoj stranici o zdravlju. Liječnici znaju o prehladi.
fact-which-source-screenshot = Netko u razgovoru razreda dijeli snimku zaslona „vijesti“. Poveznice nema.
fact-which-source-screenshot-search = Potražit ću to na pouzdanoj stranici.
fact-which-source-screenshot-search-reason = Dobar detektivski posao! Ako je istina, imat će to i pouzdane stranice s vijestima.
fact-which-source-screenshot-forward = Proslijedit ću to u druge razgovore da svi znaju.
fact-which-source-screenshot-forward-reason = Bez poveznice ne možeš znati tko je to napravio. Možda je izmišljeno.
fact-which-source-screenshot-believe = Vjerovat ću: snimka zaslona je dokaz.
fact-which-source-screenshot-believe-reason = Svatko može napraviti sliku koja izgleda kao vijest. Snimke zaslona lako je krivotvoriti.

## Level 4: a fake news page

level-fact-fake-news-page-title = Udarna vijest?
level-fact-fake-news-page-instruction = Dodirni svaki znak upozorenja na ovoj stranici s vijestima.
level-fact-fake-news-page-learned = Lažne vijesti često viču, skrivaju autora, stare priče prikazuju kao nove i požuruju te da dijeliš.
level-fact-fake-news-page-hint-1 = Čitaj kao detektiv: tko je ovo napisao i kada?
level-fact-fake-news-page-hint-2 = Vikanje, ime koje nedostaje, stari datum i žurba s dijeljenjem znakovi su upozorenja.
level-fact-fake-news-page-hint-3 = Pogledaj naslov, redak s autorom i datum.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Za ovu stranicu prvi put čuješ. Svatko može staviti „truth“ (istina) u ime, zato saznaj tko je vodi.
fact-fake-news-page-menu = Početna · Vijesti · Sport
fact-fake-news-page-menu-reason = Većina stranica s vijestima ima ovakav izbornik. To nije znak upozorenja.
fact-fake-news-page-headline = U PARKU MAPLETON IZLEGLO SE JAJE DINOSAURA!!!
fact-fake-news-page-headline-reason = Velika slova i puno „!“ žele te uzbuditi. Prave vijesti pričaju mirno.
fact-fake-news-page-author = Autor: (bez imena)
fact-fake-news-page-author-reason = Prave vijesti kažu tko ih je napisao. Bez imena nitko ne stoji iza priče.
fact-fake-news-page-date = Objavljeno prije 6 godina, ali označeno „NOVO!“
fact-fake-news-page-date-reason = Ova stara priča dijeli se kao da se dogodila danas. Uvijek provjeri datum.
fact-fake-news-page-photo = Fotografija: miran park s drvećem
fact-fake-news-page-photo-reason = Obična fotografija sama po sebi nije znak upozorenja. Pročitaj i riječi oko nje.
fact-fake-news-page-share = Podijeli prije nego što ovo izbrišu!
fact-fake-news-page-share-reason = Ovo želi da požuriš i ne razmišljaš. Prave vijesti ne mole te da ih dijeliš.

## Level 5: check a story before you share it

level-fact-check-a-story-title = Stani i provjeri
level-fact-check-a-story-instruction = Vidiš iznenađujuću priču. Poredaj korake provjeravatelja činjenica.
level-fact-check-a-story-learned = Provjeravatelji činjenica prvo stanu, zatim saznaju tko je napravio priču, zatim je traže na pouzdanim stranicama i tek onda odlučuju hoće li je podijeliti.
level-fact-check-a-story-hint-1 = Što trebaš učiniti prije nego što ti prst dodirne „Podijeli“?
level-fact-check-a-story-hint-2 = Provjeravatelji činjenica gledaju tko je napravio priču prije nego što pogledaju bilo gdje drugdje. Odluka dolazi na kraju.
level-fact-check-a-story-hint-3 = Prvi korak je stati i još ne dijeliti.

fact-check-a-story-stop = Stani: još je ne dijeli.
fact-check-a-story-stop-reason = Ovo je prvo. Provjeravatelji činjenica počinju sa „Stani“: priču koju podijeliš ne možeš vratiti.
fact-check-a-story-who = Saznaj tko ju je napravio i zašto.
fact-check-a-story-who-reason = Zatim pogledaj izvor. Želi li te informirati, nešto ti prodati ili dobiti klikove?
fact-check-a-story-others = Traži je na drugim pouzdanim stranicama. Pazi na datum.
fact-check-a-story-others-reason = Zatim usporedi. Ako je istinita, pouzdane stranice s vijestima također o njoj pišu. Stare se priče često dijele kao nove.
fact-check-a-story-decide = Zatim odluči: podijeliti ili ne.
fact-check-a-story-decide-reason = Odluči na kraju, kad znaš tko ju je napravio i tko još o njoj piše. Dijeli samo ono što je provjereno.
