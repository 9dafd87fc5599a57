# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. All people,
# companies, numbers and addresses are made up: keep them unchanged.

world-scam-spotters = Bluffspanarna

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = En överraskningsvinst?
level-flags-prize-message-instruction = Tryck på varje varningssignal i det här meddelandet.
level-flags-prize-message-learned = En överraskningsvinst från en främling är ett trick, så skicka aldrig dina uppgifter.
level-flags-prize-message-hint-1 = Läs varje rad långsamt. Skulle en kompis skriva så här?
level-flags-prize-message-hint-2 = Främlingar, överraskningsvinster och frågor om dig är varningssignaler.
level-flags-prize-message-hint-3 = Titta på vem som skickade det. Längre ner finns två varningssignaler till.

flags-prize-message-sender = Från: Okänt nummer
flags-prize-message-sender-reason = Du känner inte igen det här numret. Var försiktig när en främling skriver till dig.
flags-prize-message-greeting = Hej där!
flags-prize-message-greeting-reason = En vänlig hälsning är normal. Den är ingen varningssignal i sig.
flags-prize-message-prize = Grattis! Du har vunnit en ny surfplatta!
flags-prize-message-prize-reason = Det fanns ingen tävling, men ändå en vinst? En överraskningsvinst från en främling är ett trick.
flags-prize-message-picture = Bild: en blank surfplatta med en röd rosett
flags-prize-message-picture-reason = En bild i sig är ingen varningssignal. Läs orden runt den också.
flags-prize-message-request = Skicka ditt namn och din hemadress för att få den.
flags-prize-message-request-reason = Ge aldrig din hemadress till en främling. Fråga en vuxen innan du svarar.
flags-prize-message-signoff = Ha en bra dag!
flags-prize-message-signoff-reason = Ett vänligt hejdå är normalt. Snälla ord i sig gör inte ett meddelande bra eller dåligt.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = Paketmejlet
level-flags-parcel-email-instruction = Tryck på varje varningssignal i det här mejlet.
level-flags-parcel-email-learned = Ett riktigt företag ber aldrig om ditt lösenord i ett mejl. Att stressa dig är ett trick.
level-flags-parcel-email-hint-1 = Läs varje rad. Kommer det här verkligen från ett paketföretag?
level-flags-parcel-email-hint-2 = Falska mejl kommer från konstiga adresser, stressar dig och ber om hemligheter.
level-flags-parcel-email-hint-3 = Titta på vem som skickade det och på länken. Det finns fler varningssignaler.

flags-parcel-email-sender = Från: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Ett paketföretag skriver från sin egen adress. Det här är bara en gratis mejladress.
flags-parcel-email-subject = Ämne: Vi kunde inte leverera ditt paket
flags-parcel-email-subject-reason = Ibland missas ett paket på riktigt. Ämnet i sig är ingen varningssignal.
flags-parcel-email-greeting = Hej,
flags-parcel-email-greeting-reason = En vanlig hälsning är normal. Den är ingen varningssignal i sig.
flags-parcel-email-urgency = Betala en liten avgift inom 1 timme, annars går det tillbaka!
flags-parcel-email-urgency-reason = Bedragare stressar dig så att du inte stannar upp och tänker. Ett riktigt företag ger dig tid.
flags-parcel-email-link = Klicka här: parcel-help.example/pay-now
flags-parcel-email-link-reason = Länken går till parcel-help, inte till QuickBox. Be en vuxen kolla på den riktiga webbplatsen.
flags-parcel-email-request = Skriv sedan in ditt lösenord och kortnummer.
flags-parcel-email-request-reason = Inget paketföretag behöver ditt lösenord. Skriv aldrig in ett lösenord eller kortnummer efter en länk i ett mejl.
flags-parcel-email-signoff = Tack, QuickBox-teamet
flags-parcel-email-signoff-reason = Att skriva under med ett namn är normalt. Men vem som helst kan skriva vilket namn som helst, så kolla de andra raderna också.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Superrean
level-flags-fake-shop-instruction = Tryck på varje varningssignal på den här butikssidan.
level-flags-fake-shop-learned = Kolla en butiks adress och pris, och ge aldrig ett lösenord eller kortnummer i en chatt.
level-flags-fake-shop-hint-1 = Börja högst upp. Skulle en riktig butik göra allt det här?
level-flags-fake-shop-hint-2 = Falska butiker härmar riktiga namn, har jättelåga priser och stressar dig.
level-flags-fake-shop-hint-3 = Läs adressen bokstav för bokstav: en siffra gömmer sig i den. Tre varningssignaler till finns längre ner.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Titta noga: där står en nolla, inte bokstaven o. Falska butiker härmar namnen på riktiga butiker.
flags-fake-shop-welcome = Välkommen till Jollytoy!
flags-fake-shop-welcome-reason = En välkomstrad är normal på en butikssida. Den är ingen varningssignal i sig.
flags-fake-shop-picture = Bild: en spelkonsol med två handkontroller
flags-fake-shop-picture-reason = Butiker visar bilder på det de säljer. Det är normalt.
flags-fake-shop-price = Spelkonsol: 99% rabatt på ordinarie pris
flags-fake-shop-price-reason = En konsol är aldrig så billig. Ett pris som är för bra för att vara sant är ett trick.
flags-fake-shop-countdown = Erbjudandet slutar om 04:59!
flags-fake-shop-countdown-reason = Den tickande klockan vill att du skyndar dig. Falska butiker stressar dig så att du inte kollar.
flags-fake-shop-delivery = Leveransen tar 3 till 5 dagar.
flags-fake-shop-delivery-reason = Butiker berättar hur lång tid leveransen tar. Det är normalt.
flags-fake-shop-chat = Chatt: Skicka ditt lösenord och kortnummer till oss här.
flags-fake-shop-chat-reason = En riktig butik ber aldrig om ditt lösenord. Kortnummer ska aldrig skrivas i en chatt.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Är det verkligen Moonbank?
level-addr-moonbank-instruction = Tryck för varje länk på delen som anger webbplatsen. Säg sedan om det är Moonbanks webbplats.
level-addr-moonbank-learned = Läs en länks namn från slutet: ändelsen precis före det första ensamma /, sedan namnet före den. Det är webbplatsen. Ord framför den eller efter / bevisar ingenting.
level-addr-moonbank-hint-1 = Hitta det första ensamma / i länken. Webbplatsens namn slutar precis före det.
level-addr-moonbank-hint-2 = Läs bakåt från det /: först ändelsen .example, sedan namnet före den. Tillsammans är de webbplatsen.
level-addr-moonbank-hint-3 = Den tredje länken går till free-gifts.example. Ordet moonbank efter / är bara namnet på en sida.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Länkar som liknar varandra
level-addr-lookalike-instruction = Tryck för varje länk på delen som anger webbplatsen. Säg sedan om det är Pixelposts webbplats.
level-addr-lookalike-learned = Bedragare gömmer den riktiga webbplatsen efter ett @, lägger till extra ord eller byter bokstäver mot sådana som liknar dem. Läs webbplatsen bokstav för bokstav.
level-addr-lookalike-hint-1 = Finns det ett @ i länken? Webbplatsen kommer efter det.
level-addr-lookalike-hint-2 = Läs webbplatsen bokstav för bokstav. Ett extra ord eller en konstig bokstav gör den till en annan webbplats.
level-addr-lookalike-hint-3 = Titta på i:et i den andra länken: det kommer från ett annat alfabet. Det gör den till en annan webbplats.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Vad gör du?
level-scam-what-to-do-instruction = Något konstigt dyker upp. Välj det bästa du kan göra varje gång.
level-scam-what-to-do-learned = Om ett meddelande stressar dig, ser konstigt ut eller vill ha ett kortnummer: tryck inte. Kolla på ett annat sätt och berätta för en vuxen som du litar på.
level-scam-what-to-do-hint-1 = En bra detektiv stannar och tänker innan hen trycker på något.
level-scam-what-to-do-hint-2 = Bedragare stressar dig, använder kompisars konton och lovar priser. Stanna innan du trycker.
level-scam-what-to-do-hint-3 = När en kompis konto skickar något konstigt: kolla med kompisen på ett annat sätt.

