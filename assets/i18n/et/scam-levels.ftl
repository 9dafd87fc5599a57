# Maailm „Pettuste tuvastajad“: ohumärkide puudutamine näidisekraanil.
# Inimesed, ettevõtted ja aadressid on välja mõeldud: ära muuda neid. Telefoninumbreid pole.

world-scam-spotters = Pettuste tuvastajad

## Tase 1: sõnum auhinnast

level-flags-prize-message-title = Üllatusauhind?
level-flags-prize-message-instruction = Puuduta igat ohumärki selles sõnumis.
level-flags-prize-message-learned = Üllatusauhind võõralt on pettus, seega ära kunagi saada talle oma andmeid.
level-flags-prize-message-hint-1 = Loe iga rida aeglaselt. Kas sõber kirjutaks nii?
level-flags-prize-message-hint-2 = Võõrad, üllatusauhinnad ja küsimused sinu kohta on ohumärgid.
level-flags-prize-message-hint-3 = Vaata, kes selle saatis. Allpool on veel kaks ohumärki.

flags-prize-message-sender = Saatja: tundmatu number
flags-prize-message-sender-reason = Sa ei tunne seda numbrit. Ole ettevaatlik, kui võõras sulle kirjutab.
flags-prize-message-greeting = Tere!
flags-prize-message-greeting-reason = Sõbralik tervitus on tavaline. See üksi pole ohumärk.
flags-prize-message-prize = Palju õnne! Sa võitsid uue tahvelarvuti!
flags-prize-message-prize-reason = Mingit võistlust polnud, aga auhind on? Üllatusauhind võõralt on pettus.
flags-prize-message-picture = Pilt: läikiv tahvelarvuti punase lindiga
flags-prize-message-picture-reason = Pilt üksi pole ohumärk. Loe ka selle ümber olevaid sõnu.
flags-prize-message-request = Auhinna saamiseks saada meile oma nimi ja kodune aadress.
flags-prize-message-request-reason = Ära kunagi anna oma kodust aadressi võõrale. Küsi enne vastamist täiskasvanult.
flags-prize-message-signoff = Ilusat päeva!
flags-prize-message-signoff-reason = Lahke hüvastijätt on tavaline. Kenad sõnad üksi ei tee sõnumit heaks ega halvaks.

## Tase 2: võlts pakikiri

level-flags-parcel-email-title = Pakikiri
level-flags-parcel-email-instruction = Puuduta igat ohumärki selles e-kirjas.
level-flags-parcel-email-learned = Päris ettevõte ei küsi kunagi e-kirjaga su parooli. Kiirustamine on pettus.
level-flags-parcel-email-hint-1 = Loe iga rida. Kas see tuleb tõesti pakiettevõttelt?
level-flags-parcel-email-hint-2 = Võltsitud e-kirjad tulevad imelikelt aadressidelt, kiirustavad sind ja küsivad salajasi andmeid.
level-flags-parcel-email-hint-3 = Vaata, kes selle saatis, ja vaata linki. Ohumärke on veel.

flags-parcel-email-sender = Saatja: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Pakiettevõte kirjutab oma aadressilt. See on lihtsalt tasuta meiliaadress.
flags-parcel-email-subject = Teema: Me ei saanud teie pakki kätte toimetada
flags-parcel-email-subject-reason = Mõnikord jääb pakk tõesti toimetamata. Teema üksi pole ohumärk.
flags-parcel-email-greeting = Tere,
flags-parcel-email-greeting-reason = Lihtne tervitus on tavaline. See üksi pole ohumärk.
flags-parcel-email-urgency = Makske tunni jooksul väike tasu, muidu pakk läheb tagasi!
flags-parcel-email-urgency-reason = Petised kiirustavad sind, et sa ei peatuks mõtlema. Päris ettevõte annab sulle aega.
flags-parcel-email-link = Klõpsa siin: parcel-help.example/pay-now
flags-parcel-email-link-reason = Link viib saidile parcel-help, mitte QuickBoxile. Palu täiskasvanul päris saidil järele kontrollida.
flags-parcel-email-request = Seejärel sisestage oma parool ja kaardi number.
flags-parcel-email-request-reason = Ükski pakiettevõte ei vaja su parooli. Ära kunagi sisesta parooli ega kaardi numbrit e-kirja lingi kaudu.
flags-parcel-email-signoff = Aitäh, QuickBoxi meeskond
flags-parcel-email-signoff-reason = Nimega allkirjastamine on tavaline. Aga igaüks võib kirjutada mis tahes nime, seega kontrolli ka teisi ridu.

