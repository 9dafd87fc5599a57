# The "Kind Corner" world: being kind online, and what to do when someone is not.
# Level files under assets/levels/kind-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All people are made up: keep their names unchanged when translating. Keep the tone gentle:
# always say what to do, and that telling a trusted adult is good.

world-kind-corner = Kind Corner

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Say something kind
level-kind-reply-instruction = Pick the kindest reply each time.
level-kind-reply-learned = Kind words online make people feel good. Before you post, ask: how will they feel?
level-kind-reply-hint-1 = Imagine you are the other person. Which reply would you like to get?
level-kind-reply-hint-2 = A kind reply is friendly, honest and about the other person, not about you.
level-kind-reply-hint-3 = Look for the reply that praises, cheers up or offers to talk.

kind-reply-drawing-prompt = Your friend Mia posts a drawing she made of her cat. What do you write?
kind-reply-drawing-praise = I love the colours! How did you draw the fur?
kind-reply-drawing-praise-reason = Kind and real praise makes Mia happy. Asking a question shows you really looked.
kind-reply-drawing-brother = My little brother draws better than that.
kind-reply-drawing-brother-reason = This would hurt Mia's feelings. Even as a joke, it makes her feel bad about her work.
kind-reply-drawing-mine = Look at my drawing instead!
kind-reply-drawing-mine-reason = Mia wanted to share her drawing. This reply turns it into a talk about you.

kind-reply-game-prompt = In an online game, your teammate Leo makes a mistake. Your team loses.
kind-reply-game-blame = You lost it for all of us, Leo!
kind-reply-game-blame-reason = Everyone makes mistakes. Blaming Leo in front of the team makes him feel awful.
kind-reply-game-kick = Let's kick Leo out of the team.
kind-reply-game-kick-reason = Leaving someone out because of one mistake is unkind. Games are more fun when everyone is welcome.
kind-reply-game-cheer = Good try, Leo! We'll win the next one.
kind-reply-game-cheer-reason = A friendly word after a loss cheers the whole team up. It is only a game.

kind-reply-sad-prompt = Your classmate Ava posts: "nobody likes me today".
kind-reply-sad-drama = Stop being so dramatic.
kind-reply-sad-drama-reason = Ava is telling you she feels sad. This reply tells her that her feelings do not matter.
kind-reply-sad-message = Send Ava a kind message: "I like you! Want to talk?"
kind-reply-sad-message-reason = A kind private message shows Ava that someone cares. If she seems very sad, tell a trusted adult too.
kind-reply-sad-scroll = Scroll past. It is not your problem.
kind-reply-sad-scroll-reason = Ava may feel even more alone. A few kind words from you can help a lot.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Kind
kind-bin-unkind = Unkind

level-kind-comments-title = Kind or unkind?
level-kind-comments-instruction = Sort each comment: is it kind or unkind?
level-kind-comments-learned = You can say what you think and still be kind. Mean comments hurt, even as a joke.
level-kind-comments-hint-1 = Read each comment as if someone wrote it to you.
level-kind-comments-hint-2 = Kind comments praise, help or disagree politely. Unkind ones tease or put people down.
level-kind-comments-hint-3 = Comments about how someone looks or moves are often unkind, even when meant as a joke.

kind-comments-great-goal = What a great goal in your video!
kind-comments-great-goal-reason = Praise for something someone did well makes them feel proud. That is kind.
kind-comments-weird-hair = Your hair looks so weird in this photo.
kind-comments-weird-hair-reason = Comments about how someone looks can really hurt. If you would not say it to their face, do not post it.
kind-comments-get-well = Hope you feel better soon!
kind-comments-get-well-reason = Wishing someone well shows you care about them. That is kind.
kind-comments-nobody-asked = Nobody asked for your opinion.
kind-comments-nobody-asked-reason = This tells someone to be quiet and that they do not matter. That is unkind.
kind-comments-different-ending = I liked a different ending, but the story was fun!
kind-comments-different-ending-reason = You can disagree and still be kind. This comment is honest and friendly.
kind-comments-penguin = Ha ha, you run like a penguin!
kind-comments-penguin-reason = Laughing at how someone moves is teasing. It can hurt, even if you meant it as a joke.
kind-comments-thanks-help = Thanks for helping me with my homework!
kind-comments-thanks-help-reason = Saying thank you makes people feel good about helping. That is kind.

## Level 3: when someone keeps sending you mean messages (order_steps)

level-kind-when-bullied-title = Mean messages
level-kind-when-bullied-instruction = Someone keeps sending you mean messages. Put the steps in order.
level-kind-when-bullied-learned = Don't reply, save proof, block, tell an adult and report. It is never your fault.
level-kind-when-bullied-hint-1 = What should you not do when the first mean message comes?
level-kind-when-bullied-hint-2 = Save the proof before it can disappear. Then stop the messages and get help.
level-kind-when-bullied-hint-3 = First: don't reply. Second: take screenshots. Third: block the person.

