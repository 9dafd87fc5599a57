# Il mondo «Angolo Gentile»: essere gentili online, e che cosa fare quando qualcuno non lo è.
# Tono gentile: dire sempre che cosa fare, e che parlarne con un adulto di fiducia è bene.

world-kind-corner = Angolo Gentile

## Livello 1: risposte gentili

level-kind-reply-title = Di’ qualcosa di gentile
level-kind-reply-instruction = Scegli ogni volta la risposta più gentile.
level-kind-reply-learned = Le parole gentili online fanno stare bene le persone. Prima di scrivere, chiediti: come si sentiranno?
level-kind-reply-hint-1 = Immagina di essere l’altra persona. Quale risposta vorresti ricevere?
level-kind-reply-hint-2 = Una risposta gentile è amichevole, sincera e parla dell’altra persona, non di te.
level-kind-reply-hint-3 = Per Mia: una domanda sul suo disegno mostra che l’hai guardato davvero.

kind-reply-drawing-prompt = La tua amica Mia pubblica un disegno del suo gatto. Che cosa scrivi?
kind-reply-drawing-praise = Adoro i colori! Come l’hai disegnato?
kind-reply-drawing-praise-reason = Una lode gentile e sincera rende Mia felice. Fare una domanda mostra che hai guardato davvero.
kind-reply-drawing-brother = Il mio fratellino disegna meglio di così.
kind-reply-drawing-brother-reason = Questo ferirebbe Mia. Anche per scherzo, la fa sentire male per il suo lavoro.
kind-reply-drawing-mine = Guarda piuttosto il mio disegno!
kind-reply-drawing-mine-reason = Mia voleva condividere il suo disegno. Questa risposta lo trasforma in un discorso su di te.

kind-reply-game-prompt = In un gioco online, il tuo compagno di squadra Leo sbaglia. La tua squadra perde.
kind-reply-game-blame = Abbiamo perso per colpa tua, Leo! Grazie tante.
kind-reply-game-blame-reason = Tutti sbagliano. Dare la colpa a Leo davanti alla squadra lo fa stare malissimo.
kind-reply-game-kick = Cacciamo Leo dalla squadra.
kind-reply-game-kick-reason = Escludere qualcuno per un solo errore non è gentile. I giochi sono più belli quando tutti sono benvenuti.
kind-reply-game-cheer = Bel tentativo, Leo! Vinciamo la prossima.
kind-reply-game-cheer-reason = Una parola amichevole dopo una sconfitta tira su tutta la squadra. È solo un gioco.

kind-reply-sad-prompt = La tua compagna di classe Ava scrive: «oggi non piaccio a nessuno».
kind-reply-sad-drama = Smettila di fare la drammatica.
kind-reply-sad-drama-reason = Ava ti sta dicendo che è triste. Questa risposta le dice che i suoi sentimenti non contano.
kind-reply-sad-message = Scrivo ad Ava: «Mi piaci! Vuoi parlare?»
kind-reply-sad-message-reason = Un messaggio privato gentile mostra ad Ava che qualcuno ci tiene. Se sembra molto triste, dillo anche a un adulto di fiducia.
kind-reply-sad-scroll = Vado avanti. Ci penseranno i suoi genitori.
kind-reply-sad-scroll-reason = Ava potrebbe sentirsi ancora più sola, e i suoi genitori potrebbero non saperlo. Poche parole gentili da parte tua possono aiutare tanto.

## Livello 2: commenti gentili o no

kind-bin-kind = Gentile
kind-bin-unkind = Non gentile

level-kind-comments-title = Gentile o no?
level-kind-comments-instruction = Metti a posto ogni commento: è gentile o no?
level-kind-comments-learned = Puoi dire quello che pensi e restare gentile. I commenti cattivi feriscono, anche per scherzo.
level-kind-comments-hint-1 = Leggi ogni commento come se qualcuno l’avesse scritto a te.
level-kind-comments-hint-2 = I commenti gentili lodano, aiutano o non sono d’accordo con garbo. Quelli non gentili prendono in giro o sminuiscono.
level-kind-comments-hint-3 = I commenti su come qualcuno appare o si muove spesso non sono gentili, anche se detti per scherzo.

