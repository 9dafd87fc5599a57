# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.
# Keep sentences short and plain: many players are 7–9 years old.

## Tiles (palette names; also read by screen readers)
command-forward = Forward
command-turn-left = Turn left
command-turn-right = Turn right
command-light = Light
tile-repeat = Repeat
tile-repeat-until-goal = Repeat until done
tile-if = If
tile-if-else = If … else
tile-call-p1 = Helper 1
tile-call-p2 = Helper 2
# A repeat tile in the program, with its count.
tile-repeat-times = Repeat { $times } { $times ->
        [one] time
       *[other] times
    }
# An if tile in the program; $condition is one of the condition-… messages.
tile-if-condition = If { $condition }
tile-if-else-condition = If { $condition }, else

tile-repeat-while = Repeat while
tile-call-p1-with = Helper 1 with a number
tile-call-p2-with = Helper 2 with a number
tile-repeat-n = Repeat n times
tile-set-count = Set count
tile-add-count = Add 1 to count
# A repeat-while tile in the program; $condition is a condition-… or test-… message.
tile-repeat-while-condition = Repeat while { $condition }
# A helper called with a number: "Helper 1 with 3". $routine is a routine-… message.
tile-call-with = { $routine } with { $number }
tile-set-count-to = Set count to { $number }
# A question about the robot's counter.
condition-count-is = count is { $count }
# Questions joined by logic words, read inside a tile's name: "If not on red".
test-not = not { $condition }
test-and = { $first } and { $second }
test-or = { $first } or { $second }
# The logic words alone, as they show on a tile between the pictures of its questions.
test-not-word = not
test-and-word = and
test-or-word = or

condition-path-ahead = path ahead
condition-path-left = path on the left
condition-path-right = path on the right
condition-on-red = on red
condition-on-blue = on blue
condition-on-green = on green
colour-red = red
colour-blue = blue
colour-green = green

## Routines: the main program and the two helpers (procedures)
routine-main = Main
routine-p1 = Helper 1
routine-p2 = Helper 2
# The routine that runs by itself each time something happens to the robot. Its title on
# screen is the event it answers (event-…), which the pupil can change.
routine-when = Event part
event-on-lamp = When the robot steps on a lamp
event-on-red = When the robot steps on red
event-on-blue = When the robot steps on blue
event-on-green = When the robot steps on green

## The editor
# Above each routine: how full it is.
robot-slots = { $routine }: { $used } of { $max } { $max ->
        [one] tile
       *[other] tiles
    }
# Accessible name of a tile in the program. $place is a routine or the tile it is inside.
robot-program-tile = { $tile }, step { $position } in { $place }
robot-place-inside = { $container }
robot-place-else = the else part of { $container }
# The slot at the end of a list; tapping it puts new tiles there.
robot-list-end = End of { $place }: new tiles go here
robot-else = else
robot-undo = Undo
robot-redo = Redo
robot-clear = Clear all
robot-delete = Remove tile
robot-move-earlier = Move earlier
robot-move-later = Move later
robot-fewer = Fewer times
robot-more = More times
robot-change-condition = Change the question
editor-full = { $routine } is full. Remove a tile first.
editor-too-deep = Boxes inside boxes can only go three deep.
editor-into-itself = A tile cannot go inside itself.
editor-nothing = Nothing to do there.
robot-number-down = Smaller number
robot-number-up = Bigger number
robot-change-logic = Change not / and / or
robot-change-second = Change the second question
robot-change-event = Change the event
editor-only-in-helper = Repeat n times works only inside a helper: n is the number the helper is given.

## The debugger
robot-run = Run
robot-pause = Pause
robot-step = Step
robot-step-back = Step back
robot-stop = Stop
robot-speed = Speed: { $speed }
robot-speed-slow = slow
robot-speed-normal = normal
robot-speed-fast = fast
robot-running = Step { $steps }
# While a run is open in a level with a counter, or inside a helper given a number: what the
# robot remembers, beside the step (screen readers read it with the step).
robot-running-count = Step { $steps } · count = { $count }
robot-running-n = Step { $steps } · n = { $n }
robot-running-count-n = Step { $steps } · count = { $count } · n = { $n }
robot-program-empty = Tap the tiles to build your program.
robot-program-ready = Tap Run to start, or Step to go one tile at a time.

# Accessible description of the board for screen readers.
robot-board = The robot is in column { $x }, row { $y }, facing { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }Lamps lit: { $lit } of { $lamps }.
    }
robot-board-goal = The flag is in column { $x }, row { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = Column { $x }, row { $y }: { $what }
robot-cell-floor = floor
robot-cell-wall = wall
robot-cell-coloured = { $colour } floor
robot-cell-lamp = lamp, not lit
robot-cell-lamp-lit = lamp, lit
robot-cell-flag = { $what }, flag
robot-cell-robot = { $what }, robot facing { $facing }

direction-north = up
direction-east = right
direction-south = down
direction-west = left

## What a run did
outcome-reached-goal = You did it!
outcome-hit-wall = Bump! The robot hit a wall. Change your program and try again.
outcome-left-board = Careful! The robot would fall off the board. Change your program and try again.
outcome-no-lamp = There is no lamp here. The robot can only light a lamp where it stands.
outcome-out-of-commands = The program ended, but the job is not done yet. Add more tiles and try again.
outcome-step-budget = The robot took { $steps } { $steps ->
        [one] step
       *[other] steps
    } and is still not done. Does your program go round and round forever?
outcome-too-many-calls = Too many helpers calling helpers! Does a helper call itself before it is done?
