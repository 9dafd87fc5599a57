# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged in every language.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Woorden op een link
level-addr-link-words-instruction = De woorden van een link kunnen alles zeggen. Controleer waar elke link echt naartoe gaat. Is het Comet Games?
level-addr-link-words-learned = De woorden van een link kunnen alles zeggen. Houd je vinger op een link om te zien waar hij echt naartoe gaat. Twijfel je? Tik niet: open de site zelf of vraag het een volwassene.
level-addr-link-words-hint-1 = Vertrouw de woorden op de link niet. Kijk naar het adres eronder.
level-addr-link-words-hint-2 = Zoek de site in dat adres: de uitgang vóór de eerste losse /, dan de naam daarvoor.
level-addr-link-words-hint-3 = De woorden van de tweede link zeggen cometgames, maar het adres gaat naar free-coins.example.

addr-link-words-news-shown = De link zegt: cometgames.example/news
addr-link-words-www-shown = De link zegt: www.cometgames.example
addr-link-words-www-note = Gratis munten in een link zijn een truc. Open het spel zelf om echte prijzen te zien.
addr-link-words-login-shown = De link zegt: Log in bij Comet Games
addr-link-words-login-note = Typ nooit een wachtwoord nadat je op een link hebt getikt. Open het spel of de site zelf.
addr-link-words-help-shown = De link zegt: Hulp voor volwassenen

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Waar gaat de QR-code heen?
level-addr-qr-parking-instruction = Je helpt een volwassene met betalen voor het parkeren. Je camera laat zien waar elke code naartoe gaat. Is het Parkwise?
level-addr-qr-parking-learned = Een QR-code is een verborgen link. Controleer het adres dat je camera laat zien voordat je het opent. Een sticker over een code is een waarschuwingsteken. Betaal alleen samen met een volwassene.
level-addr-qr-parking-hint-1 = Een QR-code kun je niet lezen. Wat laat de camera zien?
level-addr-qr-parking-hint-2 = Lees het adres zoals een link: de uitgang vóór de eerste losse /, dan de naam daarvoor.
level-addr-qr-parking-hint-3 = De code van de sticker gaat naar parkwise-pay.example. Dat is niet parkwise.example.

addr-qr-parking-machine-shown = Code gedrukt op de parkeerautomaat
addr-qr-parking-sticker-shown = Een sticker over de code van de automaat
addr-qr-parking-sticker-note = Een sticker over een code is een waarschuwingsteken. Betaal liever bij de automaat of in de echte app.
addr-qr-parking-fine-shown = Een briefje op de auto: “Parkeerboete! Scan en betaal nu”
addr-qr-parking-fine-note = Je opjagen om te betalen is een truc. Laat het aan een volwassene zien. Die kan het controleren in de echte app.
addr-qr-parking-sign-shown = Code op het grote parkeerbord
