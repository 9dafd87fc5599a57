# Il mondo «Sicuri Insieme». I livelli 6 e 7 sono solo per la fascia 12–14: tono calmo, mai
# esplicito, mai colpevolizzare l’alunno. Dirlo a un adulto di fiducia è sempre giusto.

world-safe-together = Sicuri Insieme

safe-bin-good = Buona idea
safe-bin-bad = Non è una buona idea

## Dove trovare aiuto: il gioco riempie { $helpline } con uno di questi messaggi.

helpline-call = Puoi anche chiamare una linea d’ascolto per bambini e ragazzi: { $service }, { $number }.
helpline-ask-adult = Per sapere qual è la linea d’ascolto per bambini del tuo paese, chiedi a un adulto di fiducia.

## Livello 1: un nuovo amico da un gioco

level-safe-new-friend-title = Un nuovo amico da un gioco
level-safe-new-friend-instruction = Qualcuno da un gioco ti scrive. Tocca ogni segnale d’allarme.
level-safe-new-friend-learned = Segreti, foto, chat private e incontri sono segnali d’allarme. Fermati e dillo a un adulto di fiducia.
level-safe-new-friend-hint-1 = Leggi ogni riga. Un amico della tua età chiederebbe questo?
level-safe-new-friend-hint-2 = Fai attenzione quando qualcuno vuole segreti, foto, i tuoi dati o un incontro.
level-safe-new-friend-hint-3 = Guarda bene le righe sui tuoi genitori e sulla tua scuola.

safe-new-friend-sender = Da: Kai_Star (un giocatore del tuo gioco)
safe-new-friend-sender-reason = Chattare con altri giocatori può essere divertente. Ma sai solo quello che Kai dice di sé.
safe-new-friend-game = Bella partita oggi! A che livello sei?
safe-new-friend-game-reason = Parlare del gioco è normale. Questa riga va bene.
safe-new-friend-secret = Non parlare di me ai tuoi genitori, ok?
safe-new-friend-secret-reason = Un buon amico non ti chiede di nasconderlo alla tua famiglia. È un segnale d’allarme.
safe-new-friend-private = Chattiamo in un’altra app. Solo noi due.
safe-new-friend-private-reason = Portarti in una chat privata, lontano dagli altri, è un segnale d’allarme.
safe-new-friend-photo = Mandami una tua foto. Solo per me!
safe-new-friend-photo-reason = Non mandare mai foto di te a qualcuno che conosci solo online.
safe-new-friend-school = In che scuola vai?
safe-new-friend-school-reason = La tua scuola dice a uno sconosciuto dove trovarti. Tienila privata.
safe-new-friend-meet = Vediamoci al parco sabato!
safe-new-friend-meet-reason = Non incontrare mai qualcuno che conosci solo online. Dillo a un adulto di fiducia.

## Livello 2: che cosa fare

level-safe-what-to-do-title = Che cosa fai?
level-safe-what-to-do-instruction = Kai, dal gioco, vuole di più. Scegli ogni volta la risposta migliore.
level-safe-what-to-do-learned = Puoi sempre dire di no. Blocca la persona e dillo a un adulto di fiducia. Non è mai colpa tua.
level-safe-what-to-do-hint-1 = Chi potrebbe aiutarti a controllare se Kai è chi dice di essere?
level-safe-what-to-do-hint-2 = Segreti e incontri con amici online sono segnali d’allarme. Chiedi aiuto, non andarci senza nessuno.
level-safe-what-to-do-hint-3 = Quando Kai si arrabbia, non devi per forza rispondere.

safe-what-to-do-secret-prompt = Kai scrive: «Teniamo segrete le nostre chat.» Che cosa fai?
safe-what-to-do-secret-keep = Tengo il segreto. Kai è gentile con me.
safe-what-to-do-secret-keep-reason = Le belle parole possono nascondere un trucco. Un vero amico non ha bisogno di segreti con la tua famiglia.
safe-what-to-do-secret-ask-why = Prima chiedo a Kai perché, poi decido da me.
safe-what-to-do-secret-ask-why-reason = Kai potrebbe avere una risposta furba. Non decidere senza aiuto: chiedi a qualcuno di cui ti fidi.
safe-what-to-do-secret-tell = Racconto le chat a un adulto di fiducia.
safe-what-to-do-secret-tell-reason = Sì! Chiedere segreti è un segnale d’allarme. Un adulto di fiducia può aiutarti a controllare.

