# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Use the tile names of robot.ftl.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = En loop i en hjälpare
level-number-loop-in-helper-instruction = Tänd de tre lamporna i slutet av de långa sidorna. Huvudprogrammet har bara plats för 3 block, och Hjälpare 1 bara för 4.
level-number-loop-in-helper-learned = En hjälpare kan innehålla en loop. Varje gång huvudprogrammet anropar hjälparen börjar dess loop om från början.
level-number-loop-in-helper-hint-1 = De tre sidorna är likadana: lika långa, med en lampa och en sväng i slutet. Vad gör roboten på en sida?
level-number-loop-in-helper-hint-2 = Fyra Framåt-block och en sväng får inte plats i Hjälpare 1. Lägg en Upprepa i hjälparen i stället.
level-number-loop-in-helper-hint-3 = Hjälpare 1: Upprepa 4 gånger med Framåt inuti, sedan Sväng höger.

level-number-round-the-basin-title = Runt bassängen
level-number-round-the-basin-instruction = Tänd alla lampor runt hamnbassängen. Huvudprogrammet har bara plats för ett block, så Hjälpare 1 måste anropa sig själv.
level-number-round-the-basin-learned = En hjälpare kan innehålla en loop och ändå anropa sig själv. Loopen gör en sida, och anropet startar nästa sida.
level-number-round-the-basin-hint-1 = Alla sidor ser likadana ut. Hur många lampor finns det på en sida?
level-number-round-the-basin-hint-2 = En sida är: tre gånger Framåt och Tänd, sedan en sväng. Bygg det i Hjälpare 1 med en loop, och låt Hjälpare 1 anropa sig själv i slutet.
level-number-round-the-basin-hint-3 = Hjälpare 1 börjar med Upprepa 3 gånger, med Framåt och Tänd inuti.

level-number-if-in-helper-title = Röda hörn
level-number-if-in-helper-instruction = Tänd alla lampor längs hamnmuren. På en röd ruta svänger vägen åt vänster. Huvudprogrammet har bara plats för 3 block.
level-number-if-in-helper-learned = En hjälpare kan innehålla ett Om. Varje gång hjälparen körs ställer den sin fråga igen, så en hjälpare passar både raka vägar och hörn.
level-number-if-in-helper-hint-1 = Från en lampa till nästa är det alltid två steg. Ibland är rutan emellan röd.
level-number-if-in-helper-hint-2 = Låt Hjälpare 1 ta roboten från en lampa till nästa. På vägen frågar den: står jag på rött? Huvudprogrammet tänder lampan och fortsätter tills klart.
level-number-if-in-helper-hint-3 = Hjälpare 1 börjar med Framåt, sedan Om på rött.

## Helpers with a number

level-number-walk-n-title = Kör n rutor
level-number-walk-n-instruction = Nå flaggan. Vägens raka delar är olika långa, och huvudprogrammet har bara plats för 5 block. Använd Hjälpare 1 med ett tal.
level-number-walk-n-learned = Du kan ge en hjälpare ett tal när du anropar den. Inuti hjälparen upprepar Upprepa n gånger så många gånger som talet säger.
level-number-walk-n-hint-1 = Räkna rutorna på varje rak del av vägen.
level-number-walk-n-hint-2 = Lägg Framåt i Upprepa n gånger i Hjälpare 1. Då kör Hjälpare 1 med 3 tre rutor, och Hjälpare 1 med 6 sex rutor.
level-number-walk-n-hint-3 = Huvudprogrammet börjar med Hjälpare 1 med 3, sedan Sväng höger.

level-number-spiral-title = Spiralen
level-number-spiral-instruction = Följ spiralen till flaggan i mitten. Varje rak del är en ruta kortare än den förra.
level-number-spiral-learned = Hjälparen är densamma, bara dess tal ändras från anrop till anrop. Huvudprogrammet säger bara hur långt.
level-number-spiral-hint-1 = Hur lång är varje rak del? Vad gör roboten i slutet av varje del?
level-number-spiral-hint-2 = Hjälpare 1 kan köra n rutor och sedan svänga. Huvudprogrammet anropar den fyra gånger, varje gång med ett mindre tal.
level-number-spiral-hint-3 = Hjälpare 1 slutar med Sväng höger.

