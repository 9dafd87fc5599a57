# Today's mission and "Send to my teacher". Short, plain sentences. $class is e.g. "4.B".

## A class link that cannot be used
mission-link-damaged = Dette klasselink er i stykker. Bed din lærer om linket igen.
mission-link-newer = Dette klasselink kommer fra en nyere Byte Bridge. Bed din lærer om hjælp til at opdatere spillet.
mission-link-no-levels = Dette klasselink har ingen baner, som spillet kender. Bed din lærer om hjælp til at opdatere spillet.
mission-stored-unreadable = Dagens mission på denne tablet kunne ikke læses. Bed din lærer om linket igen.

## The player's home and the map
mission-title = Dagens mission: { $class }
mission-level = { $title }, { $status }
mission-previous = Forrige baner
mission-next = Flere baner
mission-map-locked = Din lærer har valgt dagens baner.
mission-locked-hint = Denne bane er ikke med i dagens mission.

## Grown-ups
mission-remove = Fjern dagens mission ({ $class })
mission-removed = Dagens mission er fjernet fra denne tablet.

## Send to my teacher
send-to-teacher = Send til min lærer
send-for-class = Dine stjerner til klassen { $class }
send-no-class = Dine stjerner på denne tablet
send-save = Gem en fil
send-share = Del
send-show-code = Vis en QR-kode
send-saved = Din fil er gemt. Giv den til din lærer.
send-code-caption = Vis denne kode til din lærers kamera
send-code-image = QR-kode med dine stjerner til din lærer
send-code-failed = Koden kunne ikke laves. Gem en fil i stedet.

## I en skoles læringsplatform (Kolibri, et LMS): den, der lærer på platformen, er spilleren.
# Vises, når spillet ikke kan nå skolens læringsplatform (ingen SCORM-API, starten via cmi5 mislykkedes, ingen bro til Kolibri).
package-unreachable = Spillet kunne ikke få forbindelse til din skoles læringsplatform. Du kan godt spille, og dine stjerner bliver på denne enhed.
# Vises, når de fremskridt, som platformen har gemt for eleven, ikke kunne læses.
package-saved-unreadable = Dine stjerner fra en anden enhed kunne ikke læses. Du kan spille videre herfra.
mission-link-made-refused = En bane, som din lærer selv har lavet, er i stykker eller ændret i dette klasselink, så linket blev ikke brugt. Bed din lærer om linket igen.
made-world-title = Lavet af din lærer
made-by-teacher = Lavet af din lærer
made-by-teacher-in = Lavet af din lærer, sprog: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Dagens mission for { $class } er nu på denne tablet.
