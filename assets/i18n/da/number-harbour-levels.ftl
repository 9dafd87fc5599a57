# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Tile names as in robot.ftl: Frem, Drej til venstre, Drej til højre, Tænd, Gentag,
# Gentag indtil færdig, Hvis, Hjælper 1, Hjælper 1 med et tal, Gentag n gange, Sæt tæller,
# Læg 1 til tæller, Hovedprogram.

## Loops and ifs inside helpers

level-number-loop-in-helper-title = En løkke i en hjælper
level-number-loop-in-helper-instruction = Tænd de tre lamper for enden af de lange sider. »Hovedprogram« har kun plads til 3 blokke, og »Hjælper 1« kun til 4.
level-number-loop-in-helper-learned = En hjælper kan rumme en løkke. Hver gang »Hovedprogram« kalder hjælperen, kører dens løkke forfra.
level-number-loop-in-helper-hint-1 = De tre sider er ens: samme længde, med en lampe og en drejning for enden. Hvad gør robotten på én side?
level-number-loop-in-helper-hint-2 = Fire »Frem«-blokke og en drejning kan ikke være i »Hjælper 1«. Sæt en »Gentag« ind i hjælperen i stedet.
level-number-loop-in-helper-hint-3 = Hjælper 1: Gentag 4 gange med Frem inden i, og så Drej til højre.

level-number-round-the-basin-title = Rundt om bassinet
level-number-round-the-basin-instruction = Tænd alle lamper rundt om havnebassinet. »Hovedprogram« har kun plads til én blok, så »Hjælper 1« skal kalde sig selv.
level-number-round-the-basin-learned = En hjælper kan rumme en løkke og stadig kalde sig selv. Løkken klarer én side, og kaldet starter den næste.
level-number-round-the-basin-hint-1 = Alle sider ser ens ud. Hvor mange lamper er der på én side?
level-number-round-the-basin-hint-2 = Én side er: tre gange »Frem« og »Tænd«, og så en drejning. Byg det i »Hjælper 1« med en løkke, og lad Hjælper 1 kalde sig selv til sidst.
level-number-round-the-basin-hint-3 = Hjælper 1 starter med Gentag 3 gange, med Frem og Tænd inden i.

level-number-if-in-helper-title = Røde hjørner
level-number-if-in-helper-instruction = Tænd alle lamperne langs havnemuren. På et rødt felt drejer vejen til venstre. »Hovedprogram« har kun plads til 3 blokke.
level-number-if-in-helper-learned = En hjælper kan rumme en »Hvis«. Hver gang hjælperen kører, stiller den sit spørgsmål igen, så én hjælper passer både til lige veje og hjørner.
level-number-if-in-helper-hint-1 = Fra én lampe til den næste er der altid to trin. Nogle gange er feltet imellem rødt.
level-number-if-in-helper-hint-2 = Lad »Hjælper 1« føre robotten fra én lampe til den næste. Undervejs spørger den: Står jeg på rød? »Hovedprogram« tænder lampen og gentager, indtil den er færdig.
level-number-if-in-helper-hint-3 = Hjælper 1 starter med Frem, og så Hvis på rød.

## Helpers with a number

level-number-walk-n-title = Kør n felter
level-number-walk-n-instruction = Nå flaget. De lige stykker af vejen har forskellig længde, og »Hovedprogram« har kun plads til 5 blokke. Brug »Hjælper 1 med et tal«.
level-number-walk-n-learned = Du kan give en hjælper et tal, når du kalder den. Inde i hjælperen gentager »Gentag n gange« så mange gange, som tallet siger.
level-number-walk-n-hint-1 = Tæl felterne på hvert lige stykke af vejen.
level-number-walk-n-hint-2 = I »Hjælper 1« sætter du »Frem« ind i »Gentag n gange«. Så kører »Hjælper 1 med 3« 3 felter, og »Hjælper 1 med 6« kører 6.
level-number-walk-n-hint-3 = Hovedprogram starter med Hjælper 1 med 3, og så Drej til højre.

