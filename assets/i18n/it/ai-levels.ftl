# Il mondo «L’IA e io»: chatbot, IA che impara dagli esempi, consigli delle app, immagini e
# voci fatte con l’IA, e l’IA per la scuola. Persone, app e account sono inventati.

world-ai-and-me = L’IA e io

ai-bin-ok-to-ask = Si può chiedere
ai-bin-good-use = Buon uso
ai-bin-not-ok = Non va bene

## Livello 2: che cosa dire a un chatbot

level-ai-what-to-tell-title = Chattare con un chatbot
level-ai-what-to-tell-instruction = Si può chiedere questo a un chatbot, o è meglio tenerlo privato?
level-ai-what-to-tell-learned = Chiedi a un chatbot del mondo, non di te. Nomi, indirizzi, foto, password e segreti restano privati.
level-ai-what-to-tell-hint-1 = Chiediti: riguarda il mondo, o me e i miei amici?
level-ai-what-to-tell-hint-2 = L’azienda che gestisce un chatbot può leggere ciò che scrivi. Tieni privato tutto ciò che mostra chi sei.
level-ai-what-to-tell-hint-3 = Sulla storia del drago si può chiedere. Sul tuo indirizzo no.

ai-what-to-tell-volcano = Come funzionano i vulcani?
ai-what-to-tell-volcano-reason = Una domanda sul mondo non rivela niente. Controlla la risposta anche in un libro.
ai-what-to-tell-address = Il tuo indirizzo di casa
ai-what-to-tell-address-reason = Un chatbot non ha bisogno di sapere dove abiti. L’azienda che lo gestisce può leggere ciò che scrivi.
ai-what-to-tell-name-school = Nome e cognome e la tua scuola
ai-what-to-tell-name-school-reason = Insieme dicono a chiunque li legga chi sei e dove trovarti. Tienili privati.
ai-what-to-tell-dragon = Idee per una storia su un drago
ai-what-to-tell-dragon-reason = Chiedere idee va bene. Poi rendi tua la storia.
ai-what-to-tell-password = La tua password, così la ricorda
ai-what-to-tell-password-reason = Un chatbot non ha mai bisogno della tua password. Tienila per te e per l’adulto che ti aiuta a gestirla.
ai-what-to-tell-face-photo = Una foto del tuo viso
ai-what-to-tell-face-photo-reason = Una foto di te è personale. Tienila lontana dai chatbot, e chiedi a un adulto di fiducia prima di condividere foto.
ai-what-to-tell-perimeter = Che cosa vuol dire «perimetro»?
ai-what-to-tell-perimeter-reason = Chiedere che cosa vuol dire una parola va bene. L’insegnante può controllare la risposta con te.
ai-what-to-tell-friend-secret = Un segreto che ti ha detto un amico
ai-what-to-tell-friend-secret-reason = È il segreto del tuo amico. Non sta a te condividerlo, né con un chatbot né con altri.

## Livello 1: insegna al robot

level-ai-teach-the-robot-title = Insegna al robot
level-ai-teach-the-robot-instruction = Metti a posto le carte per insegnare al robot che cos’è un gatto. Poi mettilo alla prova.
level-ai-teach-the-robot-learned = Un robot impara solo dai suoi esempi. Mostragli tanti tipi di gatti, e riconoscerà anche gatti nuovi.
level-ai-teach-the-robot-hint-1 = Guarda i gatti da cui il robot ha imparato. In che cosa si somigliano tutti?
level-ai-teach-the-robot-hint-2 = Ogni gatto che ha visto era piccolo e arancione. Gli servono gatti diversi.
level-ai-teach-the-robot-hint-3 = Aggiungi un gatto grigio, grosso o peloso.

## Livello 3: sicuro, ma sbagliato

level-ai-chatbot-sure-title = Sicuro, ma sbagliato
level-ai-chatbot-sure-instruction = Un chatbot sembra molto sicuro. Che cosa fai?
level-ai-chatbot-sure-learned = Un chatbot può sembrare sicuro e sbagliare lo stesso. Controlla in un libro o su un sito affidabile, o chiedi a un adulto.
level-ai-chatbot-sure-hint-1 = Sembrare sicuri rende vera una cosa?
level-ai-chatbot-sure-hint-2 = Controlla con una fonte che non sia il chatbot.
level-ai-chatbot-sure-hint-3 = Per il ragno: te lo può dire un libro di scienze.

