# The "Fact Finders" world: judging information. Item texts stay short (about 60 characters
# at most). People, places, sites and brands are made up; only .example web addresses.

world-fact-finders = Faktajægerne

fact-bin-trustworthy = Virker troværdigt
fact-bin-check-first = Tjek først
fact-bin-advert = Reklame
fact-bin-not-advert = Ikke en reklame

## Level 1: headlines (sort)

level-fact-headlines-title = Tjek overskriften
level-fact-headlines-instruction = Virker denne overskrift troværdig, eller skal du tjekke den først?
level-fact-headlines-learned = Stol på nyheder fra dem, der virkelig ved det, som din kommune eller din skole. Tjek nyheder, der råber, lover vilde ting eller ikke har noget navn, først.
level-fact-headlines-hint-1 = Spørg: Hvem siger det, og hvordan skulle de vide det?
level-fact-headlines-hint-2 = Råb, hemmeligheder og vilde løfter betyder: Tjek først. Hverdagsnyheder fra dem, der bestemmer, virker troværdige.
level-fact-headlines-hint-3 = Overskriften om katte råber og taler om en stor hemmelighed. Tjek den først!

fact-headlines-cats = CHOK!!! Katte kan tale, og forskerne skjuler det!
fact-headlines-cats-reason = Store bogstaver, masser af »!« og en stor hemmelighed er faresignaler. Led efter det på pålidelige sider først.
fact-headlines-library = Kommunens side: Biblioteket har åbent længe om torsdagen
fact-headlines-library-reason = Kommunen driver biblioteket, så dens egen hjemmeside kender åbningstiderne.
fact-headlines-grow = Med dette ene trick vokser du 10 cm på en nat!
fact-headlines-grow-reason = Det lyder for godt til at være sandt. Overskrifter som denne vil have dine klik, ikke give dig fakta.
fact-headlines-weather = Vejrtjenesten: Der ventes regn på lørdag
fact-headlines-weather-reason = Det er vejrtjenestens job at lave vejrudsigter. Den er det rigtige sted for denne nyhed.
fact-headlines-no-name = Opslag uden navn: Alle skoler lukker i en måned!
fact-headlines-no-name-reason = Ingen siger, hvem der har skrevet det. En så stor nyhed ville stå på skolens eller kommunens hjemmeside.
fact-headlines-sports-day = Skolens nyhedsbrev: Idrætsdagen flyttes til fredag
fact-headlines-sports-day-reason = Din skole kender sine egne planer. Nyheder fra skolen selv er en god kilde.

## Level 2: advert or not? (sort)

level-fact-ad-or-not-title = Reklame eller ej?
level-fact-ad-or-not-instruction = Er det en reklame? Sortér hvert kort i den rigtige kasse.
level-fact-ad-or-not-learned = Reklamer vil have dig til at købe noget. Se efter mærker som »Sponsoreret«, »Annonce« eller »#reklame«.
level-fact-ad-or-not-hint-1 = Spørg: Vil nogen have mig til at købe noget?
level-fact-ad-or-not-hint-2 = »Sponsoreret«, »Annonce« og »#reklame« betyder, at nogen har betalt for, at det er der.
level-fact-ad-or-not-hint-3 = Pop op-vinduet med ædelstene og opslaget med »#reklame« er reklamer.

