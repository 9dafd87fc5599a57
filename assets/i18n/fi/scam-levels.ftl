# Maailma ”Huijausten tunnistajat”: varoitusmerkkien napauttaminen esimerkkinäytöllä.
# Ihmiset, yritykset ja osoitteet ovat keksittyjä: älä muuta niitä. Ei puhelinnumeroita.

world-scam-spotters = Huijausten tunnistajat

## Taso 1: viesti palkinnosta

level-flags-prize-message-title = Yllätyspalkinto?
level-flags-prize-message-instruction = Napauta jokaista varoitusmerkkiä tässä viestissä.
level-flags-prize-message-learned = Vieraan lähettämä yllätyspalkinto on huijaus, joten älä koskaan lähetä hänelle tietojasi.
level-flags-prize-message-hint-1 = Lue jokainen rivi hitaasti. Kirjoittaisiko kaveri näin?
level-flags-prize-message-hint-2 = Vieraat, yllätyspalkinnot ja sinua koskevat kysymykset ovat varoitusmerkkejä.
level-flags-prize-message-hint-3 = Katso, kuka sen lähetti. Alempana on vielä kaksi varoitusmerkkiä.

flags-prize-message-sender = Lähettäjä: Tuntematon numero
flags-prize-message-sender-reason = Et tunne tätä numeroa. Ole varovainen, kun vieras kirjoittaa sinulle.
flags-prize-message-greeting = Moikka!
flags-prize-message-greeting-reason = Ystävällinen tervehdys on tavallinen. Se ei yksinään ole varoitusmerkki.
flags-prize-message-prize = Onneksi olkoon! Voitit uuden tabletin!
flags-prize-message-prize-reason = Mitään kilpailua ei ollut, mutta palkinto on? Vieraan yllätyspalkinto on huijaus.
flags-prize-message-picture = Kuva: kiiltävä tabletti ja punainen rusetti
flags-prize-message-picture-reason = Kuva ei yksinään ole varoitusmerkki. Lue myös sen ympärillä olevat sanat.
flags-prize-message-request = Saat sen, kun lähetät meille nimesi ja kotiosoitteesi.
flags-prize-message-request-reason = Älä koskaan anna kotiosoitettasi vieraalle. Kysy aikuiselta ennen kuin vastaat.
flags-prize-message-signoff = Hyvää päivänjatkoa!
flags-prize-message-signoff-reason = Ystävällinen lopputervehdys on tavallinen. Mukavat sanat eivät yksin tee viestistä hyvää tai huonoa.

## Taso 2: väärennetty pakettisähköposti

level-flags-parcel-email-title = Pakettisähköposti
level-flags-parcel-email-instruction = Napauta jokaista varoitusmerkkiä tässä sähköpostissa.
level-flags-parcel-email-learned = Oikea yritys ei koskaan pyydä salasanaasi sähköpostilla. Hoputtaminen on huijaus.
level-flags-parcel-email-hint-1 = Lue jokainen rivi. Tuleeko tämä oikeasti kuljetusyritykseltä?
level-flags-parcel-email-hint-2 = Väärennetyt sähköpostit tulevat oudoista osoitteista, hoputtavat ja pyytävät salaisia tietoja.
level-flags-parcel-email-hint-3 = Katso, kuka sen lähetti, ja katso linkkiä. Varoitusmerkkejä on lisää.

flags-parcel-email-sender = Lähettäjä: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Kuljetusyritys kirjoittaa omasta osoitteestaan. Tämä on vain ilmainen sähköpostiosoite.
flags-parcel-email-subject = Aihe: Emme voineet toimittaa pakettiasi
flags-parcel-email-subject-reason = Joskus paketti oikeasti jää toimittamatta. Aihe ei yksinään ole varoitusmerkki.
flags-parcel-email-greeting = Hei,
flags-parcel-email-greeting-reason = Pelkkä tervehdys on tavallinen. Se ei yksinään ole varoitusmerkki.
flags-parcel-email-urgency = Maksa pieni maksu tunnin sisällä, tai paketti palautetaan!
flags-parcel-email-urgency-reason = Huijarit hoputtavat, jotta et pysähtyisi miettimään. Oikea yritys antaa sinulle aikaa.
flags-parcel-email-link = Klikkaa tästä: parcel-help.example/pay-now
flags-parcel-email-link-reason = Linkki vie sivustolle parcel-help, ei QuickBoxille. Pyydä aikuista tarkistamaan asia oikealta sivustolta.
flags-parcel-email-request = Kirjoita sitten salasanasi ja kortin numero.
flags-parcel-email-request-reason = Mikään kuljetusyritys ei tarvitse salasanaasi. Älä koskaan kirjoita salasanaa tai kortin numeroa sähköpostin linkin jälkeen.
flags-parcel-email-signoff = Kiitos, QuickBox-tiimi
flags-parcel-email-signoff-reason = Nimellä allekirjoittaminen on tavallista. Mutta kuka tahansa voi kirjoittaa minkä nimen tahansa, joten tarkista muutkin rivit.

