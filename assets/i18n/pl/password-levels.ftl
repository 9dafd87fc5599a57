# The "Password Peak" world. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five or more. pw-build-strong: short everyday nouns (about four letters).
# The best reply is never the longest one.

world-password-peak = Szczyt Haseł

## Level 1: who may know your password

level-pw-who-to-tell-title = Kto może je znać?
level-pw-who-to-tell-instruction = Przeczytaj, co się dzieje. Za każdym razem wybierz najlepszą odpowiedź.
level-pw-who-to-tell-learned = Twoje hasło jest tylko dla ciebie. Zaufana osoba dorosła, która się tobą opiekuje, może ci z nim pomagać.
level-pw-who-to-tell-hint-1 = Zapytaj siebie: czy ta osoba naprawdę potrzebuje mojego hasła?
level-pw-who-to-tell-hint-2 = Znajomi i moderatorzy gry nigdy go nie potrzebują. Rodzic lub opiekun może pomóc ci je chronić.
level-pw-who-to-tell-hint-3 = Na czacie gry nie odpowiadaj. Zgłoś to.

pw-who-to-tell-friend-prompt = Twoja najlepsza przyjaciółka Zosia pyta: „Jakie masz hasło do gry? Chcę wypróbować twój nowy poziom”.
pw-who-to-tell-friend-tell = Powiem jej. To moja najlepsza przyjaciółka.
pw-who-to-tell-friend-tell-reason = Nawet najlepsi przyjaciele mogą przez przypadek komuś powiedzieć. A przyjaciele czasem się kłócą.
pw-who-to-tell-friend-say-no = Powiem: „Sorry, to tylko dla mnie”.
pw-who-to-tell-friend-say-no-reason = Świetnie! Dalej możecie grać razem. Dobra przyjaciółka to zrozumie.
pw-who-to-tell-friend-swap = Wymienię się z nią hasłami, żeby było uczciwie.
pw-who-to-tell-friend-swap-reason = Wtedy zamiast jednego hasła wychodzą dwa. Wymiana wcale nie jest bezpieczniejsza.

pw-who-to-tell-moderator-prompt = Na czacie gry „Mod_Max” pisze: „Jestem moderatorem. Wyślij mi hasło, bo inaczej twoje konto zostanie zamknięte!”
pw-who-to-tell-moderator-send = Wyślę je szybko, a potem powiem o tym dorosłemu.
pw-who-to-tell-moderator-send-reason = Powiedzieć dorosłemu to dobrze, ale nigdy go nie wysyłaj. Prawdziwi moderatorzy nigdy nie proszą o hasło.
pw-who-to-tell-moderator-proof = Poproszę o dowód, że to moderator.
pw-who-to-tell-moderator-proof-reason = Oszuści potrafią podrobić każdy dowód. Nikt z gry nie potrzebuje twojego hasła, więc go nie wysyłaj.
pw-who-to-tell-moderator-report = Nie odpowiem. Zgłoszę to i powiem dorosłemu.
pw-who-to-tell-moderator-report-reason = Dobrze! Moderatorzy gry nigdy nie potrzebują twojego hasła. Zgłoszenie pomaga powstrzymać oszusta.

pw-who-to-tell-parent-prompt = Rodzic lub opiekun pomaga ci skonfigurować nowy tablet. Pyta, jakie hasło jest wybrane.
pw-who-to-tell-parent-tell-mum = Powiem. Opiekuje się mną.
pw-who-to-tell-parent-tell-mum-reason = Tak! Zaufana osoba dorosła, która się tobą opiekuje, na przykład rodzic lub opiekun, może je znać i pomóc je chronić.
pw-who-to-tell-parent-nobody = Nikomu nie powiem, nawet tej osobie.
pw-who-to-tell-parent-nobody-reason = Ukrywaj je przed znajomymi i obcymi. Ale rodzic lub opiekun, który się tobą opiekuje, może ci pomóc.
pw-who-to-tell-parent-class-chat = Wrzucę je na czat klasy, żeby nie zapomnieć.
pw-who-to-tell-parent-class-chat-reason = Każdy na czacie mógłby je przeczytać. Poproś zaufaną osobę dorosłą o pomoc w bezpiecznym zapamiętaniu.

