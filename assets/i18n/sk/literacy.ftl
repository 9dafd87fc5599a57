# Čo ukazujú druhy úrovní digitálnej gramotnosti okolo textov úrovne.

answer-next = Ďalej
answer-right = Správne!
answer-wrong = Nie celkom.
answer-feedback = { $verdict } { $reason }

pick-screen = Čo teraz?
pick-start = Prečítaj si, čo sa deje, a potom ťukni na najlepšiu odpoveď.
pick-progress = Otázka { $current } z { $total }
pick-option-best = Najlepšia odpoveď: { $text }
pick-option-not-best = Nie najlepšia: { $text }

order-screen-steps = Kroky
order-screen-rank = Heslá
order-start = Ťukni na krok, ktorý je prvý.
order-start-rank = Ťukni najprv na najslabšie heslo.
order-progress = { $placed } z { $total } v poradí
order-step-placed = { $number }. { $text }
order-done = { $last } Všetko je v poradí. Ťukni na Hotovo.

password-screen = Nové heslo
password-empty = Ťukaj na slová dolu a poskladaj heslo.
password-shown = Heslo: { $password }
password-piece = Pridať { $text }
password-remove = Odstrániť posledné
password-clear = Začať odznova
password-pieces = { $count } { $count ->
        [one] kúsok
        [few] kúsky
        [many] kúska
       *[other] kúskov
    } (aspoň { $min }, najviac { $max })
password-meter-empty = Sila: zatiaľ nič
password-meter-pending = Sila: meria sa …
password-meter-unavailable = Merač sily sa nenačítal. Skontroluj pripojenie a potom zmeň heslo, aby sa meralo znova.
password-meter = Sila: { $score }. { $time }
password-personal = Pozor! { $reason }
password-build-empty = Začni slovom. Vyber slová, ktoré s tebou nemajú nič spoločné.
password-build-personal = Vyber kúsok, ktorý je o tebe: ľudia, ktorí ťa poznajú, by ho mohli uhádnuť.
password-build-short = Pridaj ďalšie slová: použi aspoň { $min }.
password-build-weak = Ešte nie je dosť silné. Pridaj ďalšie slovo alebo jedno vymeň. Cieľ je „{ $target }“.
password-build-done = Silné, dlhé a nič o tebe. Ťukni na Hotovo!
password-score-0 = Veľmi slabé
password-score-1 = Slabé
password-score-2 = Ujde to
password-score-3 = Silné
password-score-4 = Veľmi silné
password-time-instantly = Počítač ho uhádne za menej ako minútu.
password-time-minutes = Počítač ho uhádne za pár minút.
password-time-hours = Počítač ho uhádne za pár hodín.
password-time-days = Počítač potrebuje dni, aby ho uhádol.
password-time-years = Počítač potrebuje roky, aby ho uhádol.
password-time-centuries = Počítač potrebuje stovky rokov, aby ho uhádol.
password-meter-limited = Sila: { $score }. { $limit }
password-limit-short = Príliš krátke na to, aby bolo silné. Nech má 15 písmen alebo viac.
password-limit-few-words = Silné heslá majú aspoň tri náhodné slová.
password-limit-common-words = Tieto slová sú veľmi bežné. Vymeň jedno za zriedkavejšie slovo.

address-screen = Odkaz
address-claim = Tento odkaz tvrdí, že vedie na { $brand }.
address-start = Čítaj adresu od konca jej názvu, nie od začiatku.
address-find = Ťukni na časť, ktorá pomenúva stránku.
address-judge = Je to stránka { $brand }?
address-yes = Áno, je to { $brand }
address-no = Nie, nie je
address-part = Časť adresy: { $text }
address-progress = Odkaz { $current } z { $total }
address-found = Áno! Táto časť pomenúva stránku: { $site }. Je to { $brand }?
address-verdict-real = Tento odkaz vedie na { $site }, skutočnú stránku { $brand }.
address-verdict-other = Tento odkaz vedie na { $site }, nie na { $brand }. Meno { $brand } inde v ňom je len prestrojenie.
address-verdict-lookalike = Pozri sa pozorne: niektoré písmená sú z inej abecedy. Prehliadač číta { $real }, a to nie je { $brand }.
address-part-scheme = „https://“ znamená len to, že cestou nikto nemôže odpočúvať. Nepovie ti, kto stránku prevádzkuje.
address-part-user = Prehliadač nejde na to, čo je pred @. Podvodníci tam dávajú slávne meno.
address-part-subdomain = Toto je len predná časť. Majiteľ stránky sem môže napísať akékoľvek slovo, aj slávne meno.
address-part-site = Táto časť pomenúva stránku: koncovka a meno tesne pred ňou. Povie ti, kto stránku prevádzkuje.
address-part-port = Toto číslo sú dvere do stránky. Nepovie ti, kto ju prevádzkuje.
address-part-path = Táto časť je za menom stránky. Majiteľ sem môže napísať čokoľvek.
address-part-query = Táto časť je za menom stránky. Majiteľ sem môže napísať čokoľvek.
address-part-fragment = Táto časť len skočí na miesto na stránke. Nepovie ti, kto ju prevádzkuje.
address-shown = { $words } — v skutočnosti vedie na:
address-verdict-shown = Slová na ňom hovoria jedno, ale vedie na { $site }, nie na { $brand }.
address-verdict-note = { $reason } { $note }
