# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Tile names as in robot.ftl: Frem,
# Drej til venstre, Drej til højre, Tænd, Gentag, Gentag indtil færdig, Hvis, Hvis … ellers,
# Hjælper 1, Hjælper 2, Hovedprogram. In hint 3, "hvis", "frem" and "tænd" are not used as
# plain words (they would read as tile names).

world-robot-road = Robotvejen
world-loop-lagoon = Løkkelagunen
world-helper-hills = Hjælperbakkerne
world-choice-canyon = Valgkløften
world-sensor-springs = Sensorkilderne
world-number-harbour = Talhavnen
world-signal-station = Signalstationen
world-bug-bay = Fejlbugten

## Robot Road

level-robot-first-steps-title = De første trin
level-robot-first-steps-instruction = Byg et program, der fører robotten hen til flaget. Tryk så på »Kør«.
level-robot-first-steps-learned = Et program er en liste af trin. Robotten udfører dem ét ad gangen, i rækkefølge.
level-robot-first-steps-hint-1 = Kig på flaget. Hvilken vej vender robotten nu?
level-robot-first-steps-hint-2 = »Frem« flytter robotten ét felt. »Drej til højre« drejer den på stedet.
level-robot-first-steps-hint-3 = Start med: Frem, Frem, Drej til højre.

level-robot-turn-left-title = Til venstre
level-robot-turn-left-instruction = Før robotten hen til flaget. Denne gang skal den dreje til venstre.
level-robot-turn-left-learned = »Drej til venstre« og »Drej til højre« ændrer, hvilken vej robotten vender. De flytter den ikke.
level-robot-turn-left-hint-1 = Robotten vender opad. Hvor drejer vejen?
level-robot-turn-left-hint-2 = Efter »Drej til venstre« flytter »Frem« robotten i den nye retning.
level-robot-turn-left-hint-3 = Start med: Frem, Frem, Drej til venstre.

level-robot-zigzag-title = Zigzag-trappe
level-robot-zigzag-instruction = Kør ned ad trappen til flaget. Vejen drejer efter hvert trappetrin.
level-robot-zigzag-learned = En lang vej er bare små trin og drejninger, den ene efter den anden.
level-robot-zigzag-hint-1 = Følg vejen med fingeren. Tæl drejningerne.
level-robot-zigzag-hint-2 = »Drej til højre« for at køre ned. »Drej til venstre« for at køre på tværs igen.
level-robot-zigzag-hint-3 = Start med: Frem, Drej til højre, Frem, Drej til venstre.

level-robot-around-rocks-title = Uden om muren
level-robot-around-rocks-instruction = En mur står i vejen. Kør uden om den for at nå flaget.
level-robot-around-rocks-learned = Når vejen er spærret, kan du planlægge en vej uden om.
level-robot-around-rocks-hint-1 = Robotten kan ikke køre direkte til flaget. Hvor går vejen uden om?
level-robot-around-rocks-hint-2 = Kør først op, så på tværs og så ned.
level-robot-around-rocks-hint-3 = Start med: Frem, Frem, Drej til højre.

level-robot-fix-the-path-title = Ret vejen
level-robot-fix-the-path-instruction = Dette program har en fejl: Robotten kører ind i en mur. Følg den med »Trin«, og ret så programmet.
level-robot-fix-the-path-learned = En bug er en fejl i et program. Én blok for meget kan sende robotten ind i en mur. Tag den ud, så virker programmet.
level-robot-fix-the-path-hint-1 = Tryk på »Trin« for at køre én blok ad gangen. Hvor kører robotten ind i muren?
level-robot-fix-the-path-hint-2 = Robotten kører ét felt for langt, før den drejer. Én blok er for meget.
level-robot-fix-the-path-hint-3 = Den ekstra blok kommer før den første drejning.

