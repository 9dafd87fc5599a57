# Everything around the levels: title, map, result, notices.
# Short, plain sentences: many players are 7–9 years old.

language-name = Slovenščina
app-title = Byte Bridge
app-tagline = Nauči se programirati in varno uporabljaj splet
title-play = Igraj
language-picker = Jezik
language-open = Jezik: { $language }
language-loading = Jezik { $language } se nalaga …
language-not-on-device = Jezika { $language } še ni na tej tablici. Enkrat se poveži z internetom, da ga preneseš. Na tej tablici: { $ready }
language-damaged = Jezik { $language } ni prispel v celoti. Poskusi znova pozneje. Na tej tablici: { $ready }

back = Nazaj
notice-dismiss = V redu

map-title = Stopnje
level-status-locked = zaklenjeno
level-status-new = še ni igrano
level-status-stars = { $stars } od 3 zvezdic
# Accessible name of a level button, read by screen readers.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Najprej dokončaj prejšnjo stopnjo, da odkleneš to.
# A world's tab on the map: its name and how many stars were earned there.
map-world = { $title }, { $status }
map-world-stars = { $stars } od { $max } { $max ->
        [one] zvezdice
        [two] zvezdic
        [few] zvezdic
       *[other] zvezdic
    }

result-title = Stopnja opravljena!
result-stars = { $stars } od 3 zvezdic
result-new-best = Nov rekord!
result-learned-heading = Kaj zdaj znaš
result-next = Naslednja stopnja
result-retry = Igraj znova
result-levels = Vse stopnje

storage-unavailable = Ta tablica trenutno ne more shranjevati. Lahko igraš, a tvoje zvezdice se izgubijo, ko se stran zapre.
storage-recovered-damaged = Shranjenega igralca ni bilo mogoče prebrati in ni imel dobre kopije. Posebej je shranjen na tej tablici.
storage-recovered-backup = Nekaj shranjenih zvezdic je bilo poškodovanih. Vrnjena je zadnja dobra kopija.
storage-newer-version = Nekatere igralce je shranila novejša različica Byte Bridge. Varno so shranjeni: posodobi igro, da jih vidiš.
storage-full = Pomnilnik tablice je poln. Shrani svoje zvezdice v datoteko, da se nič ne izgubi.

# The Hint button of every level, and the hint it shows.
hint = Namig
hint-shown = Namig { $number }: { $hint }

# Reading aloud with the tablet's own voice: the speaker button on levels and results.
read-aloud = Preberi mi
read-aloud-stop = Ustavi branje
# The gear on a player's home screen, and the player's own settings behind it.
settings-open = Nastavitve
settings-title = Nastavitve
settings-read-everything = Preberi mi vse
settings-read-everything-about = Igra na glas prebere vsako stopnjo, vsak namig in vsak rezultat, takoj ko se pokaže.
settings-no-voice = Ta tablica še nima glasu za ta jezik. Odrasla oseba ga lahko doda.
settings-robot-speed = Hitrost robota: { $speed }
settings-calm = Manj gibanja
settings-calm-about = Robot skače s polja na polje, namesto da bi drsel. Ta nastavitev je vklopljena že od začetka, če ima tablica nastavljeno manj gibanja na zaslonu.
settings-contrast = Visok kontrast
settings-contrast-about = Ozadje postane črno, črke bele, gumbi pa dobijo bele robove. Nekateri tako bolje vidijo.
settings-text-size = Velikost črk: { $size }
settings-text-size-about = Še enkrat tapni in črke bodo večje, do dvakrat tako velike. Potem bodo spet običajne.
text-size-normal = običajna
text-size-big = velika
text-size-bigger = večja
text-size-biggest = največja
settings-more-space = Več prostora
settings-more-space-about = Več prostora med črkami in med vrsticami. Nekateri tako lažje berejo.
