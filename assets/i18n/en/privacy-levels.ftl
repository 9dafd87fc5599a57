# The "Share Safe" world, levels 2 and up (level 1, share-or-keep, and the world's name are
# in levels.ftl). Level files under assets/levels/privacy-*.json refer to these ids. Per
# level: a title, what to do, what was learned, three hints (a nudge, the idea, part of the
# answer), then each item and the reason shown when it is tapped. Item texts stay short
# (about 60 characters at most). All people, places and games are made up: keep people's
# names and numbers unchanged when translating. Street and school names are made up per
# language (Maple Street, Ahornstraße, вулиця Кленова), so no country's streets are shown.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lena's profile
level-privacy-profile-instruction = This is Lena's game profile. Tap every setting that shares too much to fix it.
level-privacy-profile-learned = Keep your profile for friends only. Use a made-up game name and a cartoon picture, and keep your location and number private.
level-privacy-profile-hint-1 = Read each line. Could a stranger use it to find Lena?
level-privacy-profile-hint-2 = A made-up game name and a cartoon picture are safe. Real names, places and numbers are not.
level-privacy-profile-hint-3 = Look at who can see the profile and at the phone number.

privacy-profile-visibility = Who can see my profile: Everyone
privacy-profile-visibility-reason = Everyone means strangers too. Set it to friends only.
privacy-profile-visibility-fixed = Who can see my profile: Friends only
privacy-profile-name = Name shown: Lena Schmidt (full name)
privacy-profile-name-reason = A full name helps strangers find Lena. A made-up game name is enough.
privacy-profile-name-fixed = Name shown: StarFox22 (game name)
privacy-profile-game-name = Game name: StarFox22
privacy-profile-game-name-reason = A made-up game name does not tell anyone who Lena really is. Good choice!
privacy-profile-avatar = Avatar: a cartoon fox
privacy-profile-avatar-reason = A cartoon picture does not show Lena's face. That is safe.
privacy-profile-location = Share my location: On
privacy-profile-location-reason = This shows people where Lena is right now. Keep it off.
privacy-profile-location-fixed = Share my location: Off
privacy-profile-game = Favourite game: Block Builders
privacy-profile-game-reason = Lots of children like this game. It does not tell anyone where Lena is.
privacy-profile-phone = Phone number: visible to everyone
privacy-profile-phone-reason = Strangers could call or text Lena. Keep your phone number private.
privacy-profile-phone-fixed = Phone number: hidden

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = A sunny photo
level-privacy-photo-instruction = Tap every clue in this post that shows where you live or go to school.
level-privacy-photo-learned = Before you post a photo, look for street signs, house numbers, school logos and location tags.
level-privacy-photo-hint-1 = Look at the background too, not only at you and the dog.
level-privacy-photo-hint-2 = Street names, house numbers and school logos show strangers where to find you.
level-privacy-photo-hint-3 = The street sign behind you is one clue. There are three more.

privacy-photo-photo = Photo: me and my dog in the garden
privacy-photo-photo-reason = A photo of you and your pet can be fine to share with friends. Just check what else is in it.
privacy-photo-sign = Behind us: a street sign, 'Maple Street'
privacy-photo-sign-reason = The sign tells everyone which street you live on. Take the photo where there are no signs.
privacy-photo-door = On the door: house number 12
privacy-photo-door-reason = With the street name, the number shows your exact home. Keep it out of the photo.
privacy-photo-shirt = My T-shirt with the Oakfield School logo
privacy-photo-shirt-reason = The logo shows which school you go to. Strangers would know where you are every day.
privacy-photo-caption = Caption: Sunny Saturday with Rex!
privacy-photo-caption-reason = Your dog's name is fine to share. Just never use it as a password.
privacy-photo-location = Location tag: 12 Maple Street
privacy-photo-location-reason = The tag gives your full address to everyone. Turn location tags off.
privacy-photo-comment = Comment from Ben: Cute dog!
privacy-photo-comment-reason = A kind comment from a friend is fine. It gives nothing away.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Who wants to know?
level-privacy-stranger-asks-instruction = Pick the best reply each time.
level-privacy-stranger-asks-learned = You can always say no. Keep your school, your street and your friends' numbers to yourself. If someone keeps asking, tell a grown-up.
level-privacy-stranger-asks-hint-1 = Think: who will see my answer, and what could they do with it?
level-privacy-stranger-asks-hint-2 = Your details, and your friends' numbers, are yours to keep. You can always say no.
level-privacy-stranger-asks-hint-3 = A game still works when you say no to your contacts.

