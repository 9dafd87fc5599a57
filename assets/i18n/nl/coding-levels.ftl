# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Use the tile names of robot.ftl:
# Vooruit, Draai links, Draai rechts, Licht aan, Herhaal, Herhaal tot klaar, Als,
# Als … anders, Helper 1, Helper 2, Hoofdprogramma.

world-robot-road = Robotweg
world-loop-lagoon = Lussenlagune
world-helper-hills = Helperheuvels
world-choice-canyon = Keuzekloof
world-sensor-springs = Sensorbronnen
world-number-harbour = Getallenhaven
world-signal-station = Seinstation
world-bug-bay = Foutenbaai

## Robot Road

level-robot-first-steps-title = Eerste stappen
level-robot-first-steps-instruction = Bouw een programma dat de robot naar de vlag brengt. Tik dan op Start.
level-robot-first-steps-learned = Een programma is een lijst stappen. De robot doet ze een voor een, op volgorde.
level-robot-first-steps-hint-1 = Kijk naar de vlag. Welke kant kijkt de robot nu op?
level-robot-first-steps-hint-2 = Vooruit zet de robot één vakje verder. Draai rechts draait hem op zijn plek.
level-robot-first-steps-hint-3 = Begin met: Vooruit, Vooruit, Draai rechts.

level-robot-turn-left-title = Naar links
level-robot-turn-left-instruction = Breng de robot naar de vlag. Deze keer moet hij naar links draaien.
level-robot-turn-left-learned = Draai links en Draai rechts veranderen de kant waar de robot naar kijkt. Ze verplaatsen hem niet.
level-robot-turn-left-hint-1 = De robot kijkt naar boven. Waar maakt de weg een bocht?
level-robot-turn-left-hint-2 = Na Draai links rijdt de robot met Vooruit de nieuwe kant op.
level-robot-turn-left-hint-3 = Begin met: Vooruit, Vooruit, Draai links.

level-robot-zigzag-title = Zigzagtrap
level-robot-zigzag-instruction = Ga de trap af naar de vlag. Na elke tree maakt de weg een bocht.
level-robot-zigzag-learned = Een lange weg bestaat gewoon uit kleine stukjes en bochten, de een na de ander.
level-robot-zigzag-hint-1 = Volg de weg met je vinger. Tel de bochten.
level-robot-zigzag-hint-2 = Draai rechts om naar beneden te gaan. Draai links om weer opzij te gaan.
level-robot-zigzag-hint-3 = Begin met: Vooruit, Draai rechts, Vooruit, Draai links.

level-robot-around-rocks-title = Om de muur heen
level-robot-around-rocks-instruction = Er staat een muur in de weg. Rijd eromheen naar de vlag.
level-robot-around-rocks-learned = Is de weg versperd? Dan kun je een route eromheen plannen.
level-robot-around-rocks-hint-1 = De robot kan niet rechtstreeks naar de vlag. Waar kun je eromheen?
level-robot-around-rocks-hint-2 = Ga eerst omhoog, dan opzij, dan omlaag.
level-robot-around-rocks-hint-3 = Begin met: Vooruit, Vooruit, Draai rechts.

level-robot-fix-the-path-title = Repareer de route
level-robot-fix-the-path-instruction = Dit programma heeft een fout: de robot botst tegen een muur. Bekijk het met Stap en repareer dan het programma.
level-robot-fix-the-path-learned = Een fout (een bug) is een vergissing in een programma. Eén blok te veel kan de robot tegen een muur sturen. Haal het weg, en het programma werkt.
level-robot-fix-the-path-hint-1 = Tik op Stap om één blok per keer te doen. Waar botst de robot tegen de muur?
level-robot-fix-the-path-hint-2 = De robot gaat één vakje te ver voordat hij draait. Eén blok is te veel.
level-robot-fix-the-path-hint-3 = Het extra blok staat vóór de eerste bocht.

