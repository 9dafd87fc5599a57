# The coding worlds and their levels. Tile names as the game shows them (robot.ftl):
# Naprzód, Skręć w lewo, Skręć w prawo, Zapal, Powtórz, Powtarzaj do skutku, Jeśli,
# Jeśli … inaczej, Pomocnik 1, Pomocnik 2, Program główny.

world-robot-road = Droga Robota
world-loop-lagoon = Laguna Pętli
world-helper-hills = Wzgórza Pomocników
world-choice-canyon = Kanion Wyborów
world-sensor-springs = Źródła Czujników
world-number-harbour = Port Liczb
world-signal-station = Stacja Sygnałów
world-bug-bay = Zatoka Błędów

## Robot Road

level-robot-first-steps-title = Pierwsze kroki
level-robot-first-steps-instruction = Zbuduj program, który zaprowadzi robota do flagi. Potem dotknij „Start”.
level-robot-first-steps-learned = Program to lista kroków. Robot wykonuje je jeden po drugim, po kolei.
level-robot-first-steps-hint-1 = Spójrz na flagę. W którą stronę patrzy teraz robot?
level-robot-first-steps-hint-2 = „Naprzód” przesuwa robota o jedno pole. „Skręć w prawo” obraca go w miejscu.
level-robot-first-steps-hint-3 = Zacznij od: „Naprzód”, „Naprzód”, „Skręć w prawo”.

level-robot-turn-left-title = Skręć w lewo
level-robot-turn-left-instruction = Zaprowadź robota do flagi. Tym razem musi skręcić w lewo.
level-robot-turn-left-learned = „Skręć w lewo” i „Skręć w prawo” zmieniają kierunek, w którym patrzy robot. Nie przesuwają go.
level-robot-turn-left-hint-1 = Robot patrzy w górę. Gdzie droga skręca?
level-robot-turn-left-hint-2 = Po „Skręć w lewo” klocek „Naprzód” przesuwa robota w nowym kierunku.
level-robot-turn-left-hint-3 = Zacznij od: „Naprzód”, „Naprzód”, „Skręć w lewo”.

level-robot-zigzag-title = Zygzak po stopniach
level-robot-zigzag-instruction = Zjedź po stopniach do flagi. Droga skręca po każdym stopniu.
level-robot-zigzag-learned = Długa droga to po prostu małe kroki i zakręty, jeden po drugim.
level-robot-zigzag-hint-1 = Prześledź drogę palcem. Policz zakręty.
level-robot-zigzag-hint-2 = Skręć w prawo, żeby zjechać w dół. Skręć w lewo, żeby znów jechać w poprzek.
level-robot-zigzag-hint-3 = Zacznij od: „Naprzód”, „Skręć w prawo”, „Naprzód”, „Skręć w lewo”.

level-robot-around-rocks-title = Dookoła ściany
level-robot-around-rocks-instruction = Ściana stoi na drodze. Objedź ją dookoła, aby dotrzeć do flagi.
level-robot-around-rocks-learned = Gdy droga jest zablokowana, możesz zaplanować objazd.
level-robot-around-rocks-hint-1 = Robot nie może jechać prosto do flagi. Którędy jest objazd?
level-robot-around-rocks-hint-2 = Najpierw w górę, potem w poprzek, potem w dół.
level-robot-around-rocks-hint-3 = Zacznij od: „Naprzód”, „Naprzód”, „Skręć w prawo”.

level-robot-fix-the-path-title = Napraw drogę
level-robot-fix-the-path-instruction = Ten program ma błąd: robot wjeżdża w ścianę. Obejrzyj go krok po kroku przyciskiem „Krok”, a potem popraw program.
level-robot-fix-the-path-learned = Błąd to pomyłka w programie. Jeden klocek za dużo może wysłać robota w ścianę. Wyjmij go, a program zadziała.
level-robot-fix-the-path-hint-1 = Dotknij „Krok”, aby wykonywać jeden klocek naraz. Gdzie robot uderza w ścianę?
level-robot-fix-the-path-hint-2 = Robot jedzie o jedno pole za daleko, zanim skręci. Jeden klocek jest zbędny.
level-robot-fix-the-path-hint-3 = Zbędny klocek stoi przed pierwszym zakrętem.

