# The teacher page. Read by teachers: plain, polite (Vi, plural imperative) and exact.

teacher-page-title = Byte Bridge za učitelje
teacher-title = Byte Bridge za učitelje
teacher-tagline = Zadajte razredu razine, prikupite rezultate i pogledajte kome treba pomoć.
teacher-skip = Preskoči na sadržaj stranice
teacher-language = Jezik

## Help
teacher-help = Pomoć: kamo idu podaci razreda?
teacher-help-local = Sve na ovoj stranici ostaje u ovom pregledniku na ovom uređaju. Nema korisničkih računa ni poslužitelja: ništa se nikamo ne šalje, osim ako u dijelu „Pošalji u spremište zapisa o učenju“ ne postavite spremište.
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

## Send to a learning record store (LRS)
teacher-lrs-title = Pošalji u spremište zapisa o učenju
teacher-lrs-intro = Ako Vaša škola ili ministarstvo prikuplja rezultate u spremištu zapisa o učenju (Learning Record Store, LRS), ovdje upišite njegovu xAPI adresu, ključ i tajnu. Svaki rezultat koji dodate tada se onamo šalje automatski, i to samo jednom. Adresa, ključ i tajna ostaju u ovom pregledniku: tableti učenika ih nikad ne dobivaju.
teacher-lrs-endpoint = xAPI adresa (krajnja točka)
teacher-lrs-key = Ključ (korisničko ime)
teacher-lrs-secret = Tajna (lozinka)
teacher-lrs-secret-kept = Ostavite prazno kako biste zadržali tajnu prethodno spremljenu za ovu adresu i ključ.
teacher-lrs-save = Spremi i pošalji
teacher-lrs-forget = Ukloni ovo spremište
teacher-lrs-retry = Pokušaj ponovno sada
teacher-lrs-off = Nije postavljeno spremište zapisa o učenju. Rezultati ostaju u ovom pregledniku i u Vašim preuzetim datotekama.
teacher-lrs-done = { $sent ->
        [one] { $sent } rezultat je u spremištu zapisa o učenju.
        [few] Sva { $sent } rezultata su u spremištu zapisa o učenju.
       *[other] Svih { $sent } rezultata je u spremištu zapisa o učenju.
    }
teacher-lrs-sending = { $waiting ->
        [one] Slanje: čeka { $waiting } rezultat.
        [few] Slanje: čekaju { $waiting } rezultata.
       *[other] Slanje: čeka { $waiting } rezultata.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Čeka { $waiting } rezultat: spremište zapisa o učenju nije dostupno. Novi pokušaj za { $seconds } s. Ako se to nastavi, zamolite osobu koja upravlja spremištem zapisa o učenju da dopusti adresu ove stranice.
        [few] Čekaju { $waiting } rezultata: spremište zapisa o učenju nije dostupno. Novi pokušaj za { $seconds } s. Ako se to nastavi, zamolite osobu koja upravlja spremištem zapisa o učenju da dopusti adresu ove stranice.
       *[other] Čeka { $waiting } rezultata: spremište zapisa o učenju nije dostupno. Novi pokušaj za { $seconds } s. Ako se to nastavi, zamolite osobu koja upravlja spremištem zapisa o učenju da dopusti adresu ove stranice.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Čeka { $waiting } rezultat: spremište zapisa o učenju odgovorilo je pogreškom { $status }. Novi pokušaj za { $seconds } s.
        [few] Čekaju { $waiting } rezultata: spremište zapisa o učenju odgovorilo je pogreškom { $status }. Novi pokušaj za { $seconds } s.
       *[other] Čeka { $waiting } rezultata: spremište zapisa o učenju odgovorilo je pogreškom { $status }. Novi pokušaj za { $seconds } s.
    }
