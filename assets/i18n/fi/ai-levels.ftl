# Maailma ”Tekoäly ja minä”. Ihmiset, sovellukset ja tilit ovat keksittyjä. Lyhyet korttitekstit.

world-ai-and-me = Tekoäly ja minä

ai-bin-ok-to-ask = Voi kysyä
ai-bin-good-use = Hyvä käyttö
ai-bin-not-ok = Ei käy

## Taso 2: mitä kertoa chatbotille

level-ai-what-to-tell-title = Juttelu chatbotin kanssa
level-ai-what-to-tell-instruction = Voiko tätä kysyä chatbotilta, vai kannattaako se pitää omana tietona?
level-ai-what-to-tell-learned = Kysy chatbotilta maailmasta, älä itsestäsi. Nimet, osoitteet, kuvat, salasanat ja salaisuudet ovat yksityisiä.
level-ai-what-to-tell-hint-1 = Kysy itseltäsi: koskeeko tämä maailmaa vai minua ja kavereitani?
level-ai-what-to-tell-hint-2 = Chatbotia ylläpitävä yritys voi lukea, mitä kirjoitat. Pidä omana tietonasi kaikki, mikä kertoo, kuka olet.
level-ai-what-to-tell-hint-3 = Lohikäärmetarinasta voi kysyä. Osoitteestasi ei.

ai-what-to-tell-volcano = Miten tulivuoret toimivat?
ai-what-to-tell-volcano-reason = Kysymys maailmasta ei paljasta mitään. Tarkista vastaus myös kirjasta.
ai-what-to-tell-address = Kotiosoitteesi
ai-what-to-tell-address-reason = Chatbotin ei tarvitse tietää, missä asut. Sen takana oleva yritys voi lukea, mitä kirjoitat.
ai-what-to-tell-name-school = Koko nimesi ja koulusi
ai-what-to-tell-name-school-reason = Yhdessä ne kertovat kenelle tahansa lukijalle, kuka olet ja mistä sinut löytää. Pidä ne omana tietonasi.
ai-what-to-tell-dragon = Ideoita lohikäärmetarinaan
ai-what-to-tell-dragon-reason = Ideoiden kysyminen on ok. Tee sitten tarinasta omasi.
ai-what-to-tell-password = Salasanasi, jotta se muistaa sen
ai-what-to-tell-password-reason = Chatbot ei koskaan tarvitse salasanaasi. Pidä se itselläsi ja sillä aikuisella, joka auttaa sinua sen kanssa.
ai-what-to-tell-face-photo = Kuva kasvoistasi
ai-what-to-tell-face-photo-reason = Kuva sinusta on henkilökohtainen. Älä anna sitä chatboteille, ja kysy luotettavalta aikuiselta ennen kuin jaat kuvia.
ai-what-to-tell-perimeter = Mitä ”piiri” tarkoittaa?
ai-what-to-tell-perimeter-reason = Sanan merkityksen kysyminen on ok. Opettajasi voi tarkistaa vastauksen kanssasi.
ai-what-to-tell-friend-secret = Salaisuus, jonka kaveri kertoi sinulle
ai-what-to-tell-friend-secret-reason = Se on kaverisi salaisuus. Sinun ei kuulu jakaa sitä, ei chatbotille eikä kenellekään.

## Taso 1: opeta robottia

level-ai-teach-the-robot-title = Opeta robottia
level-ai-teach-the-robot-instruction = Lajittele kortit ja opeta robotille, mikä on kissa. Testaa se sitten.
level-ai-teach-the-robot-learned = Robotti oppii vain esimerkeistään. Näytä sille monenlaisia kissoja, niin se tunnistaa uudetkin kissat.
level-ai-teach-the-robot-hint-1 = Katso kissoja, joista robotti oppi. Miten ne kaikki ovat samanlaisia?
level-ai-teach-the-robot-hint-2 = Jokainen sen näkemä kissa oli pieni ja oranssi. Se tarvitsee erinäköisiä kissoja.
level-ai-teach-the-robot-hint-3 = Lisää kisu, joka on harmaa, iso tai pörröinen.

## Taso 3: varma, mutta väärässä

level-ai-chatbot-sure-title = Varma, mutta väärässä
level-ai-chatbot-sure-instruction = Chatbot kuulostaa tosi varmalta. Mitä teet?
level-ai-chatbot-sure-learned = Chatbot voi kuulostaa varmalta ja olla silti väärässä. Tarkista kirjasta tai luotettavalta sivustolta, tai kysy aikuiselta.
level-ai-chatbot-sure-hint-1 = Onko jokin totta vain siksi, että se kuulostaa varmalta?
level-ai-chatbot-sure-hint-2 = Tarkista lähteestä, joka ei ole chatbot.
level-ai-chatbot-sure-hint-3 = Hämähäkistä: luonnontiedon kirja kertoo sen.