level-robot-first-lamp-title = Zaświeć!
level-robot-first-lamp-instruction = Dojedź do lampy. Potem użyj klocka „Zapal”, aby ją włączyć.
level-robot-first-lamp-learned = „Zapal” działa tylko wtedy, gdy robot stoi na lampie.
level-robot-first-lamp-hint-1 = Ile pól dzieli robota od lampy?
level-robot-first-lamp-hint-2 = Najpierw robot musi stanąć na lampie. Potem „Zapal” ją włącza.
level-robot-first-lamp-hint-3 = Lampa jest trzy pola przed robotem.

level-robot-two-lamps-title = Dwie lampy
level-robot-two-lamps-instruction = Włącz obie lampy. Nie ma flagi: zadanie jest wykonane, gdy świecą wszystkie lampy.
level-robot-two-lamps-learned = Robot może wykonać zadanie po drodze: zatrzymać się, zapalić lampę i jechać dalej.
level-robot-two-lamps-hint-1 = Mijasz pierwszą lampę w drodze do drugiej.
level-robot-two-lamps-hint-2 = Wstaw „Zapal” tuż po klocku, który wprowadza robota na lampę.
level-robot-two-lamps-hint-3 = Zacznij od: „Naprzód”, „Naprzód”, „Zapal”.

level-robot-lamps-and-flag-title = Lampy i flaga
level-robot-lamps-and-flag-instruction = Włącz obie lampy. Potem jedź do flagi.
level-robot-lamps-and-flag-learned = Zadanie może mieć kilka części. Robot musi wykonać wszystkie.
level-robot-lamps-and-flag-hint-1 = Flaga liczy się dopiero wtedy, gdy świecą wszystkie lampy.
level-robot-lamps-and-flag-hint-2 = Zaplanuj drogę, która prowadzi przez obie lampy, zanim dotrze do flagi.
level-robot-lamps-and-flag-hint-3 = Zacznij od: „Naprzód”, „Zapal”, „Skręć w prawo”.

level-robot-turn-around-title = Zawróć
level-robot-turn-around-instruction = Zapal lampę. Potem zawróć i jedź do flagi.
level-robot-turn-around-learned = Dwa obroty w tę samą stronę sprawiają, że robot patrzy tam, skąd przyjechał.
level-robot-turn-around-hint-1 = Lampa i flaga są po różnych stronach robota.
level-robot-turn-around-hint-2 = Żeby zawrócić, użyj dwóch obrotów: „Skręć w lewo”, „Skręć w lewo”.
level-robot-turn-around-hint-3 = Zacznij od: „Naprzód”, „Naprzód”, „Zapal”.

level-robot-long-road-title = Dłuższa droga
level-robot-long-road-instruction = Zapal obie lampy i zakończ na fladze. Która droga dookoła jest krótsza?
level-robot-long-road-learned = Czasem jest więcej niż jedna droga. Najpierw pomyśl, potem wybierz krótszą.
level-robot-long-road-hint-1 = Jazda prosto w dół prowadzi do flagi, ale wtedy lampy dalej są zgaszone.
level-robot-long-road-hint-2 = Najpierw jedź górą, potem w dół, potem z powrotem dołem.
level-robot-long-road-hint-3 = Zacznij od: „Naprzód”, „Zapal”, „Naprzód”, „Skręć w prawo”.

## Loop Lagoon

level-loop-first-loop-title = Pierwsza pętla
level-loop-first-loop-instruction = Dotrzyj do flagi. Twój program mieści tylko 3 klocki, więc użyj klocka „Powtórz”.
level-loop-first-loop-learned = Klocek „Powtórz” wykonuje klocki w środku znowu i znowu. Jedna pętla może zastąpić wiele klocków.
level-loop-first-loop-hint-1 = Policz pola między robotem a flagą.
level-loop-first-loop-hint-2 = Włóż „Naprzód” do klocka „Powtórz”. Potem dotykaj „Więcej razy”, aby ustawić liczbę.
level-loop-first-loop-hint-3 = „Naprzód” idzie do środka pętli. Ustaw liczbę równą liczbie policzonych pól.

level-loop-lamp-row-title = Rząd lamp
level-loop-lamp-row-instruction = Zapal wszystkie pięć lamp. Twój program mieści tylko 5 klocków, więc użyj pętli.
level-loop-lamp-row-learned = Pętla może powtarzać więcej niż jeden klocek. Tutaj powtarza ruch i zapalanie.
level-loop-lamp-row-hint-1 = Każda lampa stoi tylko jedno pole za poprzednią.
level-loop-lamp-row-hint-2 = Włóż dwa klocki do jednego „Powtórz”. Pętla robi oba, znowu i znowu.
level-loop-lamp-row-hint-3 = W pętli: „Naprzód”, potem „Zapal”. Ile razy?

