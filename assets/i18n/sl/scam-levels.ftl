# The "Scam Spotters" world: the pupil taps the red flags on a mock screen. All people,
# companies, numbers and addresses are made up: keep them unchanged.

world-scam-spotters = Lovci na prevare

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Nagrada presenečenja?
level-flags-prize-message-instruction = Tapni vsak opozorilni znak v tem sporočilu.
level-flags-prize-message-learned = Nagrada presenečenja od neznanca je zvijača, zato neznancem nikoli ne pošiljaj svojih podatkov.
level-flags-prize-message-hint-1 = Vsako vrstico preberi počasi. Bi prijatelj to napisal?
level-flags-prize-message-hint-2 = Neznanci, nagrade presenečenja in vprašanja o tebi so opozorilni znaki.
level-flags-prize-message-hint-3 = Poglej, kdo je poslal. Nižje sta še dva opozorilna znaka.

flags-prize-message-sender = Od: Neznana številka
flags-prize-message-sender-reason = Te številke ne poznaš. Pazi, ko ti piše neznanec.
flags-prize-message-greeting = Živijo!
flags-prize-message-greeting-reason = Prijazen pozdrav je običajen. Sam po sebi ni opozorilni znak.
flags-prize-message-prize = Čestitke! Nova tablica je tvoja!
flags-prize-message-prize-reason = Tekmovanja ni bilo, nagrada pa je? Nagrada presenečenja od neznanca je zvijača.
flags-prize-message-picture = Slika: bleščeča tablica z rdečo pentljo
flags-prize-message-picture-reason = Slika sama po sebi ni opozorilni znak. Preberi tudi besede okoli nje.
flags-prize-message-request = Da jo dobiš, nam pošlji svoje ime in domači naslov.
flags-prize-message-request-reason = Domačega naslova nikoli ne daj neznancu. Preden odgovoriš, vprašaj odraslo osebo.
flags-prize-message-signoff = Lep dan še naprej!
flags-prize-message-signoff-reason = Prijazen pozdrav na koncu je običajen. Lepe besede same po sebi sporočila ne naredijo dobrega ali slabega.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = E-pošta o paketu
level-flags-parcel-email-instruction = Tapni vsak opozorilni znak v tem e-sporočilu.
level-flags-parcel-email-learned = Pravo podjetje te v e-sporočilu nikoli ne vpraša za geslo. Priganjanje je zvijača.
level-flags-parcel-email-hint-1 = Preberi vsako vrstico. Ali to res prihaja od dostavnega podjetja?
level-flags-parcel-email-hint-2 = Lažna e-sporočila prihajajo s čudnih naslovov, te priganjajo in sprašujejo po skrivnostih.
level-flags-parcel-email-hint-3 = Poglej, kdo je poslal, in poglej povezavo. Opozorilnih znakov je še več.

