# Il mondo «Porto dei Dispositivi»: prendersi cura del tablet o del telefono, e di sé stessi.
# App, aziende, numeri e indirizzi sono inventati: restano uguali. Nessun numero di telefono.

world-device-dock = Porto dei Dispositivi

## Livello 1: aggiornamenti e finestre pop-up

level-device-update-title = Ora di aggiornare
level-device-update-instruction = Il tuo tablet mostra un messaggio. Scegli la cosa migliore da fare.
level-device-update-learned = I veri aggiornamenti arrivano dalle impostazioni del tablet e lo tengono al sicuro. I pop-up che ti spaventano sono trucchi.
level-device-update-hint-1 = Da dove viene il messaggio: dal tablet stesso o da una pagina web?
level-device-update-hint-2 = Gli aggiornamenti riparano i punti deboli. Una pagina web non può vedere dentro il tuo tablet.
level-device-update-hint-3 = Un messaggio del tablet stesso è un vero aggiornamento. Installarlo tiene il tablet al sicuro.

device-update-system-prompt = Il tuo tablet dice: «È pronto un aggiornamento di sistema. Installarlo ora?»
device-update-system-ignore = Lo ignoro per sempre. Gli aggiornamenti sono noiosi.
device-update-system-ignore-reason = Gli aggiornamenti riparano punti deboli che i programmi cattivi potrebbero usare. Senza, il tuo tablet è meno sicuro.
device-update-system-install = Lo installo, o chiedo aiuto a un adulto.
device-update-system-install-reason = Questo messaggio viene dal tablet stesso. Gli aggiornamenti lo tengono sicuro e funzionante.
device-update-system-switch-off = Spengo il tablet così smette di chiedere.
device-update-system-switch-off-reason = L’aggiornamento lo chiederà di nuovo più tardi. Installarlo è il modo di tenere sicuro il tablet.

device-update-popup-prompt = Si apre una pagina web: «Il tuo tablet ha 5 virus! Scarica subito CleanerPro!»
device-update-popup-download = Scarico subito CleanerPro.
device-update-popup-download-reason = È un trucco. Il download potrebbe essere proprio il programma cattivo.
device-update-popup-ok-button = Tocco «OK» nel pop-up per farlo sparire.
device-update-popup-ok-button-reason = I pulsanti di un pop-up falso possono avviare un download. Chiudi invece tutta la pagina.
device-update-popup-close = Chiudo la pagina e lo dico a un adulto.
device-update-popup-close-reason = Una pagina web non può guardare dentro il tuo tablet, quindi i virus sono inventati. Chiudere la pagina è sicuro.

device-update-battery-prompt = L’aggiornamento vuole partire, ma la batteria è al 5%.
device-update-battery-charge = Prima collego il caricatore, poi aggiorno.
device-update-battery-charge-reason = Un aggiornamento ha bisogno di energia fino alla fine. Con il caricatore collegato può finire in sicurezza.
device-update-battery-start = Lo avvio ora, e chiedo a un adulto di guardare.
device-update-battery-start-reason = Guardare non serve se la batteria si scarica a metà: l’aggiornamento può andare storto. Prima ricarica.
device-update-battery-cancel = Lo annullo e non aggiorno mai più.
device-update-battery-cancel-reason = L’aggiornamento resta importante per la sicurezza del tablet. Prima ricaricalo e basta.

## Livello 2: che cosa può usare un’app torcia

device-bin-makes-sense = Ha senso
device-bin-no-sense = Non ha senso

level-device-permissions-title = L’app torcia
level-device-permissions-instruction = Apri una nuova app torcia. Mentre funziona, chiede di usare queste cose. Ha senso?
level-device-permissions-learned = Le app chiedono mentre le usi. Tocca «Non consentire» per ciò di cui un’app non ha bisogno. Puoi cambiarlo dopo nelle Impostazioni.
level-device-permissions-hint-1 = Di che cosa ha bisogno un’app torcia per fare il suo lavoro?
level-device-permissions-hint-2 = Una torcia deve solo fare luce. Tutto il resto non fa parte del suo lavoro.
level-device-permissions-hint-3 = Una torcia non ha niente a che fare con i tuoi contatti.

