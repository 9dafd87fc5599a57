# Giocatori su un tablet condiviso. Il soprannome è un animale e un aggettivo: l’aggettivo
# concorda con il genere dell’animale ($gender, dall’attributo .gender).

players-title = Chi gioca?
players-empty = Tocca «Nuovo giocatore» per iniziare.
players-previous = Giocatori precedenti
players-next = Altri giocatori
players-page = Pagina { $page } di { $pages }
player-new = Nuovo giocatore
grown-ups = Adulti

# In italiano l’aggettivo va dopo il nome: «Volpe Coraggiosa».
nickname = { $animal } { $adjective }

player-new-title = Nuovo giocatore
player-edit-title = Il mio nome e la mia immagine
player-done = Fatto
player-preview = Il tuo nome è { $name }
pick-picture = Scegli un’immagine
pick-colour = Scegli un colore
pick-adjective = Scegli una parola
pick-animal = Scegli un animale
nickname-surprise = Sorprendimi

adj-brave = { $gender ->
    [feminine] Coraggiosa
   *[masculine] Coraggioso
}
adj-bright = { $gender ->
    [feminine] Luminosa
   *[masculine] Luminoso
}
adj-calm = { $gender ->
    [feminine] Tranquilla
   *[masculine] Tranquillo
}
adj-clever = { $gender ->
    [feminine] Furba
   *[masculine] Furbo
}
adj-cheerful = { $gender ->
    [feminine] Allegra
   *[masculine] Allegro
}
adj-gentle = Gentile
adj-happy = Felice
adj-kind = { $gender ->
    [feminine] Buona
   *[masculine] Buono
}
adj-lucky = { $gender ->
    [feminine] Fortunata
   *[masculine] Fortunato
}
adj-quick = { $gender ->
    [feminine] Veloce
   *[masculine] Veloce
}
adj-sunny = { $gender ->
    [feminine] Solare
   *[masculine] Solare
}
adj-wise = { $gender ->
    [feminine] Saggia
   *[masculine] Saggio
}

animal-bear = Orso
    .gender = masculine
animal-cat = Gatta
    .gender = feminine
animal-dolphin = Delfino
    .gender = masculine
animal-eagle = Aquila
    .gender = feminine
animal-fox = Volpe
    .gender = feminine
animal-frog = Rana
    .gender = feminine
animal-lion = Leone
    .gender = masculine
animal-owl = Civetta
    .gender = feminine
animal-panda = Panda
    .gender = masculine
animal-rabbit = Coniglio
    .gender = masculine
animal-tiger = Tigre
    .gender = feminine
animal-turtle = Tartaruga
    .gender = feminine

picture-sun = Sole
picture-moon = Luna
picture-star = Stella
picture-heart = Cuore
picture-tree = Albero
picture-flower = Fiore
picture-fish = Pesce
picture-house = Casa
picture-rocket = Razzo
picture-crown = Corona
picture-leaf = Foglia
picture-boat = Barca

avatar-colour-red = Rosso
avatar-colour-orange = Arancione
avatar-colour-yellow = Giallo
avatar-colour-green = Verde
avatar-colour-teal = Turchese
avatar-colour-blue = Blu
avatar-colour-purple = Viola
avatar-colour-pink = Rosa

profile-error-full = Questo tablet è pieno. Un adulto può spostare dei giocatori su un altro tablet.
profile-error-name-taken = Un altro giocatore ha già questo nome. Scegli altre parole.
profile-error-other = Non ha funzionato. Riprova, per favore.

# Password a immagini: tre immagini in ordine.
secret-open-title = Tocca le tue 3 immagini
secret-set-title = Scegli 3 immagini per la tua password
secret-confirm-title = Tocca di nuovo le stesse 3 immagini
secret-progress = { $count } di { $total } { $total ->
        [one] immagine
        [many] immagini
       *[other] immagini
    }
secret-wrong = Non proprio. Riprova.
secret-ask-grown-up = Non proprio. Non ricordi più le immagini? Chiedi all’insegnante di reimpostarle.
secret-mismatch = Erano immagini diverse. Ricomincia da capo.
secret-skip = Nessuna password
secret-remove = Togli la mia password

player-age-title = Quanti anni hai?
player-age-older = Hai più di 12 anni? Scegli 10–12. Un adulto può cambiarlo.

title-hello = Ciao, { $name }!
title-change-player = Cambia giocatore
title-edit-me = Il mio nome e la mia immagine
title-password = Password a immagini
title-save-file = Salva le mie stelle in un file
save-to-file = Salva in un file

# Il cancello per gli adulti: un calcolo che un bambino piccolo non può indovinare.
gate-title = Per gli adulti
gate-question = Quanto fa { $a } × { $b }?
gate-typed = Risposta: { $typed }
gate-wrong = Non è giusto. Ecco una nuova domanda.
gate-delete = Cancella cifra
gate-ok = OK

