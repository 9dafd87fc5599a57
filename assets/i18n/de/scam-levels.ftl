# The "Scam Spotters" world: levels where the pupil taps the red flags on a mock screen.
# Level files under assets/levels/flags-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints, then each part of the screen (top to bottom) and the
# reason shown when it is tapped. Part texts stay short (about 60 characters at most).
# All people, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains and fictional phone numbers.

world-scam-spotters = Schwindel-Detektive

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Du hast gewonnen?
level-flags-prize-message-instruction = Tippe auf jedes Warnzeichen in dieser Nachricht.
level-flags-prize-message-learned = Ein Überraschungsgewinn von Fremden ist ein Trick, also schick ihnen nie deine Daten.
level-flags-prize-message-hint-1 = Lies jede Zeile langsam. Würde ein Freund so schreiben?
level-flags-prize-message-hint-2 = Fremde, Überraschungsgewinne und Fragen nach dir sind Warnzeichen.
level-flags-prize-message-hint-3 = Schau, wer schreibt, was du gewinnen sollst und was sie von dir wollen.

flags-prize-message-sender = Von: +44 7700 900123 (unbekannte Nummer)
flags-prize-message-sender-reason = Du kennst diese Nummer nicht. Sei vorsichtig, wenn dir Fremde schreiben.
flags-prize-message-greeting = Hallo du!
flags-prize-message-greeting-reason = Ein freundliches Hallo ist normal. Allein ist es kein Warnzeichen.
flags-prize-message-prize = Glückwunsch! Du hast ein neues Tablet gewonnen!
flags-prize-message-prize-reason = Es gab kein Gewinnspiel, aber einen Gewinn? Ein Überraschungsgewinn von Fremden ist ein Trick.
flags-prize-message-picture = Bild: ein glänzendes Tablet mit roter Schleife
flags-prize-message-picture-reason = Ein Bild allein ist kein Warnzeichen. Lies auch die Wörter drumherum.
flags-prize-message-request = Schick uns dafür deinen Namen und deine Adresse.
flags-prize-message-request-reason = Gib Fremden nie deine Adresse. Frag einen Erwachsenen, bevor du antwortest.
flags-prize-message-signoff = Hab einen schönen Tag!
flags-prize-message-signoff-reason = Ein netter Gruß ist normal. Nette Worte allein machen eine Nachricht nicht gut oder schlecht.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = Die Paket-E-Mail
level-flags-parcel-email-instruction = Tippe auf jedes Warnzeichen in dieser E-Mail.
level-flags-parcel-email-learned = Eine echte Firma hetzt dich nie und fragt in einer E-Mail nie nach deinem Passwort.
level-flags-parcel-email-hint-1 = Lies jede Zeile. Kommt das wirklich von einer Paketfirma?
level-flags-parcel-email-hint-2 = Falsche E-Mails kommen von seltsamen Adressen, machen Druck und wollen Geheimnisse.
level-flags-parcel-email-hint-3 = Schau auf den Absender, die Frist, den Link und was du eintippen sollst.

flags-parcel-email-sender = Von: QuickBox Pakete <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = Eine Paketfirma schreibt von ihrer eigenen Adresse. Das hier ist nur eine Gratis-Mail-Adresse.
flags-parcel-email-subject = Betreff: Wir konnten dein Paket nicht liefern
flags-parcel-email-subject-reason = Manchmal wird ein Paket wirklich verpasst. Der Betreff allein ist kein Warnzeichen.
flags-parcel-email-greeting = Hallo,
flags-parcel-email-greeting-reason = Ein einfaches Hallo ist normal. Allein ist es kein Warnzeichen.
flags-parcel-email-urgency = Zahl in 1 Stunde eine kleine Gebühr, sonst geht es zurück!
flags-parcel-email-urgency-reason = Betrüger machen Druck, damit du nicht nachdenkst. Eine echte Firma lässt dir Zeit.
flags-parcel-email-link = Klicke hier: parcel-help.example/pay-now
flags-parcel-email-link-reason = Der Link führt zu parcel-help, nicht zu QuickBox. Bitte einen Erwachsenen, auf der echten Webseite nachzusehen.
flags-parcel-email-request = Dann tippe dein Passwort und deine Kartennummer ein.
flags-parcel-email-request-reason = Keine Paketfirma braucht dein Passwort. Gib nach einem E-Mail-Link nie Passwort oder Kartennummer ein.
flags-parcel-email-signoff = Danke, dein QuickBox-Team
flags-parcel-email-signoff-reason = Mit einem Namen zu unterschreiben ist normal. Aber jeder kann jeden Namen tippen, also prüf auch die anderen Zeilen.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = Das Super-Angebot
level-flags-fake-shop-instruction = Tippe auf jedes Warnzeichen auf dieser Shop-Seite.
level-flags-fake-shop-learned = Prüf die Adresse und den Preis eines Shops, und gib in einem Chat nie Passwort oder Kartennummer ein.
level-flags-fake-shop-hint-1 = Fang oben an. Lies die Adresse Buchstabe für Buchstabe.
level-flags-fake-shop-hint-2 = Falsche Shops kopieren echte Namen, haben winzige Preise und machen Druck.
level-flags-fake-shop-hint-3 = Schau auf die Adresse, den Preis, die Uhr und den Chat.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Schau genau hin: Da steht eine Null, kein o. Falsche Shops kopieren die Namen echter Shops.
flags-fake-shop-welcome = Willkommen bei Jollytoy!
flags-fake-shop-welcome-reason = Eine Begrüßung ist normal auf einer Shop-Seite. Allein ist sie kein Warnzeichen.
flags-fake-shop-picture = Bild: eine Spielkonsole mit zwei Controllern
flags-fake-shop-picture-reason = Shops zeigen Bilder von dem, was sie verkaufen. Das ist normal.
flags-fake-shop-price = Spielkonsole: nur 5 € (vorher 400 €)
flags-fake-shop-price-reason = Eine Konsole kostet nie so wenig. Ein Preis, der zu schön ist, um wahr zu sein, ist ein Trick.
flags-fake-shop-countdown = Angebot endet in 04:59!
flags-fake-shop-countdown-reason = Die tickende Uhr will, dass du dich beeilst. Falsche Shops machen Druck, damit du nichts prüfst.
flags-fake-shop-delivery = Die Lieferung dauert 3 bis 5 Tage.
flags-fake-shop-delivery-reason = Shops sagen dir, wie lange die Lieferung dauert. Das ist normal.
flags-fake-shop-chat = Chat: Schick uns hier dein Passwort und deine Kartennummer.
flags-fake-shop-chat-reason = Ein echter Shop fragt nie nach deinem Passwort. Kartennummern gehören nie in einen Chat.