level-number-spiral-title = Spiralen
level-number-spiral-instruction = Følg spiralen hen til flaget i midten. Hvert lige stykke er ét felt kortere end det forrige.
level-number-spiral-learned = Hjælperen er den samme, og kun dens tal ændrer sig fra kald til kald. »Hovedprogram« siger bare hvor langt.
level-number-spiral-hint-1 = Hvor langt er hvert lige stykke? Hvad gør robotten for enden af hvert af dem?
level-number-spiral-hint-2 = »Hjælper 1« kan køre n felter og så dreje. »Hovedprogram« kalder den fire gange, hver gang med et mindre tal.
level-number-spiral-hint-3 = Hjælper 1 slutter med Drej til højre.

level-number-lamp-rows-title = Rækker af lamper
level-number-lamp-rows-instruction = Tænd rækken med 5 lamper og rækken med 3 lamper. »Hovedprogram« har kun plads til 3 blokke.
level-number-lamp-rows-learned = Tallet behøver ikke at tælle trin. Her tæller det lamper: »Hjælper 1 med 5« tænder 5 lamper.
level-number-lamp-rows-hint-1 = For hver lampe kører robotten op på den og tænder den.
level-number-lamp-rows-hint-2 = Sæt »Frem« og »Tænd« ind i »Gentag n gange«. Så siger n, hvor mange lamper Hjælper 1 tænder.
level-number-lamp-rows-hint-3 = Hovedprogram: Hjælper 1 med 5, så Drej til højre, og så én blok mere.

## The robot's counter

level-number-third-opening-title = Den tredje åbning
level-number-third-opening-instruction = Vejen til flaget er den tredje åbning til højre. Lad robotten tælle de åbninger, den kører forbi.
level-number-third-opening-learned = Robotten har en tæller, der starter på 0. »Læg 1 til tæller« lægger én til, og »Hvis tæller er 3« spørger, hvor mange gange det er sket.
level-number-third-opening-hint-1 = De to første åbninger til højre fører bare tilbage til vejen. Kun den tredje fører hen til flaget.
level-number-third-opening-hint-2 = Hver gang der er vej til højre, lægger du 1 til tælleren. Drej kun til højre, når tælleren er 3.
level-number-third-opening-hint-3 = Inde i Gentag indtil færdig: Frem, og så Hvis vej til højre.

level-number-counting-helper-title = En hjælper, der tæller
level-number-counting-helper-instruction = Tag den tredje åbning til højre for at nå flaget. »Hovedprogram« har kun plads til 4 blokke, så »Hjælper 1« må stå for at tælle.
level-number-counting-helper-learned = »Hovedprogram« og hjælperne deler én tæller. En hjælper kan lægge til den og spørge om den, og tællingen bliver, når hjælperen slutter.
level-number-counting-helper-hint-1 = Denne gang kører robotten mod venstre, så dens højre side er toppen af brættet.
level-number-counting-helper-hint-2 = »Hovedprogram« kører og spørger: Er der vej til højre? I så fald kalder den »Hjælper 1«. Hjælper 1 tæller og drejer til højre, når tælleren er 3.
level-number-counting-helper-hint-3 = Hjælper 1 starter med Læg 1 til tæller.

level-number-second-red-title = Det andet røde felt
level-number-second-red-instruction = Nå flaget. Drej til venstre ved det andet røde felt, ikke ved det første.
level-number-second-red-learned = Tælleren kan tælle alt, robotten kan spørge om: åbninger, farver og meget mere.
level-number-second-red-hint-1 = Begge røde felter har en vej til venstre. Hvilken fører hen til flaget?
level-number-second-red-hint-2 = På hvert rødt felt lægger du 1 til tælleren. Drej kun til venstre, når tælleren er 2.
level-number-second-red-hint-3 = Inde i Gentag indtil færdig: Frem, og så Hvis på rød.

level-number-fix-the-count-title = Tæl forfra
level-number-fix-the-count-instruction = Robotten skulle dreje til venstre ved hvert andet røde felt. Den drejer ved det andet, men ved det fjerde kører den lige ind i en mur. Ret programmet.
level-number-fix-the-count-learned = En tæller bliver ved med at vokse, indtil du sætter den tilbage. »Sæt tæller til 0« starter en ny omgang tælling.
level-number-fix-the-count-hint-1 = Tryk på »Trin«, og hold øje med tælleren ved siden af trinnummeret. Hvad er tælleren på det fjerde røde felt?
level-number-fix-the-count-hint-2 = Efter den første drejning skal robotten tælle fra 0 igen.
level-number-fix-the-count-hint-3 = Kig på, hvad der sker lige efter, at robotten drejer til venstre.
