# The teacher page: a link for a class, the pupils' results, the class view. Read by
# teachers: plain, friendly and exact; the teacher is addressed as "u".

teacher-page-title = Byte Bridge voor leerkrachten
teacher-title = Byte Bridge voor leerkrachten
teacher-tagline = Geef uw klas levels, verzamel de resultaten en zie wie hulp nodig heeft.
teacher-skip = Naar de inhoud van de pagina
teacher-language = Taal

## Help
teacher-help = Hulp: waar blijven de klasgegevens?
teacher-help-local = Alles op deze pagina blijft in deze browser op dit apparaat. Er zijn geen accounts en geen server: er wordt nergens iets naartoe gestuurd, tenzij u een leergegevensopslag instelt onder “Naar een leergegevensopslag sturen”.
teacher-help-files = De resultaten komen van de tablets van de leerlingen, als bestanden of QR-codes. Haal de bestanden binnen onder “Resultaten verzamelen”, of scan de codes met de camera van dit apparaat.
teacher-help-signing = Met “Bestanden van leerlingen ondertekenen met een klassensleutel” ondertekenen de tablets elk resultatenbestand en elke QR-code. Een bestand dat achteraf is bewerkt, wordt hier gemarkeerd en niet meegeteld; zodra de bestanden van een leerling ondertekend waren, tellen diens bestanden en codes zonder geldige handtekening ook niet mee. De sleutel staat op de tablets, dus dit vangt bewerkte bestanden, niet iemand die de sleutel van een tablet kopieert en verzonnen resultaten ondertekent.
teacher-help-notes = Echte namen die u naast een spelnaam typt, blijven in deze browser. Ze verlaten hem alleen als u “Echte namen meenemen” aanvinkt en dan de CSV downloadt of het klasoverzicht afdrukt.
teacher-help-backup = Als u de gegevens van deze browser wist, worden ook de klasgegevens gewist. Download af en toe de CSV om een kopie te bewaren.
teacher-help-insecure = Deze pagina wordt niet via HTTPS geladen, dus ze werkt niet offline en kan de camera niet gebruiken. Resultatenbestanden werken altijd.

## Banners
teacher-dismiss = OK
teacher-storage-full = De opslag van deze browser is vol, dus uw laatste wijzigingen zijn niet opgeslagen. Download nu de CSV en verwijder daarna oude links of oude klasgegevens.
teacher-storage-blocked = Deze browser laat de pagina niets opslaan (privémodus of een instelling). Alles hier gaat verloren als u het tabblad sluit, dus download eerst de CSV.
teacher-error-action = Er ging iets mis. Laad de pagina opnieuw en probeer het nog eens; alles wat tot nu toe is opgeslagen, blijft bewaard.
teacher-error-start = De pagina voor leerkrachten kon niet starten. Laad de pagina opnieuw. Blijft dit gebeuren, probeer dan een recente versie van Chrome, Edge of Firefox.
teacher-update-ready = Er is een nieuwe versie van Byte Bridge klaar.
teacher-update = Nu opnieuw laden

## Give levels to a class
teacher-assign-title = Levels geven aan een klas
teacher-assign-intro = Kies de levels en maak dan een link. Leerlingen openen de link op hun tablet of scannen de QR-code, en vinden de levels als missie van vandaag.
teacher-class-name = Naam van de klas
teacher-class-name-hint = Bijvoorbeeld 4B. De naam gaat in de link mee naar de tablets, dus gebruik geen naam van een leerling.
teacher-levels = Levels
teacher-band-filter = Leeftijdsgroep
teacher-band-all = Alle leeftijden
teacher-competence-filter = DigComp 2.2-competentie
teacher-competence-all = Alle competenties
# A DigComp competence in the filter, e.g. "3.4 Programmeren".
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0-competentie
teacher-digcomp3-all = Alle competenties
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Heel “{ $world }”
teacher-no-levels = Geen enkel level past bij deze filters.
teacher-levels-selected = { $count ->
        [0] Nog geen level gekozen.
        [one] { $count } level gekozen.
       *[other] { $count } levels gekozen.
    }
teacher-select-none = Keuze wissen
teacher-lock = Andere levels op slot zetten
teacher-lock-hint = Leerlingen kunnen alleen deze levels spelen zolang deze missie op hun tablet staat.
teacher-sign = Bestanden van leerlingen ondertekenen met een klassensleutel
teacher-sign-hint = Een resultatenbestand of QR-code die is bewerkt nadat de tablet die opsloeg, wordt gemarkeerd en niet meegeteld. De sleutel staat op de tablets, dus wie hem van een tablet kopieert, kan nog steeds verzonnen resultaten ondertekenen.
teacher-create = Link maken

