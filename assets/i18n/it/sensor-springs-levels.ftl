# Sorgenti dei Sensori: Ripeti finché fa la sua domanda prima di ogni giro; poi le parole
# non, o, e uniscono o rovesciano le domande. Usa i nomi dei blocchi del gioco (robot.ftl).

level-sensor-first-while-title = Corridoi lunghi
level-sensor-first-while-instruction = Accendi la lampada alla fine dei due corridoi lunghi. Prova il nuovo blocco: Ripeti finché.
level-sensor-first-while-learned = Ripeti finché fa la sua domanda prima di ogni giro. Finché la risposta è sì, esegue di nuovo i suoi blocchi. Quando la risposta è no, si ferma.
level-sensor-first-while-hint-1 = Quante caselle è lungo ogni corridoio? Questa volta non serve contare.
level-sensor-first-while-hint-2 = «Ripeti finché strada davanti» fa andare il robot finché non c’è un muro davanti a lui.
level-sensor-first-while-hint-3 = Usa un Ripeti finché per ogni corridoio, con Avanti dentro.

level-sensor-blue-stripe-title = Segui il blu
level-sensor-blue-stripe-instruction = La striscia blu porta a una lampada. Accendila. Attenzione: la strada continua dopo la lampada!
level-sensor-blue-stripe-learned = Ripeti finché può chiedere anche di un colore. «Ripeti finché su blu» continua finché il robot non esce dalle caselle blu.
level-sensor-blue-stripe-hint-1 = Dove finisce la striscia blu? Finisce lì anche la strada?
level-sensor-blue-stripe-hint-2 = «Strada davanti» porterebbe il robot oltre la lampada, fino al muro. Chiedi invece del colore.
level-sensor-blue-stripe-hint-3 = Il robot parte su una casella grigia. Prima entra nella striscia, poi usa Ripeti finché su blu.

level-sensor-three-stripes-title = Tre strisce
level-sensor-three-stripes-instruction = Accendi tutte e tre le lampade. Ogni striscia blu porta a una lampada, e ogni striscia ha una lunghezza diversa.
level-sensor-three-stripes-learned = Un Ripeti finché può stare dentro un Ripeti. A ogni giro, il ciclo interno va avanti finché la sua risposta è no.
level-sensor-three-stripes-hint-1 = Che cosa fa il robot per una striscia? È uguale per le altre due?
level-sensor-three-stripes-hint-2 = Per ogni striscia: entraci, vai finché sei sul blu, accendi la lampada. Fallo tre volte.
level-sensor-three-stripes-hint-3 = Metti Ripeti finché su blu dentro Ripeti 3 volte.

level-sensor-stop-on-red-title = Fermati sul rosso
level-sensor-stop-on-red-instruction = Arriva alla bandiera. È proprio accanto alla casella rossa.
level-sensor-stop-on-red-learned = «non» rovescia una domanda. «Ripeti finché non su rosso» continua finché il robot non è sul rosso.
level-sensor-stop-on-red-hint-1 = Alla casella rossa non c’è nessun muro. Che cosa può controllare il robot lì?
level-sensor-stop-on-red-hint-2 = Tocca «Cambia non / e / o» per mettere «non» davanti a una domanda. «Non su rosso» è sì su ogni casella che non è rossa.
level-sensor-stop-on-red-hint-3 = Inizia con Ripeti finché non su rosso, con Avanti dentro. Poi girati verso la bandiera.

level-sensor-fix-the-while-title = In tondo
level-sensor-fix-the-while-instruction = Le caselle rosse segnano gli angoli: gira a destra su ognuna. Ma questo robot gira in un quadratino. Ripara il programma.
level-sensor-fix-the-while-learned = I blocchi dentro Ripeti finché vengono eseguiti a ogni giro. Una svolta che va dopo il ciclo deve stare dopo, non dentro.
level-sensor-fix-the-while-hint-1 = Tocca Passo. Quando gira il robot? È sul rosso in quel momento?
level-sensor-fix-the-while-hint-2 = Il robot dovrebbe girare una volta arrivato sul rosso, non dopo ogni passo.
level-sensor-fix-the-while-hint-3 = Guarda i blocchi dentro Ripeti finché.