level-loop-corner-title = Za róg
level-loop-corner-instruction = Dotrzyj do flagi. Użyj pętli dla każdego długiego odcinka, a między nimi zakrętu.
level-loop-corner-learned = Program może mieć kilka pętli, jedną po drugiej.
level-loop-corner-hint-1 = Droga ma dwa długie, proste odcinki.
level-loop-corner-hint-2 = Najpierw pętla dla górnej drogi. Potem „Skręć w prawo”. Potem pętla dla drogi w dół.
level-loop-corner-hint-3 = Zacznij od: „Powtórz 4 razy” z „Naprzód” w środku. Potem „Skręć w prawo”.

level-loop-stairs-title = Schody z pętlą
level-loop-stairs-instruction = Wjedź po schodach do flagi. Znajdź część, która się powtarza.
level-loop-stairs-learned = Gdy wzór się powtarza, zbuduj go raz w pętli. Pętla zrobi resztę.
level-loop-stairs-hint-1 = Spójrz na jeden stopień schodów. Co robi na nim robot?
level-loop-stairs-hint-2 = Pętla może zawierać także obroty. Włóż jeden stopień do „Powtórz”.
level-loop-stairs-hint-3 = Jeden stopień to: „Naprzód”, „Skręć w lewo”, „Naprzód”, „Skręć w prawo”.

level-loop-square-title = Kwadrat lamp
level-loop-square-instruction = Zapal trzy lampy w rogach. Użyj pętli.
level-loop-square-learned = Pętla z obrotem w środku może poprowadzić robota dookoła kwadratu.
level-loop-square-hint-1 = Każdy bok kwadratu wygląda tak samo.
level-loop-square-hint-2 = Włóż klocki na jeden bok i jeden róg do „Powtórz”.
level-loop-square-hint-3 = Jeden bok to: „Naprzód”, „Naprzód”, „Zapal”, „Skręć w prawo”.

level-loop-fix-the-loop-title = Napraw pętlę
level-loop-fix-the-loop-instruction = Ta pętla powinna zapalić wszystkie trzy lampy. Po pierwszej lampie robot wjeżdża w ścianę. Napraw pętlę.
level-loop-fix-the-loop-learned = Pętla za każdym razem wykonuje te same klocki. Dlatego każda runda musi się kończyć, gdy robot patrzy w tę samą stronę, co na początku.
level-loop-fix-the-loop-hint-1 = Dotknij „Krok”. W którą stronę patrzy robot, gdy pętla zaczyna się od nowa?
level-loop-fix-the-loop-hint-2 = Na końcu każdej rundy robot musi patrzeć w tę samą stronę, co na początku.
level-loop-fix-the-loop-hint-3 = Na końcu pętli brakuje obrotu.

level-loop-in-a-loop-title = Pętla w pętli
level-loop-in-a-loop-instruction = Zapal każdą lampę dookoła kwadratu. Włóż pętlę do innej pętli.
level-loop-in-a-loop-learned = Pętla może być w środku innej pętli. Za każdym razem, gdy zewnętrzna pętla wykona się raz, wewnętrzna wykona wszystkie swoje powtórzenia.
level-loop-in-a-loop-hint-1 = Spójrz na jeden bok: trzy lampy w rzędzie, potem róg.
level-loop-in-a-loop-hint-2 = Wewnętrzna pętla zapala jeden bok. Zewnętrzna robi to dla każdego boku.
level-loop-in-a-loop-hint-3 = Wewnętrzna pętla: „Powtórz 3 razy” z „Naprzód” i „Zapal” w środku.

level-loop-lamp-stairs-title = Schody z lampami
level-loop-lamp-stairs-instruction = Zjedź po schodach i zapal lampę na każdym stopniu.
level-loop-lamp-stairs-learned = Pętla może jechać, obracać i wykonywać zadanie. W każdej rundzie robi cały jeden stopień.
level-loop-lamp-stairs-hint-1 = Co robi robot na jednym stopniu? Zobacz, gdzie jest lampa.
level-loop-lamp-stairs-hint-2 = Znajdź klocki na jeden stopień, z „Zapal” we właściwym miejscu. Potem je powtarzaj.
level-loop-lamp-stairs-hint-3 = Jeden stopień zaczyna się od: „Naprzód”, „Skręć w prawo”, „Naprzód”.

