# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.

world-ai-and-me = AI en ik

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = Mag je vragen
ai-bin-good-use = Goed gebruik
ai-bin-not-ok = Niet oké

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = Chatten met een chatbot
level-ai-what-to-tell-instruction = Mag je dit aan een chatbot vragen, of houd je het beter privé?
level-ai-what-to-tell-learned = Vraag een chatbot naar de wereld, niet naar jezelf. Namen, adressen, foto's, wachtwoorden en geheimen blijven privé.
level-ai-what-to-tell-hint-1 = Vraag jezelf: gaat dit over de wereld, of over mij en mijn vrienden?
level-ai-what-to-tell-hint-2 = Het bedrijf achter een chatbot kan lezen wat je typt. Houd alles privé wat laat zien wie je bent.
level-ai-what-to-tell-hint-3 = Het verhaal over de draak mag je vragen. Je adres niet.

ai-what-to-tell-volcano = Hoe werken vulkanen?
ai-what-to-tell-volcano-reason = Een vraag over de wereld verraadt niets. Controleer het antwoord ook in een boek.
ai-what-to-tell-address = Je huisadres
ai-what-to-tell-address-reason = Een chatbot hoeft niet te weten waar je woont. Het bedrijf erachter kan lezen wat je typt.
ai-what-to-tell-name-school = Je volledige naam en je school
ai-what-to-tell-name-school-reason = Samen vertellen ze iedereen die ze leest wie je bent en waar je te vinden bent. Houd ze privé.
ai-what-to-tell-dragon = Ideeën voor een verhaal over een draak
ai-what-to-tell-dragon-reason = Om ideeën vragen is prima. Maak er daarna je eigen verhaal van.
ai-what-to-tell-password = Je wachtwoord, zodat hij het onthoudt
ai-what-to-tell-password-reason = Een chatbot heeft je wachtwoord nooit nodig. Houd het voor jezelf en de volwassene die je ermee helpt.
ai-what-to-tell-face-photo = Een foto van je gezicht
ai-what-to-tell-face-photo-reason = Een foto van jou is persoonlijk. Houd hem weg bij chatbots, en vraag een volwassene die je vertrouwt voordat je foto's deelt.
ai-what-to-tell-perimeter = Wat betekent “omtrek”?
ai-what-to-tell-perimeter-reason = Vragen wat een woord betekent is prima. Je leerkracht kan het antwoord samen met je controleren.
ai-what-to-tell-friend-secret = Een geheim dat een vriend je vertelde
ai-what-to-tell-friend-secret-reason = Het is het geheim van je vriend. Het is niet aan jou om het te delen, met een chatbot of met wie dan ook.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = Leer de robot iets
level-ai-teach-the-robot-instruction = Sorteer de kaarten om de robot te leren wat een kat is. Test hem daarna.
level-ai-teach-the-robot-learned = Een robot leert alleen van zijn voorbeelden. Laat hem veel soorten katten zien, dan herkent hij ook nieuwe katten.
level-ai-teach-the-robot-hint-1 = Kijk naar de katten waar de robot van leerde. Waarin lijken ze allemaal op elkaar?
level-ai-teach-the-robot-hint-2 = Elke kat die hij zag, was klein en oranje. Hij heeft katten nodig die er anders uitzien.
level-ai-teach-the-robot-hint-3 = Voeg een kat toe die grijs, groot of pluizig is.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Zeker, maar fout
level-ai-chatbot-sure-instruction = Een chatbot klinkt heel zeker. Wat doe je?
level-ai-chatbot-sure-learned = Een chatbot kan heel zeker klinken en toch fout zijn. Controleer het in een boek of op een betrouwbare site, of vraag een volwassene.
level-ai-chatbot-sure-hint-1 = Wordt iets waar doordat het zeker klinkt?
level-ai-chatbot-sure-hint-2 = Controleer het bij een bron die niet de chatbot is.
level-ai-chatbot-sure-hint-3 = Voor de spin: een natuurboek kan het je vertellen.

