# The teacher page. Read by teachers: plain, polite and exact (impersonal or "Proszę …").

teacher-page-title = Byte Bridge dla nauczycieli
teacher-title = Byte Bridge dla nauczycieli
teacher-tagline = Przydzielanie poziomów klasie, zbieranie wyników i sprawdzanie, kto potrzebuje pomocy.
teacher-skip = Przejdź do treści strony
teacher-language = Język

## Help
teacher-help = Pomoc: dokąd trafiają dane klasy?
teacher-help-local = Wszystko na tej stronie zostaje w tej przeglądarce na tym urządzeniu. Nie ma kont ani serwera: nic nie jest nigdzie wysyłane, chyba że w części „Wysyłanie do repozytorium danych” ustawi się repozytorium danych.
teacher-help-files = Wyniki pochodzą z tabletów uczniów, jako pliki albo kody QR. Pliki można wczytać w części „Zbieranie wyników”, a kody zeskanować aparatem tego urządzenia.
teacher-help-signing = Przy opcji „Podpisuj pliki uczniów kluczem klasy” tablety podpisują każdy plik z wynikami i każdy kod QR. Plik zmieniony później jest tu oznaczany i nie jest liczony; gdy pliki ucznia były już podpisane, jego pliki i kody bez ważnego podpisu również nie są liczone. Klucz jest przechowywany na tabletach, więc wykrywa to zmienione pliki, ale nie kogoś, kto skopiuje klucz z tabletu i podpisze zmyślone wyniki.
teacher-help-notes = Prawdziwe imiona wpisane obok nazwy w grze zostają w tej przeglądarce. Opuszczają ją tylko wtedy, gdy zaznaczy się „Dołącz prawdziwe imiona” i pobierze plik CSV albo wydrukuje widok klasy.
teacher-help-backup = Wyczyszczenie danych tej przeglądarki usuwa także dane klasy. Warto co jakiś czas pobrać plik CSV jako kopię.
teacher-help-insecure = Ta strona nie jest udostępniana przez HTTPS, więc nie działa offline i nie może używać aparatu. Pliki z wynikami działają zawsze.

## Banners
teacher-dismiss = OK
teacher-storage-full = Pamięć tej przeglądarki jest pełna, więc ostatnie zmiany nie zostały zapisane. Proszę teraz pobrać plik CSV, a potem usunąć stare linki albo wyczyścić stare dane klasy.
teacher-storage-blocked = Ta przeglądarka nie pozwala stronie niczego zapisywać (tryb prywatny albo ustawienie). Wszystko tutaj zniknie po zamknięciu karty, więc przedtem proszę pobrać plik CSV.
teacher-error-action = Coś poszło nie tak. Proszę odświeżyć stronę i spróbować ponownie; wszystko, co zostało zapisane, zostaje.
teacher-error-start = Nie udało się uruchomić strony dla nauczycieli. Proszę ją odświeżyć. Jeśli to się powtarza, proszę spróbować aktualnej przeglądarki Chrome, Edge albo Firefox.
teacher-update-ready = Nowa wersja Byte Bridge jest gotowa.
teacher-update = Odśwież teraz

## Give levels to a class
teacher-assign-title = Przydzielanie poziomów klasie
teacher-assign-intro = Proszę wybrać poziomy, a potem utworzyć link. Uczniowie otwierają link na tabletach albo skanują jego kod QR i znajdują poziomy jako dzisiejszą misję.
teacher-class-name = Nazwa klasy
teacher-class-name-hint = Na przykład 4B. Nazwa trafia w linku na tablety, więc nie należy używać imienia ucznia.
teacher-levels = Poziomy
teacher-band-filter = Grupa wiekowa
teacher-band-all = Wszystkie grupy wiekowe
teacher-competence-filter = Kompetencja DigComp 2.2
teacher-competence-all = Wszystkie kompetencje
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Kompetencja DigComp 3.0
teacher-digcomp3-all = Wszystkie kompetencje
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Cały świat „{ $world }”
teacher-no-levels = Żaden poziom nie pasuje do tych filtrów.
teacher-levels-selected = { $count ->
        [0] Nie wybrano jeszcze żadnego poziomu.
        [one] Wybrano { $count } poziom.
        [few] Wybrano { $count } poziomy.
        [many] Wybrano { $count } poziomów.
       *[other] Wybrano poziomy: { $count }.
    }
