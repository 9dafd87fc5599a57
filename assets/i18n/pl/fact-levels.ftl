# The "Fact Finders" world: judging information. People, places, sites and brands are made
# up; names, addresses and numbers stay unchanged.

world-fact-finders = Tropiciele Faktów

fact-bin-trustworthy = Wygląda wiarygodnie
fact-bin-check-first = Najpierw sprawdź
fact-bin-advert = Reklama
fact-bin-not-advert = Nie reklama

## Level 1: headlines

level-fact-headlines-title = Sprawdź nagłówek
level-fact-headlines-instruction = Czy ten nagłówek wygląda wiarygodnie, czy najpierw trzeba go sprawdzić?
level-fact-headlines-learned = Ufaj wiadomościom od tych, którzy naprawdę wiedzą, na przykład od twojego miasta albo szkoły. Krzykliwe, niesamowite albo bezimienne wiadomości najpierw sprawdź.
level-fact-headlines-hint-1 = Zapytaj: kto to mówi i skąd miałby to wiedzieć?
level-fact-headlines-hint-2 = Krzyk, sekrety i niesamowite obietnice znaczą: najpierw sprawdź. Codzienne wiadomości od tych, którzy czymś zarządzają, wyglądają wiarygodnie.
level-fact-headlines-hint-3 = Nagłówek o kotach krzyczy i mówi o wielkim sekrecie. Najpierw go sprawdź!

fact-headlines-cats = SZOK!!! Koty mówią, naukowcy to ukrywają!
fact-headlines-cats-reason = Wielkie litery, dużo „!” i wielki sekret to sygnały ostrzegawcze. Najpierw poszukaj tego na zaufanych stronach.
fact-headlines-library = Strona miasta: W czwartki biblioteka otwarta dłużej
fact-headlines-library-reason = Biblioteką zarządza miasto, więc jego strona zna godziny otwarcia.
fact-headlines-grow = Ten jeden trik sprawi, że urośniesz 10 cm w noc!
fact-headlines-grow-reason = Brzmi zbyt pięknie, żeby było prawdziwe. Takie nagłówki chcą twoich kliknięć, a nie podawania faktów.
fact-headlines-weather = Serwis pogodowy: W sobotę spodziewany deszcz
fact-headlines-weather-reason = Prognozy to praca serwisu pogodowego. To właściwe miejsce na taką wiadomość.
fact-headlines-no-name = Post bez autora: Wszystkie szkoły zamknięte na miesiąc!
fact-headlines-no-name-reason = Nikt nie mówi, kto to napisał. Tak ważna wiadomość byłaby na stronie szkoły albo miasta.
fact-headlines-sports-day = Gazetka szkolna: Dzień sportu przeniesiony na piątek
fact-headlines-sports-day-reason = Twoja szkoła zna własne plany. Wiadomość od samej szkoły to dobre źródło.

## Level 2: advert or not?

level-fact-ad-or-not-title = Reklama czy nie?
level-fact-ad-or-not-instruction = Czy to reklama? Włóż każdą kartę do właściwego pudełka.
level-fact-ad-or-not-learned = Reklamy chcą, żeby coś kupić. Szukaj oznaczeń takich jak „Sponsorowane”, „Reklama” albo „#reklama”.
level-fact-ad-or-not-hint-1 = Zapytaj: czy ktoś chce mi coś sprzedać?
level-fact-ad-or-not-hint-2 = „Sponsorowane”, „Reklama” i „#reklama” znaczą, że ktoś zapłacił, żeby to tu było.
level-fact-ad-or-not-hint-3 = Okienko z klejnotami i post z „#reklama” to reklamy.

