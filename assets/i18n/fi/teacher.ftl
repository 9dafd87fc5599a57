# Opettajan sivu. Suomalaisen käyttöliittymän tapaan kehotukset ovat yksikössä, asiallisesti.

teacher-page-title = Byte Bridge opettajille
teacher-title = Byte Bridge opettajille
teacher-tagline = Anna luokallesi tasoja, kerää tulokset ja näe, kuka tarvitsee apua.
teacher-skip = Siirry sivun sisältöön
teacher-language = Kieli

## Ohje
teacher-help = Ohje: minne luokan tiedot menevät?
teacher-help-local = Kaikki tämän sivun tiedot pysyvät tässä selaimessa tällä laitteella. Tilejä tai palvelinta ei ole: mitään ei lähetetä minnekään, ellet määritä oppimistietovarastoa kohdassa ”Lähetä oppimistietovarastoon”.
teacher-help-files = Tulokset tulevat oppilaiden tableteista tiedostoina tai QR-koodeina. Tuo tiedostot kohdassa ”Kerää tulokset” tai skannaa koodit tämän laitteen kameralla.
teacher-help-signing = Kun ”Allekirjoita oppilaiden tiedostot luokan avaimella” on valittuna, tabletit allekirjoittavat jokaisen tulostiedoston ja QR-koodin. Jälkikäteen muokattu tiedosto merkitään tässä eikä sitä lasketa; ja kun oppilaan tiedostoja on kerran allekirjoitettu, hänen tiedostojaan ja koodejaan ilman kelvollista allekirjoitusta ei myöskään lasketa. Avain säilytetään tableteissa, joten tämä paljastaa muokatut tiedostot, mutta ei henkilöä, joka kopioi avaimen tabletista ja allekirjoittaa keksittyjä tuloksia.
teacher-help-notes = Oikeat nimet, jotka kirjoitat pelinimen viereen, pysyvät tässä selaimessa. Ne lähtevät siitä vain, jos valitset ”Ota mukaan oikeat nimet” ja lataat sitten CSV:n tai tulostat luokkanäkymän.
teacher-help-backup = Jos tyhjennät tämän selaimen tiedot, myös luokan tiedot poistuvat. Lataa CSV silloin tällöin varmuuskopioksi.
teacher-help-insecure = Tätä sivua ei tarjoilla HTTPS:n kautta, joten se ei toimi ilman verkkoa eikä voi käyttää kameraa. Tulostiedostot toimivat aina.

## Ilmoitukset
teacher-dismiss = OK
teacher-storage-full = Tämän selaimen tallennustila on täynnä, joten viimeisimpiä muutoksia ei ole tallennettu. Lataa CSV nyt ja poista sitten vanhoja linkkejä tai tyhjennä vanhoja luokkatietoja.
teacher-storage-blocked = Tämä selain ei anna sivun tallentaa mitään (yksityinen tila tai asetus). Kaikki katoaa, kun suljet välilehden, joten lataa CSV ennen sitä.
teacher-error-action = Jokin meni vikaan. Lataa sivu uudelleen ja yritä uudestaan; kaikki tähän mennessä tallennettu säilyy.
teacher-error-start = Opettajan sivua ei voitu käynnistää. Lataa se uudelleen. Jos ongelma toistuu, kokeile ajantasaista Chromea, Edgeä tai Firefoxia.
teacher-update-ready = Byte Bridgestä on valmiina uusi versio.
teacher-update = Lataa nyt uudelleen

## Anna tasoja luokalle
teacher-assign-title = Anna tasoja luokalle
teacher-assign-intro = Valitse tasot ja luo linkki. Oppilaat avaavat linkin tableteillaan tai skannaavat sen QR-koodin ja löytävät tasot päivän tehtävänä.
teacher-class-name = Luokan nimi
teacher-class-name-hint = Esimerkiksi 4B. Nimi kulkee linkin mukana tableteille, joten älä käytä oppilaan nimeä.
teacher-levels = Tasot
teacher-band-filter = Ikäryhmä
teacher-band-all = Kaikki iät
teacher-competence-filter = DigComp 2.2 -osaamisalue
teacher-competence-all = Kaikki osaamisalueet
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 -osaamisalue
teacher-digcomp3-all = Kaikki osaamisalueet
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Koko ”{ $world }”
teacher-no-levels = Mikään taso ei vastaa näitä suodattimia.
teacher-levels-selected = { $count ->
        [0] Yhtään tasoa ei ole vielä valittu.
        [one] { $count } taso valittu.
       *[other] { $count } tasoa valittu.
    }