teacher-select-none = Wyczyść wybór
teacher-lock = Zablokuj pozostałe poziomy
teacher-lock-hint = Uczniowie mogą grać tylko w te poziomy, dopóki ta misja jest na ich tabletach.
teacher-sign = Podpisuj pliki uczniów kluczem klasy
teacher-sign-hint = Plik z wynikami albo kod QR zmieniony po zapisaniu na tablecie zostanie oznaczony i nie będzie liczony. Klucz jest przechowywany na tabletach, więc ktoś, kto skopiuje go z tabletu, nadal może podpisać zmyślone wyniki.
teacher-create = Utwórz link

## The link
teacher-link-ready = Link dla klasy
teacher-link = Link
teacher-copy = Kopiuj link
teacher-copied = Link skopiowany.
teacher-copy-manual = Link jest zaznaczony. Proszę go skopiować poleceniem kopiowania na tym urządzeniu.
teacher-qr-label = Kod QR linku dla { $name }
teacher-qr-caption = Uczniowie skanują ten kod aparatem tabletu, aby otworzyć misję.
teacher-print-sheet = Drukuj kartkę
teacher-earlier-title = Wcześniejsze linki
teacher-assignment-meta = { $count ->
        [one] { $count } poziom
        [few] { $count } poziomy
        [many] { $count } poziomów
       *[other] { $count } poziomu
    }, utworzono { $date }
teacher-assignment-levels = { $count ->
        [one] Pokaż poziom
        [few] Pokaż wszystkie { $count } poziomy
        [many] Pokaż wszystkie { $count } poziomów
       *[other] Pokaż wszystkie poziomy ({ $count })
    }
teacher-assignment-locked = inne poziomy zablokowane
teacher-assignment-signed = pliki podpisywane
teacher-assignment-unsigned = pliki niepodpisywane
teacher-show-qr = Pokaż kod QR
teacher-hide-qr = Ukryj kod QR
teacher-remove = Usuń link
teacher-remove-confirm = Usunąć z tej strony link dla „{ $name }”?
teacher-remove-yes = Tak, usuń
teacher-cancel = Anuluj
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Dzisiejsza misja
teacher-sheet-how = Zeskanuj kod aparatem tabletu albo wpisz poniższy link w przeglądarce.
teacher-sheet-levels = Dzisiejsze poziomy

## Collect results
teacher-collect-title = Zbieranie wyników
teacher-collect-intro = Można wczytać pliki z wynikami uczniów, dowolnie wiele naraz, albo zeskanować kody QR na ich tabletach.
teacher-drop-hint = Proszę upuścić tutaj pliki uczniów
teacher-files-label = Pliki z wynikami uczniów
teacher-choose-files = Wybierz pliki
teacher-results-title = Wczytane
teacher-results-empty = Nie wczytano jeszcze żadnych plików.
teacher-results-clear = Wyczyść tę listę
teacher-file-altered = Uwaga: ten plik został zmieniony po zapisaniu na tablecie.
teacher-file-failed = Nie wczytano:
teacher-file-unreadable = Nie udało się odczytać pliku { $file }. Proszę spróbować ponownie albo zapisać go jeszcze raz na tablecie.
teacher-code-unreadable = Nie udało się odczytać tego kodu QR. Proszę spróbować ponownie.
teacher-status-signed = podpisany
teacher-status-unsigned = niesprawdzony
teacher-status-summary = z kodu QR
teacher-scan-title = Skanowanie kodów QR
teacher-scan-intro = Proszę skierować aparat na kod z wynikami ucznia. Aparat szuka kolejnych uczniów, dopóki się go nie zatrzyma.
teacher-scan = Skanuj kod QR
teacher-stop-camera = Zatrzymaj aparat
teacher-camera-label = Obraz z aparatu
teacher-camera-starting = Uruchamianie aparatu…
teacher-camera-looking = Szukanie kodu QR…
teacher-camera-next = Mam. Proszę pokazać następny kod.
teacher-camera-stopped = Aparat jest wyłączony.
teacher-camera-unavailable = Nie można tu użyć aparatu: nie ma go, nie udzielono zgody albo strona nie jest udostępniana przez HTTPS. Pliki z wynikami działają zawsze.
teacher-scanner-unavailable = Nie udało się wczytać czytnika kodów QR. Proszę raz połączyć się z internetem i spróbować ponownie. Pliki z wynikami działają zawsze.

