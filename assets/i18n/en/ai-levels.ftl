# The "AI and Me" world: chatbots, AI that learns from examples, recommendations, pictures
# and voices made by AI, and using AI for schoolwork. Level files under
# assets/levels/ai-*.json refer to these ids. Per level: a title, what to do, what was
# learned, three hints (a nudge, the idea, part of the answer), then each item and the reason
# shown when it is tapped. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot level's cards and buttons are in
# training.ftl.

world-ai-and-me = AI and Me

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = OK to ask
ai-bin-good-use = Good use
ai-bin-not-ok = Not OK

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = Chatting with a chatbot
level-ai-what-to-tell-instruction = Is this OK to ask a chatbot, or should you keep it private?
level-ai-what-to-tell-learned = Ask a chatbot about the world, not about you. Names, addresses, photos, passwords and secrets stay private.
level-ai-what-to-tell-hint-1 = Ask yourself: is this about the world, or about me and my friends?
level-ai-what-to-tell-hint-2 = The company that runs a chatbot can read what you type. Keep anything that shows who you are private.
level-ai-what-to-tell-hint-3 = The dragon story is fine to ask about. Your address is not.

ai-what-to-tell-volcano = How do volcanoes work?
ai-what-to-tell-volcano-reason = A question about the world gives nothing away. Check the answer in a book too.
ai-what-to-tell-address = Your home address
ai-what-to-tell-address-reason = A chatbot does not need to know where you live. The company behind it can read what you type.
ai-what-to-tell-name-school = Your full name and your school
ai-what-to-tell-name-school-reason = Together they tell anyone who reads them who you are and where to find you. Keep them private.
ai-what-to-tell-dragon = Ideas for a story about a dragon
ai-what-to-tell-dragon-reason = Asking for ideas is fine. Then make the story your own.
ai-what-to-tell-password = Your password, so it can remember it
ai-what-to-tell-password-reason = A chatbot never needs your password. Keep it to yourself and the adult who helps you with it.
ai-what-to-tell-face-photo = A photo of your face
ai-what-to-tell-face-photo-reason = A photo of you is personal. Keep it out of chatbots, and ask a trusted adult before sharing photos.
ai-what-to-tell-perimeter = What does "perimeter" mean?
ai-what-to-tell-perimeter-reason = Asking what a word means is fine. Your teacher can check the answer with you.
ai-what-to-tell-friend-secret = A secret a friend told you
ai-what-to-tell-friend-secret-reason = It is your friend's secret. It is not yours to share, with a chatbot or anyone.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = Teach the robot
level-ai-teach-the-robot-instruction = Sort the cards to teach the robot what a cat is. Then test it.
level-ai-teach-the-robot-learned = A robot learns only from its examples. Show it many kinds of cats, and it knows new cats too.
level-ai-teach-the-robot-hint-1 = Look at the cats the robot learned from. How are they all alike?
level-ai-teach-the-robot-hint-2 = Every cat it saw was small and orange. It needs cats that look different.
level-ai-teach-the-robot-hint-3 = Add a cat that is grey, big or fluffy.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Sure, but wrong
level-ai-chatbot-sure-instruction = A chatbot sounds very sure. What do you do?
level-ai-chatbot-sure-learned = A chatbot can sound sure and still be wrong. Check in a book or on a trusted site, or ask an adult.
level-ai-chatbot-sure-hint-1 = Does sounding sure make something true?
level-ai-chatbot-sure-hint-2 = Check with a source that is not the chatbot.
level-ai-chatbot-sure-hint-3 = For the spider: a science book can tell you.

