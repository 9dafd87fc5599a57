# La pagina per insegnanti. Si rivolge all’insegnante con il Lei: chiara, cordiale ed esatta.

teacher-page-title = Byte Bridge per insegnanti
teacher-title = Byte Bridge per insegnanti
teacher-tagline = Assegni livelli alla classe, raccolga i risultati, veda chi ha bisogno di aiuto.
teacher-skip = Vai al contenuto della pagina
teacher-language = Lingua

## Aiuto
teacher-help = Aiuto: dove vanno i dati della classe?
teacher-help-local = Tutto ciò che è in questa pagina resta in questo browser su questo dispositivo. Non ci sono account né server: non viene inviato niente da nessuna parte, a meno che non imposti un archivio in «Inviare a un archivio dei dati di apprendimento».
teacher-help-files = I risultati arrivano dai tablet degli alunni, come file o codici QR. Carichi i file in «Raccogliere i risultati» oppure scansioni i codici con la fotocamera di questo dispositivo.
teacher-help-signing = Con «Firmare i file degli alunni con una chiave di classe», i tablet firmano ogni file di risultati e ogni codice QR. Un file modificato dopo viene segnalato qui e non conta; quando i file di un alunno sono stati firmati, anche i suoi file e codici senza una firma valida non contano. La chiave è conservata sui tablet, quindi questo scopre i file modificati, non chi copia la chiave da un tablet e firma risultati inventati.
teacher-help-notes = I nomi veri che scrive accanto a un nome di gioco restano in questo browser. Escono solo se spunta «Includere i nomi veri» e poi scarica il CSV o stampa la vista della classe.
teacher-help-backup = Cancellare i dati di questo browser cancella anche i dati della classe. Scarichi ogni tanto il CSV per tenerne una copia.
teacher-help-insecure = Questa pagina non è servita tramite HTTPS, quindi non funziona offline e non può usare la fotocamera. I file di risultati funzionano sempre.

## Avvisi
teacher-dismiss = OK
teacher-storage-full = La memoria di questo browser è piena, quindi le ultime modifiche non sono salvate. Scarichi subito il CSV, poi tolga i link vecchi o cancelli i dati vecchi della classe.
teacher-storage-blocked = Questo browser non permette alla pagina di salvare niente (modalità privata o un’impostazione). Tutto va perso quando chiude la scheda, quindi scarichi prima il CSV.
teacher-error-action = Qualcosa è andato storto. Ricarichi la pagina e riprovi; tutto ciò che è già salvato resta.
teacher-error-start = Non è stato possibile avviare la pagina per insegnanti. La ricarichi, per favore. Se succede ancora, provi con Chrome, Edge o Firefox aggiornati.
teacher-update-ready = È pronta una nuova versione di Byte Bridge.
teacher-update = Ricarica ora

## Assegnare livelli a una classe
teacher-assign-title = Assegnare livelli a una classe
teacher-assign-intro = Scelga i livelli, poi crei un link. Gli alunni aprono il link sui tablet o scansionano il suo codice QR, e trovano i livelli come missione di oggi.
teacher-class-name = Nome della classe
teacher-class-name-hint = Per esempio 4B. Il nome viaggia nel link fino ai tablet, quindi non usi il nome di un alunno.
teacher-levels = Livelli
teacher-band-filter = Fascia d’età
teacher-band-all = Tutte le età
teacher-competence-filter = Competenza DigComp 2.2
teacher-competence-all = Tutte le competenze
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Competenza DigComp 3.0
teacher-digcomp3-all = Tutte le competenze
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Tutto «{ $world }»
teacher-no-levels = Nessun livello corrisponde a questi filtri.
teacher-levels-selected = { $count ->
        [0] Nessun livello scelto.
        [one] { $count } livello scelto.
        [many] { $count } livelli scelti.
       *[other] { $count } livelli scelti.
    }