teacher-select-none = Tyhjennä valinta
teacher-lock = Lukitse muut tasot
teacher-lock-hint = Oppilaat voivat pelata vain näitä tasoja niin kauan kuin tämä tehtävä on heidän tabletillaan.
teacher-sign = Allekirjoita oppilaiden tiedostot luokan avaimella
teacher-sign-hint = Tulostiedosto tai QR-koodi, jota on muokattu tabletin tallennuksen jälkeen, merkitään eikä sitä lasketa. Avain säilytetään tableteissa, joten sen tabletista kopioiva voi silti allekirjoittaa keksittyjä tuloksia.
teacher-create = Luo linkki

## Linkki
teacher-link-ready = Luokkasi linkki
teacher-link = Linkki
teacher-copy = Kopioi linkki
teacher-copied = Linkki kopioitu.
teacher-copy-manual = Linkki on valittuna. Kopioi se laitteesi kopiointitoiminnolla.
teacher-qr-label = Linkin QR-koodi luokalle { $name }
teacher-qr-caption = Oppilaat skannaavat tämän koodin tabletin kameralla ja avaavat tehtävän.
teacher-print-sheet = Tulosta lomake
teacher-earlier-title = Aiemmat linkit
teacher-assignment-meta = { $count ->
        [one] { $count } taso
       *[other] { $count } tasoa
    }, luotu { $date }
teacher-assignment-levels = { $count ->
        [one] Näytä taso
       *[other] Näytä kaikki { $count } tasoa
    }
teacher-assignment-locked = muut tasot lukittu
teacher-assignment-signed = tiedostot allekirjoitetaan
teacher-assignment-unsigned = tiedostoja ei allekirjoiteta
teacher-show-qr = Näytä QR-koodi
teacher-hide-qr = Piilota QR-koodi
teacher-remove = Poista linkki
teacher-remove-confirm = Poistetaanko luokan ”{ $name }” linkki tältä sivulta?
teacher-remove-yes = Kyllä, poista
teacher-cancel = Peruuta
teacher-assignment-option = { $name } ({ $date })

## Oppilaille tulostettava lomake
teacher-sheet-title = Päivän tehtävä
teacher-sheet-how = Skannaa koodi tabletin kameralla tai kirjoita alla oleva linkki selaimeen.
teacher-sheet-levels = Päivän tasot

## Kerää tulokset
teacher-collect-title = Kerää tulokset
teacher-collect-intro = Tuo oppilaiden tulostiedostot, niin monta kerralla kuin haluat, tai skannaa heidän tablettiensa QR-koodit.
teacher-drop-hint = Pudota oppilaiden tiedostot tähän
teacher-files-label = Oppilaiden tulostiedostot
teacher-choose-files = Valitse tiedostot
teacher-results-title = Tuodut
teacher-results-empty = Tiedostoja ei ole vielä tuotu.
teacher-results-clear = Tyhjennä tämä lista
teacher-file-altered = Varoitus: tätä tiedostoa on muokattu sen jälkeen, kun tabletti tallensi sen.
teacher-file-failed = Ei tuotu:
teacher-file-unreadable = Tiedostoa { $file } ei voitu lukea. Yritä uudelleen tai tallenna se uudelleen tabletissa.
teacher-code-unreadable = Tätä QR-koodia ei voitu lukea. Yritä uudelleen.
teacher-status-signed = allekirjoitettu
teacher-status-unsigned = tarkistamaton
teacher-status-summary = QR-koodista
teacher-scan-title = Skannaa QR-koodeja
teacher-scan-intro = Osoita kameralla oppilaan tuloskoodia. Kamera etsii seuraavaa oppilasta, kunnes pysäytät sen.
teacher-scan = Skannaa QR-koodi
teacher-stop-camera = Pysäytä kamera
teacher-camera-label = Kameran kuva
teacher-camera-starting = Käynnistetään kameraa…
teacher-camera-looking = Etsitään QR-koodia…
teacher-camera-next = Saatiin. Näytä seuraava koodi.
teacher-camera-stopped = Kamera on pois päältä.
teacher-camera-unavailable = Kameraa ei voi käyttää tässä: sitä ei ole, sitä ei sallittu tai sivua ei tarjoilla HTTPS:n kautta. Tulostiedostot toimivat aina.
teacher-scanner-unavailable = QR-koodin lukijaa ei voitu ladata. Käy kerran verkossa ja yritä uudelleen. Tulostiedostot toimivat aina.