## Taso 3: valekauppa

level-flags-fake-shop-title = Superale
level-flags-fake-shop-instruction = Napauta jokaista varoitusmerkkiä tällä kaupan sivulla.
level-flags-fake-shop-learned = Tarkista kaupan osoite ja hinta, äläkä koskaan anna salasanaa tai kortin numeroa chatissa.
level-flags-fake-shop-hint-1 = Aloita ylhäältä. Tekisikö oikea kauppa kaiken tämän?
level-flags-fake-shop-hint-2 = Valekaupat kopioivat oikeita nimiä, niillä on pikkuruiset hinnat ja ne hoputtavat.
level-flags-fake-shop-hint-3 = Lue osoite kirjain kirjaimelta: siinä piilee numero. Alempana on vielä kolme varoitusmerkkiä.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Katso tarkkaan: siinä on nolla, ei o-kirjainta. Valekaupat kopioivat oikeiden kauppojen nimiä.
flags-fake-shop-welcome = Tervetuloa Jollytoyhin!
flags-fake-shop-welcome-reason = Tervetulorivi on kaupan sivulla tavallinen. Se ei yksinään ole varoitusmerkki.
flags-fake-shop-picture = Kuva: pelikonsoli ja kaksi ohjainta
flags-fake-shop-picture-reason = Kaupat näyttävät kuvia siitä, mitä myyvät. Se on tavallista.
flags-fake-shop-price = Pelikonsoli: 99 % alennus normaalihinnasta
flags-fake-shop-price-reason = Konsoli ei ole koskaan noin halpa. Liian hyvä hinta ollakseen totta on huijaus.
flags-fake-shop-countdown = Tarjous päättyy 04:59!
flags-fake-shop-countdown-reason = Tikittävä kello haluaa sinun kiirehtivän. Valekaupat hoputtavat, ettet ehtisi tarkistaa.
flags-fake-shop-delivery = Toimitus kestää 3–5 päivää.
flags-fake-shop-delivery-reason = Kaupat kertovat, kauanko toimitus kestää. Se on tavallista.
flags-fake-shop-chat = Chatti: Lähetä meille tähän salasanasi ja kortin numero.
flags-fake-shop-chat-reason = Oikea kauppa ei koskaan pyydä salasanaasi. Kortin numerot eivät koskaan kuulu chattiin.

## Taso 4: mitkä linkit vievät Moonbankiin?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Onko se oikeasti Moonbank?
level-addr-moonbank-instruction = Napauta jokaisesta linkistä osaa, joka nimeää sivuston. Kerro sitten, onko se Moonbankin sivusto.
level-addr-moonbank-learned = Lue linkin nimi lopusta päin: pääte juuri ennen ensimmäistä yksinäistä /-merkkiä ja sitten sen edessä oleva nimi. Se on sivusto. Sanat sen edessä tai /-merkin jälkeen eivät todista mitään.
level-addr-moonbank-hint-1 = Etsi linkistä ensimmäinen yksinäinen /-merkki. Sivuston nimi päättyy juuri sen edessä.
level-addr-moonbank-hint-2 = Lue siitä /-merkistä taaksepäin: ensin pääte .example, sitten sen edessä oleva nimi. Yhdessä ne ovat sivusto.
level-addr-moonbank-hint-3 = Kolmas linkki vie sivustolle free-gifts.example. Sana moonbank /-merkin jälkeen on vain sivun nimi.

## Taso 5: samannäköiset linkit

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Samannäköiset linkit
level-addr-lookalike-instruction = Napauta jokaisesta linkistä osaa, joka nimeää sivuston. Kerro sitten, onko se Pixelpostin sivusto.
level-addr-lookalike-learned = Huijarit piilottavat oikean sivuston @-merkin taakse, lisäävät ylimääräisiä sanoja tai vaihtavat kirjaimia samannäköisiin. Lue sivusto kirjain kirjaimelta.
level-addr-lookalike-hint-1 = Onko linkissä @-merkki? Sivusto tulee sen jälkeen.
level-addr-lookalike-hint-2 = Lue sivusto kirjain kirjaimelta. Ylimääräinen sana tai outo kirjain tekee siitä eri sivuston.
level-addr-lookalike-hint-3 = Katso toisen linkin i-kirjainta: se on toisesta aakkostosta. Siksi se on eri sivusto.

