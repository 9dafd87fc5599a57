# The "Scam Spotters" world: levels where the pupil taps the red flags on a mock screen.
# Level files under assets/levels/flags-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints, then each part of the screen (top to bottom) and the
# reason shown when it is tapped. Part texts stay short (about 60 characters at most).
# All people, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains. No phone numbers: a number's format would
# belong to one country.

world-scam-spotters = Scam Spotters

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = A surprise prize?
level-flags-prize-message-instruction = Tap every red flag in this message.
level-flags-prize-message-learned = A surprise prize from a stranger is a trick, so never send them your details.
level-flags-prize-message-hint-1 = Read each line slowly. Would a friend write this?
level-flags-prize-message-hint-2 = Strangers, surprise prizes and questions about you are warning signs.
level-flags-prize-message-hint-3 = Look at who sent it. Two more red flags are further down.

flags-prize-message-sender = From: Unknown number
flags-prize-message-sender-reason = You do not know this number. Be careful when a stranger writes to you.
flags-prize-message-greeting = Hi there!
flags-prize-message-greeting-reason = A friendly hello is normal. It is not a warning sign on its own.
flags-prize-message-prize = Well done! You won a new tablet!
flags-prize-message-prize-reason = There was no contest, but there is a prize? A surprise prize from a stranger is a trick.
flags-prize-message-picture = Picture: a shiny tablet with a red bow
flags-prize-message-picture-reason = A picture on its own is not a warning sign. Read the words around it too.
flags-prize-message-request = To get it, send us your name and home address.
flags-prize-message-request-reason = Never give your home address to a stranger. Ask an adult before you answer.
flags-prize-message-signoff = Have a great day!
flags-prize-message-signoff-reason = A kind goodbye is normal. Nice words alone do not make a message good or bad.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = The parcel e-mail
level-flags-parcel-email-instruction = Tap every red flag in this e-mail.
level-flags-parcel-email-learned = A real company never asks for your password in an e-mail. Rushing you is a trick.
level-flags-parcel-email-hint-1 = Read every line. Does this really come from a parcel company?
level-flags-parcel-email-hint-2 = Fake e-mails come from odd addresses, rush you and ask for secrets.
level-flags-parcel-email-hint-3 = Look at who sent it and at the link. There are more red flags.

flags-parcel-email-sender = From: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = A parcel company writes from its own address. This is just a free mail address.
flags-parcel-email-subject = Subject: We could not deliver your parcel
flags-parcel-email-subject-reason = Sometimes a parcel really is missed. The subject alone is not a warning sign.
flags-parcel-email-greeting = Hello,
flags-parcel-email-greeting-reason = A plain hello is normal. It is not a warning sign on its own.
flags-parcel-email-urgency = Pay a small fee within 1 hour, or it goes back!
flags-parcel-email-urgency-reason = Tricksters rush you so you do not stop and think. A real company gives you time.
flags-parcel-email-link = Click here: parcel-help.example/pay-now
flags-parcel-email-link-reason = The link goes to parcel-help, not to QuickBox. Ask an adult to check on the real website.
flags-parcel-email-request = Then type in your password and card number.
flags-parcel-email-request-reason = No parcel company needs your password. Never type a password or card number after an e-mail link.
flags-parcel-email-signoff = Thank you, the QuickBox team
flags-parcel-email-signoff-reason = Signing with a name is normal. But anyone can type any name, so check the other lines too.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = The super sale
level-flags-fake-shop-instruction = Tap every red flag on this shop page.
level-flags-fake-shop-learned = Check a shop's address and price, and never give a password or card number in a chat.
level-flags-fake-shop-hint-1 = Start at the top. Would a real shop do all of this?
level-flags-fake-shop-hint-2 = Fake shops copy real names, have tiny prices and rush you.
level-flags-fake-shop-hint-3 = Read the address letter by letter: a number hides in it. Three more red flags are below.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Look closely: it has a zero, not the letter o. Fake shops copy the names of real shops.
flags-fake-shop-welcome = Welcome to Jollytoy!
flags-fake-shop-welcome-reason = A welcome line is normal on a shop page. It is not a warning sign on its own.
flags-fake-shop-picture = Picture: a game console with two controllers
flags-fake-shop-picture-reason = Shops show pictures of what they sell. That is normal.
flags-fake-shop-price = Game console: 99% off the normal price
flags-fake-shop-price-reason = A console is never that cheap. A price that is too good to be true is a trick.
flags-fake-shop-countdown = Offer ends in 04:59!
flags-fake-shop-countdown-reason = The ticking clock wants you to hurry. Fake shops rush you so you do not check.
flags-fake-shop-delivery = Delivery takes 3 to 5 days.
flags-fake-shop-delivery-reason = Shops tell you how long delivery takes. That is normal.
flags-fake-shop-chat = Chat: Send us your password and card number here.
flags-fake-shop-chat-reason = A real shop never asks for your password. Card numbers never go in a chat.

