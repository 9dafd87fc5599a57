# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Use the tile names of robot.ftl:
# Framåt, Sväng vänster, Sväng höger, Tänd, Upprepa, Upprepa tills klart, Om, Om … annars,
# Hjälpare 1, Hjälpare 2; the main program is "huvudprogrammet".

world-robot-road = Robotvägen
world-loop-lagoon = Loopsjön
world-helper-hills = Hjälparbackarna
world-choice-canyon = Valkanjonen
world-sensor-springs = Sensorkällorna
world-number-harbour = Sifferhamnen
world-signal-station = Signalstationen
world-bug-bay = Buggbukten

## Robot Road

level-robot-first-steps-title = Första stegen
level-robot-first-steps-instruction = Bygg ett program som tar roboten till flaggan. Tryck sedan på Kör.
level-robot-first-steps-learned = Ett program är en lista med steg. Roboten gör dem ett i taget, i ordning.
level-robot-first-steps-hint-1 = Titta på flaggan. Åt vilket håll är roboten vänd nu?
level-robot-first-steps-hint-2 = Framåt flyttar roboten en ruta. Sväng höger vrider den på stället.
level-robot-first-steps-hint-3 = Börja med: Framåt, Framåt, Sväng höger.

level-robot-turn-left-title = Åt vänster
level-robot-turn-left-instruction = Ta roboten till flaggan. Den här gången måste den svänga åt vänster.
level-robot-turn-left-learned = Sväng vänster och Sväng höger ändrar åt vilket håll roboten är vänd. De flyttar den inte.
level-robot-turn-left-hint-1 = Roboten är vänd uppåt. Var svänger vägen?
level-robot-turn-left-hint-2 = Efter Sväng vänster kör roboten åt det nya hållet med Framåt.
level-robot-turn-left-hint-3 = Börja med: Framåt, Framåt, Sväng vänster.

level-robot-zigzag-title = Sicksacktrappan
level-robot-zigzag-instruction = Kör nerför trappan till flaggan. Vägen svänger efter varje trappsteg.
level-robot-zigzag-learned = En lång väg är bara små steg och svängar, en efter en.
level-robot-zigzag-hint-1 = Följ vägen med fingret. Räkna svängarna.
level-robot-zigzag-hint-2 = Sväng höger för att köra nedåt. Sväng vänster för att köra åt sidan igen.
level-robot-zigzag-hint-3 = Börja med: Framåt, Sväng höger, Framåt, Sväng vänster.

level-robot-around-rocks-title = Runt väggen
level-robot-around-rocks-instruction = En vägg står i vägen. Kör runt den för att nå flaggan.
level-robot-around-rocks-learned = När vägen är blockerad kan du planera en väg runt hindret.
level-robot-around-rocks-hint-1 = Roboten kan inte köra rakt till flaggan. Var går vägen runt?
level-robot-around-rocks-hint-2 = Kör uppåt först, sedan åt sidan, sedan nedåt.
level-robot-around-rocks-hint-3 = Börja med: Framåt, Framåt, Sväng höger.

level-robot-fix-the-path-title = Laga vägen
level-robot-fix-the-path-instruction = Det här programmet har en bugg: roboten kör in i en vägg. Titta med Steg och laga sedan programmet.
level-robot-fix-the-path-learned = En bugg är ett fel i ett program. Ett block för mycket kan skicka in roboten i en vägg. Ta bort det, så fungerar programmet.
level-robot-fix-the-path-hint-1 = Tryck på Steg för att köra ett block i taget. Var kör roboten in i väggen?
level-robot-fix-the-path-hint-2 = Roboten kör en ruta för långt innan den svänger. Ett block är för mycket.
level-robot-fix-the-path-hint-3 = Blocket som är för mycket kommer före den första svängen.