## The link
teacher-link-ready = De link voor uw klas
teacher-link = Link
teacher-copy = Link kopiëren
teacher-copied = Link gekopieerd.
teacher-copy-manual = De link is geselecteerd. Kopieer hem met de kopieeropdracht van uw apparaat.
teacher-qr-label = QR-code van de link voor { $name }
teacher-qr-caption = Leerlingen scannen deze code met de camera van de tablet om de missie te openen.
teacher-print-sheet = Blad afdrukken
teacher-earlier-title = Eerdere links
# Under a link's class name; $date is already formatted.
teacher-assignment-meta = { $count ->
        [one] { $count } level
       *[other] { $count } levels
    }, gemaakt op { $date }
teacher-assignment-levels = { $count ->
        [one] Het level tonen
       *[other] Alle { $count } levels tonen
    }
teacher-assignment-locked = andere levels op slot
teacher-assignment-signed = bestanden ondertekend
teacher-assignment-unsigned = bestanden niet ondertekend
teacher-show-qr = QR-code tonen
teacher-hide-qr = QR-code verbergen
teacher-remove = Link verwijderen
teacher-remove-confirm = De link voor “{ $name }” van deze pagina verwijderen?
teacher-remove-yes = Ja, verwijderen
teacher-cancel = Annuleren
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Missie van vandaag
teacher-sheet-how = Scan de code met de camera van de tablet, of typ de link hieronder in de browser.
teacher-sheet-levels = Levels van vandaag

## Collect results
teacher-collect-title = Resultaten verzamelen
teacher-collect-intro = Haal de resultatenbestanden van de leerlingen binnen, zoveel tegelijk als u wilt, of scan de QR-codes op hun tablets.
teacher-drop-hint = Zet de bestanden van de leerlingen hier neer
teacher-files-label = Resultatenbestanden van leerlingen
teacher-choose-files = Bestanden kiezen
teacher-results-title = Binnengehaald
teacher-results-empty = Nog geen bestanden binnengehaald.
teacher-results-clear = Deze lijst wissen
teacher-file-altered = Waarschuwing: dit bestand is bewerkt nadat de tablet het opsloeg.
teacher-file-failed = Niet binnengehaald:
teacher-file-unreadable = { $file } kon niet worden gelezen. Probeer het opnieuw, of sla het op de tablet opnieuw op.
teacher-code-unreadable = Deze QR-code kon niet worden gelezen. Probeer het nog eens.
teacher-status-signed = ondertekend
teacher-status-unsigned = niet gecontroleerd
teacher-status-summary = van een QR-code
teacher-scan-title = QR-codes scannen
teacher-scan-intro = Richt de camera op de resultatencode van een leerling. Hij blijft naar de volgende leerling zoeken tot u hem stopt.
teacher-scan = Een QR-code scannen
teacher-stop-camera = Camera stoppen
teacher-camera-label = Camerabeeld
teacher-camera-starting = De camera start…
teacher-camera-looking = Zoeken naar een QR-code…
teacher-camera-next = Gelukt. Houd de volgende code omhoog.
teacher-camera-stopped = De camera staat uit.
teacher-camera-unavailable = De camera kan hier niet worden gebruikt: er is er geen, hij is niet toegestaan, of de pagina wordt niet via HTTPS geladen. Resultatenbestanden werken altijd.
teacher-scanner-unavailable = De QR-codelezer kon niet worden geladen. Ga één keer online en probeer het opnieuw. Resultatenbestanden werken altijd.

## Your class
teacher-class-title = Uw klas
teacher-show-assignment = Tonen
teacher-all-levels = Alle levels
teacher-no-pupils = Nog geen resultaten. Verzamel hierboven de bestanden of codes van de leerlingen.
teacher-note-hint = Echte namen blijven alleen op dit apparaat. Downloads laten ze weg, tenzij u “Echte namen meenemen” aanvinkt.
teacher-note-label = Echte naam
teacher-note-for = Echte naam van { $name }
teacher-grid-caption = { $count ->
        [one] { $count } leerling, alle levels
       *[other] { $count } leerlingen, alle levels
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } leerling
       *[other] { $name }: { $count } leerlingen
    }