level-robot-first-lamp-title = Lampje aan
level-robot-first-lamp-instruction = Rijd naar de lamp. Gebruik dan het blok Licht aan om hem aan te doen.
level-robot-first-lamp-learned = Licht aan werkt alleen als de robot op een lamp staat.
level-robot-first-lamp-hint-1 = Hoeveel vakjes is de lamp hier vandaan?
level-robot-first-lamp-hint-2 = Eerst moet de robot op de lamp staan. Dan doet Licht aan hem aan.
level-robot-first-lamp-hint-3 = De lamp staat drie vakjes voor de robot.

level-robot-two-lamps-title = Twee lampen
level-robot-two-lamps-instruction = Doe beide lampen aan. Er is geen vlag: de klus is klaar als elke lamp aan is.
level-robot-two-lamps-learned = De robot kan onderweg een klus doen: stoppen, de lamp aandoen en dan verder.
level-robot-two-lamps-hint-1 = Je komt langs de eerste lamp op weg naar de tweede.
level-robot-two-lamps-hint-2 = Zet Licht aan direct na het blok dat de robot op een lamp brengt.
level-robot-two-lamps-hint-3 = Begin met: Vooruit, Vooruit, Licht aan.

level-robot-lamps-and-flag-title = Lampen en een vlag
level-robot-lamps-and-flag-instruction = Doe beide lampen aan. Ga dan naar de vlag.
level-robot-lamps-and-flag-learned = Een klus kan uit meer delen bestaan. De robot moet ze allemaal afmaken.
level-robot-lamps-and-flag-hint-1 = De vlag telt pas als elke lamp aan is.
level-robot-lamps-and-flag-hint-2 = Plan een route die over beide lampen gaat voordat hij bij de vlag komt.
level-robot-lamps-and-flag-hint-3 = Begin met: Vooruit, Licht aan, Draai rechts.

level-robot-turn-around-title = Omdraaien
level-robot-turn-around-instruction = Doe de lamp aan. Draai dan om en ga naar de vlag.
level-robot-turn-around-learned = Twee keer dezelfde kant op draaien laat de robot terugkijken, naar waar hij vandaan kwam.
level-robot-turn-around-hint-1 = De lamp en de vlag liggen aan verschillende kanten van de robot.
level-robot-turn-around-hint-2 = Omdraaien doe je met twee draaien: Draai links, Draai links.
level-robot-turn-around-hint-3 = Begin met: Vooruit, Vooruit, Licht aan.

level-robot-long-road-title = De lange weg rond
level-robot-long-road-instruction = Doe beide lampen aan en eindig op de vlag. Welke kant om is korter?
level-robot-long-road-learned = Er kan meer dan één route zijn. Denk eerst na en kies dan de kortste.
level-robot-long-road-hint-1 = Recht naar beneden kom je bij de vlag, maar dan zijn de lampen nog uit.
level-robot-long-road-hint-2 = Ga eerst langs de bovenkant, dan naar beneden, dan terug langs de onderkant.
level-robot-long-road-hint-3 = Begin met: Vooruit, Licht aan, Vooruit, Draai rechts.

## Loop Lagoon

level-loop-first-loop-title = Eerste lus
level-loop-first-loop-instruction = Ga naar de vlag. Je programma kan maar 3 blokken bevatten, dus gebruik het blok Herhaal.
level-loop-first-loop-learned = Een Herhaal-blok doet de blokken erin steeds opnieuw. Eén lus kan het werk van veel blokken doen.
level-loop-first-loop-hint-1 = Tel de vakjes tussen de robot en de vlag.
level-loop-first-loop-hint-2 = Zet Vooruit in een Herhaal-blok. Tik dan op Meer keer om het getal in te stellen.
level-loop-first-loop-hint-3 = Vooruit gaat in de lus. Stel het getal in op het aantal vakjes dat je telde.

level-loop-lamp-row-title = Rij lampen
level-loop-lamp-row-instruction = Doe alle vijf lampen aan. Je programma kan maar 5 blokken bevatten, dus gebruik een lus.
level-loop-lamp-row-learned = Een lus kan meer dan één blok herhalen. Hier herhaalt hij een stap en een lamp aandoen.
level-loop-lamp-row-hint-1 = Elke lamp ligt precies één vakje na de vorige.
level-loop-lamp-row-hint-2 = Zet twee blokken in één Herhaal. De lus doet ze allebei, steeds opnieuw.
level-loop-lamp-row-hint-3 = In de lus: Vooruit, dan Licht aan. Hoeveel keer?

