# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.

## Tiles
command-forward = Напред
command-turn-left = Завий наляво
command-turn-right = Завий надясно
command-light = Запали
tile-repeat = Повтори
tile-repeat-until-goal = Повтаряй до успех
tile-if = Ако
tile-if-else = Ако … иначе
tile-call-p1 = Помощник 1
tile-call-p2 = Помощник 2
tile-repeat-times = Повтори { $times } { $times ->
        [one] път
       *[other] пъти
    }
tile-if-condition = Ако { $condition }
tile-if-else-condition = Ако { $condition }, иначе

tile-repeat-while = Повтаряй, докато
tile-call-p1-with = Помощник 1 с число
tile-call-p2-with = Помощник 2 с число
tile-repeat-n = Повтори n пъти
tile-set-count = Задай брояча
tile-add-count = Добави 1 към брояча
tile-repeat-while-condition = Повтаряй, докато { $condition }
tile-call-with = { $routine } с числото { $number }
tile-set-count-to = Задай брояча на { $number }
condition-count-is = броячът е { $count }
# "не" stands before the whole question: "Ако не на червено".
test-not = не { $condition }
test-and = { $first } и { $second }
test-or = { $first } или { $second }
test-not-word = не
test-and-word = и
test-or-word = или

condition-path-ahead = свободно отпред
condition-path-left = свободно отляво
condition-path-right = свободно отдясно
condition-on-red = на червено
condition-on-blue = на синьо
condition-on-green = на зелено
colour-red = червено
colour-blue = синьо
colour-green = зелено

## Routines
routine-main = Основна програма
routine-p1 = Помощник 1
routine-p2 = Помощник 2
routine-when = Част за събитие
event-on-lamp = Когато роботът стъпи на лампа
event-on-red = Когато роботът стъпи на червено
event-on-blue = Когато роботът стъпи на синьо
event-on-green = Когато роботът стъпи на зелено

## The editor
robot-slots = { $routine }: { $used } от { $max } { $max ->
        [one] блокче
       *[other] блокчета
    }
robot-program-tile = { $tile }, стъпка { $position } в: { $place }
robot-place-inside = { $container }
robot-place-else = частта „иначе“ на { $container }
robot-list-end = Край на { $place }: новите блокчета отиват тук
robot-else = иначе
robot-undo = Отмени
robot-redo = Върни
robot-clear = Изчисти всичко
robot-delete = Премахни блокчето
robot-move-earlier = Премести по-рано
robot-move-later = Премести по-късно
robot-fewer = По-малко пъти
robot-more = Повече пъти
robot-change-condition = Смени въпроса
editor-full = { $routine }: няма място. Първо премахни блокче.
editor-too-deep = Кутии в кутии могат да стигат само три нива навътре.
editor-into-itself = Блокче не може да влезе в самото себе си.
editor-nothing = Тук няма какво да се направи.
robot-number-down = По-малко число
robot-number-up = По-голямо число
robot-change-logic = Смени не / и / или
robot-change-second = Смени втория въпрос
robot-change-event = Смени събитието
editor-only-in-helper = „Повтори n пъти“ работи само в помощник: n е числото, което помощникът получава.

## The debugger
robot-run = Старт
robot-pause = Пауза
robot-step = Стъпка
robot-step-back = Стъпка назад
robot-stop = Стоп
robot-speed = Скорост: { $speed }
robot-speed-slow = бавно
robot-speed-normal = нормално
robot-speed-fast = бързо
robot-running = Стъпка { $steps }
robot-running-count = Стъпка { $steps } · брояч = { $count }
robot-running-n = Стъпка { $steps } · n = { $n }
robot-running-count-n = Стъпка { $steps } · брояч = { $count } · n = { $n }
robot-program-empty = Докосвай блокчетата, за да построиш програмата си.
robot-program-ready = Докосни „Старт“, за да започнеш, или „Стъпка“, за да минаваш блокче по блокче.

robot-board = Роботът е в колона { $x }, ред { $y }, с лице { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Запалени лампи: { $lit } от { $lamps }.
    }
robot-board-goal = Знамето е в колона { $x }, ред { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Колона { $x }, ред { $y }: { $what }
robot-cell-floor = под
robot-cell-wall = стена
robot-cell-coloured = под в { $colour }
robot-cell-lamp = лампа, незапалена
robot-cell-lamp-lit = лампа, запалена
robot-cell-flag = { $what }, знаме
robot-cell-robot = { $what }, робот с лице { $facing }

direction-north = нагоре
direction-east = надясно
direction-south = надолу
direction-west = наляво

## What a run did
outcome-reached-goal = Успя!
outcome-hit-wall = Бум! Роботът се удари в стена. Промени програмата си и опитай пак.
outcome-left-board = Внимание! Роботът щеше да падне от полето. Промени програмата си и опитай пак.
outcome-no-lamp = Тук няма лампа. Роботът може да запали лампа само там, където стои.
outcome-out-of-commands = Програмата свърши, но задачата още не е изпълнена. Добави още блокчета и опитай пак.
outcome-step-budget = Роботът направи { $steps } { $steps ->
        [one] стъпка
       *[other] стъпки
    } и още не е готов. Дали програмата ти не се върти в кръг безкрай?
outcome-too-many-calls = Твърде много помощници извикват помощници! Дали някой помощник не извиква себе си, преди да е готов?
