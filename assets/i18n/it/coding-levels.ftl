# I mondi di programmazione e i loro livelli. Per livello: titolo, compito, che cosa si è
# imparato e tre suggerimenti. Usa i nomi dei blocchi del gioco (robot.ftl).

world-robot-road = Strada dei Robot
world-loop-lagoon = Laguna dei Cicli
world-helper-hills = Colline degli Aiutanti
world-choice-canyon = Canyon delle Scelte
world-sensor-springs = Sorgenti dei Sensori
world-number-harbour = Porto dei Numeri
world-signal-station = Stazione dei Segnali
world-bug-bay = Baia dei Bug

## Strada dei Robot

level-robot-first-steps-title = Primi passi
level-robot-first-steps-instruction = Costruisci un programma che porta il robot alla bandiera. Poi tocca Avvia.
level-robot-first-steps-learned = Un programma è una lista di passi. Il robot li fa uno dopo l’altro, in ordine.
level-robot-first-steps-hint-1 = Guarda la bandiera. Da che parte è rivolto il robot adesso?
level-robot-first-steps-hint-2 = Avanti sposta il robot di una casella. Gira a destra lo fa girare sul posto.
level-robot-first-steps-hint-3 = Inizia con: Avanti, Avanti, Gira a destra.

level-robot-turn-left-title = Gira a sinistra
level-robot-turn-left-instruction = Porta il robot alla bandiera. Questa volta deve girare a sinistra.
level-robot-turn-left-learned = Gira a sinistra e Gira a destra cambiano la direzione del robot. Non lo spostano.
level-robot-turn-left-hint-1 = Il robot guarda verso l’alto. Dove curva la strada?
level-robot-turn-left-hint-2 = Dopo Gira a sinistra, Avanti sposta il robot nella nuova direzione.
level-robot-turn-left-hint-3 = Inizia con: Avanti, Avanti, Gira a sinistra.

level-robot-zigzag-title = Gradini a zigzag
level-robot-zigzag-instruction = Scendi i gradini fino alla bandiera. La strada gira dopo ogni gradino.
level-robot-zigzag-learned = Una strada lunga è fatta solo di piccoli passi e svolte, uno dopo l’altro.
level-robot-zigzag-hint-1 = Segui la strada con il dito. Conta le svolte.
level-robot-zigzag-hint-2 = Gira a destra per scendere. Gira a sinistra per andare di nuovo di lato.
level-robot-zigzag-hint-3 = Inizia con: Avanti, Gira a destra, Avanti, Gira a sinistra.

level-robot-around-rocks-title = Intorno al muro
level-robot-around-rocks-instruction = C’è un muro in mezzo. Giraci intorno per arrivare alla bandiera.
level-robot-around-rocks-learned = Quando la via è bloccata, puoi pianificare un percorso che ci gira intorno.
level-robot-around-rocks-hint-1 = Il robot non può andare dritto alla bandiera. Dov’è la via intorno?
level-robot-around-rocks-hint-2 = Prima vai su, poi di lato, poi giù.
level-robot-around-rocks-hint-3 = Inizia con: Avanti, Avanti, Gira a destra.

level-robot-fix-the-path-title = Ripara il percorso
level-robot-fix-the-path-instruction = Questo programma ha un bug: il robot sbatte contro un muro. Guardalo con Passo, poi ripara il programma.
level-robot-fix-the-path-learned = Un bug è un errore in un programma. Un blocco di troppo può mandare il robot contro un muro. Toglilo, e il programma funziona.
level-robot-fix-the-path-hint-1 = Tocca Passo per eseguire un blocco alla volta. Dove sbatte il robot contro il muro?
level-robot-fix-the-path-hint-2 = Il robot va una casella troppo in là prima di girare. C’è un blocco di troppo.
level-robot-fix-the-path-hint-3 = Il blocco in più viene prima della prima svolta.