level-loop-big-ring-title = Wielki pierścień
level-loop-big-ring-instruction = Zapal lampy w rogach wielkiego pierścienia. Boki są długie, więc użyj pętli w pętli.
level-loop-big-ring-learned = Wewnętrzna pętla przejeżdża długi bok. Zewnętrzna przy każdym rogu powtarza bok, obrót i zapalanie.
level-loop-big-ring-hint-1 = Od jednego rogu do następnego są cztery pola.
level-loop-big-ring-hint-2 = Wewnętrzna pętla przejeżdża jeden bok. Zewnętrzna dodaje obrót i zapalanie, raz dla każdego rogu.
level-loop-big-ring-hint-3 = Wewnętrzna pętla: „Powtórz 4 razy” z „Naprzód” w środku.

level-choice-until-goal-title = Do skutku
level-choice-until-goal-instruction = Dotrzyj do flagi. Użyj „Powtarzaj do skutku”: działa tak długo, aż zadanie będzie wykonane.
level-choice-until-goal-learned = „Powtarzaj do skutku” wykonuje swoje klocki znowu i znowu i zatrzymuje się, gdy zadanie jest wykonane. Nie musisz liczyć.
level-choice-until-goal-hint-1 = Jak daleko jest flaga? Tym razem nie musisz tego wiedzieć.
level-choice-until-goal-hint-2 = „Powtarzaj do skutku” powtarza klocki w środku, aż robot stanie na fladze.
level-choice-until-goal-hint-3 = „Naprzód” idzie do środka pętli. Nie ma liczby do ustawienia.

## Helper Hills

level-helper-first-helper-title = Twój pierwszy pomocnik
level-helper-first-helper-instruction = Zapal trzy lampy. Zbuduj klocki na jedną lampę w Pomocniku 1. Potem użyj klocka „Pomocnik 1” w Programie głównym.
level-helper-first-helper-learned = Pomocnik to lista klocków z nazwą. Jego klocek wywołuje pomocnika: wykonuje całą listę, tyle razy, ile chcesz.
level-helper-first-helper-hint-1 = Lampy są w rogach. Co robi robot, żeby dotrzeć do jednej lampy?
level-helper-first-helper-hint-2 = Zbuduj klocki na jedną lampę w Pomocniku 1. W Programie głównym wstaw klocek „Pomocnik 1” raz na każdą lampę.
level-helper-first-helper-hint-3 = Pomocnik 1 może wyglądać tak: „Naprzód”, „Naprzód”, „Zapal”, „Skręć w prawo”.

level-helper-zigzag-title = Pomocnik i zakręty
level-helper-zigzag-instruction = Zapal trzy lampy. Niech Pomocnik 1 jedzie i zapala. Program główny robi zakręty.
level-helper-zigzag-learned = Program główny może mieszać klocki pomocników z innymi klockami.
level-helper-zigzag-hint-1 = Między lampami droga skręca. Czy za każdym razem w tę samą stronę?
level-helper-zigzag-hint-2 = Prosty odcinek jest za każdym razem taki sam, więc włóż go do Pomocnika 1. Zakręty włóż do Programu głównego.
level-helper-zigzag-hint-3 = Pomocnik 1: „Naprzód”, „Naprzód”, „Naprzód”, „Zapal”.

level-helper-lamp-stairs-title = Schody z pomocnikiem
level-helper-lamp-stairs-instruction = Wjedź po schodach i zapal lampę na każdym stopniu. Użyj Pomocnika 1.
level-helper-lamp-stairs-learned = Pomocnik może zawierać większy wzór, z ruchami, obrotami i zapalaniem.
level-helper-lamp-stairs-hint-1 = Spójrz na jeden stopień. Gdzie jest jego lampa?
level-helper-lamp-stairs-hint-2 = Włóż cały jeden stopień do Pomocnika 1. Potem użyj Pomocnika 1 raz na każdy stopień.
level-helper-lamp-stairs-hint-3 = Jeden stopień zaczyna się od: „Naprzód”, „Skręć w lewo”, „Naprzód”.

