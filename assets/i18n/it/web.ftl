# Mostrati dalla pagina web stessa: solo testo semplice (nessun placeable).

web-loading = Caricamento di Byte Bridge…
web-error-webgl = Questo browser non può mostrare il gioco, perché WebGL 2 manca o è disattivato. Prova con un Chrome aggiornato.
web-error-download = Non è stato possibile scaricare il gioco. Controlla la connessione, poi ricarica.
web-error-crash = Qualcosa è andato storto e il gioco si è fermato. Le tue stelle sono salvate. Ricarica la pagina, per favore.
web-teacher-error-download = Non è stato possibile scaricare la pagina per insegnanti. Controlla la connessione, poi ricarica.
web-teacher-framed = Questa pagina mostra dati della classe, quindi si apre solo da sola, non dentro un altro sito.
web-teacher-open-alone = Apri la pagina per insegnanti da sola
web-reload = Ricarica
web-noscript = Byte Bridge ha bisogno di JavaScript. Attivalo, per favore.
