# The teacher page (web/teacher.html, web/teacher.js): a link for a class, the pupils'
# results, the class view. Read by teachers: formal "Sie". The printed sheet (sheet-…) is
# read by the children: "ihr".

teacher-page-title = Byte Bridge für Lehrkräfte
teacher-title = Byte Bridge für Lehrkräfte
teacher-tagline = Geben Sie Ihrer Klasse Level, sammeln Sie die Ergebnisse ein und sehen Sie, wer Hilfe braucht.
teacher-skip = Zum Inhalt springen
teacher-language = Sprache

## Help
teacher-help = Hilfe: Wo bleiben die Klassendaten?
teacher-help-local = Alles auf dieser Seite bleibt in diesem Browser auf diesem Gerät. Es gibt keine Konten und keinen Server: Nichts wird irgendwohin gesendet, es sei denn, Sie richten unter „An einen Lerndatenspeicher senden“ einen Lerndatenspeicher ein.
teacher-help-files = Die Ergebnisse kommen von den Tablets der Kinder, als Dateien oder als QR-Codes. Holen Sie die Dateien unter „Ergebnisse einsammeln“ herein oder scannen Sie die Codes mit der Kamera dieses Geräts.
teacher-help-signing = Mit „Ergebnisdateien mit einem Klassenschlüssel signieren“ signieren die Tablets jede Ergebnisdatei und jeden QR-Code. Was danach bearbeitet wurde, wird hier markiert und nicht gezählt; sobald die Dateien eines Kindes signiert waren, zählen auch seine Dateien und Codes ohne gültige Signatur nicht mehr. Der Schlüssel liegt allerdings auf den Tablets: So fallen bearbeitete Dateien auf, aber wer den Schlüssel von einem Tablet kopiert, kann trotzdem erfundene Ergebnisse signieren.
teacher-help-notes = Echte Namen, die Sie neben einen Spielnamen schreiben, bleiben in diesem Browser. Sie verlassen ihn nur, wenn Sie „Echte Namen einbeziehen“ ankreuzen und dann die CSV-Datei herunterladen oder die Klassenansicht drucken.
teacher-help-backup = Wenn Sie die Daten dieses Browsers löschen, sind auch die Klassendaten weg. Laden Sie ab und zu die CSV-Datei herunter, damit Sie eine Kopie haben.
teacher-help-insecure = Diese Seite wird nicht über HTTPS geladen. Darum funktioniert sie nicht offline und kann die Kamera nicht nutzen. Ergebnisdateien funktionieren immer.

## Banners
teacher-dismiss = OK
teacher-storage-full = Der Speicher dieses Browsers ist voll, darum sind Ihre letzten Änderungen nicht gespeichert. Laden Sie jetzt die CSV-Datei herunter und entfernen Sie dann alte Links oder alte Klassendaten.
teacher-storage-blocked = Dieser Browser lässt die Seite nichts speichern (privates Fenster oder eine Einstellung). Alles hier geht verloren, wenn Sie den Tab schließen. Laden Sie deshalb vorher die CSV-Datei herunter.
teacher-error-action = Etwas ist schiefgelaufen. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal; alles bisher Gespeicherte bleibt erhalten.
teacher-error-start = Die Seite für Lehrkräfte konnte nicht starten. Bitte laden Sie sie neu. Wenn das immer wieder passiert, versuchen Sie es mit einem aktuellen Chrome, Edge oder Firefox.
teacher-update-ready = Eine neue Version von Byte Bridge ist bereit.
teacher-update = Jetzt neu laden

## Give levels to a class
teacher-assign-title = Level für eine Klasse
teacher-assign-intro = Wählen Sie die Level aus und erstellen Sie einen Link. Die Kinder öffnen ihn auf ihren Tablets oder scannen seinen QR-Code und finden die Level dann als Mission für heute.
teacher-class-name = Name der Klasse
teacher-class-name-hint = Zum Beispiel 4b. Der Name kommt mit dem Link auf die Tablets, verwenden Sie also keine Namen von Kindern.
teacher-levels = Level
# The level filters: by age band, by DigComp 2.2 and by DigComp 3.0 competence.
teacher-band-filter = Altersstufe
teacher-band-all = Alle Altersstufen
teacher-competence-filter = DigComp-2.2-Kompetenz
teacher-competence-all = Alle Kompetenzen
# A DigComp competence in the filter, e.g. "3.4 Programmieren".
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp-3.0-Kompetenz
teacher-digcomp3-all = Alle Kompetenzen
# Under a level in the picker: its ids in each framework (a list such as "4.2, 2.6").
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
# The checkbox that chooses every level of one world.
teacher-whole-world = Alle aus „{ $world }“
teacher-no-levels = Kein Level passt zu dieser Auswahl.
teacher-levels-selected = { $count ->
        [0] Noch kein Level ausgewählt.
        [one] { $count } Level ausgewählt.
       *[other] { $count } Level ausgewählt.
    }
