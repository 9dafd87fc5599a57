# Maailma ”Salasanahuippu”. Ihmiset, nimet ja joukkueet ovat keksittyjä.
# pw-rank: viisi salasanaa pysyvät ennallaan. pw-build-first: sanoissa 1, 2 ja 6 on kolme
# kirjainta, muissa viisi tai enemmän. Paras vastaus ei ole koskaan pisin.

world-password-peak = Salasanahuippu

## Taso 1: kuka saa tietää salasanasi

level-pw-who-to-tell-title = Kuka saa tietää sen?
level-pw-who-to-tell-instruction = Lue, mitä tapahtuu. Valitse joka kerta paras vastaus.
level-pw-who-to-tell-learned = Salasanasi on vain sinua varten. Luotettava aikuinen, joka huolehtii sinusta, saa auttaa sinua sen kanssa.
level-pw-who-to-tell-hint-1 = Kysy itseltäsi: tarvitseeko tämä ihminen oikeasti salasanaani?
level-pw-who-to-tell-hint-2 = Kaverit ja pelin valvojat eivät koskaan tarvitse sitä. Vanhempasi tai huoltajasi voi auttaa pitämään sen turvassa.
level-pw-who-to-tell-hint-3 = Pelichatissa älä vastaa. Ilmoita siitä.

pw-who-to-tell-friend-prompt = Paras kaverisi Zoe kysyy: ”Mikä sun pelisalasana on? Haluan kokeilla sun uutta tasoa.”
pw-who-to-tell-friend-tell = Kerron sen. Hän on paras kaverini.
pw-who-to-tell-friend-tell-reason = Parhaatkin kaverit voivat vahingossa kertoa muille. Ja joskus kaverit riitaantuvat.
pw-who-to-tell-friend-say-no = Sanon: ”Sori, se on vain mua varten.”
pw-who-to-tell-friend-say-no-reason = Hienoa! Voitte silti pelata yhdessä. Hyvä kaveri ymmärtää.
pw-who-to-tell-friend-swap = Vaihdamme salasanoja, jotta se on reilua.
pw-who-to-tell-friend-swap-reason = Silloin kaksi salasanaa on muiden tiedossa yhden sijaan. Vaihtaminen ei tee siitä turvallisempaa.

pw-who-to-tell-moderator-prompt = Pelichatissa ”Mod_Max” kirjoittaa: ”Olen valvoja. Lähetä salasanasi tai tilisi suljetaan!”
pw-who-to-tell-moderator-send = Lähetän sen nopeasti ja kerron sitten aikuiselle.
pw-who-to-tell-moderator-send-reason = Aikuiselle kertominen on hyvä, mutta älä koskaan lähetä salasanaa. Oikeat valvojat eivät koskaan pyydä salasanaasi.
pw-who-to-tell-moderator-proof = Pyydän häntä todistamaan olevansa valvoja.
pw-who-to-tell-moderator-proof-reason = Huijarit voivat väärentää minkä tahansa todisteen. Kukaan pelistä ei tarvitse salasanaasi, joten älä lähetä sitä.
pw-who-to-tell-moderator-report = En vastaa. Ilmoitan ja kerron aikuiselle.
pw-who-to-tell-moderator-report-reason = Oikein! Pelin valvojat eivät koskaan tarvitse salasanaasi. Ilmoittaminen auttaa pysäyttämään huijarin.

pw-who-to-tell-parent-prompt = Vanhempasi tai huoltajasi auttaa sinua ottamaan uuden tabletin käyttöön. Hän kysyy, minkä salasanan valitsit.
pw-who-to-tell-parent-tell-mum = Kerron sen. Hän huolehtii minusta.
pw-who-to-tell-parent-tell-mum-reason = Kyllä! Luotettava aikuinen, joka huolehtii sinusta, kuten vanhempi tai huoltaja, saa tietää sen ja auttaa pitämään sen turvassa.
pw-who-to-tell-parent-nobody = En kerro kenellekään, en edes hänelle.
pw-who-to-tell-parent-nobody-reason = Pidä se kavereilta ja vierailta piilossa. Mutta vanhempi tai huoltaja, joka huolehtii sinusta, saa auttaa sinua.
pw-who-to-tell-parent-class-chat = Laitan sen luokan chattiin, etten unohda sitä.
pw-who-to-tell-parent-class-chat-reason = Kaikki chatissa voisivat lukea sen. Pyydä luotettavaa aikuista auttamaan sinua muistamaan se turvallisesti.

