# The coding worlds and their levels. Level files under assets/levels/ refer to these ids.
# Per level: a title, what to do, what was learned, and three hints (a nudge, the idea,
# part of the solution). Keep sentences short and plain: many players are 7–9 years old.
# Use the tile names the game shows: Forward, Turn left, Turn right, Light, Repeat,
# Repeat until done, If, If … else, Helper 1, Helper 2, Main.

world-robot-road = Robot Road
world-loop-lagoon = Loop Lagoon
world-helper-hills = Helper Hills
world-choice-canyon = Choice Canyon
world-sensor-springs = Sensor Springs
world-number-harbour = Number Harbour
world-signal-station = Signal Station
world-bug-bay = Bug Bay

## Robot Road: one step after another, and a first bug to fix

level-robot-first-steps-title = First steps
level-robot-first-steps-instruction = Build a program that takes the robot to the flag. Then tap Run.
level-robot-first-steps-learned = A program is a list of steps. The robot does them one by one, in order.
level-robot-first-steps-hint-1 = Look at the flag. Which way does the robot face now?
level-robot-first-steps-hint-2 = Forward moves the robot one square. Turn right turns it on the spot.
level-robot-first-steps-hint-3 = Start with: Forward, Forward, Turn right.

level-robot-turn-left-title = Turn left
level-robot-turn-left-instruction = Take the robot to the flag. This time it has to turn left.
level-robot-turn-left-learned = Turn left and Turn right change where the robot faces. They do not move it.
level-robot-turn-left-hint-1 = The robot faces up. Where does the road bend?
level-robot-turn-left-hint-2 = After Turn left, Forward moves the robot the new way.
level-robot-turn-left-hint-3 = Start with: Forward, Forward, Turn left.

level-robot-zigzag-title = Zigzag steps
level-robot-zigzag-instruction = Go down the steps to the flag. The road turns after every step.
level-robot-zigzag-learned = A long road is just small steps and turns, one after the other.
level-robot-zigzag-hint-1 = Follow the road with your finger. Count the turns.
level-robot-zigzag-hint-2 = Turn right to go down. Turn left to go across again.
level-robot-zigzag-hint-3 = Start with: Forward, Turn right, Forward, Turn left.

level-robot-around-rocks-title = Around the wall
level-robot-around-rocks-instruction = A wall is in the way. Drive around it to reach the flag.
level-robot-around-rocks-learned = When the way is blocked, you can plan a path around it.
level-robot-around-rocks-hint-1 = The robot cannot go straight to the flag. Where is the way around?
level-robot-around-rocks-hint-2 = Go up first, then across, then down.
level-robot-around-rocks-hint-3 = Start with: Forward, Forward, Turn right.

level-robot-fix-the-path-title = Fix the path
level-robot-fix-the-path-instruction = This program has a bug: the robot bumps into a wall. Watch it with Step, then fix the program.
level-robot-fix-the-path-learned = A bug is a mistake in a program. One tile too many can send the robot into a wall. Take it out, and the program works.
level-robot-fix-the-path-hint-1 = Tap Step to run one tile at a time. Where does the robot bump into the wall?
level-robot-fix-the-path-hint-2 = The robot goes one square too far before it turns. One tile is too many.
level-robot-fix-the-path-hint-3 = The extra tile comes before the first turn.

level-robot-first-lamp-title = Light it up
level-robot-first-lamp-instruction = Drive to the lamp. Then use the Light tile to switch it on.
level-robot-first-lamp-learned = Light only works when the robot stands on a lamp.
level-robot-first-lamp-hint-1 = How many squares away is the lamp?
level-robot-first-lamp-hint-2 = First the robot must stand on the lamp. Then Light switches it on.
level-robot-first-lamp-hint-3 = The lamp is three squares in front of the robot.

level-robot-two-lamps-title = Two lamps
level-robot-two-lamps-instruction = Switch on both lamps. There is no flag: the job is done when every lamp is on.
level-robot-two-lamps-learned = The robot can do a job on the way: stop, light the lamp, then keep going.
level-robot-two-lamps-hint-1 = You pass the first lamp on your way to the second one.
level-robot-two-lamps-hint-2 = Put Light right after the tile that takes the robot onto a lamp.
level-robot-two-lamps-hint-3 = Start with: Forward, Forward, Light.