device-permissions-camera-light = Accendere la luce accanto alla fotocamera
device-permissions-camera-light-reason = Quella piccola luce è la torcia. L’app ne ha bisogno per fare il suo lavoro.
device-permissions-contacts = Accedere ai tuoi contatti
device-permissions-contacts-reason = Una torcia non ha bisogno dei nomi e dei numeri dei tuoi amici. Tocca «Non consentire».
device-permissions-location = Accedere alla posizione del dispositivo
device-permissions-location-reason = Una torcia funziona uguale dappertutto. Non ha bisogno di sapere dove sei.
device-permissions-screen-bright = Rendere lo schermo bianco e luminoso
device-permissions-screen-bright-reason = Alcune torce illuminano tutto lo schermo. Fa parte dell’essere una torcia.
device-permissions-microphone = Registrare audio
device-permissions-microphone-reason = Una torcia non ha bisogno di sentirti. Tocca «Non consentire»: la torcia funziona lo stesso.
device-permissions-notifications = Mandarti notifiche
device-permissions-notifications-reason = Una torcia non ha niente da dirti. Le notifiche sarebbero solo pubblicità o inviti ad aprirla.
device-permissions-photos = Accedere a foto e video del dispositivo
device-permissions-photos-reason = Le tue foto sono private. Una torcia non ne ha bisogno per fare luce.

## Livello 3: un falso allarme virus

level-device-fake-virus-title = Allarme virus!
level-device-fake-virus-instruction = Tocca ogni segnale d’allarme in questa pagina web.
level-device-fake-virus-learned = Una pagina web non può trovare virus sul tuo tablet. Chiudi le pagine che fanno paura e dillo a un adulto.
level-device-fake-virus-hint-1 = Inizia dall’alto. Di chi è questa pagina?
level-device-fake-virus-hint-2 = Gli avvisi falsi urlano, ti mettono fretta e vogliono che scarichi qualcosa o chiami.
level-device-fake-virus-hint-3 = Il grande avviso lampeggiante è un segnale d’allarme. Nella pagina ce ne sono altri quattro.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = È una pagina web qualsiasi, non il tuo tablet. Una pagina web non può cercare virus nel tuo tablet.
device-fake-virus-warning = Rosso lampeggiante: ATTENZIONE! 5 VIRUS TROVATI!
device-fake-virus-warning-reason = Luci lampeggianti e lettere grandi vogliono spaventarti per farti smettere di pensare. I virus sono inventati.
device-fake-virus-picture = Immagine: un tablet con uno scudo blu
device-fake-virus-picture-reason = Un’immagine da sola non è un segnale d’allarme. Leggi le parole intorno.
device-fake-virus-countdown = Agisci entro 60 secondi!
device-fake-virus-countdown-reason = L’orologio vuole farti fretta. I truffatori ti mettono fretta così non chiedi a nessuno.
device-fake-virus-download = Scarica CleanerPro.apk per pulire il tablet
device-fake-virus-download-reason = Questo download potrebbe essere un programma cattivo. Prendi le app solo dallo store ufficiale, con un adulto.
device-fake-virus-phone = Oppure chiama subito il nostro numero di assistenza!
device-fake-virus-phone-reason = I veri produttori di tablet non ti chiedono di chiamare da una pagina web. Non chiamare mai un numero così.
device-fake-virus-menu = Aiuto · Chi siamo · Contatti
device-fake-virus-menu-reason = I link del menu ci sono in quasi tutte le pagine web. Da soli non sono un segnale d’allarme.

## Livello 4: installare una nuova app in modo sicuro

level-device-install-app-title = Una nuova app
level-device-install-app-instruction = Vuoi un nuovo gioco, e un adulto ha detto di sì. Metti i passaggi nell’ordine in cui succedono.
level-device-install-app-learned = Prendi le app dallo store ufficiale e controlla prima la classificazione per età e la Sicurezza dei dati. Dopo l’installazione, consenti solo ciò di cui l’app ha bisogno.
level-device-install-app-hint-1 = Da dove vengono le app sicure?
level-device-install-app-hint-2 = Puoi leggere di un’app solo dopo averla trovata, e può chiederti cose solo dopo essere stata installata.
level-device-install-app-hint-3 = Inizia dallo store ufficiale. La classificazione per età e la Sicurezza dei dati sono nella pagina dell’app.

