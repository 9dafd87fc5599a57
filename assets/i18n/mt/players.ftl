# Plejers fuq tablet maqsum. Il-laqam huwa annimal u aġġettiv: l-aġġettiv jaqbel mal-ġeneru
# tal-annimal ($gender mill-attribut .gender). Fil-Malti l-aġġettiv jiġi wara l-isem.

players-title = Min qed jilgħab?
players-empty = Agħfas “Plejer ġdid” biex tibda.
players-previous = Plejers ta’ qabel
players-next = Aktar plejers
players-page = Paġna { $page } minn { $pages }
player-new = Plejer ġdid
grown-ups = Adulti

nickname = { $animal } { $adjective }

player-new-title = Plejer ġdid
player-edit-title = Ismi u l-istampa tiegħi
player-done = Lest
player-preview = Ismek: { $name }
pick-picture = Agħżel stampa
pick-colour = Agħżel kulur
pick-adjective = Agħżel kelma
pick-animal = Agħżel annimal
nickname-surprise = Issorprendini

adj-brave = { $gender ->
    [feminine] Kuraġġuża
   *[masculine] Kuraġġuż
}
adj-bright = Brillanti
adj-calm = { $gender ->
    [feminine] Kalma
   *[masculine] Kalm
}
adj-clever = Intelliġenti
adj-cheerful = { $gender ->
    [feminine] Ferrieħa
   *[masculine] Ferrieħi
}
adj-gentle = Ġentili
adj-happy = { $gender ->
    [feminine] Kuntenta
   *[masculine] Kuntent
}
adj-kind = { $gender ->
    [feminine] Twajba
   *[masculine] Twajjeb
}
adj-lucky = { $gender ->
    [feminine] Xxurtjata
   *[masculine] Xxurtjat
}
adj-quick = { $gender ->
    [feminine] Mgħaġġla
   *[masculine] Mgħaġġel
}
adj-sunny = { $gender ->
    [feminine] Xemxija
   *[masculine] Xemxi
}
adj-wise = { $gender ->
    [feminine] Għaqlija
   *[masculine] Għaqli
}

animal-bear = Ors
    .gender = masculine
animal-cat = Qattusa
    .gender = feminine
animal-dolphin = Denfil
    .gender = masculine
animal-eagle = Ajkla
    .gender = feminine
animal-fox = Volpi
    .gender = feminine
animal-frog = Żrinġ
    .gender = masculine
animal-lion = Iljun
    .gender = masculine
animal-owl = Kokka
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Fenek
    .gender = masculine
animal-tiger = Tigra
    .gender = feminine
animal-turtle = Fekruna
    .gender = feminine

picture-sun = Xemx
picture-moon = Qamar
picture-star = Stilla
picture-heart = Qalb
picture-tree = Siġra
picture-flower = Fjura
picture-fish = Ħuta
picture-house = Dar
picture-rocket = Rokit
picture-crown = Kuruna
picture-leaf = Werqa
picture-boat = Dgħajsa

avatar-colour-red = Aħmar
avatar-colour-orange = Oranġjo
avatar-colour-yellow = Isfar
avatar-colour-green = Aħdar
avatar-colour-teal = Turkis
avatar-colour-blue = Blu
avatar-colour-purple = Vjola
avatar-colour-pink = Roża

profile-error-full = Dan it-tablet huwa mimli. Adult jista’ jġorr plejers għal tablet ieħor.
profile-error-name-taken = Plejer ieħor diġà għandu dan l-isem. Agħżel kliem ieħor.
profile-error-other = Ma ħadimx. Erġa’ pprova, jekk jogħġbok.

# Password bl-istampi: tliet stampi f’ordni.
secret-open-title = Agħfas it-3 stampi tiegħek
secret-set-title = Agħżel 3 stampi għall-password tiegħek
secret-confirm-title = Erġa’ agħfas l-istess 3 stampi
secret-progress = { $count } minn { $total } { $total ->
        [one] stampa
        [two] stampi
        [few] stampi
        [many] stampa
       *[other] stampa
    }
