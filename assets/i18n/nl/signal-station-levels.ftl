# Signal Station: events. Name the event part by its title, as pupils see it:
# “Wanneer de robot op een lamp komt”, “Wanneer de robot op rood komt” (blauw, groen).

## A first event, a colour, the right event

level-signal-first-event-title = Hier en daar een lamp
level-signal-first-event-instruction = Doe elke lamp aan en stop dan bij de vlag. Het Hoofdprogramma bevat maar 3 blokken, dus dat lukt het niet alleen. Probeer het nieuwe deel: “Wanneer de robot op een lamp komt”.
level-signal-first-event-learned = Een gebeurtenis is iets wat gebeurt, zoals de robot die op een lamp komt. De blokken in “Wanneer de robot op een lamp komt” doen elke keer mee als dat gebeurt. Daarna gaat de robot verder met het Hoofdprogramma.
level-signal-first-event-hint-1 = De lampen staan niet even ver uit elkaar. Moet het Hoofdprogramma weten waar elke lamp is?
level-signal-first-event-hint-2 = Laat het Hoofdprogramma gewoon naar de vlag rijden. Elke keer dat de robot op een lamp komt, gaat “Wanneer de robot op een lamp komt” vanzelf aan de slag.
level-signal-first-event-hint-3 = Zet Licht aan in “Wanneer de robot op een lamp komt”.

level-signal-blue-corners-title = Blauwe hoeken
level-signal-blue-corners-instruction = Rijd naar de vlag in het midden. De blauwe vakjes laten zien waar de weg een bocht maakt. Het Hoofdprogramma bevat maar 3 blokken.
level-signal-blue-corners-learned = Een gebeurtenis kan ook een kleur zijn. “Wanneer de robot op blauw komt” doet mee elke keer dat een Vooruit de robot op een blauw vakje brengt.
level-signal-blue-corners-hint-1 = Welke kant gaat de weg op bij elk blauw vakje? Is dat elke keer dezelfde kant?
level-signal-blue-corners-hint-2 = Het Hoofdprogramma rijdt alleen door. De bochten horen in “Wanneer de robot op blauw komt”.
level-signal-blue-corners-hint-3 = Het Hoofdprogramma is Herhaal tot klaar, met Vooruit erin.

level-signal-which-event-title = Welke kleur?
level-signal-which-event-instruction = Rijd naar de vlag. Bij sommige gekleurde vakjes gaat de weg naar links. Kijk goed naar de kleuren en kies dan de juiste gebeurtenis.
level-signal-which-event-learned = “Verander de gebeurtenis” kiest waar de robot op reageert. Kies de gebeurtenis die precies gebeurt waar de robot iets moet doen.
level-signal-which-event-hint-1 = Waar maakt de weg een bocht? Welke kleur hebben die vakjes?
level-signal-which-event-hint-2 = De rode vakjes liggen op rechte stukken. Een bocht daar loopt dood. Tik op “Verander de gebeurtenis”.
level-signal-which-event-hint-3 = Zet Draai links in “Wanneer de robot op groen komt”.

## More in the event part: two tiles, the counter, questions, a helper

level-signal-corner-lamps-title = Lampen in de hoeken
level-signal-corner-lamps-instruction = Rijd één keer de ring rond, doe de vier lampen aan en stop bij de vlag achter de robot. Elke lamp staat in een hoek.
level-signal-corner-lamps-learned = Een gebeurtenisdeel kan meer dan één blok bevatten. Elke keer dat de gebeurtenis gebeurt, doen al zijn blokken mee, de een na de ander.
level-signal-corner-lamps-hint-1 = Wat moet de robot in elke hoek doen?
level-signal-corner-lamps-hint-2 = Bij elke lamp zijn er twee klussen: de lamp aandoen en draaien. Allebei horen ze in “Wanneer de robot op een lamp komt”.
level-signal-corner-lamps-hint-3 = Zet Licht aan in “Wanneer de robot op een lamp komt”. Wat gebeurt er nog meer in een hoek?

level-signal-count-reds-title = Het derde rode vakje
level-signal-count-reds-instruction = Ga naar de vlag. Elk rood vakje heeft een weg naar links, maar alleen het derde leidt naar de vlag. Laat de robot de rode vakjes tellen.
level-signal-count-reds-learned = Een gebeurtenisdeel kan ook de teller gebruiken. “Wanneer de robot op rood komt” telt op elk rood vakje 1 op, dus het Hoofdprogramma hoeft alleen te rijden.
level-signal-count-reds-hint-1 = De drie rode vakjes zien er hetzelfde uit. Hoe weet de robot welk het derde is?
level-signal-count-reds-hint-2 = Tel elke keer dat de robot op rood komt 1 op bij de teller. Draai naar links wanneer de teller 3 is.
level-signal-count-reds-hint-3 = “Wanneer de robot op rood komt” begint met Teller plus 1.

level-signal-winding-road-title = De kronkelweg
level-signal-winding-road-instruction = Volg de kronkelweg, doe elke lamp aan en ga naar de vlag. De lampen staan niet in de hoeken.
level-signal-winding-road-learned = Het Hoofdprogramma en het gebeurtenisdeel kunnen elk één klus doen. Hier volgt het Hoofdprogramma de weg, en “Wanneer de robot op een lamp komt” doet onderweg de lampen aan.
level-signal-winding-road-hint-1 = Welke kant gaat de weg op in elke hoek?
level-signal-winding-road-hint-2 = Het Hoofdprogramma rijdt door en draait naar rechts overal waar een pad rechts is. De lampen zijn een klus voor “Wanneer de robot op een lamp komt”.
level-signal-winding-road-hint-3 = In het Hoofdprogramma, in Herhaal tot klaar: Vooruit, dan Als pad rechts.

level-signal-fix-the-event-title = De verkeerde gebeurtenis
level-signal-fix-the-event-instruction = Op elk blauw vakje moet de robot de kant op draaien waar de weg heen gaat. Maar hij draait te vroeg en rijdt tegen een muur. Repareer het programma.
level-signal-fix-the-event-learned = Doet een gebeurtenisdeel het goede op het verkeerde moment? Controleer dan eerst zijn gebeurtenis. Eén tik op “Verander de gebeurtenis” kan het oplossen.
level-signal-fix-the-event-hint-1 = Tik op Stap en kijk. Op welk vakje draait de robot voor het eerst?
level-signal-fix-the-event-hint-2 = De blokken van het gebeurtenisdeel kloppen. Ze doen alleen mee op de verkeerde vakjes.
level-signal-fix-the-event-hint-3 = Lees de titel boven de Als … anders. Is dat wat er in de hoeken gebeurt?

level-signal-side-steps-title = Zijstapjes
level-signal-side-steps-instruction = Ga naar de vlag. Bij elk rood vakje schuift de weg één vakje op, naar rechts van de robot. “Wanneer de robot op rood komt” bevat maar 2 blokken.
level-signal-side-steps-learned = Een gebeurtenisdeel kan een helper aanroepen, net als het Hoofdprogramma. De blokken van de helper doen mee, en dan gaat de robot verder met het Hoofdprogramma.
level-signal-side-steps-hint-1 = Wat doet de robot op een rood vakje om bij het volgende stuk weg te komen?
level-signal-side-steps-hint-2 = Een zijstap kost drie blokken, maar het gebeurtenisdeel bevat er maar 2. Bouw de zijstap in Helper 1 en roep hem aan vanuit “Wanneer de robot op rood komt”.
level-signal-side-steps-hint-3 = Helper 1 begint met Draai rechts.
