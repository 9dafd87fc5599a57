# The "Scam Spotters" world. People, companies, numbers and addresses are made up: keep them
# unchanged; only reserved example domains.

world-scam-spotters = Lovci na prevare

## Level 1: a chat message about a prize

level-flags-prize-message-title = Iznenadna nagrada?
level-flags-prize-message-instruction = Dodirni svaki znak upozorenja u ovoj poruci.
level-flags-prize-message-learned = Iznenadna nagrada od nepoznate osobe je trik, zato joj nikad ne šalji svoje podatke.
level-flags-prize-message-hint-1 = Polako pročitaj svaki redak. Bi li ti prijatelj tako pisao?
level-flags-prize-message-hint-2 = Nepoznate osobe, iznenadne nagrade i pitanja o tebi znakovi su upozorenja.
level-flags-prize-message-hint-3 = Pogledaj tko je poslao poruku. Još dva znaka upozorenja nalaze se niže.

flags-prize-message-sender = Od: Nepoznat broj
flags-prize-message-sender-reason = Ne poznaješ taj broj. Pazi kad ti piše nepoznata osoba.
flags-prize-message-greeting = Bok!
flags-prize-message-greeting-reason = Prijateljski pozdrav je normalan. Sam po sebi nije znak upozorenja.
flags-prize-message-prize = Bravo! Osvajaš novi tablet!
flags-prize-message-prize-reason = Nije bilo natjecanja, a nagrada postoji? Iznenadna nagrada od nepoznate osobe je trik.
flags-prize-message-picture = Slika: sjajni tablet s crvenom mašnom
flags-prize-message-picture-reason = Sama slika nije znak upozorenja. Pročitaj i riječi oko nje.
flags-prize-message-request = Da ga dobiješ, pošalji nam ime i kućnu adresu.
flags-prize-message-request-reason = Nikad ne daj kućnu adresu nepoznatoj osobi. Pitaj odraslu osobu prije nego što odgovoriš.
flags-prize-message-signoff = Ugodan dan!
flags-prize-message-signoff-reason = Ljubazan pozdrav je normalan. Lijepe riječi same ne čine poruku dobrom ili lošom.

## Level 2: a fake parcel e-mail

level-flags-parcel-email-title = E-pošta o paketu
level-flags-parcel-email-instruction = Dodirni svaki znak upozorenja u ovoj e-pošti.
level-flags-parcel-email-learned = Prava tvrtka nikad ne traži tvoju lozinku e-poštom. Požurivanje je trik.
level-flags-parcel-email-hint-1 = Pročitaj svaki redak. Dolazi li ovo stvarno od dostavne tvrtke?
level-flags-parcel-email-hint-2 = Lažne poruke e-pošte stižu s čudnih adresa, požuruju te i traže tajne.
level-flags-parcel-email-hint-3 = Pogledaj tko ju je poslao i poveznicu. Ima još znakova upozorenja.

flags-parcel-email-sender = Od: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Dostavna tvrtka piše sa svoje adrese. Ovo je samo besplatna adresa e-pošte.
flags-parcel-email-subject = Predmet: Nismo mogli dostaviti tvoj paket
flags-parcel-email-subject-reason = Ponekad se paket stvarno ne dostavi. Sam predmet nije znak upozorenja.
flags-parcel-email-greeting = Pozdrav,
flags-parcel-email-greeting-reason = Običan pozdrav je normalan. Sam po sebi nije znak upozorenja.
flags-parcel-email-urgency = Plati malu naknadu u roku od 1 sata ili se paket vraća!
flags-parcel-email-urgency-reason = Prevaranti te požuruju da ne staneš i ne razmisliš. Prava tvrtka daje ti vremena.
flags-parcel-email-link = Klikni ovdje: parcel-help.example/pay-now
flags-parcel-email-link-reason = Poveznica vodi na parcel-help, a ne na QuickBox. Zamoli odraslu osobu da provjeri na pravoj stranici.
flags-parcel-email-request = Zatim upiši lozinku i broj kartice.
flags-parcel-email-request-reason = Nijednoj dostavnoj tvrtki ne treba tvoja lozinka. Nikad ne upisuj lozinku ni broj kartice nakon poveznice iz e-pošte.
flags-parcel-email-signoff = Hvala, tvoj QuickBox tim
flags-parcel-email-signoff-reason = Potpis imenom je normalan. Ali svatko može upisati bilo koje ime, zato provjeri i ostale retke.