## Level 4: which links go to Moonbank? (read_address)
# Address levels only need the brand's name: the reasons for each part of a link come from
# the address-part-* messages. Brand names stay unchanged in every language.

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Is it really Moonbank?
level-addr-moonbank-instruction = For each link, tap the part that names the site. Then say if it is Moonbank's site.
level-addr-moonbank-learned = Read a link's name from its end: the ending just before the first single /, then the name before it. That is the site. Words in front of it or after the / prove nothing.
level-addr-moonbank-hint-1 = Find the first single / in the link. The site's name ends just before it.
level-addr-moonbank-hint-2 = Read back from that /: first the ending .example, then the name before it. Together they are the site.
level-addr-moonbank-hint-3 = The third link goes to free-gifts.example. The word moonbank after the / is only a page name.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Look-alike links
level-addr-lookalike-instruction = For each link, tap the part that names the site. Then say if it is Pixelpost's site.
level-addr-lookalike-learned = Tricksters hide the real site after an @, add extra words, or swap letters for look-alikes. Read the site letter by letter.
level-addr-lookalike-hint-1 = Is there an @ in the link? The site comes after it.
level-addr-lookalike-hint-2 = Read the site letter by letter. An extra word or a strange letter makes it a different site.
level-addr-lookalike-hint-3 = Look at the i in the second link: it comes from another alphabet. That makes it a different site.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = What do you do?
level-scam-what-to-do-instruction = Something odd pops up. Pick the best thing to do each time.
level-scam-what-to-do-learned = If a message rushes you, looks odd or wants a card number, don't tap. Check another way and tell a trusted adult.
level-scam-what-to-do-hint-1 = A good detective stops and thinks before tapping anything.
level-scam-what-to-do-hint-2 = Tricksters rush you, use friends' accounts and promise prizes. Stop before you tap.
level-scam-what-to-do-hint-3 = When a friend's account sends something odd, check with the friend in another way.

scam-what-to-do-account-closed-prompt = A message says: "Your game account will be closed TODAY! Tap here to save it: save-my-game.example"
scam-what-to-do-account-closed-tap-fast = Tap the link fast to save my account.
scam-what-to-do-account-closed-tap-fast-reason = The rush is a trick to stop you thinking. The link could steal your password.
scam-what-to-do-account-closed-tell-adult = Don't tap. Show a trusted adult.
scam-what-to-do-account-closed-tell-adult-reason = Well done! Together you can check in the real game. A rush like this is a trick.
scam-what-to-do-account-closed-reply = Reply and ask who they are.
scam-what-to-do-account-closed-reply-reason = A reply tells the trickster that someone reads their messages. Better not to answer at all.

scam-what-to-do-friend-link-prompt = Your friend Sam's account suddenly sends you: "lol is this you?? clip-watch.example/v/8812"
scam-what-to-do-friend-link-tap = Tap it. It's from Sam, so it's safe.
scam-what-to-do-friend-link-tap-reason = Someone else may be using Sam's account. Tricksters send bad links from friends' accounts.
scam-what-to-do-friend-link-pass-on = Send it to my other friends too.
scam-what-to-do-friend-link-pass-on-reason = Then they might tap it too. Never pass on a link you are not sure about.
scam-what-to-do-friend-link-grown-up-phone = Tap it, but on a grown-up's phone.
scam-what-to-do-friend-link-grown-up-phone-reason = A bad link is just as bad on any phone, and it may ask for a password. Check with Sam first.
scam-what-to-do-friend-link-ask-another-way = Ask Sam face to face first.
scam-what-to-do-friend-link-ask-another-way-reason = Great! Ask Sam in person or on the phone. If Sam did not send it, tell an adult.

scam-what-to-do-won-phone-prompt = A pop-up says: "You won a new phone! Type in your parent's card number to get it."
scam-what-to-do-won-phone-close-tell = Close it and tell an adult.
scam-what-to-do-won-phone-close-tell-reason = Right! A real prize never needs a card number. An adult can check that everything is safe.
scam-what-to-do-won-phone-type-card = Get the card and type in the number.
scam-what-to-do-won-phone-type-card-reason = There is no phone. Tricksters want the card number to take money.
scam-what-to-do-won-phone-claim = Tap "Claim prize".
scam-what-to-do-won-phone-claim-reason = Buttons on a pop-up like this can open more tricks. Close it instead.
