# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up.

world-ai-and-me = SI i ja

ai-bin-ok-to-ask = Można zapytać
ai-bin-good-use = Dobre użycie
ai-bin-not-ok = Nie w porządku

## Level 2: what to tell a chatbot

level-ai-what-to-tell-title = Rozmowa z chatbotem
level-ai-what-to-tell-instruction = Czy o to można zapytać chatbota, czy lepiej zachować to dla siebie?
level-ai-what-to-tell-learned = Pytaj chatbota o świat, nie o siebie. Imiona i nazwiska, adresy, zdjęcia, hasła i sekrety zostają prywatne.
level-ai-what-to-tell-hint-1 = Zapytaj siebie: czy chodzi o świat, czy o mnie i moich przyjaciół?
level-ai-what-to-tell-hint-2 = Firma, która prowadzi chatbota, może czytać to, co piszesz. Wszystko, co pokazuje, kim jesteś, zachowaj dla siebie.
level-ai-what-to-tell-hint-3 = O pomysły na opowiadanie o smoku możesz zapytać. Twój adres zostaje prywatny.

ai-what-to-tell-volcano = Jak działają wulkany?
ai-what-to-tell-volcano-reason = Pytanie o świat niczego o tobie nie zdradza. Sprawdź też odpowiedź w książce.
ai-what-to-tell-address = Twój adres domowy
ai-what-to-tell-address-reason = Chatbot nie musi wiedzieć, gdzie mieszkasz. Firma, która za nim stoi, może czytać to, co piszesz.
ai-what-to-tell-name-school = Twoje imię i nazwisko oraz szkoła
ai-what-to-tell-name-school-reason = Razem mówią każdemu, kto je przeczyta, kim jesteś i gdzie cię znaleźć. Zachowaj je dla siebie.
ai-what-to-tell-dragon = Pomysły na opowiadanie o smoku
ai-what-to-tell-dragon-reason = Prosić o pomysły można. Potem napisz opowiadanie po swojemu.
ai-what-to-tell-password = Twoje hasło, żeby je zapamiętał
ai-what-to-tell-password-reason = Chatbot nigdy nie potrzebuje twojego hasła. Zachowaj je dla siebie i dla osoby dorosłej, która ci z nim pomaga.
ai-what-to-tell-face-photo = Zdjęcie twojej twarzy
ai-what-to-tell-face-photo-reason = Twoje zdjęcie to coś osobistego. Nie dawaj go chatbotom, a zanim pokażesz komuś zdjęcia, zapytaj zaufaną osobę dorosłą.
ai-what-to-tell-perimeter = Co znaczy „obwód”?
ai-what-to-tell-perimeter-reason = Pytać, co znaczy słowo, można. Nauczyciel może sprawdzić z tobą odpowiedź.
ai-what-to-tell-friend-secret = Sekret, który zdradził ci przyjaciel
ai-what-to-tell-friend-secret-reason = To sekret twojego przyjaciela. Nie do ciebie należy, więc nie przekazuj go ani chatbotowi, ani nikomu.

## Level 1: teach the robot

level-ai-teach-the-robot-title = Naucz robota
level-ai-teach-the-robot-instruction = Posortuj karty, aby nauczyć robota, czym jest kot. Potem go sprawdź.
level-ai-teach-the-robot-learned = Robot uczy się tylko ze swoich przykładów. Pokaż mu wiele rodzajów kotów, a rozpozna też nowe koty.
level-ai-teach-the-robot-hint-1 = Spójrz na koty, z których robot się uczył. W czym wszystkie są podobne?
level-ai-teach-the-robot-hint-2 = Każdy kot, którego widział, był mały i rudy. Potrzebuje kotów, które wyglądają inaczej.
level-ai-teach-the-robot-hint-3 = Dodaj kota, który jest szary, duży albo puszysty.

## Level 3: sure, but wrong

level-ai-chatbot-sure-title = Pewny, ale w błędzie
level-ai-chatbot-sure-instruction = Chatbot brzmi bardzo pewnie. Co robisz?
level-ai-chatbot-sure-learned = Chatbot może brzmieć pewnie i mimo to się mylić. Sprawdź w książce lub na zaufanej stronie albo zapytaj osobę dorosłą.
level-ai-chatbot-sure-hint-1 = Czy to, że coś brzmi pewnie, czyni to prawdą?
level-ai-chatbot-sure-hint-2 = Sprawdź w źródle, które nie jest chatbotem.
level-ai-chatbot-sure-hint-3 = O pająku powie ci książka przyrodnicza.

