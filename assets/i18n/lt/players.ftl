# Žaidėjai bendroje planšetėje: kas žaidžia, naujas žaidėjas, paveikslėlių slaptažodžiai,
# suaugusiųjų ekranas, žaidėjų perkėlimas į kitą planšetę ir atnaujinimai.
# Slapyvardis: būdvardis ir gyvūnas. Būdvardis derinamas su gyvūno gimine (.gender).

players-title = Kas žaidžia?
players-empty = Kad pradėtum, paliesk „Naujas žaidėjas“.
players-previous = Ankstesni žaidėjai
players-next = Daugiau žaidėjų
players-page = Puslapis { $page } iš { $pages }
player-new = Naujas žaidėjas
grown-ups = Suaugusiesiems

nickname = { $adjective } { $animal }

player-new-title = Naujas žaidėjas
player-edit-title = Mano vardas ir paveikslėlis
player-done = Baigta
player-preview = Tu esi { $name }
pick-picture = Pasirink paveikslėlį
pick-colour = Pasirink spalvą
pick-adjective = Pasirink žodį
pick-animal = Pasirink gyvūną
nickname-surprise = Nustebink mane

adj-brave = { $gender ->
    [feminine] Drąsi
   *[masculine] Drąsus
}
adj-bright = { $gender ->
    [feminine] Šviesi
   *[masculine] Šviesus
}
adj-calm = { $gender ->
    [feminine] Rami
   *[masculine] Ramus
}
adj-clever = { $gender ->
    [feminine] Gudri
   *[masculine] Gudrus
}
adj-cheerful = { $gender ->
    [feminine] Linksma
   *[masculine] Linksmas
}
adj-gentle = { $gender ->
    [feminine] Švelni
   *[masculine] Švelnus
}
adj-happy = { $gender ->
    [feminine] Laiminga
   *[masculine] Laimingas
}
adj-kind = { $gender ->
    [feminine] Gera
   *[masculine] Geras
}
adj-lucky = { $gender ->
    [feminine] Sėkminga
   *[masculine] Sėkmingas
}
adj-quick = { $gender ->
    [feminine] Greita
   *[masculine] Greitas
}
adj-sunny = { $gender ->
    [feminine] Saulėta
   *[masculine] Saulėtas
}
adj-wise = { $gender ->
    [feminine] Išmintinga
   *[masculine] Išmintingas
}

animal-bear = Lokys
    .gender = masculine
animal-cat = Katė
    .gender = feminine
animal-dolphin = Delfinas
    .gender = masculine
animal-eagle = Erelis
    .gender = masculine
animal-fox = Lapė
    .gender = feminine
animal-frog = Varlė
    .gender = feminine
animal-lion = Liūtas
    .gender = masculine
animal-owl = Pelėda
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Kiškis
    .gender = masculine
animal-tiger = Tigras
    .gender = masculine
animal-turtle = Vėžlys
    .gender = masculine

picture-sun = Saulė
picture-moon = Mėnulis
picture-star = Žvaigždė
picture-heart = Širdis
picture-tree = Medis
picture-flower = Gėlė
picture-fish = Žuvis
picture-house = Namas
picture-rocket = Raketa
picture-crown = Karūna
picture-leaf = Lapas
picture-boat = Valtis

avatar-colour-red = Raudona
avatar-colour-orange = Oranžinė
avatar-colour-yellow = Geltona
avatar-colour-green = Žalia
avatar-colour-teal = Turkio
avatar-colour-blue = Mėlyna
avatar-colour-purple = Violetinė
avatar-colour-pink = Rožinė

profile-error-full = Ši planšetė pilna. Suaugęs žmogus gali perkelti žaidėjus į kitą planšetę.
profile-error-name-taken = Toks vardas jau yra kito žaidėjo. Pasirink kitus žodžius.
profile-error-other = Nepavyko. Bandyk dar kartą.

