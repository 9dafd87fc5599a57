# Hráči na sdíleném tabletu. Herní jména jsou dvě slova vybraná ze seznamů.

players-title = Kdo hraje?
players-empty = Začni ťuknutím na „Nový hráč“.
players-previous = Předchozí hráči
players-next = Další hráči
players-page = Strana { $page } z { $pages }
player-new = Nový hráč
grown-ups = Pro dospělé

# Přídavné jméno se shoduje s rodem zvířete.
nickname = { $adjective } { $animal }

player-new-title = Nový hráč
player-edit-title = Moje jméno a obrázek
player-done = Hotovo
player-preview = Jsi { $name }
pick-picture = Vyber obrázek
pick-colour = Vyber barvu
pick-adjective = Vyber slovo
pick-animal = Vyber zvíře
nickname-surprise = Překvap mě

adj-brave = { $gender ->
    [feminine] Statečná
    [neuter] Statečné
   *[masculine] Statečný
}
adj-bright = { $gender ->
    [feminine] Zářivá
    [neuter] Zářivé
   *[masculine] Zářivý
}
adj-calm = { $gender ->
    [feminine] Klidná
    [neuter] Klidné
   *[masculine] Klidný
}
adj-clever = { $gender ->
    [feminine] Chytrá
    [neuter] Chytré
   *[masculine] Chytrý
}
adj-cheerful = { $gender ->
    [feminine] Veselá
    [neuter] Veselé
   *[masculine] Veselý
}
adj-gentle = { $gender ->
    [feminine] Něžná
    [neuter] Něžné
   *[masculine] Něžný
}
adj-happy = { $gender ->
    [feminine] Radostná
    [neuter] Radostné
   *[masculine] Radostný
}
adj-kind = { $gender ->
    [feminine] Laskavá
    [neuter] Laskavé
   *[masculine] Laskavý
}
adj-lucky = { $gender ->
    [feminine] Šťastná
    [neuter] Šťastné
   *[masculine] Šťastný
}
adj-quick = { $gender ->
    [feminine] Rychlá
    [neuter] Rychlé
   *[masculine] Rychlý
}
adj-sunny = { $gender ->
    [feminine] Slunečná
    [neuter] Slunečné
   *[masculine] Slunečný
}
adj-wise = { $gender ->
    [feminine] Moudrá
    [neuter] Moudré
   *[masculine] Moudrý
}

animal-bear = Medvěd
    .gender = masculine
animal-cat = Kočka
    .gender = feminine
animal-dolphin = Delfín
    .gender = masculine
animal-eagle = Orel
    .gender = masculine
animal-fox = Liška
    .gender = feminine
animal-frog = Žába
    .gender = feminine
animal-lion = Lev
    .gender = masculine
animal-owl = Sova
    .gender = feminine
animal-panda = Panda
    .gender = feminine
animal-rabbit = Králík
    .gender = masculine
animal-tiger = Tygr
    .gender = masculine
animal-turtle = Želva
    .gender = feminine

picture-sun = Slunce
picture-moon = Měsíc
picture-star = Hvězda
picture-heart = Srdce
picture-tree = Strom
picture-flower = Květina
picture-fish = Ryba
picture-house = Dům
picture-rocket = Raketa
picture-crown = Koruna
picture-leaf = List
picture-boat = Loďka

avatar-colour-red = Červená
avatar-colour-orange = Oranžová
avatar-colour-yellow = Žlutá
avatar-colour-green = Zelená
avatar-colour-teal = Tyrkysová
avatar-colour-blue = Modrá
avatar-colour-purple = Fialová
avatar-colour-pink = Růžová

profile-error-full = Tento tablet je plný. Dospělý může přesunout hráče na jiný tablet.
profile-error-name-taken = Tohle jméno už má jiný hráč. Vyber jiná slova.
profile-error-other = To nevyšlo. Zkus to prosím znovu.

# Obrázkové heslo: tři obrázky v pořadí.
secret-open-title = Ťukni na svoje 3 obrázky
secret-set-title = Vyber 3 obrázky pro svoje heslo
secret-confirm-title = Ťukni znovu na stejné 3 obrázky
secret-progress = { $count } z { $total } { $total ->
        [one] obrázku
        [few] obrázků
        [many] obrázku
       *[other] obrázků
    }
secret-wrong = Ne tak úplně. Zkus to znovu.
secret-ask-grown-up = Ne tak úplně. Jestli si obrázky nepamatuješ, požádej učitele nebo učitelku, ať je vymaže.
secret-mismatch = To byly jiné obrázky. Začni znovu.
secret-skip = Bez hesla
secret-remove = Odebrat moje heslo

player-age-title = Kolik ti je let?
player-age-older = Je ti přes 12? Vyber 10–12. Dospělý to může změnit.

title-hello = Ahoj, { $name }!
title-change-player = Změnit hráče
title-edit-me = Moje jméno a obrázek
title-password = Obrázkové heslo
title-save-file = Uložit moje hvězdy do souboru
save-to-file = Uložit do souboru

# Brána pro dospělé: příklad, který malé dítě neuhodne.
gate-title = Pro dospělé
gate-question = Kolik je { $a } × { $b }?
gate-typed = Odpověď: { $typed }
gate-wrong = To není správně. Tady je nový příklad.
gate-delete = Smazat číslici
gate-ok = OK