## Your class
teacher-class-title = Klasa
teacher-show-assignment = Pokaż
teacher-all-levels = Wszystkie poziomy
teacher-no-pupils = Nie ma jeszcze wyników. Proszę zebrać powyżej pliki lub kody uczniów.
teacher-note-hint = Prawdziwe imiona zostają tylko na tym urządzeniu. Pobrane pliki ich nie zawierają, chyba że zaznaczy się „Dołącz prawdziwe imiona”.
teacher-note-label = Prawdziwe imię
teacher-note-for = Prawdziwe imię: { $name }
teacher-grid-caption = { $count ->
        [one] { $count } uczeń, wszystkie poziomy
        [few] { $count } uczniów, wszystkie poziomy
        [many] { $count } uczniów, wszystkie poziomy
       *[other] { $count } ucznia, wszystkie poziomy
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } uczeń
        [few] { $name }: { $count } uczniów
        [many] { $name }: { $count } uczniów
       *[other] { $name }: { $count } ucznia
    }
teacher-pupil = Uczeń
teacher-pupil-altered = Zmieniony plik
teacher-cell-empty = nie grano
teacher-cell-detail = { $attempts ->
        [one] { $attempts } próba
        [few] { $attempts } próby
        [many] { $attempts } prób
       *[other] { $attempts } próby
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } podpowiedź
        [few] {" "}· { $hints } podpowiedzi
        [many] {" "}· { $hints } podpowiedzi
       *[other] {" "}· { $hints } podpowiedzi
    }
teacher-forget = Usuń ucznia
teacher-forget-pupil = Usuń ucznia { $name }
teacher-forget-confirm = Usunąć z tej strony ucznia { $name } i wszystkie jego wyniki?
teacher-forget-yes = Tak, usuń
teacher-forgotten = Usunięto ucznia { $name }.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Zamknij
teacher-no-attempts = Brak prób.
teacher-attempt-title = Próba { $number }, { $when }
teacher-attempt-stars = Gwiazdki
teacher-stars-count = { $count ->
        [one] { $count } gwiazdka
        [few] { $count } gwiazdki
        [many] { $count } gwiazdek
       *[other] { $count } gwiazdki
    }
teacher-attempt-outcome = Wynik
teacher-attempt-time = Czas
teacher-attempt-hints = Podpowiedzi
teacher-attempt-mistakes = Błędy
teacher-program-main = Program główny
teacher-program-p1 = Pomocnik 1
teacher-program-p2 = Pomocnik 2
teacher-program-empty = (pusty)
teacher-tile-else = inaczej
teacher-code = Jako kod
teacher-code-note = Ten sam program jako tekst, w języku podobnym do Pythona. Uczniowie widzą go w grze po dotknięciu „Pokaż jako kod”.
teacher-answers = Odpowiedzi

