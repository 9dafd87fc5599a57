# The "Device Dock" world: looking after your tablet or phone, and after yourself. Item texts
# stay short (about 60 characters). Apps, companies and addresses are made up; no phone numbers.

world-device-dock = Eszközkikötő

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Frissítés ideje
level-device-update-instruction = A táblagéped üzenetet mutat. Válaszd ki a legjobb lépést.
level-device-update-learned = Az igazi frissítések a táblagéped beállításaiból jönnek, és biztonságban tartják. Az ijesztgető felugró ablakok trükkök.
level-device-update-hint-1 = Honnan jön az üzenet: magától a táblagéptől vagy egy weboldalról?
level-device-update-hint-2 = A frissítések gyenge pontokat javítanak. Egy weboldal nem lát bele a táblagépedbe.
level-device-update-hint-3 = Ha maga a táblagép üzen, az igazi frissítés. Ha telepíted, biztonságban marad a gép.

device-update-system-prompt = A táblagéped azt írja: „Rendszerfrissítés érhető el. Telepíted most?”
device-update-system-ignore = Örökre figyelmen kívül hagyom. Unalmas.
device-update-system-ignore-reason = A frissítések olyan gyenge pontokat javítanak, amelyeket kártevők kihasználhatnak. Nélkülük kevésbé biztonságos a táblagéped.
device-update-system-install = Telepítem, vagy szólok egy felnőttnek.
device-update-system-install-reason = Ez az üzenet magától a táblagéptől jön. A frissítések biztonságban tartják, és jól működik tőlük.
device-update-system-switch-off = Kikapcsolom a táblagépet, hogy ne kérdezze.
device-update-system-switch-off-reason = A frissítés később úgyis újra kérdez. A telepítéssel tartod biztonságban a táblagépedet.

device-update-popup-prompt = Egy weboldal felugrik: „A táblagépeden 5 vírus van! Töltsd le most a CleanerPro-t!”
device-update-popup-download = Gyorsan letöltöm a CleanerPro-t.
device-update-popup-download-reason = Ez trükk. A letöltés maga lehet a kártevő.
device-update-popup-ok-button = Az „OK” gombra koppintok az ablakban, hogy eltűnjön.
device-update-popup-ok-button-reason = Egy hamis felugró ablak gombjai letöltést indíthatnak. Inkább az egész oldalt zárd be.
device-update-popup-close = Bezárom az oldalt, és szólok egy felnőttnek.
device-update-popup-close-reason = Egy weboldal nem lát bele a táblagépedbe, a vírusok kitaláltak. Az oldal bezárása biztonságos.

device-update-battery-prompt = A frissítés indulna, de az akkumulátor 5%-on van.
device-update-battery-charge = Előbb bedugom a töltőt, aztán frissítek.
device-update-battery-charge-reason = A frissítésnek a végéig áram kell. Bedugott töltővel biztonságosan befejeződhet.
device-update-battery-start = Most elindítom, és megkérek egy felnőttet, hogy figyelje.
device-update-battery-start-reason = A figyelés nem segít, ha közben lemerül az akkumulátor: a frissítés elromolhat. Előbb töltsd fel.
device-update-battery-cancel = Leállítom, és soha többé nem frissítek.
device-update-battery-cancel-reason = A frissítés továbbra is fontos a táblagéped biztonságához. Csak előbb töltsd fel.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Van értelme
device-bin-no-sense = Nincs értelme

level-device-permissions-title = A zseblámpa-app
level-device-permissions-instruction = Megnyitsz egy új zseblámpa-appot. Használat közben ezekhez kér hozzáférést. Van ennek értelme?
level-device-permissions-learned = Az appok használat közben kérnek engedélyt. Koppints a „Nem engedélyezem” gombra annál, amire az appnak nincs szüksége. Később a Beállításokban módosíthatod.
level-device-permissions-hint-1 = Mire van szüksége egy zseblámpa-appnak a munkájához?
level-device-permissions-hint-2 = Egy zseblámpának csak világítania kell. Minden más nem tartozik a feladatához.
level-device-permissions-hint-3 = Egy zseblámpának semmi köze a névjegyeidhez.