level-helper-call-itself-title = Pomocnik, który się zapętla
level-helper-call-itself-instruction = Wjedź po długich schodach do flagi. Program główny mieści tylko 3 klocki. Czy Pomocnik 1 może wywołać sam siebie i działać dalej jak „Powtarzaj do skutku”?
level-helper-call-itself-learned = Pomocnik może na końcu wywołać sam siebie. Wtedy zaczyna od nowa, jak pętla, aż zadanie będzie wykonane.
level-helper-call-itself-hint-1 = Stopni jest więcej, niż zmieści Program główny.
level-helper-call-itself-hint-2 = Wstaw klocek „Pomocnik 1” na koniec, do środka Pomocnika 1. Wtedy Pomocnik 1 działa znowu i znowu.
level-helper-call-itself-hint-3 = Pomocnik 1 zaczyna się od: „Naprzód”, „Skręć w lewo”, „Naprzód”, „Skręć w prawo”.

level-helper-round-and-round-title = W kółko
level-helper-round-and-round-instruction = Zapal wszystkie cztery lampy. Niech Pomocnik 1 jedzie dookoła, wywołując sam siebie.
level-helper-round-and-round-learned = Pomocnik, który wywołuje sam siebie, działa tak długo, aż wszystkie lampy świecą.
level-helper-round-and-round-hint-1 = Każdy bok ma jedną lampę, pośrodku.
level-helper-round-and-round-hint-2 = Na jeden bok: jedź, zapal, jedź, obróć się. Potem Pomocnik 1 sam zaczyna od nowa.
level-helper-round-and-round-hint-3 = Pomocnik 1 zaczyna się od: „Naprzód”, „Zapal”, „Naprzód”.

level-helper-fix-the-helper-title = Pomocnik, który staje
level-helper-fix-the-helper-instruction = Pomocnik 1 powinien objechać kwadrat i zapalić wszystkie trzy lampy, ale zatrzymuje się po pierwszej. Napraw Pomocnika 1.
level-helper-fix-the-helper-learned = Pomocnik, który ma działać dalej, wywołuje sam siebie na końcu. Bez tego wywołania działa raz i staje.
level-helper-fix-the-helper-hint-1 = Dotknij „Krok”. Co się dzieje, gdy Pomocnik 1 dochodzi do końca?
level-helper-fix-the-helper-hint-2 = Program główny wywołuje Pomocnika 1 tylko raz. Jak Pomocnik 1 mógłby sam siebie uruchomić jeszcze raz?
level-helper-fix-the-helper-hint-3 = Na końcu Pomocnika 1 czegoś brakuje.

level-helper-second-helper-title = Dwóch pomocników
level-helper-second-helper-instruction = Zapal każdą lampę dookoła kwadratu. Pomocnik 1 może wywołać Pomocnika 2. Na trzy gwiazdki Pomocnik 1 wywołuje też sam siebie.
level-helper-second-helper-learned = Pomocnik może wywołać innego pomocnika. Z małych części powstają większe.
level-helper-second-helper-hint-1 = Jaki jest najmniejszy wzór? Spójrz na jedną lampę.
level-helper-second-helper-hint-2 = Włóż najmniejszy wzór do Pomocnika 2. Pomocnik 1 wywołuje go na jeden bok, obraca się, a potem wywołuje sam siebie.
level-helper-second-helper-hint-3 = Pomocnik 2: „Naprzód”, „Zapal”.

level-helper-walk-then-loop-title = Najpierw dojazd, potem pętla
level-helper-walk-then-loop-instruction = Najpierw dojedź do schodów. Potem niech Pomocnik 1 wjedzie po nich i zapali każdą lampę: na końcu wywołuje sam siebie.
level-helper-walk-then-loop-learned = Program główny może wykonać pierwszą część zadania, a resztę przekazać pomocnikowi.
level-helper-walk-then-loop-hint-1 = Schody nie zaczynają się tam, gdzie stoi robot. Pierwsza lampa jest trzy pola dalej.
level-helper-walk-then-loop-hint-2 = Programem głównym dojedź do schodów. Potem wywołaj Pomocnika 1: wjeżdża na jeden stopień, zapala jego lampę i wywołuje sam siebie.
level-helper-walk-then-loop-hint-3 = Program główny: „Naprzód”, „Naprzód”, „Pomocnik 1”.

level-helper-big-ring-title = Pomocnicy jadą dookoła
level-helper-big-ring-instruction = Zapal trzy lampy dookoła kwadratu. Nie ma klocka „Skręć w lewo”: zbuduj go w pomocniku. Program główny mieści tylko jeden klocek, więc pomocnik musi wywołać sam siebie.
level-helper-big-ring-learned = Pomocnik może zastąpić klocek, którego nie masz: trzy klocki „Skręć w prawo” dają jeden „Skręć w lewo”.
level-helper-big-ring-hint-1 = Na każdym rogu droga skręca w lewo, a ty masz tylko „Skręć w prawo”.
level-helper-big-ring-hint-2 = Po trzech klockach „Skręć w prawo” robot patrzy w tę samą stronę, co po jednym „Skręć w lewo”. Włóż je do osobnego pomocnika.
level-helper-big-ring-hint-3 = Jeden pomocnik może wyglądać tak: „Skręć w prawo”, „Skręć w prawo”, „Skręć w prawo”.