kind-when-bullied-no-reply = Don't reply to the mean messages.
kind-when-bullied-no-reply-reason = Do this first. Mean messages want a reaction. If you do not reply, you stay calm and they get nothing.
kind-when-bullied-screenshot = Take screenshots to save proof.
kind-when-bullied-screenshot-reason = Do this next, before you block. Blocking can hide the messages, so save them while you still can.
kind-when-bullied-block = Block the person.
kind-when-bullied-block-reason = Now block, once the proof is saved. Then the mean messages stop coming to you.
kind-when-bullied-tell = Tell a trusted adult and show them.
kind-when-bullied-tell-reason = Next, tell a trusted adult and show them your proof. You never have to handle this alone, and they will help with the last step.
kind-when-bullied-report = Report the person in the app together.
kind-when-bullied-report-reason = Do this last, with your adult. Your screenshots show the app what happened, so it can stop the person.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Be an upstander
level-kind-bystander-instruction = You see someone being treated badly. Pick the best thing to do.
level-kind-bystander-learned = Don't join in. Be kind to the person and tell a trusted adult. That helps a lot.
level-kind-bystander-hint-1 = Think about the person who is being treated badly. What would help them?
level-kind-bystander-hint-2 = Joining in or staying silent does not help. Kindness and an adult's help do.
level-kind-bystander-hint-3 = The best answers are kind to the person and get help from an adult.

kind-bystander-chat-prompt = In your class group chat, some kids keep making fun of Noah.
kind-bystander-chat-join = Send a laughing face too.
kind-bystander-chat-join-reason = Even one laughing face joins in. It makes Noah feel that everyone is against him.
kind-bystander-chat-silent = Say nothing and hope it stops.
kind-bystander-chat-silent-reason = Staying out feels easier, but Noah may think everyone agrees. You can do something better.
kind-bystander-chat-support = Message Noah kindly and tell an adult.
kind-bystander-chat-support-reason = A kind message shows Noah he is not alone. A trusted adult can help to stop the teasing.

kind-bystander-photo-prompt = Someone shares a silly photo of your classmate Zoe to laugh at her.
kind-bystander-photo-share = Share it with more friends.
kind-bystander-photo-share-reason = Every share spreads the photo further and hurts Zoe more. Nobody should share a photo of someone to laugh at them.
kind-bystander-photo-stop = Don't share it. Report it and tell an adult.
kind-bystander-photo-stop-reason = The photo stops with you. Reporting can get it taken down, and an adult can help Zoe.
kind-bystander-photo-like = Like it, because everyone else did.
kind-bystander-photo-like-reason = A like tells the sender the photo is funny. It can make them post more.

kind-bystander-game-prompt = Some kids leave Finn out of an online game on purpose.
kind-bystander-game-invite = Invite Finn to play with you.
kind-bystander-game-invite-reason = A simple invite can make Finn's day. If he keeps being left out, tell a trusted adult.
kind-bystander-game-along = Play without him. Their game, their rules.
kind-bystander-game-along-reason = Leaving someone out on purpose hurts. Going along with it makes Finn feel even more alone.
kind-bystander-game-pretend = Pretend you didn't see it.
kind-bystander-game-pretend-reason = Looking away is easy, but Finn still feels left out. A small kind act can help him.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = The class chat
level-kind-group-chat-instruction = Tap every unkind message in this class chat.
level-kind-group-chat-learned = Mocking, leaving out, sharing photos without asking and laughing along are unkind. Don't join in.
level-kind-group-chat-hint-1 = Read each message. How would Sam feel reading it?
level-kind-group-chat-hint-2 = Unkind messages make fun of someone, leave them out or share their photo.
level-kind-group-chat-hint-3 = Look at what Ben, Max and Ava write about Sam.

kind-group-chat-trip = Mia: Who's ready for the school trip tomorrow?
kind-group-chat-trip-reason = A friendly question to the whole class. This message is fine.
kind-group-chat-lunch = Leo: Me! Don't forget to bring your lunch.
kind-group-chat-lunch-reason = A helpful reminder for everyone. This message is fine.
kind-group-chat-shoes = Ben: Did you see Sam's shoes today? So ugly lol
kind-group-chat-shoes-reason = This makes fun of Sam in front of the whole class. Don't join in, and be kind to Sam.
kind-group-chat-laugh = Max: HAHAHA (five laughing faces)
kind-group-chat-laugh-reason = Laughing along piles on and makes the teasing worse. Staying out of it is already better.
kind-group-chat-homework = Finn: Can someone send me the homework page?
kind-group-chat-homework-reason = Asking for help with homework is fine. Class chats are great for that.
kind-group-chat-photo = Ben: Look! A photo of Sam tripping on the sports field.
kind-group-chat-photo-reason = Sam did not agree to this photo being shared. Ask before you share a photo of someone, and tell an adult about this one.
kind-group-chat-party = Ava: Party at my place! Don't invite Sam.
kind-group-chat-party-reason = Telling everyone to leave Sam out hurts him a lot. Nobody should be left out on purpose.
kind-group-chat-thanks = Zoe: Sam helped me with maths today. Thanks, Sam!
kind-group-chat-thanks-reason = Saying thank you in front of the class is kind. This message is fine.
