# The "Safe together" world: someone online who is not who they say, what to do, blocking and
# reporting, login codes, and where to get help. Levels 6 and 7 are for the 12-14 band only
# (threats over a private photo, a private photo of someone else): calm, never graphic, never
# blaming the pupil. Level files: assets/levels/safe-*.json. The guidance behind every answer
# is named in docs/literacy-levels.md. All people are made up: keep their names unchanged.
# Item texts stay short (about 60 characters). Telling a trusted adult is always right.

world-safe-together = Safe Together

safe-bin-good = Good idea
safe-bin-bad = Not a good idea

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of
## these. { $service } and { $number } come from core::helplines, only for a country whose
## number was confirmed from a public source; otherwise the pupil asks a trusted adult.

helpline-call = You can also call a child helpline: { $service }, { $number }.
helpline-ask-adult = To find your country's child helpline, ask a trusted adult.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = A new friend from a game
level-safe-new-friend-instruction = Someone from a game writes to you. Tap every red flag.
level-safe-new-friend-learned = Secrets, photos, private chats and meetings are red flags. Stop and tell a trusted adult.
level-safe-new-friend-hint-1 = Read each line. Would a friend your age ask this?
level-safe-new-friend-hint-2 = Be careful when someone wants secrets, photos, your details or a meeting.
level-safe-new-friend-hint-3 = Look closely at the lines about your parents and your school.

safe-new-friend-sender = From: Kai_Star (a player from your game)
safe-new-friend-sender-reason = Chatting with players can be fun. But you only know what Kai says about himself.
safe-new-friend-game = Good game today! Which level are you on?
safe-new-friend-game-reason = Talking about the game is normal. This line is fine.
safe-new-friend-secret = Don't tell your parents about me, OK?
safe-new-friend-secret-reason = A good friend does not ask you to hide them from your family. This is a warning sign.
safe-new-friend-private = Let's chat in another app. Just us two.
safe-new-friend-private-reason = Moving you to a private chat, away from others, is a warning sign.
safe-new-friend-photo = Send me a photo of you. Just for me!
safe-new-friend-photo-reason = Never send photos of yourself to someone you only know online.
safe-new-friend-school = Which school do you go to?
safe-new-friend-school-reason = Your school tells a stranger where to find you. Keep it private.
safe-new-friend-meet = Let's meet at the park on Saturday!
safe-new-friend-meet-reason = Never meet someone you only know online. Tell a trusted adult.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = What do you do?
level-safe-what-to-do-instruction = Kai from the game wants more. Pick the best answer each time.
level-safe-what-to-do-learned = You can always say no. Block the person and tell a trusted adult. It is never your fault.
level-safe-what-to-do-hint-1 = Who could help you check if Kai is who he says?
level-safe-what-to-do-hint-2 = Secrets and meetings with online friends are warning signs. Get help, don't go alone.
level-safe-what-to-do-hint-3 = When Kai gets angry, you do not have to answer at all.

safe-what-to-do-secret-prompt = Kai writes: "Let's keep our chats a secret." What do you do?
safe-what-to-do-secret-keep = Keep the secret. Kai is nice to me.
safe-what-to-do-secret-keep-reason = Nice words can hide a trick. A real friend does not need secrets from your family.
safe-what-to-do-secret-ask-why = Ask Kai why first, then decide on my own.
safe-what-to-do-secret-ask-why-reason = Kai may have a clever answer. Don't decide alone: ask someone you trust.
safe-what-to-do-secret-tell = Tell a trusted adult about the chats.
safe-what-to-do-secret-tell-reason = Yes! Asking for secrets is a warning sign. A trusted adult can help you check.

safe-what-to-do-meet-prompt = Kai asks to meet you at the park. What do you do?
safe-what-to-do-meet-go-with-friend = Go, but take a friend from class along.
safe-what-to-do-meet-go-with-friend-reason = Two children are not safe enough. Never meet someone you only know online.
safe-what-to-do-meet-say-no = Say no, and tell a trusted adult.
safe-what-to-do-meet-say-no-reason = Right. Say no, and let a trusted adult help you with Kai.
safe-what-to-do-meet-go-tell-later = Go, and tell a grown-up afterwards.
safe-what-to-do-meet-go-tell-later-reason = Telling a grown-up is good, but don't go. Never meet someone you only know online.

safe-what-to-do-angry-prompt = You said no. Now Kai sends you angry messages.
safe-what-to-do-angry-block = Block Kai and tell an adult.
safe-what-to-do-angry-block-reason = Yes. You don't have to answer. Block Kai and get help from an adult you trust.
safe-what-to-do-angry-sorry = Say sorry and do what Kai wants.
safe-what-to-do-angry-sorry-reason = You did nothing wrong. Saying no was right.
safe-what-to-do-angry-argue = Keep writing back until Kai says sorry.
safe-what-to-do-angry-argue-reason = Arguing keeps Kai talking to you. Stop replying instead.

## Level 3: block and report (sort)

