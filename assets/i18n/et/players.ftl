# Mängijad jagatud tahvelarvutis. Mängunimed on kaks nimekirjadest valitud sõna.
# Eesti keeles pole grammatilist sugu, seega omadussõnad ei muutu.

players-title = Kes mängib?
players-empty = Alustamiseks puuduta „Uus mängija“.
players-previous = Eelmised mängijad
players-next = Veel mängijaid
players-page = Lehekülg { $page }/{ $pages }
player-new = Uus mängija
grown-ups = Täiskasvanutele

nickname = { $adjective } { $animal }

player-new-title = Uus mängija
player-edit-title = Minu nimi ja pilt
player-done = Valmis
player-preview = Sina oled { $name }
pick-picture = Vali pilt
pick-colour = Vali värv
pick-adjective = Vali sõna
pick-animal = Vali loom
nickname-surprise = Üllata mind

adj-brave = Julge
adj-bright = Särav
adj-calm = Rahulik
adj-clever = Nutikas
adj-cheerful = Lõbus
adj-gentle = Õrn
adj-happy = Rõõmus
adj-kind = Lahke
adj-lucky = Õnnelik
adj-quick = Kiire
adj-sunny = Päikseline
adj-wise = Tark

animal-bear = Karu
animal-cat = Kass
animal-dolphin = Delfiin
animal-eagle = Kotkas
animal-fox = Rebane
animal-frog = Konn
animal-lion = Lõvi
animal-owl = Öökull
animal-panda = Panda
animal-rabbit = Jänes
animal-tiger = Tiiger
animal-turtle = Kilpkonn

picture-sun = Päike
picture-moon = Kuu
picture-star = Täht
picture-heart = Süda
picture-tree = Puu
picture-flower = Lill
picture-fish = Kala
picture-house = Maja
picture-rocket = Rakett
picture-crown = Kroon
picture-leaf = Leht
picture-boat = Paat

avatar-colour-red = Punane
avatar-colour-orange = Oranž
avatar-colour-yellow = Kollane
avatar-colour-green = Roheline
avatar-colour-teal = Türkiis
avatar-colour-blue = Sinine
avatar-colour-purple = Lilla
avatar-colour-pink = Roosa

profile-error-full = See tahvelarvuti on täis. Täiskasvanu saab mängijaid teise tahvelarvutisse viia.
profile-error-name-taken = Sellel nimel on juba teine mängija. Vali teised sõnad.
profile-error-other = See ei õnnestunud. Palun proovi uuesti.

# Pildiparool: kolm pilti kindlas järjekorras.
secret-open-title = Puuduta oma 3 pilti
secret-set-title = Vali paroolile 3 pilti
secret-confirm-title = Puuduta samu 3 pilti uuesti
secret-progress = { $count }/{ $total } { $total ->
        [one] pilt
       *[other] pilti
    }
secret-wrong = Mitte päris. Proovi uuesti.
secret-ask-grown-up = Mitte päris. Kui unustasid oma pildid, palu õpetajal need lähtestada.
secret-mismatch = Need olid teised pildid. Alusta uuesti.
secret-skip = Ilma paroolita
secret-remove = Eemalda minu parool

player-age-title = Kui vana sa oled?
player-age-older = Üle 12? Vali 10–12. Täiskasvanu saab seda muuta.

title-hello = Tere, { $name }!
title-change-player = Vaheta mängijat
title-edit-me = Minu nimi ja pilt
title-password = Pildiparool
title-save-file = Salvesta mu tähed faili
save-to-file = Salvesta faili

# Täiskasvanute värav: korrutustehe, mida väike laps ära ei arva.
gate-title = Täiskasvanutele
gate-question = Kui palju on { $a } × { $b }?
gate-typed = Vastus: { $typed }
gate-wrong = See pole õige. Siin on uus küsimus.
gate-delete = Kustuta number
gate-ok = OK

adults-title = Selle tahvelarvuti mängijad
adults-save-all = Salvesta kõik mängijad faili
adults-bring = Too mängijad failist
adults-clear = Tühjenda see tahvelarvuti
adults-clear-confirm = { $count ->
        [one] Puudutage uuesti, et kustutada ainus mängija
       *[other] Puudutage uuesti, et kustutada kõik { $count } mängijat
    }