secret-wrong = Mhux eżatt. Erġa’ pprova.
secret-ask-grown-up = Mhux eżatt. Jekk insejt l-istampi tiegħek, staqsi lill-għalliem biex jerġa’ jissettjahom.
secret-mismatch = Dawk kienu stampi differenti. Erġa’ ibda.
secret-skip = Bla password
secret-remove = Neħħi l-password tiegħi

player-age-title = Kemm għandek żmien?
player-age-older = Għandek aktar minn 12-il sena? Agħżel 10–12. Adult jista’ jibdlu.

title-hello = Bonġu, { $name }!
title-change-player = Ibdel il-plejer
title-edit-me = Ismi u l-istampa tiegħi
title-password = Password bl-istampi
title-save-file = Issejvja l-istilel tiegħi f’fajl
save-to-file = Issejvja f’fajl

gate-title = Għall-adulti
gate-question = Kemm jagħmel { $a } × { $b }?
gate-typed = Tweġiba: { $typed }
gate-wrong = Mhux sew. Hawn mistoqsija ġdida.
gate-delete = Ħassar numru
gate-ok = OK

adults-title = Plejers fuq dan it-tablet
adults-save-all = Issejvja l-plejers kollha f’fajl
adults-bring = Daħħal plejers minn fajl
adults-clear = Battal dan it-tablet
adults-clear-confirm = { $count ->
        [one] Erġa’ agħfas biex tħassar l-uniku plejer
        [two] Erġa’ agħfas biex tħassar il-{ $count } plejers kollha
        [few] Erġa’ agħfas biex tħassar il-{ $count } plejers kollha
        [many] Erġa’ agħfas biex tħassar il-{ $count } plejer kollha
       *[other] Erġa’ agħfas biex tħassar il-{ $count } plejer kollha
    }
adults-cleared = Dan it-tablet issa huwa vojt.
adults-player = { $stars ->
        [one] { $name }: stilla waħda
        [two] { $name }: { $stars } stilel
        [few] { $name }: { $stars } stilel
        [many] { $name }: { $stars } stilla
       *[other] { $name }: { $stars } stilla
    }
adults-save-one = Issejvja “{ $name }” f’fajl
adults-reset-secret = Erġa’ ssettja l-password bl-istampi ta’ “{ $name }”
adults-secret-reset = “{ $name }” issa m’għandux password bl-istampi.
adults-delete = Ħassar “{ $name }”
adults-delete-confirm = Erġa’ agħfas biex tħassar “{ $name }”
adults-deleted = “{ $name }” tħassar.
adults-saved = { $count ->
    [one] Plejer wieħed ġie ssejvjat f’fajl. Iftħu fuq it-tablet l-ieħor b’“Daħħal plejers minn fajl”.
    [two] { $count } plejers ġew issejvjati f’fajl. Iftħu fuq it-tablet l-ieħor b’“Daħħal plejers minn fajl”.
    [few] { $count } plejers ġew issejvjati f’fajl. Iftħu fuq it-tablet l-ieħor b’“Daħħal plejers minn fajl”.
    [many] { $count } plejer ġew issejvjati f’fajl. Iftħu fuq it-tablet l-ieħor b’“Daħħal plejers minn fajl”.
   *[other] { $count } plejer ġew issejvjati f’fajl. Iftħu fuq it-tablet l-ieħor b’“Daħħal plejers minn fajl”.
}
adults-save-failed = Il-fajl ma setax jiġi ssejvjat.
adults-include-secrets = Poġġi l-passwords bl-istampi fil-fajl
adults-secrets-left-out = Il-fajls magħmula minn issa ma fihomx il-passwords bl-istampi; password li diġà hemm fuq it-tablet l-ieħor tibqa’.
adults-secrets-included = Il-fajls magħmula minn issa fihom il-passwords bl-istampi: kull min jiftaħ il-fajl jista’ jaqrahom.
adults-help = Biex tġorr l-istudenti: issejvjahom hawn f’fajl, ikkopja l-fajl fuq it-tablet l-ieħor, u daħħalhom hemmhekk. Il-plejers li diġà qegħdin fuq dak it-tablet iżommu l-istilel kollha tagħhom.
adults-help-insecure = Din il-paġna mhix moqdija fuq HTTPS, għalhekk ma taħdimx offline u ma tistax tiżdied mal-iskrin ewlieni. Kull ħaġa oħra taħdem. Il-README jispjega kif isservuha.
adults-voices-open = Qari b’leħen għoli
adults-voices-some = Dan it-tablet jista’ jaqra b’leħen għoli f’dawn il-lingwi: { $languages }
adults-voices-none = Dan it-tablet għadu ma jista’ jaqra b’leħen għoli f’ebda waħda mil-lingwi tal-logħba.
adults-voices-help = Biex iżżid leħen fuq tablet Android: iftaħ is-Settings, fittex “Text-to-speech output” (il-qari tat-test b’leħen), iftaħ is-settings tal-magna ppreferuta u installa d-data tal-leħen għal lingwa. Imbagħad erġa’ iftaħ il-logħba. Jaqraw b’leħen għoli biss l-ilħna miżmuma fuq it-tablet innifsu, għalhekk xejn ma jintbagħat x’imkien biex jinqara.
adults-band = Grupp ta’ età ta’ “{ $name }”: { $band }
adults-band-unset = Età mhux magħżula
adults-band-changed = “{ $name }”: issa { $band }.
adults-band-help = Agħfas il-grupp ta’ età ta’ plejer biex tibdlu. Il-plejer jara l-ewwel il-livelli ta’ dak il-grupp. L-istudenti jagħżlu 7–9 jew 10–12 meta jibdew; adult biss jista’ jagħżel 12–14, il-grupp b’suġġetti għal studenti akbar. “Età mhux magħżula” tgħodd bħala 7–9.

