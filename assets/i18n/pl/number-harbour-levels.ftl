# Number Harbour: loops and ifs inside helpers, helpers that take a number, the counter.
# Tile names (robot.ftl): Pomocnik 1 z liczbą, Powtórz n razy, Ustaw licznik, Dodaj 1 do licznika.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Pętla w pomocniku
level-number-loop-in-helper-instruction = Zapal trzy lampy na końcach długich boków. Program główny mieści tylko 3 klocki, a Pomocnik 1 tylko 4.
level-number-loop-in-helper-learned = Pomocnik może zawierać pętlę. Za każdym razem, gdy Program główny wywołuje pomocnika, jego pętla działa od początku.
level-number-loop-in-helper-hint-1 = Trzy boki są podobne: tej samej długości, z lampą i zakrętem na końcu. Co robi robot na jednym boku?
level-number-loop-in-helper-hint-2 = Cztery klocki „Naprzód” i obrót nie zmieszczą się w Pomocniku 1. Włóż do pomocnika „Powtórz”.
level-number-loop-in-helper-hint-3 = Pomocnik 1: „Powtórz 4 razy” z „Naprzód” w środku, potem „Skręć w prawo”.

level-number-round-the-basin-title = Dookoła basenu
level-number-round-the-basin-instruction = Zapal każdą lampę dookoła basenu portowego. Program główny mieści tylko jeden klocek, więc Pomocnik 1 musi wywołać sam siebie.
level-number-round-the-basin-learned = Pomocnik może zawierać pętlę i nadal wywoływać sam siebie. Pętla robi jeden bok, a wywołanie zaczyna następny.
level-number-round-the-basin-hint-1 = Każdy bok wygląda tak samo. Ile lamp jest na jednym boku?
level-number-round-the-basin-hint-2 = Jeden bok to: trzy razy jazda i zapalenie, potem obrót. Zbuduj to w Pomocniku 1 z pętlą i niech Pomocnik 1 na końcu wywoła sam siebie.
level-number-round-the-basin-hint-3 = Pomocnik 1 zaczyna się od „Powtórz 3 razy” z „Naprzód” i „Zapal” w środku.

level-number-if-in-helper-title = Czerwone rogi
level-number-if-in-helper-instruction = Zapal wszystkie lampy wzdłuż muru portu. Na czerwonym polu droga skręca w lewo. Program główny mieści tylko 3 klocki.
level-number-if-in-helper-learned = Pomocnik może zawierać „Jeśli”. Za każdym razem, gdy pomocnik działa, znów zadaje pytanie, więc jeden pomocnik pasuje i do prostych dróg, i do rogów.
level-number-if-in-helper-hint-1 = Od jednej lampy do następnej są zawsze dwa kroki. Czasem pole pomiędzy jest czerwone.
level-number-if-in-helper-hint-2 = Niech Pomocnik 1 prowadzi robota od jednej lampy do następnej. Po drodze pyta: czy stoję na czerwonym? Program główny zapala lampę i powtarza do skutku.
level-number-if-in-helper-hint-3 = Pomocnik 1 zaczyna się od „Naprzód”, potem „Jeśli na czerwonym”.

## Helpers with a number

level-number-walk-n-title = Jedź n pól
level-number-walk-n-instruction = Dotrzyj do flagi. Proste odcinki drogi mają różne długości, a Program główny mieści tylko 5 klocków. Użyj klocka „Pomocnik 1 z liczbą”.
level-number-walk-n-learned = Możesz dać pomocnikowi liczbę, gdy go wywołujesz. W pomocniku „Powtórz n razy” powtarza tyle razy, ile mówi ta liczba.
level-number-walk-n-hint-1 = Policz pola każdego prostego odcinka drogi.
level-number-walk-n-hint-2 = W Pomocniku 1 włóż „Naprzód” do „Powtórz n razy”. Wtedy „Pomocnik 1 z liczbą 3” jedzie 3 pola, a „Pomocnik 1 z liczbą 6” jedzie 6.
level-number-walk-n-hint-3 = Program główny zaczyna się od „Pomocnik 1 z liczbą 3”, potem „Skręć w prawo”.

level-number-spiral-title = Spirala
level-number-spiral-instruction = Jedź po spirali do flagi pośrodku. Każdy prosty odcinek jest o jedno pole krótszy od poprzedniego.
level-number-spiral-learned = Pomocnik jest ciągle ten sam, zmienia się tylko jego liczba przy każdym wywołaniu. Program główny mówi tylko, jak daleko.
level-number-spiral-hint-1 = Jak długi jest każdy prosty odcinek? Co robi robot na końcu każdego z nich?
level-number-spiral-hint-2 = Pomocnik 1 może przejechać n pól, a potem się obrócić. Program główny wywołuje go cztery razy, za każdym razem z mniejszą liczbą.
level-number-spiral-hint-3 = Pomocnik 1 kończy się klockiem „Skręć w prawo”.