## Per level
teacher-summary-title = Według poziomów
teacher-summary-caption = Jak poszedł każdy poziom
teacher-summary-level = Poziom
teacher-summary-played = Grano
teacher-summary-finished = Ukończono
teacher-summary-stuck = Utknięto
teacher-summary-mean = Średnia liczba prób
teacher-summary-common = Najczęstsze problemy
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Pobieranie, drukowanie, czyszczenie
teacher-include-notes = Dołącz prawdziwe imiona
teacher-include-notes-hint = Tylko dla pliku lub wydruku, który zostaje u nauczyciela, na przykład do własnej dokumentacji.
teacher-download-csv = Pobierz CSV
teacher-download-xapi = Pobierz xAPI (JSON)
teacher-print-class = Drukuj widok klasy
teacher-clear = Wyczyść dane klasy
teacher-clear-confirm = Usunąć z tej przeglądarki wszystkich uczniów, wyniki, prawdziwe imiona i linki? Tego nie da się cofnąć. Aby zachować wyniki, proszę najpierw pobrać plik CSV.
teacher-clear-yes = Tak, usuń wszystko
teacher-cleared = Dane klasy zostały usunięte.
teacher-language-unavailable = { $language }: nie udało się pobrać tego języka, ponieważ ta przeglądarka jeszcze go nie ma. Proszę połączyć się z internetem i wybrać go ponownie.

## Send to a learning record store (LRS)
teacher-lrs-title = Wysyłanie do repozytorium danych
teacher-lrs-intro = Jeśli szkoła lub ministerstwo zbiera wyniki w repozytorium danych o nauce (LRS), proszę wpisać tu jego adres xAPI, klucz i sekret. Każdy wczytany wynik jest wtedy wysyłany tam automatycznie, i to tylko raz. Adres, klucz i sekret zostają w tej przeglądarce: tablety uczniów nigdy ich nie dostają.
teacher-lrs-endpoint = Adres xAPI (endpoint)
teacher-lrs-key = Klucz (nazwa użytkownika)
teacher-lrs-secret = Sekret (hasło)
teacher-lrs-secret-kept = Aby zachować zapisany wcześniej sekret dla tego adresu i klucza, wystarczy zostawić to pole puste.
teacher-lrs-save = Zapisz i wyślij
teacher-lrs-forget = Zapomnij to repozytorium danych
teacher-lrs-retry = Spróbuj ponownie teraz
teacher-lrs-off = Nie ustawiono repozytorium danych. Wyniki zostają w tej przeglądarce i w pobranych plikach.
teacher-lrs-done = { $sent ->
        [one] Jedyny wynik jest już w repozytorium danych.
        [few] Wszystko wysłane: { $sent } wyniki są w repozytorium danych.
        [many] Wszystko wysłane: { $sent } wyników jest w repozytorium danych.
       *[other] Wszystko wysłane: { $sent } wyniku jest w repozytorium danych.
    }
teacher-lrs-sending = { $waiting ->
        [one] Wysyłanie: czeka jeszcze jeden wynik.
        [few] Wysyłanie: czekają jeszcze { $waiting } wyniki.
        [many] Wysyłanie: czeka jeszcze { $waiting } wyników.
       *[other] Wysyłanie: czeka jeszcze { $waiting } wyniku.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Czeka jeden wynik: nie można połączyć się z repozytorium danych. Kolejna próba za { $seconds } s. Jeśli ten komunikat nie znika, proszę poprosić osobę, która zarządza repozytorium danych, o dopuszczenie adresu tej strony.
        [few] Czekają { $waiting } wyniki: nie można połączyć się z repozytorium danych. Kolejna próba za { $seconds } s. Jeśli ten komunikat nie znika, proszę poprosić osobę, która zarządza repozytorium danych, o dopuszczenie adresu tej strony.
        [many] Czeka { $waiting } wyników: nie można połączyć się z repozytorium danych. Kolejna próba za { $seconds } s. Jeśli ten komunikat nie znika, proszę poprosić osobę, która zarządza repozytorium danych, o dopuszczenie adresu tej strony.
       *[other] Czeka { $waiting } wyniku: nie można połączyć się z repozytorium danych. Kolejna próba za { $seconds } s. Jeśli ten komunikat nie znika, proszę poprosić osobę, która zarządza repozytorium danych, o dopuszczenie adresu tej strony.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Czeka jeden wynik: repozytorium danych odpowiedziało błędem { $status }. Kolejna próba za { $seconds } s.
        [few] Czekają { $waiting } wyniki: repozytorium danych odpowiedziało błędem { $status }. Kolejna próba za { $seconds } s.
        [many] Czeka { $waiting } wyników: repozytorium danych odpowiedziało błędem { $status }. Kolejna próba za { $seconds } s.
       *[other] Czeka { $waiting } wyniku: repozytorium danych odpowiedziało błędem { $status }. Kolejna próba za { $seconds } s.
    }