teacher-select-none = Annulla la scelta
teacher-lock = Blocca gli altri livelli
teacher-lock-hint = Gli alunni possono giocare solo questi livelli finché questa missione è sul loro tablet.
teacher-sign = Firmare i file degli alunni con una chiave di classe
teacher-sign-hint = Un file di risultati o un codice QR modificato dopo il salvataggio sul tablet viene segnalato e non conta. La chiave è conservata sui tablet, quindi chi la copia da un tablet può comunque firmare risultati inventati.
teacher-create = Crea il link

## Il link
teacher-link-ready = Il link per la Sua classe
teacher-link = Link
teacher-copy = Copia il link
teacher-copied = Link copiato.
teacher-copy-manual = Il link è selezionato. Lo copi con il comando Copia del dispositivo.
teacher-qr-label = Codice QR del link per { $name }
teacher-qr-caption = Gli alunni scansionano questo codice con la fotocamera del tablet per aprire la missione.
teacher-print-sheet = Stampa il foglio
teacher-earlier-title = Link precedenti
teacher-assignment-meta = { $count ->
        [one] { $count } livello
        [many] { $count } livelli
       *[other] { $count } livelli
    }, creato il { $date }
teacher-assignment-levels = { $count ->
        [one] Mostra il livello
        [many] Mostra tutti i { $count } livelli
       *[other] Mostra tutti i { $count } livelli
    }
teacher-assignment-locked = altri livelli bloccati
teacher-assignment-signed = file firmati
teacher-assignment-unsigned = file non firmati
teacher-show-qr = Mostra il codice QR
teacher-hide-qr = Nascondi il codice QR
teacher-remove = Togli il link
teacher-remove-confirm = Togliere da questa pagina il link per «{ $name }»?
teacher-remove-yes = Sì, togli
teacher-cancel = Annulla
teacher-assignment-option = { $name } ({ $date })

## Il foglio stampato per gli alunni
teacher-sheet-title = La missione di oggi
teacher-sheet-how = Scansiona il codice con la fotocamera del tablet, oppure scrivi nel browser il link qui sotto.
teacher-sheet-levels = I livelli di oggi

## Raccogliere i risultati
teacher-collect-title = Raccogliere i risultati
teacher-collect-intro = Carichi i file di risultati degli alunni, anche molti insieme, oppure scansioni i codici QR sui loro tablet.
teacher-drop-hint = Trascini qui i file degli alunni
teacher-files-label = File di risultati degli alunni
teacher-choose-files = Scegli i file
teacher-results-title = Caricati
teacher-results-empty = Nessun file caricato finora.
teacher-results-clear = Svuota questo elenco
teacher-file-altered = Attenzione: questo file è stato modificato dopo il salvataggio sul tablet.
teacher-file-failed = Non caricato:
teacher-file-unreadable = Non è stato possibile leggere { $file }. Riprovi, oppure lo salvi di nuovo sul tablet.
teacher-code-unreadable = Non è stato possibile leggere questo codice QR. Riprovi, per favore.
teacher-status-signed = firmato
teacher-status-unsigned = non verificato
teacher-status-summary = da un codice QR
teacher-scan-title = Scansionare codici QR
teacher-scan-intro = Punti la fotocamera sul codice dei risultati di un alunno. Continua a cercare il codice successivo finché non la ferma.
teacher-scan = Scansiona un codice QR
teacher-stop-camera = Ferma la fotocamera
teacher-camera-label = Immagine della fotocamera
teacher-camera-starting = Avvio della fotocamera…
teacher-camera-looking = Cerco un codice QR…
teacher-camera-next = Fatto. Mostri il codice successivo.
teacher-camera-stopped = La fotocamera è spenta.
teacher-camera-unavailable = Qui non si può usare la fotocamera: non c’è, non è stata permessa, oppure la pagina non è servita tramite HTTPS. I file di risultati funzionano sempre.
teacher-scanner-unavailable = Non è stato possibile caricare il lettore di codici QR. Vada online una volta e riprovi. I file di risultati funzionano sempre.

