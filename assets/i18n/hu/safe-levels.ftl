# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Item texts stay short (about 60
# characters). Telling a trusted adult is always right.

world-safe-together = Együtt biztonságban

safe-bin-good = Jó ötlet
safe-bin-bad = Nem jó ötlet

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of these.

helpline-call = Felhívhatsz egy gyermekeknek szóló segélyvonalat is: { $service }, { $number }.
helpline-ask-adult = Hogy megtudd, melyik a gyermekeknek szóló segélyvonal az országodban, kérdezz meg egy megbízható felnőttet.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = Új barát egy játékból
level-safe-new-friend-instruction = Valaki egy játékból ír neked. Koppints minden vészjelre.
level-safe-new-friend-learned = A titkok, fotók, privát csevegések és találkozók vészjelek. Állj meg, és szólj egy megbízható felnőttnek.
level-safe-new-friend-hint-1 = Olvasd el az összes sort. Egy veled egykorú barát ilyet kérdezne?
level-safe-new-friend-hint-2 = Légy óvatos, ha valaki titkokat, fotókat, adatokat kér rólad, vagy találkozni akar.
level-safe-new-friend-hint-3 = Nézd meg jól a szüleidről és az iskoládról szóló sorokat.

safe-new-friend-sender = Feladó: Kai_Star (egy játékos a játékodból)
safe-new-friend-sender-reason = Jó lehet játékosokkal csevegni. De csak azt tudod, amit Kai mond magáról.
safe-new-friend-game = Jó volt a mai játék! Hányadik pályán tartasz?
safe-new-friend-game-reason = A játékról beszélni teljesen normális. Ez a sor rendben van.
safe-new-friend-secret = Ne mondd el a szüleidnek, hogy beszélünk, jó?
safe-new-friend-secret-reason = Egy jó barát nem kéri, hogy titkold el a családod elől. Ez vészjel.
safe-new-friend-private = Csevegjünk egy másik appban. Csak mi ketten.
safe-new-friend-private-reason = Ha valaki privát csevegésbe csal, távol a többiektől, az vészjel.
safe-new-friend-photo = Küldj egy fotót magadról. Csak nekem!
safe-new-friend-photo-reason = Soha ne küldj fotót magadról olyannak, akit csak az internetről ismersz.
safe-new-friend-school = Melyik iskolába jársz?
safe-new-friend-school-reason = Az iskolád elárulja egy idegennek, hol talál meg. Tartsd titokban.
safe-new-friend-meet = Találkozzunk szombaton a parkban!
safe-new-friend-meet-reason = Soha ne találkozz olyannal, akit csak az internetről ismersz. Szólj egy megbízható felnőttnek.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Mit teszel?
level-safe-what-to-do-instruction = Kai a játékból többet akar. Válaszd ki mindig a legjobb választ.
level-safe-what-to-do-learned = Mindig mondhatsz nemet. Tiltsd le, és szólj egy megbízható felnőttnek. Sosem a te hibád.
level-safe-what-to-do-hint-1 = Ki segíthetne ellenőrizni, hogy Kai tényleg az-e, akinek mondja magát?
level-safe-what-to-do-hint-2 = A titkok és a találkozók internetes barátokkal vészjelek. Kérj segítséget, ne egyedül intézd.
level-safe-what-to-do-hint-3 = Amikor Kai dühös lesz, egyáltalán nem kell válaszolnod.

safe-what-to-do-secret-prompt = Kai ezt írja: „Maradjon titok, hogy csevegünk.” Mit teszel?
safe-what-to-do-secret-keep = Megtartom a titkot. Kai kedves velem.
safe-what-to-do-secret-keep-reason = A kedves szavak mögött is lehet trükk. Egy igazi barátnak nincs szüksége titkokra a családod előtt.
safe-what-to-do-secret-ask-why = Előbb megkérdezem Kait, miért, aztán egyedül döntök.
safe-what-to-do-secret-ask-why-reason = Lehet, hogy Kainak van egy ügyes válasza. Ne dönts egyedül: kérdezz meg valakit, akiben megbízol.
safe-what-to-do-secret-tell = Elmondom egy megbízható felnőttnek.
safe-what-to-do-secret-tell-reason = Igen! A titkok kérése vészjel. Egy megbízható felnőtt segíthet ellenőrizni.

