# The "Kind Corner" world: being kind online, and what to do when someone is not.
# Item texts stay short (about 60 characters). Keep the tone gentle: always say what to
# do, and that telling a trusted adult is good.

world-kind-corner = Snällhörnan

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Säg något snällt
level-kind-reply-instruction = Välj det snällaste svaret varje gång.
level-kind-reply-learned = Snälla ord på nätet får folk att må bra. Fråga dig innan du skriver: hur kommer den andra att känna sig?
level-kind-reply-hint-1 = Tänk dig att du är den andra personen. Vilket svar skulle du vilja få?
level-kind-reply-hint-2 = Ett snällt svar är vänligt, ärligt och handlar om den andra, inte om dig.
level-kind-reply-hint-3 = För Mia: en fråga om hennes teckning visar att du verkligen har tittat.

kind-reply-drawing-prompt = Din kompis Mia lägger upp en teckning hon har gjort av sin katt. Vad skriver du?
kind-reply-drawing-praise = Jag älskar färgerna! Hur ritade du den?
kind-reply-drawing-praise-reason = Snälla och ärliga ord gör Mia glad. En fråga visar att du verkligen har tittat.
kind-reply-drawing-brother = Min lillebror ritar faktiskt bättre än så där.
kind-reply-drawing-brother-reason = Det här skulle såra Mia. Även som skämt får det henne att känna sig dålig över sitt arbete.
kind-reply-drawing-mine = Titta på min teckning i stället!
kind-reply-drawing-mine-reason = Mia ville dela sin teckning. Det här svaret gör det till ett samtal om dig.

kind-reply-game-prompt = I ett onlinespel gör din lagkamrat Leo ett misstag. Ert lag förlorar.
kind-reply-game-blame = Du fick oss att förlora, Leo! Tack så mycket.
kind-reply-game-blame-reason = Alla gör misstag. Att skylla på Leo inför laget får honom att må jättedåligt.
kind-reply-game-kick = Vi kastar ut Leo ur laget.
kind-reply-game-kick-reason = Att utesluta någon för ett enda misstag är elakt. Spel är roligare när alla är välkomna.
kind-reply-game-cheer = Bra försök, Leo! Vi vinner nästa gång.
kind-reply-game-cheer-reason = Ett vänligt ord efter en förlust piggar upp hela laget. Det är bara ett spel.

kind-reply-sad-prompt = Din klasskompis Ava skriver: ”ingen gillar mig i dag”.
kind-reply-sad-drama = Sluta vara så dramatisk.
kind-reply-sad-drama-reason = Ava berättar att hon är ledsen. Det här svaret säger att hennes känslor inte spelar någon roll.
kind-reply-sad-message = Skriv till Ava: ”Jag gillar dig! Vill du prata?”
kind-reply-sad-message-reason = Ett snällt privat meddelande visar Ava att någon bryr sig. Om hon verkar mycket ledsen, berätta också för en vuxen som du litar på.
kind-reply-sad-scroll = Scrolla förbi. Hennes föräldrar löser det säkert.
kind-reply-sad-scroll-reason = Ava kan känna sig ännu mer ensam, och hennes föräldrar vet kanske inte om det. Några snälla ord från dig kan hjälpa mycket.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Snällt
kind-bin-unkind = Elakt

level-kind-comments-title = Snällt eller elakt?
level-kind-comments-instruction = Sortera varje kommentar: är den snäll eller elak?
level-kind-comments-learned = Du kan säga vad du tycker och ändå vara snäll. Elaka kommentarer gör ont, även som skämt.
level-kind-comments-hint-1 = Läs varje kommentar som om någon skrev den till dig.
level-kind-comments-hint-2 = Snälla kommentarer berömmer, hjälper eller säger emot på ett vänligt sätt. Elaka kommentarer retas eller trycker ner andra.
level-kind-comments-hint-3 = Kommentarer om hur någon ser ut eller rör sig är ofta elaka, även när de är menade som skämt.