adults-title = Giocatori su questo tablet
adults-save-all = Salva tutti i giocatori in un file
adults-bring = Porta giocatori da un file
adults-clear = Svuota questo tablet
adults-clear-confirm = { $count ->
        [one] Tocca di nuovo per eliminare l’unico giocatore
        [many] Tocca di nuovo per eliminare tutti i { $count } giocatori
       *[other] Tocca di nuovo per eliminare tutti i { $count } giocatori
    }
adults-cleared = Ora questo tablet è vuoto.
adults-player = { $stars ->
        [one] { $name }: una stella
        [many] { $name }: { $stars } stelle
       *[other] { $name }: { $stars } stelle
    }
adults-save-one = Salva «{ $name }» in un file
adults-reset-secret = Reimposta la password a immagini di «{ $name }»
adults-secret-reset = «{ $name }» ora non ha una password a immagini.
adults-delete = Elimina «{ $name }»
adults-delete-confirm = Tocca di nuovo per eliminare «{ $name }»
adults-deleted = «{ $name }» è stato eliminato.
adults-saved = { $count ->
    [one] Un giocatore è stato salvato in un file. Aprilo sull’altro tablet con «Porta giocatori da un file».
    [many] { $count } giocatori sono stati salvati in un file. Aprilo sull’altro tablet con «Porta giocatori da un file».
   *[other] { $count } giocatori sono stati salvati in un file. Aprilo sull’altro tablet con «Porta giocatori da un file».
}
adults-save-failed = Non è stato possibile salvare il file.
adults-include-secrets = Metti le password a immagini nel file
adults-secrets-left-out = I file creati da ora non contengono le password a immagini; una password già presente sull’altro tablet resta.
adults-secrets-included = I file creati da ora contengono le password a immagini: chi apre il file può leggerle.
adults-help = Spostare gli alunni: salvali qui in un file, copia il file sull’altro tablet e portali dentro da lì. I giocatori già presenti su quel tablet tengono tutte le loro stelle.
adults-help-insecure = Questa pagina non è servita tramite HTTPS, quindi non funziona offline e non si può aggiungere alla schermata Home. Tutto il resto funziona. Il README spiega come servirla.
adults-voices-open = Lettura ad alta voce
adults-voices-some = Lingue in cui questo tablet può leggere ad alta voce: { $languages }
adults-voices-none = Questo tablet non può ancora leggere ad alta voce in nessuna delle lingue del gioco.
adults-voices-help = Per aggiungere una voce su un tablet Android: apri Impostazioni, cerca «Output sintesi vocale», apri le impostazioni del motore preferito e installa i dati vocali di una lingua. Poi riapri il gioco. Leggono ad alta voce solo le voci salvate sul tablet, quindi niente viene inviato altrove per essere letto.
adults-band = Fascia d’età di «{ $name }»: { $band }
adults-band-unset = Età non scelta
adults-band-changed = «{ $name }»: ora { $band }.
adults-band-help = Tocca la fascia d’età di un giocatore per cambiarla. Il giocatore vede prima i livelli di quella fascia. All’inizio gli alunni scelgono 7–9 o 10–12; solo un adulto può scegliere 12–14, la fascia con argomenti per ragazzi più grandi. «Età non scelta» vale come 7–9.

import-done = Fatto: { $added ->
        [one] un giocatore nuovo
        [many] { $added } giocatori nuovi
       *[other] { $added } giocatori nuovi
    }, { $updated } aggiornati{ $refused ->
        [0] .
       *[other] , { $refused } non portati dentro (il tablet è pieno, oppure una versione più nuova di Byte Bridge li tiene qui).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Un giocatore ha ricevuto un nuovo nome di gioco, perché il suo qui era già usato.
        [many] {" "}{ $renamed } giocatori hanno ricevuto un nuovo nome di gioco, perché il loro qui era già usato.
       *[other] {" "}{ $renamed } giocatori hanno ricevuto un nuovo nome di gioco, perché il loro qui era già usato.
    }
import-error-too-large = Questo file è troppo grande per essere un file di giocatori.
import-error-not-ours = Questo non è un file di giocatori di Byte Bridge.
import-error-newer = Questo file viene da una versione più nuova di Byte Bridge. Prima aggiorna il gioco su questo tablet.
import-error-damaged = Questo file di giocatori è danneggiato, quindi non è stato cambiato niente. Salvalo di nuovo sull’altro tablet.
import-error-over-limits = Un giocatore in questo file contiene più di quanto Byte Bridge conservi (programmi troppo lunghi, troppi tentativi o livelli), da solo o insieme allo stesso giocatore su questo tablet. Non è stato cambiato niente.
import-error-unreadable = Non è stato possibile leggere il file. Riprova.

offline-needs-https = Questa pagina non è servita tramite HTTPS, quindi non funziona senza internet.
update-reload = Nuova versione pronta: tocca per avviarla
save-file-failed = Non è stato possibile salvare il file. Riprova, per favore.