teacher-select-none = Auswahl aufheben
teacher-lock = Andere Level sperren
teacher-lock-hint = Die Kinder können nur diese Level spielen, solange diese Mission auf ihrem Tablet ist.
teacher-sign = Ergebnisdateien mit einem Klassenschlüssel signieren
teacher-sign-hint = Eine Ergebnisdatei oder ein QR-Code, nachträglich bearbeitet, wird markiert und nicht gezählt. Der Schlüssel liegt auf den Tablets: Wer ihn von dort kopiert, kann trotzdem erfundene Ergebnisse signieren.
teacher-create = Link erstellen

## The link
teacher-link-ready = Der Link für Ihre Klasse
teacher-link = Link
teacher-copy = Link kopieren
teacher-copied = Link kopiert.
teacher-copy-manual = Der Link ist markiert. Kopieren Sie ihn mit dem Kopierbefehl Ihres Geräts.
teacher-qr-label = QR-Code des Links für { $name }
teacher-qr-caption = Die Kinder scannen diesen Code mit der Kamera des Tablets und öffnen so die Mission.
teacher-print-sheet = Blatt drucken
teacher-earlier-title = Frühere Links
# Under a link's class name; $date is already formatted, e.g. "29.11.2026, 10:42".
teacher-assignment-meta = { $count ->
        [one] { $count } Level
       *[other] { $count } Level
    }, erstellt am { $date }
teacher-assignment-levels = { $count ->
        [one] Das Level zeigen
       *[other] Alle { $count } Level zeigen
    }
teacher-assignment-locked = andere Level gesperrt
teacher-assignment-signed = Dateien signiert
teacher-assignment-unsigned = Dateien nicht signiert
teacher-show-qr = QR-Code zeigen
teacher-hide-qr = QR-Code ausblenden
teacher-remove = Link entfernen
teacher-remove-confirm = Den Link für „{ $name }“ von dieser Seite entfernen?
teacher-remove-yes = Ja, entfernen
teacher-cancel = Abbrechen
# Two links with the same class name in the class view's menu.
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Eure Mission für heute
teacher-sheet-how = Scannt den Code mit der Kamera des Tablets oder tippt den Link unten in den Browser.
teacher-sheet-levels = Die Level für heute

## Collect results
teacher-collect-title = Ergebnisse einsammeln
teacher-collect-intro = Holen Sie die Ergebnisdateien der Kinder herein, gern viele auf einmal, oder scannen Sie die QR-Codes auf ihren Tablets.
teacher-drop-hint = Ziehen Sie die Dateien der Kinder hierher
teacher-files-label = Ergebnisdateien der Kinder
teacher-choose-files = Dateien auswählen
teacher-results-title = Hereingeholt
teacher-results-empty = Noch keine Dateien hereingeholt.
teacher-results-clear = Liste leeren
teacher-file-altered = Achtung: Diese Datei wurde bearbeitet, nachdem das Tablet sie gespeichert hat.
teacher-file-failed = Nicht hereingeholt:
teacher-file-unreadable = { $file } konnte nicht gelesen werden. Versuchen Sie es noch einmal oder speichern Sie die Datei auf dem Tablet neu.
teacher-code-unreadable = Dieser QR-Code konnte nicht gelesen werden. Bitte versuchen Sie es noch einmal.
teacher-status-signed = signiert
teacher-status-unsigned = nicht geprüft
teacher-status-summary = aus einem QR-Code
teacher-scan-title = QR-Codes scannen
teacher-scan-intro = Richten Sie die Kamera auf den Ergebniscode eines Kindes. Danach sucht sie gleich den Code des nächsten Kindes, bis Sie sie anhalten.
teacher-scan = QR-Code scannen
teacher-stop-camera = Kamera anhalten
teacher-camera-label = Kamerabild
teacher-camera-starting = Die Kamera startet…
teacher-camera-looking = Suche nach einem QR-Code…
teacher-camera-next = Erkannt. Jetzt bitte den nächsten Code zeigen.
teacher-camera-stopped = Die Kamera ist aus.
teacher-camera-unavailable = Die Kamera kann hier nicht genutzt werden: Es gibt keine, sie wurde nicht erlaubt, oder die Seite wird nicht über HTTPS geladen. Ergebnisdateien funktionieren immer.
teacher-scanner-unavailable = Der QR-Code-Leser konnte nicht geladen werden. Gehen Sie einmal online und versuchen Sie es dann erneut. Ergebnisdateien funktionieren immer.

