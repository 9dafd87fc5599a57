# The teacher page. Read by teachers: plain, polite (Vi, plural imperative) and exact.

teacher-page-title = Byte Bridge za učitelje
teacher-title = Byte Bridge za učitelje
teacher-tagline = Zadajte razredu razine, prikupite rezultate i pogledajte kome treba pomoć.
teacher-skip = Preskoči na sadržaj stranice
teacher-language = Jezik

## Help
teacher-help = Pomoć: kamo idu podaci razreda?
teacher-help-local = Sve na ovoj stranici ostaje u ovom pregledniku na ovom uređaju. Nema korisničkih računa ni poslužitelja: ništa se nikamo ne šalje.
teacher-help-files = Rezultati dolaze s tableta učenika, kao datoteke ili QR kodovi. Datoteke dodajte u dijelu „Prikupi rezultate“ ili skenirajte kodove kamerom ovog uređaja.
teacher-help-signing = Uz „Potpisuj datoteke učenika ključem razreda“ tableti potpisuju svaku datoteku s rezultatima i svaki QR kod. Datoteka izmijenjena nakon toga ovdje se označava i ne broji se; kad su datoteke nekog učenika jednom potpisane, njegove datoteke i kodovi bez valjanog potpisa također se ne broje. Ključ se čuva na tabletima, pa se tako otkrivaju izmijenjene datoteke, ali ne i netko tko kopira ključ s tableta i potpiše izmišljene rezultate.
teacher-help-notes = Prava imena koja upišete pokraj imena u igri ostaju u ovom pregledniku. Napuštaju ga samo ako označite „Uključi prava imena“ i zatim preuzmete CSV ili ispišete prikaz razreda.
teacher-help-backup = Brisanje podataka ovog preglednika briše i podatke razreda. S vremena na vrijeme preuzmite CSV da imate kopiju.
teacher-help-insecure = Ova stranica ne otvara se preko HTTPS-a pa ne može raditi izvan mreže ni koristiti kameru. Datoteke s rezultatima uvijek rade.

## Banners
teacher-dismiss = U redu
teacher-storage-full = Memorija ovog preglednika je puna pa Vaše zadnje promjene nisu spremljene. Sada preuzmite CSV, zatim uklonite stare poveznice ili obrišite stare podatke razreda.
teacher-storage-blocked = Ovaj preglednik ne dopušta stranici da išta sprema (privatni način ili postavka). Sve ovdje nestaje kad zatvorite karticu, zato prije toga preuzmite CSV.
teacher-error-action = Nešto je pošlo po zlu. Ponovno učitajte stranicu i pokušajte opet; sve dosad spremljeno ostaje.
teacher-error-start = Stranica za učitelje nije se mogla pokrenuti. Ponovno je učitajte. Ako se to ponavlja, pokušajte s novim Chromeom, Edgeom ili Firefoxom.
teacher-update-ready = Nova verzija Byte Bridgea je spremna.
teacher-update = Ponovno učitaj sada

## Give levels to a class
teacher-assign-title = Zadajte razine razredu
teacher-assign-intro = Odaberite razine, zatim izradite poveznicu. Učenici otvore poveznicu na tabletima ili skeniraju njezin QR kod i pronađu razine kao današnju misiju.
teacher-class-name = Naziv razreda
teacher-class-name-hint = Na primjer 4.b. Naziv putuje u poveznici do tableta, zato ne koristite ime učenika.
teacher-levels = Razine
teacher-band-filter = Dobna skupina
teacher-band-all = Sve dobi
teacher-competence-filter = Kompetencija DigComp 2.2
teacher-competence-all = Sve kompetencije
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Kompetencija DigComp 3.0
teacher-digcomp3-all = Sve kompetencije
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Cijeli svijet „{ $world }“
teacher-no-levels = Nijedna razina ne odgovara ovim filtrima.
teacher-levels-selected = { $count ->
        [0] Još nije odabrana nijedna razina.
        [one] Odabrana je { $count } razina.
        [few] Odabrane su { $count } razine.
       *[other] Odabrano je { $count } razina.
    }
