# Scam Spotters, part two: where a link or a QR code really goes (read_address levels with
# words shown first). Level files: assets/levels/addr-link-words.json, addr-qr-parking.json.
# Each link has the words the pupil sees first ("-shown"); the game then shows the address
# it really goes to. Some links have a note, shown with the answer: what to do instead.
# Brand names and addresses are made up and stay unchanged in every language.

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = Wörter auf einem Link
level-addr-link-words-instruction = Auf einem Link kann alles stehen. Prüf, wohin jeder Link wirklich führt. Ist es Comet Games?
level-addr-link-words-learned = Auf einem Link kann alles stehen. Halte den Finger auf einen Link, dann siehst du, wohin er wirklich führt. Unsicher? Tipp nicht: Öffne die Seite selbst oder frag einen Erwachsenen.
level-addr-link-words-hint-1 = Trau den Wörtern auf dem Link nicht. Schau dir die Adresse darunter an.
level-addr-link-words-hint-2 = Such in dieser Adresse die Seite: die Endung vor dem ersten einzelnen /, dann den Namen davor.
level-addr-link-words-hint-3 = Auf dem zweiten Link steht cometgames, aber seine Adresse führt zu free-coins.example.

addr-link-words-news-shown = Auf dem Link steht: cometgames.example/news
addr-link-words-www-shown = Auf dem Link steht: www.cometgames.example
addr-link-words-www-note = Gratis-Münzen über einen Link sind ein Trick. Öffne das Spiel selbst, dort siehst du echte Preise.
addr-link-words-login-shown = Auf dem Link steht: Bei Comet Games anmelden
addr-link-words-login-note = Gib nie ein Passwort ein, nachdem du auf einen Link getippt hast. Öffne das Spiel oder seine Seite selbst.
addr-link-words-help-shown = Auf dem Link steht: Hilfe für Erwachsene

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = Wohin führt der QR-Code?
level-addr-qr-parking-instruction = Du hilfst einem Erwachsenen, das Parken zu bezahlen. Die Kamera zeigt, wohin jeder Code führt. Ist es Parkwise?
level-addr-qr-parking-learned = Ein QR-Code ist ein versteckter Link. Prüf die Adresse, die deine Kamera zeigt, bevor du sie öffnest. Ein Aufkleber über einem Code ist ein Warnzeichen. Bezahl nur zusammen mit einem Erwachsenen.
level-addr-qr-parking-hint-1 = Einen QR-Code kannst du nicht lesen. Was zeigt dir die Kamera?
level-addr-qr-parking-hint-2 = Lies die Adresse wie einen Link: die Endung vor dem ersten einzelnen /, dann den Namen davor.
level-addr-qr-parking-hint-3 = Der Code auf dem Aufkleber führt zu parkwise-pay.example. Das ist nicht parkwise.example.

addr-qr-parking-machine-shown = Aufgedruckter Code am Parkautomaten
addr-qr-parking-sticker-shown = Ein Aufkleber über dem Code des Automaten
addr-qr-parking-sticker-note = Ein Aufkleber über einem Code ist ein Warnzeichen. Besser am Automaten oder in der echten App bezahlen.
addr-qr-parking-fine-shown = Ein Zettel am Auto: „Strafzettel! Jetzt scannen und zahlen“
addr-qr-parking-fine-note = Wer dich zum schnellen Zahlen drängt, will dich reinlegen. Zeig den Zettel einem Erwachsenen. Zusammen könnt ihr es in der echten App prüfen.
addr-qr-parking-sign-shown = Code auf dem großen Schild am Parkplatz