level-robot-lamps-and-flag-title = Lamps and a flag
level-robot-lamps-and-flag-instruction = Switch on both lamps. Then go to the flag.
level-robot-lamps-and-flag-learned = A job can have several parts. The robot must finish all of them.
level-robot-lamps-and-flag-hint-1 = The flag only counts when every lamp is on.
level-robot-lamps-and-flag-hint-2 = Plan a path that goes over both lamps before it reaches the flag.
level-robot-lamps-and-flag-hint-3 = Start with: Forward, Light, Turn right.

level-robot-turn-around-title = Turn around
level-robot-turn-around-instruction = Light the lamp. Then turn around and go to the flag.
level-robot-turn-around-learned = Two turns the same way make the robot face back the way it came.
level-robot-turn-around-hint-1 = The lamp and the flag are on different sides of the robot.
level-robot-turn-around-hint-2 = To turn around, use two turns: Turn left, Turn left.
level-robot-turn-around-hint-3 = Start with: Forward, Forward, Light.

level-robot-long-road-title = The long way round
level-robot-long-road-instruction = Light both lamps and finish on the flag. Which way round is shorter?
level-robot-long-road-learned = There can be more than one path. Think first, then pick the shorter one.
level-robot-long-road-hint-1 = Going straight down reaches the flag, but then the lamps are still off.
level-robot-long-road-hint-2 = Go along the top first, then down, then back along the bottom.
level-robot-long-road-hint-3 = Start with: Forward, Light, Forward, Turn right.

## Loop Lagoon: repeat, then repeat until done (before helpers call themselves)

level-loop-first-loop-title = First loop
level-loop-first-loop-instruction = Get to the flag. Your program can hold only 3 tiles, so use the Repeat tile.
level-loop-first-loop-learned = A Repeat tile runs the tiles inside it again and again. One loop can do the work of many tiles.
level-loop-first-loop-hint-1 = Count the squares between the robot and the flag.
level-loop-first-loop-hint-2 = Put Forward inside a Repeat tile. Then tap More times to set the number.
level-loop-first-loop-hint-3 = Forward goes inside the loop. Set the number to the squares you counted.

level-loop-lamp-row-title = Row of lamps
level-loop-lamp-row-instruction = Light all five lamps. Your program can hold only 5 tiles, so use a loop.
level-loop-lamp-row-learned = A loop can repeat more than one tile. Here it repeats a step and a light.
level-loop-lamp-row-hint-1 = Each lamp is just one square after the one before.
level-loop-lamp-row-hint-2 = Put two tiles inside one Repeat. The loop does both, again and again.
level-loop-lamp-row-hint-3 = Inside the loop: Forward, then Light. How many times?

level-loop-corner-title = Round the corner
level-loop-corner-instruction = Reach the flag. Use a loop for each long road, with a turn in between.
level-loop-corner-learned = A program can have several loops, one after the other.
level-loop-corner-hint-1 = The road has two long straight parts.
level-loop-corner-hint-2 = First a loop for the top road. Then Turn right. Then a loop for the road down.
level-loop-corner-hint-3 = Start with: Repeat 4 times, with Forward inside. Then Turn right.

level-loop-stairs-title = Loop stairs
level-loop-stairs-instruction = Climb the stairs to the flag. Find the part that repeats.
level-loop-stairs-learned = When a pattern repeats, build it once inside a loop. The loop does the rest.
level-loop-stairs-hint-1 = Look at one step of the stairs. What does the robot do on it?
level-loop-stairs-hint-2 = A loop can hold turns too. Put one step inside a Repeat.
level-loop-stairs-hint-3 = One step is: Forward, Turn left, Forward, Turn right.

level-loop-square-title = Square of lamps
level-loop-square-instruction = Light the three lamps in the corners. Use a loop.
level-loop-square-learned = A loop with a turn inside can take the robot round a square.
level-loop-square-hint-1 = Every side of the square looks the same.
level-loop-square-hint-2 = Put the tiles for one side and one corner inside a Repeat.
level-loop-square-hint-3 = One side is: Forward, Forward, Light, Turn right.

level-loop-fix-the-loop-title = Fix the loop
level-loop-fix-the-loop-instruction = This loop should light all three lamps. After the first lamp, the robot bumps into a wall. Fix the loop.
level-loop-fix-the-loop-learned = A loop does the same tiles every time round. So each round must end with the robot facing the way it started.
level-loop-fix-the-loop-hint-1 = Tap Step. Which way does the robot face when the loop starts again?
level-loop-fix-the-loop-hint-2 = At the end of each round, the robot must face the same way as at the start.
level-loop-fix-the-loop-hint-3 = A turn is missing at the end of the loop.