level-loop-corner-title = Om de hoek
level-loop-corner-instruction = Ga naar de vlag. Gebruik een lus voor elk lang stuk weg, met een bocht ertussen.
level-loop-corner-learned = Een programma kan meerdere lussen hebben, de een na de ander.
level-loop-corner-hint-1 = De weg heeft twee lange rechte stukken.
level-loop-corner-hint-2 = Eerst een lus voor de weg bovenaan. Dan Draai rechts. Dan een lus voor de weg naar beneden.
level-loop-corner-hint-3 = Begin met: Herhaal 4 keer, met Vooruit erin. Dan Draai rechts.

level-loop-stairs-title = Lussentrap
level-loop-stairs-instruction = Klim de trap op naar de vlag. Zoek het stuk dat steeds terugkomt.
level-loop-stairs-learned = Komt een patroon steeds terug? Bouw het dan één keer in een lus. De lus doet de rest.
level-loop-stairs-hint-1 = Kijk naar één tree van de trap. Wat doet de robot daarop?
level-loop-stairs-hint-2 = Een lus kan ook draaien bevatten. Zet één tree in een Herhaal.
level-loop-stairs-hint-3 = Eén tree is: Vooruit, Draai links, Vooruit, Draai rechts.

level-loop-square-title = Vierkant van lampen
level-loop-square-instruction = Doe de drie lampen in de hoeken aan. Gebruik een lus.
level-loop-square-learned = Een lus met een draai erin kan de robot een vierkant rond laten rijden.
level-loop-square-hint-1 = Elke kant van het vierkant ziet er hetzelfde uit.
level-loop-square-hint-2 = Zet de blokken voor één kant en één hoek in een Herhaal.
level-loop-square-hint-3 = Eén kant is: Vooruit, Vooruit, Licht aan, Draai rechts.

level-loop-fix-the-loop-title = Repareer de lus
level-loop-fix-the-loop-instruction = Deze lus moet alle drie lampen aandoen. Na de eerste lamp botst de robot tegen een muur. Repareer de lus.
level-loop-fix-the-loop-learned = Een lus doet elke ronde dezelfde blokken. Dus aan het eind van elke ronde moet de robot weer dezelfde kant op kijken als aan het begin.
level-loop-fix-the-loop-hint-1 = Tik op Stap. Welke kant kijkt de robot op als de lus opnieuw begint?
level-loop-fix-the-loop-hint-2 = Aan het eind van elke ronde moet de robot dezelfde kant op kijken als aan het begin.
level-loop-fix-the-loop-hint-3 = Aan het eind van de lus ontbreekt een draai.

level-loop-in-a-loop-title = Lus in een lus
level-loop-in-a-loop-instruction = Doe elke lamp rond het vierkant aan. Zet een lus in een andere lus.
level-loop-in-a-loop-learned = Een lus kan in een andere lus zitten. Elke keer dat de buitenste lus één ronde doet, doet de binnenste lus al zijn rondes.
level-loop-in-a-loop-hint-1 = Kijk naar één kant: drie lampen op een rij, dan een hoek.
level-loop-in-a-loop-hint-2 = De binnenste lus doet de lampen van één kant aan. De buitenste lus doet dat voor elke kant.
level-loop-in-a-loop-hint-3 = De binnenste lus: Herhaal 3 keer, met Vooruit en Licht aan erin.

level-loop-lamp-stairs-title = Lampentrap
level-loop-lamp-stairs-instruction = Ga de trap af en doe op elke tree de lamp aan.
level-loop-lamp-stairs-learned = Een lus kan rijden, draaien en een klus doen. Elke ronde doet hij één hele tree.
level-loop-lamp-stairs-hint-1 = Wat doet de robot op één tree? Kijk waar de lamp is.
level-loop-lamp-stairs-hint-2 = Zoek de blokken voor één tree, met Licht aan op de goede plek. Laat de lus ze dan steeds opnieuw doen.
level-loop-lamp-stairs-hint-3 = Eén tree begint met: Vooruit, Draai rechts, Vooruit.

