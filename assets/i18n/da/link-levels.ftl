# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Ord på et link
level-addr-link-words-instruction = Et links ord kan sige hvad som helst. Tjek, hvor hvert link virkelig fører hen. Er det Comet Games?
level-addr-link-words-learned = Et links ord kan sige hvad som helst. Hold fingeren på et link for at se, hvor det virkelig fører hen. I tvivl? Tryk ikke: Åbn selv siden, eller spørg en voksen.
level-addr-link-words-hint-1 = Stol ikke på ordene på linket. Kig på adressen under dem.
level-addr-link-words-hint-2 = Find siden i adressen: endelsen lige før den første enkelte /, og så navnet lige før den.
level-addr-link-words-hint-3 = Det andet links ord siger cometgames, men adressen fører til free-coins.example.

addr-link-words-news-shown = Linket siger: cometgames.example/news
addr-link-words-www-shown = Linket siger: www.cometgames.example
addr-link-words-www-note = Gratis mønter i et link er et trick. Åbn selve spillet for at se rigtige præmier.
addr-link-words-login-shown = Linket siger: Log ind på Comet Games
addr-link-words-login-note = Skriv aldrig en adgangskode efter at have trykket på et link. Åbn selv spillet eller dets side.
addr-link-words-help-shown = Linket siger: Hjælp til voksne

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Hvor fører QR-koden hen?
level-addr-qr-parking-instruction = Du hjælper en voksen med at betale for parkering. Dit kamera viser, hvor hver kode fører hen. Er det Parkwise?
level-addr-qr-parking-learned = En QR-kode er et skjult link. Tjek adressen, dit kamera viser, før du åbner den. Et klistermærke over en kode er et faresignal. Betal kun sammen med en voksen.
level-addr-qr-parking-hint-1 = Du kan ikke læse en QR-kode. Hvad viser kameraet?
level-addr-qr-parking-hint-2 = Læs adressen som et link: endelsen lige før den første enkelte /, og så navnet lige før den.
level-addr-qr-parking-hint-3 = Klistermærkets kode fører til parkwise-pay.example. Det er ikke parkwise.example.

addr-qr-parking-machine-shown = Kode trykt på parkeringsautomaten
addr-qr-parking-sticker-shown = Et klistermærke sat over automatens kode
addr-qr-parking-sticker-note = Et klistermærke over en kode er et faresignal. Betal hellere ved automaten eller i den rigtige app.
addr-qr-parking-fine-shown = En seddel på bilen: »Parkeringsafgift! Scan og betal nu«
addr-qr-parking-fine-note = At skynde på dig for at betale er et trick. Vis det til en voksen. De kan tjekke i den rigtige app.
addr-qr-parking-sign-shown = Kode på det store parkeringsskilt