fact-ad-or-not-sponsored = Sponsoreret: Prøv de nye Crunchy Stars-morgenmadsflager!
fact-ad-or-not-sponsored-reason = »Sponsoreret« betyder, at et firma har betalt for at vise dig det. Det vil have dig til at købe dets morgenmad.
fact-ad-or-not-news = Nyhed: Ny bro åbner i Riverton
fact-ad-or-not-news-reason = En nyhed fortæller, hvad der er sket. Ingen prøver at sælge dig noget.
fact-ad-or-not-influencer = Mia_Plays: Jeg elsker de her sneakers! #reklame
fact-ad-or-not-influencer-reason = »#reklame« betyder, at et firma har betalt Mia for opslaget. Hun får penge for at sige, at hun elsker dem.
fact-ad-or-not-encyclopedia = Leksikonartikel: Sådan laver bierne honning
fact-ad-or-not-encyclopedia-reason = Et leksikon forklarer ting. Det prøver ikke at sælge dig honning.
fact-ad-or-not-search = Øverste søgeresultat, mærket »Sponsoreret«
fact-ad-or-not-search-reason = Firmaet har betalt for at komme øverst. Det bedste svar står måske længere nede.
fact-ad-or-not-gems = Pop op-vindue i et spil: Køb 500 ædelstene nu!
fact-ad-or-not-gems-reason = Spillet vil have dig til at bruge rigtige penge. Spørg altid en voksen, før du køber noget.
fact-ad-or-not-friend = Din vens opslag: Se mit sandslot!
fact-ad-or-not-friend-reason = Din ven deler noget sjovt. Ingen har betalt for det, så det er ikke en reklame.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Hvor skal du kigge?
level-fact-which-source-instruction = Vælg det bedste svar hver gang.
level-fact-which-source-learned = Led efter fakta, hvor eksperter skriver dem. Tjek en historie på pålidelige sider, før du tror på den eller deler den.
level-fact-which-source-hint-1 = Spørg: Hvem har lavet det, og ved de virkelig noget om det?
level-fact-which-source-hint-2 = Gode kilder fortæller, hvem der har lavet dem, og eksperter tjekker dem.
level-fact-which-source-hint-3 = Til fakta om vulkaner skal du vælge leksikonnet eller museets side.

fact-which-source-volcanoes = Til lektierne skal du bruge fakta om vulkaner. Hvor kigger du?
fact-which-source-volcanoes-video = Den første sjove video, jeg finder.
fact-which-source-volcanoes-video-reason = Sjove videoer vil få dig til at grine. De kan tage fejl af fakta.
fact-which-source-volcanoes-encyclopedia = Et børneleksikon eller et museums side.
fact-which-source-volcanoes-encyclopedia-reason = Godt gået! Eksperter skriver og tjekker dem. De fortæller, hvem der har lavet dem.
fact-which-source-volcanoes-game-chat = Spørg i en spilchat. Nogen der ved det nok.
fact-which-source-volcanoes-game-chat-reason = Folk i en spilchat gætter måske bare. Du kan ikke vide, om de virkelig ved det.
fact-which-source-chocolate = En video siger: »Chokolade kurerer forkølelse!« Hvad gør du?
fact-which-source-chocolate-believe = Spis masser af chokolade, næste gang du er forkølet.
fact-which-source-chocolate-believe-reason = Én video er ikke et bevis. Masser af chokolade får ikke en forkølelse til at gå væk.
fact-which-source-chocolate-share = Send den til bedstemor, så hun holder sig rask.
fact-which-source-chocolate-share-reason = Bedstemor tror måske også på det, og det er ikke sandt. Tjek først, og del så kun det, der er sandt.
fact-which-source-chocolate-check = Bed en voksen om hjælp til at tjekke det.
fact-which-source-chocolate-check-reason = Rigtigt! Sammen kan I kigge på en pålidelig sundhedsside. Læger ved noget om forkølelse.
fact-which-source-screenshot = Nogen deler et skærmbillede af en »nyhed« i klassechatten. Der er intet link.
fact-which-source-screenshot-search = Led efter den på en pålidelig nyhedsside.
fact-which-source-screenshot-search-reason = Godt detektivarbejde! Hvis det er sandt, har pålidelige nyhedssider det også.
fact-which-source-screenshot-forward = Send det videre til dine andre chats, så alle ved det.
fact-which-source-screenshot-forward-reason = Uden et link kan du ikke se, hvem der har lavet det. Det kan være opdigtet.
fact-which-source-screenshot-believe = Tro på det: Et skærmbillede er et bevis.
fact-which-source-screenshot-believe-reason = Alle kan lave et billede, der ligner en nyhed. Skærmbilleder er lette at forfalske.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Breaking news?
level-fact-fake-news-page-instruction = Tryk på hvert faresignal på denne nyhedsside.
level-fact-fake-news-page-learned = Falske nyheder råber tit, skjuler, hvem der har skrevet dem, udgiver gamle historier for nye og presser dig til at dele.
level-fact-fake-news-page-hint-1 = Læs som en detektiv: Hvem har skrevet det, og hvornår?
level-fact-fake-news-page-hint-2 = Råb, et manglende navn, en gammel dato og pres for at dele er faresignaler.
level-fact-fake-news-page-hint-3 = Kig på overskriften, forfatterlinjen og datoen.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Du har aldrig hørt om denne side. Alle kan sætte »truth« (sandhed) i et navn, så find ud af, hvem der driver den.
fact-fake-news-page-menu = Forside · Nyheder · Sport
fact-fake-news-page-menu-reason = De fleste nyhedssider har en menu som denne. Det er ikke et faresignal.
fact-fake-news-page-headline = DINOSAURÆG KLÆKKES I MAPLETON PARK!!!
fact-fake-news-page-headline-reason = Store bogstaver og masser af »!« prøver at gøre dig ophidset. Rigtige nyheder fortæller roligt.
fact-fake-news-page-author = Skrevet af: (intet navn)
fact-fake-news-page-author-reason = Rigtige nyheder siger, hvem der har skrevet dem. Uden navn er der ingen, der står inde for historien.
fact-fake-news-page-date = Slået op for 6 år siden, men mærket »NYT!«
fact-fake-news-page-date-reason = Denne gamle historie bliver delt, som om den skete i dag. Tjek altid datoen.
fact-fake-news-page-photo = Billede: en stille park med træer
fact-fake-news-page-photo-reason = Et almindeligt billede er ikke et faresignal i sig selv. Læs også ordene omkring det.
fact-fake-news-page-share = Del, før de sletter det!
fact-fake-news-page-share-reason = Det vil have dig til at skynde dig og ikke tænke. Rigtige nyheder tigger ikke om at blive delt.

