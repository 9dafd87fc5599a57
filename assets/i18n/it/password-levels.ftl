# Il mondo «Vetta delle Password». Le password di pw-rank restano come in inglese. Le parole
# di pw-build-* sono nomi comuni in minuscolo: in pw-build-first le parole 1, 2 e 6 hanno tre
# lettere, le altre cinque o più. Persone, nomi e squadre sono inventati.

world-password-peak = Vetta delle Password

## Livello 1: chi può conoscere la tua password

level-pw-who-to-tell-title = Chi può conoscerla?
level-pw-who-to-tell-instruction = Leggi che cosa succede. Scegli ogni volta la risposta migliore.
level-pw-who-to-tell-learned = La tua password è solo per te. Un adulto di fiducia che si prende cura di te può aiutarti a gestirla.
level-pw-who-to-tell-hint-1 = Chiediti: questa persona ha davvero bisogno della mia password?
level-pw-who-to-tell-hint-2 = Gli amici e i moderatori del gioco non ne hanno mai bisogno. Un genitore o chi si prende cura di te può aiutarti a tenerla al sicuro.
level-pw-who-to-tell-hint-3 = Nella chat del gioco non rispondere. Segnala.

pw-who-to-tell-friend-prompt = La tua migliore amica Zoe chiede: «Qual è la tua password del gioco? Voglio provare il tuo nuovo livello.»
pw-who-to-tell-friend-tell = Gliela dico. È la mia migliore amica.
pw-who-to-tell-friend-tell-reason = Anche le migliori amiche possono dirla ad altri per sbaglio. E a volte tra amici si litiga.
pw-who-to-tell-friend-say-no = Dico: «Scusa, è solo per me.»
pw-who-to-tell-friend-say-no-reason = Ottimo! Potete giocare insieme lo stesso. Una buona amica capisce.
pw-who-to-tell-friend-swap = Ci scambiamo le password, così è giusto.
pw-who-to-tell-friend-swap-reason = Così le password in giro sono due invece di una. Scambiarle non le rende più sicure.

pw-who-to-tell-moderator-prompt = In una chat di gioco, «Mod_Max» scrive: «Sono un moderatore. Mandami la tua password o il tuo account verrà chiuso!»
pw-who-to-tell-moderator-send = La mando subito, poi lo dico a un adulto.
pw-who-to-tell-moderator-send-reason = Dirlo a un adulto è giusto, ma non mandarla mai. I veri moderatori non chiedono mai la tua password.
pw-who-to-tell-moderator-proof = Gli chiedo di provare che è un moderatore.
pw-who-to-tell-moderator-proof-reason = I truffatori sanno falsificare qualsiasi prova. Nessuno del gioco ha bisogno della tua password, quindi non mandarla.
pw-who-to-tell-moderator-report = Non rispondo, segnalo e avviso un adulto.
pw-who-to-tell-moderator-report-reason = Giusto! I moderatori del gioco non hanno mai bisogno della tua password. Segnalare aiuta a fermare il truffatore.

pw-who-to-tell-parent-prompt = Un tuo genitore o chi si prende cura di te ti aiuta a preparare il tablet nuovo. Ti chiede quale password hai scelto.
pw-who-to-tell-parent-tell-mum = Gliela dico. Si prende cura di me.
pw-who-to-tell-parent-tell-mum-reason = Sì! Un adulto di fiducia che si prende cura di te, come un genitore, può conoscerla e aiutarti a tenerla al sicuro.
pw-who-to-tell-parent-nobody = Non la dico a nessuno, neanche a casa.
pw-who-to-tell-parent-nobody-reason = Tienila nascosta ad amici e sconosciuti. Ma un genitore o chi si prende cura di te può aiutarti.
pw-who-to-tell-parent-class-chat = La scrivo nella chat di classe, così non la dimentico.
pw-who-to-tell-parent-class-chat-reason = Tutti nella chat potrebbero leggerla. Chiedi a un adulto di fiducia di aiutarti a ricordarla in modo sicuro.

## Livello 2: dalla più debole alla più forte

level-pw-rank-title = Debole o forte?
level-pw-rank-instruction = Metti in ordine le password. Inizia dalla più debole, finisci con la più forte.
level-pw-rank-learned = Più parole a caso fanno una password lunga. È molto più forte di una parola con un numero.
level-pw-rank-hint-1 = Quale password proverebbe per prima chi cerca di indovinare?
level-pw-rank-hint-2 = Chi indovina prova prima le password e le parole comuni. Le password lunghe con parole a caso vengono per ultime.
level-pw-rank-hint-3 = 123456 è la più debole: è una delle password più usate.

