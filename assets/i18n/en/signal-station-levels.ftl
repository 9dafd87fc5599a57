# Signal Station: events. Beside Main and the helpers, a program has a part that runs by
# itself each time an event happens (the robot steps on a lamp, on red, on blue, on green);
# then the robot carries on. Level files assets/levels/signal-*.json refer to these ids; the
# world's title is in coding-levels.ftl. Per level: a title, what to do, what was learned,
# and three hints (a nudge, the idea, part of the solution). Keep sentences short and plain.
# Use the tile names the game shows (robot.ftl): Forward, Turn left, Turn right, Light,
# Repeat until done, If, If … else, Helper 1, Add 1 to count, Main. Name the event part by
# its title, as pupils see it: "When the robot steps on a lamp", "When the robot steps on
# red" (blue, green); the button is "Change the event".

## A first event, a colour, the right event

level-signal-first-event-title = Lamps here and there
level-signal-first-event-instruction = Light every lamp, then stop at the flag. Main holds only 3 tiles, so it cannot do it alone. Try the new part: "When the robot steps on a lamp".
level-signal-first-event-learned = An event is something that happens, like the robot stepping on a lamp. The tiles in "When the robot steps on a lamp" run each time it happens. Then the robot carries on with Main.
level-signal-first-event-hint-1 = The lamps are not the same distance apart. Does Main have to know where each lamp is?
level-signal-first-event-hint-2 = Let Main just drive to the flag. Each time the robot steps on a lamp, "When the robot steps on a lamp" runs by itself.
level-signal-first-event-hint-3 = Put Light in "When the robot steps on a lamp".

level-signal-blue-corners-title = Blue corners
level-signal-blue-corners-instruction = Drive to the flag in the middle. The blue squares show where the road turns. Main holds only 3 tiles.
level-signal-blue-corners-learned = An event can be a colour too. "When the robot steps on blue" runs every time a Forward takes the robot onto a blue square.
level-signal-blue-corners-hint-1 = Which way does the road turn at each blue square? Is it the same way every time?
level-signal-blue-corners-hint-2 = Main only drives on. The turns belong in "When the robot steps on blue".
level-signal-blue-corners-hint-3 = Main is Repeat until done, with Forward inside.

level-signal-which-event-title = Which colour?
level-signal-which-event-instruction = Drive to the flag. The road turns left at some coloured squares. Look at the colours closely, then choose the right event.
level-signal-which-event-learned = "Change the event" chooses what the robot answers. Pick the event that happens just where the robot has to act.
level-signal-which-event-hint-1 = Where does the road turn? What colour are those squares?
level-signal-which-event-hint-2 = The red squares are on straight parts. A turn there leads into a dead end. Tap "Change the event".
level-signal-which-event-hint-3 = Put Turn left in "When the robot steps on green".

## More in the event part: two tiles, the counter, questions, a helper

level-signal-corner-lamps-title = Lamps in the corners
level-signal-corner-lamps-instruction = Drive once around the ring, light the four lamps and stop at the flag behind the robot. Each lamp is in a corner.
level-signal-corner-lamps-learned = An event part can hold more than one tile. Each time the event happens, all its tiles run, one after the other.
level-signal-corner-lamps-hint-1 = What does the robot have to do in every corner?
level-signal-corner-lamps-hint-2 = At each lamp there are two jobs: light the lamp and turn. Both go in "When the robot steps on a lamp".
level-signal-corner-lamps-hint-3 = Put Light in "When the robot steps on a lamp". What else happens in a corner?

level-signal-count-reds-title = The third red square
level-signal-count-reds-instruction = Reach the flag. Every red square has a road on the left, but only the third one leads to the flag. Let the robot count the red squares.
level-signal-count-reds-learned = An event part can use the counter too. "When the robot steps on red" adds 1 on every red square, so Main only has to drive.
level-signal-count-reds-hint-1 = The three red squares look the same. How can the robot tell which one is the third?
level-signal-count-reds-hint-2 = Each time the robot steps on red, add 1 to the count. When the count is 3, turn left.
level-signal-count-reds-hint-3 = "When the robot steps on red" starts with Add 1 to count.

level-signal-winding-road-title = The winding road
level-signal-winding-road-instruction = Follow the winding road, light every lamp and reach the flag. The lamps are not in the corners.
level-signal-winding-road-learned = Main and the event part can each do one job. Here Main follows the road, and "When the robot steps on a lamp" lights the lamps on the way.
level-signal-winding-road-hint-1 = Which way does the road turn in every corner?
level-signal-winding-road-hint-2 = Main drives on and turns right wherever there is a path on the right. The lamps are a job for "When the robot steps on a lamp".
level-signal-winding-road-hint-3 = In Main, inside Repeat until done: Forward, then If path on the right.

level-signal-fix-the-event-title = The wrong event
level-signal-fix-the-event-instruction = On each blue square the robot should turn the way the road goes. But it turns too early and drives into a wall. Fix the program.
level-signal-fix-the-event-learned = If an event part does the right thing at the wrong moment, check its event first. One tap on "Change the event" can fix it.
level-signal-fix-the-event-hint-1 = Tap Step and watch. On which square does the robot turn for the first time?
level-signal-fix-the-event-hint-2 = The tiles of the event part are right. They just run on the wrong squares.
level-signal-fix-the-event-hint-3 = Read the title above the If … else. Is that what happens in the corners?

level-signal-side-steps-title = Side steps
level-signal-side-steps-instruction = Reach the flag. At every red square the road moves over by one square, to the robot's right. "When the robot steps on red" holds only 2 tiles.
level-signal-side-steps-learned = An event part can call a helper, just like Main. The helper's tiles run, and then the robot carries on with Main.
level-signal-side-steps-hint-1 = What does the robot do on a red square to get to the next part of the road?
level-signal-side-steps-hint-2 = A side step takes three tiles, but the event part holds only 2. Build the side step in Helper 1 and call it from "When the robot steps on red".
level-signal-side-steps-hint-3 = Helper 1 starts with Turn right.
