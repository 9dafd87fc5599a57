# The teacher page: a link for a class, the pupils' results, the class view. Read by
# teachers ("du", as Danish schools write): plain, friendly and exact.

teacher-page-title = Byte Bridge for lærere
teacher-title = Byte Bridge for lærere
teacher-tagline = Giv din klasse baner, saml resultaterne ind, og se, hvem der har brug for hjælp.
teacher-skip = Spring til sidens indhold
teacher-language = Sprog

## Help
teacher-help = Hjælp: Hvor bliver klassens data af?
teacher-help-local = Alt på denne side bliver i denne browser på denne enhed. Der er ingen konti og ingen server: Intet bliver sendt nogen steder hen, medmindre du opsætter et læringsdatalager under »Send til et læringsdatalager«.
teacher-help-files = Resultaterne kommer fra elevernes tablets som filer eller QR-koder. Hent filerne ind under »Saml resultater«, eller scan koderne med denne enheds kamera.
teacher-help-signing = Med »Signér elevernes filer med en klassenøgle« signerer tabletterne hver resultatfil og QR-kode. En fil, der er ændret bagefter, bliver markeret her og tæller ikke med; når en elevs filer først er blevet signeret, tæller elevens filer og koder uden gyldig signatur heller ikke med. Nøglen ligger på tabletterne, så det fanger ændrede filer, men ikke en, der kopierer nøglen fra en tablet og signerer opdigtede resultater.
teacher-help-notes = Rigtige navne, du skriver ved siden af et spilnavn, bliver i denne browser. De forlader den kun, hvis du sætter flueben i »Medtag rigtige navne« og så henter CSV-filen eller udskriver klassevisningen.
teacher-help-backup = Når du rydder denne browsers data, slettes klassens data også. Hent CSV-filen en gang imellem for at have en kopi.
teacher-help-insecure = Denne side hentes ikke over HTTPS, så den kan ikke virke offline eller bruge kameraet. Resultatfiler virker altid.

## Banners
teacher-dismiss = OK
teacher-storage-full = Browserens lager er fyldt, så dine seneste ændringer er ikke gemt. Hent CSV-filen nu, og fjern så gamle links, eller ryd gamle klassedata.
teacher-storage-blocked = Denne browser lader ikke siden gemme noget (privat tilstand eller en indstilling). Alt her forsvinder, når du lukker fanen, så hent CSV-filen, før du gør det.
teacher-error-action = Noget gik galt. Genindlæs siden, og prøv igen; alt, hvad der er gemt indtil nu, bliver.
teacher-error-start = Lærersiden kunne ikke starte. Genindlæs den. Hvis det bliver ved med at ske, så prøv en opdateret Chrome, Edge eller Firefox.
teacher-update-ready = En ny version af Byte Bridge er klar.
teacher-update = Genindlæs nu

## Give levels to a class
teacher-assign-title = Giv en klasse baner
teacher-assign-intro = Vælg banerne, og lav så et link. Eleverne åbner linket på deres tablets eller scanner QR-koden og finder banerne som dagens mission.
teacher-class-name = Klassens navn
teacher-class-name-hint = For eksempel 4.B. Navnet følger med i linket ud til tabletterne, så brug ikke en elevs navn.
teacher-levels = Baner
teacher-band-filter = Aldersgruppe
teacher-band-all = Alle aldre
teacher-competence-filter = DigComp 2.2-kompetence
teacher-competence-all = Alle kompetencer
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0-kompetence
teacher-digcomp3-all = Alle kompetencer
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Hele »{ $world }«
teacher-no-levels = Ingen baner passer til disse filtre.
teacher-levels-selected = { $count ->
        [0] Ingen baner valgt endnu.
        [one] { $count } bane valgt.
       *[other] { $count } baner valgt.
    }
teacher-select-none = Ryd valget
teacher-lock = Lås de andre baner
teacher-lock-hint = Eleverne kan kun spille disse baner, så længe denne mission er på deres tablet.
teacher-sign = Signér elevernes filer med en klassenøgle
teacher-sign-hint = En resultatfil eller QR-kode, der er ændret, efter at tabletten gemte den, bliver markeret og tæller ikke med. Nøglen ligger på tabletterne, så en, der kopierer den fra en tablet, kan stadig signere opdigtede resultater.
teacher-create = Lav link

## The link
teacher-link-ready = Linket til din klasse
teacher-link = Link
teacher-copy = Kopiér link
teacher-copied = Linket er kopieret.
teacher-copy-manual = Linket er markeret. Kopiér det med din enheds kopier-kommando.
teacher-qr-label = QR-kode til linket for { $name }
teacher-qr-caption = Eleverne scanner denne kode med tablettens kamera for at åbne missionen.
teacher-print-sheet = Udskriv ark
teacher-earlier-title = Tidligere links
teacher-assignment-meta = { $count ->
        [one] { $count } bane
       *[other] { $count } baner
    }, lavet { $date }
teacher-assignment-levels = { $count ->
        [one] Vis banen
       *[other] Vis alle { $count } baner
    }
