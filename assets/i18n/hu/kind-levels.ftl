# The "Kind Corner" world: being kind online, and what to do when someone is not. Item texts
# stay short (about 60 characters). All people are made up. Keep the tone gentle.

world-kind-corner = Kedvesség sarok

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Mondj valami kedveset
level-kind-reply-instruction = Válaszd ki mindig a legkedvesebb választ.
level-kind-reply-learned = A kedves szavak az interneten jólesnek másoknak. Mielőtt posztolsz, kérdezd meg magadtól: hogy fogja érezni magát?
level-kind-reply-hint-1 = Képzeld el, hogy te vagy a másik. Melyik választ szeretnéd kapni?
level-kind-reply-hint-2 = A kedves válasz barátságos, őszinte, és a másikról szól, nem rólad.
level-kind-reply-hint-3 = Miának: egy kérdés a rajzáról megmutatja, hogy tényleg megnézted.

kind-reply-drawing-prompt = A barátod, Mia megoszt egy rajzot a macskájáról. Mit írsz?
kind-reply-drawing-praise = Imádom a színeit! Hogyan rajzoltad?
kind-reply-drawing-praise-reason = A kedves és őszinte dicséret boldoggá teszi Miát. A kérdés megmutatja, hogy tényleg megnézted.
kind-reply-drawing-brother = Az öcsém ennél sokkal jobban rajzol.
kind-reply-drawing-brother-reason = Ez megbántaná Miát. Még viccnek szánva is rosszul érezné magát a munkája miatt.
kind-reply-drawing-mine = Inkább az én rajzomat nézd!
kind-reply-drawing-mine-reason = Mia a rajzát akarta megosztani. Ez a válasz rólad szóló beszélgetéssé teszi.

kind-reply-game-prompt = Egy online játékban a csapattársad, Levi hibázik. A csapatod veszít.
kind-reply-game-blame = Miattad vesztettünk, Levi! Köszi szépen.
kind-reply-game-blame-reason = Mindenki hibázik. Ha a csapat előtt Levit hibáztatod, nagyon rosszul fogja érezni magát.
kind-reply-game-kick = Rúgjuk ki Levit a csapatból.
kind-reply-game-kick-reason = Egyetlen hiba miatt kihagyni valakit nem kedves. A játék jobb, ha mindenkit szívesen látunk.
kind-reply-game-cheer = Szép próba, Levi! Legközelebb nyerünk.
kind-reply-game-cheer-reason = Egy barátságos szó vereség után felvidítja az egész csapatot. Ez csak játék.

kind-reply-sad-prompt = Az osztálytársad, Anna ezt írja ki: „ma senki sem szeret”.
kind-reply-sad-drama = Ne drámázz már.
kind-reply-sad-drama-reason = Anna azt mondja el, hogy szomorú. Ez a válasz azt üzeni neki, hogy az érzései nem számítanak.
kind-reply-sad-message = Írok Annának: „Én kedvellek! Beszélünk?”
kind-reply-sad-message-reason = Egy kedves privát üzenet megmutatja Annának, hogy törődnek vele. Ha nagyon szomorúnak tűnik, szólj egy megbízható felnőttnek is.
kind-reply-sad-scroll = Továbbgörgetek. A szülei majd úgyis elintézik.
kind-reply-sad-scroll-reason = Anna még magányosabbnak érezheti magát, és lehet, hogy a szülei nem is tudnak róla. Néhány kedves szó tőled sokat segíthet.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Kedves
kind-bin-unkind = Nem kedves

level-kind-comments-title = Kedves vagy nem kedves?
level-kind-comments-instruction = Válogasd szét a hozzászólásokat: kedves vagy nem kedves?
level-kind-comments-learned = Elmondhatod a véleményed, és közben kedves maradhatsz. A csúnya hozzászólások fájnak, viccből is.
level-kind-comments-hint-1 = Olvasd el mindegyiket úgy, mintha neked írták volna.
level-kind-comments-hint-2 = A kedves hozzászólások dicsérnek, segítenek vagy udvariasan nem értenek egyet. A nem kedvesek csúfolnak vagy lenéznek.
level-kind-comments-hint-3 = A külsőről vagy a mozgásról szóló hozzászólások gyakran nem kedvesek, még viccnek szánva sem.