level-robot-first-lamp-title = Tänd lampan
level-robot-first-lamp-instruction = Kör till lampan. Använd sedan blocket Tänd för att tända den.
level-robot-first-lamp-learned = Tänd fungerar bara när roboten står på en lampa.
level-robot-first-lamp-hint-1 = Hur många rutor bort är lampan?
level-robot-first-lamp-hint-2 = Först måste roboten stå på lampan. Sedan tänder blocket Tänd den.
level-robot-first-lamp-hint-3 = Lampan är tre rutor framför roboten.

level-robot-two-lamps-title = Två lampor
level-robot-two-lamps-instruction = Tänd båda lamporna. Det finns ingen flagga: jobbet är klart när alla lampor lyser.
level-robot-two-lamps-learned = Roboten kan göra ett jobb på vägen: stanna, tända lampan och sedan köra vidare.
level-robot-two-lamps-hint-1 = Du passerar den första lampan på väg till den andra.
level-robot-two-lamps-hint-2 = Lägg Tänd direkt efter blocket som tar roboten till en lampa.
level-robot-two-lamps-hint-3 = Börja med: Framåt, Framåt, Tänd.

level-robot-lamps-and-flag-title = Lampor och en flagga
level-robot-lamps-and-flag-instruction = Tänd båda lamporna. Kör sedan till flaggan.
level-robot-lamps-and-flag-learned = Ett jobb kan ha flera delar. Roboten måste klara alla.
level-robot-lamps-and-flag-hint-1 = Flaggan räknas bara när alla lampor lyser.
level-robot-lamps-and-flag-hint-2 = Planera en väg som går över båda lamporna innan den når flaggan.
level-robot-lamps-and-flag-hint-3 = Börja med: Framåt, Tänd, Sväng höger.

level-robot-turn-around-title = Vänd om
level-robot-turn-around-instruction = Tänd lampan. Vänd sedan om och kör till flaggan.
level-robot-turn-around-learned = Två svängar åt samma håll gör att roboten blir vänd tillbaka åt det håll den kom ifrån.
level-robot-turn-around-hint-1 = Lampan och flaggan är på olika sidor om roboten.
level-robot-turn-around-hint-2 = För att vända om använder du två svängar: Sväng vänster, Sväng vänster.
level-robot-turn-around-hint-3 = Börja med: Framåt, Framåt, Tänd.

level-robot-long-road-title = Den långa vägen runt
level-robot-long-road-instruction = Tänd båda lamporna och sluta på flaggan. Vilken väg runt är kortast?
level-robot-long-road-learned = Det kan finnas mer än en väg. Tänk först och välj sedan den kortaste.
level-robot-long-road-hint-1 = Rakt nedåt når du flaggan, men då är lamporna fortfarande släckta.
level-robot-long-road-hint-2 = Kör längs överkanten först, sedan nedåt, sedan tillbaka längs nederkanten.
level-robot-long-road-hint-3 = Börja med: Framåt, Tänd, Framåt, Sväng höger.

## Loop Lagoon

level-loop-first-loop-title = Första loopen
level-loop-first-loop-instruction = Kör till flaggan. Ditt program får bara ha 3 block, så använd blocket Upprepa.
level-loop-first-loop-learned = Ett Upprepa-block kör blocken inuti det om och om igen. En loop kan göra jobbet för många block.
level-loop-first-loop-hint-1 = Räkna rutorna mellan roboten och flaggan.
level-loop-first-loop-hint-2 = Lägg Framåt i ett Upprepa-block. Tryck sedan på Fler gånger för att ställa in talet.
level-loop-first-loop-hint-3 = Framåt ska in i loopen. Ställ in talet på antalet rutor du räknade.

level-loop-lamp-row-title = En rad lampor
level-loop-lamp-row-instruction = Tänd alla fem lamporna. Ditt program får bara ha 5 block, så använd en loop.
level-loop-lamp-row-learned = En loop kan upprepa mer än ett block. Här upprepar den ett steg och en tändning.
level-loop-lamp-row-hint-1 = Varje lampa ligger bara en ruta efter den förra.
level-loop-lamp-row-hint-2 = Lägg två block i en Upprepa. Loopen gör båda, om och om igen.
level-loop-lamp-row-hint-3 = I loopen: Framåt, sedan Tänd. Hur många gånger?