teacher-assignment-locked = andre baner låst
teacher-assignment-signed = filer signeret
teacher-assignment-unsigned = filer ikke signeret
teacher-show-qr = Vis QR-kode
teacher-hide-qr = Skjul QR-kode
teacher-remove = Fjern link
teacher-remove-confirm = Fjern linket til »{ $name }« fra denne side?
teacher-remove-yes = Ja, fjern
teacher-cancel = Annullér
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Dagens mission
teacher-sheet-how = Scan koden med tablettens kamera, eller skriv linket herunder i browseren.
teacher-sheet-levels = Dagens baner

## Collect results
teacher-collect-title = Saml resultater
teacher-collect-intro = Hent elevernes resultatfiler ind, så mange ad gangen, du vil, eller scan QR-koderne på deres tablets.
teacher-drop-hint = Slip elevernes filer her
teacher-files-label = Elevernes resultatfiler
teacher-choose-files = Vælg filer
teacher-results-title = Hentet ind
teacher-results-empty = Ingen filer hentet ind endnu.
teacher-results-clear = Ryd denne liste
teacher-file-altered = Advarsel: Denne fil er ændret, efter at tabletten gemte den.
teacher-file-failed = Ikke hentet ind:
teacher-file-unreadable = { $file } kunne ikke læses. Prøv igen, eller gem den igen på tabletten.
teacher-code-unreadable = Denne QR-kode kunne ikke læses. Prøv igen.
teacher-status-signed = signeret
teacher-status-unsigned = ikke tjekket
teacher-status-summary = fra en QR-kode
teacher-scan-title = Scan QR-koder
teacher-scan-intro = Ret kameraet mod en elevs resultatkode. Det bliver ved med at lede efter den næste elev, indtil du stopper det.
teacher-scan = Scan en QR-kode
teacher-stop-camera = Stop kameraet
teacher-camera-label = Kamerabillede
teacher-camera-starting = Starter kameraet…
teacher-camera-looking = Leder efter en QR-kode…
teacher-camera-next = Modtaget. Hold den næste kode op.
teacher-camera-stopped = Kameraet er slukket.
teacher-camera-unavailable = Kameraet kan ikke bruges her: Der er intet kamera, det fik ikke lov, eller siden hentes ikke over HTTPS. Resultatfiler virker altid.
teacher-scanner-unavailable = QR-kodelæseren kunne ikke hentes. Gå online én gang, og prøv igen. Resultatfiler virker altid.

## Your class
teacher-class-title = Din klasse
teacher-show-assignment = Vis
teacher-all-levels = Alle baner
teacher-no-pupils = Ingen resultater endnu. Saml elevernes filer eller koder ind ovenfor.
teacher-note-hint = Rigtige navne bliver kun på denne enhed. Downloads udelader dem, medmindre du sætter flueben i »Medtag rigtige navne«.
teacher-note-label = Rigtigt navn
teacher-note-for = Rigtigt navn for { $name }
teacher-grid-caption = { $count ->
        [one] { $count } elev, alle baner
       *[other] { $count } elever, alle baner
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } elev
       *[other] { $name }: { $count } elever
    }
teacher-pupil = Elev
teacher-pupil-altered = Ændret fil
teacher-cell-empty = ikke spillet
teacher-cell-detail = { $attempts ->
        [one] { $attempts } forsøg
       *[other] { $attempts } forsøg
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } tip
       *[other] {" "}· { $hints } tips
    }
teacher-forget = Fjern elev
teacher-forget-pupil = Fjern eleven { $name }
teacher-forget-confirm = Fjern { $name } og alle elevens resultater fra denne side?
teacher-forget-yes = Ja, fjern
teacher-forgotten = { $name } er fjernet.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Luk
teacher-no-attempts = Ingen forsøg endnu.
teacher-attempt-title = Forsøg { $number }, { $when }
teacher-attempt-stars = Stjerner
teacher-stars-count = { $count ->
        [one] { $count } stjerne
       *[other] { $count } stjerner
    }
teacher-attempt-outcome = Resultat
teacher-attempt-time = Tid
teacher-attempt-hints = Tips
teacher-attempt-mistakes = Fejl
teacher-program-main = Hovedprogram
teacher-program-p1 = Hjælper 1
teacher-program-p2 = Hjælper 2
teacher-program-empty = (tom)
teacher-tile-else = ellers
teacher-code = Som kode
teacher-code-note = Det samme program som tekst, i et sprog, der ligner Python. Eleverne ser det i spillet med »Vis som kode«.
teacher-answers = Svar

## Per level
teacher-summary-title = Pr. bane
teacher-summary-caption = Hvordan hver bane gik
teacher-summary-level = Bane
teacher-summary-played = Spillet
teacher-summary-finished = Klaret
teacher-summary-stuck = Gået i stå
teacher-summary-mean = Forsøg i gennemsnit
teacher-summary-common = Mest almindelige problemer
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Hent, udskriv, ryd
teacher-include-notes = Medtag rigtige navne
teacher-include-notes-hint = Sæt kun flueben her for en fil eller udskrift, der bliver hos dig, for eksempel til dine egne noter.
teacher-download-csv = Hent CSV
teacher-download-xapi = Hent xAPI (JSON)
teacher-print-class = Udskriv klassevisning
teacher-clear = Ryd klassedata
teacher-clear-confirm = Slet alle elever, resultater, rigtige navne og links fra denne browser? Det kan ikke fortrydes. Hent CSV-filen først, hvis du vil beholde resultaterne.
teacher-clear-yes = Ja, slet alt
teacher-cleared = Klassens data er slettet.
teacher-language-unavailable = { $language } kunne ikke hentes: denne browser har ikke sproget endnu. Opret forbindelse til internettet, og vælg det igen.

