# Maailma ”Yhdessä turvassa”. Tasot 6 ja 7 vain 12–14-vuotiaille: rauhallisesti, ei mitään
# yksityiskohtaista, oppilasta ei koskaan syyllistetä. Luotettavalle aikuiselle kertominen on aina oikein.

world-safe-together = Yhdessä turvassa

safe-bin-good = Hyvä idea
safe-bin-bad = Ei hyvä idea

## Mistä saa apua: peli täyttää kohdan { $helpline } jollakin näistä.

helpline-call = Voit myös soittaa lasten auttavaan puhelimeen: { $service }, { $number }.
helpline-ask-adult = Kysy luotettavalta aikuiselta, mikä on maasi lasten auttava puhelin.

## Taso 1: uusi kaveri pelistä

level-safe-new-friend-title = Uusi kaveri pelistä
level-safe-new-friend-instruction = Joku pelistä kirjoittaa sinulle. Napauta jokaista varoitusmerkkiä.
level-safe-new-friend-learned = Salaisuudet, kuvat, yksityiset chatit ja tapaamiset ovat varoitusmerkkejä. Pysähdy ja kerro luotettavalle aikuiselle.
level-safe-new-friend-hint-1 = Lue jokainen rivi. Kysyisikö ikäisesi kaveri tällaista?
level-safe-new-friend-hint-2 = Ole varovainen, kun joku haluaa salaisuuksia, kuvia, tietojasi tai tavata.
level-safe-new-friend-hint-3 = Katso tarkkaan rivejä, jotka koskevat vanhempiasi ja kouluasi.

safe-new-friend-sender = Lähettäjä: Kai_Star (pelaaja pelistäsi)
safe-new-friend-sender-reason = Juttelu pelaajien kanssa voi olla hauskaa. Mutta tiedät vain sen, mitä Kai kertoo itsestään.
safe-new-friend-game = Hyvä peli tänään! Millä tasolla olet?
safe-new-friend-game-reason = Pelistä puhuminen on tavallista. Tämä rivi on kunnossa.
safe-new-friend-secret = Älä kerro musta vanhemmillesi, okei?
safe-new-friend-secret-reason = Hyvä kaveri ei pyydä sinua salaamaan häntä perheeltäsi. Tämä on varoitusmerkki.
safe-new-friend-private = Jutellaan toisessa sovelluksessa. Vain me kaksi.
safe-new-friend-private-reason = Jos joku vie sinut yksityiseen chattiin pois muiden luota, se on varoitusmerkki.
safe-new-friend-photo = Lähetä musta kuva. Vain mulle!
safe-new-friend-photo-reason = Älä koskaan lähetä kuvia itsestäsi kenellekään, jonka tunnet vain netistä.
safe-new-friend-school = Missä koulussa sä käyt?
safe-new-friend-school-reason = Koulusi kertoo vieraalle, mistä sinut löytää. Pidä se omana tietonasi.
safe-new-friend-meet = Tavataan puistossa lauantaina!
safe-new-friend-meet-reason = Älä koskaan tapaa ketään, jonka tunnet vain netistä. Kerro luotettavalle aikuiselle.

## Taso 2: mitä teet

level-safe-what-to-do-title = Mitä teet?
level-safe-what-to-do-instruction = Kai pelistä haluaa lisää. Valitse joka kerta paras vastaus.
level-safe-what-to-do-learned = Voit aina sanoa ei. Estä se henkilö ja kerro luotettavalle aikuiselle. Se ei ole koskaan sinun syytäsi.
level-safe-what-to-do-hint-1 = Kuka voisi auttaa sinua tarkistamaan, onko Kai se, joka hän sanoo olevansa?
level-safe-what-to-do-hint-2 = Salaisuudet ja tapaamiset nettikavereiden kanssa ovat varoitusmerkkejä. Hae apua, älä mene yksin.
level-safe-what-to-do-hint-3 = Kun Kai suuttuu, sinun ei tarvitse vastata ollenkaan.

