# Il mondo «Cacciatori di Truffe»: l’alunno tocca i segnali d’allarme su uno schermo finto.
# Persone, aziende, numeri e indirizzi sono inventati: restano uguali.

world-scam-spotters = Cacciatori di Truffe

## Livello 1: un messaggio su un premio

level-flags-prize-message-title = Un premio a sorpresa?
level-flags-prize-message-instruction = Tocca ogni segnale d’allarme in questo messaggio.
level-flags-prize-message-learned = Un premio a sorpresa da uno sconosciuto è un trucco, quindi non mandargli mai i tuoi dati.
level-flags-prize-message-hint-1 = Leggi ogni riga con calma. Un amico scriverebbe così?
level-flags-prize-message-hint-2 = Sconosciuti, premi a sorpresa e domande su di te sono segnali d’allarme.
level-flags-prize-message-hint-3 = Guarda chi l’ha mandato. Altri due segnali d’allarme sono più in basso.

flags-prize-message-sender = Da: numero sconosciuto
flags-prize-message-sender-reason = Non conosci questo numero. Fai attenzione quando ti scrive uno sconosciuto.
flags-prize-message-greeting = Ciao!
flags-prize-message-greeting-reason = Un saluto gentile è normale. Da solo non è un segnale d’allarme.
flags-prize-message-prize = Complimenti! Hai vinto un tablet nuovo!
flags-prize-message-prize-reason = Non c’era nessun concorso, ma c’è un premio? Un premio a sorpresa da uno sconosciuto è un trucco.
flags-prize-message-picture = Immagine: un tablet lucido con un fiocco rosso
flags-prize-message-picture-reason = Un’immagine da sola non è un segnale d’allarme. Leggi anche le parole intorno.
flags-prize-message-request = Per averlo, mandaci nome e indirizzo di casa.
flags-prize-message-request-reason = Non dare mai il tuo indirizzo di casa a uno sconosciuto. Chiedi a un adulto prima di rispondere.
flags-prize-message-signoff = Buona giornata!
flags-prize-message-signoff-reason = Un saluto gentile è normale. Le belle parole da sole non rendono un messaggio buono o cattivo.

## Livello 2: un’e-mail falsa su un pacco

level-flags-parcel-email-title = L’e-mail del pacco
level-flags-parcel-email-instruction = Tocca ogni segnale d’allarme in questa e-mail.
level-flags-parcel-email-learned = Una vera azienda non chiede mai la tua password in un’e-mail. Metterti fretta è un trucco.
level-flags-parcel-email-hint-1 = Leggi ogni riga. Viene davvero da un’azienda di pacchi?
level-flags-parcel-email-hint-2 = Le e-mail false arrivano da indirizzi strani, ti mettono fretta e chiedono segreti.
level-flags-parcel-email-hint-3 = Guarda chi l’ha mandata e il link. Ci sono altri segnali d’allarme.

flags-parcel-email-sender = Da: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Un’azienda di pacchi scrive dal suo indirizzo. Questo è solo un indirizzo di posta gratuito.
flags-parcel-email-subject = Oggetto: Non abbiamo potuto consegnare il tuo pacco
flags-parcel-email-subject-reason = A volte un pacco non viene davvero consegnato. L’oggetto da solo non è un segnale d’allarme.
flags-parcel-email-greeting = Buongiorno,
flags-parcel-email-greeting-reason = Un semplice saluto è normale. Da solo non è un segnale d’allarme.
flags-parcel-email-urgency = Paga una piccola tassa entro 1 ora, o il pacco torna indietro!
flags-parcel-email-urgency-reason = I truffatori ti mettono fretta così non ti fermi a pensare. Una vera azienda ti lascia tempo.
flags-parcel-email-link = Clicca qui: parcel-help.example/pay-now
flags-parcel-email-link-reason = Il link porta a parcel-help, non a QuickBox. Chiedi a un adulto di controllare sul vero sito.
flags-parcel-email-request = Poi scrivi la tua password e il numero della carta.
flags-parcel-email-request-reason = Nessuna azienda di pacchi ha bisogno della tua password. Non scrivere mai password o numeri di carta dopo un link in un’e-mail.
flags-parcel-email-signoff = Grazie, il team QuickBox
flags-parcel-email-signoff-reason = Firmare con un nome è normale. Ma chiunque può scrivere qualsiasi nome, quindi controlla anche le altre righe.