ai-chatbot-sure-spider-prompt = Do pracy domowej pytasz chatbota: „Czy pająk to owad?”. Odpowiada: „Tak, pająki to owady”.
ai-chatbot-sure-spider-copy = Zapisz to. Brzmi bardzo pewnie.
ai-chatbot-sure-spider-copy-reason = Brzmieć pewnie to nie to samo, co mieć rację. Pająki mają 8 nóg, owady mają 6.
ai-chatbot-sure-spider-check = Sprawdź w książce lub na zaufanej stronie
ai-chatbot-sure-spider-check-reason = Dobrze! Inne źródło pokazuje, że chatbot się mylił: pająki nie są owadami.
ai-chatbot-sure-spider-ask-again = Zapytaj chatbota: „Na pewno?”
ai-chatbot-sure-spider-ask-again-reason = Może znowu po prostu powiedzieć „tak”. Sprawdź w źródle, które nie jest chatbotem.
ai-chatbot-sure-talk-prompt = Chatbot podaje ci niesamowitą ciekawostkę do referatu. Nigdzie indziej jej nie znajdujesz.
ai-chatbot-sure-talk-use-it = Użyj jej: chatbot na pewno wie więcej niż my
ai-chatbot-sure-talk-use-it-reason = Chatboty potrafią wymyślać fakty, które brzmią prawdziwie. Jeśli nikt inny tego nie mówi, pomiń to.
ai-chatbot-sure-talk-leave-out = Pomiń ją albo zapytaj o nią nauczyciela
ai-chatbot-sure-talk-leave-out-reason = Dobrze. Fakt, którego nie da się sprawdzić, nie nadaje się do referatu.
ai-chatbot-sure-talk-tell-friends = Powiedz przyjaciołom, że to prawda
ai-chatbot-sure-talk-tell-friends-reason = Tak rozchodzi się fakt, którego nikt nie sprawdził. Najpierw to sprawdź.

## Level 4: why this video?

level-ai-why-this-video-title = Dlaczego ten film?
level-ai-why-this-video-instruction = Odkryj, dlaczego aplikacja pokazuje ci to, co pokazuje.
level-ai-why-this-video-learned = Aplikacje uczą się z tego, co oglądasz, lubisz i wyszukujesz. Szukaj nowych rzeczy i mów aplikacji, czego nie chcesz.
level-ai-why-this-video-hint-1 = Pomyśl, co wcześniej robisz w aplikacji.
level-ai-why-this-video-hint-2 = Aplikacja wybiera filmy na podstawie tego, co oglądasz, lubisz i wyszukujesz.
level-ai-why-this-video-hint-3 = Żeby zobaczyć coś innego, pokaż aplikacji inne rzeczy, które lubisz.

ai-why-this-video-cakes-prompt = Oglądasz do końca trzy filmy o tortach. Teraz aplikacja pokazuje mnóstwo filmów o tortach.
ai-why-this-video-cakes-everyone = Dziś cały świat ogląda torty
ai-why-this-video-cakes-everyone-reason = Mało prawdopodobne! Aplikacja wybiera filmy dla ciebie na podstawie tego, co robisz.
ai-why-this-video-cakes-learned = Aplikacja nauczyła się z tego, co oglądasz
ai-why-this-video-cakes-learned-reason = Dobrze. Aplikacje wybierają to, co będzie dalej, na podstawie tego, co oglądasz, lubisz i wyszukujesz.
ai-why-this-video-cakes-teacher = Nauczyciel powiedział aplikacji, że lubisz torty
ai-why-this-video-cakes-teacher-reason = Nie. Aplikacja nauczyła się tego z twoich własnych dotknięć i obejrzeń.
ai-why-this-video-more-prompt = Chcesz oglądać coś więcej niż torty. Co pomoże?
ai-why-this-video-more-search = Szukaj nowości, dotknij „Nie interesuje mnie”
ai-why-this-video-more-search-reason = Tak! Z tego aplikacja też się uczy. Wiele aplikacji ma przycisk w rodzaju „Nie interesuje mnie”.
ai-why-this-video-more-more-cakes = Oglądaj jeszcze więcej filmów o tortach
ai-why-this-video-more-more-cakes-reason = To uczy aplikację, że chcesz tylko tortów.
ai-why-this-video-more-scroll = Przewijaj dalej: aplikacja niedługo sama się zmieni
ai-why-this-video-more-scroll-reason = Aplikacja dalej wybiera na podstawie tego, co robisz wcześniej. Pokaż jej, co jeszcze lubisz.
ai-why-this-video-feel-bad-prompt = Pewien rodzaj filmów, które aplikacja ciągle pokazuje, sprawia, że czujesz się źle ze sobą.
ai-why-this-video-feel-bad-keep-watching = Oglądaj dalej, żeby niczego nie przegapić
ai-why-this-video-feel-bad-keep-watching-reason = Dalsze oglądanie mówi aplikacji, żeby pokazywała więcej takich filmów. Przestań i zrób przerwę.
ai-why-this-video-feel-bad-share = Wyślij je znajomym: czy oni też czują się źle?
ai-why-this-video-feel-bad-share-reason = Tak złe uczucie się rozchodzi. Przestań oglądać i porozmawiaj z kimś, komu ufasz.
ai-why-this-video-feel-bad-stop-tell = Przestań i powiedz zaufanej osobie dorosłej
ai-why-this-video-feel-bad-stop-tell-reason = Dobrze. To, jak się czujesz, jest ważniejsze niż aplikacja. Osoba dorosła może pomóc zmienić to, co pokazuje.

