# Shown by the web page itself; plain text only (no placeables).

web-loading = Učitavanje Byte Bridgea…
web-error-webgl = Ovaj preglednik ne može prikazati igru jer WebGL 2 nedostaje ili je isključen. Pokušaj s novim Chromeom.
web-error-download = Igra se nije mogla preuzeti. Provjeri vezu pa ponovno učitaj stranicu.
web-error-crash = Nešto je pošlo po zlu i igra se zaustavila. Tvoje zvjezdice su spremljene. Ponovno učitaj stranicu.
web-teacher-error-download = Stranica za učitelje nije se mogla preuzeti. Provjerite vezu pa ponovno učitajte stranicu.
web-teacher-framed = Ova stranica prikazuje podatke razreda pa se otvara samo zasebno, ne unutar druge web-stranice.
web-teacher-open-alone = Otvorite stranicu za učitelje zasebno
web-reload = Ponovno učitaj
web-noscript = Byte Bridge treba JavaScript. Molimo uključi ga.
