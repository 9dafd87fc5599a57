# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Naprzód
command-turn-left = Skręć w lewo
command-turn-right = Skręć w prawo
command-light = Zapal
tile-repeat = Powtórz
tile-repeat-until-goal = Powtarzaj do skutku
tile-if = Jeśli
tile-if-else = Jeśli … inaczej
tile-call-p1 = Pomocnik 1
tile-call-p2 = Pomocnik 2
tile-repeat-times = Powtórz { $times } { $times ->
        [one] raz
        [few] razy
        [many] razy
       *[other] razy
    }
tile-if-condition = Jeśli { $condition }
tile-if-else-condition = Jeśli { $condition }, inaczej

tile-repeat-while = Powtarzaj, dopóki
tile-call-p1-with = Pomocnik 1 z liczbą
tile-call-p2-with = Pomocnik 2 z liczbą
tile-repeat-n = Powtórz n razy
tile-set-count = Ustaw licznik
tile-add-count = Dodaj 1 do licznika
tile-repeat-while-condition = Powtarzaj, dopóki { $condition }
tile-call-with = { $routine } z liczbą { $number }
tile-set-count-to = Ustaw licznik na { $number }
condition-count-is = licznik wynosi { $count }
# "nie" stands before the whole question: "Jeśli nie na czerwonym".
test-not = nie { $condition }
test-and = { $first } i { $second }
test-or = { $first } lub { $second }
test-not-word = nie
test-and-word = i
test-or-word = lub

condition-path-ahead = z przodu wolne
condition-path-left = z lewej wolne
condition-path-right = z prawej wolne
condition-on-red = na czerwonym
condition-on-blue = na niebieskim
condition-on-green = na zielonym
colour-red = czerwony
colour-blue = niebieski
colour-green = zielony

## Routines
routine-main = Program główny
routine-p1 = Pomocnik 1
routine-p2 = Pomocnik 2
routine-when = Część zdarzenia
event-on-lamp = Gdy robot wjedzie na lampę
event-on-red = Gdy robot wjedzie na czerwone
event-on-blue = Gdy robot wjedzie na niebieskie
event-on-green = Gdy robot wjedzie na zielone

## The editor
robot-slots = { $routine }: { $used } z { $max } { $max ->
        [one] klocka
        [few] klocków
        [many] klocków
       *[other] klocka
    }
robot-program-tile = { $tile }, krok { $position } w: { $place }
robot-place-inside = { $container }
robot-place-else = część „inaczej” w: { $container }
robot-list-end = Koniec: { $place }. Tu trafiają nowe klocki
robot-else = inaczej
robot-undo = Cofnij
robot-redo = Ponów
robot-clear = Wyczyść wszystko
robot-delete = Usuń klocek
robot-move-earlier = Przesuń wcześniej
robot-move-later = Przesuń później
robot-fewer = Mniej razy
robot-more = Więcej razy
robot-change-condition = Zmień pytanie
editor-full = { $routine }: brak miejsca. Najpierw usuń jakiś klocek.
editor-too-deep = Pudełka w pudełkach mogą sięgać najwyżej trzy poziomy w głąb.
editor-into-itself = Klocek nie może trafić do samego siebie.
editor-nothing = Tu nie ma nic do zrobienia.
robot-number-down = Mniejsza liczba
robot-number-up = Większa liczba
robot-change-logic = Zmień nie / i / lub
robot-change-second = Zmień drugie pytanie
robot-change-event = Zmień zdarzenie
editor-only-in-helper = „Powtórz n razy” działa tylko w pomocniku: n to liczba, którą pomocnik dostaje.

## The debugger
robot-run = Start
robot-pause = Pauza
robot-step = Krok
robot-step-back = Krok wstecz
robot-stop = Stop
robot-speed = Prędkość: { $speed }
robot-speed-slow = wolno
robot-speed-normal = normalnie
robot-speed-fast = szybko
robot-running = Krok { $steps }
robot-running-count = Krok { $steps } · licznik = { $count }
robot-running-n = Krok { $steps } · n = { $n }
robot-running-count-n = Krok { $steps } · licznik = { $count } · n = { $n }
robot-program-empty = Dotykaj klocków, aby zbudować program.
robot-program-ready = Dotknij „Start”, aby zacząć, albo „Krok”, aby przejść klocek po klocku.

robot-board = Robot jest w kolumnie { $x }, w rzędzie { $y } i patrzy { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Zapalone lampy: { $lit } z { $lamps }.
    }
robot-board-goal = Flaga jest w kolumnie { $x }, w rzędzie { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Kolumna { $x }, rząd { $y }: { $what }
robot-cell-floor = podłoga
robot-cell-wall = ściana
robot-cell-coloured = podłoga, kolor { $colour }
robot-cell-lamp = lampa, zgaszona
robot-cell-lamp-lit = lampa, zapalona
robot-cell-flag = { $what }, flaga
robot-cell-robot = { $what }, robot patrzy { $facing }

direction-north = w górę
direction-east = w prawo
direction-south = w dół
direction-west = w lewo

## What a run did
outcome-reached-goal = Udało się!
outcome-hit-wall = Bum! Robot uderzył w ścianę. Zmień program i spróbuj jeszcze raz.
outcome-left-board = Uwaga! Robot spadłby z planszy. Zmień program i spróbuj jeszcze raz.
outcome-no-lamp = Tu nie ma lampy. Robot może zapalić lampę tylko tam, gdzie stoi.
outcome-out-of-commands = Program się skończył, ale zadanie nie jest jeszcze wykonane. Dodaj więcej klocków i spróbuj jeszcze raz.
outcome-step-budget = Robot zrobił już { $steps } { $steps ->
        [one] krok
        [few] kroki
        [many] kroków
       *[other] kroku
    } i wciąż nie skończył. Czy twój program nie kręci się w kółko bez końca?
outcome-too-many-calls = Za dużo pomocników wywołuje pomocników! Czy jakiś pomocnik nie wywołuje sam siebie, zanim skończy?
