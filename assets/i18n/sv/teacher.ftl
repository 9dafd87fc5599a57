# The teacher page: a link for a class, the pupils' results, the class view. Read by
# teachers: plain, friendly and exact. Swedish addresses teachers as "du" too.

teacher-page-title = Byte Bridge för lärare
teacher-title = Byte Bridge för lärare
teacher-tagline = Ge din klass nivåer, samla in resultaten och se vem som behöver hjälp.
teacher-skip = Hoppa till sidans innehåll
teacher-language = Språk

## Help
teacher-help = Hjälp: vart tar klassens data vägen?
teacher-help-local = Allt på den här sidan stannar i den här webbläsaren på den här enheten. Det finns inga konton och ingen server: ingenting skickas någonstans, om du inte ställer in en lärandedatabas under ”Skicka till en lärandedatabas”.
teacher-help-files = Resultaten kommer från elevernas surfplattor, som filer eller QR-koder. Hämta in filerna under ”Samla in resultat”, eller skanna koderna med den här enhetens kamera.
teacher-help-signing = Med ”Signera elevernas filer med en klassnyckel” signerar surfplattorna varje resultatfil och QR-kod. En fil som har ändrats i efterhand markeras här och räknas inte; när en elevs filer väl har varit signerade räknas inte heller elevens filer och koder utan giltig signatur. Nyckeln finns på surfplattorna, så det här fångar ändrade filer, inte någon som kopierar nyckeln från en surfplatta och signerar påhittade resultat.
teacher-help-notes = Riktiga namn som du skriver bredvid ett spelnamn stannar i den här webbläsaren. De lämnar den bara om du kryssar i ”Ta med riktiga namn” och sedan laddar ner CSV-filen eller skriver ut klassvyn.
teacher-help-backup = Om du rensar den här webbläsarens data raderas även klassens data. Ladda ner CSV-filen då och då för att ha en kopia.
teacher-help-insecure = Den här sidan visas inte via HTTPS, så den fungerar inte offline och kan inte använda kameran. Resultatfiler fungerar alltid.

## Banners
teacher-dismiss = OK
teacher-storage-full = Webbläsarens lagring är full, så dina senaste ändringar har inte sparats. Ladda ner CSV-filen nu och ta sedan bort gamla länkar eller gammal klassdata.
teacher-storage-blocked = Den här webbläsaren låter inte sidan spara något (privat läge eller en inställning). Allt här försvinner när du stänger fliken, så ladda ner CSV-filen innan dess.
teacher-error-action = Något gick fel. Ladda om sidan och försök igen; allt som har sparats hittills finns kvar.
teacher-error-start = Lärarsidan kunde inte starta. Ladda om den. Om det fortsätter att hända, prova en uppdaterad Chrome, Edge eller Firefox.
teacher-update-ready = En ny version av Byte Bridge är klar.
teacher-update = Ladda om nu

## Give levels to a class
teacher-assign-title = Ge en klass nivåer
teacher-assign-intro = Välj nivåerna och skapa sedan en länk. Eleverna öppnar länken på sina surfplattor eller skannar dess QR-kod och hittar nivåerna som dagens uppdrag.
teacher-class-name = Klassens namn
teacher-class-name-hint = Till exempel 4B. Namnet följer med i länken till surfplattorna, så använd inte en elevs namn.
teacher-levels = Nivåer
teacher-band-filter = Åldersgrupp
teacher-band-all = Alla åldrar
teacher-competence-filter = DigComp 2.2-kompetens
teacher-competence-all = Alla kompetenser
# A DigComp competence in the filter, e.g. "3.4 Programmering".
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0-kompetens
teacher-digcomp3-all = Alla kompetenser
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Hela ”{ $world }”
teacher-no-levels = Ingen nivå passar de här filtren.
teacher-levels-selected = { $count ->
        [0] Ingen nivå vald än.
        [one] { $count } nivå vald.
       *[other] { $count } nivåer valda.
    }
teacher-select-none = Rensa valet
teacher-lock = Lås de andra nivåerna
teacher-lock-hint = Eleverna kan bara spela de här nivåerna medan uppdraget finns på deras surfplatta.
teacher-sign = Signera elevernas filer med en klassnyckel
teacher-sign-hint = En resultatfil eller QR-kod som har ändrats efter att surfplattan sparade den markeras och räknas inte. Nyckeln finns på surfplattorna, så den som kopierar den från en surfplatta kan ändå signera påhittade resultat.
teacher-create = Skapa länk

