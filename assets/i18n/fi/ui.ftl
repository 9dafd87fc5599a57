language-name = Suomi
app-title = Byte Bridge
app-tagline = Opi koodaamaan ja toimimaan turvallisesti netissä
title-play = Pelaa
language-picker = Kieli
language-open = Kieli: { $language }
language-loading = Ladataan kieli { $language }…
language-not-on-device = Kieli { $language } ei ole vielä tässä tabletissa. Yhdistä kerran internetiin, niin saat sen. Tässä tabletissa: { $ready }
language-damaged = Kieli { $language } ei tullut perille kokonaan. Yritä myöhemmin uudelleen. Tässä tabletissa: { $ready }

back = Takaisin
notice-dismiss = OK

map-title = Tasot
level-status-locked = lukittu
level-status-new = pelaamatta
level-status-stars = { $stars }/3 tähteä
map-level = { $number }. { $title }, { $status }
map-locked-hint = Pelaa edellinen taso läpi, niin tämä aukeaa.
map-world = { $title }, { $status }
map-world-stars = { $stars }/{ $max } { $max ->
        [one] tähti
       *[other] tähteä
    }

result-title = Taso läpäisty!
result-stars = { $stars }/3 tähteä
result-new-best = Uusi ennätys!
result-learned-heading = Mitä opit
result-next = Seuraava taso
result-retry = Pelaa uudelleen
result-levels = Kaikki tasot

storage-unavailable = Tämä tabletti ei voi tallentaa juuri nyt. Voit pelata, mutta tähtesi katoavat, kun sivu suljetaan.
storage-recovered-damaged = Tallennettua pelaajaa ei voitu lukea, eikä hyvää kopiota ollut. Se on pantu talteen tähän tablettiin.
storage-recovered-backup = Osa tallennetuista tähdistä oli vioittunut. Viimeisin hyvä kopio palautettiin.
storage-newer-version = Osa pelaajista on tallennettu uudemmalla Byte Bridgellä. Ne ovat tallessa: päivitä peli, niin näet ne.
storage-full = Tabletin muisti on täynnä. Tallenna tähtesi tiedostoon, ettei mitään katoa.

hint = Vihje
hint-shown = Vihje { $number }: { $hint }

read-aloud = Lue ääneen
read-aloud-stop = Lopeta lukeminen
settings-open = Asetukset
settings-title = Asetukset
settings-read-everything = Lue kaikki ääneen
settings-read-everything-about = Peli lukee jokaisen tason, vihjeen ja tuloksen ääneen heti, kun ne tulevat näkyviin.
settings-no-voice = Tässä tabletissa ei ole vielä puheääntä tälle kielelle. Aikuinen voi lisätä sellaisen.
settings-robot-speed = Robotin nopeus: { $speed }
settings-calm = Vähemmän liikettä
settings-calm-about = Robotti hyppää ruudusta ruutuun liukumisen sijaan. Tämä on päällä alusta asti, jos tabletti on asetettu näyttämään vähemmän liikettä.
settings-contrast = Suuri kontrasti
settings-contrast-about = Tausta muuttuu mustaksi, sanat valkoisiksi ja napit saavat valkoiset reunat. Joidenkin on näin helpompi nähdä.
settings-text-size = Tekstin koko: { $size }
settings-text-size-about = Napauta uudelleen, niin sanat kasvavat, jopa kaksi kertaa isommiksi. Sitten ne palaavat normaaliin kokoon.
text-size-normal = normaali
text-size-big = iso
text-size-bigger = isompi
text-size-biggest = isoin
settings-more-space = Enemmän tilaa
settings-more-space-about = Enemmän tilaa kirjainten ja rivien väliin. Joidenkin on näin helpompi lukea.