## Luokkasi
teacher-class-title = Luokkasi
teacher-show-assignment = Näytä
teacher-all-levels = Kaikki tasot
teacher-no-pupils = Ei vielä tuloksia. Kerää oppilaiden tiedostot tai koodit yllä.
teacher-note-hint = Oikeat nimet pysyvät vain tällä laitteella. Ladattavissa tiedostoissa niitä ei ole, ellei ”Ota mukaan oikeat nimet” ole valittuna.
teacher-note-label = Oikea nimi
teacher-note-for = Pelaajan { $name } oikea nimi
teacher-grid-caption = { $count ->
        [one] { $count } oppilas, kaikki tasot
       *[other] { $count } oppilasta, kaikki tasot
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } oppilas
       *[other] { $name }: { $count } oppilasta
    }
teacher-pupil = Oppilas
teacher-pupil-altered = Muokattu tiedosto
teacher-cell-empty = ei pelattu
teacher-cell-detail = { $attempts ->
        [one] { $attempts } yritys
       *[other] { $attempts } yritystä
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } vihje
       *[other] {" "}· { $hints } vihjettä
    }
teacher-forget = Poista oppilas
teacher-forget-pupil = Poista oppilas { $name }
teacher-forget-confirm = Poistetaanko { $name } ja kaikki hänen tuloksensa tältä sivulta?
teacher-forget-yes = Kyllä, poista
teacher-forgotten = { $name } poistettiin.

## Yksi oppilas yhdellä tasolla
teacher-cell-title = { $pupil }: { $level }
teacher-close = Sulje
teacher-no-attempts = Ei vielä yrityksiä.
teacher-attempt-title = Yritys { $number }, { $when }
teacher-attempt-stars = Tähdet
teacher-stars-count = { $count ->
        [one] { $count } tähti
       *[other] { $count } tähteä
    }
teacher-attempt-outcome = Tulos
teacher-attempt-time = Aika
teacher-attempt-hints = Vihjeet
teacher-attempt-mistakes = Virheet
teacher-program-main = Pääohjelma
teacher-program-p1 = Apuri 1
teacher-program-p2 = Apuri 2
teacher-program-empty = (tyhjä)
teacher-tile-else = muuten
teacher-code = Koodina
teacher-code-note = Sama ohjelma tekstinä, Pythonin kaltaisella kielellä. Oppilaat näkevät sen pelissä valinnalla ”Näytä koodina”.
teacher-answers = Vastaukset

## Tasoittain
teacher-summary-title = Tasoittain
teacher-summary-caption = Miten kukin taso meni
teacher-summary-level = Taso
teacher-summary-played = Pelattu
teacher-summary-finished = Läpäisty
teacher-summary-stuck = Jumissa
teacher-summary-mean = Yrityksiä keskimäärin
teacher-summary-common = Yleisimmät ongelmat
teacher-problem-count = { $text } × { $count }

## Lataa, tulosta, tyhjennä
teacher-export-title = Lataa, tulosta, tyhjennä
teacher-include-notes = Ota mukaan oikeat nimet
teacher-include-notes-hint = Valitse tämä vain tiedostoon tai tulosteeseen, joka jää sinulle, esimerkiksi omiin muistiinpanoihisi.
teacher-download-csv = Lataa CSV
teacher-download-xapi = Lataa xAPI (JSON)
teacher-print-class = Tulosta luokkanäkymä
teacher-clear = Tyhjennä luokan tiedot
teacher-clear-confirm = Poistetaanko tästä selaimesta kaikki oppilaat, tulokset, oikeat nimet ja linkit? Tätä ei voi perua. Lataa CSV ensin, jos haluat säilyttää tulokset.
teacher-clear-yes = Kyllä, poista kaikki
teacher-cleared = Luokan tiedot poistettiin.
teacher-language-unavailable = Kieltä { $language } ei voitu ladata: tässä selaimessa sitä ei vielä ole. Yhdistä internetiin ja valitse kieli uudelleen.

