# The "Password Peak" world: who may know a password, what makes one strong, good habits,
# 2-step verification and password managers. Level files under assets/levels/pw-*.json refer
# to these ids. Per level: a title, what to do, what was learned, three hints (a nudge, the
# idea, part of the answer: never the whole answer), then each item and the reason shown when
# it is tapped. Item texts stay short (about 60 characters at most). All people, names and
# teams are made up: keep them unchanged when translating. Facts follow the NCSC ("Three
# random words", 2-step verification, password managers), NIST SP 800-63B rev. 4 and Action
# Fraud (docs/literacy-levels.md lists the sources).
#
# Passwords and word tiles are checked in every language by the strength the pupil is shown
# (the zxcvbn estimator with that language's common words, capped by the guidance: at least
# 15 characters, three words, not all very common), by `cargo test --test content_passwords`:
# - pw-rank: the five passwords must get stronger from first to last. Keep them as they are.
# - pw-build-*: the word tiles do not need to translate each other; any everyday nouns in
#   lower case will do. pw-build-first mixes short tiles (three letters: three of them make a
#   password too short to be strong) with longer ones (five letters or more).
# - pick-the-reply answers: the best answer is not the longest one (the test checks it).

world-password-peak = Password Peak

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Who may know it?
level-pw-who-to-tell-instruction = Read what happens. Pick the best answer each time.
level-pw-who-to-tell-learned = Your password is only for you. A trusted adult who looks after you may help you with it.
level-pw-who-to-tell-hint-1 = Ask yourself: does this person really need my password?
level-pw-who-to-tell-hint-2 = Friends and game helpers never need it. A parent or carer may help you keep it safe.
level-pw-who-to-tell-hint-3 = In the game chat, don't answer. Report it.

pw-who-to-tell-friend-prompt = Your best friend Zoe asks: "What's your game password? I want to try your new level."
pw-who-to-tell-friend-tell = Tell her. She's my best friend.
pw-who-to-tell-friend-tell-reason = Even best friends can tell others by mistake. And friends sometimes fall out.
pw-who-to-tell-friend-say-no = Say: "Sorry, it's just for me."
pw-who-to-tell-friend-say-no-reason = Well done! You can still play together. A good friend understands.
pw-who-to-tell-friend-swap = Swap passwords with her, so it is fair.
pw-who-to-tell-friend-swap-reason = Then two passwords are out instead of one. Swapping does not make it safer.

pw-who-to-tell-moderator-prompt = In a game chat, "Mod_Max" writes: "I am a moderator. Send me your password or your account gets closed!"
pw-who-to-tell-moderator-send = Send it fast, then tell an adult what I did.
pw-who-to-tell-moderator-send-reason = Telling an adult is good, but never send it. Real moderators never ask for your password.
pw-who-to-tell-moderator-proof = Ask them to prove they are a moderator.
pw-who-to-tell-moderator-proof-reason = Tricksters can fake any proof. Nobody from the game needs your password, so don't send it.
pw-who-to-tell-moderator-report = Don't answer. Report it and tell an adult.
pw-who-to-tell-moderator-report-reason = Right! Game helpers never need your password. Reporting helps to stop the trickster.

pw-who-to-tell-parent-prompt = A parent or carer helps you set up your new tablet. They ask which password you picked.
pw-who-to-tell-parent-tell-mum = Tell them. They look after me.
pw-who-to-tell-parent-tell-mum-reason = Yes! A trusted adult who looks after you, like a parent or carer, may know it and help keep it safe.
pw-who-to-tell-parent-nobody = Tell nobody, not even them.
pw-who-to-tell-parent-nobody-reason = Keep it from friends and strangers. But a parent or carer who looks after you may help you.
pw-who-to-tell-parent-class-chat = Post it in the class chat, so I don't forget it.
pw-who-to-tell-parent-class-chat-reason = Everyone in the chat could read it. Ask a trusted adult to help you remember it safely.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Weak or strong?
level-pw-rank-instruction = Put the passwords in order. Start with the weakest, end with the strongest.
level-pw-rank-learned = Several random words make a long password. That is much stronger than one word with a number.
level-pw-rank-hint-1 = Which password would a guesser try first?
level-pw-rank-hint-2 = Guessers try common passwords and words first. Long passwords with random words come last.
level-pw-rank-hint-3 = 123456 is the weakest: it is one of the most used passwords.

