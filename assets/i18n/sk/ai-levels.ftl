# Svet „Umelá inteligencia a ja“: chatboty, UI, ktorá sa učí z príkladov, odporúčania,
# obrázky a hlasy od UI a UI v škole. Ľudia, aplikácie a účty sú vymyslené.

world-ai-and-me = UI a ja

ai-bin-ok-to-ask = Môžem sa spýtať
ai-bin-good-use = Dobré použitie
ai-bin-not-ok = Nie je v poriadku

## Úroveň 2: čo povedať chatbotu

level-ai-what-to-tell-title = Rozhovor s chatbotom
level-ai-what-to-tell-instruction = Môžeš sa na toto spýtať chatbota, alebo si to radšej necháš pre seba?
level-ai-what-to-tell-learned = Pýtaj sa chatbota na svet, nie na seba. Mená, adresy, fotky, heslá a tajomstvá si nechaj pre seba.
level-ai-what-to-tell-hint-1 = Spýtaj sa: je to o svete, alebo o mne a mojich kamarátoch?
level-ai-what-to-tell-hint-2 = Firma, ktorá prevádzkuje chatbota, môže čítať, čo píšeš. Všetko, čo ukazuje, kto si, si nechaj pre seba.
level-ai-what-to-tell-hint-3 = Na príbeh o drakovi sa spýtať môžeš. Na adresu bydliska nie.

ai-what-to-tell-volcano = Ako fungujú sopky?
ai-what-to-tell-volcano-reason = Otázka o svete nič neprezradí. Over si odpoveď aj v knihe.
ai-what-to-tell-address = Tvoja adresa bydliska
ai-what-to-tell-address-reason = Chatbot nepotrebuje vedieť, kde bývaš. Firma za ním môže čítať, čo píšeš.
ai-what-to-tell-name-school = Tvoje celé meno a tvoja škola
ai-what-to-tell-name-school-reason = Spolu prezradia každému, kto ich prečíta, kto si a kde ťa nájsť. Nechaj si ich pre seba.
ai-what-to-tell-dragon = Nápady na príbeh o drakovi
ai-what-to-tell-dragon-reason = Pýtať sa na nápady je v poriadku. Potom z príbehu urob svoj vlastný.
ai-what-to-tell-password = Tvoje heslo, nech si ho zapamätá
ai-what-to-tell-password-reason = Chatbot tvoje heslo nikdy nepotrebuje. Nechaj si ho pre seba a pre dospelého, ktorý ti s ním pomáha.
ai-what-to-tell-face-photo = Fotka tvojej tváre
ai-what-to-tell-face-photo-reason = Tvoja fotka je osobná. Nedávaj ju chatbotom a pred zdieľaním fotiek sa spýtaj dospelého, ktorému dôveruješ.
ai-what-to-tell-perimeter = Čo znamená „obvod“?
ai-what-to-tell-perimeter-reason = Pýtať sa, čo znamená slovo, je v poriadku. Tvoj učiteľ môže odpoveď s tebou overiť.
ai-what-to-tell-friend-secret = Tajomstvo, ktoré ti povedal kamarát
ai-what-to-tell-friend-secret-reason = Je to tajomstvo tvojho kamaráta. Nemáš ho právo prezradiť, ani chatbotu, ani nikomu.

## Úroveň 1: nauč robota

level-ai-teach-the-robot-title = Nauč robota
level-ai-teach-the-robot-instruction = Roztrieď karty a nauč robota, čo je mačka. Potom ho vyskúšaj.
level-ai-teach-the-robot-learned = Robot sa učí len zo svojich príkladov. Ukáž mu veľa druhov mačiek a spozná aj nové mačky.
level-ai-teach-the-robot-hint-1 = Pozri sa na mačky, z ktorých sa robot učil. V čom sú všetky podobné?
level-ai-teach-the-robot-hint-2 = Každá mačka, ktorú videl, bola malá a oranžová. Potrebuje mačky, ktoré vyzerajú inak.
level-ai-teach-the-robot-hint-3 = Pridaj mačku, ktorá je sivá, veľká alebo chlpatá.

## Úroveň 3: istý, ale mýli sa

