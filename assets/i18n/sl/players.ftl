# Players on a shared tablet. Nicknames are two words picked from lists. The grown-ups'
# screen addresses the adult formally ("vi"). A nickname's gender is unknown in sentences,
# so they avoid past participles that agree with it ("Izbrisano: …").

players-title = Kdo igra?
players-empty = Tapni „Nov igralec“, da začneš.
players-previous = Prejšnji igralci
players-next = Več igralcev
players-page = Stran { $page } od { $pages }
player-new = Nov igralec
grown-ups = Odrasli

# A nickname: an adjective and an animal. The adjective gets the animal's gender as $gender
# (from the animal's .gender attribute): masculine, feminine or neuter.
nickname = { $adjective } { $animal }

player-new-title = Nov igralec
player-edit-title = Moje ime in slika
player-done = Končano
player-preview = Ti si { $name }
pick-picture = Izberi sliko
pick-colour = Izberi barvo
pick-adjective = Izberi besedo
pick-animal = Izberi žival
nickname-surprise = Preseneti me

adj-brave = { $gender ->
    [masculine] Pogumen
    [feminine] Pogumna
   *[neuter] Pogumno
}
adj-bright = { $gender ->
    [masculine] Žareč
    [feminine] Žareča
   *[neuter] Žareče
}
adj-calm = { $gender ->
    [masculine] Miren
    [feminine] Mirna
   *[neuter] Mirno
}
adj-clever = { $gender ->
    [masculine] Pameten
    [feminine] Pametna
   *[neuter] Pametno
}
adj-cheerful = { $gender ->
    [masculine] Vesel
    [feminine] Vesela
   *[neuter] Veselo
}
adj-gentle = { $gender ->
    [masculine] Nežen
    [feminine] Nežna
   *[neuter] Nežno
}
adj-happy = { $gender ->
    [masculine] Radosten
    [feminine] Radostna
   *[neuter] Radostno
}
adj-kind = { $gender ->
    [masculine] Prijazen
    [feminine] Prijazna
   *[neuter] Prijazno
}
adj-lucky = { $gender ->
    [masculine] Srečen
    [feminine] Srečna
   *[neuter] Srečno
}
adj-quick = { $gender ->
    [masculine] Hiter
    [feminine] Hitra
   *[neuter] Hitro
}
adj-sunny = { $gender ->
    [masculine] Sončen
    [feminine] Sončna
   *[neuter] Sončno
}
adj-wise = { $gender ->
    [masculine] Preudaren
    [feminine] Preudarna
   *[neuter] Preudarno
}

animal-bear = Medved
    .gender = masculine
animal-cat = Mačka
    .gender = feminine
animal-dolphin = Delfin
    .gender = masculine
animal-eagle = Orel
    .gender = masculine
animal-fox = Lisica
    .gender = feminine
animal-frog = Žaba
    .gender = feminine
animal-lion = Lev
    .gender = masculine
animal-owl = Sova
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Zajec
    .gender = masculine
animal-tiger = Tiger
    .gender = masculine
animal-turtle = Želva
    .gender = feminine

picture-sun = Sonce
picture-moon = Luna
picture-star = Zvezda
picture-heart = Srce
picture-tree = Drevo
picture-flower = Roža
picture-fish = Riba
picture-house = Hiša
picture-rocket = Raketa
picture-crown = Krona
picture-leaf = List
picture-boat = Čoln

avatar-colour-red = Rdeča
avatar-colour-orange = Oranžna
avatar-colour-yellow = Rumena
avatar-colour-green = Zelena
avatar-colour-teal = Turkizna
avatar-colour-blue = Modra
avatar-colour-purple = Vijolična
avatar-colour-pink = Roza

profile-error-full = Ta tablica je polna. Odrasla oseba lahko igralce prenese na drugo tablico.
profile-error-name-taken = To ime že ima drug igralec. Izberi druge besede.
profile-error-other = Ni uspelo. Poskusi znova.

# Picture passwords: three pictures in order.
secret-open-title = Tapni svoje 3 slike
secret-set-title = Izberi 3 slike za svoje geslo
secret-confirm-title = Še enkrat tapni iste 3 slike
secret-progress = { $count } od { $total } { $total ->
        [one] slike
        [two] slik
        [few] slik
       *[other] slik
    }
secret-wrong = Ne čisto. Poskusi znova.
secret-ask-grown-up = Ne čisto. Če se slik ne spomniš, prosi učitelja, naj jih ponastavi.
secret-mismatch = To so bile druge slike. Začni znova.
secret-skip = Brez gesla
secret-remove = Odstrani moje geslo

# A new player's age band: two big buttons. 12–14 is chosen by a grown-up only.
player-age-title = Koliko let imaš?
player-age-older = Več kot 12? Izberi 10–12. Odrasla oseba lahko to spremeni.

title-hello = Živjo, { $name }!
title-change-player = Zamenjaj igralca
title-edit-me = Moje ime in slika
title-password = Slikovno geslo
title-save-file = Shrani moje zvezdice v datoteko
save-to-file = Shrani v datoteko

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = Za odrasle
gate-question = Koliko je { $a } × { $b }?
gate-typed = Odgovor: { $typed }
gate-wrong = To ni prav. Tu je novo vprašanje.
gate-delete = Izbriši števko
gate-ok = V redu

adults-title = Igralci na tej tablici
adults-save-all = Shrani vse igralce v datoteko
adults-bring = Prenesi igralce iz datoteke
adults-clear = Izprazni to tablico
adults-clear-confirm = { $count ->
        [one] Tapnite še enkrat, da izbrišete edinega igralca
        [two] Tapnite še enkrat, da izbrišete oba igralca
        [few] Tapnite še enkrat, da izbrišete vse { $count } igralce
       *[other] Tapnite še enkrat, da izbrišete vseh { $count } igralcev
    }
