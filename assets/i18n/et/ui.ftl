language-name = Eesti
app-title = Byte Bridge
app-tagline = Õpi programmeerima ja internetis turvaliselt toimetama
title-play = Mängi
language-picker = Keel
language-open = Keel: { $language }
language-loading = Keele { $language } allalaadimine…
language-not-on-device = Keelt { $language } pole veel selles tahvelarvutis. Ühenda tahvelarvuti korra internetiga, et keel kätte saada. Selles tahvelarvutis: { $ready }
language-damaged = Keel { $language } ei jõudnud tervikuna kohale. Proovi hiljem uuesti. Selles tahvelarvutis: { $ready }

back = Tagasi
notice-dismiss = OK

map-title = Tasemed
level-status-locked = lukus
level-status-new = veel mängimata
level-status-stars = { $stars }/3 tähte
map-level = { $number }. { $title }, { $status }
map-locked-hint = Läbi eelmine tase, et see avada.
map-world = { $title }, { $status }
map-world-stars = { $stars }/{ $max } { $max ->
        [one] täht
       *[other] tähte
    }

result-title = Tase läbitud!
result-stars = { $stars }/3 tähte
result-new-best = Uus rekord!
result-learned-heading = Mida sa õppisid
result-next = Järgmine tase
result-retry = Mängi uuesti
result-levels = Kõik tasemed

storage-unavailable = See tahvelarvuti ei saa praegu salvestada. Sa võid mängida, aga lehe sulgemisel kaovad su tähed.
storage-recovered-damaged = Salvestatud mängijat ei õnnestunud lugeda ja head koopiat polnud. See pandi selles tahvelarvutis kõrvale.
storage-recovered-backup = Mõned salvestatud tähed olid rikutud. Viimane hea koopia toodi tagasi.
storage-newer-version = Mõned mängijad salvestati uuema Byte Bridge'iga. Need on alles: uuenda mängu, et neid näha.
storage-full = Tahvelarvuti mälu on täis. Salvesta oma tähed faili, et midagi kaotsi ei läheks.

hint = Vihje
hint-shown = Vihje { $number }: { $hint }

read-aloud = Loe ette
read-aloud-stop = Lõpeta lugemine
settings-open = Seaded
settings-title = Seaded
settings-read-everything = Loe kõik ette
settings-read-everything-about = Mäng loeb iga taseme, vihje ja tulemuse ette kohe, kui need ekraanile ilmuvad.
settings-no-voice = Selles tahvelarvutis pole veel selle keele häält. Täiskasvanu saab selle lisada.
settings-robot-speed = Roboti kiirus: { $speed }
settings-calm = Vähem liikumist
settings-calm-about = Robot hüppab ruudult ruudule, selle asemel et sujuvalt liikuda. See on algusest peale sisse lülitatud, kui tahvelarvuti on seatud näitama vähem liikumist.
settings-contrast = Kõrge kontrastsus
settings-contrast-about = Taust muutub mustaks, sõnad valgeks ja nuppude ümber tulevad valged ääred. Nii võib mõnel olla kergem näha.
settings-text-size = Teksti suurus: { $size }
settings-text-size-about = Puuduta uuesti ja sõnad lähevad suuremaks, kuni kaks korda suuremaks. Siis on need jälle tavalised.
text-size-normal = tavaline
text-size-big = suur
text-size-bigger = suurem
text-size-biggest = kõige suurem
settings-more-space = Rohkem ruumi
settings-more-space-about = Rohkem ruumi tähtede ja ridade vahel. Nii võib mõnel olla kergem lugeda.