ai-chatbot-sure-spider-prompt = Voor je huiswerk vraag je een chatbot: “Is een spin een insect?” Hij zegt: “Ja, spinnen zijn insecten.”
ai-chatbot-sure-spider-copy = Opschrijven. Het klinkt heel zeker.
ai-chatbot-sure-spider-copy-reason = Zeker klinken is niet hetzelfde als gelijk hebben. Spinnen hebben 8 poten, insecten 6.
ai-chatbot-sure-spider-check = Nakijken in een natuurboek of betrouwbare site
ai-chatbot-sure-spider-check-reason = Goed zo! Een andere bron laat zien dat de chatbot fout zat: spinnen zijn geen insecten.
ai-chatbot-sure-spider-ask-again = De chatbot vragen: “Weet je het zeker?”
ai-chatbot-sure-spider-ask-again-reason = Misschien zegt hij gewoon weer ja. Controleer het bij een bron die niet de chatbot is.
ai-chatbot-sure-talk-prompt = Een chatbot geeft je een geweldig feit voor je spreekbeurt. Je kunt het nergens anders vinden.
ai-chatbot-sure-talk-use-it = Gebruiken: de chatbot weet vast meer dan wij
ai-chatbot-sure-talk-use-it-reason = Chatbots kunnen feiten verzinnen die echt klinken. Zegt niemand anders het? Laat het dan weg.
ai-chatbot-sure-talk-leave-out = Weglaten, of je leerkracht ernaar vragen
ai-chatbot-sure-talk-leave-out-reason = Goed. Een feit dat je niet kunt controleren, is niet klaar voor je spreekbeurt.
ai-chatbot-sure-talk-tell-friends = Je vrienden vertellen dat het waar is
ai-chatbot-sure-talk-tell-friends-reason = Zo verspreid je een feit dat niemand heeft gecontroleerd. Controleer het eerst.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Waarom deze video?
level-ai-why-this-video-instruction = Zoek uit waarom de app je laat zien wat hij laat zien.
level-ai-why-this-video-learned = Apps leren van wat je kijkt, leuk vindt en zoekt. Zoek naar nieuwe dingen, en vertel de app wat je niet wilt.
level-ai-why-this-video-hint-1 = Denk na over wat je eerder in de app deed.
level-ai-why-this-video-hint-2 = De app kiest video's op basis van wat je kijkt, leuk vindt en zoekt.
level-ai-why-this-video-hint-3 = Wil je andere dingen zien? Laat de app dan andere dingen zien die je leuk vindt.

ai-why-this-video-cakes-prompt = Je hebt drie taartvideo's tot het eind bekeken. Nu laat je app heel veel taartvideo's zien.
ai-why-this-video-cakes-everyone = Iedereen ter wereld kijkt vandaag naar taarten
ai-why-this-video-cakes-everyone-reason = Niet waarschijnlijk! De app kiest video's voor jou op basis van wat jij deed.
ai-why-this-video-cakes-learned = De app leerde van wat jij keek
ai-why-this-video-cakes-learned-reason = Goed. Apps gebruiken wat je kijkt, leuk vindt en zoekt om te kiezen wat er hierna komt.
ai-why-this-video-cakes-teacher = Je leerkracht zei de app dat je van taart houdt
ai-why-this-video-cakes-teacher-reason = Nee. De app leerde het van jouw eigen tikken en kijken.
ai-why-this-video-more-prompt = Je wilt meer zien dan taarten. Wat helpt?
ai-why-this-video-more-search = Iets nieuws zoeken, op “Niet geïnteresseerd” tikken
ai-why-this-video-more-search-reason = Ja! Daar leert de app ook van. Veel apps hebben een knop zoals “Niet geïnteresseerd”.
ai-why-this-video-more-more-cakes = Nog meer taartvideo's kijken
ai-why-this-video-more-more-cakes-reason = Dan leert de app dat je alleen taarten wilt.
ai-why-this-video-more-scroll = Gewoon blijven scrollen: de app verandert vanzelf wel
ai-why-this-video-more-scroll-reason = De app blijft kiezen op basis van wat je eerder deed. Laat hem zien wat je nog meer leuk vindt.
ai-why-this-video-feel-bad-prompt = Een soort video die de app je steeds laat zien, geeft je een slecht gevoel over jezelf.
ai-why-this-video-feel-bad-keep-watching = Blijven kijken, zodat je niets mist
ai-why-this-video-feel-bad-keep-watching-reason = Meer kijken vertelt de app dat hij je er meer van moet laten zien. Stop en neem een pauze.
ai-why-this-video-feel-bad-share = Delen met vrienden om te zien of zij zich ook zo voelen
ai-why-this-video-feel-bad-share-reason = Zo verspreid je het slechte gevoel. Stop met kijken en praat met iemand die je vertrouwt.
ai-why-this-video-feel-bad-stop-tell = Stoppen met kijken en een volwassene inlichten
ai-why-this-video-feel-bad-stop-tell-reason = Goed. Hoe jij je voelt, is belangrijker dan de app. Een volwassene kan je helpen veranderen wat hij laat zien.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Echt of gemaakt door AI?
level-ai-fake-picture-instruction = Tik op elke aanwijzing dat deze foto misschien door AI is gemaakt of misschien niet klopt.
level-ai-fake-picture-learned = AI kan plaatjes maken die er echt uitzien. Zoek naar aanwijzingen, controleer andere bronnen en vraag een volwassene als je twijfelt.
level-ai-fake-picture-hint-1 = Zou deze foto je in het echt verbazen?
level-ai-fake-picture-hint-2 = Verrassend, te perfect, verkeerde details en druk om snel te delen zijn allemaal aanwijzingen.
level-ai-fake-picture-hint-3 = Lees goed wat er op de bus staat.