safe-what-to-do-secret-prompt = Kai kirjoittaa: ”Pidetään meidän juttumme salaisuutena.” Mitä teet?
safe-what-to-do-secret-keep = Pidän salaisuuden. Kai on mukava minulle.
safe-what-to-do-secret-keep-reason = Mukavat sanat voivat kätkeä tempun. Oikea kaveri ei tarvitse salaisuuksia perheeltäsi.
safe-what-to-do-secret-ask-why = Kysyn Kailta ensin syytä ja päätän sitten itse.
safe-what-to-do-secret-ask-why-reason = Kailla voi olla ovela vastaus. Älä päätä yksin: kysy joltakulta, johon luotat.
safe-what-to-do-secret-tell = Kerron chateista luotettavalle aikuiselle.
safe-what-to-do-secret-tell-reason = Kyllä! Salaisuuksien pyytäminen on varoitusmerkki. Luotettava aikuinen voi auttaa tarkistamaan asian.

safe-what-to-do-meet-prompt = Kai pyytää tapaamaan puistossa. Mitä teet?
safe-what-to-do-meet-go-with-friend = Menen, mutta otan luokkakaverin mukaan.
safe-what-to-do-meet-go-with-friend-reason = Kaksi lasta ei ole tarpeeksi turvassa. Älä koskaan tapaa ketään, jonka tunnet vain netistä.
safe-what-to-do-meet-say-no = Sanon ei ja kerron aikuiselle.
safe-what-to-do-meet-say-no-reason = Oikein. Sano ei, ja anna luotettavan aikuisen auttaa sinua Kain kanssa.
safe-what-to-do-meet-go-tell-later = Menen ja kerron aikuiselle jälkeenpäin.
safe-what-to-do-meet-go-tell-later-reason = Aikuiselle kertominen on hyvä, mutta älä mene. Älä koskaan tapaa ketään, jonka tunnet vain netistä.

safe-what-to-do-angry-prompt = Sanoit ei. Nyt Kai lähettää sinulle vihaisia viestejä.
safe-what-to-do-angry-block = Estän Kain ja kerron aikuiselle.
safe-what-to-do-angry-block-reason = Kyllä. Sinun ei tarvitse vastata. Estä Kai ja hae apua aikuiselta, johon luotat.
safe-what-to-do-angry-sorry = Pyydän anteeksi ja teen, mitä Kai haluaa.
safe-what-to-do-angry-sorry-reason = Et tehnyt mitään väärää. Ei sanominen oli oikein.
safe-what-to-do-angry-argue = Kirjoitan takaisin, kunnes Kai pyytää anteeksi.
safe-what-to-do-angry-argue-reason = Väittely pitää Kain juttelemassa kanssasi. Lopeta mieluummin vastaaminen.

## Taso 3: estä ja ilmoita

level-safe-block-report-title = Estä ja ilmoita
level-safe-block-report-instruction = Joku netissä saa sinut tuntemaan olosi pahaksi. Onko kukin idea hyvä vai ei?
level-safe-block-report-learned = Tallenna viestit, estä henkilö, ilmoita hänestä sovelluksessa ja kerro luotettavalle aikuiselle.
level-safe-block-report-hint-1 = Mitkä ideat parantavat tilannetta ja mitkä pahentavat sitä?
level-safe-block-report-hint-2 = Säilytä todisteet, lopeta viestit ja hae apua.
level-safe-block-report-hint-3 = Chatin poistaminen ei ole hyvä idea: todisteet katoaisivat.

safe-block-report-screenshot = Ota kuvakaappauksia viesteistä
safe-block-report-screenshot-reason = Kuvakaappaukset ovat todisteita. Ota ne ennen estämistä siltä varalta, että chatti katoaa.
safe-block-report-delete = Poista koko chatti, ettei kukaan näe sitä
safe-block-report-delete-reason = Silloin todisteet katoavat. Säilytä viestit, jotta aikuinen voi auttaa.
safe-block-report-block = Estä henkilö
safe-block-report-block-reason = Estäminen lopettaa hänen viestinsä sinulle.
safe-block-report-reply-mean = Lähetä ilkeä viesti takaisin
safe-block-report-reply-mean-reason = Se voi pahentaa asioita. Älä vastaa ollenkaan.
safe-block-report-report = Ilmoita profiilista sovelluksessa
safe-block-report-report-reason = Sovelluksen tiimi tarkistaa ilmoitukset ja voi sulkea tilin.
safe-block-report-unblock = Poista esto ja katso, pyytääkö hän anteeksi
safe-block-report-unblock-reason = Silloin hän voi taas kirjoittaa sinulle. Pidä hänet estettynä.
safe-block-report-tell = Kerro luotettavalle aikuiselle, mitä tapahtui
safe-block-report-tell-reason = Luotettava aikuinen voi auttaa sinua ilmoittamaan ja voimaan paremmin.

