# Viskas aplink lygius: pavadinimas, žemėlapis, rezultatas, pranešimai.

language-name = Lietuvių
app-title = Byte Bridge
app-tagline = Mokykis programuoti ir saugiai naršyk internete
title-play = Žaisti
language-picker = Kalba
language-open = Kalba: { $language }
language-loading = Atsisiunčiama kalba { $language } …
language-not-on-device = Kalbos { $language } šioje planšetėje dar nėra. Vieną kartą prisijunk prie interneto, kad ją gautum. Šioje planšetėje: { $ready }
language-damaged = Kalba { $language } atkeliavo ne visa. Bandyk dar kartą vėliau. Šioje planšetėje: { $ready }

back = Atgal
notice-dismiss = Gerai

map-title = Lygiai
level-status-locked = užrakinta
level-status-new = dar nežaista
level-status-stars = { $stars } iš 3 žvaigždžių
map-level = { $number }. { $title }, { $status }
map-locked-hint = Kad atidarytum šį lygį, įveik ankstesnį.
map-world = { $title }, { $status }
map-world-stars = { $stars } iš { $max } { $max ->
        [one] žvaigždės
        [few] žvaigždžių
        [many] žvaigždės
       *[other] žvaigždžių
    }

result-title = Lygis įveiktas!
result-stars = { $stars } iš 3 žvaigždžių
result-new-best = Naujas rekordas!
result-learned-heading = Ko išmokai
result-next = Kitas lygis
result-retry = Žaisti dar kartą
result-levels = Visi lygiai

storage-unavailable = Ši planšetė dabar negali išsaugoti. Gali žaisti, bet užsivėrus puslapiui žvaigždės dings.
storage-recovered-damaged = Išsaugoto žaidėjo nepavyko perskaityti, o geros kopijos nebuvo. Jis atskirai laikomas šioje planšetėje.
storage-recovered-backup = Kai kurios išsaugotos žvaigždės buvo sugadintos. Atkurta paskutinė gera kopija.
storage-newer-version = Kai kuriuos žaidėjus išsaugojo naujesnė Byte Bridge versija. Jie saugūs: kad juos pamatytum, atnaujink žaidimą.
storage-full = Planšetės atmintis pilna. Išsaugok žvaigždes faile, kad niekas nedingtų.

hint = Užuomina
hint-shown = Užuomina { $number }: { $hint }

read-aloud = Skaityti garsiai
read-aloud-stop = Baigti skaityti
settings-open = Nustatymai
settings-title = Nustatymai
settings-read-everything = Skaityti viską garsiai
settings-read-everything-about = Žaidimas garsiai perskaito kiekvieną lygį, užuominą ir rezultatą, vos tik juos parodo.
settings-no-voice = Šioje planšetėje dar nėra balso šiai kalbai. Suaugęs žmogus gali jį pridėti.
settings-robot-speed = Roboto greitis: { $speed }
settings-calm = Mažiau judėjimo
settings-calm-about = Robotas šokinėja iš langelio į langelį, o ne sklandžiai slysta. Tai įjungta iš pat pradžių, jei planšetė nustatyta rodyti mažiau judėjimo.
settings-contrast = Didelis kontrastas
settings-contrast-about = Fonas tampa juodas, raidės baltos, o aplink mygtukus atsiranda balti kraštai. Kai kam taip lengviau matyti.
settings-text-size = Teksto dydis: { $size }
settings-text-size-about = Paliesk dar kartą, ir raidės padidės, net iki dvigubai. Paskui vėl bus įprastos.
text-size-normal = įprastas
text-size-big = didelis
text-size-bigger = didesnis
text-size-biggest = didžiausias
settings-more-space = Daugiau vietos
settings-more-space-about = Daugiau vietos tarp raidžių ir tarp eilučių. Kai kam taip lengviau skaityti.