level-loop-in-a-loop-title = Loop in a loop
level-loop-in-a-loop-instruction = Light every lamp round the square. Put a loop inside another loop.
level-loop-in-a-loop-learned = A loop can go inside another loop. Each time the outside loop runs once, the inside loop runs all its times.
level-loop-in-a-loop-hint-1 = Look at one side: three lamps in a row, then a corner.
level-loop-in-a-loop-hint-2 = The inside loop lights one side. The outside loop does that for every side.
level-loop-in-a-loop-hint-3 = The inside loop: Repeat 3 times, with Forward and Light inside.

level-loop-lamp-stairs-title = Lamp stairs
level-loop-lamp-stairs-instruction = Go down the stairs and light the lamp on every step.
level-loop-lamp-stairs-learned = A loop can move, turn and do a job. Each time round it does one whole step.
level-loop-lamp-stairs-hint-1 = What does the robot do on one step? Look where the lamp is.
level-loop-lamp-stairs-hint-2 = Find the tiles for one step, with Light in the right place. Then repeat them.
level-loop-lamp-stairs-hint-3 = One step starts with: Forward, Turn right, Forward.

level-loop-big-ring-title = The big ring
level-loop-big-ring-instruction = Light the lamps in the corners of the big ring. The sides are long, so use a loop inside a loop.
level-loop-big-ring-learned = The inside loop can walk a long side. The outside loop does side, turn and light again for every corner.
level-loop-big-ring-hint-1 = From one corner to the next is four squares.
level-loop-big-ring-hint-2 = The inside loop walks one side. The outside loop adds the turn and the light, once for each corner.
level-loop-big-ring-hint-3 = The inside loop: Repeat 4 times, with Forward inside.

level-choice-until-goal-title = Until done
level-choice-until-goal-instruction = Reach the flag. Use Repeat until done: it keeps going until the job is finished.
level-choice-until-goal-learned = Repeat until done runs its tiles again and again, and stops when the job is finished. You do not have to count.
level-choice-until-goal-hint-1 = How far away is the flag? This time you do not need to know.
level-choice-until-goal-hint-2 = Repeat until done repeats the tiles inside it until the robot is on the flag.
level-choice-until-goal-hint-3 = Forward goes inside the loop. There is no number to set.

## Helper Hills: helpers (procedures)

level-helper-first-helper-title = Your first helper
level-helper-first-helper-instruction = Light the three lamps. Build the tiles for one lamp in Helper 1. Then use the Helper 1 tile in Main.
level-helper-first-helper-learned = A helper is a list of tiles with a name. Its tile calls the helper: it runs the whole list, as often as you like.
level-helper-first-helper-hint-1 = The lamps are in the corners. What does the robot do to reach one lamp?
level-helper-first-helper-hint-2 = Build the tiles for one lamp in Helper 1. In Main, put the Helper 1 tile once for each lamp.
level-helper-first-helper-hint-3 = Helper 1 can be: Forward, Forward, Light, Turn right.

level-helper-zigzag-title = Helper and turns
level-helper-zigzag-instruction = Light the three lamps. Let Helper 1 walk and light. Main does the turns.
level-helper-zigzag-learned = Main can mix helper tiles with other tiles.
level-helper-zigzag-hint-1 = Between the lamps the road turns. Does it turn the same way each time?
level-helper-zigzag-hint-2 = The straight part is the same each time, so put it in Helper 1. Put the turns in Main.
level-helper-zigzag-hint-3 = Helper 1: Forward, Forward, Forward, Light.

level-helper-lamp-stairs-title = Helper stairs
level-helper-lamp-stairs-instruction = Climb the stairs and light the lamp on each step. Use Helper 1.
level-helper-lamp-stairs-learned = A helper can hold a bigger pattern, with moves, turns and lights.
level-helper-lamp-stairs-hint-1 = Look at one step. Where is its lamp?
level-helper-lamp-stairs-hint-2 = Put one whole step in Helper 1. Then use Helper 1 once for each step.
level-helper-lamp-stairs-hint-3 = One step starts with: Forward, Turn left, Forward.