device-install-app-store = Apri lo store ufficiale (Play Store).
device-install-app-store-reason = Fallo per primo. Le app dello store ufficiale vengono controllate contro i programmi dannosi. Le app da altri posti possono nasconderli.
device-install-app-read = Nella pagina dell’app, controlla età e Sicurezza dei dati.
device-install-app-read-reason = Poi questo. La classificazione per età (PEGI in gran parte d’Europa) dice per chi è l’app. In Sicurezza dei dati chi l’ha fatta dice quali dati raccoglie e condivide.
device-install-app-install = Tocca «Installa».
device-install-app-install-reason = Ora installala, dopo aver letto la sua pagina. Prima di questo, l’app non può chiederti niente.
device-install-app-say-no = Apri l’app. Consenti solo ciò che le serve.
device-install-app-say-no-reason = Le app chiedono mentre le usi, non prima. Tocca «Non consentire» per ciò che non le serve. Puoi cambiarlo dopo nelle Impostazioni.
device-install-app-check = Non la usi più? Cancellala.
device-install-app-check-reason = Fallo per ultimo. Un’app che non usi occupa comunque spazio e potrebbe avere ancora i tuoi dati.

## Livello 5: equilibrio

level-device-screen-time-title = Ora di una pausa?
level-device-screen-time-instruction = Scegli la cosa migliore da fare per te e per il tuo corpo.
level-device-screen-time-learned = Le pause, il sonno e gli amici veri contano più di qualsiasi premio o serie di un gioco.
level-device-screen-time-hint-1 = Pensa ai tuoi occhi, al tuo sonno e al tuo tempo.
level-device-screen-time-hint-2 = Giochi e app cercano di tenerti davanti allo schermo. Sei tu a decidere quando smettere.
level-device-screen-time-hint-3 = Per il forziere: il sonno conta più di qualsiasi premio del gioco.

device-screen-time-eyes-prompt = Hai giocato per due ore. Hai gli occhi stanchi.
device-screen-time-eyes-one-more = Chiedo a un adulto un’altra ora, poi mi riposo.
device-screen-time-eyes-one-more-reason = Gli occhi stanchi hanno bisogno di riposo adesso, non tra un’ora, anche se un adulto dice di sì. Ascolta il tuo corpo.
device-screen-time-eyes-break = Faccio una pausa: guardo lontano e mi muovo.
device-screen-time-eyes-break-reason = Guardare lontano fa riposare gli occhi, e muoversi fa bene al corpo.
device-screen-time-eyes-brighter = Alzo la luminosità e continuo.
device-screen-time-eyes-brighter-reason = Uno schermo più luminoso non aiuta gli occhi stanchi. Hanno bisogno di una pausa lontano dallo schermo.

device-screen-time-chest-prompt = Un gioco dice: «Torna tra 10 minuti per un forziere gratis!» È ora di dormire.
device-screen-time-chest-stay-up = Non dormo per altri 10 minuti per il forziere.
device-screen-time-chest-stay-up-reason = I giochi usano piccoli premi per farti continuare a giocare. Dieci minuti spesso diventano di più.
device-screen-time-chest-alarm = Metto una sveglia per alzarmi di notte.
device-screen-time-chest-alarm-reason = Svegliarsi per un gioco interrompe il sonno. Domani avrai sonno.
device-screen-time-chest-sleep = Vado a dormire. Il forziere può aspettare.
device-screen-time-chest-sleep-reason = Il sonno ti aiuta a crescere, imparare e stare bene. Un premio di un gioco non vale mai il sonno perso.

device-screen-time-streak-prompt = Un amico vuole che tieni viva ogni giorno una serie di messaggi. Oggi hai tanto da fare.
device-screen-time-streak-tell = Scrivo: «Oggi ho da fare, ci sentiamo!»
device-screen-time-streak-tell-reason = Un vero amico capisce. Le app usano le serie per farti tornare, ma l’amicizia non ne ha bisogno.
device-screen-time-streak-homework = Interrompo i compiti per tenere la serie.
device-screen-time-streak-homework-reason = I tuoi compiti contano più di un numero in un’app. La serie non vale lo stress.
device-screen-time-streak-password = Do all’amico la mia password per continuarla.
device-screen-time-streak-password-reason = Non condividere mai la password, neanche con un buon amico. È la chiave del tuo account.