## The link
teacher-link-ready = Länken till din klass
teacher-link = Länk
teacher-copy = Kopiera länk
teacher-copied = Länken har kopierats.
teacher-copy-manual = Länken är markerad. Kopiera den med enhetens kopieringskommando.
teacher-qr-label = QR-kod för länken till { $name }
teacher-qr-caption = Eleverna skannar koden med surfplattans kamera för att öppna uppdraget.
teacher-print-sheet = Skriv ut blad
teacher-earlier-title = Tidigare länkar
# Under a link's class name; $date is already formatted.
teacher-assignment-meta = { $count ->
        [one] { $count } nivå
       *[other] { $count } nivåer
    }, skapad { $date }
teacher-assignment-levels = { $count ->
        [one] Visa nivån
       *[other] Visa alla { $count } nivåer
    }
teacher-assignment-locked = andra nivåer låsta
teacher-assignment-signed = filer signerade
teacher-assignment-unsigned = filer inte signerade
teacher-show-qr = Visa QR-kod
teacher-hide-qr = Dölj QR-kod
teacher-remove = Ta bort länk
teacher-remove-confirm = Ta bort länken till ”{ $name }” från den här sidan?
teacher-remove-yes = Ja, ta bort
teacher-cancel = Avbryt
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Dagens uppdrag
teacher-sheet-how = Skanna koden med surfplattans kamera, eller skriv in länken nedan i webbläsaren.
teacher-sheet-levels = Dagens nivåer

## Collect results
teacher-collect-title = Samla in resultat
teacher-collect-intro = Hämta in elevernas resultatfiler, så många på en gång som du vill, eller skanna QR-koderna på deras surfplattor.
teacher-drop-hint = Släpp elevernas filer här
teacher-files-label = Elevernas resultatfiler
teacher-choose-files = Välj filer
teacher-results-title = Inhämtat
teacher-results-empty = Inga filer inhämtade än.
teacher-results-clear = Rensa listan
teacher-file-altered = Varning: den här filen ändrades efter att surfplattan sparade den.
teacher-file-failed = Inte inhämtad:
teacher-file-unreadable = { $file } kunde inte läsas. Försök igen, eller spara den igen på surfplattan.
teacher-code-unreadable = QR-koden kunde inte läsas. Försök igen.
teacher-status-signed = signerad
teacher-status-unsigned = inte kontrollerad
teacher-status-summary = från en QR-kod
teacher-scan-title = Skanna QR-koder
teacher-scan-intro = Rikta kameran mot en elevs resultatkod. Den fortsätter att leta efter nästa elev tills du stoppar den.
teacher-scan = Skanna en QR-kod
teacher-stop-camera = Stoppa kameran
teacher-camera-label = Kamerabild
teacher-camera-starting = Kameran startar…
teacher-camera-looking = Letar efter en QR-kod…
teacher-camera-next = Klart. Håll upp nästa kod.
teacher-camera-stopped = Kameran är avstängd.
teacher-camera-unavailable = Kameran kan inte användas här: det finns ingen, den tilläts inte, eller sidan visas inte via HTTPS. Resultatfiler fungerar alltid.
teacher-scanner-unavailable = QR-kodläsaren kunde inte laddas. Gå ut på internet en gång och försök igen. Resultatfiler fungerar alltid.

## Your class
teacher-class-title = Din klass
teacher-show-assignment = Visa
teacher-all-levels = Alla nivåer
teacher-no-pupils = Inga resultat än. Samla in elevernas filer eller koder ovan.
teacher-note-hint = Riktiga namn stannar bara på den här enheten. Nedladdningar utelämnar dem, om du inte kryssar i ”Ta med riktiga namn”.
teacher-note-label = Riktigt namn
teacher-note-for = Riktigt namn för { $name }
teacher-grid-caption = { $count ->
        [one] { $count } elev, alla nivåer
       *[other] { $count } elever, alla nivåer
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } elev
       *[other] { $name }: { $count } elever
    }
