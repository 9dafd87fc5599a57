# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never graphic,
# never blaming the pupil. All people are made up. Telling a trusted adult is always right.

world-safe-together = Razem bezpieczni

safe-bin-good = Dobry pomysł
safe-bin-bad = Zły pomysł

## Where to get help: { $service } and { $number } come from core::helplines.

helpline-call = Możesz też zadzwonić na telefon zaufania dla dzieci: { $service }, { $number }.
helpline-ask-adult = Zapytaj zaufaną osobę dorosłą, jaki jest telefon zaufania dla dzieci w twoim kraju.

## Level 1: a new friend from a game

level-safe-new-friend-title = Nowy znajomy z gry
level-safe-new-friend-instruction = Ktoś z gry do ciebie pisze. Dotknij każdego sygnału ostrzegawczego.
level-safe-new-friend-learned = Sekrety, zdjęcia, prywatne czaty i spotkania to sygnały ostrzegawcze. Zatrzymaj się i powiedz zaufanej osobie dorosłej.
level-safe-new-friend-hint-1 = Przeczytaj każdą linijkę. Czy znajomy w twoim wieku by o to pytał?
level-safe-new-friend-hint-2 = Uważaj, gdy ktoś chce sekretów, zdjęć, twoich danych albo spotkania.
level-safe-new-friend-hint-3 = Przyjrzyj się linijkom o twoich rodzicach i twojej szkole.

safe-new-friend-sender = Od: Kai_Star (gracz z twojej gry)
safe-new-friend-sender-reason = Rozmowy z graczami mogą być fajne. Ale o Kaiu wiesz tylko to, co on sam o sobie mówi.
safe-new-friend-game = Dobra gra dzisiaj! Na którym jesteś poziomie?
safe-new-friend-game-reason = Rozmowa o grze jest normalna. Ta linijka jest w porządku.
safe-new-friend-secret = Nie mów rodzicom o mnie, dobra?
safe-new-friend-secret-reason = Dobry znajomy nie prosi, żeby ukrywać go przed rodziną. To sygnał ostrzegawczy.
safe-new-friend-private = Pogadajmy w innej aplikacji. Tylko my dwoje.
safe-new-friend-private-reason = Przeciąganie cię na prywatny czat, z dala od innych, to sygnał ostrzegawczy.
safe-new-friend-photo = Wyślij mi swoje zdjęcie. Tylko dla mnie!
safe-new-friend-photo-reason = Nigdy nie wysyłaj swoich zdjęć komuś, kogo znasz tylko z sieci.
safe-new-friend-school = Do której szkoły chodzisz?
safe-new-friend-school-reason = Twoja szkoła mówi obcej osobie, gdzie cię znaleźć. Zachowaj to dla siebie.
safe-new-friend-meet = Spotkajmy się w sobotę w parku!
safe-new-friend-meet-reason = Nigdy nie spotykaj się z kimś, kogo znasz tylko z sieci. Powiedz zaufanej osobie dorosłej.

## Level 2: what to do

level-safe-what-to-do-title = Co robisz?
level-safe-what-to-do-instruction = Kai z gry chce więcej. Za każdym razem wybierz najlepszą odpowiedź.
level-safe-what-to-do-learned = Zawsze możesz odmówić. Zablokuj tę osobę i powiedz zaufanej osobie dorosłej. To nigdy nie jest twoja wina.
level-safe-what-to-do-hint-1 = Kto mógłby pomóc ci sprawdzić, czy Kai jest tym, za kogo się podaje?
level-safe-what-to-do-hint-2 = Sekrety i spotkania ze znajomymi z sieci to sygnały ostrzegawcze. Szukaj pomocy, nie działaj w pojedynkę.
level-safe-what-to-do-hint-3 = Gdy Kai się złości, wcale nie musisz odpowiadać.

