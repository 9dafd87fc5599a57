# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. Part texts stay
# short (about 60 characters at most). People, companies and addresses are made up.

world-scam-spotters = Svindelspotterne

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = En overraskelsespræmie?
level-flags-prize-message-instruction = Tryk på hvert faresignal i denne besked.
level-flags-prize-message-learned = En overraskelsespræmie fra en fremmed er et trick, så send dem aldrig dine oplysninger.
level-flags-prize-message-hint-1 = Læs hver linje langsomt. Ville en ven skrive sådan?
level-flags-prize-message-hint-2 = Fremmede, overraskelsespræmier og spørgsmål om dig er faresignaler.
level-flags-prize-message-hint-3 = Se, hvem der har sendt den. To faresignaler mere står længere nede.

flags-prize-message-sender = Fra: Ukendt nummer
flags-prize-message-sender-reason = Du kender ikke dette nummer. Pas på, når en fremmed skriver til dig.
flags-prize-message-greeting = Hej med dig!
flags-prize-message-greeting-reason = Et venligt hej er normalt. Det er ikke et faresignal i sig selv.
flags-prize-message-prize = Tillykke! Du har vundet en ny tablet!
flags-prize-message-prize-reason = Der var ingen konkurrence, men der er en præmie? En overraskelsespræmie fra en fremmed er et trick.
flags-prize-message-picture = Billede: en skinnende tablet med en rød sløjfe
flags-prize-message-picture-reason = Et billede alene er ikke et faresignal. Læs også ordene omkring det.
flags-prize-message-request = For at få den skal du sende os dit navn og din adresse.
flags-prize-message-request-reason = Giv aldrig din adresse til en fremmed. Spørg en voksen, før du svarer.
flags-prize-message-signoff = Hav en god dag!
flags-prize-message-signoff-reason = En venlig hilsen er normal. Søde ord alene gør ikke en besked god eller dårlig.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = Pakke-e-mailen
level-flags-parcel-email-instruction = Tryk på hvert faresignal i denne e-mail.
level-flags-parcel-email-learned = Et rigtigt firma beder aldrig om din adgangskode i en e-mail. At skynde på dig er et trick.
level-flags-parcel-email-hint-1 = Læs hver linje. Kommer det virkelig fra et pakkefirma?
level-flags-parcel-email-hint-2 = Falske e-mails kommer fra mærkelige adresser, skynder på dig og beder om hemmeligheder.
level-flags-parcel-email-hint-3 = Se, hvem der har sendt den, og se på linket. Der er flere faresignaler.

flags-parcel-email-sender = Fra: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Et pakkefirma skriver fra sin egen adresse. Det her er bare en gratis mailadresse.
flags-parcel-email-subject = Emne: Vi kunne ikke levere din pakke
flags-parcel-email-subject-reason = Nogle gange bliver en pakke virkelig ikke leveret. Emnet alene er ikke et faresignal.
flags-parcel-email-greeting = Hej,
flags-parcel-email-greeting-reason = Et almindeligt hej er normalt. Det er ikke et faresignal i sig selv.
flags-parcel-email-urgency = Betal et lille gebyr inden 1 time, ellers sendes den retur!
flags-parcel-email-urgency-reason = Svindlere skynder på dig, så du ikke stopper op og tænker. Et rigtigt firma giver dig tid.
flags-parcel-email-link = Klik her: parcel-help.example/pay-now
flags-parcel-email-link-reason = Linket fører til parcel-help, ikke til QuickBox. Bed en voksen om at tjekke på den rigtige hjemmeside.
flags-parcel-email-request = Skriv så din adgangskode og dit kortnummer.
flags-parcel-email-request-reason = Intet pakkefirma har brug for din adgangskode. Skriv aldrig en adgangskode eller et kortnummer efter et link i en e-mail.
flags-parcel-email-signoff = Tak, QuickBox-teamet
flags-parcel-email-signoff-reason = At skrive under med et navn er normalt. Men alle kan skrive hvilket som helst navn, så tjek også de andre linjer.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Det store udsalg
level-flags-fake-shop-instruction = Tryk på hvert faresignal på denne butiksside.
level-flags-fake-shop-learned = Tjek en butiks adresse og pris, og giv aldrig en adgangskode eller et kortnummer i en chat.
level-flags-fake-shop-hint-1 = Start øverst. Ville en rigtig butik gøre alt det her?
level-flags-fake-shop-hint-2 = Falske butikker kopierer rigtige navne, har bittesmå priser og skynder på dig.
level-flags-fake-shop-hint-3 = Læs adressen bogstav for bogstav: Et tal gemmer sig i den. Tre faresignaler mere står længere nede.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Se godt efter: Der står et nul, ikke bogstavet o. Falske butikker kopierer navnene på rigtige butikker.
flags-fake-shop-welcome = Velkommen til Jollytoy!
flags-fake-shop-welcome-reason = En velkomstlinje er normal på en butiksside. Den er ikke et faresignal i sig selv.
flags-fake-shop-picture = Billede: en spillekonsol med to controllere
flags-fake-shop-picture-reason = Butikker viser billeder af det, de sælger. Det er normalt.
flags-fake-shop-price = Spillekonsol: 99 % rabat på normalprisen
flags-fake-shop-price-reason = En konsol er aldrig så billig. En pris, der er for god til at være sand, er et trick.
flags-fake-shop-countdown = Tilbuddet slutter om 04:59!
flags-fake-shop-countdown-reason = Uret, der tikker, vil have dig til at skynde dig. Falske butikker stresser dig, så du ikke tjekker.
flags-fake-shop-delivery = Levering tager 3 til 5 dage.
flags-fake-shop-delivery-reason = Butikker fortæller, hvor lang tid leveringen tager. Det er normalt.
flags-fake-shop-chat = Chat: Send os din adgangskode og dit kortnummer her.
flags-fake-shop-chat-reason = En rigtig butik beder aldrig om din adgangskode. Kortnumre hører aldrig hjemme i en chat.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Er det virkelig Moonbank?
level-addr-moonbank-instruction = Tryk for hvert link på den del, der navngiver siden. Sig så, om det er Moonbanks side.
level-addr-moonbank-learned = Læs et links navn bagfra: endelsen lige før den første enkelte /, og så navnet lige før den. Det er siden. Ord foran den eller efter / beviser ingenting.
level-addr-moonbank-hint-1 = Find den første enkelte / i linket. Sidens navn slutter lige før den.
level-addr-moonbank-hint-2 = Læs baglæns fra den /: først endelsen .example, og så navnet før den. Tilsammen er de siden.
level-addr-moonbank-hint-3 = Det tredje link fører til free-gifts.example. Ordet moonbank efter / er bare navnet på en side.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Links, der ligner
level-addr-lookalike-instruction = Tryk for hvert link på den del, der navngiver siden. Sig så, om det er Pixelposts side.
level-addr-lookalike-learned = Svindlere gemmer den rigtige side efter et @, tilføjer ekstra ord eller bytter bogstaver ud med nogle, der ligner. Læs siden bogstav for bogstav.
level-addr-lookalike-hint-1 = Er der et @ i linket? Siden kommer efter det.
level-addr-lookalike-hint-2 = Læs siden bogstav for bogstav. Et ekstra ord eller et mærkeligt bogstav gør det til en anden side.
level-addr-lookalike-hint-3 = Se på i'et i det andet link: Det kommer fra et andet alfabet. Det gør det til en anden side.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Hvad gør du?
level-scam-what-to-do-instruction = Noget mærkeligt dukker op. Vælg det bedste, du kan gøre, hver gang.
level-scam-what-to-do-learned = Hvis en besked skynder på dig, ser mærkelig ud eller vil have et kortnummer, så tryk ikke. Tjek på en anden måde, og sig det til en voksen, du stoler på.
level-scam-what-to-do-hint-1 = Gode detektiver stopper op og tænker, før de trykker på noget.
level-scam-what-to-do-hint-2 = Svindlere skynder på dig, bruger venners konti og lover præmier. Stop, før du trykker.
level-scam-what-to-do-hint-3 = Når en vens konto sender noget mærkeligt, så tjek med vennen på en anden måde.