level-number-lamp-rows-title = Rzędy lamp
level-number-lamp-rows-instruction = Zapal rząd 5 lamp i rząd 3 lamp. Program główny mieści tylko 3 klocki.
level-number-lamp-rows-learned = Liczba nie musi liczyć kroków. Tutaj liczy lampy: „Pomocnik 1 z liczbą 5” zapala 5 lamp.
level-number-lamp-rows-hint-1 = Przy każdej lampie robot wjeżdża na nią i ją zapala.
level-number-lamp-rows-hint-2 = Włóż „Naprzód” i „Zapal” do „Powtórz n razy”. Wtedy n mówi, ile lamp zapala Pomocnik 1.
level-number-lamp-rows-hint-3 = Program główny: „Pomocnik 1 z liczbą 5”, potem „Skręć w prawo”, potem jeszcze jeden klocek.

## The robot's counter

level-number-third-opening-title = Trzecie odgałęzienie
level-number-third-opening-instruction = Droga do flagi to trzecie odgałęzienie po prawej. Niech robot liczy odgałęzienia, które mija.
level-number-third-opening-learned = Robot ma licznik, który zaczyna od 0. „Dodaj 1 do licznika” dodaje jeden, a „Jeśli licznik wynosi 3” pyta, ile razy coś się już zdarzyło.
level-number-third-opening-hint-1 = Pierwsze dwa odgałęzienia po prawej prowadzą tylko z powrotem na drogę. Dopiero trzecie prowadzi do flagi.
level-number-third-opening-hint-2 = Za każdym razem, gdy z prawej jest wolna droga, dodaj 1 do licznika. Skręć w prawo dopiero wtedy, gdy licznik wynosi 3.
level-number-third-opening-hint-3 = W „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli z prawej wolne”.

level-number-counting-helper-title = Pomocnik, który liczy
level-number-counting-helper-instruction = Skręć w trzecie odgałęzienie po prawej, aby dotrzeć do flagi. Program główny mieści tylko 4 klocki, więc liczyć musi Pomocnik 1.
level-number-counting-helper-learned = Program główny i pomocnicy mają jeden wspólny licznik. Pomocnik może do niego dodawać i o niego pytać, a wartość zostaje, gdy pomocnik kończy.
level-number-counting-helper-hint-1 = Tym razem robot jedzie w lewo, więc jego prawa strona to góra planszy.
level-number-counting-helper-hint-2 = Program główny jedzie i pyta: czy z prawej jest wolne? Gdy tak, wywołuje Pomocnika 1. Pomocnik 1 liczy i skręca w prawo, gdy licznik wynosi 3.
level-number-counting-helper-hint-3 = Pomocnik 1 zaczyna się od „Dodaj 1 do licznika”.

level-number-second-red-title = Drugie czerwone pole
level-number-second-red-instruction = Dotrzyj do flagi. Skręć w lewo na drugim czerwonym polu, nie na pierwszym.
level-number-second-red-learned = Licznik może liczyć wszystko, o co robot potrafi zapytać: odgałęzienia, kolory i więcej.
level-number-second-red-hint-1 = Przy obu czerwonych polach jest droga w lewo. Która prowadzi do flagi?
level-number-second-red-hint-2 = Na każdym czerwonym polu dodaj 1 do licznika. Skręć w lewo tylko wtedy, gdy licznik wynosi 2.
level-number-second-red-hint-3 = W „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli na czerwonym”.

level-number-fix-the-count-title = Licz od nowa
level-number-fix-the-count-instruction = Robot powinien skręcać w lewo na co drugim czerwonym polu. Skręca na drugim, ale na czwartym jedzie dalej prosto w ścianę. Popraw program.
level-number-fix-the-count-learned = Licznik rośnie, dopóki go nie cofniesz. „Ustaw licznik na 0” zaczyna nowe liczenie.
level-number-fix-the-count-hint-1 = Dotknij „Krok” i obserwuj licznik obok numeru kroku. Ile wynosi licznik na czwartym czerwonym polu?
level-number-fix-the-count-hint-2 = Po pierwszym zakręcie robot powinien znów liczyć od 0.
level-number-fix-the-count-hint-3 = Zobacz, co się dzieje tuż po tym, jak robot skręci w lewo.
