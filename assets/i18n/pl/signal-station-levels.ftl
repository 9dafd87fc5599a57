# Signal Station: events. The event part runs by itself each time the robot steps on a lamp
# or a colour. Name it by its title: „Gdy robot wjedzie na lampę”; the button is
# „Zmień zdarzenie”.

## A first event, a colour, the right event

level-signal-first-event-title = Lampy tu i tam
level-signal-first-event-instruction = Zapal każdą lampę, a potem zatrzymaj się na fladze. Program główny mieści tylko 3 klocki, więc sam nie da rady. Wypróbuj nową część: „Gdy robot wjedzie na lampę”.
level-signal-first-event-learned = Zdarzenie to coś, co się dzieje, na przykład robot wjeżdża na lampę. Klocki w części „Gdy robot wjedzie na lampę” działają za każdym razem, gdy to się stanie. Potem robot wraca do Programu głównego.
level-signal-first-event-hint-1 = Lampy nie stoją w równych odstępach. Czy Program główny musi wiedzieć, gdzie jest każda lampa?
level-signal-first-event-hint-2 = Niech Program główny po prostu jedzie do flagi. Za każdym razem, gdy robot wjedzie na lampę, część „Gdy robot wjedzie na lampę” działa sama.
level-signal-first-event-hint-3 = Włóż „Zapal” do części „Gdy robot wjedzie na lampę”.

level-signal-blue-corners-title = Niebieskie rogi
level-signal-blue-corners-instruction = Jedź do flagi pośrodku. Niebieskie pola pokazują, gdzie droga skręca. Program główny mieści tylko 3 klocki.
level-signal-blue-corners-learned = Zdarzeniem może być też kolor. Część „Gdy robot wjedzie na niebieskie” działa za każdym razem, gdy „Naprzód” wprowadzi robota na niebieskie pole.
level-signal-blue-corners-hint-1 = W którą stronę skręca droga na każdym niebieskim polu? Za każdym razem w tę samą?
level-signal-blue-corners-hint-2 = Program główny tylko jedzie dalej. Zakręty należą do części „Gdy robot wjedzie na niebieskie”.
level-signal-blue-corners-hint-3 = Program główny to „Powtarzaj do skutku” z „Naprzód” w środku.

level-signal-which-event-title = Który kolor?
level-signal-which-event-instruction = Jedź do flagi. Na niektórych kolorowych polach droga skręca w lewo. Przyjrzyj się kolorom, a potem wybierz właściwe zdarzenie.
level-signal-which-event-learned = „Zmień zdarzenie” wybiera, na co robot reaguje. Wybierz zdarzenie, które dzieje się dokładnie tam, gdzie robot ma coś zrobić.
level-signal-which-event-hint-1 = Gdzie droga skręca? Jakiego koloru są te pola?
level-signal-which-event-hint-2 = Czerwone pola leżą na prostych odcinkach. Skręt w tym miejscu prowadzi w ślepą uliczkę. Dotknij „Zmień zdarzenie”.
level-signal-which-event-hint-3 = Włóż „Skręć w lewo” do części „Gdy robot wjedzie na zielone”.

## More in the event part

level-signal-corner-lamps-title = Lampy w rogach
level-signal-corner-lamps-instruction = Objedź raz cały pierścień, zapal cztery lampy i zatrzymaj się na fladze za robotem. Każda lampa stoi w rogu.
level-signal-corner-lamps-learned = Część zdarzenia może zawierać więcej niż jeden klocek. Za każdym razem, gdy zdarzenie się dzieje, działają wszystkie jej klocki, jeden po drugim.
level-signal-corner-lamps-hint-1 = Co robot musi zrobić w każdym rogu?
level-signal-corner-lamps-hint-2 = Przy każdej lampie są dwa zadania: zapalić lampę i skręcić. Oba trafiają do części „Gdy robot wjedzie na lampę”.
level-signal-corner-lamps-hint-3 = Włóż „Zapal” do części „Gdy robot wjedzie na lampę”. Co jeszcze dzieje się w rogu?