level-loop-corner-title = Runt hörnet
level-loop-corner-instruction = Nå flaggan. Använd en loop för varje lång väg, med en sväng emellan.
level-loop-corner-learned = Ett program kan ha flera loopar, en efter en.
level-loop-corner-hint-1 = Vägen har två långa raka delar.
level-loop-corner-hint-2 = Först en loop för vägen överst. Sedan Sväng höger. Sedan en loop för vägen nedåt.
level-loop-corner-hint-3 = Börja med: Upprepa 4 gånger, med Framåt inuti. Sedan Sväng höger.

level-loop-stairs-title = Looptrappan
level-loop-stairs-instruction = Klättra uppför trappan till flaggan. Hitta delen som kommer igen.
level-loop-stairs-learned = När ett mönster kommer igen bygger du det en gång i en loop. Loopen gör resten.
level-loop-stairs-hint-1 = Titta på ett trappsteg. Vad gör roboten på det?
level-loop-stairs-hint-2 = En loop kan också innehålla svängar. Lägg ett trappsteg i en Upprepa.
level-loop-stairs-hint-3 = Ett trappsteg är: Framåt, Sväng vänster, Framåt, Sväng höger.

level-loop-square-title = En fyrkant med lampor
level-loop-square-instruction = Tänd de tre lamporna i hörnen. Använd en loop.
level-loop-square-learned = En loop med en sväng inuti kan ta roboten runt en fyrkant.
level-loop-square-hint-1 = Varje sida av fyrkanten ser likadan ut.
level-loop-square-hint-2 = Lägg blocken för en sida och ett hörn i en Upprepa.
level-loop-square-hint-3 = En sida är: Framåt, Framåt, Tänd, Sväng höger.

level-loop-fix-the-loop-title = Laga loopen
level-loop-fix-the-loop-instruction = Den här loopen ska tända alla tre lamporna. Efter den första lampan kör roboten in i en vägg. Laga loopen.
level-loop-fix-the-loop-learned = En loop gör samma block varje varv. Därför måste roboten i slutet av varje varv vara vänd åt samma håll som när varvet började.
level-loop-fix-the-loop-hint-1 = Tryck på Steg. Åt vilket håll är roboten vänd när loopen börjar om?
level-loop-fix-the-loop-hint-2 = I slutet av varje varv måste roboten vara vänd åt samma håll som i början.
level-loop-fix-the-loop-hint-3 = En sväng saknas i slutet av loopen.

level-loop-in-a-loop-title = Loop i en loop
level-loop-in-a-loop-instruction = Tänd alla lampor runt fyrkanten. Lägg en loop inuti en annan loop.
level-loop-in-a-loop-learned = En loop kan ligga inuti en annan loop. Varje gång den yttre loopen kör ett varv, kör den inre loopen alla sina varv.
level-loop-in-a-loop-hint-1 = Titta på en sida: tre lampor i rad, sedan ett hörn.
level-loop-in-a-loop-hint-2 = Den inre loopen tänder en sida. Den yttre loopen gör det för varje sida.
level-loop-in-a-loop-hint-3 = Den inre loopen: Upprepa 3 gånger, med Framåt och Tänd inuti.

level-loop-lamp-stairs-title = Lamptrappan
level-loop-lamp-stairs-instruction = Kör nerför trappan och tänd lampan på varje trappsteg.
level-loop-lamp-stairs-learned = En loop kan köra, svänga och göra ett jobb. Varje varv gör den ett helt trappsteg.
level-loop-lamp-stairs-hint-1 = Vad gör roboten på ett trappsteg? Titta var lampan är.
level-loop-lamp-stairs-hint-2 = Hitta blocken för ett trappsteg, med Tänd på rätt ställe. Låt sedan en loop köra dem om och om igen.
level-loop-lamp-stairs-hint-3 = Ett trappsteg börjar med: Framåt, Sväng höger, Framåt.