level-loop-big-ring-title = De grote ring
level-loop-big-ring-instruction = Doe de lampen in de hoeken van de grote ring aan. De kanten zijn lang, dus gebruik een lus in een lus.
level-loop-big-ring-learned = De binnenste lus kan een lange kant afleggen. De buitenste lus doet kant, draai en lamp opnieuw voor elke hoek.
level-loop-big-ring-hint-1 = Van de ene hoek naar de volgende is vier vakjes.
level-loop-big-ring-hint-2 = De binnenste lus legt één kant af. De buitenste lus voegt de draai en de lamp toe, één keer voor elke hoek.
level-loop-big-ring-hint-3 = De binnenste lus: Herhaal 4 keer, met Vooruit erin.

level-choice-until-goal-title = Tot klaar
level-choice-until-goal-instruction = Ga naar de vlag. Gebruik Herhaal tot klaar: dat gaat door tot de klus af is.
level-choice-until-goal-learned = Herhaal tot klaar doet zijn blokken steeds opnieuw en stopt als de klus af is. Je hoeft niet te tellen.
level-choice-until-goal-hint-1 = Hoe ver weg is de vlag? Deze keer hoef je dat niet te weten.
level-choice-until-goal-hint-2 = Herhaal tot klaar doet de blokken erin steeds opnieuw, tot de robot op de vlag staat.
level-choice-until-goal-hint-3 = Vooruit gaat in de lus. Je hoeft geen getal in te stellen.

## Helper Hills

level-helper-first-helper-title = Je eerste helper
level-helper-first-helper-instruction = Doe de drie lampen aan. Bouw de blokken voor één lamp in Helper 1. Gebruik dan het blok Helper 1 in het Hoofdprogramma.
level-helper-first-helper-learned = Een helper is een lijst blokken met een naam. Zijn blok roept de helper aan: dan doet hij de hele lijst, zo vaak je wilt.
level-helper-first-helper-hint-1 = De lampen staan in de hoeken. Wat doet de robot om één lamp te bereiken?
level-helper-first-helper-hint-2 = Bouw de blokken voor één lamp in Helper 1. Zet in het Hoofdprogramma het blok Helper 1, één keer voor elke lamp.
level-helper-first-helper-hint-3 = Helper 1 kan zijn: Vooruit, Vooruit, Licht aan, Draai rechts.

level-helper-zigzag-title = Helper en bochten
level-helper-zigzag-instruction = Doe de drie lampen aan. Laat Helper 1 rijden en de lamp aandoen. Het Hoofdprogramma doet de bochten.
level-helper-zigzag-learned = Het Hoofdprogramma kan helperblokken mengen met andere blokken.
level-helper-zigzag-hint-1 = Tussen de lampen maakt de weg een bocht. Gaat de bocht elke keer dezelfde kant op?
level-helper-zigzag-hint-2 = Het rechte stuk is elke keer hetzelfde, dus zet het in Helper 1. Zet de bochten in het Hoofdprogramma.
level-helper-zigzag-hint-3 = Helper 1: Vooruit, Vooruit, Vooruit, Licht aan.

level-helper-lamp-stairs-title = Helpertrap
level-helper-lamp-stairs-instruction = Klim de trap op en doe op elke tree de lamp aan. Gebruik Helper 1.
level-helper-lamp-stairs-learned = Een helper kan een groter patroon bevatten, met rijden, draaien en lampen aandoen.
level-helper-lamp-stairs-hint-1 = Kijk naar één tree. Waar is de lamp?
level-helper-lamp-stairs-hint-2 = Zet één hele tree in Helper 1. Gebruik Helper 1 dan één keer voor elke tree.
level-helper-lamp-stairs-hint-3 = Eén tree begint met: Vooruit, Draai links, Vooruit.