## Taso 2: heikoimmasta vahvimpaan

level-pw-rank-title = Heikko vai vahva?
level-pw-rank-instruction = Laita salasanat järjestykseen. Aloita heikoimmasta ja lopeta vahvimpaan.
level-pw-rank-learned = Monesta satunnaisesta sanasta tulee pitkä salasana. Se on paljon vahvempi kuin yksi sana ja numero.
level-pw-rank-hint-1 = Minkä salasanan arvaaja kokeilisi ensin?
level-pw-rank-hint-2 = Arvaajat kokeilevat ensin yleisiä salasanoja ja sanoja. Pitkät salasanat satunnaisista sanoista tulevat vasta viimeisenä.
level-pw-rank-hint-3 = 123456 on heikoin: se on yksi käytetyimmistä salasanoista.

pw-rank-digits = 123456
pw-rank-digits-reason = Tämä tulee ensin: se on heikoin. Se on yksi maailman käytetyimmistä salasanoista, joten se arvataan heti.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Tämä on toinen: yksi yleinen sana. Arvaajat kokeilevat pitkiä listoja tällaisia sanoja hyvin varhain.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Tämä on keskellä. Iso alkukirjain ja 1 lopussa ovat temppuja, jotka arvaajat tuntevat hyvin.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Tämä on neljäs. Kaksi yhteen sopimatonta sanaa on vaikeampi arvata, mutta kaksi on silti vähän.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Tämä tulee viimeisenä: se on vahvin. Neljästä satunnaisesta sanasta tulee pitkä salasana, joka on helppo muistaa.

## Taso 3: ensimmäinen sanoista tehty salasana

level-pw-build-first-title = Ensimmäinen sanasalasanasi
level-pw-build-first-instruction = Napauta sanapaloja ja rakenna vahva salasana vähintään 3 sanasta.
level-pw-build-first-learned = Kolmesta satunnaisesta sanasta tulee pitkä ja vahva salasana. Jätä pois se, mitä muut tietävät sinusta.
level-pw-build-first-hint-1 = Kertooko jokin paloista jotain sinusta?
level-pw-build-first-hint-2 = Valitse satunnaisia sanoja, joilla ei ole mitään tekemistä kanssasi. Tee siitä pitkä: 15 kirjainta tai enemmän.
level-pw-build-first-hint-3 = Rex on koirasi nimi, joten jätä se pois.

pw-build-first-word-1 = kuu
pw-build-first-word-2 = puu
pw-build-first-word-3 = raketti
pw-build-first-word-4 = tyyny
pw-build-first-word-5 = kilpikonna
pw-build-first-word-6 = jää
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex on koirasi nimi. Kaverisi tietävät sen, kuten kaikki, jotka näkevät koirakuvasi.
pw-build-first-year = 2016
pw-build-first-year-reason = Tämä on syntymävuotesi. Moni tietää sen, ja arvaajat kokeilevat vuosia ensimmäisinä.

## Taso 4: hyvät ja riskialttiit tavat

level-pw-habits-title = Hyvät tavat
level-pw-habits-instruction = Onko tämä hyvä tapa vai riskialtis? Lajittele jokainen kortti.
level-pw-habits-learned = Käytä eri salasanaa jokaisessa pelissä, pidä se salassa ja kirjaudu ulos jaetuilla tableteilla.
level-pw-habits-hint-1 = Kuvittele, että joku muu löytää tablettisi. Mitä hän voisi tehdä?
level-pw-habits-hint-2 = Hyvät tavat pitävät salasanasi salassa ja tilisi suljettuna muilta.
level-pw-habits-hint-3 = Uloskirjautuminen jaetulla tabletilla on hyvä tapa.

pw-habits-bin-good = Hyvä tapa
pw-habits-bin-risky = Riskialtis

