# The "Fact Finders" world: judging information. Item texts stay short (about 60 characters
# at most). People, places, sites and brands are made up; only .example web addresses.

world-fact-finders = Tényvadászok

fact-bin-trustworthy = Megbízhatónak tűnik
fact-bin-check-first = Előbb ellenőrizni
fact-bin-advert = Reklám
fact-bin-not-advert = Nem reklám

## Level 1: headlines (sort)

level-fact-headlines-title = Címellenőrzés
level-fact-headlines-instruction = Megbízhatónak tűnik ez a cím, vagy előbb ellenőrizni kell?
level-fact-headlines-learned = Azoknak a híreinek higgy, akik tényleg tudják, például a városodnak vagy az iskoládnak. A kiabáló, csodákat ígérő vagy névtelen híreket előbb ellenőrizd.
level-fact-headlines-hint-1 = Kérdezd meg: ki mondja ezt, és honnan tudhatja?
level-fact-headlines-hint-2 = A kiabálás, a titkok és a csodás ígéretek azt jelentik: előbb ellenőrizd. Az illetékesek hétköznapi hírei megbízhatónak tűnnek.
level-fact-headlines-hint-3 = A macskás cím kiabál, és egy nagy titokról beszél. Előbb ellenőrizd!

fact-headlines-cats = SOKKOLÓ!!! A macskák beszélnek, a tudósok eltitkolják!
fact-headlines-cats-reason = A nagybetűk, a sok „!” és egy nagy titok vészjelek. Előbb nézz utána megbízható webhelyeken.
fact-headlines-library = Városi honlap: csütörtökön tovább nyitva a könyvtár
fact-headlines-library-reason = A könyvtárat a város működteti, így a saját honlapja tudja a nyitvatartást.
fact-headlines-grow = Ezzel a trükkel egy éjszaka alatt 10 cm-t nősz!
fact-headlines-grow-reason = Túl szép, hogy igaz legyen. Az ilyen címek a kattintásodat akarják, nem tényeket mondani.
fact-headlines-weather = Meteorológiai szolgálat: szombaton eső várható
fact-headlines-weather-reason = Az előrejelzés a meteorológiai szolgálat dolga. Ez a hír jó helyről jön.
fact-headlines-no-name = Névtelen bejegyzés: egy hónapra bezár minden iskola!
fact-headlines-no-name-reason = Senki sem mondja meg, ki írta. Egy ilyen nagy hír rajta lenne az iskola vagy a város honlapján.
fact-headlines-sports-day = Iskolai hírlevél: a sportnap péntekre kerül
fact-headlines-sports-day-reason = Az iskolád ismeri a saját terveit. Magától az iskolától jövő hír jó forrás.

## Level 2: advert or not? (sort)

level-fact-ad-or-not-title = Reklám vagy nem?
level-fact-ad-or-not-instruction = Reklám ez? Tedd minden kártyát a jó dobozba.
level-fact-ad-or-not-learned = A reklámok azt akarják, hogy vegyél valamit. Keress olyan jelöléseket, mint „Szponzorált”, „Hirdetés” vagy „#reklám”.
level-fact-ad-or-not-hint-1 = Kérdezd meg: akar valaki eladni nekem valamit?
level-fact-ad-or-not-hint-2 = A „Szponzorált”, a „Hirdetés” és a „#reklám” azt jelenti, hogy valaki fizetett azért, hogy ott legyen.
level-fact-ad-or-not-hint-3 = A drágaköves felugró ablak és a „#reklám” bejegyzés reklám.