ai-chatbot-sure-spider-prompt = Per i compiti chiedi a un chatbot: «Il ragno è un insetto?» Risponde: «Sì, i ragni sono insetti.»
ai-chatbot-sure-spider-copy = Lo scrivo. Sembra molto sicuro.
ai-chatbot-sure-spider-copy-reason = Sembrare sicuri non vuol dire avere ragione. I ragni hanno 8 zampe, gli insetti 6.
ai-chatbot-sure-spider-check = Controllo in un libro di scienze o su un sito affidabile
ai-chatbot-sure-spider-check-reason = Giusto! Un’altra fonte mostra che il chatbot sbagliava: i ragni non sono insetti.
ai-chatbot-sure-spider-ask-again = Chiedo al chatbot: «Sei sicuro?»
ai-chatbot-sure-spider-ask-again-reason = Potrebbe solo dire di nuovo di sì. Controlla con una fonte che non sia il chatbot.
ai-chatbot-sure-talk-prompt = Un chatbot ti dà un fatto incredibile per la tua presentazione in classe. Non lo trovi da nessun’altra parte.
ai-chatbot-sure-talk-use-it = Lo uso: il chatbot sa cose che noi non sappiamo
ai-chatbot-sure-talk-use-it-reason = I chatbot possono inventare fatti che sembrano veri. Se nessun altro lo dice, lascialo fuori.
ai-chatbot-sure-talk-leave-out = Lo lascio fuori, o ne parlo all’insegnante
ai-chatbot-sure-talk-leave-out-reason = Bene. Un fatto che non puoi controllare non è pronto per la tua presentazione.
ai-chatbot-sure-talk-tell-friends = Dico ai miei amici che è vero
ai-chatbot-sure-talk-tell-friends-reason = Così diffondi un fatto che nessuno ha controllato. Prima controllalo.

## Livello 4: perché questo video?

level-ai-why-this-video-title = Perché questo video?
level-ai-why-this-video-instruction = Scopri perché l’app ti mostra quello che ti mostra.
level-ai-why-this-video-learned = Le app imparano da ciò che guardi, metti mi piace e cerchi. Cerca cose nuove, e di’ all’app che cosa non vuoi.
level-ai-why-this-video-hint-1 = Pensa a che cosa hai fatto prima nell’app.
level-ai-why-this-video-hint-2 = L’app sceglie i video in base a ciò che guardi, metti mi piace e cerchi.
level-ai-why-this-video-hint-3 = Per vedere altre cose, mostra all’app altre cose che ti piacciono.

ai-why-this-video-cakes-prompt = Hai guardato fino alla fine tre video di torte. Ora l’app ti mostra tantissimi video di torte.
ai-why-this-video-cakes-everyone = Oggi tutto il mondo guarda torte
ai-why-this-video-cakes-everyone-reason = Difficile! L’app sceglie i video per te in base a ciò che hai fatto.
ai-why-this-video-cakes-learned = L’app ha imparato da ciò che ho guardato
ai-why-this-video-cakes-learned-reason = Giusto. Le app usano ciò che guardi, metti mi piace e cerchi per scegliere che cosa viene dopo.
ai-why-this-video-cakes-teacher = L’insegnante ha detto all’app che mi piacciono le torte
ai-why-this-video-cakes-teacher-reason = No. L’app l’ha imparato dai tuoi tocchi e da ciò che hai visto.
ai-why-this-video-more-prompt = Vuoi vedere altro oltre alle torte. Che cosa aiuta?
ai-why-this-video-more-search = Cerco cose nuove, tocco «Non mi interessa»
ai-why-this-video-more-search-reason = Sì! L’app impara anche da questo. Molte app hanno un pulsante come «Non mi interessa».
ai-why-this-video-more-more-cakes = Guardo ancora più video di torte
ai-why-this-video-more-more-cakes-reason = Così insegni all’app che vuoi solo torte.
ai-why-this-video-more-scroll = Continuo a scorrere: l’app cambierà da sola
ai-why-this-video-more-scroll-reason = L’app continua a scegliere in base a ciò che hai fatto prima. Mostrale che cos’altro ti piace.
ai-why-this-video-feel-bad-prompt = Un tipo di video che l’app continua a mostrarti ti fa stare male.
ai-why-this-video-feel-bad-keep-watching = Continuo a guardare, per non perdermi niente
ai-why-this-video-feel-bad-keep-watching-reason = Guardare di più dice all’app di mostrartene di più. Fermati e fai una pausa.
ai-why-this-video-feel-bad-share = Lo giro agli amici per vedere se stanno male anche loro
ai-why-this-video-feel-bad-share-reason = Così diffondi la brutta sensazione. Smetti di guardare e parlane con qualcuno di cui ti fidi.
ai-why-this-video-feel-bad-stop-tell = Smetto di guardare e lo dico a un adulto di fiducia
ai-why-this-video-feel-bad-stop-tell-reason = Bene. Come ti senti conta più dell’app. Un adulto può aiutarti a cambiare ciò che mostra.