teacher-pupil = Elev
teacher-pupil-altered = Ändrad fil
teacher-cell-empty = inte spelad
# The small line in a played cell; $time is already formatted, e.g. "1:35".
teacher-cell-detail = { $attempts ->
        [one] { $attempts } försök
       *[other] { $attempts } försök
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } tips
       *[other] {" "}· { $hints } tips
    }
teacher-forget = Ta bort elev
teacher-forget-pupil = Ta bort eleven { $name }
teacher-forget-confirm = Ta bort { $name } och alla elevens resultat från den här sidan?
teacher-forget-yes = Ja, ta bort
teacher-forgotten = { $name } har tagits bort.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Stäng
teacher-no-attempts = Inga försök än.
teacher-attempt-title = Försök { $number }, { $when }
teacher-attempt-stars = Stjärnor
teacher-stars-count = { $count ->
        [one] { $count } stjärna
       *[other] { $count } stjärnor
    }
teacher-attempt-outcome = Resultat
teacher-attempt-time = Tid
teacher-attempt-hints = Tips
teacher-attempt-mistakes = Misstag
teacher-program-main = Huvudprogram
teacher-program-p1 = Hjälpare 1
teacher-program-p2 = Hjälpare 2
teacher-program-empty = (tomt)
teacher-tile-else = annars
teacher-code = Som kod
teacher-code-note = Samma program som text, i ett språk som liknar Python. Eleverna ser det i spelet med ”Visa som kod”.
teacher-answers = Svar

## Per level
teacher-summary-title = Per nivå
teacher-summary-caption = Hur det gick på varje nivå
teacher-summary-level = Nivå
teacher-summary-played = Spelad
teacher-summary-finished = Klarad
teacher-summary-stuck = Fastnat
teacher-summary-mean = Försök i genomsnitt
teacher-summary-common = Vanligaste problemen
# A problem and how often it happened.
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Ladda ner, skriv ut, rensa
teacher-include-notes = Ta med riktiga namn
teacher-include-notes-hint = Kryssa bara i det här för en fil eller utskrift som stannar hos dig, till exempel för dina egna anteckningar.
teacher-download-csv = Ladda ner CSV
teacher-download-xapi = Ladda ner xAPI (JSON)
teacher-print-class = Skriv ut klassvyn
teacher-clear = Rensa klassens data
teacher-clear-confirm = Radera alla elever, resultat, riktiga namn och länkar från den här webbläsaren? Det går inte att ångra. Ladda ner CSV-filen först om du vill behålla resultaten.
teacher-clear-yes = Ja, radera allt
teacher-cleared = Klassens data har raderats.
teacher-language-unavailable = { $language } kunde inte laddas ner: den här webbläsaren har inte språket än. Anslut till internet och välj språket igen.

## Send to a learning record store (LRS)
teacher-lrs-title = Skicka till en lärandedatabas
teacher-lrs-intro = Om din skola eller huvudman samlar in resultat i en lärandedatabas (learning record store, LRS) fyller du i dess xAPI-adress, nyckel och hemlighet här. Varje resultat som du hämtar in skickas sedan dit automatiskt, och varje resultat bara en gång. Adressen, nyckeln och hemligheten stannar i den här webbläsaren: elevernas surfplattor får dem aldrig.
teacher-lrs-endpoint = xAPI-adress (endpoint)
teacher-lrs-key = Nyckel (användarnamn)
teacher-lrs-secret = Hemlighet (lösenord)
teacher-lrs-secret-kept = Lämna tomt för att behålla hemligheten som du sparade tidigare för den här adressen och nyckeln.
teacher-lrs-save = Spara och skicka
teacher-lrs-forget = Glöm den här lärandedatabasen
teacher-lrs-retry = Försök igen nu
teacher-lrs-off = Ingen lärandedatabas är inställd. Resultaten stannar i den här webbläsaren och i dina nedladdningar.
teacher-lrs-done = { $sent ->
        [one] Det enda resultatet finns i lärandedatabasen.
       *[other] Alla { $sent } resultat finns i lärandedatabasen.
    }