## Livello 3: la pagina di un negozio falso

level-flags-fake-shop-title = Super saldi
level-flags-fake-shop-instruction = Tocca ogni segnale d’allarme in questa pagina di negozio.
level-flags-fake-shop-learned = Controlla l’indirizzo e il prezzo di un negozio, e non dare mai una password o un numero di carta in una chat.
level-flags-fake-shop-hint-1 = Inizia dall’alto. Un vero negozio farebbe tutto questo?
level-flags-fake-shop-hint-2 = I negozi falsi copiano nomi veri, hanno prezzi minuscoli e ti mettono fretta.
level-flags-fake-shop-hint-3 = Leggi l’indirizzo lettera per lettera: ci si nasconde un numero. Altri tre segnali d’allarme sono più sotto.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Guarda bene: c’è uno zero, non la lettera o. I negozi falsi copiano i nomi di quelli veri.
flags-fake-shop-welcome = Benvenuti da Jollytoy!
flags-fake-shop-welcome-reason = Una riga di benvenuto è normale in un negozio. Da sola non è un segnale d’allarme.
flags-fake-shop-picture = Immagine: una console con due controller
flags-fake-shop-picture-reason = I negozi mostrano le immagini di ciò che vendono. È normale.
flags-fake-shop-price = Console: sconto del 99% sul prezzo normale
flags-fake-shop-price-reason = Una console non costa mai così poco. Un prezzo troppo bello per essere vero è un trucco.
flags-fake-shop-countdown = L’offerta finisce tra 04:59!
flags-fake-shop-countdown-reason = L’orologio che corre vuole farti fretta. I negozi falsi ti mettono fretta così non controlli.
flags-fake-shop-delivery = La consegna richiede da 3 a 5 giorni.
flags-fake-shop-delivery-reason = I negozi ti dicono quanto dura la consegna. È normale.
flags-fake-shop-chat = Chat: mandaci qui password e numero della carta.
flags-fake-shop-chat-reason = Un vero negozio non chiede mai la tua password. I numeri di carta non vanno mai in una chat.

## Livello 4: quali link portano a Moonbank?

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = È davvero Moonbank?
level-addr-moonbank-instruction = Per ogni link, tocca la parte che dà il nome al sito. Poi di’ se è il sito di Moonbank.
level-addr-moonbank-learned = Leggi il nome di un link dalla fine: la parte finale subito prima del primo / singolo, poi il nome prima di essa. Quello è il sito. Le parole davanti o dopo la / non provano niente.
level-addr-moonbank-hint-1 = Trova il primo / singolo nel link. Il nome del sito finisce subito prima.
level-addr-moonbank-hint-2 = Leggi all’indietro da quella /: prima la parte finale .example, poi il nome prima. Insieme sono il sito.
level-addr-moonbank-hint-3 = Il terzo link porta a free-gifts.example. La parola moonbank dopo la / è solo il nome di una pagina.

## Livello 5: link sosia

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Link sosia
level-addr-lookalike-instruction = Per ogni link, tocca la parte che dà il nome al sito. Poi di’ se è il sito di Pixelpost.
level-addr-lookalike-learned = I truffatori nascondono il vero sito dopo una @, aggiungono parole in più o cambiano lettere con lettere sosia. Leggi il sito lettera per lettera.
level-addr-lookalike-hint-1 = C’è una @ nel link? Il sito viene dopo.
level-addr-lookalike-hint-2 = Leggi il sito lettera per lettera. Una parola in più o una lettera strana lo rendono un altro sito.
level-addr-lookalike-hint-3 = Guarda la i nel secondo link: viene da un altro alfabeto. Per questo è un altro sito.

