# Everything around the levels: title, map, result, notices.
# Short, plain sentences: many players are 7–9 years old.

language-name = Svenska
app-title = Byte Bridge
app-tagline = Lär dig programmera och var säker på nätet
title-play = Spela
language-picker = Språk
language-open = Språk: { $language }
language-loading = Hämtar { $language } …
language-not-on-device = { $language } finns inte på den här surfplattan än. Anslut till internet en gång för att hämta språket. På den här surfplattan: { $ready }
language-damaged = { $language } kom inte fram helt. Försök igen senare. På den här surfplattan: { $ready }

back = Tillbaka
notice-dismiss = OK

map-title = Nivåer
level-status-locked = låst
level-status-new = inte spelad än
level-status-stars = { $stars } av 3 stjärnor
# Accessible name of a level button, read by screen readers.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Klara nivån före den här för att öppna den.
# A world's tab on the map: its name and how many stars were earned there.
map-world = { $title }, { $status }
map-world-stars = { $stars } av { $max } { $max ->
        [one] stjärna
       *[other] stjärnor
    }

result-title = Nivån är klar!
result-stars = { $stars } av 3 stjärnor
result-new-best = Nytt rekord!
result-learned-heading = Det här lärde du dig
result-next = Nästa nivå
result-retry = Spela igen
result-levels = Alla nivåer

storage-unavailable = Den här surfplattan kan inte spara just nu. Du kan spela, men dina stjärnor försvinner när sidan stängs.
storage-recovered-damaged = En sparad spelare gick inte att läsa och hade ingen bra kopia. Den har lagts undan på den här surfplattan.
storage-recovered-backup = Några sparade stjärnor var skadade. Den senaste bra kopian har hämtats tillbaka.
storage-newer-version = Några spelare sparades av en nyare Byte Bridge. De är sparade och säkra: uppdatera spelet för att se dem.
storage-full = Surfplattans lagring är full. Spara dina stjärnor i en fil så att inget försvinner.

# The Hint button of every level, and the hint it shows.
hint = Tips
hint-shown = Tips { $number }: { $hint }

read-aloud = Läs upp
read-aloud-stop = Sluta läsa
settings-open = Inställningar
settings-title = Inställningar
settings-read-everything = Läs upp allt
settings-read-everything-about = Spelet läser upp varje nivå, varje tips och varje resultat så fort det visas.
settings-no-voice = Den här surfplattan har ingen röst för det här språket än. En vuxen kan lägga till en.
settings-robot-speed = Robotens fart: { $speed }
settings-calm = Mindre rörelse
settings-calm-about = Roboten hoppar från ruta till ruta i stället för att glida. Det är påslaget från början om surfplattan är inställd på att visa mindre rörelse.
settings-contrast = Hög kontrast
settings-contrast-about = Bakgrunden blir svart, texten vit och knapparna får vita kanter. För vissa blir det lättare att se.
settings-text-size = Textstorlek: { $size }
settings-text-size-about = Tryck igen för större text, upp till dubbelt så stor. Sedan blir den vanlig igen.
text-size-normal = normal
text-size-big = stor
text-size-bigger = större
text-size-biggest = störst
settings-more-space = Mer mellanrum
settings-more-space-about = Mer luft mellan bokstäverna och mellan raderna. För vissa blir det lättare att läsa.
