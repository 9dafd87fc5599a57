# The "Fact Finders" world: judging information. Item texts stay short (about 60
# characters). People, places, sites and brands are made up: keep them unchanged.

world-fact-finders = Faktadetektiverna

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = Verkar pålitlig
fact-bin-check-first = Kolla först
fact-bin-advert = Reklam
fact-bin-not-advert = Inte reklam

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = Rubrikkollen
level-fact-headlines-instruction = Verkar den här rubriken pålitlig, eller ska du kolla den först?
level-fact-headlines-learned = Lita på nyheter från dem som verkligen vet, som din kommun eller skola. Kolla först nyheter som skriker, låter otroliga eller saknar avsändare.
level-fact-headlines-hint-1 = Fråga: vem säger det här, och hur skulle de veta det?
level-fact-headlines-hint-2 = Skrikiga rubriker, hemligheter och otroliga löften betyder: kolla först. Vardagliga nyheter från dem som ansvarar verkar pålitliga.
level-fact-headlines-hint-3 = Rubriken om katter skriker och pratar om en stor hemlighet. Kolla den först!

fact-headlines-cats = CHOCK!!! Katter kan prata, forskare döljer det!
fact-headlines-cats-reason = Versaler, massor av ”!” och en stor hemlighet är varningssignaler. Leta efter det på pålitliga webbplatser först.
fact-headlines-library = Kommunens webbplats: Biblioteket öppet längre på torsdagar
fact-headlines-library-reason = Kommunen driver biblioteket, så dess egen webbplats vet öppettiderna.
fact-headlines-grow = Det här enkla tricket får dig att växa 10 cm på en natt!
fact-headlines-grow-reason = Det låter för bra för att vara sant. Sådana rubriker vill ha dina klick, inte berätta fakta.
fact-headlines-weather = Vädertjänsten: Regn väntas på lördag
fact-headlines-weather-reason = Att göra väderprognoser är vädertjänstens jobb. Det är rätt ställe för den här nyheten.
fact-headlines-no-name = Inlägg utan namn: Alla skolor stänger i en månad!
fact-headlines-no-name-reason = Ingen säger vem som skrev det här. Så stora nyheter skulle finnas på skolans eller kommunens webbplats.
fact-headlines-sports-day = Skolans nyhetsbrev: Idrottsdagen flyttas till fredag
fact-headlines-sports-day-reason = Din skola känner till sina egna planer. Nyheter från skolan själv är en bra källa.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = Reklam eller inte?
level-fact-ad-or-not-instruction = Är det här reklam? Sortera varje kort i rätt låda.
level-fact-ad-or-not-learned = Reklam vill att du ska köpa något. Leta efter märkningar som ”Sponsrad”, ”Annons” eller ”#ad”.
level-fact-ad-or-not-hint-1 = Fråga: vill någon att jag ska köpa något?
level-fact-ad-or-not-hint-2 = ”Sponsrad”, ”Annons” och ”#ad” betyder att någon har betalat för att det ska synas där.
level-fact-ad-or-not-hint-3 = Popupen med ädelstenar och inlägget med ”#ad” är reklam.

fact-ad-or-not-sponsored = Sponsrad: Testa nya flingorna Crunchy Stars!
fact-ad-or-not-sponsored-reason = ”Sponsrad” betyder att ett företag har betalat för att visa dig det här. Det vill att du ska köpa deras flingor.
fact-ad-or-not-news = Nyhetsartikel: Ny bro invigs i Riverton
fact-ad-or-not-news-reason = En nyhetsartikel berättar vad som har hänt. Ingen försöker sälja något till dig.
fact-ad-or-not-influencer = Mia_Plays: Jag älskar de här sneakersen! #ad
fact-ad-or-not-influencer-reason = ”#ad” betyder att ett företag har betalat Mia för inlägget. Hon får betalt för att säga att hon älskar dem.
fact-ad-or-not-encyclopedia = Uppslagsverk: Hur bin gör honung
fact-ad-or-not-encyclopedia-reason = Ett uppslagsverk förklarar saker. Det försöker inte sälja honung till dig.
fact-ad-or-not-search = Översta sökträffen, märkt ”Sponsrad”
fact-ad-or-not-search-reason = Företaget har betalat för att hamna överst. Det bästa svaret kanske finns längre ner.
fact-ad-or-not-gems = Popup i ett spel: Köp 500 ädelstenar nu!
fact-ad-or-not-gems-reason = Spelet vill att du ska spendera riktiga pengar. Fråga alltid en vuxen innan du köper något.
fact-ad-or-not-friend = Din kompis inlägg: Titta på mitt sandslott!
fact-ad-or-not-friend-reason = Din kompis delar något roligt. Ingen har betalat för det, så det är inte reklam.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Var ska du leta?
level-fact-which-source-instruction = Välj det bästa svaret varje gång.
level-fact-which-source-learned = Leta efter fakta där experter skriver dem. Kolla en historia på pålitliga webbplatser innan du tror på den eller delar den.
level-fact-which-source-hint-1 = Fråga: vem har gjort det här, och vet de verkligen något om det?
level-fact-which-source-hint-2 = Bra källor säger vem som har gjort dem, och experter granskar dem.
level-fact-which-source-hint-3 = För fakta om vulkaner: välj uppslagsverket eller museets webbplats.

