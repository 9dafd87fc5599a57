# The robot-grid levels (coding).

command-forward = Forward
command-turn-left = Turn left
command-turn-right = Turn right

robot-run = Run
robot-clear = Clear
robot-try-again = Try again
robot-slots = { $used } of { $max } tiles
robot-program-empty = Tap the tiles to build your program.
robot-program-full = Your program is full.
# Accessible name of a tile in the pupil's program; activating it removes the tile.
robot-program-tile = Remove step { $position }: { $command }
# Accessible description of the board for screen readers.
robot-board = The robot is in column { $x }, row { $y }, facing { $facing }. The flag is in column { $goal_x }, row { $goal_y }.

direction-north = up
direction-east = right
direction-south = down
direction-west = left

outcome-reached-goal = You reached the flag!
outcome-hit-wall = Bump! The robot hit a wall. Change your program and try again.
outcome-left-board = Careful! The robot would fall off the board. Change your program and try again.
outcome-out-of-commands = The robot ran out of steps before it reached the flag. Add more tiles and try again.