## Level 5: real or made by AI?

level-ai-fake-picture-title = Prawdziwe czy zrobione przez SI?
level-ai-fake-picture-instruction = Dotknij każdej wskazówki, że ten obrazek może być zrobiony przez SI albo może nie być prawdziwy.
level-ai-fake-picture-learned = SI potrafi robić obrazki, które wyglądają jak prawdziwe. Szukaj wskazówek, sprawdzaj inne źródła i pytaj osobę dorosłą, gdy nie masz pewności.
level-ai-fake-picture-hint-1 = Czy taki obrazek zaskoczyłby cię w prawdziwym życiu?
level-ai-fake-picture-hint-2 = Coś zaskakującego, zbyt idealnego, złe szczegóły i pośpiech z udostępnianiem to wskazówki.
level-ai-fake-picture-hint-3 = Przeczytaj uważnie napis na autobusie.

ai-fake-picture-account = Dodane przez: @pic_planet, dziś o 10:02
ai-fake-picture-account-reason = Sama nazwa i godzina nie mówią, czy obrazek jest prawdziwy. Spójrz na sam obrazek.
ai-fake-picture-photo = Zdjęcie: pingwin wysoki jak autobus szkolny
ai-fake-picture-photo-reason = Bardzo zaskakujące obrazki to wskazówka. Sprawdź, czy pokazują je też wiadomości albo zaufana strona.
ai-fake-picture-perfect = Wszystko jest gładkie i idealne, jak zabawka
ai-fake-picture-perfect-reason = Obrazki zrobione przez SI mogą wyglądać zbyt idealnie. To wskazówka, więc sprawdź, zanim uwierzysz.
ai-fake-picture-sign = Na autobusie jest napis „AUTOBSU SZKONLY”
ai-fake-picture-sign-reason = Szczegóły, które się nie zgadzają, na przykład pomieszane litery, wskazują, że obrazek może być zmyślony.
ai-fake-picture-caption = Podpis: PRAWDZIWE!!! Udostępnij, zanim usuną!
ai-fake-picture-caption-reason = Presja, żeby szybko udostępnić, to sygnał ostrzegawczy. Prawdziwe wiadomości mogą poczekać, aż sprawdzisz.
ai-fake-picture-question = Komentarz: Który portal informacyjny to ma?
ai-fake-picture-question-reason = Dobre pytanie! Sprawdzanie innych źródeł to właściwy ruch.
ai-fake-picture-comment = Komentarz: Pingwiny nie są takie duże!
ai-fake-picture-comment-reason = Ten komentarz słusznie wątpi. Korzystanie z tego, co wiesz, to dobry sposób sprawdzania.

## Level 6: is it really them?

level-ai-voice-message-title = Czy to naprawdę ta osoba?
level-ai-voice-message-instruction = Głosy i filmy można zrobić za pomocą SI. Co robisz?
level-ai-voice-message-learned = SI potrafi podrobić głos i twarz. Gdy wiadomość prosi o kody, pieniądze albo szybkie kliknięcie, sprawdź to inną drogą i powiedz osobie dorosłej.
level-ai-voice-message-hint-1 = Czy głos, który brzmi znajomo, dowodzi, kto mówi?
level-ai-voice-message-hint-2 = Sprawdź u tej osoby inną drogą, nie odpowiadając na wiadomość.
level-ai-voice-message-hint-3 = Przy piosenkarce: jej własna strona też by o tym pisała.

