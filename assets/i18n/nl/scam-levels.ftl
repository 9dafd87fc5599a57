# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. All people,
# companies, numbers and addresses are made up: keep them unchanged.

world-scam-spotters = Trucspeurders

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Een verrassingsprijs?
level-flags-prize-message-instruction = Tik op elk alarmsignaal in dit bericht.
level-flags-prize-message-learned = Een verrassingsprijs van een vreemde is een truc. Stuur zo iemand dus nooit je gegevens.
level-flags-prize-message-hint-1 = Lees elke regel langzaam. Zou een vriend dit schrijven?
level-flags-prize-message-hint-2 = Vreemden, verrassingsprijzen en vragen over jou zijn waarschuwingstekens.
level-flags-prize-message-hint-3 = Kijk wie het stuurde. Verderop staan nog twee alarmsignalen.

flags-prize-message-sender = Van: Onbekend nummer
flags-prize-message-sender-reason = Je kent dit nummer niet. Pas op als een vreemde je schrijft.
flags-prize-message-greeting = Hoi!
flags-prize-message-greeting-reason = Een vriendelijke groet is normaal. Op zichzelf is het geen waarschuwingsteken.
flags-prize-message-prize = Gefeliciteerd! Je hebt een nieuwe tablet gewonnen!
flags-prize-message-prize-reason = Er was geen wedstrijd, maar wel een prijs? Een verrassingsprijs van een vreemde is een truc.
flags-prize-message-picture = Plaatje: een glimmende tablet met een rode strik
flags-prize-message-picture-reason = Een plaatje alleen is geen waarschuwingsteken. Lees ook de woorden eromheen.
flags-prize-message-request = Stuur ons je naam en huisadres om hem te krijgen.
flags-prize-message-request-reason = Geef je huisadres nooit aan een vreemde. Vraag een volwassene voordat je antwoordt.
flags-prize-message-signoff = Fijne dag nog!
flags-prize-message-signoff-reason = Een vriendelijke groet aan het eind is normaal. Aardige woorden alleen maken een bericht niet goed of slecht.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = De pakketmail
level-flags-parcel-email-instruction = Tik op elk alarmsignaal in deze e-mail.
level-flags-parcel-email-learned = Een echt bedrijf vraagt nooit in een e-mail om je wachtwoord. Je opjagen is een truc.
level-flags-parcel-email-hint-1 = Lees elke regel. Komt dit echt van een pakketbedrijf?
level-flags-parcel-email-hint-2 = Neppe e-mails komen van vreemde adressen, jagen je op en vragen om geheimen.
level-flags-parcel-email-hint-3 = Kijk wie het stuurde en kijk naar de link. Er zijn nog meer alarmsignalen.