## Send to a learning record store (LRS)
teacher-lrs-title = Send til et læringsdatalager
teacher-lrs-intro = Hvis din skole eller dit ministerium samler resultater i et læringsdatalager (Learning Record Store, LRS), så skriv dets xAPI-adresse, nøgle og hemmelighed her. Hvert resultat, du henter ind, bliver så sendt derhen automatisk, og kun én gang. Adressen, nøglen og hemmeligheden bliver i denne browser: Elevernes tablets får dem aldrig.
teacher-lrs-endpoint = xAPI-adresse (endpoint)
teacher-lrs-key = Nøgle (brugernavn)
teacher-lrs-secret = Hemmelighed (adgangskode)
teacher-lrs-secret-kept = Lad feltet stå tomt for at beholde den hemmelighed, du gemte før til denne adresse og nøgle.
teacher-lrs-save = Gem og send
teacher-lrs-forget = Fjern læringsdatalageret
teacher-lrs-retry = Prøv igen nu
teacher-lrs-off = Der er ikke opsat noget læringsdatalager. Resultaterne bliver i denne browser og i dine downloads.
teacher-lrs-done = { $sent ->
        [one] Det ene resultat er i læringsdatalageret.
       *[other] Alle { $sent } resultater er i læringsdatalageret.
    }
teacher-lrs-sending = { $waiting ->
        [one] Sender: Ét resultat venter.
       *[other] Sender: { $waiting } resultater venter.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Ét resultat venter: Læringsdatalageret kan ikke nås. Prøver igen om { $seconds } s. Hvis det bliver ved, så bed den, der driver læringsdatalageret, om at tillade denne sides adresse.
       *[other] { $waiting } resultater venter: Læringsdatalageret kan ikke nås. Prøver igen om { $seconds } s. Hvis det bliver ved, så bed den, der driver læringsdatalageret, om at tillade denne sides adresse.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Ét resultat venter: Læringsdatalageret svarede med fejl { $status }. Prøver igen om { $seconds } s.
       *[other] { $waiting } resultater venter: Læringsdatalageret svarede med fejl { $status }. Prøver igen om { $seconds } s.
    }
teacher-lrs-stopped-key = Afsendelsen er stoppet: Læringsdatalageret godtager ikke denne nøgle og hemmelighed. Tjek dem, og gem igen.
teacher-lrs-stopped-forbidden = Afsendelsen er stoppet: Denne nøgle må ikke tilføje resultater til læringsdatalageret. Bed den, der driver det, om en nøgle, der må skrive xAPI-statements.
teacher-lrs-stopped-address = Afsendelsen er stoppet: Denne adresse svarer ikke som et læringsdatalager (svar { $status }). Tjek xAPI-adressen.
teacher-lrs-refused = { $refused ->
        [one] Læringsdatalageret afviste ét resultat. Det er lagt til side og bliver ikke sendt igen.
       *[other] Læringsdatalageret afviste { $refused } resultater. De er lagt til side og bliver ikke sendt igen.
    }
teacher-lrs-load-damaged = Indstillingerne for læringsdatalageret, som er gemt i denne browser, kunne ikke læses. Skriv dem ind igen: Resultater, som læringsdatalageret allerede har, bliver ikke gemt to gange.
teacher-lrs-load-newer = Indstillingerne for læringsdatalageret blev gemt af en nyere version af denne side. Genindlæs siden for at få den nye version; indtil da bliver intet sendt.
teacher-lrs-error-no-address = Skriv læringsdatalagerets xAPI-adresse.
teacher-lrs-error-address = Det er ikke en webadresse til et læringsdatalager. Den skal ligne https://lrs.example.org/xAPI/, uden ? eller #.
teacher-lrs-error-insecure = Adressen skal begynde med https://, så nøglen og resultaterne bliver sendt krypteret.
teacher-lrs-error-credentials-in-address = Skriv nøglen og hemmeligheden i deres egne felter, ikke i adressen.
teacher-lrs-error-no-key = Skriv den nøgle og hemmelighed, du har fået til læringsdatalageret.
teacher-lrs-error-bad-key = Nøglen må ikke indeholde ":". Nøglen og hemmeligheden må ikke indeholde linjeskift.
teacher-lrs-error-too-long = Adressen, nøglen eller hemmeligheden er for lang (højst 500 tegn hver).
teacher-lrs-forgotten = Læringsdatalagerets adresse, nøgle og hemmelighed er fjernet fra denne browser.
teacher-lrs-empty = Intet at sende endnu. Resultater, du henter ind, bliver sendt automatisk til læringsdatalageret.