## Your class
teacher-class-title = Ihre Klasse
teacher-show-assignment = Zeigen
teacher-all-levels = Alle Level
teacher-no-pupils = Noch keine Ergebnisse. Sammeln Sie oben die Dateien oder Codes der Kinder ein.
teacher-note-hint = Echte Namen bleiben nur auf diesem Gerät. Downloads enthalten sie nur, wenn Sie „Echte Namen einbeziehen“ ankreuzen.
teacher-note-label = Echter Name
teacher-note-for = Echter Name von { $name }
teacher-grid-caption = { $count ->
        [one] { $count } Kind, alle Level
       *[other] { $count } Kinder, alle Level
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } Kind
       *[other] { $name }: { $count } Kinder
    }
teacher-pupil = Kind
teacher-pupil-altered = Bearbeitete Datei
teacher-cell-empty = nicht gespielt
# The small line in a played cell; $time is already formatted, e.g. "1:35".
teacher-cell-detail = { $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } Tipp
       *[other] {" "}· { $hints } Tipps
    }
teacher-forget = Kind entfernen
teacher-forget-pupil = Kind entfernen: { $name }
teacher-forget-confirm = { $name } mit allen Ergebnissen von dieser Seite entfernen?
teacher-forget-yes = Ja, entfernen
teacher-forgotten = { $name } wurde entfernt.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Schließen
teacher-no-attempts = Noch keine Versuche.
teacher-attempt-title = Versuch { $number }, { $when }
teacher-attempt-stars = Sterne
teacher-stars-count = { $count ->
        [one] { $count } Stern
       *[other] { $count } Sterne
    }
teacher-attempt-outcome = Ergebnis
teacher-attempt-time = Zeit
teacher-attempt-hints = Tipps
teacher-attempt-mistakes = Fehler
teacher-program-main = Hauptprogramm
teacher-program-p1 = Helfer 1
teacher-program-p2 = Helfer 2
teacher-program-empty = (leer)
# Between the two bodies of an if … else tile.
teacher-tile-else = sonst
# The program as Python-like text under its tiles (docs/coding-levels.md, "The program as text").
teacher-code = Als Code
teacher-code-note = Dasselbe Programm als Text, in einer Sprache wie Python. Die Kinder sehen es im Spiel mit „Als Code zeigen“.
teacher-answers = Antworten

## Per level
teacher-summary-title = Nach Level
teacher-summary-caption = Wie es in jedem Level lief
teacher-summary-level = Level
teacher-summary-played = Gespielt
teacher-summary-finished = Geschafft
teacher-summary-stuck = Hängen geblieben
teacher-summary-mean = Versuche im Schnitt
teacher-summary-common = Häufigste Probleme
# A problem and how often it happened, e.g. "Der Roboter ist gegen eine Wand gefahren. × 7".
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Herunterladen, drucken, löschen
teacher-include-notes = Echte Namen einbeziehen
teacher-include-notes-hint = Kreuzen Sie das nur für eine Datei oder einen Ausdruck an, die bei Ihnen bleiben, zum Beispiel für Ihr Notenbuch.
teacher-download-csv = CSV herunterladen
teacher-download-xapi = xAPI herunterladen (JSON)
teacher-print-class = Klassenansicht drucken
teacher-clear = Klassendaten löschen
teacher-clear-confirm = Alle Kinder, Ergebnisse, echten Namen und Links aus diesem Browser löschen? Das lässt sich nicht rückgängig machen. Laden Sie vorher die CSV-Datei herunter, wenn Sie die Ergebnisse behalten möchten.
teacher-clear-yes = Ja, alles löschen
teacher-cleared = Die Klassendaten wurden gelöscht.
teacher-language-unavailable = { $language } konnte nicht geladen werden: Dieser Browser hat die Sprache noch nicht. Verbinden Sie sich mit dem Internet und wählen Sie sie noch einmal.

