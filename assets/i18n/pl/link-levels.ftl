# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Słowa na linku
level-addr-link-words-instruction = Słowa na linku mogą mówić cokolwiek. Sprawdź, dokąd naprawdę prowadzi każdy link. Czy to Comet Games?
level-addr-link-words-learned = Słowa na linku mogą mówić cokolwiek. Dotknij linku i przytrzymaj, aby zobaczyć, dokąd naprawdę prowadzi. Nie masz pewności? Nie dotykaj: otwórz stronę samodzielnie albo zapytaj osobę dorosłą.
level-addr-link-words-hint-1 = Nie ufaj słowom na linku. Spójrz na adres pod nimi.
level-addr-link-words-hint-2 = Znajdź stronę w tym adresie: końcówkę przed pierwszym pojedynczym /, a potem nazwę tuż przed nią.
level-addr-link-words-hint-3 = Słowa drugiego linku mówią cometgames, ale jego adres prowadzi do free-coins.example.

addr-link-words-news-shown = Link mówi: cometgames.example/news
addr-link-words-www-shown = Link mówi: www.cometgames.example
addr-link-words-www-note = Darmowe monety w linku to sztuczka. Otwórz samą grę, żeby zobaczyć prawdziwe nagrody.
addr-link-words-login-shown = Link mówi: Zaloguj się do Comet Games
addr-link-words-login-note = Nigdy nie wpisuj hasła po dotknięciu linku. Otwórz grę albo jej stronę samodzielnie.
addr-link-words-help-shown = Link mówi: Pomoc dla dorosłych

## Level 8: QR codes in a car park

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Dokąd prowadzi kod QR?
level-addr-qr-parking-instruction = Pomagasz osobie dorosłej zapłacić za parking. Aparat pokazuje, dokąd prowadzi każdy kod. Czy to Parkwise?
level-addr-qr-parking-learned = Kod QR to ukryty link. Zanim go otworzysz, sprawdź adres, który pokazuje aparat. Naklejka na kodzie to sygnał ostrzegawczy. Płać tylko razem z osobą dorosłą.
level-addr-qr-parking-hint-1 = Kodu QR nie da się przeczytać. Co pokazuje aparat?
level-addr-qr-parking-hint-2 = Czytaj adres jak link: końcówka przed pierwszym pojedynczym /, a potem nazwa tuż przed nią.
level-addr-qr-parking-hint-3 = Kod z naklejki prowadzi do parkwise-pay.example. To nie jest parkwise.example.

addr-qr-parking-machine-shown = Kod wydrukowany na parkomacie
addr-qr-parking-sticker-shown = Naklejka przyklejona na kod parkomatu
addr-qr-parking-sticker-note = Naklejka na kodzie to sygnał ostrzegawczy. Zapłać w parkomacie albo w prawdziwej aplikacji.
addr-qr-parking-fine-shown = Kartka na aucie: „Mandat! Zeskanuj i zapłać teraz”
addr-qr-parking-fine-note = Poganianie do płacenia to sztuczka. Pokaż to osobie dorosłej. Może to sprawdzić w prawdziwej aplikacji.
addr-qr-parking-sign-shown = Kod na dużej tablicy parkingu
