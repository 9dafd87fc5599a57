# Players on a shared tablet. Nicknames are an adjective and an animal picked from lists. The
# adjective (definite form) agrees with the animal's gender: Drosmīgais Lācis, Drosmīgā Lapsa.
# The grown-ups' screen addresses adults formally (jūs).

players-title = Kas spēlē?
players-empty = Pieskaries pogai „Jauns spēlētājs”, lai sāktu.
players-previous = Iepriekšējie spēlētāji
players-next = Vairāk spēlētāju
players-page = Lapa { $page } no { $pages }
player-new = Jauns spēlētājs
grown-ups = Pieaugušajiem

nickname = { $adjective } { $animal }

player-new-title = Jauns spēlētājs
player-edit-title = Mans vārds un attēls
player-done = Gatavs
player-preview = Tu esi { $name }
pick-picture = Izvēlies attēlu
pick-colour = Izvēlies krāsu
pick-adjective = Izvēlies vārdu
pick-animal = Izvēlies dzīvnieku
nickname-surprise = Pārsteidz mani

adj-brave = { $gender ->
    [feminine] Drosmīgā
   *[masculine] Drosmīgais
}
adj-bright = { $gender ->
    [feminine] Mirdzošā
   *[masculine] Mirdzošais
}
adj-calm = { $gender ->
    [feminine] Mierīgā
   *[masculine] Mierīgais
}
adj-clever = { $gender ->
    [feminine] Attapīgā
   *[masculine] Attapīgais
}
adj-cheerful = { $gender ->
    [feminine] Jautrā
   *[masculine] Jautrais
}
adj-gentle = { $gender ->
    [feminine] Maigā
   *[masculine] Maigais
}
adj-happy = { $gender ->
    [feminine] Laimīgā
   *[masculine] Laimīgais
}
adj-kind = { $gender ->
    [feminine] Laipnā
   *[masculine] Laipnais
}
adj-lucky = { $gender ->
    [feminine] Veiksmīgā
   *[masculine] Veiksmīgais
}
adj-quick = { $gender ->
    [feminine] Ātrā
   *[masculine] Ātrais
}
adj-sunny = { $gender ->
    [feminine] Saulainā
   *[masculine] Saulainais
}
adj-wise = { $gender ->
    [feminine] Viedā
   *[masculine] Viedais
}

animal-bear = Lācis
    .gender = masculine
animal-cat = Kaķis
    .gender = masculine
animal-dolphin = Delfīns
    .gender = masculine
animal-eagle = Ērglis
    .gender = masculine
animal-fox = Lapsa
    .gender = feminine
animal-frog = Varde
    .gender = feminine
animal-lion = Lauva
    .gender = masculine
animal-owl = Pūce
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Trusis
    .gender = masculine
animal-tiger = Tīģeris
    .gender = masculine
animal-turtle = Bruņurupucis
    .gender = masculine

picture-sun = Saule
picture-moon = Mēness
picture-star = Zvaigzne
picture-heart = Sirds
picture-tree = Koks
picture-flower = Zieds
picture-fish = Zivs
picture-house = Māja
picture-rocket = Raķete
picture-crown = Kronis
picture-leaf = Lapa
picture-boat = Laiva

avatar-colour-red = Sarkana
avatar-colour-orange = Oranža
avatar-colour-yellow = Dzeltena
avatar-colour-green = Zaļa
avatar-colour-teal = Tirkīza
avatar-colour-blue = Zila
avatar-colour-purple = Violeta
avatar-colour-pink = Rozā

profile-error-full = Šī planšete ir pilna. Pieaugušais var pārcelt spēlētājus uz citu planšeti.
profile-error-name-taken = Citam spēlētājam jau ir šis vārds. Izvēlies citus vārdus.
profile-error-other = Neizdevās. Lūdzu, mēģini vēlreiz.

# Picture passwords: three pictures in order.
secret-open-title = Pieskaries saviem 3 attēliem
secret-set-title = Izvēlies 3 attēlus savai parolei
secret-confirm-title = Pieskaries tiem pašiem 3 attēliem vēlreiz
secret-progress = { $count } no { $total } { $total ->
        [zero] attēliem
        [one] attēla
       *[other] attēliem
    }
secret-wrong = Ne gluži. Mēģini vēlreiz.
secret-ask-grown-up = Ne gluži. Ja aizmirsi savus attēlus, palūdz skolotājam tos atiestatīt.
secret-mismatch = Tie bija citi attēli. Sāc no jauna.
secret-skip = Bez paroles
secret-remove = Noņemt manu paroli

player-age-title = Cik tev ir gadu?
player-age-older = Vairāk nekā 12? Izvēlies 10–12. Pieaugušais to var mainīt.

title-hello = Čau, { $name }!
title-change-player = Mainīt spēlētāju
title-edit-me = Mans vārds un attēls
title-password = Attēlu parole
title-save-file = Saglabāt manas zvaigznes failā
save-to-file = Saglabāt failā

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = Pieaugušajiem
gate-question = Cik ir { $a } × { $b }?
gate-typed = Atbilde: { $typed }
gate-wrong = Nav pareizi. Lūk, jauns jautājums.
gate-delete = Dzēst ciparu
gate-ok = Labi

adults-title = Spēlētāji šajā planšetē
adults-save-all = Saglabāt visus spēlētājus failā
adults-bring = Ielādēt spēlētājus no faila
adults-clear = Iztīrīt šo planšeti
adults-clear-confirm = { $count ->
        [zero] Pieskarieties vēlreiz, lai dzēstu visus spēlētājus ({ $count })
        [one] Pieskarieties vēlreiz, lai dzēstu vienīgo spēlētāju
       *[other] Pieskarieties vēlreiz, lai dzēstu visus spēlētājus ({ $count })
    }