level-helper-call-itself-title = A helper that loops
level-helper-call-itself-instruction = Climb the long stairs to the flag. Main can hold only 3 tiles. Can Helper 1 call itself, and go on like Repeat until done?
level-helper-call-itself-learned = A helper can call itself at its end. Then it starts again, like a loop, until the job is done.
level-helper-call-itself-hint-1 = There are more steps than Main has room for.
level-helper-call-itself-hint-2 = Put the Helper 1 tile last, inside Helper 1. Then Helper 1 runs again and again.
level-helper-call-itself-hint-3 = Helper 1 starts with: Forward, Turn left, Forward, Turn right.

level-helper-round-and-round-title = Round and round
level-helper-round-and-round-instruction = Light all four lamps. Let Helper 1 go round by calling itself.
level-helper-round-and-round-learned = A helper that calls itself keeps going until every lamp is on.
level-helper-round-and-round-hint-1 = Each side has one lamp, in the middle.
level-helper-round-and-round-hint-2 = For one side: walk, light, walk, turn. Then Helper 1 starts again by itself.
level-helper-round-and-round-hint-3 = Helper 1 starts with: Forward, Light, Forward.

level-helper-fix-the-helper-title = The helper that stops
level-helper-fix-the-helper-instruction = Helper 1 should go round the square and light all three lamps, but it stops after the first one. Fix Helper 1.
level-helper-fix-the-helper-learned = A helper that should keep going calls itself at its end. Without that call, it runs once and stops.
level-helper-fix-the-helper-hint-1 = Tap Step. What happens when Helper 1 comes to its end?
level-helper-fix-the-helper-hint-2 = Main calls Helper 1 only once. How could Helper 1 start itself again?
level-helper-fix-the-helper-hint-3 = Something is missing at the end of Helper 1.

level-helper-second-helper-title = Two helpers
level-helper-second-helper-instruction = Light every lamp round the square. Helper 1 can call Helper 2. For three stars, Helper 1 also calls itself.
level-helper-second-helper-learned = A helper can call another helper. Small parts build bigger parts.
level-helper-second-helper-hint-1 = What is the smallest pattern? Look at one lamp.
level-helper-second-helper-hint-2 = Put the smallest pattern in Helper 2. Helper 1 calls it to do one side, turns, and then calls itself.
level-helper-second-helper-hint-3 = Helper 2: Forward, Light.

level-helper-walk-then-loop-title = Walk, then loop
level-helper-walk-then-loop-instruction = Walk to the stairs first. Then let Helper 1 climb them and light every lamp: it calls itself at its end.
level-helper-walk-then-loop-learned = Main can do the first part of a job and then hand the rest to a helper.
level-helper-walk-then-loop-hint-1 = The stairs do not start where the robot stands. The first lamp is three squares ahead.
level-helper-walk-then-loop-hint-2 = Use Main to walk up to the stairs. Then call Helper 1: it climbs one step, lights its lamp and calls itself.
level-helper-walk-then-loop-hint-3 = Main: Forward, Forward, Helper 1.

level-helper-big-ring-title = Helpers go round
level-helper-big-ring-instruction = Light the three lamps round the square. There is no Turn left tile: build one in a helper. Main holds only one tile, so a helper must call itself.
level-helper-big-ring-learned = A helper can be a tile you do not have: three Turn right tiles make one Turn left.
level-helper-big-ring-hint-1 = The road turns left at every corner, but you only have Turn right.
level-helper-big-ring-hint-2 = After three Turn right tiles the robot faces the same way as after one Turn left. Put them in a helper of their own.
level-helper-big-ring-hint-3 = One helper can be: Turn right, Turn right, Turn right.

## Choice Canyon: checks and choices

level-choice-first-if-title = Red means turn
level-choice-first-if-instruction = Each red square means: turn left here. Use an If tile to check for red.
level-choice-first-if-learned = An If tile asks a question. The tiles inside it run only when the answer is yes.
level-choice-first-if-hint-1 = Where does the road turn? What colour are those squares?
level-choice-first-if-hint-2 = "If on red" runs its tiles only when the robot stands on a red square.
level-choice-first-if-hint-3 = Inside Repeat until done: Forward, then If on red.