teacher-lrs-stopped-key = Slanje je zaustavljeno: spremište zapisa o učenju ne prihvaća ovaj ključ i tajnu. Provjerite ih i ponovno spremite.
teacher-lrs-stopped-forbidden = Slanje je zaustavljeno: ovaj ključ ne smije dodavati rezultate u spremište zapisa o učenju. Zatražite od osobe koja njime upravlja ključ koji smije zapisivati xAPI izjave (statements).
teacher-lrs-stopped-address = Slanje je zaustavljeno: ova adresa ne odgovara kao spremište zapisa o učenju (odgovor { $status }). Provjerite xAPI adresu.
teacher-lrs-refused = { $refused ->
        [one] Spremište zapisa o učenju odbilo je { $refused } rezultat. Izdvojen je i neće se ponovno slati.
        [few] Spremište zapisa o učenju odbilo je { $refused } rezultata. Izdvojeni su i neće se ponovno slati.
       *[other] Spremište zapisa o učenju odbilo je { $refused } rezultata. Izdvojeni su i neće se ponovno slati.
    }
teacher-lrs-load-damaged = Postavke spremišta zapisa o učenju spremljene u ovom pregledniku nisu se mogle pročitati. Upišite ih ponovno: rezultati koje spremište već ima neće se spremiti dvaput.
teacher-lrs-load-newer = Postavke spremišta zapisa o učenju spremila je novija verzija ove stranice. Ponovno učitajte stranicu da dobijete novu verziju; do tada se ništa ne šalje.
teacher-lrs-error-no-address = Upišite xAPI adresu spremišta zapisa o učenju.
teacher-lrs-error-address = Ovo nije web-adresa spremišta zapisa o učenju. Trebala bi izgledati kao https://lrs.example.org/xAPI/, bez ? i #.
teacher-lrs-error-insecure = Adresa mora počinjati s https:// kako bi ključ i rezultati putovali šifrirano.
teacher-lrs-error-credentials-in-address = Ključ i tajnu upišite u njihova zasebna polja, ne u adresu.
teacher-lrs-error-no-key = Upišite ključ i tajnu koje Vam je dodijelilo spremište zapisa o učenju.
teacher-lrs-error-bad-key = Ključ ne smije sadržavati ":". Ni ključ ni tajna ne smiju sadržavati prijelome redaka.
teacher-lrs-error-too-long = Nešto je predugo: adresa, ključ i tajna smiju imati najviše 500 znakova svaki.
teacher-lrs-forgotten = Adresa, ključ i tajna spremišta zapisa o učenju uklonjeni su iz ovog preglednika.
teacher-lrs-empty = Još nema ničega za slanje. Rezultati koje dodate automatski se šalju u spremište zapisa o učenju.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Naslov
made-field-task = Zadatak
made-field-learned = „Što su učenici naučili“
made-field-hint = Savjet
made-field-box = Kutija
made-field-card = Kartica
made-field-prompt = Situacija
made-field-reply = Odgovor
made-field-part = Redak poruke
made-field-reason = Obrazloženje
made-problem-damaged = Ovo nije razina izrađena na ovoj stranici ili je oštećena.
made-problem-newer = Ova je razina izrađena u novijoj verziji ove stranice. Ponovno učitajte stranicu da dobijete novu verziju.
made-problem-language = Ova stranica ne poznaje jezik ove razine.
made-problem-missing = { $field }: ispunite ovo polje.
made-problem-too-long = { $field }: skratite tekst na najviše { $max } { $max ->
        [one] znak
        [few] znaka
       *[other] znakova
    }.
made-problem-undrawable = { $field }: neki se znakovi ne mogu prikazati na tabletima: { $chars }. Koristite slova, znamenke i uobičajene interpunkcijske znakove (bez emojija).
made-problem-hints = Razina treba tri savjeta: mali poticaj, ideju i zatim dio odgovora.
made-problem-count = { $field }: premalo ili previše (najviše { $max }).
made-problem-one-right = Označite točno jedan odgovor kao točan.
made-problem-box-unused = U svaku kutiju mora pripadati barem jedna kartica.
made-problem-flags = Označite barem jedan redak kao znak upozorenja i ostavite barem jedan redak bez znaka upozorenja.
made-problem-board-size = Ploča mora biti široka od 2 do { $max } { $max ->
        [one] polja
        [few] polja
       *[other] polja
    } i visoka od 1 do { $max } { $max ->
        [one] polja
        [few] polja
       *[other] polja
    }.