fact-which-source-volcanoes = Till läxan behöver du fakta om vulkaner. Var letar du?
fact-which-source-volcanoes-video = Den första roliga videon du hittar.
fact-which-source-volcanoes-video-reason = Roliga videor vill få dig att skratta. De kan ha fel om fakta.
fact-which-source-volcanoes-encyclopedia = Ett barnuppslagsverk eller en museisajt.
fact-which-source-volcanoes-encyclopedia-reason = Bra gjort! Experter skriver och granskar dem. De säger vem som har gjort dem.
fact-which-source-volcanoes-game-chat = Fråga i en spelchatt. Där vet säkert någon.
fact-which-source-volcanoes-game-chat-reason = Folk i en spelchatt kanske bara gissar. Du kan inte veta om de verkligen vet.
fact-which-source-chocolate = En video säger: ”Att äta choklad botar förkylning!” Vad gör du?
fact-which-source-chocolate-believe = Äta massor av choklad nästa gång jag är förkyld.
fact-which-source-chocolate-believe-reason = En video är inget bevis. Massor av choklad får inte en förkylning att gå över.
fact-which-source-chocolate-share = Skicka den till mormor så att hon håller sig frisk.
fact-which-source-chocolate-share-reason = Mormor kanske också tror på den, och den är inte sann. Kolla först och dela sedan bara det som är sant.
fact-which-source-chocolate-check = Be en vuxen hjälpa dig att kolla det.
fact-which-source-chocolate-check-reason = Rätt! Tillsammans kan ni titta på en pålitlig hälsosajt. Läkare vet mycket om förkylningar.
fact-which-source-screenshot = Någon delar en skärmbild av ”nyheter” i klasschatten. Det finns ingen länk.
fact-which-source-screenshot-search = Leta efter den på en pålitlig nyhetssajt.
fact-which-source-screenshot-search-reason = Bra detektivarbete! Om den är sann har pålitliga nyhetssajter den också.
fact-which-source-screenshot-forward = Skicka den vidare till dina andra chattar, så alla vet.
fact-which-source-screenshot-forward-reason = Utan länk kan du inte veta vem som har gjort den. Den kan vara påhittad.
fact-which-source-screenshot-believe = Tro på den: en skärmbild är bevis.
fact-which-source-screenshot-believe-reason = Vem som helst kan göra en bild som ser ut som nyheter. Skärmbilder är lätta att fejka.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Stor nyhet?
level-fact-fake-news-page-instruction = Tryck på varje varningssignal på den här nyhetssidan.
level-fact-fake-news-page-learned = Falska nyheter skriker ofta, döljer vem som skrev dem, visar gamla historier som nya och stressar dig att dela.
level-fact-fake-news-page-hint-1 = Läs som en detektiv: vem skrev det här, och när?
level-fact-fake-news-page-hint-2 = Skrikiga rubriker, ett namn som saknas, ett gammalt datum och stress att dela är varningssignaler.
level-fact-fake-news-page-hint-3 = Titta på rubriken, raden om vem som skrev och datumet.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Den här webbplatsen har du aldrig hört talas om. Vem som helst kan skriva ”truth” (sanning) i ett namn, så ta reda på vem som driver den.
fact-fake-news-page-menu = Hem · Nyheter · Sport
fact-fake-news-page-menu-reason = De flesta nyhetssajter har en sådan meny. Den är ingen varningssignal.
fact-fake-news-page-headline = DINOSAURIEÄGG KLÄCKS I MAPLETON-PARKEN!!!
fact-fake-news-page-headline-reason = Versaler och massor av ”!” försöker göra dig upphetsad. Riktiga nyheter berättar lugnt.
fact-fake-news-page-author = Skriven av: (inget namn)
fact-fake-news-page-author-reason = Riktiga nyheter säger vem som skrev dem. Utan namn står ingen bakom historien.
fact-fake-news-page-date = Publicerad för 6 år sedan, men märkt ”NY!”
fact-fake-news-page-date-reason = Den här gamla historien delas som om den hände i dag. Kolla alltid datumet.
fact-fake-news-page-photo = Bild: en lugn park med träd
fact-fake-news-page-photo-reason = En vanlig bild är ingen varningssignal i sig. Läs orden runt den också.
fact-fake-news-page-share = Dela innan de raderar det här!
fact-fake-news-page-share-reason = Det här vill att du ska skynda dig och inte tänka. Riktiga nyheter tigger inte om att bli delade.

## Level 5: check a story before you share it (order_steps: the first moves of SIFT)

level-fact-check-a-story-title = Stanna och kolla
level-fact-check-a-story-instruction = Du ser en överraskande historia. Sätt faktagranskarnas steg i ordning.
level-fact-check-a-story-learned = Faktagranskare stannar först, tar sedan reda på vem som har gjort historien, letar efter den på pålitliga webbplatser och bestämmer först därefter om de ska dela den.
level-fact-check-a-story-hint-1 = Vad ska du göra innan ditt finger trycker på ”Dela”?
level-fact-check-a-story-hint-2 = Faktagranskare tittar på vem som har gjort en historia innan de letar någon annanstans. Att bestämma sig kommer sist.
level-fact-check-a-story-hint-3 = Steg 1 är att stanna och inte dela än.

fact-check-a-story-stop = Stanna: dela den inte än.
fact-check-a-story-stop-reason = Gör det här först. Faktagranskare börjar med att stanna: när du väl har delat en historia kan du inte ta tillbaka den.
fact-check-a-story-who = Ta reda på vem som har gjort den, och varför.
fact-check-a-story-who-reason = Titta sedan på källan. Vill den informera dig, sälja något till dig eller få klick?
fact-check-a-story-others = Leta efter den på andra pålitliga webbplatser. Kolla datumet.
fact-check-a-story-others-reason = Jämför sedan. Om den är sann rapporterar pålitliga nyhetssajter den också. Gamla historier delas ofta som nya.
fact-check-a-story-decide = Bestäm sedan: dela eller inte.
fact-check-a-story-decide-reason = Bestäm dig sist, när du vet vem som gjorde den och vem mer som rapporterar den. Dela bara det du har kollat.
