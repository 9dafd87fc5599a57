# Sensor Springs: Repeat while asks its question before every round; the logic words
# niet, en, of join or turn questions around. Use the tile names of robot.ftl.

level-sensor-first-while-title = Lange gangen
level-sensor-first-while-instruction = Doe de lamp aan het eind van de twee lange gangen aan. Probeer het nieuwe blok: Herhaal zolang.
level-sensor-first-while-learned = Herhaal zolang stelt zijn vraag vóór elke ronde. Zolang het antwoord ja is, doet hij zijn blokken opnieuw. Is het antwoord nee, dan stopt hij.
level-sensor-first-while-hint-1 = Hoeveel vakjes lang is elke gang? Deze keer hoef je niet te tellen.
level-sensor-first-while-hint-2 = “Herhaal zolang pad rechtdoor” laat de robot doorrijden tot er een muur voor hem is.
level-sensor-first-while-hint-3 = Gebruik één Herhaal zolang voor elke gang, met Vooruit erin.

level-sensor-blue-stripe-title = Volg het blauw
level-sensor-blue-stripe-instruction = De blauwe streep leidt naar een lamp. Doe hem aan. Pas op: de weg gaat verder na de lamp!
level-sensor-blue-stripe-learned = Herhaal zolang kan ook naar een kleur vragen. “Herhaal zolang op blauw” gaat door tot de robot van de blauwe vakjes af rijdt.
level-sensor-blue-stripe-hint-1 = Waar eindigt de blauwe streep? Eindigt de weg daar ook?
level-sensor-blue-stripe-hint-2 = “Pad rechtdoor” zou de robot voorbij de lamp brengen, helemaal tot de muur. Vraag in plaats daarvan naar de kleur.
level-sensor-blue-stripe-hint-3 = De robot begint op een grijs vakje. Rijd eerst de streep op en gebruik dan Herhaal zolang op blauw.

level-sensor-three-stripes-title = Drie strepen
level-sensor-three-stripes-instruction = Doe alle drie lampen aan. Elke blauwe streep leidt naar een lamp, en elke streep is anders lang.
level-sensor-three-stripes-learned = Een Herhaal zolang kan in een Herhaal zitten. In elke ronde draait de binnenste lus tot zijn antwoord nee is.
level-sensor-three-stripes-hint-1 = Wat doet de robot voor één streep? Is dat voor de andere twee hetzelfde?
level-sensor-three-stripes-hint-2 = Voor elke streep: rijd erop, rijd door zolang je op blauw staat, doe de lamp aan. Doe dat drie keer.
level-sensor-three-stripes-hint-3 = Zet Herhaal zolang op blauw in Herhaal 3 keer.

level-sensor-stop-on-red-title = Stop op rood
level-sensor-stop-on-red-instruction = Ga naar de vlag. Die staat vlak naast het rode vakje.
level-sensor-stop-on-red-learned = “niet” draait een vraag om. “Herhaal zolang niet op rood” gaat door tot de robot op rood staat.
level-sensor-stop-on-red-hint-1 = Bij het rode vakje is geen muur. Waar kan de robot daar naar vragen?
level-sensor-stop-on-red-hint-2 = Tik op “Verander niet / en / of” om “niet” voor een vraag te zetten. “Niet op rood” is ja op elk vakje dat niet rood is.
level-sensor-stop-on-red-hint-3 = Begin met Herhaal zolang niet op rood, met Vooruit erin. Draai dan naar de vlag.

level-sensor-fix-the-while-title = Rondjes draaien
level-sensor-fix-the-while-instruction = Rode vakjes geven de hoeken aan: draai op elk ervan naar rechts. Maar deze robot rijdt rond in een piepklein vierkantje. Repareer het programma.
level-sensor-fix-the-while-learned = De blokken in Herhaal zolang doen elke ronde mee. Een draai die na de lus hoort, moet erna staan, niet erin.
level-sensor-fix-the-while-hint-1 = Tik op Stap. Wanneer draait de robot? Staat hij dan op rood?
level-sensor-fix-the-while-hint-2 = De robot moet draaien zodra hij op rood staat, niet na elke stap.
level-sensor-fix-the-while-hint-3 = Kijk naar de blokken in Herhaal zolang.

