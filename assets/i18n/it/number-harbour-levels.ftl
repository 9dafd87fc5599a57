# Porto dei Numeri: cicli e Se dentro gli aiutanti, aiutanti con un numero e il contatore del
# robot. Usa i nomi dei blocchi del gioco (robot.ftl).

## Cicli e Se dentro gli aiutanti

level-number-loop-in-helper-title = Un ciclo nell’aiutante
level-number-loop-in-helper-instruction = Accendi le tre lampade alla fine dei lati lunghi. Principale contiene solo 3 blocchi, e Aiutante 1 solo 4.
level-number-loop-in-helper-learned = Un aiutante può contenere un ciclo. Ogni volta che Principale chiama l’aiutante, il suo ciclo riparte dall’inizio.
level-number-loop-in-helper-hint-1 = I tre lati sono uguali: stessa lunghezza, con una lampada e una svolta alla fine. Che cosa fa il robot su un lato?
level-number-loop-in-helper-hint-2 = Quattro blocchi Avanti e una svolta non ci stanno in Aiutante 1. Metti invece un Ripeti dentro l’aiutante.
level-number-loop-in-helper-hint-3 = Aiutante 1: Ripeti 4 volte con Avanti dentro, poi Gira a destra.

level-number-round-the-basin-title = Il giro del bacino
level-number-round-the-basin-instruction = Accendi ogni lampada intorno al bacino del porto. Principale contiene un solo blocco, quindi Aiutante 1 deve chiamare sé stesso.
level-number-round-the-basin-learned = Un aiutante può contenere un ciclo e chiamare lo stesso sé stesso. Il ciclo fa un lato, e la chiamata fa partire il lato successivo.
level-number-round-the-basin-hint-1 = Ogni lato è uguale. Quante lampade ci sono su un lato?
level-number-round-the-basin-hint-2 = Un lato è: tre volte Avanti e Luce, poi una svolta. Costruiscilo in Aiutante 1 con un ciclo, e alla fine fai chiamare ad Aiutante 1 sé stesso.
level-number-round-the-basin-hint-3 = Aiutante 1 inizia con Ripeti 3 volte, con Avanti e Luce dentro.

level-number-if-in-helper-title = Angoli rossi
level-number-if-in-helper-instruction = Accendi tutte le lampade lungo il molo. Su una casella rossa la strada gira a sinistra. Principale contiene solo 3 blocchi.
level-number-if-in-helper-learned = Un aiutante può contenere un Se. Ogni volta che l’aiutante viene eseguito, rifà la sua domanda, così un solo aiutante va bene per i tratti dritti e per gli angoli.
level-number-if-in-helper-hint-1 = Da una lampada alla successiva ci sono sempre due passi. A volte la casella in mezzo è rossa.
level-number-if-in-helper-hint-2 = Lascia che Aiutante 1 porti il robot da una lampada alla successiva. Lungo la strada chiede: sono sul rosso? Principale accende la lampada e ripete fino alla fine.
level-number-if-in-helper-hint-3 = Aiutante 1 inizia con Avanti, poi Se su rosso.

## Aiutanti con un numero

level-number-walk-n-title = Cammina n caselle
level-number-walk-n-instruction = Arriva alla bandiera. I tratti dritti della strada hanno lunghezze diverse, e Principale contiene solo 5 blocchi. Usa Aiutante 1 con numero.
level-number-walk-n-learned = Puoi dare un numero a un aiutante quando lo chiami. Dentro l’aiutante, Ripeti n volte ripete tante volte quanto dice quel numero.
level-number-walk-n-hint-1 = Conta le caselle di ogni tratto dritto della strada.
level-number-walk-n-hint-2 = In Aiutante 1 metti Avanti dentro Ripeti n volte. Allora Aiutante 1 con 3 cammina 3 caselle, e Aiutante 1 con 6 ne cammina 6.
level-number-walk-n-hint-3 = Principale inizia con Aiutante 1 con 3, poi Gira a destra.