adults-cleared = Ta tablica je zdaj prazna.
adults-player = { $stars ->
        [one] { $name }: { $stars } zvezdica
        [two] { $name }: { $stars } zvezdici
        [few] { $name }: { $stars } zvezdice
       *[other] { $name }: { $stars } zvezdic
    }
adults-save-one = Shrani „{ $name }“ v datoteko
adults-reset-secret = Ponastavi slikovno geslo za „{ $name }“
adults-secret-reset = „{ $name }“ zdaj nima slikovnega gesla.
adults-delete = Izbriši „{ $name }“
adults-delete-confirm = Tapnite še enkrat, da izbrišete „{ $name }“
adults-deleted = Izbrisano: { $name }.
adults-saved = { $count ->
    [one] { $count } igralec je shranjen v datoteko. Odprite jo na drugi tablici z gumbom „Prenesi igralce iz datoteke“.
    [two] { $count } igralca sta shranjena v datoteko. Odprite jo na drugi tablici z gumbom „Prenesi igralce iz datoteke“.
    [few] { $count } igralci so shranjeni v datoteko. Odprite jo na drugi tablici z gumbom „Prenesi igralce iz datoteke“.
   *[other] { $count } igralcev je shranjenih v datoteko. Odprite jo na drugi tablici z gumbom „Prenesi igralce iz datoteke“.
}
adults-save-failed = Datoteke ni bilo mogoče shraniti.
adults-include-secrets = V datoteko vključi slikovna gesla
adults-secrets-left-out = Datoteke, ustvarjene zdaj, ne vsebujejo slikovnih gesel; geslo, ki je že na drugi tablici, ostane.
adults-secrets-included = Datoteke, ustvarjene zdaj, vsebujejo slikovna gesla: kdor odpre datoteko, jih lahko prebere.
adults-help = Prenos učencev: tukaj jih shranite v datoteko, datoteko kopirajte na drugo tablico in jih tam prenesite vanjo. Igralci, ki so že na tisti tablici, obdržijo vse svoje zvezdice.
adults-help-insecure = Ta stran se ne nalaga prek HTTPS, zato ne deluje brez povezave in je ni mogoče dodati na domači zaslon. Vse drugo deluje. V datoteki README piše, kako jo pravilno ponuditi.
# Which of the game's languages this tablet can read aloud ($languages: their own names,
# separated by commas), and how a grown-up adds a voice.
adults-voices-open = Branje na glas
adults-voices-some = Ta tablica lahko bere na glas v teh jezikih: { $languages }
adults-voices-none = Ta tablica še ne more brati na glas v nobenem od jezikov igre.
adults-voices-help = Dodajanje glasu na tablici z Androidom: odprite Nastavitve, poiščite „Pretvorba besedila v govor“, odprite nastavitve prednostnega mehanizma in namestite glasovne podatke za jezik. Nato znova odprite igro. Na glas berejo samo glasovi, shranjeni na tablici, zato se za branje nič ne pošilja drugam.
# A player's age band on the grown-ups' screen ($band is a band label or adults-band-unset).
adults-band = Starostna skupina za „{ $name }“: { $band }
adults-band-unset = Starost ni izbrana
adults-band-changed = „{ $name }“: zdaj { $band }.
adults-band-help = Tapnite starostno skupino igralca, da jo spremenite. Igralec najprej vidi stopnje te skupine. Učenci ob začetku izberejo 7–9 ali 10–12; samo odrasla oseba lahko izbere 12–14, skupino s temami za starejše učence. „Starost ni izbrana“ šteje kot 7–9.

import-done = Končano: { $added ->
        [one] { $added } nov igralec
        [two] { $added } nova igralca
        [few] { $added } novi igralci
       *[other] { $added } novih igralcev
    }, posodobljeni: { $updated }{ $refused ->
        [0] .
       *[other] , ni bilo mogoče prenesti: { $refused } (tablica je polna ali pa jih tu hrani novejša različica Byte Bridge).
    }{ $renamed ->
        [0] {""}
        [one] {" "}{ $renamed } igralec je dobil novo ime v igri, ker je bilo njegovo tu že zasedeno.
        [two] {" "}{ $renamed } igralca sta dobila novo ime v igri, ker sta bili njuni imeni tu že zasedeni.
        [few] {" "}{ $renamed } igralci so dobili novo ime v igri, ker so bila njihova imena tu že zasedena.
       *[other] {" "}{ $renamed } igralcev je dobilo novo ime v igri, ker so bila njihova imena tu že zasedena.
    }
import-error-too-large = Ta datoteka je prevelika za datoteko z igralci.
import-error-not-ours = To ni datoteka z igralci iz Byte Bridge.
import-error-newer = Ta datoteka je iz novejše različice Byte Bridge. Najprej posodobite igro na tej tablici.
import-error-damaged = Ta datoteka z igralci je poškodovana, zato ni bilo nič spremenjeno. Na drugi tablici jo shranite znova.
import-error-over-limits = Igralec v tej datoteki vsebuje več, kot Byte Bridge kdaj hrani (predolgi programi, preveč poskusov ali stopenj), sam ali skupaj z istim igralcem na tej tablici. Nič ni bilo spremenjeno.
import-error-unreadable = Datoteke ni bilo mogoče prebrati. Poskusite znova.

offline-needs-https = Ta stran se ne nalaga prek HTTPS, zato brez interneta ne deluje.
update-reload = Nova različica je pripravljena: tapni, da jo zaženeš
save-file-failed = Datoteke ni bilo mogoče shraniti. Poskusi znova.
