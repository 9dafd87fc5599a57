# The "Scam Spotters" world. People, companies, numbers and addresses are made up: keep them
# unchanged; only reserved example domains.

world-scam-spotters = Łowcy Oszustw

## Level 1: a chat message about a prize

level-flags-prize-message-title = Niespodziewana nagroda?
level-flags-prize-message-instruction = Dotknij każdego sygnału ostrzegawczego w tej wiadomości.
level-flags-prize-message-learned = Niespodziewana nagroda od obcej osoby to sztuczka, więc nigdy nie wysyłaj jej swoich danych.
level-flags-prize-message-hint-1 = Czytaj każdą linijkę powoli. Czy znajomy by tak napisał?
level-flags-prize-message-hint-2 = Obcy, niespodziewane nagrody i pytania o ciebie to sygnały ostrzegawcze.
level-flags-prize-message-hint-3 = Spójrz, kto to wysłał. Dwa kolejne sygnały ostrzegawcze są niżej.

flags-prize-message-sender = Od: Nieznany numer
flags-prize-message-sender-reason = Nie znasz tego numeru. Uważaj, gdy pisze do ciebie obca osoba.
flags-prize-message-greeting = Cześć!
flags-prize-message-greeting-reason = Przyjazne powitanie jest normalne. Samo w sobie nie jest sygnałem ostrzegawczym.
flags-prize-message-prize = Gratulacje! Wygrywasz nowy tablet!
flags-prize-message-prize-reason = Nie było konkursu, a jest nagroda? Niespodziewana nagroda od obcej osoby to sztuczka.
flags-prize-message-picture = Obrazek: błyszczący tablet z czerwoną kokardą
flags-prize-message-picture-reason = Sam obrazek nie jest sygnałem ostrzegawczym. Przeczytaj też słowa wokół niego.
flags-prize-message-request = Żeby go odebrać, wyślij nam imię i adres domowy.
flags-prize-message-request-reason = Nigdy nie podawaj adresu domowego obcej osobie. Zanim odpowiesz, zapytaj dorosłego.
flags-prize-message-signoff = Miłego dnia!
flags-prize-message-signoff-reason = Miłe pożegnanie jest normalne. Same miłe słowa nie czynią wiadomości dobrą ani złą.

## Level 2: a fake parcel e-mail

level-flags-parcel-email-title = E-mail o paczce
level-flags-parcel-email-instruction = Dotknij każdego sygnału ostrzegawczego w tym e-mailu.
level-flags-parcel-email-learned = Prawdziwa firma nigdy nie prosi o hasło w e-mailu. Poganianie to sztuczka.
level-flags-parcel-email-hint-1 = Przeczytaj każdą linijkę. Czy to naprawdę pisze firma kurierska?
level-flags-parcel-email-hint-2 = Fałszywe e-maile przychodzą z dziwnych adresów, poganiają i proszą o sekrety.
level-flags-parcel-email-hint-3 = Spójrz, kto to wysłał, i na link. Jest więcej sygnałów ostrzegawczych.

flags-parcel-email-sender = Od: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Firma kurierska pisze ze swojego adresu. To tylko darmowy adres e-mail.
flags-parcel-email-subject = Temat: Nie udało się doręczyć twojej paczki
flags-parcel-email-subject-reason = Czasem paczka naprawdę nie dociera. Sam temat nie jest sygnałem ostrzegawczym.
flags-parcel-email-greeting = Dzień dobry,
flags-parcel-email-greeting-reason = Zwykłe powitanie jest normalne. Samo w sobie nie jest sygnałem ostrzegawczym.
flags-parcel-email-urgency = Wnieś opłatę w ciągu 1 godziny, inaczej paczka wróci!
flags-parcel-email-urgency-reason = Oszuści poganiają, żeby nie było czasu się zastanowić. Prawdziwa firma daje czas.
flags-parcel-email-link = Kliknij tutaj: parcel-help.example/pay-now
flags-parcel-email-link-reason = Link prowadzi do parcel-help, a nie do QuickBox. Poproś dorosłego, żeby sprawdził na prawdziwej stronie.
flags-parcel-email-request = Potem wpisz hasło i numer karty.
flags-parcel-email-request-reason = Żadna firma kurierska nie potrzebuje twojego hasła. Nigdy nie wpisuj hasła ani numeru karty po kliknięciu linku z e-maila.
flags-parcel-email-signoff = Dziękujemy, zespół QuickBox
flags-parcel-email-signoff-reason = Podpis to normalna rzecz. Ale każdy może wpisać dowolną nazwę, więc sprawdź też inne linijki.