made-problem-board-start = Postavite na ploču točno jedno početno polje.
made-problem-board-goal = Postavite na ploču zastavicu ili barem jednu lampu.
made-problem-board = Ploča krši pravilo igre. Provjerite polja i blokove koje nudite.
made-problem-tiles = Ponudite barem jedan blok.
made-problem-already-solved = Robot je gotov i prije nego što krene: pomaknite zastavicu dalje od početka.
made-problem-slots = Najkraći program koji rješava ovu ploču ima { $tiles } { $tiles ->
        [one] blok
        [few] bloka
       *[other] blokova
    }. Dajte programu mjesta za barem { $tiles } { $tiles ->
        [one] blok
        [few] bloka
       *[other] blokova
    }.
made-problem-unsolvable = S ovim blokovima robot ne može doći do zastavice (i do svake lampe). Otvorite put ili ponudite više blokova (na primjer skretanja ili petlju).
made-problem-too-large = Ova je ploča prevelika za provjeru: nijedan program s manje od { $tiles } { $tiles ->
        [one] bloka
        [few] bloka
       *[other] blokova
    } je ne rješava, a duljih ima previše da bi se svi isprobali. Smanjite ploču ili skratite put ili ponudite petlju.
made-problem-par = Razina još nema najbolje rješenje: najprije je provjerite na ovoj stranici.
made-checked-robot = Robot to može: najbolji program ima { $par } { $par ->
        [one] blok
        [few] bloka
       *[other] blokova
    }. Učenici dobivaju 3 zvjezdice za { $par } { $par ->
        [one] blok
        [few] bloka
       *[other] blokova
    } ili manje.
made-checked-answers = Spremno: svaki odgovor ima obrazloženje.
made-kind-robot_grid = Robot na ploči
made-kind-sort = Razvrstavanje u dvije kutije
made-kind-pick_reply = Odabir odgovora
made-kind-spot_flags = Traženje znakova upozorenja
made-copy-title = { $title } (kopija)
made-import-done = { $added ->
    [one] Dodana je { $added } razina.
    [few] Dodane su { $added } razine.
   *[other] Dodano je { $added } razina.
} { $skipped ->
    [0] {""}
    [one] { $skipped } je već bila ovdje.
    [few] { $skipped } su već bile ovdje.
   *[other] { $skipped } ih je već bilo ovdje.
}
made-import-not-ours = { $file } nije datoteka s razinama s ove stranice.
made-import-too-large = Datoteka { $file } prevelika je za datoteku s razinama (najviše 1 MB i 100 razina).
made-import-bad-level = { $file }: razina { $number } („{ $title }“) ne može se upotrijebiti, zato ništa nije dodano. { $problem }
made-assign-too-many = Poveznica za razred može sadržavati najviše { $max } { $max ->
        [one] vlastitu razinu
        [few] vlastite razine
       *[other] vlastitih razina
    }.
made-assign-unknown = Jedne od odabranih razina više nema u Vašoj zbirci. Ponovno odaberite razine.
made-qr-too-long = Ova je poveznica preduga za QR kod koji tablet može pročitati ({ $length } { $length ->
        [one] znak
        [few] znaka
       *[other] znakova
    }; kod prima { $max }). Podijelite samu poveznicu ili preuzmite datoteku i otvorite je na svakom tabletu pod „Odrasli“ → „Dodaj igrače iz datoteke“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Izradite vlastite razine
made-page-intro = Napišite razinu svojim riječima i provjerite radi li. Vaše se razine čuvaju u ovom pregledniku pod „Moje razine“ i možete ih zadati razredu kao i razine iz igre.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Nova razina
made-page-editing = Uređivanje razine „{ $title }“
made-page-editing-hint = Spremanjem se zamjenjuje prethodna verzija u Vašim razinama.
made-page-start-new = Započni novu razinu
made-page-kind = Vrsta razine
made-page-band = Dobna skupina
made-page-title = Naslov
made-page-task = Zadatak: što učenici trebaju učiniti
made-page-learned = Što su učenici naučili (prikazuje se na kraju)
made-page-hints = Tri savjeta
made-page-hint-1 = Savjet 1: mali poticaj
made-page-hint-2 = Savjet 2: ideja
made-page-hint-3 = Savjet 3: dio odgovora, ne cijeli

