# I mondi e i livelli di cittadinanza digitale (quelli di programmazione sono in coding-levels.ftl).

world-share-safe = Condividi Sicuro

level-share-or-keep-title = Condividere o tenere per te?
level-share-or-keep-instruction = Va bene condividerlo online, o è meglio tenerlo privato?
level-share-or-keep-learned = Le cose che ti piacciono, anche il nome del tuo animale, si possono condividere. Dove trovarti e le tue password restano private.
level-share-or-keep-hint-1 = Chiediti: uno sconosciuto potrebbe usarlo per trovarmi o per entrare nel mio account?
level-share-or-keep-hint-2 = Le cose che ti piacciono si possono condividere. Ciò che dice dove trovarti, o apre i tuoi account, resta privato.
level-share-or-keep-hint-3 = Come si chiama il tuo animale si può dire, ma mai usarlo come password. Il tuo indirizzo di casa resta privato.

card-favourite-colour = Il tuo colore preferito
reason-favourite-colour = A tante persone piace lo stesso colore, quindi non dice chi sei o dove sei.
card-home-address = Il tuo indirizzo di casa
reason-home-address = Uno sconosciuto potrebbe usarlo per trovare dove abiti.
card-favourite-game = Il tuo gioco preferito
reason-favourite-game = Parlare dei giochi che ti piacciono è divertente e non dice a nessuno dove sei.
card-password = La tua password
reason-password = Una password è una chiave. Solo tu e un tuo genitore o chi si prende cura di te dovreste conoscerla.
card-pet-name = Il nome del tuo animale
reason-pet-name = Si può condividere. Solo non usarlo mai come password: chi lo conosce potrebbe indovinarla.
card-favourite-animal = Il tuo animale preferito
reason-favourite-animal = È divertente da condividere e non dice niente su dove abiti.
card-school-name = Il nome della tua scuola
reason-school-name = Dice alla gente dove trovarti ogni giorno.
