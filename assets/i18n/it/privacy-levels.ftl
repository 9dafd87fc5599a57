# Il mondo «Condividi Sicuro», dal livello 2. Persone, luoghi e giochi sono inventati. Via e
# scuola sono inventate per ogni lingua (Via degli Aceri, Scuola Querceto).

## Livello 2: le impostazioni di un profilo di gioco

level-privacy-profile-title = Il profilo di Lena
level-privacy-profile-instruction = Questo è il profilo di gioco di Lena. Tocca ogni impostazione che condivide troppo per sistemarla.
level-privacy-profile-learned = Tieni il profilo solo per gli amici. Usa un nome di gioco inventato e un’immagine a fumetti, e tieni privati posizione e numero.
level-privacy-profile-hint-1 = Leggi ogni riga. Uno sconosciuto potrebbe usarla per trovare Lena?
level-privacy-profile-hint-2 = Un nome di gioco inventato e un’immagine a fumetti sono sicuri. Nomi veri, luoghi e numeri no.
level-privacy-profile-hint-3 = Guarda chi può vedere il profilo e il numero di telefono.

privacy-profile-visibility = Chi può vedere il mio profilo: tutti
privacy-profile-visibility-reason = Tutti vuol dire anche gli sconosciuti. Imposta solo amici.
privacy-profile-visibility-fixed = Chi può vedere il mio profilo: solo amici
privacy-profile-name = Nome mostrato: Lena Rossi (nome completo)
privacy-profile-name-reason = Un nome completo aiuta gli sconosciuti a trovare Lena. Basta un nome di gioco inventato.
privacy-profile-name-fixed = Nome mostrato: StarFox22 (nome di gioco)
privacy-profile-game-name = Nome di gioco: StarFox22
privacy-profile-game-name-reason = Un nome di gioco inventato non dice a nessuno chi è davvero Lena. Ottima scelta!
privacy-profile-avatar = Avatar: una volpe a fumetti
privacy-profile-avatar-reason = Un’immagine a fumetti non mostra il viso di Lena. È sicuro.
privacy-profile-location = Condividi la mia posizione: sì
privacy-profile-location-reason = Mostra alla gente dove si trova Lena proprio adesso. Tienila disattivata.
privacy-profile-location-fixed = Condividi la mia posizione: no
privacy-profile-game = Gioco preferito: Block Builders
privacy-profile-game-reason = A tanti bambini piace questo gioco. Non dice a nessuno dove si trova Lena.
privacy-profile-phone = Numero di telefono: visibile a tutti
privacy-profile-phone-reason = Gli sconosciuti potrebbero chiamare Lena o scriverle. Tieni privato il tuo numero.
privacy-profile-phone-fixed = Numero di telefono: nascosto

## Livello 3: un post con foto, descritto riga per riga

level-privacy-photo-title = Una foto al sole
level-privacy-photo-instruction = Tocca ogni indizio in questo post che mostra dove abiti o vai a scuola.
level-privacy-photo-learned = Prima di pubblicare una foto, cerca cartelli stradali, numeri civici, loghi della scuola e tag di posizione.
level-privacy-photo-hint-1 = Guarda anche lo sfondo, non solo te e il cane.
level-privacy-photo-hint-2 = Nomi di vie, numeri civici e loghi della scuola mostrano agli sconosciuti dove trovarti.
level-privacy-photo-hint-3 = Il cartello della via dietro di te è un indizio. Ce ne sono altri tre.

privacy-photo-photo = Foto: io e il mio cane in giardino
privacy-photo-photo-reason = Una foto di te con il tuo animale si può condividere con gli amici. Controlla solo che cos’altro c’è.
privacy-photo-sign = Dietro di noi: il cartello «Via degli Aceri»
privacy-photo-sign-reason = Il cartello dice a tutti in che via abiti. Fai la foto dove non ci sono cartelli.
privacy-photo-door = Sulla porta: numero civico 12
privacy-photo-door-reason = Con il nome della via, il numero mostra esattamente casa tua. Tienilo fuori dalla foto.
privacy-photo-shirt = La mia maglietta con il logo della Scuola Querceto
privacy-photo-shirt-reason = Il logo mostra in che scuola vai. Gli sconosciuti saprebbero dove sei ogni giorno.
privacy-photo-caption = Didascalia: Sabato di sole con Rex!
privacy-photo-caption-reason = Il nome del tuo cane si può condividere. Solo non usarlo mai come password.
privacy-photo-location = Tag di posizione: Via degli Aceri 12
privacy-photo-location-reason = Il tag dà a tutti il tuo indirizzo completo. Disattiva i tag di posizione.
privacy-photo-comment = Commento di Luca: Che cane carino!
privacy-photo-comment-reason = Un commento gentile di un amico va bene. Non rivela niente.

## Livello 4: domande che chiedono troppo

