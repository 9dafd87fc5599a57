# Shown by the web page itself; plain text only (no placeables).

web-loading = Ładowanie Byte Bridge…
web-error-webgl = Ta przeglądarka nie może wyświetlić gry, bo brakuje WebGL 2 albo jest wyłączony. Spróbuj aktualnej przeglądarki Chrome.
web-error-download = Nie udało się pobrać gry. Sprawdź połączenie i odśwież stronę.
web-error-crash = Coś poszło nie tak i gra się zatrzymała. Twoje gwiazdki są zapisane. Odśwież stronę.
web-teacher-error-download = Nie udało się pobrać strony dla nauczycieli. Sprawdź połączenie i odśwież stronę.
web-teacher-framed = Ta strona pokazuje dane klasy, więc otwiera się tylko samodzielnie, nie wewnątrz innej witryny.
web-teacher-open-alone = Otwórz stronę dla nauczycieli osobno
web-reload = Odśwież
web-noscript = Byte Bridge potrzebuje JavaScriptu. Włącz go, proszę.
