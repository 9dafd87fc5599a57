# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never
# graphic, never blaming the pupil. Telling a trusted adult is always right.

world-safe-together = Samen Veilig

safe-bin-good = Goed idee
safe-bin-bad = Geen goed idee

## Where to get help: the game fills { $helpline } of level-safe-get-help-learned with one of
## these; { $service } and { $number } come from core::helplines.

helpline-call = Je kunt ook een hulplijn voor kinderen bellen: { $service }, { $number }.
helpline-ask-adult = Vraag een volwassene die je vertrouwt naar de hulplijn voor kinderen in jouw land.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = Een nieuwe vriend uit een spel
level-safe-new-friend-instruction = Iemand uit een spel schrijft je. Tik op elk alarmsignaal.
level-safe-new-friend-learned = Geheimen, foto's, privéchats en afspraakjes zijn alarmsignalen. Stop en vertel het een volwassene die je vertrouwt.
level-safe-new-friend-hint-1 = Lees elke regel. Zou een vriend van jouw leeftijd dit vragen?
level-safe-new-friend-hint-2 = Pas op als iemand geheimen, foto's, je gegevens of een afspraak wil.
level-safe-new-friend-hint-3 = Kijk goed naar de regels over je ouders en je school.

safe-new-friend-sender = Van: Kai_Star (een speler uit je spel)
safe-new-friend-sender-reason = Chatten met spelers kan leuk zijn. Maar je weet alleen wat Kai over zichzelf zegt.
safe-new-friend-game = Goed gespeeld vandaag! Op welk level zit jij?
safe-new-friend-game-reason = Praten over het spel is normaal. Deze regel is in orde.
safe-new-friend-secret = Vertel je ouders niet over mij, oké?
safe-new-friend-secret-reason = Een goede vriend vraagt je niet om hem geheim te houden voor je familie. Dit is een waarschuwingsteken.
safe-new-friend-private = Zullen we in een andere app chatten? Alleen wij tweeën.
safe-new-friend-private-reason = Je naar een privéchat lokken, weg van anderen, is een waarschuwingsteken.
safe-new-friend-photo = Stuur me een foto van jezelf. Alleen voor mij!
safe-new-friend-photo-reason = Stuur nooit foto's van jezelf naar iemand die je alleen online kent.
safe-new-friend-school = Naar welke school ga je?
safe-new-friend-school-reason = Je school vertelt een vreemde waar je te vinden bent. Houd het privé.
safe-new-friend-meet = Zullen we zaterdag afspreken in het park?
safe-new-friend-meet-reason = Spreek nooit af met iemand die je alleen online kent. Vertel het een volwassene die je vertrouwt.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = Wat doe je?
level-safe-what-to-do-instruction = Kai uit het spel wil meer. Kies elke keer het beste antwoord.
level-safe-what-to-do-learned = Je mag altijd nee zeggen. Blokkeer de persoon en vertel het een volwassene die je vertrouwt. Het is nooit jouw schuld.
level-safe-what-to-do-hint-1 = Wie kan je helpen nagaan of Kai is wie hij zegt?
level-safe-what-to-do-hint-2 = Geheimen en afspraken met online vrienden zijn waarschuwingstekens. Haal hulp, ga niet alleen.
level-safe-what-to-do-hint-3 = Wordt Kai boos? Dan hoef je helemaal niet te antwoorden.

safe-what-to-do-secret-prompt = Kai schrijft: “Laten we onze chats geheim houden.” Wat doe je?
safe-what-to-do-secret-keep = Het geheim houden. Kai is aardig tegen me.
safe-what-to-do-secret-keep-reason = Lieve woorden kunnen een truc verbergen. Een echte vriend heeft geen geheimen voor je familie nodig.
safe-what-to-do-secret-ask-why = Kai eerst vragen waarom, en dan zelf beslissen.
safe-what-to-do-secret-ask-why-reason = Kai heeft misschien een slim antwoord. Beslis niet alleen: vraag iemand die je vertrouwt.
safe-what-to-do-secret-tell = Het een volwassene vertellen die ik vertrouw.
safe-what-to-do-secret-tell-reason = Ja! Vragen om geheimen is een waarschuwingsteken. Een volwassene die je vertrouwt, kan je helpen het na te gaan.

safe-what-to-do-meet-prompt = Kai wil met je afspreken in het park. Wat doe je?
safe-what-to-do-meet-go-with-friend = Gaan, maar iemand uit mijn klas meenemen.
safe-what-to-do-meet-go-with-friend-reason = Twee kinderen is niet veilig genoeg. Spreek nooit af met iemand die je alleen online kent.
safe-what-to-do-meet-say-no = Nee zeggen en een volwassene inlichten.
safe-what-to-do-meet-say-no-reason = Goed. Zeg nee, en laat een volwassene die je vertrouwt je helpen met Kai.
safe-what-to-do-meet-go-tell-later = Gaan, en het achteraf aan een volwassene vertellen.
safe-what-to-do-meet-go-tell-later-reason = Een volwassene vertellen is goed, maar ga niet. Spreek nooit af met iemand die je alleen online kent.

