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

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titel
made-field-task = Opgave
made-field-learned = »Det har eleverne lært«
made-field-hint = Tip
made-field-box = Kasse
made-field-card = Kort
made-field-prompt = Situation
made-field-reply = Svar
made-field-part = Linje i beskeden
made-field-reason = Begrundelse
made-problem-damaged = Det er ikke en bane, der er lavet på denne side, eller den er i stykker.
made-problem-newer = Denne bane er lavet med en nyere version af denne side. Genindlæs siden for at få den nye version.
made-problem-language = Denne side kender ikke banens sprog.
made-problem-missing = { $field }: udfyld feltet.
made-problem-too-long = { $field }: gør teksten kortere (højst { $max } { $max ->
        [one] tegn
       *[other] tegn
    }).
made-problem-undrawable = { $field }: nogle tegn kan ikke vises på tabletterne: { $chars }. Brug bogstaver, tal og almindelige tegn (ingen emojis).
made-problem-hints = En bane skal have tre tip: et lille skub, idéen og så en del af svaret.
made-problem-count = { $field }: for få eller for mange (højst { $max }).
made-problem-one-right = Markér præcis ét svar som det rigtige.
made-problem-box-unused = Hver kasse skal have mindst ét kort, der hører til i den.
made-problem-flags = Markér mindst én linje som faresignal, og lad mindst én linje være uden faresignal.
made-problem-board-size = Brættet skal være 2 til { $max } { $max ->
        [one] felt
       *[other] felter
    } bredt og 1 til { $max } { $max ->
        [one] felt
       *[other] felter
    } højt.
made-problem-board-start = Sæt præcis ét startfelt på brættet.
made-problem-board-goal = Sæt et flag eller mindst én lampe på brættet.
made-problem-board = Brættet bryder en af spillets regler. Tjek felterne og de blokke, du tilbyder.
made-problem-tiles = Tilbyd mindst én blok.
made-problem-already-solved = Robotten er færdig, før den kører: flyt flaget væk fra start.
made-problem-slots = Det korteste program, der løser dette bræt, har { $tiles } { $tiles ->
        [one] blok
       *[other] blokke
    }. Giv programmet plads til mindst { $tiles } { $tiles ->
        [one] blok
       *[other] blokke
    }.
made-problem-unsolvable = Robotten kan ikke nå flaget (og hver lampe) med disse blokke. Åbn en vej, eller tilbyd flere blokke (for eksempel drej eller en løkke).
made-problem-too-large = Dette bræt er for stort til at blive tjekket: intet program med færre end { $tiles } { $tiles ->
        [one] blok
       *[other] blokke
    } løser det, og der er for mange længere programmer til at prøve dem alle. Gør brættet mindre eller vejen kortere, eller tilbyd en løkke.
made-problem-par = Banen har endnu ingen bedste løsning: tjek den først på denne side.
made-checked-robot = Robotten kan klare det: det bedste program har { $par } { $par ->
        [one] blok
       *[other] blokke
    }. Eleverne får 3 stjerner med { $par } { $par ->
        [one] blok
       *[other] blokke
    } eller færre.
made-checked-answers = Klar: hvert svar har en begrundelse.
made-kind-robot_grid = Robot på brættet
made-kind-sort = Sortér i to kasser
made-kind-pick_reply = Vælg svaret
made-kind-spot_flags = Find faresignalerne
made-copy-title = { $title } (kopi)
made-import-done = { $added ->
    [one] Én bane tilføjet.
   *[other] { $added } baner tilføjet.
} { $skipped ->
    [0] {""}
    [one] Én var her allerede.
   *[other] { $skipped } var her allerede.
}
made-import-not-ours = { $file } er ikke en fil med baner fra denne side.
made-import-too-large = { $file } er for stor til en fil med baner (højst 1 MB og 100 baner).
made-import-bad-level = { $file }: bane { $number } (»{ $title }«) kan ikke bruges, så intet blev tilføjet. { $problem }
made-assign-too-many = Et klasselink kan højst have { $max } { $max ->
        [one] bane, du selv har lavet
       *[other] baner, du selv har lavet
    }.
made-assign-unknown = En bane, du valgte, er ikke længere i din samling. Vælg banerne igen.
made-qr-too-long = Dette link er for langt til en QR-kode, som en tablet kan læse ({ $length } { $length ->
        [one] tegn
       *[other] tegn
    }; en kode kan rumme { $max }). Del selve linket, eller hent filen, og åbn den på hver tablet under »Voksne« → »Hent spillere fra en fil«.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Lav dine egne baner
