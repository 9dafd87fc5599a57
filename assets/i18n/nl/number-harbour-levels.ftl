# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Use the tile names of robot.ftl.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Een lus in een helper
level-number-loop-in-helper-instruction = Doe de drie lampen aan het eind van de lange kanten aan. Het Hoofdprogramma bevat maar 3 blokken, en Helper 1 maar 4.
level-number-loop-in-helper-learned = Een helper kan een lus bevatten. Elke keer dat het Hoofdprogramma de helper aanroept, begint zijn lus opnieuw.
level-number-loop-in-helper-hint-1 = De drie kanten lijken op elkaar: even lang, met een lamp en een bocht aan het eind. Wat doet de robot op één kant?
level-number-loop-in-helper-hint-2 = Vier Vooruit-blokken en een draai passen niet in Helper 1. Zet in plaats daarvan een Herhaal in de helper.
level-number-loop-in-helper-hint-3 = Helper 1: Herhaal 4 keer met Vooruit erin, dan Draai rechts.

level-number-round-the-basin-title = Rond het havenbekken
level-number-round-the-basin-instruction = Doe elke lamp rond het havenbekken aan. Het Hoofdprogramma bevat maar één blok, dus Helper 1 moet zichzelf aanroepen.
level-number-round-the-basin-learned = Een helper kan een lus bevatten en toch zichzelf aanroepen. De lus doet één kant, en de aanroep begint de volgende kant.
level-number-round-the-basin-hint-1 = Elke kant ziet er hetzelfde uit. Hoeveel lampen staan er op één kant?
level-number-round-the-basin-hint-2 = Eén kant is: drie keer Vooruit en Licht aan, dan een draai. Bouw dat in Helper 1 met een lus, en laat Helper 1 zichzelf aanroepen aan het eind.
level-number-round-the-basin-hint-3 = Helper 1 begint met Herhaal 3 keer, met Vooruit en Licht aan erin.

level-number-if-in-helper-title = Rode hoeken
level-number-if-in-helper-instruction = Doe alle lampen langs de havenmuur aan. Op een rood vakje gaat de weg naar links. Het Hoofdprogramma bevat maar 3 blokken.
level-number-if-in-helper-learned = Een helper kan een Als bevatten. Elke keer dat de helper draait, stelt hij zijn vraag opnieuw. Zo past één helper bij rechte stukken én bij hoeken.
level-number-if-in-helper-hint-1 = Van de ene lamp naar de volgende is altijd twee stappen. Soms is het vakje ertussen rood.
level-number-if-in-helper-hint-2 = Laat Helper 1 de robot van de ene lamp naar de volgende brengen. Onderweg vraagt hij: sta ik op rood? Het Hoofdprogramma doet de lamp aan en gaat door tot klaar.
level-number-if-in-helper-hint-3 = Helper 1 begint met Vooruit, dan Als op rood.

## Helpers with a number

level-number-walk-n-title = Rijd n vakjes
level-number-walk-n-instruction = Ga naar de vlag. De rechte stukken van de weg zijn niet even lang, en het Hoofdprogramma bevat maar 5 blokken. Gebruik Helper 1 met een getal.
level-number-walk-n-learned = Je kunt een helper een getal geven als je hem aanroept. In de helper herhaalt Herhaal n keer zo vaak als dat getal zegt.
level-number-walk-n-hint-1 = Tel de vakjes van elk recht stuk van de weg.
level-number-walk-n-hint-2 = Zet in Helper 1 Vooruit in Herhaal n keer. Dan rijdt Helper 1 met 3 drie vakjes, en Helper 1 met 6 zes vakjes.
level-number-walk-n-hint-3 = Het Hoofdprogramma begint met Helper 1 met 3, dan Draai rechts.

level-number-spiral-title = De spiraal
level-number-spiral-instruction = Volg de spiraal naar de vlag in het midden. Elk recht stuk is één vakje korter dan het vorige.
level-number-spiral-learned = De helper blijft hetzelfde, alleen zijn getal verandert van aanroep tot aanroep. Het Hoofdprogramma zegt alleen hoe ver.
level-number-spiral-hint-1 = Hoe lang is elk recht stuk? Wat doet de robot aan het eind van elk stuk?
level-number-spiral-hint-2 = Helper 1 kan n vakjes rijden en dan draaien. Het Hoofdprogramma roept hem vier keer aan, elke keer met een kleiner getal.
level-number-spiral-hint-3 = Helper 1 eindigt met Draai rechts.

