# The "Kind Corner" world: being kind online, and what to do when someone is not.
# Item texts stay short (about 60 characters). Keep the tone gentle: always say what to
# do, and that telling a trusted adult is good.

world-kind-corner = Vriendelijke Hoek

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Zeg iets aardigs
level-kind-reply-instruction = Kies elke keer het aardigste antwoord.
level-kind-reply-learned = Aardige woorden online geven mensen een goed gevoel. Vraag jezelf voordat je iets plaatst: hoe voelt de ander zich dan?
level-kind-reply-hint-1 = Stel je voor dat jij de ander bent. Welk antwoord zou jij willen krijgen?
level-kind-reply-hint-2 = Een aardig antwoord is vriendelijk, eerlijk en gaat over de ander, niet over jou.
level-kind-reply-hint-3 = Voor Mia: een vraag over haar tekening laat zien dat je echt hebt gekeken.

kind-reply-drawing-prompt = Je vriendin Mia plaatst een tekening die ze van haar kat heeft gemaakt. Wat schrijf je?
kind-reply-drawing-praise = Wat mooie kleuren! Hoe heb je hem getekend?
kind-reply-drawing-praise-reason = Aardige en echte complimenten maken Mia blij. Een vraag stellen laat zien dat je echt hebt gekeken.
kind-reply-drawing-brother = Mijn kleine broertje tekent beter dan dat.
kind-reply-drawing-brother-reason = Dit zou Mia pijn doen. Zelfs als grap geeft het haar een slecht gevoel over haar werk.
kind-reply-drawing-mine = Kijk liever naar mijn tekening!
kind-reply-drawing-mine-reason = Mia wilde haar tekening delen. Dit antwoord maakt er een gesprek over jou van.

kind-reply-game-prompt = In een online spel maakt je teamgenoot Leo een fout. Jullie team verliest.
kind-reply-game-blame = Door jou hebben we verloren, Leo! Bedankt, hoor.
kind-reply-game-blame-reason = Iedereen maakt fouten. Leo de schuld geven waar het hele team bij is, geeft hem een rotgevoel.
kind-reply-game-kick = Laten we Leo uit het team gooien.
kind-reply-game-kick-reason = Iemand buitensluiten om één fout is onaardig. Spellen zijn leuker als iedereen welkom is.
kind-reply-game-cheer = Goed geprobeerd, Leo! De volgende winnen we.
kind-reply-game-cheer-reason = Een vriendelijk woord na een verlies vrolijkt het hele team op. Het is maar een spel.

kind-reply-sad-prompt = Je klasgenoot Ava plaatst: “niemand vindt me leuk vandaag”.
kind-reply-sad-drama = Doe niet zo dramatisch.
kind-reply-sad-drama-reason = Ava vertelt je dat ze verdrietig is. Dit antwoord zegt haar dat haar gevoelens er niet toe doen.
kind-reply-sad-message = Ava appen: “Ik vind je leuk! Wil je praten?”
kind-reply-sad-message-reason = Een aardig privébericht laat Ava zien dat iemand om haar geeft. Lijkt ze heel verdrietig? Vertel het dan ook aan een volwassene die je vertrouwt.
kind-reply-sad-scroll = Doorscrollen. Haar ouders lossen het wel op.
kind-reply-sad-scroll-reason = Ava voelt zich misschien nog eenzamer, en haar ouders weten het misschien niet. Een paar aardige woorden van jou kunnen veel helpen.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Aardig
kind-bin-unkind = Onaardig

level-kind-comments-title = Aardig of onaardig?
level-kind-comments-instruction = Sorteer elke reactie: is hij aardig of onaardig?
level-kind-comments-learned = Je kunt zeggen wat je denkt en toch aardig zijn. Gemene reacties doen pijn, ook als grap.
level-kind-comments-hint-1 = Lees elke reactie alsof iemand hem aan jou schreef.
level-kind-comments-hint-2 = Aardige reacties prijzen, helpen of zijn het beleefd oneens. Onaardige reacties plagen of kleineren mensen.
level-kind-comments-hint-3 = Reacties over hoe iemand eruitziet of beweegt, zijn vaak onaardig, ook als ze als grap bedoeld zijn.

