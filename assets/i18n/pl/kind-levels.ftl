# The "Kind Corner" world: being kind online, and what to do when someone is not.
# All people are made up. Keep the tone gentle: telling a trusted adult is always good.

world-kind-corner = Kącik Życzliwości

## Level 1: kind replies

level-kind-reply-title = Powiedz coś miłego
level-kind-reply-instruction = Za każdym razem wybierz najmilszą odpowiedź.
level-kind-reply-learned = Miłe słowa w sieci sprawiają, że ludziom jest dobrze. Zanim coś opublikujesz, zapytaj: jak się poczują?
level-kind-reply-hint-1 = Wyobraź sobie, że to ty jesteś tą drugą osobą. Jaką odpowiedź chcesz dostać?
level-kind-reply-hint-2 = Miła odpowiedź jest przyjazna, szczera i dotyczy drugiej osoby, a nie ciebie.
level-kind-reply-hint-3 = Przy Mai: pytanie o jej rysunek pokazuje, że naprawdę się przyglądasz.

kind-reply-drawing-prompt = Twoja przyjaciółka Maja wrzuca rysunek swojego kota. Co piszesz?
kind-reply-drawing-praise = Super kolory! Jak to narysowałaś?
kind-reply-drawing-praise-reason = Miła i szczera pochwała cieszy Maję. Pytanie pokazuje, że naprawdę się przyglądasz.
kind-reply-drawing-brother = Mój młodszy brat rysuje lepiej niż ty.
kind-reply-drawing-brother-reason = To zraniłoby uczucia Mai. Nawet jako żart sprawia, że źle myśli o swojej pracy.
kind-reply-drawing-mine = Zobacz lepiej mój rysunek!
kind-reply-drawing-mine-reason = Maja chciała pokazać swój rysunek. Ta odpowiedź zamienia rozmowę w rozmowę o tobie.

kind-reply-game-prompt = W grze online twój kolega z drużyny Leon popełnia błąd. Drużyna przegrywa.
kind-reply-game-blame = Przez ciebie wszyscy przegraliśmy, Leon! Dzięki.
kind-reply-game-blame-reason = Każdy popełnia błędy. Obwinianie Leona przy całej drużynie sprawia, że czuje się okropnie.
kind-reply-game-kick = Wyrzućmy Leona z drużyny.
kind-reply-game-kick-reason = Wykluczanie kogoś z powodu jednego błędu jest niemiłe. Gry są fajniejsze, gdy każdy jest mile widziany.
kind-reply-game-cheer = Dobra próba, Leon! Następny mecz wygramy.
kind-reply-game-cheer-reason = Przyjazne słowo po przegranej podnosi na duchu całą drużynę. To tylko gra.

kind-reply-sad-prompt = Twoja koleżanka z klasy Ola pisze: „nikt mnie dziś nie lubi”.
kind-reply-sad-drama = Przestań tak dramatyzować.
kind-reply-sad-drama-reason = Ola mówi ci, że jest jej smutno. Ta odpowiedź mówi jej, że jej uczucia się nie liczą.
kind-reply-sad-message = Napisz do Oli: „Lubię cię! Pogadamy?”
kind-reply-sad-message-reason = Miła prywatna wiadomość pokazuje Oli, że komuś na niej zależy. Jeśli wydaje się bardzo smutna, powiedz też zaufanej osobie dorosłej.
kind-reply-sad-scroll = Przewiń dalej. Jej rodzice to załatwią.
kind-reply-sad-scroll-reason = Ola może poczuć się jeszcze bardziej samotna, a rodzice mogą o niczym nie wiedzieć. Kilka miłych słów od ciebie może bardzo pomóc.

## Level 2: kind or unkind comments

kind-bin-kind = Miły
kind-bin-unkind = Niemiły

level-kind-comments-title = Miły czy niemiły?
level-kind-comments-instruction = Posortuj komentarze: czy ten jest miły, czy niemiły?
level-kind-comments-learned = Możesz mówić, co myślisz, i nadal pisać życzliwie. Złośliwe komentarze ranią, nawet jako żart.
level-kind-comments-hint-1 = Przeczytaj każdy komentarz tak, jakby ktoś napisał go do ciebie.
level-kind-comments-hint-2 = Miłe komentarze chwalą, pomagają albo grzecznie się nie zgadzają. Niemiłe dokuczają albo poniżają.
level-kind-comments-hint-3 = Komentarze o tym, jak ktoś wygląda albo się rusza, często są niemiłe, nawet jako żart.

