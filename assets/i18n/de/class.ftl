# Messages the teacher page's Rust side gives (src/core/class, web/teacher). The page's own
# labels are in teacher.ftl.

## DigComp 2.2 competences (the EU's Digital Competence Framework for Citizens; the filter shows the id before the title)
digcomp-1-1 = Daten, Informationen und digitale Inhalte durchsuchen, suchen und filtern
digcomp-1-2 = Daten, Informationen und digitale Inhalte bewerten
digcomp-1-3 = Daten, Informationen und digitale Inhalte verwalten
digcomp-2-5 = Netiquette
digcomp-2-6 = Digitale Identität verwalten
digcomp-3-4 = Programmieren
digcomp-4-1 = Geräte schützen
digcomp-4-2 = Personenbezogene Daten und Privatsphäre schützen
digcomp-4-3 = Gesundheit und Wohlbefinden schützen
digcomp-5-1 = Technische Probleme lösen

## DigComp 3.0 competences (JRC, 2025; the filter shows the id before the title)
digcomp3-1-1 = Informationen durchsuchen, suchen und filtern
digcomp3-1-2 = Informationen bewerten
digcomp3-1-3 = Informationen verwalten
digcomp3-2-1 = Durch und mit digitalen Technologien interagieren
digcomp3-2-2 = Durch digitale Technologien teilen
digcomp3-2-3 = Gesellschaftliche Teilhabe durch digitale Technologien
digcomp3-2-4 = Durch digitale Technologien zusammenarbeiten
digcomp3-2-5 = Digitales Verhalten
digcomp3-2-6 = Digitale Identität verwalten
digcomp3-3-1 = Digitale Inhalte entwickeln
digcomp3-3-2 = Digitale Inhalte integrieren und neu erarbeiten
digcomp3-3-3 = Urheberrecht und Lizenzen
digcomp3-3-4 = Informatisches Denken und Programmieren
digcomp3-4-1 = Geräte schützen
digcomp3-4-2 = Personenbezogene Daten und Privatsphäre schützen
digcomp3-4-3 = Wohlbefinden fördern
digcomp3-4-4 = Umweltauswirkungen digitaler Technologien
digcomp3-5-1 = Technische Probleme erkennen und lösen
digcomp3-5-2 = Bedürfnisse und passende digitale Technologien erkennen
digcomp3-5-3 = Kreative Lösungen mit digitalen Technologien finden
digcomp3-5-4 = Eigenen Bedarf an digitaler Kompetenz erkennen und decken

## Stored class data
class-load-damaged = Die in diesem Browser gespeicherten Klassendaten konnten nicht gelesen werden. Sie wurden beiseitegelegt, und die Seite beginnt leer.
class-load-newer = Die Klassendaten in diesem Browser wurden von einer neueren Version von Byte Bridge gespeichert. Diese Seite lässt sie unverändert und beginnt leer: Was Sie hier jetzt tun, wird nicht gespeichert. Öffnen Sie die neuere Seite für Lehrkräfte, um Ihre Klasse zu sehen.

## Making an assignment
class-assign-failed = Der Link konnte nicht erstellt werden. Bitte versuchen Sie es noch einmal.
class-assign-no-levels = Wählen Sie mindestens ein Level aus.
class-assign-no-random = Dieser Browser kann keinen sicheren Klassenschlüssel erzeugen, deshalb wurde kein Link erstellt. Bitte öffnen Sie diese Seite in einem aktuellen Browser.
class-assign-too-many = Wählen Sie höchstens { $max } { $max ->
        [one] Level
       *[other] Level
    } für einen Link.
class-assign-no-name = Geben Sie der Klasse einen Namen, zum Beispiel „4b“.

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [0] nichts Neues (schon vorhanden).
    [one] 1 neuer Versuch.
   *[other] { $count } neue Versuche.
}
class-imported-altered = { $nickname }: Diese Datei wurde bearbeitet, nachdem das Spiel sie gespeichert hat, oder sie trägt nicht die Signatur ihrer Klasse. Nichts daraus wurde gezählt.
class-import-too-large = { $file } ist zu groß für eine Ergebnisdatei und wurde darum nicht gelesen.
class-import-not-ours = { $file } ist keine Datei von Byte Bridge.
class-import-players-file = { $file } ist eine Spieler-Datei, mit der man Spieler von einem Tablet auf ein anderes bringt. Wählen Sie auf dem Tablet des Kindes stattdessen „An meine Lehrkraft schicken“.
class-import-truncated = { $file } ist unvollständig. Bitten Sie das Kind, die Datei noch einmal zu speichern.
class-import-newer = { $file } wurde von einer neueren Version von Byte Bridge erstellt. Öffnen Sie die neuere Seite für Lehrkräfte, um die Datei zu lesen.
class-import-damaged = { $file } ist beschädigt und konnte nicht gelesen werden. Bitten Sie das Kind, die Datei noch einmal zu speichern.
class-import-over-limits = { $file } enthält mehr, als Byte Bridge je für ein Kind speichert (zu lange Programme, zu viele Versuche, Level oder Antworten), allein oder zusammen mit dem, was diese Seite schon von dem Kind hat. Die Datei wurde wahrscheinlich von Hand erstellt. Nichts daraus wurde übernommen.
class-code-not-ours = Dieser QR-Code ist nicht von Byte Bridge.
class-code-newer = Dieser QR-Code stammt von einer neueren Version von Byte Bridge.
class-code-damaged = Dieser QR-Code konnte nicht vollständig gelesen werden. Versuchen Sie es noch einmal, etwas näher dran.
class-no-such-pupil = Dieses Kind ist nicht mehr in den Klassendaten.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Falsche Antworten unterwegs
class-outcome-hit-wall = Der Roboter ist gegen eine Wand gefahren
class-outcome-left-board = Der Roboter wäre vom Spielfeld gefahren
class-outcome-no-lamp = Licht an, wo keine Lampe ist
class-outcome-out-of-commands = Das Programm hat zu früh aufgehört
class-outcome-step-budget = Das Programm lief immer im Kreis
class-outcome-too-many-calls = Helfer haben sich zu oft gegenseitig aufgerufen
class-outcome-finished = Geschafft
class-outcome-other = Nicht geschafft

## CSV column headings
class-csv-pupil-id = Kind-ID
class-csv-nickname = Spielname
class-csv-note = Echter Name (Notiz der Lehrkraft)
class-csv-classes = Klasse
class-csv-level-id = Level-ID
class-csv-level = Level
class-csv-stars = Sterne
class-csv-attempts = Versuche
class-csv-seconds = Zeit (Sekunden)
class-csv-hints = Tipps
class-csv-finished = Geschafft
class-csv-yes = ja
class-csv-no = nein