teacher-select-none = Poništi odabir
teacher-lock = Zaključaj ostale razine
teacher-lock-hint = Učenici mogu igrati samo ove razine dok je ova misija na njihovim tabletima.
teacher-sign = Potpisuj datoteke učenika ključem razreda
teacher-sign-hint = Datoteka s rezultatima ili QR kod izmijenjen nakon što ga je tablet spremio označava se i ne broji se. Ključ se čuva na tabletima, pa netko tko ga kopira s tableta i dalje može potpisati izmišljene rezultate.
teacher-create = Izradi poveznicu

## The link
teacher-link-ready = Poveznica za Vaš razred
teacher-link = Poveznica
teacher-copy = Kopiraj poveznicu
teacher-copied = Poveznica je kopirana.
teacher-copy-manual = Poveznica je označena. Kopirajte je naredbom za kopiranje na svom uređaju.
teacher-qr-label = QR kod poveznice za { $name }
teacher-qr-caption = Učenici skeniraju ovaj kod kamerom tableta da otvore misiju.
teacher-print-sheet = Ispiši list
teacher-earlier-title = Ranije poveznice
teacher-assignment-meta = { $count ->
        [one] { $count } razina
        [few] { $count } razine
       *[other] { $count } razina
    }, izrađeno { $date }
teacher-assignment-levels = { $count ->
        [one] Prikaži razinu
        [few] Prikaži sve { $count } razine
       *[other] Prikaži svih { $count } razina
    }
teacher-assignment-locked = ostale razine zaključane
teacher-assignment-signed = datoteke se potpisuju
teacher-assignment-unsigned = datoteke se ne potpisuju
teacher-show-qr = Prikaži QR kod
teacher-hide-qr = Sakrij QR kod
teacher-remove = Ukloni poveznicu
teacher-remove-confirm = Ukloniti poveznicu za „{ $name }“ s ove stranice?
teacher-remove-yes = Da, ukloni
teacher-cancel = Odustani
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Današnja misija
teacher-sheet-how = Skeniraj kod kamerom tableta ili upiši poveznicu ispod u preglednik.
teacher-sheet-levels = Današnje razine

## Collect results
teacher-collect-title = Prikupi rezultate
teacher-collect-intro = Dodajte datoteke s rezultatima učenika, koliko god ih želite odjednom, ili skenirajte QR kodove na njihovim tabletima.
teacher-drop-hint = Ovdje ispustite datoteke učenika
teacher-files-label = Datoteke s rezultatima učenika
teacher-choose-files = Odaberi datoteke
teacher-results-title = Dodano
teacher-results-empty = Još nije dodana nijedna datoteka.
teacher-results-clear = Očisti ovaj popis
teacher-file-altered = Upozorenje: ova je datoteka izmijenjena nakon što ju je tablet spremio.
teacher-file-failed = Nije dodano:
teacher-file-unreadable = { $file } nije se mogla pročitati. Pokušajte ponovno ili je ponovno spremite na tabletu.
teacher-code-unreadable = Ovaj QR kod nije se mogao pročitati. Pokušajte ponovno.
teacher-status-signed = potpisano
teacher-status-unsigned = neprovjereno
teacher-status-summary = iz QR koda
teacher-scan-title = Skeniranje QR kodova
teacher-scan-intro = Usmjerite kameru na kod s rezultatima učenika. Ona traži sljedećeg učenika sve dok je ne zaustavite.
teacher-scan = Skeniraj QR kod
teacher-stop-camera = Zaustavi kameru
teacher-camera-label = Slika s kamere
teacher-camera-starting = Pokretanje kamere…
teacher-camera-looking = Traženje QR koda…
teacher-camera-next = Uspjelo. Pokažite sljedeći kod.
teacher-camera-stopped = Kamera je isključena.
teacher-camera-unavailable = Kamera se ovdje ne može koristiti: nema je, nije dopuštena ili se stranica ne otvara preko HTTPS-a. Datoteke s rezultatima uvijek rade.
teacher-scanner-unavailable = Čitač QR kodova nije se mogao učitati. Jednom se povežite s internetom i pokušajte ponovno. Datoteke s rezultatima uvijek rade.

