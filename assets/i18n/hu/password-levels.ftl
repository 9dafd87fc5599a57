# The "Password Peak" world. Item texts stay short (about 60 characters at most). People,
# names and teams are made up. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five or more. pw-build-strong: short everyday nouns, four letters or so.

world-password-peak = Jelszó-csúcs

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Ki tudhatja?
level-pw-who-to-tell-instruction = Olvasd el, mi történik. Válaszd ki mindig a legjobb választ.
level-pw-who-to-tell-learned = A jelszavad csak a tiéd. Egy felnőtt, aki vigyáz rád, és akiben megbízol, segíthet vele.
level-pw-who-to-tell-hint-1 = Kérdezd meg magadtól: tényleg szüksége van ennek az embernek a jelszavamra?
level-pw-who-to-tell-hint-2 = A barátoknak és a játék moderátorainak sosincs rá szükségük. A szülőd vagy gondviselőd segíthet biztonságban tartani.
level-pw-who-to-tell-hint-3 = A játék csevegőjében ne válaszolj. Jelentsd.

pw-who-to-tell-friend-prompt = A legjobb barátod, Zoé megkérdezi: „Mi a jelszavad a játékhoz? Ki akarom próbálni az új pályádat.”
pw-who-to-tell-friend-tell = Megmondom neki. Ő a legjobb barátom.
pw-who-to-tell-friend-tell-reason = Még a legjobb barátok is továbbadhatják véletlenül. És a barátok néha összevesznek.
pw-who-to-tell-friend-say-no = Azt mondom: „Bocs, ez csak az enyém.”
pw-who-to-tell-friend-say-no-reason = Ügyes! Így is játszhattok együtt. Egy jó barát megérti.
pw-who-to-tell-friend-swap = Elcseréljük a jelszavunkat, hogy igazságos legyen.
pw-who-to-tell-friend-swap-reason = Akkor egy helyett két jelszó kerül ki. A csere nem tesz semmit biztonságosabbá.

pw-who-to-tell-moderator-prompt = Egy játék csevegőjében „Mod_Max” ezt írja: „Moderátor vagyok. Küldd el a jelszavad, különben bezárjuk a fiókodat!”
pw-who-to-tell-moderator-send = Gyorsan elküldöm, aztán elmondom egy felnőttnek.
pw-who-to-tell-moderator-send-reason = Jó elmondani egy felnőttnek, de soha ne küldd el. Az igazi moderátorok sosem kérik a jelszavadat.
pw-who-to-tell-moderator-proof = Megkérem, bizonyítsa be, hogy moderátor.
pw-who-to-tell-moderator-proof-reason = A csalók bármilyen bizonyítékot meghamisítanak. A játéktól senkinek sem kell a jelszavad, ezért ne küldd el.
pw-who-to-tell-moderator-report = Nem felelek. Jelentem, szólok egy felnőttnek.
pw-who-to-tell-moderator-report-reason = Így van! A játék moderátorainak sosem kell a jelszavad. A jelentés segít megállítani a csalót.

pw-who-to-tell-parent-prompt = A szülőd vagy gondviselőd segít beállítani az új táblagépedet. Megkérdezi, milyen jelszót választottál.
pw-who-to-tell-parent-tell-mum = Megmondom. Ő vigyáz rám.
pw-who-to-tell-parent-tell-mum-reason = Igen! Egy felnőtt, aki vigyáz rád, és akiben megbízol, például a szülőd vagy gondviselőd, tudhatja, és segíthet biztonságban tartani.
pw-who-to-tell-parent-nobody = Senkinek sem mondom meg, neki sem.
pw-who-to-tell-parent-nobody-reason = Tartsd titokban a barátok és az idegenek elől. De a szülőd vagy gondviselőd, aki vigyáz rád, segíthet.
pw-who-to-tell-parent-class-chat = Kiírom az osztálycsevegőbe, hogy ne felejtsem el.
pw-who-to-tell-parent-class-chat-reason = A csevegőben mindenki elolvashatná. Kérj meg egy megbízható felnőttet, hogy segítsen biztonságosan megjegyezni.