flags-parcel-email-sender = Od: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Dostavno podjetje piše s svojega naslova. To je samo brezplačen e-poštni naslov.
flags-parcel-email-subject = Zadeva: Vašega paketa nismo mogli dostaviti
flags-parcel-email-subject-reason = Včasih paket res ne pride. Sama zadeva ni opozorilni znak.
flags-parcel-email-greeting = Pozdravljeni,
flags-parcel-email-greeting-reason = Navaden pozdrav je običajen. Sam po sebi ni opozorilni znak.
flags-parcel-email-urgency = V 1 uri plačajte majhno pristojbino, sicer gre paket nazaj!
flags-parcel-email-urgency-reason = Goljufi te priganjajo, da se ne ustaviš in ne razmisliš. Pravo podjetje ti da čas.
flags-parcel-email-link = Kliknite tukaj: parcel-help.example/pay-now
flags-parcel-email-link-reason = Povezava vodi na parcel-help, ne na QuickBox. Prosi odraslo osebo, naj preveri na pravem spletnem mestu.
flags-parcel-email-request = Nato vpišite geslo in številko kartice.
flags-parcel-email-request-reason = Nobeno dostavno podjetje ne potrebuje tvojega gesla. Po povezavi iz e-pošte nikoli ne vpisuj gesla ali številke kartice.
flags-parcel-email-signoff = Hvala, ekipa QuickBox
flags-parcel-email-signoff-reason = Podpis z imenom je običajen. A vsak lahko napiše katero koli ime, zato preveri tudi druge vrstice.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Super razprodaja
level-flags-fake-shop-instruction = Tapni vsak opozorilni znak na tej strani trgovine.
level-flags-fake-shop-learned = Preveri naslov in ceno trgovine in nikoli ne daj gesla ali številke kartice v klepetu.
level-flags-fake-shop-hint-1 = Začni na vrhu. Bi prava trgovina naredila vse to?
level-flags-fake-shop-hint-2 = Lažne trgovine posnemajo prava imena, imajo drobcene cene in te priganjajo.
level-flags-fake-shop-hint-3 = Naslov preberi črko za črko: v njem se skriva številka. Spodaj so še trije opozorilni znaki.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Dobro poglej: tu je ničla, ne črka o. Lažne trgovine posnemajo imena pravih trgovin.
flags-fake-shop-welcome = Dobrodošli v Jollytoy!
flags-fake-shop-welcome-reason = Pozdrav je na strani trgovine običajen. Sam po sebi ni opozorilni znak.
flags-fake-shop-picture = Slika: igralna konzola z dvema ploščkoma
flags-fake-shop-picture-reason = Trgovine kažejo slike tega, kar prodajajo. To je običajno.
flags-fake-shop-price = Igralna konzola: 99% popusta na redno ceno
flags-fake-shop-price-reason = Konzola ni nikoli tako poceni. Cena, ki je predobra, da bi bila resnična, je zvijača.
flags-fake-shop-countdown = Ponudba se konča čez 04:59!
flags-fake-shop-countdown-reason = Ura, ki teče, hoče, da pohitiš. Lažne trgovine te priganjajo, da ne preveriš.
flags-fake-shop-delivery = Dostava traja od 3 do 5 dni.
flags-fake-shop-delivery-reason = Trgovine povedo, kako dolgo traja dostava. To je običajno.
flags-fake-shop-chat = Klepet: Tukaj nam pošljite geslo in številko kartice.
flags-fake-shop-chat-reason = Prava trgovina nikoli ne sprašuje po geslu. Številke kartice nikoli ne sodijo v klepet.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Je to res Moonbank?
level-addr-moonbank-instruction = Pri vsaki povezavi tapni del, ki poimenuje spletno mesto. Nato povej, ali je to spletno mesto Moonbank.
level-addr-moonbank-learned = Ime povezave beri od konca: končnica tik pred prvo samostojno /, nato ime pred njo. To je spletno mesto. Besede pred njim ali za / ne dokazujejo ničesar.
level-addr-moonbank-hint-1 = V povezavi poišči prvo samostojno /. Ime spletnega mesta se konča tik pred njo.
level-addr-moonbank-hint-2 = Beri nazaj od te /: najprej končnica .example, nato ime pred njo. Skupaj sta spletno mesto.
level-addr-moonbank-hint-3 = Tretja povezava vodi na free-gifts.example. Beseda moonbank za / je samo ime strani.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Povezave, ki so si podobne
level-addr-lookalike-instruction = Pri vsaki povezavi tapni del, ki poimenuje spletno mesto. Nato povej, ali je to spletno mesto Pixelpost.
level-addr-lookalike-learned = Goljufi skrijejo pravo spletno mesto za @, dodajo besede ali zamenjajo črke s podobnimi. Spletno mesto preberi črko za črko.
level-addr-lookalike-hint-1 = Je v povezavi @? Spletno mesto pride za njim.
level-addr-lookalike-hint-2 = Spletno mesto preberi črko za črko. Dodatna beseda ali nenavadna črka pomeni drugo spletno mesto.
level-addr-lookalike-hint-3 = Poglej i v drugi povezavi: je iz druge abecede. Zato je to drugo spletno mesto.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Kaj narediš?
level-scam-what-to-do-instruction = Nekaj čudnega se pojavi. Vsakič izberi najboljše, kar lahko narediš.
level-scam-what-to-do-learned = Če te sporočilo priganja, je videti čudno ali hoče številko kartice, ne tapni. Preveri na drug način in povej odrasli osebi, ki ji zaupaš.
level-scam-what-to-do-hint-1 = Dober detektiv se ustavi in premisli, preden kaj tapne.
level-scam-what-to-do-hint-2 = Goljufi te priganjajo, uporabljajo račune prijateljev in obljubljajo nagrade. Ustavi se, preden tapneš.
level-scam-what-to-do-hint-3 = Ko prijateljev račun pošlje nekaj čudnega, preveri pri prijatelju na drug način.

