# Il mondo «Cercatori di Fatti»: valutare le informazioni. Persone, luoghi, siti e marchi sono
# inventati: nomi, indirizzi e numeri restano uguali.

world-fact-finders = Cercatori di Fatti

fact-bin-trustworthy = Sembra affidabile
fact-bin-check-first = Prima controlla
fact-bin-advert = Pubblicità
fact-bin-not-advert = Non è pubblicità

## Livello 1: titoli

level-fact-headlines-title = Controllo dei titoli
level-fact-headlines-instruction = Questo titolo sembra affidabile, o devi prima controllarlo?
level-fact-headlines-learned = Fidati delle notizie di chi sa davvero, come il tuo comune o la tua scuola. Controlla prima le notizie che urlano, che stupiscono o senza nome.
level-fact-headlines-hint-1 = Chiediti: chi lo dice, e come fa a saperlo?
level-fact-headlines-hint-2 = Urla, segreti e promesse incredibili vogliono dire: prima controlla. Le notizie di tutti i giorni da chi è responsabile sembrano affidabili.
level-fact-headlines-hint-3 = Il titolo sui gatti urla e parla di un grande segreto. Prima controllalo!

fact-headlines-cats = INCREDIBILE!!! I gatti parlano, gli scienziati lo nascondono!
fact-headlines-cats-reason = Maiuscole, tanti «!» e un grande segreto sono segnali d’allarme. Prima cerca la notizia su siti affidabili.
fact-headlines-library = Sito del comune: la biblioteca apre tardi il giovedì
fact-headlines-library-reason = È il comune a gestire la biblioteca, quindi il suo sito conosce gli orari.
fact-headlines-grow = Con questo trucco cresci di 10 cm in una notte!
fact-headlines-grow-reason = Sembra troppo bello per essere vero. Titoli così vogliono i tuoi clic, non darti fatti.
fact-headlines-weather = Servizio meteo: pioggia prevista sabato
fact-headlines-weather-reason = Fare previsioni è il lavoro del servizio meteo. È il posto giusto per questa notizia.
fact-headlines-no-name = Post senza nome: tutte le scuole chiudono per un mese!
fact-headlines-no-name-reason = Nessuno dice chi l’ha scritto. Una notizia così grande sarebbe sul sito della scuola o del comune.
fact-headlines-sports-day = Notizie della scuola: festa dello sport spostata a venerdì
fact-headlines-sports-day-reason = La tua scuola conosce i suoi piani. Le notizie della scuola stessa sono una buona fonte.

## Livello 2: pubblicità o no?

level-fact-ad-or-not-title = Pubblicità o no?
level-fact-ad-or-not-instruction = È pubblicità? Metti ogni carta nella scatola giusta.
level-fact-ad-or-not-learned = La pubblicità vuole farti comprare qualcosa. Cerca etichette come «Sponsorizzato», «Pubblicità» o «#adv».
level-fact-ad-or-not-hint-1 = Chiediti: qualcuno vuole che io compri qualcosa?
level-fact-ad-or-not-hint-2 = «Sponsorizzato», «Pubblicità» e «#adv» vogliono dire che qualcuno ha pagato perché sia lì.
level-fact-ad-or-not-hint-3 = La finestra delle gemme e il post con «#adv» sono pubblicità.