## Livello 5: vera o fatta con l’IA?

level-ai-fake-picture-title = Vera o fatta con l’IA?
level-ai-fake-picture-instruction = Tocca ogni indizio che questa immagine potrebbe essere fatta con l’IA o non essere vera.
level-ai-fake-picture-learned = L’IA può fare immagini che sembrano vere. Cerca gli indizi, controlla altre fonti e chiedi a un adulto quando hai dubbi.
level-ai-fake-picture-hint-1 = Questa immagine ti sorprenderebbe nella vita reale?
level-ai-fake-picture-hint-2 = Cose sorprendenti, troppo perfette, dettagli sbagliati e la fretta di condividere sono tutti indizi.
level-ai-fake-picture-hint-3 = Leggi bene la scritta sull’autobus.

ai-fake-picture-account = Pubblicato da: @pic_planet, oggi alle 10:02
ai-fake-picture-account-reason = Il nome e l’ora da soli non ti dicono se un’immagine è vera. Guarda l’immagine stessa.
ai-fake-picture-photo = Foto: un pinguino alto come uno scuolabus
ai-fake-picture-photo-reason = Le immagini molto sorprendenti sono un indizio. Controlla se la mostrano anche le notizie o un sito affidabile.
ai-fake-picture-perfect = Tutto sembra liscio e perfetto, come un giocattolo
ai-fake-picture-perfect-reason = Le immagini fatte con l’IA possono sembrare troppo perfette. È un indizio, quindi controlla prima di crederci.
ai-fake-picture-sign = La scritta sul bus dice «SCUOLBAUS»
ai-fake-picture-sign-reason = I dettagli che non tornano, come lettere mescolate, sono un indizio che un’immagine potrebbe essere inventata.
ai-fake-picture-caption = Didascalia: VERO!!! Condividi prima che la cancellino!
ai-fake-picture-caption-reason = La fretta di condividere è un segnale d’allarme. Le notizie vere possono aspettare che tu controlli.
ai-fake-picture-question = Commento: Quale sito di notizie ne parla?
ai-fake-picture-question-reason = Bella domanda! Controllare altre fonti è la cosa giusta da fare.
ai-fake-picture-comment = Commento: I pinguini non sono così grandi!
ai-fake-picture-comment-reason = Questo commento fa bene a dubitare. Usare ciò che sai è un buon controllo.

## Livello 6: è davvero quella persona?

level-ai-voice-message-title = È davvero lui?
level-ai-voice-message-instruction = Voci e video si possono fare con l’IA. Che cosa fai?
level-ai-voice-message-learned = L’IA può copiare voci e volti. Se un messaggio chiede codici, soldi o un clic veloce, controlla in un altro modo e dillo a un adulto.
level-ai-voice-message-hint-1 = Una voce che sembra quella giusta dimostra chi sta parlando?
level-ai-voice-message-hint-2 = Controlla con la persona in un altro modo, non rispondendo al messaggio.
level-ai-voice-message-hint-3 = Per la cantante: lo direbbe anche la sua pagina ufficiale.

