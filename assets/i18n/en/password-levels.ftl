# The "Password Peak" world: who may know a password, what makes one strong, and good habits.
# Level files under assets/levels/pw-*.json refer to these ids. Per level: a title, what to
# do, what was learned, three hints (a nudge, the idea, part of the answer), then each item
# and the reason shown when it is tapped. Item texts stay short (about 60 characters at most).
# All people, names and teams are made up: keep them unchanged when translating.
#
# Passwords and word tiles are checked by the zxcvbn estimator in every language
# (`cargo test --test content`):
# - pw-rank: the five passwords must get stronger from first to last. Keep them as they are.
# - pw-build-*: the word tiles do not need to translate each other; any short, everyday
#   nouns in lower case will do. zxcvbn only knows English words, so a German or Ukrainian
#   word counts as random letters: keep them as short as they are here (3 letters in
#   pw-build-first, 4 in pw-build-strong) so that one or two words alone stay weak.

world-password-peak = Password Peak

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Who may know it?
level-pw-who-to-tell-instruction = Read what happens. Pick the best answer each time.
level-pw-who-to-tell-learned = Your password is only for you. A trusted adult who looks after you may help you with it.
level-pw-who-to-tell-hint-1 = Ask yourself: does this person really need my password?
level-pw-who-to-tell-hint-2 = Friends and game helpers never need it. A parent or carer may help you keep it safe.
level-pw-who-to-tell-hint-3 = Say no to your friend and to the chat. Your parent or carer may help you.

pw-who-to-tell-friend-prompt = Your best friend Zoe asks: "What's your game password? I want to try your new level."
pw-who-to-tell-friend-tell = Tell her. She is my best friend.
pw-who-to-tell-friend-tell-reason = Even best friends can tell others by mistake. And friends sometimes fall out.
pw-who-to-tell-friend-say-no = Say kindly: "Sorry, my password is just for me."
pw-who-to-tell-friend-say-no-reason = Well done! You can still play together. A good friend understands.
pw-who-to-tell-friend-swap = Swap passwords, so it is fair.
pw-who-to-tell-friend-swap-reason = Then two passwords are out instead of one. Swapping does not make it safer.

pw-who-to-tell-moderator-prompt = In a game chat, "Mod_Max" writes: "I am a moderator. Send me your password or your account gets closed!"
pw-who-to-tell-moderator-send = Send it fast, so my account stays open.
pw-who-to-tell-moderator-send-reason = Real moderators never ask for your password. This is a trick to take your account.
pw-who-to-tell-moderator-proof = Ask them to prove they are a moderator.
pw-who-to-tell-moderator-proof-reason = Tricksters can fake any proof. Nobody from the game needs your password, so don't send it.
pw-who-to-tell-moderator-report = Don't answer. Report it and tell an adult.
pw-who-to-tell-moderator-report-reason = Right! Game helpers never need your password. Reporting helps to stop the trickster.

pw-who-to-tell-parent-prompt = Your parent or carer helps you set up your new tablet. They ask which password you picked.
pw-who-to-tell-parent-tell-mum = Tell them. They look after me.
pw-who-to-tell-parent-tell-mum-reason = Yes! A trusted adult who looks after you, like a parent or carer, may know it and help keep it safe.
pw-who-to-tell-parent-nobody = Never tell anyone, not even them.
pw-who-to-tell-parent-nobody-reason = Keep it from friends and strangers. But a parent or carer who looks after you may help you.
pw-who-to-tell-parent-class-chat = Post it in the class chat, so I don't forget it.
pw-who-to-tell-parent-class-chat-reason = Everyone in the chat could read it. Ask your parent or carer to help you remember it safely.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Weak or strong?
level-pw-rank-instruction = Put the passwords in order. Start with the weakest, end with the strongest.
level-pw-rank-learned = Several random words make a long password. That is much stronger than one word with a number.
level-pw-rank-hint-1 = Which password would a guesser try first?
level-pw-rank-hint-2 = Guessers try common passwords and words first. Long passwords with random words come last.
level-pw-rank-hint-3 = 123456 is the weakest. The one with four words is the strongest.

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
# Word tiles: short everyday nouns, in lower case (3 letters in de and uk, see the top).
# The pet's name and the birth year stay the same in every language.

level-pw-build-first-title = Your first word password
level-pw-build-first-instruction = Tap word tiles to build a strong password from at least 3 words.
level-pw-build-first-learned = Three random words make a strong password. Leave out things others know about you.
level-pw-build-first-hint-1 = Do any of the tiles tell something about you?
level-pw-build-first-hint-2 = Random words are hard to guess. Your pet's name and your birth year are easy to guess.
level-pw-build-first-hint-3 = Pick three word tiles. Leave out Rex and 2016.

pw-build-first-word-1 = sun
pw-build-first-word-2 = cat
pw-build-first-word-3 = dog
pw-build-first-word-4 = tree
pw-build-first-word-5 = book
pw-build-first-word-6 = cup
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
level-pw-habits-hint-3 = Logging out and asking an adult are good habits. A sticky note is risky.

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
# Word tiles: short everyday nouns, in lower case (4 letters in de and uk, see the top).
# The nickname, the school and the football team are made up: keep them unchanged.

level-pw-build-strong-title = Very strong!
level-pw-build-strong-instruction = Build a very strong password from at least 4 word tiles.
level-pw-build-strong-learned = Four random words make a very strong password. Nicknames, schools and teams are easy to guess.
level-pw-build-strong-hint-1 = Some tiles look like words, but they are about you. Which ones?
level-pw-build-strong-hint-2 = Your nickname, your school and your team are easy to find out.
level-pw-build-strong-hint-3 = Use four word tiles. Leave out Zippy, Oakfield and Rovers.

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