## Level 2: weakest to strongest (order_steps)

level-pw-rank-title = Gyenge vagy erős?
level-pw-rank-instruction = Tedd sorba a jelszavakat. Kezdd a leggyengébbel, és a legerősebbel fejezd be.
level-pw-rank-learned = Több véletlen szó hosszú jelszót ad. Ez sokkal erősebb, mint egyetlen szó egy számmal.
level-pw-rank-hint-1 = Melyik jelszót próbálná ki először valaki, aki találgat?
level-pw-rank-hint-2 = A találgatók először a gyakori jelszavakat és szavakat próbálják. A véletlen szavakból álló hosszú jelszavak jönnek a végén.
level-pw-rank-hint-3 = A 123456 a leggyengébb: az egyik leggyakrabban használt jelszó.

pw-rank-digits = 123456
pw-rank-digits-reason = Ez jön először: ez a leggyengébb. Az egyik leggyakoribb jelszó a világon, ezért azonnal kitalálják.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Ez a második: egyetlen gyakori szó (angolul „napsütés”). A találgatók nagyon korán kipróbálnak hosszú szólistákat.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Ez van középen. A nagy kezdőbetű és a végén az 1-es olyan trükk, amelyet a találgatók jól ismernek.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Ez a negyedik. Két szó, amely nem illik össze, nehezebben kitalálható, de kettő még mindig kevés.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Ez jön utoljára: ez a legerősebb. Négy véletlen szó hosszú jelszót ad, amelyet könnyű megjegyezni.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = Az első szavas jelszavad
level-pw-build-first-instruction = Koppints a szókártyákra, és építs erős jelszót legalább 3 szóból.
level-pw-build-first-learned = Három véletlen szó hosszú, erős jelszót ad. Hagyd ki, amit mások tudnak rólad.
level-pw-build-first-hint-1 = Elárul valamelyik kártya valamit rólad?
level-pw-build-first-hint-2 = Olyan véletlen szavakat válassz, amelyeknek semmi közük hozzád. Legyen hosszú: legalább 15 betű.
level-pw-build-first-hint-3 = Rex a kutyád neve, ezért hagyd ki.

pw-build-first-word-1 = ház
pw-build-first-word-2 = tej
pw-build-first-word-3 = rakéta
pw-build-first-word-4 = párna
pw-build-first-word-5 = citrom
pw-build-first-word-6 = kés
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex a kutyád neve. A barátaid ismerik, és mindenki, aki látja a kutyás fotóidat.
pw-build-first-year = 2016
pw-build-first-year-reason = Ez az az év, amikor születtél. Sokan tudják, és a találgatók először az évszámokat próbálják.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Jó szokások
level-pw-habits-instruction = Jó szokás vagy kockázatos? Válogasd szét a kártyákat.
level-pw-habits-learned = Minden játékhoz más jelszót használj, tartsd titokban, és közös táblagépen jelentkezz ki.
level-pw-habits-hint-1 = Képzeld el, hogy valaki más megtalálja a táblagépedet. Mit tehetne?
level-pw-habits-hint-2 = A jó szokások titokban tartják a jelszavadat, és zárva tartják a fiókodat mások előtt.
level-pw-habits-hint-3 = Közös táblagépen kijelentkezni jó szokás.

pw-habits-bin-good = Jó szokás
pw-habits-bin-risky = Kockázatos