fact-ad-or-not-sponsored = Sponsorizzato: prova i nuovi cereali Crunchy Stars!
fact-ad-or-not-sponsored-reason = «Sponsorizzato» vuol dire che un’azienda ha pagato per mostrartelo. Vuole che compri i suoi cereali.
fact-ad-or-not-news = Notizia: a Riverton apre un nuovo ponte
fact-ad-or-not-news-reason = Una notizia ti dice che cosa è successo. Nessuno ti vende niente.
fact-ad-or-not-influencer = Mia_Plays: adoro queste scarpe da ginnastica! #adv
fact-ad-or-not-influencer-reason = «#adv» vuol dire che un’azienda ha pagato Mia per questo post. È pagata per dire che le adora.
fact-ad-or-not-encyclopedia = Voce di enciclopedia: come le api fanno il miele
fact-ad-or-not-encyclopedia-reason = Un’enciclopedia spiega le cose. Non cerca di venderti il miele.
fact-ad-or-not-search = Primo risultato di ricerca, con «Sponsorizzato»
fact-ad-or-not-search-reason = L’azienda ha pagato per stare in cima. La risposta migliore potrebbe essere più in basso.
fact-ad-or-not-gems = Finestra del gioco: compra subito 500 gemme!
fact-ad-or-not-gems-reason = Il gioco vuole che spendi soldi veri. Chiedi sempre a un adulto prima di comprare qualcosa.
fact-ad-or-not-friend = Post di un’amica: guarda il mio castello di sabbia!
fact-ad-or-not-friend-reason = La tua amica condivide qualcosa di divertente. Nessuno ha pagato, quindi non è pubblicità.

## Livello 3: dove cercare

level-fact-which-source-title = Dove cercare?
level-fact-which-source-instruction = Scegli ogni volta la risposta migliore.
level-fact-which-source-learned = Cerca i fatti dove li scrivono gli esperti. Controlla una storia su siti affidabili prima di crederci o di condividerla.
level-fact-which-source-hint-1 = Chiediti: chi l’ha fatto, e ne sa davvero qualcosa?
level-fact-which-source-hint-2 = Le buone fonti dicono chi le ha fatte, e gli esperti le controllano.
level-fact-which-source-hint-3 = Per i fatti sui vulcani, scegli l’enciclopedia o il sito del museo.

fact-which-source-volcanoes = Per i compiti ti servono fatti sui vulcani. Dove cerchi?
fact-which-source-volcanoes-video = Nel primo video divertente che trovo.
fact-which-source-volcanoes-video-reason = I video divertenti vogliono farti ridere. Possono sbagliare i fatti.
fact-which-source-volcanoes-encyclopedia = Enciclopedia per ragazzi o sito di un museo.
fact-which-source-volcanoes-encyclopedia-reason = Ottimo! Li scrivono e li controllano esperti. Dicono chi li ha fatti.
fact-which-source-volcanoes-game-chat = Chiedo in una chat di gioco. Qualcuno lo saprà.
fact-which-source-volcanoes-game-chat-reason = Nella chat di un gioco la gente potrebbe tirare a indovinare. Non puoi sapere se sa davvero.
fact-which-source-chocolate = Un video dice: «Mangiare cioccolato cura il raffreddore!» Che cosa fai?
fact-which-source-chocolate-believe = Al prossimo raffreddore mangio tanto cioccolato.
fact-which-source-chocolate-believe-reason = Un video non è una prova. Tanto cioccolato non fa passare il raffreddore.
fact-which-source-chocolate-share = Lo mando alla nonna così resta in salute.
fact-which-source-chocolate-share-reason = Anche la nonna potrebbe crederci, e non è vero. Prima controlla, poi condividi solo ciò che è vero.
fact-which-source-chocolate-check = Chiedo a un adulto di aiutarmi a controllare.
fact-which-source-chocolate-check-reason = Giusto! Insieme potete cercare su un sito di salute affidabile. I medici sanno tutto sul raffreddore.
fact-which-source-screenshot = Qualcuno condivide nella chat di classe uno screenshot di una «notizia». Non c’è nessun link.
fact-which-source-screenshot-search = La cerco su un sito di notizie affidabile.
fact-which-source-screenshot-search-reason = Ottimo lavoro da detective! Se è vera, anche i siti di notizie affidabili ce l’hanno.
fact-which-source-screenshot-forward = La giro alle altre chat, così tutti lo sanno.
fact-which-source-screenshot-forward-reason = Senza un link non puoi sapere chi l’ha fatta. Potrebbe essere inventata.
fact-which-source-screenshot-believe = Ci credo: uno screenshot è una prova.
fact-which-source-screenshot-believe-reason = Chiunque può fare un’immagine che sembra una notizia. Gli screenshot si falsificano facilmente.