## Level 3: a fake shop page

level-flags-fake-shop-title = Super rasprodaja
level-flags-fake-shop-instruction = Dodirni svaki znak upozorenja na ovoj stranici trgovine.
level-flags-fake-shop-learned = Provjeri adresu i cijenu trgovine i nikad ne daj lozinku ni broj kartice u razgovoru.
level-flags-fake-shop-hint-1 = Počni od vrha. Bi li prava trgovina radila sve ovo?
level-flags-fake-shop-hint-2 = Lažne trgovine kopiraju prava imena, imaju sićušne cijene i požuruju te.
level-flags-fake-shop-hint-3 = Pročitaj adresu slovo po slovo: u njoj se skriva znamenka. Još tri znaka upozorenja nalaze se niže.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Pogledaj pažljivo: ima nulu, a ne slovo o. Lažne trgovine kopiraju imena pravih trgovina.
flags-fake-shop-welcome = Dobro došli u Jollytoy!
flags-fake-shop-welcome-reason = Pozdrav je normalan na stranici trgovine. Sam po sebi nije znak upozorenja.
flags-fake-shop-picture = Slika: igraća konzola s dva upravljača
flags-fake-shop-picture-reason = Trgovine pokazuju slike onoga što prodaju. To je normalno.
flags-fake-shop-price = Igraća konzola: 99 % jeftinije od redovne cijene
flags-fake-shop-price-reason = Konzola nikad nije toliko jeftina. Cijena predobra da bi bila istinita je trik.
flags-fake-shop-countdown = Ponuda istječe za 04:59!
flags-fake-shop-countdown-reason = Sat koji otkucava želi te požuriti. Lažne trgovine te požuruju da ne provjeriš.
flags-fake-shop-delivery = Dostava traje od 3 do 5 dana.
flags-fake-shop-delivery-reason = Trgovine kažu koliko traje dostava. To je normalno.
flags-fake-shop-chat = Razgovor: Ovdje nam pošalji lozinku i broj kartice.
flags-fake-shop-chat-reason = Prava trgovina nikad ne traži tvoju lozinku. Brojevi kartica nikad ne idu u razgovor.

## Level 4: which links go to Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Je li to stvarno Moonbank?
level-addr-moonbank-instruction = Za svaku poveznicu dodirni dio koji imenuje stranicu. Zatim reci je li to Moonbankova stranica.
level-addr-moonbank-learned = Ime u poveznici čitaj od kraja: završetak odmah prije prve jednostruke /, zatim ime ispred njega. To je stranica. Riječi ispred nje ili nakon / ništa ne dokazuju.
level-addr-moonbank-hint-1 = Pronađi prvu jednostruku / u poveznici. Ime stranice završava odmah prije nje.
level-addr-moonbank-hint-2 = Čitaj unatrag od te /: prvo završetak .example, zatim ime ispred njega. Zajedno su to stranica.
level-addr-moonbank-hint-3 = Treća poveznica vodi na free-gifts.example. Riječ moonbank nakon / samo je ime podstranice.

## Level 5: look-alike links

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Poveznice dvojnici
level-addr-lookalike-instruction = Za svaku poveznicu dodirni dio koji imenuje stranicu. Zatim reci je li to Pixelpostova stranica.
level-addr-lookalike-learned = Prevaranti skrivaju pravu stranicu iza znaka @, dodaju riječi ili mijenjaju slova sličnima. Čitaj stranicu slovo po slovo.
level-addr-lookalike-hint-1 = Ima li u poveznici znak @? Stranica dolazi nakon njega.
level-addr-lookalike-hint-2 = Čitaj stranicu slovo po slovo. Dodatna riječ ili čudno slovo čine je drugom stranicom.
level-addr-lookalike-hint-3 = Pogledaj i u drugoj poveznici: dolazi iz drugog pisma. Zato je to druga stranica.