## Level 3: a fake shop page

level-flags-fake-shop-title = Super wyprzedaż
level-flags-fake-shop-instruction = Dotknij każdego sygnału ostrzegawczego na tej stronie sklepu.
level-flags-fake-shop-learned = Sprawdź adres i cenę sklepu, a hasła ani numeru karty nigdy nie podawaj na czacie.
level-flags-fake-shop-hint-1 = Zacznij od góry. Czy prawdziwy sklep robiłby to wszystko?
level-flags-fake-shop-hint-2 = Fałszywe sklepy kopiują prawdziwe nazwy, mają malutkie ceny i poganiają.
level-flags-fake-shop-hint-3 = Przeczytaj adres litera po literze: ukrywa się w nim cyfra. Trzy kolejne sygnały ostrzegawcze są niżej.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Przyjrzyj się: jest tu zero, a nie litera o. Fałszywe sklepy kopiują nazwy prawdziwych sklepów.
flags-fake-shop-welcome = Witaj w Jollytoy!
flags-fake-shop-welcome-reason = Powitanie to normalna rzecz na stronie sklepu. Samo w sobie nie jest sygnałem ostrzegawczym.
flags-fake-shop-picture = Obrazek: konsola do gier z dwoma kontrolerami
flags-fake-shop-picture-reason = Sklepy pokazują zdjęcia tego, co sprzedają. To normalne.
flags-fake-shop-price = Konsola do gier: 99% taniej niż zwykle
flags-fake-shop-price-reason = Konsola nigdy nie jest aż tak tania. Cena zbyt piękna, żeby była prawdziwa, to sztuczka.
flags-fake-shop-countdown = Oferta kończy się za 04:59!
flags-fake-shop-countdown-reason = Tykający zegar ma cię popędzić. Fałszywe sklepy poganiają, żeby nie było czasu niczego sprawdzić.
flags-fake-shop-delivery = Dostawa trwa od 3 do 5 dni.
flags-fake-shop-delivery-reason = Sklepy mówią, ile trwa dostawa. To normalne.
flags-fake-shop-chat = Czat: Wyślij nam tutaj hasło i numer karty.
flags-fake-shop-chat-reason = Prawdziwy sklep nigdy nie prosi o hasło. Numery kart nigdy nie trafiają na czat.

## Level 4: which links go to Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Czy to naprawdę Moonbank?
level-addr-moonbank-instruction = Przy każdym linku dotknij części, która nazywa stronę. Potem powiedz, czy to strona Moonbank.
level-addr-moonbank-learned = Czytaj nazwę z linku od końca: końcówka tuż przed pierwszym pojedynczym /, a potem nazwa przed nią. To jest strona. Słowa przed nią albo za / niczego nie dowodzą.
level-addr-moonbank-hint-1 = Znajdź w linku pierwszy pojedynczy /. Nazwa strony kończy się tuż przed nim.
level-addr-moonbank-hint-2 = Czytaj wstecz od tego /: najpierw końcówka .example, potem nazwa przed nią. Razem to jest strona.
level-addr-moonbank-hint-3 = Trzeci link prowadzi do free-gifts.example. Słowo moonbank za / to tylko nazwa podstrony.

## Level 5: look-alike links

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Podobne linki
level-addr-lookalike-instruction = Przy każdym linku dotknij części, która nazywa stronę. Potem powiedz, czy to strona Pixelpost.
level-addr-lookalike-learned = Oszuści ukrywają prawdziwą stronę za @, dodają dodatkowe słowa albo zamieniają litery na podobne. Czytaj stronę litera po literze.
level-addr-lookalike-hint-1 = Czy w linku jest @? Strona jest za nim.
level-addr-lookalike-hint-2 = Czytaj stronę litera po literze. Dodatkowe słowo albo dziwna litera to już inna strona.
level-addr-lookalike-hint-3 = Spójrz na i w drugim linku: pochodzi z innego alfabetu. Przez to to jest inna strona.