pw-habits-one-per-game = Minden játékhoz más jelszó
pw-habits-one-per-game-reason = Ha valaki kideríti az egyik jelszót, a többi játékod biztonságban marad.
pw-habits-sticky-note = A jelszavad egy cetlin a táblagépre ragasztva
pw-habits-sticky-note-reason = Bárki elolvashatja, aki kézbe veszi a táblagépet. Kérdezz meg egy felnőttet, hol tartsd biztonságban.
pw-habits-log-out = Kijelentkezés közös táblagépen
pw-habits-log-out-reason = Így a következő ember nem játszhat a nevedben. Mindig jelentkezz ki, ha megosztod a gépet.
pw-habits-name-birthday = A neved és a születésnapod mint jelszó
pw-habits-name-birthday-reason = Sokan tudják a nevedet és a születésnapodat. A találgatók ezeket próbálják először.
pw-habits-best-friend = Elárulod a jelszavad a legjobb barátodnak
pw-habits-best-friend-reason = A barátok véletlenül továbbadhatják. Tartsd meg magadnak a jelszavadat.
pw-habits-ask-adult = Megkérdezel egy felnőttet, ha bizonytalan vagy
pw-habits-ask-adult-reason = Egy megbízható felnőtt segíthet. Kérdezni mindig jó ötlet.

## Level 5: a very strong passphrase (build_password, target: very strong)

level-pw-build-strong-title = Nagyon erős!
level-pw-build-strong-instruction = Építs nagyon erős jelszót legalább 4 szókártyából.
level-pw-build-strong-learned = Négy véletlen szó nagyon erős jelszót ad. A becenevek, iskolák és csapatok könnyen kitalálhatók.
level-pw-build-strong-hint-1 = Néhány kártya szónak látszik, de rólad szól. Melyek?
level-pw-build-strong-hint-2 = A beceneved, az iskolád és a csapatod könnyen kideríthető.
level-pw-build-strong-hint-3 = A Zippy a beceneved, ezért hagyd ki.

pw-build-strong-word-1 = hold
pw-build-strong-word-2 = levél
pw-build-strong-word-3 = szán
pw-build-strong-word-4 = kulcs
pw-build-strong-word-5 = doboz
pw-build-strong-word-6 = béka
pw-build-strong-word-7 = dob
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = A Zippy a beceneved. A barátaid és az egész osztályod ismeri.
pw-build-strong-school = Tölgyfa
pw-build-strong-school-reason = A Tölgyfa az iskolád. Sokan tudják, hová jársz iskolába.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Mindenki tudja, hogy imádod a Roverst. Egy találgató hamar kipróbálná a csapatodat.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = A kód csak a tiéd
level-pw-two-step-instruction = Olvasd el, mi történik. Válaszd ki mindig a legjobb választ.
level-pw-two-step-learned = A kétlépcsős azonosítás a jelszavad mellett egy kódot is kér. Soha ne add ki a kódot, akkor sem, ha valaki kéri.
level-pw-two-step-hint-1 = Kinek szól a kód: neked, vagy bárkinek, aki kéri?
level-pw-two-step-hint-2 = A kód egy második kulcs. Csak te használod, és senki másnak nincs rá szüksége soha.
level-pw-two-step-hint-3 = Ha egy barátod elkéri a kódodat, tartsd meg magadnak.

pw-two-step-what-prompt = A játékod megkérdezi: „Bekapcsolod a kétlépcsős azonosítást?” Mit csinál ez?
pw-two-step-what-longer = Kétszer olyan hosszúvá teszi a jelszavadat.
pw-two-step-what-longer-reason = A jelszavad ugyanaz marad. Egy második lépést ad hozzá: egy kódot.
pw-two-step-what-code = Egy kódot is kér tőled.
pw-two-step-what-code-reason = Így van! Aki tudja a jelszavadat, az sem tud belépni a kód nélkül. Kérd meg egy felnőttet, hogy segítsen bekapcsolni.
pw-two-step-what-friends = A barátaid beléphetnek helyetted.
pw-two-step-what-friends-reason = Nem. Azt biztosítja, hogy csak te léphess be.