ai-chatbot-sure-spider-prompt = For homework, you ask a chatbot: "Is a spider an insect?" It says: "Yes, spiders are insects."
ai-chatbot-sure-spider-copy = Write it down. It sounds very sure.
ai-chatbot-sure-spider-copy-reason = Sounding sure is not being right. Spiders have 8 legs, insects have 6.
ai-chatbot-sure-spider-check = Check in a science book or a trusted site
ai-chatbot-sure-spider-check-reason = Right! Another source shows the chatbot was wrong: spiders are not insects.
ai-chatbot-sure-spider-ask-again = Ask the chatbot: "Are you sure?"
ai-chatbot-sure-spider-ask-again-reason = It may just say yes again. Check with a source that is not the chatbot.
ai-chatbot-sure-talk-prompt = A chatbot gives you an amazing fact for your class talk. You cannot find it anywhere else.
ai-chatbot-sure-talk-use-it = Use it: the chatbot must know things we don't
ai-chatbot-sure-talk-use-it-reason = Chatbots can make up facts that sound real. If no one else says it, leave it out.
ai-chatbot-sure-talk-leave-out = Leave it out, or ask your teacher about it
ai-chatbot-sure-talk-leave-out-reason = Good. A fact you cannot check is not ready for your talk.
ai-chatbot-sure-talk-tell-friends = Tell your friends it is true
ai-chatbot-sure-talk-tell-friends-reason = That spreads a fact nobody has checked. Check it first.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Why this video?
level-ai-why-this-video-instruction = Work out why the app shows you what it shows.
level-ai-why-this-video-learned = Apps learn from what you watch, like and search for. Look for new things, and tell the app what you do not want.
level-ai-why-this-video-hint-1 = Think about what you did in the app before.
level-ai-why-this-video-hint-2 = The app picks videos from what you watch, like and search for.
level-ai-why-this-video-hint-3 = To see other things, show the app other things you like.

ai-why-this-video-cakes-prompt = You watched three cake videos to the end. Now your app shows lots of cake videos.
ai-why-this-video-cakes-everyone = Everyone in the world is watching cakes today
ai-why-this-video-cakes-everyone-reason = Not likely! The app picks videos for you from what you did.
ai-why-this-video-cakes-learned = The app learned from what you watched
ai-why-this-video-cakes-learned-reason = Right. Apps use what you watch, like and search for to pick what comes next.
ai-why-this-video-cakes-teacher = Your teacher told the app you like cakes
ai-why-this-video-cakes-teacher-reason = No. The app learned it from your own taps and views.
ai-why-this-video-more-prompt = You want to see more than cakes. What helps?
ai-why-this-video-more-search = Search for new things, tap "Not interested"
ai-why-this-video-more-search-reason = Yes! The app learns from that too. Many apps have a button like "Not interested".
ai-why-this-video-more-more-cakes = Watch even more cake videos
ai-why-this-video-more-more-cakes-reason = That teaches the app that you only want cakes.
ai-why-this-video-more-scroll = Keep scrolling: the app will change by itself soon
ai-why-this-video-more-scroll-reason = The app keeps picking from what you did before. Show it what else you like.
ai-why-this-video-feel-bad-prompt = A kind of video the app keeps showing you makes you feel bad about yourself.
ai-why-this-video-feel-bad-keep-watching = Keep watching, so you don't miss anything
ai-why-this-video-feel-bad-keep-watching-reason = Watching more tells the app to show you more of it. Stop and take a break.
ai-why-this-video-feel-bad-share = Share it with friends to see if they feel bad too
ai-why-this-video-feel-bad-share-reason = That spreads the bad feeling. Stop watching and talk to someone you trust.
ai-why-this-video-feel-bad-stop-tell = Stop watching and tell a trusted adult
ai-why-this-video-feel-bad-stop-tell-reason = Good. How you feel matters more than the app. An adult can help you change what it shows.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Real or made by AI?
level-ai-fake-picture-instruction = Tap every clue that this picture may be made by AI or may not be true.
level-ai-fake-picture-learned = AI can make pictures that look real. Look for clues, check other sources, and ask an adult when you are not sure.
level-ai-fake-picture-hint-1 = Would this picture surprise you in real life?
level-ai-fake-picture-hint-2 = Surprising, too perfect, wrong details, and pressure to share fast are all clues.
level-ai-fake-picture-hint-3 = Read the sign on the bus closely.

