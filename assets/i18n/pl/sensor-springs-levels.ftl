# Sensor Springs: Repeat while asks its question before every round; the logic words nie, i,
# lub join or turn questions around. Tile names as in robot.ftl.

level-sensor-first-while-title = Długie korytarze
level-sensor-first-while-instruction = Zapal lampę na końcu dwóch długich korytarzy. Wypróbuj nowy klocek: „Powtarzaj, dopóki”.
level-sensor-first-while-learned = „Powtarzaj, dopóki” zadaje pytanie przed każdą rundą. Dopóki odpowiedź brzmi „tak”, znowu wykonuje swoje klocki. Gdy odpowiedź brzmi „nie”, zatrzymuje się.
level-sensor-first-while-hint-1 = Ile pól ma każdy korytarz? Tym razem nie musisz liczyć.
level-sensor-first-while-hint-2 = „Powtarzaj, dopóki z przodu wolne” prowadzi robota dalej, aż przed nim pojawi się ściana.
level-sensor-first-while-hint-3 = Użyj jednego „Powtarzaj, dopóki” na każdy korytarz, z „Naprzód” w środku.

level-sensor-blue-stripe-title = Za niebieskim
level-sensor-blue-stripe-instruction = Niebieski pas prowadzi do lampy. Zapal ją. Uwaga: droga biegnie dalej za lampą!
level-sensor-blue-stripe-learned = „Powtarzaj, dopóki” może też pytać o kolor. „Powtarzaj, dopóki na niebieskim” działa, aż robot zjedzie z niebieskich pól.
level-sensor-blue-stripe-hint-1 = Gdzie kończy się niebieski pas? Czy droga też się tam kończy?
level-sensor-blue-stripe-hint-2 = „Z przodu wolne” poprowadziłoby robota za lampę, aż do ściany. Zapytaj raczej o kolor.
level-sensor-blue-stripe-hint-3 = Robot zaczyna na szarym polu. Najpierw wjedź na pas, potem użyj „Powtarzaj, dopóki na niebieskim”.

level-sensor-three-stripes-title = Trzy pasy
level-sensor-three-stripes-instruction = Zapal wszystkie trzy lampy. Każdy niebieski pas prowadzi do lampy, a każdy pas ma inną długość.
level-sensor-three-stripes-learned = „Powtarzaj, dopóki” może być w środku „Powtórz”. W każdej rundzie wewnętrzna pętla działa, aż jej odpowiedź brzmi „nie”.
level-sensor-three-stripes-hint-1 = Co robi robot przy jednym pasie? Czy przy pozostałych dwóch tak samo?
level-sensor-three-stripes-hint-2 = Przy każdym pasie: wjedź na niego, jedź, dopóki jest niebieski, zapal lampę. Zrób to trzy razy.
level-sensor-three-stripes-hint-3 = Włóż „Powtarzaj, dopóki na niebieskim” do „Powtórz 3 razy”.

level-sensor-stop-on-red-title = Stop na czerwonym
level-sensor-stop-on-red-instruction = Dotrzyj do flagi. Jest tuż obok czerwonego pola.
level-sensor-stop-on-red-learned = „nie” odwraca pytanie. „Powtarzaj, dopóki nie na czerwonym” działa, aż robot stanie na czerwonym.
level-sensor-stop-on-red-hint-1 = Przy czerwonym polu nie ma ściany. Co robot może tam sprawdzić?
level-sensor-stop-on-red-hint-2 = Dotknij „Zmień nie / i / lub”, aby wstawić „nie” przed pytanie. „Nie na czerwonym” to „tak” na każdym polu, które nie jest czerwone.
level-sensor-stop-on-red-hint-3 = Zacznij od „Powtarzaj, dopóki nie na czerwonym” z „Naprzód” w środku. Potem obróć się w stronę flagi.

level-sensor-fix-the-while-title = W kółko
level-sensor-fix-the-while-instruction = Czerwone pola oznaczają rogi: na każdym skręć w prawo. Ale ten robot jeździ w kółko po malutkim kwadracie. Popraw program.
level-sensor-fix-the-while-learned = Klocki w środku „Powtarzaj, dopóki” działają w każdej rundzie. Obrót, który ma być po pętli, musi stać za nią, nie w środku.
level-sensor-fix-the-while-hint-1 = Dotknij „Krok”. Kiedy robot się obraca? Czy stoi wtedy na czerwonym?
level-sensor-fix-the-while-hint-2 = Robot powinien się obrócić, gdy stanie na czerwonym, a nie po każdym kroku.
level-sensor-fix-the-while-hint-3 = Spójrz na klocki w środku „Powtarzaj, dopóki”.

