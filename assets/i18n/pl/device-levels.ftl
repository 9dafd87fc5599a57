# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Apps, companies and addresses are made up; keep them unchanged.

world-device-dock = Przystań Urządzeń

## Level 1: updates and pop-ups

level-device-update-title = Czas na aktualizację
level-device-update-instruction = Tablet pokazuje komunikat. Wybierz, co najlepiej zrobić.
level-device-update-learned = Prawdziwe aktualizacje przychodzą z ustawień tabletu i chronią go. Wyskakujące okienka, które straszą, to sztuczki.
level-device-update-hint-1 = Skąd pochodzi komunikat: z samego tabletu czy ze strony internetowej?
level-device-update-hint-2 = Aktualizacje łatają słabe miejsca. Strona internetowa nie widzi wnętrza tabletu.
level-device-update-hint-3 = Komunikat z samego tabletu to prawdziwa aktualizacja. Jej zainstalowanie chroni tablet.

device-update-system-prompt = Tablet pisze: „Aktualizacja systemu jest gotowa. Zainstalować teraz?”
device-update-system-ignore = Ignoruj ją na zawsze. Aktualizacje są nudne.
device-update-system-ignore-reason = Aktualizacje łatają słabe miejsca, które mogłoby wykorzystać złośliwe oprogramowanie. Bez nich tablet jest mniej bezpieczny.
device-update-system-install = Zainstaluj albo poproś dorosłego o pomoc.
device-update-system-install-reason = Ten komunikat pochodzi z samego tabletu. Aktualizacje chronią go i pomagają mu dobrze działać.
device-update-system-switch-off = Wyłącz tablet, żeby przestał pytać.
device-update-system-switch-off-reason = Aktualizacja po prostu zapyta znowu później. Zainstalowanie jej to sposób, żeby tablet był bezpieczny.

device-update-popup-prompt = Wyskakuje strona: „Twój tablet ma 5 wirusów! Pobierz teraz CleanerPro!”
device-update-popup-download = Szybko pobierz CleanerPro.
device-update-popup-download-reason = To sztuczka. Pobrany plik może sam być złośliwym oprogramowaniem.
device-update-popup-ok-button = Dotknij „OK” w okienku, żeby zniknęło.
device-update-popup-ok-button-reason = Przyciski w fałszywym okienku mogą uruchomić pobieranie. Zamknij raczej całą stronę.
device-update-popup-close = Zamknij stronę i powiedz dorosłemu.
device-update-popup-close-reason = Strona internetowa nie zajrzy do wnętrza tabletu, więc wirusy są zmyślone. Zamknięcie strony jest bezpieczne.

device-update-battery-prompt = Aktualizacja chce się zacząć, ale bateria ma 5%.
device-update-battery-charge = Najpierw podłącz ładowarkę, potem aktualizuj.
device-update-battery-charge-reason = Aktualizacja potrzebuje prądu do samego końca. Z podłączoną ładowarką skończy się bezpiecznie.
device-update-battery-start = Zacznij teraz i poproś dorosłego, żeby patrzył.
device-update-battery-start-reason = Patrzenie nie pomoże, gdy bateria padnie w połowie: aktualizacja może się nie udać. Najpierw naładuj.
device-update-battery-cancel = Anuluj ją i już nigdy nie aktualizuj.
device-update-battery-cancel-reason = Aktualizacja wciąż jest ważna dla bezpieczeństwa tabletu. Po prostu najpierw go naładuj.

## Level 2: what a torch app may use

device-bin-makes-sense = Ma sens
device-bin-no-sense = Nie ma sensu

level-device-permissions-title = Aplikacja latarka
level-device-permissions-instruction = Otwierasz nową aplikację latarkę. Gdy działa, prosi o dostęp do tych rzeczy. Czy to ma sens?
level-device-permissions-learned = Aplikacje pytają w trakcie używania. Przy tym, czego aplikacja nie potrzebuje, dotknij „Nie zezwalaj”. Możesz to później zmienić w Ustawieniach.
level-device-permissions-hint-1 = Czego potrzebuje latarka, żeby robić swoje?
level-device-permissions-hint-2 = Latarka musi tylko świecić. Wszystko inne to nie jej zadanie.
level-device-permissions-hint-3 = Latarka nie ma nic wspólnego z twoimi kontaktami.