level-robot-first-lamp-title = Accendi la luce
level-robot-first-lamp-instruction = Vai fino alla lampada. Poi usa il blocco Luce per accenderla.
level-robot-first-lamp-learned = Luce funziona solo quando il robot è sopra una lampada.
level-robot-first-lamp-hint-1 = Quante caselle c’è fino alla lampada?
level-robot-first-lamp-hint-2 = Prima il robot deve stare sulla lampada. Poi Luce la accende.
level-robot-first-lamp-hint-3 = La lampada è tre caselle davanti al robot.

level-robot-two-lamps-title = Due lampade
level-robot-two-lamps-instruction = Accendi tutte e due le lampade. Non c’è la bandiera: il lavoro è fatto quando ogni lampada è accesa.
level-robot-two-lamps-learned = Il robot può fare un lavoro lungo la strada: fermarsi, accendere la lampada e poi continuare.
level-robot-two-lamps-hint-1 = Passi sulla prima lampada mentre vai verso la seconda.
level-robot-two-lamps-hint-2 = Metti Luce subito dopo il blocco che porta il robot su una lampada.
level-robot-two-lamps-hint-3 = Inizia con: Avanti, Avanti, Luce.

level-robot-lamps-and-flag-title = Lampade e bandiera
level-robot-lamps-and-flag-instruction = Accendi tutte e due le lampade. Poi vai alla bandiera.
level-robot-lamps-and-flag-learned = Un lavoro può avere più parti. Il robot deve finirle tutte.
level-robot-lamps-and-flag-hint-1 = La bandiera conta solo quando ogni lampada è accesa.
level-robot-lamps-and-flag-hint-2 = Pianifica un percorso che passa su tutte e due le lampade prima di arrivare alla bandiera.
level-robot-lamps-and-flag-hint-3 = Inizia con: Avanti, Luce, Gira a destra.

level-robot-turn-around-title = Dietrofront
level-robot-turn-around-instruction = Accendi la lampada. Poi girati e vai alla bandiera.
level-robot-turn-around-learned = Due svolte dalla stessa parte fanno guardare il robot da dove è venuto.
level-robot-turn-around-hint-1 = La lampada e la bandiera sono da due parti diverse del robot.
level-robot-turn-around-hint-2 = Per girarti del tutto usa due svolte: Gira a sinistra, Gira a sinistra.
level-robot-turn-around-hint-3 = Inizia con: Avanti, Avanti, Luce.

level-robot-long-road-title = La strada lunga
level-robot-long-road-instruction = Accendi tutte e due le lampade e finisci sulla bandiera. Quale giro è più corto?
level-robot-long-road-learned = Ci può essere più di un percorso. Prima pensa, poi scegli il più corto.
level-robot-long-road-hint-1 = Andando dritto in giù arrivi alla bandiera, ma le lampade restano spente.
level-robot-long-road-hint-2 = Prima percorri il lato in alto, poi scendi, poi torna indietro lungo il lato in basso.
level-robot-long-road-hint-3 = Inizia con: Avanti, Luce, Avanti, Gira a destra.

## Laguna dei Cicli

level-loop-first-loop-title = Il primo ciclo
level-loop-first-loop-instruction = Arriva alla bandiera. Il tuo programma può contenere solo 3 blocchi, quindi usa il blocco Ripeti.
level-loop-first-loop-learned = Un blocco Ripeti esegue i blocchi che ha dentro ancora e ancora. Un solo ciclo può fare il lavoro di tanti blocchi.
level-loop-first-loop-hint-1 = Conta le caselle tra il robot e la bandiera.
level-loop-first-loop-hint-2 = Metti Avanti dentro un blocco Ripeti. Poi tocca Più volte per scegliere il numero.
level-loop-first-loop-hint-3 = Avanti va dentro il ciclo. Il numero è quello delle caselle che hai contato.

level-loop-lamp-row-title = Fila di lampade
level-loop-lamp-row-instruction = Accendi tutte e cinque le lampade. Il tuo programma può contenere solo 5 blocchi, quindi usa un ciclo.
level-loop-lamp-row-learned = Un ciclo può ripetere più di un blocco. Qui ripete un passo e una luce.
level-loop-lamp-row-hint-1 = Ogni lampada è solo una casella dopo quella prima.
level-loop-lamp-row-hint-2 = Metti due blocchi dentro un solo Ripeti. Il ciclo li fa tutti e due, ancora e ancora.
level-loop-lamp-row-hint-3 = Dentro il ciclo: Avanti, poi Luce. Quante volte?