teacher-lrs-sending = { $waiting ->
        [one] Skickar: ett resultat väntar.
       *[other] Skickar: { $waiting } resultat väntar.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Ett resultat väntar: lärandedatabasen går inte att nå. Nytt försök om { $seconds } s. Om meddelandet ligger kvar, be den som sköter lärandedatabasen att tillåta den här sidans adress.
       *[other] { $waiting } resultat väntar: lärandedatabasen går inte att nå. Nytt försök om { $seconds } s. Om meddelandet ligger kvar, be den som sköter lärandedatabasen att tillåta den här sidans adress.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Ett resultat väntar: lärandedatabasen svarade med fel { $status }. Nytt försök om { $seconds } s.
       *[other] { $waiting } resultat väntar: lärandedatabasen svarade med fel { $status }. Nytt försök om { $seconds } s.
    }
teacher-lrs-stopped-key = Sändningen har stoppats: lärandedatabasen godtar inte den här nyckeln och hemligheten. Kontrollera dem och spara igen.
teacher-lrs-stopped-forbidden = Sändningen har stoppats: den här nyckeln får inte lägga till resultat i lärandedatabasen. Be den som sköter databasen om en nyckel som får skriva statements.
teacher-lrs-stopped-address = Sändningen har stoppats: den här adressen svarar inte som en lärandedatabas (svar { $status }). Kontrollera xAPI-adressen.
teacher-lrs-refused = { $refused ->
        [one] Lärandedatabasen avvisade ett resultat. Det har lagts åt sidan och skickas inte igen.
       *[other] Lärandedatabasen avvisade { $refused } resultat. De har lagts åt sidan och skickas inte igen.
    }
teacher-lrs-load-damaged = Inställningarna för lärandedatabasen som är sparade i den här webbläsaren gick inte att läsa. Fyll i dem igen: resultat som lärandedatabasen redan har sparas inte två gånger.
teacher-lrs-load-newer = Inställningarna för lärandedatabasen sparades av en nyare version av den här sidan. Ladda om sidan för att få den nya versionen; fram till dess skickas ingenting.
teacher-lrs-error-no-address = Fyll i lärandedatabasens xAPI-adress.
teacher-lrs-error-address = Det här är ingen webbadress till en lärandedatabas. Den ska se ut ungefär som https://lrs.example.org/xAPI/, utan ? eller #.
teacher-lrs-error-insecure = Adressen måste börja med https:// så att nyckeln och resultaten skickas krypterade.
teacher-lrs-error-credentials-in-address = Skriv nyckeln och hemligheten i sina egna fält, inte i adressen.
teacher-lrs-error-no-key = Fyll i nyckeln och hemligheten som du har fått för lärandedatabasen.
teacher-lrs-error-bad-key = Nyckeln får inte innehålla ":". Nyckeln och hemligheten får inte innehålla radbrytningar.
teacher-lrs-error-too-long = Adressen, nyckeln eller hemligheten är för lång (högst 500 tecken var).
teacher-lrs-forgotten = Lärandedatabasens adress, nyckel och hemlighet har tagits bort från den här webbläsaren.
teacher-lrs-empty = Inget att skicka än. Resultat som du hämtar in skickas automatiskt till lärandedatabasen.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titel
made-field-task = Uppgift
made-field-learned = ”Det här lärde sig eleverna”
made-field-hint = Tips
made-field-box = Låda
made-field-card = Kort
made-field-prompt = Situation
made-field-reply = Svar
made-field-part = Rad i meddelandet
made-field-reason = Förklaring
made-problem-damaged = Det här är ingen nivå som gjorts på den här sidan, eller så är den skadad.
made-problem-newer = Den här nivån gjordes med en nyare version av den här sidan. Ladda om sidan för att få den nya versionen.
made-problem-language = Den här sidan känner inte till nivåns språk.
made-problem-missing = { $field }: fyll i det här fältet.
made-problem-too-long = { $field }: korta texten (högst { $max } { $max ->
        [one] tecken
       *[other] tecken
    }).
made-problem-undrawable = { $field }: vissa tecken kan inte visas på surfplattorna: { $chars }. Använd bokstäver, siffror och vanliga skiljetecken (inga emojier).
made-problem-hints = En nivå behöver tre tips: en liten knuff, idén och sedan en del av svaret.
made-problem-count = { $field }: för få eller för många (högst { $max }).
made-problem-one-right = Markera exakt ett svar som det rätta.
made-problem-box-unused = Varje låda behöver minst ett kort som hör hemma i den.
made-problem-flags = Markera minst en rad som varningssignal, och lämna minst en rad utan varningssignal.
made-problem-board-size = Brädet ska vara 2 till { $max } { $max ->
        [one] ruta
       *[other] rutor
    } brett och 1 till { $max } { $max ->
        [one] ruta
       *[other] rutor
    } högt.