## La Sua classe
teacher-class-title = La Sua classe
teacher-show-assignment = Mostra
teacher-all-levels = Tutti i livelli
teacher-no-pupils = Ancora nessun risultato. Raccolga sopra i file o i codici degli alunni.
teacher-note-hint = I nomi veri restano solo su questo dispositivo. I download li lasciano fuori, a meno che non spunti «Includere i nomi veri».
teacher-note-label = Nome vero
teacher-note-for = Nome vero di { $name }
teacher-grid-caption = { $count ->
        [one] { $count } alunno, tutti i livelli
        [many] { $count } alunni, tutti i livelli
       *[other] { $count } alunni, tutti i livelli
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } alunno
        [many] { $name }: { $count } alunni
       *[other] { $name }: { $count } alunni
    }
teacher-pupil = Alunno
teacher-pupil-altered = File modificato
teacher-cell-empty = non giocato
teacher-cell-detail = { $attempts ->
        [one] { $attempts } tentativo
        [many] { $attempts } tentativi
       *[other] { $attempts } tentativi
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } suggerimento
        [many] {" "}· { $hints } suggerimenti
       *[other] {" "}· { $hints } suggerimenti
    }
teacher-forget = Togli l’alunno
teacher-forget-pupil = Togli l’alunno { $name }
teacher-forget-confirm = Togliere { $name } e tutti i suoi risultati da questa pagina?
teacher-forget-yes = Sì, togli
teacher-forgotten = { $name } è stato tolto.

## Un alunno in un livello
teacher-cell-title = { $pupil }: { $level }
teacher-close = Chiudi
teacher-no-attempts = Ancora nessun tentativo.
teacher-attempt-title = Tentativo { $number }, { $when }
teacher-attempt-stars = Stelle
teacher-stars-count = { $count ->
        [one] { $count } stella
        [many] { $count } stelle
       *[other] { $count } stelle
    }
teacher-attempt-outcome = Risultato
teacher-attempt-time = Tempo
teacher-attempt-hints = Suggerimenti
teacher-attempt-mistakes = Errori
teacher-program-main = Programma principale
teacher-program-p1 = Aiutante 1
teacher-program-p2 = Aiutante 2
teacher-program-empty = (vuoto)
teacher-tile-else = altrimenti
teacher-code = Come codice
teacher-code-note = Lo stesso programma come testo, in un linguaggio simile a Python. Gli alunni lo vedono nel gioco con «Mostra come codice».
teacher-answers = Risposte

## Per livello
teacher-summary-title = Per livello
teacher-summary-caption = Com’è andato ogni livello
teacher-summary-level = Livello
teacher-summary-played = Giocato
teacher-summary-finished = Finito
teacher-summary-stuck = Bloccati
teacher-summary-mean = Tentativi in media
teacher-summary-common = Problemi più frequenti
teacher-problem-count = { $text } × { $count }

## Scaricare, stampare, cancellare
teacher-export-title = Scaricare, stampare, cancellare
teacher-include-notes = Includere i nomi veri
teacher-include-notes-hint = Lo spunti solo per un file o una stampa che resta a Lei, per esempio per i Suoi registri.
teacher-download-csv = Scarica il CSV
teacher-download-xapi = Scarica xAPI (JSON)
teacher-print-class = Stampa la vista della classe
teacher-clear = Cancella i dati della classe
teacher-clear-confirm = Cancellare da questo browser tutti gli alunni, i risultati, i nomi veri e i link? Non si può annullare. Se vuole tenere i risultati, prima scarichi il CSV.
teacher-clear-yes = Sì, cancella tutto
teacher-cleared = I dati della classe sono stati cancellati.
teacher-language-unavailable = Non è stato possibile scaricare la lingua { $language }: questo browser non ce l’ha ancora. Si colleghi a internet e la scelga di nuovo.