## Send to a learning record store (LRS)
teacher-lrs-title = An einen Lerndatenspeicher senden
teacher-lrs-intro = Wenn Ihre Schule oder Ihr Ministerium Ergebnisse in einem Lerndatenspeicher (Learning Record Store, LRS) sammelt, tragen Sie hier seine xAPI-Adresse, den Schlüssel und das Geheimnis ein. Jedes Ergebnis, das Sie hereinholen, wird dann von selbst dorthin gesendet, und zwar nur einmal. Adresse, Schlüssel und Geheimnis bleiben in diesem Browser: Die Tablets der Kinder bekommen sie nie.
teacher-lrs-endpoint = xAPI-Adresse (Endpunkt)
teacher-lrs-key = Schlüssel (Benutzername)
teacher-lrs-secret = Geheimnis (Passwort)
teacher-lrs-secret-kept = Lassen Sie das Feld leer, um das bisher für diese Adresse und diesen Schlüssel gespeicherte Geheimnis zu behalten.
teacher-lrs-save = Speichern und senden
teacher-lrs-forget = Lerndatenspeicher entfernen
teacher-lrs-retry = Jetzt erneut versuchen
teacher-lrs-off = Es ist kein Lerndatenspeicher eingerichtet. Die Ergebnisse bleiben in diesem Browser und in Ihren Downloads.
teacher-lrs-done = { $sent ->
        [one] Das Ergebnis ist im Lerndatenspeicher.
       *[other] Alle { $sent } Ergebnisse sind im Lerndatenspeicher.
    }
teacher-lrs-sending = { $waiting ->
        [one] Wird gesendet: Ein Ergebnis wartet noch.
       *[other] Wird gesendet: { $waiting } Ergebnisse warten noch.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Ein Ergebnis wartet: Der Lerndatenspeicher ist nicht erreichbar. Neuer Versuch in { $seconds } s. Wenn das so bleibt, bitten Sie die Person, die den Lerndatenspeicher betreut, die Adresse dieser Seite zuzulassen.
       *[other] { $waiting } Ergebnisse warten: Der Lerndatenspeicher ist nicht erreichbar. Neuer Versuch in { $seconds } s. Wenn das so bleibt, bitten Sie die Person, die den Lerndatenspeicher betreut, die Adresse dieser Seite zuzulassen.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Ein Ergebnis wartet: Der Lerndatenspeicher hat mit dem Fehler { $status } geantwortet. Neuer Versuch in { $seconds } s.
       *[other] { $waiting } Ergebnisse warten: Der Lerndatenspeicher hat mit dem Fehler { $status } geantwortet. Neuer Versuch in { $seconds } s.
    }
teacher-lrs-stopped-key = Das Senden ist angehalten: Der Lerndatenspeicher nimmt diesen Schlüssel und dieses Geheimnis nicht an. Prüfen Sie beides und speichern Sie erneut.
teacher-lrs-stopped-forbidden = Das Senden ist angehalten: Mit diesem Schlüssel dürfen keine Ergebnisse in den Lerndatenspeicher geschrieben werden. Bitten Sie die Person, die ihn betreut, um einen Schlüssel, der Statements schreiben darf.
teacher-lrs-stopped-address = Das Senden ist angehalten: Diese Adresse antwortet nicht wie ein Lerndatenspeicher (Antwort { $status }). Prüfen Sie die xAPI-Adresse.
teacher-lrs-refused = { $refused ->
        [one] Der Lerndatenspeicher hat ein Ergebnis abgelehnt. Es wird beiseitegelegt und nicht noch einmal gesendet.
       *[other] Der Lerndatenspeicher hat { $refused } Ergebnisse abgelehnt. Sie werden beiseitegelegt und nicht noch einmal gesendet.
    }
