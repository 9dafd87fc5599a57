# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged in every language.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Ord på en länk
level-addr-link-words-instruction = En länks ord kan säga vad som helst. Kolla vart varje länk egentligen går. Är det Comet Games?
level-addr-link-words-learned = En länks ord kan säga vad som helst. Håll fingret på en länk för att se vart den egentligen går. Osäker? Tryck inte: öppna webbplatsen själv eller fråga en vuxen.
level-addr-link-words-hint-1 = Lita inte på orden på länken. Titta på adressen under dem.
level-addr-link-words-hint-2 = Hitta webbplatsen i adressen: ändelsen före det första ensamma /, sedan namnet före den.
level-addr-link-words-hint-3 = Den andra länkens ord säger cometgames, men dess adress går till free-coins.example.

addr-link-words-news-shown = Länken säger: cometgames.example/news
addr-link-words-www-shown = Länken säger: www.cometgames.example
addr-link-words-www-note = Gratis mynt i en länk är ett trick. Öppna själva spelet för att se riktiga priser.
addr-link-words-login-shown = Länken säger: Logga in på Comet Games
addr-link-words-login-note = Skriv aldrig ett lösenord efter att du har tryckt på en länk. Öppna spelet eller dess webbplats själv.
addr-link-words-help-shown = Länken säger: Hjälp för vuxna

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Vart går QR-koden?
level-addr-qr-parking-instruction = Du hjälper en vuxen att betala för parkering. Din kamera visar vart varje kod går. Är det Parkwise?
level-addr-qr-parking-learned = En QR-kod är en dold länk. Kolla adressen som kameran visar innan du öppnar den. Ett klistermärke över en kod är en varningssignal. Betala bara tillsammans med en vuxen.
level-addr-qr-parking-hint-1 = Du kan inte läsa en QR-kod. Vad visar kameran?
level-addr-qr-parking-hint-2 = Läs adressen som en länk: ändelsen före det första ensamma /, sedan namnet före den.
level-addr-qr-parking-hint-3 = Klistermärkets kod går till parkwise-pay.example. Det är inte parkwise.example.

addr-qr-parking-machine-shown = Kod tryckt på parkeringsautomaten
addr-qr-parking-sticker-shown = Ett klistermärke över automatens kod
addr-qr-parking-sticker-note = Ett klistermärke över en kod är en varningssignal. Betala vid automaten eller i den riktiga appen i stället.
addr-qr-parking-fine-shown = En lapp på bilen: ”Parkeringsböter! Skanna och betala nu”
addr-qr-parking-fine-note = Att stressa dig att betala är ett trick. Visa det för en vuxen. Den vuxna kan kolla i den riktiga appen.
addr-qr-parking-sign-shown = Kod på den stora parkeringsskylten
