# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Level files under assets/levels/device-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All apps, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains and fictional phone numbers.

world-device-dock = Device Dock

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Update time
level-device-update-instruction = Your tablet shows a message. Pick the best thing to do.
level-device-update-learned = Real updates come from your tablet's settings and keep it safe. Pop-ups that scare you are tricks.
level-device-update-hint-1 = Where does the message come from: the tablet itself or a web page?
level-device-update-hint-2 = Updates fix weak spots. A web page cannot see inside your tablet.
level-device-update-hint-3 = Install real updates with a charged battery, and close scary pop-ups.

device-update-system-prompt = Your tablet says: "A system update is ready. Install now?"
device-update-system-ignore = Ignore it forever. Updates are boring.
device-update-system-ignore-reason = Updates fix weak spots that bad software could use. Without them, your tablet is less safe.
device-update-system-install = Install it, or ask an adult to help.
device-update-system-install-reason = This message comes from the tablet itself. Updates keep it safe and working well.
device-update-system-switch-off = Switch the tablet off so it stops asking.
device-update-system-switch-off-reason = The update will just ask again later. Installing it is the way to keep your tablet safe.

device-update-popup-prompt = A web page pops up: "Your tablet has 5 viruses! Download CleanerPro now!"
device-update-popup-download = Download CleanerPro quickly.
device-update-popup-download-reason = This is a trick. The download could be the bad software itself.
device-update-popup-ok-button = Tap "OK" in the pop-up to make it go away.
device-update-popup-ok-button-reason = Buttons in a fake pop-up can start a download. Close the whole page instead.
device-update-popup-close = Close the page and tell an adult.
device-update-popup-close-reason = A web page cannot look inside your tablet, so the viruses are made up. Closing the page is safe.

device-update-battery-prompt = The update wants to start, but the battery is at 5%.
device-update-battery-charge = Plug in the charger first, then update.
device-update-battery-charge-reason = An update needs power until it is done. With the charger in, it can finish safely.
device-update-battery-start = Start the update right now.
device-update-battery-start-reason = If the battery runs out in the middle, the update can go wrong. Charge first.
device-update-battery-cancel = Cancel it and never update again.
device-update-battery-cancel-reason = The update is still important for your tablet's safety. Just charge it first.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Makes sense
device-bin-no-sense = Does not make sense

level-device-permissions-title = The torch app
level-device-permissions-instruction = A torch app asks to use these things. Does it make sense?
level-device-permissions-learned = An app should only use what it needs for its job. Say no to everything else.
level-device-permissions-hint-1 = What does a torch app need to do its job?
level-device-permissions-hint-2 = A torch only needs to make light. Anything else is not part of its job.
level-device-permissions-hint-3 = Only the two things that make light make sense.

device-permissions-camera-light = Turn on the light next to the camera
device-permissions-camera-light-reason = That little light is the torch. The app needs it to do its job.
device-permissions-contacts = Read your contacts
device-permissions-contacts-reason = A torch does not need to know your friends' names and numbers. Say no.
device-permissions-location = Know where you are
device-permissions-location-reason = A torch works the same everywhere. It does not need your location.
device-permissions-screen-bright = Make the screen bright white
device-permissions-screen-bright-reason = Some torches light up the whole screen. That is part of being a torch.
device-permissions-microphone = Use your microphone
device-permissions-microphone-reason = A torch does not need to hear you. Say no when an app asks for more than it needs.
device-permissions-notifications = Send you notifications
device-permissions-notifications-reason = A torch has nothing to tell you. Notifications would only be ads or reminders to open it.
device-permissions-photos = See all your photos
device-permissions-photos-reason = Your photos are private. A torch does not need them to make light.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Virus alarm!
level-device-fake-virus-instruction = Tap every red flag on this web page.
level-device-fake-virus-learned = A web page cannot find viruses on your tablet. Close scary pages and tell an adult.
level-device-fake-virus-hint-1 = Start at the top. Whose page is this?
level-device-fake-virus-hint-2 = Fake warnings shout, rush you, and want you to download or call.
level-device-fake-virus-hint-3 = Look at the address, the big warning, the clock, the download and the phone number.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = This is a random web page, not your tablet. A web page cannot scan your tablet for viruses.
device-fake-virus-warning = Flashing red: WARNING! 5 VIRUSES FOUND!
device-fake-virus-warning-reason = Flashing and big letters want to scare you so you stop thinking. The viruses are made up.
device-fake-virus-picture = Picture: a tablet with a blue shield
device-fake-virus-picture-reason = A picture on its own is not a red flag. Read the words around it.
device-fake-virus-countdown = Act in 60 seconds!
device-fake-virus-countdown-reason = The clock wants you to hurry. Tricksters rush you so you do not ask anyone.
device-fake-virus-download = Download CleanerPro.apk to clean your tablet
device-fake-virus-download-reason = This download could be bad software. Only get apps from the official app store, with an adult.
device-fake-virus-phone = Or call +44 7700 900456 now
device-fake-virus-phone-reason = Real tablet makers do not ask you to call from a pop-up. Never call a number like this.
device-fake-virus-menu = Help · About us · Contact
device-fake-virus-menu-reason = Menu links are on most web pages. They are not a red flag on their own.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = A new app
level-device-install-app-instruction = You want a new app. Put the steps in a safe order.
level-device-install-app-learned = Ask first, use the official store, check what the app wants, and tidy up later.
level-device-install-app-hint-1 = What do you do before you even look for the app?
level-device-install-app-hint-2 = First ask and find the app safely. Then check what it wants to use.
level-device-install-app-hint-3 = First: ask an adult. Second: use the official app store.