level-ai-chatbot-sure-title = Istý, ale mýli sa
level-ai-chatbot-sure-instruction = Chatbot znie veľmi isto. Čo urobíš?
level-ai-chatbot-sure-learned = Chatbot môže znieť isto, a aj tak sa mýliť. Over to v knihe alebo na dôveryhodnej stránke, alebo sa spýtaj dospelého.
level-ai-chatbot-sure-hint-1 = Urobí istý tón z niečoho pravdu?
level-ai-chatbot-sure-hint-2 = Over to v zdroji, ktorý nie je chatbot.
level-ai-chatbot-sure-hint-3 = Pri pavúkovi: povie ti to kniha o prírode.

ai-chatbot-sure-spider-prompt = Na úlohu sa pýtaš chatbota: „Je pavúk hmyz?“ Odpovie: „Áno, pavúky sú hmyz.“
ai-chatbot-sure-spider-copy = Zapíšem si to. Znie to veľmi isto.
ai-chatbot-sure-spider-copy-reason = Znieť isto neznamená mať pravdu. Pavúky majú 8 nôh, hmyz má 6.
ai-chatbot-sure-spider-check = Overím to v knihe alebo na dobrej stránke.
ai-chatbot-sure-spider-check-reason = Správne! Iný zdroj ukáže, že chatbot sa mýlil: pavúky nie sú hmyz.
ai-chatbot-sure-spider-ask-again = Spýtam sa chatbota: „Si si istý?“
ai-chatbot-sure-spider-ask-again-reason = Môže znova len povedať áno. Over to v zdroji, ktorý nie je chatbot.
ai-chatbot-sure-talk-prompt = Chatbot ti dá úžasný fakt na referát v triede. Nikde inde ho nenájdeš.
ai-chatbot-sure-talk-use-it = Použijem ho: chatbot vie veci, ktoré my nie
ai-chatbot-sure-talk-use-it-reason = Chatboty si vedia vymyslieť fakty, ktoré znejú skutočne. Ak to nikto iný nehovorí, vynechaj to.
ai-chatbot-sure-talk-leave-out = Vynechám ho, alebo sa spýtam učiteľa
ai-chatbot-sure-talk-leave-out-reason = Dobre. Fakt, ktorý sa nedá overiť, nepatrí do referátu.
ai-chatbot-sure-talk-tell-friends = Poviem kamarátom, že je to pravda
ai-chatbot-sure-talk-tell-friends-reason = Tým šíriš fakt, ktorý nikto neoveril. Najprv ho over.

## Úroveň 4: prečo práve toto video?

level-ai-why-this-video-title = Prečo toto video?
level-ai-why-this-video-instruction = Zisti, prečo ti aplikácia ukazuje to, čo ukazuje.
level-ai-why-this-video-learned = Aplikácie sa učia z toho, čo pozeráš, čo sa ti páči a čo hľadáš. Hľadaj nové veci a povedz aplikácii, čo nechceš.
level-ai-why-this-video-hint-1 = Zamysli sa, čo sa predtým dialo v aplikácii.
level-ai-why-this-video-hint-2 = Aplikácia vyberá videá podľa toho, čo pozeráš, čo sa ti páči a čo hľadáš.
level-ai-why-this-video-hint-3 = Ak chceš vidieť iné veci, ukáž aplikácii iné veci, ktoré sa ti páčia.

ai-why-this-video-cakes-prompt = Tri videá o tortách ti bežali až do konca. Teraz ti aplikácia ukazuje samé torty.
ai-why-this-video-cakes-everyone = Dnes celý svet pozerá torty
ai-why-this-video-cakes-everyone-reason = Sotva! Aplikácia vyberá videá pre teba podľa toho, čo v nej robíš.
ai-why-this-video-cakes-learned = Aplikácia sa naučila, čo pozerám
ai-why-this-video-cakes-learned-reason = Správne. Aplikácie podľa toho, čo pozeráš, čo sa ti páči a čo hľadáš, vyberajú, čo príde ďalej.
ai-why-this-video-cakes-teacher = Učiteľ povedal aplikácii, že ma bavia torty
ai-why-this-video-cakes-teacher-reason = Nie. Aplikácia sa to naučila z tvojich ťuknutí a pozretí.
ai-why-this-video-more-prompt = Chceš vidieť viac než torty. Čo pomôže?
ai-why-this-video-more-search = Hľadám nové veci, ťukám „Nezaujíma ma“
ai-why-this-video-more-search-reason = Áno! Aplikácia sa učí aj z toho. Veľa aplikácií má tlačidlo ako „Nezaujíma ma“.
ai-why-this-video-more-more-cakes = Pozriem ešte viac videí o tortách
ai-why-this-video-more-more-cakes-reason = Tým aplikáciu učíš, že chceš len torty.
ai-why-this-video-more-scroll = Budem scrollovať: aplikácia sa čoskoro zmení sama
ai-why-this-video-more-scroll-reason = Aplikácia stále vyberá podľa toho, čo bolo predtým. Ukáž jej, čo iné sa ti páči.
ai-why-this-video-feel-bad-prompt = Istý druh videí, ktoré ti aplikácia stále ukazuje, ti zhoršuje pocit zo seba.
ai-why-this-video-feel-bad-keep-watching = Budem pozerať ďalej, aby mi nič neušlo
ai-why-this-video-feel-bad-keep-watching-reason = Keď pozeráš viac, aplikácia ti toho ukáže ešte viac. Zastav sa a daj si prestávku.
ai-why-this-video-feel-bad-share = Pošlem ho kamarátom a zistím, či je aj im zle
ai-why-this-video-feel-bad-share-reason = Tým šíriš zlý pocit. Prestaň pozerať a porozprávaj sa s niekým, komu dôveruješ.
ai-why-this-video-feel-bad-stop-tell = Prestanem pozerať a poviem to dospelému
ai-why-this-video-feel-bad-stop-tell-reason = Dobre. To, ako sa cítiš, je dôležitejšie ako aplikácia. Dospelý ti pomôže zmeniť, čo ukazuje.

