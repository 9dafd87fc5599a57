# What the digital-literacy level kinds show around a level's own texts.

answer-next = Næste
answer-right = Rigtigt!
answer-wrong = Ikke helt.
answer-feedback = { $verdict } { $reason }

pick-screen = Hvad ville du gøre?
pick-start = Læs, hvad der sker, og tryk så på det bedste svar.
pick-progress = Spørgsmål { $current } af { $total }
pick-option-best = Bedste svar: { $text }
pick-option-not-best = Ikke det bedste: { $text }

order-screen-steps = Trin
order-screen-rank = Adgangskoder
order-start = Tryk på det trin, der kommer først.
order-start-rank = Tryk først på den svageste adgangskode.
order-progress = { $placed } af { $total } i rækkefølge
order-step-placed = { $number }. { $text }
order-done = { $last } Alt er i den rigtige rækkefølge. Tryk på »Færdig«.

password-screen = Ny adgangskode
password-empty = Tryk på ordene nedenfor for at bygge en adgangskode.
password-shown = Adgangskode: { $password }
password-piece = Tilføj { $text }
password-remove = Fjern den sidste
password-clear = Start forfra
password-pieces = { $count } { $count ->
        [one] del
       *[other] dele
    } (mindst { $min }, højst { $max })
password-meter-empty = Styrke: intet endnu
password-meter-pending = Styrke: måler …
password-meter-unavailable = Styrkemåleren kunne ikke hentes. Tjek forbindelsen, og ret så adgangskoden for at prøve igen.
password-meter = Styrke: { $score }. { $time }
password-personal = Pas på! { $reason }
password-build-empty = Start med et ord. Vælg ord, der ikke har noget med dig at gøre.
password-build-personal = Tag delen om dig ud: Folk, der kender dig, kunne gætte den.
password-build-short = Tilføj flere ord: Brug mindst { $min }.
password-build-weak = Ikke stærk nok endnu. Tilføj et ord, eller byt et ud. Gå efter »{ $target }«.
password-build-done = Stærk, lang og intet om dig. Tryk på »Færdig«!
password-score-0 = Meget svag
password-score-1 = Svag
password-score-2 = Middel
password-score-3 = Stærk
password-score-4 = Meget stærk
password-time-instantly = En computer gætter den på under et minut.
password-time-minutes = En computer gætter den på nogle minutter.
password-time-hours = En computer gætter den på nogle timer.
password-time-days = En computer skal bruge dage på at gætte den.
password-time-years = En computer skal bruge år på at gætte den.
password-time-centuries = En computer skal bruge hundreder af år på at gætte den.
password-meter-limited = Styrke: { $score }. { $limit }
password-limit-short = For kort til at være stærk. Gør den 15 bogstaver eller længere.
password-limit-few-words = Stærke adgangskoder har mindst tre tilfældige ord.
password-limit-common-words = Disse ord er meget almindelige. Byt et ud med et sjældnere ord.

address-screen = Link
address-claim = Dette link siger, at det fører til { $brand }.
address-start = Læs adressens navn bagfra, ikke forfra.
address-find = Tryk på den del, der navngiver siden.
address-judge = Er det siden for { $brand }?
address-yes = Ja, det er { $brand }
address-no = Nej, det er det ikke
address-part = Del af adressen: { $text }
address-progress = Link { $current } af { $total }
address-found = Ja! Denne del navngiver siden: { $site }. Er det { $brand }?
address-verdict-real = Dette link fører til { $site }, den rigtige side for { $brand }.
address-verdict-other = Dette link fører til { $site }, ikke til { $brand }. Navnet { $brand } andre steder i linket er kun en forklædning.
address-verdict-lookalike = Se godt efter: Nogle bogstaver kommer fra et andet alfabet. Browseren læser { $real }, og det er ikke { $brand }.
address-part-scheme = »https://« betyder kun, at ingen kan lytte med undervejs. Det siger ikke, hvem der driver siden.
address-part-user = Browseren går ikke til det, der står før et @. Svindlere sætter et kendt navn der.
address-part-subdomain = Dette er kun en del foran. Ejeren af siden kan skrive hvilket som helst ord her, også et kendt navn.
address-part-site = Denne del navngiver siden: endelsen og navnet lige før den. Den fortæller dig, hvem der driver siden.
address-part-port = Dette tal er en dør ind til siden. Det siger ikke, hvem der driver den.
address-part-path = Denne del kommer efter sidens navn. Ejeren kan skrive hvad som helst her.
address-part-query = Denne del kommer efter sidens navn. Ejeren kan skrive hvad som helst her.
address-part-fragment = Denne del hopper kun til et sted på siden. Den siger ikke, hvem der driver siden.
address-shown = { $words } — det fører i virkeligheden til:
address-verdict-shown = Ordene på det siger én ting, men det fører til { $site }, ikke til { $brand }.
address-verdict-note = { $reason } { $note }