level-robot-first-lamp-title = Lys op
level-robot-first-lamp-instruction = Kør hen til lampen. Brug så blokken »Tænd« til at tænde den.
level-robot-first-lamp-learned = »Tænd« virker kun, når robotten står på en lampe.
level-robot-first-lamp-hint-1 = Hvor mange felter væk er lampen?
level-robot-first-lamp-hint-2 = Først skal robotten stå på lampen. Så tænder »Tænd« den.
level-robot-first-lamp-hint-3 = Lampen er tre felter foran robotten.

level-robot-two-lamps-title = To lamper
level-robot-two-lamps-instruction = Tænd begge lamper. Der er intet flag: Opgaven er løst, når alle lamper er tændt.
level-robot-two-lamps-learned = Robotten kan løse en opgave undervejs: stoppe, tænde lampen og så køre videre.
level-robot-two-lamps-hint-1 = Du kører forbi den første lampe på vej til den anden.
level-robot-two-lamps-hint-2 = Sæt »Tænd« lige efter den blok, der bringer robotten op på en lampe.
level-robot-two-lamps-hint-3 = Start med: Frem, Frem, Tænd.

level-robot-lamps-and-flag-title = Lamper og et flag
level-robot-lamps-and-flag-instruction = Tænd begge lamper. Kør så hen til flaget.
level-robot-lamps-and-flag-learned = En opgave kan have flere dele. Robotten skal gøre dem alle færdige.
level-robot-lamps-and-flag-hint-1 = Flaget tæller kun, når alle lamper er tændt.
level-robot-lamps-and-flag-hint-2 = Planlæg en vej, der går over begge lamper, før den når flaget.
level-robot-lamps-and-flag-hint-3 = Start med: Frem, Tænd, Drej til højre.

level-robot-turn-around-title = Vend om
level-robot-turn-around-instruction = Tænd lampen. Vend så om, og kør hen til flaget.
level-robot-turn-around-learned = To drejninger samme vej får robotten til at vende tilbage, der hvor den kom fra.
level-robot-turn-around-hint-1 = Lampen og flaget er på hver sin side af robotten.
level-robot-turn-around-hint-2 = Brug to drejninger for at vende om: Drej til venstre, Drej til venstre.
level-robot-turn-around-hint-3 = Start med: Frem, Frem, Tænd.

level-robot-long-road-title = Den lange vej rundt
level-robot-long-road-instruction = Tænd begge lamper, og slut på flaget. Hvilken vej rundt er kortest?
level-robot-long-road-learned = Der kan være mere end én vej. Tænk først, og vælg så den korteste.
level-robot-long-road-hint-1 = Kører du lige ned, når du flaget, men så er lamperne stadig slukket.
level-robot-long-road-hint-2 = Kør først langs toppen, så ned, og så tilbage langs bunden.
level-robot-long-road-hint-3 = Start med: Frem, Tænd, Frem, Drej til højre.

## Loop Lagoon

level-loop-first-loop-title = Den første løkke
level-loop-first-loop-instruction = Kom hen til flaget. Dit program kan kun have 3 blokke, så brug blokken »Gentag«.
level-loop-first-loop-learned = En »Gentag«-blok kører blokkene inden i sig igen og igen. Én løkke kan gøre arbejdet for mange blokke.
level-loop-first-loop-hint-1 = Tæl felterne mellem robotten og flaget.
level-loop-first-loop-hint-2 = Sæt »Frem« ind i en »Gentag«-blok. Tryk så på »Flere gange« for at sætte tallet.
level-loop-first-loop-hint-3 = »Frem« skal ind i løkken. Sæt tallet til de felter, du talte.

level-loop-lamp-row-title = Række af lamper
level-loop-lamp-row-instruction = Tænd alle fem lamper. Dit program kan kun have 5 blokke, så brug en løkke.
level-loop-lamp-row-learned = En løkke kan gentage mere end én blok. Her gentager den et trin og et lys.
level-loop-lamp-row-hint-1 = Hver lampe er kun ét felt efter den forrige.
level-loop-lamp-row-hint-2 = Sæt to blokke ind i én »Gentag«. Løkken gør begge dele igen og igen.
level-loop-lamp-row-hint-3 = Inde i løkken: Frem, og så Tænd. Hvor mange gange?