## Úroveň 5: skutočné, alebo od UI?

level-ai-fake-picture-title = Skutočné, alebo od UI?
level-ai-fake-picture-instruction = Ťukni na každú stopu, že tento obrázok môže byť od UI alebo nemusí byť pravdivý.
level-ai-fake-picture-learned = UI vie vytvoriť obrázky, ktoré vyzerajú skutočne. Hľadaj stopy, over iné zdroje a spýtaj sa dospelého, keď si nie je niečo jasné.
level-ai-fake-picture-hint-1 = Prekvapil by ťa tento obrázok v skutočnom živote?
level-ai-fake-picture-hint-2 = Prekvapivé, príliš dokonalé, zlé detaily a nátlak na rýchle zdieľanie sú všetko stopy.
level-ai-fake-picture-hint-3 = Prečítaj si pozorne nápis na autobuse.

ai-fake-picture-account = Zverejnil: @pic_planet, dnes o 10:02
ai-fake-picture-account-reason = Meno a čas samy osebe nepovedia, či je obrázok skutočný. Pozri sa na samotný obrázok.
ai-fake-picture-photo = Fotka: tučniak vysoký ako školský autobus
ai-fake-picture-photo-reason = Veľmi prekvapivé obrázky sú stopa. Over si, či to ukazujú aj správy alebo dôveryhodná stránka.
ai-fake-picture-perfect = Všetko vyzerá hladké a dokonalé, ako hračka
ai-fake-picture-perfect-reason = Obrázky od UI môžu vyzerať príliš dokonale. Je to stopa, tak to over, skôr než uveríš.
ai-fake-picture-sign = Nápis na autobuse: „ŠKLONÝ BUOTUS“
ai-fake-picture-sign-reason = Detaily, ktoré nesedia, napríklad poprehadzované písmená, sú stopa, že obrázok môže byť vymyslený.
ai-fake-picture-caption = Popis: SKUTOČNÉ!!! Zdieľaj, kým to nezmažú!
ai-fake-picture-caption-reason = Nátlak na rýchle zdieľanie je varovný signál. Skutočné správy počkajú, kým ich overíš.
ai-fake-picture-question = Komentár: Ktorá spravodajská stránka to má?
ai-fake-picture-question-reason = Dobrá otázka! Overiť iné zdroje je presne to správne.
ai-fake-picture-comment = Komentár: Tučniaky nie sú také veľké!
ai-fake-picture-comment-reason = Tento komentár správne pochybuje. Použiť to, čo vieš, je dobrá kontrola.

## Úroveň 6: je to naozaj on?

level-ai-voice-message-title = Je to naozaj on?
level-ai-voice-message-instruction = Hlasy a videá sa dajú vytvoriť pomocou UI. Čo urobíš?
level-ai-voice-message-learned = UI vie napodobniť hlasy a tváre. Keď správa chce kódy, peniaze alebo rýchle kliknutie, over to inak a povedz to dospelému.
level-ai-voice-message-hint-1 = Dokazuje hlas, ktorý znie správne, kto hovorí?
level-ai-voice-message-hint-2 = Over si to s tým človekom inak, nie odpoveďou na správu.
level-ai-voice-message-hint-3 = Pri speváčke: jej vlastná stránka by to povedala tiež.