scam-what-to-do-account-closed-prompt = En besked siger: »Din spilkonto bliver lukket I DAG! Tryk her for at redde den: save-my-game.example«
scam-what-to-do-account-closed-tap-fast = Tryk hurtigt på linket for at redde min konto.
scam-what-to-do-account-closed-tap-fast-reason = Hastværket er et trick, så du ikke tænker. Linket kunne stjæle din adgangskode.
scam-what-to-do-account-closed-tell-adult = Tryk ikke. Vis det til en voksen.
scam-what-to-do-account-closed-tell-adult-reason = Godt gået! Sammen kan I tjekke i det rigtige spil. Hastværk som det her er et trick.
scam-what-to-do-account-closed-reply = Svar, og spørg, hvem de er.
scam-what-to-do-account-closed-reply-reason = Et svar fortæller svindleren, at nogen læser beskederne. Det er bedre slet ikke at svare.

scam-what-to-do-friend-link-prompt = Din ven Maltes konto sender pludselig: »lol er det dig?? clip-watch.example/v/8812«
scam-what-to-do-friend-link-tap = Tryk på det. Det er fra Malte, så det er sikkert.
scam-what-to-do-friend-link-tap-reason = Måske bruger en anden Maltes konto. Svindlere sender dårlige links fra venners konti.
scam-what-to-do-friend-link-pass-on = Send det også til mine andre venner.
scam-what-to-do-friend-link-pass-on-reason = Så trykker de måske også på det. Send aldrig et link videre, som du er i tvivl om.
scam-what-to-do-friend-link-grown-up-phone = Tryk på det, men på en voksens telefon.
scam-what-to-do-friend-link-grown-up-phone-reason = Et dårligt link er lige så dårligt på enhver telefon, og det kan bede om en adgangskode. Tjek først med Malte.
scam-what-to-do-friend-link-ask-another-way = Spørg først Malte ansigt til ansigt.
scam-what-to-do-friend-link-ask-another-way-reason = Super! Spørg Malte i virkeligheden eller i telefonen. Hvis Malte ikke sendte det, så sig det til en voksen.

scam-what-to-do-won-phone-prompt = Et pop op-vindue siger: »Du har vundet en ny telefon! Skriv din forælders kortnummer for at få den.«
scam-what-to-do-won-phone-close-tell = Luk det, og sig det til en voksen.
scam-what-to-do-won-phone-close-tell-reason = Rigtigt! En rigtig præmie kræver aldrig et kortnummer. En voksen kan tjekke, at alt er i orden.
scam-what-to-do-won-phone-type-card = Hent kortet, og skriv nummeret ind med det samme.
scam-what-to-do-won-phone-type-card-reason = Der er ingen telefon. Svindlere vil have kortnummeret for at tage penge.
scam-what-to-do-won-phone-claim = Tryk på »Hent præmie«.
scam-what-to-do-won-phone-claim-reason = Knapper på et pop op-vindue som dette kan åbne flere tricks. Luk det hellere.
