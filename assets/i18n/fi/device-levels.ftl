# Maailma ”Laitelaituri”: tabletin tai puhelimen ja itsestä huolehtiminen.
# Sovellukset, yritykset ja osoitteet ovat keksittyjä: älä muuta niitä. Ei puhelinnumeroita.

world-device-dock = Laitelaituri

## Taso 1: päivitykset ja ponnahdusikkunat

level-device-update-title = Päivityksen aika
level-device-update-instruction = Tablettisi näyttää viestin. Valitse paras tapa toimia.
level-device-update-learned = Oikeat päivitykset tulevat tabletin asetuksista ja pitävät sen turvassa. Pelottelevat ponnahdusikkunat ovat huijauksia.
level-device-update-hint-1 = Mistä viesti tulee: tabletilta itseltään vai verkkosivulta?
level-device-update-hint-2 = Päivitykset korjaavat heikkoja kohtia. Verkkosivu ei näe tablettisi sisälle.
level-device-update-hint-3 = Tabletin oma viesti on oikea päivitys. Sen asentaminen pitää tabletin turvassa.

device-update-system-prompt = Tablettisi sanoo: ”Järjestelmäpäivitys on valmis. Asennetaanko nyt?”
device-update-system-ignore = Ohitan sen ikuisesti. Päivitykset ovat tylsiä.
device-update-system-ignore-reason = Päivitykset korjaavat heikkoja kohtia, joita haittaohjelma voisi käyttää. Ilman niitä tablettisi on vähemmän turvassa.
device-update-system-install = Asennan sen tai pyydän aikuiselta apua.
device-update-system-install-reason = Tämä viesti tulee tabletilta itseltään. Päivitykset pitävät sen turvassa ja toimivana.
device-update-system-switch-off = Sammutan tabletin, niin se lakkaa kysymästä.
device-update-system-switch-off-reason = Päivitys kysyy myöhemmin uudelleen. Asentaminen on tapa pitää tablettisi turvassa.

device-update-popup-prompt = Verkkosivu ponnahtaa esiin: ”Tabletissasi on 5 virusta! Lataa CleanerPro heti!”
device-update-popup-download = Lataan CleanerPron nopeasti.
device-update-popup-download-reason = Tämä on huijaus. Lataus voi olla itse haittaohjelma.
device-update-popup-ok-button = Napautan ikkunan ”OK”, jotta se häviää.
device-update-popup-ok-button-reason = Väärennetyn ponnahdusikkunan napit voivat aloittaa latauksen. Sulje mieluummin koko sivu.
device-update-popup-close = Suljen sivun ja kerron aikuiselle.
device-update-popup-close-reason = Verkkosivu ei näe tablettisi sisälle, joten virukset ovat keksittyjä. Sivun sulkeminen on turvallista.

device-update-battery-prompt = Päivitys haluaa alkaa, mutta akkua on 5 %.
device-update-battery-charge = Laitan laturin ja päivitän sitten.
device-update-battery-charge-reason = Päivitys tarvitsee virtaa loppuun asti. Laturi kiinni, niin se valmistuu turvallisesti.
device-update-battery-start = Aloitan nyt ja pyydän aikuista katsomaan.
device-update-battery-start-reason = Katsominen ei auta, jos akku loppuu kesken: päivitys voi mennä pieleen. Lataa ensin.
device-update-battery-cancel = Peruutan sen enkä päivitä enää koskaan.
device-update-battery-cancel-reason = Päivitys on silti tärkeä tablettisi turvallisuudelle. Lataa se vain ensin.

## Taso 2: mitä taskulamppusovellus saa käyttää

device-bin-makes-sense = On järkevää
device-bin-no-sense = Ei ole järkevää

level-device-permissions-title = Taskulamppusovellus
level-device-permissions-instruction = Avaat uuden taskulamppusovelluksen. Sen ollessa käynnissä se pyytää lupaa käyttää näitä. Onko se järkevää?
level-device-permissions-learned = Sovellukset pyytävät lupia, kun käytät niitä. Napauta ”Älä salli”, kun sovellus ei tarvitse jotain. Voit muuttaa sen myöhemmin Asetuksissa.
level-device-permissions-hint-1 = Mitä taskulamppusovellus tarvitsee työhönsä?
level-device-permissions-hint-2 = Taskulampun tarvitsee vain tehdä valoa. Kaikki muu ei kuulu sen työhön.
level-device-permissions-hint-3 = Taskulampulla ei ole mitään tekemistä yhteystietojesi kanssa.

