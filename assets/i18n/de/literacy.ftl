# Was die Medienkompetenz-Leveltypen um die Texte eines Levels herum zeigen: die Seitenspalte,
# die beste Antwort wählen, Schritte ordnen, ein Passwort bauen und eine Adresse lesen.

answer-next = Weiter
answer-right = Richtig!
answer-wrong = Nicht ganz.
answer-feedback = { $verdict } { $reason }

pick-screen = Was würdest du tun?
pick-start = Lies, was passiert, und tippe dann auf die beste Antwort.
pick-progress = Frage { $current } von { $total }
pick-option-best = Beste Antwort: { $text }
pick-option-not-best = Nicht die beste: { $text }

order-screen-steps = Schritte
order-screen-rank = Passwörter
order-start = Tippe auf den Schritt, der zuerst kommt.
order-start-rank = Tippe zuerst auf das schwächste Passwort.
order-progress = { $placed } von { $total } in der richtigen Reihenfolge
order-step-placed = { $number }. { $text }
order-done = { $last } Alles ist in der richtigen Reihenfolge. Tippe auf „Fertig“.

password-screen = Neues Passwort
password-empty = Tippe unten auf Wörter, um ein Passwort zu bauen.
password-shown = Passwort: { $password }
password-piece = { $text } hinzufügen
password-remove = Letztes entfernen
password-clear = Neu anfangen
password-pieces = { $count } { $count ->
        [one] Teil
       *[other] Teile
    } (mindestens { $min }, höchstens { $max })
password-meter-empty = Stärke: noch nichts
password-meter-pending = Stärke: wird gemessen …
password-meter-unavailable = Die Stärkeanzeige konnte nicht laden. Prüfe die Verbindung und ändere dann das Passwort, um es noch einmal zu versuchen.
password-meter = Stärke: { $score }. { $time }
password-personal = Vorsicht! { $reason }
password-build-empty = Fang mit einem Wort an. Nimm Wörter, die nichts mit dir zu tun haben.
password-build-personal = Nimm den Teil heraus, der etwas über dich verrät: Wer dich kennt, könnte ihn erraten.
password-build-short = Nimm mehr Wörter: mindestens { $min }.
password-build-weak = Noch nicht stark genug. Füge ein Wort hinzu oder tausche eins. Ziel: „{ $target }“.
password-build-done = Stark, lang und nichts über dich. Tippe auf „Fertig“!
password-score-0 = Sehr schwach
password-score-1 = Schwach
password-score-2 = Mittel
password-score-3 = Stark
password-score-4 = Sehr stark
password-time-instantly = Ein Computer errät es in weniger als einer Minute.
password-time-minutes = Ein Computer errät es in ein paar Minuten.
password-time-hours = Ein Computer errät es in ein paar Stunden.
password-time-days = Ein Computer braucht Tage, um es zu erraten.
password-time-years = Ein Computer braucht Jahre, um es zu erraten.
password-time-centuries = Ein Computer braucht Hunderte Jahre, um es zu erraten.
# When the guidance holds a password back (core::password::guidance), the meter says why
# instead of the guessing time. NIST asks for 15 characters; the dashes count too.
password-meter-limited = Stärke: { $score }. { $limit }
password-limit-short = Zu kurz, um stark zu sein. Nimm 15 Buchstaben oder mehr.
password-limit-few-words = Starke Passwörter haben mindestens drei zufällige Wörter.
password-limit-common-words = Diese Wörter sind sehr häufig. Tausch eins gegen ein selteneres.

address-screen = Link
address-claim = Dieser Link behauptet, zu { $brand } zu führen.
address-start = Lies die Adresse vom Ende ihres Namens her, nicht vom Anfang.
address-find = Tippe auf den Teil, der die Seite nennt.
address-judge = Ist das die Seite von { $brand }?
address-yes = Ja, das ist { $brand }
address-no = Nein, ist es nicht
address-part = Adressteil: { $text }
address-progress = Link { $current } von { $total }
address-found = Ja! Dieser Teil nennt die Seite: { $site }. Ist das { $brand }?
address-verdict-real = Dieser Link führt zu { $site }, der echten Seite von { $brand }.
address-verdict-other = Dieser Link führt zu { $site }, nicht zu { $brand }. Der Name { $brand } an anderer Stelle ist nur eine Verkleidung.
address-verdict-lookalike = Schau genau hin: Einige Buchstaben stammen aus einem anderen Alphabet. Der Browser liest { $real }, und das ist nicht { $brand }.
address-part-scheme = „https://“ heißt nur, dass unterwegs niemand mitlesen kann. Es sagt nicht, wem die Seite gehört.
address-part-user = Zu dem, was vor einem @ steht, geht der Browser nicht. Betrüger schreiben dort einen bekannten Namen hin.
address-part-subdomain = Das ist nur ein vorderer Teil. Wem die Seite gehört, der kann hier jedes Wort hinschreiben, auch einen bekannten Namen.
address-part-site = Dieser Teil nennt die Seite: die Endung und der Name direkt davor. Er sagt dir, wem die Seite gehört.
address-part-port = Diese Zahl ist eine Tür in die Seite. Sie sagt nicht, wem die Seite gehört.
address-part-path = Dieser Teil kommt nach dem Namen der Seite. Wer die Seite betreibt, kann hier alles hinschreiben.
address-part-query = Dieser Teil kommt nach dem Namen der Seite. Wer die Seite betreibt, kann hier alles hinschreiben.
address-part-fragment = Dieser Teil springt nur an eine Stelle der Seite. Er sagt nicht, wem die Seite gehört.
address-shown = { $words } – er führt in Wahrheit zu:
address-verdict-shown = Die Wörter sagen etwas anderes, aber der Link führt zu { $site }, nicht zu { $brand }.
address-verdict-note = { $reason } { $note }