safe-what-to-do-meet-prompt = Kai a parkban akar találkozni veled. Mit teszel?
safe-what-to-do-meet-go-with-friend = Elmegyek, de viszek magammal egy osztálytársat.
safe-what-to-do-meet-go-with-friend-reason = Két gyerek sem elég biztonságos. Soha ne találkozz olyannal, akit csak az internetről ismersz.
safe-what-to-do-meet-say-no = Nemet mondok, és szólok egy felnőttnek.
safe-what-to-do-meet-say-no-reason = Így van. Mondj nemet, és hagyd, hogy egy megbízható felnőtt segítsen Kai ügyében.
safe-what-to-do-meet-go-tell-later = Elmegyek, és utána szólok egy felnőttnek.
safe-what-to-do-meet-go-tell-later-reason = Jó szólni egy felnőttnek, de ne menj el. Soha ne találkozz olyannal, akit csak az internetről ismersz.

safe-what-to-do-angry-prompt = Nemet mondtál. Most Kai dühös üzeneteket küld.
safe-what-to-do-angry-block = Letiltom Kait, és szólok egy felnőttnek.
safe-what-to-do-angry-block-reason = Igen. Nem kell válaszolnod. Tiltsd le Kait, és kérj segítséget egy felnőttől, akiben megbízol.
safe-what-to-do-angry-sorry = Bocsánatot kérek, és megteszem, amit Kai akar.
safe-what-to-do-angry-sorry-reason = Semmi rosszat nem tettél. Jó volt nemet mondani.
safe-what-to-do-angry-argue = Addig írok vissza, amíg Kai bocsánatot nem kér.
safe-what-to-do-angry-argue-reason = A vitatkozással Kai tovább beszél veled. Inkább ne válaszolj.

## Level 3: block and report (sort)

level-safe-block-report-title = Letiltás és jelentés
level-safe-block-report-instruction = Valaki az interneten rossz érzést kelt benned. Jó ötlet ez, vagy nem?
level-safe-block-report-learned = Mentsd el az üzeneteket, tiltsd le az illetőt, jelentsd az appban, és szólj egy megbízható felnőttnek.
level-safe-block-report-hint-1 = Melyik ötlet tesz jobbá, és melyik rosszabbá dolgokat?
level-safe-block-report-hint-2 = Őrizd meg a bizonyítékot, állítsd le az üzeneteket, és kérj segítséget.
level-safe-block-report-hint-3 = A csevegés törlése nem jó ötlet: eltűnne a bizonyíték.

safe-block-report-screenshot = Képernyőképek az üzenetekről
safe-block-report-screenshot-reason = A képernyőkép bizonyíték. Letiltás előtt készítsd el, hátha eltűnik a csevegés.
safe-block-report-delete = Az egész csevegés törlése, hogy senki ne lássa
safe-block-report-delete-reason = Akkor eltűnik a bizonyíték. Tartsd meg az üzeneteket, hogy egy felnőtt segíthessen.
safe-block-report-block = Az illető letiltása
safe-block-report-block-reason = A letiltás megakadályozza, hogy üzeneteket küldjön neked.
safe-block-report-reply-mean = Egy csúnya üzenet visszaküldése
safe-block-report-reply-mean-reason = Ez csak ronthat a helyzeten. Egyáltalán ne válaszolj.
safe-block-report-report = A profil jelentése az appban
safe-block-report-report-reason = Az app csapata átnézi a jelentéseket, és letilthatja a fiókot.
safe-block-report-unblock = Feloldás, hátha sajnálja
safe-block-report-unblock-reason = Így újra írhat neked. Maradjon letiltva.
safe-block-report-tell = Elmondani egy megbízható felnőttnek, mi történt
safe-block-report-tell-reason = Egy megbízható felnőtt segíthet jelenteni, és hogy jobban érezd magad.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = A titkos belépési kód
level-safe-login-code-instruction = Válaszd ki mindig a legjobb választ.
level-safe-login-code-learned = A belépési kód csak a tiéd. Soha ne add oda senkinek, még barátnak vagy az „ügyfélszolgálatnak” sem.
level-safe-login-code-hint-1 = Kinek van szüksége a telefonodra érkező kódra?
level-safe-login-code-hint-2 = A kód egy második zár a fiókodon. Úgy működik, mint egy kulcs.
level-safe-login-code-hint-3 = Az igazi ügyfélszolgálat sosem kéri a kódodat.