level-loop-big-ring-title = Den stora ringen
level-loop-big-ring-instruction = Tänd lamporna i hörnen av den stora ringen. Sidorna är långa, så använd en loop i en loop.
level-loop-big-ring-learned = Den inre loopen kan köra en lång sida. Den yttre loopen gör sida, sväng och tändning igen för varje hörn.
level-loop-big-ring-hint-1 = Från ett hörn till nästa är det fyra rutor.
level-loop-big-ring-hint-2 = Den inre loopen kör en sida. Den yttre loopen lägger till svängen och tändningen, en gång för varje hörn.
level-loop-big-ring-hint-3 = Den inre loopen: Upprepa 4 gånger, med Framåt inuti.

level-choice-until-goal-title = Tills klart
level-choice-until-goal-instruction = Nå flaggan. Använd Upprepa tills klart: det fortsätter tills jobbet är gjort.
level-choice-until-goal-learned = Upprepa tills klart kör sina block om och om igen och slutar när jobbet är gjort. Du behöver inte räkna.
level-choice-until-goal-hint-1 = Hur långt bort är flaggan? Den här gången behöver du inte veta det.
level-choice-until-goal-hint-2 = Upprepa tills klart kör blocken inuti om och om igen, tills roboten står på flaggan.
level-choice-until-goal-hint-3 = Framåt ska in i loopen. Det finns inget tal att ställa in.

## Helper Hills

level-helper-first-helper-title = Din första hjälpare
level-helper-first-helper-instruction = Tänd de tre lamporna. Bygg blocken för en lampa i Hjälpare 1. Använd sedan blocket Hjälpare 1 i huvudprogrammet.
level-helper-first-helper-learned = En hjälpare är en lista med block som har ett namn. Dess block anropar hjälparen: den kör hela listan, så ofta du vill.
level-helper-first-helper-hint-1 = Lamporna står i hörnen. Vad gör roboten för att nå en lampa?
level-helper-first-helper-hint-2 = Bygg blocken för en lampa i Hjälpare 1. Lägg blocket Hjälpare 1 i huvudprogrammet, en gång för varje lampa.
level-helper-first-helper-hint-3 = Hjälpare 1 kan vara: Framåt, Framåt, Tänd, Sväng höger.

level-helper-zigzag-title = Hjälpare och svängar
level-helper-zigzag-instruction = Tänd de tre lamporna. Låt Hjälpare 1 köra och tända. Huvudprogrammet gör svängarna.
level-helper-zigzag-learned = Huvudprogrammet kan blanda hjälparblock med andra block.
level-helper-zigzag-hint-1 = Mellan lamporna svänger vägen. Svänger den åt samma håll varje gång?
level-helper-zigzag-hint-2 = Den raka delen är likadan varje gång, så lägg den i Hjälpare 1. Lägg svängarna i huvudprogrammet.
level-helper-zigzag-hint-3 = Hjälpare 1: Framåt, Framåt, Framåt, Tänd.

level-helper-lamp-stairs-title = Hjälpartrappan
level-helper-lamp-stairs-instruction = Klättra uppför trappan och tänd lampan på varje trappsteg. Använd Hjälpare 1.
level-helper-lamp-stairs-learned = En hjälpare kan innehålla ett större mönster, med körning, svängar och tändning.
level-helper-lamp-stairs-hint-1 = Titta på ett trappsteg. Var är dess lampa?
level-helper-lamp-stairs-hint-2 = Lägg ett helt trappsteg i Hjälpare 1. Använd sedan Hjälpare 1 en gång för varje trappsteg.
level-helper-lamp-stairs-hint-3 = Ett trappsteg börjar med: Framåt, Sväng vänster, Framåt.