level-sensor-side-roads-title = Strade laterali
level-sensor-side-roads-instruction = C’è una lampada dovunque inizia una strada laterale, a sinistra o a destra. Accendi ogni lampada.
level-sensor-side-roads-learned = «o» unisce due domande. «Strada a sinistra o strada a destra» è sì quando una delle due è sì, oppure tutte e due.
level-sensor-side-roads-hint-1 = Guarda le caselle con le lampade. Che cosa c’è accanto a ognuna?
level-sensor-side-roads-hint-2 = Un solo Se può fare due domande insieme, unite da «o».
level-sensor-side-roads-hint-3 = Usa Ripeti finché strada davanti, e inizialo con Avanti.

level-sensor-blue-and-free-title = Strisce e muri
level-sensor-blue-and-free-instruction = Segui le tre strisce blu fino alla bandiera. Alcune strisce finiscono contro un muro. Altre si fermano su una strada aperta.
level-sensor-blue-and-free-learned = Anche «e» unisce due domande. «Strada davanti e su blu» è sì solo quando tutte e due sono sì.
level-sensor-blue-and-free-hint-1 = Dove finisce ogni striscia? Dove sbatterebbe il robot contro un muro?
level-sensor-blue-and-free-hint-2 = Continua ad andare finché due cose sono vere: la strada davanti è libera, e il robot è sul blu.
level-sensor-blue-and-free-hint-3 = Ogni giro di Ripeti fa la stessa cosa: entra in una striscia, percorrila, gira a destra.

level-sensor-spiral-title = La lunga spirale
level-sensor-spiral-instruction = Percorri la spirale, fino alla bandiera.
level-sensor-spiral-learned = Un Ripeti finché può stare dentro un altro Ripeti finché. Il ciclo esterno non ha bisogno di un numero: fa la sua domanda.
level-sensor-spiral-hint-1 = Quanti corridoi ha la spirale? Ripeti può contare così tanto?
level-sensor-spiral-hint-2 = Per ogni corridoio: vai fino al muro, poi gira a destra. Continua così finché la strada davanti è libera.
level-sensor-spiral-hint-3 = Metti un Ripeti finché dentro un altro Ripeti finché.

level-sensor-painted-corners-title = Angoli colorati
level-sensor-painted-corners-instruction = Accendi ogni lampada. Gli angoli sono colorati di rosso o di blu: gira a sinistra su tutti e due i colori.
level-sensor-painted-corners-learned = Anche Se … altrimenti può fare una domanda unita. Con «su rosso o su blu», la prima parte viene eseguita su tutti e due i colori, e la parte «altrimenti» su ogni altra casella.
level-sensor-painted-corners-hint-1 = Quali caselle non hanno una lampada? Di che colore sono?
level-sensor-painted-corners-hint-2 = Basta un Se … altrimenti: «su rosso o su blu» per gli angoli, la parte «altrimenti» per le lampade.
level-sensor-painted-corners-hint-3 = Dentro Ripeti fino alla fine, inizia con Avanti.

level-sensor-maze-title = Il labirinto
level-sensor-maze-instruction = Trova la via nel labirinto fino alla bandiera. Usa meno blocchi che puoi.
level-sensor-maze-learned = Tieni una mano sul muro, e attraversi molti labirinti. Il tuo programma segue questa regola con un ciclo dentro un ciclo.
level-sensor-maze-hint-1 = Immagina di camminare nel labirinto con la mano destra sempre sul muro.
level-sensor-maze-hint-2 = Su ogni casella prova prima a girare a destra. Se c’è un muro, prova dritto, poi a sinistra, poi indietro.
level-sensor-maze-hint-3 = Dentro Ripeti finché strada davanti: Avanti, Gira a destra, poi un Ripeti finché che chiede «non strada davanti».
