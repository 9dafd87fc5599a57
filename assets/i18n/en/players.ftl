# Players on a shared tablet: choosing who plays, making a player, picture passwords, the
# grown-ups' screen, moving players between tablets, and updates.
# Nicknames are two words picked from lists: no typing, no real names.

players-title = Who is playing?
players-empty = Tap “New player” to start.
players-previous = Previous players
players-next = More players
players-page = Page { $page } of { $pages }
player-new = New player
grown-ups = Grown-ups

# A nickname: an adjective and an animal. In languages with grammatical gender the
# adjective gets the animal's gender as $gender (from the animal's .gender attribute).
nickname = { $adjective } { $animal }

player-new-title = New player
player-edit-title = My name and picture
player-done = Done
player-preview = You are { $name }
pick-picture = Pick a picture
pick-colour = Pick a colour
pick-adjective = Pick a word
pick-animal = Pick an animal
nickname-surprise = Surprise me

adj-brave = Brave
adj-bright = Bright
adj-calm = Calm
adj-clever = Clever
adj-cheerful = Cheerful
adj-gentle = Gentle
adj-happy = Happy
adj-kind = Kind
adj-lucky = Lucky
adj-quick = Quick
adj-sunny = Sunny
adj-wise = Wise

animal-bear = Bear
animal-cat = Cat
animal-dolphin = Dolphin
animal-eagle = Eagle
animal-fox = Fox
animal-frog = Frog
animal-lion = Lion
animal-owl = Owl
animal-panda = Panda
animal-rabbit = Rabbit
animal-tiger = Tiger
animal-turtle = Turtle

picture-sun = Sun
picture-moon = Moon
picture-star = Star
picture-heart = Heart
picture-tree = Tree
picture-flower = Flower
picture-fish = Fish
picture-house = House
picture-rocket = Rocket
picture-crown = Crown
picture-leaf = Leaf
picture-boat = Boat

avatar-colour-red = Red
avatar-colour-orange = Orange
avatar-colour-yellow = Yellow
avatar-colour-green = Green
avatar-colour-teal = Turquoise
avatar-colour-blue = Blue
avatar-colour-purple = Purple
avatar-colour-pink = Pink

profile-error-full = This tablet is full. A grown-up can move players to another tablet.
profile-error-name-taken = Another player has this name. Pick other words.
profile-error-other = That did not work. Please try again.

# Picture passwords: three pictures in order.
secret-open-title = Tap your 3 pictures
secret-set-title = Pick 3 pictures for your password
secret-confirm-title = Tap the same 3 pictures again
secret-progress = { $count } of { $total } { $total ->
        [one] picture
       *[other] pictures
    }
secret-wrong = Not quite. Try again.
secret-ask-grown-up = Not quite. If you forgot your pictures, ask your teacher to reset them.
secret-mismatch = Those were different pictures. Start again.
secret-skip = No password
secret-remove = Remove my password

# A new player's age band: two big buttons (the band labels "band-7-9" and "band-10-12").
# 12–14 is chosen by a grown-up only, on the grown-ups' screen.
player-age-title = How old are you?
player-age-older = Older than 12? Pick 10–12. A grown-up can change it.

title-hello = Hi, { $name }!
title-change-player = Change player
title-edit-me = My name and picture
title-password = Picture password
title-save-file = Save my stars to a file
save-to-file = Save to a file

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = For grown-ups
gate-question = What is { $a } × { $b }?
gate-typed = Answer: { $typed }
gate-wrong = That is not right. Here is a new question.
gate-delete = Delete digit
gate-ok = OK

adults-title = Players on this tablet
adults-save-all = Save all players to a file
adults-bring = Bring players from a file
adults-clear = Clear this tablet
adults-clear-confirm = { $count ->
        [one] Tap again to delete the only player
       *[other] Tap again to delete all { $count } players
    }
adults-cleared = This tablet is empty now.
adults-player = { $stars ->
        [one] { $name }: one star
       *[other] { $name }: { $stars } stars
    }
adults-save-one = Save { $name } to a file
adults-reset-secret = Reset { $name }'s picture password
adults-secret-reset = { $name } has no picture password now.
adults-delete = Delete { $name }
adults-delete-confirm = Tap again to delete { $name }
adults-deleted = { $name } was deleted.
adults-saved = { $count ->
    [one] One player was saved to a file. Open it on the other tablet with “Bring players from a file”.
   *[other] { $count } players were saved to a file. Open it on the other tablet with “Bring players from a file”.
}
adults-save-failed = The file could not be saved.
adults-include-secrets = Put picture passwords in the file
adults-secrets-left-out = Files made now leave picture passwords out; a password already on the other tablet stays.
adults-secrets-included = Files made now hold the picture passwords: anyone who opens the file can read them.
adults-help = Moving pupils: save them to a file here, copy the file to the other tablet, and bring them in there. Players already on that tablet keep all their stars.
adults-help-insecure = This page is not served over HTTPS, so it cannot work offline or be added to the home screen. Everything else works. The README explains how to serve it.
# The grown-ups' screen about reading aloud (its button and title); which of the game's
# languages this tablet can read aloud ($languages: their own names, separated by commas),
# and how a grown-up adds a voice.
adults-voices-open = Reading aloud
adults-voices-some = This tablet can read aloud in: { $languages }
adults-voices-none = This tablet cannot read aloud in any of the game's languages yet.
adults-voices-help = To add a voice on an Android tablet: open Settings, find “Text-to-speech output”, open the settings of the preferred engine and install the voice data for a language. Then open the game again. Only voices kept on the tablet read aloud, so nothing is sent away to be read.
# A player's age band on the grown-ups' screen: the button shows the band ($band is a band
# label, e.g. "Ages 7–9", or adults-band-unset); its accessible name says whose it is.
adults-band = Age band of { $name }: { $band }
adults-band-unset = Age not chosen
adults-band-changed = { $name }: { $band } now.
adults-band-help = Tap a player's age band to change it. The player sees the levels of that band first. Pupils choose 7–9 or 10–12 when they start; only a grown-up can choose 12–14, the band with topics for older pupils. “Age not chosen” counts as 7–9.

import-done = Done: { $added ->
        [one] one new player
       *[other] { $added } new players
    }, { $updated } updated{ $refused ->
        [0] .
       *[other] , { $refused } could not be brought in (the tablet is full, or a newer Byte Bridge keeps them here).
    }{ $renamed ->
        [0] {""}
        [one] {" "}One player got a new game name, because theirs was taken here.
       *[other] {" "}{ $renamed } players got a new game name, because theirs was taken here.
    }
import-error-too-large = This file is too large to be a players file.
import-error-not-ours = This is not a Byte Bridge players file.
import-error-newer = This file comes from a newer Byte Bridge. Update the game on this tablet first.
import-error-damaged = This players file is damaged, so nothing was changed. Save it again on the other tablet.
import-error-over-limits = A player in this file holds more than Byte Bridge ever keeps (programs too long, too many attempts or levels), alone or together with the same player on this tablet. Nothing was changed.
import-error-unreadable = The file could not be read. Try again.

offline-needs-https = This page is not served over HTTPS, so it will not work without the internet.
update-reload = New version ready: tap to start it
save-file-failed = The file could not be saved. Please try again.