adults-cleared = Šī planšete tagad ir tukša.
adults-player = { $stars ->
        [zero] { $name }: { $stars } zvaigžņu
        [one] { $name }: { $stars } zvaigzne
       *[other] { $name }: { $stars } zvaigznes
    }
adults-save-one = Saglabāt failā: { $name }
adults-reset-secret = Atiestatīt attēlu paroli: { $name }
adults-secret-reset = Spēlētājam { $name } tagad nav attēlu paroles.
adults-delete = Dzēst: { $name }
adults-delete-confirm = Pieskarieties vēlreiz, lai dzēstu: { $name }
adults-deleted = Dzēsts: { $name }.
adults-saved = { $count ->
    [zero] Failā saglabāti spēlētāji: { $count }. Atveriet to otrā planšetē ar pogu „Ielādēt spēlētājus no faila”.
    [one] Failā saglabāts { $count } spēlētājs. Atveriet to otrā planšetē ar pogu „Ielādēt spēlētājus no faila”.
   *[other] Failā saglabāti spēlētāji: { $count }. Atveriet to otrā planšetē ar pogu „Ielādēt spēlētājus no faila”.
}
adults-save-failed = Failu neizdevās saglabāt.
adults-include-secrets = Ielikt failā attēlu paroles
adults-secrets-left-out = Tagad veidotajos failos attēlu paroļu nav; parole, kas jau ir otrā planšetē, paliek.
adults-secrets-included = Tagad veidotajos failos ir attēlu paroles: tās var izlasīt ikviens, kas atver failu.
adults-help = Skolēnu pārcelšana: saglabājiet viņus failā šeit, nokopējiet failu uz otru planšeti un ielādējiet tur. Spēlētāji, kas jau ir tajā planšetē, saglabā visas savas zvaigznes.
adults-help-insecure = Šī lapa netiek pasniegta caur HTTPS, tāpēc tā nevar darboties bezsaistē un to nevar pievienot sākuma ekrānam. Viss pārējais darbojas. README paskaidro, kā to pasniegt.
adults-voices-open = Lasīšana priekšā
adults-voices-some = Šī planšete var lasīt priekšā šajās valodās: { $languages }
adults-voices-none = Šī planšete vēl nevar lasīt priekšā nevienā spēles valodā.
adults-voices-help = Kā pievienot balsi Android planšetē: atveriet lietotni „Iestatījumi”, atrodiet sadaļu „Teksta-runas izvade”, atveriet vēlamās programmas iestatījumus un instalējiet kādas valodas balss datus. Pēc tam atveriet spēli vēlreiz. Priekšā lasa tikai planšetē saglabātās balsis, tāpēc nekas netiek nosūtīts citur nolasīšanai.
adults-band = Vecuma grupa ({ $name }): { $band }
adults-band-unset = Vecums nav izvēlēts
adults-band-changed = { $name }: tagad { $band }.
adults-band-help = Pieskarieties spēlētāja vecuma grupai, lai to mainītu. Spēlētājs vispirms redz šīs grupas līmeņus. Skolēni sākumā izvēlas 7–9 vai 10–12; tikai pieaugušais var izvēlēties 12–14 – grupu ar tēmām lielākiem skolēniem. „Vecums nav izvēlēts” skaitās kā 7–9.

import-done = Gatavs: { $added ->
        [zero] jauni spēlētāji: { $added }
        [one] { $added } jauns spēlētājs
       *[other] jauni spēlētāji: { $added }
    }, atjaunināti: { $updated }{ $refused ->
        [0] .
        [zero] , neizdevās ielādēt: { $refused } (planšete ir pilna, vai tos šeit glabā jaunāka Byte Bridge versija).
        [one] , neizdevās ielādēt: { $refused } (planšete ir pilna, vai to šeit glabā jaunāka Byte Bridge versija).
       *[other] , neizdevās ielādēt: { $refused } (planšete ir pilna, vai tos šeit glabā jaunāka Byte Bridge versija).
    }{ $renamed ->
        [0] {""}
        [zero] {" "}Jaunu spēles vārdu saņēma spēlētāji ({ $renamed }), jo viņu vārds šeit jau bija aizņemts.
        [one] {" "}Viens spēlētājs saņēma jaunu spēles vārdu, jo viņa vārds šeit jau bija aizņemts.
       *[other] {" "}Jaunu spēles vārdu saņēma spēlētāji ({ $renamed }), jo viņu vārds šeit jau bija aizņemts.
    }
import-error-too-large = Šis fails ir par lielu, lai būtu spēlētāju fails.
import-error-not-ours = Šis nav Byte Bridge spēlētāju fails.
import-error-newer = Šis fails ir no jaunākas Byte Bridge versijas. Vispirms atjauniniet spēli šajā planšetē.
import-error-damaged = Šis spēlētāju fails ir bojāts, tāpēc nekas netika mainīts. Saglabājiet to vēlreiz otrā planšetē.
import-error-over-limits = Kāds spēlētājs šajā failā satur vairāk, nekā Byte Bridge jebkad glabā (pārāk garas programmas, pārāk daudz mēģinājumu vai līmeņu), viens pats vai kopā ar to pašu spēlētāju šajā planšetē. Nekas netika mainīts.
import-error-unreadable = Failu neizdevās nolasīt. Mēģiniet vēlreiz.

offline-needs-https = Šī lapa netiek pasniegta caur HTTPS, tāpēc tā nedarbosies bez interneta.
update-reload = Jaunā versija gatava: pieskaries, lai to palaistu
save-file-failed = Failu neizdevās saglabāt. Lūdzu, mēģini vēlreiz.