## Inviare a un archivio dei dati di apprendimento (LRS)
teacher-lrs-title = Inviare a un archivio dei dati di apprendimento
teacher-lrs-intro = Se la Sua scuola o il ministero raccoglie i risultati in un archivio dei dati di apprendimento (LRS, Learning Record Store), inserisca qui il suo indirizzo xAPI, la chiave e il segreto. Ogni risultato che carica viene poi inviato lì automaticamente, e ognuno una volta sola. L’indirizzo, la chiave e il segreto restano in questo browser: i tablet degli alunni non li ricevono mai.
teacher-lrs-endpoint = Indirizzo xAPI (endpoint)
teacher-lrs-key = Chiave (nome utente)
teacher-lrs-secret = Segreto (password)
teacher-lrs-secret-kept = Lasci vuoto per mantenere il segreto salvato in precedenza per questo indirizzo e questa chiave.
teacher-lrs-save = Salva e invia
teacher-lrs-forget = Togli questo archivio
teacher-lrs-retry = Riprova ora
teacher-lrs-off = Nessun archivio dei dati di apprendimento impostato. I risultati restano in questo browser e nei Suoi download.
teacher-lrs-done = { $sent ->
        [one] Il risultato è nell’archivio dei dati di apprendimento.
        [many] Tutti i { $sent } risultati sono nell’archivio dei dati di apprendimento.
       *[other] Tutti i { $sent } risultati sono nell’archivio dei dati di apprendimento.
    }
teacher-lrs-sending = { $waiting ->
        [one] Invio in corso: un risultato è in attesa.
        [many] Invio in corso: { $waiting } risultati sono in attesa.
       *[other] Invio in corso: { $waiting } risultati sono in attesa.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Un risultato è in attesa: l’archivio dei dati di apprendimento non è raggiungibile. Nuovo tentativo tra { $seconds } s. Se il problema persiste, chieda a chi gestisce l’archivio di consentire l’indirizzo di questa pagina.
        [many] { $waiting } risultati sono in attesa: l’archivio dei dati di apprendimento non è raggiungibile. Nuovo tentativo tra { $seconds } s. Se il problema persiste, chieda a chi gestisce l’archivio di consentire l’indirizzo di questa pagina.
       *[other] { $waiting } risultati sono in attesa: l’archivio dei dati di apprendimento non è raggiungibile. Nuovo tentativo tra { $seconds } s. Se il problema persiste, chieda a chi gestisce l’archivio di consentire l’indirizzo di questa pagina.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Un risultato è in attesa: l’archivio dei dati di apprendimento ha risposto con l’errore { $status }. Nuovo tentativo tra { $seconds } s.
        [many] { $waiting } risultati sono in attesa: l’archivio dei dati di apprendimento ha risposto con l’errore { $status }. Nuovo tentativo tra { $seconds } s.
       *[other] { $waiting } risultati sono in attesa: l’archivio dei dati di apprendimento ha risposto con l’errore { $status }. Nuovo tentativo tra { $seconds } s.
    }
teacher-lrs-stopped-key = Invio interrotto: l’archivio dei dati di apprendimento non accetta questa chiave e questo segreto. Li controlli e salvi di nuovo.
teacher-lrs-stopped-forbidden = Invio interrotto: questa chiave non può aggiungere risultati all’archivio dei dati di apprendimento. Chieda a chi lo gestisce una chiave che possa scrivere statement xAPI.
teacher-lrs-stopped-address = Invio interrotto: questo indirizzo non risponde come un archivio dei dati di apprendimento (risposta { $status }). Controlli l’indirizzo xAPI.
teacher-lrs-refused = { $refused ->
        [one] L’archivio dei dati di apprendimento ha rifiutato un risultato. Viene messo da parte e non sarà inviato di nuovo.
        [many] L’archivio dei dati di apprendimento ha rifiutato { $refused } risultati. Vengono messi da parte e non saranno inviati di nuovo.
       *[other] L’archivio dei dati di apprendimento ha rifiutato { $refused } risultati. Vengono messi da parte e non saranno inviati di nuovo.
    }