## Level 2: weakest to strongest

level-pw-rank-title = Słabe czy mocne?
level-pw-rank-instruction = Ułóż hasła po kolei. Zacznij od najsłabszego, skończ na najmocniejszym.
level-pw-rank-learned = Kilka losowych słów daje długie hasło. Jest dużo mocniejsze niż jedno słowo z liczbą.
level-pw-rank-hint-1 = Które hasło zgadywacz wypróbuje najpierw?
level-pw-rank-hint-2 = Zgadywacze najpierw próbują popularnych haseł i słów. Długie hasła z losowych słów są na samym końcu.
level-pw-rank-hint-3 = 123456 jest najsłabsze: to jedno z najczęściej używanych haseł.

pw-rank-digits = 123456
pw-rank-digits-reason = To jest pierwsze: najsłabsze. To jedno z najczęściej używanych haseł na świecie, więc zgadnie się je od razu.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = To jest drugie: jedno popularne słowo (po angielsku „słońce”). Zgadywacze bardzo wcześnie sprawdzają długie listy takich słów.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = To jest w środku. Wielka litera na początku i 1 na końcu to sztuczki, które zgadywacze dobrze znają.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = To jest czwarte. Dwa niepasujące do siebie słowa trudniej zgadnąć, ale dwa to wciąż krótko.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = To jest ostatnie: najmocniejsze. Cztery losowe słowa tworzą długie hasło, które łatwo zapamiętać.

## Level 3: a first passphrase

level-pw-build-first-title = Twoje pierwsze hasło ze słów
level-pw-build-first-instruction = Dotykaj kafelków ze słowami, aby zbudować mocne hasło z co najmniej 3 słów.
level-pw-build-first-learned = Trzy losowe słowa dają długie, mocne hasło. Pomiń to, co inni o tobie wiedzą.
level-pw-build-first-hint-1 = Czy któryś kafelek mówi coś o tobie?
level-pw-build-first-hint-2 = Wybierz losowe słowa, które nie mają nic wspólnego z tobą. Niech hasło będzie długie: 15 liter albo więcej.
level-pw-build-first-hint-3 = Rex to imię twojego psa, więc go pomiń.

pw-build-first-word-1 = sok
pw-build-first-word-2 = kot
pw-build-first-word-3 = rakieta
pw-build-first-word-4 = poduszka
pw-build-first-word-5 = muszla
pw-build-first-word-6 = las
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex to imię twojego psa. Znają je twoi znajomi i każdy, kto widzi zdjęcia twojego psa.
pw-build-first-year = 2016
pw-build-first-year-reason = To rok twoich urodzin. Zna go wiele osób, a zgadywacze najpierw próbują lat.

## Level 4: good habits and risky ones

level-pw-habits-title = Dobre nawyki
level-pw-habits-instruction = To dobry nawyk czy coś ryzykownego? Posortuj każdą kartę.
level-pw-habits-learned = Używaj innego hasła do każdej gry, trzymaj je w tajemnicy i wylogowuj się na wspólnych tabletach.
level-pw-habits-hint-1 = Wyobraź sobie, że ktoś inny znajduje twój tablet. Co mógłby zrobić?
level-pw-habits-hint-2 = Dobre nawyki trzymają hasło w tajemnicy, a konto zamknięte dla innych.
level-pw-habits-hint-3 = Wylogowanie się na wspólnym tablecie to dobry nawyk.

pw-habits-bin-good = Dobry nawyk
pw-habits-bin-risky = Ryzykowne