## Lähetä oppimistietovarastoon (LRS)
teacher-lrs-title = Lähetä oppimistietovarastoon
teacher-lrs-intro = Jos koulusi tai ministeriö kerää tuloksia oppimistietovarastoon (Learning Record Store, LRS), anna tässä sen xAPI-osoite, avain ja salaisuus. Jokainen tuomasi tulos lähetetään silloin sinne automaattisesti, kukin vain kerran. Osoite, avain ja salaisuus pysyvät tässä selaimessa: oppilaiden tabletit eivät saa niitä koskaan.
teacher-lrs-endpoint = xAPI-osoite (endpoint)
teacher-lrs-key = Avain (käyttäjätunnus)
teacher-lrs-secret = Salaisuus (salasana)
teacher-lrs-secret-kept = Jätä tyhjäksi, niin tälle osoitteelle ja avaimelle aiemmin tallennettu salaisuus säilyy.
teacher-lrs-save = Tallenna ja lähetä
teacher-lrs-forget = Unohda tämä oppimistietovarasto
teacher-lrs-retry = Yritä nyt uudelleen
teacher-lrs-off = Oppimistietovarastoa ei ole määritetty. Tulokset pysyvät tässä selaimessa ja lataamissasi tiedostoissa.
teacher-lrs-done = { $sent ->
        [one] Tulos on oppimistietovarastossa.
       *[other] Kaikki { $sent } tulosta ovat oppimistietovarastossa.
    }
teacher-lrs-sending = { $waiting ->
        [one] Lähetetään: yksi tulos odottaa.
       *[other] Lähetetään: { $waiting } tulosta odottaa.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Yksi tulos odottaa: oppimistietovarastoon ei saada yhteyttä. Yritetään uudelleen { $seconds } s:n kuluttua. Jos tilanne jatkuu, pyydä oppimistietovaraston ylläpitäjää sallimaan tämän sivun osoite.
       *[other] { $waiting } tulosta odottaa: oppimistietovarastoon ei saada yhteyttä. Yritetään uudelleen { $seconds } s:n kuluttua. Jos tilanne jatkuu, pyydä oppimistietovaraston ylläpitäjää sallimaan tämän sivun osoite.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Yksi tulos odottaa: oppimistietovarasto vastasi virheellä { $status }. Yritetään uudelleen { $seconds } s:n kuluttua.
       *[other] { $waiting } tulosta odottaa: oppimistietovarasto vastasi virheellä { $status }. Yritetään uudelleen { $seconds } s:n kuluttua.
    }
teacher-lrs-stopped-key = Lähettäminen on pysäytetty: oppimistietovarasto ei hyväksy tätä avainta ja salaisuutta. Tarkista ne ja tallenna uudelleen.
teacher-lrs-stopped-forbidden = Lähettäminen on pysäytetty: tällä avaimella ei saa lisätä tuloksia oppimistietovarastoon. Pyydä sen ylläpitäjältä avain, jolla voi kirjoittaa xAPI-lausumia (statements).
teacher-lrs-stopped-address = Lähettäminen on pysäytetty: tämä osoite ei vastaa niin kuin oppimistietovarasto (vastaus { $status }). Tarkista xAPI-osoite.
teacher-lrs-refused = { $refused ->
        [one] Oppimistietovarasto hylkäsi yhden tuloksen. Se on siirretty sivuun, eikä sitä lähetetä uudelleen.
       *[other] Oppimistietovarasto hylkäsi { $refused } tulosta. Ne on siirretty sivuun, eikä niitä lähetetä uudelleen.
    }