made-problem-board-start = Sätt ut exakt en startruta på brädet.
made-problem-board-goal = Sätt ut en flagga eller minst en lampa på brädet.
made-problem-board = Brädet bryter mot en regel i spelet. Kontrollera rutorna och blocken som du erbjuder.
made-problem-tiles = Erbjud minst ett block.
made-problem-already-solved = Roboten är klar innan den har kört: flytta flaggan bort från starten.
made-problem-slots = Det kortaste programmet som löser brädet har { $tiles } { $tiles ->
        [one] block
       *[other] block
    }. Ge programmet plats för minst { $tiles } { $tiles ->
        [one] block
       *[other] block
    }.
made-problem-unsolvable = Roboten kan inte nå flaggan (och varje lampa) med de här blocken. Öppna en väg, eller erbjud fler block (till exempel svängar eller en loop).
made-problem-too-large = Det här brädet är för stort för att kontrolleras: inget program med färre än { $tiles } { $tiles ->
        [one] block
       *[other] block
    } löser det, och de längre är för många för att prova alla. Gör brädet mindre eller vägen kortare, eller erbjud en loop.
made-problem-par = Nivån har ingen bästa lösning än: kontrollera den på den här sidan först.
made-checked-robot = Roboten klarar det: det bästa programmet har { $par } { $par ->
        [one] block
       *[other] block
    }. Eleverna får 3 stjärnor med { $par } { $par ->
        [one] block
       *[other] block
    } eller färre.
made-checked-answers = Klart: varje svar har en förklaring.
made-kind-robot_grid = Robot på brädet
made-kind-sort = Sortera i två lådor
made-kind-pick_reply = Välj svaret
made-kind-spot_flags = Hitta varningssignalerna
made-copy-title = { $title } (kopia)
made-import-done = { $added ->
    [one] En nivå har lagts till.
   *[other] { $added } nivåer har lagts till.
} { $skipped ->
    [0] {""}
    [one] En fanns redan här.
   *[other] { $skipped } fanns redan här.
}
made-import-not-ours = { $file } är ingen fil med nivåer från den här sidan.
made-import-too-large = { $file } är för stor för en fil med nivåer (högst 1 MB och 100 nivåer).
made-import-bad-level = { $file }: nivå { $number } (”{ $title }”) kan inte användas, så inget lades till. { $problem }
made-assign-too-many = En klasslänk kan innehålla högst { $max } { $max ->
        [one] nivå som du har gjort
       *[other] nivåer som du har gjort
    }.
made-assign-unknown = En nivå som du valde finns inte längre i din samling. Välj nivåerna igen.
made-qr-too-long = Den här länken är för lång för en QR-kod som en surfplatta kan läsa ({ $length } { $length ->
        [one] tecken
       *[other] tecken
    }; en kod rymmer { $max }). Dela själva länken, eller ladda ner filen och öppna den på varje surfplatta under ”Vuxna” → ”Hämta spelare från en fil”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Gör egna nivåer
made-page-intro = Skriv en nivå med egna ord och kontrollera att den fungerar. Dina nivåer sparas i den här webbläsaren under ”Mina nivåer”, och du kan ge dem till en klass precis som spelets egna nivåer.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = En ny nivå
made-page-editing = Du ändrar ”{ $title }”
made-page-editing-hint = När du sparar ersätts den gamla versionen i dina nivåer.
made-page-start-new = Börja på en ny nivå
made-page-kind = Typ av nivå
made-page-band = Åldersgrupp
made-page-title = Titel
made-page-task = Uppgift: vad eleverna ska göra
made-page-learned = Det här lärde sig eleverna (visas i slutet)
made-page-hints = Tre tips
made-page-hint-1 = Tips 1: en liten knuff
made-page-hint-2 = Tips 2: idén
made-page-hint-3 = Tips 3: en del av svaret, inte hela