## Taso 4: kirjautumiskoodi

level-safe-login-code-title = Salainen kirjautumiskoodi
level-safe-login-code-instruction = Valitse joka kerta paras vastaus.
level-safe-login-code-learned = Kirjautumiskoodi on vain sinulle. Älä koskaan anna sitä kenellekään, älä kaverille äläkä ”tuelle”.
level-safe-login-code-hint-1 = Kuka tarvitsee koodin, joka tulee puhelimeesi?
level-safe-login-code-hint-2 = Koodi on tilisi toinen lukko. Se toimii kuin avain.
level-safe-login-code-hint-3 = Oikeat tukitiimit eivät koskaan kysy koodiasi.

safe-login-code-why-prompt = Salasanan jälkeen sovellus lähettää koodin puhelimeesi. Miksi?
safe-login-code-why-ads = Koska sovellus haluaa numerosi mainoksia varten.
safe-login-code-why-ads-reason = Ei. Koodi on siellä pitämässä tilisi turvassa.
safe-login-code-why-second-lock = Toinen lukko, jotta vain minä pääsen sisään.
safe-login-code-why-second-lock-reason = Kyllä. Tämä on kaksivaiheinen kirjautuminen. Varas tarvitsee salasanasi lisäksi koodin.
safe-login-code-why-phone-check = Jotta se voi tarkistaa, toimiiko puhelin.
safe-login-code-why-phone-check-reason = Ei. Koodi todistaa, että sisään kirjaudut oikeasti sinä.

safe-login-code-friend-prompt = Viesti Mialta: ”Hups, mun koodi tuli sulle. Voitko lähettää sen mulle?”
safe-login-code-friend-send = Lähetän sen nopeasti. Mia tarvitsee sen.
safe-login-code-friend-send-reason = Mian tili voi olla hakkeroitu. Koodi päästäisi vieraan SINUN tilillesi.
safe-login-code-friend-half = Lähetän vain koodin ensimmäisen puoliskon.
safe-login-code-friend-half-reason = Puolikaskin koodi auttaa varasta. Pidä koko koodi itselläsi.
safe-login-code-friend-ask = En lähetä. Kysyn Mialta kasvotusten.
safe-login-code-friend-ask-reason = Oikein. Tarkista asia Mialta toista kautta. Se on luultavasti huijaus.

safe-login-code-support-prompt = Chatti sanoo: ”Täällä pelin tuki. Kerro koodisi, niin pidämme tilisi turvassa.”
safe-login-code-support-give = Annan sen. He ovat tukitiimi.
safe-login-code-support-give-reason = Oikeat tukitiimit eivät koskaan kysy koodiasi. Tämä on huijaus.
safe-login-code-support-say-no = Sanon ei. Tuki ei tarvitse koodiani.
safe-login-code-support-say-no-reason = Oikein. Oikeat yritykset sanovat sen itsekin: ne eivät koskaan kysy koodiasi.
safe-login-code-support-adult-reads = Pyydän aikuista lukemaan koodin heille.
safe-login-code-support-adult-reads-reason = Kenenkään ei pitäisi antaa koodia, ei aikuisen eikä lapsen. Näytä viesti mieluummin aikuiselle.

## Taso 5: mistä saa apua

level-safe-get-help-title = Mistä saa apua
level-safe-get-help-instruction = Jokin netissä huolestuttaa sinua. Valitse joka kerta paras vastaus.
level-safe-get-help-learned = Et ole koskaan yksin. Puhu luotettavalle aikuiselle. { $helpline }
level-safe-get-help-hint-1 = Onko parempi pitää huoli sisällään vai jakaa se?
level-safe-get-help-hint-2 = Luotettavat aikuiset ja lasten auttavat puhelimet kuuntelevat ja auttavat.
level-safe-get-help-hint-3 = 116 111 on lasten numero monessa maassa.