level-helper-call-itself-title = En hjälpare som loopar
level-helper-call-itself-instruction = Klättra uppför den långa trappan till flaggan. Huvudprogrammet får bara ha 3 block. Kan Hjälpare 1 anropa sig själv och fortsätta, som Upprepa tills klart?
level-helper-call-itself-learned = En hjälpare kan anropa sig själv i slutet. Då börjar den om, som en loop, tills jobbet är klart.
level-helper-call-itself-hint-1 = Det finns fler trappsteg än huvudprogrammet har plats för.
level-helper-call-itself-hint-2 = Lägg blocket Hjälpare 1 sist, inuti Hjälpare 1. Då körs Hjälpare 1 om och om igen.
level-helper-call-itself-hint-3 = Hjälpare 1 börjar med: Framåt, Sväng vänster, Framåt, Sväng höger.

level-helper-round-and-round-title = Runt, runt
level-helper-round-and-round-instruction = Tänd alla fyra lamporna. Låt Hjälpare 1 gå runt genom att anropa sig själv.
level-helper-round-and-round-learned = En hjälpare som anropar sig själv fortsätter tills alla lampor lyser.
level-helper-round-and-round-hint-1 = Varje sida har en lampa, i mitten.
level-helper-round-and-round-hint-2 = För en sida: kör, tänd, kör, sväng. Sedan börjar Hjälpare 1 om av sig själv.
level-helper-round-and-round-hint-3 = Hjälpare 1 börjar med: Framåt, Tänd, Framåt.

level-helper-fix-the-helper-title = Hjälparen som stannar
level-helper-fix-the-helper-instruction = Hjälpare 1 ska köra runt fyrkanten och tända alla tre lamporna, men den stannar efter den första. Laga Hjälpare 1.
level-helper-fix-the-helper-learned = En hjälpare som ska fortsätta anropar sig själv i slutet. Utan det anropet körs den en gång och stannar.
level-helper-fix-the-helper-hint-1 = Tryck på Steg. Vad händer när Hjälpare 1 kommer till sitt slut?
level-helper-fix-the-helper-hint-2 = Huvudprogrammet anropar Hjälpare 1 bara en gång. Hur kan Hjälpare 1 starta sig själv igen?
level-helper-fix-the-helper-hint-3 = Något saknas i slutet av Hjälpare 1.

level-helper-second-helper-title = Två hjälpare
level-helper-second-helper-instruction = Tänd alla lampor runt fyrkanten. Hjälpare 1 kan anropa Hjälpare 2. För tre stjärnor anropar Hjälpare 1 också sig själv.
level-helper-second-helper-learned = En hjälpare kan anropa en annan hjälpare. Små delar bygger större delar.
level-helper-second-helper-hint-1 = Vilket är det minsta mönstret? Titta på en lampa.
level-helper-second-helper-hint-2 = Lägg det minsta mönstret i Hjälpare 2. Hjälpare 1 anropar den för en sida, svänger och anropar sedan sig själv.
level-helper-second-helper-hint-3 = Hjälpare 2: Framåt, Tänd.

level-helper-walk-then-loop-title = Kör först, loopa sedan
level-helper-walk-then-loop-instruction = Kör till trappan först. Låt sedan Hjälpare 1 klättra uppför den och tända alla lampor: den anropar sig själv i slutet.
level-helper-walk-then-loop-learned = Huvudprogrammet kan göra den första delen av ett jobb och sedan lämna resten till en hjälpare.
level-helper-walk-then-loop-hint-1 = Trappan börjar inte där roboten står. Den första lampan är tre rutor bort.
level-helper-walk-then-loop-hint-2 = Använd huvudprogrammet för att köra fram till trappan. Anropa sedan Hjälpare 1: den klättrar ett trappsteg, tänder lampan och anropar sig själv.
level-helper-walk-then-loop-hint-3 = Huvudprogrammet: Framåt, Framåt, Hjälpare 1.