pw-rank-digits = 123456
pw-rank-digits-reason = Questa viene per prima: è la più debole. È una delle password più usate al mondo, quindi viene indovinata subito.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Questa è seconda: una sola parola inglese comune. Chi indovina prova molto presto lunghe liste di parole così.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Questa sta nel mezzo. Una maiuscola all’inizio e un 1 alla fine sono trucchi che chi indovina conosce bene.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Questa è quarta. Due parole che non stanno insieme sono più difficili da indovinare, ma due sono ancora poche.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Questa viene per ultima: è la più forte. Quattro parole a caso fanno una password lunga e facile da ricordare.

## Livello 3: una prima password di parole

level-pw-build-first-title = La tua prima password di parole
level-pw-build-first-instruction = Tocca le tessere con le parole per costruire una password forte di almeno 3 parole.
level-pw-build-first-learned = Tre parole a caso fanno una password lunga e forte. Lascia fuori le cose che gli altri sanno di te.
level-pw-build-first-hint-1 = Qualche tessera dice qualcosa su di te?
level-pw-build-first-hint-2 = Scegli parole a caso che non hanno niente a che fare con te. Falla lunga: 15 lettere o più.
level-pw-build-first-hint-3 = Rex è il nome del tuo cane, quindi lascialo fuori.

pw-build-first-word-1 = ape
pw-build-first-word-2 = oca
pw-build-first-word-3 = razzo
pw-build-first-word-4 = cuscino
pw-build-first-word-5 = tartaruga
pw-build-first-word-6 = gru
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex è il nome del tuo cane. I tuoi amici lo sanno, e anche chi vede le foto del tuo cane.
pw-build-first-year = 2016
pw-build-first-year-reason = È il tuo anno di nascita. Molte persone lo sanno, e chi indovina prova prima gli anni.

## Livello 4: buone abitudini e abitudini rischiose

level-pw-habits-title = Buone abitudini
level-pw-habits-instruction = È una buona abitudine o è rischiosa? Metti a posto ogni carta.
level-pw-habits-learned = Usa una password diversa per ogni gioco, tienila segreta ed esci dall’account sui tablet condivisi.
level-pw-habits-hint-1 = Immagina che qualcun altro trovi il tuo tablet. Che cosa potrebbe fare?
level-pw-habits-hint-2 = Le buone abitudini tengono segreta la password e chiuso il tuo account agli altri.
level-pw-habits-hint-3 = Uscire dall’account su un tablet condiviso è una buona abitudine.

pw-habits-bin-good = Buona abitudine
pw-habits-bin-risky = Rischioso

pw-habits-one-per-game = Una password diversa per ogni gioco
pw-habits-one-per-game-reason = Se qualcuno scopre una password, gli altri tuoi giochi restano al sicuro.
pw-habits-sticky-note = La password su un foglietto attaccato al tablet
pw-habits-sticky-note-reason = Chiunque prenda il tablet può leggerla. Chiedi a un adulto dove tenerla al sicuro.
pw-habits-log-out = Uscire dall’account su un tablet condiviso
pw-habits-log-out-reason = Così la persona dopo non può giocare al posto tuo. Esci sempre quando condividi.
pw-habits-name-birthday = Nome e compleanno come password
pw-habits-name-birthday-reason = Tante persone conoscono il tuo nome e il tuo compleanno. Chi indovina li prova per primi.
pw-habits-best-friend = Dire la password al migliore amico
pw-habits-best-friend-reason = Gli amici possono dirla ad altri per sbaglio. Tieni la password per te.
pw-habits-ask-adult = Chiedere a un adulto quando hai dubbi
pw-habits-ask-adult-reason = Un adulto di fiducia può aiutarti. Chiedere è sempre una buona idea.

## Livello 5: una password molto forte

level-pw-build-strong-title = Fortissima!
level-pw-build-strong-instruction = Costruisci una password molto forte con almeno 4 tessere di parole.
level-pw-build-strong-learned = Quattro parole a caso fanno una password molto forte. Soprannomi, scuole e squadre sono facili da indovinare.
level-pw-build-strong-hint-1 = Alcune tessere sembrano parole qualsiasi, ma parlano di te. Quali?
level-pw-build-strong-hint-2 = Il tuo soprannome, la tua scuola e la tua squadra sono facili da scoprire.
level-pw-build-strong-hint-3 = Zippy è il tuo soprannome, quindi lascialo fuori.

pw-build-strong-word-1 = luna
pw-build-strong-word-2 = foca
pw-build-strong-word-3 = neve
pw-build-strong-word-4 = vaso
pw-build-strong-word-5 = mela
pw-build-strong-word-6 = rana
pw-build-strong-word-7 = remo
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy è il tuo soprannome. Lo conoscono i tuoi amici e tutta la tua classe.
pw-build-strong-school = Querceto
pw-build-strong-school-reason = Querceto è la tua scuola. Tante persone sanno dove vai a scuola.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Tutti sanno che tifi per i Rovers. Chi indovina proverebbe presto la tua squadra.

## Livello 6: la verifica in due passaggi

