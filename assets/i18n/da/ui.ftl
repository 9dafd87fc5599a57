# Everything around the levels: title, map, result, notices.

language-name = Dansk
app-title = Byte Bridge
app-tagline = Lær at kode, og vær sikker på nettet
title-play = Spil
language-picker = Sprog
language-open = Sprog: { $language }
language-loading = Henter { $language } …
language-not-on-device = { $language } er ikke på denne tablet endnu. Gå på internettet én gang for at hente sproget. På denne tablet: { $ready }
language-damaged = { $language } kom ikke helt frem. Prøv igen senere. På denne tablet: { $ready }

back = Tilbage
notice-dismiss = OK

map-title = Baner
level-status-locked = låst
level-status-new = ikke spillet endnu
level-status-stars = { $stars ->
        [one] { $stars } ud af 3 stjerner
       *[other] { $stars } ud af 3 stjerner
    }
map-level = { $number }. { $title }, { $status }
map-locked-hint = Gør banen før færdig for at åbne denne.
map-world = { $title }, { $status }
map-world-stars = { $stars } ud af { $max } { $max ->
        [one] stjerne
       *[other] stjerner
    }

result-title = Banen er klaret!
result-stars = { $stars ->
        [one] { $stars } ud af 3 stjerner
       *[other] { $stars } ud af 3 stjerner
    }
result-new-best = Ny rekord!
result-learned-heading = Det har du lært
result-next = Næste bane
result-retry = Spil igen
result-levels = Alle baner

storage-unavailable = Denne tablet kan ikke gemme lige nu. Du kan spille, men dine stjerner forsvinder, når siden lukkes.
storage-recovered-damaged = En gemt spiller kunne ikke læses og havde ingen god kopi. Den er lagt til side på denne tablet.
storage-recovered-backup = Nogle gemte stjerner var beskadigede. Den sidste gode kopi er hentet tilbage.
storage-newer-version = Nogle spillere er gemt af en nyere Byte Bridge. De er i sikkerhed: opdatér spillet for at se dem.
storage-full = Tablettens lager er fyldt. Gem dine stjerner i en fil, så intet går tabt.

hint = Tip
hint-shown = Tip { $number }: { $hint }

read-aloud = Læs op
read-aloud-stop = Stop oplæsning
settings-open = Indstillinger
settings-title = Indstillinger
settings-read-everything = Læs alt op
settings-read-everything-about = Spillet læser hver bane, hvert tip og hvert resultat op, så snart de bliver vist.
settings-no-voice = Denne tablet har endnu ingen stemme til dette sprog. En voksen kan tilføje en.
settings-robot-speed = Robottens fart: { $speed }
settings-calm = Mindre bevægelse
settings-calm-about = Robotten hopper fra felt til felt i stedet for at glide. Det er slået til fra begyndelsen, når tabletten er indstillet til at vise mindre bevægelse.
settings-contrast = Høj kontrast
settings-contrast-about = Baggrunden bliver sort, ordene hvide, og knapperne får hvide kanter. For nogle øjne er det lettere at se.
settings-text-size = Tekststørrelse: { $size }
settings-text-size-about = Tryk igen for større ord, op til dobbelt så store. Så bliver de normale igen.
text-size-normal = normal
text-size-big = stor
text-size-bigger = større
text-size-biggest = størst
settings-more-space = Mere plads
settings-more-space-about = Mere plads mellem bogstaverne og mellem linjerne. For nogle øjne er det lettere at læse.
