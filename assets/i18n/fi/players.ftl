# Pelaajat jaetulla tabletilla. Pelinimet ovat kaksi listoista valittua sanaa.
# Suomessa ei ole kieliopillista sukua, joten adjektiivit eivät muutu.

players-title = Kuka pelaa?
players-empty = Aloita napauttamalla ”Uusi pelaaja”.
players-previous = Edelliset pelaajat
players-next = Lisää pelaajia
players-page = Sivu { $page }/{ $pages }
player-new = Uusi pelaaja
grown-ups = Aikuisille

nickname = { $adjective } { $animal }

player-new-title = Uusi pelaaja
player-edit-title = Nimeni ja kuvani
player-done = Valmis
player-preview = Olet { $name }
pick-picture = Valitse kuva
pick-colour = Valitse väri
pick-adjective = Valitse sana
pick-animal = Valitse eläin
nickname-surprise = Yllätä minut

adj-brave = Rohkea
adj-bright = Loistava
adj-calm = Rauhallinen
adj-clever = Fiksu
adj-cheerful = Iloinen
adj-gentle = Lempeä
adj-happy = Onnellinen
adj-kind = Ystävällinen
adj-lucky = Onnekas
adj-quick = Nopea
adj-sunny = Aurinkoinen
adj-wise = Viisas

animal-bear = Karhu
animal-cat = Kissa
animal-dolphin = Delfiini
animal-eagle = Kotka
animal-fox = Kettu
animal-frog = Sammakko
animal-lion = Leijona
animal-owl = Pöllö
animal-panda = Panda
animal-rabbit = Kani
animal-tiger = Tiikeri
animal-turtle = Kilpikonna

picture-sun = Aurinko
picture-moon = Kuu
picture-star = Tähti
picture-heart = Sydän
picture-tree = Puu
picture-flower = Kukka
picture-fish = Kala
picture-house = Talo
picture-rocket = Raketti
picture-crown = Kruunu
picture-leaf = Lehti
picture-boat = Vene

avatar-colour-red = Punainen
avatar-colour-orange = Oranssi
avatar-colour-yellow = Keltainen
avatar-colour-green = Vihreä
avatar-colour-teal = Turkoosi
avatar-colour-blue = Sininen
avatar-colour-purple = Violetti
avatar-colour-pink = Pinkki

profile-error-full = Tämä tabletti on täynnä. Aikuinen voi siirtää pelaajia toiseen tablettiin.
profile-error-name-taken = Toisella pelaajalla on jo tämä nimi. Valitse muut sanat.
profile-error-other = Se ei onnistunut. Yritä uudelleen.

# Kuvasalasana: kolme kuvaa järjestyksessä.
secret-open-title = Napauta kolmea kuvaasi
secret-set-title = Valitse salasanaasi 3 kuvaa
secret-confirm-title = Napauta samoja 3 kuvaa uudelleen
secret-progress = { $count }/{ $total } { $total ->
        [one] kuva
       *[other] kuvaa
    }
secret-wrong = Ei ihan. Yritä uudelleen.
secret-ask-grown-up = Ei ihan. Jos unohdit kuvasi, pyydä opettajaa nollaamaan ne.
secret-mismatch = Ne olivat eri kuvat. Aloita alusta.
secret-skip = Ei salasanaa
secret-remove = Poista salasanani

player-age-title = Kuinka vanha olet?
player-age-older = Yli 12? Valitse 10–12. Aikuinen voi muuttaa sen.

title-hello = Hei, { $name }!
title-change-player = Vaihda pelaajaa
title-edit-me = Nimeni ja kuvani
title-password = Kuvasalasana
title-save-file = Tallenna tähteni tiedostoon
save-to-file = Tallenna tiedostoon

# Aikuisten portti: kertolasku, jota pieni lapsi ei arvaa.
gate-title = Aikuisille
gate-question = Paljonko on { $a } × { $b }?
gate-typed = Vastaus: { $typed }
gate-wrong = Se ei ole oikein. Tässä uusi kysymys.
gate-delete = Poista numero
gate-ok = OK

adults-title = Tämän tabletin pelaajat
adults-save-all = Tallenna kaikki pelaajat tiedostoon
adults-bring = Tuo pelaajia tiedostosta
adults-clear = Tyhjennä tämä tabletti
adults-clear-confirm = { $count ->
        [one] Napauta uudelleen, niin ainoa pelaaja poistetaan
       *[other] Napauta uudelleen, niin kaikki { $count } pelaajaa poistetaan
    }
adults-cleared = Tämä tabletti on nyt tyhjä.
adults-player = { $stars ->
        [one] { $name }: yksi tähti
       *[other] { $name }: { $stars } tähteä
    }
