# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot cards are in training.ftl.

world-ai-and-me = AI och jag

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = Okej att fråga
ai-bin-good-use = Bra användning
ai-bin-not-ok = Inte okej

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = Chatta med en chattbot
level-ai-what-to-tell-instruction = Är det okej att fråga en chattbot om det här, eller ska du hålla det privat?
level-ai-what-to-tell-learned = Fråga en chattbot om världen, inte om dig själv. Namn, adresser, bilder, lösenord och hemligheter förblir privata.
level-ai-what-to-tell-hint-1 = Fråga dig själv: handlar det här om världen, eller om mig och mina kompisar?
level-ai-what-to-tell-hint-2 = Företaget som driver en chattbot kan läsa det du skriver. Håll allt som visar vem du är privat.
level-ai-what-to-tell-hint-3 = Berättelsen om draken går bra att fråga om. Din adress gör det inte.

ai-what-to-tell-volcano = Hur fungerar vulkaner?
ai-what-to-tell-volcano-reason = En fråga om världen avslöjar ingenting. Kolla svaret i en bok också.
ai-what-to-tell-address = Din hemadress
ai-what-to-tell-address-reason = En chattbot behöver inte veta var du bor. Företaget bakom den kan läsa det du skriver.
ai-what-to-tell-name-school = Ditt fullständiga namn och din skola
ai-what-to-tell-name-school-reason = Tillsammans berättar de för alla som läser dem vem du är och var man hittar dig. Håll dem privata.
ai-what-to-tell-dragon = Idéer till en berättelse om en drake
ai-what-to-tell-dragon-reason = Att be om idéer är okej. Gör sedan berättelsen till din egen.
ai-what-to-tell-password = Ditt lösenord, så att den kommer ihåg det
ai-what-to-tell-password-reason = En chattbot behöver aldrig ditt lösenord. Behåll det för dig själv och den vuxna som hjälper dig med det.
ai-what-to-tell-face-photo = En bild på ditt ansikte
ai-what-to-tell-face-photo-reason = En bild på dig är personlig. Håll den borta från chattbotar, och fråga en vuxen som du litar på innan du delar bilder.
ai-what-to-tell-perimeter = Vad betyder ”omkrets”?
ai-what-to-tell-perimeter-reason = Att fråga vad ett ord betyder är okej. Din lärare kan kolla svaret med dig.
ai-what-to-tell-friend-secret = En hemlighet som en kompis berättade
ai-what-to-tell-friend-secret-reason = Det är din kompis hemlighet. Den är inte din att dela, varken med en chattbot eller någon annan.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = Lär roboten
level-ai-teach-the-robot-instruction = Sortera korten för att lära roboten vad en katt är. Testa den sedan.
level-ai-teach-the-robot-learned = En robot lär sig bara av sina exempel. Visa den många sorters katter, så känner den igen nya katter också.
level-ai-teach-the-robot-hint-1 = Titta på katterna som roboten lärde sig av. Hur liknar de varandra?
level-ai-teach-the-robot-hint-2 = Alla katter den såg var små och orange. Den behöver katter som ser annorlunda ut.
level-ai-teach-the-robot-hint-3 = Lägg till en katt som är grå, stor eller fluffig.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Säker, men fel
level-ai-chatbot-sure-instruction = En chattbot låter väldigt säker. Vad gör du?
level-ai-chatbot-sure-learned = En chattbot kan låta säker och ändå ha fel. Kolla i en bok eller på en pålitlig webbplats, eller fråga en vuxen.
level-ai-chatbot-sure-hint-1 = Blir något sant för att det låter säkert?
level-ai-chatbot-sure-hint-2 = Kolla med en källa som inte är chattboten.
level-ai-chatbot-sure-hint-3 = För spindeln: en naturbok kan ge svaret.

ai-chatbot-sure-spider-prompt = Till läxan frågar du en chattbot: ”Är en spindel en insekt?” Den svarar: ”Ja, spindlar är insekter.”
ai-chatbot-sure-spider-copy = Skriva ner det. Det låter väldigt säkert.
ai-chatbot-sure-spider-copy-reason = Att låta säker är inte att ha rätt. Spindlar har 8 ben, insekter har 6.
ai-chatbot-sure-spider-check = Kolla i en naturbok eller på en pålitlig webbplats
ai-chatbot-sure-spider-check-reason = Rätt! En annan källa visar att chattboten hade fel: spindlar är inte insekter.
ai-chatbot-sure-spider-ask-again = Fråga chattboten: ”Är du säker?”
ai-chatbot-sure-spider-ask-again-reason = Den kanske bara säger ja igen. Kolla med en källa som inte är chattboten.
ai-chatbot-sure-talk-prompt = En chattbot ger dig en fantastisk uppgift till ditt föredrag. Du hittar den ingen annanstans.
ai-chatbot-sure-talk-use-it = Använda den: chattboten vet säkert saker vi inte vet
ai-chatbot-sure-talk-use-it-reason = Chattbotar kan hitta på fakta som låter sanna. Om ingen annan säger det, ta inte med det.
ai-chatbot-sure-talk-leave-out = Ta inte med den, eller fråga din lärare om den
ai-chatbot-sure-talk-leave-out-reason = Bra. En uppgift som du inte kan kolla är inte redo för ditt föredrag.
ai-chatbot-sure-talk-tell-friends = Berätta för dina kompisar att den är sann
ai-chatbot-sure-talk-tell-friends-reason = Det sprider en uppgift som ingen har kollat. Kolla den först.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Varför den här videon?
level-ai-why-this-video-instruction = Ta reda på varför appen visar dig det den visar.
level-ai-why-this-video-learned = Appar lär sig av det du tittar på, gillar och söker efter. Leta efter nya saker, och säg till appen vad du inte vill ha.
level-ai-why-this-video-hint-1 = Tänk på vad du gjorde i appen tidigare.
level-ai-why-this-video-hint-2 = Appen väljer videor utifrån det du tittar på, gillar och söker efter.
level-ai-why-this-video-hint-3 = För att se andra saker: visa appen andra saker du gillar.

