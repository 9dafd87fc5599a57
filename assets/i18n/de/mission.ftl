# Die Mission für heute (die Level, die eine Lehrkraft ausgesucht hat, aus ihrem Link) und
# „An meine Lehrkraft schicken“. Kurze, einfache Sätze mit „du“: viele Kinder sind 7–9 Jahre alt.
# $class ist der Name, den die Lehrkraft der Klasse gegeben hat, z. B. „4B“.

## Ein Klassen-Link, der nicht geht (das Kind liest es; vielleicht ist eine Lehrkraft dabei)
mission-link-damaged = Dieser Klassen-Link ist kaputt. Bitte deine Lehrkraft noch einmal um den Link.
mission-link-newer = Dieser Klassen-Link ist von einer neueren Version von Byte Bridge. Frag deine Lehrkraft, ob sie dir hilft, das Spiel zu aktualisieren.
mission-link-no-levels = In diesem Klassen-Link ist kein Level, das dieses Spiel kennt. Frag deine Lehrkraft, ob sie dir hilft, das Spiel zu aktualisieren.
mission-stored-unreadable = Die Mission für heute auf diesem Tablet konnte nicht gelesen werden. Bitte deine Lehrkraft noch einmal um den Link.

## Startseite und Karte
mission-title = Mission für heute: { $class }
# Der Knopf eines Missions-Levels für Screenreader: Titel und Sterne.
mission-level = { $title }, { $status }
mission-previous = Vorherige Level
mission-next = Weitere Level
mission-map-locked = Deine Lehrkraft hat die Level für heute ausgesucht.
mission-locked-hint = Dieses Level gehört nicht zur Mission für heute.

## Erwachsene
mission-remove = Mission für heute entfernen ({ $class })
mission-removed = Die Mission für heute wurde von diesem Tablet entfernt.

## An meine Lehrkraft schicken
send-to-teacher = An meine Lehrkraft schicken
send-for-class = Deine Sterne für die Klasse { $class }
send-no-class = Deine Sterne auf diesem Tablet
send-save = Als Datei speichern
send-share = Teilen
send-show-code = QR-Code zeigen
send-saved = Deine Datei ist gespeichert. Gib sie deiner Lehrkraft.
send-code-caption = Zeig diesen Code der Kamera deiner Lehrkraft
# Der Name des Codes für Screenreader.
send-code-image = QR-Code mit deinen Sternen für deine Lehrkraft
send-code-failed = Der Code konnte nicht erstellt werden. Speichere lieber eine Datei.

## In der Lernplattform einer Schule (Kolibri, ein LMS): Das Kind, das dort lernt, ist der Spieler.
# Erscheint, wenn das Spiel die Lernplattform der Schule nicht erreicht (keine SCORM-API, der Start über cmi5 ist fehlgeschlagen, keine Brücke zu Kolibri).
package-unreachable = Das Spiel konnte die Lernplattform deiner Schule nicht erreichen. Du kannst trotzdem spielen. Deine Sterne bleiben auf diesem Gerät.
# Erscheint, wenn der Fortschritt, den die Plattform für das Kind gespeichert hat, nicht gelesen werden konnte.
package-saved-unreadable = Deine Sterne von einem anderen Gerät konnten nicht gelesen werden. Du kannst hier einfach weiterspielen.
mission-link-made-refused = Ein Level, das deine Lehrkraft selbst gemacht hat, ist in diesem Klassen-Link kaputt oder wurde verändert. Darum wurde der Link nicht benutzt. Bitte deine Lehrkraft noch einmal um den Link.
made-world-title = Von deiner Lehrkraft gemacht
made-by-teacher = Von deiner Lehrkraft gemacht
made-by-teacher-in = Von deiner Lehrkraft gemacht, Sprache: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Die heutige Mission für { $class } ist jetzt auf diesem Tablet.
