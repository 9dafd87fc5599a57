# Today's mission (levels a teacher chose) and "Send to my teacher".
# $class is the name the teacher gave the class, e.g. "4B".

## A class link that cannot be used
mission-link-damaged = Deze klassenlink is beschadigd. Vraag je leerkracht nog een keer om de link.
mission-link-newer = Deze klassenlink komt van een nieuwere Byte Bridge. Vraag je leerkracht om te helpen het spel bij te werken.
mission-link-no-levels = In deze klassenlink staan geen levels die dit spel kent. Vraag je leerkracht om te helpen het spel bij te werken.
mission-stored-unreadable = De missie van vandaag op deze tablet kon niet worden gelezen. Vraag je leerkracht nog een keer om de link.

## The player's home and the map
mission-title = Missie van vandaag: { $class }
mission-level = { $title }, { $status }
mission-previous = Vorige levels
mission-next = Meer levels
mission-map-locked = Je leerkracht heeft de levels van vandaag gekozen.
mission-locked-hint = Dit level hoort niet bij de missie van vandaag.

## Grown-ups
mission-remove = Missie van vandaag weghalen ({ $class })
mission-removed = De missie van vandaag is van deze tablet gehaald.

## Send to my teacher
send-to-teacher = Naar mijn leerkracht sturen
send-for-class = Je sterren voor klas { $class }
send-no-class = Je sterren op deze tablet
send-save = Bestand opslaan
send-share = Delen
send-show-code = QR-code laten zien
send-saved = Je bestand is opgeslagen. Geef het aan je leerkracht.
send-code-caption = Laat deze code zien aan de camera van je leerkracht
send-code-image = QR-code met je sterren voor je leerkracht
send-code-failed = De code kon niet worden gemaakt. Sla in plaats daarvan een bestand op.

## In het leerplatform van een school (Kolibri, een LMS): wie daar leert, is de speler.
# Verschijnt als het spel het leerplatform van de school niet kan bereiken (geen SCORM-API, de start via cmi5 is mislukt, geen brug naar Kolibri).
package-unreachable = Het spel kon het leerplatform van je school niet bereiken. Je kunt gewoon spelen, en je sterren blijven op dit apparaat.
# Verschijnt als de voortgang die het platform voor de leerling bewaarde, niet kon worden gelezen.
package-saved-unreadable = Je sterren van een ander apparaat konden niet worden gelezen. Je kunt hier verder spelen.
mission-link-made-refused = Een level dat je leerkracht zelf maakte, is in deze klassenlink beschadigd of veranderd. Daarom is de link niet gebruikt. Vraag je leerkracht nog een keer om de link.
made-world-title = Gemaakt door je leerkracht
made-by-teacher = Gemaakt door je leerkracht
made-by-teacher-in = Gemaakt door je leerkracht, taal: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = De missie van vandaag voor { $class } staat nu op deze tablet.