## Your class
teacher-class-title = Vaš razred
teacher-show-assignment = Prikaži
teacher-all-levels = Sve razine
teacher-no-pupils = Još nema rezultata. Prikupite datoteke ili kodove učenika gore.
teacher-note-hint = Prava imena ostaju samo na ovom uređaju. Preuzete datoteke ih ne sadrže, osim ako označite „Uključi prava imena“.
teacher-note-label = Pravo ime
teacher-note-for = Pravo ime za { $name }
teacher-grid-caption = { $count ->
        [one] { $count } učenik, sve razine
        [few] { $count } učenika, sve razine
       *[other] { $count } učenika, sve razine
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } učenik
        [few] { $name }: { $count } učenika
       *[other] { $name }: { $count } učenika
    }
teacher-pupil = Učenik
teacher-pupil-altered = Izmijenjena datoteka
teacher-cell-empty = nije igrano
teacher-cell-detail = { $attempts ->
        [one] { $attempts } pokušaj
        [few] { $attempts } pokušaja
       *[other] { $attempts } pokušaja
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } savjet
        [few] {" "}· { $hints } savjeta
       *[other] {" "}· { $hints } savjeta
    }
teacher-forget = Ukloni učenika
teacher-forget-pupil = Ukloni učenika { $name }
teacher-forget-confirm = Ukloniti { $name } i sve njegove rezultate s ove stranice?
teacher-forget-yes = Da, ukloni
teacher-forgotten = { $name } je uklonjen.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Zatvori
teacher-no-attempts = Još nema pokušaja.
teacher-attempt-title = Pokušaj { $number }, { $when }
teacher-attempt-stars = Zvjezdice
teacher-stars-count = { $count ->
        [one] { $count } zvjezdica
        [few] { $count } zvjezdice
       *[other] { $count } zvjezdica
    }
teacher-attempt-outcome = Ishod
teacher-attempt-time = Vrijeme
teacher-attempt-hints = Savjeti
teacher-attempt-mistakes = Pogreške
teacher-program-main = Glavni program
teacher-program-p1 = Pomoćnik 1
teacher-program-p2 = Pomoćnik 2
teacher-program-empty = (prazno)
teacher-tile-else = inače
teacher-code = Kao kod
teacher-code-note = Isti program kao tekst, u jeziku sličnom Pythonu. Učenici ga vide u igri uz „Prikaži kao kod“.
teacher-answers = Odgovori

## Per level
teacher-summary-title = Po razinama
teacher-summary-caption = Kako je prošla svaka razina
teacher-summary-level = Razina
teacher-summary-played = Igrano
teacher-summary-finished = Završeno
teacher-summary-stuck = Zapeli
teacher-summary-mean = Prosječno pokušaja
teacher-summary-common = Najčešći problemi
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Preuzmi, ispiši, obriši
teacher-include-notes = Uključi prava imena
teacher-include-notes-hint = Označite ovo samo za datoteku ili ispis koji ostaje kod Vas, na primjer za Vašu evidenciju.
teacher-download-csv = Preuzmi CSV
teacher-download-xapi = Preuzmi xAPI (JSON)
teacher-print-class = Ispiši prikaz razreda
teacher-clear = Obriši podatke razreda
teacher-clear-confirm = Obrisati iz ovog preglednika sve učenike, rezultate, prava imena i poveznice? To se ne može poništiti. Ako želite zadržati rezultate, prvo preuzmite CSV.
teacher-clear-yes = Da, obriši sve
teacher-cleared = Podaci razreda su obrisani.
teacher-language-unavailable = Jezik { $language } nije se mogao preuzeti: ovaj ga preglednik još nema. Spojite se na internet i ponovno ga odaberite.