secret-open-title = Paliesk savo 3 paveikslėlius
secret-set-title = Pasirink 3 paveikslėlius slaptažodžiui
secret-confirm-title = Dar kartą paliesk tuos pačius 3 paveikslėlius
secret-progress = { $count } iš { $total } { $total ->
        [one] paveikslėlio
        [few] paveikslėlių
        [many] paveikslėlio
       *[other] paveikslėlių
    }
secret-wrong = Ne visai. Bandyk dar kartą.
secret-ask-grown-up = Ne visai. Jei pamiršai paveikslėlius, paprašyk mokytojo ar mokytojos juos atkurti.
secret-mismatch = Tai buvo kiti paveikslėliai. Pradėk iš naujo.
secret-skip = Be slaptažodžio
secret-remove = Pašalinti mano slaptažodį

player-age-title = Kiek tau metų?
player-age-older = Daugiau nei 12? Pasirink 10–12. Suaugęs žmogus gali tai pakeisti.

title-hello = Labas, { $name }!
title-change-player = Keisti žaidėją
title-edit-me = Mano vardas ir paveikslėlis
title-password = Paveikslėlių slaptažodis
title-save-file = Išsaugoti mano žvaigždes faile
save-to-file = Išsaugoti faile

gate-title = Suaugusiesiems
gate-question = Kiek bus { $a } × { $b }?
gate-typed = Atsakymas: { $typed }
gate-wrong = Neteisingai. Štai naujas klausimas.
gate-delete = Ištrinti skaitmenį
gate-ok = Gerai

adults-title = Žaidėjai šioje planšetėje
adults-save-all = Išsaugoti visus žaidėjus faile
adults-bring = Įkelti žaidėjus iš failo
adults-clear = Išvalyti šią planšetę
adults-clear-confirm = { $count ->
        [one] Palieskite dar kartą, kad ištrintumėte vienintelį žaidėją
        [few] Palieskite dar kartą, kad ištrintumėte visus { $count } žaidėjus
        [many] Palieskite dar kartą, kad ištrintumėte visus { $count } žaidėjo
       *[other] Palieskite dar kartą, kad ištrintumėte visus { $count } žaidėjų
    }
adults-cleared = Ši planšetė dabar tuščia.
adults-player = { $stars ->
        [one] { $name }: { $stars } žvaigždė
        [few] { $name }: { $stars } žvaigždės
        [many] { $name }: { $stars } žvaigždės
       *[other] { $name }: { $stars } žvaigždžių
    }