device-install-app-ask = Ask an adult if you may get the app.
device-install-app-ask-reason = Do this first. An adult can check if the app is right for your age and if it costs money.
device-install-app-store = Get it only from the official app store.
device-install-app-store-reason = Do this next. The official store checks its apps. Apps from other places can hide bad software.
device-install-app-read = Read what the app wants to use.
device-install-app-read-reason = Before you install, look at what the app wants to use, like the camera or your contacts. Then you know what to expect.
device-install-app-say-no = Say no to things it does not need.
device-install-app-say-no-reason = Once it is installed, the app may ask for things. Say no to what it does not need, to keep your data private.
device-install-app-check = After a week, still using it? If not, delete it.
device-install-app-check-reason = Do this last. Apps you do not use take up space and may still collect data, so delete them.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Time for a break?
level-device-screen-time-instruction = Pick the best thing to do for you and your body.
level-device-screen-time-learned = Breaks, sleep and real friends matter more than any game reward or streak.
level-device-screen-time-hint-1 = Think about your eyes, your sleep and your time.
level-device-screen-time-hint-2 = Games and apps try to keep you on the screen. You decide when to stop.
level-device-screen-time-hint-3 = Look for the answers that rest your eyes, let you sleep and are honest with your friend.

device-screen-time-eyes-prompt = You have played for two hours. Your eyes feel tired.
device-screen-time-eyes-one-more = Play one more hour, then rest.
device-screen-time-eyes-one-more-reason = Tired eyes need a rest now, not in an hour. Listen to your body.
device-screen-time-eyes-break = Take a break: look far away and move about.
device-screen-time-eyes-break-reason = Looking into the distance rests your eyes, and moving is good for your body.
device-screen-time-eyes-brighter = Make the screen brighter and keep going.
device-screen-time-eyes-brighter-reason = A brighter screen does not help tired eyes. They need a break away from the screen.

device-screen-time-chest-prompt = A game says: "Come back in 10 minutes for a free chest!" It is bedtime.
device-screen-time-chest-stay-up = Stay up 10 more minutes for the chest.
device-screen-time-chest-stay-up-reason = Games use little rewards to keep you playing. Ten minutes often turn into more.
device-screen-time-chest-alarm = Set an alarm to get up for it at night.
device-screen-time-chest-alarm-reason = Waking up for a game breaks your sleep. You will feel tired tomorrow.
device-screen-time-chest-sleep = Go to sleep. The chest can wait.
device-screen-time-chest-sleep-reason = Sleep helps you grow, learn and feel good. A game reward is never worth losing sleep.

device-screen-time-streak-prompt = A friend wants you to keep a chat streak every day. Today you are very busy.
device-screen-time-streak-tell = Tell your friend: "I'm busy today, talk soon!"
device-screen-time-streak-tell-reason = A real friend understands. Apps use streaks to make you come back, but friendship does not need one.
device-screen-time-streak-homework = Stop your homework to keep the streak.
device-screen-time-streak-homework-reason = Your homework matters more than a number in an app. The streak is not worth the stress.
device-screen-time-streak-password = Give your friend your password to keep it going.
device-screen-time-streak-password-reason = Never share your password, even with a good friend. It is the key to your account.