teacher-lrs-stopped-key = Wysyłanie zostało wstrzymane: repozytorium danych nie przyjmuje tego klucza i sekretu. Proszę je sprawdzić i zapisać ponownie.
teacher-lrs-stopped-forbidden = Wysyłanie zostało wstrzymane: ten klucz nie ma uprawnień do dodawania wyników do repozytorium danych. Proszę poprosić osobę, która nim zarządza, o klucz z prawem zapisu wpisów (statements).
teacher-lrs-stopped-address = Wysyłanie zostało wstrzymane: ten adres nie odpowiada jak repozytorium danych (odpowiedź { $status }). Proszę sprawdzić adres xAPI.
teacher-lrs-refused = { $refused ->
        [one] Repozytorium danych odrzuciło jeden wynik. Został odłożony i nie będzie wysyłany ponownie.
        [few] Repozytorium danych odrzuciło { $refused } wyniki. Zostały odłożone i nie będą wysyłane ponownie.
        [many] Repozytorium danych odrzuciło { $refused } wyników. Zostały odłożone i nie będą wysyłane ponownie.
       *[other] Repozytorium danych odrzuciło { $refused } wyniku. Zostały odłożone i nie będą wysyłane ponownie.
    }
teacher-lrs-load-damaged = Nie udało się odczytać ustawień repozytorium danych zapisanych w tej przeglądarce. Proszę wpisać je ponownie: wyniki, które repozytorium danych już ma, nie zostaną zapisane drugi raz.
teacher-lrs-load-newer = Ustawienia repozytorium danych zapisała nowsza wersja tej strony. Proszę odświeżyć stronę, aby wczytać nową wersję; do tego czasu nic nie jest wysyłane.
teacher-lrs-error-no-address = Proszę wpisać adres xAPI repozytorium danych.
teacher-lrs-error-address = To nie jest adres internetowy repozytorium danych. Powinien wyglądać jak https://lrs.example.org/xAPI/, bez ? ani #.
teacher-lrs-error-insecure = Adres musi zaczynać się od https://, aby klucz i wyniki były przesyłane w postaci zaszyfrowanej.
teacher-lrs-error-credentials-in-address = Klucz i sekret należy wpisać w osobnych polach, nie w adresie.
teacher-lrs-error-no-key = Proszę wpisać klucz i sekret otrzymane dla repozytorium danych.
teacher-lrs-error-bad-key = Klucz nie może zawierać ":". Ani klucz, ani sekret nie mogą zawierać podziałów wiersza.
teacher-lrs-error-too-long = Adres, klucz lub sekret jest za długi (każdy najwyżej 500 znaków).
teacher-lrs-forgotten = Adres, klucz i sekret repozytorium danych zostały usunięte z tej przeglądarki.
teacher-lrs-empty = Na razie nie ma nic do wysłania. Wczytane wyniki trafią do repozytorium danych automatycznie.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Tytuł
made-field-task = Zadanie
made-field-learned = „Czego uczniowie się nauczyli”
made-field-hint = Podpowiedź
made-field-box = Pudełko
made-field-card = Karta
made-field-prompt = Sytuacja
made-field-reply = Odpowiedź
made-field-part = Wiersz wiadomości
made-field-reason = Uzasadnienie
made-problem-damaged = To nie jest poziom utworzony na tej stronie albo jest uszkodzony.
made-problem-newer = Ten poziom utworzono w nowszej wersji tej strony. Proszę odświeżyć stronę, aby pobrać nową wersję.
made-problem-language = Ta strona nie zna języka tego poziomu.
made-problem-missing = { $field }: proszę wypełnić to pole.
made-problem-too-long = { $field }: proszę skrócić tekst do najwyżej { $max } { $max ->
        [one] znaku
        [few] znaków
        [many] znaków
       *[other] znaku
    }.
