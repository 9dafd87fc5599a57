# The "Share Safe" world, levels 2 and up (level 1, share-or-keep, and the world's name are
# in levels.ftl). Level files under assets/levels/privacy-*.json refer to these ids. Per
# level: a title, what to do, what was learned, three hints (a nudge, the idea, part of the
# answer), then each item and the reason shown when it is tapped. Item texts stay short
# (about 60 characters at most). All people, places and games are made up: keep names,
# addresses and numbers unchanged when translating.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Lena's profile
level-privacy-profile-instruction = This is Lena's game profile. Tap every setting that shares too much to fix it.
level-privacy-profile-learned = Keep your profile for friends only. Use a nickname and a cartoon picture, and keep your location and number private.
level-privacy-profile-hint-1 = Read each line. Could a stranger use it to find Lena?
level-privacy-profile-hint-2 = Nicknames and cartoon pictures are safe. Real names, places and numbers are not.
level-privacy-profile-hint-3 = Look at who can see the profile and at the phone number.

privacy-profile-visibility = Who can see my profile: Everyone
privacy-profile-visibility-reason = Everyone means strangers too. Set it to friends only.
privacy-profile-visibility-fixed = Who can see my profile: Friends only
privacy-profile-name = Name shown: Lena Schmidt (full name)
privacy-profile-name-reason = A full name helps strangers find Lena. A nickname is enough.
privacy-profile-name-fixed = Name shown: StarFox22 (nickname)
privacy-profile-nickname = Nickname: StarFox22
privacy-profile-nickname-reason = A nickname does not tell anyone who Lena really is. Good choice!
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
level-privacy-photo-learned = Before you post a photo, look for street signs, house numbers, school badges and location tags.
level-privacy-photo-hint-1 = Look at the background too, not only at you and the dog.
level-privacy-photo-hint-2 = Street names, house numbers and badges show strangers where to find you.
level-privacy-photo-hint-3 = Look at the sign, the door and your T-shirt. One more clue is under the photo.

privacy-photo-photo = Photo: me and my dog in the garden
privacy-photo-photo-reason = A photo of you and your pet can be fine to share with friends. Just check what else is in it.
privacy-photo-sign = Behind us: the street sign 'Willow Lane'
privacy-photo-sign-reason = The sign tells everyone which street you live on. Take the photo where there are no signs.
privacy-photo-door = On the door: house number 12
privacy-photo-door-reason = With the street name, the number shows your exact home. Keep it out of the photo.
privacy-photo-jumper = My T-shirt with the Oakfield School badge
privacy-photo-jumper-reason = The badge shows which school you go to. Strangers would know where you are every day.
privacy-photo-caption = Caption: Sunny Saturday!
privacy-photo-caption-reason = This caption does not say where you are. It is fine.
privacy-photo-location = Location tag: 12 Willow Lane
privacy-photo-location-reason = The tag gives your full address to everyone. Turn location tags off.
privacy-photo-comment = Comment from Ben: Cute dog!
privacy-photo-comment-reason = A kind comment from a friend is fine. It gives nothing away.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Who wants to know?
level-privacy-stranger-asks-instruction = Pick the best reply each time.
level-privacy-stranger-asks-learned = You can always say no. Keep your school, your contacts and your secret answers to yourself, and ask a grown-up.
level-privacy-stranger-asks-hint-1 = Think: who will see my answer, and what could they do with it?
level-privacy-stranger-asks-hint-2 = The best reply keeps your details private. Often it also brings in a grown-up.
level-privacy-stranger-asks-hint-3 = To the school question, say that you don't share that, and tell a grown-up.

privacy-stranger-asks-school = SkyRider9, an online friend you have never met, asks: "Which school do you go to?"
privacy-stranger-asks-school-tell = Tell them the name of your school.
privacy-stranger-asks-school-tell-reason = Your school shows where you are every day. Don't tell people you only know online.
privacy-stranger-asks-school-town = Just tell them your town.
privacy-stranger-asks-school-town-reason = Your town is still a clue to where you are. Keep it private too.
privacy-stranger-asks-school-say-no = Say "I don't share that" and tell a grown-up.
privacy-stranger-asks-school-say-no-reason = Well done! You can say no in a friendly way. If SkyRider9 keeps asking, a grown-up can help.
privacy-stranger-asks-contacts = A game pop-up says: "Let us see your contacts to find friends!"
privacy-stranger-asks-contacts-allow = Tap "Allow" to find friends fast.
privacy-stranger-asks-contacts-allow-reason = Your contacts are other people's numbers. The game would get them without asking those people.
privacy-stranger-asks-contacts-not-now = Tap "Not now" and ask a grown-up first.
privacy-stranger-asks-contacts-not-now-reason = Right! Your contacts' numbers are not yours to give away. A grown-up can help you decide.
privacy-stranger-asks-contacts-allow-then-delete = Allow it, then delete the game later.
privacy-stranger-asks-contacts-allow-then-delete-reason = Once the game has the numbers, deleting the game does not take them back.
privacy-stranger-asks-quiz = A fun quiz says: "Your superhero name = your pet's name + your street!"
privacy-stranger-asks-quiz-skip = Skip it, or play with made-up words.
privacy-stranger-asks-quiz-skip-reason = Good thinking! Pet names are often secret answers for accounts, and your street shows where you live.
privacy-stranger-asks-quiz-post = Post your real superhero name in the comments.
privacy-stranger-asks-quiz-post-reason = Now everyone knows your pet's name and your street. Pet names often open accounts.
privacy-stranger-asks-quiz-send-friend = Only send it to one friend in a message.
privacy-stranger-asks-quiz-send-friend-reason = Messages can be passed on. Keep your real answers to yourself.

## Level 5: before you post a photo (put the steps in order)

level-privacy-before-posting-title = Ready to post?
level-privacy-before-posting-instruction = What do you do before you post a photo? Put the steps in order.
level-privacy-before-posting-learned = Look at the whole photo, check for clues, ask the people in it, choose friends only, and only then post.
level-privacy-before-posting-hint-1 = What has to happen before anything goes online?
level-privacy-before-posting-hint-2 = First check the photo, then ask the people in it, then choose who sees it.
level-privacy-before-posting-hint-3 = Start by looking at the whole picture. Posting is the very last step.

privacy-before-posting-look = Look at the whole picture, edge to edge.
privacy-before-posting-look-reason = Do this first. You can only check what you have really looked at.
privacy-before-posting-check = Check for names, signs, uniforms and house numbers.
privacy-before-posting-check-reason = Next, hunt for clues. Crop or pick another photo if they show where you live or go to school.
privacy-before-posting-ask = Ask everyone in the photo if it is OK.
privacy-before-posting-ask-reason = It is their photo too. Ask once it is checked, so they see the photo you will really post.
privacy-before-posting-audience = Choose who can see it: friends only.
privacy-before-posting-audience-reason = Do this just before posting. Friends only keeps strangers out.
privacy-before-posting-post = Now post it.
privacy-before-posting-post-reason = Post last, when everything is checked. Once it is online, it is hard to take back.