level-loop-corner-title = Dietro l’angolo
level-loop-corner-instruction = Arriva alla bandiera. Usa un ciclo per ogni tratto lungo, con una svolta in mezzo.
level-loop-corner-learned = Un programma può avere più cicli, uno dopo l’altro.
level-loop-corner-hint-1 = La strada ha due lunghi tratti dritti.
level-loop-corner-hint-2 = Prima un ciclo per la strada in alto. Poi Gira a destra. Poi un ciclo per la strada in giù.
level-loop-corner-hint-3 = Inizia con: Ripeti 4 volte, con Avanti dentro. Poi Gira a destra.

level-loop-stairs-title = Scale con il ciclo
level-loop-stairs-instruction = Sali le scale fino alla bandiera. Trova la parte che si ripete.
level-loop-stairs-learned = Quando uno schema si ripete, costruiscilo una volta dentro un ciclo. Il ciclo fa il resto.
level-loop-stairs-hint-1 = Guarda un gradino delle scale. Che cosa fa il robot lì?
level-loop-stairs-hint-2 = Un ciclo può contenere anche le svolte. Metti un gradino dentro un Ripeti.
level-loop-stairs-hint-3 = Un gradino è: Avanti, Gira a sinistra, Avanti, Gira a destra.

level-loop-square-title = Quadrato di lampade
level-loop-square-instruction = Accendi le tre lampade negli angoli. Usa un ciclo.
level-loop-square-learned = Un ciclo con una svolta dentro può portare il robot intorno a un quadrato.
level-loop-square-hint-1 = Ogni lato del quadrato è uguale.
level-loop-square-hint-2 = Metti dentro un Ripeti i blocchi per un lato e un angolo.
level-loop-square-hint-3 = Un lato è: Avanti, Avanti, Luce, Gira a destra.

level-loop-fix-the-loop-title = Ripara il ciclo
level-loop-fix-the-loop-instruction = Questo ciclo dovrebbe accendere tutte e tre le lampade. Dopo la prima lampada, il robot sbatte contro un muro. Ripara il ciclo.
level-loop-fix-the-loop-learned = Un ciclo fa gli stessi blocchi a ogni giro. Quindi ogni giro deve finire con il robot rivolto come all’inizio.
level-loop-fix-the-loop-hint-1 = Tocca Passo. Da che parte guarda il robot quando il ciclo ricomincia?
level-loop-fix-the-loop-hint-2 = Alla fine di ogni giro il robot deve guardare dalla stessa parte dell’inizio.
level-loop-fix-the-loop-hint-3 = Manca una svolta alla fine del ciclo.

level-loop-in-a-loop-title = Ciclo nel ciclo
level-loop-in-a-loop-instruction = Accendi ogni lampada intorno al quadrato. Metti un ciclo dentro un altro ciclo.
level-loop-in-a-loop-learned = Un ciclo può stare dentro un altro ciclo. Ogni volta che il ciclo esterno gira una volta, quello interno fa tutti i suoi giri.
level-loop-in-a-loop-hint-1 = Guarda un lato: tre lampade in fila, poi un angolo.
level-loop-in-a-loop-hint-2 = Il ciclo interno accende un lato. Il ciclo esterno lo fa per ogni lato.
level-loop-in-a-loop-hint-3 = Il ciclo interno: Ripeti 3 volte, con Avanti e Luce dentro.

level-loop-lamp-stairs-title = Scale di lampade
level-loop-lamp-stairs-instruction = Scendi le scale e accendi la lampada su ogni gradino.
level-loop-lamp-stairs-learned = Un ciclo può muovere, girare e fare un lavoro. A ogni giro fa un gradino intero.
level-loop-lamp-stairs-hint-1 = Che cosa fa il robot su un gradino? Guarda dov’è la lampada.
level-loop-lamp-stairs-hint-2 = Trova i blocchi per un gradino, con Luce al posto giusto. Poi ripetili.
level-loop-lamp-stairs-hint-3 = Un gradino inizia con: Avanti, Gira a destra, Avanti.