safe-what-to-do-meet-prompt = Kai ti chiede di vedervi al parco. Che cosa fai?
safe-what-to-do-meet-go-with-friend = Ci vado, ma porto un amico della classe.
safe-what-to-do-meet-go-with-friend-reason = Due bambini non sono abbastanza al sicuro. Non incontrare mai qualcuno che conosci solo online.
safe-what-to-do-meet-say-no = Dico di no e avviso un adulto.
safe-what-to-do-meet-say-no-reason = Giusto. Di’ di no, e lascia che un adulto di fiducia ti aiuti con Kai.
safe-what-to-do-meet-go-tell-later = Ci vado, e dopo lo dico a un adulto.
safe-what-to-do-meet-go-tell-later-reason = Dirlo a un adulto è bene, ma non andarci. Non incontrare mai qualcuno che conosci solo online.

safe-what-to-do-angry-prompt = Hai detto di no. Ora Kai ti manda messaggi arrabbiati.
safe-what-to-do-angry-block = Blocco Kai e lo dico a un adulto.
safe-what-to-do-angry-block-reason = Sì. Non devi rispondere. Blocca Kai e fatti aiutare da un adulto di cui ti fidi.
safe-what-to-do-angry-sorry = Chiedo scusa e faccio quello che vuole Kai.
safe-what-to-do-angry-sorry-reason = Non hai fatto niente di male. Dire di no era giusto.
safe-what-to-do-angry-argue = Continuo a rispondere finché Kai chiede scusa.
safe-what-to-do-angry-argue-reason = Litigare fa continuare Kai a scriverti. Smetti invece di rispondere.

## Livello 3: bloccare e segnalare

level-safe-block-report-title = Blocca e segnala
level-safe-block-report-instruction = Qualcuno online ti fa stare male. Ogni idea è buona o no?
level-safe-block-report-learned = Salva i messaggi, blocca la persona, segnalala nell’app e dillo a un adulto di fiducia.
level-safe-block-report-hint-1 = Quali idee migliorano le cose, e quali le peggiorano?
level-safe-block-report-hint-2 = Tieni le prove, ferma i messaggi e chiedi aiuto.
level-safe-block-report-hint-3 = Cancellare la chat non è una buona idea: le prove sparirebbero.

safe-block-report-screenshot = Fare screenshot dei messaggi
safe-block-report-screenshot-reason = Gli screenshot sono prove. Falli prima di bloccare, nel caso la chat sparisca.
safe-block-report-delete = Cancellare tutta la chat così nessuno la vede
safe-block-report-delete-reason = Così le prove spariscono. Tieni i messaggi, così un adulto può aiutarti.
safe-block-report-block = Bloccare la persona
safe-block-report-block-reason = Bloccarla le impedisce di mandarti messaggi.
safe-block-report-reply-mean = Rispondere con un messaggio cattivo
safe-block-report-reply-mean-reason = Può peggiorare le cose. Non rispondere per niente.
safe-block-report-report = Segnalare il profilo nell’app
safe-block-report-report-reason = Il team dell’app controlla le segnalazioni e può fermare l’account.
safe-block-report-unblock = Sbloccarla per vedere se le dispiace
safe-block-report-unblock-reason = Così può scriverti di nuovo. Tienila bloccata.
safe-block-report-tell = Raccontare a un adulto di fiducia cosa è successo
safe-block-report-tell-reason = Un adulto di fiducia può aiutarti a segnalarlo e a stare meglio.

## Livello 4: il codice di accesso

level-safe-login-code-title = Il codice di accesso segreto
level-safe-login-code-instruction = Scegli ogni volta la risposta migliore.
level-safe-login-code-learned = Un codice di accesso è solo per te. Non darlo mai a nessuno, neanche a un amico o all’«assistenza».
level-safe-login-code-hint-1 = Chi ha bisogno del codice che arriva sul tuo telefono?
level-safe-login-code-hint-2 = Il codice è una seconda serratura sul tuo account. Funziona come una chiave.
level-safe-login-code-hint-3 = La vera assistenza non chiede mai il tuo codice.

safe-login-code-why-prompt = Dopo la password, l’app manda un codice al tuo telefono. Perché?
safe-login-code-why-ads = Perché l’app vuole il tuo numero per la pubblicità.
safe-login-code-why-ads-reason = No. Il codice serve a tenere al sicuro il tuo account.
safe-login-code-why-second-lock = È una seconda serratura: entri solo tu.
safe-login-code-why-second-lock-reason = Sì. È l’accesso in due passaggi. Un ladro con la tua password ha ancora bisogno del codice.
safe-login-code-why-phone-check = Per controllare che il telefono funzioni ancora.
safe-login-code-why-phone-check-reason = No. Il codice dimostra che sei davvero tu ad accedere.

safe-login-code-friend-prompt = Un messaggio di Mia: «Ops, il mio codice è arrivato a te. Me lo mandi?»
safe-login-code-friend-send = Lo mando subito. Mia è mia amica e ne ha bisogno.
safe-login-code-friend-send-reason = L’account di Mia potrebbe essere stato rubato. Il codice farebbe entrare uno sconosciuto nel TUO account.
safe-login-code-friend-half = Mando solo la prima metà del codice.
safe-login-code-friend-half-reason = Anche mezzo codice aiuta un ladro. Tieni tutto il codice per te.
safe-login-code-friend-ask = No. Chiedo a Mia di persona o al telefono.
safe-login-code-friend-ask-reason = Giusto. Controlla con Mia in un altro modo. Probabilmente è un trucco.