ai-fake-picture-account = Geplaatst door: @pic_planet, vandaag om 10:02
ai-fake-picture-account-reason = De naam en de tijd alleen vertellen je niet of een foto echt is. Kijk naar de foto zelf.
ai-fake-picture-photo = Foto: een pinguïn zo groot als een schoolbus
ai-fake-picture-photo-reason = Heel verrassende plaatjes zijn een aanwijzing. Kijk of het nieuws of een betrouwbare site het ook laat zien.
ai-fake-picture-perfect = Alles ziet er glad en perfect uit, als speelgoed
ai-fake-picture-perfect-reason = Plaatjes die door AI zijn gemaakt, kunnen te perfect lijken. Het is een aanwijzing, dus controleer het voordat je het gelooft.
ai-fake-picture-sign = Op het bord van de bus staat “SCHOLO BSU”
ai-fake-picture-sign-reason = Details die niet kloppen, zoals door elkaar gehusselde letters, zijn een aanwijzing dat een plaatje verzonnen kan zijn.
ai-fake-picture-caption = Bijschrift: ECHT!!! Delen voordat het gewist wordt!
ai-fake-picture-caption-reason = Druk om snel te delen is een waarschuwingsteken. Echt nieuws kan wachten terwijl jij het controleert.
ai-fake-picture-question = Reactie: Welke nieuwssite heeft dit?
ai-fake-picture-question-reason = Een goede vraag! Andere bronnen controleren is precies het goede om te doen.
ai-fake-picture-comment = Reactie: Pinguïns zijn helemaal niet zo groot!
ai-fake-picture-comment-reason = Deze reactie twijfelt terecht. Gebruiken wat je weet is een goede controle.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Is het echt die persoon?
level-ai-voice-message-instruction = Stemmen en video's kunnen met AI worden gemaakt. Wat doe je?
level-ai-voice-message-learned = AI kan stemmen en gezichten nadoen. Vraagt een bericht om codes, geld of snel klikken? Ga het op een andere manier na en vertel het een volwassene.
level-ai-voice-message-hint-1 = Bewijst een stem die goed klinkt wie er praat?
level-ai-voice-message-hint-2 = Ga het bij de persoon na op een andere manier, niet door op het bericht te antwoorden.
level-ai-voice-message-hint-3 = Voor de zangeres: haar eigen pagina zou het ook zeggen.

