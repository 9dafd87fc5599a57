# The "Fact Finders" world: judging information. Item texts stay short (about 60
# characters). People, places, sites and brands are made up: keep them unchanged.

world-fact-finders = Feitenzoekers

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = Lijkt betrouwbaar
fact-bin-check-first = Eerst controleren
fact-bin-advert = Reclame
fact-bin-not-advert = Geen reclame

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = Koppencheck
level-fact-headlines-instruction = Lijkt deze kop betrouwbaar, of moet je hem eerst controleren?
level-fact-headlines-learned = Vertrouw nieuws van wie het echt weet, zoals je gemeente of je school. Controleer schreeuwerig, ongelooflijk of naamloos nieuws eerst.
level-fact-headlines-hint-1 = Vraag: wie zegt dit, en hoe zou die dat weten?
level-fact-headlines-hint-2 = Schreeuwen, geheimen en ongelooflijke beloftes betekenen: eerst controleren. Gewoon nieuws van wie erover gaat, lijkt betrouwbaar.
level-fact-headlines-hint-3 = De kop over katten schreeuwt en praat over een groot geheim. Controleer hem eerst!

fact-headlines-cats = SCHOKKEND!!! Katten kunnen praten, geleerden verzwijgen het!
fact-headlines-cats-reason = Hoofdletters, veel “!” en een groot geheim zijn waarschuwingstekens. Zoek het eerst op betrouwbare sites.
fact-headlines-library = Website van de gemeente: Bibliotheek donderdag langer open
fact-headlines-library-reason = De gemeente beheert de bibliotheek, dus haar eigen website kent de openingstijden.
fact-headlines-grow = Met dit ene trucje groei je 10 cm in één nacht!
fact-headlines-grow-reason = Het klinkt te mooi om waar te zijn. Zulke koppen willen je klikken, niet je feiten vertellen.
fact-headlines-weather = Weerdienst: Zaterdag wordt regen verwacht
fact-headlines-weather-reason = Weersverwachtingen maken is het werk van de weerdienst. Het is de juiste plek voor dit nieuws.
fact-headlines-no-name = Bericht zonder naam: Alle scholen een maand dicht!
fact-headlines-no-name-reason = Niemand zegt wie dit schreef. Zulk groot nieuws zou op de website van de school of de gemeente staan.
fact-headlines-sports-day = Nieuwsbrief van school: Sportdag verschoven naar vrijdag
fact-headlines-sports-day-reason = Je school kent haar eigen plannen. Nieuws van de school zelf is een goede bron.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = Reclame of niet?
level-fact-ad-or-not-instruction = Is dit reclame? Sorteer elke kaart in de goede bak.
level-fact-ad-or-not-learned = Reclame wil dat je iets koopt. Let op labels als “Gesponsord”, “Advertentie” of “#ad”.
level-fact-ad-or-not-hint-1 = Vraag: wil iemand dat ik iets koop?
level-fact-ad-or-not-hint-2 = “Gesponsord”, “Advertentie” en “#ad” betekenen dat iemand heeft betaald om het daar te laten zien.
level-fact-ad-or-not-hint-3 = De pop-up met edelstenen en het bericht met “#ad” zijn reclame.

