# The "Share Safe" world, levels 2 and up. People, places and games are made up; the street
# and school names are this language's own (ul. Klonowa, szkoła „Dębinka”).

## Level 2: a game profile's settings

level-privacy-profile-title = Profil Leny
level-privacy-profile-instruction = To profil Leny w grze. Dotknij każdego ustawienia, które pokazuje za dużo, aby je poprawić.
level-privacy-profile-learned = Niech profil będzie tylko dla znajomych. Używaj zmyślonej nazwy w grze i obrazka z kreskówki, a lokalizację i numer zachowaj dla siebie.
level-privacy-profile-hint-1 = Przeczytaj każdą linijkę. Czy obca osoba mogłaby dzięki niej znaleźć Lenę?
level-privacy-profile-hint-2 = Zmyślona nazwa w grze i obrazek z kreskówki są bezpieczne. Prawdziwe nazwiska, miejsca i numery nie.
level-privacy-profile-hint-3 = Zobacz, kto może oglądać profil, i spójrz na numer telefonu.

privacy-profile-visibility = Kto widzi mój profil: Wszyscy
privacy-profile-visibility-reason = Wszyscy to także obcy. Ustaw: tylko znajomi.
privacy-profile-visibility-fixed = Kto widzi mój profil: Tylko znajomi
privacy-profile-name = Widoczna nazwa: Lena Kowalska (imię i nazwisko)
privacy-profile-name-reason = Imię i nazwisko pomagają obcym znaleźć Lenę. Zmyślona nazwa w grze wystarczy.
privacy-profile-name-fixed = Widoczna nazwa: StarFox22 (nazwa w grze)
privacy-profile-game-name = Nazwa w grze: StarFox22
privacy-profile-game-name-reason = Zmyślona nazwa w grze nikomu nie mówi, kim naprawdę jest Lena. Dobry wybór!
privacy-profile-avatar = Awatar: lis z kreskówki
privacy-profile-avatar-reason = Obrazek z kreskówki nie pokazuje twarzy Leny. To bezpieczne.
privacy-profile-location = Udostępniaj moją lokalizację: Wł.
privacy-profile-location-reason = To pokazuje ludziom, gdzie Lena jest w tej chwili. Niech będzie wyłączone.
privacy-profile-location-fixed = Udostępniaj moją lokalizację: Wył.
privacy-profile-game = Ulubiona gra: Block Builders
privacy-profile-game-reason = Wiele dzieci lubi tę grę. Nikomu nie mówi, gdzie jest Lena.
privacy-profile-phone = Numer telefonu: widoczny dla wszystkich
privacy-profile-phone-reason = Obcy mogliby dzwonić albo pisać do Leny. Zachowaj numer telefonu dla siebie.
privacy-profile-phone-fixed = Numer telefonu: ukryty

## Level 3: a photo post

level-privacy-photo-title = Słoneczne zdjęcie
level-privacy-photo-instruction = Dotknij każdej wskazówki w tym poście, która pokazuje, gdzie mieszkasz albo chodzisz do szkoły.
level-privacy-photo-learned = Zanim opublikujesz zdjęcie, poszukaj tabliczek z nazwą ulicy, numerów domów, logo szkoły i oznaczeń miejsca.
level-privacy-photo-hint-1 = Spójrz też na tło, nie tylko na siebie i psa.
level-privacy-photo-hint-2 = Nazwy ulic, numery domów i logo szkoły pokazują obcym, gdzie cię znaleźć.
level-privacy-photo-hint-3 = Tabliczka z nazwą ulicy za tobą to jedna wskazówka. Są jeszcze trzy.

privacy-photo-photo = Zdjęcie: ja i mój pies w ogrodzie
privacy-photo-photo-reason = Zdjęcie z twoim zwierzakiem można pokazać znajomym. Sprawdź tylko, co jeszcze na nim jest.
privacy-photo-sign = Za nami: tabliczka „ul. Klonowa”
privacy-photo-sign-reason = Tabliczka mówi wszystkim, na jakiej ulicy mieszkasz. Rób zdjęcia tam, gdzie nie ma tabliczek.
privacy-photo-door = Na drzwiach: numer domu 12
privacy-photo-door-reason = Razem z nazwą ulicy numer pokazuje dokładnie twój dom. Nie umieszczaj go na zdjęciu.
privacy-photo-shirt = Moja koszulka z logo szkoły „Dębinka”
privacy-photo-shirt-reason = Logo pokazuje, do której szkoły chodzisz. Obcy wiedzieliby, gdzie jesteś każdego dnia.
privacy-photo-caption = Podpis: Słoneczna sobota z Reksem!
privacy-photo-caption-reason = Imię psa możesz pokazać. Tylko nigdy nie używaj go jako hasła.
privacy-photo-location = Oznaczenie miejsca: ul. Klonowa 12
privacy-photo-location-reason = Oznaczenie podaje wszystkim twój pełny adres. Wyłącz oznaczanie miejsca.
privacy-photo-comment = Komentarz od Bartka: Słodki pies!
privacy-photo-comment-reason = Miły komentarz od kolegi jest w porządku. Niczego nie zdradza.

## Level 4: questions that ask for too much

level-privacy-stranger-asks-title = Kto chce wiedzieć?
level-privacy-stranger-asks-instruction = Za każdym razem wybierz najlepszą odpowiedź.
level-privacy-stranger-asks-learned = Zawsze możesz odmówić. Swoją szkołę, ulicę i numery znajomych zachowaj dla siebie. Jeśli ktoś dalej pyta, powiedz dorosłemu.
level-privacy-stranger-asks-hint-1 = Pomyśl: kto zobaczy moją odpowiedź i co mógłby z nią zrobić?
level-privacy-stranger-asks-hint-2 = Twoje dane i numery twoich znajomych należą do ciebie. Zawsze możesz odmówić.
level-privacy-stranger-asks-hint-3 = Gra działa dalej, gdy nie dasz jej dostępu do kontaktów.