kind-comments-great-goal = Vilket grymt mål i din video!
kind-comments-great-goal-reason = Beröm för något som någon har gjort bra gör den personen stolt. Det är snällt.
kind-comments-weird-hair = Ditt hår ser så konstigt ut på den här bilden.
kind-comments-weird-hair-reason = Kommentarer om hur någon ser ut kan verkligen såra. Om du inte skulle säga det rakt i ansiktet, skriv det inte.
kind-comments-get-well = Hoppas du mår bättre snart!
kind-comments-get-well-reason = Att önska någon krya på sig visar att du bryr dig. Det är snällt.
kind-comments-nobody-asked = Ingen bad om din åsikt.
kind-comments-nobody-asked-reason = Det här säger åt någon att vara tyst och att hen inte spelar någon roll. Det är elakt.
kind-comments-different-ending = Jag gillade ett annat slut, men berättelsen var kul!
kind-comments-different-ending-reason = Du kan tycka annorlunda och ändå vara snäll. Den här kommentaren är ärlig och vänlig.
kind-comments-penguin = Haha, du springer som en pingvin!
kind-comments-penguin-reason = Att skratta åt hur någon rör sig är att retas. Det kan göra ont, även om du menade det som ett skämt.
kind-comments-thanks-help = Tack för att du hjälpte mig med läxan!
kind-comments-thanks-help-reason = Att säga tack får folk att må bra över att de hjälpte till. Det är snällt.

## Level 3: when someone keeps sending you mean messages (sort: good to do / better not)

level-kind-when-bullied-title = Elaka meddelanden
level-kind-when-bullied-instruction = Någon skickar hela tiden elaka meddelanden till dig. Är det här bra att göra, eller hellre inte?
level-kind-when-bullied-learned = Svara inte, spara bevis, blockera, anmäl och berätta för en vuxen som du litar på, när som helst. Det är aldrig ditt fel.
level-kind-when-bullied-hint-1 = Vilka av de här stoppar meddelandena, sparar bevis eller ger dig hjälp?
level-kind-when-bullied-hint-2 = Bra steg sparar bevis, stoppar meddelandena och ger dig hjälp. Att ge igen eller dölja det hjälper inte.
level-kind-when-bullied-hint-3 = Att berätta för en vuxen som du litar på är alltid rätt, när som helst.

kind-bin-good-step = Bra att göra
kind-bin-not-step = Hellre inte

kind-when-bullied-no-reply = Svara inte på de elaka meddelandena.
kind-when-bullied-no-reply-reason = Elaka meddelanden vill ha en reaktion. Om du inte svarar får de ingenting.
kind-when-bullied-screenshot = Ta skärmbilder som bevis.
kind-when-bullied-screenshot-reason = Bevis visar vad som hände. Ta skärmbilder innan du blockerar: blockering kan dölja meddelandena.
kind-when-bullied-hit-back = Skicka något elakt tillbaka.
kind-when-bullied-hit-back-reason = Det kan göra saken värre, och det ger dem reaktionen de vill ha.
kind-when-bullied-block = Blockera personen.
kind-when-bullied-block-reason = Då slutar de elaka meddelandena komma till dig.
kind-when-bullied-tell = Berätta för en vuxen du litar på och visa meddelandena.
kind-when-bullied-tell-reason = Rätt när som helst: först, sist eller mittemellan. Du behöver aldrig klara det här ensam.
kind-when-bullied-secret = Hålla det hemligt och hoppas att det slutar.
kind-when-bullied-secret-reason = Du behöver inte klara det här ensam. Berätta för en vuxen som du litar på. Det är aldrig ditt fel.
kind-when-bullied-report = Anmäl personen i appen.
kind-when-bullied-report-reason = Appen kan varna eller stoppa personen. Dina skärmbilder hjälper.
kind-when-bullied-delete-all = Radera alla meddelanden direkt.
kind-when-bullied-delete-all-reason = Då försvinner bevisen. Ta skärmbilder först, blockera och anmäl sedan.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Säg ifrån
level-kind-bystander-instruction = Du ser att någon behandlas illa. Välj det bästa du kan göra.
level-kind-bystander-learned = Häng inte på. Var snäll mot personen och berätta för en vuxen som du litar på. Det hjälper mycket.
level-kind-bystander-hint-1 = Tänk på personen som behandlas illa. Vad skulle hjälpa hen?
level-kind-bystander-hint-2 = Att hänga på eller vara tyst hjälper inte. Att vara snäll och skaffa hjälp gör det.
level-kind-bystander-hint-3 = För Finn kan en enkel inbjudan göra hela dagen bättre.