kind-comments-great-goal = Micsoda gól a videódban!
kind-comments-great-goal-reason = Ha megdicsérünk valakit azért, amit jól csinált, büszke lesz. Ez kedves.
kind-comments-weird-hair = Nagyon fura a hajad ezen a fotón.
kind-comments-weird-hair-reason = A külsőről szóló megjegyzések nagyon fájhatnak. Amit nem mondanál a szemébe, azt ne írd ki.
kind-comments-get-well = Jobbulást!
kind-comments-get-well-reason = Ha jót kívánsz valakinek, megmutatod, hogy törődsz vele. Ez kedves.
kind-comments-nobody-asked = Senki sem kérdezte a véleményedet.
kind-comments-nobody-asked-reason = Ez azt mondja valakinek, hogy hallgasson, és hogy nem számít. Ez nem kedves.
kind-comments-different-ending = Nekem más befejezés tetszett volna, de jó volt a történet!
kind-comments-different-ending-reason = Lehet más a véleményed, és közben kedves maradhatsz. Ez a hozzászólás őszinte és barátságos.
kind-comments-penguin = Haha, úgy futsz, mint egy pingvin!
kind-comments-penguin-reason = Nevetni azon, ahogy valaki mozog, csúfolódás. Fájhat, még ha viccnek szántad is.
kind-comments-thanks-help = Köszi, hogy segítettél a leckében!
kind-comments-thanks-help-reason = A köszönet jólesik annak, aki segített. Ez kedves.

## Level 3: when someone keeps sending you mean messages (sort)

level-kind-when-bullied-title = Csúnya üzenetek
level-kind-when-bullied-instruction = Valaki folyton csúnya üzeneteket küld neked. Jó ezt tenni, vagy inkább ne?
level-kind-when-bullied-learned = Ne válaszolj, őrizd meg a bizonyítékot, tiltsd le, jelentsd, és bármikor szólj egy megbízható felnőttnek. Sosem a te hibád.
level-kind-when-bullied-hint-1 = Melyik állítja le az üzeneteket, őrzi meg a bizonyítékot, vagy hoz neked segítséget?
level-kind-when-bullied-hint-2 = A jó lépések megőrzik a bizonyítékot, leállítják az üzeneteket, és segítséget hoznak. A visszavágás vagy az eltitkolás nem segít.
level-kind-when-bullied-hint-3 = Szólni egy megbízható felnőttnek mindig jó, bármikor.

kind-bin-good-step = Jó ezt tenni
kind-bin-not-step = Inkább ne

kind-when-bullied-no-reply = Nem válaszolok a csúnya üzenetekre.
kind-when-bullied-no-reply-reason = A csúnya üzenetek reakciót akarnak. Ha nem válaszolsz, nem kapnak semmit.
kind-when-bullied-screenshot = Képernyőképet készítek bizonyítéknak.
kind-when-bullied-screenshot-reason = A bizonyíték megmutatja, mi történt. Letiltás előtt készíts képernyőképet: a letiltás elrejtheti az üzeneteket.
kind-when-bullied-hit-back = Visszaküldök valami csúnyát.
kind-when-bullied-hit-back-reason = Ez ronthat a helyzeten, és pont azt a reakciót adja, amit akarnak.
kind-when-bullied-block = Letiltom az illetőt.
kind-when-bullied-block-reason = Akkor a csúnya üzenetek nem jutnak el hozzád.
kind-when-bullied-tell = Szólok egy megbízható felnőttnek, és megmutatom.
kind-when-bullied-tell-reason = Bármikor jó: elsőként, utolsóként vagy közben. Ezt sosem kell egyedül megoldanod.
kind-when-bullied-secret = Titokban tartom, és remélem, hogy abbamarad.
kind-when-bullied-secret-reason = Nem kell egyedül megbirkóznod vele. Szólj egy megbízható felnőttnek. Sosem a te hibád.
kind-when-bullied-report = Jelentem az appban.
kind-when-bullied-report-reason = Az app figyelmeztetheti vagy letilthatja az illetőt. A képernyőképeid segítenek.
kind-when-bullied-delete-all = Azonnal törlöm az összes üzenetet.
kind-when-bullied-delete-all-reason = Akkor eltűnik a bizonyíték. Előbb készíts képernyőképet, aztán tiltsd le és jelentsd.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Állj ki mellette
level-kind-bystander-instruction = Látod, hogy valakivel csúnyán bánnak. Válaszd ki a legjobb lépést.
level-kind-bystander-learned = Ne csatlakozz. Légy kedves az illetővel, és szólj egy megbízható felnőttnek. Ez sokat segít.
level-kind-bystander-hint-1 = Gondolj arra, akivel csúnyán bánnak. Mi segítene neki?
level-kind-bystander-hint-2 = A csatlakozás vagy a hallgatás nem segít. A kedvesség és a segítségkérés igen.
level-kind-bystander-hint-3 = Bencének egy egyszerű meghívás szebbé teheti a napját.