teacher-pupil = Leerling
teacher-pupil-altered = Bewerkt bestand
teacher-cell-empty = niet gespeeld
# The small line in a played cell; $time is already formatted, e.g. "1:35".
teacher-cell-detail = { $attempts ->
        [one] { $attempts } poging
       *[other] { $attempts } pogingen
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } tip
       *[other] {" "}· { $hints } tips
    }
teacher-forget = Leerling verwijderen
teacher-forget-pupil = Leerling { $name } verwijderen
teacher-forget-confirm = { $name } en alle resultaten van deze leerling van deze pagina verwijderen?
teacher-forget-yes = Ja, verwijderen
teacher-forgotten = { $name } is verwijderd.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Sluiten
teacher-no-attempts = Nog geen pogingen.
teacher-attempt-title = Poging { $number }, { $when }
teacher-attempt-stars = Sterren
teacher-stars-count = { $count ->
        [one] { $count } ster
       *[other] { $count } sterren
    }
teacher-attempt-outcome = Resultaat
teacher-attempt-time = Tijd
teacher-attempt-hints = Tips
teacher-attempt-mistakes = Fouten
teacher-program-main = Hoofdprogramma
teacher-program-p1 = Helper 1
teacher-program-p2 = Helper 2
teacher-program-empty = (leeg)
teacher-tile-else = anders
teacher-code = Als code
teacher-code-note = Hetzelfde programma als tekst, in een taal zoals Python. Leerlingen zien het in het spel met “Toon als code”.
teacher-answers = Antwoorden

## Per level
teacher-summary-title = Per level
teacher-summary-caption = Hoe elk level ging
teacher-summary-level = Level
teacher-summary-played = Gespeeld
teacher-summary-finished = Uitgespeeld
teacher-summary-stuck = Vastgelopen
teacher-summary-mean = Gemiddeld aantal pogingen
teacher-summary-common = Meest voorkomende problemen
# A problem and how often it happened, e.g. "De robot botste tegen een muur × 7".
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Downloaden, afdrukken, wissen
teacher-include-notes = Echte namen meenemen
teacher-include-notes-hint = Vink dit alleen aan voor een bestand of afdruk die bij u blijft, bijvoorbeeld voor uw eigen administratie.
teacher-download-csv = CSV downloaden
teacher-download-xapi = xAPI downloaden (JSON)
teacher-print-class = Klasoverzicht afdrukken
teacher-clear = Klasgegevens wissen
teacher-clear-confirm = Alle leerlingen, resultaten, echte namen en links uit deze browser wissen? Dit kan niet ongedaan worden gemaakt. Download eerst de CSV als u de resultaten wilt bewaren.
teacher-clear-yes = Ja, alles wissen
teacher-cleared = De klasgegevens zijn gewist.
teacher-language-unavailable = { $language } kon niet worden gedownload: deze browser heeft de taal nog niet. Maak verbinding met internet en kies de taal opnieuw.

## Send to a learning record store (LRS)
teacher-lrs-title = Naar een leergegevensopslag sturen
teacher-lrs-intro = Verzamelt uw school of het ministerie resultaten in een leergegevensopslag (learning record store, LRS)? Vul dan hier het xAPI-adres, de sleutel en het geheim daarvan in. Elk resultaat dat u binnenhaalt, wordt daarna vanzelf daarheen gestuurd, en elk resultaat maar één keer. Het adres, de sleutel en het geheim blijven in deze browser: de tablets van de leerlingen krijgen ze nooit.
teacher-lrs-endpoint = xAPI-adres (endpoint)
teacher-lrs-key = Sleutel (gebruikersnaam)
teacher-lrs-secret = Geheim (wachtwoord)
teacher-lrs-secret-kept = Laat dit leeg om het geheim te houden dat u eerder voor dit adres en deze sleutel hebt opgeslagen.
teacher-lrs-save = Opslaan en versturen
teacher-lrs-forget = Deze leergegevensopslag vergeten
teacher-lrs-retry = Nu opnieuw proberen
teacher-lrs-off = Er is geen leergegevensopslag ingesteld. Resultaten blijven in deze browser en in uw downloads.
teacher-lrs-done = { $sent ->
        [one] Het enige resultaat staat in de leergegevensopslag.
       *[other] Alle { $sent } resultaten staan in de leergegevensopslag.
    }
