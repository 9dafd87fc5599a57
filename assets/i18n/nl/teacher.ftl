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
