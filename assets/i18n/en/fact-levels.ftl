# The "Fact Finders" world: judging information (headlines, adverts, sources, fake news).
# Level files under assets/levels/fact-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters at
# most). All people, places, sites and brands are made up: keep names, addresses and
# numbers unchanged when translating, and use only reserved .example web addresses.

world-fact-finders = Fact Finders

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = Seems trustworthy
fact-bin-check-first = Check first
fact-bin-advert = Advert
fact-bin-not-advert = Not an advert

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = Headline check
level-fact-headlines-instruction = Does this headline seem trustworthy, or should you check it first?
level-fact-headlines-learned = Trust news from people who really know, like your town or school. Check shouting, amazing or nameless news first.
level-fact-headlines-hint-1 = Ask: who says this, and how would they know?
level-fact-headlines-hint-2 = Shouting, secrets and amazing promises mean: check first. Everyday news from those in charge seems trustworthy.
level-fact-headlines-hint-3 = The cats headline shouts and talks about a big secret. Check it first!

fact-headlines-cats = SHOCKING!!! Cats can talk, scientists hide it!
fact-headlines-cats-reason = Capitals, lots of "!" and a big secret are warning signs. Look for it on trusted sites first.
fact-headlines-library = Town website: Library opens late on Thursdays
fact-headlines-library-reason = The town runs the library, so its own website knows the opening times.
fact-headlines-grow = This one trick makes you grow 10 cm overnight!
fact-headlines-grow-reason = It sounds too good to be true. Headlines like this want your clicks, not to tell you facts.
fact-headlines-weather = Weather service: Rain expected on Saturday
fact-headlines-weather-reason = Making forecasts is the weather service's job. It is the right place for this news.
fact-headlines-no-name = Post with no name: All schools close for a month!
fact-headlines-no-name-reason = Nobody says who wrote this. Big news like this would be on the school or town website.
fact-headlines-sports-day = School newsletter: Sports day moves to Friday
fact-headlines-sports-day-reason = Your school knows its own plans. News from the school itself is a good source.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = Advert or not?
level-fact-ad-or-not-instruction = Is this an advert? Sort each card into the right box.
level-fact-ad-or-not-learned = Adverts want you to buy something. Look for labels like "Sponsored", "Ad" or "#ad".
level-fact-ad-or-not-hint-1 = Ask: does someone want me to buy something?
level-fact-ad-or-not-hint-2 = "Sponsored", "Ad" and "#ad" mean that someone paid for it to be there.
level-fact-ad-or-not-hint-3 = The gems pop-up and the "#ad" post are adverts.

fact-ad-or-not-sponsored = Sponsored: Try the new Crunchy Stars cereal!
fact-ad-or-not-sponsored-reason = "Sponsored" means a company paid to show you this. It wants you to buy its cereal.
fact-ad-or-not-news = News report: New bridge opens in Riverton
fact-ad-or-not-news-reason = A news report tells you what happened. Nobody is selling you anything.
fact-ad-or-not-influencer = Mia_Plays: I love these sneakers! #ad
fact-ad-or-not-influencer-reason = "#ad" means a company paid Mia for this post. She is paid to say she loves them.
fact-ad-or-not-encyclopedia = Encyclopedia article: How bees make honey
fact-ad-or-not-encyclopedia-reason = An encyclopedia explains things. It does not try to sell you honey.
fact-ad-or-not-search = Top search result, marked "Sponsored"
fact-ad-or-not-search-reason = The company paid to be at the top. The best answer may be further down.
fact-ad-or-not-gems = Game pop-up: Buy 500 gems now!
fact-ad-or-not-gems-reason = The game wants you to spend real money. Always ask a grown-up before you buy anything.
fact-ad-or-not-friend = Your friend's post: Look at my sandcastle!
fact-ad-or-not-friend-reason = Your friend is sharing something fun. Nobody paid for it, so it is not an advert.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = Where to look?
level-fact-which-source-instruction = Pick the best answer each time.
level-fact-which-source-learned = Look for facts where experts write them. Check a story on trusted sites before you believe it or share it.
level-fact-which-source-hint-1 = Ask: who made this, and do they really know about it?
level-fact-which-source-hint-2 = Good sources say who made them, and experts check them.
level-fact-which-source-hint-3 = For volcano facts, pick the encyclopedia or the museum site.