pw-two-step-friend-prompt = A barátod, Samu ezt írja: „Véletlenül a te táblagépedre küldtem a belépési kódomat. Elküldöd nekem?”
pw-two-step-friend-send = Elküldöm. Samu a barátom.
pw-two-step-friend-send-reason = Ez egy ismert trükk. Lehet, hogy valaki más használja Samu fiókját. A kóddal a tiédet is átveheti.
pw-two-step-friend-adult-sends = Megkérek egy felnőttet otthon, hogy küldje el.
pw-two-step-friend-adult-sends-reason = Jó szólni egy felnőttnek, de senki ne küldje el a kódot. Egy felnőtt sem.
pw-two-step-friend-keep = Megtartom. Szólok egy megbízható felnőttnek.
pw-two-step-friend-keep-reason = Így van! Soha ne add ki a kódot. Beszélj Samuval személyesen, és nézd meg, tényleg ő-e az.

pw-two-step-unasked-prompt = Egy belépési kód jelenik meg a táblagépeden, pedig nem próbáltál belépni.
pw-two-step-unasked-tell = Senkinek sem adom ki, és szólok egy felnőttnek.
pw-two-step-unasked-tell-reason = Így van! Lehet, hogy valaki a jelszavaddal próbálkozik. Egy felnőtt segíthet megváltoztatni.
pw-two-step-unasked-class-chat = Kiírom az osztálycsevegőbe.
pw-two-step-unasked-class-chat-reason = Akkor a csevegőben mindenki használhatná. A kód csak a tiéd. Inkább szólj egy felnőttnek.
pw-two-step-unasked-reply = Válaszolok, és megkérdezem, ki küldte.
pw-two-step-unasked-reply-reason = Ne válaszolj. A kód azért jött, mert valaki a nevedben próbált belépni. Szólj egy felnőttnek.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = Széf a jelszavaknak
level-pw-manager-instruction = Ez Mia jelszókezelője. Megjegyzi a jelszavait. Koppints minden nem biztonságos beállításra, hogy kijavítsd.
level-pw-manager-learned = A jelszókezelő megjegyzi a jelszavaidat. Egyetlen erős, szavakból álló jelszó védi az összes többit. Egy megbízható felnőttel állítsd be.
level-pw-manager-hint-1 = Melyik beállítás segítene valakinek megnyitni Mia jelszavait?
level-pw-manager-hint-2 = A fő jelszó védi az összes többit, ezért annak kell a legerősebbnek lennie.
level-pw-manager-hint-3 = Kezdd a fő jelszóval.

pw-manager-set-up = Beállítva: egy megbízható felnőttel
pw-manager-set-up-reason = Jó! Egy megbízható felnőtt segíthet beállítani és biztonságban tartani.
pw-manager-main-password = Fő jelszó: 1234
pw-manager-main-password-reason = Ez az egy jelszó nyitja az összes többit. Legyen hosszú és erős: három véletlen szó.
pw-manager-main-password-fixed = Fő jelszó: három véletlen szó
pw-manager-one-each = Ment: minden játékhoz más jelszót
pw-manager-one-each-reason = Jó! Megjegyzi őket, így minden játéknak saját jelszava lehet.
pw-manager-make-new = Erős jelszavak készítése nekem: Ki
pw-manager-make-new-reason = Tud hosszú, véletlen jelszavakat készíteni és megjegyezni helyetted. Kapcsold be.
pw-manager-make-new-fixed = Erős jelszavak készítése nekem: Be
pw-manager-lock = Az alkalmazás zárolása bezáráskor: Ki
pw-manager-lock-reason = Akkor bárki, aki kézbe veszi a táblagépet, láthatná Mia összes jelszavát.
pw-manager-lock-fixed = Az alkalmazás zárolása bezáráskor: Be
pw-manager-device = Mentve: a saját otthoni táblagépemre
pw-manager-device-reason = A saját táblagépeden jó helyen vannak a jelszavak. Könyvtári számítógépre soha ne mentsd őket.