level-helper-call-itself-title = Een helper die rondgaat
level-helper-call-itself-instruction = Klim de lange trap op naar de vlag. Het Hoofdprogramma kan maar 3 blokken bevatten. Kan Helper 1 zichzelf aanroepen en doorgaan, net als Herhaal tot klaar?
level-helper-call-itself-learned = Een helper kan zichzelf aanroepen aan zijn eind. Dan begint hij opnieuw, net als een lus, tot de klus af is.
level-helper-call-itself-hint-1 = Er zijn meer treden dan er plek is in het Hoofdprogramma.
level-helper-call-itself-hint-2 = Zet het blok Helper 1 als laatste in Helper 1. Dan begint Helper 1 steeds opnieuw.
level-helper-call-itself-hint-3 = Helper 1 begint met: Vooruit, Draai links, Vooruit, Draai rechts.

level-helper-round-and-round-title = Rond en rond
level-helper-round-and-round-instruction = Doe alle vier lampen aan. Laat Helper 1 rondgaan door zichzelf aan te roepen.
level-helper-round-and-round-learned = Een helper die zichzelf aanroept, gaat door tot elke lamp aan is.
level-helper-round-and-round-hint-1 = Elke kant heeft één lamp, in het midden.
level-helper-round-and-round-hint-2 = Voor één kant: rijden, lamp aandoen, rijden, draaien. Dan begint Helper 1 vanzelf opnieuw, omdat hij zichzelf aanroept.
level-helper-round-and-round-hint-3 = Helper 1 begint met: Vooruit, Licht aan, Vooruit.

level-helper-fix-the-helper-title = De helper die stopt
level-helper-fix-the-helper-instruction = Helper 1 moet het vierkant rond en alle drie lampen aandoen, maar hij stopt na de eerste. Repareer Helper 1.
level-helper-fix-the-helper-learned = Een helper die moet doorgaan, roept zichzelf aan aan zijn eind. Zonder die aanroep doet hij het één keer en stopt.
level-helper-fix-the-helper-hint-1 = Tik op Stap. Wat gebeurt er als Helper 1 bij zijn eind komt?
level-helper-fix-the-helper-hint-2 = Het Hoofdprogramma roept Helper 1 maar één keer aan. Hoe kan Helper 1 zichzelf opnieuw starten?
level-helper-fix-the-helper-hint-3 = Aan het eind van Helper 1 ontbreekt iets.

level-helper-second-helper-title = Twee helpers
level-helper-second-helper-instruction = Doe elke lamp rond het vierkant aan. Helper 1 kan Helper 2 aanroepen. Voor drie sterren roept Helper 1 ook zichzelf aan.
level-helper-second-helper-learned = Een helper kan een andere helper aanroepen. Kleine stukken bouwen grotere stukken.
level-helper-second-helper-hint-1 = Wat is het kleinste patroon? Kijk naar één lamp.
level-helper-second-helper-hint-2 = Zet het kleinste patroon in Helper 2. Helper 1 roept het aan voor één kant, draait, en roept dan zichzelf aan.
level-helper-second-helper-hint-3 = Helper 2: Vooruit, Licht aan.

level-helper-walk-then-loop-title = Eerst rijden, dan rond
level-helper-walk-then-loop-instruction = Rijd eerst naar de trap. Laat Helper 1 hem dan opklimmen en elke lamp aandoen: hij roept zichzelf aan aan zijn eind.
level-helper-walk-then-loop-learned = Het Hoofdprogramma kan het eerste deel van een klus doen en de rest aan een helper overlaten.
level-helper-walk-then-loop-hint-1 = De trap begint niet waar de robot staat. De eerste lamp is drie vakjes verderop.
level-helper-walk-then-loop-hint-2 = Rijd met het Hoofdprogramma naar de trap. Roep dan Helper 1 aan: die klimt één tree, doet de lamp aan en roept zichzelf aan.
level-helper-walk-then-loop-hint-3 = Hoofdprogramma: Vooruit, Vooruit, Helper 1.

level-helper-big-ring-title = Helpers gaan rond
level-helper-big-ring-instruction = Doe de drie lampen rond het vierkant aan. Er is geen blok Draai links: bouw er een in een helper. Het Hoofdprogramma bevat maar één blok, dus een helper moet zichzelf aanroepen.
level-helper-big-ring-learned = Een helper kan een blok zijn dat je niet hebt: drie keer Draai rechts is één keer Draai links.
level-helper-big-ring-hint-1 = De weg gaat bij elke hoek naar links, maar je hebt alleen Draai rechts.
level-helper-big-ring-hint-2 = Na drie blokken Draai rechts kijkt de robot dezelfde kant op als na één Draai links. Zet ze in een eigen helper.
level-helper-big-ring-hint-3 = Eén helper kan zijn: Draai rechts, Draai rechts, Draai rechts.

