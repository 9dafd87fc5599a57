# Hráči na spoločnom tablete. Prezývka je prídavné meno a zviera: prídavné meno sa zhoduje
# v rode so zvieraťom ($gender z atribútu .gender).

players-title = Kto hrá?
players-empty = Ťukni na „Nový hráč“ a začni.
players-previous = Predchádzajúci hráči
players-next = Ďalší hráči
players-page = Strana { $page } z { $pages }
player-new = Nový hráč
grown-ups = Dospelí

nickname = { $adjective } { $animal }

player-new-title = Nový hráč
player-edit-title = Moje meno a obrázok
player-done = Hotovo
player-preview = Tvoje meno: { $name }
pick-picture = Vyber obrázok
pick-colour = Vyber farbu
pick-adjective = Vyber slovo
pick-animal = Vyber zviera
nickname-surprise = Prekvap ma

adj-brave = { $gender ->
    [feminine] Odvážna
    [neuter] Odvážne
   *[masculine] Odvážny
}
adj-bright = { $gender ->
    [feminine] Žiarivá
    [neuter] Žiarivé
   *[masculine] Žiarivý
}
adj-calm = { $gender ->
    [feminine] Pokojná
    [neuter] Pokojné
   *[masculine] Pokojný
}
adj-clever = { $gender ->
    [feminine] Bystrá
    [neuter] Bystré
   *[masculine] Bystrý
}
adj-cheerful = { $gender ->
    [feminine] Veselá
    [neuter] Veselé
   *[masculine] Veselý
}
adj-gentle = { $gender ->
    [feminine] Nežná
    [neuter] Nežné
   *[masculine] Nežný
}
adj-happy = { $gender ->
    [feminine] Radostná
    [neuter] Radostné
   *[masculine] Radostný
}
adj-kind = { $gender ->
    [feminine] Milá
    [neuter] Milé
   *[masculine] Milý
}
adj-lucky = { $gender ->
    [feminine] Šťastná
    [neuter] Šťastné
   *[masculine] Šťastný
}
adj-quick = { $gender ->
    [feminine] Rýchla
    [neuter] Rýchle
   *[masculine] Rýchly
}
adj-sunny = { $gender ->
    [feminine] Slnečná
    [neuter] Slnečné
   *[masculine] Slnečný
}
adj-wise = { $gender ->
    [feminine] Múdra
    [neuter] Múdre
   *[masculine] Múdry
}

animal-bear = Medveď
    .gender = masculine
animal-cat = Mačka
    .gender = feminine
animal-dolphin = Delfín
    .gender = masculine
animal-eagle = Orol
    .gender = masculine
animal-fox = Líška
    .gender = feminine
animal-frog = Žaba
    .gender = feminine
animal-lion = Lev
    .gender = masculine
animal-owl = Sova
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Zajac
    .gender = masculine
animal-tiger = Tiger
    .gender = masculine
animal-turtle = Korytnačka
    .gender = feminine

picture-sun = Slnko
picture-moon = Mesiac
picture-star = Hviezda
picture-heart = Srdce
picture-tree = Strom
picture-flower = Kvet
picture-fish = Ryba
picture-house = Dom
picture-rocket = Raketa
picture-crown = Koruna
picture-leaf = List
picture-boat = Loďka

avatar-colour-red = Červená
avatar-colour-orange = Oranžová
avatar-colour-yellow = Žltá
avatar-colour-green = Zelená
avatar-colour-teal = Tyrkysová
avatar-colour-blue = Modrá
avatar-colour-purple = Fialová
avatar-colour-pink = Ružová

profile-error-full = Tento tablet je plný. Dospelý môže presunúť hráčov na iný tablet.
profile-error-name-taken = Toto meno už má iný hráč. Vyber iné slová.
profile-error-other = Nepodarilo sa. Skús to znova.

# Obrázkové heslo: tri obrázky v poradí.
secret-open-title = Ťukni na svoje 3 obrázky
secret-set-title = Vyber 3 obrázky pre svoje heslo
secret-confirm-title = Ťukni znova na tie isté 3 obrázky
secret-progress = { $count } z { $total } { $total ->
        [one] obrázka
        [few] obrázkov
        [many] obrázka
       *[other] obrázkov
    }
secret-wrong = Nie celkom. Skús to znova.
secret-ask-grown-up = Nie celkom. Ak si nepamätáš svoje obrázky, popros učiteľa alebo učiteľku, aby ich obnovili.
secret-mismatch = Boli to iné obrázky. Začni odznova.
secret-skip = Bez hesla
secret-remove = Odstrániť moje heslo

player-age-title = Koľko máš rokov?
player-age-older = Máš viac ako 12? Vyber 10 – 12. Dospelý to môže zmeniť.

title-hello = Ahoj, { $name }!
title-change-player = Zmeniť hráča
title-edit-me = Moje meno a obrázok
title-password = Obrázkové heslo
title-save-file = Uložiť moje hviezdy do súboru
save-to-file = Uložiť do súboru

gate-title = Pre dospelých
gate-question = Koľko je { $a } × { $b }?
gate-typed = Odpoveď: { $typed }
gate-wrong = To nie je správne. Tu je nová otázka.
gate-delete = Vymazať číslicu
gate-ok = OK