fact-which-source-volcanoes = For homework, you need facts about volcanoes. Where do you look?
fact-which-source-volcanoes-video = The first funny video you find.
fact-which-source-volcanoes-video-reason = Funny videos want to make you laugh. They can get facts wrong.
fact-which-source-volcanoes-encyclopedia = A children's encyclopedia or a museum site.
fact-which-source-volcanoes-encyclopedia-reason = Well done! Experts write and check these. They say who made them.
fact-which-source-volcanoes-game-chat = Ask in a game chat. Someone there will know.
fact-which-source-volcanoes-game-chat-reason = People in a game chat may just guess. You cannot tell if they really know.
fact-which-source-chocolate = A video says: "Eating chocolate cures colds!" What do you do?
fact-which-source-chocolate-believe = Eat lots of chocolate next time you have a cold.
fact-which-source-chocolate-believe-reason = One video is not proof. Lots of chocolate will not make a cold go away.
fact-which-source-chocolate-share = Send it to Grandma so she stays healthy.
fact-which-source-chocolate-share-reason = Grandma might believe it too, and it is not true. Check first, then share only what is true.
fact-which-source-chocolate-check = Ask a grown-up to help you check it.
fact-which-source-chocolate-check-reason = Right! Together you can look on a trusted health website. Doctors know about colds.
fact-which-source-screenshot = Someone shares a screenshot of "news" in the class chat. There is no link.
fact-which-source-screenshot-search = Look for it on a trusted news site.
fact-which-source-screenshot-search-reason = Good detective work! If it is true, trusted news sites will have it too.
fact-which-source-screenshot-forward = Send it on to your other chats, so everyone knows.
fact-which-source-screenshot-forward-reason = Without a link, you cannot tell who made it. It could be made up.
fact-which-source-screenshot-believe = Believe it: a screenshot is proof.
fact-which-source-screenshot-believe-reason = Anyone can make a picture that looks like news. Screenshots are easy to fake.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = Breaking news?
level-fact-fake-news-page-instruction = Tap every red flag on this news page.
level-fact-fake-news-page-learned = Fake news often shouts, hides who wrote it, passes off old stories as new and rushes you to share.
level-fact-fake-news-page-hint-1 = Read it like a detective: who wrote this, and when?
level-fact-fake-news-page-hint-2 = Shouting, a missing name, an old date and a rush to share are warning signs.
level-fact-fake-news-page-hint-3 = Look at the headline, the author line and the date.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = You have never heard of this site. Anyone can put "truth" in a name, so find out who runs it.
fact-fake-news-page-menu = Home · News · Sport
fact-fake-news-page-menu-reason = Most news sites have a menu like this. It is not a warning sign.
fact-fake-news-page-headline = DINOSAUR EGG HATCHES IN MAPLETON PARK!!!
fact-fake-news-page-headline-reason = Capitals and lots of "!" try to get you excited. Real news tells you calmly.
fact-fake-news-page-author = Written by: (no name)
fact-fake-news-page-author-reason = Real news says who wrote it. With no name, nobody stands behind the story.
fact-fake-news-page-date = Posted 6 years ago, but marked "NEW!"
fact-fake-news-page-date-reason = This old story is shared as if it happened today. Always check the date.
fact-fake-news-page-photo = Photo: a quiet park with trees
fact-fake-news-page-photo-reason = A normal photo is not a warning sign on its own. Read the words around it too.
fact-fake-news-page-share = Share before they delete this!
fact-fake-news-page-share-reason = This wants you to hurry and not think. Real news does not beg you to share it.

## Level 5: check a story before you share it (order_steps: the first moves of the SIFT
## method, Stop, Investigate the source, Find better coverage, then deciding)

level-fact-check-a-story-title = Stop and check
level-fact-check-a-story-instruction = You see a surprising story. Put the fact-checkers' steps in order.
level-fact-check-a-story-learned = Fact-checkers stop first, then find out who made a story, then look for it on trusted sites, and only then decide to share.
level-fact-check-a-story-hint-1 = What should you do before your finger taps "Share"?
level-fact-check-a-story-hint-2 = Fact-checkers look at who made a story before they look anywhere else. Deciding comes last.
level-fact-check-a-story-hint-3 = Step 1 is to stop and not share yet.

fact-check-a-story-stop = Stop: don't share it yet.
fact-check-a-story-stop-reason = Do this first. Fact-checkers start with Stop: once you share a story, you cannot take it back.
fact-check-a-story-who = Find out who made it, and why.
fact-check-a-story-who-reason = Next, look at the source. Does it want to inform you, sell you something or get clicks?
fact-check-a-story-others = Look for it on other trusted sites. Check the date.
fact-check-a-story-others-reason = Then compare. If it is true, trusted news sites report it too. Old stories are often shared as new.
fact-check-a-story-decide = Then decide: share it or not.
fact-check-a-story-decide-reason = Decide last, when you know who made it and who else reports it. Only share what you checked.
