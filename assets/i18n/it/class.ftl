# Messaggi del lato Rust della pagina per insegnanti (registro formale, Lei).

## Competenze DigComp 2.2
digcomp-1-1 = Navigare, ricercare e filtrare dati, informazioni e contenuti digitali
digcomp-1-2 = Valutare dati, informazioni e contenuti digitali
digcomp-1-3 = Gestire dati, informazioni e contenuti digitali
digcomp-2-5 = Netiquette
digcomp-2-6 = Gestire l’identità digitale
digcomp-3-4 = Programmazione
digcomp-4-1 = Proteggere i dispositivi
digcomp-4-2 = Proteggere i dati personali e la privacy
digcomp-4-3 = Proteggere la salute e il benessere
digcomp-5-1 = Risolvere problemi tecnici

## Competenze DigComp 3.0
digcomp3-1-1 = Navigare, ricercare e filtrare informazioni
digcomp3-1-2 = Valutare informazioni
digcomp3-1-3 = Gestire informazioni
digcomp3-2-1 = Interagire attraverso e con le tecnologie digitali
digcomp3-2-2 = Condividere attraverso le tecnologie digitali
digcomp3-2-3 = Esercitare la cittadinanza attraverso le tecnologie digitali
digcomp3-2-4 = Collaborare attraverso le tecnologie digitali
digcomp3-2-5 = Comportamento digitale
digcomp3-2-6 = Gestire l’identità digitale
digcomp3-3-1 = Sviluppare contenuti digitali
digcomp3-3-2 = Integrare e rielaborare contenuti digitali
digcomp3-3-3 = Copyright e licenze
digcomp3-3-4 = Pensiero computazionale e programmazione
digcomp3-4-1 = Proteggere i dispositivi
digcomp3-4-2 = Proteggere i dati personali e la privacy
digcomp3-4-3 = Sostenere il benessere
digcomp3-4-4 = Impatto ambientale delle tecnologie digitali
digcomp3-5-1 = Individuare e risolvere problemi tecnici
digcomp3-5-2 = Individuare bisogni e risposte tecnologiche digitali
digcomp3-5-3 = Individuare soluzioni creative con le tecnologie digitali
digcomp3-5-4 = Individuare e affrontare i bisogni di competenza digitale

## Dati della classe salvati
class-load-damaged = Non è stato possibile leggere i dati della classe salvati in questo browser. Sono stati messi da parte, e la pagina parte vuota.
class-load-newer = I dati della classe in questo browser sono stati salvati da una versione più nuova di Byte Bridge. Questa pagina li lascia invariati e parte vuota: niente di ciò che fa qui ora viene conservato. Apra la pagina per insegnanti più nuova per vedere la Sua classe.

## Creare un’assegnazione
class-assign-failed = Non è stato possibile creare l’assegnazione. Riprovi, per favore.
class-assign-no-levels = Scelga almeno un livello.
class-assign-no-random = Questo browser non può creare una chiave di classe sicura, quindi non è stato creato nessun link. Apra questa pagina in un browser aggiornato.
class-assign-too-many = Scelga al massimo { $max } { $max ->
        [one] livello
        [many] livelli
       *[other] livelli
    } per un link.
class-assign-no-name = Dia un nome alla classe, per esempio «4B».

## Caricare file e codici
class-imported = { $nickname }: { $count ->
    [0] niente di nuovo (già presente).
    [one] 1 nuovo tentativo.
    [many] { $count } nuovi tentativi.
   *[other] { $count } nuovi tentativi.
}
class-imported-altered = { $nickname }: questo file è stato modificato dopo che il gioco l’ha scritto, oppure non porta la firma della sua classe. Non è stato contato niente.
class-import-too-large = { $file } è troppo grande per il file di un alunno, quindi non è stato letto.
class-import-not-ours = { $file } non è un file di Byte Bridge.
class-import-players-file = { $file } è un file di giocatori per spostare giocatori tra tablet. Sul tablet dell’alunno usi invece «Invia all’insegnante».
class-import-truncated = { $file } è incompleto. Chieda all’alunno di salvarlo di nuovo.
class-import-newer = { $file } è stato creato da una versione più nuova di Byte Bridge. Apra la pagina per insegnanti più nuova per leggerlo.
class-import-damaged = { $file } è danneggiato e non è stato possibile leggerlo. Chieda all’alunno di salvarlo di nuovo.
class-import-over-limits = { $file } contiene più di quanto Byte Bridge conservi per un alunno (programmi troppo lunghi, troppi tentativi, livelli o risposte), da solo o insieme a ciò che questa pagina ha già per l’alunno. Probabilmente è stato fatto a mano. Non è stato caricato niente.
class-code-not-ours = Questo codice QR non è di Byte Bridge.
class-code-newer = Questo codice QR viene da una versione più nuova di Byte Bridge.
class-code-damaged = Non è stato possibile leggere tutto il codice QR. Riprovi, un po’ più vicino.
class-no-such-pupil = Questo alunno non è più nei dati della classe.

## La griglia e il riepilogo
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Risposte sbagliate lungo il percorso
class-outcome-hit-wall = Il robot ha sbattuto contro un muro
class-outcome-left-board = Il robot uscirebbe dal tabellone
class-outcome-no-lamp = Ha provato ad accendere dove non c’è una lampada
class-outcome-out-of-commands = Il programma si è fermato troppo presto
class-outcome-step-budget = Il programma girava in tondo
class-outcome-too-many-calls = Gli aiutanti si sono chiamati troppe volte
class-outcome-finished = Finito
class-outcome-other = Non finito

## Intestazioni delle colonne CSV
class-csv-pupil-id = Id alunno
class-csv-nickname = Nome di gioco
class-csv-note = Nome vero (nota dell’insegnante)
class-csv-classes = Classe
class-csv-level-id = Id livello
class-csv-level = Livello
class-csv-stars = Stelle
class-csv-attempts = Tentativi
class-csv-seconds = Tempo (secondi)
class-csv-hints = Suggerimenti
class-csv-finished = Finito
class-csv-yes = sì
class-csv-no = no