# $name je prezývka v 1. páde; kde veta potrebuje iný pád, meno stojí v úvodzovkách.
adults-title = Hráči na tomto tablete
adults-save-all = Uložiť všetkých hráčov do súboru
adults-bring = Načítať hráčov zo súboru
adults-clear = Vyprázdniť tento tablet
adults-clear-confirm = { $count ->
        [one] Ťuknite znova a jediný hráč sa vymaže
        [few] Ťuknite znova a všetci { $count } hráči sa vymažú
        [many] Ťuknite znova a všetkých { $count } hráča sa vymaže
       *[other] Ťuknite znova a všetkých { $count } hráčov sa vymaže
    }
adults-cleared = Tento tablet je teraz prázdny.
adults-player = { $name }: { $stars } { $stars ->
        [one] hviezda
        [few] hviezdy
        [many] hviezdy
       *[other] hviezd
    }
adults-save-one = Uložiť „{ $name }“ do súboru
adults-reset-secret = Obnoviť obrázkové heslo hráča „{ $name }“
adults-secret-reset = „{ $name }“ teraz nemá obrázkové heslo.
adults-delete = Vymazať „{ $name }“
adults-delete-confirm = Ťuknite znova a „{ $name }“ sa vymaže
adults-deleted = Hráč „{ $name }“ bol vymazaný.
adults-saved = { $count ->
    [one] Jeden hráč sa uložil do súboru. Otvorte ho na druhom tablete cez „Načítať hráčov zo súboru“.
    [few] { $count } hráči sa uložili do súboru. Otvorte ho na druhom tablete cez „Načítať hráčov zo súboru“.
    [many] { $count } hráča sa uložilo do súboru. Otvorte ho na druhom tablete cez „Načítať hráčov zo súboru“.
   *[other] { $count } hráčov sa uložilo do súboru. Otvorte ho na druhom tablete cez „Načítať hráčov zo súboru“.
}
adults-save-failed = Súbor sa nepodarilo uložiť.
adults-include-secrets = Vložiť obrázkové heslá do súboru
adults-secrets-left-out = Súbory vytvorené odteraz neobsahujú obrázkové heslá; heslo, ktoré už je na druhom tablete, zostane.
adults-secrets-included = Súbory vytvorené odteraz obsahujú obrázkové heslá: ktokoľvek otvorí súbor, môže ich prečítať.
adults-help = Presun žiakov: uložte ich tu do súboru, skopírujte súbor na druhý tablet a tam ich načítajte. Hráči, ktorí už sú na tom tablete, si ponechajú všetky hviezdy.
adults-help-insecure = Táto stránka sa nenačítava cez HTTPS, takže nefunguje offline a nedá sa pridať na plochu. Všetko ostatné funguje. V súbore README je návod, ako ju sprístupniť.
adults-voices-open = Čítanie nahlas
adults-voices-some = Tento tablet vie čítať nahlas v týchto jazykoch: { $languages }
adults-voices-none = Tento tablet zatiaľ nevie čítať nahlas v žiadnom z jazykov hry.
adults-voices-help = Ako pridať hlas na tablete s Androidom: otvorte Nastavenia, nájdite „Prevod textu na reč“, otvorte nastavenia preferovaného nástroja a nainštalujte hlasové dáta pre niektorý jazyk. Potom hru otvorte znova. Nahlas čítajú len hlasy uložené v tablete, takže sa nič nikam neposiela na prečítanie.
adults-band = Veková skupina hráča „{ $name }“: { $band }
adults-band-unset = Vek nie je zvolený
adults-band-changed = „{ $name }“: teraz { $band }.
adults-band-help = Ťuknutím na vekovú skupinu hráča ju zmeníte. Hráč uvidí najprv úrovne tejto skupiny. Žiaci si na začiatku volia 7 – 9 alebo 10 – 12; len dospelý môže zvoliť 12 – 14, skupinu s témami pre starších žiakov. „Vek nie je zvolený“ platí ako 7 – 9.

import-done = Hotovo: { $added ->
        [one] jeden nový hráč
        [few] { $added } noví hráči
        [many] { $added } nového hráča
       *[other] { $added } nových hráčov
    }, aktualizované: { $updated }{ $refused ->
        [0] .
       *[other] , nenačítané: { $refused } (tablet je plný alebo ich tu drží novšia verzia Byte Bridge).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Jeden hráč dostal nové herné meno, lebo jeho meno tu už bolo obsadené.
        [few] {" "}{ $renamed } hráči dostali nové herné meno, lebo ich meno tu už bolo obsadené.
        [many] {" "}{ $renamed } hráča dostalo nové herné meno, lebo ich meno tu už bolo obsadené.
       *[other] {" "}{ $renamed } hráčov dostalo nové herné meno, lebo ich meno tu už bolo obsadené.
    }
import-error-too-large = Tento súbor je príliš veľký na to, aby bol súborom hráčov.
import-error-not-ours = Toto nie je súbor hráčov z Byte Bridge.
import-error-newer = Tento súbor pochádza z novšej verzie Byte Bridge. Najprv aktualizujte hru na tomto tablete.
import-error-damaged = Tento súbor hráčov je poškodený, preto sa nič nezmenilo. Uložte ho znova na druhom tablete.
import-error-over-limits = Hráč v tomto súbore obsahuje viac, než Byte Bridge kedy uchováva (príliš dlhé programy, príliš veľa pokusov alebo úrovní), sám alebo spolu s tým istým hráčom na tomto tablete. Nič sa nezmenilo.
import-error-unreadable = Súbor sa nepodarilo prečítať. Skúste to znova.

offline-needs-https = Táto stránka sa nenačítava cez HTTPS, takže bez internetu nebude fungovať.
update-reload = Nová verzia je pripravená: ťukni a spusti ju
save-file-failed = Súbor sa nepodarilo uložiť. Skús to znova.