device-permissions-camera-light = Sytyttää kameran vieressä olevan valon
device-permissions-camera-light-reason = Se pieni valo on taskulamppu. Sovellus tarvitsee sitä työhönsä.
device-permissions-contacts = Käyttää yhteystietojasi
device-permissions-contacts-reason = Taskulamppu ei tarvitse kavereidesi nimiä ja numeroita. Napauta ”Älä salli”.
device-permissions-location = Käyttää tämän laitteen sijaintia
device-permissions-location-reason = Taskulamppu toimii samoin kaikkialla. Sen ei tarvitse tietää, missä olet.
device-permissions-screen-bright = Tehdä näytöstä kirkkaan valkoisen
device-permissions-screen-bright-reason = Jotkin taskulamput valaisevat koko näytön. Se kuuluu taskulampun työhön.
device-permissions-microphone = Tallentaa ääntä
device-permissions-microphone-reason = Taskulampun ei tarvitse kuulla sinua. Napauta ”Älä salli”: taskulamppu toimii silti.
device-permissions-notifications = Lähettää sinulle ilmoituksia
device-permissions-notifications-reason = Taskulampulla ei ole sinulle mitään kerrottavaa. Ilmoitukset olisivat vain mainoksia tai muistutuksia avata se.
device-permissions-photos = Käyttää tämän laitteen kuvia ja videoita
device-permissions-photos-reason = Kuvasi ovat yksityisiä. Taskulamppu ei tarvitse niitä valon tekemiseen.

## Taso 3: väärennetty virusvaroitus

level-device-fake-virus-title = Virushälytys!
level-device-fake-virus-instruction = Napauta jokaista varoitusmerkkiä tällä verkkosivulla.
level-device-fake-virus-learned = Verkkosivu ei voi löytää viruksia tabletistasi. Sulje pelottelevat sivut ja kerro aikuiselle.
level-device-fake-virus-hint-1 = Aloita ylhäältä. Kenen sivu tämä on?
level-device-fake-virus-hint-2 = Väärennetyt varoitukset huutavat, hoputtavat ja haluavat sinun lataavan jotain tai soittavan.
level-device-fake-virus-hint-3 = Iso vilkkuva varoitus on yksi varoitusmerkki. Sivulla on vielä neljä muuta.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Tämä on satunnainen verkkosivu, ei tablettisi. Verkkosivu ei voi tutkia tablettiasi virusten varalta.
device-fake-virus-warning = Vilkkuu punaisena: VAROITUS! 5 VIRUSTA LÖYDETTY!
device-fake-virus-warning-reason = Vilkkuminen ja isot kirjaimet yrittävät pelotella sinua, jotta lakkaisit ajattelemasta. Virukset ovat keksittyjä.
device-fake-virus-picture = Kuva: tabletti ja sininen kilpi
device-fake-virus-picture-reason = Kuva ei yksinään ole varoitusmerkki. Lue sen ympärillä olevat sanat.
device-fake-virus-countdown = Toimi 60 sekunnissa!
device-fake-virus-countdown-reason = Kello haluaa sinun kiirehtivän. Huijarit hoputtavat, ettet ehtisi kysyä keneltäkään.
device-fake-virus-download = Lataa CleanerPro.apk ja puhdista tablettisi
device-fake-virus-download-reason = Tämä lataus voi olla haittaohjelma. Hae sovelluksia vain virallisesta sovelluskaupasta, aikuisen kanssa.
device-fake-virus-phone = Tai soita heti tukinumeroomme!
device-fake-virus-phone-reason = Oikeat tablettien valmistajat eivät pyydä soittamaan verkkosivulta. Älä koskaan soita tällaiseen numeroon.
device-fake-virus-menu = Ohje · Tietoa meistä · Yhteystiedot
device-fake-virus-menu-reason = Valikkolinkkejä on useimmilla verkkosivuilla. Ne eivät yksinään ole varoitusmerkki.

## Taso 4: uusi sovellus turvallisesti

level-device-install-app-title = Uusi sovellus
level-device-install-app-instruction = Haluat uuden pelin, ja aikuinen sanoi kyllä. Laita vaiheet siihen järjestykseen, jossa ne tapahtuvat.
level-device-install-app-learned = Hae sovellukset virallisesta kaupasta ja tarkista ensin ikäraja ja Tietoturva. Asennuksen jälkeen salli vain se, mitä sovellus tarvitsee.
level-device-install-app-hint-1 = Mistä turvalliset sovellukset tulevat?
level-device-install-app-hint-2 = Sovelluksesta voi lukea vasta, kun olet löytänyt sen, ja se voi pyytää sinulta jotain vasta, kun se on asennettu.
level-device-install-app-hint-3 = Aloita virallisesta sovelluskaupasta. Ikäraja ja Tietoturva löytyvät sovelluksen sivulta.