ai-why-this-video-cakes-prompt = Du såg tre tårtvideor till slutet. Nu visar din app massor av tårtvideor.
ai-why-this-video-cakes-everyone = Alla i världen tittar på tårtor i dag
ai-why-this-video-cakes-everyone-reason = Inte troligt! Appen väljer videor åt dig utifrån vad du har gjort.
ai-why-this-video-cakes-learned = Appen lärde sig av det du tittade på
ai-why-this-video-cakes-learned-reason = Rätt. Appar använder det du tittar på, gillar och söker efter för att välja vad som kommer sedan.
ai-why-this-video-cakes-teacher = Din lärare berättade för appen att du gillar tårta
ai-why-this-video-cakes-teacher-reason = Nej. Appen lärde sig det av dina egna tryck och visningar.
ai-why-this-video-more-prompt = Du vill se mer än tårtor. Vad hjälper?
ai-why-this-video-more-search = Söka efter nya saker, trycka på ”Inte intresserad”
ai-why-this-video-more-search-reason = Ja! Appen lär sig av det också. Många appar har en knapp som ”Inte intresserad”.
ai-why-this-video-more-more-cakes = Titta på ännu fler tårtvideor
ai-why-this-video-more-more-cakes-reason = Det lär appen att du bara vill ha tårtor.
ai-why-this-video-more-scroll = Fortsätta scrolla: appen ändrar sig snart av sig själv
ai-why-this-video-more-scroll-reason = Appen fortsätter att välja utifrån vad du gjorde förut. Visa den vad mer du gillar.
ai-why-this-video-feel-bad-prompt = En sorts video som appen hela tiden visar dig får dig att må dåligt över dig själv.
ai-why-this-video-feel-bad-keep-watching = Fortsätta titta, så att du inte missar något
ai-why-this-video-feel-bad-keep-watching-reason = Att titta mer säger åt appen att visa mer av det. Sluta och ta en paus.
ai-why-this-video-feel-bad-share = Dela med kompisar för att se om de också mår dåligt
ai-why-this-video-feel-bad-share-reason = Det sprider den dåliga känslan. Sluta titta och prata med någon du litar på.
ai-why-this-video-feel-bad-stop-tell = Sluta titta och berätta för en vuxen du litar på
ai-why-this-video-feel-bad-stop-tell-reason = Bra. Hur du mår är viktigare än appen. En vuxen kan hjälpa dig att ändra vad den visar.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Äkta eller gjord av AI?
level-ai-fake-picture-instruction = Tryck på varje ledtråd om att den här bilden kan vara gjord av AI eller inte är sann.
level-ai-fake-picture-learned = AI kan göra bilder som ser äkta ut. Leta efter ledtrådar, kolla andra källor och fråga en vuxen när du är osäker.
level-ai-fake-picture-hint-1 = Skulle den här bilden förvåna dig i verkligheten?
level-ai-fake-picture-hint-2 = Förvånande, för perfekt, fel detaljer och press att dela snabbt är alla ledtrådar.
level-ai-fake-picture-hint-3 = Läs skylten på bussen noga.