ai-voice-message-cousin-prompt = Hlasová správa znie presne ako tvoj bratranec Leo: „Stratil som mobil! Pošli mi rýchlo bankový kód svojich rodičov!“
ai-voice-message-cousin-send = Pošlem ho: Leo je rodina a znie vystrašene
ai-voice-message-cousin-send-reason = UI vie napodobniť hlas z krátkej nahrávky. A skutočný bratranec by si bankový kód nepýtal.
ai-voice-message-cousin-check = Overím si to s Leom inak, s dospelým
ai-voice-message-cousin-check-reason = Správne. Never len hlasu. Dospelý môže Leovi zavolať na číslo, ktoré pozná.
ai-voice-message-cousin-delete-after = Pošlem kód, ale nech ho potom zmaže
ai-voice-message-cousin-delete-after-reason = Keď ho raz pošleš, už ho nemáš v rukách. Nikdy neposielaj kódy.
ai-voice-message-singer-prompt = Vo videu speváčka Mila Star hovorí: „Klikni na tento odkaz a dostaneš tablet zadarmo!“
ai-voice-message-singer-click = Rýchlo kliknem, kým sa tablety neminú
ai-voice-message-singer-click-reason = Náhlenie je varovný signál. Takéto videá sa dajú vytvoriť pomocou UI, aby ťa oklamali.
ai-voice-message-singer-check = Najprv pozriem jej stránku a správy
ai-voice-message-singer-check-reason = Áno. Ak to jej stránka a správy nehovoria, video je falošné.
ai-voice-message-singer-aunt = Poprosím tetu, nech klikne za mňa
ai-voice-message-singer-aunt-reason = Problém je odkaz, nech naň klikne ktokoľvek. Najprv over, potom dospelému ukáž prečo.

## Úroveň 7: UI pomáha, ty rozhoduješ

level-ai-you-decide-title = UI pomáha, ty rozhoduješ
level-ai-you-decide-instruction = Je toto dobrý spôsob, ako použiť UI v škole, alebo to nie je v poriadku?
level-ai-you-decide-learned = UI ti môže pomôcť učiť sa. Premýšľaš ty, overuješ, čo hovorí, a dodržiavaš pravidlá svojej školy.
level-ai-you-decide-hint-1 = Spýtaj sa: kto tu premýšľa, ja, alebo UI?
level-ai-you-decide-hint-2 = Použiť UI na pochopenie alebo precvičovanie je dobré. Vydávať jej prácu za svoju nie.
level-ai-you-decide-hint-3 = Požiadať ju o vysvetlenie slova je dobré použitie.

ai-you-decide-explain-word = Požiadať ju o vysvetlenie neznámeho slova
ai-you-decide-explain-word-reason = Keď ti UI pomôže niečomu porozumieť, učíš sa. Over si, či to dáva zmysel.
ai-you-decide-copy-story = Odovzdať príbeh, ktorý napísala, ako svoj
ai-you-decide-copy-story-reason = To nie je tvoja práca a nič sa nenaučíš. Úprimne povedz, čo urobila UI.
ai-you-decide-quiz = Pýtať si od nej kvízové otázky na precvičenie
ai-you-decide-quiz-reason = Precvičovanie s jej otázkami môže pomôcť. Odpovede si over vo svojich poznámkach.
ai-you-decide-whole-homework = Nechať ju urobiť celú domácu úlohu za teba
ai-you-decide-whole-homework-reason = Potom vynecháš premýšľanie, na ktoré je úloha. Najprv to skús bez nej.
ai-you-decide-check-facts = Overiť jej fakty v knihe alebo na dôveryhodnej stránke
ai-you-decide-check-facts-reason = UI sa môže mýliť. Overovanie robí múdry používateľ.
ai-you-decide-fake-photo = Urobiť vtipnú falošnú fotku spolužiaka
ai-you-decide-fake-photo-reason = Falošné obrázky skutočných ľudí im môžu ublížiť. Nikdy nepoužívaj UI na posmech z niekoho.
ai-you-decide-own-words = Získať nápady a potom písať vlastnými slovami
ai-you-decide-own-words-reason = Dobre: nápady ti pomôžu začať a práca je tvoja.
ai-you-decide-against-rules = Použiť ju, keď učiteľ povedal, že nie
ai-you-decide-against-rules-reason = Tvoja škola rozhoduje, kedy sa UI smie používať. Dodržiavaj jej pravidlá.