level-loop-corner-title = Rundt om hjørnet
level-loop-corner-instruction = Nå flaget. Brug en løkke til hver lang vej, med en drejning imellem.
level-loop-corner-learned = Et program kan have flere løkker, den ene efter den anden.
level-loop-corner-hint-1 = Vejen har to lange, lige stykker.
level-loop-corner-hint-2 = Først en løkke til vejen øverst. Så »Drej til højre«. Så en løkke til vejen ned.
level-loop-corner-hint-3 = Start med: Gentag 4 gange, med Frem inden i. Så Drej til højre.

level-loop-stairs-title = Løkketrappe
level-loop-stairs-instruction = Kør op ad trappen til flaget. Find den del, der gentager sig.
level-loop-stairs-learned = Når et mønster gentager sig, så byg det én gang inde i en løkke. Løkken klarer resten.
level-loop-stairs-hint-1 = Kig på ét trappetrin. Hvad gør robotten på det?
level-loop-stairs-hint-2 = En løkke kan også have drejninger. Sæt ét trappetrin ind i en »Gentag«.
level-loop-stairs-hint-3 = Ét trappetrin er: Frem, Drej til venstre, Frem, Drej til højre.

level-loop-square-title = Firkant af lamper
level-loop-square-instruction = Tænd de tre lamper i hjørnerne. Brug en løkke.
level-loop-square-learned = En løkke med en drejning indeni kan føre robotten rundt i en firkant.
level-loop-square-hint-1 = Alle sider i firkanten ser ens ud.
level-loop-square-hint-2 = Sæt blokkene til én side og ét hjørne ind i en »Gentag«.
level-loop-square-hint-3 = Én side er: Frem, Frem, Tænd, Drej til højre.

level-loop-fix-the-loop-title = Ret løkken
level-loop-fix-the-loop-instruction = Denne løkke skulle tænde alle tre lamper. Efter den første lampe kører robotten ind i en mur. Ret løkken.
level-loop-fix-the-loop-learned = En løkke kører de samme blokke hver runde. Derfor skal hver runde slutte med, at robotten vender den vej, den startede.
level-loop-fix-the-loop-hint-1 = Tryk på »Trin«. Hvilken vej vender robotten, når løkken starter igen?
level-loop-fix-the-loop-hint-2 = Ved slutningen af hver runde skal robotten vende samme vej som ved starten.
level-loop-fix-the-loop-hint-3 = Der mangler en drejning i slutningen af løkken.

level-loop-in-a-loop-title = Løkke i en løkke
level-loop-in-a-loop-instruction = Tænd alle lamper rundt om firkanten. Sæt en løkke ind i en anden løkke.
level-loop-in-a-loop-learned = En løkke kan være inde i en anden løkke. Hver gang den ydre løkke kører én gang, kører den indre alle sine gange.
level-loop-in-a-loop-hint-1 = Kig på én side: tre lamper på række, og så et hjørne.
level-loop-in-a-loop-hint-2 = Den indre løkke tænder én side. Den ydre løkke gør det for hver side.
level-loop-in-a-loop-hint-3 = Den indre løkke: Gentag 3 gange, med Frem og Tænd inden i.

level-loop-lamp-stairs-title = Lampetrappe
level-loop-lamp-stairs-instruction = Kør ned ad trappen, og tænd lampen på hvert trappetrin.
level-loop-lamp-stairs-learned = En løkke kan flytte, dreje og løse en opgave. Hver runde klarer den et helt trappetrin.
level-loop-lamp-stairs-hint-1 = Hvad gør robotten på ét trappetrin? Se, hvor lampen er.
level-loop-lamp-stairs-hint-2 = Find blokkene til ét trappetrin, med »Tænd« det rigtige sted. Gentag dem så.
level-loop-lamp-stairs-hint-3 = Ét trappetrin starter med: Frem, Drej til højre, Frem.