pw-rank-digits = 123456
pw-rank-digits-reason = This comes first: it is the weakest. It is one of the most used passwords in the world, so it is guessed at once.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = This is second: one common word. Guessers try long lists of words like this very early.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = This is in the middle. A capital letter first and a 1 at the end are tricks guessers know well.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = This is fourth. Two words that don't belong together are harder to guess, but two is still short.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = This comes last: it is the strongest. Four random words make a long password that is easy to remember.

## Level 3: a first passphrase (build_password, target: strong)
# Word tiles: everyday nouns in lower case. Words 1, 2 and 6 are short (three letters), the
# others five letters or more: three short ones stay under 15 characters and show "too short".
# The pet's name and the birth year stay the same in every language.

level-pw-build-first-title = Your first word password
level-pw-build-first-instruction = Tap word tiles to build a strong password from at least 3 words.
level-pw-build-first-learned = Three random words make a long, strong password. Leave out things others know about you.
level-pw-build-first-hint-1 = Do any of the tiles tell something about you?
level-pw-build-first-hint-2 = Pick random words that have nothing to do with you. Make it long: 15 letters or more.
level-pw-build-first-hint-3 = Rex is your dog's name, so leave it out.

pw-build-first-word-1 = sun
pw-build-first-word-2 = cat
pw-build-first-word-3 = rocket
pw-build-first-word-4 = pillow
pw-build-first-word-5 = turtle
pw-build-first-word-6 = dog
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex is your dog's name. Your friends know it, and so does anyone who sees your dog photos.
pw-build-first-year = 2016
pw-build-first-year-reason = This is the year you were born. Many people know it, and guessers try years first.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Good habits
level-pw-habits-instruction = Is it a good habit or is it risky? Sort each card.
level-pw-habits-learned = Use a different password for each game, keep it secret, and log out on shared tablets.
level-pw-habits-hint-1 = Imagine someone else finds your tablet. What could they do?
level-pw-habits-hint-2 = Good habits keep your password secret and your account closed to others.
level-pw-habits-hint-3 = Logging out on a shared tablet is a good habit.

pw-habits-bin-good = Good habit
pw-habits-bin-risky = Risky