privacy-stranger-asks-school = SkyRider9, znajomy z sieci, którego nigdy nie widzisz na żywo, pyta: „Do której szkoły chodzisz?”
privacy-stranger-asks-school-tell = Podaj ją, a potem powiedz o tym dorosłemu.
privacy-stranger-asks-school-tell-reason = Powiedzieć dorosłemu to dobrze, ale teraz SkyRider9 zna twoją szkołę. Lepiej w ogóle jej nie podawać.
privacy-stranger-asks-school-town = Podaj zamiast tego tylko swoje miasto.
privacy-stranger-asks-school-town-reason = Miasto to nadal wskazówka, gdzie jesteś. Też zachowaj je dla siebie.
privacy-stranger-asks-school-say-no = Odmów i powiedz dorosłemu.
privacy-stranger-asks-school-say-no-reason = Świetnie! Możesz odmówić w przyjazny sposób. Osoba dorosła pomoże, jeśli SkyRider9 dalej będzie pytać.
privacy-stranger-asks-contacts = W trakcie gry pojawia się pytanie: „Zezwolić Block Builders na dostęp do kontaktów?”
privacy-stranger-asks-contacts-allow = Dotknij „Zezwól”, żeby szybko znaleźć znajomych.
privacy-stranger-asks-contacts-allow-reason = Twoje kontakty to numery innych ludzi. Gra dostałaby je bez pytania tych ludzi.
privacy-stranger-asks-contacts-not-now = Dotknij „Nie zezwalaj”. Gra i tak działa.
privacy-stranger-asks-contacts-not-now-reason = Dobrze! Numery twoich kontaktów nie są twoje, żeby je rozdawać. Znajomych możesz dodać po ich nazwach w grze.
privacy-stranger-asks-contacts-allow-then-delete = Zezwól, a później usuń całą grę.
privacy-stranger-asks-contacts-allow-then-delete-reason = Gdy gra ma już numery, usunięcie gry ich nie odbierze.
privacy-stranger-asks-quiz = Zabawny quiz mówi: „Twoje imię superbohatera = twoja ulica + twoja szkoła!”
privacy-stranger-asks-quiz-skip = Pomiń go albo graj ze zmyślonymi słowami.
privacy-stranger-asks-quiz-skip-reason = Dobrze pomyślane! Ulica i szkoła pokazują, gdzie cię znaleźć. Zmyślone słowa są tak samo zabawne.
privacy-stranger-asks-quiz-post = Wpisz prawdziwe imię superbohatera w komentarzach.
privacy-stranger-asks-quiz-post-reason = Teraz wszyscy znają twoją ulicę i szkołę. Razem pokazują, gdzie cię znaleźć.
privacy-stranger-asks-quiz-send-friend = Wyślij je tylko jednemu znajomemu w wiadomości.
privacy-stranger-asks-quiz-send-friend-reason = Wiadomości można przekazać dalej. Zachowaj prawdziwe odpowiedzi dla siebie.

## Level 5: before you post a photo

level-privacy-before-posting-title = Gotowe do publikacji?
level-privacy-before-posting-instruction = Chcesz opublikować zdjęcie. Czy to dobry krok przed publikacją, czy lepiej nie?
level-privacy-before-posting-learned = Zanim opublikujesz, sprawdź zdjęcie pod kątem wskazówek, zapytaj osoby na nim i wybierz „tylko znajomi”. Nie dodawaj oznaczenia miejsca.
level-privacy-before-posting-hint-1 = Pomyśl: kto mógłby zobaczyć opublikowane zdjęcie i czego mógłby się dowiedzieć?
level-privacy-before-posting-hint-2 = Dobre kroki nie wpuszczają wskazówek i obcych, a osoby na zdjęciu są zapytane. Ryzykowne rozsyłają zdjęcie albo to, gdzie jesteś.
level-privacy-before-posting-hint-3 = Oznaczenie miejsca to coś do pominięcia.

privacy-bin-do = Zrób to
privacy-bin-dont = Lepiej nie

privacy-before-posting-clues = Sprawdź zdjęcie: tabliczki i numery domów.
privacy-before-posting-clues-reason = Dobrze! Wytnij je albo wybierz inne zdjęcie, żeby nikt nie poznał, gdzie mieszkasz.
privacy-before-posting-location = Dodaj oznaczenie miejsca, żeby znajomi cię znaleźli.
privacy-before-posting-location-reason = Oznaczenie miejsca pokazuje wszystkim, gdzie jesteś. Nie dodawaj go.
privacy-before-posting-ask = Zapytaj wszystkich na zdjęciu, czy się zgadzają.
privacy-before-posting-ask-reason = To też ich zdjęcie. Opublikuj je tylko wtedy, gdy powiedzą „tak”.
privacy-before-posting-everyone = Opublikuj je dla wszystkich, żeby mieć więcej polubień.
privacy-before-posting-everyone-reason = Wszyscy to także obcy. Polubienia nie są tego warte.
privacy-before-posting-audience = Wybierz, kto je zobaczy: tylko znajomi.
privacy-before-posting-audience-reason = Dobrze! „Tylko znajomi” zatrzymuje obcych.
privacy-before-posting-surprise = Opublikuj głupie zdjęcie kolegi jako niespodziankę.
privacy-before-posting-surprise-reason = Najpierw zapytaj. Kolega może nie chcieć tego zdjęcia w sieci.