safe-get-help-worried-prompt = Näit netissä jotain, mikä pelottaa sinua. Mikä auttaa eniten?
safe-get-help-worried-keep = Pidän sen itselläni ja yritän unohtaa sen.
safe-get-help-worried-keep-reason = Huolet kasvavat, kun pidät ne sisälläsi. Jollekulle kertominen auttaa.
safe-get-help-worried-tell = Kerron aikuiselle, mitä näin.
safe-get-help-worried-tell-reason = Kyllä! Vanhempi, huoltaja tai opettaja voi auttaa sinua.
safe-get-help-worried-search = Etsin siitä netistä lisää.
safe-get-help-worried-search-reason = Voit löytää vielä pelottavampia asioita. Puhu ensin jonkun kanssa.

safe-get-help-nobody-prompt = Et halua puhua kenenkään tuntemasi kanssa. Mitä voit tehdä?
safe-get-help-nobody-forum = Kysyn vierailta foorumilla, mitä tehdä.
safe-get-help-nobody-forum-reason = Vieraat netissä eivät välttämättä ole ystävällisiä tai oikeassa. Auttava puhelin on olemassa auttamista varten.
safe-get-help-nobody-wait = Odotan, että ongelma katoaa.
safe-get-help-nobody-wait-reason = Ongelmat eivät usein katoa itsestään. Apua saa pyytää.
safe-get-help-nobody-helpline = Soitan lasten auttavaan puhelimeen.
safe-get-help-nobody-helpline-reason = Kyllä. Lasten auttavat puhelimet kuuntelevat lapsia. Nimeä ei tarvitse kertoa.

safe-get-help-number-prompt = Koulun julisteessa lukee 116 111. Mikä numero se on?
safe-get-help-number-helpline = Lasten auttava puhelin monessa maassa
safe-get-help-number-helpline-reason = Kyllä. Monessa Euroopan maassa 116 111 on lasten auttava puhelin. Joissakin maissa numero on toinen.
safe-get-help-number-prize = Numero, josta voi voittaa palkintoja
safe-get-help-number-prize-reason = Ei. Se on auttava puhelin, jossa lapset voivat puhua huolistaan.
safe-get-help-number-adults = Numero, johon vain aikuiset saavat soittaa
safe-get-help-number-adults-reason = Ei. Lapset voivat itse soittaa lasten auttavaan puhelimeen.

## Taso 6 (vain 12–14): kun joku uhkailee

level-safe-threats-title = Kun joku uhkailee
level-safe-threats-instruction = Joku uhkaa jakaa yksityisen kuvan. Valitse paras vastaus.
level-safe-threats-learned = Se ei ole koskaan sinun syytäsi. Älä maksa, lopeta vastaaminen, säilytä viestit, kerro luotettavalle aikuiselle ja ilmoita asiasta.
level-safe-threats-hint-1 = Mitä uhkailija haluaa sinulta?
level-safe-threats-hint-2 = Maksaminen tai lisäkuvien lähettäminen ei lopeta uhkailua. Avun hakeminen lopettaa.
level-safe-threats-hint-3 = Säilytä chatti todisteena, mutta lopeta vastaaminen.

safe-threats-pay-prompt = Nettikaveri kirjoittaa: ”Maksa, tai jaan sen yksityisen kuvan, jonka lähetit.”
safe-threats-pay-pay = Maksan nopeasti, jotta kuva pysyy yksityisenä.
safe-threats-pay-pay-reason = Maksaminen ei pysäytä heitä. Yleensä he pyytävät lisää.
safe-threats-pay-stop = Lopetan vastaamisen ja kerron aikuiselle.
safe-threats-pay-stop-reason = Kyllä. Katkaise kaikki yhteys ja hae apua. Aikuinen voi auttaa ilmoittamaan asiasta.
safe-threats-pay-more = Lähetän toisen kuvan, jotta hän rauhoittuu.
safe-threats-pay-more-reason = Älä koskaan lähetä lisää. He eivät lopeta. Hae mieluummin apua.

safe-threats-chat-prompt = Sinulla on kamala olo ja haluat chatin pois. Mitä teet sille?
safe-threats-chat-delete = Poistan heti koko chatin ja tilini.
safe-threats-chat-delete-reason = Chatti on todiste. Sovellus ja poliisi tarvitsevat sitä pysäyttääkseen heidät.
safe-threats-chat-forward = Lähetän chatin kavereille ja kysyn heiltä.
safe-threats-chat-forward-reason = Älä lähetä sitä eteenpäin. Pidä se sinun ja luotettavan aikuisen välisenä.
safe-threats-chat-keep = Säilytän chatin, estän ja ilmoitan.
safe-threats-chat-keep-reason = Oikein. Säilytä viestit todisteena, sitten estä tili ja ilmoita siitä.

