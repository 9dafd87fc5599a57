# Jucătorii de pe o tabletă comună: alegerea jucătorului, parole din imagini, ecranul pentru adulți.
# Numele de joc: un animal și un adjectiv (în română adjectivul vine după substantiv și se acordă în gen).

players-title = Cine joacă?
players-empty = Atinge „Jucător nou” ca să începi.
players-previous = Jucătorii de dinainte
players-next = Mai mulți jucători
players-page = Pagina { $page } din { $pages }
player-new = Jucător nou
grown-ups = Adulți

nickname = { $animal } { $adjective }

player-new-title = Jucător nou
player-edit-title = Numele și poza mea
player-done = Gata
player-preview = Numele tău: { $name }
pick-picture = Alege o poză
pick-colour = Alege o culoare
pick-adjective = Alege un cuvânt
pick-animal = Alege un animal
nickname-surprise = Surprinde-mă

adj-brave = { $gender ->
    [feminine] Curajoasă
   *[masculine] Curajos
}
adj-bright = { $gender ->
    [feminine] Luminoasă
   *[masculine] Luminos
}
adj-calm = { $gender ->
    [feminine] Calmă
   *[masculine] Calm
}
adj-clever = { $gender ->
    [feminine] Isteață
   *[masculine] Isteț
}
adj-cheerful = { $gender ->
    [feminine] Veselă
   *[masculine] Vesel
}
adj-gentle = { $gender ->
    [feminine] Blândă
   *[masculine] Blând
}
adj-happy = { $gender ->
    [feminine] Fericită
   *[masculine] Fericit
}
adj-kind = { $gender ->
    [feminine] Bună
   *[masculine] Bun
}
adj-lucky = { $gender ->
    [feminine] Norocoasă
   *[masculine] Norocos
}
adj-quick = { $gender ->
    [feminine] Rapidă
   *[masculine] Rapid
}
adj-sunny = { $gender ->
    [feminine] Însorită
   *[masculine] Însorit
}
adj-wise = { $gender ->
    [feminine] Înțeleaptă
   *[masculine] Înțelept
}

animal-bear = Urs
    .gender = masculine
animal-cat = Pisică
    .gender = feminine
animal-dolphin = Delfin
    .gender = masculine
animal-eagle = Vultur
    .gender = masculine
animal-fox = Vulpe
    .gender = feminine
animal-frog = Broască
    .gender = feminine
animal-lion = Leu
    .gender = masculine
animal-owl = Bufniță
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Iepure
    .gender = masculine
animal-tiger = Tigru
    .gender = masculine
animal-turtle = Țestoasă
    .gender = feminine

picture-sun = Soare
picture-moon = Lună
picture-star = Stea
picture-heart = Inimă
picture-tree = Copac
picture-flower = Floare
picture-fish = Pește
picture-house = Casă
picture-rocket = Rachetă
picture-crown = Coroană
picture-leaf = Frunză
picture-boat = Barcă

avatar-colour-red = Roșu
avatar-colour-orange = Portocaliu
avatar-colour-yellow = Galben
avatar-colour-green = Verde
avatar-colour-teal = Turcoaz
avatar-colour-blue = Albastru
avatar-colour-purple = Mov
avatar-colour-pink = Roz

profile-error-full = Tableta e plină. Un adult poate muta jucători pe altă tabletă.
profile-error-name-taken = Alt jucător are deja numele acesta. Alege alte cuvinte.
profile-error-other = N-a mers. Te rugăm să încerci din nou.

# Parole din imagini: trei imagini, în ordine.
secret-open-title = Atinge cele 3 imagini ale tale
secret-set-title = Alege 3 imagini pentru parola ta
secret-confirm-title = Atinge din nou aceleași 3 imagini
secret-progress = { $count } din { $total } { $total ->
        [one] imagine
        [few] imagini
       *[other] de imagini
    }
secret-wrong = Nu chiar. Mai încearcă o dată.
secret-ask-grown-up = Nu chiar. Dacă ți-ai uitat imaginile, roagă-l pe profesor să le reseteze.
secret-mismatch = Acelea erau alte imagini. Ia-o de la capăt.
secret-skip = Fără parolă
secret-remove = Șterge parola mea

player-age-title = Câți ani ai?
player-age-older = Ai peste 12 ani? Alege 10–12. Un adult poate schimba asta.

title-hello = Salut, { $name }!
title-change-player = Schimbă jucătorul
title-edit-me = Numele și poza mea
title-password = Parolă din imagini
title-save-file = Salvează-mi stelele într-un fișier
save-to-file = Salvează într-un fișier

# Poarta pentru adulți: o înmulțire pe care un copil mic n-o poate ghici.
gate-title = Pentru adulți
gate-question = Cât face { $a } × { $b }?
gate-typed = Răspuns: { $typed }
gate-wrong = Nu e corect. Iată o întrebare nouă.
gate-delete = Șterge cifra
gate-ok = OK

adults-title = Jucătorii de pe această tabletă
adults-save-all = Salvați toți jucătorii într-un fișier
adults-bring = Aduceți jucători dintr-un fișier
adults-clear = Goliți această tabletă
adults-clear-confirm = { $count ->
        [one] Atingeți din nou ca să ștergeți singurul jucător
        [few] Atingeți din nou ca să ștergeți toți cei { $count } jucători
       *[other] Atingeți din nou ca să ștergeți toți cei { $count } de jucători
    }