# The robot grid.
made-page-width = Širina (polja)
made-page-height = Visina (retci)
made-page-paint = Čime bojiti
made-page-board = Ploča
made-page-board-hint = Dodirnite polje da ga obojite. Početak i zastavica postoje samo jednom: ako obojite novo polje, premjeste se tamo. Tipkovnicom se između polja krećete strelicama.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Redak { $row }, polje { $column }: { $what }
made-page-square-wall = zid
made-page-square-floor = pod
made-page-square-start = početak
made-page-square-flag = zastavica
made-page-square-lamp = lampa
made-page-square-red = crveni pod
made-page-square-blue = plavi pod
made-page-square-green = zeleni pod
made-page-facing = Na početku robot gleda prema
made-page-facing-north = sjeveru (gore)
made-page-facing-east = istoku (desno)
made-page-facing-south = jugu (dolje)
made-page-facing-west = zapadu (lijevo)
made-page-tiles = Blokovi koje učenici smiju koristiti
made-page-conditions = Pitanja koja smiju postavljati blokovi „Ako“ i „Ponavljaj dok“
made-page-conditions-hint = Označite barem jedno.
made-page-slots-main = Blokovi u glavnom programu (od 1 do 16)
made-page-slots-p1 = Blokovi u Pomoćniku 1 (od 1 do 10)

# Sort into two boxes.
made-page-box-left = Lijeva kutija (kvačica)
made-page-box-right = Desna kutija (križić)
made-page-cards = Kartice (od 2 do { $max })
made-page-card = Kartica { $number }
made-page-card-box = Kutija za karticu { $number }
made-page-reason-card = Zašto kartica { $number } pripada tamo
made-page-add-card = Dodaj karticu
made-page-remove-card = Ukloni karticu { $number }

# Pick the reply.
made-page-prompt = Situacija, na primjer poruka koju učenici dobiju
made-page-replies = Odgovori (od 2 do 4, jedan od njih točan)
made-page-reply = Odgovor { $number }
made-page-right = Odgovor { $number } je točan
made-page-reason-reply = Zašto je odgovor { $number } točan ili netočan
made-page-add-reply = Dodaj odgovor
made-page-remove-reply = Ukloni odgovor { $number }

# Spot the red flags.
made-page-screen = Što učenici vide
made-page-screen-message = Poruka u razgovoru
made-page-screen-email = E-pošta
made-page-screen-web = Web-stranica
made-page-parts = Retci odozgo prema dolje (od 2 do { $max }: neki su znakovi upozorenja, neki su u redu)
made-page-part = Redak { $number }
made-page-flag = Redak { $number } je znak upozorenja
made-page-reason-part = Zašto je redak { $number } u redu ili je znak upozorenja
made-page-add-part = Dodaj redak
made-page-remove-part = Ukloni redak { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Ukloni
made-page-check = Provjeri razinu
made-page-save = Spremi u moje razine
made-page-checking = Razina se provjerava. To može potrajati nekoliko sekundi…
# After saving; a made-checked-… message follows it.
made-page-saved = Razina „{ $title }“ spremljena je u Vaše razine.
made-page-copied = Kopija je u obrascu iznad. Promijenite je, a zatim je spremite.

# My levels.
made-page-library = Moje razine
made-page-library-empty = Još nema razina. Razine koje spremite pojavit će se ovdje.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = najbolje: { $par } { $par ->
        [one] blok
        [few] bloka
       *[other] blokova
    }
made-page-edit = Uredi
made-page-edit-level = Uredi: { $title }
made-page-copy = Kopiraj
made-page-copy-level = Kopiraj: { $title }
made-page-remove-level = Ukloni: { $title }
made-page-remove-confirm = Ukloniti „{ $title }“ iz Vaših razina? Već izrađene poveznice zadržavaju je.
made-page-remove-yes = Da, ukloni
made-page-removed = Razina „{ $title }“ uklonjena je iz Vaših razina.
made-page-download = Preuzmi moje razine
made-page-import = Dodaj razine iz datoteke
made-page-import-file = Datoteka s razinama
made-page-import-unreadable = { $file } nije se mogla pročitati.

# In "Give levels to a class".
made-page-assign = Vaše vlastite razine
made-page-assign-none = Ovdje se pojavljuju razine koje spremite pod „Izradite vlastite razine“.
made-page-assign-max = Najviše { $max } u jednoj poveznici. Poveznica s vlastitim razinama uvijek je potpisana.
made-page-assignment-file = Preuzmi datoteku za tablete