level-number-lamp-rows-title = Rijen lampen
level-number-lamp-rows-instruction = Doe de rij van 5 lampen en de rij van 3 lampen aan. Het Hoofdprogramma bevat maar 3 blokken.
level-number-lamp-rows-learned = Het getal hoeft geen stappen te tellen. Hier telt het lampen: Helper 1 met 5 doet 5 lampen aan.
level-number-lamp-rows-hint-1 = Bij elke lamp rijdt de robot erop en doet hem aan.
level-number-lamp-rows-hint-2 = Zet Vooruit en Licht aan in Herhaal n keer. Dan zegt n hoeveel lampen Helper 1 aandoet.
level-number-lamp-rows-hint-3 = Hoofdprogramma: Helper 1 met 5, dan Draai rechts, dan nog één blok.

## The robot's counter

level-number-third-opening-title = De derde afslag
level-number-third-opening-instruction = De weg naar de vlag is de derde afslag rechts. Laat de robot de afslagen tellen die hij passeert.
level-number-third-opening-learned = De robot heeft een teller die bij 0 begint. Teller plus 1 telt er één bij op, en Als teller is 3 vraagt hoe vaak het al is gebeurd.
level-number-third-opening-hint-1 = De eerste twee afslagen rechts leiden alleen terug naar de weg. Alleen de derde gaat naar de vlag.
level-number-third-opening-hint-2 = Tel elke keer dat er een pad rechts is 1 op bij de teller. Draai alleen naar rechts wanneer de teller 3 is.
level-number-third-opening-hint-3 = In Herhaal tot klaar: Vooruit, dan Als pad rechts.

level-number-counting-helper-title = Een helper die telt
level-number-counting-helper-instruction = Neem de derde afslag rechts om bij de vlag te komen. Het Hoofdprogramma bevat maar 4 blokken, dus Helper 1 moet het tellen doen.
level-number-counting-helper-learned = Het Hoofdprogramma en de helpers delen één teller. Een helper kan erbij optellen en ernaar vragen, en de telling blijft staan als de helper klaar is.
level-number-counting-helper-hint-1 = Deze keer rijdt de robot naar links, dus zijn rechterkant is de bovenkant van het bord.
level-number-counting-helper-hint-2 = Het Hoofdprogramma rijdt en vraagt: is er een pad rechts? Zo ja, dan roept het Helper 1 aan. Helper 1 telt, en draait naar rechts wanneer de teller 3 is.
level-number-counting-helper-hint-3 = Helper 1 begint met Teller plus 1.

level-number-second-red-title = Het tweede rode vakje
level-number-second-red-instruction = Ga naar de vlag. Draai naar links bij het tweede rode vakje, niet bij het eerste.
level-number-second-red-learned = De teller kan alles tellen waar de robot naar kan vragen: afslagen, kleuren en meer.
level-number-second-red-hint-1 = Beide rode vakjes hebben een weg naar links. Welke leidt naar de vlag?
level-number-second-red-hint-2 = Tel op elk rood vakje 1 op bij de teller. Draai alleen naar links wanneer de teller 2 is.
level-number-second-red-hint-3 = In Herhaal tot klaar: Vooruit, dan Als op rood.

level-number-fix-the-count-title = Opnieuw tellen
level-number-fix-the-count-instruction = De robot moet bij elk tweede rode vakje naar links draaien. Bij het tweede draait hij, maar bij het vierde rijdt hij door tegen een muur. Repareer het programma.
level-number-fix-the-count-learned = Een teller blijft groeien tot je hem terugzet. Zet teller op 0 begint een nieuwe telronde.
level-number-fix-the-count-hint-1 = Tik op Stap en kijk naar de teller naast het stapnummer. Wat is de teller op het vierde rode vakje?
level-number-fix-the-count-hint-2 = Na de eerste bocht moet de robot weer vanaf 0 tellen.
level-number-fix-the-count-hint-3 = Kijk wat er gebeurt direct nadat de robot naar links draait.