safe-threats-fault-prompt = Ajattelet: ”Tämä on mun syytä. En voi kertoa kenellekään.” Mikä on totta?
safe-threats-fault-my-fault = Se on minun syytäni, joten minun pitää hoitaa se yksin.
safe-threats-fault-my-fault-reason = Ei. Uhkailija tekee väärin, et sinä.
safe-threats-fault-never = Se ei ole koskaan minun syytäni, ja apua on.
safe-threats-fault-never-reason = Kyllä. Sinua huijattiin. Aikuiset ja auttavat puhelimet auttavat syyllistämättä sinua.
safe-threats-fault-later = Kerron aikuiselle vain, jos tilanne pahenee.
safe-threats-fault-later-reason = Kerro jollekulle nyt. Mitä aiemmin saat apua, sitä aiemmin se loppuu.

safe-threats-online-prompt = Pelkäät, että kuva on jo netissä. Mikä voi auttaa?
safe-threats-online-take-it-down = Käytän aikuisen kanssa Take It Downia.
safe-threats-online-take-it-down-reason = Take It Down auttaa poistamaan kuvia, jotka on otettu ennen kuin täytit 18, mistä maasta tahansa.
safe-threats-online-search = Etsin kuvaa joka päivä ja tarkistan.
safe-threats-online-search-reason = Se vain pahentaa oloasi. Anna aikuisen ja työkalun tehdä työ.
safe-threats-online-nothing = Mikään ei auta, kun kuva on netissä.
safe-threats-online-nothing-reason = Ei pidä paikkaansa. Kuvia voi usein saada poistettua. Apua on aina.

## Taso 7 (vain 12–14): jonkun toisen yksityinen kuva

level-safe-not-yours-title = Kuva, joka ei ole sinun
level-safe-not-yours-instruction = Chatissa jaetaan luokkakaverin yksityinen kuva. Hyvä idea vai ei?
level-safe-not-yours-learned = Älä koskaan säilytä tai lähetä eteenpäin kenenkään yksityistä kuvaa. Kerro luotettavalle aikuiselle ja ilmoita siitä.
level-safe-not-yours-hint-1 = Miltä sinusta tuntuisi, jos se olisi sinun kuvasi?
level-safe-not-yours-hint-2 = Jokainen jako satuttaa kuvassa olevaa uudelleen.
level-safe-not-yours-hint-3 = Eteenpäin lähettäminen ei ole koskaan hyvä idea, ei edes avun pyytämiseksi.

safe-not-yours-forward = Lähetä se yhdelle kaverille
safe-not-yours-forward-reason = Jokainen jako satuttaa häntä lisää. Monessa maassa se on myös lain vastaista.
safe-not-yours-tell = Kerro siitä luotettavalle aikuiselle
safe-not-yours-tell-reason = Kyllä. Aikuinen voi auttaa pysäyttämään levittämisen, ilman että sinun tarvitsee lähettää sitä.
safe-not-yours-save = Tallenna se puhelimeeni
safe-not-yours-save-reason = Älä säilytä sitä. Tällainen kuva ei kuulu puhelimeesi.
safe-not-yours-report = Ilmoita julkaisusta sovelluksessa
safe-not-yours-report-reason = Sovellus voi poistaa sen. Kuvassa oleva tarvitsee sitä.
safe-not-yours-ask-friend = Lähetä se kaverille ja kysy, mitä tehdä
safe-not-yours-ask-friend-reason = Älä lähetä sitä kenellekään, ei edes avun takia. Kerro siitä lähettämättä.
safe-not-yours-kind = Ole ystävällinen kuvassa olevalle
safe-not-yours-kind-reason = Hänellä voi olla kamala olo. Se ei ole hänen syytään.
safe-not-yours-laugh = Naura muiden mukana, jotta sopisin joukkoon
safe-not-yours-laugh-reason = Nauraminen satuttaa häntä lisää. Sinä voit olla se, joka lopettaa sen.
