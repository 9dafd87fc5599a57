# Ciò che i tipi di livello di cittadinanza digitale mostrano intorno ai testi del livello.

answer-next = Avanti
answer-right = Giusto!
answer-wrong = Non proprio.
answer-feedback = { $verdict } { $reason }

pick-screen = Che cosa faresti?
pick-start = Leggi che cosa succede, poi tocca la risposta migliore.
pick-progress = Domanda { $current } di { $total }
pick-option-best = Risposta migliore: { $text }
pick-option-not-best = Non la migliore: { $text }

order-screen-steps = Passaggi
order-screen-rank = Password
order-start = Tocca il passaggio che viene per primo.
order-start-rank = Tocca per prima la password più debole.
order-progress = { $placed } di { $total } in ordine
order-step-placed = { $number }. { $text }
order-done = { $last } È tutto in ordine. Tocca Fine.

password-screen = Nuova password
password-empty = Tocca le parole qui sotto per costruire una password.
password-shown = Password: { $password }
password-piece = Aggiungi { $text }
password-remove = Togli l’ultimo
password-clear = Ricomincia
password-pieces = { $count } { $count ->
        [one] pezzo
        [many] pezzi
       *[other] pezzi
    } (almeno { $min }, al massimo { $max })
password-meter-empty = Forza: ancora niente
password-meter-pending = Forza: sto misurando …
password-meter-unavailable = Il misuratore di forza non si è caricato. Controlla la connessione, poi cambia la password per riprovare.
password-meter = Forza: { $score }. { $time }
password-personal = Attenzione! { $reason }
password-build-empty = Inizia con una parola. Scegli parole che non hanno niente a che fare con te.
password-build-personal = Togli il pezzo che parla di te: chi ti conosce potrebbe indovinarlo.
password-build-short = Aggiungi altre parole: usane almeno { $min }.
password-build-weak = Non è ancora abbastanza forte. Aggiungi un’altra parola, o cambiane una. Punta a «{ $target }».
password-build-done = Forte, lunga e niente su di te. Tocca Fine!
password-score-0 = Molto debole
password-score-1 = Debole
password-score-2 = Così così
password-score-3 = Forte
password-score-4 = Molto forte
password-time-instantly = Un computer la indovina in meno di un minuto.
password-time-minutes = Un computer la indovina in pochi minuti.
password-time-hours = Un computer la indovina in qualche ora.
password-time-days = A un computer servono giorni per indovinarla.
password-time-years = A un computer servono anni per indovinarla.
password-time-centuries = A un computer servono centinaia di anni per indovinarla.
password-meter-limited = Forza: { $score }. { $limit }
password-limit-short = Troppo corta per essere forte. Falla di 15 lettere o più.
password-limit-few-words = Le password forti hanno almeno tre parole a caso.
password-limit-common-words = Queste parole sono molto comuni. Cambiane una con una parola più rara.

address-screen = Link
address-claim = Questo link dice che porta a { $brand }.
address-start = Leggi l’indirizzo dalla fine del suo nome, non dall’inizio.
address-find = Tocca la parte che dà il nome al sito.
address-judge = È il sito di { $brand }?
address-yes = Sì, è { $brand }
address-no = No, non lo è
address-part = Parte dell’indirizzo: { $text }
address-progress = Link { $current } di { $total }
address-found = Sì! Questa parte dà il nome al sito: { $site }. È { $brand }?
address-verdict-real = Questo link porta a { $site }, il vero sito di { $brand }.
address-verdict-other = Questo link porta a { $site }, non a { $brand }. Il nome { $brand } in un altro punto è solo un travestimento.
address-verdict-lookalike = Guarda bene: alcune lettere vengono da un altro alfabeto. Il browser legge { $real }, che non è { $brand }.
address-part-scheme = «https://» vuol dire solo che nessuno può ascoltare lungo la strada. Non ti dice chi gestisce il sito.
address-part-user = Il browser non va a ciò che sta prima di una @. I truffatori ci mettono un nome famoso.
address-part-subdomain = Questa è solo una parte davanti. Il proprietario del sito può scriverci qualsiasi parola, anche un nome famoso.
address-part-site = Questa parte dà il nome al sito: la parte finale e il nome subito prima. Ti dice chi gestisce il sito.
address-part-port = Questo numero è una porta del sito. Non ti dice chi lo gestisce.
address-part-path = Questa parte viene dopo il nome del sito. Il proprietario può scriverci qualsiasi cosa.
address-part-query = Questa parte viene dopo il nome del sito. Il proprietario può scriverci qualsiasi cosa.
address-part-fragment = Questa parte salta solo a un punto della pagina. Non ti dice chi gestisce il sito.
address-shown = { $words } — in realtà porta a:
address-verdict-shown = Le parole dicono una cosa, ma il link porta a { $site }, non a { $brand }.
address-verdict-note = { $reason } { $note }
