# Päivän tehtävä (opettajan valitsemat tasot) ja ”Lähetä opettajalle”. Lyhyet, selkeät lauseet.

## Luokan linkki, jota ei voi käyttää
mission-link-damaged = Tämä luokan linkki on rikki. Pyydä linkki opettajalta uudelleen.
mission-link-newer = Tämä luokan linkki on uudemmasta Byte Bridgestä. Pyydä opettajaa auttamaan pelin päivittämisessä.
mission-link-no-levels = Tässä luokan linkissä ei ole tasoja, jotka tämä peli tuntee. Pyydä opettajaa auttamaan pelin päivittämisessä.
mission-stored-unreadable = Tämän tabletin päivän tehtävää ei voitu lukea. Pyydä linkki opettajalta uudelleen.

## Aloitusnäkymä ja kartta
mission-title = Päivän tehtävä: { $class }
mission-level = { $title }, { $status }
mission-previous = Edelliset tasot
mission-next = Lisää tasoja
mission-map-locked = Opettajasi valitsi päivän tasot.
mission-locked-hint = Tämä taso ei kuulu päivän tehtävään.

## Aikuisille
mission-remove = Poista päivän tehtävä ({ $class })
mission-removed = Päivän tehtävä poistettiin tästä tabletista.

## Lähetä opettajalle
send-to-teacher = Lähetä opettajalle
send-for-class = Tähtesi luokalle { $class }
send-no-class = Tähtesi tässä tabletissa
send-save = Tallenna tiedosto
send-share = Jaa
send-show-code = Näytä QR-koodi
send-saved = Tiedostosi on tallennettu. Anna se opettajallesi.
send-code-caption = Näytä tämä koodi opettajasi kameralle
send-code-image = QR-koodi, jossa ovat tähtesi opettajalle
send-code-failed = Koodia ei voitu tehdä. Tallenna sen sijaan tiedosto.

## Koulun oppimisalustalla (Kolibri, LMS): alustalla opiskeleva oppilas on pelaaja.
# Näytetään, kun peli ei saa yhteyttä koulun oppimisalustaan (SCORM-rajapintaa ei ole, cmi5-käynnistys epäonnistui, Kolibri-siltaa ei ole).
package-unreachable = Peli ei saanut yhteyttä koulusi oppimisalustaan. Voit silti pelata, ja tähtesi pysyvät tällä laitteella.
# Näytetään, kun edistymistä, jonka alusta on tallentanut oppilaalle, ei voitu lukea.
package-saved-unreadable = Toisella laitteella saatuja tähtiäsi ei voitu lukea. Voit jatkaa pelaamista tästä.
mission-link-made-refused = Tässä luokan linkissä on opettajan tekemä taso, joka on rikki tai jota on muutettu, joten linkkiä ei käytetty. Pyydä linkki opettajalta uudelleen.
made-world-title = Opettajasi tekemät
made-by-teacher = Opettajasi tekemä
made-by-teacher-in = Opettajasi tekemä, kieli: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Luokan { $class } päivän tehtävä on nyt tässä tabletissa.