privacy-stranger-asks-school = SkyRider9, an online friend you have never met, asks: "Which school do you go to?"
privacy-stranger-asks-school-tell = Tell them, then tell a grown-up you did.
privacy-stranger-asks-school-tell-reason = Telling a grown-up is good, but now SkyRider9 knows your school. Don't share it in the first place.
privacy-stranger-asks-school-town = Just tell them your town instead.
privacy-stranger-asks-school-town-reason = Your town is still a clue to where you are. Keep it private too.
privacy-stranger-asks-school-say-no = Say no, and tell a grown-up.
privacy-stranger-asks-school-say-no-reason = Well done! You can say no in a friendly way. A grown-up can help if SkyRider9 keeps asking.
privacy-stranger-asks-contacts = While you play, a game asks: "Allow Block Builders to access your contacts?"
privacy-stranger-asks-contacts-allow = Tap "Allow" to find friends fast.
privacy-stranger-asks-contacts-allow-reason = Your contacts are other people's numbers. The game would get them without asking those people.
privacy-stranger-asks-contacts-not-now = Tap "Don't allow". The game still works.
privacy-stranger-asks-contacts-not-now-reason = Right! Your contacts' numbers are not yours to give away. You can add friends by their game names instead.
privacy-stranger-asks-contacts-allow-then-delete = Allow it, then later delete the whole game.
privacy-stranger-asks-contacts-allow-then-delete-reason = Once the game has the numbers, deleting the game does not take them back.
privacy-stranger-asks-quiz = A fun quiz says: "Your superhero name = your street + your school!"
privacy-stranger-asks-quiz-skip = Skip it, or play with made-up words.
privacy-stranger-asks-quiz-skip-reason = Good thinking! Your street and your school show where to find you. Made-up words are just as fun.
privacy-stranger-asks-quiz-post = Post your real superhero name in the comments.
privacy-stranger-asks-quiz-post-reason = Now everyone knows your street and your school. Together they show where to find you.
privacy-stranger-asks-quiz-send-friend = Only send it to one friend in a message.
privacy-stranger-asks-quiz-send-friend-reason = Messages can be passed on. Keep your real answers to yourself.

## Level 5: before you post a photo (sort: do it / better not; the order of these steps is
## not fixed by any guidance, so the level asks which ones, not in which order)

level-privacy-before-posting-title = Ready to post?
level-privacy-before-posting-instruction = You want to post a photo. Is this a good step before posting, or better not?
level-privacy-before-posting-learned = Before you post, check the photo for clues, ask the people in it and choose friends only. Leave location tags off.
level-privacy-before-posting-hint-1 = Think: once it is posted, who could see the photo, and what could they learn?
level-privacy-before-posting-hint-2 = Good steps keep clues and strangers out and ask the people in the photo. Risky ones spread the photo or where you are.
level-privacy-before-posting-hint-3 = A location tag is one to leave out.

privacy-bin-do = Do it
privacy-bin-dont = Better not

privacy-before-posting-clues = Check the photo for signs and house numbers.
privacy-before-posting-clues-reason = Good! Crop them out or pick another photo, so nobody can tell where you live.
privacy-before-posting-location = Add a location tag so friends can find you.
privacy-before-posting-location-reason = A location tag shows everyone where you are. Leave it off.
privacy-before-posting-ask = Ask everyone in the photo if it is OK.
privacy-before-posting-ask-reason = It is their photo too. Only post it if they say yes.
privacy-before-posting-everyone = Post it for everyone, to get more likes.
privacy-before-posting-everyone-reason = Everyone means strangers too. Likes are not worth that.
privacy-before-posting-audience = Choose who can see it: friends only.
privacy-before-posting-audience-reason = Good! Friends only keeps strangers out.
privacy-before-posting-surprise = Post a friend's silly photo as a surprise.
privacy-before-posting-surprise-reason = Ask first. Your friend may not want that photo online.