made-page-intro = Skriv en bane med dine egne ord, og tjek, at den virker. Dine baner gemmes i denne browser under »Mine baner«, og du kan give dem til en klasse ligesom spillets egne baner.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = En ny bane
made-page-editing = Du ændrer »{ $title }«
made-page-editing-hint = Når du gemmer, erstattes den gamle udgave i dine baner.
made-page-start-new = Start en ny bane
made-page-kind = Slags bane
made-page-band = Aldersgruppe
made-page-title = Titel
made-page-task = Opgave: hvad eleverne skal gøre
made-page-learned = Det har eleverne lært (vises til sidst)
made-page-hints = Tre tip
made-page-hint-1 = Tip 1: et lille skub
made-page-hint-2 = Tip 2: idéen
made-page-hint-3 = Tip 3: en del af svaret, ikke det hele

# The robot grid.
made-page-width = Bredde (felter)
made-page-height = Højde (rækker)
made-page-paint = Mal med
made-page-board = Bræt
made-page-board-hint = Tryk på et felt for at male det. Der er kun ét startfelt og ét flag: maler du et nyt, bliver det flyttet. Med tastaturet flytter piletasterne mellem felterne.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Række { $row }, felt { $column }: { $what }
made-page-square-wall = mur
made-page-square-floor = gulv
made-page-square-start = start
made-page-square-flag = flag
made-page-square-lamp = lampe
made-page-square-red = rødt gulv
made-page-square-blue = blåt gulv
made-page-square-green = grønt gulv
made-page-facing = Robotten vender fra start mod
made-page-facing-north = nord (opad)
made-page-facing-east = øst (mod højre)
made-page-facing-south = syd (nedad)
made-page-facing-west = vest (mod venstre)
made-page-tiles = Blokke, eleverne må bruge
made-page-conditions = Spørgsmål, som blokkene »Hvis« og »Gentag så længe« må stille
made-page-conditions-hint = Sæt flueben ved mindst ét.
made-page-slots-main = Blokke i hovedprogrammet (1 til 16)
made-page-slots-p1 = Blokke i »Hjælper 1« (1 til 10)

# Sort into two boxes.
made-page-box-left = Venstre kasse (et flueben)
made-page-box-right = Højre kasse (et kryds)
made-page-cards = Kort (2 til { $max })
made-page-card = Kort { $number }
made-page-card-box = Kasse til kort { $number }
made-page-reason-card = Hvorfor kort { $number } hører til der
made-page-add-card = Tilføj et kort
made-page-remove-card = Fjern kort { $number }

# Pick the reply.
made-page-prompt = Situationen, for eksempel en besked, eleverne får
made-page-replies = Svar (2 til 4, ét af dem rigtigt)
made-page-reply = Svar { $number }
made-page-right = Svar { $number } er det rigtige
made-page-reason-reply = Hvorfor svar { $number } er rigtigt eller forkert
made-page-add-reply = Tilføj et svar
made-page-remove-reply = Fjern svar { $number }

# Spot the red flags.
made-page-screen = Det ser eleverne
made-page-screen-message = En chatbesked
made-page-screen-email = En e-mail
made-page-screen-web = En webside
made-page-parts = Linjer, oppefra og ned (2 til { $max }: nogle er faresignaler, nogle er i orden)
made-page-part = Linje { $number }
made-page-flag = Linje { $number } er et faresignal
made-page-reason-part = Hvorfor linje { $number } er i orden eller et faresignal
made-page-add-part = Tilføj en linje
made-page-remove-part = Fjern linje { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Fjern
made-page-check = Tjek banen
made-page-save = Gem i mine baner
made-page-checking = Banen bliver tjekket. Det kan tage et par sekunder…
# After saving; a made-checked-… message follows it.
made-page-saved = »{ $title }« er gemt i dine baner.
made-page-copied = Der er en kopi i formularen ovenfor. Ret den, og gem den så.

# My levels.
made-page-library = Mine baner
made-page-library-empty = Ingen baner endnu. De baner, du gemmer, vises her.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = bedst: { $par } { $par ->
        [one] blok
       *[other] blokke
    }
made-page-edit = Redigér
made-page-edit-level = Redigér { $title }
made-page-copy = Kopiér
made-page-copy-level = Kopiér { $title }
made-page-remove-level = Fjern { $title }
made-page-remove-confirm = Fjern »{ $title }« fra dine baner? Links, du allerede har lavet, beholder den.
made-page-remove-yes = Ja, fjern
made-page-removed = »{ $title }« er fjernet fra dine baner.
made-page-download = Hent mine baner
made-page-import = Tilføj baner fra en fil
made-page-import-file = Fil med baner
made-page-import-unreadable = { $file } kunne ikke læses.

# In "Give levels to a class".
made-page-assign = Baner, du selv har lavet
made-page-assign-none = De baner, du gemmer under »Lav dine egne baner«, vises her.
made-page-assign-max = Højst { $max } i ét link. Et link med baner, du selv har lavet, er altid signeret.
made-page-assignment-file = Hent filen til tabletterne