level-loop-big-ring-title = Den store ring
level-loop-big-ring-instruction = Tænd lamperne i hjørnerne af den store ring. Siderne er lange, så brug en løkke i en løkke.
level-loop-big-ring-learned = Den indre løkke kan køre en lang side. Den ydre løkke gentager side, drejning og lys for hvert hjørne.
level-loop-big-ring-hint-1 = Fra ét hjørne til det næste er der fire felter.
level-loop-big-ring-hint-2 = Den indre løkke kører én side. Den ydre løkke tilføjer drejningen og lyset, én gang for hvert hjørne.
level-loop-big-ring-hint-3 = Den indre løkke: Gentag 4 gange, med Frem inden i.

level-choice-until-goal-title = Indtil færdig
level-choice-until-goal-instruction = Nå flaget. Brug »Gentag indtil færdig«: Den bliver ved, indtil opgaven er løst.
level-choice-until-goal-learned = »Gentag indtil færdig« kører sine blokke igen og igen og stopper, når opgaven er løst. Du behøver ikke tælle.
level-choice-until-goal-hint-1 = Hvor langt væk er flaget? Denne gang behøver du ikke vide det.
level-choice-until-goal-hint-2 = »Gentag indtil færdig« gentager blokkene inden i sig, indtil robotten står på flaget.
level-choice-until-goal-hint-3 = »Frem« skal ind i løkken. Der er intet tal at sætte.

## Helper Hills

level-helper-first-helper-title = Din første hjælper
level-helper-first-helper-instruction = Tænd de tre lamper. Byg blokkene til én lampe i »Hjælper 1«. Brug så blokken »Hjælper 1« i »Hovedprogram«.
level-helper-first-helper-learned = En hjælper er en liste af blokke med et navn. Dens blok kalder hjælperen: Den kører hele listen, så tit du vil.
level-helper-first-helper-hint-1 = Lamperne er i hjørnerne. Hvad gør robotten for at nå én lampe?
level-helper-first-helper-hint-2 = Byg blokkene til én lampe i »Hjælper 1«. I »Hovedprogram« sætter du blokken »Hjælper 1« én gang for hver lampe.
level-helper-first-helper-hint-3 = Hjælper 1 kan være: Frem, Frem, Tænd, Drej til højre.

level-helper-zigzag-title = Hjælper og drejninger
level-helper-zigzag-instruction = Tænd de tre lamper. Lad »Hjælper 1« køre og tænde. »Hovedprogram« klarer drejningerne.
level-helper-zigzag-learned = »Hovedprogram« kan blande hjælperblokke med andre blokke.
level-helper-zigzag-hint-1 = Mellem lamperne drejer vejen. Drejer den samme vej hver gang?
level-helper-zigzag-hint-2 = Det lige stykke er det samme hver gang, så sæt det i »Hjælper 1«. Sæt drejningerne i »Hovedprogram«.
level-helper-zigzag-hint-3 = Hjælper 1: Frem, Frem, Frem, Tænd.

level-helper-lamp-stairs-title = Hjælpertrappe
level-helper-lamp-stairs-instruction = Kør op ad trappen, og tænd lampen på hvert trappetrin. Brug »Hjælper 1«.
level-helper-lamp-stairs-learned = En hjælper kan rumme et større mønster, med ture, drejninger og lys.
level-helper-lamp-stairs-hint-1 = Kig på ét trappetrin. Hvor er dets lampe?
level-helper-lamp-stairs-hint-2 = Sæt et helt trappetrin i »Hjælper 1«. Brug så »Hjælper 1« én gang for hvert trappetrin.
level-helper-lamp-stairs-hint-3 = Ét trappetrin starter med: Frem, Drej til venstre, Frem.

level-helper-call-itself-title = En hjælper, der gentager
level-helper-call-itself-instruction = Kør op ad den lange trappe til flaget. »Hovedprogram« kan kun have 3 blokke. Kan »Hjælper 1« kalde sig selv og blive ved, ligesom »Gentag indtil færdig«?
level-helper-call-itself-learned = En hjælper kan kalde sig selv til sidst. Så starter den forfra, som en løkke, indtil opgaven er løst.
level-helper-call-itself-hint-1 = Der er flere trappetrin, end der er plads til i »Hovedprogram«.
level-helper-call-itself-hint-2 = Sæt blokken »Hjælper 1« sidst inde i »Hjælper 1«. Så kører Hjælper 1 igen og igen.
level-helper-call-itself-hint-3 = Hjælper 1 starter med: Frem, Drej til venstre, Frem, Drej til højre.