ai-chatbot-sure-spider-prompt = Kysyt läksyjä varten chatbotilta: ”Onko hämähäkki hyönteinen?” Se vastaa: ”Kyllä, hämähäkit ovat hyönteisiä.”
ai-chatbot-sure-spider-copy = Kirjoitan sen ylös. Se kuulostaa tosi varmalta.
ai-chatbot-sure-spider-copy-reason = Varmalta kuulostaminen ei ole oikeassa olemista. Hämähäkillä on 8 jalkaa, hyönteisellä 6.
ai-chatbot-sure-spider-check = Tarkistan kirjasta tai luotettavalta sivulta
ai-chatbot-sure-spider-check-reason = Oikein! Toinen lähde näyttää, että chatbot oli väärässä: hämähäkit eivät ole hyönteisiä.
ai-chatbot-sure-spider-ask-again = Kysyn chatbotilta: ”Oletko varma?”
ai-chatbot-sure-spider-ask-again-reason = Se voi vain sanoa taas kyllä. Tarkista lähteestä, joka ei ole chatbot.
ai-chatbot-sure-talk-prompt = Chatbot antaa sinulle upean faktan esitelmääsi varten. Et löydä sitä mistään muualta.
ai-chatbot-sure-talk-use-it = Käytän sitä: chatbot tietää asioita, joita me emme
ai-chatbot-sure-talk-use-it-reason = Chatbotit voivat keksiä faktoja, jotka kuulostavat oikeilta. Jos kukaan muu ei sano sitä, jätä se pois.
ai-chatbot-sure-talk-leave-out = Jätän sen pois tai kysyn opettajalta
ai-chatbot-sure-talk-leave-out-reason = Hyvä. Fakta, jota ei voi tarkistaa, ei ole valmis esitelmääsi.
ai-chatbot-sure-talk-tell-friends = Kerron kavereille, että se on totta
ai-chatbot-sure-talk-tell-friends-reason = Se levittää faktaa, jota kukaan ei ole tarkistanut. Tarkista se ensin.

## Taso 4: miksi tämä video?

level-ai-why-this-video-title = Miksi tämä video?
level-ai-why-this-video-instruction = Selvitä, miksi sovellus näyttää sinulle sitä, mitä näyttää.
level-ai-why-this-video-learned = Sovellukset oppivat siitä, mitä katsot, tykkäät ja haet. Etsi uusia asioita ja kerro sovellukselle, mitä et halua.
level-ai-why-this-video-hint-1 = Mieti, mitä teit sovelluksessa aiemmin.
level-ai-why-this-video-hint-2 = Sovellus valitsee videot sen mukaan, mitä katsot, tykkäät ja haet.
level-ai-why-this-video-hint-3 = Jos haluat nähdä muuta, näytä sovellukselle muita asioita, joista pidät.

ai-why-this-video-cakes-prompt = Katsoit kolme kakkuvideota loppuun asti. Nyt sovelluksesi näyttää paljon kakkuvideoita.
ai-why-this-video-cakes-everyone = Koko maailma katsoo tänään kakkuja
ai-why-this-video-cakes-everyone-reason = Tuskin! Sovellus valitsee videot sinulle sen mukaan, mitä teit.
ai-why-this-video-cakes-learned = Sovellus oppi siitä, mitä katsoit
ai-why-this-video-cakes-learned-reason = Oikein. Sovellukset valitsevat seuraavan sen mukaan, mitä katsot, tykkäät ja haet.
ai-why-this-video-cakes-teacher = Opettajasi kertoi sovellukselle, että pidät kakuista
ai-why-this-video-cakes-teacher-reason = Ei. Sovellus oppi sen omista napautuksistasi ja katselukerroistasi.
ai-why-this-video-more-prompt = Haluat nähdä muutakin kuin kakkuja. Mikä auttaa?
ai-why-this-video-more-search = Etsi uusia asioita ja napauta ”Ei kiinnosta”
ai-why-this-video-more-search-reason = Kyllä! Sovellus oppii siitäkin. Monessa sovelluksessa on ”Ei kiinnosta” -tyyppinen nappi.
ai-why-this-video-more-more-cakes = Katso vielä enemmän kakkuvideoita
ai-why-this-video-more-more-cakes-reason = Se opettaa sovellukselle, että haluat vain kakkuja.
ai-why-this-video-more-scroll = Jatka selaamista: sovellus muuttuu pian itsestään
ai-why-this-video-more-scroll-reason = Sovellus valitsee yhä sen mukaan, mitä teit ennen. Näytä sille, mistä muusta pidät.
ai-why-this-video-feel-bad-prompt = Sovellus näyttää sinulle jatkuvasti videoita, joiden jälkeen tunnet olosi huonoksi.
ai-why-this-video-feel-bad-keep-watching = Jatka katsomista, ettet jää mistään paitsi
ai-why-this-video-feel-bad-keep-watching-reason = Kun katsot lisää, sovellus näyttää sitä lisää. Lopeta ja pidä tauko.
ai-why-this-video-feel-bad-share = Jaa ne kavereille nähdäksesi, tuntuuko heistäkin pahalta
ai-why-this-video-feel-bad-share-reason = Se levittää pahaa oloa. Lopeta katsominen ja puhu jonkun luotettavan kanssa.
ai-why-this-video-feel-bad-stop-tell = Lopeta ja kerro luotettavalle aikuiselle
ai-why-this-video-feel-bad-stop-tell-reason = Hyvä. Se, miltä sinusta tuntuu, on tärkeämpää kuin sovellus. Aikuinen voi auttaa muuttamaan, mitä se näyttää.

