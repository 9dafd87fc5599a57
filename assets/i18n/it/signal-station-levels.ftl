# Stazione dei Segnali: eventi. Oltre a Principale e agli aiutanti, un programma ha una parte
# che si esegue da sola ogni volta che succede un evento. Chiama la parte evento con il suo
# titolo, come lo vedono gli alunni: «Quando il robot arriva su una lampada».

## Un primo evento, un colore, l’evento giusto

level-signal-first-event-title = Lampade qua e là
level-signal-first-event-instruction = Accendi ogni lampada, poi fermati sulla bandiera. Principale contiene solo 3 blocchi, quindi da solo non ce la fa. Prova la nuova parte: «Quando il robot arriva su una lampada».
level-signal-first-event-learned = Un evento è qualcosa che succede, come il robot che arriva su una lampada. I blocchi in «Quando il robot arriva su una lampada» si eseguono ogni volta che succede. Poi il robot continua con Principale.
level-signal-first-event-hint-1 = Le lampade non sono alla stessa distanza tra loro. Principale deve sapere dov’è ogni lampada?
level-signal-first-event-hint-2 = Lascia che Principale vada solo fino alla bandiera. Ogni volta che il robot arriva su una lampada, «Quando il robot arriva su una lampada» si esegue da solo.
level-signal-first-event-hint-3 = Metti Luce in «Quando il robot arriva su una lampada».

level-signal-blue-corners-title = Angoli blu
level-signal-blue-corners-instruction = Vai fino alla bandiera nel mezzo. Le caselle blu mostrano dove gira la strada. Principale contiene solo 3 blocchi.
level-signal-blue-corners-learned = Anche un colore può essere un evento. «Quando il robot arriva sul blu» si esegue ogni volta che un Avanti porta il robot su una casella blu.
level-signal-blue-corners-hint-1 = Da che parte gira la strada a ogni casella blu? Gira sempre dalla stessa parte?
level-signal-blue-corners-hint-2 = Principale va solo dritto. Le svolte vanno in «Quando il robot arriva sul blu».
level-signal-blue-corners-hint-3 = Principale è Ripeti fino alla fine, con Avanti dentro.

level-signal-which-event-title = Quale colore?
level-signal-which-event-instruction = Vai fino alla bandiera. La strada gira a sinistra su alcune caselle colorate. Guarda bene i colori, poi scegli l’evento giusto.
level-signal-which-event-learned = «Cambia l’evento» sceglie a che cosa risponde il robot. Scegli l’evento che succede proprio dove il robot deve agire.
level-signal-which-event-hint-1 = Dove gira la strada? Di che colore sono quelle caselle?
level-signal-which-event-hint-2 = Le caselle rosse sono sui tratti dritti. Girare lì porta in un vicolo cieco. Tocca «Cambia l’evento».
level-signal-which-event-hint-3 = Metti Gira a sinistra in «Quando il robot arriva sul verde».

## Di più nella parte evento: due blocchi, il contatore, domande, un aiutante

level-signal-corner-lamps-title = Lampade negli angoli
level-signal-corner-lamps-instruction = Fai un giro dell’anello, accendi le quattro lampade e fermati sulla bandiera dietro il robot. Ogni lampada è in un angolo.
level-signal-corner-lamps-learned = Una parte evento può contenere più di un blocco. Ogni volta che succede l’evento, si eseguono tutti i suoi blocchi, uno dopo l’altro.
level-signal-corner-lamps-hint-1 = Che cosa deve fare il robot in ogni angolo?
level-signal-corner-lamps-hint-2 = A ogni lampada ci sono due lavori: accendere la lampada e girare. Tutti e due vanno in «Quando il robot arriva su una lampada».
level-signal-corner-lamps-hint-3 = Metti Luce in «Quando il robot arriva su una lampada». Che cos’altro succede in un angolo?

level-signal-count-reds-title = La terza casella rossa
level-signal-count-reds-instruction = Arriva alla bandiera. Ogni casella rossa ha una strada a sinistra, ma solo la terza porta alla bandiera. Fai contare al robot le caselle rosse.
level-signal-count-reds-learned = Anche una parte evento può usare il contatore. «Quando il robot arriva sul rosso» aggiunge 1 su ogni casella rossa, così Principale deve solo guidare.
level-signal-count-reds-hint-1 = Le tre caselle rosse sembrano uguali. Come fa il robot a capire qual è la terza?
level-signal-count-reds-hint-2 = Ogni volta che il robot arriva sul rosso, aggiungi 1 al contatore. Quando il contatore è 3, gira a sinistra.
level-signal-count-reds-hint-3 = «Quando il robot arriva sul rosso» inizia con Aggiungi 1 al contatore.

level-signal-winding-road-title = La strada tortuosa
level-signal-winding-road-instruction = Segui la strada tortuosa, accendi ogni lampada e arriva alla bandiera. Le lampade non sono negli angoli.
level-signal-winding-road-learned = Principale e la parte evento possono fare un lavoro ciascuno. Qui Principale segue la strada, e «Quando il robot arriva su una lampada» accende le lampade lungo il percorso.
level-signal-winding-road-hint-1 = Da che parte gira la strada in ogni angolo?
level-signal-winding-road-hint-2 = Principale va avanti e gira a destra dovunque ci sia strada a destra. Le lampade sono un lavoro per «Quando il robot arriva su una lampada».
level-signal-winding-road-hint-3 = In Principale, dentro Ripeti fino alla fine: Avanti, poi Se strada a destra.

level-signal-fix-the-event-title = L’evento sbagliato
level-signal-fix-the-event-instruction = Su ogni casella blu il robot dovrebbe girare come va la strada. Ma gira troppo presto e va contro un muro. Ripara il programma.
level-signal-fix-the-event-learned = Quando una parte evento fa la cosa giusta nel momento sbagliato, controlla prima il suo evento. Un tocco su «Cambia l’evento» può bastare.
level-signal-fix-the-event-hint-1 = Tocca Passo e guarda. Su quale casella gira il robot la prima volta?
level-signal-fix-the-event-hint-2 = I blocchi della parte evento sono giusti. Solo che vengono eseguiti sulle caselle sbagliate.
level-signal-fix-the-event-hint-3 = Leggi il titolo sopra il Se … altrimenti. È quello che succede negli angoli?

level-signal-side-steps-title = Passi di lato
level-signal-side-steps-instruction = Arriva alla bandiera. A ogni casella rossa la strada si sposta di una casella, alla destra del robot. «Quando il robot arriva sul rosso» contiene solo 2 blocchi.
level-signal-side-steps-learned = Una parte evento può chiamare un aiutante, proprio come Principale. I blocchi dell’aiutante si eseguono, e poi il robot continua con Principale.
level-signal-side-steps-hint-1 = Che cosa fa il robot su una casella rossa per arrivare al tratto successivo della strada?
level-signal-side-steps-hint-2 = Un passo di lato richiede tre blocchi, ma la parte evento ne contiene solo 2. Costruisci il passo di lato in Aiutante 1 e chiamalo da «Quando il robot arriva sul rosso».
level-signal-side-steps-hint-3 = Aiutante 1 inizia con Gira a destra.
