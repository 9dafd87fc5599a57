# Cacciatori di Truffe, seconda parte: dove porta davvero un link o un codice QR.
# I nomi dei marchi e gli indirizzi sono inventati e restano uguali in ogni lingua.

## Livello 7: le parole di un link

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Le parole di un link
level-addr-link-words-instruction = Le parole di un link possono dire qualsiasi cosa. Controlla dove porta davvero ogni link. È Comet Games?
level-addr-link-words-learned = Le parole di un link possono dire qualsiasi cosa. Tieni premuto un link per vedere dove porta davvero. Hai dubbi? Non toccarlo: apri il sito da te o chiedi a un adulto.
level-addr-link-words-hint-1 = Non fidarti delle parole sul link. Guarda l’indirizzo sotto.
level-addr-link-words-hint-2 = Trova il sito in quell’indirizzo: la parte finale prima del primo / singolo, poi il nome subito prima.
level-addr-link-words-hint-3 = Le parole del secondo link dicono cometgames, ma il suo indirizzo porta a free-coins.example.

addr-link-words-news-shown = Il link dice: cometgames.example/news
addr-link-words-www-shown = Il link dice: www.cometgames.example
addr-link-words-www-note = Monete gratis in un link sono un trucco. Apri il gioco stesso per vedere i premi veri.
addr-link-words-login-shown = Il link dice: Accedi a Comet Games
addr-link-words-login-note = Non scrivere mai una password dopo aver toccato un link. Apri da te il gioco o il suo sito.
addr-link-words-help-shown = Il link dice: Aiuto per adulti

## Livello 8: codici QR in un parcheggio

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Dove porta il codice QR?
level-addr-qr-parking-instruction = Aiuti un adulto a pagare il parcheggio. La fotocamera mostra dove porta ogni codice. È Parkwise?
level-addr-qr-parking-learned = Un codice QR è un link nascosto. Controlla l’indirizzo che mostra la fotocamera prima di aprirlo. Un adesivo sopra un codice è un segnale d’allarme. Paga solo con un adulto.
level-addr-qr-parking-hint-1 = Un codice QR non si può leggere a occhio. Che cosa mostra la fotocamera?
level-addr-qr-parking-hint-2 = Leggi l’indirizzo come un link: la parte finale prima del primo / singolo, poi il nome subito prima.
level-addr-qr-parking-hint-3 = Il codice dell’adesivo porta a parkwise-pay.example. Non è parkwise.example.

addr-qr-parking-machine-shown = Codice stampato sulla macchinetta del parcheggio
addr-qr-parking-sticker-shown = Un adesivo incollato sopra il codice della macchinetta
addr-qr-parking-sticker-note = Un adesivo sopra un codice è un segnale d’allarme. Paga alla macchinetta o nella vera app.
addr-qr-parking-fine-shown = Un biglietto sull’auto: «Multa! Scansiona e paga subito»
addr-qr-parking-fine-note = Metterti fretta per pagare è un trucco. Mostralo a un adulto. Può controllare nella vera app.
addr-qr-parking-sign-shown = Codice sul grande cartello del parcheggio
