# Huijausten tunnistajat, osa kaksi: minne linkki tai QR-koodi oikeasti vie.
# Tuotemerkit ja osoitteet ovat keksittyjä eikä niitä käännetä.

## Taso 7: linkin sanat

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Linkin sanat
level-addr-link-words-instruction = Linkin sanat voivat väittää mitä tahansa. Tarkista, minne kukin linkki oikeasti vie. Onko se Comet Games?
level-addr-link-words-learned = Linkin sanat voivat väittää mitä tahansa. Paina linkkiä pitkään, niin näet, minne se oikeasti vie. Epäiletkö? Älä napauta: avaa sivusto itse tai kysy aikuiselta.
level-addr-link-words-hint-1 = Älä luota linkin sanoihin. Katso niiden alla olevaa osoitetta.
level-addr-link-words-hint-2 = Etsi osoitteesta sivusto: pääte ennen ensimmäistä yksinäistä /-merkkiä ja sitten sen edessä oleva nimi.
level-addr-link-words-hint-3 = Toisen linkin sanoissa lukee cometgames, mutta sen osoite vie sivustolle free-coins.example.

addr-link-words-news-shown = Linkissä lukee: cometgames.example/news
addr-link-words-www-shown = Linkissä lukee: www.cometgames.example
addr-link-words-www-note = Ilmaiset kolikot linkissä ovat huijaus. Avaa peli itse, niin näet oikeat palkinnot.
addr-link-words-login-shown = Linkissä lukee: Kirjaudu Comet Gamesiin
addr-link-words-login-note = Älä koskaan kirjoita salasanaa linkin napauttamisen jälkeen. Avaa peli tai sen sivusto itse.
addr-link-words-help-shown = Linkissä lukee: Apua aikuisille

## Taso 8: QR-koodit parkkipaikalla

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Minne QR-koodi vie?
level-addr-qr-parking-instruction = Autat aikuista maksamaan pysäköinnin. Kamerasi näyttää, minne kukin koodi vie. Onko se Parkwise?
level-addr-qr-parking-learned = QR-koodi on piilotettu linkki. Tarkista osoite, jonka kamera näyttää, ennen kuin avaat sen. Tarra koodin päällä on varoitusmerkki. Maksa vain aikuisen kanssa.
level-addr-qr-parking-hint-1 = Et pysty lukemaan QR-koodia. Mitä kamera näyttää?
level-addr-qr-parking-hint-2 = Lue osoite kuin linkki: pääte ennen ensimmäistä yksinäistä /-merkkiä ja sitten sen edessä oleva nimi.
level-addr-qr-parking-hint-3 = Tarran koodi vie sivustolle parkwise-pay.example. Se ei ole parkwise.example.

addr-qr-parking-machine-shown = Pysäköintiautomaattiin painettu koodi
addr-qr-parking-sticker-shown = Tarra, joka on liimattu automaatin koodin päälle
addr-qr-parking-sticker-note = Tarra koodin päällä on varoitusmerkki. Maksa mieluummin automaatilla tai oikeassa sovelluksessa.
addr-qr-parking-fine-shown = Lappu autossa: ”Pysäköintivirhemaksu! Skannaa ja maksa heti”
addr-qr-parking-fine-note = Maksamiseen hoputtaminen on huijaus. Näytä se aikuiselle. Hän voi tarkistaa asian oikeasta sovelluksesta.
addr-qr-parking-sign-shown = Koodi isossa pysäköintikyltissä