## Choice Canyon

level-choice-first-if-title = Rood betekent draaien
level-choice-first-if-instruction = Elk rood vakje betekent: hier naar links draaien. Gebruik een Als-blok om te kijken of het vakje rood is.
level-choice-first-if-learned = Een Als-blok stelt een vraag. De blokken erin doen alleen mee als het antwoord ja is.
level-choice-first-if-hint-1 = Waar maakt de weg een bocht? Welke kleur hebben die vakjes?
level-choice-first-if-hint-2 = “Als op rood” doet zijn blokken alleen wanneer de robot op een rood vakje staat.
level-choice-first-if-hint-3 = In Herhaal tot klaar: Vooruit, dan Als op rood.

level-choice-green-lamps-title = Groen voor een lamp
level-choice-green-lamps-instruction = Een groen vakje betekent: op het volgende vakje staat een lamp. Doe alle lampen aan.
level-choice-green-lamps-learned = Een vraag kan de robot vertellen wat er komt, zodat hij zich kan voorbereiden.
level-choice-green-lamps-hint-1 = Kijk naar het vakje vlak voor elke lamp.
level-choice-green-lamps-hint-2 = Staat de robot op groen, dan kan hij naar de lamp rijden en hem aandoen.
level-choice-green-lamps-hint-3 = In Herhaal tot klaar: Vooruit, dan Als op groen.

level-choice-path-right-title = Kijk naar rechts
level-choice-path-right-instruction = De robot kan de weg controleren. Draai naar rechts overal waar een pad rechts is.
level-choice-path-right-learned = De robot kan muren voelen. “Pad rechts” is ja wanneer het vakje rechts van hem vrij is.
level-choice-path-right-hint-1 = Bij elke hoek gaat de weg naar rechts.
level-choice-path-right-hint-2 = “Als pad rechts” kijkt naar het vakje rechts van de robot.
level-choice-path-right-hint-3 = In Herhaal tot klaar: Vooruit, dan Als pad rechts.

level-choice-fix-the-check-title = Te veel bochten
level-choice-fix-the-check-instruction = Blauw betekent naar rechts draaien. Maar deze robot draait op elk vakje en botst tegen een muur. Repareer het programma.
level-choice-fix-the-check-learned = De blokken in een Als doen alleen mee wanneer het antwoord ja is. Een blok na de Als doet elke keer mee.
level-choice-fix-the-check-hint-1 = Tik op Stap. Draait de robot op een vakje dat niet blauw is?
level-choice-fix-the-check-hint-2 = Welke draai zit in de Als? Welke doet elke keer mee?
level-choice-fix-the-check-hint-3 = Kijk naar het laatste blok in de lus.

level-choice-if-else-title = Als of anders
level-choice-if-else-instruction = Rijd door wanneer het pad rechtdoor vrij is. Anders draai je naar rechts. Let op de kleine zijweggetjes!
level-choice-if-else-learned = Als … anders kiest een van twee wegen: het eerste deel bij ja, het anders-deel bij nee.
level-choice-if-else-hint-1 = De kleine zijweggetjes lopen dood. Draai alleen wanneer er een muur voor je is.
level-choice-if-else-hint-2 = Als … anders heeft twee delen. Het eerste deel doet mee bij ja. Het anders-deel bij nee.
level-choice-if-else-hint-3 = Gebruik in Herhaal tot klaar Als pad rechtdoor, met Vooruit in het eerste deel.

level-choice-colours-title = Rood en blauw
level-choice-colours-instruction = Rood betekent naar links draaien. Blauw betekent naar rechts draaien. Gebruik twee Als-blokken.
level-choice-colours-learned = Een programma kan meer dan één vraag stellen. Elk Als-blok stelt zijn eigen vraag.
level-choice-colours-hint-1 = Kijk naar de kleuren van de vakjes waar de weg een bocht maakt.
level-choice-colours-hint-2 = Zet twee Als-blokken in de lus: één vraagt naar rood, één naar blauw.
level-choice-colours-hint-3 = Begin in Herhaal tot klaar met Vooruit. Dan Als op rood, met Draai links erin.