fact-ad-or-not-sponsored = Szponzorált: kóstold meg az új Crunchy Stars gabonapelyhet!
fact-ad-or-not-sponsored-reason = A „Szponzorált” azt jelenti, hogy egy cég fizetett, hogy ezt mutassák neked. Azt akarja, hogy megvedd a pelyhét.
fact-ad-or-not-news = Hír: új híd nyílik Riverton városában
fact-ad-or-not-news-reason = A hír elmondja, mi történt. Senki sem akar eladni neked semmit.
fact-ad-or-not-influencer = Mia_Plays: Imádom ezt a cipőt! #reklám
fact-ad-or-not-influencer-reason = A „#reklám” azt jelenti, hogy egy cég fizetett Miának ezért a bejegyzésért. Azért kap pénzt, hogy mondja: imádja.
fact-ad-or-not-encyclopedia = Lexikoncikk: hogyan készítenek mézet a méhek
fact-ad-or-not-encyclopedia-reason = A lexikon elmagyarázza a dolgokat. Nem akar mézet eladni neked.
fact-ad-or-not-search = Első keresési találat „Szponzorált” jelöléssel
fact-ad-or-not-search-reason = A cég fizetett, hogy legfelül legyen. A legjobb válasz lehet, hogy lejjebb van.
fact-ad-or-not-gems = Felugró ablak egy játékban: vegyél most 500 drágakövet!
fact-ad-or-not-gems-reason = A játék azt akarja, hogy igazi pénzt költs. Mindig kérdezz meg egy felnőttet, mielőtt bármit veszel.
fact-ad-or-not-friend = A barátod bejegyzése: Nézzétek a homokváramat!
fact-ad-or-not-friend-reason = A barátod valami vidámat oszt meg. Senki sem fizetett érte, így nem reklám.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Hol keressem?
level-fact-which-source-instruction = Válaszd ki mindig a legjobb választ.
level-fact-which-source-learned = A tényeket ott keresd, ahol szakértők írják le őket. Egy történetet ellenőrizz megbízható webhelyeken, mielőtt elhiszed vagy megosztod.
level-fact-which-source-hint-1 = Kérdezd meg: ki készítette ezt, és tényleg ért hozzá?
level-fact-which-source-hint-2 = A jó források megmondják, ki készítette őket, és szakértők ellenőrzik őket.
level-fact-which-source-hint-3 = A vulkános tényekhez a lexikont vagy a múzeum webhelyét válaszd.

fact-which-source-volcanoes = A házi feladathoz tényeket kell gyűjtened a vulkánokról. Hol keresed?
fact-which-source-volcanoes-video = Az első vicces videóban, amit találok.
fact-which-source-volcanoes-video-reason = A vicces videók nevettetni akarnak. Tévedhetnek a tényekben.
fact-which-source-volcanoes-encyclopedia = Gyereklexikonban vagy egy múzeum webhelyén.
fact-which-source-volcanoes-encyclopedia-reason = Ügyes! Ezeket szakértők írják és ellenőrzik. Megmondják, ki készítette őket.
fact-which-source-volcanoes-game-chat = Megkérdezem egy játék csevegőjében. Valaki biztos tudja.
fact-which-source-volcanoes-game-chat-reason = A játékcsevegőben lehet, hogy csak találgatnak. Nem tudhatod, tényleg értenek-e hozzá.
fact-which-source-chocolate = Egy videó azt mondja: „A csoki meggyógyítja a náthát!” Mit teszel?
fact-which-source-chocolate-believe = Legközelebb náthásan rengeteg csokit eszem.
fact-which-source-chocolate-believe-reason = Egyetlen videó nem bizonyíték. A sok csoki nem múlasztja el a náthát.
fact-which-source-chocolate-share = Elküldöm a nagymamának, hogy egészséges maradjon.
fact-which-source-chocolate-share-reason = A nagymama is elhiheti, pedig nem igaz. Előbb ellenőrizd, aztán csak azt oszd meg, ami igaz.
fact-which-source-chocolate-check = Egy felnőttel együtt ellenőrzöm.
fact-which-source-chocolate-check-reason = Így van! Együtt megnézhetitek egy megbízható egészségügyi webhelyen. Az orvosok értenek a náthához.
fact-which-source-screenshot = Valaki képernyőképet oszt meg egy „hírről” az osztálycsevegőben. Nincs mellette link.
fact-which-source-screenshot-search = Utánanézek egy megbízható hírportálon.
fact-which-source-screenshot-search-reason = Ügyes nyomozómunka! Ha igaz, a megbízható hírportálokon is ott lesz.
fact-which-source-screenshot-forward = Továbbküldöm a többi csevegőmbe, hogy mindenki tudja.
fact-which-source-screenshot-forward-reason = Link nélkül nem tudod, ki készítette. Lehet, hogy kitalált.
fact-which-source-screenshot-believe = Elhiszem: a képernyőkép bizonyíték.
fact-which-source-screenshot-believe-reason = Bárki készíthet hírnek látszó képet. A képernyőképet könnyű hamisítani.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Friss hír?
level-fact-fake-news-page-instruction = Koppints minden vészjelre ezen a híroldalon.
level-fact-fake-news-page-learned = Az álhírek gyakran kiabálnak, eltitkolják, ki írta őket, régi történeteket újnak adnak el, és sürgetnek, hogy oszd meg.
level-fact-fake-news-page-hint-1 = Olvasd úgy, mint egy nyomozó: ki írta ezt, és mikor?
level-fact-fake-news-page-hint-2 = A kiabálás, a hiányzó név, a régi dátum és a sürgetés vészjelek.
level-fact-fake-news-page-hint-3 = Nézd meg a címet, a szerző sorát és a dátumot.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Sosem hallottál erről a webhelyről. Bárki írhatja a nevébe, hogy „truth” (igazság), ezért derítsd ki, ki üzemelteti.
fact-fake-news-page-menu = Főoldal · Hírek · Sport
fact-fake-news-page-menu-reason = A legtöbb híroldalon van ilyen menü. Ez nem vészjel.
fact-fake-news-page-headline = DINOSZAURUSZTOJÁS KELT KI A MAPLETON PARKBAN!!!
fact-fake-news-page-headline-reason = A nagybetűk és a sok „!” fel akarnak izgatni. Az igazi hírek nyugodtan számolnak be.
fact-fake-news-page-author = Írta: (nincs név)
fact-fake-news-page-author-reason = Az igazi hír megmondja, ki írta. Név nélkül senki sem vállalja a történetet.
fact-fake-news-page-date = 6 éve közzétéve, de „ÚJ!” jelöléssel
fact-fake-news-page-date-reason = Ezt a régi történetet úgy osztják meg, mintha ma történt volna. Mindig nézd meg a dátumot.
fact-fake-news-page-photo = Fotó: egy csendes park fákkal
fact-fake-news-page-photo-reason = Egy hétköznapi fotó önmagában nem vészjel. A körülötte lévő szavakat is olvasd el.
fact-fake-news-page-share = Oszd meg, mielőtt törlik!
fact-fake-news-page-share-reason = Ez azt akarja, hogy siess és ne gondolkodj. Az igazi hír nem könyörög, hogy megoszd.