## Level 6: what to do about a trick

level-scam-what-to-do-title = Što ćeš učiniti?
level-scam-what-to-do-instruction = Iskoči nešto čudno. Svaki put odaberi što je najbolje učiniti.
level-scam-what-to-do-learned = Ako te poruka požuruje, izgleda čudno ili traži broj kartice, ne dodiruj. Provjeri na drugi način i reci odrasloj osobi kojoj vjeruješ.
level-scam-what-to-do-hint-1 = Dobar detektiv stane i razmisli prije nego što išta dodirne.
level-scam-what-to-do-hint-2 = Prevaranti požuruju, koriste račune prijatelja i obećavaju nagrade. Stani prije nego što dodirneš.
level-scam-what-to-do-hint-3 = Kad račun prijatelja pošalje nešto čudno, provjeri to s prijateljem na drugi način.

scam-what-to-do-account-closed-prompt = Poruka kaže: „Tvoj račun u igri bit će zatvoren DANAS! Dodirni ovdje da ga spasiš: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Brzo ću dodirnuti poveznicu da spasim račun.
scam-what-to-do-account-closed-tap-fast-reason = Žurba je trik da ne razmišljaš. Poveznica bi mogla ukrasti tvoju lozinku.
scam-what-to-do-account-closed-tell-adult = Neću dodirnuti. Pokazat ću odrasloj osobi.
scam-what-to-do-account-closed-tell-adult-reason = Bravo! Zajedno možete provjeriti u pravoj igri. Ovakva žurba je trik.
scam-what-to-do-account-closed-reply = Odgovorit ću i pitati tko su.
scam-what-to-do-account-closed-reply-reason = Odgovor prevarantu govori da netko čita njegove poruke. Bolje uopće ne odgovarati.

scam-what-to-do-friend-link-prompt = Račun tvog prijatelja Luke odjednom ti pošalje: „haha jesi ovo ti?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Dodirnut ću. Od Luke je pa je sigurno.
scam-what-to-do-friend-link-tap-reason = Netko drugi možda koristi Lukin račun. Prevaranti šalju loše poveznice s računa prijatelja.
scam-what-to-do-friend-link-pass-on = Poslat ću je i drugim prijateljima.
scam-what-to-do-friend-link-pass-on-reason = Tada bi je i oni mogli dodirnuti. Nikad ne prosljeđuj poveznicu u koju sumnjaš.
scam-what-to-do-friend-link-grown-up-phone = Dodirnut ću je, ali na mobitelu odrasle osobe.
scam-what-to-do-friend-link-grown-up-phone-reason = Loša poveznica jednako je loša na svakom mobitelu i može tražiti lozinku. Prvo provjeri s Lukom.
scam-what-to-do-friend-link-ask-another-way = Prvo ću pitati Luku uživo.
scam-what-to-do-friend-link-ask-another-way-reason = Odlično! Pitaj Luku uživo ili telefonom. Ako je Luka nije poslao, reci odrasloj osobi.

scam-what-to-do-won-phone-prompt = Skočni prozor kaže: „Osvajaš novi mobitel! Upiši broj kartice svog roditelja da ga dobiješ.“
scam-what-to-do-won-phone-close-tell = Zatvorit ću ga i reći odrasloj osobi.
scam-what-to-do-won-phone-close-tell-reason = Točno! Prava nagrada nikad ne traži broj kartice. Odrasla osoba može provjeriti je li sve sigurno.
scam-what-to-do-won-phone-type-card = Uzet ću karticu i upisati njezin broj.
scam-what-to-do-won-phone-type-card-reason = Nema nikakvog mobitela. Prevaranti žele broj kartice da uzmu novac.
scam-what-to-do-won-phone-claim = Dodirnut ću „Preuzmi nagradu“.
scam-what-to-do-won-phone-claim-reason = Gumbi u takvom prozoru mogu otvoriti još trikova. Umjesto toga ga zatvori.
