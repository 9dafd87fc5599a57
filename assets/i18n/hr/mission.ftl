# Today's mission (levels chosen by the teacher) and "Send to my teacher".

## A class link that cannot be used
mission-link-damaged = Ova poveznica razreda je oštećena. Zamoli učitelja da ti je ponovno pošalje.
mission-link-newer = Ova poveznica razreda dolazi iz novije verzije Byte Bridgea. Zamoli učitelja da ti pomogne ažurirati igru.
mission-link-no-levels = U ovoj poveznici razreda nema razina koje ova igra poznaje. Zamoli učitelja da ti pomogne ažurirati igru.
mission-stored-unreadable = Današnja misija na ovom tabletu ne može se pročitati. Zamoli učitelja da ti ponovno da poveznicu.

## The player's home and the map
mission-title = Današnja misija: { $class }
mission-level = { $title }, { $status }
mission-previous = Prethodne razine
mission-next = Još razina
mission-map-locked = Učitelj je odabrao današnje razine.
mission-locked-hint = Ova razina nije u današnjoj misiji.

## Grown-ups
mission-remove = Ukloni današnju misiju ({ $class })
mission-removed = Današnja misija uklonjena je s ovog tableta.

## Send to my teacher
send-to-teacher = Pošalji učitelju
send-for-class = Tvoje zvjezdice za razred { $class }
send-no-class = Tvoje zvjezdice na ovom tabletu
send-save = Spremi datoteku
send-share = Podijeli
send-show-code = Pokaži QR kod
send-saved = Datoteka je spremljena. Daj je učitelju.
send-code-caption = Pokaži ovaj kod kameri svog učitelja
send-code-image = QR kod s tvojim zvjezdicama za učitelja
send-code-failed = Kod se nije mogao napraviti. Umjesto toga spremi datoteku.

## Unutar školske platforme za učenje (Kolibri, sustav za upravljanje učenjem): igrač je onaj tko uči na platformi.
# Prikazuje se kad se igra ne može povezati sa školskom platformom (nema SCORM API-ja, pokretanje preko cmi5 nije uspjelo, nema mosta prema Kolibriju).
package-unreachable = Igra se nije mogla povezati s platformom za učenje tvoje škole. Možeš igrati, a tvoje zvjezdice ostaju na ovom uređaju.
# Prikazuje se kad se napredak koji je platforma spremila za učenika ne može pročitati.
package-saved-unreadable = Tvoje zvjezdice s drugog uređaja nije bilo moguće pročitati. Možeš nastaviti igrati odavde.
mission-link-made-refused = Jedna od razina koje je izradio učitelj u ovoj je poveznici razreda oštećena ili promijenjena, zato poveznica nije otvorena. Zamoli učitelja da ti je ponovno pošalje.
made-world-title = Od tvog učitelja
made-by-teacher = Izradio tvoj učitelj
made-by-teacher-in = Izradio tvoj učitelj, jezik: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Današnja misija za razred { $class } sada je na ovom tabletu.
