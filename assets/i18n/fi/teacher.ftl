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