level-helper-round-and-round-title = Rundt og rundt
level-helper-round-and-round-instruction = Tænd alle fire lamper. Lad »Hjælper 1« køre rundt ved at kalde sig selv.
level-helper-round-and-round-learned = En hjælper, der kalder sig selv, bliver ved, indtil alle lamper er tændt.
level-helper-round-and-round-hint-1 = Hver side har én lampe, i midten.
level-helper-round-and-round-hint-2 = For én side: kør, tænd, kør, drej. Så starter Hjælper 1 forfra af sig selv.
level-helper-round-and-round-hint-3 = Hjælper 1 starter med: Frem, Tænd, Frem.

level-helper-fix-the-helper-title = Hjælperen, der stopper
level-helper-fix-the-helper-instruction = »Hjælper 1« skulle køre rundt om firkanten og tænde alle tre lamper, men den stopper efter den første. Ret »Hjælper 1«.
level-helper-fix-the-helper-learned = En hjælper, der skal blive ved, kalder sig selv til sidst. Uden det kald kører den én gang og stopper.
level-helper-fix-the-helper-hint-1 = Tryk på »Trin«. Hvad sker der, når Hjælper 1 når sin slutning?
level-helper-fix-the-helper-hint-2 = »Hovedprogram« kalder kun Hjælper 1 én gang. Hvordan kunne Hjælper 1 starte sig selv igen?
level-helper-fix-the-helper-hint-3 = Der mangler noget i slutningen af Hjælper 1.

level-helper-second-helper-title = To hjælpere
level-helper-second-helper-instruction = Tænd alle lamper rundt om firkanten. »Hjælper 1« kan kalde »Hjælper 2«. For tre stjerner kalder Hjælper 1 også sig selv.
level-helper-second-helper-learned = En hjælper kan kalde en anden hjælper. Små dele bygger større dele.
level-helper-second-helper-hint-1 = Hvad er det mindste mønster? Kig på én lampe.
level-helper-second-helper-hint-2 = Sæt det mindste mønster i »Hjælper 2«. Hjælper 1 kalder den for at klare én side, drejer og kalder så sig selv.
level-helper-second-helper-hint-3 = Hjælper 2: Frem, Tænd.

level-helper-walk-then-loop-title = Kør, og gentag så
level-helper-walk-then-loop-instruction = Kør først hen til trappen. Lad så »Hjælper 1« køre op ad den og tænde hver lampe: Den kalder sig selv til sidst.
level-helper-walk-then-loop-learned = »Hovedprogram« kan klare den første del af en opgave og så give resten videre til en hjælper.
level-helper-walk-then-loop-hint-1 = Trappen starter ikke, hvor robotten står. Den første lampe er tre felter længere fremme.
level-helper-walk-then-loop-hint-2 = Brug »Hovedprogram« til at køre hen til trappen. Kald så »Hjælper 1«: Den kører et trappetrin op, tænder lampen og kalder sig selv.
level-helper-walk-then-loop-hint-3 = Hovedprogram: Frem, Frem, Hjælper 1.

level-helper-big-ring-title = Hjælpere kører rundt
level-helper-big-ring-instruction = Tænd de tre lamper rundt om firkanten. Der er ingen »Drej til venstre«-blok: Byg en i en hjælper. »Hovedprogram« har kun plads til én blok, så en hjælper skal kalde sig selv.
level-helper-big-ring-learned = En hjælper kan være en blok, du ikke har: Tre »Drej til højre« giver én »Drej til venstre«.
level-helper-big-ring-hint-1 = Vejen drejer til venstre ved hvert hjørne, men du har kun »Drej til højre«.
level-helper-big-ring-hint-2 = Efter tre »Drej til højre« vender robotten samme vej som efter én »Drej til venstre«. Sæt dem i en hjælper for sig.
level-helper-big-ring-hint-3 = Én hjælper kan være: Drej til højre, Drej til højre, Drej til højre.

