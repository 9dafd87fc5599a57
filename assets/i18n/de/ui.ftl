# Everything around the levels: title, map, result, notices.
# Keep sentences short and plain: many players are 7–9 years old.

language-name = Deutsch
app-title = Byte Bridge
app-tagline = Lerne programmieren und bleib sicher im Internet
title-play = Spielen
language-picker = Sprache
language-open = Sprache: { $language }
language-loading = { $language } wird geladen …
language-not-on-device = { $language } ist noch nicht auf diesem Tablet. Verbinde es einmal mit dem Internet, dann kommt die Sprache dazu. Auf diesem Tablet: { $ready }
language-damaged = { $language } ist nicht vollständig angekommen. Versuch es später noch einmal. Auf diesem Tablet: { $ready }

back = Zurück
notice-dismiss = OK

map-title = Level
level-status-locked = gesperrt
level-status-new = noch nicht gespielt
level-status-stars = { $stars } von 3 Sternen
# Accessible name of a level button, read by screen readers.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Schaffe erst das Level davor, dann kannst du dieses spielen.
# A world's tab on the map: its name and how many stars were earned there.
map-world = { $title }, { $status }
map-world-stars = { $stars } von { $max } { $max ->
        [one] Stern
       *[other] Sternen
    }

result-title = Level geschafft!
result-stars = { $stars } von 3 Sternen
result-new-best = Neuer Rekord!
result-learned-heading = Das hast du gelernt
result-next = Nächstes Level
result-retry = Noch mal spielen
result-levels = Alle Level

storage-unavailable = Dieses Tablet kann gerade nicht speichern. Du kannst spielen, aber deine Sterne gehen verloren, wenn die Seite zugeht.
storage-recovered-damaged = Ein gespeicherter Spieler konnte nicht gelesen werden, und es gab keine gute Kopie. Er wurde auf diesem Tablet zur Seite gelegt.
storage-recovered-backup = Einige gespeicherte Sterne waren kaputt. Die letzte gute Kopie wurde zurückgeholt.
storage-newer-version = Einige Spieler wurden von einer neueren Version von Byte Bridge gespeichert. Sie sind sicher aufbewahrt: Aktualisiere das Spiel, um sie zu sehen.
storage-full = Der Speicher des Tablets ist voll. Speichere deine Sterne in einer Datei, damit nichts verloren geht.

# The Hint button of every level, and the hint it shows.
hint = Tipp
hint-shown = Tipp { $number }: { $hint }

read-aloud = Vorlesen
read-aloud-stop = Vorlesen beenden
settings-open = Einstellungen
settings-title = Einstellungen
settings-read-everything = Alles vorlesen
settings-read-everything-about = Das Spiel liest jedes Level, jeden Tipp und jedes Ergebnis vor, sobald es sie zeigt.
settings-no-voice = Dieses Tablet hat noch keine Stimme für diese Sprache. Eine erwachsene Person kann eine hinzufügen.
settings-robot-speed = Robotertempo: { $speed }
settings-calm = Weniger Bewegung
settings-calm-about = Der Roboter springt von Feld zu Feld, statt zu gleiten. Ist das Tablet auf weniger Bewegung eingestellt, ist das von Anfang an eingeschaltet.
settings-contrast = Hoher Kontrast
settings-contrast-about = Der Hintergrund wird schwarz, die Schrift weiß, und die Knöpfe bekommen weiße Ränder. Für manche Augen ist das leichter zu sehen.
settings-text-size = Schriftgröße: { $size }
settings-text-size-about = Tippe noch einmal: Die Schrift wird größer, bis doppelt so groß, dann wieder normal.
text-size-normal = normal
text-size-big = groß
text-size-bigger = größer
text-size-biggest = am größten
settings-more-space = Mehr Abstand
settings-more-space-about = Mehr Platz zwischen den Buchstaben und zwischen den Zeilen. Für manche Augen ist das leichter zu lesen.
