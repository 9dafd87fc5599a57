# The "Scam Spotters" world: levels where the pupil taps the red flags on a mock screen.
# Level files under assets/levels/flags-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints, then each part of the screen (top to bottom) and the
# reason shown when it is tapped. Part texts stay short (about 60 characters at most).
# All people, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains. No phone numbers: a number's format would
# belong to one country.

world-scam-spotters = Schwindel-Detektive

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = Du hast gewonnen?
level-flags-prize-message-instruction = Tippe auf jedes Warnzeichen in dieser Nachricht.
level-flags-prize-message-learned = Ein Überraschungsgewinn von Fremden ist ein Trick, also schick ihnen nie deine Daten.
level-flags-prize-message-hint-1 = Lies jede Zeile langsam. Würde ein Freund so schreiben?
level-flags-prize-message-hint-2 = Fremde, Überraschungsgewinne und Fragen nach dir sind Warnzeichen.
level-flags-prize-message-hint-3 = Schau, wer die Nachricht geschickt hat. Weiter unten sind noch zwei Warnzeichen.

flags-prize-message-sender = Von: Unbekannte Nummer
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
level-flags-parcel-email-learned = Eine echte Firma fragt in einer E-Mail nie nach deinem Passwort. Wer dich hetzt, will dich reinlegen.
level-flags-parcel-email-hint-1 = Lies jede Zeile. Kommt das wirklich von einer Paketfirma?
level-flags-parcel-email-hint-2 = Falsche E-Mails kommen von seltsamen Adressen, machen Druck und wollen Geheimnisse.
level-flags-parcel-email-hint-3 = Schau, wer die E-Mail geschickt hat, und schau auf den Link. Es gibt noch mehr Warnzeichen.

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
level-flags-fake-shop-hint-1 = Fang oben an. Würde ein echter Shop das alles machen?
level-flags-fake-shop-hint-2 = Falsche Shops kopieren echte Namen, haben winzige Preise und machen Druck.
level-flags-fake-shop-hint-3 = Lies die Adresse Buchstabe für Buchstabe: Darin steckt eine Zahl. Weiter unten sind noch drei Warnzeichen.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = Schau genau hin: Da steht eine Null, kein o. Falsche Shops kopieren die Namen echter Shops.
flags-fake-shop-welcome = Willkommen bei Jollytoy!
flags-fake-shop-welcome-reason = Eine Begrüßung ist normal auf einer Shop-Seite. Allein ist sie kein Warnzeichen.
flags-fake-shop-picture = Bild: eine Spielkonsole mit zwei Controllern
flags-fake-shop-picture-reason = Shops zeigen Bilder von dem, was sie verkaufen. Das ist normal.
flags-fake-shop-price = Spielkonsole: 99 % billiger als sonst
flags-fake-shop-price-reason = So billig ist eine Konsole nie. Ein Preis, der zu schön ist, um wahr zu sein, ist ein Trick.
flags-fake-shop-countdown = Angebot endet in 04:59!
flags-fake-shop-countdown-reason = Die tickende Uhr will, dass du dich beeilst. Falsche Shops machen Druck, damit du nichts prüfst.
flags-fake-shop-delivery = Die Lieferung dauert 3 bis 5 Tage.
flags-fake-shop-delivery-reason = Shops sagen dir, wie lange die Lieferung dauert. Das ist normal.
flags-fake-shop-chat = Chat: Schick uns hier dein Passwort und deine Kartennummer.
flags-fake-shop-chat-reason = Ein echter Shop fragt nie nach deinem Passwort. Kartennummern gehören nie in einen Chat.