safe-what-to-do-angry-prompt = Je zei nee. Nu stuurt Kai je boze berichten.
safe-what-to-do-angry-block = Kai blokkeren, een volwassene inlichten.
safe-what-to-do-angry-block-reason = Ja. Je hoeft niet te antwoorden. Blokkeer Kai en haal hulp bij een volwassene die je vertrouwt.
safe-what-to-do-angry-sorry = Sorry zeggen en doen wat Kai wil.
safe-what-to-do-angry-sorry-reason = Jij hebt niets verkeerd gedaan. Nee zeggen was goed.
safe-what-to-do-angry-argue = Blijven terugschrijven tot Kai sorry zegt.
safe-what-to-do-angry-argue-reason = Ruziemaken houdt Kai met jou aan de praat. Stop liever met antwoorden.

## Level 3: block and report (sort)

level-safe-block-report-title = Blokkeren en melden
level-safe-block-report-instruction = Iemand online geeft je een rotgevoel. Is elk idee goed of niet?
level-safe-block-report-learned = Bewaar de berichten, blokkeer de persoon, meld het in de app en vertel het een volwassene die je vertrouwt.
level-safe-block-report-hint-1 = Welke ideeën maken het beter, en welke maken het erger?
level-safe-block-report-hint-2 = Bewaar bewijs, stop de berichten en haal hulp.
level-safe-block-report-hint-3 = De chat wissen is geen goed idee: dan is het bewijs weg.

safe-block-report-screenshot = Screenshots maken van de berichten
safe-block-report-screenshot-reason = Screenshots zijn bewijs. Maak ze voordat je blokkeert, voor het geval de chat verdwijnt.
safe-block-report-delete = De hele chat wissen zodat niemand hem ziet
safe-block-report-delete-reason = Dan is het bewijs weg. Bewaar de berichten, zodat een volwassene kan helpen.
safe-block-report-block = De persoon blokkeren
safe-block-report-block-reason = Door te blokkeren kan die persoon je geen berichten meer sturen.
safe-block-report-reply-mean = Een gemeen bericht terugsturen
safe-block-report-reply-mean-reason = Dat kan het erger maken. Reageer helemaal niet.
safe-block-report-report = Het profiel melden in de app
safe-block-report-report-reason = Het team van de app bekijkt meldingen en kan het account stoppen.
safe-block-report-unblock = Deblokkeren om te zien of het ze spijt
safe-block-report-unblock-reason = Dan kunnen ze je weer schrijven. Houd ze geblokkeerd.
safe-block-report-tell = Een volwassene die je vertrouwt vertellen wat er is gebeurd
safe-block-report-tell-reason = Een volwassene die je vertrouwt, kan je helpen het te melden en je beter te voelen.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = De geheime inlogcode
level-safe-login-code-instruction = Kies elke keer het beste antwoord.
level-safe-login-code-learned = Een inlogcode is alleen voor jou. Geef hem nooit aan iemand, ook niet aan een vriend of aan “support”.
level-safe-login-code-hint-1 = Wie heeft de code nodig die op je telefoon binnenkomt?
level-safe-login-code-hint-2 = De code is een tweede slot op je account. Hij werkt als een sleutel.
level-safe-login-code-hint-3 = Echte supportteams vragen nooit om je code.

safe-login-code-why-prompt = Na je wachtwoord stuurt de app een code naar je telefoon. Waarom?
safe-login-code-why-ads = Omdat de app je nummer wil voor reclame.
safe-login-code-why-ads-reason = Nee. De code is er om je account veilig te houden.
safe-login-code-why-second-lock = Een tweede slot: alleen jij komt erin.
safe-login-code-why-second-lock-reason = Ja. Dit heet inloggen in twee stappen. Een dief met je wachtwoord heeft nog steeds de code nodig.
safe-login-code-why-phone-check = Om te checken of je telefoon nog werkt.
safe-login-code-why-phone-check-reason = Nee. De code bewijst dat jij het echt bent die inlogt.

safe-login-code-friend-prompt = Een bericht van Mia: “Oeps, mijn code is naar jou gegaan. Kun je hem naar mij sturen?”
safe-login-code-friend-send = Snel sturen. Mia is mijn vriendin en heeft hem nodig.
safe-login-code-friend-send-reason = Misschien is het account van Mia gehackt. Met de code komt een vreemde in JOUW account.
safe-login-code-friend-half = Alleen de eerste helft van de code sturen.
safe-login-code-friend-half-reason = Een halve code helpt een dief nog steeds. Houd de hele code voor jezelf.
safe-login-code-friend-ask = Niet sturen. Mia in het echt of telefonisch vragen.
safe-login-code-friend-ask-reason = Goed. Ga het op een andere manier na bij Mia. Het is waarschijnlijk een truc.