kind-bystander-chat-prompt = I klassens gruppchatt fortsätter några barn att göra narr av Noah.
kind-bystander-chat-join = Skicka också en skrattande emoji.
kind-bystander-chat-join-reason = Även en skrattande emoji är att hänga på. Noah får känslan att alla är emot honom.
kind-bystander-chat-silent = Säga ingenting. En lärare ser det ändå.
kind-bystander-chat-silent-reason = Lärare läser inte alla chattar, och Noah kanske tror att alla håller med. Berätta själv för en vuxen som du litar på.
kind-bystander-chat-support = Stötta Noah och berätta för en vuxen.
kind-bystander-chat-support-reason = Ett snällt meddelande visar Noah att han inte är ensam. En vuxen som du litar på kan hjälpa till att stoppa retandet.

kind-bystander-photo-prompt = Någon delar en fånig bild på din klasskompis Zoe för att skratta åt henne.
kind-bystander-photo-share = Dela den med fler kompisar.
kind-bystander-photo-share-reason = Varje delning sprider bilden längre och sårar Zoe mer. Ingen borde dela en bild på någon för att skratta åt hen.
kind-bystander-photo-stop = Anmäl den och berätta för en vuxen.
kind-bystander-photo-stop-reason = Bilden stannar hos dig. En anmälan kan få den borttagen, och en vuxen kan hjälpa Zoe.
kind-bystander-photo-like = Gilla den, för att alla andra gjorde det.
kind-bystander-photo-like-reason = En gillning säger till avsändaren att bilden är rolig. Det kan få hen att lägga upp fler.

kind-bystander-game-prompt = Några barn stänger medvetet ute Finn från ett onlinespel.
kind-bystander-game-invite = Bjud in Finn att spela med dig.
kind-bystander-game-invite-reason = En enkel inbjudan kan göra Finns dag bättre. Om han fortsätter att stängas ute, berätta för en vuxen som du litar på.
kind-bystander-game-along = Spela utan honom. Deras spel, deras regler.
kind-bystander-game-along-reason = Att stänga ute någon med flit gör ont. Att hänga med får Finn att känna sig ännu mer ensam.
kind-bystander-game-pretend = Låtsas att du inte såg det.
kind-bystander-game-pretend-reason = Att titta bort är lätt, men Finn känner sig fortfarande utanför. En liten snäll handling kan hjälpa honom.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Klasschatten
level-kind-group-chat-instruction = Tryck på varje elakt meddelande i den här klasschatten.
level-kind-group-chat-learned = Att håna, stänga ute, dela bilder utan att fråga och skratta med är elakt. Häng inte på.
level-kind-group-chat-hint-1 = Läs varje meddelande. Hur skulle Sam känna sig när han läser det?
level-kind-group-chat-hint-2 = Elaka meddelanden gör narr av någon, stänger ute någon eller delar någons bild.
level-kind-group-chat-hint-3 = Ben skriver två av de elaka meddelandena.

kind-group-chat-trip = Mia: Vem är redo för skolresan i morgon?
kind-group-chat-trip-reason = En vänlig fråga till hela klassen. Det här meddelandet är okej.
kind-group-chat-bottle = Leo: Jag! Glöm inte vattenflaskan.
kind-group-chat-bottle-reason = En hjälpsam påminnelse till alla. Det här meddelandet är okej.
kind-group-chat-shoes = Ben: Såg ni Sams skor i dag? Så fula lol
kind-group-chat-shoes-reason = Det här gör narr av Sam inför hela klassen. Häng inte på, och var snäll mot Sam.
kind-group-chat-laugh = Max: HAHAHA (fem skrattande emojis)
kind-group-chat-laugh-reason = Att skratta med gör retandet värre. Att hålla sig utanför är redan bättre.
kind-group-chat-homework = Finn: Kan någon skicka läxsidan till mig?
kind-group-chat-homework-reason = Att be om hjälp med läxan är okej. Klasschattar är bra till det.
kind-group-chat-photo = Ben: Kolla! En bild på Sam när han snubblar på skolgården.
kind-group-chat-photo-reason = Sam har inte gått med på att bilden delas. Fråga innan du delar en bild på någon, och berätta för en vuxen om den här.
kind-group-chat-party = Ava: Fest hemma hos mig! Bjud inte Sam.
kind-group-chat-party-reason = Att säga åt alla att stänga ute Sam sårar honom mycket. Ingen borde stängas ute med flit.
kind-group-chat-thanks = Zoe: Sam hjälpte mig med mitt projekt i dag. Tack, Sam!
kind-group-chat-thanks-reason = Att tacka inför klassen är snällt. Det här meddelandet är okej.
