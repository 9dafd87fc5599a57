# What the digital-literacy level kinds show around a level's own texts.

answer-next = Dalej
answer-right = Dobrze!
answer-wrong = Nie całkiem.
answer-feedback = { $verdict } { $reason }

pick-screen = Co zrobisz?
pick-start = Przeczytaj, co się dzieje, i dotknij najlepszej odpowiedzi.
pick-progress = Pytanie { $current } z { $total }
pick-option-best = Najlepsza odpowiedź: { $text }
pick-option-not-best = Nie najlepsza: { $text }

order-screen-steps = Kroki
order-screen-rank = Hasła
order-start = Dotknij kroku, który jest pierwszy.
order-start-rank = Najpierw dotknij najsłabszego hasła.
order-progress = { $placed } z { $total } we właściwej kolejności
order-step-placed = { $number }. { $text }
order-done = { $last } Wszystko jest po kolei. Dotknij „Gotowe”.

password-screen = Nowe hasło
password-empty = Dotykaj słów poniżej, aby zbudować hasło.
password-shown = Hasło: { $password }
password-piece = Dodaj { $text }
password-remove = Usuń ostatnie
password-clear = Zacznij od nowa
password-pieces = { $count } { $count ->
        [one] część
        [few] części
        [many] części
       *[other] części
    } (co najmniej { $min }, najwyżej { $max })
password-meter-empty = Siła: jeszcze nic
password-meter-pending = Siła: mierzę …
password-meter-unavailable = Nie udało się wczytać miernika siły. Sprawdź połączenie, a potem zmień hasło, aby spróbować jeszcze raz.
password-meter = Siła: { $score }. { $time }
password-personal = Uwaga! { $reason }
password-build-empty = Zacznij od słowa. Wybieraj słowa, które nie mają nic wspólnego z tobą.
password-build-personal = Usuń część, która dotyczy ciebie: osoby, które cię znają, mogłyby ją zgadnąć.
password-build-short = Dodaj więcej słów: użyj co najmniej { $min }.
password-build-weak = Jeszcze za słabe. Dodaj kolejne słowo albo zamień jedno. Celuj w „{ $target }”.
password-build-done = Mocne, długie i nic o tobie. Dotknij „Gotowe”!
password-score-0 = Bardzo słabe
password-score-1 = Słabe
password-score-2 = Takie sobie
password-score-3 = Mocne
password-score-4 = Bardzo mocne
password-time-instantly = Komputer zgadnie je w niecałą minutę.
password-time-minutes = Komputer zgadnie je w kilka minut.
password-time-hours = Komputer zgadnie je w kilka godzin.
password-time-days = Komputer potrzebuje dni, żeby je zgadnąć.
password-time-years = Komputer potrzebuje lat, żeby je zgadnąć.
password-time-centuries = Komputer potrzebuje setek lat, żeby je zgadnąć.
password-meter-limited = Siła: { $score }. { $limit }
password-limit-short = Za krótkie, żeby było mocne. Niech ma 15 liter albo więcej.
password-limit-few-words = Mocne hasła mają co najmniej trzy losowe słowa.
password-limit-common-words = Te słowa są bardzo popularne. Zamień jedno na rzadsze.

address-screen = Link
address-claim = Ten link twierdzi, że prowadzi do { $brand }.
address-start = Czytaj adres od końca jego nazwy, a nie od początku.
address-find = Dotknij części, która nazywa stronę.
address-judge = Czy to strona { $brand }?
address-yes = Tak, to { $brand }
address-no = Nie, to nie to
address-part = Część adresu: { $text }
address-progress = Link { $current } z { $total }
address-found = Tak! Ta część nazywa stronę: { $site }. Czy to { $brand }?
address-verdict-real = Ten link prowadzi do { $site }, prawdziwej strony { $brand }.
address-verdict-other = Ten link prowadzi do { $site }, a nie do { $brand }. Nazwa { $brand } w innym miejscu linku to tylko przebranie.
address-verdict-lookalike = Przyjrzyj się: niektóre litery pochodzą z innego alfabetu. Przeglądarka czyta { $real }, a to nie jest { $brand }.
address-part-scheme = „https://” oznacza tylko, że nikt nie podsłucha po drodze. Nie mówi, kto prowadzi stronę.
address-part-user = Przeglądarka nie idzie do tego, co stoi przed @. Oszuści wpisują tam znaną nazwę.
address-part-subdomain = To tylko przednia część. Właściciel strony może tu wpisać dowolne słowo, nawet znaną nazwę.
address-part-site = Ta część nazywa stronę: końcówka i nazwa tuż przed nią. Mówi, kto prowadzi stronę.
address-part-port = Ta liczba to drzwi do strony. Nie mówi, kto ją prowadzi.
address-part-path = Ta część stoi za nazwą strony. Właściciel może tu wpisać cokolwiek.
address-part-query = Ta część stoi za nazwą strony. Właściciel może tu wpisać cokolwiek.
address-part-fragment = Ta część tylko przeskakuje do miejsca na stronie. Nie mówi, kto ją prowadzi.
address-shown = { $words } — naprawdę prowadzi do:
address-verdict-shown = Słowa na nim mówią jedno, ale prowadzi do { $site }, a nie do { $brand }.
address-verdict-note = { $reason } { $note }