## Taso 5: aito vai tekoälyn tekemä?

level-ai-fake-picture-title = Aito vai tekoälyn tekemä?
level-ai-fake-picture-instruction = Napauta jokaista vihjettä siitä, että tämä kuva voi olla tekoälyn tekemä tai ei totta.
level-ai-fake-picture-learned = Tekoäly osaa tehdä kuvia, jotka näyttävät aidoilta. Etsi vihjeitä, tarkista muista lähteistä ja kysy aikuiselta, kun epäilet.
level-ai-fake-picture-hint-1 = Yllättäisikö tämä kuva sinut oikeassa elämässä?
level-ai-fake-picture-hint-2 = Yllättävä, liian täydellinen, väärät yksityiskohdat ja kiire jakaa: kaikki ovat vihjeitä.
level-ai-fake-picture-hint-3 = Lue bussin kyltti tarkkaan.

ai-fake-picture-account = Julkaisija: @pic_planet, tänään klo 10.02
ai-fake-picture-account-reason = Nimi ja aika eivät yksin kerro, onko kuva aito. Katso itse kuvaa.
ai-fake-picture-photo = Kuva: pingviini, joka on koulubussin korkuinen
ai-fake-picture-photo-reason = Hyvin yllättävät kuvat ovat vihje. Katso, näyttävätkö uutiset tai luotettava sivusto sen myös.
ai-fake-picture-perfect = Kaikki näyttää sileältä ja täydelliseltä kuin lelu
ai-fake-picture-perfect-reason = Tekoälyn tekemät kuvat voivat näyttää liian täydellisiltä. Se on vihje, joten tarkista ennen kuin uskot.
ai-fake-picture-sign = Bussin kyltissä lukee ”KUOLUBSSI”
ai-fake-picture-sign-reason = Yksityiskohdat, jotka eivät ole oikein, kuten sekoittuneet kirjaimet, ovat vihje siitä, että kuva voi olla keksitty.
ai-fake-picture-caption = Kuvateksti: AITO!!! Jaa ennen kuin se poistetaan!
ai-fake-picture-caption-reason = Paine jakaa nopeasti on varoitusmerkki. Oikeat uutiset voivat odottaa, kun tarkistat.
ai-fake-picture-question = Kommentti: Millä uutissivustolla tämä on?
ai-fake-picture-question-reason = Hyvä kysymys! Muiden lähteiden tarkistaminen on oikein.
ai-fake-picture-comment = Kommentti: Eivät pingviinit ole noin isoja!
ai-fake-picture-comment-reason = Tämä kommentti epäilee aiheesta. Oman tiedon käyttäminen on hyvä tarkistus.

## Taso 6: onko se oikeasti hän?

level-ai-voice-message-title = Onko se oikeasti hän?
level-ai-voice-message-instruction = Ääniä ja videoita voi tehdä tekoälyllä. Mitä teet?
level-ai-voice-message-learned = Tekoäly osaa kopioida ääniä ja kasvoja. Jos viesti pyytää koodeja, rahaa tai nopeaa klikkausta, tarkista asia toista kautta ja kerro aikuiselle.
level-ai-voice-message-hint-1 = Todistaako oikealta kuulostava ääni, kuka puhuu?
level-ai-voice-message-hint-2 = Tarkista asia henkilöltä toista kautta, älä vastaamalla viestiin.
level-ai-voice-message-hint-3 = Laulajasta: hänen oma sivunsa kertoisi siitä myös.