safe-login-code-why-prompt = A jelszavad után az app kódot küld a telefonodra. Miért?
safe-login-code-why-ads = Mert az app reklámokhoz akarja a számodat.
safe-login-code-why-ads-reason = Nem. A kód azért van, hogy biztonságban tartsa a fiókodat.
safe-login-code-why-second-lock = Második zár, hogy csak én léphessek be.
safe-login-code-why-second-lock-reason = Igen. Ez a kétlépcsős belépés. Egy tolvajnak a jelszavad mellett a kód is kellene.
safe-login-code-why-phone-check = Hogy megnézze, működik-e még a telefonom.
safe-login-code-why-phone-check-reason = Nem. A kód azt bizonyítja, hogy tényleg te lépsz be.

safe-login-code-friend-prompt = Üzenet Miától: „Hoppá, a kódom hozzád ment. Elküldöd nekem?”
safe-login-code-friend-send = Gyorsan elküldöm. Mia a barátom, és kell neki.
safe-login-code-friend-send-reason = Lehet, hogy Mia fiókját feltörték. A kóddal egy idegen a TE fiókodba jutna be.
safe-login-code-friend-half = Csak a kód első felét küldöm el.
safe-login-code-friend-half-reason = A fél kód is segít egy tolvajnak. Tartsd meg az egész kódot magadnak.
safe-login-code-friend-ask = Nem. Élőben vagy telefonon kérdezem meg Miát.
safe-login-code-friend-ask-reason = Így van. Ellenőrizd másképp Miával. Valószínűleg trükk.

safe-login-code-support-prompt = Egy csevegés azt írja: „Itt a játék ügyfélszolgálata. Add meg a kódodat, hogy megvédjük a fiókodat.”
safe-login-code-support-give = Megadom. Ők az ügyfélszolgálat.
safe-login-code-support-give-reason = Az igazi ügyfélszolgálat sosem kéri a kódodat. Ez trükk.
safe-login-code-support-say-no = Nemet mondok. Nekik sosem kell a kódom.
safe-login-code-support-say-no-reason = Így van. Az igazi cégek is ezt mondják: sosem kérik a kódodat.
safe-login-code-support-adult-reads = Megkérek egy felnőttet, hogy olvassa fel nekik a kódot.
safe-login-code-support-adult-reads-reason = Senki ne adja ki a kódot, se felnőtt, se gyerek. Inkább mutasd meg az üzenetet egy felnőttnek.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Hol kaphatsz segítséget?
level-safe-get-help-instruction = Valami az interneten aggaszt. Válaszd ki mindig a legjobb választ.
level-safe-get-help-learned = Sosem vagy egyedül. Beszélj egy megbízható felnőttel. { $helpline }
level-safe-get-help-hint-1 = Jobb magadban tartani egy aggodalmat, vagy megosztani?
level-safe-get-help-hint-2 = A megbízható felnőttek és a gyermekeknek szóló segélyvonalak meghallgatnak és segítenek.
level-safe-get-help-hint-3 = A 116 111 sok országban gyerekeknek szóló szám.

safe-get-help-worried-prompt = Láttál az interneten valamit, ami megijeszt. Mi segít a legjobban?
safe-get-help-worried-keep = Megtartom magamnak, és próbálom elfelejteni.
safe-get-help-worried-keep-reason = Az aggodalmak nőnek, ha magadban tartod őket. Segít, ha elmondod valakinek.
safe-get-help-worried-tell = Elmondom egy megbízható felnőttnek.
safe-get-help-worried-tell-reason = Igen! A szülőd, gondviselőd vagy a tanárod segíthet.
safe-get-help-worried-search = Rákeresek az interneten, hogy többet tudjak.
safe-get-help-worried-search-reason = Még ijesztőbb dolgokat találhatsz. Előbb beszélj valakivel.