level-loop-big-ring-title = Il grande anello
level-loop-big-ring-instruction = Accendi le lampade negli angoli del grande anello. I lati sono lunghi, quindi usa un ciclo dentro un ciclo.
level-loop-big-ring-learned = Il ciclo interno può percorrere un lato lungo. Il ciclo esterno rifà lato, svolta e luce per ogni angolo.
level-loop-big-ring-hint-1 = Da un angolo al successivo ci sono quattro caselle.
level-loop-big-ring-hint-2 = Il ciclo interno percorre un lato. Il ciclo esterno aggiunge la svolta e la luce, una volta per ogni angolo.
level-loop-big-ring-hint-3 = Il ciclo interno: Ripeti 4 volte, con Avanti dentro.

level-choice-until-goal-title = Fino alla fine
level-choice-until-goal-instruction = Arriva alla bandiera. Usa Ripeti fino alla fine: continua finché il lavoro non è finito.
level-choice-until-goal-learned = Ripeti fino alla fine esegue i suoi blocchi ancora e ancora, e si ferma quando il lavoro è finito. Non devi contare.
level-choice-until-goal-hint-1 = Quanto è lontana la bandiera? Questa volta non ti serve saperlo.
level-choice-until-goal-hint-2 = Ripeti fino alla fine ripete i blocchi che ha dentro finché il robot non è sulla bandiera.
level-choice-until-goal-hint-3 = Avanti va dentro il ciclo. Non c’è nessun numero da scegliere.

## Colline degli Aiutanti

level-helper-first-helper-title = Il tuo primo aiutante
level-helper-first-helper-instruction = Accendi le tre lampade. Costruisci in Aiutante 1 i blocchi per una lampada. Poi usa il blocco Aiutante 1 in Principale.
level-helper-first-helper-learned = Un aiutante è una lista di blocchi con un nome. Il suo blocco chiama l’aiutante: esegue tutta la lista, tutte le volte che vuoi.
level-helper-first-helper-hint-1 = Le lampade sono negli angoli. Che cosa fa il robot per arrivare a una lampada?
level-helper-first-helper-hint-2 = Costruisci in Aiutante 1 i blocchi per una lampada. In Principale metti il blocco Aiutante 1 una volta per ogni lampada.
level-helper-first-helper-hint-3 = Aiutante 1 può essere: Avanti, Avanti, Luce, Gira a destra.

level-helper-zigzag-title = Aiutante e svolte
level-helper-zigzag-instruction = Accendi le tre lampade. Lascia che Aiutante 1 cammini e accenda. Principale fa le svolte.
level-helper-zigzag-learned = Principale può mescolare blocchi aiutante e altri blocchi.
level-helper-zigzag-hint-1 = Tra le lampade la strada gira. Gira sempre dalla stessa parte?
level-helper-zigzag-hint-2 = Il tratto dritto è sempre uguale, quindi mettilo in Aiutante 1. Metti le svolte in Principale.
level-helper-zigzag-hint-3 = Aiutante 1: Avanti, Avanti, Avanti, Luce.

level-helper-lamp-stairs-title = Scale con l’aiutante
level-helper-lamp-stairs-instruction = Sali le scale e accendi la lampada su ogni gradino. Usa Aiutante 1.
level-helper-lamp-stairs-learned = Un aiutante può contenere uno schema più grande, con movimenti, svolte e luci.
level-helper-lamp-stairs-hint-1 = Guarda un gradino. Dov’è la sua lampada?
level-helper-lamp-stairs-hint-2 = Metti un gradino intero in Aiutante 1. Poi usa Aiutante 1 una volta per ogni gradino.
level-helper-lamp-stairs-hint-3 = Un gradino inizia con: Avanti, Gira a sinistra, Avanti.

