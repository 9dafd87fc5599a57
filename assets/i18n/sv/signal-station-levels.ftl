# Signal Station: events. Name the event part by its title, as pupils see it:
# ”När roboten hamnar på en lampa”, ”När roboten hamnar på rött” (blått, grönt).

## A first event, a colour, the right event

level-signal-first-event-title = Lampor här och där
level-signal-first-event-instruction = Tänd alla lampor och stanna sedan vid flaggan. Huvudprogrammet har bara plats för 3 block, så det klarar det inte ensamt. Prova den nya delen: ”När roboten hamnar på en lampa”.
level-signal-first-event-learned = En händelse är något som händer, som att roboten hamnar på en lampa. Blocken i ”När roboten hamnar på en lampa” körs varje gång det händer. Sedan fortsätter roboten med huvudprogrammet.
level-signal-first-event-hint-1 = Lamporna står inte lika långt ifrån varandra. Måste huvudprogrammet veta var varje lampa är?
level-signal-first-event-hint-2 = Låt huvudprogrammet bara köra till flaggan. Varje gång roboten hamnar på en lampa körs ”När roboten hamnar på en lampa” av sig själv.
level-signal-first-event-hint-3 = Lägg Tänd i ”När roboten hamnar på en lampa”.

level-signal-blue-corners-title = Blå hörn
level-signal-blue-corners-instruction = Kör till flaggan i mitten. De blå rutorna visar var vägen svänger. Huvudprogrammet har bara plats för 3 block.
level-signal-blue-corners-learned = En händelse kan också vara en färg. ”När roboten hamnar på blått” körs varje gång ett Framåt tar roboten till en blå ruta.
level-signal-blue-corners-hint-1 = Åt vilket håll svänger vägen vid varje blå ruta? Är det samma håll varje gång?
level-signal-blue-corners-hint-2 = Huvudprogrammet kör bara vidare. Svängarna hör hemma i ”När roboten hamnar på blått”.
level-signal-blue-corners-hint-3 = Huvudprogrammet är Upprepa tills klart, med Framåt inuti.

level-signal-which-event-title = Vilken färg?
level-signal-which-event-instruction = Kör till flaggan. Vägen svänger åt vänster vid några färgade rutor. Titta noga på färgerna och välj sedan rätt händelse.
level-signal-which-event-learned = ”Ändra händelsen” väljer vad roboten svarar på. Välj den händelse som händer precis där roboten måste göra något.
level-signal-which-event-hint-1 = Var svänger vägen? Vilken färg har de rutorna?
level-signal-which-event-hint-2 = De röda rutorna ligger på raka delar. En sväng där leder in i en återvändsgränd. Tryck på ”Ändra händelsen”.
level-signal-which-event-hint-3 = Lägg Sväng vänster i ”När roboten hamnar på grönt”.

## More in the event part: two tiles, the counter, questions, a helper

level-signal-corner-lamps-title = Lampor i hörnen
level-signal-corner-lamps-instruction = Kör ett varv runt ringen, tänd de fyra lamporna och stanna vid flaggan bakom roboten. Varje lampa står i ett hörn.
level-signal-corner-lamps-learned = En händelsedel kan innehålla mer än ett block. Varje gång händelsen händer körs alla dess block, ett efter ett.
level-signal-corner-lamps-hint-1 = Vad måste roboten göra i varje hörn?
level-signal-corner-lamps-hint-2 = Vid varje lampa finns två jobb: tända lampan och svänga. Båda hör hemma i ”När roboten hamnar på en lampa”.
level-signal-corner-lamps-hint-3 = Lägg Tänd i ”När roboten hamnar på en lampa”. Vad händer mer i ett hörn?

level-signal-count-reds-title = Den tredje röda rutan
level-signal-count-reds-instruction = Nå flaggan. Varje röd ruta har en väg till vänster, men bara den tredje leder till flaggan. Låt roboten räkna de röda rutorna.
level-signal-count-reds-learned = En händelsedel kan också använda räknaren. ”När roboten hamnar på rött” lägger till 1 på varje röd ruta, så huvudprogrammet behöver bara köra.
level-signal-count-reds-hint-1 = De tre röda rutorna ser likadana ut. Hur kan roboten veta vilken som är den tredje?
level-signal-count-reds-hint-2 = Varje gång roboten hamnar på rött lägger du till 1 på räknaren. När räknaren är 3 svänger du åt vänster.
level-signal-count-reds-hint-3 = ”När roboten hamnar på rött” börjar med Räknaren plus 1.

level-signal-winding-road-title = Den slingrande vägen
level-signal-winding-road-instruction = Följ den slingrande vägen, tänd alla lampor och nå flaggan. Lamporna står inte i hörnen.
level-signal-winding-road-learned = Huvudprogrammet och händelsedelen kan göra ett jobb var. Här följer huvudprogrammet vägen, och ”När roboten hamnar på en lampa” tänder lamporna längs vägen.
level-signal-winding-road-hint-1 = Åt vilket håll svänger vägen i varje hörn?
level-signal-winding-road-hint-2 = Huvudprogrammet kör vidare och svänger åt höger överallt där det är fritt till höger. Lamporna är ett jobb för ”När roboten hamnar på en lampa”.
level-signal-winding-road-hint-3 = I huvudprogrammet, i Upprepa tills klart: Framåt, sedan Om fritt till höger.

level-signal-fix-the-event-title = Fel händelse
level-signal-fix-the-event-instruction = På varje blå ruta ska roboten svänga åt det håll vägen går. Men den svänger för tidigt och kör in i en vägg. Laga programmet.
level-signal-fix-the-event-learned = Gör en händelsedel rätt sak vid fel tillfälle? Kolla då dess händelse först. Ett tryck på ”Ändra händelsen” kan laga det.
level-signal-fix-the-event-hint-1 = Tryck på Steg och titta. På vilken ruta svänger roboten första gången?
level-signal-fix-the-event-hint-2 = Blocken i händelsedelen är rätt. De körs bara på fel rutor.
level-signal-fix-the-event-hint-3 = Läs rubriken ovanför Om … annars. Är det det som händer i hörnen?

level-signal-side-steps-title = Sidsteg
level-signal-side-steps-instruction = Nå flaggan. Vid varje röd ruta flyttar sig vägen en ruta åt sidan, till robotens höger. ”När roboten hamnar på rött” har bara plats för 2 block.
level-signal-side-steps-learned = En händelsedel kan anropa en hjälpare, precis som huvudprogrammet. Hjälparens block körs, och sedan fortsätter roboten med huvudprogrammet.
level-signal-side-steps-hint-1 = Vad gör roboten på en röd ruta för att komma till nästa del av vägen?
level-signal-side-steps-hint-2 = Ett sidsteg kräver tre block, men händelsedelen har bara plats för 2. Bygg sidsteget i Hjälpare 1 och anropa den från ”När roboten hamnar på rött”.
level-signal-side-steps-hint-3 = Hjälpare 1 börjar med Sväng höger.