safe-what-to-do-secret-prompt = Kai pisze: „Niech nasze rozmowy zostaną tajemnicą”. Co robisz?
safe-what-to-do-secret-keep = Dochowam tajemnicy. Kai jest dla mnie miły.
safe-what-to-do-secret-keep-reason = Miłe słowa mogą ukrywać podstęp. Prawdziwy znajomy nie potrzebuje sekretów przed twoją rodziną.
safe-what-to-do-secret-ask-why = Zapytam Kaia o powód i zdecyduję samodzielnie.
safe-what-to-do-secret-ask-why-reason = Kai może mieć sprytną odpowiedź. Nie decyduj w pojedynkę: zapytaj kogoś, komu ufasz.
safe-what-to-do-secret-tell = Powiem zaufanej osobie dorosłej o rozmowach.
safe-what-to-do-secret-tell-reason = Tak! Proszenie o sekrety to sygnał ostrzegawczy. Zaufana osoba dorosła pomoże ci to sprawdzić.

safe-what-to-do-meet-prompt = Kai chce się z tobą spotkać w parku. Co robisz?
safe-what-to-do-meet-go-with-friend = Pójdę, ale wezmę ze sobą kogoś z klasy.
safe-what-to-do-meet-go-with-friend-reason = Dwoje dzieci to nie dość bezpiecznie. Nigdy nie spotykaj się z kimś, kogo znasz tylko z sieci.
safe-what-to-do-meet-say-no = Odmówię i powiem zaufanemu dorosłemu.
safe-what-to-do-meet-say-no-reason = Dobrze. Odmów i pozwól, żeby zaufana osoba dorosła pomogła ci w sprawie Kaia.
safe-what-to-do-meet-go-tell-later = Pójdę, a potem powiem o tym dorosłemu.
safe-what-to-do-meet-go-tell-later-reason = Powiedzieć dorosłemu to dobrze, ale nie idź. Nigdy nie spotykaj się z kimś, kogo znasz tylko z sieci.

safe-what-to-do-angry-prompt = Odmawiasz. Teraz Kai przysyła ci złe wiadomości.
safe-what-to-do-angry-block = Zablokuję Kaia i powiem dorosłemu.
safe-what-to-do-angry-block-reason = Tak. Nie musisz odpowiadać. Zablokuj Kaia i poproś o pomoc osobę dorosłą, której ufasz.
safe-what-to-do-angry-sorry = Przeproszę i zrobię, czego chce.
safe-what-to-do-angry-sorry-reason = Nie robisz nic złego. Odmowa była dobra.
safe-what-to-do-angry-argue = Będę odpisywać, dopóki Kai nie przeprosi.
safe-what-to-do-angry-argue-reason = Kłótnia sprawia, że Kai dalej z tobą pisze. Przestań odpisywać.

## Level 3: block and report

level-safe-block-report-title = Zablokuj i zgłoś
level-safe-block-report-instruction = Ktoś w sieci sprawia, że czujesz się źle. Czy każdy z tych pomysłów jest dobry?
level-safe-block-report-learned = Zachowaj wiadomości, zablokuj tę osobę, zgłoś ją w aplikacji i powiedz zaufanej osobie dorosłej.
level-safe-block-report-hint-1 = Które pomysły poprawiają sytuację, a które ją pogarszają?
level-safe-block-report-hint-2 = Zachowaj dowody, zatrzymaj wiadomości i poproś o pomoc.
level-safe-block-report-hint-3 = Usunięcie czatu to zły pomysł: dowody by zniknęły.

safe-block-report-screenshot = Zrób zrzuty ekranu wiadomości
safe-block-report-screenshot-reason = Zrzuty ekranu to dowody. Zrób je przed zablokowaniem, na wypadek gdyby czat zniknął.
safe-block-report-delete = Usuń cały czat, żeby nikt go nie zobaczył
safe-block-report-delete-reason = Wtedy dowody znikają. Zachowaj wiadomości, żeby osoba dorosła mogła pomóc.
safe-block-report-block = Zablokuj tę osobę
safe-block-report-block-reason = Blokada sprawia, że nie może już wysyłać ci wiadomości.
safe-block-report-reply-mean = Odpisz coś złośliwego
safe-block-report-reply-mean-reason = To może pogorszyć sprawę. W ogóle nie odpisuj.
safe-block-report-report = Zgłoś profil w aplikacji
safe-block-report-report-reason = Zespół aplikacji sprawdza zgłoszenia i może zablokować konto.
safe-block-report-unblock = Odblokuj, żeby zobaczyć, czy przeprasza
safe-block-report-unblock-reason = Wtedy ta osoba znowu może do ciebie pisać. Niech zostanie zablokowana.
safe-block-report-tell = Powiedz zaufanej osobie dorosłej, co się stało
safe-block-report-tell-reason = Zaufana osoba dorosła pomoże ci to zgłosić i poczuć się lepiej.

