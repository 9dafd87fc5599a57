# What the digital-literacy level kinds show around a level's own texts.

answer-next = Dalje
answer-right = Točno!
answer-wrong = Ne baš.
answer-feedback = { $verdict } { $reason }

pick-screen = Što ćeš učiniti?
pick-start = Pročitaj što se događa pa dodirni najbolji odgovor.
pick-progress = Pitanje { $current } od { $total }
pick-option-best = Najbolji odgovor: { $text }
pick-option-not-best = Nije najbolji: { $text }

order-screen-steps = Koraci
order-screen-rank = Lozinke
order-start = Dodirni korak koji dolazi prvi.
order-start-rank = Prvo dodirni najslabiju lozinku.
order-progress = { $placed } od { $total } po redu
order-step-placed = { $number }. { $text }
order-done = { $last } Sve je po redu. Dodirni „Gotovo“.

password-screen = Nova lozinka
password-empty = Dodiruj riječi ispod da složiš lozinku.
password-shown = Lozinka: { $password }
password-piece = Dodaj { $text }
password-remove = Ukloni zadnje
password-clear = Kreni ispočetka
password-pieces = { $count } { $count ->
        [one] dio
        [few] dijela
       *[other] dijelova
    } (najmanje { $min }, najviše { $max })
password-meter-empty = Jačina: još ništa
password-meter-pending = Jačina: mjerim …
password-meter-unavailable = Mjerač jačine nije se mogao učitati. Provjeri vezu pa promijeni lozinku da pokušaš ponovno.
password-meter = Jačina: { $score }. { $time }
password-personal = Pazi! { $reason }
password-build-empty = Počni s riječju. Biraj riječi koje nemaju nikakve veze s tobom.
password-build-personal = Izbaci dio koji govori o tebi: ljudi koji te poznaju mogli bi ga pogoditi.
password-build-short = Dodaj još riječi: upotrijebi barem { $min }.
password-build-weak = Još nije dovoljno jaka. Dodaj još jednu riječ ili zamijeni jednu. Cilj je „{ $target }“.
password-build-done = Jaka, duga i ništa o tebi. Dodirni „Gotovo“!
password-score-0 = Vrlo slaba
password-score-1 = Slaba
password-score-2 = Tako-tako
password-score-3 = Jaka
password-score-4 = Vrlo jaka
password-time-instantly = Računalo je pogodi za manje od minute.
password-time-minutes = Računalo je pogodi za nekoliko minuta.
password-time-hours = Računalo je pogodi za nekoliko sati.
password-time-days = Računalu trebaju dani da je pogodi.
password-time-years = Računalu trebaju godine da je pogodi.
password-time-centuries = Računalu trebaju stotine godina da je pogodi.
password-meter-limited = Jačina: { $score }. { $limit }
password-limit-short = Prekratka da bi bila jaka. Neka ima 15 slova ili više.
password-limit-few-words = Jake lozinke imaju barem tri nasumične riječi.
password-limit-common-words = Te su riječi vrlo česte. Zamijeni jednu rjeđom riječju.

address-screen = Poveznica
address-claim = Ova poveznica tvrdi da vodi na { $brand }.
address-start = Čitaj adresu od kraja njezina imena, a ne od početka.
address-find = Dodirni dio koji imenuje stranicu.
address-judge = Je li ovo stranica { $brand }?
address-yes = Da, to je { $brand }
address-no = Ne, nije
address-part = Dio adrese: { $text }
address-progress = Poveznica { $current } od { $total }
address-found = Da! Ovaj dio imenuje stranicu: { $site }. Je li to { $brand }?
address-verdict-real = Ova poveznica vodi na { $site }, pravu stranicu { $brand }.
address-verdict-other = Ova poveznica vodi na { $site }, a ne na { $brand }. Ime { $brand } drugdje u njoj samo je maska.
address-verdict-lookalike = Pogledaj pažljivo: neka slova dolaze iz drugog pisma. Preglednik čita { $real }, a to nije { $brand }.
address-part-scheme = „https://“ znači samo da nitko ne može prisluškivati putem. Ne govori tko vodi stranicu.
address-part-user = Preglednik ne ide na ono što stoji prije znaka @. Prevaranti ondje stavljaju poznato ime.
address-part-subdomain = Ovo je samo prednji dio. Vlasnik stranice ovdje može napisati bilo koju riječ, čak i poznato ime.
address-part-site = Ovaj dio imenuje stranicu: završetak i ime odmah prije njega. Govori tko vodi stranicu.
address-part-port = Ovaj broj su vrata u stranicu. Ne govori tko je vodi.
address-part-path = Ovaj dio dolazi nakon imena stranice. Vlasnik ovdje može napisati bilo što.
address-part-query = Ovaj dio dolazi nakon imena stranice. Vlasnik ovdje može napisati bilo što.
address-part-fragment = Ovaj dio samo skače na neko mjesto na stranici. Ne govori tko je vodi.
address-shown = { $words } — zapravo vodi na:
address-verdict-shown = Riječi na njoj govore jedno, ali vodi na { $site }, a ne na { $brand }.
address-verdict-note = { $reason } { $note }