made-problem-undrawable = { $field }: niektórych znaków nie da się wyświetlić na tabletach: { $chars }. Proszę używać liter, cyfr i zwykłych znaków interpunkcyjnych (bez emoji).
made-problem-hints = Poziom potrzebuje trzech podpowiedzi: naprowadzenia, pomysłu, a potem części odpowiedzi.
made-problem-count = { $field }: za mało albo za dużo (najwyżej { $max }).
made-problem-one-right = Proszę oznaczyć dokładnie jedną odpowiedź jako poprawną.
made-problem-box-unused = Do każdego pudełka musi pasować co najmniej jedna karta.
made-problem-flags = Proszę oznaczyć co najmniej jeden wiersz jako sygnał ostrzegawczy i zostawić co najmniej jeden wiersz bez sygnału.
made-problem-board-size = Plansza musi mieć od 2 do { $max } { $max ->
        [one] pola
        [few] pól
        [many] pól
       *[other] pola
    } szerokości i od 1 do { $max } { $max ->
        [one] pola
        [few] pól
        [many] pól
       *[other] pola
    } wysokości.
made-problem-board-start = Proszę umieścić na planszy dokładnie jedno pole startowe.
made-problem-board-goal = Proszę umieścić na planszy flagę albo co najmniej jedną lampę.
made-problem-board = Plansza łamie zasadę gry. Proszę sprawdzić pola i udostępnione klocki.
made-problem-tiles = Proszę udostępnić co najmniej jeden klocek.
made-problem-already-solved = Robot kończy zadanie, zanim ruszy: proszę przesunąć flagę dalej od startu.
made-problem-slots = Najkrótszy program, który rozwiązuje tę planszę, ma { $tiles } { $tiles ->
        [one] klocek
        [few] klocki
        [many] klocków
       *[other] klocka
    }. Proszę dać programowi miejsce na co najmniej { $tiles } { $tiles ->
        [one] klocek
        [few] klocki
        [many] klocków
       *[other] klocka
    }.
made-problem-unsolvable = Z tymi klockami robot nie dojedzie do flagi (i do każdej lampy). Proszę otworzyć drogę albo udostępnić więcej klocków (na przykład skręty albo pętlę).
made-problem-too-large = Ta plansza jest za duża, aby ją sprawdzić: żaden program krótszy niż { $tiles } { $tiles ->
        [one] klocek
        [few] klocki
        [many] klocków
       *[other] klocka
    } jej nie rozwiązuje, a dłuższych jest za dużo, aby wypróbować wszystkie. Proszę zmniejszyć planszę, skrócić drogę albo udostępnić pętlę.
made-problem-par = Poziom nie ma jeszcze najlepszego rozwiązania: proszę najpierw sprawdzić go na tej stronie.
made-checked-robot = Robot da radę: najlepszy program ma { $par } { $par ->
        [one] klocek
        [few] klocki
        [many] klocków
       *[other] klocka
    }. Uczniowie dostają 3 gwiazdki za { $par } { $par ->
        [one] klocek
        [few] klocki
        [many] klocków
       *[other] klocka
    } lub mniej.