kind-comments-great-goal = Wat een geweldig doelpunt in je video!
kind-comments-great-goal-reason = Een compliment voor iets wat iemand goed deed, maakt die persoon trots. Dat is aardig.
kind-comments-weird-hair = Je haar ziet er zo raar uit op deze foto.
kind-comments-weird-hair-reason = Reacties over hoe iemand eruitziet, kunnen echt pijn doen. Zou je het niet in iemands gezicht zeggen? Zet het dan ook niet online.
kind-comments-get-well = Beterschap! Hoop dat je je snel beter voelt!
kind-comments-get-well-reason = Iemand beterschap wensen laat zien dat je om die persoon geeft. Dat is aardig.
kind-comments-nobody-asked = Niemand vroeg om jouw mening.
kind-comments-nobody-asked-reason = Dit zegt iemand dat die zijn mond moet houden en er niet toe doet. Dat is onaardig.
kind-comments-different-ending = Ik vond een ander einde leuker, maar het verhaal was leuk!
kind-comments-different-ending-reason = Je kunt het oneens zijn en toch aardig blijven. Deze reactie is eerlijk en vriendelijk.
kind-comments-penguin = Haha, jij rent als een pinguïn!
kind-comments-penguin-reason = Lachen om hoe iemand beweegt, is plagen. Het kan pijn doen, ook als je het als grap bedoelde.
kind-comments-thanks-help = Bedankt dat je me hielp met mijn huiswerk!
kind-comments-thanks-help-reason = Bedankt zeggen geeft mensen een goed gevoel over hun hulp. Dat is aardig.

## Level 3: when someone keeps sending you mean messages (sort: good to do / better not)

level-kind-when-bullied-title = Gemene berichten
level-kind-when-bullied-instruction = Iemand stuurt je steeds gemene berichten. Is dit goed om te doen, of beter niet?
level-kind-when-bullied-learned = Reageer niet, bewaar bewijs, blokkeer, meld, en vertel het op elk moment aan een volwassene die je vertrouwt. Het is nooit jouw schuld.
level-kind-when-bullied-hint-1 = Welke van deze stoppen de berichten, bewaren bewijs of zorgen dat je hulp krijgt?
level-kind-when-bullied-hint-2 = Goede stappen bewaren bewijs, stoppen de berichten en zorgen voor hulp. Terugpesten of het verstoppen helpt niet.
level-kind-when-bullied-hint-3 = Een volwassene die je vertrouwt iets vertellen is altijd goed, op elk moment.

kind-bin-good-step = Goed om te doen
kind-bin-not-step = Beter niet

kind-when-bullied-no-reply = Niet reageren op de gemene berichten.
kind-when-bullied-no-reply-reason = Gemene berichten willen een reactie. Als je niet reageert, krijgen ze niets.
kind-when-bullied-screenshot = Screenshots maken als bewijs.
kind-when-bullied-screenshot-reason = Bewijs laat zien wat er is gebeurd. Maak screenshots voordat je blokkeert: blokkeren kan de berichten verbergen.
kind-when-bullied-hit-back = Iets gemeens terugsturen.
kind-when-bullied-hit-back-reason = Het kan het erger maken, en het geeft ze de reactie die ze willen.
kind-when-bullied-block = De persoon blokkeren.
kind-when-bullied-block-reason = Dan komen de gemene berichten niet meer bij je aan.
kind-when-bullied-tell = Het een volwassene die je vertrouwt vertellen en laten zien.
kind-when-bullied-tell-reason = Goed op elk moment: als eerste, als laatste of ertussenin. Je hoeft dit nooit alleen op te lossen.
kind-when-bullied-secret = Het geheimhouden en hopen dat het stopt.
kind-when-bullied-secret-reason = Je hoeft dit niet alleen te doen. Vertel het een volwassene die je vertrouwt. Het is nooit jouw schuld.
kind-when-bullied-report = De persoon melden in de app.
kind-when-bullied-report-reason = De app kan de persoon waarschuwen of stoppen. Je screenshots helpen daarbij.
kind-when-bullied-delete-all = Meteen alle berichten wissen.
kind-when-bullied-delete-all-reason = Dan is het bewijs weg. Maak eerst screenshots, blokkeer en meld dan.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Kom op voor een ander
level-kind-bystander-instruction = Je ziet dat iemand slecht wordt behandeld. Kies het beste wat je kunt doen.
level-kind-bystander-learned = Doe niet mee. Wees aardig voor de persoon en vertel het een volwassene die je vertrouwt. Dat helpt veel.
level-kind-bystander-hint-1 = Denk aan de persoon die slecht wordt behandeld. Wat zou die helpen?
level-kind-bystander-hint-2 = Meedoen of stil blijven helpt niet. Aardig zijn en hulp halen wel.
level-kind-bystander-hint-3 = Voor Finn kan een simpele uitnodiging zijn dag goedmaken.

