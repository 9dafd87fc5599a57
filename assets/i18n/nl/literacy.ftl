# What the digital-literacy level kinds show around a level's own texts.

answer-next = Volgende
answer-right = Goed zo!
answer-wrong = Niet helemaal.
answer-feedback = { $verdict } { $reason }

pick-screen = Wat zou jij doen?
pick-start = Lees wat er gebeurt en tik dan op het beste antwoord.
pick-progress = Vraag { $current } van { $total }
pick-option-best = Beste antwoord: { $text }
pick-option-not-best = Niet het beste: { $text }

order-screen-steps = Stappen
order-screen-rank = Wachtwoorden
order-start = Tik op de stap die als eerste komt.
order-start-rank = Tik eerst op het zwakste wachtwoord.
order-progress = { $placed } van { $total } op volgorde
order-step-placed = { $number }. { $text }
order-done = { $last } Alles staat op volgorde. Tik op Klaar.

password-screen = Nieuw wachtwoord
password-empty = Tik op de woorden hieronder om een wachtwoord te bouwen.
password-shown = Wachtwoord: { $password }
password-piece = { $text } toevoegen
password-remove = Laatste weghalen
password-clear = Opnieuw beginnen
password-pieces = { $count } { $count ->
        [one] stuk
       *[other] stukken
    } (minstens { $min }, hoogstens { $max })
password-meter-empty = Sterkte: nog niets
password-meter-pending = Sterkte: wordt gemeten …
password-meter-unavailable = De sterktemeter kon niet laden. Controleer de verbinding en verander dan het wachtwoord om het opnieuw te proberen.
password-meter = Sterkte: { $score }. { $time }
password-personal = Pas op! { $reason }
password-build-empty = Begin met een woord. Kies woorden die niets met jou te maken hebben.
password-build-personal = Haal het stuk over jou eruit: mensen die je kennen, kunnen het raden.
password-build-short = Voeg meer woorden toe: gebruik er minstens { $min }.
password-build-weak = Nog niet sterk genoeg. Voeg nog een woord toe, of ruil er een. Probeer “{ $target }” te halen.
password-build-done = Sterk, lang en niets over jou. Tik op Klaar!
password-score-0 = Heel zwak
password-score-1 = Zwak
password-score-2 = Gaat wel
password-score-3 = Sterk
password-score-4 = Heel sterk
password-time-instantly = Een computer raadt het in minder dan een minuut.
password-time-minutes = Een computer raadt het in een paar minuten.
password-time-hours = Een computer raadt het in een paar uur.
password-time-days = Een computer heeft dagen nodig om het te raden.
password-time-years = Een computer heeft jaren nodig om het te raden.
password-time-centuries = Een computer heeft honderden jaren nodig om het te raden.
# When the guidance holds a password back, the meter says why instead of the guessing time.
password-meter-limited = Sterkte: { $score }. { $limit }
password-limit-short = Te kort om sterk te zijn. Maak het 15 letters of langer.
password-limit-few-words = Sterke wachtwoorden hebben minstens drie willekeurige woorden.
password-limit-common-words = Deze woorden zijn heel gewoon. Ruil er een voor een zeldzamer woord.

address-screen = Link
address-claim = Deze link zegt dat hij naar { $brand } gaat.
address-start = Lees het adres vanaf het einde van de naam, niet vanaf het begin.
address-find = Tik op het deel dat de site noemt.
address-judge = Is dit de site van { $brand }?
address-yes = Ja, het is { $brand }
address-no = Nee, dat is het niet
address-part = Deel van het adres: { $text }
address-progress = Link { $current } van { $total }
address-found = Ja! Dit deel noemt de site: { $site }. Is het { $brand }?
address-verdict-real = Deze link gaat naar { $site }, de echte site van { $brand }.
address-verdict-other = Deze link gaat naar { $site }, niet naar { $brand }. De naam { $brand } ergens anders in de link is alleen een vermomming.
address-verdict-lookalike = Kijk goed: sommige letters komen uit een ander alfabet. De browser leest { $real }, en dat is niet { $brand }.
address-part-scheme = “https://” betekent alleen dat niemand onderweg kan meeluisteren. Het zegt niet wie de site beheert.
address-part-user = De browser gaat niet naar wat vóór een @ staat. Oplichters zetten daar een bekende naam.
address-part-subdomain = Dit is alleen een voorstuk. De eigenaar van de site kan hier elk woord neerzetten, zelfs een bekende naam.
address-part-site = Dit deel noemt de site: de uitgang en de naam er vlak voor. Het vertelt je wie de site beheert.
address-part-port = Dit getal is een deur naar de site. Het zegt niet wie de site beheert.
address-part-path = Dit deel komt na de naam van de site. De eigenaar kan hier alles neerzetten.
address-part-query = Dit deel komt na de naam van de site. De eigenaar kan hier alles neerzetten.
address-part-fragment = Dit deel springt alleen naar een plek op de pagina. Het zegt niet wie de site beheert.
address-shown = { $words } — hij gaat echt naar:
address-verdict-shown = De woorden erop zeggen het een, maar hij gaat naar { $site }, niet naar { $brand }.
address-verdict-note = { $reason } { $note }