## Level 4: the login code

level-safe-login-code-title = Tajny kod logowania
level-safe-login-code-instruction = Za każdym razem wybierz najlepszą odpowiedź.
level-safe-login-code-learned = Kod logowania jest tylko dla ciebie. Nigdy nikomu go nie dawaj, nawet znajomym ani „pomocy technicznej”.
level-safe-login-code-hint-1 = Kto potrzebuje kodu, który przychodzi na twój telefon?
level-safe-login-code-hint-2 = Kod to drugi zamek na twoim koncie. Działa jak klucz.
level-safe-login-code-hint-3 = Prawdziwa pomoc techniczna nigdy nie prosi o twój kod.

safe-login-code-why-prompt = Po wpisaniu hasła aplikacja wysyła kod na twój telefon. Dlaczego?
safe-login-code-why-ads = Bo aplikacja chce twojego numeru do reklam.
safe-login-code-why-ads-reason = Nie. Kod ma chronić twoje konto.
safe-login-code-why-second-lock = To drugi zamek: wejść możesz tylko ty.
safe-login-code-why-second-lock-reason = Tak. To logowanie dwuetapowe. Złodziej z twoim hasłem wciąż potrzebuje kodu.
safe-login-code-why-phone-check = Żeby sprawdzić, czy telefon wciąż działa.
safe-login-code-why-phone-check-reason = Nie. Kod dowodzi, że to naprawdę ty się logujesz.

safe-login-code-friend-prompt = Wiadomość od Mai: „Ups, mój kod poszedł do ciebie. Możesz mi go wysłać?”
safe-login-code-friend-send = Wyślę szybko. Maja to koleżanka i go potrzebuje.
safe-login-code-friend-send-reason = Konto Mai mogło zostać przejęte. Kod wpuściłby obcą osobę na TWOJE konto.
safe-login-code-friend-half = Wyślę tylko pierwszą połowę kodu.
safe-login-code-friend-half-reason = Pół kodu i tak pomaga złodziejowi. Zachowaj cały kod dla siebie.
safe-login-code-friend-ask = Nie wyślę. Zapytam Maję osobiście.
safe-login-code-friend-ask-reason = Dobrze. Sprawdź u Mai inną drogą. To pewnie sztuczka.

safe-login-code-support-prompt = Czat pisze: „Tu pomoc techniczna gry. Podaj nam kod, żeby chronić twoje konto”.
safe-login-code-support-give = Podam go. To pomoc techniczna.
safe-login-code-support-give-reason = Prawdziwa pomoc techniczna nigdy nie prosi o kod. To sztuczka.
safe-login-code-support-say-no = Odmówię. Pomoc nigdy nie potrzebuje kodu.
safe-login-code-support-say-no-reason = Dobrze. Prawdziwe firmy też tak mówią: nigdy nie proszą o twój kod.
safe-login-code-support-adult-reads = Poproszę dorosłego, żeby im przeczytał kod.
safe-login-code-support-adult-reads-reason = Nikt nie powinien oddawać kodu, ani dorosły, ani dziecko. Zamiast tego pokaż wiadomość dorosłemu.

## Level 5: where to get help

level-safe-get-help-title = Gdzie szukać pomocy
level-safe-get-help-instruction = Coś w sieci cię niepokoi. Za każdym razem wybierz najlepszą odpowiedź.
level-safe-get-help-learned = Nigdy nie zostajesz z tym w pojedynkę. Porozmawiaj z zaufaną osobą dorosłą. { $helpline }
level-safe-get-help-hint-1 = Lepiej dusić zmartwienie w sobie czy się nim podzielić?
level-safe-get-help-hint-2 = Zaufane osoby dorosłe i telefony zaufania dla dzieci słuchają i pomagają.
level-safe-get-help-hint-3 = 116 111 to numer dla dzieci w wielu krajach.