kind-comments-great-goal = Ale super gol w twoim filmiku!
kind-comments-great-goal-reason = Pochwała za coś, co komuś dobrze wyszło, sprawia, że jest dumny. To miłe.
kind-comments-weird-hair = Masz na tym zdjęciu strasznie dziwne włosy.
kind-comments-weird-hair-reason = Komentarze o wyglądzie mogą bardzo zranić. Jeśli nie powiesz tego komuś w twarz, nie pisz tego.
kind-comments-get-well = Zdrowiej szybko!
kind-comments-get-well-reason = Życzenia pokazują, że ci na kimś zależy. To miłe.
kind-comments-nobody-asked = Nikt cię nie pytał o zdanie.
kind-comments-nobody-asked-reason = To mówi komuś, żeby był cicho i że się nie liczy. To niemiłe.
kind-comments-different-ending = Wolę inne zakończenie, ale historia była fajna!
kind-comments-different-ending-reason = Możesz się nie zgadzać i nadal pisać życzliwie. Ten komentarz jest szczery i przyjazny.
kind-comments-penguin = Ha ha, biegasz jak pingwin!
kind-comments-penguin-reason = Śmianie się z tego, jak ktoś się rusza, to dokuczanie. Może zranić, nawet jako żart.
kind-comments-thanks-help = Dzięki za pomoc w pracy domowej!
kind-comments-thanks-help-reason = Podziękowanie sprawia, że ludzie cieszą się, że pomogli. To miłe.

## Level 3: when someone keeps sending you mean messages

level-kind-when-bullied-title = Złośliwe wiadomości
level-kind-when-bullied-instruction = Ktoś ciągle przysyła ci złośliwe wiadomości. Czy to dobry pomysł, czy lepiej nie?
level-kind-when-bullied-learned = Nie odpowiadaj, zachowaj dowody, zablokuj, zgłoś i w każdej chwili powiedz zaufanej osobie dorosłej. To nigdy nie jest twoja wina.
level-kind-when-bullied-hint-1 = Które z tych rzeczy zatrzymują wiadomości, zachowują dowody albo dają ci pomoc?
level-kind-when-bullied-hint-2 = Dobre kroki zachowują dowody, zatrzymują wiadomości i dają ci pomoc. Oddawanie albo ukrywanie nie pomaga.
level-kind-when-bullied-hint-3 = Powiedzenie zaufanej osobie dorosłej jest zawsze dobre, w każdej chwili.

kind-bin-good-step = Dobry pomysł
kind-bin-not-step = Lepiej nie

kind-when-bullied-no-reply = Nie odpowiadaj na złośliwe wiadomości.
kind-when-bullied-no-reply-reason = Złośliwe wiadomości czekają na reakcję. Jeśli nie odpowiesz, nic nie dostaną.
kind-when-bullied-screenshot = Zrób zrzuty ekranu jako dowód.
kind-when-bullied-screenshot-reason = Dowody pokazują, co się stało. Zrób zrzuty ekranu przed zablokowaniem: blokada może ukryć wiadomości.
kind-when-bullied-hit-back = Odpisz coś złośliwego.
kind-when-bullied-hit-back-reason = To może pogorszyć sprawę i daje im reakcję, której chcą.
kind-when-bullied-block = Zablokuj tę osobę.
kind-when-bullied-block-reason = Wtedy złośliwe wiadomości przestają do ciebie przychodzić.
kind-when-bullied-tell = Powiedz zaufanej osobie dorosłej i pokaż jej.
kind-when-bullied-tell-reason = Dobre w każdej chwili: na początku, na końcu albo pomiędzy. Nigdy nie musisz radzić sobie z tym w pojedynkę.
kind-when-bullied-secret = Zachowaj to w tajemnicy i miej nadzieję, że przestanie.
kind-when-bullied-secret-reason = Nie musisz dźwigać tego w samotności. Powiedz zaufanej osobie dorosłej. To nigdy nie jest twoja wina.
kind-when-bullied-report = Zgłoś tę osobę w aplikacji.
kind-when-bullied-report-reason = Aplikacja może ją ostrzec albo zablokować. Twoje zrzuty ekranu pomagają.
kind-when-bullied-delete-all = Od razu usuń wszystkie wiadomości.
kind-when-bullied-delete-all-reason = Wtedy dowody znikają. Najpierw zrób zrzuty ekranu, potem zablokuj i zgłoś.

## Level 4: when you see someone else being treated badly

level-kind-bystander-title = Stań po dobrej stronie
level-kind-bystander-instruction = Widzisz, że ktoś jest źle traktowany. Wybierz, co najlepiej zrobić.
level-kind-bystander-learned = Nie przyłączaj się. Okaż tej osobie życzliwość i powiedz zaufanej osobie dorosłej. To bardzo pomaga.
level-kind-bystander-hint-1 = Pomyśl o osobie, która jest źle traktowana. Co by jej pomogło?
level-kind-bystander-hint-2 = Przyłączanie się albo milczenie nie pomaga. Życzliwość i szukanie pomocy – tak.
level-kind-bystander-hint-3 = Dla Franka zwykłe zaproszenie może zmienić cały dzień.

kind-bystander-chat-prompt = Na czacie grupowym twojej klasy kilka osób ciągle śmieje się z Tymka.
kind-bystander-chat-join = Wyślij też śmiejącą się buźkę.
kind-bystander-chat-join-reason = Nawet jedna śmiejąca się buźka to przyłączenie się. Tymek czuje, że wszyscy są przeciwko niemu.
kind-bystander-chat-silent = Nic nie mów. Nauczyciel i tak wszystko zobaczy.
kind-bystander-chat-silent-reason = Nauczyciele nie czytają każdego czatu, a Tymek może pomyśleć, że wszyscy się zgadzają. Ty powiedz o tym zaufanej osobie dorosłej.
kind-bystander-chat-support = Napisz miło do Tymka i powiedz dorosłemu.
kind-bystander-chat-support-reason = Miła wiadomość pokazuje Tymkowi, że nie jest sam. Zaufana osoba dorosła może pomóc zatrzymać dokuczanie.