adults-title = Hráči na tomto tabletu
adults-save-all = Uložit všechny hráče do souboru
adults-bring = Přenést hráče ze souboru
adults-clear = Vyčistit tento tablet
adults-clear-confirm = { $count ->
        [one] Ťukněte znovu a jediný hráč se smaže
        [few] Ťukněte znovu a smažou se všichni { $count } hráči
        [many] Ťukněte znovu a smaže se všech { $count } hráče
       *[other] Ťukněte znovu a smaže se všech { $count } hráčů
    }
adults-cleared = Tento tablet je teď prázdný.
adults-player = { $stars ->
        [one] { $name }: jedna hvězda
        [few] { $name }: { $stars } hvězdy
        [many] { $name }: { $stars } hvězdy
       *[other] { $name }: { $stars } hvězd
    }
adults-save-one = Uložit hráče { $name } do souboru
adults-reset-secret = Vymazat obrázkové heslo hráče { $name }
adults-secret-reset = { $name } teď nemá obrázkové heslo.
adults-delete = Smazat hráče { $name }
adults-delete-confirm = Ťukněte znovu a { $name } se smaže
adults-deleted = Hráč { $name } je smazaný.
adults-saved = { $count ->
    [one] Jeden hráč je uložený v souboru. Otevřete ho na druhém tabletu přes „Přenést hráče ze souboru“.
    [few] { $count } hráči jsou uložení v souboru. Otevřete ho na druhém tabletu přes „Přenést hráče ze souboru“.
    [many] { $count } hráče je uloženo v souboru. Otevřete ho na druhém tabletu přes „Přenést hráče ze souboru“.
   *[other] { $count } hráčů je uloženo v souboru. Otevřete ho na druhém tabletu přes „Přenést hráče ze souboru“.
}
adults-save-failed = Soubor se nepodařilo uložit.
adults-include-secrets = Přidat do souboru obrázková hesla
adults-secrets-left-out = Soubory vytvořené teď obrázková hesla neobsahují; heslo, které už na druhém tabletu je, zůstane.
adults-secrets-included = Soubory vytvořené teď obsahují obrázková hesla: kdokoli soubor otevře, může je přečíst.
adults-help = Přesun žáků: uložte je tady do souboru, zkopírujte soubor na druhý tablet a tam je přeneste. Hráči, kteří už na tom tabletu jsou, si nechají všechny hvězdy.
adults-help-insecure = Tato stránka není poskytována přes HTTPS, takže nefunguje offline a nejde ji přidat na plochu. Všechno ostatní funguje. Jak ji poskytovat, vysvětluje README.
adults-voices-open = Čtení nahlas
adults-voices-some = Tento tablet umí číst nahlas v těchto jazycích: { $languages }
adults-voices-none = Tento tablet zatím neumí číst nahlas v žádném z jazyků hry.
adults-voices-help = Jak přidat hlas na tabletu s Androidem: otevřete Nastavení, najděte „Převod textu na řeč“, otevřete nastavení preferovaného modulu a nainstalujte hlasová data pro některý jazyk. Potom hru otevřete znovu. Nahlas čtou jen hlasy uložené na tabletu, takže se nic nikam neposílá k přečtení.
adults-band = Věková skupina hráče { $name }: { $band }
adults-band-unset = Věk nevybrán
adults-band-changed = { $name }: teď { $band }.
adults-band-help = Ťukněte na věkovou skupinu hráče a změňte ji. Hráč uvidí nejdřív úrovně své skupiny. Žáci si na začátku volí 7–9 nebo 10–12; jen dospělý může vybrat 12–14, skupinu s tématy pro starší žáky. „Věk nevybrán“ se počítá jako 7–9.

import-done = Hotovo: { $added ->
        [one] jeden nový hráč
        [few] { $added } noví hráči
        [many] { $added } nového hráče
       *[other] { $added } nových hráčů
    }, aktualizováno: { $updated }{ $refused ->
        [0] .
       *[other] , nepřeneseno: { $refused } (tablet je plný, nebo je tu drží novější verze Byte Bridge).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Jeden hráč dostal nové herní jméno, protože to jeho už tady bylo.
        [few] {" "}{ $renamed } hráči dostali nové herní jméno, protože to jejich už tady bylo.
        [many] {" "}{ $renamed } hráče dostalo nové herní jméno, protože to jejich už tady bylo.
       *[other] {" "}{ $renamed } hráčů dostalo nové herní jméno, protože to jejich už tady bylo.
    }
import-error-too-large = Tento soubor je moc velký na soubor s hráči.
import-error-not-ours = Tohle není soubor s hráči z Byte Bridge.
import-error-newer = Tento soubor je z novější verze Byte Bridge. Nejdřív na tomto tabletu aktualizujte hru.
import-error-damaged = Tento soubor s hráči je poškozený, takže se nic nezměnilo. Uložte ho znovu na druhém tabletu.
import-error-over-limits = Hráč v tomto souboru má víc, než Byte Bridge kdy uchovává (příliš dlouhé programy, příliš mnoho pokusů nebo úrovní), sám nebo dohromady se stejným hráčem na tomto tabletu. Nic se nezměnilo.
import-error-unreadable = Soubor nejde přečíst. Zkuste to znovu.

offline-needs-https = Tato stránka není poskytována přes HTTPS, takže bez internetu nebude fungovat.
update-reload = Nová verze je připravená: ťukni a spusť ji
save-file-failed = Soubor se nepodařilo uložit. Zkus to prosím znovu.