adults-cleared = See tahvelarvuti on nüüd tühi.
adults-player = { $stars ->
        [one] { $name }: üks täht
       *[other] { $name }: { $stars } tähte
    }
adults-save-one = Salvesta mängija { $name } faili
adults-reset-secret = Lähtesta mängija { $name } pildiparool
adults-secret-reset = Mängijal { $name } pole nüüd pildiparooli.
adults-delete = Kustuta mängija { $name }
adults-delete-confirm = Puudutage uuesti, et kustutada mängija { $name }
adults-deleted = Mängija { $name } kustutati.
adults-saved = { $count ->
    [one] Üks mängija salvestati faili. Avage see teises tahvelarvutis nupuga „Too mängijad failist“.
   *[other] { $count } mängijat salvestati faili. Avage see teises tahvelarvutis nupuga „Too mängijad failist“.
}
adults-save-failed = Faili ei õnnestunud salvestada.
adults-include-secrets = Lisa faili pildiparoolid
adults-secrets-left-out = Praegu tehtavates failides pole pildiparoole; teises tahvelarvutis juba olev parool jääb alles.
adults-secrets-included = Praegu tehtavates failides on pildiparoolid: igaüks, kes faili avab, saab neid lugeda.
adults-help = Õpilaste üleviimine: salvestage nad siin faili, kopeerige fail teise tahvelarvutisse ja tooge nad seal sisse. Seal juba olevad mängijad säilitavad kõik oma tähed.
adults-help-insecure = Seda lehte ei serveerita HTTPS-i kaudu, seega ei tööta see võrguühenduseta ega saa seda avaekraanile lisada. Kõik muu töötab. README selgitab, kuidas lehte serveerida.
adults-voices-open = Ettelugemine
adults-voices-some = See tahvelarvuti oskab ette lugeda järgmistes keeltes: { $languages }
adults-voices-none = See tahvelarvuti ei oska veel ette lugeda üheski mängu keeles.
adults-voices-help = Hääle lisamine Android-tahvelarvutisse: avage Seaded, leidke „Kõnesünteesi väljund“, avage eelistatud mootori seaded ja installige mõne keele häälandmed. Seejärel avage mäng uuesti. Ette loevad ainult tahvelarvutisse salvestatud hääled, nii et midagi ei saadeta ettelugemiseks mujale.
adults-band = Mängija { $name } vanuserühm: { $band }
adults-band-unset = Vanus valimata
adults-band-changed = { $name }: nüüd { $band }.
adults-band-help = Vanuserühma muutmiseks puudutage mängija vanuserühma. Mängija näeb kõigepealt oma rühma tasemeid. Õpilased valivad alustades 7–9 või 10–12; ainult täiskasvanu saab valida 12–14, vanematele õpilastele mõeldud teemadega rühma. „Vanus valimata“ loetakse rühmaks 7–9.

import-done = Valmis: { $added ->
        [one] üks uus mängija
       *[other] { $added } uut mängijat
    }, uuendatud { $updated }{ $refused ->
        [0] .
       *[other] , sisse toomata { $refused } (tahvelarvuti on täis või hoiab neid siin uuem Byte Bridge).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Üks mängija sai uue mängunime, sest tema nimi oli siin juba kasutusel.
       *[other] {" "}{ $renamed } mängijat said uue mängunime, sest nende nimi oli siin juba kasutusel.
    }
import-error-too-large = See fail on mängijate faili jaoks liiga suur.
import-error-not-ours = See pole Byte Bridge'i mängijate fail.
import-error-newer = See fail on pärit uuemast Byte Bridge'ist. Uuendage kõigepealt mängu selles tahvelarvutis.
import-error-damaged = See mängijate fail on rikutud, seega midagi ei muudetud. Salvestage see teises tahvelarvutis uuesti.
import-error-over-limits = Selles failis oleval mängijal on rohkem, kui Byte Bridge kunagi hoiab (liiga pikad programmid, liiga palju katseid või tasemeid), üksi või koos sama mängijaga selles tahvelarvutis. Midagi ei muudetud.
import-error-unreadable = Faili ei õnnestunud lugeda. Proovige uuesti.

offline-needs-https = Seda lehte ei serveerita HTTPS-i kaudu, seega ei tööta see ilma internetita.
update-reload = Uus versioon on valmis: puuduta, et see käivitada
save-file-failed = Faili ei õnnestunud salvestada. Palun proovi uuesti.