level-helper-big-ring-title = Hjälpare går runt
level-helper-big-ring-instruction = Tänd de tre lamporna runt fyrkanten. Det finns inget block Sväng vänster: bygg ett i en hjälpare. Huvudprogrammet har bara plats för ett block, så en hjälpare måste anropa sig själv.
level-helper-big-ring-learned = En hjälpare kan vara ett block du inte har: tre Sväng höger blir en Sväng vänster.
level-helper-big-ring-hint-1 = Vägen svänger åt vänster i varje hörn, men du har bara Sväng höger.
level-helper-big-ring-hint-2 = Efter tre Sväng höger är roboten vänd åt samma håll som efter en Sväng vänster. Lägg dem i en egen hjälpare.
level-helper-big-ring-hint-3 = En hjälpare kan vara: Sväng höger, Sväng höger, Sväng höger.

## Choice Canyon

level-choice-first-if-title = Rött betyder sväng
level-choice-first-if-instruction = Varje röd ruta betyder: sväng åt vänster här. Använd ett Om-block för att kolla efter rött.
level-choice-first-if-learned = Ett Om-block ställer en fråga. Blocken inuti körs bara när svaret är ja.
level-choice-first-if-hint-1 = Var svänger vägen? Vilken färg har de rutorna?
level-choice-first-if-hint-2 = ”Om på rött” kör sina block bara när roboten står på en röd ruta.
level-choice-first-if-hint-3 = I Upprepa tills klart: Framåt, sedan Om på rött.

level-choice-green-lamps-title = Grönt före en lampa
level-choice-green-lamps-instruction = En grön ruta betyder att nästa ruta har en lampa. Tänd alla lampor.
level-choice-green-lamps-learned = En kontroll kan berätta för roboten vad som kommer, så att den kan förbereda sig.
level-choice-green-lamps-hint-1 = Titta på rutan precis före varje lampa.
level-choice-green-lamps-hint-2 = När roboten står på grönt kan den köra upp på lampan och tända den.
level-choice-green-lamps-hint-3 = I Upprepa tills klart: Framåt, sedan Om på grönt.

level-choice-path-right-title = Titta åt höger
level-choice-path-right-instruction = Roboten kan kolla vägen. Sväng åt höger överallt där det är fritt till höger.
level-choice-path-right-learned = Roboten kan känna av väggar. ”Fritt till höger” är ja när rutan till höger om den är fri.
level-choice-path-right-hint-1 = I varje hörn går vägen åt höger.
level-choice-path-right-hint-2 = ”Om fritt till höger” tittar på rutan till höger om roboten.
level-choice-path-right-hint-3 = I Upprepa tills klart: Framåt, sedan Om fritt till höger.

level-choice-fix-the-check-title = För många svängar
level-choice-fix-the-check-instruction = Blått betyder sväng åt höger. Men den här roboten svänger på varje ruta och kör in i en vägg. Laga programmet.
level-choice-fix-the-check-learned = Blocken i ett Om körs bara när svaret är ja. Ett block efter Om-blocket körs varje gång.
level-choice-fix-the-check-hint-1 = Tryck på Steg. Svänger roboten på en ruta som inte är blå?
level-choice-fix-the-check-hint-2 = Vilken sväng ligger i Om-blocket? Vilken körs varje gång?
level-choice-fix-the-check-hint-3 = Titta på det sista blocket i loopen.

level-choice-if-else-title = Om eller annars
level-choice-if-else-instruction = Kör vidare när det är fritt framför. Annars svänger du åt höger. Se upp för de små sidovägarna!
level-choice-if-else-learned = Om … annars väljer ett av två sätt: den första delen när svaret är ja, annars-delen när det är nej.
level-choice-if-else-hint-1 = De små sidovägarna leder ingenstans. Sväng bara när det är en vägg framför.
level-choice-if-else-hint-2 = Om … annars har två delar. Den första delen körs vid ja. Annars-delen körs vid nej.
level-choice-if-else-hint-3 = I Upprepa tills klart, använd Om fritt framför, med Framåt i den första delen.