level-helper-call-itself-title = Un aiutante che si ripete
level-helper-call-itself-instruction = Sali la lunga scala fino alla bandiera. Principale può contenere solo 3 blocchi. Aiutante 1 può chiamare sé stesso e andare avanti come Ripeti fino alla fine?
level-helper-call-itself-learned = Un aiutante può chiamare sé stesso alla sua fine. Allora ricomincia, come un ciclo, finché il lavoro è finito.
level-helper-call-itself-hint-1 = Ci sono più gradini di quanto spazio abbia Principale.
level-helper-call-itself-hint-2 = Metti il blocco Aiutante 1 per ultimo, dentro Aiutante 1. Così Aiutante 1 chiama sé stesso ancora e ancora.
level-helper-call-itself-hint-3 = Aiutante 1 inizia con: Avanti, Gira a sinistra, Avanti, Gira a destra.

level-helper-round-and-round-title = Giro dopo giro
level-helper-round-and-round-instruction = Accendi tutte e quattro le lampade. Fai girare Aiutante 1 chiamando sé stesso.
level-helper-round-and-round-learned = Un aiutante che chiama sé stesso continua finché ogni lampada è accesa.
level-helper-round-and-round-hint-1 = Ogni lato ha una lampada, nel mezzo.
level-helper-round-and-round-hint-2 = Per un lato: cammina, accendi, cammina, gira. Poi Aiutante 1 ricomincia da solo.
level-helper-round-and-round-hint-3 = Aiutante 1 inizia con: Avanti, Luce, Avanti.

level-helper-fix-the-helper-title = L’aiutante che si ferma
level-helper-fix-the-helper-instruction = Aiutante 1 dovrebbe fare il giro del quadrato e accendere tutte e tre le lampade, ma si ferma dopo la prima. Ripara Aiutante 1.
level-helper-fix-the-helper-learned = Un aiutante che deve continuare chiama sé stesso alla sua fine. Senza quella chiamata, gira una volta e si ferma.
level-helper-fix-the-helper-hint-1 = Tocca Passo. Che cosa succede quando Aiutante 1 arriva alla sua fine?
level-helper-fix-the-helper-hint-2 = Principale chiama Aiutante 1 una volta sola. Come può Aiutante 1 chiamare sé stesso di nuovo?
level-helper-fix-the-helper-hint-3 = Manca qualcosa alla fine di Aiutante 1.

level-helper-second-helper-title = Due aiutanti
level-helper-second-helper-instruction = Accendi ogni lampada intorno al quadrato. Aiutante 1 può chiamare Aiutante 2. Per tre stelle, Aiutante 1 chiama anche sé stesso.
level-helper-second-helper-learned = Un aiutante può chiamare un altro aiutante. Parti piccole costruiscono parti più grandi.
level-helper-second-helper-hint-1 = Qual è lo schema più piccolo? Guarda una lampada.
level-helper-second-helper-hint-2 = Metti lo schema più piccolo in Aiutante 2. Aiutante 1 lo chiama per fare un lato, gira e poi chiama sé stesso.
level-helper-second-helper-hint-3 = Aiutante 2: Avanti, Luce.

level-helper-walk-then-loop-title = Cammina, poi ripeti
level-helper-walk-then-loop-instruction = Prima cammina fino alle scale. Poi lascia che Aiutante 1 le salga e accenda ogni lampada: chiama sé stesso alla sua fine.
level-helper-walk-then-loop-learned = Principale può fare la prima parte di un lavoro e poi passare il resto a un aiutante.
level-helper-walk-then-loop-hint-1 = Le scale non iniziano dove si trova il robot. La prima lampada è tre caselle più in là.
level-helper-walk-then-loop-hint-2 = Usa Principale per camminare fino alle scale. Poi chiama Aiutante 1: sale un gradino, accende la sua lampada e chiama sé stesso.
level-helper-walk-then-loop-hint-3 = Principale: Avanti, Avanti, Aiutante 1.

level-helper-big-ring-title = Gli aiutanti fanno il giro
level-helper-big-ring-instruction = Accendi le tre lampade intorno al quadrato. Non c’è il blocco Gira a sinistra: costruiscilo in un aiutante. Principale contiene un solo blocco, quindi un aiutante deve chiamare sé stesso.
level-helper-big-ring-learned = Un aiutante può essere un blocco che non hai: tre blocchi Gira a destra fanno un Gira a sinistra.
level-helper-big-ring-hint-1 = La strada gira a sinistra a ogni angolo, ma hai solo Gira a destra.
level-helper-big-ring-hint-2 = Dopo tre blocchi Gira a destra il robot guarda dalla stessa parte che dopo un Gira a sinistra. Mettili in un aiutante tutto loro.
level-helper-big-ring-hint-3 = Un aiutante può essere: Gira a destra, Gira a destra, Gira a destra.