teacher-lrs-load-damaged = Tähän selaimeen tallennettuja oppimistietovaraston asetuksia ei voitu lukea. Anna ne uudelleen: tuloksia, jotka ovat jo oppimistietovarastossa, ei tallenneta kahdesti.
teacher-lrs-load-newer = Oppimistietovaraston asetukset on tallentanut tämän sivun uudempi versio. Lataa sivu uudelleen, niin saat uuden version; siihen asti mitään ei lähetetä.
teacher-lrs-error-no-address = Anna oppimistietovaraston xAPI-osoite.
teacher-lrs-error-address = Tämä ei ole oppimistietovaraston verkko-osoite. Sen pitäisi näyttää tältä: https://lrs.example.org/xAPI/, ilman merkkejä ? ja #.
teacher-lrs-error-insecure = Osoitteen täytyy alkaa https://, jotta avain ja tulokset kulkevat salattuina.
teacher-lrs-error-credentials-in-address = Kirjoita avain ja salaisuus omiin kenttiinsä, ei osoitteeseen.
teacher-lrs-error-no-key = Anna avain ja salaisuus, jotka sait oppimistietovarastoa varten.
teacher-lrs-error-bad-key = Avaimessa ei saa olla merkkiä ":". Avaimessa ja salaisuudessa ei saa olla rivinvaihtoja.
teacher-lrs-error-too-long = Osoite, avain tai salaisuus on liian pitkä (enintään 500 merkkiä kukin).
teacher-lrs-forgotten = Oppimistietovaraston osoite, avain ja salaisuus poistettiin tästä selaimesta.
teacher-lrs-empty = Ei vielä mitään lähetettävää. Tuomasi tulokset lähtevät oppimistietovarastoon automaattisesti.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Nimi
made-field-task = Tehtävänanto
made-field-learned = ”Mitä oppilaat oppivat”
made-field-hint = Vihje
made-field-box = Laatikko
made-field-card = Kortti
made-field-prompt = Tilanne
made-field-reply = Vastaus
made-field-part = Viestin rivi
made-field-reason = Perustelu
made-problem-damaged = Tämä ei ole tällä sivulla tehty taso, tai se on vioittunut.
made-problem-newer = Tämä taso on tehty tämän sivun uudemmalla versiolla. Lataa sivu uudelleen, niin saat uuden version.
made-problem-language = Tämä sivu ei tunne tason kieltä.
made-problem-missing = { $field }: täytä tämä kohta.
made-problem-too-long = { $field }: lyhennä tekstiä (enintään { $max } { $max ->
        [one] merkki
       *[other] merkkiä
    }).
made-problem-undrawable = { $field }: joitakin merkkejä ei voi näyttää tableteilla: { $chars }. Käytä kirjaimia, numeroita ja tavallisia välimerkkejä (ei emojeja).
made-problem-hints = Tasossa tarvitaan kolme vihjettä: pieni tönäisy, idea ja sitten osa vastauksesta.
made-problem-count = { $field }: liian vähän tai liian monta (enintään { $max }).
made-problem-one-right = Merkitse täsmälleen yksi vastaus oikeaksi.
made-problem-box-unused = Jokaiseen laatikkoon pitää kuulua vähintään yksi kortti.
made-problem-flags = Merkitse vähintään yksi rivi varoitusmerkiksi ja jätä vähintään yksi rivi ilman varoitusmerkkiä.
made-problem-board-size = Laudan leveyden pitää olla 2–{ $max } { $max ->
        [one] ruutu
       *[other] ruutua
    } ja korkeuden 1–{ $max } { $max ->
        [one] ruutu
       *[other] ruutua
    }.
made-problem-board-start = Laita laudalle täsmälleen yksi aloitusruutu.
made-problem-board-goal = Laita laudalle lippu tai vähintään yksi lamppu.
made-problem-board = Lauta rikkoo pelin sääntöä. Tarkista ruudut ja tarjoamasi palikat.
made-problem-tiles = Tarjoa vähintään yksi palikka.
made-problem-already-solved = Robotti on valmis jo ennen kuin se liikkuu: siirrä lippu kauemmas aloitusruudusta.
made-problem-slots = Lyhyimmässä ohjelmassa, joka ratkaisee tämän laudan, on { $tiles } { $tiles ->
        [one] palikka
       *[other] palikkaa
    }. Anna ohjelmaan tilaa vähintään { $tiles } { $tiles ->
        [one] palikalle
       *[other] palikalle
    }.