level-privacy-stranger-asks-title = Chi vuole saperlo?
level-privacy-stranger-asks-instruction = Scegli ogni volta la risposta migliore.
level-privacy-stranger-asks-learned = Puoi sempre dire di no. Tieni per te la tua scuola, la tua via e i numeri dei tuoi amici. Se qualcuno continua a chiedere, dillo a un adulto.
level-privacy-stranger-asks-hint-1 = Pensa: chi vedrà la mia risposta, e che cosa potrebbe farci?
level-privacy-stranger-asks-hint-2 = I tuoi dati, e i numeri dei tuoi amici, sono tuoi. Puoi sempre dire di no.
level-privacy-stranger-asks-hint-3 = Un gioco funziona anche se dici di no ai tuoi contatti.

privacy-stranger-asks-school = SkyRider9, un amico online che non hai mai incontrato, chiede: «In che scuola vai?»
privacy-stranger-asks-school-tell = Glielo dico, poi lo dico a un adulto.
privacy-stranger-asks-school-tell-reason = Dirlo a un adulto è bene, ma ora SkyRider9 sa la tua scuola. Non condividerla fin dall’inizio.
privacy-stranger-asks-school-town = Gli dico solo la mia città.
privacy-stranger-asks-school-town-reason = La tua città è comunque un indizio su dove sei. Tienila privata anche lei.
privacy-stranger-asks-school-say-no = Dico di no e lo dico a un adulto.
privacy-stranger-asks-school-say-no-reason = Ottimo! Puoi dire di no in modo gentile. Un adulto può aiutarti se SkyRider9 continua a chiedere.
privacy-stranger-asks-contacts = Mentre giochi, un gioco chiede: «Consentire a Block Builders di accedere ai tuoi contatti?»
privacy-stranger-asks-contacts-allow = Tocco «Consenti» per trovare amici in fretta.
privacy-stranger-asks-contacts-allow-reason = I tuoi contatti sono numeri di altre persone. Il gioco li avrebbe senza chiederlo a loro.
privacy-stranger-asks-contacts-not-now = Tocco «Non consentire». Il gioco funziona.
privacy-stranger-asks-contacts-not-now-reason = Giusto! I numeri dei tuoi contatti non sono tuoi da regalare. Puoi aggiungere gli amici con i loro nomi di gioco.
privacy-stranger-asks-contacts-allow-then-delete = Consento, e poi cancello tutto il gioco.
privacy-stranger-asks-contacts-allow-then-delete-reason = Quando il gioco ha i numeri, cancellarlo non li riporta indietro.
privacy-stranger-asks-quiz = Un quiz divertente dice: «Il tuo nome da supereroe = la tua via + la tua scuola!»
privacy-stranger-asks-quiz-skip = Lo salto, o gioco con parole inventate.
privacy-stranger-asks-quiz-skip-reason = Ben pensato! La tua via e la tua scuola mostrano dove trovarti. Le parole inventate sono divertenti lo stesso.
privacy-stranger-asks-quiz-post = Scrivo il mio vero nome da supereroe nei commenti.
privacy-stranger-asks-quiz-post-reason = Ora tutti sanno la tua via e la tua scuola. Insieme mostrano dove trovarti.
privacy-stranger-asks-quiz-send-friend = Lo mando solo a un amico in un messaggio.
privacy-stranger-asks-quiz-send-friend-reason = I messaggi si possono inoltrare. Tieni per te le tue risposte vere.

## Livello 5: prima di pubblicare una foto

level-privacy-before-posting-title = Pronti a pubblicare?
level-privacy-before-posting-instruction = Vuoi pubblicare una foto. È un buon passo prima di pubblicare, o meglio di no?
level-privacy-before-posting-learned = Prima di pubblicare, cerca indizi nella foto, chiedi alle persone che ci sono e scegli solo amici. Lascia disattivati i tag di posizione.
level-privacy-before-posting-hint-1 = Pensa: una volta pubblicata, chi potrebbe vedere la foto, e che cosa potrebbe scoprire?
level-privacy-before-posting-hint-2 = I passi buoni tengono fuori indizi e sconosciuti e chiedono alle persone nella foto. Quelli rischiosi diffondono la foto o dove sei.
level-privacy-before-posting-hint-3 = Un tag di posizione è da lasciare fuori.

privacy-bin-do = Fallo
privacy-bin-dont = Meglio di no

privacy-before-posting-clues = Cercare nella foto cartelli e numeri civici.
privacy-before-posting-clues-reason = Bene! Tagliali via o scegli un’altra foto, così nessuno capisce dove abiti.
privacy-before-posting-location = Aggiungere un tag di posizione così gli amici ti trovano.
privacy-before-posting-location-reason = Un tag di posizione mostra a tutti dove sei. Lascialo disattivato.
privacy-before-posting-ask = Chiedere a tutti nella foto se va bene.
privacy-before-posting-ask-reason = È anche la loro foto. Pubblicala solo se dicono di sì.
privacy-before-posting-everyone = Pubblicarla per tutti, per avere più like.
privacy-before-posting-everyone-reason = Tutti vuol dire anche gli sconosciuti. I like non valgono tanto.
privacy-before-posting-audience = Scegliere chi può vederla: solo amici.
privacy-before-posting-audience-reason = Bene! Solo amici tiene fuori gli sconosciuti.
privacy-before-posting-surprise = Pubblicare per sorpresa una foto buffa di un amico.
privacy-before-posting-surprise-reason = Prima chiedi. Il tuo amico potrebbe non volere quella foto online.