## Level 5: check a story before you share it (order_steps, the SIFT method)

level-fact-check-a-story-title = Stop og tjek
level-fact-check-a-story-instruction = Du ser en overraskende historie. Sæt faktatjekkernes trin i rækkefølge.
level-fact-check-a-story-learned = Faktatjekkere stopper først, finder så ud af, hvem der har lavet historien, leder så efter den på pålidelige sider og beslutter først derefter, om de vil dele den.
level-fact-check-a-story-hint-1 = Hvad skal du gøre, før din finger trykker på »Del«?
level-fact-check-a-story-hint-2 = Faktatjekkere kigger på, hvem der har lavet en historie, før de kigger andre steder. At beslutte kommer sidst.
level-fact-check-a-story-hint-3 = Trin 1 er at stoppe og ikke dele endnu.

fact-check-a-story-stop = Stop: Del den ikke endnu.
fact-check-a-story-stop-reason = Gør dette først. Faktatjekkere starter med at stoppe: Når du har delt en historie, kan du ikke tage den tilbage.
fact-check-a-story-who = Find ud af, hvem der har lavet den, og hvorfor.
fact-check-a-story-who-reason = Kig dernæst på kilden. Vil den informere dig, sælge dig noget eller få klik?
fact-check-a-story-others = Led efter den på andre pålidelige sider. Tjek datoen.
fact-check-a-story-others-reason = Sammenlign så. Hvis den er sand, skriver pålidelige nyhedssider også om den. Gamle historier bliver tit delt som nye.
fact-check-a-story-decide = Beslut så: Del den eller ej.
fact-check-a-story-decide-reason = Beslut til sidst, når du ved, hvem der har lavet den, og hvem der ellers skriver om den. Del kun det, du har tjekket.