teacher-lrs-load-damaged = Die in diesem Browser gespeicherten Einstellungen für den Lerndatenspeicher konnten nicht gelesen werden. Bitte geben Sie sie noch einmal ein: Ergebnisse, die der Lerndatenspeicher schon hat, werden nicht doppelt gespeichert.
teacher-lrs-load-newer = Die Einstellungen für den Lerndatenspeicher wurden von einer neueren Version dieser Seite gespeichert. Laden Sie die Seite neu, um die neue Version zu bekommen; bis dahin wird nichts gesendet.
teacher-lrs-error-no-address = Geben Sie die xAPI-Adresse des Lerndatenspeichers ein.
teacher-lrs-error-address = Das ist keine Webadresse eines Lerndatenspeichers. Sie sollte so aussehen: https://lrs.example.org/xAPI/, ohne ? oder #.
teacher-lrs-error-insecure = Die Adresse muss mit https:// beginnen, damit Schlüssel und Ergebnisse verschlüsselt übertragen werden.
teacher-lrs-error-credentials-in-address = Tragen Sie Schlüssel und Geheimnis in ihre eigenen Felder ein, nicht in die Adresse.
teacher-lrs-error-no-key = Geben Sie den Schlüssel und das Geheimnis ein, die Sie für den Lerndatenspeicher bekommen haben.
teacher-lrs-error-bad-key = Der Schlüssel darf kein ":" enthalten. Schlüssel und Geheimnis dürfen keine Zeilenumbrüche enthalten.
teacher-lrs-error-too-long = Adresse, Schlüssel oder Geheimnis ist zu lang (jeweils höchstens 500 Zeichen).
teacher-lrs-forgotten = Adresse, Schlüssel und Geheimnis des Lerndatenspeichers wurden aus diesem Browser entfernt.
teacher-lrs-empty = Noch nichts zu senden. Ergebnisse, die Sie hereinholen, gehen von selbst an den Lerndatenspeicher.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titel
made-field-task = Aufgabe
made-field-learned = „Was die Kinder gelernt haben“
made-field-hint = Tipp
made-field-box = Kiste
made-field-card = Karte
made-field-prompt = Situation
made-field-reply = Antwort
made-field-part = Zeile der Nachricht
made-field-reason = Begründung
made-problem-damaged = Das ist kein Level von dieser Seite, oder es ist beschädigt.
made-problem-newer = Dieses Level wurde mit einer neueren Version dieser Seite erstellt. Laden Sie die Seite neu, um die neue Version zu bekommen.
made-problem-language = Die Sprache dieses Levels kennt diese Seite nicht.
made-problem-missing = { $field }: Bitte füllen Sie dieses Feld aus.
made-problem-too-long = { $field }: Bitte kürzen Sie den Text auf höchstens { $max } { $max ->
        [one] Zeichen
       *[other] Zeichen
    }.
made-problem-undrawable = { $field }: Einige Zeichen können auf den Tablets nicht angezeigt werden: { $chars }. Bitte verwenden Sie Buchstaben, Ziffern und normale Satzzeichen (keine Emojis).
made-problem-hints = Ein Level braucht drei Tipps: einen Anstoß, die Idee und dann einen Teil der Lösung.
made-problem-count = { $field }: Es sind zu wenige oder zu viele (höchstens { $max }).
made-problem-one-right = Markieren Sie genau eine Antwort als die richtige.
made-problem-box-unused = Zu jeder Kiste muss mindestens eine Karte gehören.
made-problem-flags = Markieren Sie mindestens eine Zeile als Warnzeichen und lassen Sie mindestens eine Zeile ohne Warnzeichen.
made-problem-board-size = Das Spielfeld muss 2 bis { $max } { $max ->
        [one] Feld
       *[other] Felder
    } breit und 1 bis { $max } { $max ->
        [one] Feld
       *[other] Felder
    } hoch sein.
made-problem-board-start = Setzen Sie genau ein Startfeld auf das Spielfeld.
made-problem-board-goal = Setzen Sie eine Flagge oder mindestens eine Lampe auf das Spielfeld.
made-problem-board = Das Spielfeld verstößt gegen eine Regel des Spiels. Prüfen Sie die Felder und die Blöcke, die Sie anbieten.
made-problem-tiles = Bieten Sie mindestens einen Block an.
made-problem-already-solved = Der Roboter ist schon fertig, bevor er losfährt: Setzen Sie die Flagge weg vom Start.
made-problem-slots = Das kürzeste Programm, das dieses Spielfeld löst, hat { $tiles ->
        [one] einen Block
       *[other] { $tiles } Blöcke
    }. Geben Sie dem Programm Platz für mindestens { $tiles ->
        [one] einen Block
       *[other] { $tiles } Blöcke
    }.