safe-get-help-nobody-prompt = Senkivel sem akarsz beszélni, akit ismersz. Mit tehetsz?
safe-get-help-nobody-forum = Idegenektől kérdezem meg egy fórumon, mit tegyek.
safe-get-help-nobody-forum-reason = Az idegenek az interneten nem mindig kedvesek, és nem mindig tudják a jó választ. A segélyvonal azért van, hogy segítsen.
safe-get-help-nobody-wait = Megvárom, amíg a gond magától elmúlik.
safe-get-help-nobody-wait-reason = A gondok gyakran nem múlnak el maguktól. Nyugodtan kérhetsz segítséget.
safe-get-help-nobody-helpline = Felhívok egy gyermek-segélyvonalat.
safe-get-help-nobody-helpline-reason = Igen. A gyermekeknek szóló segélyvonalak meghallgatják a gyerekeket. Nem kell megmondanod a neved.

safe-get-help-number-prompt = Egy iskolai plakáton ez áll: 116 111. Mi ez a szám?
safe-get-help-number-helpline = Gyermek-segélyvonal sok európai országban
safe-get-help-number-helpline-reason = Igen. Sok európai országban a 116 111 gyermekeknek szóló segélyvonal. Néhány ország más számot használ.
safe-get-help-number-prize = Egy szám, ahol nyereményeket nyerhetsz
safe-get-help-number-prize-reason = Nem. Ez egy segélyvonal, ahol a gyerekek beszélhetnek a gondjaikról.
safe-get-help-number-adults = Egy szám, amelyet csak felnőttek hívhatnak
safe-get-help-number-adults-reason = Nem. A gyerekek maguk is felhívhatják a gyermek-segélyvonalat.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = Ha valaki fenyeget
level-safe-threats-instruction = Valaki azzal fenyeget, hogy megoszt egy privát fotót. Válaszd ki a legjobb választ.
level-safe-threats-learned = Sosem a te hibád. Ne fizess, ne válaszolj többet, őrizd meg az üzeneteket, szólj egy megbízható felnőttnek, és jelentsd.
level-safe-threats-hint-1 = Mit akar tőled az, aki fenyeget?
level-safe-threats-hint-2 = A fizetés vagy újabb képek küldése nem állítja meg a fenyegetést. A segítségkérés igen.
level-safe-threats-hint-3 = Őrizd meg a csevegést bizonyítéknak, de ne válaszolj többet.

safe-threats-pay-prompt = Egy internetes ismerős ezt írja: „Fizess, különben megosztom a privát fotót, amit küldtél.”
safe-threats-pay-pay = Gyorsan fizetek, hogy a fotó privát maradjon.
safe-threats-pay-pay-reason = A fizetés nem állítja meg. Általában még többet kérnek.
safe-threats-pay-stop = Nem válaszolok, és szólok egy felnőttnek.
safe-threats-pay-stop-reason = Igen. Szakíts meg minden kapcsolatot, és kérj segítséget. Egy felnőtt segíthet jelenteni.
safe-threats-pay-more = Küldök még egy fotót, hogy megnyugodjon.
safe-threats-pay-more-reason = Soha ne küldj többet. Nem fog leállni. Kérj inkább segítséget.

safe-threats-chat-prompt = Borzasztóan érzed magad, és azt akarod, hogy eltűnjön a csevegés. Mit csinálsz vele?
safe-threats-chat-delete = Azonnal törlöm a csevegést és a fiókomat.
safe-threats-chat-delete-reason = A csevegés bizonyíték. Az appnak és a rendőrségnek szüksége van rá, hogy megállítsa őket.
safe-threats-chat-forward = Továbbküldöm a barátaimnak, hogy megkérdezzem őket.
safe-threats-chat-forward-reason = Ne küldd tovább. Maradjon közted és egy megbízható felnőtt között.
safe-threats-chat-keep = Megtartom, aztán letiltom és jelentem.
safe-threats-chat-keep-reason = Így van. Őrizd meg az üzeneteket bizonyítéknak, aztán tiltsd le és jelentsd a fiókot.