## Level 4: which links go to Moonbank? (read_address)
# Address levels only need the brand's name: the reasons for each part of a link come from
# the address-part-* messages. Brand names stay unchanged in every language.

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = Ist das wirklich die Moonbank?
level-addr-moonbank-instruction = Tippe bei jedem Link auf den Teil, der die Seite nennt. Sag dann, ob es die Seite der Moonbank ist.
level-addr-moonbank-learned = Lies den Namen in einem Link von hinten: die Endung direkt vor dem ersten einzelnen /, dann den Namen davor. Das ist die Seite. Wörter davor oder nach dem / beweisen nichts.
level-addr-moonbank-hint-1 = Such den ersten einzelnen / im Link. Direkt davor endet der Name der Seite.
level-addr-moonbank-hint-2 = Lies von diesem / aus rückwärts: erst die Endung .example, dann den Namen davor. Zusammen sind sie die Seite.
level-addr-moonbank-hint-3 = Der dritte Link führt zu free-gifts.example. Das Wort moonbank nach dem / ist nur der Name einer Unterseite.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = Doppelgänger-Links
level-addr-lookalike-instruction = Tippe bei jedem Link auf den Teil, der die Seite nennt. Sag dann, ob es die Seite von Pixelpost ist.
level-addr-lookalike-learned = Betrüger verstecken die echte Seite hinter einem @, hängen Wörter an oder tauschen Buchstaben gegen ähnliche aus. Lies die Seite Buchstabe für Buchstabe.
level-addr-lookalike-hint-1 = Steht ein @ im Link? Die Seite kommt erst danach.
level-addr-lookalike-hint-2 = Lies die Seite Buchstabe für Buchstabe. Ein Extra-Wort oder ein fremder Buchstabe macht daraus eine andere Seite.
level-addr-lookalike-hint-3 = Schau dir das i im zweiten Link an: Es stammt aus einem anderen Alphabet. Darum ist es eine andere Seite.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = Was tust du?
level-scam-what-to-do-instruction = Etwas Seltsames taucht auf. Wähle jedes Mal, was du am besten tust.
level-scam-what-to-do-learned = Wenn eine Nachricht Druck macht, seltsam ist oder eine Kartennummer will: nicht tippen. Prüf es auf einem anderen Weg und sag es einem Erwachsenen, dem du vertraust.
level-scam-what-to-do-hint-1 = Gute Detektive halten kurz an und denken nach, bevor sie auf etwas tippen.
level-scam-what-to-do-hint-2 = Betrüger machen Druck, benutzen die Konten von Freunden und versprechen Gewinne. Halt an, bevor du tippst.
level-scam-what-to-do-hint-3 = Wenn dir das Konto eines Freundes etwas Seltsames schickt, frag ihn auf einem anderen Weg.

scam-what-to-do-account-closed-prompt = Eine Nachricht: „Dein Spielkonto wird HEUTE gelöscht! Tippe hier, um es zu retten: save-my-game.example“
scam-what-to-do-account-closed-tap-fast = Ich tippe schnell auf den Link, um mein Konto zu retten.
scam-what-to-do-account-closed-tap-fast-reason = Die Eile ist ein Trick, damit du nicht nachdenkst. Der Link könnte dein Passwort stehlen.
scam-what-to-do-account-closed-tell-adult = Nicht tippen. Ich zeige es einem Erwachsenen.
scam-what-to-do-account-closed-tell-adult-reason = Gut gemacht! Zusammen könnt ihr im echten Spiel nachsehen. So eine Eile ist ein Trick.
scam-what-to-do-account-closed-reply = Ich antworte und frage, wer da schreibt.
scam-what-to-do-account-closed-reply-reason = Eine Antwort zeigt dem Betrüger, dass jemand seine Nachrichten liest. Antworte lieber gar nicht.

scam-what-to-do-friend-link-prompt = Das Konto deines Freundes Sam schickt dir plötzlich: „lol bist du das?? clip-watch.example/v/8812“
scam-what-to-do-friend-link-tap = Ich tippe drauf. Es ist von Sam, also ist es sicher.
scam-what-to-do-friend-link-tap-reason = Vielleicht benutzt jemand anderes Sams Konto. Betrüger verschicken gefährliche Links über die Konten von Freunden.
scam-what-to-do-friend-link-pass-on = Ich schicke es auch an meine anderen Freunde.
scam-what-to-do-friend-link-pass-on-reason = Dann tippen sie vielleicht auch drauf. Schick nie einen Link weiter, bei dem du unsicher bist.
scam-what-to-do-friend-link-grown-up-phone = Ich tippe drauf, aber am Handy meiner Eltern.
scam-what-to-do-friend-link-grown-up-phone-reason = Ein gefährlicher Link ist auf jedem Handy gefährlich und will vielleicht ein Passwort. Frag erst Sam.
scam-what-to-do-friend-link-ask-another-way = Ich frage Sam erst persönlich.
scam-what-to-do-friend-link-ask-another-way-reason = Super! Frag Sam persönlich oder am Telefon. Wenn Sam es nicht geschickt hat, sag es einem Erwachsenen.

scam-what-to-do-won-phone-prompt = Ein Pop-up: „Du hast ein neues Handy gewonnen! Gib die Kartennummer deiner Eltern ein, um es zu bekommen.“
scam-what-to-do-won-phone-close-tell = Ich schließe es und sage es einem Erwachsenen.
scam-what-to-do-won-phone-close-tell-reason = Richtig! Für einen echten Gewinn braucht man nie eine Kartennummer. Ein Erwachsener kann prüfen, ob alles sicher ist.
scam-what-to-do-won-phone-type-card = Ich hole die Karte und tippe die Nummer ein.
scam-what-to-do-won-phone-type-card-reason = Es gibt gar kein Handy. Betrüger wollen die Kartennummer, um damit Geld zu stehlen.
scam-what-to-do-won-phone-claim = Ich tippe auf „Gewinn abholen“.
scam-what-to-do-won-phone-claim-reason = Knöpfe in so einem Pop-up können noch mehr Tricks öffnen. Schließ es lieber.