level-sensor-side-roads-title = Zijwegen
level-sensor-side-roads-instruction = Overal waar een zijweg begint, links of rechts, staat een lamp. Doe elke lamp aan.
level-sensor-side-roads-learned = “of” verbindt twee vragen. “Pad links of pad rechts” is ja wanneer een van de twee ja is, of allebei.
level-sensor-side-roads-hint-1 = Kijk naar de vakjes met lampen. Wat ligt er naast elk ervan?
level-sensor-side-roads-hint-2 = Eén Als kan twee vragen tegelijk stellen, verbonden met “of”.
level-sensor-side-roads-hint-3 = Gebruik Herhaal zolang pad rechtdoor, en begin hem met Vooruit.

level-sensor-blue-and-free-title = Strepen en muren
level-sensor-blue-and-free-instruction = Volg de drie blauwe strepen naar de vlag. Sommige strepen eindigen bij een muur. Andere houden gewoon op, midden op de weg.
level-sensor-blue-and-free-learned = Ook “en” verbindt twee vragen. “Pad rechtdoor en op blauw” is alleen ja wanneer beide ja zijn.
level-sensor-blue-and-free-hint-1 = Waar eindigt elke streep? Waar zou de robot tegen een muur botsen?
level-sensor-blue-and-free-hint-2 = Blijf rijden zolang twee dingen waar zijn: het pad rechtdoor is vrij, en de robot staat op blauw.
level-sensor-blue-and-free-hint-3 = Elke ronde van Herhaal doet hetzelfde: de streep op rijden, erlangs rijden, naar rechts draaien.

level-sensor-spiral-title = De lange spiraal
level-sensor-spiral-instruction = Rijd de spiraal rond, helemaal tot de vlag.
level-sensor-spiral-learned = Een Herhaal zolang kan in een andere Herhaal zolang zitten. De buitenste lus heeft geen getal nodig: hij stelt zijn eigen vraag.
level-sensor-spiral-hint-1 = Hoeveel gangen heeft de spiraal? Kan Herhaal zo hoog tellen?
level-sensor-spiral-hint-2 = Voor elke gang: rijd tot de muur, draai dan naar rechts. Blijf dat doen zolang het pad rechtdoor vrij is.
level-sensor-spiral-hint-3 = Zet één Herhaal zolang in een andere Herhaal zolang.

level-sensor-painted-corners-title = Geverfde hoeken
level-sensor-painted-corners-instruction = Doe elke lamp aan. De hoeken zijn rood of blauw geverfd: draai op beide kleuren naar links.
level-sensor-painted-corners-learned = Als … anders kan ook een samengestelde vraag stellen. Met “op rood of op blauw” doet het eerste deel mee op beide kleuren, en het anders-deel op elk ander vakje.
level-sensor-painted-corners-hint-1 = Welke vakjes hebben geen lamp? Welke kleuren hebben ze?
level-sensor-painted-corners-hint-2 = Eén Als … anders is genoeg: “op rood of op blauw” voor de hoeken, het anders-deel voor de lampen.
level-sensor-painted-corners-hint-3 = Begin in Herhaal tot klaar met Vooruit.

level-sensor-maze-title = Het doolhof
level-sensor-maze-instruction = Zoek de weg door het doolhof naar de vlag. Gebruik zo weinig blokken als je kunt.
level-sensor-maze-learned = Houd één hand aan de muur, en je komt door veel doolhoven. Je programma volgt die regel met een lus in een lus.
level-sensor-maze-hint-1 = Stel je voor dat je door het doolhof loopt met je rechterhand altijd aan de muur.
level-sensor-maze-hint-2 = Probeer op elk vakje eerst naar rechts te draaien. Is daar een muur, probeer dan rechtdoor, dan links, dan terug.
level-sensor-maze-hint-3 = In Herhaal zolang pad rechtdoor: Vooruit, Draai rechts, dan een Herhaal zolang die vraagt “niet pad rechtdoor”.