# The robot grid.
made-page-width = Bredd (rutor)
made-page-height = Höjd (rader)
made-page-paint = Måla med
made-page-board = Bräde
made-page-board-hint = Tryck på en ruta för att måla den. Det finns bara en start och en flagga: målar du en ny flyttas den dit. Med tangentbordet flyttar du mellan rutorna med piltangenterna.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rad { $row }, ruta { $column }: { $what }
made-page-square-wall = vägg
made-page-square-floor = golv
made-page-square-start = start
made-page-square-flag = flagga
made-page-square-lamp = lampa
made-page-square-red = rött golv
made-page-square-blue = blått golv
made-page-square-green = grönt golv
made-page-facing = Roboten är från början vänd mot
made-page-facing-north = norr (uppåt)
made-page-facing-east = öster (åt höger)
made-page-facing-south = söder (nedåt)
made-page-facing-west = väster (åt vänster)
made-page-tiles = Block som eleverna får använda
made-page-conditions = Frågor som blocken ”Om” och ”Upprepa medan” får ställa
made-page-conditions-hint = Kryssa i minst en.
made-page-slots-main = Block i huvudprogrammet (1 till 16)
made-page-slots-p1 = Block i Hjälpare 1 (1 till 10)

# Sort into two boxes.
made-page-box-left = Vänster låda (en bock)
made-page-box-right = Höger låda (ett kryss)
made-page-cards = Kort (2 till { $max })
made-page-card = Kort { $number }
made-page-card-box = Låda för kort { $number }
made-page-reason-card = Varför kort { $number } hör hemma där
made-page-add-card = Lägg till ett kort
made-page-remove-card = Ta bort kort { $number }

# Pick the reply.
made-page-prompt = Situationen, till exempel ett meddelande som eleverna får
made-page-replies = Svar (2 till 4, ett av dem rätt)
made-page-reply = Svar { $number }
made-page-right = Svar { $number } är det rätta
made-page-reason-reply = Varför svar { $number } är rätt eller fel
made-page-add-reply = Lägg till ett svar
made-page-remove-reply = Ta bort svar { $number }

# Spot the red flags.
made-page-screen = Det här ser eleverna
made-page-screen-message = Ett chattmeddelande
made-page-screen-email = Ett mejl
made-page-screen-web = En webbsida
made-page-parts = Rader, uppifrån och ned (2 till { $max }: några är varningssignaler, några är okej)
made-page-part = Rad { $number }
made-page-flag = Rad { $number } är en varningssignal
made-page-reason-part = Varför rad { $number } är okej eller en varningssignal
made-page-add-part = Lägg till en rad
made-page-remove-part = Ta bort rad { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Ta bort
made-page-check = Kontrollera nivån
made-page-save = Spara i mina nivåer
made-page-checking = Nivån kontrolleras. Det kan ta några sekunder…
# After saving; a made-checked-… message follows it.
made-page-saved = ”{ $title }” är sparad i dina nivåer.
made-page-copied = En kopia finns i formuläret ovan. Ändra den och spara den sedan.

# My levels.
made-page-library = Mina nivåer
made-page-library-empty = Inga nivåer än. Nivåerna som du sparar visas här.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = bäst: { $par } { $par ->
        [one] block
       *[other] block
    }
made-page-edit = Redigera
made-page-edit-level = Redigera { $title }
made-page-copy = Kopiera
made-page-copy-level = Kopiera { $title }
made-page-remove-level = Ta bort { $title }
made-page-remove-confirm = Ta bort ”{ $title }” från dina nivåer? Länkar som du redan har gjort behåller den.
made-page-remove-yes = Ja, ta bort
made-page-removed = ”{ $title }” har tagits bort från dina nivåer.
made-page-download = Ladda ner mina nivåer
made-page-import = Lägg till nivåer från en fil
made-page-import-file = Fil med nivåer
made-page-import-unreadable = { $file } kunde inte läsas.

# In "Give levels to a class".
made-page-assign = Nivåer som du har gjort
made-page-assign-none = Nivåerna som du sparar under ”Gör egna nivåer” visas här.
made-page-assign-max = Högst { $max } i en länk. En länk med nivåer som du har gjort är alltid signerad.
made-page-assignment-file = Ladda ner filen för surfplattorna
