# Sensor Springs: "Gentag så længe" asks its question before every round; then the logic words
# ikke, eller, og. Tile names as in robot.ftl; questions as the tiles read them: vej forude,
# vej til venstre, vej til højre, på rød, på blå, ikke, og, eller.

level-sensor-first-while-title = Lange korridorer
level-sensor-first-while-instruction = Tænd lampen for enden af de to lange korridorer. Prøv den nye blok: »Gentag så længe«.
level-sensor-first-while-learned = »Gentag så længe« stiller sit spørgsmål før hver runde. Så længe svaret er ja, kører den sine blokke igen. Når svaret er nej, stopper den.
level-sensor-first-while-hint-1 = Hvor mange felter lang er hver korridor? Denne gang behøver du ikke tælle.
level-sensor-first-while-hint-2 = »Gentag så længe vej forude« flytter robotten videre, indtil der er en mur foran den.
level-sensor-first-while-hint-3 = Brug én »Gentag så længe« til hver korridor, med Frem inden i.

level-sensor-blue-stripe-title = Følg det blå
level-sensor-blue-stripe-instruction = Den blå stribe fører hen til en lampe. Tænd den. Pas på: Vejen fortsætter forbi lampen!
level-sensor-blue-stripe-learned = »Gentag så længe« kan også spørge om en farve. »Gentag så længe på blå« bliver ved, indtil robotten kører væk fra de blå felter.
level-sensor-blue-stripe-hint-1 = Hvor slutter den blå stribe? Slutter vejen også der?
level-sensor-blue-stripe-hint-2 = »Vej forude« ville føre robotten forbi lampen, helt hen til muren. Spørg om farven i stedet.
level-sensor-blue-stripe-hint-3 = Robotten starter på et gråt felt. Kør først ind på striben, og brug så Gentag så længe på blå.

level-sensor-three-stripes-title = Tre striber
level-sensor-three-stripes-instruction = Tænd alle tre lamper. Hver blå stribe fører hen til en lampe, og hver stribe har sin egen længde.
level-sensor-three-stripes-learned = En »Gentag så længe« kan være inde i en »Gentag«. I hver runde kører den indre løkke, indtil dens svar er nej.
level-sensor-three-stripes-hint-1 = Hvad gør robotten ved én stribe? Er det det samme ved de to andre?
level-sensor-three-stripes-hint-2 = For hver stribe: Kør ind på den, kør så længe du er på blå, tænd lampen. Gør det tre gange.
level-sensor-three-stripes-hint-3 = Sæt Gentag så længe på blå ind i Gentag 3 gange.

level-sensor-stop-on-red-title = Stop på rød
level-sensor-stop-on-red-instruction = Nå flaget. Det er lige ved siden af det røde felt.
level-sensor-stop-on-red-learned = »ikke« vender et spørgsmål om. »Gentag så længe ikke på rød« bliver ved, indtil robotten står på rød.
level-sensor-stop-on-red-hint-1 = Der er ingen mur ved det røde felt. Hvad kan robotten tjekke der?
level-sensor-stop-on-red-hint-2 = Tryk på »Skift ikke / og / eller« for at sætte »ikke« foran et spørgsmål. »Ikke på rød« er ja på hvert felt, der ikke er rødt.
level-sensor-stop-on-red-hint-3 = Start med Gentag så længe ikke på rød, med Frem inden i. Drej så mod flaget.

level-sensor-fix-the-while-title = Rundt og rundt
level-sensor-fix-the-while-instruction = Røde felter markerer hjørnerne: Drej til højre på hvert af dem. Men denne robot kører rundt i en lillebitte firkant. Ret programmet.
level-sensor-fix-the-while-learned = Blokkene inde i »Gentag så længe« kører i hver runde. En drejning, der hører til efter løkken, skal stå efter den, ikke inden i.
level-sensor-fix-the-while-hint-1 = Tryk på »Trin«. Hvornår drejer robotten? Står den på rød da?
level-sensor-fix-the-while-hint-2 = Robotten skal dreje én gang, når den står på rød, ikke efter hvert trin.
level-sensor-fix-the-while-hint-3 = Kig på blokkene inde i Gentag så længe.