## Canyon delle Scelte

level-choice-first-if-title = Rosso vuol dire gira
level-choice-first-if-instruction = Ogni casella rossa vuol dire: qui gira a sinistra. Usa un blocco Se per controllare il rosso.
level-choice-first-if-learned = Un blocco Se fa una domanda. I blocchi che ha dentro vengono eseguiti solo quando la risposta è sì.
level-choice-first-if-hint-1 = Dove gira la strada? Di che colore sono quelle caselle?
level-choice-first-if-hint-2 = «Se su rosso» esegue i suoi blocchi solo quando il robot è su una casella rossa.
level-choice-first-if-hint-3 = Dentro Ripeti fino alla fine: Avanti, poi Se su rosso.

level-choice-green-lamps-title = Verde prima della lampada
level-choice-green-lamps-instruction = Una casella verde vuol dire che nella casella dopo c’è una lampada. Accendi tutte le lampade.
level-choice-green-lamps-learned = Un controllo può dire al robot che cosa viene dopo, così si può preparare.
level-choice-green-lamps-hint-1 = Guarda la casella subito prima di ogni lampada.
level-choice-green-lamps-hint-2 = Quando il robot è sul verde, può andare sulla lampada e accenderla.
level-choice-green-lamps-hint-3 = Dentro Ripeti fino alla fine: Avanti, poi Se su verde.

level-choice-path-right-title = Guarda a destra
level-choice-path-right-instruction = Il robot può controllare la strada. Gira a destra dovunque ci sia strada a destra.
level-choice-path-right-learned = Il robot sente i muri. «Strada a destra» è sì quando la casella alla sua destra è libera.
level-choice-path-right-hint-1 = A ogni angolo la strada va a destra.
level-choice-path-right-hint-2 = «Se strada a destra» guarda la casella alla destra del robot.
level-choice-path-right-hint-3 = Dentro Ripeti fino alla fine: Avanti, poi Se strada a destra.

level-choice-fix-the-check-title = Troppe svolte
level-choice-fix-the-check-instruction = Blu vuol dire gira a destra. Ma questo robot gira su ogni casella e sbatte contro un muro. Ripara il programma.
level-choice-fix-the-check-learned = I blocchi dentro un Se vengono eseguiti solo quando la risposta è sì. Un blocco dopo il Se viene eseguito ogni volta.
level-choice-fix-the-check-hint-1 = Tocca Passo. Il robot gira su una casella che non è blu?
level-choice-fix-the-check-hint-2 = Quale svolta è dentro il Se? Quale viene eseguita ogni volta?
level-choice-fix-the-check-hint-3 = Guarda l’ultimo blocco nel ciclo.

level-choice-if-else-title = Se o altrimenti
level-choice-if-else-instruction = Vai dritto quando la strada davanti è libera. Altrimenti gira a destra. Attenzione alle stradine laterali!
level-choice-if-else-learned = Se … altrimenti sceglie una di due vie: la prima parte quando la risposta è sì, la parte «altrimenti» quando è no.
level-choice-if-else-hint-1 = Le stradine laterali non portano da nessuna parte. Gira solo quando c’è un muro davanti.
level-choice-if-else-hint-2 = Se … altrimenti ha due parti. La prima viene eseguita col sì. La parte «altrimenti» col no.
level-choice-if-else-hint-3 = Dentro Ripeti fino alla fine usa Se strada davanti, con Avanti nella prima parte.

level-choice-colours-title = Rosso e blu
level-choice-colours-instruction = Rosso vuol dire gira a sinistra. Blu vuol dire gira a destra. Usa due blocchi Se.
level-choice-colours-learned = Un programma può fare più di una domanda. Ogni blocco Se fa la sua.
level-choice-colours-hint-1 = Guarda i colori delle caselle dove la strada gira.
level-choice-colours-hint-2 = Metti due blocchi Se nel ciclo: uno chiede del rosso, uno chiede del blu.
level-choice-colours-hint-3 = Dentro Ripeti fino alla fine, inizia con Avanti. Poi Se su rosso, con Gira a sinistra dentro.

