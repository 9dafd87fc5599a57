# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Level files assets/levels/number-*.json refer to these ids; the world's title is
# in coding-levels.ftl. Per level: a title, what to do, what was learned, and three hints (a
# nudge, the idea, part of the solution). Keep sentences short and plain. Use the tile names
# the game shows (robot.ftl): Forward, Turn left, Turn right, Light, Repeat, Repeat until
# done, If, Helper 1, Helper 1 with a number, Repeat n times, Set count, Add 1 to count, Main.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = A loop in a helper
level-number-loop-in-helper-instruction = Light the three lamps at the ends of the long sides. Main holds only 3 tiles, and Helper 1 only 4.
level-number-loop-in-helper-learned = A helper can hold a loop. Each time Main calls the helper, its loop runs again from the start.
level-number-loop-in-helper-hint-1 = The three sides are alike: the same length, with a lamp and a turn at the end. What does the robot do on one side?
level-number-loop-in-helper-hint-2 = Four Forward tiles and a turn do not fit in Helper 1. Put a Repeat inside the helper instead.
level-number-loop-in-helper-hint-3 = Helper 1: Repeat 4 times with Forward inside, then Turn right.

level-number-round-the-basin-title = Round the basin
level-number-round-the-basin-instruction = Light every lamp around the harbour basin. Main holds just one tile, so Helper 1 has to call itself.
level-number-round-the-basin-learned = A helper can hold a loop and still call itself. The loop does one side, and the call starts the next side.
level-number-round-the-basin-hint-1 = Every side looks the same. How many lamps are on one side?
level-number-round-the-basin-hint-2 = One side is: three times Forward and Light, then a turn. Build that in Helper 1 with a loop, and let Helper 1 call itself at the end.
level-number-round-the-basin-hint-3 = Helper 1 starts with Repeat 3 times, with Forward and Light inside.

level-number-if-in-helper-title = Red corners
level-number-if-in-helper-instruction = Light all the lamps along the harbour wall. On a red square the road turns left. Main holds only 3 tiles.
level-number-if-in-helper-learned = A helper can hold an If. Each time the helper runs, it asks its question again, so one helper fits both straight roads and corners.
level-number-if-in-helper-hint-1 = From one lamp to the next is always two steps. Sometimes the square in between is red.
level-number-if-in-helper-hint-2 = Let Helper 1 take the robot from one lamp to the next. On the way, it asks: am I on red? Main lights the lamp and repeats until done.
level-number-if-in-helper-hint-3 = Helper 1 starts with Forward, then If on red.

## Helpers with a number

level-number-walk-n-title = Walk n squares
level-number-walk-n-instruction = Reach the flag. The straight parts of the road have different lengths, and Main holds only 5 tiles. Use Helper 1 with a number.
level-number-walk-n-learned = You can give a helper a number when you call it. Inside the helper, Repeat n times repeats as often as that number says.
level-number-walk-n-hint-1 = Count the squares of each straight part of the road.
level-number-walk-n-hint-2 = In Helper 1, put Forward inside Repeat n times. Then Helper 1 with 3 walks 3 squares, and Helper 1 with 6 walks 6.
level-number-walk-n-hint-3 = Main starts with Helper 1 with 3, then Turn right.

level-number-spiral-title = The spiral
level-number-spiral-instruction = Follow the spiral to the flag in the middle. Each straight part is one square shorter than the one before.
level-number-spiral-learned = The helper stays the same, and only its number changes from call to call. Main just says how far.
level-number-spiral-hint-1 = How long is each straight part? What does the robot do at the end of each one?
level-number-spiral-hint-2 = Helper 1 can walk n squares and then turn. Main calls it four times, each time with a smaller number.
level-number-spiral-hint-3 = Helper 1 ends with Turn right.

level-number-lamp-rows-title = Rows of lamps
level-number-lamp-rows-instruction = Light the row of 5 lamps and the row of 3 lamps. Main holds only 3 tiles.
level-number-lamp-rows-learned = The number does not have to count steps. Here it counts lamps: Helper 1 with 5 lights 5 lamps.
level-number-lamp-rows-hint-1 = For each lamp, the robot moves onto it and lights it.
level-number-lamp-rows-hint-2 = Put Forward and Light inside Repeat n times. Then n says how many lamps Helper 1 lights.
level-number-lamp-rows-hint-3 = Main: Helper 1 with 5, then Turn right, then one more tile.

## The robot's counter

level-number-third-opening-title = The third opening
level-number-third-opening-instruction = The way to the flag is the third opening on the right. Let the robot count the openings it passes.
level-number-third-opening-learned = The robot has a counter that starts at 0. Add 1 to count adds one, and If count is 3 asks how many times it has happened.
level-number-third-opening-hint-1 = The first two openings on the right only lead back to the road. Only the third one goes to the flag.
level-number-third-opening-hint-2 = Each time there is a path on the right, add 1 to the count. Turn right only when the count is 3.
level-number-third-opening-hint-3 = Inside Repeat until done: Forward, then If path on the right.

level-number-counting-helper-title = A helper that counts
level-number-counting-helper-instruction = Take the third opening on the right to reach the flag. Main holds only 4 tiles, so Helper 1 has to do the counting.
level-number-counting-helper-learned = Main and the helpers share one counter. A helper can add to it and ask about it, and the count stays when the helper ends.
level-number-counting-helper-hint-1 = This time the robot drives to the left, so its right side is the top of the board.
level-number-counting-helper-hint-2 = Main drives and asks: is there a path on the right? If so, it calls Helper 1. Helper 1 counts, and turns right when the count is 3.
level-number-counting-helper-hint-3 = Helper 1 starts with Add 1 to count.

level-number-second-red-title = The second red square
level-number-second-red-instruction = Reach the flag. Turn left at the second red square, not at the first.
level-number-second-red-learned = The counter can count anything the robot can ask about: openings, colours and more.
level-number-second-red-hint-1 = Both red squares have a road on the left. Which one leads to the flag?
level-number-second-red-hint-2 = On every red square, add 1 to the count. Turn left only when the count is 2.
level-number-second-red-hint-3 = Inside Repeat until done: Forward, then If on red.

level-number-fix-the-count-title = Count again
level-number-fix-the-count-instruction = The robot should turn left at every second red square. It turns at the second one, but at the fourth it drives on into a wall. Fix the program.
level-number-fix-the-count-learned = A count keeps growing until you set it back. Set count to 0 starts a new round of counting.
level-number-fix-the-count-hint-1 = Tap Step and watch the count next to the step number. What is the count on the fourth red square?
level-number-fix-the-count-hint-2 = After the first turn, the robot should count from 0 again.
level-number-fix-the-count-hint-3 = Look at what happens just after the robot turns left.
