# Everything around the levels: title, map, result, notices.
# Keep sentences short and plain: many players are 7–9 years old.

language-name = English
app-title = Byte Bridge
app-tagline = Learn to code and stay safe online
title-play = Play
language-picker = Language
# The home's language button: its accessible name ($language is the language's own name).
language-open = Language: { $language }
# While a language is downloaded for the first time on this tablet.
language-loading = Getting { $language } …
# $ready lists the languages this tablet has, by their own names.
language-not-on-device = { $language } is not on this tablet yet. Connect to the internet once to get it. On this tablet: { $ready }
language-damaged = { $language } did not arrive complete. Please try again later. On this tablet: { $ready }

back = Back
notice-dismiss = OK

map-title = Levels
level-status-locked = locked
level-status-new = not played yet
level-status-stars = { $stars } of 3 stars
# Accessible name of a level button, read by screen readers.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Finish the level before it to open this one.
# A world's tab on the map: its name and how many stars were earned there.
map-world = { $title }, { $status }
map-world-stars = { $stars } of { $max } { $max ->
        [one] star
       *[other] stars
    }

result-title = Level complete!
result-stars = { $stars } of 3 stars
result-new-best = New best!
result-learned-heading = What you learned
result-next = Next level
result-retry = Play again
result-levels = All levels

storage-unavailable = This tablet cannot save right now. You can play, but your stars will be lost when the page closes.
storage-recovered-damaged = A saved player could not be read and had no good copy. It was kept aside on this tablet.
storage-recovered-backup = Some saved stars were damaged. The last good copy was brought back.
storage-newer-version = Some players were saved by a newer Byte Bridge. They are kept safe: update the game to see them.
storage-full = The tablet's storage is full. Save your stars to a file so that nothing gets lost.

# The Hint button of every level, and the hint it shows.
hint = Hint
hint-shown = Hint { $number }: { $hint }

# Reading aloud with the tablet's own voice: the speaker button on levels and results.
read-aloud = Read aloud
read-aloud-stop = Stop reading
# The gear on a player's home screen, and the player's own settings behind it.
settings-open = Settings
settings-title = Settings
settings-read-everything = Read everything to me
settings-read-everything-about = The game reads each level, hint and result aloud as soon as it shows it.
settings-no-voice = This tablet has no voice for this language yet. A grown-up can add one.
settings-robot-speed = Robot speed: { $speed }
settings-calm = Less movement
settings-calm-about = The robot jumps from square to square instead of gliding. This is on from the start when the tablet is set to reduce motion.
settings-contrast = High contrast
settings-contrast-about = A black background, white words and white edges around the buttons: easier to see for some eyes.
settings-text-size = Text size: { $size }
settings-text-size-about = Tap again for bigger words, up to twice as big, then back to normal.
text-size-normal = normal
text-size-big = big
text-size-bigger = bigger
text-size-biggest = biggest
settings-more-space = More space
settings-more-space-about = More room between letters and between lines: easier to read for some eyes.
