# Today's mission (levels a teacher chose) and "Send to my teacher".
# $class is the name the teacher gave the class, e.g. "4B".

## A class link that cannot be used
mission-link-damaged = Den här klasslänken är skadad. Be din lärare om länken igen.
mission-link-newer = Den här klasslänken kommer från en nyare Byte Bridge. Be din lärare hjälpa dig att uppdatera spelet.
mission-link-no-levels = Den här klasslänken har inga nivåer som det här spelet känner till. Be din lärare hjälpa dig att uppdatera spelet.
mission-stored-unreadable = Dagens uppdrag på den här surfplattan gick inte att läsa. Be din lärare om länken igen.

## The player's home and the map
mission-title = Dagens uppdrag: { $class }
mission-level = { $title }, { $status }
mission-previous = Tidigare nivåer
mission-next = Fler nivåer
mission-map-locked = Din lärare har valt dagens nivåer.
mission-locked-hint = Den här nivån ingår inte i dagens uppdrag.

## Grown-ups
mission-remove = Ta bort dagens uppdrag ({ $class })
mission-removed = Dagens uppdrag har tagits bort från den här surfplattan.

## Send to my teacher
send-to-teacher = Skicka till min lärare
send-for-class = Dina stjärnor för klass { $class }
send-no-class = Dina stjärnor på den här surfplattan
send-save = Spara en fil
send-share = Dela
send-show-code = Visa en QR-kod
send-saved = Din fil är sparad. Ge den till din lärare.
send-code-caption = Visa den här koden för din lärares kamera
send-code-image = QR-kod med dina stjärnor till din lärare
send-code-failed = Koden kunde inte skapas. Spara en fil i stället.

## I en skolas lärplattform (Kolibri, ett LMS): den som lär sig på plattformen är spelaren.
# Visas när spelet inte når skolans lärplattform (inget SCORM-API, starten via cmi5 misslyckades, ingen brygga till Kolibri).
package-unreachable = Spelet kunde inte nå din skolas lärplattform. Du kan spela ändå, och dina stjärnor stannar på den här enheten.
# Visas när framstegen som plattformen har sparat åt eleven inte gick att läsa.
package-saved-unreadable = Dina stjärnor från en annan enhet gick inte att läsa. Du kan fortsätta spela härifrån.
mission-link-made-refused = En nivå som din lärare har gjort är skadad eller ändrad i den här klasslänken, så länken användes inte. Be din lärare om länken igen.
made-world-title = Från din lärare
made-by-teacher = Gjord av din lärare
made-by-teacher-in = Gjord av din lärare, språk: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Dagens uppdrag för { $class } finns nu på den här surfplattan.
