# Sensor Springs: Repeat while asks its question before every round; the logic words
# inte, och, eller join or turn questions around. Use the tile names of robot.ftl.

level-sensor-first-while-title = Långa korridorer
level-sensor-first-while-instruction = Tänd lampan i slutet av de två långa korridorerna. Prova det nya blocket: Upprepa medan.
level-sensor-first-while-learned = Upprepa medan ställer sin fråga före varje varv. Medan svaret är ja kör det sina block igen. När svaret är nej slutar det.
level-sensor-first-while-hint-1 = Hur många rutor lång är varje korridor? Den här gången behöver du inte räkna.
level-sensor-first-while-hint-2 = ”Upprepa medan fritt framför” låter roboten köra vidare tills det är en vägg framför den.
level-sensor-first-while-hint-3 = Använd en Upprepa medan för varje korridor, med Framåt inuti.

level-sensor-blue-stripe-title = Följ det blå
level-sensor-blue-stripe-instruction = Den blå randen leder till en lampa. Tänd den. Se upp: vägen fortsätter förbi lampan!
level-sensor-blue-stripe-learned = Upprepa medan kan också fråga efter en färg. ”Upprepa medan på blått” fortsätter tills roboten kör av de blå rutorna.
level-sensor-blue-stripe-hint-1 = Var slutar den blå randen? Slutar vägen där också?
level-sensor-blue-stripe-hint-2 = ”Fritt framför” skulle ta roboten förbi lampan, ända fram till väggen. Fråga efter färgen i stället.
level-sensor-blue-stripe-hint-3 = Roboten börjar på en grå ruta. Kör först upp på randen, använd sedan Upprepa medan på blått.

level-sensor-three-stripes-title = Tre ränder
level-sensor-three-stripes-instruction = Tänd alla tre lamporna. Varje blå rand leder till en lampa, och varje rand har en egen längd.
level-sensor-three-stripes-learned = En Upprepa medan kan ligga inuti en Upprepa. I varje varv kör den inre loopen tills dess svar är nej.
level-sensor-three-stripes-hint-1 = Vad gör roboten för en rand? Är det likadant för de andra två?
level-sensor-three-stripes-hint-2 = För varje rand: kör upp på den, kör medan du är på blått, tänd lampan. Gör det tre gånger.
level-sensor-three-stripes-hint-3 = Lägg Upprepa medan på blått inuti Upprepa 3 gånger.

level-sensor-stop-on-red-title = Stanna på rött
level-sensor-stop-on-red-instruction = Nå flaggan. Den ligger precis bredvid den röda rutan.
level-sensor-stop-on-red-learned = ”inte” vänder på en fråga. ”Upprepa medan inte på rött” fortsätter tills roboten står på rött.
level-sensor-stop-on-red-hint-1 = Det finns ingen vägg vid den röda rutan. Vad kan roboten kolla där?
level-sensor-stop-on-red-hint-2 = Tryck på ”Ändra inte / och / eller” för att sätta ”inte” framför en fråga. ”Inte på rött” är ja på varje ruta som inte är röd.
level-sensor-stop-on-red-hint-3 = Börja med Upprepa medan inte på rött, med Framåt inuti. Vänd sedan mot flaggan.

level-sensor-fix-the-while-title = Varv på varv
level-sensor-fix-the-while-instruction = Röda rutor markerar hörnen: sväng åt höger på var och en av dem. Men den här roboten kör runt i en pytteliten fyrkant. Laga programmet.
level-sensor-fix-the-while-learned = Blocken inuti Upprepa medan körs varje varv. En sväng som hör hemma efter loopen måste ligga efter den, inte inuti.
level-sensor-fix-the-while-hint-1 = Tryck på Steg. När svänger roboten? Står den på rött då?
level-sensor-fix-the-while-hint-2 = Roboten ska svänga när den står på rött, inte efter varje steg.
level-sensor-fix-the-while-hint-3 = Titta på blocken inuti Upprepa medan.

level-sensor-side-roads-title = Sidovägar
level-sensor-side-roads-instruction = En lampa står överallt där en sidoväg börjar, till vänster eller till höger. Tänd alla lampor.
level-sensor-side-roads-learned = ”eller” binder ihop två frågor. ”Fritt till vänster eller fritt till höger” är ja när en av dem är ja, eller båda.
level-sensor-side-roads-hint-1 = Titta på rutorna med lampor. Vad finns bredvid var och en av dem?
level-sensor-side-roads-hint-2 = Ett Om kan ställa två frågor samtidigt, ihopbundna med ”eller”.
level-sensor-side-roads-hint-3 = Använd Upprepa medan fritt framför, och börja den med Framåt.

level-sensor-blue-and-free-title = Ränder och väggar
level-sensor-blue-and-free-instruction = Följ de tre blå ränderna till flaggan. Vissa ränder slutar vid en vägg. Andra tar bara slut mitt på en öppen väg.
level-sensor-blue-and-free-learned = Också ”och” binder ihop två frågor. ”Fritt framför och på blått” är ja bara när båda är ja.
level-sensor-blue-and-free-hint-1 = Var slutar varje rand? Var skulle roboten köra in i en vägg?
level-sensor-blue-and-free-hint-2 = Fortsätt köra medan två saker stämmer: det är fritt framför, och roboten är på blått.
level-sensor-blue-and-free-hint-3 = Varje varv av Upprepa gör samma sak: kör upp på en rand, kör längs den, sväng åt höger.

level-sensor-spiral-title = Den långa spiralen
level-sensor-spiral-instruction = Kör runt spiralen, hela vägen till flaggan.
level-sensor-spiral-learned = En Upprepa medan kan ligga inuti en annan Upprepa medan. Den yttre loopen behöver inget tal: den ställer sin egen fråga.
level-sensor-spiral-hint-1 = Hur många korridorer har spiralen? Kan Upprepa räkna så högt?
level-sensor-spiral-hint-2 = För varje korridor: kör till väggen, sväng sedan åt höger. Fortsätt med det så länge det är fritt framför.
level-sensor-spiral-hint-3 = Lägg en Upprepa medan inuti en annan Upprepa medan.

level-sensor-painted-corners-title = Målade hörn
level-sensor-painted-corners-instruction = Tänd alla lampor. Hörnen är målade röda eller blå: sväng åt vänster på båda färgerna.
level-sensor-painted-corners-learned = Om … annars kan också ställa en ihopbunden fråga. Med ”på rött eller på blått” körs den första delen på båda färgerna, och annars-delen på alla andra rutor.
level-sensor-painted-corners-hint-1 = Vilka rutor har ingen lampa? Vilka färger har de?
level-sensor-painted-corners-hint-2 = Ett Om … annars räcker: ”på rött eller på blått” för hörnen, annars-delen för lamporna.
level-sensor-painted-corners-hint-3 = I Upprepa tills klart, börja med Framåt.

level-sensor-maze-title = Labyrinten
level-sensor-maze-instruction = Hitta vägen genom labyrinten till flaggan. Använd så få block som du kan.
level-sensor-maze-learned = Håll ena handen på väggen, så tar du dig igenom många labyrinter. Ditt program följer den regeln med en loop i en loop.
level-sensor-maze-hint-1 = Tänk dig att du går genom labyrinten med högra handen hela tiden på väggen.
level-sensor-maze-hint-2 = På varje ruta försöker du först svänga åt höger. Är det en vägg där, försök rakt fram, sedan vänster, sedan tillbaka.
level-sensor-maze-hint-3 = I Upprepa medan fritt framför: Framåt, Sväng höger, sedan en Upprepa medan som frågar ”inte fritt framför”.