level-safe-block-report-title = Block and report
level-safe-block-report-instruction = Someone online makes you feel bad. Is each idea good or not?
level-safe-block-report-learned = Save the messages, block the person, report them in the app and tell a trusted adult.
level-safe-block-report-hint-1 = Which ideas make things better, and which make them worse?
level-safe-block-report-hint-2 = Keep proof, stop the messages and get help.
level-safe-block-report-hint-3 = Deleting the chat is not a good idea: the proof would be gone.

safe-block-report-screenshot = Take screenshots of the messages
safe-block-report-screenshot-reason = Screenshots are proof. Take them before you block, in case the chat disappears.
safe-block-report-delete = Delete the whole chat so nobody sees it
safe-block-report-delete-reason = Then the proof is gone. Keep the messages so an adult can help.
safe-block-report-block = Block the person
safe-block-report-block-reason = Blocking stops them from sending you messages.
safe-block-report-reply-mean = Send a mean message back
safe-block-report-reply-mean-reason = That can make things worse. Don't reply at all.
safe-block-report-report = Report the profile in the app
safe-block-report-report-reason = The app's team checks reports and can stop the account.
safe-block-report-unblock = Unblock them to see if they are sorry
safe-block-report-unblock-reason = That lets them write to you again. Keep them blocked.
safe-block-report-tell = Tell a trusted adult what happened
safe-block-report-tell-reason = A trusted adult can help you report it and feel better.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = The secret login code
level-safe-login-code-instruction = Pick the best answer each time.
level-safe-login-code-learned = A login code is only for you. Never give it to anyone, not even a friend or "support".
level-safe-login-code-hint-1 = Who needs the code that arrives on your phone?
level-safe-login-code-hint-2 = The code is a second lock on your account. It works like a key.
level-safe-login-code-hint-3 = Real support teams never ask for your code.

safe-login-code-why-prompt = After your password, the app sends a code to your phone. Why?
safe-login-code-why-ads = Because the app wants your number for adverts.
safe-login-code-why-ads-reason = No. The code is there to keep your account safe.
safe-login-code-why-second-lock = It's a second lock, so only you get in.
safe-login-code-why-second-lock-reason = Yes. This is 2-step login. A thief with your password still needs the code.
safe-login-code-why-phone-check = To check that your phone still works.
safe-login-code-why-phone-check-reason = No. The code proves that it is really you logging in.

safe-login-code-friend-prompt = A message from Mia: "Oops, my code went to you. Can you send it to me?"
safe-login-code-friend-send = Send it quickly. Mia is my friend and needs it.
safe-login-code-friend-send-reason = Mia's account may be hacked. The code would let a stranger into YOUR account.
safe-login-code-friend-half = Send only the first half of the code.
safe-login-code-friend-half-reason = Half a code still helps a thief. Keep the whole code to yourself.
safe-login-code-friend-ask = Don't send it. Ask Mia in person or by phone.
safe-login-code-friend-ask-reason = Right. Check with Mia another way. It is probably a trick.

safe-login-code-support-prompt = A chat says: "Game support here. Tell us your code to keep your account safe."
safe-login-code-support-give = Give it. They are the support team.
safe-login-code-support-give-reason = Real support teams never ask for your code. This is a trick.
safe-login-code-support-say-no = Say no. Support never needs my code.
safe-login-code-support-say-no-reason = Right. Real companies say it too: they never ask for your code.
safe-login-code-support-adult-reads = Ask a grown-up to read the code to them.
safe-login-code-support-adult-reads-reason = Nobody should give the code away, adult or child. Show the message to an adult instead.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Where to get help
level-safe-get-help-instruction = Something online worries you. Pick the best answer each time.
level-safe-get-help-learned = You are never alone. Talk to a trusted adult. { $helpline }
level-safe-get-help-hint-1 = Is it better to keep a worry inside or to share it?
level-safe-get-help-hint-2 = Trusted adults and child helplines listen and help.
level-safe-get-help-hint-3 = 116 111 is a number for children in many countries.

safe-get-help-worried-prompt = You saw something online that scares you. What helps most?
safe-get-help-worried-keep = Keep it to myself and try to forget it.
safe-get-help-worried-keep-reason = Worries grow when you keep them inside. Telling someone helps.
safe-get-help-worried-tell = Tell a trusted adult what I saw.
safe-get-help-worried-tell-reason = Yes! A parent, carer or teacher can help you.
safe-get-help-worried-search = Search online for more about it.
safe-get-help-worried-search-reason = You may find even scarier things. Talk to someone first.

safe-get-help-nobody-prompt = You don't want to talk to anyone you know. What can you do?
safe-get-help-nobody-forum = Ask strangers in a forum what to do.
safe-get-help-nobody-forum-reason = Strangers online may not be kind or right. A helpline is there to help.
safe-get-help-nobody-wait = Wait until the problem goes away.
safe-get-help-nobody-wait-reason = Problems often don't go away alone. It's OK to ask for help.
safe-get-help-nobody-helpline = Call or chat with a child helpline.
safe-get-help-nobody-helpline-reason = Yes. Child helplines listen to children. You don't have to give your name.