made-problem-unsolvable = Robotti ei pääse näillä palikoilla lipulle (ja jokaiseen lamppuun). Avaa reitti tai tarjoa lisää palikoita (esimerkiksi käännöksiä tai silmukka).
made-problem-too-large = Tämä lauta on liian suuri tarkistettavaksi: mikään alle { $tiles } { $tiles ->
        [one] palikan
       *[other] palikan
    } ohjelma ei ratkaise sitä, ja pidempiä on liian monta kokeiltavaksi. Pienennä lautaa tai lyhennä reittiä, tai tarjoa silmukka.
made-problem-par = Tasolla ei ole vielä parasta ratkaisua: tarkista se ensin tällä sivulla.
made-checked-robot = Robotti selviää: parhaassa ohjelmassa on { $par } { $par ->
        [one] palikka
       *[other] palikkaa
    }. Oppilaat saavat 3 tähteä, kun ohjelmassa on enintään { $par } { $par ->
        [one] palikka
       *[other] palikkaa
    }.
made-checked-answers = Valmis: jokaisella vastauksella on perustelu.
made-kind-robot_grid = Robotti laudalla
made-kind-sort = Lajittelu kahteen laatikkoon
made-kind-pick_reply = Vastauksen valinta
made-kind-spot_flags = Varoitusmerkkien etsintä
made-copy-title = { $title } (kopio)
made-import-done = { $added ->
    [one] Yksi taso lisättiin.
   *[other] { $added } tasoa lisättiin.
} { $skipped ->
    [0] {""}
    [one] Yksi oli täällä jo.
   *[other] { $skipped } oli täällä jo.
}
made-import-not-ours = { $file } ei ole tämän sivun tasotiedosto.
made-import-too-large = { $file } on liian suuri tasotiedostoksi (enintään 1 Mt ja 100 tasoa).
made-import-bad-level = { $file }: tasoa { $number } (”{ $title }”) ei voi käyttää, joten mitään ei lisätty. { $problem }
made-assign-too-many = Luokan linkissä voi olla enintään { $max } { $max ->
        [one] itse tehty taso
       *[other] itse tehtyä tasoa
    }.
made-assign-unknown = Yksi valitsemistasi tasoista ei ole enää kirjastossasi. Valitse tasot uudelleen.
made-qr-too-long = Tämä linkki on liian pitkä QR-koodiksi, jonka tabletti pystyy lukemaan ({ $length } { $length ->
        [one] merkki
       *[other] merkkiä
    }; koodiin mahtuu { $max }). Jaa itse linkki, tai lataa tiedosto ja avaa se jokaisella tabletilla kohdassa ”Aikuisille” → ”Tuo pelaajia tiedostosta”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Tee omia tasoja
made-page-intro = Kirjoita taso omin sanoin ja tarkista, että se toimii. Tasosi säilyvät tässä selaimessa kohdassa ”Omat tasot”, ja voit antaa niitä luokalle samoin kuin pelin omia tasoja.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Uusi taso
made-page-editing = Muokkaat tasoa ”{ $title }”
made-page-editing-hint = Tallentaminen korvaa vanhan version omissa tasoissasi.
made-page-start-new = Aloita uusi taso
made-page-kind = Tason tyyppi
made-page-band = Ikäryhmä
made-page-title = Nimi
made-page-task = Tehtävänanto: mitä oppilaiden pitää tehdä
made-page-learned = Mitä oppilaat oppivat (näytetään lopussa)
made-page-hints = Kolme vihjettä
made-page-hint-1 = Vihje 1: pieni tönäisy
made-page-hint-2 = Vihje 2: idea
made-page-hint-3 = Vihje 3: osa vastauksesta, ei koko vastaus