kind-bystander-chat-prompt = Az osztályod csoportos csevegőjében néhányan folyton Noelt csúfolják.
kind-bystander-chat-join = Én is küldök egy nevető fejet.
kind-bystander-chat-join-reason = Már egy nevető fej is csatlakozás. Noel úgy érzi, mindenki ellene van.
kind-bystander-chat-silent = Nem szólok semmit. Egy tanár úgyis látni fogja.
kind-bystander-chat-silent-reason = A tanárok nem olvasnak minden csevegést, és Noel azt hiheti, mindenki egyetért. Szólj te magad egy megbízható felnőttnek.
kind-bystander-chat-support = Kedvesen írok Noelnek, szólok egy felnőttnek.
kind-bystander-chat-support-reason = Egy kedves üzenet megmutatja Noelnek, hogy nincs egyedül. Egy megbízható felnőtt segíthet megállítani a csúfolást.

kind-bystander-photo-prompt = Valaki megoszt egy ciki fotót az osztálytársadról, Zoéról, hogy kinevessék.
kind-bystander-photo-share = Megosztom még több barátommal.
kind-bystander-photo-share-reason = Minden megosztás tovább terjeszti a fotót, és még jobban bántja Zoét. Senki se osszon meg fotót valakiről azért, hogy kinevessék.
kind-bystander-photo-stop = Jelentem, és szólok egy felnőttnek.
kind-bystander-photo-stop-reason = A fotó nálad megáll. A jelentéssel eltávolíttathatod, és egy felnőtt segíthet Zoénak.
kind-bystander-photo-like = Kedvelem, mert mindenki más is kedvelte.
kind-bystander-photo-like-reason = Egy lájk azt üzeni a küldőnek, hogy a fotó vicces. Emiatt még többet posztolhat.

kind-bystander-game-prompt = Néhány gyerek szándékosan kihagyja Bencét egy online játékból.
kind-bystander-game-invite = Meghívom Bencét, hogy játsszon velem.
kind-bystander-game-invite-reason = Egy egyszerű meghívás szebbé teheti Bence napját. Ha továbbra is kihagyják, szólj egy megbízható felnőttnek.
kind-bystander-game-along = Játszom nélküle. Az ő játékuk, az ő szabályaik.
kind-bystander-game-along-reason = Szándékosan kihagyni valakit fáj. Ha beállsz a sorba, Bence még magányosabb lesz.
kind-bystander-game-pretend = Úgy teszek, mintha nem láttam volna.
kind-bystander-game-pretend-reason = Félrenézni könnyű, de Bence továbbra is kirekesztve érzi magát. Egy kis kedvesség segíthet neki.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Az osztálycsevegő
level-kind-group-chat-instruction = Koppints minden nem kedves üzenetre ebben az osztálycsevegőben.
level-kind-group-chat-learned = A csúfolás, a kirekesztés, a fotók engedély nélküli megosztása és a nevetés a többiekkel nem kedves. Ne csatlakozz.
level-kind-group-chat-hint-1 = Olvasd el az összes üzenetet. Hogy érezné magát Samu, ha elolvasná?
level-kind-group-chat-hint-2 = A nem kedves üzenetek csúfolnak valakit, kihagyják, vagy megosztják a fotóját.
level-kind-group-chat-hint-3 = Bálint írja a nem kedves üzenetek közül kettőt.

kind-group-chat-trip = Mia: Ki van készen a holnapi osztálykirándulásra?
kind-group-chat-trip-reason = Barátságos kérdés az egész osztálynak. Ez az üzenet rendben van.
kind-group-chat-bottle = Levi: Én! Ne felejtsétek a kulacsot.
kind-group-chat-bottle-reason = Hasznos emlékeztető mindenkinek. Ez az üzenet rendben van.
kind-group-chat-shoes = Bálint: Láttátok ma Samu cipőjét? Úgy ronda, lol
kind-group-chat-shoes-reason = Ez az egész osztály előtt csúfolja Samut. Ne csatlakozz, és légy kedves Samuval.
kind-group-chat-laugh = Máté: HAHAHA (öt nevető fej)
kind-group-chat-laugh-reason = A nevetés ráerősít, és rosszabbá teszi a csúfolást. Ha kimaradsz belőle, az már jobb.
kind-group-chat-homework = Bence: Valaki elküldi a leckés oldalt?
kind-group-chat-homework-reason = Segítséget kérni a leckéhez rendben van. Az osztálycsevegő pont erre jó.
kind-group-chat-photo = Bálint: Nézzétek! Fotó, ahogy Samu megbotlik az udvaron.
kind-group-chat-photo-reason = Samu nem egyezett bele, hogy megosszák ezt a fotót. Kérdezz, mielőtt fotót osztasz meg valakiről, és szólj egy felnőttnek erről.
kind-group-chat-party = Anna: Buli nálam! Samut ne hívjátok.
kind-group-chat-party-reason = Ha mindenkinek azt mondod, hogy hagyják ki Samut, az nagyon fáj neki. Senkit se hagyjanak ki szándékosan.
kind-group-chat-thanks = Zoé: Samu ma segített a projektemben. Köszi, Samu!
kind-group-chat-thanks-reason = Az osztály előtt köszönetet mondani kedves dolog. Ez az üzenet rendben van.