device-permissions-camera-light = Włączanie lampki obok aparatu
device-permissions-camera-light-reason = Ta mała lampka to właśnie latarka. Aplikacja jej potrzebuje, żeby robić swoje.
device-permissions-contacts = Dostęp do twoich kontaktów
device-permissions-contacts-reason = Latarka nie potrzebuje imion i numerów twoich znajomych. Dotknij „Nie zezwalaj”.
device-permissions-location = Dostęp do lokalizacji urządzenia
device-permissions-location-reason = Latarka działa wszędzie tak samo. Nie musi wiedzieć, gdzie jesteś.
device-permissions-screen-bright = Rozjaśnianie ekranu na biało
device-permissions-screen-bright-reason = Niektóre latarki rozświetlają cały ekran. To część bycia latarką.
device-permissions-microphone = Nagrywanie dźwięku
device-permissions-microphone-reason = Latarka nie musi cię słyszeć. Dotknij „Nie zezwalaj”: latarka i tak działa.
device-permissions-notifications = Wysyłanie ci powiadomień
device-permissions-notifications-reason = Latarka nie ma ci nic do powiedzenia. Powiadomienia byłyby tylko reklamami albo przypomnieniami, żeby ją otworzyć.
device-permissions-photos = Dostęp do zdjęć i filmów na urządzeniu
device-permissions-photos-reason = Twoje zdjęcia są prywatne. Latarka nie potrzebuje ich, żeby świecić.

## Level 3: a fake virus warning

level-device-fake-virus-title = Alarm wirusowy!
level-device-fake-virus-instruction = Dotknij każdego sygnału ostrzegawczego na tej stronie.
level-device-fake-virus-learned = Strona internetowa nie znajdzie wirusów na twoim tablecie. Zamykaj strony, które straszą, i mów o nich dorosłym.
level-device-fake-virus-hint-1 = Zacznij od góry. Czyja to strona?
level-device-fake-virus-hint-2 = Fałszywe ostrzeżenia krzyczą, poganiają i chcą, żeby coś pobrać albo zadzwonić.
level-device-fake-virus-hint-3 = Wielkie migające ostrzeżenie to jeden sygnał ostrzegawczy. Cztery kolejne są na stronie.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = To przypadkowa strona internetowa, nie twój tablet. Strona nie może przeskanować tabletu w poszukiwaniu wirusów.
device-fake-virus-warning = Migające na czerwono: UWAGA! ZNALEZIONO 5 WIRUSÓW!
device-fake-virus-warning-reason = Miganie i wielkie litery mają cię przestraszyć i wyłączyć myślenie. Wirusy są zmyślone.
device-fake-virus-picture = Obrazek: tablet z niebieską tarczą
device-fake-virus-picture-reason = Sam obrazek nie jest sygnałem ostrzegawczym. Przeczytaj słowa wokół niego.
device-fake-virus-countdown = Działaj w ciągu 60 sekund!
device-fake-virus-countdown-reason = Zegar ma cię popędzić. Oszuści poganiają, żeby nie było czasu kogoś zapytać.
device-fake-virus-download = Pobierz CleanerPro.apk, aby wyczyścić tablet
device-fake-virus-download-reason = Ten plik może być złośliwym oprogramowaniem. Pobieraj aplikacje tylko z oficjalnego sklepu, razem z dorosłym.
device-fake-virus-phone = Albo zadzwoń teraz na naszą infolinię!
device-fake-virus-phone-reason = Prawdziwi producenci tabletów nie każą dzwonić ze strony internetowej. Nigdy nie dzwoń pod taki numer.
device-fake-virus-menu = Pomoc · O nas · Kontakt
device-fake-virus-menu-reason = Linki w menu są na większości stron. Same w sobie nie są sygnałem ostrzegawczym.

## Level 4: getting a new app safely

level-device-install-app-title = Nowa aplikacja
level-device-install-app-instruction = Chcesz nową grę, a dorosły się zgadza. Ułóż kroki w kolejności, w jakiej się dzieją.
level-device-install-app-learned = Pobieraj aplikacje z oficjalnego sklepu i najpierw sprawdź klasyfikację wiekową oraz „Bezpieczeństwo danych”. Po instalacji zezwalaj tylko na to, czego aplikacja potrzebuje.
level-device-install-app-hint-1 = Skąd pochodzą bezpieczne aplikacje?
level-device-install-app-hint-2 = O aplikacji przeczytasz dopiero wtedy, gdy ją znajdziesz, a prosić o coś może dopiero po instalacji.
level-device-install-app-hint-3 = Zacznij w oficjalnym sklepie z aplikacjami. Klasyfikacja wiekowa i „Bezpieczeństwo danych” są na stronie aplikacji.