level-choice-green-lamps-title = Green before a lamp
level-choice-green-lamps-instruction = A green square means the next square has a lamp. Light all the lamps.
level-choice-green-lamps-learned = A check can tell the robot what comes next, so it can get ready.
level-choice-green-lamps-hint-1 = Look at the square just before each lamp.
level-choice-green-lamps-hint-2 = When the robot is on green, it can step onto the lamp and light it.
level-choice-green-lamps-hint-3 = Inside Repeat until done: Forward, then If on green.

level-choice-path-right-title = Look to the right
level-choice-path-right-instruction = The robot can check the road. Turn right wherever there is a path on the right.
level-choice-path-right-learned = The robot can sense walls. "Path on the right" is yes when the square on its right is free.
level-choice-path-right-hint-1 = At every corner, the road goes to the right.
level-choice-path-right-hint-2 = "If path on the right" looks at the square to the right of the robot.
level-choice-path-right-hint-3 = Inside Repeat until done: Forward, then If path on the right.

level-choice-fix-the-check-title = Too many turns
level-choice-fix-the-check-instruction = Blue means turn right. But this robot turns on every square and bumps into a wall. Fix the program.
level-choice-fix-the-check-learned = The tiles inside an If run only when the answer is yes. A tile after the If runs every time.
level-choice-fix-the-check-hint-1 = Tap Step. Does the robot turn on a square that is not blue?
level-choice-fix-the-check-hint-2 = Which turn is inside the If? Which one runs every time?
level-choice-fix-the-check-hint-3 = Look at the last tile in the loop.

level-choice-if-else-title = If or else
level-choice-if-else-instruction = Go forward when the path ahead is free. Else, turn right. Watch out for the little side roads!
level-choice-if-else-learned = If … else picks one of two ways: the first part when the answer is yes, the else part when it is no.
level-choice-if-else-hint-1 = The little side roads go nowhere. Turn only when there is a wall in front.
level-choice-if-else-hint-2 = If … else has two parts. The first part runs on yes. The else part runs on no.
level-choice-if-else-hint-3 = Inside Repeat until done, use If path ahead, with Forward in the first part.

level-choice-colours-title = Red and blue
level-choice-colours-instruction = Red means turn left. Blue means turn right. Use two If tiles.
level-choice-colours-learned = A program can ask more than one question. Each If tile asks its own.
level-choice-colours-hint-1 = Look at the colours of the squares where the road turns.
level-choice-colours-hint-2 = Put two If tiles in the loop: one asks about red, one asks about blue.
level-choice-colours-hint-3 = Inside Repeat until done, start with Forward. Then If on red, with Turn left inside.

level-choice-corner-lamps-title = Light or turn
level-choice-corner-lamps-instruction = Every square of this road is a lamp or red. On red, turn left. On every other square, light the lamp.
level-choice-corner-lamps-learned = If … else can ask about a colour too: its first part runs on red, its else part on every other square.
level-choice-corner-lamps-hint-1 = Which squares have no lamp? What does the robot do there?
level-choice-corner-lamps-hint-2 = One If … else can do both jobs: one part for the red squares, the else part for the lamps.
level-choice-corner-lamps-hint-3 = Inside Repeat until done: Forward, then If on red, with Turn left in the first part.

level-choice-two-rules-title = Two rules
level-choice-two-rules-instruction = Red means turn left. A wall in front means turn right. Use an If for one rule and an If … else for the other.
level-choice-two-rules-learned = One program can mix If and If … else. Each asks its own question, one after the other.
level-choice-two-rules-hint-1 = Some roads go on past a red square, but they lead nowhere. On red, turn left.
level-choice-two-rules-hint-2 = Each time round, ask two questions: am I on red? Is the path ahead free?
level-choice-two-rules-hint-3 = Inside Repeat until done, start with Forward. Then If on red, with Turn left inside.

level-choice-red-means-left-title = Canyon crossroads
level-choice-red-means-left-instruction = Go forward while the path ahead is free. At a wall, look at the square: on red, turn left; on any other square, turn right.
level-choice-red-means-left-learned = An If can go inside another If. The robot asks one question, and then maybe another.
level-choice-red-means-left-hint-1 = Red squares only matter at a wall. On an open road, drive over them. One road goes round in a circle!
level-choice-red-means-left-hint-2 = First ask: is the path ahead free? Only when it is not, ask: am I on red?
level-choice-red-means-left-hint-3 = Inside Repeat until done, use If path ahead … else, with Forward in the first part.