scam-what-to-do-account-closed-prompt = Sporočilo pravi: „Tvoj račun za igro bo DANES zaprt! Tapni tukaj, da ga rešiš: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Hitro tapnem povezavo, da rešim račun.
scam-what-to-do-account-closed-tap-fast-reason = Priganjanje je zvijača, da ne razmisliš. Povezava lahko ukrade tvoje geslo.
scam-what-to-do-account-closed-tell-adult = Ne tapnem. Pokažem odrasli osebi.
scam-what-to-do-account-closed-tell-adult-reason = Bravo! Skupaj lahko preverita v pravi igri. Takšno priganjanje je zvijača.
scam-what-to-do-account-closed-reply = Odgovorim in vprašam, kdo so.
scam-what-to-do-account-closed-reply-reason = Odgovor goljufu pove, da nekdo bere sporočila. Bolje, da sploh ne odgovoriš.

scam-what-to-do-friend-link-prompt = Račun tvojega prijatelja Sama nenadoma pošlje: „lol si to ti?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Tapnem. Od Sama je, torej je varno.
scam-what-to-do-friend-link-tap-reason = Morda Samov račun uporablja nekdo drug. Goljufi pošiljajo slabe povezave z računov prijateljev.
scam-what-to-do-friend-link-pass-on = Pošljem jo tudi drugim prijateljem.
scam-what-to-do-friend-link-pass-on-reason = Potem jo bodo morda tapnili tudi oni. Nikoli ne pošiljaj naprej povezave, ki ji ne zaupaš.
scam-what-to-do-friend-link-grown-up-phone = Tapnem, a na telefonu odrasle osebe.
scam-what-to-do-friend-link-grown-up-phone-reason = Slaba povezava je enako slaba na vsakem telefonu in lahko zahteva geslo. Najprej preveri pri Samu.
scam-what-to-do-friend-link-ask-another-way = Najprej Sama vprašam v živo.
scam-what-to-do-friend-link-ask-another-way-reason = Odlično! Sama vprašaj v živo ali po telefonu. Če je ni poslal on, povej odrasli osebi.

scam-what-to-do-won-phone-prompt = Pojavno okno pravi: „Nov telefon je tvoj! Za prevzem vpiši številko kartice svojega starša.“
scam-what-to-do-won-phone-close-tell = Zaprem ga in povem odrasli osebi.
scam-what-to-do-won-phone-close-tell-reason = Pravilno! Prava nagrada nikoli ne potrebuje številke kartice. Odrasla oseba lahko preveri, ali je vse varno.
scam-what-to-do-won-phone-type-card = Vzamem kartico in vpišem njeno številko.
scam-what-to-do-won-phone-type-card-reason = Telefona ni. Goljufi hočejo številko kartice, da vzamejo denar.
scam-what-to-do-won-phone-claim = Tapnem „Prevzemi nagrado“.
scam-what-to-do-won-phone-claim-reason = Gumbi na takem oknu lahko odprejo še več zvijač. Raje ga zapri.