kind-bystander-photo-prompt = Ktoś wrzuca głupie zdjęcie twojej koleżanki z klasy Zosi, żeby się z niej śmiać.
kind-bystander-photo-share = Wyślij je kolejnym znajomym.
kind-bystander-photo-share-reason = Każde udostępnienie niesie zdjęcie dalej i bardziej rani Zosię. Nikt nie powinien udostępniać czyjegoś zdjęcia, żeby się z kogoś śmiać.
kind-bystander-photo-stop = Zgłoś je i powiedz dorosłemu.
kind-bystander-photo-stop-reason = Na tobie zdjęcie się zatrzymuje. Zgłoszenie może sprawić, że zostanie usunięte, a osoba dorosła może pomóc Zosi.
kind-bystander-photo-like = Polub je, bo wszyscy inni też polubili.
kind-bystander-photo-like-reason = Polubienie mówi autorowi, że zdjęcie jest śmieszne. To może go zachęcić do kolejnych.

kind-bystander-game-prompt = Kilka osób celowo nie przyjmuje Franka do gry online.
kind-bystander-game-invite = Zaproś Franka do wspólnej gry.
kind-bystander-game-invite-reason = Zwykłe zaproszenie może zmienić Frankowi cały dzień. Jeśli dalej jest wykluczany, powiedz zaufanej osobie dorosłej.
kind-bystander-game-along = Graj bez niego. Ich gra, ich zasady.
kind-bystander-game-along-reason = Celowe wykluczanie rani. Jeśli idziesz za innymi, Franek czuje się jeszcze bardziej samotny.
kind-bystander-game-pretend = Udawaj, że nic nie widzisz.
kind-bystander-game-pretend-reason = Odwrócić wzrok jest łatwo, ale Franek dalej czuje się wykluczony. Mały miły gest może mu pomóc.

## Level 5: a class group chat

level-kind-group-chat-title = Czat klasowy
level-kind-group-chat-instruction = Dotknij każdej niemiłej wiadomości na tym czacie klasowym.
level-kind-group-chat-learned = Wyśmiewanie, wykluczanie, udostępnianie zdjęć bez pytania i śmianie się razem z innymi jest niemiłe. Nie przyłączaj się.
level-kind-group-chat-hint-1 = Przeczytaj każdą wiadomość. Jak czułby się Kuba, czytając ją?
level-kind-group-chat-hint-2 = Niemiłe wiadomości wyśmiewają kogoś, wykluczają go albo udostępniają jego zdjęcie.
level-kind-group-chat-hint-3 = Bartek pisze dwie z niemiłych wiadomości.

kind-group-chat-trip = Maja: Kto jest gotowy na jutrzejszą wycieczkę?
kind-group-chat-trip-reason = Przyjazne pytanie do całej klasy. Ta wiadomość jest w porządku.
kind-group-chat-bottle = Leon: Ja! Nie zapomnijcie butelek z wodą.
kind-group-chat-bottle-reason = Pomocne przypomnienie dla wszystkich. Ta wiadomość jest w porządku.
kind-group-chat-shoes = Bartek: Widzieliście dziś buty Kuby? Ale brzydkie xD
kind-group-chat-shoes-reason = To wyśmiewa Kubę przed całą klasą. Nie przyłączaj się i okaż Kubie życzliwość.
kind-group-chat-laugh = Maks: HAHAHA (pięć śmiejących się buziek)
kind-group-chat-laugh-reason = Śmianie się razem z innymi dokłada swoje i pogarsza dokuczanie. Trzymanie się z boku to już coś lepszego.
kind-group-chat-homework = Franek: Może ktoś wysłać mi stronę z pracy domowej?
kind-group-chat-homework-reason = Proszenie o pomoc w pracy domowej jest w porządku. Do tego czaty klasowe są świetne.
kind-group-chat-photo = Bartek: Patrzcie! Zdjęcie, jak Kuba potyka się na boisku.
kind-group-chat-photo-reason = Kuba nie zgodził się na udostępnienie tego zdjęcia. Zanim udostępnisz czyjeś zdjęcie, zapytaj, a o tym powiedz dorosłemu.
kind-group-chat-party = Ola: Impreza u mnie! Nie zapraszajcie Kuby.
kind-group-chat-party-reason = Namawianie wszystkich, żeby wykluczyć Kubę, bardzo go rani. Nikt nie powinien być celowo wykluczany.
kind-group-chat-thanks = Zosia: Kuba pomógł mi dziś w projekcie. Dzięki, Kuba!
kind-group-chat-thanks-reason = Podziękowanie przy całej klasie jest miłe. Ta wiadomość jest w porządku.