safe-login-code-support-prompt = Una chat dice: «Qui assistenza del gioco. Dicci il tuo codice per proteggere il tuo account.»
safe-login-code-support-give = Glielo do. È il team dell’assistenza.
safe-login-code-support-give-reason = La vera assistenza non chiede mai il tuo codice. È un trucco.
safe-login-code-support-say-no = No. All’assistenza il codice non serve.
safe-login-code-support-say-no-reason = Giusto. Lo dicono anche le vere aziende: non chiedono mai il tuo codice.
safe-login-code-support-adult-reads = Chiedo a un adulto di leggergli il codice.
safe-login-code-support-adult-reads-reason = Nessuno deve dare via il codice, adulto o bambino. Mostra invece il messaggio a un adulto.

## Livello 5: dove trovare aiuto

level-safe-get-help-title = Dove trovare aiuto
level-safe-get-help-instruction = Qualcosa online ti preoccupa. Scegli ogni volta la risposta migliore.
level-safe-get-help-learned = C’è sempre qualcuno che ti aiuta. Parlane con un adulto di fiducia. { $helpline }
level-safe-get-help-hint-1 = È meglio tenere una preoccupazione dentro o condividerla?
level-safe-get-help-hint-2 = Gli adulti di fiducia e le linee d’ascolto per bambini ascoltano e aiutano.
level-safe-get-help-hint-3 = 116 111 è un numero per bambini e ragazzi in molti paesi.

safe-get-help-worried-prompt = Hai visto online qualcosa che ti fa paura. Che cosa aiuta di più?
safe-get-help-worried-keep = Lo tengo per me e provo a dimenticarlo.
safe-get-help-worried-keep-reason = Le preoccupazioni crescono quando le tieni dentro. Parlarne con qualcuno aiuta.
safe-get-help-worried-tell = Lo racconto a un adulto di fiducia.
safe-get-help-worried-tell-reason = Sì! Un genitore, chi si prende cura di te o un insegnante può aiutarti.
safe-get-help-worried-search = Cerco online altre cose su questo.
safe-get-help-worried-search-reason = Potresti trovare cose ancora più spaventose. Prima parlane con qualcuno.

safe-get-help-nobody-prompt = Non vuoi parlare con nessuno che conosci. Che cosa puoi fare?
safe-get-help-nobody-forum = Chiedo a sconosciuti in un forum cosa fare.
safe-get-help-nobody-forum-reason = Gli sconosciuti online possono non essere gentili né avere ragione. Una linea d’ascolto è lì per aiutare.
safe-get-help-nobody-wait = Aspetto che il problema passi da solo.
safe-get-help-nobody-wait-reason = Spesso i problemi non passano da soli. Va bene chiedere aiuto.
safe-get-help-nobody-helpline = Chiamo o scrivo a una linea d’ascolto.
safe-get-help-nobody-helpline-reason = Sì. Le linee d’ascolto per bambini ascoltano i bambini e i ragazzi. Non devi dire il tuo nome.

safe-get-help-number-prompt = Un cartellone a scuola dice 116 111. Che numero è?
safe-get-help-number-helpline = Linea d’ascolto per bambini in molti paesi d’Europa
safe-get-help-number-helpline-reason = Sì. In molti paesi europei il 116 111 è una linea d’ascolto per bambini. Alcuni paesi usano un altro numero.
safe-get-help-number-prize = Un numero dove si vincono premi
safe-get-help-number-prize-reason = No. È una linea d’ascolto dove i bambini possono parlare delle loro preoccupazioni.
safe-get-help-number-adults = Un numero che possono chiamare solo gli adulti, mai i bambini
safe-get-help-number-adults-reason = No. I bambini possono chiamare da soli una linea d’ascolto per bambini.

## Livello 6 (solo 12–14): quando qualcuno fa minacce

level-safe-threats-title = Quando qualcuno fa minacce
level-safe-threats-instruction = Qualcuno minaccia di condividere una foto privata. Scegli la risposta migliore.
level-safe-threats-learned = Non è mai colpa tua. Non pagare, smetti di rispondere, tieni i messaggi, dillo a un adulto di fiducia e segnala.
level-safe-threats-hint-1 = Che cosa vuole da te la persona che fa minacce?
level-safe-threats-hint-2 = Pagare o mandare altro non ferma le minacce. Chiedere aiuto sì.
level-safe-threats-hint-3 = Tieni la chat come prova, ma smetti di rispondere.