level-choice-corner-lamps-title = Lamp of bocht
level-choice-corner-lamps-instruction = Elk vakje van deze weg is een lamp of rood. Op rood draai je naar links. Op elk ander vakje doe je de lamp aan.
level-choice-corner-lamps-learned = Als … anders kan ook naar een kleur vragen: het eerste deel doet mee op rood, het anders-deel op elk ander vakje.
level-choice-corner-lamps-hint-1 = Welke vakjes hebben geen lamp? Wat doet de robot daar?
level-choice-corner-lamps-hint-2 = Eén Als … anders kan beide klussen doen: één deel voor de rode vakjes, het anders-deel voor de lampen.
level-choice-corner-lamps-hint-3 = In Herhaal tot klaar: Vooruit, dan Als op rood, met Draai links in het eerste deel.

level-choice-two-rules-title = Twee regels
level-choice-two-rules-instruction = Rood betekent naar links draaien. Een muur voor je betekent naar rechts draaien. Gebruik een Als voor de ene regel en een Als … anders voor de andere.
level-choice-two-rules-learned = Eén programma kan Als en Als … anders mengen. Elk stelt zijn eigen vraag, de een na de ander.
level-choice-two-rules-hint-1 = Sommige wegen gaan verder na een rood vakje, maar ze lopen dood. Op rood draai je naar links.
level-choice-two-rules-hint-2 = Stel elke ronde twee vragen: sta ik op rood? Is het pad rechtdoor vrij?
level-choice-two-rules-hint-3 = Begin in Herhaal tot klaar met Vooruit. Dan Als op rood, met Draai links erin.

level-choice-red-means-left-title = Kruispunt in de kloof
level-choice-red-means-left-instruction = Rijd door zolang het pad rechtdoor vrij is. Bij een muur kijk je naar het vakje: op rood draai je naar links, op elk ander vakje naar rechts.
level-choice-red-means-left-learned = Een Als kan in een andere Als zitten. De robot stelt één vraag, en dan misschien nog een.
level-choice-red-means-left-hint-1 = Rode vakjes tellen alleen bij een muur. Op een open weg rijd je eroverheen. Eén weg gaat in een rondje!
level-choice-red-means-left-hint-2 = Vraag eerst: is het pad rechtdoor vrij? Alleen wanneer dat niet zo is, vraag je: sta ik op rood?
level-choice-red-means-left-hint-3 = Gebruik in Herhaal tot klaar Als pad rechtdoor … anders, met Vooruit in het eerste deel.

## Bug Bay

level-bug-wrong-turn-title = Verkeerde bocht
level-bug-wrong-turn-instruction = Dit programma moet de robot naar de vlag brengen, maar de robot botst tegen een muur. Zoek het verkeerde blok en repareer het.
level-bug-wrong-turn-learned = Debuggen betekent: de stap vinden die misgaat en alleen die stap repareren.
level-bug-wrong-turn-hint-1 = Tik op Stap om één blok per keer te doen. Waar gaat het mis?
level-bug-wrong-turn-hint-2 = Een fout is vaak maar één verkeerd blok. Vervang het door het goede.
level-bug-wrong-turn-hint-3 = Kijk naar de draai. Moet de robot naar links of naar rechts draaien?

level-bug-missing-step-title = Er ontbreekt een stap
level-bug-missing-step-instruction = De robot probeert een lamp aan te doen waar er geen is. Zoek wat er ontbreekt.
level-bug-missing-step-learned = Soms is een fout een ontbrekend blok. Tel de vakjes om het te controleren.
level-bug-missing-step-hint-1 = Welke lamp blijft uit?
level-bug-missing-step-hint-2 = Tel de vakjes van de hoek tot de tweede lamp. Tel ook de Vooruit-blokken.
level-bug-missing-step-hint-3 = Het ontbrekende blok hoort direct na Draai rechts. Welk blok laat de robot rijden?