teacher-lrs-load-damaged = Non è stato possibile leggere le impostazioni dell’archivio dei dati di apprendimento salvate in questo browser. Le inserisca di nuovo: i risultati che l’archivio ha già non verranno salvati due volte.
teacher-lrs-load-newer = Le impostazioni dell’archivio dei dati di apprendimento sono state salvate da una versione più recente di questa pagina. Ricarichi la pagina per avere la nuova versione; fino ad allora non viene inviato niente.
teacher-lrs-error-no-address = Inserisca l’indirizzo xAPI dell’archivio dei dati di apprendimento.
teacher-lrs-error-address = Questo non è l’indirizzo web di un archivio dei dati di apprendimento. Dovrebbe essere simile a https://lrs.example.org/xAPI/, senza ? né #.
teacher-lrs-error-insecure = L’indirizzo deve iniziare con https://, così la chiave e i risultati viaggiano cifrati.
teacher-lrs-error-credentials-in-address = Metta la chiave e il segreto nei loro campi, non nell’indirizzo.
teacher-lrs-error-no-key = Inserisca la chiave e il segreto che ha ricevuto per l’archivio dei dati di apprendimento.
teacher-lrs-error-bad-key = La chiave non può contenere ":". Né la chiave né il segreto possono contenere un a capo.
teacher-lrs-error-too-long = L’indirizzo, la chiave o il segreto è troppo lungo (al massimo 500 caratteri ciascuno).
teacher-lrs-forgotten = L’indirizzo, la chiave e il segreto dell’archivio dei dati di apprendimento sono stati tolti da questo browser.
teacher-lrs-empty = Ancora niente da inviare. I risultati che carica vanno automaticamente all’archivio dei dati di apprendimento.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titolo
made-field-task = Compito
made-field-learned = «Che cosa hanno imparato gli alunni»
made-field-hint = Suggerimento
made-field-box = Scatola
made-field-card = Carta
made-field-prompt = Situazione
made-field-reply = Risposta
made-field-part = Riga del messaggio
made-field-reason = Spiegazione
made-problem-damaged = Questo non è un livello creato su questa pagina, oppure è danneggiato.
made-problem-newer = Questo livello è stato creato con una versione più nuova di questa pagina. Ricarichi la pagina per avere la nuova versione.
made-problem-language = Questa pagina non conosce la lingua di questo livello.
made-problem-missing = { $field }: compili questo campo, per favore.
made-problem-too-long = { $field }: accorci il testo, per favore (al massimo { $max } { $max ->
        [one] carattere
        [many] caratteri
       *[other] caratteri
    }).
made-problem-undrawable = { $field }: alcuni caratteri non si possono mostrare sui tablet: { $chars }. Usi lettere, cifre e la punteggiatura normale (niente emoji).
made-problem-hints = Un livello ha bisogno di tre suggerimenti: una spintarella, l’idea, poi una parte della risposta.
made-problem-count = { $field }: il numero è troppo basso o troppo alto (al massimo { $max }).
made-problem-one-right = Segni esattamente una risposta come quella giusta.
made-problem-box-unused = Ogni scatola deve avere almeno una carta che va lì.
made-problem-flags = Segni almeno una riga come segnale d’allarme e lasci almeno una riga senza segnale d’allarme.
made-problem-board-size = Il tabellone deve essere largo da 2 a { $max } { $max ->
        [one] casella
        [many] di caselle
       *[other] caselle
    } e alto da 1 a { $max }.