safe-get-help-number-prompt = A poster at school says 116 111. What is that number?
safe-get-help-number-helpline = A child helpline in many countries of Europe
safe-get-help-number-helpline-reason = Yes. In many European countries 116 111 is a child helpline. Some countries use another number.
safe-get-help-number-prize = A number where you can win prizes
safe-get-help-number-prize-reason = No. It is a helpline where children can talk about worries.
safe-get-help-number-adults = A number that only grown-ups are allowed to call
safe-get-help-number-adults-reason = No. Children can call a child helpline themselves.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = When someone makes threats
level-safe-threats-instruction = Someone threatens to share a private photo. Pick the best answer.
level-safe-threats-learned = It is never your fault. Don't pay, stop replying, keep the messages, tell a trusted adult and report it.
level-safe-threats-hint-1 = What does the person making threats want from you?
level-safe-threats-hint-2 = Paying or sending more does not stop the threats. Getting help does.
level-safe-threats-hint-3 = Keep the chat as proof, but stop answering.

safe-threats-pay-prompt = An online friend writes: "Pay me, or I'll share the private photo you sent."
safe-threats-pay-pay = Pay them quickly so the photo stays private.
safe-threats-pay-pay-reason = Paying does not stop them. They usually ask for more.
safe-threats-pay-stop = Stop replying and tell a trusted adult.
safe-threats-pay-stop-reason = Yes. Stop all contact and get help. An adult can help you report it.
safe-threats-pay-more = Send another photo so they calm down.
safe-threats-pay-more-reason = Never send more. They will not stop. Get help instead.

safe-threats-chat-prompt = You feel awful and want the chat gone. What do you do with it?
safe-threats-chat-delete = Delete the whole chat and my account right away.
safe-threats-chat-delete-reason = The chat is proof. The app and the police need it to stop them.
safe-threats-chat-forward = Forward the chat to friends to ask them.
safe-threats-chat-forward-reason = Don't forward it. Keep it between you and a trusted adult.
safe-threats-chat-keep = Keep the chat, then block and report them.
safe-threats-chat-keep-reason = Right. Keep the messages as proof, then block and report the account.

safe-threats-fault-prompt = You think: "This is my fault. I can't tell anyone." What is true?
safe-threats-fault-my-fault = It's my fault, so I have to sort it out alone.
safe-threats-fault-my-fault-reason = No. The person making threats is doing wrong, not you.
safe-threats-fault-never = It's never my fault, and help is there.
safe-threats-fault-never-reason = Yes. You were tricked. Adults and helplines help without blaming you.
safe-threats-fault-later = Tell an adult only if it gets worse.
safe-threats-fault-later-reason = Tell someone now. The sooner you get help, the sooner it stops.

safe-threats-online-prompt = You worry that the photo is online now. What can help?
safe-threats-online-take-it-down = Use a tool like Take It Down with an adult.
safe-threats-online-take-it-down-reason = Take It Down helps remove photos taken before you were 18, from any country.
safe-threats-online-search = Keep searching for the photo every day to check.
safe-threats-online-search-reason = That only makes you feel worse. Let an adult and a tool do the work.
safe-threats-online-nothing = Nothing can help once a photo is online.
safe-threats-online-nothing-reason = Not true. Photos can often be taken down. There is always help.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = A photo that is not yours
level-safe-not-yours-instruction = A private photo of a classmate is shared in a chat. Good idea or not?
level-safe-not-yours-learned = Never keep or forward a private photo of someone. Tell a trusted adult and report it.
level-safe-not-yours-hint-1 = How would you feel if it was your photo?
level-safe-not-yours-hint-2 = Every share hurts the person in the photo again.
level-safe-not-yours-hint-3 = Sending it on is never a good idea, not even to ask for help.

safe-not-yours-forward = Forward it to one friend
safe-not-yours-forward-reason = Every share hurts the person more. In many countries it is also against the law.
safe-not-yours-tell = Tell a trusted adult about it
safe-not-yours-tell-reason = Yes. An adult can help stop it spreading, without you sending it.
safe-not-yours-save = Save it on my phone
safe-not-yours-save-reason = Don't keep it. A photo like this should not be on your phone.
safe-not-yours-report = Report the post in the app
safe-not-yours-report-reason = The app can take it down. The person in the photo needs that.
safe-not-yours-ask-friend = Send it to a friend to ask what to do
safe-not-yours-ask-friend-reason = Don't send it to anyone, not even to get help. Tell them about it instead.
safe-not-yours-kind = Be kind to the person in the photo
safe-not-yours-kind-reason = They may feel awful. It is not their fault.
safe-not-yours-laugh = Laugh along so I fit in
safe-not-yours-laugh-reason = Laughing hurts them more. You can be the one who stops it.