## Choice Canyon

level-choice-first-if-title = Rød betyder drej
level-choice-first-if-instruction = Hvert rødt felt betyder: Drej til venstre her. Brug en »Hvis«-blok til at tjekke for rødt.
level-choice-first-if-learned = En »Hvis«-blok stiller et spørgsmål. Blokkene inden i den kører kun, når svaret er ja.
level-choice-first-if-hint-1 = Hvor drejer vejen? Hvilken farve har de felter?
level-choice-first-if-hint-2 = »Hvis på rød« kører kun sine blokke, når robotten står på et rødt felt.
level-choice-first-if-hint-3 = Inde i Gentag indtil færdig: Frem, og så Hvis på rød.

level-choice-green-lamps-title = Grøn før en lampe
level-choice-green-lamps-instruction = Et grønt felt betyder, at der er en lampe på det næste felt. Tænd alle lamperne.
level-choice-green-lamps-learned = Et tjek kan fortælle robotten, hvad der kommer, så den kan gøre sig klar.
level-choice-green-lamps-hint-1 = Kig på feltet lige før hver lampe.
level-choice-green-lamps-hint-2 = Når robotten står på grøn, kan den køre op på lampen og tænde den.
level-choice-green-lamps-hint-3 = Inde i Gentag indtil færdig: Frem, og så Hvis på grøn.

level-choice-path-right-title = Kig til højre
level-choice-path-right-instruction = Robotten kan tjekke vejen. Drej til højre, overalt hvor der er vej til højre.
level-choice-path-right-learned = Robotten kan mærke mure. »Vej til højre« er ja, når feltet til højre for den er frit.
level-choice-path-right-hint-1 = Ved hvert hjørne fortsætter vejen til højre.
level-choice-path-right-hint-2 = »Hvis vej til højre« kigger på feltet til højre for robotten.
level-choice-path-right-hint-3 = Inde i Gentag indtil færdig: Frem, og så Hvis vej til højre.

level-choice-fix-the-check-title = For mange drejninger
level-choice-fix-the-check-instruction = Blå betyder drej til højre. Men denne robot drejer på hvert felt og kører ind i en mur. Ret programmet.
level-choice-fix-the-check-learned = Blokkene inde i en »Hvis« kører kun, når svaret er ja. En blok efter »Hvis« kører hver gang.
level-choice-fix-the-check-hint-1 = Tryk på »Trin«. Drejer robotten på et felt, der ikke er blåt?
level-choice-fix-the-check-hint-2 = Hvilken drejning er inde i »Hvis«? Hvilken kører hver gang?
level-choice-fix-the-check-hint-3 = Kig på den sidste blok i løkken.

level-choice-if-else-title = Hvis eller ellers
level-choice-if-else-instruction = Kør ligeud, når vejen forude er fri. Ellers drej til højre. Pas på de små sideveje!
level-choice-if-else-learned = »Hvis … ellers« vælger én af to veje: den første del, når svaret er ja, ellers-delen, når det er nej.
level-choice-if-else-hint-1 = De små sideveje fører ingen steder hen. Drej kun, når der er en mur foran.
level-choice-if-else-hint-2 = »Hvis … ellers« har to dele. Den første del kører ved ja. Ellers-delen kører ved nej.
level-choice-if-else-hint-3 = Inde i Gentag indtil færdig bruger du Hvis vej forude, med Frem i den første del.

level-choice-colours-title = Rød og blå
level-choice-colours-instruction = Rød betyder drej til venstre. Blå betyder drej til højre. Brug to »Hvis«-blokke.
level-choice-colours-learned = Et program kan stille mere end ét spørgsmål. Hver »Hvis«-blok stiller sit eget.
level-choice-colours-hint-1 = Kig på farverne på de felter, hvor vejen drejer.
level-choice-colours-hint-2 = Sæt to »Hvis«-blokke i løkken: Den ene spørger om rød, den anden om blå.
level-choice-colours-hint-3 = Inde i Gentag indtil færdig starter du med Frem. Så Hvis på rød, med Drej til venstre inden i.