adults-save-one = Išsaugoti „{ $name }“ faile
adults-reset-secret = Atkurti „{ $name }“ paveikslėlių slaptažodį
adults-secret-reset = „{ $name }“ dabar neturi paveikslėlių slaptažodžio.
adults-delete = Ištrinti „{ $name }“
adults-delete-confirm = Palieskite dar kartą, kad ištrintumėte „{ $name }“
adults-deleted = Ištrinta: { $name }.
adults-saved = { $count ->
    [one] Faile išsaugotas { $count } žaidėjas. Atidarykite jį kitoje planšetėje per „Įkelti žaidėjus iš failo“.
    [few] Faile išsaugoti { $count } žaidėjai. Atidarykite jį kitoje planšetėje per „Įkelti žaidėjus iš failo“.
    [many] Faile išsaugota { $count } žaidėjo. Atidarykite jį kitoje planšetėje per „Įkelti žaidėjus iš failo“.
   *[other] Faile išsaugota { $count } žaidėjų. Atidarykite jį kitoje planšetėje per „Įkelti žaidėjus iš failo“.
}
adults-save-failed = Failo išsaugoti nepavyko.
adults-include-secrets = Įrašyti paveikslėlių slaptažodžius į failą
adults-secrets-left-out = Dabar sukurti failai neturi paveikslėlių slaptažodžių; kitoje planšetėje jau esantis slaptažodis lieka.
adults-secrets-included = Dabar sukurti failai turi paveikslėlių slaptažodžius: kiekvienas, atidaręs failą, gali juos perskaityti.
adults-help = Kaip perkelti mokinius: išsaugokite juos čia faile, nukopijuokite failą į kitą planšetę ir ten įkelkite. Toje planšetėje jau esantys žaidėjai išlaiko visas savo žvaigždes.
adults-help-insecure = Šis puslapis teikiamas ne per HTTPS, todėl negali veikti be interneto ir negali būti pridėtas prie pradžios ekrano. Visa kita veikia. Kaip jį teikti, aprašyta README.
adults-voices-open = Skaitymas garsiai
adults-voices-some = Ši planšetė gali skaityti garsiai šiomis kalbomis: { $languages }
adults-voices-none = Ši planšetė dar negali skaityti garsiai nė viena žaidimo kalba.
adults-voices-help = Kaip pridėti balsą „Android“ planšetėje: atidarykite nustatymus, raskite „Teksto į kalbą“ išvestį, atidarykite pageidaujamo variklio nustatymus ir įdiekite norimos kalbos balso duomenis. Tada vėl atidarykite žaidimą. Garsiai skaito tik planšetėje saugomi balsai, todėl niekas nesiunčiama kitur, kad būtų perskaityta.
adults-band = „{ $name }“ amžiaus grupė: { $band }
adults-band-unset = Amžius nepasirinktas
adults-band-changed = { $name }: dabar { $band }.
adults-band-help = Palieskite žaidėjo amžiaus grupę, kad ją pakeistumėte. Žaidėjas pirmiausia mato tos grupės lygius. Mokiniai pradėdami renkasi 7–9 arba 10–12; 12–14 – grupę su temomis vyresniems mokiniams – gali pasirinkti tik suaugęs žmogus. „Amžius nepasirinktas“ laikomas 7–9.

import-done = Baigta: { $added ->
        [one] { $added } naujas žaidėjas
        [few] { $added } nauji žaidėjai
        [many] { $added } naujo žaidėjo
       *[other] { $added } naujų žaidėjų
    }, atnaujinta: { $updated }{ $refused ->
        [0] .
       *[other] , neįkelta: { $refused } (planšetė pilna arba juos čia laiko naujesnė Byte Bridge versija).
    }{ $renamed ->
        [0] {""}
        [one] {" "}{ $renamed } žaidėjas gavo naują žaidimo vardą, nes jo vardas čia jau buvo užimtas.
        [few] {" "}{ $renamed } žaidėjai gavo naujus žaidimo vardus, nes jų vardai čia jau buvo užimti.
        [many] {" "}{ $renamed } žaidėjo gavo naujus žaidimo vardus, nes jų vardai čia jau buvo užimti.
       *[other] {" "}{ $renamed } žaidėjų gavo naujus žaidimo vardus, nes jų vardai čia jau buvo užimti.
    }
import-error-too-large = Šis failas per didelis, kad būtų žaidėjų failas.
import-error-not-ours = Tai ne Byte Bridge žaidėjų failas.
import-error-newer = Šis failas iš naujesnės Byte Bridge versijos. Pirmiausia atnaujinkite žaidimą šioje planšetėje.
import-error-damaged = Šis žaidėjų failas sugadintas, todėl niekas nepakeista. Išsaugokite jį iš naujo kitoje planšetėje.
import-error-over-limits = Žaidėjas šiame faile, vienas ar kartu su tuo pačiu žaidėju šioje planšetėje, turi daugiau, nei Byte Bridge kada nors saugo (per ilgos programos, per daug bandymų ar lygių). Niekas nepakeista.
import-error-unreadable = Failo nepavyko perskaityti. Bandykite dar kartą.

offline-needs-https = Šis puslapis teikiamas ne per HTTPS, todėl be interneto neveiks.
update-reload = Nauja versija paruošta: paliesk, kad ją paleistum
save-file-failed = Failo išsaugoti nepavyko. Bandyk dar kartą.
