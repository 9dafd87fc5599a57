# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Level files under assets/levels/device-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All apps, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains. No phone numbers: a number's format would
# belong to one country.

world-device-dock = Device Dock

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Update time
level-device-update-instruction = Your tablet shows a message. Pick the best thing to do.
level-device-update-learned = Real updates come from your tablet's settings and keep it safe. Pop-ups that scare you are tricks.
level-device-update-hint-1 = Where does the message come from: the tablet itself or a web page?
level-device-update-hint-2 = Updates fix weak spots. A web page cannot see inside your tablet.
level-device-update-hint-3 = A message from the tablet itself is a real update. Installing it keeps the tablet safe.

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
device-update-battery-start = Start it now, and ask a grown-up to watch.
device-update-battery-start-reason = Watching does not help if the battery runs out in the middle: the update can go wrong. Charge first.
device-update-battery-cancel = Cancel it and never update again.
device-update-battery-cancel-reason = The update is still important for your tablet's safety. Just charge it first.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Makes sense
device-bin-no-sense = Does not make sense

level-device-permissions-title = The torch app
level-device-permissions-instruction = You open a new torch app. While it runs, it asks to use these things. Does it make sense?
level-device-permissions-learned = Apps ask while you use them. Tap "Don't allow" for what an app does not need. You can change it later in Settings.
level-device-permissions-hint-1 = What does a torch app need to do its job?
level-device-permissions-hint-2 = A torch only needs to make light. Anything else is not part of its job.
level-device-permissions-hint-3 = A torch has nothing to do with your contacts.

device-permissions-camera-light = Turn on the light next to the camera
device-permissions-camera-light-reason = That little light is the torch. The app needs it to do its job.
device-permissions-contacts = Access your contacts
device-permissions-contacts-reason = A torch does not need your friends' names and numbers. Tap "Don't allow".
device-permissions-location = Access this device's location
device-permissions-location-reason = A torch works the same everywhere. It does not need to know where you are.
device-permissions-screen-bright = Make the screen bright white
device-permissions-screen-bright-reason = Some torches light up the whole screen. That is part of being a torch.
device-permissions-microphone = Record audio
device-permissions-microphone-reason = A torch does not need to hear you. Tap "Don't allow": the torch still works.
device-permissions-notifications = Send you notifications
device-permissions-notifications-reason = A torch has nothing to tell you. Notifications would only be ads or reminders to open it.
device-permissions-photos = Access photos and videos on this device
device-permissions-photos-reason = Your photos are private. A torch does not need them to make light.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Virus alarm!
level-device-fake-virus-instruction = Tap every red flag on this web page.
level-device-fake-virus-learned = A web page cannot find viruses on your tablet. Close scary pages and tell an adult.
level-device-fake-virus-hint-1 = Start at the top. Whose page is this?
level-device-fake-virus-hint-2 = Fake warnings shout, rush you, and want you to download or call.
level-device-fake-virus-hint-3 = The big flashing warning is one red flag. Four more are on the page.

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
device-fake-virus-phone = Or call our help number now!
device-fake-virus-phone-reason = Real tablet makers do not ask you to call from a web page. Never call a number like this.
device-fake-virus-menu = Help · About us · Contact
device-fake-virus-menu-reason = Menu links are on most web pages. They are not a red flag on their own.

## Level 4: getting a new app safely (order_steps: the order is the one the Play Store and
## Android impose: find the app, read its page, install, answer its questions while it runs)

level-device-install-app-title = A new app
level-device-install-app-instruction = You want a new game, and a grown-up said yes. Put the steps in the order they happen.
level-device-install-app-learned = Get apps from the official store and check the age rating and Data safety first. Once installed, allow only what the app needs.
level-device-install-app-hint-1 = Where do safe apps come from?
level-device-install-app-hint-2 = You can only read about an app once you have found it, and it can only ask you for things once it is installed.
level-device-install-app-hint-3 = Start in the official app store. The age rating and Data safety are on the app's page.

device-install-app-store = Open the official app store (Play Store).
device-install-app-store-reason = Do this first. Apps in the official store are checked for harmful software. Apps from other places can hide it.
device-install-app-read = On the app's page, check the age rating and Data safety.
device-install-app-read-reason = Next. The age rating (PEGI in most of Europe) says who the app is for. Data safety is where its makers say what data it collects and shares.
device-install-app-install = Tap "Install".
device-install-app-install-reason = Now install it, once you have read its page. Before this, the app cannot ask you for anything.
device-install-app-say-no = Open the app. Allow only what it needs.
device-install-app-say-no-reason = Apps ask while you use them, not before. Tap "Don't allow" for what it does not need. You can change it later in Settings.
device-install-app-check = Not using it any more? Delete it.
device-install-app-check-reason = Do this last. An app you do not use still takes space and may still have your data.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Time for a break?
level-device-screen-time-instruction = Pick the best thing to do for you and your body.
level-device-screen-time-learned = Breaks, sleep and real friends matter more than any game reward or streak.
level-device-screen-time-hint-1 = Think about your eyes, your sleep and your time.
level-device-screen-time-hint-2 = Games and apps try to keep you on the screen. You decide when to stop.
level-device-screen-time-hint-3 = For the chest: sleep matters more than any game reward.

device-screen-time-eyes-prompt = You have played for two hours. Your eyes feel tired.
device-screen-time-eyes-one-more = Ask a grown-up for one more hour, then rest.
device-screen-time-eyes-one-more-reason = Tired eyes need a rest now, not in an hour, even if a grown-up says yes. Listen to your body.
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
device-screen-time-streak-tell = Tell your friend: "Busy today, talk soon!"
device-screen-time-streak-tell-reason = A real friend understands. Apps use streaks to make you come back, but friendship does not need one.
device-screen-time-streak-homework = Stop your homework to keep the streak.
device-screen-time-streak-homework-reason = Your homework matters more than a number in an app. The streak is not worth the stress.
device-screen-time-streak-password = Give your friend your password to keep it going.
device-screen-time-streak-password-reason = Never share your password, even with a good friend. It is the key to your account.
