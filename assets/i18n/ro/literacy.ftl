# Ce arată tipurile de niveluri de educație digitală în jurul textelor fiecărui nivel.

answer-next = Mai departe
answer-right = Corect!
answer-wrong = Nu chiar.
answer-feedback = { $verdict } { $reason }

pick-screen = Ce ai face?
pick-start = Citește ce se întâmplă, apoi atinge cel mai bun răspuns.
pick-progress = Întrebarea { $current } din { $total }
pick-option-best = Cel mai bun răspuns: { $text }
pick-option-not-best = Nu cel mai bun: { $text }

order-screen-steps = Pași
order-screen-rank = Parole
order-start = Atinge pasul care vine primul.
order-start-rank = Atinge mai întâi parola cea mai slabă.
order-progress = { $placed } din { $total } în ordine
order-step-placed = { $number }. { $text }
order-done = { $last } Totul e în ordine. Atinge „Gata”.

password-screen = Parolă nouă
password-empty = Atinge cuvintele de jos ca să construiești o parolă.
password-shown = Parola: { $password }
password-piece = Adaugă { $text }
password-remove = Scoate ultimul
password-clear = Ia-o de la capăt
password-pieces = { $count } { $count ->
        [one] bucată
        [few] bucăți
       *[other] de bucăți
    } (cel puțin { $min }, cel mult { $max })
password-meter-empty = Putere: încă nimic
password-meter-pending = Putere: se măsoară …
password-meter-unavailable = Măsurătorul de putere nu s-a putut încărca. Verifică conexiunea, apoi schimbă parola ca să încerci din nou.
password-meter = Putere: { $score }. { $time }
password-personal = Atenție! { $reason }
password-build-empty = Începe cu un cuvânt. Alege cuvinte care n-au nicio legătură cu tine.
password-build-personal = Scoate bucata despre tine: cei care te cunosc ar putea s-o ghicească.
password-build-short = Adaugă mai multe cuvinte: folosește cel puțin { $min }.
password-build-weak = Nu e destul de puternică încă. Adaugă încă un cuvânt sau schimbă unul. Țintește spre „{ $target }”.
password-build-done = Puternică, lungă și fără nimic despre tine. Atinge „Gata”!
password-score-0 = Foarte slabă
password-score-1 = Slabă
password-score-2 = Așa și așa
password-score-3 = Puternică
password-score-4 = Foarte puternică
password-time-instantly = Un calculator o ghicește în mai puțin de un minut.
password-time-minutes = Un calculator o ghicește în câteva minute.
password-time-hours = Un calculator o ghicește în câteva ore.
password-time-days = Un calculator are nevoie de zile ca s-o ghicească.
password-time-years = Un calculator are nevoie de ani ca s-o ghicească.
password-time-centuries = Un calculator are nevoie de sute de ani ca s-o ghicească.
password-meter-limited = Putere: { $score }. { $limit }
password-limit-short = Prea scurtă ca să fie puternică. Fă-o de 15 litere sau mai lungă.
password-limit-few-words = Parolele puternice au cel puțin trei cuvinte la întâmplare.
password-limit-common-words = Cuvintele acestea sunt foarte des folosite. Schimbă unul cu un cuvânt mai rar.

address-screen = Link
address-claim = Linkul acesta spune că duce la { $brand }.
address-start = Citește adresa de la sfârșitul numelui, nu de la început.
address-find = Atinge partea care numește site-ul.
address-judge = Este acesta site-ul lui { $brand }?
address-yes = Da, e { $brand }
address-no = Nu, nu este
address-part = Parte din adresă: { $text }
address-progress = Linkul { $current } din { $total }
address-found = Da! Partea aceasta numește site-ul: { $site }. Este { $brand }?
address-verdict-real = Linkul acesta duce la { $site }, site-ul adevărat al lui { $brand }.
address-verdict-other = Linkul acesta duce la { $site }, nu la { $brand }. Numele { $brand } din altă parte a linkului e doar o deghizare.
address-verdict-lookalike = Uită-te atent: unele litere vin din alt alfabet. Browserul citește { $real }, care nu e { $brand }.
address-part-scheme = „https://” înseamnă doar că nimeni nu poate asculta pe drum. Nu-ți spune cine conduce site-ul.
address-part-user = Browserul nu merge la ce e înainte de @. Păcălitorii pun acolo un nume celebru.
address-part-subdomain = Aceasta e doar o parte din față. Proprietarul site-ului poate scrie aici orice cuvânt, chiar și un nume celebru.
address-part-site = Partea aceasta numește site-ul: terminația și numele chiar dinaintea ei. Îți spune cine conduce site-ul.
address-part-port = Numărul acesta e o ușă în site. Nu-ți spune cine îl conduce.
address-part-path = Partea aceasta vine după numele site-ului. Proprietarul poate scrie aici orice.
address-part-query = Partea aceasta vine după numele site-ului. Proprietarul poate scrie aici orice.
address-part-fragment = Partea aceasta doar sare la un loc din pagină. Nu-ți spune cine conduce site-ul.
address-shown = { $words } — de fapt duce la:
address-verdict-shown = Cuvintele de pe el spun una, dar duce la { $site }, nu la { $brand }.
address-verdict-note = { $reason } { $note }