safe-threats-fault-prompt = Azt gondolod: „Ez az én hibám. Senkinek sem mondhatom el.” Mi igaz?
safe-threats-fault-my-fault = Az én hibám, ezért egyedül kell megoldanom.
safe-threats-fault-my-fault-reason = Nem. Az csinál rosszat, aki fenyeget, nem te.
safe-threats-fault-never = Sosem az én hibám, és van segítség.
safe-threats-fault-never-reason = Igen. Becsaptak. A felnőttek és a segélyvonalak hibáztatás nélkül segítenek.
safe-threats-fault-later = Csak akkor szólok egy felnőttnek, ha rosszabb lesz.
safe-threats-fault-later-reason = Szólj most. Minél hamarabb kapsz segítséget, annál hamarabb vége lesz.

safe-threats-online-prompt = Aggódsz, hogy a fotó már fent van az interneten. Mi segíthet?
safe-threats-online-take-it-down = A Take It Down eszköz, egy felnőttel.
safe-threats-online-take-it-down-reason = A Take It Down segít eltávolítani a 18 éves korod előtt készült fotókat, bármelyik országból.
safe-threats-online-search = Minden nap rákeresek a fotóra, hogy ellenőrizzem.
safe-threats-online-search-reason = Ettől csak rosszabbul érzed magad. Hagyd, hogy egy felnőtt és egy eszköz végezze a munkát.
safe-threats-online-nothing = Semmi sem segít, ha a fotó fent van.
safe-threats-online-nothing-reason = Nem igaz. A fotók gyakran eltávolíthatók. Mindig van segítség.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = Egy fotó, ami nem a tiéd
level-safe-not-yours-instruction = Egy osztálytársad privát fotóját megosztják egy csevegésben. Jó ötlet vagy nem?
level-safe-not-yours-learned = Soha ne tarts meg és ne küldj tovább valakiről privát fotót. Szólj egy megbízható felnőttnek, és jelentsd.
level-safe-not-yours-hint-1 = Hogy éreznéd magad, ha a te fotód lenne?
level-safe-not-yours-hint-2 = Minden megosztás újra bántja a fotón lévő embert.
level-safe-not-yours-hint-3 = Továbbküldeni sosem jó ötlet, még akkor sem, ha segítséget kérnél.

safe-not-yours-forward = Továbbküldöm egy barátomnak
safe-not-yours-forward-reason = Minden megosztás még jobban bántja az illetőt. Sok országban ráadásul törvénybe ütközik.
safe-not-yours-tell = Elmondom egy megbízható felnőttnek
safe-not-yours-tell-reason = Igen. Egy felnőtt segíthet megállítani a terjedését anélkül, hogy te elküldenéd.
safe-not-yours-save = Elmentem a telefonomra
safe-not-yours-save-reason = Ne tartsd meg. Egy ilyen fotónak nincs helye a telefonodon.
safe-not-yours-report = Jelentem a bejegyzést az appban
safe-not-yours-report-reason = Az app eltávolíthatja. A fotón lévő embernek erre van szüksége.
safe-not-yours-ask-friend = Elküldöm egy barátomnak, hogy megkérdezzem, mit tegyek
safe-not-yours-ask-friend-reason = Senkinek ne küldd el, még segítségkérésként sem. Inkább meséld el, mi történt.
safe-not-yours-kind = Kedves vagyok a fotón lévő emberrel
safe-not-yours-kind-reason = Lehet, hogy borzasztóan érzi magát. Nem az ő hibája.
safe-not-yours-laugh = Nevetek a többiekkel, hogy beilleszkedjek
safe-not-yours-laugh-reason = A nevetés még jobban bántja. Te lehetsz az, aki megállítja.
