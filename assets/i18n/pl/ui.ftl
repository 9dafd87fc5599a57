# Everything around the levels: title, map, result, notices.

language-name = Polski
app-title = Byte Bridge
app-tagline = Programuj i dbaj o bezpieczeństwo w sieci
title-play = Graj
language-picker = Język
language-open = Język: { $language }
language-loading = Pobieranie: { $language } …
language-not-on-device = { $language }: tego języka nie ma jeszcze na tym tablecie. Połącz się raz z internetem, żeby go pobrać. Na tym tablecie: { $ready }
language-damaged = { $language }: ten język nie dotarł w całości. Spróbuj jeszcze raz później. Na tym tablecie: { $ready }

back = Wstecz
notice-dismiss = OK

map-title = Poziomy
level-status-locked = zablokowany
level-status-new = jeszcze nierozegrany
level-status-stars = { $stars } z 3 gwiazdek
map-level = { $number }. { $title }, { $status }
map-locked-hint = Ukończ poprzedni poziom, aby otworzyć ten.
map-world = { $title }, { $status }
map-world-stars = { $stars } z { $max } { $max ->
        [one] gwiazdki
        [few] gwiazdek
        [many] gwiazdek
       *[other] gwiazdki
    }

result-title = Poziom ukończony!
result-stars = { $stars } z 3 gwiazdek
result-new-best = Nowy rekord!
result-learned-heading = Co już wiesz
result-next = Następny poziom
result-retry = Zagraj jeszcze raz
result-levels = Wszystkie poziomy

storage-unavailable = Ten tablet nie może teraz niczego zapisać. Możesz grać, ale gwiazdki znikną po zamknięciu strony.
storage-recovered-damaged = Nie udało się odczytać zapisanego gracza i nie było dobrej kopii. Został odłożony na bok na tym tablecie.
storage-recovered-backup = Część zapisanych gwiazdek była uszkodzona. Przywrócono ostatnią dobrą kopię.
storage-newer-version = Niektórych graczy zapisała nowsza wersja Byte Bridge. Są bezpieczni: zaktualizuj grę, aby ich zobaczyć.
storage-full = Pamięć tabletu jest pełna. Zapisz gwiazdki w pliku, żeby nic nie zginęło.

hint = Podpowiedź
hint-shown = Podpowiedź { $number }: { $hint }

read-aloud = Przeczytaj na głos
read-aloud-stop = Zatrzymaj czytanie
settings-open = Ustawienia
settings-title = Ustawienia
settings-read-everything = Czytaj mi wszystko
settings-read-everything-about = Gra czyta na głos każdy poziom, podpowiedź i wynik, gdy tylko się pojawią.
settings-no-voice = Ten tablet nie ma jeszcze głosu w tym języku. Osoba dorosła może go dodać.
settings-robot-speed = Prędkość robota: { $speed }
settings-calm = Mniej ruchu
settings-calm-about = Robot skacze z pola na pole, zamiast płynnie jechać. To ustawienie włącza się samo, jeśli w tablecie ustawiono mniej ruchu na ekranie.
settings-contrast = Duży kontrast
settings-contrast-about = Tło robi się czarne, napisy białe, a przyciski mają białe ramki. Niektórzy widzą wtedy lepiej.
settings-text-size = Rozmiar tekstu: { $size }
settings-text-size-about = Dotknij jeszcze raz, a litery urosną, aż będą dwa razy większe. Potem znów będą normalne.
text-size-normal = normalny
text-size-big = duży
text-size-bigger = większy
text-size-biggest = największy
settings-more-space = Więcej miejsca
settings-more-space-about = Więcej miejsca między literami i między wierszami. Niektórym łatwiej wtedy czytać.
