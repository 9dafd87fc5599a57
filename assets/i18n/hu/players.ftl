# Players on a shared tablet. Nicknames are an adjective and an animal picked from lists.
# Hungarian has no grammatical gender: adjectives are plain text, animals have no .gender.
# The grown-ups' screen addresses adults formally.

players-title = Ki játszik?
players-empty = Koppints az „Új játékos” gombra a kezdéshez.
players-previous = Előző játékosok
players-next = További játékosok
players-page = Oldal: { $page }/{ $pages }
player-new = Új játékos
grown-ups = Felnőtteknek

nickname = { $adjective } { $animal }

player-new-title = Új játékos
player-edit-title = A nevem és a képem
player-done = Kész
player-preview = Te vagy: { $name }
pick-picture = Válassz képet
pick-colour = Válassz színt
pick-adjective = Válassz szót
pick-animal = Válassz állatot
nickname-surprise = Lepj meg!

adj-brave = Bátor
adj-bright = Ragyogó
adj-calm = Nyugodt
adj-clever = Okos
adj-cheerful = Vidám
adj-gentle = Szelíd
adj-happy = Boldog
adj-kind = Kedves
adj-lucky = Szerencsés
adj-quick = Gyors
adj-sunny = Napsugaras
adj-wise = Bölcs

animal-bear = Medve
animal-cat = Macska
animal-dolphin = Delfin
animal-eagle = Sas
animal-fox = Róka
animal-frog = Béka
animal-lion = Oroszlán
animal-owl = Bagoly
animal-panda = Panda
animal-rabbit = Nyúl
animal-tiger = Tigris
animal-turtle = Teknős

picture-sun = Nap
picture-moon = Hold
picture-star = Csillag
picture-heart = Szív
picture-tree = Fa
picture-flower = Virág
picture-fish = Hal
picture-house = Ház
picture-rocket = Rakéta
picture-crown = Korona
picture-leaf = Levél
picture-boat = Hajó

avatar-colour-red = Piros
avatar-colour-orange = Narancs
avatar-colour-yellow = Sárga
avatar-colour-green = Zöld
avatar-colour-teal = Türkiz
avatar-colour-blue = Kék
avatar-colour-purple = Lila
avatar-colour-pink = Rózsaszín

profile-error-full = Ez a táblagép megtelt. Egy felnőtt át tud tenni játékosokat egy másik táblagépre.
profile-error-name-taken = Egy másik játékosnak már ez a neve. Válassz más szavakat.
profile-error-other = Ez nem sikerült. Kérlek, próbáld újra.

# Picture passwords: three pictures in order.
secret-open-title = Koppints a 3 képedre
secret-set-title = Válassz 3 képet a jelszavadhoz
secret-confirm-title = Koppints újra ugyanarra a 3 képre
secret-progress = { $count }/{ $total } { $total ->
        [one] kép
       *[other] kép
    }
secret-wrong = Nem egészen. Próbáld újra.
secret-ask-grown-up = Nem egészen. Ha elfelejtetted a képeidet, kérd meg a tanárodat, hogy állítsa vissza őket.
secret-mismatch = Ezek más képek voltak. Kezdd újra.
secret-skip = Nincs jelszó
secret-remove = A jelszavam törlése

player-age-title = Hány éves vagy?
player-age-older = Elmúltál 12? Válaszd a 10–12-t. Egy felnőtt meg tudja változtatni.

title-hello = Szia, { $name }!
title-change-player = Játékosváltás
title-edit-me = A nevem és a képem
title-password = Képes jelszó
title-save-file = A csillagaim mentése fájlba
save-to-file = Mentés fájlba

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = Felnőtteknek
gate-question = Mennyi { $a } × { $b }?
gate-typed = Válasz: { $typed }
gate-wrong = Ez nem jó. Itt egy új kérdés.
gate-delete = Számjegy törlése
gate-ok = OK

adults-title = Játékosok ezen a táblagépen
adults-save-all = Az összes játékos mentése fájlba
adults-bring = Játékosok behozása fájlból
adults-clear = A táblagép kiürítése
adults-clear-confirm = { $count ->
        [one] Koppintson újra az egyetlen játékos törléséhez
       *[other] Koppintson újra mind a(z) { $count } játékos törléséhez
    }
adults-cleared = Ez a táblagép most üres.
adults-player = { $stars ->
        [one] { $name }: { $stars } csillag
       *[other] { $name }: { $stars } csillag
    }
