# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.
# Keep sentences short and plain: many players are 7–9 years old.

## Tiles (palette names; also read by screen readers)
command-forward = Вперед
command-turn-left = Поворот ліворуч
command-turn-right = Поворот праворуч
command-light = Засвітити
tile-repeat = Повторити
tile-repeat-until-goal = Повторювати, доки не готово
tile-if = Якщо
tile-if-else = Якщо … інакше
tile-call-p1 = Помічник 1
tile-call-p2 = Помічник 2
# A repeat tile in the program, with its count.
tile-repeat-times = Повторити { $times } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разів
    }
# An if tile in the program; $condition is one of the condition-… messages.
tile-if-condition = Якщо { $condition }
tile-if-else-condition = Якщо { $condition }, інакше

tile-repeat-while = Повторювати, поки
tile-call-p1-with = Помічник 1 з числом
tile-call-p2-with = Помічник 2 з числом
tile-repeat-n = Повторити n разів
tile-set-count = Поставити лічильник
tile-add-count = Додати 1 до лічильника
tile-repeat-while-condition = Повторювати, поки { $condition }
tile-call-with = { $routine } з числом { $number }
tile-set-count-to = Поставити лічильник на { $number }
# The question about the counter, in the same "на …" shape as «на червоному»: «Якщо на
# лічильнику 3», «праворуч вільно і на лічильнику 3».
condition-count-is = на лічильнику { $count }
# "not" stands before the whole question, as the word stands before its picture on the tile
# (and as Scratch's «не» does): «Якщо не на червоному», «Повторювати, поки не попереду
# вільно», «Якщо не на лічильнику 3». Read: not (the question).
test-not = не { $condition }
test-and = { $first } і { $second }
test-or = { $first } або { $second }
test-not-word = не
test-and-word = і
test-or-word = або

condition-path-ahead = попереду вільно
condition-path-left = ліворуч вільно
condition-path-right = праворуч вільно
condition-on-red = на червоному
condition-on-blue = на синьому
condition-on-green = на зеленому
colour-red = червоний
colour-blue = синій
colour-green = зелений

## Routines: the main program and the two helpers (procedures)
routine-main = Головна програма
routine-p1 = Помічник 1
routine-p2 = Помічник 2
routine-when = Частина з подією
event-on-lamp = Коли робот стає на лампу
event-on-red = Коли робот стає на червоне
event-on-blue = Коли робот стає на синє
event-on-green = Коли робот стає на зелене

## The editor
# Above each routine: how full it is.
robot-slots = { $routine }: { $used } з { $max } { $max ->
        [one] блока
        [few] блоків
        [many] блоків
       *[other] блоків
    }
# Accessible name of a tile in the program. $place is a routine or the tile it is inside.
robot-program-tile = { $tile }, крок { $position } у: { $place }
robot-place-inside = { $container }
robot-place-else = { $container }: частина «інакше»
# The slot at the end of a list; tapping it puts new tiles there.
robot-list-end = Кінець: { $place }. Нові блоки з’являться тут.
robot-else = інакше
robot-undo = Скасувати
robot-redo = Повернути
robot-clear = Очистити все
robot-delete = Прибрати блок
robot-move-earlier = Пересунути раніше
robot-move-later = Пересунути пізніше
robot-fewer = Менше разів
robot-more = Більше разів
robot-change-condition = Змінити питання
editor-full = { $routine }: більше немає місця. Спершу прибери блок.
editor-too-deep = Блоки в блоках можна вкладати лише на три рівні.
editor-into-itself = Блок не можна вкласти сам у себе.
editor-nothing = Тут нема чого робити.
robot-number-down = Менше число
robot-number-up = Більше число
robot-change-logic = Змінити «не / і / або»
robot-change-event = Змінити подію
robot-change-second = Змінити друге питання
editor-only-in-helper = «Повторити n разів» працює лише в помічнику: n — це число, яке отримує помічник.

## The debugger
robot-run = Старт
robot-pause = Пауза
robot-step = Крок
robot-step-back = Крок назад
robot-stop = Стоп
robot-speed = Швидкість: { $speed }
robot-speed-slow = повільна
robot-speed-normal = звичайна
robot-speed-fast = швидка
robot-running = Крок { $steps }
robot-running-count = Крок { $steps } · лічильник = { $count }
robot-running-n = Крок { $steps } · n = { $n }
robot-running-count-n = Крок { $steps } · лічильник = { $count } · n = { $n }
robot-program-empty = Торкайся блоків, щоб скласти свою програму.
robot-program-ready = Торкнися «Старт», щоб почати, або «Крок», щоб виконувати по одному блоку.

# Accessible description of the board for screen readers.
robot-board = Робот стоїть у стовпці { $x }, рядку { $y } і дивиться { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Засвічено ламп: { $lit } з { $lamps }.
    }
robot-board-goal = Прапорець у стовпці { $x }, рядку { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Стовпець { $x }, рядок { $y }: { $what }
robot-cell-floor = підлога
robot-cell-wall = стіна
robot-cell-coloured = підлога, колір { $colour }
robot-cell-lamp = лампа, не засвічена
robot-cell-lamp-lit = лампа, засвічена
robot-cell-flag = { $what }, прапорець
robot-cell-robot = { $what }, робот дивиться { $facing }

direction-north = вгору
direction-east = праворуч
direction-south = вниз
direction-west = ліворуч

## What a run did
outcome-reached-goal = Ура, вийшло!
outcome-hit-wall = Бум! Робот урізався в стіну. Зміни програму і спробуй ще раз.
outcome-left-board = Обережно! Робот упав би з поля. Зміни програму і спробуй ще раз.
outcome-no-lamp = Тут немає лампи. Робот може засвітити лампу лише там, де стоїть.
outcome-out-of-commands = Програма закінчилася, але завдання ще не виконано. Додай більше блоків і спробуй ще раз.
outcome-step-budget = Робот зробив { $steps } { $steps ->
        [one] крок
        [few] кроки
        [many] кроків
       *[other] кроків
    }, а завдання ще не виконано. Може, твоя програма ходить по колу без кінця?
outcome-too-many-calls = Забагато помічників викликають помічників! Може, помічник викликає сам себе, ще не закінчивши роботу?
