# Players on a shared tablet. A nickname is an adjective and an animal; the adjective agrees
# with the animal's .gender.

players-title = Tko igra?
players-empty = Dodirni „Novi igrač“ za početak.
players-previous = Prethodni igrači
players-next = Još igrača
players-page = Stranica { $page } od { $pages }
player-new = Novi igrač
grown-ups = Odrasli

nickname = { $adjective } { $animal }

player-new-title = Novi igrač
player-edit-title = Moje ime i sličica
player-done = Gotovo
player-preview = Ovo si ti: { $name }
pick-picture = Odaberi sličicu
pick-colour = Odaberi boju
pick-adjective = Odaberi riječ
pick-animal = Odaberi životinju
nickname-surprise = Iznenadi me

adj-brave = { $gender ->
    [masculine] Hrabri
    [feminine] Hrabra
   *[neuter] Hrabro
}
adj-bright = { $gender ->
    [masculine] Blistavi
    [feminine] Blistava
   *[neuter] Blistavo
}
adj-calm = { $gender ->
    [masculine] Mirni
    [feminine] Mirna
   *[neuter] Mirno
}
adj-clever = { $gender ->
    [masculine] Pametni
    [feminine] Pametna
   *[neuter] Pametno
}
adj-cheerful = { $gender ->
    [masculine] Veseli
    [feminine] Vesela
   *[neuter] Veselo
}
adj-gentle = { $gender ->
    [masculine] Nježni
    [feminine] Nježna
   *[neuter] Nježno
}
adj-happy = { $gender ->
    [masculine] Radosni
    [feminine] Radosna
   *[neuter] Radosno
}
adj-kind = { $gender ->
    [masculine] Dobri
    [feminine] Dobra
   *[neuter] Dobro
}
adj-lucky = { $gender ->
    [masculine] Sretni
    [feminine] Sretna
   *[neuter] Sretno
}
adj-quick = { $gender ->
    [masculine] Brzi
    [feminine] Brza
   *[neuter] Brzo
}
adj-sunny = { $gender ->
    [masculine] Sunčani
    [feminine] Sunčana
   *[neuter] Sunčano
}
adj-wise = { $gender ->
    [masculine] Mudri
    [feminine] Mudra
   *[neuter] Mudro
}

animal-bear = Medvjed
    .gender = masculine
animal-cat = Mačka
    .gender = feminine
animal-dolphin = Dupin
    .gender = masculine
animal-eagle = Orao
    .gender = masculine
animal-fox = Lisica
    .gender = feminine
animal-frog = Žaba
    .gender = feminine
animal-lion = Lav
    .gender = masculine
animal-owl = Sova
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Zec
    .gender = masculine
animal-tiger = Tigar
    .gender = masculine
animal-turtle = Kornjača
    .gender = feminine

picture-sun = Sunce
picture-moon = Mjesec
picture-star = Zvijezda
picture-heart = Srce
picture-tree = Drvo
picture-flower = Cvijet
picture-fish = Riba
picture-house = Kuća
picture-rocket = Raketa
picture-crown = Kruna
picture-leaf = List
picture-boat = Brod

avatar-colour-red = Crvena
avatar-colour-orange = Narančasta
avatar-colour-yellow = Žuta
avatar-colour-green = Zelena
avatar-colour-teal = Tirkizna
avatar-colour-blue = Plava
avatar-colour-purple = Ljubičasta
avatar-colour-pink = Ružičasta

profile-error-full = Ovaj tablet je pun. Odrasla osoba može premjestiti igrače na drugi tablet.
profile-error-name-taken = Drugi igrač već ima to ime. Odaberi druge riječi.
profile-error-other = Nije uspjelo. Molimo pokušaj ponovno.

secret-open-title = Dodirni svoje 3 sličice
secret-set-title = Odaberi 3 sličice za svoju lozinku
secret-confirm-title = Ponovno dodirni iste 3 sličice
secret-progress = { $count } od { $total } { $total ->
        [one] sličice
        [few] sličice
       *[other] sličica
    }
secret-wrong = Ne baš. Pokušaj ponovno.
secret-ask-grown-up = Ne baš. Ako se ne sjećaš svojih sličica, zamoli učitelja da ih poništi.
secret-mismatch = To su bile druge sličice. Kreni ispočetka.
secret-skip = Bez lozinke
secret-remove = Ukloni moju lozinku

player-age-title = Koliko imaš godina?
player-age-older = Imaš više od 12 godina? Odaberi 10–12. Odrasla osoba to može promijeniti.

title-hello = Bok, { $name }!
title-change-player = Promijeni igrača
title-edit-me = Moje ime i sličica
title-password = Lozinka od sličica
title-save-file = Spremi moje zvjezdice u datoteku
save-to-file = Spremi u datoteku

gate-title = Za odrasle
gate-question = Koliko je { $a } × { $b }?
gate-typed = Odgovor: { $typed }
gate-wrong = To nije točno. Evo novog pitanja.
gate-delete = Obriši znamenku
gate-ok = U redu