ai-voice-message-cousin-prompt = Un messaggio vocale sembra proprio di tuo cugino Leo: «Ho perso il telefono! Mandami il codice della banca dei tuoi genitori, presto!»
ai-voice-message-cousin-send = Lo mando: Leo è di famiglia e sembra preoccupato
ai-voice-message-cousin-send-reason = L’IA può copiare una voce da una breve registrazione. E un vero cugino non chiederebbe un codice della banca.
ai-voice-message-cousin-check = Controllo con Leo in un altro modo, con un adulto
ai-voice-message-cousin-check-reason = Giusto. Non fidarti solo della voce. Un adulto può chiamare Leo al numero che conosce.
ai-voice-message-cousin-delete-after = Mando il codice, ma gli chiedo di cancellarlo dopo
ai-voice-message-cousin-delete-after-reason = Una volta mandato, non è più nelle tue mani. Non mandare mai codici.
ai-voice-message-singer-prompt = Un video mostra la cantante Mila Star che dice: «Clicca questo link e ricevi un tablet gratis!»
ai-voice-message-singer-click = Clicco subito, prima che finiscano i tablet
ai-voice-message-singer-click-reason = La fretta è un segnale d’allarme. Video così si possono fare con l’IA per ingannarti.
ai-voice-message-singer-check = Prima controllo la sua pagina e le notizie
ai-voice-message-singer-check-reason = Sì. Se la sua pagina e le notizie non lo dicono, il video è falso.
ai-voice-message-singer-aunt = Chiedo a mia zia di cliccarlo per me
ai-voice-message-singer-aunt-reason = Il problema è il link, chiunque lo clicchi. Prima controlla, poi mostra all’adulto perché.

## Livello 7: l’IA aiuta, tu decidi

level-ai-you-decide-title = L’IA aiuta, tu decidi
level-ai-you-decide-instruction = È un buon modo di usare l’IA per la scuola, o non va bene?
level-ai-you-decide-learned = L’IA può aiutarti a imparare. Sei tu a pensare, a controllare ciò che dice e a seguire le regole della tua scuola.
level-ai-you-decide-hint-1 = Chiediti: chi pensa qui, io o l’IA?
level-ai-you-decide-hint-2 = Usare l’IA per capire o esercitarsi va bene. Far passare il suo lavoro per tuo no.
level-ai-you-decide-hint-3 = Chiederle di spiegare una parola è un buon uso.

ai-you-decide-explain-word = Chiederle di spiegare una parola che non conosci
ai-you-decide-explain-word-reason = Usare l’IA per capire qualcosa ti aiuta a imparare. Controlla che abbia senso.
ai-you-decide-copy-story = Consegnare come tuo un racconto scritto da lei
ai-you-decide-copy-story-reason = Non è un tuo lavoro, e non impari niente. Di’ con sincerità che cosa ha fatto l’IA.
ai-you-decide-quiz = Chiederle domande di un quiz per esercitarti
ai-you-decide-quiz-reason = Esercitarti con le sue domande può aiutare. Controlla le risposte nei tuoi appunti.
ai-you-decide-whole-homework = Farle fare tutti i compiti al posto tuo
ai-you-decide-whole-homework-reason = Così salti il ragionamento che è lo scopo dei compiti. Prima prova da te.
ai-you-decide-check-facts = Controllare i suoi fatti in un libro o su un sito affidabile
ai-you-decide-check-facts-reason = L’IA può sbagliare. Controllare è ciò che fa chi la usa con intelligenza.
ai-you-decide-fake-photo = Fare una foto falsa e buffa di un compagno
ai-you-decide-fake-photo-reason = Le immagini false di persone vere possono ferirle. Non usare mai l’IA per prendere in giro qualcuno.
ai-you-decide-own-words = Prendere idee, poi scrivere con parole tue
ai-you-decide-own-words-reason = Bene: le idee ti aiutano a iniziare, e il lavoro è tuo.
ai-you-decide-against-rules = Usarla quando l’insegnante ha detto di no
ai-you-decide-against-rules-reason = È la tua scuola a decidere quando si può usare l’IA. Segui le sue regole.