## Tase 3: võltspood

level-flags-fake-shop-title = Supermüük
level-flags-fake-shop-instruction = Puuduta igat ohumärki sellel poe lehel.
level-flags-fake-shop-learned = Kontrolli poe aadressi ja hinda ning ära kunagi anna vestluses parooli ega kaardi numbrit.
level-flags-fake-shop-hint-1 = Alusta ülevalt. Kas päris pood teeks seda kõike?
level-flags-fake-shop-hint-2 = Võltspoed kopeerivad päris nimesid, neil on pisikesed hinnad ja nad kiirustavad sind.
level-flags-fake-shop-hint-3 = Loe aadressi täht tähe haaval: sinna on peidetud number. Allpool on veel kolm ohumärki.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Vaata hoolega: seal on null, mitte o-täht. Võltspoed kopeerivad päris poodide nimesid.
flags-fake-shop-welcome = Tere tulemast Jollytoysse!
flags-fake-shop-welcome-reason = Tervitusrida on poe lehel tavaline. See üksi pole ohumärk.
flags-fake-shop-picture = Pilt: mängukonsool kahe puldiga
flags-fake-shop-picture-reason = Poed näitavad pilte sellest, mida nad müüvad. See on tavaline.
flags-fake-shop-price = Mängukonsool: tavahinnast 99% soodsam
flags-fake-shop-price-reason = Konsool pole kunagi nii odav. Hind, mis on liiga hea, et olla tõsi, on pettus.
flags-fake-shop-countdown = Pakkumine lõpeb 04:59 pärast!
flags-fake-shop-countdown-reason = Tiksuv kell tahab, et sa kiirustaksid. Võltspoed kiirustavad sind, et sa ei kontrolliks.
flags-fake-shop-delivery = Kohaletoimetamine võtab 3–5 päeva.
flags-fake-shop-delivery-reason = Poed ütlevad, kui kaua kohaletoimetamine võtab. See on tavaline.
flags-fake-shop-chat = Vestlus: saada meile siia oma parool ja kaardi number.
flags-fake-shop-chat-reason = Päris pood ei küsi kunagi su parooli. Kaardinumbrid ei kuulu kunagi vestlusesse.

## Tase 4: millised lingid viivad Moonbanki?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Kas see on päriselt Moonbank?
level-addr-moonbank-instruction = Puuduta igas lingis osa, mis nimetab saiti. Siis ütle, kas see on Moonbanki sait.
level-addr-moonbank-learned = Loe lingi nime lõpust: lõpp vahetult enne esimest üksikut /-märki ja siis nimi selle ees. See ongi sait. Sõnad selle ees või pärast /-märki ei tõesta midagi.
level-addr-moonbank-hint-1 = Leia lingist esimene üksik /-märk. Saidi nimi lõpeb vahetult selle ees.
level-addr-moonbank-hint-2 = Loe sellest /-märgist tagasi: kõigepealt lõpp .example, siis nimi selle ees. Koos on need sait.
level-addr-moonbank-hint-3 = Kolmas link viib saidile free-gifts.example. Sõna moonbank pärast /-märki on ainult lehe nimi.

## Tase 5: sarnased lingid

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Sarnased lingid
level-addr-lookalike-instruction = Puuduta igas lingis osa, mis nimetab saiti. Siis ütle, kas see on Pixelposti sait.
level-addr-lookalike-learned = Petised peidavad päris saidi @-märgi taha, lisavad liigseid sõnu või vahetavad tähti sarnaste vastu. Loe saiti täht tähe haaval.
level-addr-lookalike-hint-1 = Kas lingis on @-märk? Sait tuleb pärast seda.
level-addr-lookalike-hint-2 = Loe saiti täht tähe haaval. Liigne sõna või imelik täht teeb sellest teise saidi.
level-addr-lookalike-hint-3 = Vaata teises lingis i-tähte: see on teisest tähestikust. Seepärast on see teine sait.