## Choice Canyon

level-choice-first-if-title = Czerwone znaczy skręć
level-choice-first-if-instruction = Każde czerwone pole znaczy: tu skręć w lewo. Użyj klocka „Jeśli”, aby sprawdzić, czy pole jest czerwone.
level-choice-first-if-learned = Klocek „Jeśli” zadaje pytanie. Klocki w jego środku działają tylko wtedy, gdy odpowiedź brzmi „tak”.
level-choice-first-if-hint-1 = Gdzie droga skręca? Jakiego koloru są te pola?
level-choice-first-if-hint-2 = „Jeśli na czerwonym” wykonuje swoje klocki tylko wtedy, gdy robot stoi na czerwonym polu.
level-choice-first-if-hint-3 = W „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli na czerwonym”.

level-choice-green-lamps-title = Zielone przed lampą
level-choice-green-lamps-instruction = Zielone pole znaczy, że na następnym polu jest lampa. Zapal wszystkie lampy.
level-choice-green-lamps-learned = Sprawdzenie może powiedzieć robotowi, co będzie dalej, żeby mógł się przygotować.
level-choice-green-lamps-hint-1 = Spójrz na pole tuż przed każdą lampą.
level-choice-green-lamps-hint-2 = Gdy robot jest na zielonym, może wjechać na lampę i ją zapalić.
level-choice-green-lamps-hint-3 = W „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli na zielonym”.

level-choice-path-right-title = Spójrz w prawo
level-choice-path-right-instruction = Robot może sprawdzać drogę. Skręć w prawo wszędzie tam, gdzie z prawej jest wolna droga.
level-choice-path-right-learned = Robot wyczuwa ściany. „Z prawej wolne” to „tak”, gdy pole po jego prawej stronie jest wolne.
level-choice-path-right-hint-1 = Na każdym rogu droga skręca w prawo.
level-choice-path-right-hint-2 = „Jeśli z prawej wolne” patrzy na pole po prawej stronie robota.
level-choice-path-right-hint-3 = W „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli z prawej wolne”.

level-choice-fix-the-check-title = Za dużo zakrętów
level-choice-fix-the-check-instruction = Niebieskie znaczy skręć w prawo. Ale ten robot skręca na każdym polu i wjeżdża w ścianę. Popraw program.
level-choice-fix-the-check-learned = Klocki w środku „Jeśli” działają tylko wtedy, gdy odpowiedź brzmi „tak”. Klocek za „Jeśli” działa za każdym razem.
level-choice-fix-the-check-hint-1 = Dotknij „Krok”. Czy robot skręca na polu, które nie jest niebieskie?
level-choice-fix-the-check-hint-2 = Który obrót jest w środku „Jeśli”? Który działa za każdym razem?
level-choice-fix-the-check-hint-3 = Spójrz na ostatni klocek w pętli.

level-choice-if-else-title = Jeśli czy inaczej
level-choice-if-else-instruction = Jedź dalej, gdy z przodu jest wolne. Inaczej skręć w prawo. Uważaj na małe boczne drogi!
level-choice-if-else-learned = „Jeśli … inaczej” wybiera jedną z dwóch dróg: pierwszą część, gdy odpowiedź brzmi „tak”, a część „inaczej”, gdy brzmi „nie”.
level-choice-if-else-hint-1 = Małe boczne drogi prowadzą donikąd. Skręcaj tylko wtedy, gdy przed robotem jest ściana.
level-choice-if-else-hint-2 = „Jeśli … inaczej” ma dwie części. Pierwsza działa przy „tak”. Część „inaczej” działa przy „nie”.
level-choice-if-else-hint-3 = W „Powtarzaj do skutku” użyj „Jeśli z przodu wolne” z „Naprzód” w pierwszej części.