ai-voice-message-cousin-prompt = Ääniviesti kuulostaa ihan serkultasi Leolta: ”Hukkasin puhelimeni! Lähetä vanhempiesi pankkikoodi, nopeasti!”
ai-voice-message-cousin-send = Lähetän sen: Leo on perhettä ja kuulostaa huolestuneelta
ai-voice-message-cousin-send-reason = Tekoäly voi kopioida äänen lyhyestä pätkästä. Eikä oikea serkku pyytäisi pankkikoodia.
ai-voice-message-cousin-check = Tarkistan Leolta toista kautta aikuisen kanssa
ai-voice-message-cousin-check-reason = Oikein. Älä luota pelkkään ääneen. Aikuinen voi soittaa Leolle numeroon, jonka hän tietää.
ai-voice-message-cousin-delete-after = Lähetän koodin, mutta pyydän poistamaan sen
ai-voice-message-cousin-delete-after-reason = Kun se on lähetetty, se ei ole enää sinun käsissäsi. Älä koskaan lähetä koodeja.
ai-voice-message-singer-prompt = Videolla laulaja Mila Star sanoo: ”Klikkaa tätä linkkiä ja saat ilmaisen tabletin!”
ai-voice-message-singer-click = Klikkaan nopeasti, ennen kuin tabletit loppuvat
ai-voice-message-singer-click-reason = Kiire on varoitusmerkki. Tällaisia videoita voi tehdä tekoälyllä huijaamiseen.
ai-voice-message-singer-check = Katson ensin hänen oman sivunsa ja uutiset
ai-voice-message-singer-check-reason = Kyllä. Jos hänen sivunsa ja uutiset eivät kerro siitä, video on väärennös.
ai-voice-message-singer-aunt = Pyydän tätiä klikkaamaan sitä puolestani
ai-voice-message-singer-aunt-reason = Ongelma on linkki, klikkasi sitä kuka tahansa. Tarkista ensin ja näytä sitten aikuiselle, miksi.

## Taso 7: tekoäly auttaa, sinä päätät

level-ai-you-decide-title = Tekoäly auttaa, sinä päätät
level-ai-you-decide-instruction = Onko tämä hyvä tapa käyttää tekoälyä koulussa vai ei?
level-ai-you-decide-learned = Tekoäly voi auttaa sinua oppimaan. Sinä ajattelet, tarkistat, mitä se sanoo, ja noudatat koulusi sääntöjä.
level-ai-you-decide-hint-1 = Kysy: kuka tässä ajattelee, minä vai tekoäly?
level-ai-you-decide-hint-2 = Tekoälyn käyttö ymmärtämiseen tai harjoitteluun on hyvä asia. Sen työn esittäminen omanasi ei ole.
level-ai-you-decide-hint-3 = Sanan selittäminen on hyvää käyttöä.

ai-you-decide-explain-word = Pyytää sitä selittämään sana, jota et tunne
ai-you-decide-explain-word-reason = Kun käytät tekoälyä ymmärtämiseen, opit. Tarkista, että selitys on järkevä.
ai-you-decide-copy-story = Palauttaa sen kirjoittama tarina omanasi
ai-you-decide-copy-story-reason = Se ei ole sinun työtäsi, etkä opi mitään. Kerro rehellisesti, mitä tekoäly teki.
ai-you-decide-quiz = Pyytää siltä harjoituskysymyksiä
ai-you-decide-quiz-reason = Sen kysymyksillä harjoittelu voi auttaa. Tarkista vastaukset muistiinpanoistasi.
ai-you-decide-whole-homework = Antaa sen tehdä kaikki läksysi
ai-you-decide-whole-homework-reason = Silloin ohitat ajattelun, jota varten läksyt ovat. Yritä ensin itse.
ai-you-decide-check-facts = Tarkistaa sen faktat kirjasta tai luotettavalta sivulta
ai-you-decide-check-facts-reason = Tekoäly voi olla väärässä. Tarkistaminen on fiksun käyttäjän tapa.
ai-you-decide-fake-photo = Tehdä hauska valekuva luokkakaverista
ai-you-decide-fake-photo-reason = Valekuvat oikeista ihmisistä voivat satuttaa heitä. Älä koskaan käytä tekoälyä kenenkään pilkkaamiseen.
ai-you-decide-own-words = Saada ideoita ja kirjoittaa omin sanoin
ai-you-decide-own-words-reason = Hyvä: ideat auttavat alkuun, ja työ on sinun.
ai-you-decide-against-rules = Käyttää sitä, vaikka opettaja kielsi
ai-you-decide-against-rules-reason = Koulusi päättää, milloin tekoälyä saa käyttää. Noudata sen sääntöjä.
