# Svět „Hledači faktů“: posuzování informací. Lidé, místa, weby a značky jsou vymyšlené.

world-fact-finders = Hledači faktů

fact-bin-trustworthy = Působí důvěryhodně
fact-bin-check-first = Nejdřív ověřit
fact-bin-advert = Reklama
fact-bin-not-advert = Není reklama

## Úroveň 1: titulky

level-fact-headlines-title = Kontrola titulků
level-fact-headlines-instruction = Působí tenhle titulek důvěryhodně, nebo ho máš nejdřív ověřit?
level-fact-headlines-learned = Věř zprávám od těch, kdo to opravdu vědí, třeba od města nebo školy. Křiklavé, úžasné nebo nepodepsané zprávy nejdřív ověř.
level-fact-headlines-hint-1 = Zeptej se: kdo to říká a jak by to mohl vědět?
level-fact-headlines-hint-2 = Křik, tajemství a úžasné sliby znamenají: nejdřív ověř. Běžné zprávy od těch, kdo to mají na starosti, působí důvěryhodně.
level-fact-headlines-hint-3 = Titulek o kočkách křičí a mluví o velkém tajemství. Nejdřív ho ověř!

fact-headlines-cats = ŠOK!!! Kočky mluví a vědci to tají!
fact-headlines-cats-reason = Velká písmena, hodně „!“ a velké tajemství jsou varovné signály. Nejdřív to hledej na důvěryhodných webech.
fact-headlines-library = Web města: Knihovna má ve čtvrtek otevřeno déle
fact-headlines-library-reason = Knihovnu provozuje město, takže jeho vlastní web zná otevírací dobu.
fact-headlines-grow = Jeden trik a přes noc vyrosteš o 10 cm!
fact-headlines-grow-reason = Zní to až moc dobře, aby to byla pravda. Takové titulky chtějí tvoje kliknutí, ne ti říct fakta.
fact-headlines-weather = Meteorologická služba: V sobotu se čeká déšť
fact-headlines-weather-reason = Předpovídat počasí je práce meteorologické služby. Pro tuhle zprávu je to správné místo.
fact-headlines-no-name = Příspěvek bez jména: Všechny školy na měsíc zavřou!
fact-headlines-no-name-reason = Nikdo neříká, kdo to napsal. Tak velká zpráva by byla na webu školy nebo města.
fact-headlines-sports-day = Školní zpravodaj: Sportovní den se přesouvá na pátek
fact-headlines-sports-day-reason = Tvoje škola zná svoje plány. Zprávy přímo od školy jsou dobrý zdroj.

## Úroveň 2: reklama, nebo ne?

level-fact-ad-or-not-title = Reklama, nebo ne?
level-fact-ad-or-not-instruction = Je tohle reklama? Roztřiď každou kartičku do správné krabice.
level-fact-ad-or-not-learned = Reklama chce, ať si něco koupíš. Hledej označení jako „Sponzorováno“, „Reklama“ nebo „#reklama“.
level-fact-ad-or-not-hint-1 = Zeptej se: chce po mně někdo, ať si něco koupím?
level-fact-ad-or-not-hint-2 = „Sponzorováno“, „Reklama“ a „#reklama“ znamenají, že někdo zaplatil, aby to tam bylo.
level-fact-ad-or-not-hint-3 = Vyskakovací okno s drahokamy a příspěvek s „#reklama“ jsou reklamy.