kind-bystander-chat-prompt = In de groepschat van je klas blijven een paar kinderen Noah uitlachen.
kind-bystander-chat-join = Ook een lachend gezichtje sturen.
kind-bystander-chat-join-reason = Zelfs één lachend gezichtje doet mee. Noah krijgt het gevoel dat iedereen tegen hem is.
kind-bystander-chat-silent = Niets zeggen. Een leerkracht ziet het toch wel.
kind-bystander-chat-silent-reason = Leerkrachten lezen niet elke chat, en Noah denkt misschien dat iedereen het ermee eens is. Vertel het zelf aan een volwassene die je vertrouwt.
kind-bystander-chat-support = Noah steunen en het een volwassene vertellen.
kind-bystander-chat-support-reason = Een aardig bericht laat Noah zien dat hij niet alleen is. Een volwassene die je vertrouwt, kan helpen het pesten te stoppen.

kind-bystander-photo-prompt = Iemand deelt een gekke foto van je klasgenoot Zoe om haar uit te lachen.
kind-bystander-photo-share = Hem met nog meer vrienden delen.
kind-bystander-photo-share-reason = Elke keer delen verspreidt de foto verder en doet Zoe meer pijn. Niemand hoort een foto van iemand te delen om die persoon uit te lachen.
kind-bystander-photo-stop = Het melden en een volwassene inlichten.
kind-bystander-photo-stop-reason = De foto stopt bij jou. Melden kan ervoor zorgen dat hij wordt weggehaald, en een volwassene kan Zoe helpen.
kind-bystander-photo-like = Hem liken, omdat iedereen dat ook deed.
kind-bystander-photo-like-reason = Een like vertelt de afzender dat de foto grappig is. Dan plaatst die misschien meer.

kind-bystander-game-prompt = Een paar kinderen laten Finn expres niet meedoen in een online spel.
kind-bystander-game-invite = Finn uitnodigen om met jou te spelen.
kind-bystander-game-invite-reason = Een simpele uitnodiging kan Finns dag goedmaken. Wordt hij steeds buitengesloten? Vertel het dan aan een volwassene die je vertrouwt.
kind-bystander-game-along = Zonder hem spelen. Hun spel, hun regels.
kind-bystander-game-along-reason = Iemand expres buitensluiten doet pijn. Als je meedoet, voelt Finn zich nog eenzamer.
kind-bystander-game-pretend = Doen alsof je het niet zag.
kind-bystander-game-pretend-reason = Wegkijken is makkelijk, maar Finn voelt zich nog steeds buitengesloten. Een klein aardig gebaar kan hem helpen.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = De klassenchat
level-kind-group-chat-instruction = Tik op elk onaardig bericht in deze klassenchat.
level-kind-group-chat-learned = Uitlachen, buitensluiten, foto's delen zonder te vragen en meelachen is onaardig. Doe niet mee.
level-kind-group-chat-hint-1 = Lees elk bericht. Hoe zou Sam zich voelen als hij het leest?
level-kind-group-chat-hint-2 = Onaardige berichten maken iemand belachelijk, sluiten iemand buiten of delen iemands foto.
level-kind-group-chat-hint-3 = Ben schrijft twee van de onaardige berichten.

kind-group-chat-trip = Mia: Wie heeft er zin in het schoolreisje morgen?
kind-group-chat-trip-reason = Een vriendelijke vraag aan de hele klas. Dit bericht is in orde.
kind-group-chat-bottle = Leo: Ik! Vergeet je waterfles niet.
kind-group-chat-bottle-reason = Een handige herinnering voor iedereen. Dit bericht is in orde.
kind-group-chat-shoes = Ben: Zagen jullie de schoenen van Sam vandaag? Zo lelijk lol
kind-group-chat-shoes-reason = Dit maakt Sam belachelijk waar de hele klas bij is. Doe niet mee, en wees aardig tegen Sam.
kind-group-chat-laugh = Max: HAHAHA (vijf lachende gezichtjes)
kind-group-chat-laugh-reason = Meelachen maakt het pesten nog erger. Erbuiten blijven is al beter.
kind-group-chat-homework = Finn: Kan iemand me de huiswerkpagina sturen?
kind-group-chat-homework-reason = Om hulp vragen bij huiswerk is prima. Daar zijn klassenchats heel handig voor.
kind-group-chat-photo = Ben: Kijk! Een foto van Sam die valt op het schoolplein.
kind-group-chat-photo-reason = Sam heeft niet gezegd dat deze foto gedeeld mocht worden. Vraag het voordat je een foto van iemand deelt, en vertel een volwassene over deze foto.
kind-group-chat-party = Ava: Feestje bij mij thuis! Nodig Sam niet uit.
kind-group-chat-party-reason = Iedereen vertellen dat ze Sam moeten buitensluiten, doet hem veel pijn. Niemand hoort expres buitengesloten te worden.
kind-group-chat-thanks = Zoe: Sam hielp me vandaag met mijn project. Bedankt, Sam!
kind-group-chat-thanks-reason = Bedankt zeggen waar de klas bij is, is aardig. Dit bericht is in orde.
