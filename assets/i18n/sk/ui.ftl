# Všetko okolo úrovní: názov, mapa, výsledok, oznámenia.

language-name = Slovenčina
app-title = Byte Bridge
app-tagline = Nauč sa programovať a buď v bezpečí na internete
title-play = Hrať
language-picker = Jazyk
language-open = Jazyk: { $language }
language-loading = Sťahuje sa jazyk { $language } …
language-not-on-device = Jazyk { $language } ešte nie je na tomto tablete. Raz sa pripoj na internet a jazyk sa stiahne. Na tomto tablete: { $ready }
language-damaged = Jazyk { $language } neprišiel celý. Skús to znova neskôr. Na tomto tablete: { $ready }

back = Späť
notice-dismiss = OK

map-title = Úrovne
level-status-locked = zamknutá
level-status-new = ešte nehraná
level-status-stars = { $stars } z 3 hviezd
map-level = { $number }. { $title }, { $status }
map-locked-hint = Dokonči predchádzajúcu úroveň a táto sa otvorí.
map-world = { $title }, { $status }
map-world-stars = { $stars } z { $max } { $max ->
        [one] hviezdy
        [few] hviezd
        [many] hviezdy
       *[other] hviezd
    }

result-title = Úroveň je hotová!
result-stars = { $stars } z 3 hviezd
result-new-best = Nový rekord!
result-learned-heading = Čo už vieš
result-next = Ďalšia úroveň
result-retry = Hrať znova
result-levels = Všetky úrovne

storage-unavailable = Tento tablet teraz nemôže ukladať. Môžeš hrať, ale keď sa stránka zatvorí, tvoje hviezdy sa stratia.
storage-recovered-damaged = Uloženého hráča sa nepodarilo prečítať a nemal dobrú kópiu. Odložil sa bokom na tomto tablete.
storage-recovered-backup = Niektoré uložené hviezdy boli poškodené. Vrátila sa posledná dobrá kópia.
storage-newer-version = Niektorých hráčov uložila novšia verzia Byte Bridge. Sú v bezpečí: aktualizuj hru a uvidíš ich.
storage-full = Pamäť tabletu je plná. Ulož svoje hviezdy do súboru, aby sa nič nestratilo.

hint = Nápoveda
hint-shown = Nápoveda { $number }: { $hint }

read-aloud = Prečítať nahlas
read-aloud-stop = Zastaviť čítanie
settings-open = Nastavenia
settings-title = Nastavenia
settings-read-everything = Čítať všetko nahlas
settings-read-everything-about = Hra prečíta nahlas každú úroveň, nápovedu aj výsledok hneď, ako ich ukáže.
settings-no-voice = Tento tablet zatiaľ nemá hlas pre tento jazyk. Dospelý ho môže pridať.
settings-robot-speed = Rýchlosť robota: { $speed }
settings-calm = Menej pohybu
settings-calm-about = Robot namiesto plynulej jazdy skáče z políčka na políčko. Toto nastavenie je zapnuté hneď od začiatku, ak má tablet nastavené menej pohybu na obrazovke.
settings-contrast = Vysoký kontrast
settings-contrast-about = Pozadie je čierne, písmená biele a tlačidlá majú biele okraje. Niektorí ľudia tak vidia lepšie.
settings-text-size = Veľkosť písma: { $size }
settings-text-size-about = Ťukni znova a písmená budú väčšie, až dvakrát také veľké. Potom budú zas normálne.
text-size-normal = normálna
text-size-big = veľká
text-size-bigger = väčšia
text-size-biggest = najväčšia
settings-more-space = Viac miesta
settings-more-space-about = Viac miesta medzi písmenami a medzi riadkami. Niektorí ľudia tak čítajú ľahšie.
