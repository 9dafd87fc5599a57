# Maailma ”Jaa turvallisesti”, tasot 2 ja siitä eteenpäin. Ihmiset, paikat ja pelit ovat keksittyjä.
# Suomeksi keksityt katu ja koulu: Vaahterakatu, Tammelan koulu.

## Taso 2: peliprofiilin asetukset

level-privacy-profile-title = Lenan profiili
level-privacy-profile-instruction = Tämä on Lenan peliprofiili. Napauta jokaista asetusta, joka jakaa liikaa, ja korjaa se.
level-privacy-profile-learned = Pidä profiilisi vain kavereille. Käytä keksittyä pelinimeä ja piirroskuvaa, ja pidä sijaintisi ja numerosi omana tietonasi.
level-privacy-profile-hint-1 = Lue jokainen rivi. Voisiko vieras ihminen löytää Lenan sen avulla?
level-privacy-profile-hint-2 = Keksitty pelinimi ja piirroskuva ovat turvallisia. Oikeat nimet, paikat ja numerot eivät ole.
level-privacy-profile-hint-3 = Katso, kuka näkee profiilin, ja katso puhelinnumeroa.

privacy-profile-visibility = Kuka näkee profiilini: Kaikki
privacy-profile-visibility-reason = Kaikki tarkoittaa myös vieraita. Vaihda asetukseksi vain kaverit.
privacy-profile-visibility-fixed = Kuka näkee profiilini: Vain kaverit
privacy-profile-name = Näkyvä nimi: Lena Schmidt (koko nimi)
privacy-profile-name-reason = Koko nimi auttaa vieraita löytämään Lenan. Keksitty pelinimi riittää.
privacy-profile-name-fixed = Näkyvä nimi: StarFox22 (pelinimi)
privacy-profile-game-name = Pelinimi: StarFox22
privacy-profile-game-name-reason = Keksitty pelinimi ei kerro kenellekään, kuka Lena oikeasti on. Hyvä valinta!
privacy-profile-avatar = Hahmo: piirretty kettu
privacy-profile-avatar-reason = Piirroskuva ei näytä Lenan kasvoja. Se on turvallista.
privacy-profile-location = Jaa sijaintini: Päällä
privacy-profile-location-reason = Tämä näyttää ihmisille, missä Lena on juuri nyt. Pidä se pois päältä.
privacy-profile-location-fixed = Jaa sijaintini: Pois
privacy-profile-game = Lempipeli: Block Builders
privacy-profile-game-reason = Moni lapsi pitää tästä pelistä. Se ei kerro kenellekään, missä Lena on.
privacy-profile-phone = Puhelinnumero: näkyy kaikille
privacy-profile-phone-reason = Vieraat voisivat soittaa tai lähettää viestejä Lenalle. Pidä puhelinnumerosi omana tietonasi.
privacy-profile-phone-fixed = Puhelinnumero: piilotettu

## Taso 3: kuvapostaus

level-privacy-photo-title = Aurinkoinen kuva
level-privacy-photo-instruction = Napauta jokaista vihjettä tässä postauksessa, joka näyttää, missä asut tai käyt koulua.
level-privacy-photo-learned = Ennen kuin julkaiset kuvan, etsi katukylttejä, talonnumeroita, koulujen logoja ja sijaintitunnisteita.
level-privacy-photo-hint-1 = Katso myös taustaa, älä vain itseäsi ja koiraa.
level-privacy-photo-hint-2 = Kadunnimet, talonnumerot ja koulujen logot kertovat vieraille, mistä sinut löytää.
level-privacy-photo-hint-3 = Katukyltti takanasi on yksi vihje. Niitä on kolme lisää.

privacy-photo-photo = Kuva: minä ja koirani puutarhassa
privacy-photo-photo-reason = Kuvan sinusta ja lemmikistäsi voi hyvin jakaa kavereille. Tarkista vain, mitä muuta siinä näkyy.
privacy-photo-sign = Takanamme: katukyltti ”Vaahterakatu”
privacy-photo-sign-reason = Kyltti kertoo kaikille, millä kadulla asut. Ota kuva paikassa, jossa ei ole kylttejä.
privacy-photo-door = Ovessa: talonnumero 12
privacy-photo-door-reason = Kadunnimen kanssa numero näyttää tarkalleen kotisi. Jätä se pois kuvasta.
privacy-photo-shirt = T-paitani, jossa on Tammelan koulun logo
privacy-photo-shirt-reason = Logo näyttää, missä koulussa käyt. Vieraat tietäisivät, missä olet joka päivä.
privacy-photo-caption = Kuvateksti: Aurinkoinen lauantai Rexin kanssa!
privacy-photo-caption-reason = Koirasi nimen voi jakaa. Älä vain koskaan käytä sitä salasanana.
privacy-photo-location = Sijaintitunniste: Vaahterakatu 12
privacy-photo-location-reason = Tunniste antaa kaikille koko osoitteesi. Laita sijaintitunnisteet pois päältä.
privacy-photo-comment = Benin kommentti: Söpö koira!
privacy-photo-comment-reason = Kaverin ystävällinen kommentti on kunnossa. Se ei paljasta mitään.

## Taso 4: kysymykset, jotka kysyvät liikaa

level-privacy-stranger-asks-title = Kuka haluaa tietää?
level-privacy-stranger-asks-instruction = Valitse joka kerta paras vastaus.
level-privacy-stranger-asks-learned = Voit aina sanoa ei. Pidä koulusi, katusi ja kavereidesi numerot omana tietonasi. Jos joku kyselee yhä, kerro aikuiselle.
level-privacy-stranger-asks-hint-1 = Mieti: kuka näkee vastaukseni, ja mitä hän voisi tehdä sillä?
level-privacy-stranger-asks-hint-2 = Tietosi ja kavereidesi numerot ovat teidän omianne. Voit aina sanoa ei.
level-privacy-stranger-asks-hint-3 = Peli toimii yhä, kun sanot ei yhteystiedoille.