## Livello 4: una pagina di notizie false

level-fact-fake-news-page-title = Ultima ora?
level-fact-fake-news-page-instruction = Tocca ogni segnale d’allarme in questa pagina di notizie.
level-fact-fake-news-page-learned = Le notizie false spesso urlano, nascondono chi le ha scritte, fanno passare storie vecchie per nuove e ti mettono fretta di condividere.
level-fact-fake-news-page-hint-1 = Leggila come un detective: chi l’ha scritta, e quando?
level-fact-fake-news-page-hint-2 = Urla, un nome che manca, una data vecchia e la fretta di condividere sono segnali d’allarme.
level-fact-fake-news-page-hint-3 = Guarda il titolo, la riga dell’autore e la data.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Non hai mai sentito parlare di questo sito. Chiunque può mettere «verità» in un nome, quindi scopri chi lo gestisce.
fact-fake-news-page-menu = Home · Notizie · Sport
fact-fake-news-page-menu-reason = La maggior parte dei siti di notizie ha un menu così. Non è un segnale d’allarme.
fact-fake-news-page-headline = UOVO DI DINOSAURO SI SCHIUDE A MAPLETON PARK!!!
fact-fake-news-page-headline-reason = Maiuscole e tanti «!» cercano di agitarti. Le notizie vere ti informano con calma.
fact-fake-news-page-author = Scritto da: (nessun nome)
fact-fake-news-page-author-reason = Le notizie vere dicono chi le ha scritte. Senza nome, nessuno risponde della storia.
fact-fake-news-page-date = Pubblicato 6 anni fa, ma segnato «NUOVO!»
fact-fake-news-page-date-reason = Questa storia vecchia viene condivisa come se fosse successa oggi. Controlla sempre la data.
fact-fake-news-page-photo = Foto: un parco tranquillo con alberi
fact-fake-news-page-photo-reason = Una foto normale da sola non è un segnale d’allarme. Leggi anche le parole intorno.
fact-fake-news-page-share = Condividi prima che lo cancellino!
fact-fake-news-page-share-reason = Vuole farti avere fretta e non pensare. Le notizie vere non ti pregano di condividerle.

## Livello 5: controlla una storia prima di condividerla

level-fact-check-a-story-title = Fermati e controlla
level-fact-check-a-story-instruction = Vedi una storia sorprendente. Metti in ordine i passaggi di chi verifica i fatti.
level-fact-check-a-story-learned = Chi verifica i fatti prima si ferma, poi scopre chi ha fatto la storia, poi la cerca su siti affidabili, e solo alla fine decide se condividerla.
level-fact-check-a-story-hint-1 = Che cosa devi fare prima che il tuo dito tocchi «Condividi»?
level-fact-check-a-story-hint-2 = Chi verifica i fatti guarda chi ha fatto una storia prima di cercare altrove. Decidere viene per ultimo.
level-fact-check-a-story-hint-3 = Il passaggio 1 è fermarsi e non condividere ancora.

fact-check-a-story-stop = Fermati: non condividerla ancora.
fact-check-a-story-stop-reason = Fallo per primo. Chi verifica i fatti inizia fermandosi: una volta condivisa una storia, non puoi riprenderla.
fact-check-a-story-who = Scopri chi l’ha fatta, e perché.
fact-check-a-story-who-reason = Poi guarda la fonte. Vuole informarti, venderti qualcosa o avere clic?
fact-check-a-story-others = Cercala su altri siti affidabili. Controlla la data.
fact-check-a-story-others-reason = Poi confronta. Se è vera, ne parlano anche i siti di notizie affidabili. Le storie vecchie spesso vengono condivise come nuove.
fact-check-a-story-decide = Poi decidi: condividerla o no.
fact-check-a-story-decide-reason = Decidi per ultimo, quando sai chi l’ha fatta e chi altro ne parla. Condividi solo ciò che hai controllato.