pw-habits-one-per-game = Inne hasło do każdej gry
pw-habits-one-per-game-reason = Jeśli ktoś pozna jedno hasło, twoje pozostałe gry są bezpieczne.
pw-habits-sticky-note = Hasło na karteczce przyklejonej do tabletu
pw-habits-sticky-note-reason = Każdy, kto weźmie tablet do ręki, może je przeczytać. Zapytaj dorosłego, gdzie je bezpiecznie przechowywać.
pw-habits-log-out = Wylogowanie się na wspólnym tablecie
pw-habits-log-out-reason = Wtedy następna osoba nie może grać jako ty. Zawsze się wylogowuj, gdy się dzielisz tabletem.
pw-habits-name-birthday = Imię i data urodzin jako hasło
pw-habits-name-birthday-reason = Wiele osób zna twoje imię i datę urodzin. Zgadywacze próbują ich najpierw.
pw-habits-best-friend = Podanie hasła najlepszemu przyjacielowi
pw-habits-best-friend-reason = Przyjaciele mogą przez przypadek komuś powiedzieć. Zachowaj hasło dla siebie.
pw-habits-ask-adult = Pytanie dorosłego, gdy nie masz pewności
pw-habits-ask-adult-reason = Zaufana osoba dorosła może ci pomóc. Pytanie to zawsze dobry pomysł.

## Level 5: a very strong passphrase

level-pw-build-strong-title = Bardzo mocne!
level-pw-build-strong-instruction = Zbuduj bardzo mocne hasło z co najmniej 4 kafelków ze słowami.
level-pw-build-strong-learned = Cztery losowe słowa dają bardzo mocne hasło. Przezwiska, szkoły i drużyny łatwo zgadnąć.
level-pw-build-strong-hint-1 = Niektóre kafelki wyglądają jak zwykłe słowa, ale dotyczą ciebie. Które?
level-pw-build-strong-hint-2 = Twoje przezwisko, szkołę i drużynę łatwo poznać.
level-pw-build-strong-hint-3 = Zippy to twoje przezwisko, więc je pomiń.

pw-build-strong-word-1 = sowa
pw-build-strong-word-2 = liść
pw-build-strong-word-3 = śnieg
pw-build-strong-word-4 = klucz
pw-build-strong-word-5 = pudło
pw-build-strong-word-6 = żaba
pw-build-strong-word-7 = bęben
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy to twoje przezwisko. Znają je twoi znajomi i cała klasa.
pw-build-strong-school = Dębinka
pw-build-strong-school-reason = „Dębinka” to twoja szkoła. Wiele osób wie, do której szkoły chodzisz.
pw-build-strong-team = Orlęta
pw-build-strong-team-reason = Wszyscy wiedzą, że kibicujesz Orlętom. Zgadywacz szybko spróbowałby twojej drużyny.

## Level 6: 2-step verification

level-pw-two-step-title = Kod jest tylko dla ciebie
level-pw-two-step-instruction = Przeczytaj, co się dzieje. Za każdym razem wybierz najlepszą odpowiedź.
level-pw-two-step-learned = Weryfikacja dwuetapowa prosi oprócz hasła o kod. Nigdy nie podawaj kodu, nawet gdy ktoś prosi.
level-pw-two-step-hint-1 = Dla kogo jest kod: dla ciebie czy dla każdego, kto o niego poprosi?
level-pw-two-step-hint-2 = Kod to drugi klucz. Używasz go tylko ty i nikt inny go nie potrzebuje.
level-pw-two-step-hint-3 = Gdy kolega prosi o twój kod, zachowaj go dla siebie.

pw-two-step-what-prompt = Gra pyta: „Włączyć weryfikację dwuetapową?”. Co ona robi?
pw-two-step-what-longer = Robi twoje hasło dwa razy dłuższym.
pw-two-step-what-longer-reason = Hasło zostaje takie samo. Dochodzi drugi krok: kod.
pw-two-step-what-code = Prosi cię jeszcze o kod.
pw-two-step-what-code-reason = Dobrze! Nawet ktoś, kto zna twoje hasło, nie zaloguje się bez kodu. Poproś dorosłego o pomoc we włączeniu.
pw-two-step-what-friends = Znajomi mogą logować się za ciebie.
pw-two-step-what-friends-reason = Nie. Dzięki niej tylko ty możesz się zalogować.