adults-title = Igrači na ovom tabletu
adults-save-all = Spremi sve igrače u datoteku
adults-bring = Dodaj igrače iz datoteke
adults-clear = Očisti ovaj tablet
adults-clear-confirm = { $count ->
        [one] Dodirni ponovno da obrišeš jedinog igrača
        [few] Dodirni ponovno da obrišeš sva { $count } igrača
       *[other] Dodirni ponovno da obrišeš svih { $count } igrača
    }
adults-cleared = Ovaj tablet je sada prazan.
adults-player = { $stars ->
        [one] { $name }: { $stars } zvjezdica
        [few] { $name }: { $stars } zvjezdice
       *[other] { $name }: { $stars } zvjezdica
    }
adults-save-one = Spremi igrača { $name } u datoteku
adults-reset-secret = Poništi lozinku od sličica za { $name }
adults-secret-reset = { $name } sada nema lozinku od sličica.
adults-delete = Obriši igrača { $name }
adults-delete-confirm = Dodirni ponovno da obrišeš igrača { $name }
adults-deleted = Igrač { $name } je obrisan.
adults-saved = { $count ->
    [one] { $count } igrač spremljen je u datoteku. Otvori je na drugom tabletu pomoću „Dodaj igrače iz datoteke“.
    [few] { $count } igrača spremljena su u datoteku. Otvori je na drugom tabletu pomoću „Dodaj igrače iz datoteke“.
   *[other] { $count } igrača spremljeno je u datoteku. Otvori je na drugom tabletu pomoću „Dodaj igrače iz datoteke“.
}
adults-save-failed = Datoteka se nije mogla spremiti.
adults-include-secrets = Stavi lozinke od sličica u datoteku
adults-secrets-left-out = Nove datoteke ne sadrže lozinke od sličica; lozinka koja je već na drugom tabletu ostaje.
adults-secrets-included = Nove datoteke sadrže lozinke od sličica: svatko tko otvori datoteku može ih pročitati.
adults-help = Premještanje učenika: ovdje ih spremi u datoteku, kopiraj datoteku na drugi tablet i tamo ih dodaj. Igrači koji su već na tom tabletu zadržavaju sve svoje zvjezdice.
adults-help-insecure = Ova stranica ne otvara se preko HTTPS-a pa ne radi bez interneta i ne može se dodati na početni zaslon. Sve ostalo radi. README objašnjava kako to popraviti.
adults-voices-open = Čitanje naglas
adults-voices-some = Ovaj tablet može čitati naglas na ovim jezicima: { $languages }
adults-voices-none = Ovaj tablet još ne može čitati naglas ni na jednom jeziku igre.
adults-voices-help = Kako dodati glas na Android tabletu: otvori Postavke, pronađi „Pretvaranje teksta u govor“, otvori postavke željenog alata i instaliraj glasovne podatke za neki jezik. Zatim ponovno otvori igru. Naglas čitaju samo glasovi spremljeni na tabletu, pa se ništa ne šalje nikamo na čitanje.
adults-band = Dobna skupina igrača { $name }: { $band }
adults-band-unset = Dob nije odabrana
adults-band-changed = { $name }: sada { $band }.
adults-band-help = Dodirni dobnu skupinu igrača da je promijeniš. Igrač prvo vidi razine te skupine. Učenici na početku biraju 7–9 ili 10–12; samo odrasla osoba može odabrati 12–14, skupinu s temama za starije učenike. „Dob nije odabrana“ vrijedi kao 7–9.

import-done = Gotovo: { $added ->
        [one] { $added } novi igrač
        [few] { $added } nova igrača
       *[other] { $added } novih igrača
    }, ažurirano: { $updated }{ $refused ->
        [0] .
       *[other] , nije moguće dodati: { $refused } (tablet je pun ili ih ovdje čuva novija verzija Byte Bridgea).
    }{ $renamed ->
        [0] {""}
        [one] {" "}{ $renamed } igrač dobio je novo ime u igri jer je njegovo ovdje već bilo zauzeto.
        [few] {" "}{ $renamed } igrača dobila su nova imena u igri jer su njihova ovdje već bila zauzeta.
       *[other] {" "}{ $renamed } igrača dobilo je nova imena u igri jer su njihova ovdje već bila zauzeta.
    }
import-error-too-large = Ova datoteka je prevelika da bi bila datoteka s igračima.
import-error-not-ours = Ovo nije datoteka s igračima iz Byte Bridgea.
import-error-newer = Ova datoteka dolazi iz novije verzije Byte Bridgea. Prvo ažuriraj igru na ovom tabletu.
import-error-damaged = Ova datoteka s igračima je oštećena pa ništa nije promijenjeno. Spremi je ponovno na drugom tabletu.
import-error-over-limits = Igrač u ovoj datoteci ima više nego što Byte Bridge ikad čuva (predugi programi, previše pokušaja ili razina), sam ili zajedno s istim igračem na ovom tabletu. Ništa nije promijenjeno.
import-error-unreadable = Datoteka se nije mogla pročitati. Pokušaj ponovno.

offline-needs-https = Ova stranica ne otvara se preko HTTPS-a pa neće raditi bez interneta.
update-reload = Nova verzija je spremna: dodirni da je pokreneš
save-file-failed = Datoteka se nije mogla spremiti. Molimo pokušaj ponovno.
