# Mitä mediataidon tasotyypit näyttävät omien tekstiensä ympärillä.

answer-next = Seuraava
answer-right = Oikein!
answer-wrong = Ei ihan.
answer-feedback = { $verdict } { $reason }

pick-screen = Mitä tekisit?
pick-start = Lue, mitä tapahtuu, ja napauta parasta vastausta.
pick-progress = Kysymys { $current }/{ $total }
pick-option-best = Paras vastaus: { $text }
pick-option-not-best = Ei paras: { $text }

order-screen-steps = Vaiheet
order-screen-rank = Salasanat
order-start = Napauta vaihetta, joka tulee ensin.
order-start-rank = Napauta ensin heikointa salasanaa.
order-progress = { $placed }/{ $total } järjestyksessä
order-step-placed = { $number }. { $text }
order-done = { $last } Kaikki on järjestyksessä. Napauta ”Valmis”.

password-screen = Uusi salasana
password-empty = Napauta alla olevia sanoja ja rakenna salasana.
password-shown = Salasana: { $password }
password-piece = Lisää { $text }
password-remove = Poista viimeinen
password-clear = Aloita alusta
password-pieces = { $count } { $count ->
        [one] osa
       *[other] osaa
    } (vähintään { $min }, enintään { $max })
password-meter-empty = Vahvuus: ei vielä mitään
password-meter-pending = Vahvuus: mitataan…
password-meter-unavailable = Vahvuusmittaria ei voitu ladata. Tarkista yhteys ja muuta sitten salasanaa, niin se yrittää uudelleen.
password-meter = Vahvuus: { $score }. { $time }
password-personal = Varo! { $reason }
password-build-empty = Aloita sanalla. Valitse sanoja, joilla ei ole mitään tekemistä sinun kanssasi.
password-build-personal = Poista osa, joka kertoo sinusta: sinut tuntevat voisivat arvata sen.
password-build-short = Lisää sanoja: käytä vähintään { $min }.
password-build-weak = Ei vielä tarpeeksi vahva. Lisää sana tai vaihda yksi. Tavoite: ”{ $target }”.
password-build-done = Vahva, pitkä eikä mitään sinusta. Napauta ”Valmis”!
password-score-0 = Erittäin heikko
password-score-1 = Heikko
password-score-2 = Kohtalainen
password-score-3 = Vahva
password-score-4 = Erittäin vahva
password-time-instantly = Tietokone arvaa sen alle minuutissa.
password-time-minutes = Tietokone arvaa sen minuuteissa.
password-time-hours = Tietokone arvaa sen tunneissa.
password-time-days = Tietokone tarvitsee päiviä sen arvaamiseen.
password-time-years = Tietokone tarvitsee vuosia sen arvaamiseen.
password-time-centuries = Tietokone tarvitsee satoja vuosia sen arvaamiseen.
password-meter-limited = Vahvuus: { $score }. { $limit }
password-limit-short = Liian lyhyt ollakseen vahva. Tee siitä vähintään 15 kirjaimen pituinen.
password-limit-few-words = Vahvoissa salasanoissa on vähintään kolme satunnaista sanaa.
password-limit-common-words = Nämä sanat ovat hyvin yleisiä. Vaihda yksi harvinaisempaan.

address-screen = Linkki
address-claim = Tämä linkki väittää vievänsä sivustolle { $brand }.
address-start = Lue osoitteen nimi lopusta päin, älä alusta.
address-find = Napauta osaa, joka nimeää sivuston.
address-judge = Onko tämä oikeasti { $brand }?
address-yes = Kyllä, se on { $brand }
address-no = Ei ole
address-part = Osoitteen osa: { $text }
address-progress = Linkki { $current }/{ $total }
address-found = Kyllä! Tämä osa nimeää sivuston: { $site }. Onko se { $brand }?
address-verdict-real = Tämä linkki vie sivustolle { $site }, joka on oikeasti { $brand }.
address-verdict-other = Tämä linkki vie sivustolle { $site }, ei sivustolle { $brand }. Nimi { $brand } muualla osoitteessa on vain naamio.
address-verdict-lookalike = Katso tarkkaan: jotkin kirjaimet ovat toisesta aakkostosta. Selain lukee { $real }, eikä se ole { $brand }.
address-part-scheme = ”https://” tarkoittaa vain, ettei kukaan voi salakuunnella matkalla. Se ei kerro, kuka sivustoa ylläpitää.
address-part-user = Selain ei mene siihen, mitä on ennen @-merkkiä. Huijarit laittavat siihen kuuluisan nimen.
address-part-subdomain = Tämä on vain etuosa. Sivuston omistaja voi kirjoittaa tähän minkä sanan tahansa, jopa kuuluisan nimen.
address-part-site = Tämä osa nimeää sivuston: pääte ja nimi juuri sen edessä. Se kertoo, kuka sivustoa ylläpitää.
address-part-port = Tämä numero on ovi sivustolle. Se ei kerro, kuka sitä ylläpitää.
address-part-path = Tämä osa tulee sivuston nimen jälkeen. Omistaja voi kirjoittaa tähän mitä tahansa.
address-part-query = Tämä osa tulee sivuston nimen jälkeen. Omistaja voi kirjoittaa tähän mitä tahansa.
address-part-fragment = Tämä osa vain hyppää kohtaan sivulla. Se ei kerro, kuka sivustoa ylläpitää.
address-shown = { $words }. Oikeasti se vie osoitteeseen:
address-verdict-shown = Sen sanat sanovat yhtä, mutta se vie sivustolle { $site }, ei sivustolle { $brand }.
address-verdict-note = { $reason } { $note }