made-problem-unsolvable = Mit diesen Blöcken kommt der Roboter nicht zur Flagge (und zu jeder Lampe). Öffnen Sie einen Weg oder bieten Sie mehr Blöcke an (zum Beispiel Drehungen oder eine Schleife).
made-problem-too-large = Dieses Spielfeld ist zu groß zum Prüfen: Kein Programm mit weniger als { $tiles } { $tiles ->
        [one] Block
       *[other] Blöcken
    } löst es, und von den längeren gibt es zu viele, um alle auszuprobieren. Machen Sie das Spielfeld kleiner oder den Weg kürzer, oder bieten Sie eine Schleife an.
made-problem-par = Für dieses Level gibt es noch keine beste Lösung: Prüfen Sie es zuerst auf dieser Seite.
made-checked-robot = Der Roboter schafft es: Das beste Programm hat { $par ->
        [one] einen Block
       *[other] { $par } Blöcke
    }. Die Kinder bekommen 3 Sterne mit { $par ->
        [one] einem Block
       *[other] { $par } Blöcken
    } oder weniger.
made-checked-answers = Fertig: Jede Antwort hat eine Begründung.
made-kind-robot_grid = Roboter auf dem Spielfeld
made-kind-sort = In zwei Kisten sortieren
made-kind-pick_reply = Die richtige Antwort wählen
made-kind-spot_flags = Warnzeichen finden
made-copy-title = { $title } (Kopie)
made-import-done = { $added ->
    [one] Ein Level hinzugefügt.
   *[other] { $added } Level hinzugefügt.
} { $skipped ->
    [0] {""}
    [one] Eines war schon da.
   *[other] { $skipped } waren schon da.
}
made-import-not-ours = { $file } ist keine Level-Datei von dieser Seite.
made-import-too-large = { $file } ist zu groß für eine Level-Datei (höchstens 1 MB und 100 Level).
made-import-bad-level = { $file }: Level { $number } („{ $title }“) kann nicht verwendet werden, darum wurde nichts hinzugefügt. { $problem }
made-assign-too-many = Ein Link für eine Klasse kann höchstens { $max } { $max ->
        [one] selbst erstelltes Level
       *[other] selbst erstellte Level
    } enthalten.
made-assign-unknown = Ein Level, das Sie ausgewählt haben, ist nicht mehr in Ihrer Sammlung. Wählen Sie die Level noch einmal aus.
made-qr-too-long = Dieser Link ist zu lang für einen QR-Code, den ein Tablet lesen kann ({ $length } { $length ->
        [one] Zeichen
       *[other] Zeichen
    }; ein Code fasst { $max }). Teilen Sie den Link selbst, oder laden Sie die Datei herunter und öffnen Sie sie auf jedem Tablet unter „Erwachsene“ → „Spieler aus einer Datei holen“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Eigene Level erstellen
made-page-intro = Schreiben Sie ein Level mit eigenen Worten und prüfen Sie, ob es funktioniert. Ihre Level bleiben in diesem Browser unter „Meine Level“, und Sie können sie einer Klasse geben wie die Level des Spiels.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Ein neues Level
made-page-editing = „{ $title }“ bearbeiten
made-page-editing-hint = Beim Speichern wird die bisherige Fassung unter „Meine Level“ ersetzt.
made-page-start-new = Neues Level beginnen
made-page-kind = Art des Levels
made-page-band = Altersstufe
made-page-title = Titel
made-page-task = Aufgabe: Was sollen die Kinder tun?
made-page-learned = Was die Kinder gelernt haben (wird am Ende gezeigt)
made-page-hints = Drei Tipps
made-page-hint-1 = Tipp 1: ein Anstoß
made-page-hint-2 = Tipp 2: die Idee
made-page-hint-3 = Tipp 3: ein Teil der Lösung, nicht die ganze