safe-get-help-worried-prompt = Widzisz w sieci coś, co cię przeraża. Co najbardziej pomoże?
safe-get-help-worried-keep = Zachowam to dla siebie i spróbuję zapomnieć.
safe-get-help-worried-keep-reason = Zmartwienia rosną, gdy trzymasz je w sobie. Powiedzenie komuś pomaga.
safe-get-help-worried-tell = Powiem zaufanej osobie dorosłej, co widzę.
safe-get-help-worried-tell-reason = Tak! Rodzic, opiekun albo nauczyciel może ci pomóc.
safe-get-help-worried-search = Poszukam w sieci więcej na ten temat.
safe-get-help-worried-search-reason = Możesz znaleźć coś jeszcze straszniejszego. Najpierw z kimś porozmawiaj.

safe-get-help-nobody-prompt = Nie chcesz rozmawiać z nikim, kogo znasz. Co możesz zrobić?
safe-get-help-nobody-forum = Zapytam obcych ludzi na forum, co robić.
safe-get-help-nobody-forum-reason = Obcy w sieci mogą nie być życzliwi ani mieć racji. Telefon zaufania jest po to, żeby pomagać.
safe-get-help-nobody-wait = Poczekam, aż problem sam zniknie.
safe-get-help-nobody-wait-reason = Problemy często same nie znikają. Można prosić o pomoc.
safe-get-help-nobody-helpline = Skontaktuję się z telefonem zaufania.
safe-get-help-nobody-helpline-reason = Tak. Telefony zaufania dla dzieci słuchają dzieci. Nie musisz podawać imienia.

safe-get-help-number-prompt = Plakat w szkole podaje numer 116 111. Co to za numer?
safe-get-help-number-helpline = Telefon zaufania dla dzieci w Europie
safe-get-help-number-helpline-reason = Tak. W wielu krajach Europy 116 111 to telefon zaufania dla dzieci. Niektóre kraje mają inny numer.
safe-get-help-number-prize = Numer, pod którym można wygrać nagrody
safe-get-help-number-prize-reason = Nie. To telefon zaufania, gdzie dzieci mogą porozmawiać o zmartwieniach.
safe-get-help-number-adults = Numer, pod który wolno dzwonić tylko dorosłym
safe-get-help-number-adults-reason = Nie. Dzieci mogą same dzwonić na telefon zaufania dla dzieci.

## Level 6 (12-14 only): when someone makes threats

level-safe-threats-title = Gdy ktoś grozi
level-safe-threats-instruction = Ktoś grozi, że udostępni prywatne zdjęcie. Wybierz najlepszą odpowiedź.
level-safe-threats-learned = To nigdy nie jest twoja wina. Nie płać, przestań odpisywać, zachowaj wiadomości, powiedz zaufanej osobie dorosłej i zgłoś to.
level-safe-threats-hint-1 = Czego chce od ciebie osoba, która grozi?
level-safe-threats-hint-2 = Płacenie albo wysyłanie kolejnych zdjęć nie zatrzymuje gróźb. Szukanie pomocy tak.
level-safe-threats-hint-3 = Zachowaj czat jako dowód, ale przestań odpowiadać.

safe-threats-pay-prompt = Znajomy z sieci pisze: „Zapłać mi, albo udostępnię prywatne zdjęcie, które mam od ciebie”.
safe-threats-pay-pay = Szybko im zapłacę, żeby zdjęcie zostało prywatne.
safe-threats-pay-pay-reason = Płacenie ich nie zatrzyma. Zwykle żądają więcej.
safe-threats-pay-stop = Przestanę pisać i powiem zaufanemu dorosłemu.
safe-threats-pay-stop-reason = Tak. Zerwij wszelki kontakt i poproś o pomoc. Osoba dorosła pomoże ci to zgłosić.
safe-threats-pay-more = Wyślę kolejne zdjęcie, żeby się uspokoili.
safe-threats-pay-more-reason = Nigdy nie wysyłaj więcej. Nie przestaną. Zamiast tego poproś o pomoc.

safe-threats-chat-prompt = Czujesz się okropnie i chcesz, żeby czat zniknął. Co z nim robisz?
safe-threats-chat-delete = Od razu usunę cały czat i całe swoje konto.
safe-threats-chat-delete-reason = Czat to dowód. Aplikacja i policja potrzebują go, żeby ich powstrzymać.
safe-threats-chat-forward = Prześlę czat znajomym, żeby ich zapytać.
safe-threats-chat-forward-reason = Nie przesyłaj go dalej. Niech zostanie między tobą a zaufaną osobą dorosłą.
safe-threats-chat-keep = Zachowam czat, zablokuję i zgłoszę konto.
safe-threats-chat-keep-reason = Dobrze. Zachowaj wiadomości jako dowód, potem zablokuj i zgłoś konto.