kind-comments-great-goal = Che gol fantastico nel tuo video!
kind-comments-great-goal-reason = Lodare qualcosa che qualcuno ha fatto bene lo rende orgoglioso. È gentile.
kind-comments-weird-hair = In questa foto hai dei capelli stranissimi.
kind-comments-weird-hair-reason = I commenti sull’aspetto possono ferire davvero. Se non lo diresti in faccia, non scriverlo.
kind-comments-get-well = Spero che tu stia meglio presto!
kind-comments-get-well-reason = Augurare del bene a qualcuno mostra che ci tieni. È gentile.
kind-comments-nobody-asked = Nessuno ti ha chiesto un parere.
kind-comments-nobody-asked-reason = Dice a qualcuno di stare zitto e che non conta. Non è gentile.
kind-comments-different-ending = Avrei preferito un altro finale, ma la storia era bella!
kind-comments-different-ending-reason = Puoi non essere d’accordo e restare gentile. Questo commento è sincero e amichevole.
kind-comments-penguin = Ah ah, corri come un pinguino!
kind-comments-penguin-reason = Ridere di come qualcuno si muove è prendere in giro. Può ferire, anche se era uno scherzo.
kind-comments-thanks-help = Grazie per avermi aiutato con i compiti!
kind-comments-thanks-help-reason = Dire grazie fa sentire bene chi ha aiutato. È gentile.

## Livello 3: quando qualcuno continua a mandarti messaggi cattivi

level-kind-when-bullied-title = Messaggi cattivi
level-kind-when-bullied-instruction = Qualcuno continua a mandarti messaggi cattivi. È una cosa buona da fare, o meglio di no?
level-kind-when-bullied-learned = Non rispondere, tieni le prove, blocca, segnala e parlane con un adulto di fiducia in qualsiasi momento. Non è mai colpa tua.
level-kind-when-bullied-hint-1 = Quali di queste cose fermano i messaggi, tengono le prove o ti portano aiuto?
level-kind-when-bullied-hint-2 = I passi buoni tengono le prove, fermano i messaggi e ti portano aiuto. Vendicarsi o nasconderlo non aiuta.
level-kind-when-bullied-hint-3 = Parlarne con un adulto di fiducia è sempre giusto, in qualsiasi momento.

kind-bin-good-step = Da fare
kind-bin-not-step = Meglio di no

kind-when-bullied-no-reply = Non rispondere ai messaggi cattivi.
kind-when-bullied-no-reply-reason = I messaggi cattivi cercano una reazione. Se non rispondi, non ottengono niente.
kind-when-bullied-screenshot = Fare screenshot per tenere le prove.
kind-when-bullied-screenshot-reason = Le prove mostrano che cosa è successo. Fai gli screenshot prima di bloccare: bloccare può nascondere i messaggi.
kind-when-bullied-hit-back = Rispondere con qualcosa di cattivo.
kind-when-bullied-hit-back-reason = Può peggiorare le cose, e gli dà la reazione che vogliono.
kind-when-bullied-block = Bloccare la persona.
kind-when-bullied-block-reason = Così i messaggi cattivi smettono di arrivarti.
kind-when-bullied-tell = Dirlo a un adulto di fiducia e mostrarglieli.
kind-when-bullied-tell-reason = Giusto in qualsiasi momento: all’inizio, alla fine o in mezzo. Non devi mai affrontarlo senza aiuto.
kind-when-bullied-secret = Tenerlo segreto e sperare che finisca.
kind-when-bullied-secret-reason = Non devi affrontarlo senza aiuto. Dillo a un adulto di fiducia. Non è mai colpa tua.
kind-when-bullied-report = Segnalare la persona nell’app.
kind-when-bullied-report-reason = L’app può avvisare o fermare la persona. I tuoi screenshot aiutano.
kind-when-bullied-delete-all = Cancellare subito tutti i messaggi.
kind-when-bullied-delete-all-reason = Così le prove spariscono. Prima fai gli screenshot, poi blocca e segnala.

## Livello 4: quando vedi qualcuno trattato male

level-kind-bystander-title = Non restare a guardare
level-kind-bystander-instruction = Vedi qualcuno trattato male. Scegli la cosa migliore da fare.
level-kind-bystander-learned = Non unirti. Sii gentile con la persona e dillo a un adulto di fiducia. Aiuta tanto.
level-kind-bystander-hint-1 = Pensa alla persona trattata male. Che cosa la aiuterebbe?
level-kind-bystander-hint-2 = Unirsi o stare zitti non aiuta. La gentilezza e chiedere aiuto sì.
level-kind-bystander-hint-3 = Per Nico, un semplice invito può rendergli la giornata.