made-checked-answers = Gotowe: każda odpowiedź ma uzasadnienie.
made-kind-robot_grid = Robot na planszy
made-kind-sort = Sortowanie do dwóch pudełek
made-kind-pick_reply = Wybór odpowiedzi
made-kind-spot_flags = Szukanie sygnałów ostrzegawczych
made-copy-title = { $title } (kopia)
made-import-done = { $added ->
    [one] Dodano { $added } poziom.
    [few] Dodano { $added } poziomy.
    [many] Dodano { $added } poziomów.
   *[other] Dodano { $added } poziomu.
} { $skipped ->
    [0] {""}
    [one] { $skipped } poziom już tu był.
    [few] { $skipped } poziomy już tu były.
    [many] { $skipped } poziomów już tu było.
   *[other] { $skipped } poziomu już tu było.
}
made-import-not-ours = { $file } nie jest plikiem z poziomami z tej strony.
made-import-too-large = Plik { $file } jest za duży jak na plik z poziomami (najwyżej 1 MB i 100 poziomów).
made-import-bad-level = { $file }: poziomu { $number } („{ $title }”) nie można użyć, więc nic nie zostało dodane. { $problem }
made-assign-too-many = Link dla klasy może zawierać najwyżej { $max } { $max ->
        [one] własny poziom
        [few] własne poziomy
        [many] własnych poziomów
       *[other] własnego poziomu
    }.
made-assign-unknown = Jednego z wybranych poziomów nie ma już w bibliotece. Proszę wybrać poziomy jeszcze raz.
made-qr-too-long = Ten link jest za długi na kod QR, który tablet potrafi odczytać ({ $length } { $length ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }; kod mieści { $max }). Proszę udostępnić sam link albo pobrać plik i otworzyć go na każdym tablecie w części „Dorośli” → „Wczytaj graczy z pliku”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Tworzenie własnych poziomów
made-page-intro = Proszę napisać poziom własnymi słowami i sprawdzić, czy działa. Własne poziomy są przechowywane w tej przeglądarce w części „Moje poziomy” i można je przydzielić klasie tak jak poziomy z gry.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Nowy poziom
made-page-editing = Edycja poziomu „{ $title }”
made-page-editing-hint = Zapisanie zastąpi poprzednią wersję tego poziomu.
made-page-start-new = Zacznij nowy poziom
made-page-kind = Rodzaj poziomu
made-page-band = Grupa wiekowa
made-page-title = Tytuł
made-page-task = Zadanie: co mają zrobić uczniowie
made-page-learned = Czego uczniowie się nauczyli (pokazywane na końcu)
made-page-hints = Trzy podpowiedzi
made-page-hint-1 = Podpowiedź 1: naprowadzenie
made-page-hint-2 = Podpowiedź 2: pomysł
made-page-hint-3 = Podpowiedź 3: część odpowiedzi, nie cała

# The robot grid.
made-page-width = Szerokość (pola)
made-page-height = Wysokość (rzędy)
made-page-paint = Czym malować
made-page-board = Plansza
made-page-board-hint = Proszę dotknąć pola, aby je pomalować. Start i flaga występują tylko raz: namalowanie nowego przenosi je w nowe miejsce. Na klawiaturze między polami można się poruszać strzałkami.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rząd { $row }, pole { $column }: { $what }
made-page-square-wall = ściana
made-page-square-floor = podłoga
made-page-square-start = start
made-page-square-flag = flaga
made-page-square-lamp = lampa
made-page-square-red = czerwona podłoga
made-page-square-blue = niebieska podłoga
made-page-square-green = zielona podłoga
made-page-facing = Na początku robot patrzy na
made-page-facing-north = północ (w górę)
made-page-facing-east = wschód (w prawo)
made-page-facing-south = południe (w dół)
made-page-facing-west = zachód (w lewo)
made-page-tiles = Klocki, których mogą używać uczniowie
made-page-conditions = Pytania, które mogą zadawać klocki „Jeśli” i „Powtarzaj, dopóki”
made-page-conditions-hint = Proszę zaznaczyć co najmniej jedno.
made-page-slots-main = Klocki w programie głównym (od 1 do 16)
made-page-slots-p1 = Klocki w części „Pomocnik 1” (od 1 do 10)