device-permissions-camera-light = A kamera melletti lámpa bekapcsolása
device-permissions-camera-light-reason = Ez a kis lámpa maga a zseblámpa. Az appnak szüksége van rá a munkájához.
device-permissions-contacts = Hozzáférés a névjegyeidhez
device-permissions-contacts-reason = Egy zseblámpának nem kellenek a barátaid nevei és számai. Koppints a „Nem engedélyezem” gombra.
device-permissions-location = Hozzáférés az eszköz helyadataihoz
device-permissions-location-reason = A zseblámpa mindenhol ugyanúgy működik. Nem kell tudnia, hol vagy.
device-permissions-screen-bright = A képernyő erős fehérre állítása
device-permissions-screen-bright-reason = Néhány zseblámpa az egész képernyőt kivilágítja. Ez a zseblámpa dolga.
device-permissions-microphone = Hangfelvétel
device-permissions-microphone-reason = Egy zseblámpának nem kell hallania téged. Koppints a „Nem engedélyezem” gombra: a lámpa így is működik.
device-permissions-notifications = Értesítések küldése neked
device-permissions-notifications-reason = Egy zseblámpának nincs mit mondania neked. Az értesítések csak reklámok vagy emlékeztetők lennének.
device-permissions-photos = Hozzáférés az eszközön lévő fotókhoz és videókhoz
device-permissions-photos-reason = A fotóid privátak. Egy zseblámpának nincs szüksége rájuk a világításhoz.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Vírusriadó!
level-device-fake-virus-instruction = Koppints minden vészjelre ezen a weboldalon.
level-device-fake-virus-learned = Egy weboldal nem talál vírust a táblagépeden. Zárd be az ijesztő oldalakat, és szólj egy felnőttnek.
level-device-fake-virus-hint-1 = Kezdd fent. Kié ez az oldal?
level-device-fake-virus-hint-2 = A hamis figyelmeztetések kiabálnak, sürgetnek, és azt akarják, hogy tölts le valamit vagy telefonálj.
level-device-fake-virus-hint-3 = A nagy, villogó figyelmeztetés egy vészjel. Még négy van az oldalon.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Ez egy véletlen weboldal, nem a táblagéped. Egy weboldal nem tudja átvizsgálni a táblagépedet.
device-fake-virus-warning = Villogó piros: FIGYELEM! 5 VÍRUST TALÁLTUNK!
device-fake-virus-warning-reason = A villogás és a nagy betűk meg akarnak ijeszteni, hogy ne gondolkodj. A vírusok kitaláltak.
device-fake-virus-picture = Kép: egy táblagép kék pajzzsal
device-fake-virus-picture-reason = Egy kép önmagában nem vészjel. Olvasd el a körülötte lévő szavakat.
device-fake-virus-countdown = Cselekedj 60 másodpercen belül!
device-fake-virus-countdown-reason = Az óra azt akarja, hogy siess. A csalók sürgetnek, hogy ne kérdezz meg senkit.
device-fake-virus-download = Töltsd le a CleanerPro.apk-t a tisztításhoz
device-fake-virus-download-reason = Ez a letöltés kártevő lehet. Appot csak a hivatalos alkalmazásboltból tölts le, egy felnőttel.
device-fake-virus-phone = Vagy hívd most a segélyszámunkat!
device-fake-virus-phone-reason = Az igazi táblagépgyártók nem kérik, hogy egy weboldalról telefonálj. Soha ne hívj fel ilyen számot.
device-fake-virus-menu = Súgó · Rólunk · Kapcsolat
device-fake-virus-menu-reason = Menülinkek a legtöbb weboldalon vannak. Önmagukban nem vészjelek.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = Egy új app
level-device-install-app-instruction = Új játékot szeretnél, és egy felnőtt igent mondott. Tedd a lépéseket abba a sorrendbe, ahogy történnek.
level-device-install-app-learned = Az appokat a hivatalos boltból töltsd le, és előbb nézd meg a korhatárt és az Adatbiztonság részt. Telepítés után csak azt engedélyezd, amire az appnak szüksége van.
level-device-install-app-hint-1 = Honnan jönnek a biztonságos appok?
level-device-install-app-hint-2 = Egy appról csak akkor olvashatsz, ha már megtaláltad, és csak akkor kérhet tőled bármit, ha már telepítetted.
level-device-install-app-hint-3 = A hivatalos alkalmazásboltban kezdd. A korhatár és az Adatbiztonság az app oldalán van.