level-choice-colours-title = Czerwone i niebieskie
level-choice-colours-instruction = Czerwone znaczy skręć w lewo. Niebieskie znaczy skręć w prawo. Użyj dwóch klocków „Jeśli”.
level-choice-colours-learned = Program może zadać więcej niż jedno pytanie. Każdy klocek „Jeśli” zadaje swoje.
level-choice-colours-hint-1 = Spójrz na kolory pól, na których droga skręca.
level-choice-colours-hint-2 = Włóż do pętli dwa klocki „Jeśli”: jeden pyta o czerwone, drugi o niebieskie.
level-choice-colours-hint-3 = W „Powtarzaj do skutku” zacznij od „Naprzód”. Potem „Jeśli na czerwonym” ze „Skręć w lewo” w środku.

level-choice-corner-lamps-title = Zapal albo skręć
level-choice-corner-lamps-instruction = Każde pole tej drogi to lampa albo czerwone pole. Na czerwonym skręć w lewo. Na każdym innym polu zapal lampę.
level-choice-corner-lamps-learned = „Jeśli … inaczej” może też pytać o kolor: pierwsza część działa na czerwonym, część „inaczej” na każdym innym polu.
level-choice-corner-lamps-hint-1 = Które pola nie mają lampy? Co robi tam robot?
level-choice-corner-lamps-hint-2 = Jeden klocek „Jeśli … inaczej” zrobi oba zadania: jedna część dla czerwonych pól, część „inaczej” dla lamp.
level-choice-corner-lamps-hint-3 = W „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli na czerwonym” ze „Skręć w lewo” w pierwszej części.

level-choice-two-rules-title = Dwie zasady
level-choice-two-rules-instruction = Czerwone znaczy skręć w lewo. Ściana z przodu znaczy skręć w prawo. Użyj „Jeśli” do jednej zasady, a „Jeśli … inaczej” do drugiej.
level-choice-two-rules-learned = Jeden program może mieszać „Jeśli” i „Jeśli … inaczej”. Każdy zadaje swoje pytanie, jedno po drugim.
level-choice-two-rules-hint-1 = Niektóre drogi biegną dalej za czerwonym polem, ale prowadzą donikąd. Na czerwonym skręć w lewo.
level-choice-two-rules-hint-2 = W każdej rundzie zadaj dwa pytania: czy stoję na czerwonym? Czy z przodu jest wolne?
level-choice-two-rules-hint-3 = W „Powtarzaj do skutku” zacznij od „Naprzód”. Potem „Jeśli na czerwonym” ze „Skręć w lewo” w środku.

level-choice-red-means-left-title = Skrzyżowania w kanionie
level-choice-red-means-left-instruction = Jedź dalej, dopóki z przodu jest wolne. Przy ścianie spójrz na pole: na czerwonym skręć w lewo, na każdym innym skręć w prawo.
level-choice-red-means-left-learned = „Jeśli” może być w środku innego „Jeśli”. Robot zadaje jedno pytanie, a potem może następne.
level-choice-red-means-left-hint-1 = Czerwone pola mają znaczenie tylko przy ścianie. Na otwartej drodze przejeżdżaj po nich. Jedna droga prowadzi w kółko!
level-choice-red-means-left-hint-2 = Najpierw zapytaj: czy z przodu jest wolne? Dopiero gdy nie jest, zapytaj: czy stoję na czerwonym?
level-choice-red-means-left-hint-3 = W „Powtarzaj do skutku” użyj „Jeśli z przodu wolne … inaczej” z „Naprzód” w pierwszej części.

## Bug Bay

level-bug-wrong-turn-title = Zły kierunek
level-bug-wrong-turn-instruction = Ten program powinien zaprowadzić robota do flagi, ale robot uderza w ścianę. Znajdź zły klocek i popraw go.
level-bug-wrong-turn-learned = Szukanie błędów to znalezienie kroku, który idzie źle, i poprawienie tylko tego kroku.
level-bug-wrong-turn-hint-1 = Dotknij „Krok”, aby wykonywać jeden klocek naraz. Gdzie coś idzie źle?
level-bug-wrong-turn-hint-2 = Błąd to często tylko jeden zły klocek. Zamień go na właściwy.
level-bug-wrong-turn-hint-3 = Spójrz na obrót. Czy robot powinien skręcić w lewo, czy w prawo?

level-bug-missing-step-title = Brakujący krok
level-bug-missing-step-instruction = Robot próbuje zapalić lampę tam, gdzie jej nie ma. Znajdź, czego brakuje.
level-bug-missing-step-learned = Czasem błąd to brakujący klocek. Policz pola, żeby to sprawdzić.
level-bug-missing-step-hint-1 = Która lampa zostaje zgaszona?
level-bug-missing-step-hint-2 = Policz pola od rogu do drugiej lampy. Policz też klocki „Naprzód”.
level-bug-missing-step-hint-3 = Brakujący klocek należy wstawić tuż po „Skręć w prawo”. Który klocek przesuwa robota?

