# Signal Station: events. Beside Main and the helpers, a program has a part that runs by
# itself each time an event happens; then the robot carries on. Name the event part by its
# title, as pupils see it: »Når robotten kører ind på en lampe«, »Når robotten kører ind på
# rød« (blå, grøn); the button is »Skift hændelsen«.

## A first event, a colour, the right event

level-signal-first-event-title = Lamper hist og her
level-signal-first-event-instruction = Tænd alle lamper, og stop så ved flaget. »Hovedprogram« har kun plads til 3 blokke, så det kan ikke klare det alene. Prøv den nye del: »Når robotten kører ind på en lampe«.
level-signal-first-event-learned = En hændelse er noget, der sker, fx at robotten kører ind på en lampe. Blokkene i »Når robotten kører ind på en lampe« kører, hver gang det sker. Så fortsætter robotten med »Hovedprogram«.
level-signal-first-event-hint-1 = Lamperne står ikke lige langt fra hinanden. Skal »Hovedprogram« vide, hvor hver lampe er?
level-signal-first-event-hint-2 = Lad »Hovedprogram« bare køre hen til flaget. Hver gang robotten kører ind på en lampe, kører »Når robotten kører ind på en lampe« af sig selv.
level-signal-first-event-hint-3 = Sæt Tænd i »Når robotten kører ind på en lampe«.

level-signal-blue-corners-title = Blå hjørner
level-signal-blue-corners-instruction = Kør hen til flaget i midten. De blå felter viser, hvor vejen drejer. »Hovedprogram« har kun plads til 3 blokke.
level-signal-blue-corners-learned = En hændelse kan også være en farve. »Når robotten kører ind på blå« kører, hver gang en »Frem« bringer robotten ind på et blåt felt.
level-signal-blue-corners-hint-1 = Hvilken vej drejer vejen ved hvert blåt felt? Er det den samme vej hver gang?
level-signal-blue-corners-hint-2 = »Hovedprogram« kører bare videre. Drejningerne hører til i »Når robotten kører ind på blå«.
level-signal-blue-corners-hint-3 = Hovedprogram er Gentag indtil færdig, med Frem inden i.

level-signal-which-event-title = Hvilken farve?
level-signal-which-event-instruction = Kør hen til flaget. Vejen drejer til venstre ved nogle farvede felter. Se godt på farverne, og vælg så den rigtige hændelse.
level-signal-which-event-learned = »Skift hændelsen« vælger, hvad robotten reagerer på. Vælg den hændelse, der sker lige der, hvor robotten skal handle.
level-signal-which-event-hint-1 = Hvor drejer vejen? Hvilken farve har de felter?
level-signal-which-event-hint-2 = De røde felter ligger på lige stykker. At dreje der fører ind i en blindgyde. Tryk på »Skift hændelsen«.
level-signal-which-event-hint-3 = Sæt Drej til venstre i »Når robotten kører ind på grøn«.

## More in the event part

level-signal-corner-lamps-title = Lamper i hjørnerne
level-signal-corner-lamps-instruction = Kør én gang rundt i ringen, tænd de fire lamper, og stop ved flaget bag robotten. Hver lampe er i et hjørne.
level-signal-corner-lamps-learned = En hændelsesdel kan rumme mere end én blok. Hver gang hændelsen sker, kører alle dens blokke, den ene efter den anden.
level-signal-corner-lamps-hint-1 = Hvad skal robotten gøre i hvert hjørne?
level-signal-corner-lamps-hint-2 = Ved hver lampe er der to opgaver: tænde lampen og dreje. Begge skal i »Når robotten kører ind på en lampe«.
level-signal-corner-lamps-hint-3 = Sæt Tænd i »Når robotten kører ind på en lampe«. Hvad sker der ellers i et hjørne?

level-signal-count-reds-title = Det tredje røde felt
level-signal-count-reds-instruction = Nå flaget. Hvert rødt felt har en vej til venstre, men kun det tredje fører hen til flaget. Lad robotten tælle de røde felter.
level-signal-count-reds-learned = En hændelsesdel kan også bruge tælleren. »Når robotten kører ind på rød« lægger 1 til på hvert rødt felt, så »Hovedprogram« bare skal køre.
level-signal-count-reds-hint-1 = De tre røde felter ser ens ud. Hvordan kan robotten vide, hvilket der er det tredje?
level-signal-count-reds-hint-2 = Hver gang robotten kører ind på rød, lægger du 1 til tælleren. Når tælleren er 3, drejer du til venstre.
level-signal-count-reds-hint-3 = »Når robotten kører ind på rød« starter med Læg 1 til tæller.

level-signal-winding-road-title = Den snoede vej
level-signal-winding-road-instruction = Følg den snoede vej, tænd alle lamper, og nå flaget. Lamperne er ikke i hjørnerne.
level-signal-winding-road-learned = »Hovedprogram« og hændelsesdelen kan klare hver sin opgave. Her følger »Hovedprogram« vejen, og »Når robotten kører ind på en lampe« tænder lamperne undervejs.
level-signal-winding-road-hint-1 = Hvilken vej drejer vejen i hvert hjørne?
level-signal-winding-road-hint-2 = »Hovedprogram« kører og drejer til højre, overalt hvor der er vej til højre. Lamperne er en opgave for »Når robotten kører ind på en lampe«.
level-signal-winding-road-hint-3 = I Hovedprogram, inde i Gentag indtil færdig: Frem, og så Hvis vej til højre.

level-signal-fix-the-event-title = Den forkerte hændelse
level-signal-fix-the-event-instruction = På hvert blåt felt skal robotten dreje den vej, vejen går. Men den drejer for tidligt og kører ind i en mur. Ret programmet.
level-signal-fix-the-event-learned = Når en hændelsesdel gør det rigtige på det forkerte tidspunkt, så tjek først dens hændelse. Ét tryk på »Skift hændelsen« kan rette det.
level-signal-fix-the-event-hint-1 = Tryk på »Trin«, og se efter. På hvilket felt drejer robotten første gang?
level-signal-fix-the-event-hint-2 = Blokkene i hændelsesdelen er rigtige. De kører bare på de forkerte felter.
level-signal-fix-the-event-hint-3 = Læs titlen over Hvis … ellers. Er det det, der sker i hjørnerne?

level-signal-side-steps-title = Sidetrin
level-signal-side-steps-instruction = Nå flaget. Ved hvert rødt felt rykker vejen ét felt til robottens højre side. »Når robotten kører ind på rød« har kun plads til 2 blokke.
level-signal-side-steps-learned = En hændelsesdel kan kalde en hjælper, ligesom »Hovedprogram«. Hjælperens blokke kører, og så fortsætter robotten med »Hovedprogram«.
level-signal-side-steps-hint-1 = Hvad gør robotten på et rødt felt for at komme hen til næste stykke af vejen?
level-signal-side-steps-hint-2 = Et sidetrin kræver tre blokke, men hændelsesdelen har kun plads til 2. Byg sidetrinnet i »Hjælper 1«, og kald den fra »Når robotten kører ind på rød«.
level-signal-side-steps-hint-3 = Hjælper 1 starter med Drej til højre.
