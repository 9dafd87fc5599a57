# Everything around the levels: title, map, result, notices.
# Short, plain sentences: many players are 7–9 years old.

language-name = Nederlands
app-title = Byte Bridge
app-tagline = Leer programmeren en blijf veilig online
title-play = Spelen
language-picker = Taal
language-open = Taal: { $language }
language-loading = { $language } wordt opgehaald …
language-not-on-device = { $language } staat nog niet op deze tablet. Maak één keer verbinding met internet om de taal binnen te halen. Op deze tablet: { $ready }
language-damaged = { $language } is niet helemaal aangekomen. Probeer het later nog eens. Op deze tablet: { $ready }

back = Terug
notice-dismiss = OK

map-title = Levels
level-status-locked = op slot
level-status-new = nog niet gespeeld
level-status-stars = { $stars } van 3 sterren
# Accessible name of a level button, read by screen readers.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Speel eerst het level ervoor uit, dan gaat dit level open.
# A world's tab on the map: its name and how many stars were earned there.
map-world = { $title }, { $status }
map-world-stars = { $stars } van { $max } { $max ->
        [one] ster
       *[other] sterren
    }

result-title = Level gehaald!
result-stars = { $stars } van 3 sterren
result-new-best = Nieuw record!
result-learned-heading = Wat je hebt geleerd
result-next = Volgend level
result-retry = Nog een keer
result-levels = Alle levels

storage-unavailable = Deze tablet kan nu niets opslaan. Je kunt spelen, maar je sterren zijn weg als de pagina sluit.
storage-recovered-damaged = Een opgeslagen speler kon niet worden gelezen en had geen goede kopie. Die is apart bewaard op deze tablet.
storage-recovered-backup = Een paar opgeslagen sterren waren beschadigd. De laatste goede kopie is teruggezet.
storage-newer-version = Sommige spelers zijn opgeslagen door een nieuwere Byte Bridge. Ze blijven veilig bewaard: werk het spel bij om ze te zien.
storage-full = Het geheugen van de tablet is vol. Sla je sterren op in een bestand, zodat er niets verloren gaat.

# The Hint button of every level, and the hint it shows.
hint = Tip
hint-shown = Tip { $number }: { $hint }

read-aloud = Voorlezen
read-aloud-stop = Stoppen met voorlezen
settings-open = Instellingen
settings-title = Instellingen
settings-read-everything = Alles voorlezen
settings-read-everything-about = Het spel leest elk level, elke tip en elk resultaat voor zodra het verschijnt.
settings-no-voice = Deze tablet heeft nog geen stem voor deze taal. Een volwassene kan er een toevoegen.
settings-robot-speed = Robotsnelheid: { $speed }
settings-calm = Minder beweging
settings-calm-about = De robot springt van vakje naar vakje in plaats van te glijden. Dit staat meteen aan als de tablet is ingesteld op minder beweging.
settings-contrast = Hoog contrast
settings-contrast-about = De achtergrond wordt zwart, de letters wit en de knoppen krijgen een witte rand. Zo is alles voor sommige mensen beter te zien.
settings-text-size = Lettergrootte: { $size }
settings-text-size-about = Tik nog een keer voor grotere letters, tot twee keer zo groot. Daarna weer normaal.
text-size-normal = normaal
text-size-big = groot
text-size-bigger = groter
text-size-biggest = extra groot
settings-more-space = Meer ruimte
settings-more-space-about = Meer ruimte tussen de letters en tussen de regels. Zo lezen sommige mensen makkelijker.