level-choice-corner-lamps-title = Tænd eller drej
level-choice-corner-lamps-instruction = Hvert felt på denne vej er en lampe eller rødt. På rød: drej til venstre. På alle andre felter: tænd lampen.
level-choice-corner-lamps-learned = »Hvis … ellers« kan også spørge om en farve: Den første del kører på rød, ellers-delen på alle andre felter.
level-choice-corner-lamps-hint-1 = Hvilke felter har ingen lampe? Hvad gør robotten der?
level-choice-corner-lamps-hint-2 = Én »Hvis … ellers« kan klare begge opgaver: én del til de røde felter, ellers-delen til lamperne.
level-choice-corner-lamps-hint-3 = Inde i Gentag indtil færdig: Frem, og så Hvis på rød, med Drej til venstre i den første del.

level-choice-two-rules-title = To regler
level-choice-two-rules-instruction = Rød betyder drej til venstre. En mur foran betyder drej til højre. Brug en »Hvis« til den ene regel og en »Hvis … ellers« til den anden.
level-choice-two-rules-learned = Ét program kan blande »Hvis« og »Hvis … ellers«. Hver stiller sit eget spørgsmål, den ene efter den anden.
level-choice-two-rules-hint-1 = Nogle veje fortsætter forbi et rødt felt, men de fører ingen steder hen. På rød: drej til venstre.
level-choice-two-rules-hint-2 = Stil to spørgsmål hver runde: Står jeg på rød? Er vejen forude fri?
level-choice-two-rules-hint-3 = Inde i Gentag indtil færdig starter du med Frem. Så Hvis på rød, med Drej til venstre inden i.

level-choice-red-means-left-title = Kløftens kryds
level-choice-red-means-left-instruction = Kør ligeud, så længe vejen forude er fri. Ved en mur: Kig på feltet. På rød drejer du til venstre, på alle andre felter til højre.
level-choice-red-means-left-learned = En »Hvis« kan være inde i en anden »Hvis«. Robotten stiller ét spørgsmål, og så måske et til.
level-choice-red-means-left-hint-1 = Røde felter betyder kun noget ved en mur. På en åben vej kører du bare over dem. Én vej kører i ring!
level-choice-red-means-left-hint-2 = Spørg først: Er vejen forude fri? Kun når den ikke er, spørger du: Står jeg på rød?
level-choice-red-means-left-hint-3 = Inde i Gentag indtil færdig bruger du Hvis vej forude … ellers, med Frem i den første del.

## Bug Bay

level-bug-wrong-turn-title = Forkert vej
level-bug-wrong-turn-instruction = Dette program skulle føre robotten til flaget, men robotten kører ind i en mur. Find den forkerte blok, og ret den.
level-bug-wrong-turn-learned = Fejlfinding betyder at finde det trin, der går galt, og kun rette det trin.
level-bug-wrong-turn-hint-1 = Tryk på »Trin« for at køre én blok ad gangen. Hvor går det galt?
level-bug-wrong-turn-hint-2 = En fejl er tit bare én forkert blok. Byt den ud med den rigtige.
level-bug-wrong-turn-hint-3 = Kig på drejningen. Skal robotten dreje til venstre eller højre?

level-bug-missing-step-title = Et manglende trin
level-bug-missing-step-instruction = Robotten prøver at tænde en lampe, hvor der ikke er nogen. Find det, der mangler.
level-bug-missing-step-learned = Nogle gange er en fejl en blok, der mangler. Tæl felterne for at tjekke.
level-bug-missing-step-hint-1 = Hvilken lampe forbliver slukket?
level-bug-missing-step-hint-2 = Tæl felterne fra hjørnet til den anden lampe. Tæl også »Frem«-blokkene.
level-bug-missing-step-hint-3 = Den manglende blok hører til lige efter Drej til højre. Hvilken blok flytter robotten?