## Bug Bay: find and fix bugs

level-bug-wrong-turn-title = Wrong way
level-bug-wrong-turn-instruction = This program should take the robot to the flag, but the robot hits a wall. Find the wrong tile and fix it.
level-bug-wrong-turn-learned = Debugging means finding the step that goes wrong and fixing just that step.
level-bug-wrong-turn-hint-1 = Tap Step to run one tile at a time. Where does it go wrong?
level-bug-wrong-turn-hint-2 = A bug is often just one wrong tile. Swap it for the right one.
level-bug-wrong-turn-hint-3 = Look at the turn. Should the robot turn left or right?

level-bug-missing-step-title = A missing step
level-bug-missing-step-instruction = The robot tries to light a lamp where there is none. Find what is missing.
level-bug-missing-step-learned = Sometimes a bug is a missing tile. Count the squares to check.
level-bug-missing-step-hint-1 = Which lamp stays off?
level-bug-missing-step-hint-2 = Count the squares from the corner to the second lamp. Count the Forward tiles too.
level-bug-missing-step-hint-3 = The missing tile belongs right after Turn right. Which tile moves the robot?

level-bug-loop-count-title = Count again
level-bug-loop-count-instruction = The robot hits a wall. Check how many times each loop repeats, and fix it.
level-bug-loop-count-learned = A loop that repeats one time too many, or one time too few, is a very common bug.
level-bug-loop-count-hint-1 = Watch the first loop. Where does the robot bump?
level-bug-loop-count-hint-2 = Count the squares before the corner. The loop should repeat that many times.
level-bug-loop-count-hint-3 = Change the number of the first loop.

level-bug-forgot-light-title = Lights off
level-bug-forgot-light-instruction = The robot goes round the square, but no lamp comes on. Fix the loop.
level-bug-forgot-light-learned = If something never happens, check whether a tile is missing in the loop.
level-bug-forgot-light-hint-1 = Which tile switches a lamp on? Is it in the program?
level-bug-forgot-light-hint-2 = A tile you add inside a loop runs every time round.
level-bug-forgot-light-hint-3 = The missing tile goes inside the loop. The robot stands on a lamp after the two Forward tiles.

level-bug-helper-turn-title = Helper bug
level-bug-helper-turn-instruction = Helper 1 has a bug. Main calls it three times, so the bug happens every time. Fix it once.
level-bug-helper-turn-learned = When you fix a helper, you fix every place that calls it.
level-bug-helper-turn-hint-1 = Tap Step. What happens after the first lamp?
level-bug-helper-turn-hint-2 = At every corner of this square, the road goes to the right.
level-bug-helper-turn-hint-3 = Look at the last tile in Helper 1.

level-bug-wrong-side-title = Wrong side
level-bug-wrong-side-instruction = The road always turns right, but the robot hits a wall. The If asks the wrong question. Fix it.
level-bug-wrong-side-learned = An If that asks the wrong question can make the whole program go wrong.
level-bug-wrong-side-hint-1 = Which way does the road turn? Which side does the If look at?
level-bug-wrong-side-hint-2 = Tap the If tile in the program. Then tap Change the question.
level-bug-wrong-side-hint-3 = The If looks to one side, the road turns to the other.

level-bug-two-mistakes-title = Two bugs
level-bug-two-mistakes-instruction = This program has two bugs. Find them both, so the robot climbs the stairs to the flag.
level-bug-two-mistakes-learned = A program can have more than one bug. Fix one, run it again, then fix the next.
level-bug-two-mistakes-hint-1 = Watch the first step of the stairs. Where does the robot go wrong?
level-bug-two-mistakes-hint-2 = One bug is a turn. The other bug is how many times the loop repeats.
level-bug-two-mistakes-hint-3 = On each step the robot goes up, then turns back to face the way it was going. Check that turn, then count the steps.

level-bug-mixed-colours-title = Mixed-up colours
level-bug-mixed-colours-instruction = Red should mean turn left, and blue should mean turn right. Someone mixed them up. Fix the program.
level-bug-mixed-colours-learned = Test your program, see where it does something you did not want, and fix just that.
level-bug-mixed-colours-hint-1 = What does the robot do on the first blue square?
level-bug-mixed-colours-hint-2 = Each If asks about the right colour, but does the wrong turn.
level-bug-mixed-colours-hint-3 = Change the turn inside each If.
