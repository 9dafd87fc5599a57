# Everything around the levels: title, map, result, notices.

language-name = Latviešu
app-title = Byte Bridge
app-tagline = Mācies programmēt un esi drošībā internetā
title-play = Spēlēt
language-picker = Valoda
language-open = Valoda: { $language }
language-loading = Ielādē valodu { $language } …
language-not-on-device = Valodas { $language } šajā planšetē vēl nav. Vienreiz pieslēdzies internetam, lai to saņemtu. Šajā planšetē: { $ready }
language-damaged = Valoda { $language } netika saņemta pilnībā. Lūdzu, mēģini vēlreiz vēlāk. Šajā planšetē: { $ready }

back = Atpakaļ
notice-dismiss = Labi

map-title = Līmeņi
level-status-locked = slēgts
level-status-new = vēl nav spēlēts
level-status-stars = Zvaigznes: { $stars } no 3
map-level = { $number }. { $title }, { $status }
map-locked-hint = Pabeidz iepriekšējo līmeni, lai atvērtu šo.
map-world = { $title }, { $status }
map-world-stars = { $stars } no { $max } { $max ->
        [zero] zvaigznēm
        [one] zvaigznes
       *[other] zvaigznēm
    }

result-title = Līmenis pabeigts!
result-stars = Zvaigznes: { $stars } no 3
result-new-best = Jauns rekords!
result-learned-heading = Ko tu iemācījies
result-next = Nākamais līmenis
result-retry = Spēlēt vēlreiz
result-levels = Visi līmeņi

storage-unavailable = Šī planšete pašlaik nevar saglabāt. Tu vari spēlēt, bet tavas zvaigznes pazudīs, kad lapa aizvērsies.
storage-recovered-damaged = Saglabātu spēlētāju neizdevās nolasīt, un labas kopijas nebija. Tas ir nolikts malā šajā planšetē.
storage-recovered-backup = Dažas saglabātās zvaigznes bija bojātas. Ir atjaunota pēdējā labā kopija.
storage-newer-version = Dažus spēlētājus saglabāja jaunāka Byte Bridge versija. Tie ir drošībā: atjaunini spēli, lai tos redzētu.
storage-full = Planšetes atmiņa ir pilna. Saglabā savas zvaigznes failā, lai nekas nepazustu.

hint = Padoms
hint-shown = { $number }. padoms: { $hint }

read-aloud = Lasīt priekšā
read-aloud-stop = Beigt lasīt
settings-open = Iestatījumi
settings-title = Iestatījumi
settings-read-everything = Lasīt visu priekšā
settings-read-everything-about = Spēle nolasa priekšā katru līmeni, padomu un rezultātu, tiklīdz tos parāda.
settings-no-voice = Šajā planšetē vēl nav balss šai valodai. Pieaugušais var to pievienot.
settings-robot-speed = Robota ātrums: { $speed }
settings-calm = Mazāk kustību
settings-calm-about = Robots lec no lauciņa uz lauciņu, nevis vienmērīgi brauc. Šī iespēja ir ieslēgta jau no sākuma, ja planšete ir iestatīta rādīt mazāk kustību.
settings-contrast = Augsts kontrasts
settings-contrast-about = Fons kļūst melns, burti balti, un ap pogām parādās baltas malas. Dažām acīm tā ir vieglāk saskatīt.
settings-text-size = Teksta lielums: { $size }
settings-text-size-about = Pieskaries vēlreiz, un burti kļūst lielāki, līdz pat divreiz lielākiem. Tad tie atkal ir parasti.
text-size-normal = parasts
text-size-big = liels
text-size-bigger = lielāks
text-size-biggest = vislielākais
settings-more-space = Vairāk vietas
settings-more-space-about = Vairāk vietas starp burtiem un starp rindām. Dažām acīm tā ir vieglāk lasīt.