teacher-lrs-sending = { $waiting ->
        [one] Bezig met versturen: er wacht nog één resultaat.
       *[other] Bezig met versturen: er wachten nog { $waiting } resultaten.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Er wacht één resultaat: de leergegevensopslag is niet bereikbaar. Nieuwe poging over { $seconds } s. Als dit zo blijft, vraag dan de beheerder van de leergegevensopslag om het adres van deze pagina toe te staan.
       *[other] Er wachten { $waiting } resultaten: de leergegevensopslag is niet bereikbaar. Nieuwe poging over { $seconds } s. Als dit zo blijft, vraag dan de beheerder van de leergegevensopslag om het adres van deze pagina toe te staan.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Er wacht één resultaat: de leergegevensopslag antwoordde met fout { $status }. Nieuwe poging over { $seconds } s.
       *[other] Er wachten { $waiting } resultaten: de leergegevensopslag antwoordde met fout { $status }. Nieuwe poging over { $seconds } s.
    }
teacher-lrs-stopped-key = Het versturen is gestopt: de leergegevensopslag accepteert deze sleutel en dit geheim niet. Controleer ze en sla opnieuw op.
teacher-lrs-stopped-forbidden = Het versturen is gestopt: met deze sleutel mogen geen resultaten aan de leergegevensopslag worden toegevoegd. Vraag de beheerder om een sleutel die statements mag schrijven.
teacher-lrs-stopped-address = Het versturen is gestopt: dit adres antwoordt niet zoals een leergegevensopslag (antwoord { $status }). Controleer het xAPI-adres.
teacher-lrs-refused = { $refused ->
        [one] De leergegevensopslag heeft één resultaat geweigerd. Het wordt apart gehouden en niet opnieuw verstuurd.
       *[other] De leergegevensopslag heeft { $refused } resultaten geweigerd. Ze worden apart gehouden en niet opnieuw verstuurd.
    }
teacher-lrs-load-damaged = De instellingen voor de leergegevensopslag in deze browser konden niet worden gelezen. Vul ze opnieuw in: resultaten die al in de leergegevensopslag staan, worden niet dubbel opgeslagen.
teacher-lrs-load-newer = De instellingen voor de leergegevensopslag zijn opgeslagen door een nieuwere versie van deze pagina. Laad de pagina opnieuw om de nieuwe versie te krijgen; tot dan wordt er niets verstuurd.
teacher-lrs-error-no-address = Vul het xAPI-adres van de leergegevensopslag in.
teacher-lrs-error-address = Dit is geen webadres van een leergegevensopslag. Het moet eruitzien als https://lrs.example.org/xAPI/, zonder ? of #.
teacher-lrs-error-insecure = Het adres moet met https:// beginnen, zodat de sleutel en de resultaten versleuteld worden verstuurd.
teacher-lrs-error-credentials-in-address = Vul de sleutel en het geheim in hun eigen velden in, niet in het adres.
teacher-lrs-error-no-key = Vul de sleutel en het geheim in die u voor de leergegevensopslag hebt gekregen.
teacher-lrs-error-bad-key = De sleutel mag geen ":" bevatten. De sleutel en het geheim mogen geen regeleinden bevatten.
teacher-lrs-error-too-long = Het adres, de sleutel of het geheim is te lang (elk hoogstens 500 tekens).
teacher-lrs-forgotten = Het adres, de sleutel en het geheim van de leergegevensopslag zijn uit deze browser verwijderd.
teacher-lrs-empty = Nog niets te versturen. Resultaten die u binnenhaalt, gaan vanzelf naar de leergegevensopslag.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titel
made-field-task = Opdracht
made-field-learned = “Wat de leerlingen hebben geleerd”
made-field-hint = Tip
made-field-box = Bak
made-field-card = Kaart
made-field-prompt = Situatie
made-field-reply = Antwoord
made-field-part = Regel van het bericht
made-field-reason = Uitleg
made-problem-damaged = Dit is geen level dat op deze pagina is gemaakt, of het is beschadigd.
made-problem-newer = Dit level is gemaakt met een nieuwere versie van deze pagina. Laad de pagina opnieuw om de nieuwe versie te krijgen.
made-problem-language = Deze pagina kent de taal van dit level niet.
made-problem-missing = { $field }: vul dit veld in.
made-problem-too-long = { $field }: maak de tekst korter (hoogstens { $max } { $max ->
        [one] teken
       *[other] tekens
    }).