pw-habits-one-per-game = A different password for each game
pw-habits-one-per-game-reason = If someone finds out one password, your other games stay safe.
pw-habits-sticky-note = Your password on a note stuck to the tablet
pw-habits-sticky-note-reason = Anyone who picks up the tablet can read it. Ask an adult where to keep it safe.
pw-habits-log-out = Logging out on a shared tablet
pw-habits-log-out-reason = Then the next person cannot play as you. Always log out when you share.
pw-habits-name-birthday = Your name and birthday as your password
pw-habits-name-birthday-reason = Lots of people know your name and birthday. Guessers try them first.
pw-habits-best-friend = Telling your best friend your password
pw-habits-best-friend-reason = Friends can tell others by mistake. Keep your password to yourself.
pw-habits-ask-adult = Asking an adult when you are not sure
pw-habits-ask-adult-reason = A trusted adult can help you. Asking is always a good idea.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns, in lower case (four letters or so: four of them make a
# password of 15 characters or more). The nickname (what friends call you), the school and
# the football team are made up: keep them unchanged.

level-pw-build-strong-title = Very strong!
level-pw-build-strong-instruction = Build a very strong password from at least 4 word tiles.
level-pw-build-strong-learned = Four random words make a very strong password. Nicknames, schools and teams are easy to guess.
level-pw-build-strong-hint-1 = Some tiles look like words, but they are about you. Which ones?
level-pw-build-strong-hint-2 = Your nickname, your school and your team are easy to find out.
level-pw-build-strong-hint-3 = Zippy is your nickname, so leave it out.

pw-build-strong-word-1 = moon
pw-build-strong-word-2 = leaf
pw-build-strong-word-3 = snow
pw-build-strong-word-4 = key
pw-build-strong-word-5 = box
pw-build-strong-word-6 = frog
pw-build-strong-word-7 = drum
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy is your nickname. Your friends and your whole class know it.
pw-build-strong-school = Oakfield
pw-build-strong-school-reason = Oakfield is your school. Many people know where you go to school.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Everyone knows you love the Rovers. A guesser would try your team early.

## Level 6: 2-step verification (pick_reply)
# Facts: the NCSC (2-step verification: a second step only you can access, such as a code by
# text message or from an app; a criminal with your password still cannot log in) and Action
# Fraud (never share the code; "I sent you my code by mistake" is a known trick).

level-pw-two-step-title = The code is only for you
level-pw-two-step-instruction = Read what happens. Pick the best answer each time.
level-pw-two-step-learned = 2-step verification asks for a code as well as your password. Never share the code, even if someone asks.
level-pw-two-step-hint-1 = Who is the code for: you, or anyone who asks?
level-pw-two-step-hint-2 = The code is a second key. Only you use it, and nobody else ever needs it.
level-pw-two-step-hint-3 = When a friend asks for your code, keep it to yourself.

pw-two-step-what-prompt = Your game asks: "Turn on 2-step verification?" What does it do?
pw-two-step-what-longer = It makes your password twice as long.
pw-two-step-what-longer-reason = Your password stays the same. It adds a second step: a code.
pw-two-step-what-code = It asks you for a code as well.
pw-two-step-what-code-reason = Right! Even someone who knows your password can't log in without the code. Ask an adult to help you turn it on.
pw-two-step-what-friends = Friends can log in for you.
pw-two-step-what-friends-reason = No. It makes sure that only you can log in.

pw-two-step-friend-prompt = Your friend Sam writes: "I sent my login code to your tablet by mistake. Can you send it to me?"
pw-two-step-friend-send = Send it. Sam is my friend.
pw-two-step-friend-send-reason = This is a known trick. Someone may be using Sam's account. With the code, they can take over yours.
pw-two-step-friend-adult-sends = Ask an adult at home to send it for me.
pw-two-step-friend-adult-sends-reason = Telling an adult is right, but nobody should send the code. Not even an adult.
pw-two-step-friend-keep = Keep it. Tell a trusted adult.
pw-two-step-friend-keep-reason = Right! Never share a code. Talk to Sam in person to check if it is really Sam.

pw-two-step-unasked-prompt = A login code pops up on your tablet, but you did not try to log in.
pw-two-step-unasked-tell = Share it with nobody, and tell an adult about it.
pw-two-step-unasked-tell-reason = Right! Someone may be trying your password. An adult can help you change it.
pw-two-step-unasked-class-chat = Post it in the class chat.
pw-two-step-unasked-class-chat-reason = Then everyone in the chat could use it. The code is only for you. Tell an adult instead.
pw-two-step-unasked-reply = Reply and ask who sent it.
pw-two-step-unasked-reply-reason = Don't reply. The code came because someone tried to log in as you. Tell an adult.

## Level 7: a password manager (spot_flags, settings to fix)
# Facts: the NCSC (a password manager stores your passwords so you need not remember them; it
# can make strong passwords for you; it is opened with one main password; saving passwords is
# safe on your own device, never on a library computer) and NIST SP 800-63B rev. 4 (sites must
# allow password managers).

level-pw-manager-title = A safe for passwords
level-pw-manager-instruction = This is Mia's password manager. It remembers her passwords. Tap every setting that is not safe to fix it.
level-pw-manager-learned = A password manager remembers your passwords. One strong passphrase guards all the others. Set it up with a trusted adult.
level-pw-manager-hint-1 = Which setting would help someone open Mia's passwords?
level-pw-manager-hint-2 = The main password guards all the others, so it must be the strongest one.
level-pw-manager-hint-3 = Start with the main password.

pw-manager-set-up = Set up with: a trusted adult
pw-manager-set-up-reason = Good! A trusted adult can help you set it up and keep it safe.
pw-manager-main-password = Main password: 1234
pw-manager-main-password-reason = This one password opens all the others. Make it long and strong: three random words.
pw-manager-main-password-fixed = Main password: three random words
pw-manager-one-each = Saves: a different password for each game
pw-manager-one-each-reason = Good! It remembers them, so each game can have its own password.
pw-manager-make-new = Make strong passwords for me: Off
pw-manager-make-new-reason = It can make long, random passwords and remember them for you. Turn it on.
pw-manager-make-new-fixed = Make strong passwords for me: On
pw-manager-lock = Lock the app when I close it: Off
pw-manager-lock-reason = Then anyone who picks up the tablet could see all of Mia's passwords.
pw-manager-lock-fixed = Lock the app when I close it: On
pw-manager-device = Saved on: my own tablet at home
pw-manager-device-reason = Saving passwords on your own tablet is fine. Never save them on a library computer.