fact-ad-or-not-sponsored = Gesponsord: Probeer de nieuwe Crunchy Stars-ontbijtgranen!
fact-ad-or-not-sponsored-reason = “Gesponsord” betekent dat een bedrijf heeft betaald om je dit te laten zien. Het wil dat je zijn ontbijtgranen koopt.
fact-ad-or-not-news = Nieuwsbericht: Nieuwe brug geopend in Riverton
fact-ad-or-not-news-reason = Een nieuwsbericht vertelt wat er is gebeurd. Niemand probeert je iets te verkopen.
fact-ad-or-not-influencer = Mia_Plays: Ik vind deze sneakers geweldig! #ad
fact-ad-or-not-influencer-reason = “#ad” betekent dat een bedrijf Mia heeft betaald voor dit bericht. Ze krijgt geld om te zeggen dat ze ze geweldig vindt.
fact-ad-or-not-encyclopedia = Encyclopedie-artikel: Hoe bijen honing maken
fact-ad-or-not-encyclopedia-reason = Een encyclopedie legt dingen uit. Hij probeert je geen honing te verkopen.
fact-ad-or-not-search = Bovenste zoekresultaat, met het label “Gesponsord”
fact-ad-or-not-search-reason = Het bedrijf heeft betaald om bovenaan te staan. Het beste antwoord staat misschien verder naar beneden.
fact-ad-or-not-gems = Pop-up in een spel: Koop nu 500 edelstenen!
fact-ad-or-not-gems-reason = Het spel wil dat je echt geld uitgeeft. Vraag altijd een volwassene voordat je iets koopt.
fact-ad-or-not-friend = Bericht van je vriend: Kijk naar mijn zandkasteel!
fact-ad-or-not-friend-reason = Je vriend deelt iets leuks. Niemand heeft ervoor betaald, dus het is geen reclame.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Waar zoek je?
level-fact-which-source-instruction = Kies elke keer het beste antwoord.
level-fact-which-source-learned = Zoek feiten waar experts ze schrijven. Controleer een verhaal op betrouwbare sites voordat je het gelooft of deelt.
level-fact-which-source-hint-1 = Vraag: wie heeft dit gemaakt, en weten ze er echt iets van?
level-fact-which-source-hint-2 = Goede bronnen zeggen wie ze heeft gemaakt, en experts controleren ze.
level-fact-which-source-hint-3 = Kies voor feiten over vulkanen de encyclopedie of de site van het museum.

fact-which-source-volcanoes = Voor je huiswerk heb je feiten over vulkanen nodig. Waar zoek je?
fact-which-source-volcanoes-video = De eerste grappige video die je vindt.
fact-which-source-volcanoes-video-reason = Grappige video's willen je laten lachen. Ze kunnen feiten verkeerd hebben.
fact-which-source-volcanoes-encyclopedia = Een kinderencyclopedie of de site van een museum.
fact-which-source-volcanoes-encyclopedia-reason = Goed zo! Experts schrijven en controleren deze. Ze zeggen wie ze heeft gemaakt.
fact-which-source-volcanoes-game-chat = Vragen in een spelchat. Daar weet vast iemand het.
fact-which-source-volcanoes-game-chat-reason = Mensen in een spelchat gokken misschien maar wat. Je kunt niet zien of ze het echt weten.
fact-which-source-chocolate = Een video zegt: “Chocolade eten geneest verkoudheid!” Wat doe je?
fact-which-source-chocolate-believe = Veel chocolade eten als je weer verkouden bent.
fact-which-source-chocolate-believe-reason = Eén video is geen bewijs. Veel chocolade laat een verkoudheid niet overgaan.
fact-which-source-chocolate-share = Naar oma sturen, zodat ze gezond blijft.
fact-which-source-chocolate-share-reason = Oma gelooft het misschien ook, en het is niet waar. Controleer eerst, en deel dan alleen wat waar is.
fact-which-source-chocolate-check = Het samen met een volwassene nagaan.
fact-which-source-chocolate-check-reason = Goed zo! Samen kunnen jullie kijken op een betrouwbare gezondheidssite. Artsen weten veel over verkoudheid.
fact-which-source-screenshot = Iemand deelt in de klassenchat een screenshot van “nieuws”. Er staat geen link bij.
fact-which-source-screenshot-search = Het zoeken op een betrouwbare nieuwssite.
fact-which-source-screenshot-search-reason = Goed speurwerk! Als het waar is, hebben betrouwbare nieuwssites het ook.
fact-which-source-screenshot-forward = Doorsturen naar al je chats, zodat iedereen het weet.
fact-which-source-screenshot-forward-reason = Zonder link kun je niet zien wie het heeft gemaakt. Het kan verzonnen zijn.
fact-which-source-screenshot-believe = Het geloven: een screenshot is bewijs.
fact-which-source-screenshot-believe-reason = Iedereen kan een plaatje maken dat op nieuws lijkt. Screenshots zijn makkelijk na te maken.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Groot nieuws?
level-fact-fake-news-page-instruction = Tik op elk alarmsignaal op deze nieuwspagina.
level-fact-fake-news-page-learned = Nepnieuws schreeuwt vaak, verbergt wie het schreef, brengt oude verhalen als nieuw en jaagt je op om te delen.
level-fact-fake-news-page-hint-1 = Lees het als een speurneus: wie schreef dit, en wanneer?
level-fact-fake-news-page-hint-2 = Schreeuwen, een ontbrekende naam, een oude datum en haast om te delen zijn waarschuwingstekens.
level-fact-fake-news-page-hint-3 = Kijk naar de kop, de regel met de schrijver en de datum.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Van deze site heb je nooit gehoord. Iedereen kan “truth” (waarheid) in een naam zetten, dus zoek uit wie hem beheert.
fact-fake-news-page-menu = Home · Nieuws · Sport
fact-fake-news-page-menu-reason = De meeste nieuwssites hebben zo'n menu. Het is geen waarschuwingsteken.
fact-fake-news-page-headline = DINO-EI KOMT UIT IN PARK VAN MAPLETON!!!
fact-fake-news-page-headline-reason = Hoofdletters en veel “!” proberen je op te winden. Echt nieuws vertelt het rustig.
fact-fake-news-page-author = Geschreven door: (geen naam)
fact-fake-news-page-author-reason = Echt nieuws zegt wie het schreef. Zonder naam staat niemand achter het verhaal.
fact-fake-news-page-date = 6 jaar geleden geplaatst, maar met het label “NIEUW!”
fact-fake-news-page-date-reason = Dit oude verhaal wordt gedeeld alsof het vandaag gebeurde. Kijk altijd naar de datum.
fact-fake-news-page-photo = Foto: een rustig park met bomen
fact-fake-news-page-photo-reason = Een gewone foto is op zichzelf geen waarschuwingsteken. Lees ook de woorden eromheen.
fact-fake-news-page-share = Deel dit voordat ze het wissen!
fact-fake-news-page-share-reason = Dit wil dat je je haast en niet nadenkt. Echt nieuws smeekt je niet om het te delen.