fact-ad-or-not-sponsored = Sponsorowane: Spróbuj nowych płatków Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Sponsorowane” znaczy, że firma zapłaciła, żeby ci to pokazać. Chce, żeby kupić jej płatki.
fact-ad-or-not-news = Wiadomości: W Riverton otwarto nowy most
fact-ad-or-not-news-reason = Wiadomości mówią, co się stało. Nikt ci niczego nie sprzedaje.
fact-ad-or-not-influencer = Mia_Plays: Kocham te trampki! #reklama
fact-ad-or-not-influencer-reason = „#reklama” znaczy, że firma zapłaciła za ten post. Autorka dostaje pieniądze za to, że mówi, że je kocha.
fact-ad-or-not-encyclopedia = Hasło w encyklopedii: Jak pszczoły robią miód
fact-ad-or-not-encyclopedia-reason = Encyklopedia wyjaśnia różne rzeczy. Nie próbuje sprzedać ci miodu.
fact-ad-or-not-search = Pierwszy wynik wyszukiwania, oznaczony „Sponsorowane”
fact-ad-or-not-search-reason = Firma zapłaciła, żeby być na górze. Najlepsza odpowiedź może być niżej.
fact-ad-or-not-gems = Okienko w grze: Kup teraz 500 klejnotów!
fact-ad-or-not-gems-reason = Gra chce, żeby wydać prawdziwe pieniądze. Zanim cokolwiek kupisz, zawsze zapytaj dorosłego.
fact-ad-or-not-friend = Post przyjaciela: Zobacz mój zamek z piasku!
fact-ad-or-not-friend-reason = Przyjaciel dzieli się czymś fajnym. Nikt za to nie zapłacił, więc to nie reklama.

## Level 3: where to look

level-fact-which-source-title = Gdzie szukać?
level-fact-which-source-instruction = Za każdym razem wybierz najlepszą odpowiedź.
level-fact-which-source-learned = Szukaj faktów tam, gdzie piszą je eksperci. Zanim uwierzysz w historię albo ją udostępnisz, sprawdź ją na zaufanych stronach.
level-fact-which-source-hint-1 = Zapytaj: kto to zrobił i czy naprawdę się na tym zna?
level-fact-which-source-hint-2 = Dobre źródła mówią, kto je zrobił, a eksperci je sprawdzają.
level-fact-which-source-hint-3 = Po fakty o wulkanach sięgnij do encyklopedii albo na stronę muzeum.

fact-which-source-volcanoes = Do pracy domowej potrzebujesz faktów o wulkanach. Gdzie szukasz?
fact-which-source-volcanoes-video = W pierwszym zabawnym filmiku, jaki znajdę.
fact-which-source-volcanoes-video-reason = Zabawne filmiki chcą cię rozśmieszyć. Mogą podawać błędne fakty.
fact-which-source-volcanoes-encyclopedia = Encyklopedia dla dzieci albo strona muzeum.
fact-which-source-volcanoes-encyclopedia-reason = Świetnie! Piszą i sprawdzają je eksperci. Mówią, kto je zrobił.
fact-which-source-volcanoes-game-chat = Zapytam na czacie gry. Ktoś tam będzie wiedział.
fact-which-source-volcanoes-game-chat-reason = Ludzie na czacie gry mogą tylko zgadywać. Nie wiesz, czy naprawdę się znają.
fact-which-source-chocolate = Filmik mówi: „Jedzenie czekolady leczy przeziębienie!”. Co robisz?
fact-which-source-chocolate-believe = Przy następnym przeziębieniu zjem dużo czekolady.
fact-which-source-chocolate-believe-reason = Jeden filmik to nie dowód. Dużo czekolady nie wyleczy przeziębienia.
fact-which-source-chocolate-share = Wyślę to babci, żeby była zdrowa.
fact-which-source-chocolate-share-reason = Babcia też mogłaby w to uwierzyć, a to nieprawda. Najpierw sprawdź, potem udostępniaj tylko prawdę.
fact-which-source-chocolate-check = Poproszę dorosłego o pomoc w sprawdzeniu.
fact-which-source-chocolate-check-reason = Dobrze! Razem możecie zajrzeć na zaufaną stronę o zdrowiu. Lekarze znają się na przeziębieniach.
fact-which-source-screenshot = Ktoś wrzuca na czat klasy zrzut ekranu „wiadomości”. Nie ma linku.
fact-which-source-screenshot-search = Sprawdzę to na zaufanym portalu informacyjnym.
fact-which-source-screenshot-search-reason = Dobra robota detektywa! Jeśli to prawda, zaufane portale też o tym napiszą.
fact-which-source-screenshot-forward = Prześlę to na inne czaty, żeby wszyscy wiedzieli.
fact-which-source-screenshot-forward-reason = Bez linku nie wiadomo, kto to zrobił. To może być zmyślone.
fact-which-source-screenshot-believe = Uwierzę: zrzut ekranu to dowód.
fact-which-source-screenshot-believe-reason = Każdy może zrobić obrazek, który wygląda jak wiadomości. Zrzuty ekranu łatwo podrobić.