flags-parcel-email-sender = Van: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Een pakketbedrijf schrijft vanaf zijn eigen adres. Dit is gewoon een gratis mailadres.
flags-parcel-email-subject = Onderwerp: We konden je pakket niet bezorgen
flags-parcel-email-subject-reason = Soms wordt een pakket echt gemist. Het onderwerp alleen is geen waarschuwingsteken.
flags-parcel-email-greeting = Hallo,
flags-parcel-email-greeting-reason = Een gewone groet is normaal. Op zichzelf is het geen waarschuwingsteken.
flags-parcel-email-urgency = Betaal binnen 1 uur een klein bedrag, anders gaat het terug!
flags-parcel-email-urgency-reason = Oplichters jagen je op, zodat je niet stopt om na te denken. Een echt bedrijf geeft je tijd.
flags-parcel-email-link = Klik hier: parcel-help.example/pay-now
flags-parcel-email-link-reason = De link gaat naar parcel-help, niet naar QuickBox. Vraag een volwassene om het op de echte website na te gaan.
flags-parcel-email-request = Typ dan je wachtwoord en kaartnummer in.
flags-parcel-email-request-reason = Geen enkel pakketbedrijf heeft je wachtwoord nodig. Typ nooit een wachtwoord of kaartnummer in na een link in een e-mail.
flags-parcel-email-signoff = Bedankt, het QuickBox-team
flags-parcel-email-signoff-reason = Ondertekenen met een naam is normaal. Maar iedereen kan elke naam typen, dus controleer ook de andere regels.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = De superuitverkoop
level-flags-fake-shop-instruction = Tik op elk alarmsignaal op deze winkelpagina.
level-flags-fake-shop-learned = Controleer het adres en de prijs van een winkel, en geef nooit een wachtwoord of kaartnummer in een chat.
level-flags-fake-shop-hint-1 = Begin bovenaan. Zou een echte winkel dit allemaal doen?
level-flags-fake-shop-hint-2 = Nepwinkels kopiëren echte namen, hebben piepkleine prijzen en jagen je op.
level-flags-fake-shop-hint-3 = Lees het adres letter voor letter: er zit een cijfer in verstopt. Hieronder staan nog drie alarmsignalen.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Kijk goed: er staat een nul, niet de letter o. Nepwinkels kopiëren de namen van echte winkels.
flags-fake-shop-welcome = Welkom bij Jollytoy!
flags-fake-shop-welcome-reason = Een welkomstregel is normaal op een winkelpagina. Op zichzelf is het geen waarschuwingsteken.
flags-fake-shop-picture = Plaatje: een spelcomputer met twee controllers
flags-fake-shop-picture-reason = Winkels laten plaatjes zien van wat ze verkopen. Dat is normaal.
flags-fake-shop-price = Spelcomputer: 99% korting op de normale prijs
flags-fake-shop-price-reason = Een spelcomputer is nooit zo goedkoop. Een prijs die te mooi is om waar te zijn, is een truc.
flags-fake-shop-countdown = Aanbieding eindigt over 04:59!
flags-fake-shop-countdown-reason = De tikkende klok wil dat je je haast. Nepwinkels jagen je op, zodat je niets controleert.
flags-fake-shop-delivery = Levering duurt 3 tot 5 dagen.
flags-fake-shop-delivery-reason = Winkels vertellen hoe lang de levering duurt. Dat is normaal.
flags-fake-shop-chat = Chat: Stuur ons hier je wachtwoord en kaartnummer.
flags-fake-shop-chat-reason = Een echte winkel vraagt nooit om je wachtwoord. Kaartnummers horen nooit in een chat.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Is het echt Moonbank?
level-addr-moonbank-instruction = Tik bij elke link op het deel dat de site noemt. Zeg dan of het de site van Moonbank is.
level-addr-moonbank-learned = Lees de naam van een link vanaf het einde: de uitgang vlak voor de eerste losse /, dan de naam daarvoor. Dat is de site. Woorden ervoor of na de / bewijzen niets.
level-addr-moonbank-hint-1 = Zoek de eerste losse / in de link. De naam van de site eindigt vlak daarvoor.
level-addr-moonbank-hint-2 = Lees terug vanaf die /: eerst de uitgang .example, dan de naam daarvoor. Samen zijn ze de site.
level-addr-moonbank-hint-3 = De derde link gaat naar free-gifts.example. Het woord moonbank na de / is alleen de naam van een pagina.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Nagemaakte links
level-addr-lookalike-instruction = Tik bij elke link op het deel dat de site noemt. Zeg dan of het de site van Pixelpost is.
level-addr-lookalike-learned = Oplichters verstoppen de echte site na een @, voegen extra woorden toe of ruilen letters voor letters die erop lijken. Lees de site letter voor letter.
level-addr-lookalike-hint-1 = Staat er een @ in de link? De site komt erna.
level-addr-lookalike-hint-2 = Lees de site letter voor letter. Een extra woord of een vreemde letter maakt er een andere site van.
level-addr-lookalike-hint-3 = Kijk naar de i in de tweede link: die komt uit een ander alfabet. Daardoor is het een andere site.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Wat doe je?
level-scam-what-to-do-instruction = Er verschijnt iets vreemds. Kies elke keer het beste wat je kunt doen.
level-scam-what-to-do-learned = Jaagt een bericht je op, ziet het er vreemd uit of wil het een kaartnummer? Tik dan niet. Ga het op een andere manier na en vertel het een volwassene die je vertrouwt.
level-scam-what-to-do-hint-1 = Een goede speurneus stopt en denkt na voordat er ergens op getikt wordt.
level-scam-what-to-do-hint-2 = Oplichters jagen je op, gebruiken accounts van vrienden en beloven prijzen. Stop voordat je tikt.
level-scam-what-to-do-hint-3 = Stuurt het account van een vriend iets vreemds? Vraag het die vriend dan op een andere manier.