level-choice-colours-title = Rött och blått
level-choice-colours-instruction = Rött betyder sväng åt vänster. Blått betyder sväng åt höger. Använd två Om-block.
level-choice-colours-learned = Ett program kan ställa mer än en fråga. Varje Om-block ställer sin egen.
level-choice-colours-hint-1 = Titta på färgerna på rutorna där vägen svänger.
level-choice-colours-hint-2 = Lägg två Om-block i loopen: ett frågar efter rött, ett frågar efter blått.
level-choice-colours-hint-3 = I Upprepa tills klart, börja med Framåt. Sedan Om på rött, med Sväng vänster inuti.

level-choice-corner-lamps-title = Tänd eller sväng
level-choice-corner-lamps-instruction = Varje ruta på den här vägen är en lampa eller röd. På rött svänger du åt vänster. På alla andra rutor tänder du lampan.
level-choice-corner-lamps-learned = Om … annars kan också fråga efter en färg: den första delen körs på rött, annars-delen på alla andra rutor.
level-choice-corner-lamps-hint-1 = Vilka rutor har ingen lampa? Vad gör roboten där?
level-choice-corner-lamps-hint-2 = Ett Om … annars kan göra båda jobben: en del för de röda rutorna, annars-delen för lamporna.
level-choice-corner-lamps-hint-3 = I Upprepa tills klart: Framåt, sedan Om på rött, med Sväng vänster i den första delen.

level-choice-two-rules-title = Två regler
level-choice-two-rules-instruction = Rött betyder sväng åt vänster. En vägg framför betyder sväng åt höger. Använd ett Om för den ena regeln och ett Om … annars för den andra.
level-choice-two-rules-learned = Ett program kan blanda Om och Om … annars. Varje block ställer sin egen fråga, en efter en.
level-choice-two-rules-hint-1 = Vissa vägar fortsätter förbi en röd ruta, men de leder ingenstans. På rött svänger du åt vänster.
level-choice-two-rules-hint-2 = Ställ två frågor varje varv: står jag på rött? Är det fritt framför?
level-choice-two-rules-hint-3 = I Upprepa tills klart, börja med Framåt. Sedan Om på rött, med Sväng vänster inuti.

level-choice-red-means-left-title = Vägkorset i kanjonen
level-choice-red-means-left-instruction = Kör vidare medan det är fritt framför. Vid en vägg tittar du på rutan: på rött svänger du åt vänster, på alla andra rutor åt höger.
level-choice-red-means-left-learned = Ett Om kan ligga inuti ett annat Om. Roboten ställer en fråga, och sedan kanske en till.
level-choice-red-means-left-hint-1 = Röda rutor spelar bara roll vid en vägg. På en öppen väg kör du över dem. En väg går runt i en cirkel!
level-choice-red-means-left-hint-2 = Fråga först: är det fritt framför? Bara när det inte är det frågar du: står jag på rött?
level-choice-red-means-left-hint-3 = I Upprepa tills klart, använd Om fritt framför … annars, med Framåt i den första delen.

## Bug Bay

level-bug-wrong-turn-title = Fel håll
level-bug-wrong-turn-instruction = Det här programmet ska ta roboten till flaggan, men roboten kör in i en vägg. Hitta det felaktiga blocket och laga det.
level-bug-wrong-turn-learned = Att felsöka betyder att hitta steget som blir fel och laga just det steget.
level-bug-wrong-turn-hint-1 = Tryck på Steg för att köra ett block i taget. Var blir det fel?
level-bug-wrong-turn-hint-2 = En bugg är ofta bara ett felaktigt block. Byt ut det mot rätt block.
level-bug-wrong-turn-hint-3 = Titta på svängen. Ska roboten svänga åt vänster eller åt höger?

level-bug-missing-step-title = Ett steg saknas
level-bug-missing-step-instruction = Roboten försöker tända en lampa där det inte finns någon. Hitta det som saknas.
level-bug-missing-step-learned = Ibland är en bugg ett block som saknas. Räkna rutorna för att kolla.
level-bug-missing-step-hint-1 = Vilken lampa förblir släckt?
level-bug-missing-step-hint-2 = Räkna rutorna från hörnet till den andra lampan. Räkna Framåt-blocken också.
level-bug-missing-step-hint-3 = Blocket som saknas hör hemma direkt efter Sväng höger. Vilket block flyttar roboten?