safe-threats-pay-prompt = Un amico conosciuto online scrive: «Pagami, o condivido la foto privata che mi hai mandato.»
safe-threats-pay-pay = Pago subito così la foto resta privata.
safe-threats-pay-pay-reason = Pagare non lo ferma. Di solito chiede di più.
safe-threats-pay-stop = Non rispondo più e avviso un adulto.
safe-threats-pay-stop-reason = Sì. Interrompi ogni contatto e chiedi aiuto. Un adulto può aiutarti a segnalarlo.
safe-threats-pay-more = Mando un’altra foto così si calma.
safe-threats-pay-more-reason = Non mandare mai altro. Non si fermerà. Chiedi invece aiuto.

safe-threats-chat-prompt = Ti senti malissimo e vuoi far sparire la chat. Che cosa ne fai?
safe-threats-chat-delete = Cancello subito tutta la chat e il mio account.
safe-threats-chat-delete-reason = La chat è una prova. L’app e la polizia ne hanno bisogno per fermarlo.
safe-threats-chat-forward = Inoltro la chat ad amici per chiedere a loro.
safe-threats-chat-forward-reason = Non inoltrarla. Tienila tra te e un adulto di fiducia.
safe-threats-chat-keep = Tengo la chat, poi blocco e segnalo.
safe-threats-chat-keep-reason = Giusto. Tieni i messaggi come prova, poi blocca e segnala l’account.

safe-threats-fault-prompt = Pensi: «È colpa mia. Non posso dirlo a nessuno.» Che cosa è vero?
safe-threats-fault-my-fault = È colpa mia, quindi devo risolverla da me.
safe-threats-fault-my-fault-reason = No. Chi fa le minacce sta sbagliando, non tu.
safe-threats-fault-never = Non è mai colpa mia, e c’è aiuto.
safe-threats-fault-never-reason = Sì. Qualcuno ti ha ingannato. Gli adulti e le linee d’ascolto aiutano senza darti la colpa.
safe-threats-fault-later = Lo dico a un adulto solo se peggiora.
safe-threats-fault-later-reason = Dillo a qualcuno adesso. Prima chiedi aiuto, prima finisce.

safe-threats-online-prompt = Hai paura che la foto sia già online. Che cosa può aiutare?
safe-threats-online-take-it-down = Usare Take It Down con un adulto.
safe-threats-online-take-it-down-reason = Take It Down aiuta a togliere foto fatte prima dei 18 anni, da qualsiasi paese.
safe-threats-online-search = Cercare la foto ogni giorno per controllare.
safe-threats-online-search-reason = Ti fa solo stare peggio. Lascia il lavoro a un adulto e a uno strumento.
safe-threats-online-nothing = Niente può aiutare quando una foto è online.
safe-threats-online-nothing-reason = Non è vero. Spesso le foto si possono far togliere. C’è sempre aiuto.

## Livello 7 (solo 12–14): una foto privata di un’altra persona

level-safe-not-yours-title = Una foto che non è tua
level-safe-not-yours-instruction = In una chat gira una foto privata di un compagno di classe. Buona idea o no?
level-safe-not-yours-learned = Non tenere né inoltrare mai la foto privata di qualcuno. Dillo a un adulto di fiducia e segnalala.
level-safe-not-yours-hint-1 = Come ti sentiresti se fosse la tua foto?
level-safe-not-yours-hint-2 = Ogni condivisione ferisce di nuovo la persona nella foto.
level-safe-not-yours-hint-3 = Mandarla avanti non è mai una buona idea, neanche per chiedere aiuto.

safe-not-yours-forward = Inoltrarla a un amico
safe-not-yours-forward-reason = Ogni condivisione ferisce di più la persona. In molti paesi è anche contro la legge.
safe-not-yours-tell = Dirlo a un adulto di fiducia
safe-not-yours-tell-reason = Sì. Un adulto può aiutare a fermarne la diffusione, senza che tu la mandi.
safe-not-yours-save = Salvarla sul mio telefono
safe-not-yours-save-reason = Non tenerla. Una foto così non deve stare sul tuo telefono.
safe-not-yours-report = Segnalare il post nell’app
safe-not-yours-report-reason = L’app può toglierla. La persona nella foto ne ha bisogno.
safe-not-yours-ask-friend = Mandarla a un amico per chiedere cosa fare
safe-not-yours-ask-friend-reason = Non mandarla a nessuno, neanche per avere aiuto. Racconta invece cosa succede.
safe-not-yours-kind = Essere gentili con la persona nella foto
safe-not-yours-kind-reason = Potrebbe sentirsi malissimo. Non è colpa sua.
safe-not-yours-laugh = Ridere con gli altri per sentirmi parte del gruppo
safe-not-yours-laugh-reason = Ridere la ferisce di più. Puoi essere tu a fermare tutto.