privacy-stranger-asks-school = SkyRider9, nettikaveri, jota et ole koskaan tavannut, kysyy: ”Missä koulussa sä käyt?”
privacy-stranger-asks-school-tell = Kerron sen ja kerron sitten aikuiselle, että kerroin.
privacy-stranger-asks-school-tell-reason = Aikuiselle kertominen on hyvä, mutta nyt SkyRider9 tietää koulusi. Älä jaa sitä alun perinkään.
privacy-stranger-asks-school-town = Kerron vain kaupunkini.
privacy-stranger-asks-school-town-reason = Kaupunkisikin on vihje siitä, missä olet. Pidä sekin omana tietonasi.
privacy-stranger-asks-school-say-no = Sanon ei ja kerron aikuiselle.
privacy-stranger-asks-school-say-no-reason = Hienoa! Voit sanoa ei ystävällisesti. Aikuinen voi auttaa, jos SkyRider9 kyselee yhä.
privacy-stranger-asks-contacts = Pelatessasi peli kysyy: ”Sallitaanko Block Buildersin käyttää yhteystietojasi?”
privacy-stranger-asks-contacts-allow = Napautan ”Salli”, niin löydän kaverit nopeasti.
privacy-stranger-asks-contacts-allow-reason = Yhteystietosi ovat muiden ihmisten numeroita. Peli saisi ne kysymättä niiltä ihmisiltä.
privacy-stranger-asks-contacts-not-now = Napautan ”Älä salli”. Peli toimii silti.
privacy-stranger-asks-contacts-not-now-reason = Oikein! Yhteystietojesi numerot eivät ole sinun annettaviasi. Voit lisätä kavereita heidän pelinimillään.
privacy-stranger-asks-contacts-allow-then-delete = Sallin sen ja poistan myöhemmin koko pelin.
privacy-stranger-asks-contacts-allow-then-delete-reason = Kun pelillä on jo numerot, pelin poistaminen ei tuo niitä takaisin.
privacy-stranger-asks-quiz = Hauska testi sanoo: ”Supersankarinimesi = katusi + koulusi!”
privacy-stranger-asks-quiz-skip = Ohitan sen tai leikin keksityillä sanoilla.
privacy-stranger-asks-quiz-skip-reason = Hyvin mietitty! Katusi ja koulusi kertovat, mistä sinut löytää. Keksityt sanat ovat yhtä hauskoja.
privacy-stranger-asks-quiz-post = Kirjoitan oikean supersankarinimeni kommentteihin.
privacy-stranger-asks-quiz-post-reason = Nyt kaikki tietävät katusi ja koulusi. Yhdessä ne kertovat, mistä sinut löytää.
privacy-stranger-asks-quiz-send-friend = Lähetän sen vain yhdelle kaverille viestillä.
privacy-stranger-asks-quiz-send-friend-reason = Viestejä voi lähettää eteenpäin. Pidä oikeat vastauksesi omana tietonasi.

## Taso 5: ennen kuin julkaiset kuvan

level-privacy-before-posting-title = Valmis julkaisemaan?
level-privacy-before-posting-instruction = Haluat julkaista kuvan. Onko tämä hyvä askel ennen julkaisua, vai parempi ei?
level-privacy-before-posting-learned = Ennen kuin julkaiset, tarkista kuvasta vihjeet, kysy kuvassa olevilta ja valitse vain kaverit. Pidä sijaintitunnisteet pois päältä.
level-privacy-before-posting-hint-1 = Mieti: kun kuva on julkaistu, kuka voi nähdä sen ja mitä hän voi siitä oppia?
level-privacy-before-posting-hint-2 = Hyvät askeleet pitävät vihjeet ja vieraat poissa ja kysyvät kuvassa olevilta. Riskialttiit levittävät kuvaa tai tietoa siitä, missä olet.
level-privacy-before-posting-hint-3 = Sijaintitunniste kannattaa jättää pois.

privacy-bin-do = Tee se
privacy-bin-dont = Parempi ei

privacy-before-posting-clues = Tarkista kuvasta kyltit ja talonnumerot.
privacy-before-posting-clues-reason = Hyvä! Rajaa ne pois tai valitse toinen kuva, jottei kukaan tiedä, missä asut.
privacy-before-posting-location = Lisää sijaintitunniste, jotta kaverit löytävät sinut.
privacy-before-posting-location-reason = Sijaintitunniste näyttää kaikille, missä olet. Jätä se pois.
privacy-before-posting-ask = Kysy kaikilta kuvassa olevilta, sopiiko se.
privacy-before-posting-ask-reason = Se on heidänkin kuvansa. Julkaise se vain, jos he sanovat kyllä.
privacy-before-posting-everyone = Julkaise se kaikille, niin saat enemmän tykkäyksiä.
privacy-before-posting-everyone-reason = Kaikki tarkoittaa myös vieraita. Tykkäykset eivät ole sen arvoisia.
privacy-before-posting-audience = Valitse, kuka näkee sen: vain kaverit.
privacy-before-posting-audience-reason = Hyvä! Vain kaverit pitää vieraat poissa.
privacy-before-posting-surprise = Julkaise kaverin hassu kuva yllätyksenä.
privacy-before-posting-surprise-reason = Kysy ensin. Kaverisi ei ehkä halua sitä kuvaa nettiin.