level-choice-corner-lamps-title = Luce o svolta
level-choice-corner-lamps-instruction = Ogni casella di questa strada è una lampada o è rossa. Sul rosso gira a sinistra. Su ogni altra casella accendi la lampada.
level-choice-corner-lamps-learned = Anche Se … altrimenti può chiedere di un colore: la prima parte viene eseguita sul rosso, la parte «altrimenti» su ogni altra casella.
level-choice-corner-lamps-hint-1 = Quali caselle non hanno una lampada? Che cosa fa il robot lì?
level-choice-corner-lamps-hint-2 = Un solo Se … altrimenti può fare tutti e due i lavori: una parte per le caselle rosse, la parte «altrimenti» per le lampade.
level-choice-corner-lamps-hint-3 = Dentro Ripeti fino alla fine: Avanti, poi Se su rosso, con Gira a sinistra nella prima parte.

level-choice-two-rules-title = Due regole
level-choice-two-rules-instruction = Rosso vuol dire gira a sinistra. Un muro davanti vuol dire gira a destra. Usa un Se per una regola e un Se … altrimenti per l’altra.
level-choice-two-rules-learned = Un programma può mescolare Se e Se … altrimenti. Ognuno fa la sua domanda, uno dopo l’altro.
level-choice-two-rules-hint-1 = Alcune strade continuano dopo una casella rossa, ma non portano da nessuna parte. Sul rosso gira a sinistra.
level-choice-two-rules-hint-2 = A ogni giro fai due domande: sono sul rosso? La strada davanti è libera?
level-choice-two-rules-hint-3 = Dentro Ripeti fino alla fine, inizia con Avanti. Poi Se su rosso, con Gira a sinistra dentro.

level-choice-red-means-left-title = Incrocio nel canyon
level-choice-red-means-left-instruction = Vai dritto finché la strada davanti è libera. A un muro guarda la casella: sul rosso gira a sinistra; su ogni altra casella gira a destra.
level-choice-red-means-left-learned = Un Se può stare dentro un altro Se. Il robot fa una domanda, e poi forse un’altra.
level-choice-red-means-left-hint-1 = Le caselle rosse contano solo davanti a un muro. Su una strada aperta passaci sopra. Una strada gira in tondo!
level-choice-red-means-left-hint-2 = Prima chiedi: la strada davanti è libera? Solo quando non lo è, chiedi: sono sul rosso?
level-choice-red-means-left-hint-3 = Dentro Ripeti fino alla fine usa Se strada davanti … altrimenti, con Avanti nella prima parte.

## Baia dei Bug

level-bug-wrong-turn-title = Direzione sbagliata
level-bug-wrong-turn-instruction = Questo programma dovrebbe portare il robot alla bandiera, ma il robot sbatte contro un muro. Trova il blocco sbagliato e correggilo.
level-bug-wrong-turn-learned = Fare debugging vuol dire trovare il passo che va storto e correggere solo quel passo.
level-bug-wrong-turn-hint-1 = Tocca Passo per eseguire un blocco alla volta. Dove va storto?
level-bug-wrong-turn-hint-2 = Spesso un bug è solo un blocco sbagliato. Cambialo con quello giusto.
level-bug-wrong-turn-hint-3 = Guarda la svolta. Il robot deve girare a sinistra o a destra?

level-bug-missing-step-title = Un passo mancante
level-bug-missing-step-instruction = Il robot prova ad accendere una lampada dove non c’è. Trova che cosa manca.
level-bug-missing-step-learned = A volte un bug è un blocco che manca. Conta le caselle per controllare.
level-bug-missing-step-hint-1 = Quale lampada resta spenta?
level-bug-missing-step-hint-2 = Conta le caselle dall’angolo alla seconda lampada. Conta anche i blocchi Avanti.
level-bug-missing-step-hint-3 = Il blocco mancante va subito dopo Gira a destra. Quale blocco muove il robot?