level-pw-two-step-title = Il codice è solo per te
level-pw-two-step-instruction = Leggi che cosa succede. Scegli ogni volta la risposta migliore.
level-pw-two-step-learned = La verifica in due passaggi chiede un codice oltre alla password. Non condividere mai il codice, anche se qualcuno lo chiede.
level-pw-two-step-hint-1 = Per chi è il codice: per te, o per chiunque lo chieda?
level-pw-two-step-hint-2 = Il codice è una seconda chiave. Lo usi solo tu, e nessun altro ne ha mai bisogno.
level-pw-two-step-hint-3 = Quando un amico ti chiede il codice, tienilo per te.

pw-two-step-what-prompt = Il tuo gioco chiede: «Attivare la verifica in due passaggi?» Che cosa fa?
pw-two-step-what-longer = Rende la password lunga il doppio.
pw-two-step-what-longer-reason = La password resta uguale. Aggiunge un secondo passaggio: un codice.
pw-two-step-what-code = Ti chiede anche un codice.
pw-two-step-what-code-reason = Giusto! Anche chi conosce la tua password non può entrare senza il codice. Chiedi a un adulto di aiutarti ad attivarla.
pw-two-step-what-friends = Gli amici possono entrare al tuo posto.
pw-two-step-what-friends-reason = No. Fa in modo che solo tu possa entrare.

pw-two-step-friend-prompt = Il tuo amico Sam scrive: «Per sbaglio ho mandato il mio codice di accesso al tuo tablet. Me lo mandi?»
pw-two-step-friend-send = Lo mando. Sam è mio amico.
pw-two-step-friend-send-reason = È un trucco conosciuto. Forse qualcuno sta usando l’account di Sam. Con il codice può prendersi il tuo.
pw-two-step-friend-adult-sends = Chiedo a un adulto a casa di mandarlo per me.
pw-two-step-friend-adult-sends-reason = Dirlo a un adulto è giusto, ma nessuno deve mandare il codice. Neanche un adulto.
pw-two-step-friend-keep = Lo tengo. Lo dico a un adulto di fiducia.
pw-two-step-friend-keep-reason = Giusto! Non condividere mai un codice. Parla con Sam di persona per controllare che sia davvero lui.

pw-two-step-unasked-prompt = Sul tuo tablet compare un codice di accesso, ma tu non hai provato ad accedere.
pw-two-step-unasked-tell = Non lo do a nessuno e lo dico a un adulto.
pw-two-step-unasked-tell-reason = Giusto! Forse qualcuno sta provando la tua password. Un adulto può aiutarti a cambiarla.
pw-two-step-unasked-class-chat = Lo scrivo nella chat di classe.
pw-two-step-unasked-class-chat-reason = Così tutti nella chat potrebbero usarlo. Il codice è solo per te. Dillo invece a un adulto.
pw-two-step-unasked-reply = Rispondo e chiedo chi l’ha mandato.
pw-two-step-unasked-reply-reason = Non rispondere. Il codice è arrivato perché qualcuno ha provato ad accedere come te. Dillo a un adulto.

## Livello 7: un gestore di password

level-pw-manager-title = Una cassaforte per password
level-pw-manager-instruction = Questo è il gestore di password di Mia. Ricorda le sue password. Tocca ogni impostazione non sicura per sistemarla.
level-pw-manager-learned = Un gestore di password ricorda le tue password. Una password principale forte fatta di parole protegge tutte le altre. Preparalo con un adulto di fiducia.
level-pw-manager-hint-1 = Quale impostazione aiuterebbe qualcuno ad aprire le password di Mia?
level-pw-manager-hint-2 = La password principale protegge tutte le altre, quindi deve essere la più forte.
level-pw-manager-hint-3 = Inizia dalla password principale.

pw-manager-set-up = Preparato con: un adulto di fiducia
pw-manager-set-up-reason = Bene! Un adulto di fiducia può aiutarti a prepararlo e a tenerlo al sicuro.
pw-manager-main-password = Password principale: 1234
pw-manager-main-password-reason = Questa sola password apre tutte le altre. Falla lunga e forte: tre parole a caso.
pw-manager-main-password-fixed = Password principale: tre parole a caso
pw-manager-one-each = Salva: una password diversa per ogni gioco
pw-manager-one-each-reason = Bene! Le ricorda lui, così ogni gioco può avere la sua password.
pw-manager-make-new = Crea password forti per me: No
pw-manager-make-new-reason = Può creare password lunghe e a caso e ricordarle per te. Attivalo.
pw-manager-make-new-fixed = Crea password forti per me: Sì
pw-manager-lock = Blocca l’app quando la chiudo: No
pw-manager-lock-reason = Così chiunque prenda il tablet potrebbe vedere tutte le password di Mia.
pw-manager-lock-fixed = Blocca l’app quando la chiudo: Sì
pw-manager-device = Salvato su: il mio tablet a casa
pw-manager-device-reason = Salvare le password sul tuo tablet va bene. Non salvarle mai su un computer della biblioteca.