# The robot grid.
made-page-width = Leveys (ruutuina)
made-page-height = Korkeus (riveinä)
made-page-paint = Maalattava ruutu
made-page-board = Lauta
made-page-board-hint = Maalaa ruutu napauttamalla sitä. Laudalla on yksi aloitusruutu ja yksi lippu: kun maalaat uuden, se siirtyy uuteen paikkaan. Näppäimistöllä nuolinäppäimet siirtävät ruudusta toiseen.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rivi { $row }, ruutu { $column }: { $what }
made-page-square-wall = seinä
made-page-square-floor = lattia
made-page-square-start = aloitus
made-page-square-flag = lippu
made-page-square-lamp = lamppu
made-page-square-red = punainen lattia
made-page-square-blue = sininen lattia
made-page-square-green = vihreä lattia
made-page-facing = Robotti katsoo aluksi suuntaan
made-page-facing-north = pohjoinen (ylös)
made-page-facing-east = itä (oikealle)
made-page-facing-south = etelä (alas)
made-page-facing-west = länsi (vasemmalle)
made-page-tiles = Palikat, joita oppilaat saavat käyttää
made-page-conditions = Kysymykset, joita palikat ”Jos” ja ”Toista niin kauan kuin” saavat kysyä
made-page-conditions-hint = Valitse vähintään yksi.
made-page-slots-main = Palikoita pääohjelmassa (1–16)
made-page-slots-p1 = Palikoita apurissa Apuri 1 (1–10)

# Sort into two boxes.
made-page-box-left = Vasen laatikko (väkänen)
made-page-box-right = Oikea laatikko (rasti)
made-page-cards = Kortit (2–{ $max })
made-page-card = Kortti { $number }
made-page-card-box = Kortin { $number } laatikko
made-page-reason-card = Miksi kortti { $number } kuuluu sinne
made-page-add-card = Lisää kortti
made-page-remove-card = Poista kortti { $number }

# Pick the reply.
made-page-prompt = Tilanne, esimerkiksi viesti, jonka oppilaat saavat
made-page-replies = Vastaukset (2–4, yksi niistä oikein)
made-page-reply = Vastaus { $number }
made-page-right = Vastaus { $number } on oikea
made-page-reason-reply = Miksi vastaus { $number } on oikein tai väärin
made-page-add-reply = Lisää vastaus
made-page-remove-reply = Poista vastaus { $number }

# Spot the red flags.
made-page-screen = Mitä oppilaat näkevät
made-page-screen-message = Chat-viesti
made-page-screen-email = Sähköposti
made-page-screen-web = Verkkosivu
made-page-parts = Rivit ylhäältä alas (2–{ $max }: osa varoitusmerkkejä, osa kunnossa)
made-page-part = Rivi { $number }
made-page-flag = Rivi { $number } on varoitusmerkki
made-page-reason-part = Miksi rivi { $number } on kunnossa tai varoitusmerkki
made-page-add-part = Lisää rivi
made-page-remove-part = Poista rivi { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Poista
made-page-check = Tarkista taso
made-page-save = Tallenna omiin tasoihin
made-page-checking = Tasoa tarkistetaan. Tämä voi kestää muutaman sekunnin…
# After saving; a made-checked-… message follows it.
made-page-saved = ”{ $title }” on tallennettu omiin tasoihisi.
made-page-copied = Kopio on yllä olevassa lomakkeessa. Muokkaa sitä ja tallenna se.

# My levels.
made-page-library = Omat tasot
made-page-library-empty = Ei vielä tasoja. Tallentamasi tasot näkyvät tässä.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = paras: { $par } { $par ->
        [one] palikka
       *[other] palikkaa
    }
made-page-edit = Muokkaa
made-page-edit-level = Muokkaa tasoa { $title }
made-page-copy = Kopioi
made-page-copy-level = Kopioi taso { $title }
made-page-remove-level = Poista taso { $title }
made-page-remove-confirm = Poistetaanko ”{ $title }” omista tasoistasi? Jo luoduissa linkeissä se säilyy.
made-page-remove-yes = Kyllä, poista
made-page-removed = ”{ $title }” poistettiin omista tasoistasi.
made-page-download = Lataa omat tasot
made-page-import = Lisää tasoja tiedostosta
made-page-import-file = Tasotiedosto
made-page-import-unreadable = Tiedostoa { $file } ei voitu lukea.

# In "Give levels to a class".
made-page-assign = Itse tehdyt tasot
made-page-assign-none = Kohdassa ”Tee omia tasoja” tallentamasi tasot näkyvät tässä.
made-page-assign-max = Yhdessä linkissä enintään { $max }. Linkki, jossa on itse tehtyjä tasoja, allekirjoitetaan aina.
made-page-assignment-file = Lataa tiedosto tableteille