## Taso 6: mitä tehdä huijauksen kanssa

level-scam-what-to-do-title = Mitä teet?
level-scam-what-to-do-instruction = Jotain outoa ponnahtaa esiin. Valitse joka kerta paras tapa toimia.
level-scam-what-to-do-learned = Jos viesti hoputtaa, näyttää oudolta tai pyytää kortin numeroa, älä napauta. Tarkista asia toista kautta ja kerro luotettavalle aikuiselle.
level-scam-what-to-do-hint-1 = Hyvä salapoliisi pysähtyy ja miettii ennen kuin napauttaa mitään.
level-scam-what-to-do-hint-2 = Huijarit hoputtavat, käyttävät kavereiden tilejä ja lupaavat palkintoja. Pysähdy ennen kuin napautat.
level-scam-what-to-do-hint-3 = Kun kaverin tililtä tulee jotain outoa, tarkista asia kaverilta toista kautta.

scam-what-to-do-account-closed-prompt = Viesti sanoo: ”Pelitilisi suljetaan TÄNÄÄN! Pelasta se napauttamalla tästä: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Napautan linkkiä nopeasti pelastaakseni tilini.
scam-what-to-do-account-closed-tap-fast-reason = Kiire on temppu, jotta et ajattelisi. Linkki voi varastaa salasanasi.
scam-what-to-do-account-closed-tell-adult = En napauta. Näytän sen aikuiselle.
scam-what-to-do-account-closed-tell-adult-reason = Hienoa! Yhdessä voitte tarkistaa asian oikeasta pelistä. Tällainen kiire on temppu.
scam-what-to-do-account-closed-reply = Vastaan ja kysyn, keitä he ovat.
scam-what-to-do-account-closed-reply-reason = Vastaus kertoo huijarille, että joku lukee hänen viestejään. Parempi olla vastaamatta ollenkaan.

scam-what-to-do-friend-link-prompt = Kaverisi Samin tililtä tulee yhtäkkiä: ”lol ootko tää sä?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Napautan sitä. Se on Samilta, joten se on turvallinen.
scam-what-to-do-friend-link-tap-reason = Joku muu voi käyttää Samin tiliä. Huijarit lähettävät huonoja linkkejä kavereiden tileiltä.
scam-what-to-do-friend-link-pass-on = Lähetän sen muillekin kavereilleni.
scam-what-to-do-friend-link-pass-on-reason = Silloin hekin voivat napauttaa sitä. Älä koskaan lähetä eteenpäin linkkiä, josta et ole varma.
scam-what-to-do-friend-link-grown-up-phone = Napautan sitä, mutta aikuisen puhelimella.
scam-what-to-do-friend-link-grown-up-phone-reason = Huono linkki on yhtä huono millä puhelimella tahansa, ja se voi kysyä salasanaa. Tarkista ensin Samilta.
scam-what-to-do-friend-link-ask-another-way = Kysyn ensin Samilta kasvotusten.
scam-what-to-do-friend-link-ask-another-way-reason = Loistavaa! Kysy Samilta kasvotusten tai puhelimessa. Jos Sam ei lähettänyt sitä, kerro aikuiselle.

scam-what-to-do-won-phone-prompt = Ponnahdusikkuna sanoo: ”Voitit uuden puhelimen! Kirjoita vanhempasi kortin numero, niin saat sen.”
scam-what-to-do-won-phone-close-tell = Suljen sen ja kerron aikuiselle.
scam-what-to-do-won-phone-close-tell-reason = Oikein! Oikea palkinto ei koskaan tarvitse kortin numeroa. Aikuinen voi tarkistaa, että kaikki on kunnossa.
scam-what-to-do-won-phone-type-card = Haen kortin ja kirjoitan numeron.
scam-what-to-do-won-phone-type-card-reason = Puhelinta ei ole. Huijarit haluavat kortin numeron ottaakseen rahaa.
scam-what-to-do-won-phone-claim = Napautan ”Lunasta palkinto”.
scam-what-to-do-won-phone-claim-reason = Tällaisen ikkunan napit voivat avata lisää huijauksia. Sulje se mieluummin.