device-install-app-store = Avaa virallinen sovelluskauppa (Play Kauppa).
device-install-app-store-reason = Tämä ensin. Virallisen kaupan sovellukset tarkistetaan haittaohjelmien varalta. Muualta tulevissa voi olla niitä piilossa.
device-install-app-read = Tarkista sovelluksen sivulta ikäraja ja Tietoturva.
device-install-app-read-reason = Seuraavaksi. Ikäraja (useimmissa Euroopan maissa PEGI) kertoo, kenelle sovellus on tarkoitettu. Tietoturva-kohdassa tekijät kertovat, mitä tietoja se kerää ja jakaa.
device-install-app-install = Napauta ”Asenna”.
device-install-app-install-reason = Asenna se nyt, kun olet lukenut sen sivun. Ennen tätä sovellus ei voi pyytää sinulta mitään.
device-install-app-say-no = Avaa sovellus. Salli vain se, mitä se tarvitsee.
device-install-app-say-no-reason = Sovellukset pyytävät lupia käytön aikana, eivät etukäteen. Napauta ”Älä salli”, kun se ei tarvitse jotain. Voit muuttaa sen myöhemmin Asetuksissa.
device-install-app-check = Etkö käytä sitä enää? Poista se.
device-install-app-check-reason = Tämä viimeiseksi. Sovellus, jota et käytä, vie silti tilaa ja voi yhä pitää tietojasi.

## Taso 5: tasapaino

level-device-screen-time-title = Tauon paikka?
level-device-screen-time-instruction = Valitse se, mikä on parasta sinulle ja kehollesi.
level-device-screen-time-learned = Tauot, uni ja oikeat kaverit ovat tärkeämpiä kuin mikään pelipalkinto tai putki.
level-device-screen-time-hint-1 = Mieti silmiäsi, untasi ja aikaasi.
level-device-screen-time-hint-2 = Pelit ja sovellukset yrittävät pitää sinut ruudun ääressä. Sinä päätät, milloin lopetat.
level-device-screen-time-hint-3 = Arkusta: uni on tärkeämpää kuin mikään pelipalkinto.

device-screen-time-eyes-prompt = Olet pelannut kaksi tuntia. Silmiäsi väsyttää.
device-screen-time-eyes-one-more = Pyydän aikuiselta tunnin lisää ja lepään sitten.
device-screen-time-eyes-one-more-reason = Väsyneet silmät tarvitsevat lepoa nyt, ei tunnin päästä, vaikka aikuinen sanoisi kyllä. Kuuntele kehoasi.
device-screen-time-eyes-break = Pidän tauon: katson kauas ja liikun.
device-screen-time-eyes-break-reason = Kauas katsominen lepuuttaa silmiä, ja liikkuminen tekee keholle hyvää.
device-screen-time-eyes-brighter = Lisään näytön kirkkautta ja jatkan.
device-screen-time-eyes-brighter-reason = Kirkkaampi näyttö ei auta väsyneitä silmiä. Ne tarvitsevat tauon näytöstä.

device-screen-time-chest-prompt = Peli sanoo: ”Tule takaisin 10 minuutin päästä, niin saat ilmaisen arkun!” On nukkumaanmenoaika.
device-screen-time-chest-stay-up = Valvon arkun takia 10 minuuttia pidempään.
device-screen-time-chest-stay-up-reason = Pelit käyttävät pieniä palkintoja, jotta jatkaisit pelaamista. Kymmenestä minuutista tulee usein enemmän.
device-screen-time-chest-alarm = Laitan herätyksen ja nousen yöllä hakemaan sen.
device-screen-time-chest-alarm-reason = Pelin takia herääminen katkaisee unesi. Huomenna olet väsynyt.
device-screen-time-chest-sleep = Menen nukkumaan. Arkku voi odottaa.
device-screen-time-chest-sleep-reason = Uni auttaa sinua kasvamaan, oppimaan ja voimaan hyvin. Mikään pelipalkinto ei ole unen menettämisen arvoinen.

device-screen-time-streak-prompt = Kaveri haluaa, että pidätte yllä chattiputkea joka päivä. Tänään sinulla on tosi kiire.
device-screen-time-streak-tell = Sanon: ”Kiire tänään, jutellaan pian!”
device-screen-time-streak-tell-reason = Oikea kaveri ymmärtää. Sovellukset käyttävät putkia saadakseen sinut palaamaan, mutta ystävyys ei tarvitse niitä.
device-screen-time-streak-homework = Jätän läksyt kesken pitääkseni putken.
device-screen-time-streak-homework-reason = Läksysi ovat tärkeämpiä kuin numero sovelluksessa. Putki ei ole sen stressin arvoinen.
device-screen-time-streak-password = Annan kaverille salasanani, jotta putki jatkuu.
device-screen-time-streak-password-reason = Älä koskaan jaa salasanaasi, ei edes hyvälle kaverille. Se on tilisi avain.