level-sensor-side-roads-title = Boczne drogi
level-sensor-side-roads-instruction = Lampa stoi wszędzie tam, gdzie zaczyna się boczna droga, po lewej albo po prawej. Zapal każdą lampę.
level-sensor-side-roads-learned = „lub” łączy dwa pytania. „Z lewej wolne lub z prawej wolne” to „tak”, gdy jedno z nich to „tak”, albo oba.
level-sensor-side-roads-hint-1 = Spójrz na pola z lampami. Co jest obok każdego z nich?
level-sensor-side-roads-hint-2 = Jedno „Jeśli” może zadać naraz dwa pytania połączone słowem „lub”.
level-sensor-side-roads-hint-3 = Użyj „Powtarzaj, dopóki z przodu wolne” i zacznij je od „Naprzód”.

level-sensor-blue-and-free-title = Pasy i ściany
level-sensor-blue-and-free-instruction = Jedź wzdłuż trzech niebieskich pasów do flagi. Niektóre pasy kończą się przy ścianie. Inne po prostu urywają się na otwartej drodze.
level-sensor-blue-and-free-learned = „i” też łączy dwa pytania. „Z przodu wolne i na niebieskim” to „tak” tylko wtedy, gdy oba to „tak”.
level-sensor-blue-and-free-hint-1 = Gdzie kończy się każdy pas? Gdzie robot uderzyłby w ścianę?
level-sensor-blue-and-free-hint-2 = Jedź dalej, dopóki prawdziwe są dwie rzeczy: z przodu jest wolne, a robot jest na niebieskim.
level-sensor-blue-and-free-hint-3 = Każda runda „Powtórz” robi to samo: wjedź na pas, jedź wzdłuż niego, obróć się w prawo.

level-sensor-spiral-title = Długa spirala
level-sensor-spiral-instruction = Jedź po spirali aż do flagi.
level-sensor-spiral-learned = „Powtarzaj, dopóki” może być w środku innego „Powtarzaj, dopóki”. Zewnętrzna pętla nie potrzebuje liczby: zadaje własne pytanie.
level-sensor-spiral-hint-1 = Ile korytarzy ma spirala? Czy „Powtórz” umie liczyć tak wysoko?
level-sensor-spiral-hint-2 = Na każdy korytarz: jedź do ściany, potem obróć się w prawo. Rób to tak długo, jak z przodu jest wolne.
level-sensor-spiral-hint-3 = Włóż jedno „Powtarzaj, dopóki” do drugiego „Powtarzaj, dopóki”.

level-sensor-painted-corners-title = Malowane rogi
level-sensor-painted-corners-instruction = Zapal każdą lampę. Rogi są pomalowane na czerwono albo na niebiesko: na obu kolorach skręć w lewo.
level-sensor-painted-corners-learned = „Jeśli … inaczej” też może zadać połączone pytanie. Przy „na czerwonym lub na niebieskim” pierwsza część działa na obu kolorach, a część „inaczej” na każdym innym polu.
level-sensor-painted-corners-hint-1 = Które pola nie mają lampy? Jakiego są koloru?
level-sensor-painted-corners-hint-2 = Wystarczy jedno „Jeśli … inaczej”: „na czerwonym lub na niebieskim” dla rogów, część „inaczej” dla lamp.
level-sensor-painted-corners-hint-3 = W „Powtarzaj do skutku” zacznij od „Naprzód”.

level-sensor-maze-title = Labirynt
level-sensor-maze-instruction = Znajdź drogę przez labirynt do flagi. Użyj jak najmniej klocków.
level-sensor-maze-learned = Trzymaj jedną rękę na ścianie, a przejdziesz przez wiele labiryntów. Twój program stosuje tę zasadę za pomocą pętli w pętli.
level-sensor-maze-hint-1 = Wyobraź sobie, że idziesz przez labirynt, cały czas trzymając prawą rękę na ścianie.
level-sensor-maze-hint-2 = Na każdym polu najpierw spróbuj skręcić w prawo. Gdy tam jest ściana, spróbuj prosto, potem w lewo, potem zawróć.
level-sensor-maze-hint-3 = W „Powtarzaj, dopóki z przodu wolne”: „Naprzód”, „Skręć w prawo”, potem „Powtarzaj, dopóki”, które pyta „nie z przodu wolne”.