level-sensor-side-roads-title = Sideveje
level-sensor-side-roads-instruction = Der står en lampe, overalt hvor en sidevej begynder, til venstre eller til højre. Tænd alle lamper.
level-sensor-side-roads-learned = »eller« forbinder to spørgsmål. »Vej til venstre eller vej til højre« er ja, når det ene er ja, eller begge er.
level-sensor-side-roads-hint-1 = Kig på felterne med lamper. Hvad er der ved siden af hvert af dem?
level-sensor-side-roads-hint-2 = Én »Hvis« kan stille to spørgsmål på én gang, forbundet med »eller«.
level-sensor-side-roads-hint-3 = Brug Gentag så længe vej forude, og start den med Frem.

level-sensor-blue-and-free-title = Striber og mure
level-sensor-blue-and-free-instruction = Følg de tre blå striber hen til flaget. Nogle striber slutter ved en mur. Andre stopper bare på en åben vej.
level-sensor-blue-and-free-learned = »og« forbinder også to spørgsmål. »Vej forude og på blå« er kun ja, når begge er ja.
level-sensor-blue-and-free-hint-1 = Hvor slutter hver stribe? Hvor ville robotten køre ind i en mur?
level-sensor-blue-and-free-hint-2 = Bliv ved med at køre, så længe to ting er sande: Vejen forude er fri, og robotten er på blå.
level-sensor-blue-and-free-hint-3 = Hver runde i Gentag gør det samme: kør ind på en stribe, kør langs den, drej til højre.

level-sensor-spiral-title = Den lange spiral
level-sensor-spiral-instruction = Kør rundt i spiralen, hele vejen hen til flaget.
level-sensor-spiral-learned = En »Gentag så længe« kan være inde i en anden »Gentag så længe«. Den ydre løkke behøver intet tal: Den stiller sit eget spørgsmål.
level-sensor-spiral-hint-1 = Hvor mange korridorer har spiralen? Kan »Gentag« tælle så højt?
level-sensor-spiral-hint-2 = For hver korridor: Kør hen til muren, og drej så til højre. Bliv ved, så længe vejen forude er fri.
level-sensor-spiral-hint-3 = Sæt en Gentag så længe ind i en anden Gentag så længe.

level-sensor-painted-corners-title = Malede hjørner
level-sensor-painted-corners-instruction = Tænd alle lamper. Hjørnerne er malet røde eller blå: Drej til venstre på begge farver.
level-sensor-painted-corners-learned = »Hvis … ellers« kan også stille et sammensat spørgsmål. Med »på rød eller på blå« kører den første del på begge farver og ellers-delen på alle andre felter.
level-sensor-painted-corners-hint-1 = Hvilke felter har ingen lampe? Hvilke farver har de?
level-sensor-painted-corners-hint-2 = Én »Hvis … ellers« er nok: »på rød eller på blå« til hjørnerne, ellers-delen til lamperne.
level-sensor-painted-corners-hint-3 = Inde i Gentag indtil færdig starter du med Frem.

level-sensor-maze-title = Labyrinten
level-sensor-maze-instruction = Find vejen gennem labyrinten hen til flaget. Brug så få blokke som muligt.
level-sensor-maze-learned = Hold den ene hånd på muren, så kommer du igennem mange labyrinter. Dit program følger den regel med en løkke i en løkke.
level-sensor-maze-hint-1 = Forestil dig, at du går gennem labyrinten med højre hånd altid på muren.
level-sensor-maze-hint-2 = På hvert felt prøver du først at dreje til højre. Er der en mur, så prøv ligeud, så til venstre, så tilbage.
level-sensor-maze-hint-3 = Inde i Gentag så længe vej forude: Frem, Drej til højre og så en Gentag så længe, der spørger »ikke vej forude«.