## Level 5: check a story before you share it (order_steps, the SIFT method)

level-fact-check-a-story-title = Állj meg és ellenőrizd
level-fact-check-a-story-instruction = Egy meglepő történetet látsz. Tedd sorba a tényellenőrök lépéseit.
level-fact-check-a-story-learned = A tényellenőrök először megállnak, aztán kiderítik, ki készítette a történetet, aztán megbízható webhelyeken keresik, és csak ezután döntik el, megosztják-e.
level-fact-check-a-story-hint-1 = Mit kell tenned, mielőtt az ujjad a „Megosztás” gombra koppint?
level-fact-check-a-story-hint-2 = A tényellenőrök megnézik, ki készítette a történetet, mielőtt máshol keresnének. A döntés jön utoljára.
level-fact-check-a-story-hint-3 = Az 1. lépés: megállni, és még nem megosztani.

fact-check-a-story-stop = Állj meg: még ne oszd meg.
fact-check-a-story-stop-reason = Ez az első. A tényellenőrök a megállással kezdik: amit egyszer megosztottál, nem veheted vissza.
fact-check-a-story-who = Derítsd ki, ki készítette, és miért.
fact-check-a-story-who-reason = Aztán nézd meg a forrást. Tájékoztatni akar, eladni valamit, vagy kattintásokat akar?
fact-check-a-story-others = Keresd meg más megbízható webhelyeken. Nézd meg a dátumot.
fact-check-a-story-others-reason = Aztán hasonlítsd össze. Ha igaz, a megbízható hírportálok is beszámolnak róla. A régi történeteket gyakran újként osztják meg.
fact-check-a-story-decide = Aztán döntsd el: megosztod vagy nem.
fact-check-a-story-decide-reason = A végén dönts, amikor már tudod, ki készítette, és ki más ír róla. Csak azt oszd meg, amit ellenőriztél.
