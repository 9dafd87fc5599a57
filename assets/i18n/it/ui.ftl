# Tutto ciò che sta intorno ai livelli: titolo, mappa, risultato, avvisi.

language-name = Italiano
app-title = Byte Bridge
app-tagline = Impara a programmare e a stare al sicuro online
title-play = Gioca
language-picker = Lingua
language-open = Lingua: { $language }
language-loading = Caricamento della lingua { $language } …
language-not-on-device = La lingua { $language } non è ancora su questo tablet. Collegati a internet una volta per scaricarla. Su questo tablet: { $ready }
language-damaged = La lingua { $language } non è arrivata completa. Riprova più tardi. Su questo tablet: { $ready }

back = Indietro
notice-dismiss = OK

map-title = Livelli
level-status-locked = bloccato
level-status-new = non ancora giocato
level-status-stars = { $stars } stelle su 3
# Nome accessibile del pulsante di un livello, letto dagli screen reader.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Finisci il livello precedente per aprire questo.
map-world = { $title }, { $status }
map-world-stars = { $stars } su { $max } { $max ->
        [one] stella
        [many] stelle
       *[other] stelle
    }

result-title = Livello completato!
result-stars = { $stars } stelle su 3
result-new-best = Nuovo record!
result-learned-heading = Che cosa hai imparato
result-next = Livello successivo
result-retry = Gioca ancora
result-levels = Tutti i livelli

storage-unavailable = Questo tablet ora non può salvare. Puoi giocare, ma le tue stelle andranno perse quando chiudi la pagina.
storage-recovered-damaged = Un giocatore salvato non si poteva leggere e non aveva una copia buona. È stato messo da parte su questo tablet.
storage-recovered-backup = Alcune stelle salvate erano danneggiate. È stata ripristinata l’ultima copia buona.
storage-newer-version = Alcuni giocatori sono stati salvati da una versione più nuova di Byte Bridge. Sono al sicuro: aggiorna il gioco per vederli.
storage-full = La memoria del tablet è piena. Salva le tue stelle in un file, così non si perde niente.

# Il pulsante Suggerimento di ogni livello e il suggerimento che mostra.
hint = Suggerimento
hint-shown = Suggerimento { $number }: { $hint }

read-aloud = Leggi ad alta voce
read-aloud-stop = Ferma la lettura
settings-open = Impostazioni
settings-title = Impostazioni
settings-read-everything = Leggi tutto ad alta voce
settings-read-everything-about = Il gioco legge ad alta voce ogni livello, ogni suggerimento e ogni risultato appena compare.
settings-no-voice = Questo tablet non ha ancora una voce per questa lingua. Un adulto può aggiungerne una.
settings-robot-speed = Velocità del robot: { $speed }
settings-calm = Meno movimento
settings-calm-about = Il robot salta da una casella all’altra invece di scivolare. Questa opzione è già attiva quando il tablet è impostato per mostrare meno movimento.
settings-contrast = Alto contrasto
settings-contrast-about = Lo sfondo diventa nero, le scritte bianche e i pulsanti hanno un bordo bianco. Per qualcuno così si vede meglio.
settings-text-size = Grandezza del testo: { $size }
settings-text-size-about = Tocca di nuovo e le scritte diventano più grandi, fino al doppio. Poi tornano normali.
text-size-normal = normale
text-size-big = grande
text-size-bigger = più grande
text-size-biggest = enorme
settings-more-space = Più spazio
settings-more-space-about = Più spazio tra le lettere e tra le righe. Per qualcuno così si legge meglio.
