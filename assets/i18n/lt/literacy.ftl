# Tai, ką skaitmeninio raštingumo lygių rūšys rodo aplink lygio tekstus: atsakymo pasirinkimas,
# žingsnių rikiavimas, slaptažodžio kūrimas ir adreso skaitymas.

answer-next = Toliau
answer-right = Teisingai!
answer-wrong = Ne visai.
answer-feedback = { $verdict } { $reason }

pick-screen = Ką darytum?
pick-start = Perskaityk, kas nutinka, tada paliesk geriausią atsakymą.
pick-progress = Klausimas { $current } iš { $total }
pick-option-best = Geriausias atsakymas: { $text }
pick-option-not-best = Ne geriausias: { $text }

order-screen-steps = Žingsniai
order-screen-rank = Slaptažodžiai
order-start = Paliesk žingsnį, kuris eina pirmas.
order-start-rank = Pirmiausia paliesk silpniausią slaptažodį.
order-progress = Sudėliota iš eilės: { $placed } iš { $total }
order-step-placed = { $number }. { $text }
order-done = { $last } Viskas sudėliota iš eilės. Paliesk „Baigti“.

password-screen = Naujas slaptažodis
password-empty = Liesk žodžius apačioje ir kurk slaptažodį.
password-shown = Slaptažodis: { $password }
password-piece = Pridėti: { $text }
password-remove = Pašalinti paskutinį
password-clear = Pradėti iš naujo
password-pieces = { $count } { $count ->
        [one] dalis
        [few] dalys
        [many] dalies
       *[other] dalių
    } (mažiausiai { $min }, daugiausiai { $max })
password-meter-empty = Stiprumas: dar nieko
password-meter-pending = Stiprumas: matuojama …
password-meter-unavailable = Stiprumo matuoklio nepavyko įkelti. Patikrink ryšį ir pakeisk slaptažodį, kad bandytum dar kartą.
password-meter = Stiprumas: { $score }. { $time }
password-personal = Atsargiai! { $reason }
password-build-empty = Pradėk nuo žodžio. Rinkis žodžius, kurie neturi nieko bendra su tavimi.
password-build-personal = Išimk dalį apie tave: tave pažįstantys žmonės galėtų ją atspėti.
password-build-short = Pridėk daugiau žodžių: naudok bent { $min }.
password-build-weak = Dar nepakankamai stiprus. Pridėk dar vieną žodį arba vieną pakeisk. Siek „{ $target }“.
password-build-done = Stiprus, ilgas ir nieko apie tave. Paliesk „Baigti“!
password-score-0 = Labai silpnas
password-score-1 = Silpnas
password-score-2 = Vidutiniškas
password-score-3 = Stiprus
password-score-4 = Labai stiprus
password-time-instantly = Kompiuteris jį atspėja greičiau nei per minutę.
password-time-minutes = Kompiuteris jį atspėja per kelias minutes.
password-time-hours = Kompiuteris jį atspėja per kelias valandas.
password-time-days = Kompiuteriui jį atspėti reikia dienų.
password-time-years = Kompiuteriui jį atspėti reikia metų.
password-time-centuries = Kompiuteriui jį atspėti reikia šimtų metų.
password-meter-limited = Stiprumas: { $score }. { $limit }
password-limit-short = Per trumpas, kad būtų stiprus. Padaryk jį 15 raidžių ar ilgesnį.
password-limit-few-words = Stipriuose slaptažodžiuose yra bent trys atsitiktiniai žodžiai.
password-limit-common-words = Šie žodžiai labai dažni. Vieną pakeisk retesniu žodžiu.

address-screen = Nuoroda
address-claim = Ši nuoroda sako, kad veda į { $brand }.
address-start = Skaityk adreso vardą nuo galo, ne nuo pradžios.
address-find = Paliesk dalį, kuri įvardija svetainę.
address-judge = Ar tai { $brand } svetainė?
address-yes = Taip, tai { $brand }
address-no = Ne, tai ne ji
address-part = Adreso dalis: { $text }
address-progress = Nuoroda { $current } iš { $total }
address-found = Taip! Ši dalis įvardija svetainę: { $site }. Ar tai { $brand }?
address-verdict-real = Ši nuoroda veda į { $site } – tikrąją { $brand } svetainę.
address-verdict-other = Ši nuoroda veda į { $site }, o ne į { $brand }. Vardas { $brand } kitoje nuorodos vietoje – tik kaukė.
address-verdict-lookalike = Įsižiūrėk: kai kurios raidės yra iš kitos abėcėlės. Naršyklė skaito { $real }, o tai ne { $brand }.
address-part-scheme = „https://“ reiškia tik tai, kad niekas negali pasiklausyti pakeliui. Tai nepasako, kas valdo svetainę.
address-part-user = Naršyklė neina į tai, kas parašyta prieš @. Sukčiai ten įrašo žinomą vardą.
address-part-subdomain = Tai tik priekinė dalis. Svetainės savininkas čia gali įrašyti bet kokį žodį, net žinomą vardą.
address-part-site = Ši dalis įvardija svetainę: galūnė ir vardas prieš pat ją. Ji pasako, kas valdo svetainę.
address-part-port = Šis skaičius – tai durys į svetainę. Jis nepasako, kas ją valdo.
address-part-path = Ši dalis eina po svetainės vardo. Savininkas čia gali įrašyti bet ką.
address-part-query = Ši dalis eina po svetainės vardo. Savininkas čia gali įrašyti bet ką.
address-part-fragment = Ši dalis tik nušoka į vietą puslapyje. Ji nepasako, kas valdo svetainę.
address-shown = { $words } – iš tikrųjų veda į:
address-verdict-shown = Žodžiai sako viena, bet nuoroda veda į { $site }, o ne į { $brand }.
address-verdict-note = { $reason } { $note }