ai-voice-message-cousin-prompt = Wiadomość głosowa brzmi dokładnie jak twój kuzyn Leon: „Zgubiłem telefon! Wyślij mi szybko kod do banku twoich rodziców!”
ai-voice-message-cousin-send = Wyślij: Leon to rodzina i brzmi na przejętego
ai-voice-message-cousin-send-reason = SI potrafi podrobić głos z krótkiego nagrania. A prawdziwy kuzyn nie prosiłby o kod do banku.
ai-voice-message-cousin-check = Sprawdź u Leona inną drogą, z osobą dorosłą
ai-voice-message-cousin-check-reason = Dobrze. Nie ufaj samemu głosowi. Osoba dorosła może zadzwonić do Leona na znany numer.
ai-voice-message-cousin-delete-after = Wyślij kod, ale poproś, żeby go potem usunął
ai-voice-message-cousin-delete-after-reason = Gdy kod zostanie wysłany, nie masz już nad nim kontroli. Nigdy nie wysyłaj kodów.
ai-voice-message-singer-prompt = Film pokazuje piosenkarkę Milę Star, która mówi: „Kliknij ten link i odbierz darmowy tablet!”
ai-voice-message-singer-click = Kliknij szybko, zanim tablety się skończą
ai-voice-message-singer-click-reason = Pośpiech to sygnał ostrzegawczy. Takie filmy można zrobić za pomocą SI, żeby cię oszukać.
ai-voice-message-singer-check = Najpierw sprawdź jej stronę i wiadomości
ai-voice-message-singer-check-reason = Tak. Jeśli jej strona i wiadomości o tym nie mówią, film jest fałszywy.
ai-voice-message-singer-aunt = Poproś ciocię, żeby kliknęła za ciebie
ai-voice-message-singer-aunt-reason = Problemem jest link, bez względu na to, kto go kliknie. Najpierw sprawdź, potem pokaż osobie dorosłej dlaczego.

## Level 7: AI helps, you decide

level-ai-you-decide-title = SI pomaga, ty decydujesz
level-ai-you-decide-instruction = Czy to dobry sposób, żeby używać SI w szkole, czy to nie w porządku?
level-ai-you-decide-learned = SI może pomóc ci w nauce. Myślenie należy do ciebie: sprawdzaj, co mówi SI, i przestrzegaj zasad swojej szkoły.
level-ai-you-decide-hint-1 = Zapytaj: kto tu myśli, ja czy SI?
level-ai-you-decide-hint-2 = Używanie SI, żeby coś zrozumieć albo poćwiczyć, jest dobre. Podawanie jej pracy jako swojej – nie.
level-ai-you-decide-hint-3 = Poproszenie jej o wyjaśnienie słowa to dobre użycie.

ai-you-decide-explain-word = Poproś o wyjaśnienie słowa, którego nie znasz
ai-you-decide-explain-word-reason = Używanie SI, żeby coś zrozumieć, pomaga się uczyć. Sprawdź, czy to ma sens.
ai-you-decide-copy-story = Oddaj opowiadanie napisane przez SI jako swoje
ai-you-decide-copy-story-reason = To nie twoja praca i niczego się nie uczysz. Mów uczciwie, co zrobiła SI.
ai-you-decide-quiz = Poproś o pytania do quizu, żeby poćwiczyć
ai-you-decide-quiz-reason = Ćwiczenie na jej pytaniach może pomóc. Sprawdź odpowiedzi w notatkach.
ai-you-decide-whole-homework = Niech SI odrobi za ciebie całą pracę domową
ai-you-decide-whole-homework-reason = Wtedy omijasz myślenie, po które jest praca domowa. Najpierw spróbuj samodzielnie.
ai-you-decide-check-facts = Sprawdź jej fakty w książce lub na zaufanej stronie
ai-you-decide-check-facts-reason = SI może się mylić. Sprawdzanie to cecha mądrego użytkownika.
ai-you-decide-fake-photo = Zrób śmieszne fałszywe zdjęcie kolegi z klasy
ai-you-decide-fake-photo-reason = Fałszywe obrazki prawdziwych ludzi mogą ich zranić. Nigdy nie używaj SI, żeby się z kogoś wyśmiewać.
ai-you-decide-own-words = Zbierz pomysły, potem pisz własnymi słowami
ai-you-decide-own-words-reason = Dobrze: pomysły pomagają zacząć, a praca jest twoja.
ai-you-decide-against-rules = Używaj SI, gdy nauczyciel mówi, że nie wolno
ai-you-decide-against-rules-reason = To szkoła decyduje, kiedy wolno używać SI. Przestrzegaj jej zasad.