level-number-lamp-rows-title = Rader av lampor
level-number-lamp-rows-instruction = Tänd raden med 5 lampor och raden med 3 lampor. Huvudprogrammet har bara plats för 3 block.
level-number-lamp-rows-learned = Talet behöver inte räkna steg. Här räknar det lampor: Hjälpare 1 med 5 tänder 5 lampor.
level-number-lamp-rows-hint-1 = För varje lampa kör roboten upp på den och tänder den.
level-number-lamp-rows-hint-2 = Lägg Framåt och Tänd i Upprepa n gånger. Då säger n hur många lampor Hjälpare 1 tänder.
level-number-lamp-rows-hint-3 = Huvudprogrammet: Hjälpare 1 med 5, sedan Sväng höger, sedan ett block till.

## The robot's counter

level-number-third-opening-title = Den tredje avtagsvägen
level-number-third-opening-instruction = Vägen till flaggan är den tredje avtagsvägen till höger. Låt roboten räkna avtagsvägarna den passerar.
level-number-third-opening-learned = Roboten har en räknare som börjar på 0. Räknaren plus 1 lägger till ett, och Om räknaren är 3 frågar hur många gånger det har hänt.
level-number-third-opening-hint-1 = De två första avtagsvägarna till höger leder bara tillbaka till vägen. Bara den tredje går till flaggan.
level-number-third-opening-hint-2 = Varje gång det är fritt till höger lägger du till 1 på räknaren. Sväng åt höger bara när räknaren är 3.
level-number-third-opening-hint-3 = I Upprepa tills klart: Framåt, sedan Om fritt till höger.

level-number-counting-helper-title = En hjälpare som räknar
level-number-counting-helper-instruction = Ta den tredje avtagsvägen till höger för att nå flaggan. Huvudprogrammet har bara plats för 4 block, så Hjälpare 1 måste sköta räknandet.
level-number-counting-helper-learned = Huvudprogrammet och hjälparna delar på en räknare. En hjälpare kan lägga till på den och fråga efter den, och värdet finns kvar när hjälparen är klar.
level-number-counting-helper-hint-1 = Den här gången kör roboten åt vänster, så dess högra sida är brädets överkant.
level-number-counting-helper-hint-2 = Huvudprogrammet kör och frågar: är det fritt till höger? I så fall anropar det Hjälpare 1. Hjälpare 1 räknar och svänger åt höger när räknaren är 3.
level-number-counting-helper-hint-3 = Hjälpare 1 börjar med Räknaren plus 1.

level-number-second-red-title = Den andra röda rutan
level-number-second-red-instruction = Nå flaggan. Sväng åt vänster vid den andra röda rutan, inte vid den första.
level-number-second-red-learned = Räknaren kan räkna allt som roboten kan fråga efter: avtagsvägar, färger och mer.
level-number-second-red-hint-1 = Båda röda rutorna har en väg till vänster. Vilken leder till flaggan?
level-number-second-red-hint-2 = Lägg till 1 på räknaren på varje röd ruta. Sväng åt vänster bara när räknaren är 2.
level-number-second-red-hint-3 = I Upprepa tills klart: Framåt, sedan Om på rött.

level-number-fix-the-count-title = Räkna om
level-number-fix-the-count-instruction = Roboten ska svänga åt vänster vid varannan röd ruta. Den svänger vid den andra, men vid den fjärde kör den rakt in i en vägg. Laga programmet.
level-number-fix-the-count-learned = En räknare fortsätter att växa tills du nollställer den. Sätt räknaren till 0 startar en ny omgång räkning.
level-number-fix-the-count-hint-1 = Tryck på Steg och titta på räknaren bredvid stegnumret. Vad är räknaren på den fjärde röda rutan?
level-number-fix-the-count-hint-2 = Efter den första svängen ska roboten räkna från 0 igen.
level-number-fix-the-count-hint-3 = Titta på vad som händer direkt efter att roboten svänger åt vänster.