## Livello 6: che cosa fare con un trucco

level-scam-what-to-do-title = Che cosa fai?
level-scam-what-to-do-instruction = Compare qualcosa di strano. Scegli ogni volta la cosa migliore da fare.
level-scam-what-to-do-learned = Se un messaggio ti mette fretta, sembra strano o vuole un numero di carta, non toccare. Controlla in un altro modo e dillo a un adulto di fiducia.
level-scam-what-to-do-hint-1 = Un bravo detective si ferma e pensa prima di toccare qualsiasi cosa.
level-scam-what-to-do-hint-2 = I truffatori mettono fretta, usano gli account degli amici e promettono premi. Fermati prima di toccare.
level-scam-what-to-do-hint-3 = Quando l’account di un amico manda qualcosa di strano, controlla con l’amico in un altro modo.

scam-what-to-do-account-closed-prompt = Un messaggio dice: «Il tuo account di gioco verrà chiuso OGGI! Tocca qui per salvarlo: save-my-game.example»
scam-what-to-do-account-closed-tap-fast = Tocco subito il link per salvare l’account.
scam-what-to-do-account-closed-tap-fast-reason = La fretta è un trucco per non farti pensare. Il link potrebbe rubarti la password.
scam-what-to-do-account-closed-tell-adult = Non tocco e lo mostro a un adulto.
scam-what-to-do-account-closed-tell-adult-reason = Ottima scelta! Insieme potete controllare nel vero gioco. Una fretta così è un trucco.
scam-what-to-do-account-closed-reply = Rispondo e chiedo chi sono.
scam-what-to-do-account-closed-reply-reason = Una risposta dice al truffatore che qualcuno legge i suoi messaggi. Meglio non rispondere per niente.

scam-what-to-do-friend-link-prompt = L’account del tuo amico Sam all’improvviso ti manda: «ahah sei tu?? clip-watch.example/v/8812»
scam-what-to-do-friend-link-tap = Lo tocco. Viene da Sam, quindi è sicuro.
scam-what-to-do-friend-link-tap-reason = Forse qualcun altro sta usando l’account di Sam. I truffatori mandano link cattivi dagli account degli amici.
scam-what-to-do-friend-link-pass-on = Lo mando anche agli altri amici.
scam-what-to-do-friend-link-pass-on-reason = Così potrebbero toccarlo anche loro. Non passare mai un link se hai dei dubbi.
scam-what-to-do-friend-link-grown-up-phone = Lo tocco, ma sul telefono di un adulto.
scam-what-to-do-friend-link-grown-up-phone-reason = Un link cattivo è cattivo su qualsiasi telefono, e potrebbe chiedere una password. Prima controlla con Sam.
scam-what-to-do-friend-link-ask-another-way = Prima chiedo a Sam di persona.
scam-what-to-do-friend-link-ask-another-way-reason = Ottimo! Chiedi a Sam di persona o al telefono. Se non l’ha mandato Sam, dillo a un adulto.

scam-what-to-do-won-phone-prompt = Una finestra dice: «Hai vinto un telefono nuovo! Scrivi il numero della carta di un tuo genitore per averlo.»
scam-what-to-do-won-phone-close-tell = La chiudo e lo dico a un adulto.
scam-what-to-do-won-phone-close-tell-reason = Giusto! Un vero premio non ha mai bisogno di un numero di carta. Un adulto può controllare che sia tutto a posto.
scam-what-to-do-won-phone-type-card = Prendo la carta e scrivo il numero.
scam-what-to-do-won-phone-type-card-reason = Non c’è nessun telefono. I truffatori vogliono il numero della carta per prendere soldi.
scam-what-to-do-won-phone-claim = Tocco «Ritira il premio».
scam-what-to-do-won-phone-claim-reason = I pulsanti di una finestra così possono aprire altri trucchi. Chiudila invece.