safe-login-code-support-prompt = Een chat zegt: “Hier is de support van het spel. Geef ons je code om je account veilig te houden.”
safe-login-code-support-give = Geven. Het is het supportteam.
safe-login-code-support-give-reason = Echte supportteams vragen nooit om je code. Dit is een truc.
safe-login-code-support-say-no = Nee zeggen. Support heeft mijn code nooit nodig.
safe-login-code-support-say-no-reason = Goed. Echte bedrijven zeggen het ook: ze vragen nooit om je code.
safe-login-code-support-adult-reads = Een volwassene vragen de code aan hen voor te lezen.
safe-login-code-support-adult-reads-reason = Niemand hoort de code weg te geven, volwassene of kind. Laat het bericht liever aan een volwassene zien.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = Waar vind je hulp?
level-safe-get-help-instruction = Iets online maakt je ongerust. Kies elke keer het beste antwoord.
level-safe-get-help-learned = Je staat er nooit alleen voor. Praat met een volwassene die je vertrouwt. { $helpline }
level-safe-get-help-hint-1 = Kun je een zorg beter voor jezelf houden of delen?
level-safe-get-help-hint-2 = Volwassenen die je vertrouwt en hulplijnen voor kinderen luisteren en helpen.
level-safe-get-help-hint-3 = 116 111 is in veel landen een nummer voor kinderen.

safe-get-help-worried-prompt = Je zag online iets wat je bang maakt. Wat helpt het meest?
safe-get-help-worried-keep = Het voor mezelf houden en het proberen te vergeten.
safe-get-help-worried-keep-reason = Zorgen worden groter als je ze binnenhoudt. Iemand vertellen helpt.
safe-get-help-worried-tell = Aan een volwassene vertellen wat ik zag.
safe-get-help-worried-tell-reason = Ja! Een ouder, verzorger of leerkracht kan je helpen.
safe-get-help-worried-search = Online meer erover opzoeken.
safe-get-help-worried-search-reason = Misschien vind je dan nog engere dingen. Praat eerst met iemand.

safe-get-help-nobody-prompt = Je wilt met niemand praten die je kent. Wat kun je doen?
safe-get-help-nobody-forum = Vreemden op een forum vragen wat ik moet doen.
safe-get-help-nobody-forum-reason = Vreemden online zijn misschien niet aardig of hebben geen gelijk. Een hulplijn is er om te helpen.
safe-get-help-nobody-wait = Wachten tot het probleem vanzelf overgaat.
safe-get-help-nobody-wait-reason = Problemen gaan vaak niet vanzelf over. Het is oké om hulp te vragen.
safe-get-help-nobody-helpline = Een hulplijn voor kinderen bellen of chatten.
safe-get-help-nobody-helpline-reason = Ja. Hulplijnen voor kinderen luisteren naar kinderen. Je hoeft je naam niet te zeggen.

safe-get-help-number-prompt = Op een poster op school staat 116 111. Wat is dat voor nummer?
safe-get-help-number-helpline = Een kinderhulplijn in veel landen van Europa
safe-get-help-number-helpline-reason = Ja. In veel Europese landen is 116 111 een hulplijn voor kinderen. Sommige landen hebben een ander nummer.
safe-get-help-number-prize = Een nummer waarmee je prijzen kunt winnen
safe-get-help-number-prize-reason = Nee. Het is een hulplijn waar kinderen over hun zorgen kunnen praten.
safe-get-help-number-adults = Een nummer dat alleen volwassenen mogen bellen
safe-get-help-number-adults-reason = Nee. Kinderen mogen zelf een hulplijn voor kinderen bellen.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = Als iemand dreigt
level-safe-threats-instruction = Iemand dreigt een privéfoto te delen. Kies het beste antwoord.
level-safe-threats-learned = Het is nooit jouw schuld. Betaal niet, stop met antwoorden, bewaar de berichten, vertel het een volwassene die je vertrouwt en meld het.
level-safe-threats-hint-1 = Wat wil de persoon die dreigt van je?
level-safe-threats-hint-2 = Betalen of meer sturen stopt de dreigementen niet. Hulp halen wel.
level-safe-threats-hint-3 = Bewaar de chat als bewijs, maar stop met antwoorden.