level-bug-loop-count-title = Policz jeszcze raz
level-bug-loop-count-instruction = Robot uderza w ścianę. Sprawdź, ile razy powtarza się każda pętla, i popraw to.
level-bug-loop-count-learned = Pętla, która powtarza się o raz za dużo albo o raz za mało, to bardzo częsty błąd.
level-bug-loop-count-hint-1 = Obserwuj pierwszą pętlę. Gdzie robot uderza?
level-bug-loop-count-hint-2 = Policz pola przed rogiem. Pętla powinna powtarzać się tyle razy.
level-bug-loop-count-hint-3 = Zmień liczbę w pierwszej pętli.

level-bug-forgot-light-title = Ciemno
level-bug-forgot-light-instruction = Robot objeżdża kwadrat, ale żadna lampa się nie włącza. Napraw pętlę.
level-bug-forgot-light-learned = Gdy coś nigdy się nie dzieje, sprawdź, czy w pętli nie brakuje klocka.
level-bug-forgot-light-hint-1 = Który klocek włącza lampę? Czy jest w programie?
level-bug-forgot-light-hint-2 = Klocek dodany do pętli działa w każdej rundzie.
level-bug-forgot-light-hint-3 = Brakujący klocek trafia do pętli. Robot stoi na lampie po dwóch klockach „Naprzód”.

level-bug-helper-turn-title = Błąd w pomocniku
level-bug-helper-turn-instruction = Pomocnik 1 ma błąd. Program główny wywołuje go trzy razy, więc błąd zdarza się za każdym razem. Popraw go raz.
level-bug-helper-turn-learned = Gdy poprawiasz pomocnika, poprawiasz każde miejsce, które go wywołuje.
level-bug-helper-turn-hint-1 = Dotknij „Krok”. Co się dzieje po pierwszej lampie?
level-bug-helper-turn-hint-2 = Na każdym rogu tego kwadratu droga skręca w prawo.
level-bug-helper-turn-hint-3 = Spójrz na ostatni klocek w Pomocniku 1.

level-bug-wrong-side-title = Zła strona
level-bug-wrong-side-instruction = Droga zawsze skręca w prawo, ale robot uderza w ścianę. „Jeśli” zadaje złe pytanie. Popraw to.
level-bug-wrong-side-learned = „Jeśli”, które zadaje złe pytanie, może zepsuć cały program.
level-bug-wrong-side-hint-1 = W którą stronę skręca droga? Na którą stronę patrzy „Jeśli”?
level-bug-wrong-side-hint-2 = Dotknij klocka „Jeśli” w programie. Potem dotknij „Zmień pytanie”.
level-bug-wrong-side-hint-3 = „Jeśli” patrzy w jedną stronę, a droga skręca w drugą.

level-bug-two-mistakes-title = Dwa błędy
level-bug-two-mistakes-instruction = Ten program ma dwa błędy. Znajdź oba, żeby robot wjechał po schodach do flagi.
level-bug-two-mistakes-learned = Program może mieć więcej niż jeden błąd. Popraw jeden, uruchom program jeszcze raz, potem popraw następny.
level-bug-two-mistakes-hint-1 = Obserwuj pierwszy stopień schodów. Gdzie robot jedzie źle?
level-bug-two-mistakes-hint-2 = Jeden błąd to obrót. Drugi to liczba powtórzeń pętli.
level-bug-two-mistakes-hint-3 = Na każdym stopniu robot jedzie w górę, a potem obraca się z powrotem w kierunku jazdy. Sprawdź ten obrót, potem policz stopnie.

level-bug-mixed-colours-title = Pomieszane kolory
level-bug-mixed-colours-instruction = Czerwone powinno znaczyć skręć w lewo, a niebieskie skręć w prawo. Ktoś je pomieszał. Popraw program.
level-bug-mixed-colours-learned = Przetestuj program, zobacz, gdzie robi coś, czego nie chcesz, i popraw tylko to.
level-bug-mixed-colours-hint-1 = Co robi robot na pierwszym niebieskim polu?
level-bug-mixed-colours-hint-2 = Każde „Jeśli” pyta o właściwy kolor, ale wykonuje zły obrót.
level-bug-mixed-colours-hint-3 = Zmień obrót w środku każdego „Jeśli”.