made-problem-undrawable = { $field }: sommige tekens kunnen niet op de tablets worden getoond: { $chars }. Gebruik letters, cijfers en gewone leestekens (geen emoji).
made-problem-hints = Een level heeft drie tips nodig: een duwtje, het idee en dan een deel van het antwoord.
made-problem-count = { $field }: te weinig of te veel (hoogstens { $max }).
made-problem-one-right = Markeer precies één antwoord als het goede.
made-problem-box-unused = Bij elke bak moet minstens één kaart horen.
made-problem-flags = Markeer minstens één regel als alarmsignaal en laat minstens één regel zonder alarmsignaal.
made-problem-board-size = Het bord moet 2 tot { $max } { $max ->
        [one] vakje
       *[other] vakjes
    } breed en 1 tot { $max } { $max ->
        [one] vakje
       *[other] vakjes
    } hoog zijn.
made-problem-board-start = Zet precies één startvakje op het bord.
made-problem-board-goal = Zet een vlag of minstens één lamp op het bord.
made-problem-board = Het bord breekt een regel van het spel. Controleer de vakjes en de blokken die u aanbiedt.
made-problem-tiles = Bied minstens één blok aan.
made-problem-already-solved = De robot is al klaar voordat hij rijdt: zet de vlag verder van de start.
made-problem-slots = Het kortste programma dat dit bord oplost, heeft { $tiles } { $tiles ->
        [one] blok
       *[other] blokken
    }. Geef het programma ruimte voor minstens { $tiles } { $tiles ->
        [one] blok
       *[other] blokken
    }.
made-problem-unsolvable = Met deze blokken komt de robot niet bij de vlag (en bij elke lamp). Maak een pad vrij, of bied meer blokken aan (bijvoorbeeld draaien of een lus).
made-problem-too-large = Dit bord is te groot om te controleren: geen programma met minder dan { $tiles } { $tiles ->
        [one] blok
       *[other] blokken
    } lost het op, en van de langere zijn er te veel om ze allemaal te proberen. Maak het bord kleiner of het pad korter, of bied een lus aan.
made-problem-par = Het level heeft nog geen beste oplossing: controleer het eerst op deze pagina.
made-checked-robot = De robot kan het: het beste programma heeft { $par } { $par ->
        [one] blok
       *[other] blokken
    }. Leerlingen krijgen 3 sterren met { $par } { $par ->
        [one] blok
       *[other] blokken
    } of minder.
made-checked-answers = Klaar: elk antwoord heeft uitleg.
made-kind-robot_grid = Robot op het bord
made-kind-sort = Sorteren in twee bakken
made-kind-pick_reply = Kies het antwoord
made-kind-spot_flags = Vind de alarmsignalen
made-copy-title = { $title } (kopie)
made-import-done = { $added ->
    [one] Eén level toegevoegd.
   *[other] { $added } levels toegevoegd.
} { $skipped ->
    [0] {""}
    [one] Eén was er al.
   *[other] { $skipped } waren er al.
}
made-import-not-ours = { $file } is geen bestand met levels van deze pagina.
made-import-too-large = { $file } is te groot voor een bestand met levels (hoogstens 1 MB en 100 levels).
made-import-bad-level = { $file }: level { $number } (“{ $title }”) kan niet worden gebruikt, dus er is niets toegevoegd. { $problem }
made-assign-too-many = Een klassenlink kan hoogstens { $max } { $max ->
        [one] zelfgemaakt level
       *[other] zelfgemaakte levels
    } bevatten.
made-assign-unknown = Een level dat u koos, staat niet meer in uw verzameling. Kies de levels opnieuw.
made-qr-too-long = Deze link is te lang voor een QR-code die een tablet kan lezen ({ $length } { $length ->
        [one] teken
       *[other] tekens
    }; een code bevat er hoogstens { $max }). Deel de link zelf, of download het bestand en open het op elke tablet onder “Volwassenen” → “Spelers uit een bestand halen”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Zelf levels maken
made-page-intro = Schrijf een level in uw eigen woorden en controleer of het werkt. Uw levels blijven in deze browser onder “Mijn levels”, en u kunt ze aan een klas geven zoals de levels van het spel.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Een nieuw level
made-page-editing = “{ $title }” wijzigen
made-page-editing-hint = Bij opslaan wordt de oude versie in uw levels vervangen.
made-page-start-new = Nieuw level beginnen
made-page-kind = Soort level
made-page-band = Leeftijdsgroep
made-page-title = Titel
made-page-task = Opdracht: wat de leerlingen moeten doen
made-page-learned = Wat de leerlingen hebben geleerd (aan het eind getoond)
made-page-hints = Drie tips
made-page-hint-1 = Tip 1: een duwtje
made-page-hint-2 = Tip 2: het idee
made-page-hint-3 = Tip 3: een deel van het antwoord, niet alles