fact-ad-or-not-sponsored = Sponzorováno: Ochutnej nové cereálie Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Sponzorováno“ znamená, že firma zaplatila, aby ti to ukázala. Chce, ať si koupíš její cereálie.
fact-ad-or-not-news = Zprávy: V Riverton otevřeli nový most
fact-ad-or-not-news-reason = Zprávy říkají, co se stalo. Nikdo ti nic neprodává.
fact-ad-or-not-influencer = Mia_Plays: Tyhle tenisky miluju! #reklama
fact-ad-or-not-influencer-reason = „#reklama“ znamená, že firma Mie za příspěvek zaplatila. Platí jí za to, že říká, jak je miluje.
fact-ad-or-not-encyclopedia = Článek v encyklopedii: Jak včely dělají med
fact-ad-or-not-encyclopedia-reason = Encyklopedie věci vysvětluje. Nesnaží se ti prodat med.
fact-ad-or-not-search = První výsledek hledání, označený „Sponzorováno“
fact-ad-or-not-search-reason = Firma zaplatila, aby byla nahoře. Nejlepší odpověď může být níž.
fact-ad-or-not-gems = Okno ve hře: Kup si hned 500 drahokamů!
fact-ad-or-not-gems-reason = Hra chce, ať utratíš skutečné peníze. Než si něco koupíš, vždycky se zeptej dospělého.
fact-ad-or-not-friend = Příspěvek kamarádky: Koukni na můj hrad z písku!
fact-ad-or-not-friend-reason = Kamarádka sdílí něco zábavného. Nikdo za to neplatil, takže to není reklama.

## Úroveň 3: kde hledat

level-fact-which-source-title = Kde hledat?
level-fact-which-source-instruction = Pokaždé vyber nejlepší odpověď.
level-fact-which-source-learned = Fakta hledej tam, kde je píšou odborníci. Než příběhu uvěříš nebo ho sdílíš, ověř si ho na důvěryhodných webech.
level-fact-which-source-hint-1 = Zeptej se: kdo to vytvořil a opravdu se v tom vyzná?
level-fact-which-source-hint-2 = Dobré zdroje říkají, kdo je vytvořil, a odborníci je kontrolují.
level-fact-which-source-hint-3 = Pro fakta o sopkách vyber encyklopedii nebo web muzea.

fact-which-source-volcanoes = Do úkolu potřebuješ fakta o sopkách. Kde hledáš?
fact-which-source-volcanoes-video = V prvním vtipném videu, které najdu.
fact-which-source-volcanoes-video-reason = Vtipná videa tě chtějí rozesmát. Fakta můžou mít špatně.
fact-which-source-volcanoes-encyclopedia = V dětské encyklopedii nebo na webu muzea.
fact-which-source-volcanoes-encyclopedia-reason = Výborně! Ty píšou a kontrolují odborníci. Říkají, kdo je vytvořil.
fact-which-source-volcanoes-game-chat = Zeptám se v herním chatu. Někdo tam to bude vědět.
fact-which-source-volcanoes-game-chat-reason = Lidé v herním chatu můžou jen hádat. Nepoznáš, jestli to opravdu vědí.
fact-which-source-chocolate = Video říká: „Čokoláda léčí rýmu!“ Co uděláš?
fact-which-source-chocolate-believe = Až budu mít rýmu, sním spoustu čokolády.
fact-which-source-chocolate-believe-reason = Jedno video není důkaz. Hodně čokolády rýmu nevyléčí.
fact-which-source-chocolate-share = Pošlu ho babičce, ať zůstane zdravá.
fact-which-source-chocolate-share-reason = Babička by tomu taky mohla uvěřit, a není to pravda. Nejdřív ověř, pak sdílej jen to, co je pravda.
fact-which-source-chocolate-check = Poprosím dospělého o pomoc s ověřením.
fact-which-source-chocolate-check-reason = Správně! Společně se můžete podívat na důvěryhodný web o zdraví. Lékaři o rýmě vědí.
fact-which-source-screenshot = Někdo sdílí v třídním chatu snímek obrazovky se „zprávou“. Odkaz tam není.
fact-which-source-screenshot-search = Poohlédnu se po ní na zpravodajském webu.
fact-which-source-screenshot-search-reason = Dobrá detektivní práce! Jestli je to pravda, budou to mít i důvěryhodné zpravodajské weby.
fact-which-source-screenshot-forward = Pošlu ho dál do dalších chatů, ať to všichni vědí.
fact-which-source-screenshot-forward-reason = Bez odkazu nepoznáš, kdo to vytvořil. Může to být vymyšlené.
fact-which-source-screenshot-believe = Uvěřím: snímek obrazovky je důkaz.
fact-which-source-screenshot-believe-reason = Obrázek, který vypadá jako zpráva, udělá kdokoli. Snímky obrazovky se snadno falšují.

