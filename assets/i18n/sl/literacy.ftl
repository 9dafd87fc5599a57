# What the digital-literacy level kinds show around a level's own texts.

answer-next = Naslednje
answer-right = Pravilno!
answer-wrong = Ne čisto.
answer-feedback = { $verdict } { $reason }

pick-screen = Kaj narediš?
pick-start = Preberi, kaj se zgodi, in tapni najboljši odgovor.
pick-progress = Vprašanje { $current } od { $total }
pick-option-best = Najboljši odgovor: { $text }
pick-option-not-best = Ni najboljši: { $text }

order-screen-steps = Koraki
order-screen-rank = Gesla
order-start = Tapni korak, ki je prvi.
order-start-rank = Najprej tapni najšibkejše geslo.
order-progress = { $placed } od { $total } po vrsti
order-step-placed = { $number }. { $text }
order-done = { $last } Vse je po vrsti. Tapni Končaj.

password-screen = Novo geslo
password-empty = Tapni besede spodaj, da sestaviš geslo.
password-shown = Geslo: { $password }
password-piece = Dodaj { $text }
password-remove = Odstrani zadnje
password-clear = Začni znova
password-pieces = { $count } { $count ->
        [one] del
        [two] dela
        [few] deli
       *[other] delov
    } (najmanj { $min }, največ { $max })
password-meter-empty = Moč: še nič
password-meter-pending = Moč: merim …
password-meter-unavailable = Merilnika moči ni bilo mogoče naložiti. Preveri povezavo in nato spremeni geslo, da poskusiš znova.
password-meter = Moč: { $score }. { $time }
password-personal = Pazi! { $reason }
password-build-empty = Začni z besedo. Izberi besede, ki nimajo nič s tabo.
password-build-personal = Odstrani del o sebi: ljudje, ki te poznajo, bi ga lahko uganili.
password-build-short = Dodaj več besed: uporabi vsaj { $min }.
password-build-weak = Še ni dovolj močno. Dodaj še eno besedo ali zamenjaj eno. Cilj je „{ $target }“.
password-build-done = Močno, dolgo in nič o tebi. Tapni Končaj!
password-score-0 = Zelo šibko
password-score-1 = Šibko
password-score-2 = Srednje
password-score-3 = Močno
password-score-4 = Zelo močno
password-time-instantly = Računalnik ga ugane v manj kot minuti.
password-time-minutes = Računalnik ga ugane v nekaj minutah.
password-time-hours = Računalnik ga ugane v nekaj urah.
password-time-days = Računalnik potrebuje dneve, da ga ugane.
password-time-years = Računalnik potrebuje leta, da ga ugane.
password-time-centuries = Računalnik potrebuje stoletja, da ga ugane.
# When the guidance holds a password back, the meter says why instead of the guessing time.
password-meter-limited = Moč: { $score }. { $limit }
password-limit-short = Prekratko, da bi bilo močno. Naj ima 15 črk ali več.
password-limit-few-words = Močna gesla imajo vsaj tri naključne besede.
password-limit-common-words = Te besede so zelo pogoste. Zamenjaj eno z redkejšo besedo.

address-screen = Povezava
address-claim = Ta povezava pravi, da vodi na { $brand }.
address-start = Naslov preberi od konca imena, ne od začetka.
address-find = Tapni del, ki poimenuje spletno mesto.
address-judge = Ali je to spletno mesto { $brand }?
address-yes = Da, to je { $brand }
address-no = Ne, ni
address-part = Del naslova: { $text }
address-progress = Povezava { $current } od { $total }
address-found = Da! Ta del poimenuje spletno mesto: { $site }. Je to { $brand }?
address-verdict-real = Ta povezava vodi na { $site }, pravo spletno mesto { $brand }.
address-verdict-other = Ta povezava vodi na { $site }, ne na { $brand }. Ime { $brand } drugje v njej je samo preobleka.
address-verdict-lookalike = Dobro poglej: nekatere črke so iz druge abecede. Brskalnik prebere { $real }, to pa ni { $brand }.
address-part-scheme = „https://“ pomeni samo, da na poti nihče ne more prisluškovati. Ne pove, kdo upravlja spletno mesto.
address-part-user = Brskalnik ne gre na to, kar je pred @. Goljufi tja postavijo znano ime.
address-part-subdomain = To je samo sprednji del. Lastnik spletnega mesta lahko sem napiše katero koli besedo, celo znano ime.
address-part-site = Ta del poimenuje spletno mesto: končnica in ime tik pred njo. Pove, kdo upravlja spletno mesto.
address-part-port = To število so vrata v spletno mesto. Ne pove, kdo ga upravlja.
address-part-path = Ta del pride za imenom spletnega mesta. Lastnik lahko sem napiše karkoli.
address-part-query = Ta del pride za imenom spletnega mesta. Lastnik lahko sem napiše karkoli.
address-part-fragment = Ta del samo skoči na mesto na strani. Ne pove, kdo upravlja spletno mesto.
address-shown = { $words } — v resnici vodi na:
address-verdict-shown = Besede na njej pravijo eno, a vodi na { $site }, ne na { $brand }.
address-verdict-note = { $reason } { $note }