kind-bystander-chat-prompt = Nella chat di gruppo della classe, alcuni continuano a prendere in giro Noah.
kind-bystander-chat-join = Mando anch’io una faccina che ride.
kind-bystander-chat-join-reason = Anche una sola faccina che ride è unirsi. Fa sentire Noah come se tutti fossero contro di lui.
kind-bystander-chat-silent = Non dico niente. Tanto lo vedrà un insegnante.
kind-bystander-chat-silent-reason = Gli insegnanti non leggono ogni chat, e Noah potrebbe pensare che tutti siano d’accordo. Dillo tu a un adulto di fiducia.
kind-bystander-chat-support = Consolo Noah e avviso un adulto.
kind-bystander-chat-support-reason = Un messaggio gentile mostra a Noah che non è solo. Un adulto di fiducia può aiutare a fermare le prese in giro.

kind-bystander-photo-prompt = Qualcuno condivide una foto buffa della tua compagna Zoe per ridere di lei.
kind-bystander-photo-share = La condivido con altri amici.
kind-bystander-photo-share-reason = Ogni condivisione diffonde la foto e ferisce Zoe di più. Nessuno dovrebbe condividere la foto di qualcuno per riderne.
kind-bystander-photo-stop = La segnalo e lo dico a un adulto.
kind-bystander-photo-stop-reason = Con te la foto si ferma. Segnalarla può farla togliere, e un adulto può aiutare Zoe.
kind-bystander-photo-like = Metto mi piace, perché l’hanno fatto tutti.
kind-bystander-photo-like-reason = Un mi piace dice a chi l’ha mandata che la foto è divertente. Può spingerlo a pubblicarne altre.

kind-bystander-game-prompt = Alcuni lasciano fuori Nico da un gioco online apposta.
kind-bystander-game-invite = Invito Nico a giocare con me.
kind-bystander-game-invite-reason = Un semplice invito può rendere la giornata a Nico. Se continua a essere escluso, dillo a un adulto di fiducia.
kind-bystander-game-along = Gioco senza di lui. Il gioco è loro, le regole pure.
kind-bystander-game-along-reason = Escludere qualcuno apposta fa male. Assecondarlo fa sentire Nico ancora più solo.
kind-bystander-game-pretend = Faccio finta di non aver visto.
kind-bystander-game-pretend-reason = Guardare altrove è facile, ma Nico si sente comunque escluso. Un piccolo gesto gentile può aiutarlo.

## Livello 5: una chat di classe

level-kind-group-chat-title = La chat di classe
level-kind-group-chat-instruction = Tocca ogni messaggio non gentile in questa chat di classe.
level-kind-group-chat-learned = Prendere in giro, escludere, condividere foto senza chiedere e ridere insieme agli altri non è gentile. Non unirti.
level-kind-group-chat-hint-1 = Leggi ogni messaggio. Come si sentirebbe Sam a leggerlo?
level-kind-group-chat-hint-2 = I messaggi non gentili prendono in giro qualcuno, lo escludono o condividono la sua foto.
level-kind-group-chat-hint-3 = Due dei messaggi non gentili li scrive Luca.

kind-group-chat-trip = Mia: Chi è pronto per la gita di domani?
kind-group-chat-trip-reason = Una domanda amichevole a tutta la classe. Questo messaggio va bene.
kind-group-chat-bottle = Leo: Io! Non dimenticate la borraccia.
kind-group-chat-bottle-reason = Un promemoria utile per tutti. Questo messaggio va bene.
kind-group-chat-shoes = Luca: Avete visto le scarpe di Sam oggi? Che brutte lol
kind-group-chat-shoes-reason = Questo prende in giro Sam davanti a tutta la classe. Non unirti, e sii gentile con Sam.
kind-group-chat-laugh = Max: AHAHAHA (cinque faccine che ridono)
kind-group-chat-laugh-reason = Ridere insieme agli altri peggiora la presa in giro. Restarne fuori è già meglio.
kind-group-chat-homework = Nico: Qualcuno mi manda la pagina dei compiti?
kind-group-chat-homework-reason = Chiedere aiuto per i compiti va bene. Le chat di classe servono anche a questo.
kind-group-chat-photo = Luca: Guardate! Una foto di Sam che inciampa in cortile.
kind-group-chat-photo-reason = Sam non ha detto di sì alla condivisione di questa foto. Chiedi prima di condividere la foto di qualcuno, e parla di questa a un adulto.
kind-group-chat-party = Ava: Festa a casa mia! Non invitate Sam.
kind-group-chat-party-reason = Dire a tutti di lasciare fuori Sam lo ferisce tanto. Nessuno dovrebbe essere escluso apposta.
kind-group-chat-thanks = Zoe: Oggi Sam mi ha aiutata con il mio progetto. Grazie, Sam!
kind-group-chat-thanks-reason = Dire grazie davanti alla classe è gentile. Questo messaggio va bene.
