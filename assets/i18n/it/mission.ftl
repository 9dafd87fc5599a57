# La missione di oggi (i livelli scelti dall’insegnante) e «Invia all’insegnante».
# $class è il nome che l’insegnante ha dato alla classe, per esempio «4B».

## Un link di classe che non si può usare
mission-link-damaged = Questo link della classe è danneggiato. Chiedi di nuovo il link all’insegnante.
mission-link-newer = Questo link della classe viene da una versione più nuova di Byte Bridge. Chiedi all’insegnante di aiutarti ad aggiornare il gioco.
mission-link-no-levels = Questo link della classe non ha livelli che questo gioco conosce. Chiedi all’insegnante di aiutarti ad aggiornare il gioco.
mission-stored-unreadable = Non è stato possibile leggere la missione di oggi su questo tablet. Chiedi di nuovo il link all’insegnante.

## La schermata iniziale e la mappa
mission-title = Missione di oggi: { $class }
mission-level = { $title }, { $status }
mission-previous = Livelli precedenti
mission-next = Altri livelli
mission-map-locked = L’insegnante ha scelto i livelli di oggi.
mission-locked-hint = Questo livello non fa parte della missione di oggi.

## Adulti
mission-remove = Togli la missione di oggi ({ $class })
mission-removed = La missione di oggi è stata tolta da questo tablet.

## Invia all’insegnante
send-to-teacher = Invia all’insegnante
send-for-class = Le tue stelle per la classe { $class }
send-no-class = Le tue stelle su questo tablet
send-save = Salva un file
send-share = Condividi
send-show-code = Mostra un codice QR
send-saved = Il tuo file è salvato. Dallo all’insegnante.
send-code-caption = Mostra questo codice alla fotocamera dell’insegnante
send-code-image = Codice QR con le tue stelle per l’insegnante
send-code-failed = Non è stato possibile creare il codice. Salva invece un file.

## Dentro la piattaforma di una scuola (Kolibri, un LMS): chi impara sulla piattaforma è chi gioca.
# Appare quando il gioco non riesce a raggiungere la piattaforma della scuola (nessuna API SCORM, l’avvio con cmi5 non è riuscito, nessun ponte con Kolibri).
package-unreachable = Il gioco non è riuscito a collegarsi alla piattaforma della tua scuola. Puoi giocare lo stesso: le tue stelle restano su questo dispositivo.
# Appare quando non è stato possibile leggere i progressi che la piattaforma ha conservato per chi gioca.
package-saved-unreadable = Non è stato possibile leggere le tue stelle da un altro dispositivo. Puoi continuare a giocare da qui.
mission-link-made-refused = Un livello creato dall’insegnante in questo link della classe è danneggiato o è stato cambiato, quindi il link non è stato usato. Chiedi di nuovo il link all’insegnante.
made-world-title = Creati dall’insegnante
made-by-teacher = Creato dall’insegnante
made-by-teacher-in = Creato dall’insegnante, lingua: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = La missione di oggi della classe { $class } ora è su questo tablet.
