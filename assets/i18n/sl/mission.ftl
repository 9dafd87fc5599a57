# Today's mission (levels a teacher chose) and "Send to my teacher".
# $class is the name the teacher gave the class, e.g. "4B".

## A class link that cannot be used
mission-link-damaged = Ta povezava razreda je poškodovana. Prosi učitelja za povezavo še enkrat.
mission-link-newer = Ta povezava razreda je iz novejše različice Byte Bridge. Prosi učitelja, naj ti pomaga posodobiti igro.
mission-link-no-levels = V tej povezavi razreda ni stopenj, ki bi jih ta igra poznala. Prosi učitelja, naj ti pomaga posodobiti igro.
mission-stored-unreadable = Današnje naloge na tej tablici ni bilo mogoče prebrati. Prosi učitelja za povezavo še enkrat.

## The player's home and the map
mission-title = Današnja naloga: { $class }
mission-level = { $title }, { $status }
mission-previous = Prejšnje stopnje
mission-next = Več stopenj
mission-map-locked = Današnje stopnje je izbral učitelj.
mission-locked-hint = Ta stopnja ni del današnje naloge.

## Grown-ups
mission-remove = Odstrani današnjo nalogo ({ $class })
mission-removed = Današnja naloga je odstranjena s te tablice.

## Send to my teacher
send-to-teacher = Pošlji učitelju
send-for-class = Tvoje zvezdice za razred { $class }
send-no-class = Tvoje zvezdice na tej tablici
send-save = Shrani datoteko
send-share = Deli
send-show-code = Pokaži kodo QR
send-saved = Tvoja datoteka je shranjena. Daj jo učitelju.
send-code-caption = To kodo pokaži kameri svojega učitelja
send-code-image = Koda QR s tvojimi zvezdicami za učitelja
send-code-failed = Kode ni bilo mogoče ustvariti. Raje shrani datoteko.

## Na učni platformi šole (Kolibri, sistem za upravljanje učenja ali LMS): igralec je tisti, ki se uči na platformi.
# Prikaže se, ko igra ne more doseči učne platforme šole (ni vmesnika SCORM, zagon prek cmi5 ni uspel, ni mostu do Kolibrija).
package-unreachable = Igra se ni mogla povezati z učno platformo tvoje šole. Lahko igraš, tvoje zvezdice pa ostanejo na tej napravi.
# Prikaže se, ko napredka, ki ga je učna platforma shranila za učenca, ni bilo mogoče prebrati.
package-saved-unreadable = Tvojih zvezdic z druge naprave ni bilo mogoče prebrati. Igro lahko nadaljuješ tukaj.
mission-link-made-refused = Ena od stopenj, ki jih je pripravil učitelj, je v tej povezavi razreda poškodovana ali spremenjena, zato povezava ni bila uporabljena. Prosi učitelja za povezavo še enkrat.
made-world-title = Pripravil učitelj
made-by-teacher = Pripravil tvoj učitelj
made-by-teacher-in = Pripravil tvoj učitelj, jezik: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Današnja naloga za razred { $class } je zdaj na tej tablici.