## Úroveň 4: falešná zpravodajská stránka

level-fact-fake-news-page-title = Mimořádná zpráva?
level-fact-fake-news-page-instruction = Ťukni na každý varovný signál na této zpravodajské stránce.
level-fact-fake-news-page-learned = Falešné zprávy často křičí, skrývají, kdo je napsal, vydávají staré příběhy za nové a nutí tě rychle sdílet.
level-fact-fake-news-page-hint-1 = Čti jako detektiv: kdo to napsal a kdy?
level-fact-fake-news-page-hint-2 = Křik, chybějící jméno, staré datum a spěch se sdílením jsou varovné signály.
level-fact-fake-news-page-hint-3 = Podívej se na titulek, řádek s autorem a datum.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Tenhle web neznáš. Slovo „pravda“ si do názvu dá kdokoli, tak zjisti, kdo web provozuje.
fact-fake-news-page-menu = Domů · Zprávy · Sport
fact-fake-news-page-menu-reason = Takové menu má většina zpravodajských webů. Není to varovný signál.
fact-fake-news-page-headline = V PARKU V MAPLETONU SE VYLÍHL DINOSAURUS!!!
fact-fake-news-page-headline-reason = Velká písmena a hodně „!“ tě chtějí rozrušit. Skutečné zprávy mluví klidně.
fact-fake-news-page-author = Napsal: (bez jména)
fact-fake-news-page-author-reason = Skutečné zprávy říkají, kdo je napsal. Bez jména se za příběh nikdo nepostaví.
fact-fake-news-page-date = Zveřejněno před 6 lety, ale označeno „NOVÉ!“
fact-fake-news-page-date-reason = Tenhle starý příběh se sdílí, jako by se stal dnes. Vždycky zkontroluj datum.
fact-fake-news-page-photo = Fotka: klidný park se stromy
fact-fake-news-page-photo-reason = Obyčejná fotka sama o sobě není varovný signál. Přečti si i slova kolem.
fact-fake-news-page-share = Sdílej, než to smažou!
fact-fake-news-page-share-reason = Tohle chce, ať spěcháš a nepřemýšlíš. Skutečné zprávy tě neprosí o sdílení.

## Úroveň 5: ověř příběh, než ho sdílíš

level-fact-check-a-story-title = Zastav se a ověř
level-fact-check-a-story-instruction = Vidíš překvapivý příběh. Seřaď kroky ověřovatelů faktů.
level-fact-check-a-story-learned = Ověřovatelé faktů se nejdřív zastaví, pak zjistí, kdo příběh vytvořil, pak ho hledají na důvěryhodných webech a teprve potom se rozhodnou, jestli ho sdílet.
level-fact-check-a-story-hint-1 = Co je potřeba udělat, než tvůj prst ťukne na „Sdílet“?
level-fact-check-a-story-hint-2 = Ověřovatelé se podívají, kdo příběh vytvořil, dřív než kamkoli jinam. Rozhodnutí přijde nakonec.
level-fact-check-a-story-hint-3 = Krok 1 je zastavit se a zatím nesdílet.

fact-check-a-story-stop = Zastav se: zatím to nesdílej.
fact-check-a-story-stop-reason = Tohle je první. Ověřovatelé začínají zastavením: když příběh jednou sdílíš, už ho nevezmeš zpátky.
fact-check-a-story-who = Zjisti, kdo ho vytvořil a proč.
fact-check-a-story-who-reason = Dál se podívej na zdroj. Chce tě informovat, něco ti prodat, nebo získat kliknutí?
fact-check-a-story-others = Hledej ho na jiných důvěryhodných webech. Zkontroluj datum.
fact-check-a-story-others-reason = Pak porovnávej. Jestli je to pravda, píšou o tom i důvěryhodné zpravodajské weby. Staré příběhy se často sdílejí jako nové.
fact-check-a-story-decide = Pak se rozhodni: sdílet, nebo ne.
fact-check-a-story-decide-reason = Rozhoduj se nakonec, až víš, kdo příběh vytvořil a kdo další o něm píše. Sdílej jen to, co máš ověřené.