made-problem-board-start = Metta sul tabellone esattamente una casella di partenza.
made-problem-board-goal = Metta sul tabellone una bandiera o almeno una lampada.
made-problem-board = Il tabellone non rispetta una regola del gioco. Controlli le caselle e i blocchi che offre.
made-problem-tiles = Offra almeno un blocco.
made-problem-already-solved = Il robot ha già finito prima di muoversi: sposti la bandiera lontano dalla partenza.
made-problem-slots = Il programma più corto che risolve questo tabellone ha { $tiles } { $tiles ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    }. Lasci nel programma posto per almeno { $tiles } { $tiles ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    }.
made-problem-unsolvable = Con questi blocchi il robot non riesce a raggiungere la bandiera (e ogni lampada). Apra una strada oppure offra più blocchi (per esempio svolte o un ciclo).
made-problem-too-large = Questo tabellone è troppo grande da controllare: nessun programma con meno di { $tiles } { $tiles ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    } lo risolve, e quelli più lunghi sono troppi da provare tutti. Rimpicciolisca il tabellone o accorci la strada, oppure offra un ciclo.
made-problem-par = Il livello non ha ancora una soluzione migliore: lo controlli prima su questa pagina.
made-checked-robot = Il robot ce la fa: il programma migliore ha { $par } { $par ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    }. Gli alunni ottengono 3 stelle con { $par } { $par ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    } o meno.
made-checked-answers = Pronto: ogni risposta ha una spiegazione.
made-kind-robot_grid = Robot sul tabellone
made-kind-sort = Smistare in due scatole
made-kind-pick_reply = Scegliere la risposta
made-kind-spot_flags = Trovare i segnali d’allarme
made-copy-title = { $title } (copia)
made-import-done = { $added ->
    [one] Aggiunto un livello.
    [many] Aggiunti { $added } livelli.
   *[other] Aggiunti { $added } livelli.
} { $skipped ->
    [0] {""}
    [one] Uno c’era già.
    [many] { $skipped } c’erano già.
   *[other] { $skipped } c’erano già.
}
made-import-not-ours = { $file } non è un file di livelli di questa pagina.
made-import-too-large = { $file } è troppo grande per un file di livelli (al massimo 1 MB e 100 livelli).
made-import-bad-level = { $file }: il livello { $number } («{ $title }») non si può usare, quindi non è stato aggiunto niente. { $problem }
made-assign-too-many = Un link di classe può contenere al massimo { $max } { $max ->
        [one] livello creato da Lei
        [many] livelli creati da Lei
       *[other] livelli creati da Lei
    }.
made-assign-unknown = Un livello che ha scelto non è più nella Sua raccolta. Scelga di nuovo i livelli.
made-qr-too-long = Questo link è troppo lungo per un codice QR che un tablet riesca a leggere ({ $length } { $length ->
        [one] carattere
        [many] di caratteri
       *[other] caratteri
    }; un codice ne contiene { $max }). Condivida il link così com’è, oppure scarichi il file e lo apra su ogni tablet in «Adulti» → «Porta giocatori da un file».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Creare i propri livelli
made-page-intro = Scriva un livello con parole Sue e controlli che funzioni. I Suoi livelli restano in questo browser, in «I miei livelli», e può assegnarli a una classe come i livelli del gioco.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Un nuovo livello
made-page-editing = Modifica di «{ $title }»
made-page-editing-hint = Salvando, sostituisce la versione precedente nei Suoi livelli.
made-page-start-new = Inizia un nuovo livello
made-page-kind = Tipo di livello
made-page-band = Fascia d’età
made-page-title = Titolo
made-page-task = Compito: che cosa devono fare gli alunni
made-page-learned = Che cosa hanno imparato gli alunni (mostrato alla fine)
made-page-hints = Tre suggerimenti
made-page-hint-1 = Suggerimento 1: una spintarella
made-page-hint-2 = Suggerimento 2: l’idea
made-page-hint-3 = Suggerimento 3: una parte della risposta, non tutta