pw-habits-one-per-game = Eri salasana jokaiseen peliin
pw-habits-one-per-game-reason = Jos joku saa selville yhden salasanan, muut pelisi pysyvät turvassa.
pw-habits-sticky-note = Salasanasi lapulla tabletin kyljessä
pw-habits-sticky-note-reason = Kuka tahansa tabletin ottava voi lukea sen. Kysy aikuiselta, missä sitä voi säilyttää turvallisesti.
pw-habits-log-out = Uloskirjautuminen jaetulla tabletilla
pw-habits-log-out-reason = Silloin seuraava ei voi pelata sinun nimissäsi. Kirjaudu aina ulos, kun jaat laitteen.
pw-habits-name-birthday = Nimesi ja syntymäpäiväsi salasanana
pw-habits-name-birthday-reason = Moni tietää nimesi ja syntymäpäiväsi. Arvaajat kokeilevat niitä ensimmäisinä.
pw-habits-best-friend = Salasanan kertominen parhaalle kaverille
pw-habits-best-friend-reason = Kaverit voivat vahingossa kertoa muille. Pidä salasanasi omana tietonasi.
pw-habits-ask-adult = Aikuiselta kysyminen, kun et ole varma
pw-habits-ask-adult-reason = Luotettava aikuinen voi auttaa sinua. Kysyminen on aina hyvä ajatus.

## Taso 5: erittäin vahva sanasalasana

level-pw-build-strong-title = Erittäin vahva!
level-pw-build-strong-instruction = Rakenna erittäin vahva salasana vähintään 4 sanapalasta.
level-pw-build-strong-learned = Neljästä satunnaisesta sanasta tulee erittäin vahva salasana. Lempinimet, koulut ja joukkueet on helppo arvata.
level-pw-build-strong-hint-1 = Jotkin palat näyttävät sanoilta, mutta ne kertovat sinusta. Mitkä?
level-pw-build-strong-hint-2 = Lempinimesi, koulusi ja joukkueesi on helppo saada selville.
level-pw-build-strong-hint-3 = Zippy on lempinimesi, joten jätä se pois.

pw-build-strong-word-1 = lumi
pw-build-strong-word-2 = lehti
pw-build-strong-word-3 = avain
pw-build-strong-word-4 = kivi
pw-build-strong-word-5 = rumpu
pw-build-strong-word-6 = sieni
pw-build-strong-word-7 = pöllö
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy on lempinimesi. Kaverisi ja koko luokkasi tietävät sen.
pw-build-strong-school = Tammela
pw-build-strong-school-reason = Tammela on koulusi. Moni tietää, missä koulussa käyt.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Kaikki tietävät, että fanitat Roversia. Arvaaja kokeilisi joukkuettasi aikaisin.

## Taso 6: kaksivaiheinen tunnistautuminen

level-pw-two-step-title = Koodi on vain sinulle
level-pw-two-step-instruction = Lue, mitä tapahtuu. Valitse joka kerta paras vastaus.
level-pw-two-step-learned = Kaksivaiheinen tunnistautuminen pyytää salasanan lisäksi koodin. Älä koskaan jaa koodia, vaikka joku pyytäisi.
level-pw-two-step-hint-1 = Kenelle koodi on: sinulle vai kenelle tahansa, joka pyytää?
level-pw-two-step-hint-2 = Koodi on toinen avain. Vain sinä käytät sitä, eikä kukaan muu koskaan tarvitse sitä.
level-pw-two-step-hint-3 = Kun kaveri pyytää koodiasi, pidä se itselläsi.

pw-two-step-what-prompt = Pelisi kysyy: ”Otetaanko kaksivaiheinen tunnistautuminen käyttöön?” Mitä se tekee?
pw-two-step-what-longer = Se tekee salasanasta kaksi kertaa pidemmän.
pw-two-step-what-longer-reason = Salasanasi pysyy samana. Siihen tulee lisäksi toinen vaihe: koodi.
pw-two-step-what-code = Se kysyy sinulta myös koodia.
pw-two-step-what-code-reason = Oikein! Salasanasi tietäväkään ei pääse sisään ilman koodia. Pyydä aikuista auttamaan sen käyttöönotossa.
pw-two-step-what-friends = Kaverit voivat kirjautua puolestasi.
pw-two-step-what-friends-reason = Ei. Se varmistaa, että vain sinä voit kirjautua.