adults-cleared = Tableta e goală acum.
adults-player = { $stars ->
        [one] { $name }: o stea
        [few] { $name }: { $stars } stele
       *[other] { $name }: { $stars } de stele
    }
adults-save-one = Salvați jucătorul { $name } într-un fișier
adults-reset-secret = Resetați parola din imagini a lui { $name }
adults-secret-reset = { $name } nu mai are parolă din imagini.
adults-delete = Ștergeți jucătorul { $name }
adults-delete-confirm = Atingeți din nou ca să ștergeți jucătorul { $name }
adults-deleted = Jucătorul { $name } a fost șters.
adults-saved = { $count ->
    [one] Un jucător a fost salvat într-un fișier. Deschideți-l pe cealaltă tabletă cu „Aduceți jucători dintr-un fișier”.
    [few] { $count } jucători au fost salvați într-un fișier. Deschideți-l pe cealaltă tabletă cu „Aduceți jucători dintr-un fișier”.
   *[other] { $count } de jucători au fost salvați într-un fișier. Deschideți-l pe cealaltă tabletă cu „Aduceți jucători dintr-un fișier”.
}
adults-save-failed = Fișierul nu a putut fi salvat.
adults-include-secrets = Puneți parolele din imagini în fișier
adults-secrets-left-out = Fișierele făcute de acum lasă parolele din imagini pe dinafară; o parolă care e deja pe cealaltă tabletă rămâne.
adults-secrets-included = Fișierele făcute de acum conțin parolele din imagini: oricine deschide fișierul le poate citi.
adults-help = Mutarea elevilor: salvați-i aici într-un fișier, copiați fișierul pe cealaltă tabletă și aduceți-i acolo. Jucătorii care sunt deja pe acea tabletă își păstrează toate stelele.
adults-help-insecure = Această pagină nu e servită prin HTTPS, deci nu poate funcționa offline și nu poate fi adăugată pe ecranul principal. Restul funcționează. Fișierul README explică cum se servește.
adults-voices-open = Citire cu voce tare
adults-voices-some = Tableta aceasta poate citi cu voce tare în aceste limbi: { $languages }
adults-voices-none = Tableta aceasta nu poate citi încă cu voce tare în niciuna dintre limbile jocului.
adults-voices-help = Pentru a adăuga o voce pe o tabletă Android: deschideți Setările, căutați „Redare vocală a textului”, deschideți setările motorului preferat și instalați datele vocale pentru o limbă. Apoi deschideți din nou jocul. Citesc cu voce tare doar vocile păstrate pe tabletă, așa că nu se trimite nimic în altă parte pentru a fi citit.
adults-band = Grupa de vârstă a lui { $name }: { $band }
adults-band-unset = Vârstă nealeasă
adults-band-changed = { $name }: acum { $band }.
adults-band-help = Atingeți grupa de vârstă a unui jucător ca s-o schimbați. Jucătorul vede mai întâi nivelurile acelei grupe. Elevii aleg 7–9 sau 10–12 când încep; doar un adult poate alege 12–14, grupa cu teme pentru elevii mai mari. „Vârstă nealeasă” contează ca 7–9.

import-done = Gata: { $added ->
        [one] un jucător nou
        [few] { $added } jucători noi
       *[other] { $added } de jucători noi
    }, actualizați: { $updated }{ $refused ->
        [0] .
        [one] , iar { $refused } nu a putut fi adus (tableta e plină sau un Byte Bridge mai nou îl păstrează aici).
        [few] , iar { $refused } nu au putut fi aduși (tableta e plină sau un Byte Bridge mai nou îi păstrează aici).
       *[other] , iar { $refused } nu au putut fi aduși (tableta e plină sau un Byte Bridge mai nou îi păstrează aici).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Un jucător a primit un nume de joc nou, pentru că al lui era deja folosit aici.
        [few] {" "}{ $renamed } jucători au primit un nume de joc nou, pentru că al lor era deja folosit aici.
       *[other] {" "}{ $renamed } de jucători au primit un nume de joc nou, pentru că al lor era deja folosit aici.
    }
import-error-too-large = Fișierul e prea mare ca să fie un fișier de jucători.
import-error-not-ours = Acesta nu e un fișier de jucători Byte Bridge.
import-error-newer = Fișierul vine de la un Byte Bridge mai nou. Actualizați mai întâi jocul de pe această tabletă.
import-error-damaged = Fișierul de jucători e stricat, deci nu s-a schimbat nimic. Salvați-l din nou pe cealaltă tabletă.
import-error-over-limits = Un jucător din acest fișier are mai mult decât păstrează vreodată Byte Bridge (programe prea lungi, prea multe încercări sau niveluri), singur sau împreună cu același jucător de pe această tabletă. Nu s-a schimbat nimic.
import-error-unreadable = Fișierul nu a putut fi citit. Încercați din nou.

offline-needs-https = Această pagină nu e servită prin HTTPS, deci nu va funcționa fără internet.
update-reload = Versiune nouă pregătită: atinge ca s-o pornești
save-file-failed = Fișierul nu a putut fi salvat. Te rugăm să încerci din nou.