ai-fake-picture-account = Posted by: @pic_planet, today at 10:02
ai-fake-picture-account-reason = The name and time alone do not tell you if a picture is real. Look at the picture itself.
ai-fake-picture-photo = Photo: a penguin as tall as a school bus
ai-fake-picture-photo-reason = Very surprising pictures are a clue. Check if the news or a trusted site shows it too.
ai-fake-picture-perfect = Everything looks smooth and perfect, like a toy
ai-fake-picture-perfect-reason = Pictures made by AI can look too perfect. It is a clue, so check before you believe it.
ai-fake-picture-sign = The bus sign says "SCHOLO BSU"
ai-fake-picture-sign-reason = Details that are not right, like jumbled letters, are a clue that a picture may be made up.
ai-fake-picture-caption = Caption: REAL!!! Share before it gets deleted!
ai-fake-picture-caption-reason = Pressure to share fast is a warning sign. Real news can wait while you check.
ai-fake-picture-question = Comment: Which news site has this?
ai-fake-picture-question-reason = A good question! Checking other sources is the right thing to do.
ai-fake-picture-comment = Comment: Penguins are not that big!
ai-fake-picture-comment-reason = This comment is right to doubt it. Using what you know is a good check.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Is it really them?
level-ai-voice-message-instruction = Voices and videos can be made with AI. What do you do?
level-ai-voice-message-learned = AI can copy voices and faces. If a message asks for codes, money or a fast click, check another way and tell an adult.
level-ai-voice-message-hint-1 = Does a voice that sounds right prove who is talking?
level-ai-voice-message-hint-2 = Check with the person another way, not by answering the message.
level-ai-voice-message-hint-3 = For the singer: her own page would say it too.

ai-voice-message-cousin-prompt = A voice message sounds just like your cousin Leo: "I lost my phone! Send me your parents' bank code, quick!"
ai-voice-message-cousin-send = Send it: Leo is family and sounds worried
ai-voice-message-cousin-send-reason = AI can copy a voice from a short clip. And a real cousin would not ask for a bank code.
ai-voice-message-cousin-check = Check with Leo another way, with an adult
ai-voice-message-cousin-check-reason = Right. Don't trust the voice alone. An adult can call Leo on the number they know.
ai-voice-message-cousin-delete-after = Send the code, but ask him to delete it after
ai-voice-message-cousin-delete-after-reason = Once it is sent, it is out of your hands. Never send codes.
ai-voice-message-singer-prompt = A video shows the singer Mila Star saying: "Click this link and get a free tablet!"
ai-voice-message-singer-click = Click fast, before the tablets are gone
ai-voice-message-singer-click-reason = Hurry is a warning sign. Videos like this can be made with AI to trick you.
ai-voice-message-singer-check = Check her own page and the news first
ai-voice-message-singer-check-reason = Yes. If her own page and the news don't say it, the video is fake.
ai-voice-message-singer-aunt = Ask your aunt to click it for you
ai-voice-message-singer-aunt-reason = The link is the problem, whoever clicks it. Check first, then show the adult why.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = AI helps, you decide
level-ai-you-decide-instruction = Is this a good way to use AI for school, or not OK?
level-ai-you-decide-learned = AI can help you learn. You do the thinking, check what it says, and follow your school's rules.
level-ai-you-decide-hint-1 = Ask: who does the thinking here, me or the AI?
level-ai-you-decide-hint-2 = Using AI to understand or practise is good. Passing off its work as yours is not.
level-ai-you-decide-hint-3 = Asking it to explain a word is a good use.

ai-you-decide-explain-word = Ask it to explain a word you don't know
ai-you-decide-explain-word-reason = Using AI to understand something helps you learn. Check that it makes sense.
ai-you-decide-copy-story = Hand in a story it wrote as your own
ai-you-decide-copy-story-reason = That is not your work, and you learn nothing. Be honest about what AI did.
ai-you-decide-quiz = Ask it for quiz questions to practise
ai-you-decide-quiz-reason = Practising with its questions can help. Check the answers in your notes.
ai-you-decide-whole-homework = Let it do all your homework for you
ai-you-decide-whole-homework-reason = Then you skip the thinking that homework is for. Try it yourself first.
ai-you-decide-check-facts = Check its facts in a book or on a trusted site
ai-you-decide-check-facts-reason = AI can be wrong. Checking is what a smart user does.
ai-you-decide-fake-photo = Make a funny fake photo of a classmate
ai-you-decide-fake-photo-reason = Fake pictures of real people can hurt them. Never use AI to make fun of someone.
ai-you-decide-own-words = Get ideas, then write in your own words
ai-you-decide-own-words-reason = Good: the ideas help you start, and the work is yours.
ai-you-decide-against-rules = Use it when your teacher said not to
ai-you-decide-against-rules-reason = Your school decides when AI may be used. Follow its rules.