## Level 5: check a story before you share it (order_steps: the first moves of SIFT)

level-fact-check-a-story-title = Stop en check
level-fact-check-a-story-instruction = Je ziet een verrassend verhaal. Zet de stappen van factcheckers op volgorde.
level-fact-check-a-story-learned = Factcheckers stoppen eerst, zoeken dan uit wie een verhaal maakte, zoeken het daarna op betrouwbare sites, en beslissen pas dan of ze het delen.
level-fact-check-a-story-hint-1 = Wat moet je doen voordat je vinger op “Delen” tikt?
level-fact-check-a-story-hint-2 = Factcheckers kijken wie een verhaal maakte voordat ze ergens anders kijken. Beslissen komt als laatste.
level-fact-check-a-story-hint-3 = Stap 1 is stoppen en nog niet delen.

fact-check-a-story-stop = Stop: deel het nog niet.
fact-check-a-story-stop-reason = Doe dit eerst. Factcheckers beginnen met stoppen: als je een verhaal eenmaal deelt, kun je het niet terugnemen.
fact-check-a-story-who = Zoek uit wie het maakte, en waarom.
fact-check-a-story-who-reason = Kijk daarna naar de bron. Wil die je informeren, je iets verkopen of klikken krijgen?
fact-check-a-story-others = Zoek het op andere betrouwbare sites. Kijk naar de datum.
fact-check-a-story-others-reason = Vergelijk dan. Als het waar is, melden betrouwbare nieuwssites het ook. Oude verhalen worden vaak als nieuw gedeeld.
fact-check-a-story-decide = Beslis dan: delen of niet.
fact-check-a-story-decide-reason = Beslis als laatste, als je weet wie het maakte en wie het nog meer meldt. Deel alleen wat je hebt gecontroleerd.