safe-threats-pay-prompt = Een online vriend schrijft: “Betaal me, of ik deel de privéfoto die je stuurde.”
safe-threats-pay-pay = Snel betalen, dan blijft de foto privé.
safe-threats-pay-pay-reason = Betalen houdt ze niet tegen. Meestal vragen ze daarna om meer.
safe-threats-pay-stop = Stoppen met reageren, een volwassene inlichten.
safe-threats-pay-stop-reason = Ja. Stop elk contact en haal hulp. Een volwassene kan je helpen het te melden.
safe-threats-pay-more = Nog een foto sturen, zodat ze weer rustig worden.
safe-threats-pay-more-reason = Stuur nooit meer. Ze houden niet op. Haal liever hulp.

safe-threats-chat-prompt = Je voelt je vreselijk en wilt dat de chat weg is. Wat doe je ermee?
safe-threats-chat-delete = Meteen de hele chat en mijn account wissen.
safe-threats-chat-delete-reason = De chat is bewijs. De app en de politie hebben hem nodig om ze te stoppen.
safe-threats-chat-forward = De chat naar vrienden sturen om raad te vragen.
safe-threats-chat-forward-reason = Stuur hem niet door. Houd het tussen jou en een volwassene die je vertrouwt.
safe-threats-chat-keep = De chat bewaren, dan blokkeren en melden.
safe-threats-chat-keep-reason = Goed. Bewaar de berichten als bewijs, en blokkeer en meld dan het account.

safe-threats-fault-prompt = Je denkt: “Dit is mijn schuld. Ik kan het aan niemand vertellen.” Wat is waar?
safe-threats-fault-my-fault = Het is mijn schuld, dus ik moet het alleen oplossen.
safe-threats-fault-my-fault-reason = Nee. De persoon die dreigt, doet iets verkeerd, niet jij.
safe-threats-fault-never = Het is nooit mijn schuld, en er is hulp.
safe-threats-fault-never-reason = Ja. Je bent bedrogen. Volwassenen en hulplijnen helpen zonder jou de schuld te geven.
safe-threats-fault-later = Pas een volwassene inlichten als het erger wordt.
safe-threats-fault-later-reason = Vertel het nu. Hoe eerder je hulp krijgt, hoe eerder het stopt.

safe-threats-online-prompt = Je bent bang dat de foto nu online staat. Wat kan helpen?
safe-threats-online-take-it-down = Samen met een volwassene Take It Down gebruiken.
safe-threats-online-take-it-down-reason = Take It Down helpt foto's weg te halen die zijn gemaakt voordat je 18 was, vanuit elk land.
safe-threats-online-search = Elke dag naar de foto blijven zoeken om te checken.
safe-threats-online-search-reason = Daardoor voel je je alleen maar slechter. Laat een volwassene en een hulpmiddel het werk doen.
safe-threats-online-nothing = Niets kan nog helpen als een foto online staat.
safe-threats-online-nothing-reason = Niet waar. Foto's kunnen vaak worden weggehaald. Er is altijd hulp.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = Een foto die niet van jou is
level-safe-not-yours-instruction = Een privéfoto van een klasgenoot wordt gedeeld in een chat. Goed idee of niet?
level-safe-not-yours-learned = Bewaar een privéfoto van iemand anders nooit en stuur hem nooit door. Vertel het een volwassene die je vertrouwt en meld het.
level-safe-not-yours-hint-1 = Hoe zou jij je voelen als het jouw foto was?
level-safe-not-yours-hint-2 = Elke keer dat hij gedeeld wordt, doet het de persoon op de foto opnieuw pijn.
level-safe-not-yours-hint-3 = Doorsturen is nooit een goed idee, ook niet om hulp te vragen.

safe-not-yours-forward = Doorsturen naar één vriend
safe-not-yours-forward-reason = Elke keer delen doet de persoon meer pijn. In veel landen is het ook tegen de wet.
safe-not-yours-tell = Een volwassene die je vertrouwt erover vertellen
safe-not-yours-tell-reason = Ja. Een volwassene kan helpen om het verspreiden te stoppen, zonder dat jij de foto doorstuurt.
safe-not-yours-save = Op mijn telefoon bewaren
safe-not-yours-save-reason = Bewaar hem niet. Zo'n foto hoort niet op jouw telefoon.
safe-not-yours-report = Het bericht melden in de app
safe-not-yours-report-reason = De app kan het weghalen. De persoon op de foto heeft dat nodig.
safe-not-yours-ask-friend = Naar een vriend sturen om te vragen wat ik moet doen
safe-not-yours-ask-friend-reason = Stuur hem naar niemand, ook niet om hulp te krijgen. Vertel er liever over.
safe-not-yours-kind = Aardig zijn voor de persoon op de foto
safe-not-yours-kind-reason = Die voelt zich misschien vreselijk. Het is niet de schuld van die persoon.
safe-not-yours-laugh = Meelachen zodat ik erbij hoor
safe-not-yours-laugh-reason = Meelachen doet de persoon nog meer pijn. Jij kunt degene zijn die het stopt.