import-done = Lest: { $added ->
        [one] plejer ġdid wieħed
        [two] { $added } plejers ġodda
        [few] { $added } plejers ġodda
        [many] { $added } plejer ġdid
       *[other] { $added } plejer ġdid
    }, aġġornati: { $updated }{ $refused ->
        [0] .
       *[other] , ma daħlux: { $refused } (it-tablet huwa mimli, jew Byte Bridge aktar ġdid iżommhom hawn).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Plejer wieħed ħa isem ġdid fil-logħba, għax tiegħu kien diġà meħud hawn.
        [two] {" "}{ $renamed } plejers ħadu isem ġdid fil-logħba, għax tagħhom kien diġà meħud hawn.
        [few] {" "}{ $renamed } plejers ħadu isem ġdid fil-logħba, għax tagħhom kien diġà meħud hawn.
        [many] {" "}{ $renamed } plejer ħadu isem ġdid fil-logħba, għax tagħhom kien diġà meħud hawn.
       *[other] {" "}{ $renamed } plejer ħadu isem ġdid fil-logħba, għax tagħhom kien diġà meħud hawn.
    }
import-error-too-large = Dan il-fajl huwa kbir wisq biex ikun fajl tal-plejers.
import-error-not-ours = Dan mhuwiex fajl tal-plejers ta’ Byte Bridge.
import-error-newer = Dan il-fajl ġej minn Byte Bridge aktar ġdid. L-ewwel aġġorna l-logħba fuq dan it-tablet.
import-error-damaged = Dan il-fajl tal-plejers għandu l-ħsara, għalhekk ma nbidel xejn. Erġa’ ssejvjah fuq it-tablet l-ieħor.
import-error-over-limits = Plejer f’dan il-fajl fih aktar milli qatt iżomm Byte Bridge (programmi twal wisq, tentattivi jew livelli żejda), waħdu jew flimkien mal-istess plejer fuq dan it-tablet. Ma nbidel xejn.
import-error-unreadable = Il-fajl ma setax jinqara. Erġa’ pprova.

offline-needs-https = Din il-paġna mhix moqdija fuq HTTPS, għalhekk ma taħdimx mingħajr internet.
update-reload = Verżjoni ġdida lesta: agħfas biex tibdieha
save-file-failed = Il-fajl ma setax jiġi ssejvjat. Erġa’ pprova, jekk jogħġbok.
