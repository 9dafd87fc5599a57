# Sensor Springs: the levels of the world (its title, world-sensor-springs, is in
# coding-levels.ftl). Repeat while asks its question before every round; then the logic
# words not, or, and join or turn questions around.
# Per level: a title, what to do, what was learned, and three hints (a nudge, the idea,
# part of the solution). Keep sentences short and plain.
# Use the tile names the game shows (robot.ftl): Forward, Turn left, Turn right, Light,
# Repeat, Repeat until done, Repeat while, If, If … else; questions as the tiles read them:
# path ahead, path on the left, on red, not, and, or.

level-sensor-first-while-title = Long corridors
level-sensor-first-while-instruction = Light the lamp at the end of the two long corridors. Try the new tile: Repeat while.
level-sensor-first-while-learned = Repeat while asks its question before every round. While the answer is yes, it runs its tiles again. When the answer is no, it stops.
level-sensor-first-while-hint-1 = How many squares long is each corridor? This time you do not need to count.
level-sensor-first-while-hint-2 = "Repeat while path ahead" moves the robot on until there is a wall in front of it.
level-sensor-first-while-hint-3 = Use one Repeat while for each corridor, with Forward inside.

level-sensor-blue-stripe-title = Follow the blue
level-sensor-blue-stripe-instruction = The blue stripe leads to a lamp. Light it. Careful: the road goes on past the lamp!
level-sensor-blue-stripe-learned = Repeat while can ask about a colour too. "Repeat while on blue" keeps going until the robot steps off the blue squares.
level-sensor-blue-stripe-hint-1 = Where does the blue stripe end? Does the road end there too?
level-sensor-blue-stripe-hint-2 = "Path ahead" would take the robot past the lamp, all the way to the wall. Ask about the colour instead.
level-sensor-blue-stripe-hint-3 = The robot starts on a grey square. First step onto the stripe, then use Repeat while on blue.

level-sensor-three-stripes-title = Three stripes
level-sensor-three-stripes-instruction = Light all three lamps. Each blue stripe leads to a lamp, and each stripe has a different length.
level-sensor-three-stripes-learned = A Repeat while can go inside a Repeat. In every round, the inner loop runs until its answer is no.
level-sensor-three-stripes-hint-1 = What does the robot do for one stripe? Is it the same for the other two?
level-sensor-three-stripes-hint-2 = For each stripe: step onto it, drive while on blue, light the lamp. Do that three times.
level-sensor-three-stripes-hint-3 = Put Repeat while on blue inside Repeat 3 times.

level-sensor-stop-on-red-title = Stop on red
level-sensor-stop-on-red-instruction = Reach the flag. It is right next to the red square.
level-sensor-stop-on-red-learned = "not" turns a question around. "Repeat while not on red" keeps going until the robot stands on red.
level-sensor-stop-on-red-hint-1 = There is no wall at the red square. What can the robot check there?
level-sensor-stop-on-red-hint-2 = Tap "Change not / and / or" to put "not" in front of a question. "Not on red" is yes on every square that is not red.
level-sensor-stop-on-red-hint-3 = Start with Repeat while not on red, with Forward inside. Then turn towards the flag.

level-sensor-fix-the-while-title = Round and round
level-sensor-fix-the-while-instruction = Red squares mark the corners: turn right on each of them. But this robot drives round in a tiny square. Fix the program.
level-sensor-fix-the-while-learned = The tiles inside Repeat while run in every round. A turn that belongs after the loop must sit after it, not inside.
level-sensor-fix-the-while-hint-1 = Tap Step. When does the robot turn? Is it standing on red then?
level-sensor-fix-the-while-hint-2 = The robot should turn once it stands on red, not after every step.
level-sensor-fix-the-while-hint-3 = Look at the tiles inside Repeat while.

level-sensor-side-roads-title = Side roads
level-sensor-side-roads-instruction = A lamp stands wherever a side road starts, on the left or on the right. Light every lamp.
level-sensor-side-roads-learned = "or" joins two questions. "Path on the left or path on the right" is yes when one of them is yes, or both.
level-sensor-side-roads-hint-1 = Look at the squares with lamps. What is beside each of them?
level-sensor-side-roads-hint-2 = One If can ask two questions at once, joined by "or".
level-sensor-side-roads-hint-3 = Use Repeat while path ahead, and start it with Forward.

level-sensor-blue-and-free-title = Stripes and walls
level-sensor-blue-and-free-instruction = Follow the three blue stripes to the flag. Some stripes end at a wall. Others just stop on an open road.
level-sensor-blue-and-free-learned = "and" joins two questions too. "Path ahead and on blue" is yes only when both are yes.
level-sensor-blue-and-free-hint-1 = Where does each stripe end? Where would the robot bump into a wall?
level-sensor-blue-and-free-hint-2 = Keep driving while two things are true: the path ahead is free, and the robot is on blue.
level-sensor-blue-and-free-hint-3 = Each round of Repeat does the same: step onto a stripe, drive along it, turn right.

level-sensor-spiral-title = The long spiral
level-sensor-spiral-instruction = Drive round the spiral, all the way to the flag.
level-sensor-spiral-learned = A Repeat while can go inside another Repeat while. The outer loop needs no number: it asks its own question.
level-sensor-spiral-hint-1 = How many corridors does the spiral have? Can Repeat count that high?
level-sensor-spiral-hint-2 = For each corridor: drive to the wall, then turn right. Keep doing that as long as the path ahead is free.
level-sensor-spiral-hint-3 = Put one Repeat while inside another Repeat while.

level-sensor-painted-corners-title = Painted corners
level-sensor-painted-corners-instruction = Light every lamp. The corners are painted red or blue: turn left on both colours.
level-sensor-painted-corners-learned = If … else can ask a joined question too. With "on red or on blue", its first part runs on both colours, and the else part on every other square.
level-sensor-painted-corners-hint-1 = Which squares have no lamp? What colours are they?
level-sensor-painted-corners-hint-2 = One If … else is enough: "on red or on blue" for the corners, the else part for the lamps.
level-sensor-painted-corners-hint-3 = Inside Repeat until done, start with Forward.

level-sensor-maze-title = The maze
level-sensor-maze-instruction = Find the way through the maze to the flag. Use as few tiles as you can.
level-sensor-maze-learned = Keep one hand on the wall, and you get through many mazes. Your program follows that rule with a loop inside a loop.
level-sensor-maze-hint-1 = Imagine walking through the maze with your right hand always on the wall.
level-sensor-maze-hint-2 = On every square, try to turn right first. If there is a wall, try straight on, then left, then back.
level-sensor-maze-hint-3 = Inside Repeat while path ahead: Forward, Turn right, then a Repeat while that asks "not path ahead".