## Tase 6: mida pettusega teha

level-scam-what-to-do-title = Mida sa teed?
level-scam-what-to-do-instruction = Midagi imelikku hüppab ette. Vali iga kord, mida on kõige parem teha.
level-scam-what-to-do-learned = Kui sõnum kiirustab, näeb imelik välja või küsib kaardi numbrit, ära puuduta. Kontrolli teist teed pidi ja räägi täiskasvanule, keda usaldad.
level-scam-what-to-do-hint-1 = Hea detektiiv peatub ja mõtleb, enne kui midagi puudutab.
level-scam-what-to-do-hint-2 = Petised kiirustavad, kasutavad sõprade kontosid ja lubavad auhindu. Peatu, enne kui puudutad.
level-scam-what-to-do-hint-3 = Kui sõbra kontolt tuleb midagi imelikku, kontrolli sõbraga teist teed pidi.

scam-what-to-do-account-closed-prompt = Sõnum ütleb: „Sinu mängukonto suletakse TÄNA! Päästmiseks puuduta siin: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Puudutan kiiresti linki, et oma konto päästa.
scam-what-to-do-account-closed-tap-fast-reason = Kiirustamine on nipp, et sa ei mõtleks. Link võib su parooli varastada.
scam-what-to-do-account-closed-tell-adult = Ei puuduta. Näitan täiskasvanule.
scam-what-to-do-account-closed-tell-adult-reason = Tubli! Koos saate päris mängus järele kontrollida. Selline kiirustamine on nipp.
scam-what-to-do-account-closed-reply = Vastan ja küsin, kes nad on.
scam-what-to-do-account-closed-reply-reason = Vastus ütleb petisele, et keegi loeb tema sõnumeid. Parem üldse mitte vastata.

scam-what-to-do-friend-link-prompt = Su sõbra Sami kontolt tuleb äkki: „lol kas see oled sina?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Puudutan seda. See on Samilt, järelikult turvaline.
scam-what-to-do-friend-link-tap-reason = Keegi teine võib kasutada Sami kontot. Petised saadavad halbu linke sõprade kontodelt.
scam-what-to-do-friend-link-pass-on = Saadan selle ka oma teistele sõpradele.
scam-what-to-do-friend-link-pass-on-reason = Siis võivad nemadki seda puudutada. Ära kunagi saada edasi linki, milles sa pole kindel.
scam-what-to-do-friend-link-grown-up-phone = Puudutan seda, aga täiskasvanu telefonis.
scam-what-to-do-friend-link-grown-up-phone-reason = Halb link on igas telefonis sama halb ja võib küsida parooli. Kontrolli enne Samiga.
scam-what-to-do-friend-link-ask-another-way = Küsin enne Samilt silmast silma.
scam-what-to-do-friend-link-ask-another-way-reason = Suurepärane! Küsi Samilt silmast silma või telefonis. Kui Sam seda ei saatnud, räägi täiskasvanule.

scam-what-to-do-won-phone-prompt = Hüpikaken ütleb: „Sa võitsid uue telefoni! Sisesta selle saamiseks oma vanema kaardi number.“
scam-what-to-do-won-phone-close-tell = Sulgen ja räägin täiskasvanule.
scam-what-to-do-won-phone-close-tell-reason = Õige! Päris auhind ei vaja kunagi kaardi numbrit. Täiskasvanu saab kontrollida, et kõik on korras.
scam-what-to-do-won-phone-type-card = Võtan kaardi ja sisestan numbri.
scam-what-to-do-won-phone-type-card-reason = Telefoni pole. Petised tahavad kaardi numbrit, et raha võtta.
scam-what-to-do-won-phone-claim = Puudutan „Võta auhind“.
scam-what-to-do-won-phone-claim-reason = Sellise akna nupud võivad avada veel pettusi. Sulge see parem.
