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