# The robot grid.
made-page-width = Larghezza (caselle)
made-page-height = Altezza (righe)
made-page-paint = Dipingi con
made-page-board = Tabellone
made-page-board-hint = Tocchi una casella per dipingerla. C’è una sola partenza e una sola bandiera: se ne dipinge un’altra, si sposta lì. Con la tastiera, i tasti freccia passano da una casella all’altra.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Riga { $row }, casella { $column }: { $what }
made-page-square-wall = muro
made-page-square-floor = pavimento
made-page-square-start = partenza
made-page-square-flag = bandiera
made-page-square-lamp = lampada
made-page-square-red = pavimento rosso
made-page-square-blue = pavimento blu
made-page-square-green = pavimento verde
made-page-facing = All’inizio il robot è rivolto verso
made-page-facing-north = nord (in alto)
made-page-facing-east = est (a destra)
made-page-facing-south = sud (in basso)
made-page-facing-west = ovest (a sinistra)
made-page-tiles = Blocchi che gli alunni possono usare
made-page-conditions = Domande che i blocchi «Se» e «Ripeti finché» possono fare
made-page-conditions-hint = Ne spunti almeno una.
made-page-slots-main = Blocchi nel programma principale (da 1 a 16)
made-page-slots-p1 = Blocchi in Aiutante 1 (da 1 a 10)

# Sort into two boxes.
made-page-box-left = Scatola a sinistra (un segno di spunta)
made-page-box-right = Scatola a destra (una croce)
made-page-cards = Carte (da 2 a { $max })
made-page-card = Carta { $number }
made-page-card-box = Scatola per la carta { $number }
made-page-reason-card = Perché la carta { $number } va lì
made-page-add-card = Aggiungi una carta
made-page-remove-card = Togli la carta { $number }

# Pick the reply.
made-page-prompt = La situazione, per esempio un messaggio che ricevono gli alunni
made-page-replies = Risposte (da 2 a 4, una sola giusta)
made-page-reply = Risposta { $number }
made-page-right = La risposta { $number } è quella giusta
made-page-reason-reply = Perché la risposta { $number } è giusta o sbagliata
made-page-add-reply = Aggiungi una risposta
made-page-remove-reply = Togli la risposta { $number }

# Spot the red flags.
made-page-screen = Che cosa vedono gli alunni
made-page-screen-message = Un messaggio in chat
made-page-screen-email = Un’e-mail
made-page-screen-web = Una pagina web
made-page-parts = Righe, dall’alto in basso (da 2 a { $max }: alcune sono segnali d’allarme, altre no)
made-page-part = Riga { $number }
made-page-flag = La riga { $number } è un segnale d’allarme
made-page-reason-part = Perché la riga { $number } va bene o è un segnale d’allarme
made-page-add-part = Aggiungi una riga
made-page-remove-part = Togli la riga { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Togli
made-page-check = Controlla il livello
made-page-save = Salva nei miei livelli
made-page-checking = Controllo del livello in corso. Può richiedere qualche secondo…
# After saving; a made-checked-… message follows it.
made-page-saved = «{ $title }» è salvato nei Suoi livelli.
made-page-copied = Una copia è nel modulo qui sopra. La modifichi, poi la salvi.

# My levels.
made-page-library = I miei livelli
made-page-library-empty = Ancora nessun livello. Qui compaiono i livelli che salva.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = migliore: { $par } { $par ->
        [one] blocco
        [many] blocchi
       *[other] blocchi
    }
made-page-edit = Modifica
made-page-edit-level = Modifica { $title }
made-page-copy = Copia
made-page-copy-level = Copia { $title }
made-page-remove-level = Togli { $title }
made-page-remove-confirm = Togliere «{ $title }» dai Suoi livelli? I link già creati lo mantengono.
made-page-remove-yes = Sì, togli
made-page-removed = «{ $title }» è stato tolto dai Suoi livelli.
made-page-download = Scarica i miei livelli
made-page-import = Aggiungi livelli da un file
made-page-import-file = File di livelli
made-page-import-unreadable = Non è stato possibile leggere { $file }.

# In "Give levels to a class".
made-page-assign = Livelli creati da Lei
made-page-assign-none = Qui compaiono i livelli che salva in «Creare i propri livelli».
made-page-assign-max = Al massimo { $max } in un link. Un link con livelli creati da Lei è sempre firmato.
made-page-assignment-file = Scarica il file per i tablet