ai-voice-message-cousin-prompt = Een spraakbericht klinkt precies als je neef Leo: “Ik ben mijn telefoon kwijt! Stuur me de bankcode van je ouders, snel!”
ai-voice-message-cousin-send = Sturen: Leo is familie en klinkt bezorgd
ai-voice-message-cousin-send-reason = AI kan een stem nadoen met een kort filmpje. En een echte neef zou niet om een bankcode vragen.
ai-voice-message-cousin-check = Leo anders bereiken, samen met een volwassene
ai-voice-message-cousin-check-reason = Goed. Vertrouw niet alleen op de stem. Een volwassene kan Leo bellen op het nummer dat hij kent.
ai-voice-message-cousin-delete-after = De code sturen, maar vragen of hij hem daarna wist
ai-voice-message-cousin-delete-after-reason = Als het eenmaal verstuurd is, heb je het niet meer in de hand. Stuur nooit codes.
ai-voice-message-singer-prompt = Een video laat de zangeres Mila Star zien. Ze zegt: “Klik op deze link en krijg een gratis tablet!”
ai-voice-message-singer-click = Snel klikken, voordat de tablets op zijn
ai-voice-message-singer-click-reason = Haast is een waarschuwingsteken. Zulke video's kunnen met AI gemaakt zijn om je te bedotten.
ai-voice-message-singer-check = Eerst haar eigen pagina en het nieuws bekijken
ai-voice-message-singer-check-reason = Ja. Zeggen haar eigen pagina en het nieuws het niet? Dan is de video nep.
ai-voice-message-singer-aunt = Je tante vragen om voor jou op de link te klikken
ai-voice-message-singer-aunt-reason = De link is het probleem, wie er ook op klikt. Ga het eerst na en laat de volwassene dan zien waarom.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = AI helpt, jij beslist
level-ai-you-decide-instruction = Is dit een goede manier om AI voor school te gebruiken, of niet oké?
level-ai-you-decide-learned = AI kan je helpen leren. Jij doet het denkwerk, controleert wat het zegt en volgt de regels van je school.
level-ai-you-decide-hint-1 = Vraag: wie doet hier het denkwerk, ik of de AI?
level-ai-you-decide-hint-2 = AI gebruiken om iets te begrijpen of te oefenen is goed. Werk van AI inleveren alsof het van jou is, niet.
level-ai-you-decide-hint-3 = Laten uitleggen wat een woord betekent, is goed gebruik.

ai-you-decide-explain-word = AI een woord laten uitleggen dat je niet kent
ai-you-decide-explain-word-reason = AI gebruiken om iets te begrijpen, helpt je leren. Ga na of het klopt.
ai-you-decide-copy-story = Een verhaal van AI inleveren alsof jij het schreef
ai-you-decide-copy-story-reason = Dat is niet jouw werk, en je leert er niets van. Wees eerlijk over wat AI deed.
ai-you-decide-quiz = Om quizvragen vragen om mee te oefenen
ai-you-decide-quiz-reason = Oefenen met de vragen van AI kan helpen. Controleer de antwoorden in je aantekeningen.
ai-you-decide-whole-homework = AI al je huiswerk laten maken
ai-you-decide-whole-homework-reason = Dan sla je het denkwerk over waar huiswerk voor is. Probeer het eerst zelf.
ai-you-decide-check-facts = De feiten nakijken in een boek of op een betrouwbare site
ai-you-decide-check-facts-reason = AI kan zich vergissen. Controleren is wat een slimme gebruiker doet.
ai-you-decide-fake-photo = Een grappige nepfoto van een klasgenoot maken
ai-you-decide-fake-photo-reason = Nepplaatjes van echte mensen kunnen hen pijn doen. Gebruik AI nooit om iemand belachelijk te maken.
ai-you-decide-own-words = Ideeën opdoen en dan in je eigen woorden schrijven
ai-you-decide-own-words-reason = Goed: de ideeën helpen je beginnen, en het werk is van jou.
ai-you-decide-against-rules = AI gebruiken terwijl je leerkracht zei dat het niet mocht
ai-you-decide-against-rules-reason = Je school beslist wanneer AI mag worden gebruikt. Volg de regels van je school.