# The robot grid.
made-page-width = Breedte (vakjes)
made-page-height = Hoogte (rijen)
made-page-paint = Schilderen met
made-page-board = Bord
made-page-board-hint = Tik op een vakje om het te schilderen. Er is één start en één vlag: schildert u er nog een, dan verhuist die. Met een toetsenbord gaat u met de pijltjestoetsen van vakje naar vakje.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rij { $row }, vakje { $column }: { $what }
made-page-square-wall = muur
made-page-square-floor = vloer
made-page-square-start = start
made-page-square-flag = vlag
made-page-square-lamp = lamp
made-page-square-red = rode vloer
made-page-square-blue = blauwe vloer
made-page-square-green = groene vloer
made-page-facing = Aan het begin kijkt de robot naar
made-page-facing-north = het noorden (boven)
made-page-facing-east = het oosten (rechts)
made-page-facing-south = het zuiden (beneden)
made-page-facing-west = het westen (links)
made-page-tiles = Blokken die de leerlingen mogen gebruiken
made-page-conditions = Vragen die de blokken “Als” en “Herhaal zolang” mogen stellen
made-page-conditions-hint = Vink er minstens één aan.
made-page-slots-main = Blokken in het hoofdprogramma (1 tot 16)
made-page-slots-p1 = Blokken in Helper 1 (1 tot 10)

# Sort into two boxes.
made-page-box-left = Linkerbak (een vinkje)
made-page-box-right = Rechterbak (een kruisje)
made-page-cards = Kaarten (2 tot { $max })
made-page-card = Kaart { $number }
made-page-card-box = Bak voor kaart { $number }
made-page-reason-card = Waarom kaart { $number } daar hoort
made-page-add-card = Kaart toevoegen
made-page-remove-card = Kaart { $number } verwijderen

# Pick the reply.
made-page-prompt = De situatie, bijvoorbeeld een bericht dat de leerlingen krijgen
made-page-replies = Antwoorden (2 tot 4, waarvan één goed)
made-page-reply = Antwoord { $number }
made-page-right = Antwoord { $number } is het goede
made-page-reason-reply = Waarom antwoord { $number } goed of fout is
made-page-add-reply = Antwoord toevoegen
made-page-remove-reply = Antwoord { $number } verwijderen

# Spot the red flags.
made-page-screen = Wat de leerlingen zien
made-page-screen-message = Een chatbericht
made-page-screen-email = Een e-mail
made-page-screen-web = Een webpagina
made-page-parts = Regels, van boven naar beneden (2 tot { $max }: sommige alarmsignalen, sommige in orde)
made-page-part = Regel { $number }
made-page-flag = Regel { $number } is een alarmsignaal
made-page-reason-part = Waarom regel { $number } in orde is of een alarmsignaal is
made-page-add-part = Regel toevoegen
made-page-remove-part = Regel { $number } verwijderen

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Verwijderen
made-page-check = Level controleren
made-page-save = Opslaan in mijn levels
made-page-checking = Het level wordt gecontroleerd. Dit kan een paar seconden duren…
# After saving; a made-checked-… message follows it.
made-page-saved = “{ $title }” is opgeslagen in uw levels.
made-page-copied = Er staat een kopie in het formulier hierboven. Pas die aan en sla hem dan op.

# My levels.
made-page-library = Mijn levels
made-page-library-empty = Nog geen levels. De levels die u opslaat, verschijnen hier.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = beste: { $par } { $par ->
        [one] blok
       *[other] blokken
    }
made-page-edit = Bewerken
made-page-edit-level = { $title } bewerken
made-page-copy = Kopiëren
made-page-copy-level = { $title } kopiëren
made-page-remove-level = { $title } verwijderen
made-page-remove-confirm = “{ $title }” uit uw levels verwijderen? Links die u al hebt gemaakt, houden het.
made-page-remove-yes = Ja, verwijderen
made-page-removed = “{ $title }” is uit uw levels verwijderd.
made-page-download = Mijn levels downloaden
made-page-import = Levels uit een bestand toevoegen
made-page-import-file = Bestand met levels
made-page-import-unreadable = { $file } kon niet worden gelezen.

# In "Give levels to a class".
made-page-assign = Zelfgemaakte levels
made-page-assign-none = De levels die u opslaat onder “Zelf levels maken”, verschijnen hier.
made-page-assign-max = Hoogstens { $max } in één link. Een link met zelfgemaakte levels is altijd ondertekend.
made-page-assignment-file = Bestand voor de tablets downloaden