pw-two-step-friend-prompt = Kaverisi Sam kirjoittaa: ”Lähetin vahingossa kirjautumiskoodini sun tablettiin. Voitko lähettää sen mulle?”
pw-two-step-friend-send = Lähetän sen. Sam on kaverini.
pw-two-step-friend-send-reason = Tämä on tunnettu temppu. Joku voi käyttää Samin tiliä. Koodin avulla hän voi viedä sinun tilisi.
pw-two-step-friend-adult-sends = Pyydän kotona aikuista lähettämään sen.
pw-two-step-friend-adult-sends-reason = Aikuiselle kertominen on oikein, mutta kenenkään ei pitäisi lähettää koodia. Ei edes aikuisen.
pw-two-step-friend-keep = En lähetä sitä. Kerron aikuiselle.
pw-two-step-friend-keep-reason = Oikein! Älä koskaan jaa koodia. Puhu Samin kanssa kasvotusten ja tarkista, onko se oikeasti Sam.

pw-two-step-unasked-prompt = Tabletillesi ponnahtaa kirjautumiskoodi, mutta et yrittänyt kirjautua.
pw-two-step-unasked-tell = En jaa sitä kenellekään ja kerron siitä aikuiselle.
pw-two-step-unasked-tell-reason = Oikein! Joku voi yrittää käyttää salasanaasi. Aikuinen voi auttaa sinua vaihtamaan sen.
pw-two-step-unasked-class-chat = Laitan sen luokan chattiin.
pw-two-step-unasked-class-chat-reason = Silloin kuka tahansa chatissa voisi käyttää sitä. Koodi on vain sinulle. Kerro mieluummin aikuiselle.
pw-two-step-unasked-reply = Vastaan ja kysyn, kuka sen lähetti.
pw-two-step-unasked-reply-reason = Älä vastaa. Koodi tuli, koska joku yritti kirjautua sinuna. Kerro aikuiselle.

## Taso 7: salasanojen hallintasovellus

level-pw-manager-title = Kassakaappi salasanoille
level-pw-manager-instruction = Tämä on Mian salasanojen hallintasovellus. Se muistaa hänen salasanansa. Napauta jokaista asetusta, joka ei ole turvallinen, ja korjaa se.
level-pw-manager-learned = Salasanojen hallintasovellus muistaa salasanasi. Yksi vahva sanasalasana suojaa kaikkia muita. Ota se käyttöön luotettavan aikuisen kanssa.
level-pw-manager-hint-1 = Mikä asetus auttaisi jotakuta avaamaan Mian salasanat?
level-pw-manager-hint-2 = Pääsalasana suojaa kaikkia muita, joten sen pitää olla vahvin.
level-pw-manager-hint-3 = Aloita pääsalasanasta.

pw-manager-set-up = Otettu käyttöön: luotettavan aikuisen kanssa
pw-manager-set-up-reason = Hyvä! Luotettava aikuinen voi auttaa ottamaan sen käyttöön ja pitämään sen turvassa.
pw-manager-main-password = Pääsalasana: 1234
pw-manager-main-password-reason = Tämä yksi salasana avaa kaikki muut. Tee siitä pitkä ja vahva: kolme satunnaista sanaa.
pw-manager-main-password-fixed = Pääsalasana: kolme satunnaista sanaa
pw-manager-one-each = Tallentaa: eri salasanan jokaiseen peliin
pw-manager-one-each-reason = Hyvä! Se muistaa ne, joten jokaisella pelillä voi olla oma salasanansa.
pw-manager-make-new = Tee minulle vahvoja salasanoja: Pois
pw-manager-make-new-reason = Se osaa tehdä pitkiä, satunnaisia salasanoja ja muistaa ne puolestasi. Laita se päälle.
pw-manager-make-new-fixed = Tee minulle vahvoja salasanoja: Päällä
pw-manager-lock = Lukitse sovellus, kun suljen sen: Pois
pw-manager-lock-reason = Silloin kuka tahansa tabletin ottava näkisi kaikki Mian salasanat.
pw-manager-lock-fixed = Lukitse sovellus, kun suljen sen: Päällä
pw-manager-device = Tallennettu: omaan tablettiini kotona
pw-manager-device-reason = Salasanojen tallentaminen omaan tablettiin on ok. Älä koskaan tallenna niitä kirjaston tietokoneelle.