scam-what-to-do-account-closed-prompt = Ett meddelande säger: ”Ditt spelkonto stängs I DAG! Tryck här för att rädda det: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Trycka snabbt på länken för att rädda mitt konto.
scam-what-to-do-account-closed-tap-fast-reason = Stressen är ett trick för att du inte ska tänka. Länken kan stjäla ditt lösenord.
scam-what-to-do-account-closed-tell-adult = Inte trycka. Visa en vuxen som jag litar på.
scam-what-to-do-account-closed-tell-adult-reason = Bra gjort! Tillsammans kan ni kolla i det riktiga spelet. Sådan stress är ett trick.
scam-what-to-do-account-closed-reply = Svara och fråga vem de är.
scam-what-to-do-account-closed-reply-reason = Ett svar visar bedragaren att någon läser meddelandena. Bättre att inte svara alls.

scam-what-to-do-friend-link-prompt = Din kompis Sams konto skickar plötsligt: ”lol är det här du?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Trycka på den. Den är från Sam, så den är säker.
scam-what-to-do-friend-link-tap-reason = Någon annan kanske använder Sams konto. Bedragare skickar dåliga länkar från kompisars konton.
scam-what-to-do-friend-link-pass-on = Skicka den till mina andra kompisar också.
scam-what-to-do-friend-link-pass-on-reason = Då kanske de också trycker på den. Skicka aldrig vidare en länk du är osäker på.
scam-what-to-do-friend-link-grown-up-phone = Trycka på den, men på en vuxens telefon.
scam-what-to-do-friend-link-grown-up-phone-reason = En dålig länk är lika dålig på alla telefoner, och den kan be om ett lösenord. Kolla med Sam först.
scam-what-to-do-friend-link-ask-another-way = Fråga Sam ansikte mot ansikte först.
scam-what-to-do-friend-link-ask-another-way-reason = Toppen! Fråga Sam på riktigt eller i telefon. Om Sam inte skickade den, berätta för en vuxen.

scam-what-to-do-won-phone-prompt = En popup säger: ”Du har vunnit en ny telefon! Skriv in din förälders kortnummer för att få den.”
scam-what-to-do-won-phone-close-tell = Stäng den och berätta för en vuxen.
scam-what-to-do-won-phone-close-tell-reason = Rätt! Ett riktigt pris behöver aldrig ett kortnummer. En vuxen kan kolla att allt är säkert.
scam-what-to-do-won-phone-type-card = Hämta kortet och skriv in kortnumret.
scam-what-to-do-won-phone-type-card-reason = Det finns ingen telefon. Bedragare vill ha kortnumret för att ta pengar.
scam-what-to-do-won-phone-claim = Tryck på ”Hämta priset”.
scam-what-to-do-won-phone-claim-reason = Knappar på en sådan popup kan öppna fler trick. Stäng den i stället.