## Level 6: what to do about a trick

level-scam-what-to-do-title = Co robisz?
level-scam-what-to-do-instruction = Wyskakuje coś dziwnego. Za każdym razem wybierz, co najlepiej zrobić.
level-scam-what-to-do-learned = Gdy wiadomość pogania, wygląda dziwnie albo chce numeru karty, nie dotykaj. Sprawdź inną drogą i powiedz zaufanej osobie dorosłej.
level-scam-what-to-do-hint-1 = Dobry detektyw zatrzymuje się i myśli, zanim czegokolwiek dotknie.
level-scam-what-to-do-hint-2 = Oszuści poganiają, używają kont znajomych i obiecują nagrody. Zatrzymaj się, zanim dotkniesz.
level-scam-what-to-do-hint-3 = Gdy konto znajomego wysyła coś dziwnego, sprawdź to u znajomego inną drogą.

scam-what-to-do-account-closed-prompt = Wiadomość: „Twoje konto w grze zostanie zamknięte DZIŚ! Dotknij tutaj, żeby je uratować: save-my-game.example”
scam-what-to-do-account-closed-tap-fast = Szybko dotknę linku, żeby uratować konto.
scam-what-to-do-account-closed-tap-fast-reason = Pośpiech to sztuczka, żeby nie było czasu myśleć. Link mógłby ukraść twoje hasło.
scam-what-to-do-account-closed-tell-adult = Nie dotknę. Pokażę zaufanemu dorosłemu.
scam-what-to-do-account-closed-tell-adult-reason = Świetnie! Razem możecie sprawdzić w prawdziwej grze. Taki pośpiech to sztuczka.
scam-what-to-do-account-closed-reply = Odpiszę i zapytam, kto to.
scam-what-to-do-account-closed-reply-reason = Odpowiedź mówi oszustowi, że ktoś czyta jego wiadomości. Lepiej w ogóle nie odpowiadać.

scam-what-to-do-friend-link-prompt = Konto twojego kolegi Kuby nagle wysyła ci: „xD to ty?? clip-watch.example/v/8812”
scam-what-to-do-friend-link-tap = Dotknę. To od Kuby, więc jest bezpieczne.
scam-what-to-do-friend-link-tap-reason = Ktoś inny może korzystać z konta Kuby. Oszuści wysyłają złe linki z kont znajomych.
scam-what-to-do-friend-link-pass-on = Wyślę to też innym znajomym.
scam-what-to-do-friend-link-pass-on-reason = Wtedy oni też mogą go dotknąć. Nigdy nie przekazuj dalej linku, co do którego nie masz pewności.
scam-what-to-do-friend-link-grown-up-phone = Dotknę, ale na telefonie dorosłego.
scam-what-to-do-friend-link-grown-up-phone-reason = Zły link jest tak samo zły na każdym telefonie i może prosić o hasło. Najpierw sprawdź u Kuby.
scam-what-to-do-friend-link-ask-another-way = Najpierw zapytam Kubę na żywo.
scam-what-to-do-friend-link-ask-another-way-reason = Świetnie! Zapytaj Kubę osobiście albo przez telefon. Jeśli Kuba tego nie wysłał, powiedz dorosłemu.

scam-what-to-do-won-phone-prompt = Wyskakuje okienko: „Wygrywasz nowy telefon! Wpisz numer karty rodzica, żeby go odebrać”.
scam-what-to-do-won-phone-close-tell = Zamknę je i powiem dorosłemu.
scam-what-to-do-won-phone-close-tell-reason = Dobrze! Prawdziwa nagroda nigdy nie wymaga numeru karty. Osoba dorosła może sprawdzić, czy wszystko jest bezpieczne.
scam-what-to-do-won-phone-type-card = Przyniosę kartę i wpiszę jej numer.
scam-what-to-do-won-phone-type-card-reason = Nie ma żadnego telefonu. Oszuści chcą numeru karty, żeby zabrać pieniądze.
scam-what-to-do-won-phone-claim = Dotknę „Odbierz nagrodę”.
scam-what-to-do-won-phone-claim-reason = Przyciski w takim okienku mogą otworzyć kolejne sztuczki. Zamiast tego je zamknij.