## Level 4: a fake news page

level-fact-fake-news-page-title = Pilne wiadomości?
level-fact-fake-news-page-instruction = Dotknij każdego sygnału ostrzegawczego na tej stronie z wiadomościami.
level-fact-fake-news-page-learned = Fałszywe wiadomości często krzyczą, ukrywają autora, podają stare historie jako nowe i poganiają, żeby udostępniać.
level-fact-fake-news-page-hint-1 = Czytaj jak detektyw: kto to napisał i kiedy?
level-fact-fake-news-page-hint-2 = Krzyk, brak autora, stara data i pośpiech z udostępnianiem to sygnały ostrzegawcze.
level-fact-fake-news-page-hint-3 = Spójrz na nagłówek, linijkę z autorem i datę.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Ta strona jest ci zupełnie nieznana. Każdy może wpisać „truth” (prawda) w nazwę, więc sprawdź, kto ją prowadzi.
fact-fake-news-page-menu = Start · Wiadomości · Sport
fact-fake-news-page-menu-reason = Większość portali ma takie menu. To nie sygnał ostrzegawczy.
fact-fake-news-page-headline = W PARKU MAPLETON WYKLUŁO SIĘ JAJO DINOZAURA!!!
fact-fake-news-page-headline-reason = Wielkie litery i dużo „!” mają cię podekscytować. Prawdziwe wiadomości mówią spokojnie.
fact-fake-news-page-author = Autor: (brak)
fact-fake-news-page-author-reason = Prawdziwe wiadomości mówią, kto je napisał. Bez nazwiska nikt nie odpowiada za tę historię.
fact-fake-news-page-date = Dodane 6 lat temu, ale oznaczone „NOWE!”
fact-fake-news-page-date-reason = Ta stara historia jest podawana, jakby wydarzyła się dziś. Zawsze sprawdzaj datę.
fact-fake-news-page-photo = Zdjęcie: spokojny park z drzewami
fact-fake-news-page-photo-reason = Zwykłe zdjęcie samo w sobie nie jest sygnałem ostrzegawczym. Przeczytaj też słowa wokół niego.
fact-fake-news-page-share = Udostępnij, zanim to usuną!
fact-fake-news-page-share-reason = To ma cię pospieszyć, żeby nie myśleć. Prawdziwe wiadomości nie błagają o udostępnienie.

## Level 5: check a story before you share it

level-fact-check-a-story-title = Stop i sprawdź
level-fact-check-a-story-instruction = Widzisz zaskakującą historię. Ułóż kroki osób sprawdzających fakty po kolei.
level-fact-check-a-story-learned = Osoby sprawdzające fakty najpierw się zatrzymują, potem sprawdzają, kto zrobił historię, potem szukają jej na zaufanych stronach i dopiero wtedy decydują, czy udostępnić.
level-fact-check-a-story-hint-1 = Co zrobić, zanim palec dotknie „Udostępnij”?
level-fact-check-a-story-hint-2 = Osoby sprawdzające fakty patrzą, kto zrobił historię, zanim zajrzą gdziekolwiek indziej. Decyzja jest na końcu.
level-fact-check-a-story-hint-3 = Krok 1 to zatrzymać się i jeszcze nie udostępniać.

fact-check-a-story-stop = Stop: jeszcze tego nie udostępniaj.
fact-check-a-story-stop-reason = To najpierw. Sprawdzanie faktów zaczyna się od „Stop”: udostępnionej historii nie da się cofnąć.
fact-check-a-story-who = Sprawdź, kto to zrobił i po co.
fact-check-a-story-who-reason = Potem spójrz na źródło. Chce cię poinformować, coś ci sprzedać czy zdobyć kliknięcia?
fact-check-a-story-others = Poszukaj na innych zaufanych stronach. Sprawdź datę.
fact-check-a-story-others-reason = Potem porównaj. Jeśli to prawda, zaufane portale też o tym piszą. Stare historie często są podawane jako nowe.
fact-check-a-story-decide = Potem zdecyduj: udostępnić czy nie.
fact-check-a-story-decide-reason = Decyduj na końcu, gdy wiesz, kto to zrobił i kto jeszcze o tym pisze. Udostępniaj tylko to, co jest sprawdzone.