pw-two-step-friend-prompt = Twój kolega Kuba pisze: „Przez pomyłkę mój kod logowania poszedł na twój tablet. Możesz mi go wysłać?”
pw-two-step-friend-send = Wyślę. Kuba to mój kolega.
pw-two-step-friend-send-reason = To znana sztuczka. Ktoś może korzystać z konta Kuby. Z kodem przejmie twoje.
pw-two-step-friend-adult-sends = Poproszę dorosłego w domu, żeby wysłał go za mnie.
pw-two-step-friend-adult-sends-reason = Powiedzieć dorosłemu to dobrze, ale nikt nie powinien wysyłać kodu. Nawet dorosły.
pw-two-step-friend-keep = Nie wyślę. Powiem zaufanemu dorosłemu.
pw-two-step-friend-keep-reason = Dobrze! Nigdy nie podawaj kodu. Porozmawiaj z Kubą na żywo, żeby sprawdzić, czy to naprawdę on.

pw-two-step-unasked-prompt = Na tablecie pojawia się kod logowania, ale nie próbujesz się logować.
pw-two-step-unasked-tell = Nie dam go nikomu i powiem o tym dorosłemu.
pw-two-step-unasked-tell-reason = Dobrze! Ktoś może próbować twojego hasła. Osoba dorosła pomoże ci je zmienić.
pw-two-step-unasked-class-chat = Wrzucę go na czat klasy.
pw-two-step-unasked-class-chat-reason = Wtedy każdy na czacie mógłby go użyć. Kod jest tylko dla ciebie. Powiedz raczej dorosłemu.
pw-two-step-unasked-reply = Odpiszę i zapytam, kto go wysłał.
pw-two-step-unasked-reply-reason = Nie odpisuj. Kod przyszedł, bo ktoś próbował zalogować się jako ty. Powiedz dorosłemu.

## Level 7: a password manager

level-pw-manager-title = Sejf na hasła
level-pw-manager-instruction = To menedżer haseł Mai. Pamięta jej hasła. Dotknij każdego ustawienia, które nie jest bezpieczne, aby je poprawić.
level-pw-manager-learned = Menedżer haseł pamięta twoje hasła. Jedno mocne hasło ze słów chroni wszystkie pozostałe. Skonfiguruj go z zaufaną osobą dorosłą.
level-pw-manager-hint-1 = Które ustawienie pomogłoby komuś otworzyć hasła Mai?
level-pw-manager-hint-2 = Hasło główne chroni wszystkie pozostałe, więc musi być najmocniejsze.
level-pw-manager-hint-3 = Zacznij od hasła głównego.

pw-manager-set-up = Skonfigurowany z: zaufaną osobą dorosłą
pw-manager-set-up-reason = Dobrze! Zaufana osoba dorosła pomoże go skonfigurować i chronić.
pw-manager-main-password = Hasło główne: 1234
pw-manager-main-password-reason = To jedno hasło otwiera wszystkie pozostałe. Niech będzie długie i mocne: trzy losowe słowa.
pw-manager-main-password-fixed = Hasło główne: trzy losowe słowa
pw-manager-one-each = Zapisuje: inne hasło do każdej gry
pw-manager-one-each-reason = Dobrze! Menedżer je pamięta, więc każda gra może mieć własne hasło.
pw-manager-make-new = Twórz mocne hasła za mnie: Wył.
pw-manager-make-new-reason = Menedżer umie tworzyć długie, losowe hasła i pamiętać je za ciebie. Włącz to.
pw-manager-make-new-fixed = Twórz mocne hasła za mnie: Wł.
pw-manager-lock = Blokuj aplikację po zamknięciu: Wył.
pw-manager-lock-reason = Wtedy każdy, kto weźmie tablet, mógłby zobaczyć wszystkie hasła Mai.
pw-manager-lock-fixed = Blokuj aplikację po zamknięciu: Wł.
pw-manager-device = Zapisane na: moim własnym tablecie w domu
pw-manager-device-reason = Zapisywanie haseł na własnym tablecie jest w porządku. Nigdy nie zapisuj ich na komputerze w bibliotece.