# Sort into two boxes.
made-page-box-left = Lewe pudełko (ptaszek)
made-page-box-right = Prawe pudełko (krzyżyk)
made-page-cards = Karty (od 2 do { $max })
made-page-card = Karta { $number }
made-page-card-box = Pudełko dla karty { $number }
made-page-reason-card = Dlaczego karta { $number } tam pasuje
made-page-add-card = Dodaj kartę
made-page-remove-card = Usuń kartę { $number }

# Pick the reply.
made-page-prompt = Sytuacja, na przykład wiadomość, którą dostają uczniowie
made-page-replies = Odpowiedzi (od 2 do 4, jedna z nich poprawna)
made-page-reply = Odpowiedź { $number }
made-page-right = Odpowiedź { $number } jest poprawna
made-page-reason-reply = Dlaczego odpowiedź { $number } jest poprawna lub błędna
made-page-add-reply = Dodaj odpowiedź
made-page-remove-reply = Usuń odpowiedź { $number }

# Spot the red flags.
made-page-screen = Co widzą uczniowie
made-page-screen-message = Wiadomość na czacie
made-page-screen-email = E-mail
made-page-screen-web = Strona internetowa
made-page-parts = Wiersze od góry do dołu (od 2 do { $max }: niektóre to sygnały ostrzegawcze, inne są w porządku)
made-page-part = Wiersz { $number }
made-page-flag = Wiersz { $number } to sygnał ostrzegawczy
made-page-reason-part = Dlaczego wiersz { $number } jest w porządku albo jest sygnałem ostrzegawczym
made-page-add-part = Dodaj wiersz
made-page-remove-part = Usuń wiersz { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Usuń
made-page-check = Sprawdź poziom
made-page-save = Zapisz w moich poziomach
made-page-checking = Sprawdzanie poziomu. To może potrwać kilka sekund…
# After saving; a made-checked-… message follows it.
made-page-saved = Poziom „{ $title }” został zapisany w części „Moje poziomy”.
made-page-copied = Kopia jest w formularzu powyżej. Proszę ją zmienić, a potem zapisać.

# My levels.
made-page-library = Moje poziomy
made-page-library-empty = Nie ma jeszcze poziomów. Tu pojawią się zapisane poziomy.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = najlepiej: { $par } { $par ->
        [one] klocek
        [few] klocki
        [many] klocków
       *[other] klocka
    }
made-page-edit = Edytuj
made-page-edit-level = Edytuj: { $title }
made-page-copy = Kopiuj
made-page-copy-level = Kopiuj: { $title }
made-page-remove-level = Usuń: { $title }
made-page-remove-confirm = Usunąć „{ $title }” z części „Moje poziomy”? Utworzone już linki go zachowają.
made-page-remove-yes = Tak, usuń
made-page-removed = Poziom „{ $title }” został usunięty z części „Moje poziomy”.
made-page-download = Pobierz moje poziomy
made-page-import = Dodaj poziomy z pliku
made-page-import-file = Plik z poziomami
made-page-import-unreadable = Nie udało się odczytać pliku { $file }.

# In "Give levels to a class".
made-page-assign = Własne poziomy
made-page-assign-none = Tu pojawią się poziomy zapisane w części „Tworzenie własnych poziomów”.
made-page-assign-max = Najwyżej { $max } w jednym linku. Link z własnymi poziomami jest zawsze podpisany.
made-page-assignment-file = Pobierz plik dla tabletów