level-bug-loop-count-title = Tel nog eens
level-bug-loop-count-instruction = De robot botst tegen een muur. Controleer hoe vaak elke lus herhaalt, en repareer het.
level-bug-loop-count-learned = Een lus die één keer te vaak of één keer te weinig herhaalt, is een heel gewone fout.
level-bug-loop-count-hint-1 = Kijk naar de eerste lus. Waar botst de robot?
level-bug-loop-count-hint-2 = Tel de vakjes voor de hoek. Zo vaak moet de lus herhalen.
level-bug-loop-count-hint-3 = Verander het getal van de eerste lus.

level-bug-forgot-light-title = Lampen uit
level-bug-forgot-light-instruction = De robot gaat het vierkant rond, maar er gaat geen lamp aan. Repareer de lus.
level-bug-forgot-light-learned = Gebeurt iets nooit? Kijk dan of er een blok ontbreekt in de lus.
level-bug-forgot-light-hint-1 = Welk blok doet een lamp aan? Zit het in het programma?
level-bug-forgot-light-hint-2 = Een blok dat je in een lus zet, doet elke ronde mee.
level-bug-forgot-light-hint-3 = Het ontbrekende blok hoort in de lus. De robot staat op een lamp na de twee Vooruit-blokken.

level-bug-helper-turn-title = Fout in de helper
level-bug-helper-turn-instruction = Helper 1 heeft een fout. Het Hoofdprogramma roept hem drie keer aan, dus de fout gebeurt elke keer. Repareer hem één keer.
level-bug-helper-turn-learned = Repareer je een helper, dan repareer je elke plek die hem aanroept.
level-bug-helper-turn-hint-1 = Tik op Stap. Wat gebeurt er na de eerste lamp?
level-bug-helper-turn-hint-2 = Bij elke hoek van dit vierkant gaat de weg naar rechts.
level-bug-helper-turn-hint-3 = Kijk naar het laatste blok in Helper 1.

level-bug-wrong-side-title = Verkeerde kant
level-bug-wrong-side-instruction = De weg gaat altijd naar rechts, maar de robot botst tegen een muur. De Als stelt de verkeerde vraag. Repareer het.
level-bug-wrong-side-learned = Een Als die de verkeerde vraag stelt, kan het hele programma laten mislukken.
level-bug-wrong-side-hint-1 = Welke kant gaat de weg op? Naar welke kant kijkt de Als?
level-bug-wrong-side-hint-2 = Tik op het Als-blok in het programma. Tik dan op Verander de vraag.
level-bug-wrong-side-hint-3 = De Als kijkt naar de ene kant, de weg gaat naar de andere.

level-bug-two-mistakes-title = Twee fouten
level-bug-two-mistakes-instruction = Dit programma heeft twee fouten. Zoek ze allebei, zodat de robot de trap op klimt naar de vlag.
level-bug-two-mistakes-learned = Een programma kan meer dan één fout hebben. Repareer er één, start het opnieuw en repareer dan de volgende.
level-bug-two-mistakes-hint-1 = Kijk naar de eerste tree van de trap. Waar gaat de robot de fout in?
level-bug-two-mistakes-hint-2 = Eén fout is een draai. De andere fout is hoe vaak de lus herhaalt.
level-bug-two-mistakes-hint-3 = Op elke tree gaat de robot omhoog en draait dan terug, zodat hij weer de kant op kijkt waar hij heen ging. Controleer die draai en tel dan de treden.

level-bug-mixed-colours-title = Kleuren door elkaar
level-bug-mixed-colours-instruction = Rood moet naar links draaien betekenen, en blauw naar rechts draaien. Iemand heeft ze door elkaar gehaald. Repareer het programma.
level-bug-mixed-colours-learned = Test je programma, kijk waar het iets doet wat je niet wilde, en repareer alleen dat.
level-bug-mixed-colours-hint-1 = Wat doet de robot op het eerste blauwe vakje?
level-bug-mixed-colours-hint-2 = Elke Als vraagt naar de goede kleur, maar maakt de verkeerde draai.
level-bug-mixed-colours-hint-3 = Verander de draai in elke Als.