level-number-spiral-title = La spirale
level-number-spiral-instruction = Segui la spirale fino alla bandiera nel mezzo. Ogni tratto dritto è una casella più corto di quello prima.
level-number-spiral-learned = L’aiutante resta uguale, e cambia solo il suo numero da una chiamata all’altra. Principale dice solo quanto andare lontano.
level-number-spiral-hint-1 = Quanto è lungo ogni tratto dritto? Che cosa fa il robot alla fine di ognuno?
level-number-spiral-hint-2 = Aiutante 1 può camminare n caselle e poi girare. Principale lo chiama quattro volte, ogni volta con un numero più piccolo.
level-number-spiral-hint-3 = Aiutante 1 finisce con Gira a destra.

level-number-lamp-rows-title = File di lampade
level-number-lamp-rows-instruction = Accendi la fila di 5 lampade e la fila di 3 lampade. Principale contiene solo 3 blocchi.
level-number-lamp-rows-learned = Il numero non deve per forza contare passi. Qui conta lampade: Aiutante 1 con 5 accende 5 lampade.
level-number-lamp-rows-hint-1 = Per ogni lampada, il robot ci va sopra e la accende.
level-number-lamp-rows-hint-2 = Metti Avanti e Luce dentro Ripeti n volte. Allora n dice quante lampade accende Aiutante 1.
level-number-lamp-rows-hint-3 = Principale: Aiutante 1 con 5, poi Gira a destra, poi un altro blocco.

## Il contatore del robot

level-number-third-opening-title = La terza traversa
level-number-third-opening-instruction = La via per la bandiera è la terza traversa a destra. Fai contare al robot le traverse che passa.
level-number-third-opening-learned = Il robot ha un contatore che parte da 0. Aggiungi 1 al contatore aggiunge uno, e Se contatore uguale a 3 chiede quante volte è successo.
level-number-third-opening-hint-1 = Le prime due traverse a destra riportano solo sulla strada. Solo la terza va alla bandiera.
level-number-third-opening-hint-2 = Ogni volta che c’è strada a destra, aggiungi 1 al contatore. Gira a destra solo quando il contatore è 3.
level-number-third-opening-hint-3 = Dentro Ripeti fino alla fine: Avanti, poi Se strada a destra.

level-number-counting-helper-title = Un aiutante che conta
level-number-counting-helper-instruction = Prendi la terza traversa a destra per arrivare alla bandiera. Principale contiene solo 4 blocchi, quindi deve contare Aiutante 1.
level-number-counting-helper-learned = Principale e gli aiutanti condividono un solo contatore. Un aiutante può aumentarlo e fare domande su di lui, e il conto resta quando l’aiutante finisce.
level-number-counting-helper-hint-1 = Questa volta il robot va verso sinistra, quindi la sua destra è la parte alta del tabellone.
level-number-counting-helper-hint-2 = Principale guida e chiede: c’è strada a destra? Se sì, chiama Aiutante 1. Aiutante 1 conta, e gira a destra quando il contatore è 3.
level-number-counting-helper-hint-3 = Aiutante 1 inizia con Aggiungi 1 al contatore.

level-number-second-red-title = La seconda casella rossa
level-number-second-red-instruction = Arriva alla bandiera. Gira a sinistra alla seconda casella rossa, non alla prima.
level-number-second-red-learned = Il contatore può contare tutto ciò su cui il robot può fare domande: traverse, colori e altro.
level-number-second-red-hint-1 = Tutte e due le caselle rosse hanno una strada a sinistra. Quale porta alla bandiera?
level-number-second-red-hint-2 = Su ogni casella rossa aggiungi 1 al contatore. Gira a sinistra solo quando il contatore è 2.
level-number-second-red-hint-3 = Dentro Ripeti fino alla fine: Avanti, poi Se su rosso.

level-number-fix-the-count-title = Conta da capo
level-number-fix-the-count-instruction = Il robot dovrebbe girare a sinistra ogni seconda casella rossa. Gira alla seconda, ma alla quarta va dritto contro un muro. Ripara il programma.
level-number-fix-the-count-learned = Un contatore continua a crescere finché non lo rimetti indietro. Imposta contatore a 0 fa partire un nuovo giro di conteggio.
level-number-fix-the-count-hint-1 = Tocca Passo e guarda il contatore accanto al numero del passo. Quanto vale il contatore sulla quarta casella rossa?
level-number-fix-the-count-hint-2 = Dopo la prima svolta il robot dovrebbe contare di nuovo da 0.
level-number-fix-the-count-hint-3 = Guarda che cosa succede subito dopo la svolta a sinistra.