safe-threats-fault-prompt = Myślisz: „To moja wina. Nie mogę nikomu powiedzieć”. Co jest prawdą?
safe-threats-fault-my-fault = To moja wina, więc muszę to załatwić w pojedynkę.
safe-threats-fault-my-fault-reason = Nie. To osoba, która grozi, robi źle, nie ty.
safe-threats-fault-never = To nigdy nie moja wina, a pomoc jest blisko.
safe-threats-fault-never-reason = Tak. To był podstęp. Dorośli i telefony zaufania pomagają bez obwiniania.
safe-threats-fault-later = Powiem dorosłemu tylko, gdy będzie gorzej.
safe-threats-fault-later-reason = Powiedz komuś teraz. Im szybciej dostaniesz pomoc, tym szybciej to się skończy.

safe-threats-online-prompt = Martwisz się, że zdjęcie jest już w sieci. Co może pomóc?
safe-threats-online-take-it-down = Użyję z dorosłym narzędzia Take It Down.
safe-threats-online-take-it-down-reason = Take It Down pomaga usuwać zdjęcia zrobione przed 18. urodzinami, z każdego kraju.
safe-threats-online-search = Będę codziennie szukać tego zdjęcia, żeby sprawdzać.
safe-threats-online-search-reason = To tylko pogarsza samopoczucie. Niech zajmą się tym osoba dorosła i narzędzie.
safe-threats-online-nothing = Nic nie pomoże, gdy zdjęcie jest już w sieci.
safe-threats-online-nothing-reason = Nieprawda. Zdjęcia często da się usunąć. Pomoc zawsze jest.

## Level 7 (12-14 only): a private photo of someone else

level-safe-not-yours-title = Zdjęcie, które nie jest twoje
level-safe-not-yours-instruction = Na czacie ktoś udostępnia prywatne zdjęcie osoby z klasy. Dobry pomysł czy nie?
level-safe-not-yours-learned = Nigdy nie zachowuj ani nie przesyłaj dalej czyjegoś prywatnego zdjęcia. Powiedz zaufanej osobie dorosłej i zgłoś to.
level-safe-not-yours-hint-1 = A gdyby to było twoje zdjęcie? Co wtedy?
level-safe-not-yours-hint-2 = Każde udostępnienie znowu rani osobę ze zdjęcia.
level-safe-not-yours-hint-3 = Przesłanie go dalej nigdy nie jest dobrym pomysłem, nawet żeby poprosić o pomoc.

safe-not-yours-forward = Prześlij je jednemu znajomemu
safe-not-yours-forward-reason = Każde udostępnienie bardziej rani tę osobę. W wielu krajach to także łamanie prawa.
safe-not-yours-tell = Powiedz o tym zaufanej osobie dorosłej
safe-not-yours-tell-reason = Tak. Osoba dorosła może pomóc zatrzymać jego rozsyłanie, a ty nie musisz go nikomu wysyłać.
safe-not-yours-save = Zapisz je na swoim telefonie
safe-not-yours-save-reason = Nie zachowuj go. Takie zdjęcie nie powinno być na twoim telefonie.
safe-not-yours-report = Zgłoś post w aplikacji
safe-not-yours-report-reason = Aplikacja może je usunąć. Osoba ze zdjęcia tego potrzebuje.
safe-not-yours-ask-friend = Wyślij je znajomemu, żeby zapytać, co robić
safe-not-yours-ask-friend-reason = Nikomu go nie wysyłaj, nawet żeby poprosić o pomoc. Zamiast tego opowiedz o nim.
safe-not-yours-kind = Okaż życzliwość osobie ze zdjęcia
safe-not-yours-kind-reason = Może czuć się okropnie. To nie jej wina.
safe-not-yours-laugh = Śmiej się z innymi, żeby pasować do grupy
safe-not-yours-laugh-reason = Śmiech rani ją jeszcze bardziej. Możesz być tą osobą, która to zatrzyma.