adults-save-one = Mentés fájlba: { $name }
adults-reset-secret = Képes jelszó visszaállítása: { $name }
adults-secret-reset = { $name } játékosnak most nincs képes jelszava.
adults-delete = Törlés: { $name }
adults-delete-confirm = Koppintson újra a törléshez: { $name }
adults-deleted = Törölve: { $name }.
adults-saved = { $count ->
    [one] { $count } játékos fájlba mentve. Nyissa meg a másik táblagépen a „Játékosok behozása fájlból” gombbal.
   *[other] { $count } játékos fájlba mentve. Nyissa meg a másik táblagépen a „Játékosok behozása fájlból” gombbal.
}
adults-save-failed = A fájlt nem sikerült menteni.
adults-include-secrets = Képes jelszavak a fájlba
adults-secrets-left-out = A most készülő fájlokba nem kerülnek képes jelszavak; a másik táblagépen már meglévő jelszó megmarad.
adults-secrets-included = A most készülő fájlokban benne vannak a képes jelszavak: bárki elolvashatja őket, aki megnyitja a fájlt.
adults-help = Tanulók áthelyezése: itt mentse őket fájlba, másolja a fájlt a másik táblagépre, és ott hozza be őket. Az ott már meglévő játékosok minden csillagukat megtartják.
adults-help-insecure = Ez az oldal nem HTTPS-en keresztül érkezik, ezért nem működik offline, és nem tehető ki a kezdőképernyőre. Minden más működik. A README leírja, hogyan lehet így kiszolgálni.
adults-voices-open = Felolvasás
adults-voices-some = Ez a táblagép ezeken a nyelveken tud felolvasni: { $languages }
adults-voices-none = Ez a táblagép még a játék egyik nyelvén sem tud felolvasni.
adults-voices-help = Hang hozzáadása Android-táblagépen: nyissa meg a Beállításokat, keresse meg a „Szövegfelolvasás” menüpontot, nyissa meg a preferált motor beállításait, és telepítse egy nyelv hangadatait. Ezután nyissa meg újra a játékot. Csak a táblagépen tárolt hangok olvasnak fel, így a felolvasáshoz semmi sem kerül el a táblagépről.
adults-band = { $name } korosztálya: { $band }
adults-band-unset = Nincs kiválasztva
adults-band-changed = { $name }: mostantól { $band }.
adults-band-help = Koppintson egy játékos korosztályára a módosításhoz. A játékos először annak a korosztálynak a pályáit látja. A tanulók induláskor a 7–9 vagy a 10–12 évet választják; a 12–14 évet, az idősebbeknek szóló témákkal, csak felnőtt választhatja. A „Nincs kiválasztva” 7–9 évesnek számít.

import-done = Kész: { $added ->
        [one] { $added } új játékos
       *[other] { $added } új játékos
    }, frissítve: { $updated }{ $refused ->
        [0] .
        [one] , nem sikerült behozni: { $refused } (a táblagép megtelt, vagy a Byte Bridge egy újabb változata őrzi itt).
       *[other] , nem sikerült behozni: { $refused } (a táblagép megtelt, vagy a Byte Bridge egy újabb változata őrzi itt).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Egy játékos új játéknevet kapott, mert az övé itt már foglalt volt.
       *[other] {" "}{ $renamed } játékos új játéknevet kapott, mert az övék itt már foglalt volt.
    }
import-error-too-large = Ez a fájl túl nagy ahhoz, hogy játékosfájl legyen.
import-error-not-ours = Ez nem Byte Bridge-játékosfájl.
import-error-newer = Ez a fájl a Byte Bridge egy újabb változatából jön. Előbb frissítse a játékot ezen a táblagépen.
import-error-damaged = Ez a játékosfájl sérült, ezért semmi sem változott. Mentse el újra a másik táblagépen.
import-error-over-limits = A fájl egyik játékosa több adatot tartalmaz, mint amennyit a Byte Bridge valaha is tárol (túl hosszú programok, túl sok próbálkozás vagy pálya), önmagában vagy az itteni azonos játékossal együtt. Semmi sem változott.
import-error-unreadable = A fájlt nem sikerült beolvasni. Próbálja újra.

offline-needs-https = Ez az oldal nem HTTPS-en keresztül érkezik, ezért internet nélkül nem fog működni.
update-reload = Kész az új változat: koppints az indításhoz
save-file-failed = A fájlt nem sikerült menteni. Kérlek, próbáld újra.