# The robot grid.
made-page-width = Breite (Felder)
made-page-height = Höhe (Reihen)
made-page-paint = Malen mit
made-page-board = Spielfeld
made-page-board-hint = Tippen Sie auf ein Feld, um es zu bemalen. Es gibt nur einen Start und eine Flagge: Malen Sie sie woanders hin, wandern sie dorthin. Mit der Tastatur wechseln Sie mit den Pfeiltasten zwischen den Feldern.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Reihe { $row }, Feld { $column }: { $what }
made-page-square-wall = Wand
made-page-square-floor = Boden
made-page-square-start = Start
made-page-square-flag = Flagge
made-page-square-lamp = Lampe
made-page-square-red = roter Boden
made-page-square-blue = blauer Boden
made-page-square-green = grüner Boden
made-page-facing = Der Roboter schaut zu Beginn nach
made-page-facing-north = Norden (oben)
made-page-facing-east = Osten (rechts)
made-page-facing-south = Süden (unten)
made-page-facing-west = Westen (links)
made-page-tiles = Blöcke, die die Kinder verwenden dürfen
made-page-conditions = Fragen, die die Blöcke „Wenn“ und „Wiederholen, solange“ stellen dürfen
made-page-conditions-hint = Kreuzen Sie mindestens eine an.
made-page-slots-main = Blöcke im Hauptprogramm (1 bis 16)
made-page-slots-p1 = Blöcke in Helfer 1 (1 bis 10)

# Sort into two boxes.
made-page-box-left = Linke Kiste (ein Haken)
made-page-box-right = Rechte Kiste (ein Kreuz)
made-page-cards = Karten (2 bis { $max })
made-page-card = Karte { $number }
made-page-card-box = Kiste für Karte { $number }
made-page-reason-card = Warum Karte { $number } dorthin gehört
made-page-add-card = Karte hinzufügen
made-page-remove-card = Karte { $number } entfernen

# Pick the reply.
made-page-prompt = Die Situation, zum Beispiel eine Nachricht, die die Kinder bekommen
made-page-replies = Antworten (2 bis 4, eine davon richtig)
made-page-reply = Antwort { $number }
made-page-right = Antwort { $number } ist die richtige
made-page-reason-reply = Warum Antwort { $number } richtig oder falsch ist
made-page-add-reply = Antwort hinzufügen
made-page-remove-reply = Antwort { $number } entfernen

# Spot the red flags.
made-page-screen = Was die Kinder sehen
made-page-screen-message = Eine Chat-Nachricht
made-page-screen-email = Eine E-Mail
made-page-screen-web = Eine Webseite
made-page-parts = Zeilen, von oben nach unten (2 bis { $max }: einige Warnzeichen, einige in Ordnung)
made-page-part = Zeile { $number }
made-page-flag = Zeile { $number } ist ein Warnzeichen
made-page-reason-part = Warum Zeile { $number } in Ordnung oder ein Warnzeichen ist
made-page-add-part = Zeile hinzufügen
made-page-remove-part = Zeile { $number } entfernen

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Entfernen
made-page-check = Level prüfen
made-page-save = Unter „Meine Level“ speichern
made-page-checking = Das Level wird geprüft. Das kann einige Sekunden dauern…
# After saving; a made-checked-… message follows it.
made-page-saved = „{ $title }“ ist unter „Meine Level“ gespeichert.
made-page-copied = Eine Kopie steht jetzt oben im Formular. Ändern Sie sie und speichern Sie sie dann.

# My levels.
made-page-library = Meine Level
made-page-library-empty = Noch keine Level. Die Level, die Sie speichern, erscheinen hier.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = beste Lösung: { $par } { $par ->
        [one] Block
       *[other] Blöcke
    }
made-page-edit = Bearbeiten
made-page-edit-level = { $title } bearbeiten
made-page-copy = Kopieren
made-page-copy-level = { $title } kopieren
made-page-remove-level = { $title } entfernen
made-page-remove-confirm = „{ $title }“ aus „Meine Level“ entfernen? Links, die Sie schon erstellt haben, behalten es.
made-page-remove-yes = Ja, entfernen
made-page-removed = „{ $title }“ wurde aus „Meine Level“ entfernt.
made-page-download = Meine Level herunterladen
made-page-import = Level aus einer Datei hinzufügen
made-page-import-file = Level-Datei
made-page-import-unreadable = { $file } konnte nicht gelesen werden.

# In "Give levels to a class".
made-page-assign = Selbst erstellte Level
made-page-assign-none = Die Level, die Sie unter „Eigene Level erstellen“ speichern, erscheinen hier.
made-page-assign-max = Höchstens { $max } in einem Link. Enthält ein Link selbst erstellte Level, wird er immer signiert.
made-page-assignment-file = Datei für die Tablets herunterladen