ai-fake-picture-account = Upplagd av: @pic_planet, i dag kl. 10:02
ai-fake-picture-account-reason = Namnet och tiden i sig säger inte om en bild är äkta. Titta på själva bilden.
ai-fake-picture-photo = Bild: en pingvin lika stor som en skolbuss
ai-fake-picture-photo-reason = Mycket förvånande bilder är en ledtråd. Kolla om nyheterna eller en pålitlig webbplats också visar den.
ai-fake-picture-perfect = Allt ser slätt och perfekt ut, som en leksak
ai-fake-picture-perfect-reason = Bilder gjorda av AI kan se för perfekta ut. Det är en ledtråd, så kolla innan du tror på det.
ai-fake-picture-sign = På bussens skylt står det ”SCHOLO BSU”
ai-fake-picture-sign-reason = Detaljer som inte stämmer, som ihopblandade bokstäver, är en ledtråd om att en bild kan vara påhittad.
ai-fake-picture-caption = Bildtext: ÄKTA!!! Dela innan den raderas!
ai-fake-picture-caption-reason = Press att dela snabbt är en varningssignal. Riktiga nyheter kan vänta medan du kollar.
ai-fake-picture-question = Kommentar: Vilken nyhetssajt har det här?
ai-fake-picture-question-reason = En bra fråga! Att kolla andra källor är precis rätt sak att göra.
ai-fake-picture-comment = Kommentar: Pingviner är inte så stora!
ai-fake-picture-comment-reason = Den här kommentaren har rätt att tvivla. Att använda det du vet är en bra kontroll.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Vem pratar egentligen?
level-ai-voice-message-instruction = Röster och videor kan göras med AI. Vad gör du?
level-ai-voice-message-learned = AI kan härma röster och ansikten. Om ett meddelande ber om koder, pengar eller ett snabbt klick: kolla på ett annat sätt och berätta för en vuxen.
level-ai-voice-message-hint-1 = Bevisar en röst som låter rätt vem som pratar?
level-ai-voice-message-hint-2 = Kolla med personen på ett annat sätt, inte genom att svara på meddelandet.
level-ai-voice-message-hint-3 = För sångerskan: hennes egen sida skulle också säga det.

ai-voice-message-cousin-prompt = Ett röstmeddelande låter precis som din kusin Leo: ”Jag har tappat min telefon! Skicka dina föräldrars bankkod, snabbt!”
ai-voice-message-cousin-send = Skicka den: Leo är familj och låter orolig
ai-voice-message-cousin-send-reason = AI kan härma en röst från ett kort klipp. Och en riktig kusin skulle inte be om en bankkod.
ai-voice-message-cousin-check = Kolla med Leo på annat sätt, med en vuxen
ai-voice-message-cousin-check-reason = Rätt. Lita inte bara på rösten. En vuxen kan ringa Leo på numret hen redan har.
ai-voice-message-cousin-delete-after = Skicka koden, men be honom radera den efteråt
ai-voice-message-cousin-delete-after-reason = När den väl är skickad har du ingen kontroll över den. Skicka aldrig koder.
ai-voice-message-singer-prompt = En video visar sångerskan Mila Star som säger: ”Klicka på den här länken och få en gratis surfplatta!”
ai-voice-message-singer-click = Klicka snabbt, innan surfplattorna tar slut
ai-voice-message-singer-click-reason = Brådska är en varningssignal. Sådana videor kan göras med AI för att lura dig.
ai-voice-message-singer-check = Kolla hennes egen sida och nyheterna först
ai-voice-message-singer-check-reason = Ja. Om hennes egen sida och nyheterna inte säger det, är videon falsk.
ai-voice-message-singer-aunt = Be din moster att klicka på den åt dig
ai-voice-message-singer-aunt-reason = Länken är problemet, vem som än klickar. Kolla först och visa sedan den vuxna varför.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = AI hjälper, du bestämmer
level-ai-you-decide-instruction = Är det här ett bra sätt att använda AI i skolan, eller inte okej?
level-ai-you-decide-learned = AI kan hjälpa dig att lära dig. Du gör tänkandet, kollar vad den säger och följer skolans regler.
level-ai-you-decide-hint-1 = Fråga: vem gör tänkandet här, jag eller AI:n?
level-ai-you-decide-hint-2 = Att använda AI för att förstå eller öva är bra. Att lämna in dess arbete som ditt eget är det inte.
level-ai-you-decide-hint-3 = Att be den förklara ett ord är en bra användning.

ai-you-decide-explain-word = Be den förklara ett ord du inte kan
ai-you-decide-explain-word-reason = Att använda AI för att förstå något hjälper dig att lära dig. Kolla att det låter rimligt.
ai-you-decide-copy-story = Lämna in en berättelse den skrev som din egen
ai-you-decide-copy-story-reason = Det är inte ditt arbete, och du lär dig ingenting. Var ärlig om vad AI gjorde.
ai-you-decide-quiz = Be den om quizfrågor att öva med
ai-you-decide-quiz-reason = Att öva med dess frågor kan hjälpa. Kolla svaren i dina anteckningar.
ai-you-decide-whole-homework = Låta den göra hela din läxa åt dig
ai-you-decide-whole-homework-reason = Då hoppar du över tänkandet som läxan är till för. Försök själv först.
ai-you-decide-check-facts = Kolla dess fakta i en bok eller på en pålitlig webbplats
ai-you-decide-check-facts-reason = AI kan ha fel. Att kolla är vad en smart användare gör.
ai-you-decide-fake-photo = Göra en rolig falsk bild på en klasskompis
ai-you-decide-fake-photo-reason = Falska bilder på riktiga personer kan såra dem. Använd aldrig AI för att göra narr av någon.
ai-you-decide-own-words = Få idéer och sedan skriva med egna ord
ai-you-decide-own-words-reason = Bra: idéerna hjälper dig att komma igång, och arbetet är ditt.
ai-you-decide-against-rules = Använda den när din lärare har sagt nej
ai-you-decide-against-rules-reason = Din skola bestämmer när AI får användas. Följ skolans regler.