level-bug-loop-count-title = Räkna igen
level-bug-loop-count-instruction = Roboten kör in i en vägg. Kolla hur många gånger varje loop upprepar, och laga det.
level-bug-loop-count-learned = En loop som upprepar en gång för mycket, eller en gång för lite, är en mycket vanlig bugg.
level-bug-loop-count-hint-1 = Titta på den första loopen. Var kör roboten in i väggen?
level-bug-loop-count-hint-2 = Räkna rutorna före hörnet. Loopen ska upprepa så många gånger.
level-bug-loop-count-hint-3 = Ändra talet i den första loopen.

level-bug-forgot-light-title = Släckt
level-bug-forgot-light-instruction = Roboten kör runt fyrkanten, men ingen lampa tänds. Laga loopen.
level-bug-forgot-light-learned = Händer något aldrig? Kolla då om ett block saknas i loopen.
level-bug-forgot-light-hint-1 = Vilket block tänder en lampa? Finns det i programmet?
level-bug-forgot-light-hint-2 = Ett block som du lägger i en loop körs varje varv.
level-bug-forgot-light-hint-3 = Blocket som saknas ska in i loopen. Roboten står på en lampa efter de två Framåt-blocken.

level-bug-helper-turn-title = Bugg i hjälparen
level-bug-helper-turn-instruction = Hjälpare 1 har en bugg. Huvudprogrammet anropar den tre gånger, så buggen händer varje gång. Laga den en gång.
level-bug-helper-turn-learned = När du lagar en hjälpare lagar du alla ställen som anropar den.
level-bug-helper-turn-hint-1 = Tryck på Steg. Vad händer efter den första lampan?
level-bug-helper-turn-hint-2 = I varje hörn av den här fyrkanten går vägen åt höger.
level-bug-helper-turn-hint-3 = Titta på det sista blocket i Hjälpare 1.

level-bug-wrong-side-title = Fel sida
level-bug-wrong-side-instruction = Vägen svänger alltid åt höger, men roboten kör in i en vägg. Om-blocket ställer fel fråga. Laga det.
level-bug-wrong-side-learned = Ett Om som ställer fel fråga kan få hela programmet att gå fel.
level-bug-wrong-side-hint-1 = Åt vilket håll svänger vägen? Åt vilken sida tittar Om-blocket?
level-bug-wrong-side-hint-2 = Tryck på Om-blocket i programmet. Tryck sedan på Ändra frågan.
level-bug-wrong-side-hint-3 = Om-blocket tittar åt ena sidan, vägen svänger åt den andra.

level-bug-two-mistakes-title = Två buggar
level-bug-two-mistakes-instruction = Det här programmet har två buggar. Hitta båda, så att roboten klättrar uppför trappan till flaggan.
level-bug-two-mistakes-learned = Ett program kan ha mer än en bugg. Laga en, kör igen och laga sedan nästa.
level-bug-two-mistakes-hint-1 = Titta på trappans första trappsteg. Var går roboten fel?
level-bug-two-mistakes-hint-2 = En bugg är en sväng. Den andra buggen är hur många gånger loopen upprepar.
level-bug-two-mistakes-hint-3 = På varje trappsteg kör roboten uppåt och svänger sedan tillbaka, så att den är vänd åt det håll den körde. Kolla den svängen och räkna sedan trappstegen.

level-bug-mixed-colours-title = Blandade färger
level-bug-mixed-colours-instruction = Rött ska betyda sväng åt vänster, och blått sväng åt höger. Någon har blandat ihop dem. Laga programmet.
level-bug-mixed-colours-learned = Testa ditt program, se var det gör något du inte ville, och laga just det.
level-bug-mixed-colours-hint-1 = Vad gör roboten på den första blå rutan?
level-bug-mixed-colours-hint-2 = Varje Om frågar efter rätt färg men gör fel sväng.
level-bug-mixed-colours-hint-3 = Byt svängen i varje Om.