device-install-app-store = Otwórz oficjalny sklep z aplikacjami (Sklep Play).
device-install-app-store-reason = To najpierw. Aplikacje w oficjalnym sklepie są sprawdzane pod kątem szkodliwego oprogramowania. Aplikacje z innych miejsc mogą je ukrywać.
device-install-app-read = Na stronie aplikacji sprawdź wiek i „Bezpieczeństwo danych”.
device-install-app-read-reason = Potem to. Klasyfikacja wiekowa (w większości Europy PEGI) mówi, dla kogo jest aplikacja. W „Bezpieczeństwie danych” twórcy piszą, jakie dane zbierają i komu je przekazują.
device-install-app-install = Dotknij „Zainstaluj”.
device-install-app-install-reason = Teraz instaluj, gdy strona aplikacji jest już przeczytana. Wcześniej aplikacja nie może o nic prosić.
device-install-app-say-no = Otwórz aplikację. Zezwól tylko na to, czego potrzebuje.
device-install-app-say-no-reason = Aplikacje pytają w trakcie używania, nie wcześniej. Przy tym, czego nie potrzebuje, dotknij „Nie zezwalaj”. Możesz to później zmienić w Ustawieniach.
device-install-app-check = Już jej nie używasz? Usuń ją.
device-install-app-check-reason = To na końcu. Nieużywana aplikacja wciąż zajmuje miejsce i może wciąż mieć twoje dane.

## Level 5: balance

level-device-screen-time-title = Czas na przerwę?
level-device-screen-time-instruction = Wybierz, co będzie najlepsze dla ciebie i twojego ciała.
level-device-screen-time-learned = Przerwy, sen i prawdziwi przyjaciele są ważniejsze niż każda nagroda czy seria w grze.
level-device-screen-time-hint-1 = Pomyśl o oczach, o śnie i o swoim czasie.
level-device-screen-time-hint-2 = Gry i aplikacje próbują trzymać cię przy ekranie. To ty decydujesz, kiedy skończyć.
level-device-screen-time-hint-3 = Przy skrzyni: sen jest ważniejszy niż każda nagroda w grze.

device-screen-time-eyes-prompt = Grasz już od dwóch godzin. Oczy są zmęczone.
device-screen-time-eyes-one-more = Poproś dorosłego o jeszcze godzinę, potem odpocznij.
device-screen-time-eyes-one-more-reason = Zmęczone oczy potrzebują odpoczynku teraz, nie za godzinę, nawet gdy dorosły się zgodzi. Słuchaj swojego ciała.
device-screen-time-eyes-break = Zrób przerwę: popatrz w dal i się poruszaj.
device-screen-time-eyes-break-reason = Patrzenie w dal daje odpocząć oczom, a ruch jest dobry dla ciała.
device-screen-time-eyes-brighter = Rozjaśnij ekran i graj dalej.
device-screen-time-eyes-brighter-reason = Jaśniejszy ekran nie pomoże zmęczonym oczom. Potrzebują przerwy od ekranu.

device-screen-time-chest-prompt = Gra pisze: „Wróć za 10 minut po darmową skrzynię!”. Jest pora spania.
device-screen-time-chest-stay-up = Posiedź jeszcze 10 minut dla skrzyni.
device-screen-time-chest-stay-up-reason = Gry używają małych nagród, żeby trzymać cię przy grze. Dziesięć minut często zamienia się w więcej.
device-screen-time-chest-alarm = Nastaw budzik, żeby wstać po nią w nocy.
device-screen-time-chest-alarm-reason = Wstawanie w nocy dla gry przerywa sen. Jutro zmęczenie da ci się we znaki.
device-screen-time-chest-sleep = Idź spać. Skrzynia może poczekać.
device-screen-time-chest-sleep-reason = Sen pomaga rosnąć, uczyć się i dobrze się czuć. Nagroda w grze nigdy nie jest warta utraty snu.

device-screen-time-streak-prompt = Przyjaciel chce, żebyście codziennie podtrzymywali serię na czacie. Dziś masz bardzo dużo zajęć.
device-screen-time-streak-tell = Napisz: „Dziś nie mam czasu, pogadamy później!”
device-screen-time-streak-tell-reason = Prawdziwy przyjaciel zrozumie. Aplikacje używają serii, żeby cię przyciągnąć z powrotem, ale przyjaźń ich nie potrzebuje.
device-screen-time-streak-homework = Przerwij pracę domową, żeby utrzymać serię.
device-screen-time-streak-homework-reason = Praca domowa jest ważniejsza niż liczba w aplikacji. Seria nie jest warta stresu.
device-screen-time-streak-password = Daj przyjacielowi swoje hasło, żeby prowadził serię.
device-screen-time-streak-password-reason = Nigdy nie podawaj hasła, nawet dobremu przyjacielowi. To klucz do twojego konta.