level-signal-count-reds-title = Trzecie czerwone pole
level-signal-count-reds-instruction = Dotrzyj do flagi. Przy każdym czerwonym polu jest droga w lewo, ale tylko trzecia prowadzi do flagi. Niech robot liczy czerwone pola.
level-signal-count-reds-learned = Część zdarzenia może też używać licznika. Część „Gdy robot wjedzie na czerwone” dodaje 1 na każdym czerwonym polu, więc Program główny musi tylko jechać.
level-signal-count-reds-hint-1 = Trzy czerwone pola wyglądają tak samo. Skąd robot ma wiedzieć, które jest trzecie?
level-signal-count-reds-hint-2 = Za każdym razem, gdy robot wjedzie na czerwone, dodaj 1 do licznika. Gdy licznik wynosi 3, skręć w lewo.
level-signal-count-reds-hint-3 = Część „Gdy robot wjedzie na czerwone” zaczyna się od „Dodaj 1 do licznika”.

level-signal-winding-road-title = Kręta droga
level-signal-winding-road-instruction = Jedź krętą drogą, zapal każdą lampę i dotrzyj do flagi. Lampy nie stoją w rogach.
level-signal-winding-road-learned = Program główny i część zdarzenia mogą mieć każde swoje zadanie. Tutaj Program główny jedzie drogą, a część „Gdy robot wjedzie na lampę” zapala lampy po drodze.
level-signal-winding-road-hint-1 = W którą stronę skręca droga w każdym rogu?
level-signal-winding-road-hint-2 = Program główny jedzie dalej i skręca w prawo wszędzie tam, gdzie z prawej jest wolne. Lampy to zadanie dla części „Gdy robot wjedzie na lampę”.
level-signal-winding-road-hint-3 = W Programie głównym, w „Powtarzaj do skutku”: „Naprzód”, potem „Jeśli z prawej wolne”.

level-signal-fix-the-event-title = Złe zdarzenie
level-signal-fix-the-event-instruction = Na każdym niebieskim polu robot powinien skręcić tam, gdzie biegnie droga. Ale skręca za wcześnie i wjeżdża w ścianę. Popraw program.
level-signal-fix-the-event-learned = Gdy część zdarzenia robi właściwą rzecz w złym momencie, najpierw sprawdź jej zdarzenie. Jedno dotknięcie „Zmień zdarzenie” może to naprawić.
level-signal-fix-the-event-hint-1 = Dotknij „Krok” i obserwuj. Na którym polu robot skręca pierwszy raz?
level-signal-fix-the-event-hint-2 = Klocki części zdarzenia są dobre. Działają tylko na złych polach.
level-signal-fix-the-event-hint-3 = Przeczytaj tytuł nad „Jeśli … inaczej”. Czy to właśnie dzieje się w rogach?

level-signal-side-steps-title = Kroki w bok
level-signal-side-steps-instruction = Dotrzyj do flagi. Na każdym czerwonym polu droga przesuwa się o jedno pole w prawo od robota. Część „Gdy robot wjedzie na czerwone” mieści tylko 2 klocki.
level-signal-side-steps-learned = Część zdarzenia może wywołać pomocnika, tak jak Program główny. Klocki pomocnika działają, a potem robot wraca do Programu głównego.
level-signal-side-steps-hint-1 = Co robi robot na czerwonym polu, żeby dostać się na następny odcinek drogi?
level-signal-side-steps-hint-2 = Krok w bok wymaga trzech klocków, a część zdarzenia mieści tylko 2. Zbuduj krok w bok w Pomocniku 1 i wywołaj go z części „Gdy robot wjedzie na czerwone”.
level-signal-side-steps-hint-3 = Pomocnik 1 zaczyna się od „Skręć w prawo”.