level-bug-loop-count-title = Conta di nuovo
level-bug-loop-count-instruction = Il robot sbatte contro un muro. Controlla quante volte si ripete ogni ciclo e correggi.
level-bug-loop-count-learned = Un ciclo che si ripete una volta di troppo, o una volta di meno, è un bug molto comune.
level-bug-loop-count-hint-1 = Guarda il primo ciclo. Dove sbatte il robot?
level-bug-loop-count-hint-2 = Conta le caselle prima dell’angolo. Il ciclo deve ripetersi tante volte quante sono.
level-bug-loop-count-hint-3 = Cambia il numero del primo ciclo.

level-bug-forgot-light-title = Luci spente
level-bug-forgot-light-instruction = Il robot fa il giro del quadrato, ma nessuna lampada si accende. Ripara il ciclo.
level-bug-forgot-light-learned = Quando qualcosa non succede mai, controlla che nel ciclo non manchi un blocco.
level-bug-forgot-light-hint-1 = Quale blocco accende una lampada? C’è nel programma?
level-bug-forgot-light-hint-2 = Un blocco che aggiungi dentro un ciclo viene eseguito a ogni giro.
level-bug-forgot-light-hint-3 = Il blocco mancante va dentro il ciclo. Il robot è su una lampada dopo i due blocchi Avanti.

level-bug-helper-turn-title = Bug nell’aiutante
level-bug-helper-turn-instruction = Aiutante 1 ha un bug. Principale lo chiama tre volte, quindi il bug succede ogni volta. Correggilo una volta sola.
level-bug-helper-turn-learned = Quando correggi un aiutante, correggi ogni punto che lo chiama.
level-bug-helper-turn-hint-1 = Tocca Passo. Che cosa succede dopo la prima lampada?
level-bug-helper-turn-hint-2 = A ogni angolo di questo quadrato la strada va a destra.
level-bug-helper-turn-hint-3 = Guarda l’ultimo blocco in Aiutante 1.

level-bug-wrong-side-title = Lato sbagliato
level-bug-wrong-side-instruction = La strada gira sempre a destra, ma il robot sbatte contro un muro. Il Se fa la domanda sbagliata. Correggilo.
level-bug-wrong-side-learned = Un Se che fa la domanda sbagliata può far andare storto tutto il programma.
level-bug-wrong-side-hint-1 = Da che parte gira la strada? Da che parte guarda il Se?
level-bug-wrong-side-hint-2 = Tocca il blocco Se nel programma. Poi tocca Cambia la domanda.
level-bug-wrong-side-hint-3 = Il Se guarda da una parte, la strada gira dall’altra.

level-bug-two-mistakes-title = Due bug
level-bug-two-mistakes-instruction = Questo programma ha due bug. Trovali tutti e due, così il robot sale le scale fino alla bandiera.
level-bug-two-mistakes-learned = Un programma può avere più di un bug. Correggine uno, eseguilo di nuovo, poi correggi il successivo.
level-bug-two-mistakes-hint-1 = Guarda il primo gradino delle scale. Dove sbaglia il robot?
level-bug-two-mistakes-hint-2 = Un bug è una svolta. L’altro bug è quante volte si ripete il ciclo.
level-bug-two-mistakes-hint-3 = A ogni gradino il robot sale, poi si gira di nuovo nella direzione in cui andava. Controlla quella svolta, poi conta i gradini.

level-bug-mixed-colours-title = Colori scambiati
level-bug-mixed-colours-instruction = Rosso dovrebbe voler dire gira a sinistra, e blu gira a destra. Qualcuno li ha scambiati. Ripara il programma.
level-bug-mixed-colours-learned = Prova il tuo programma, guarda dove fa qualcosa che non volevi e correggi solo quello.
level-bug-mixed-colours-hint-1 = Che cosa fa il robot sulla prima casella blu?
level-bug-mixed-colours-hint-2 = Ogni Se chiede del colore giusto, ma fa la svolta sbagliata.
level-bug-mixed-colours-hint-3 = Cambia la svolta dentro ogni Se.
