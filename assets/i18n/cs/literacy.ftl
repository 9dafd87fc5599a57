# Co ukazují druhy úrovní digitální gramotnosti kolem svých textů.

answer-next = Dál
answer-right = Správně!
answer-wrong = Ne tak úplně.
answer-feedback = { $verdict } { $reason }

pick-screen = Co uděláš?
pick-start = Přečti si, co se děje, a ťukni na nejlepší odpověď.
pick-progress = Otázka { $current } z { $total }
pick-option-best = Nejlepší odpověď: { $text }
pick-option-not-best = Není nejlepší: { $text }

order-screen-steps = Kroky
order-screen-rank = Hesla
order-start = Ťukni na krok, který je první.
order-start-rank = Ťukni nejdřív na nejslabší heslo.
order-progress = { $placed } z { $total } ve správném pořadí
order-step-placed = { $number }. { $text }
order-done = { $last } Všechno je ve správném pořadí. Ťukni na „Hotovo“.

password-screen = Nové heslo
password-empty = Ťukej na slova dole a poskládej heslo.
password-shown = Heslo: { $password }
password-piece = Přidat { $text }
password-remove = Odebrat poslední
password-clear = Začít znovu
password-pieces = { $count } { $count ->
        [one] část
        [few] části
        [many] části
       *[other] částí
    } (nejméně { $min }, nejvíc { $max })
password-meter-empty = Síla: zatím nic
password-meter-pending = Síla: měřím…
password-meter-unavailable = Měřič síly se nepodařilo načíst. Zkontroluj připojení a pak heslo změň, ať to zkusí znovu.
password-meter = Síla: { $score }. { $time }
password-personal = Pozor! { $reason }
password-build-empty = Začni slovem. Vyber slova, která s tebou nemají nic společného.
password-build-personal = Vyndej část, která je o tobě: kdo tě zná, mohl by ji uhodnout.
password-build-short = Přidej další slova: použij aspoň { $min }.
password-build-weak = Ještě není dost silné. Přidej další slovo nebo jedno vyměň. Zkus dosáhnout „{ $target }“.
password-build-done = Silné, dlouhé a nic o tobě. Ťukni na „Hotovo“!
password-score-0 = Velmi slabé
password-score-1 = Slabé
password-score-2 = Ujde to
password-score-3 = Silné
password-score-4 = Velmi silné
password-time-instantly = Počítač ho uhodne za méně než minutu.
password-time-minutes = Počítač ho uhodne za pár minut.
password-time-hours = Počítač ho uhodne za pár hodin.
password-time-days = Počítač ho bude hádat celé dny.
password-time-years = Počítač ho bude hádat celé roky.
password-time-centuries = Počítač ho bude hádat stovky let.
password-meter-limited = Síla: { $score }. { $limit }
password-limit-short = Je moc krátké, aby bylo silné. Udělej ho dlouhé 15 písmen nebo víc.
password-limit-few-words = Silná hesla mají aspoň tři náhodná slova.
password-limit-common-words = Tato slova jsou velmi běžná. Vyměň jedno za méně obvyklé.

address-screen = Odkaz
address-claim = Tento odkaz tvrdí, že vede na { $brand }.
address-start = Čti adresu od konce jejího názvu, ne od začátku.
address-find = Ťukni na část, která pojmenovává web.
address-judge = Je to web { $brand }?
address-yes = Ano, je to { $brand }
address-no = Ne, není
address-part = Část adresy: { $text }
address-progress = Odkaz { $current } z { $total }
address-found = Ano! Tahle část pojmenovává web: { $site }. Je to { $brand }?
address-verdict-real = Tento odkaz vede na { $site }, skutečný web { $brand }.
address-verdict-other = Tento odkaz vede na { $site }, ne na { $brand }. Jméno { $brand } jinde v adrese je jen převlek.
address-verdict-lookalike = Podívej se pozorně: některá písmena jsou z jiné abecedy. Prohlížeč čte { $real }, a to není { $brand }.
address-part-scheme = „https://“ znamená jen to, že cestou nikdo nemůže odposlouchávat. Neříká, kdo web provozuje.
address-part-user = Prohlížeč nejde na to, co je před @. Podvodníci tam dávají slavné jméno.
address-part-subdomain = Tohle je jen přední část. Majitel webu sem může napsat jakékoli slovo, i slavné jméno.
address-part-site = Tahle část pojmenovává web: koncovka a jméno hned před ní. Říká, kdo web provozuje.
address-part-port = Toto číslo jsou dveře do webu. Neříká, kdo ho provozuje.
address-part-path = Tahle část je až za jménem webu. Majitel sem může napsat cokoli.
address-part-query = Tahle část je až za jménem webu. Majitel sem může napsat cokoli.
address-part-fragment = Tahle část jen skočí na místo na stránce. Neříká, kdo web provozuje.
address-shown = { $words }. Ve skutečnosti vede na:
address-verdict-shown = Slova na odkazu říkají jedno, ale vede na { $site }, ne na { $brand }.
address-verdict-note = { $reason } { $note }
