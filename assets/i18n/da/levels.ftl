# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = Del med omtanke

level-share-or-keep-title = Dele eller beholde?
level-share-or-keep-instruction = Er det okay at dele det her på nettet, eller skal du holde det privat?
level-share-or-keep-learned = Ting, du kan lide, selv dit kæledyrs navn, er fine at dele. Hvor man kan finde dig, og dine adgangskoder forbliver private.
level-share-or-keep-hint-1 = Spørg dig selv: Kunne en fremmed bruge det til at finde mig eller komme ind på min konto?
level-share-or-keep-hint-2 = Ting, du kan lide, er fine at dele. Det, der viser, hvor man kan finde dig, eller som åbner dine konti, forbliver privat.
level-share-or-keep-hint-3 = Dit kæledyrs navn er fint at dele, men aldrig som adgangskode. Din adresse forbliver privat.

card-favourite-colour = Din yndlingsfarve
reason-favourite-colour = Mange kan lide den samme farve, så den viser ikke, hvem eller hvor du er.
card-home-address = Din adresse
reason-home-address = En fremmed kunne bruge den til at finde ud af, hvor du bor.
card-favourite-game = Dit yndlingsspil
reason-favourite-game = Det er sjovt at snakke om spil, du kan lide, og det fortæller ingen, hvor du er.
card-password = Din adgangskode
reason-password = En adgangskode er en nøgle. Kun du og dine forældre eller en anden voksen, der passer på dig, bør kende den.
card-pet-name = Dit kæledyrs navn
reason-pet-name = Det er fint at dele. Bare brug det aldrig som adgangskode: Folk, der kender det, kunne gætte den.
card-favourite-animal = Dit yndlingsdyr
reason-favourite-animal = Det er sjovt at dele og siger intet om, hvor du bor.
card-school-name = Navnet på din skole
reason-school-name = Det fortæller folk, hvor de kan finde dig hver dag.