level-bug-loop-count-title = Tæl igen
level-bug-loop-count-instruction = Robotten kører ind i en mur. Tjek, hvor mange gange hver løkke gentager, og ret det.
level-bug-loop-count-learned = En løkke, der gentager én gang for meget eller én gang for lidt, er en meget almindelig fejl.
level-bug-loop-count-hint-1 = Følg den første løkke. Hvor kører robotten ind i noget?
level-bug-loop-count-hint-2 = Tæl felterne før hjørnet. Løkken skal gentage så mange gange.
level-bug-loop-count-hint-3 = Ret tallet i den første løkke.

level-bug-forgot-light-title = Slukket lys
level-bug-forgot-light-instruction = Robotten kører rundt om firkanten, men ingen lampe tænder. Ret løkken.
level-bug-forgot-light-learned = Når noget aldrig sker, så tjek, om der mangler en blok i løkken.
level-bug-forgot-light-hint-1 = Hvilken blok tænder en lampe? Er den i programmet?
level-bug-forgot-light-hint-2 = En blok, du sætter ind i en løkke, kører hver runde.
level-bug-forgot-light-hint-3 = Den manglende blok skal ind i løkken. Robotten står på en lampe efter de to Frem-blokke.

level-bug-helper-turn-title = Hjælperfejl
level-bug-helper-turn-instruction = »Hjælper 1« har en fejl. »Hovedprogram« kalder den tre gange, så fejlen sker hver gang. Ret den én gang.
level-bug-helper-turn-learned = Når du retter en hjælper, retter du alle de steder, der kalder den.
level-bug-helper-turn-hint-1 = Tryk på »Trin«. Hvad sker der efter den første lampe?
level-bug-helper-turn-hint-2 = Ved hvert hjørne af denne firkant fortsætter vejen til højre.
level-bug-helper-turn-hint-3 = Kig på den sidste blok i Hjælper 1.

level-bug-wrong-side-title = Forkert side
level-bug-wrong-side-instruction = Vejen drejer altid til højre, men robotten kører ind i en mur. »Hvis« stiller det forkerte spørgsmål. Ret det.
level-bug-wrong-side-learned = En »Hvis«, der stiller det forkerte spørgsmål, kan få hele programmet til at gå galt.
level-bug-wrong-side-hint-1 = Hvilken vej drejer vejen? Hvilken side kigger »Hvis« på?
level-bug-wrong-side-hint-2 = Tryk på »Hvis«-blokken i programmet. Tryk så på »Skift spørgsmålet«.
level-bug-wrong-side-hint-3 = Hvis-blokken kigger til den ene side, vejen drejer til den anden.

level-bug-two-mistakes-title = To fejl
level-bug-two-mistakes-instruction = Dette program har to fejl. Find dem begge, så robotten kører op ad trappen til flaget.
level-bug-two-mistakes-learned = Et program kan have mere end én fejl. Ret den ene, kør igen, og ret så den næste.
level-bug-two-mistakes-hint-1 = Følg trappens første trappetrin. Hvor går robotten forkert?
level-bug-two-mistakes-hint-2 = Den ene fejl er en drejning. Den anden er, hvor mange gange løkken gentager.
level-bug-two-mistakes-hint-3 = På hvert trappetrin kører robotten op og drejer så tilbage i køreretningen. Tjek den drejning, og tæl så trappetrinnene.

level-bug-mixed-colours-title = Blandede farver
level-bug-mixed-colours-instruction = Rød skulle betyde drej til venstre, og blå drej til højre. Nogen har byttet rundt på dem. Ret programmet.
level-bug-mixed-colours-learned = Test dit program, se, hvor det gør noget, du ikke ville, og ret kun det.
level-bug-mixed-colours-hint-1 = Hvad gør robotten på det første blå felt?
level-bug-mixed-colours-hint-2 = Hver »Hvis« spørger om den rigtige farve, men drejer den forkerte vej.
level-bug-mixed-colours-hint-3 = Ret drejningen inde i hver Hvis.