device-install-app-store = Megnyitom a hivatalos alkalmazásboltot (Play Áruház).
device-install-app-store-reason = Ez az első. A hivatalos bolt appjait ellenőrzik, nincs-e bennük kártevő. Máshonnan származó appok rejthetnek ilyet.
device-install-app-read = Az app oldalán megnézem a korhatárt és az Adatbiztonságot.
device-install-app-read-reason = Következő lépés. A korhatár (Európa nagy részén PEGI) megmondja, kinek szól az app. Az Adatbiztonság részben írják le a készítők, milyen adatokat gyűjt és oszt meg.
device-install-app-install = A „Telepítés” gombra koppintok.
device-install-app-install-reason = Most telepítsd, miután elolvastad az oldalát. Ezelőtt az app semmit sem kérhet tőled.
device-install-app-say-no = Megnyitom. Csak azt engedem, amire szüksége van.
device-install-app-say-no-reason = Az appok használat közben kérnek, nem előtte. Koppints a „Nem engedélyezem” gombra annál, amire nincs szüksége. Később a Beállításokban módosíthatod.
device-install-app-check = Már nem használom? Törlöm.
device-install-app-check-reason = Ez az utolsó. A nem használt app is foglalja a helyet, és még nála lehetnek az adataid.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Ideje szünetet tartani?
level-device-screen-time-instruction = Válaszd azt, ami a legjobb neked és a testednek.
level-device-screen-time-learned = A szünet, az alvás és az igazi barátok fontosabbak bármilyen játékjutalomnál vagy sorozatnál.
level-device-screen-time-hint-1 = Gondolj a szemedre, az alvásodra és az idődre.
level-device-screen-time-hint-2 = A játékok és az appok a képernyő előtt akarnak tartani. Te döntöd el, mikor hagyod abba.
level-device-screen-time-hint-3 = A ládához: az alvás fontosabb bármilyen játékjutalomnál.

device-screen-time-eyes-prompt = Két órája játszol. Fáradt a szemed.
device-screen-time-eyes-one-more = Még egy órát kérek egy felnőttől, aztán pihenek.
device-screen-time-eyes-one-more-reason = A fáradt szemnek most kell pihenés, nem egy óra múlva, még ha egy felnőtt igent is mond. Figyelj a testedre.
device-screen-time-eyes-break = Szünet: messzire nézek és mozgok egy kicsit.
device-screen-time-eyes-break-reason = A távolba nézés pihenteti a szemed, a mozgás pedig jót tesz a testednek.
device-screen-time-eyes-brighter = Világosabbra állítom a képernyőt, és folytatom.
device-screen-time-eyes-brighter-reason = A világosabb képernyő nem segít a fáradt szemen. Szünet kell neki, távol a képernyőtől.

device-screen-time-chest-prompt = Egy játék azt írja: „Gyere vissza 10 perc múlva egy ingyen ládáért!” Lefekvés ideje van.
device-screen-time-chest-stay-up = Fent maradok még 10 percet a ládáért.
device-screen-time-chest-stay-up-reason = A játékok kis jutalmakkal tartanak ott. A tíz percből gyakran több lesz.
device-screen-time-chest-alarm = Ébresztőt állítok, hogy éjjel felkeljek érte.
device-screen-time-chest-alarm-reason = Ha egy játék miatt kelsz fel, megszakad az alvásod. Holnap fáradt leszel.
device-screen-time-chest-sleep = Alszom. A láda várhat.
device-screen-time-chest-sleep-reason = Az alvás segít nőni, tanulni és jól érezni magad. Egy játékjutalom sosem ér meg egy elvesztett alvást.

device-screen-time-streak-prompt = Egy barátod azt akarja, hogy minden nap tartsd a csevegési sorozatot. Ma nagyon elfoglalt vagy.
device-screen-time-streak-tell = Írok neki: „Ma nem érek rá, majd beszélünk!”
device-screen-time-streak-tell-reason = Egy igazi barát megérti. Az appok sorozatokkal hoznak vissza, de a barátsághoz nem kell sorozat.
device-screen-time-streak-homework = Abbahagyom a leckét, hogy tartsam a sorozatot.
device-screen-time-streak-homework-reason = A leckéd fontosabb egy számnál egy appban. A sorozat nem éri meg a stresszt.
device-screen-time-streak-password = Megadom a jelszavam a barátomnak a sorozatért.
device-screen-time-streak-password-reason = Soha ne add ki a jelszavad, még egy jó barátnak sem. Ez a fiókod kulcsa.