adults-save-one = Tallenna pelaaja { $name } tiedostoon
adults-reset-secret = Nollaa pelaajan { $name } kuvasalasana
adults-secret-reset = Pelaajalla { $name } ei ole nyt kuvasalasanaa.
adults-delete = Poista pelaaja { $name }
adults-delete-confirm = Napauta uudelleen, niin pelaaja { $name } poistetaan
adults-deleted = Pelaaja { $name } poistettiin.
adults-saved = { $count ->
    [one] Yksi pelaaja tallennettiin tiedostoon. Avaa se toisessa tabletissa kohdasta ”Tuo pelaajia tiedostosta”.
   *[other] { $count } pelaajaa tallennettiin tiedostoon. Avaa se toisessa tabletissa kohdasta ”Tuo pelaajia tiedostosta”.
}
adults-save-failed = Tiedostoa ei voitu tallentaa.
adults-include-secrets = Lisää kuvasalasanat tiedostoon
adults-secrets-left-out = Nyt tehtävissä tiedostoissa ei ole kuvasalasanoja; toisessa tabletissa jo oleva salasana säilyy.
adults-secrets-included = Nyt tehtävissä tiedostoissa on kuvasalasanat: kuka tahansa tiedoston avaava voi lukea ne.
adults-help = Oppilaiden siirtäminen: tallenna heidät täällä tiedostoon, kopioi tiedosto toiseen tablettiin ja tuo heidät sinne. Siinä tabletissa jo olevat pelaajat säilyttävät kaikki tähtensä.
adults-help-insecure = Tätä sivua ei tarjoilla HTTPS:n kautta, joten se ei toimi ilman verkkoa eikä sitä voi lisätä aloitusnäytölle. Kaikki muu toimii. README kertoo, miten sivu tarjoillaan.
adults-voices-open = Ääneen lukeminen
adults-voices-some = Tämä tabletti osaa lukea ääneen näillä kielillä: { $languages }
adults-voices-none = Tämä tabletti ei vielä osaa lukea ääneen millään pelin kielistä.
adults-voices-help = Näin lisäät puheäänen Android-tablettiin: avaa Asetukset, etsi ”Tekstistä puheeksi -toisto”, avaa ensisijaisen moottorin asetukset ja asenna haluamasi kielen äänitiedot. Avaa sitten peli uudelleen. Ääneen lukevat vain tablettiin tallennetut äänet, joten mitään ei lähetetä muualle luettavaksi.
adults-band = Pelaajan { $name } ikäryhmä: { $band }
adults-band-unset = Ikää ei valittu
adults-band-changed = { $name }: nyt { $band }.
adults-band-help = Napauta pelaajan ikäryhmää vaihtaaksesi sen. Pelaaja näkee ensin oman ikäryhmänsä tasot. Oppilaat valitsevat aloittaessaan 7–9 tai 10–12; vain aikuinen voi valita 12–14, ikäryhmän, jossa on aiheita vanhemmille oppilaille. ”Ikää ei valittu” lasketaan ryhmään 7–9.

import-done = Valmis: { $added ->
        [one] yksi uusi pelaaja
       *[other] { $added } uutta pelaajaa
    }, päivitetty { $updated }{ $refused ->
        [0] .
       *[other] , tuomatta jäi { $refused } (tabletti on täynnä tai uudempi Byte Bridge pitää heidät täällä).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Yksi pelaaja sai uuden pelinimen, koska hänen nimensä oli jo käytössä täällä.
       *[other] {" "}{ $renamed } pelaajaa sai uuden pelinimen, koska heidän nimensä oli jo käytössä täällä.
    }
import-error-too-large = Tämä tiedosto on liian suuri pelaajatiedostoksi.
import-error-not-ours = Tämä ei ole Byte Bridgen pelaajatiedosto.
import-error-newer = Tämä tiedosto on uudemmasta Byte Bridgestä. Päivitä ensin peli tässä tabletissa.
import-error-damaged = Tämä pelaajatiedosto on vioittunut, joten mitään ei muutettu. Tallenna se uudelleen toisessa tabletissa.
import-error-over-limits = Tiedoston pelaajalla on enemmän kuin Byte Bridge koskaan säilyttää (liian pitkiä ohjelmia, liikaa yrityksiä tai tasoja), yksin tai yhdessä saman pelaajan kanssa tässä tabletissa. Mitään ei muutettu.
import-error-unreadable = Tiedostoa ei voitu lukea. Yritä uudelleen.

offline-needs-https = Tätä sivua ei tarjoilla HTTPS:n kautta, joten se ei toimi ilman internetiä.
update-reload = Uusi versio valmiina: napauta, niin se käynnistyy
save-file-failed = Tiedostoa ei voitu tallentaa. Yritä uudelleen.