scam-what-to-do-account-closed-prompt = Een bericht zegt: “Je spelaccount wordt VANDAAG gesloten! Tik hier om het te redden: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Snel op de link tikken om mijn account te redden.
scam-what-to-do-account-closed-tap-fast-reason = De haast is een truc, zodat je niet nadenkt. De link kan je wachtwoord stelen.
scam-what-to-do-account-closed-tell-adult = Niet tikken. Aan een volwassene laten zien.
scam-what-to-do-account-closed-tell-adult-reason = Goed zo! Samen kunnen jullie het in het echte spel nagaan. Zo'n haast is een truc.
scam-what-to-do-account-closed-reply = Terugschrijven en vragen wie ze zijn.
scam-what-to-do-account-closed-reply-reason = Een antwoord vertelt de oplichter dat iemand de berichten leest. Beter helemaal niet antwoorden.

scam-what-to-do-friend-link-prompt = Het account van je vriend Sam stuurt ineens: “lol ben jij dit?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Erop tikken. Het komt van Sam, dus het is veilig.
scam-what-to-do-friend-link-tap-reason = Misschien gebruikt iemand anders het account van Sam. Oplichters sturen slechte links vanaf accounts van vrienden.
scam-what-to-do-friend-link-pass-on = Hem ook naar mijn andere vrienden sturen.
scam-what-to-do-friend-link-pass-on-reason = Dan tikken zij er misschien ook op. Stuur nooit een link door waar je niet zeker van bent.
scam-what-to-do-friend-link-grown-up-phone = Erop tikken, maar op de telefoon van een volwassene.
scam-what-to-do-friend-link-grown-up-phone-reason = Een slechte link is op elke telefoon even slecht, en hij kan om een wachtwoord vragen. Vraag het eerst aan Sam.
scam-what-to-do-friend-link-ask-another-way = Het Sam eerst in het echt vragen.
scam-what-to-do-friend-link-ask-another-way-reason = Top! Vraag het Sam in het echt of aan de telefoon. Heeft Sam het niet gestuurd? Vertel het dan een volwassene.

scam-what-to-do-won-phone-prompt = Een pop-up zegt: “Je hebt een nieuwe telefoon gewonnen! Typ het kaartnummer van je ouder in om hem te krijgen.”
scam-what-to-do-won-phone-close-tell = Sluiten en een volwassene inlichten.
scam-what-to-do-won-phone-close-tell-reason = Goed zo! Een echte prijs heeft nooit een kaartnummer nodig. Een volwassene kan nagaan of alles veilig is.
scam-what-to-do-won-phone-type-card = De kaart pakken en het nummer intypen.
scam-what-to-do-won-phone-type-card-reason = Er is geen telefoon. Oplichters willen het kaartnummer om geld te stelen.
scam-what-to-do-won-phone-claim = Op “Prijs ophalen” tikken.
scam-what-to-do-won-phone-claim-reason = Knoppen op zo'n pop-up kunnen nog meer trucs openen. Sluit hem liever.
