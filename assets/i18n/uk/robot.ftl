# The robot-grid levels (coding).

command-forward = Вперед
command-turn-left = Поворот ліворуч
command-turn-right = Поворот праворуч

robot-run = Старт
robot-clear = Очистити
robot-try-again = Спробувати ще раз
robot-slots = { $used } з { $max } { $max ->
        [one] блока
        [few] блоків
        [many] блоків
       *[other] блоків
    }
robot-program-empty = Натискай на блоки, щоб скласти свою програму.
robot-program-full = У твоїй програмі більше немає місця.
# Accessible name of a tile in the pupil's program; activating it removes the tile.
robot-program-tile = Прибрати крок { $position }: { $command }
# Accessible description of the board for screen readers.
# { $facing } is one of the direction-* texts below ("дивиться вгору").
robot-board = Робот стоїть у стовпці { $x }, рядку { $y } і дивиться { $facing }. Прапорець у стовпці { $goal_x }, рядку { $goal_y }.

direction-north = вгору
direction-east = праворуч
direction-south = вниз
direction-west = ліворуч

outcome-reached-goal = Ура! Робот дійшов до прапорця!
outcome-hit-wall = Бум! Робот урізався в стіну. Зміни програму і спробуй ще раз.
outcome-left-board = Обережно! Робот упав би з поля. Зміни програму і спробуй ще раз.
outcome-out-of-commands = У робота закінчилися кроки, а до прапорця він ще не дійшов. Додай більше блоків і спробуй ще раз.
