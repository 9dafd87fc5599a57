# The "Spot the red flags" levels.

spot-screen-message = Poruka
spot-screen-email = E-pošta
spot-screen-web = Web-stranica
spot-screen-profile = Profil
spot-screen-post = Objava s fotografijom
spot-screen-group-chat = Grupni razgovor
spot-start = Dodirni svaki redak koji izgleda kao znak upozorenja.
spot-found = Pronađeni znakovi upozorenja: { $found } od { $total }
spot-part-flag = Znak upozorenja: { $text }
spot-part-fine = U redu: { $text }
spot-part-fixed = Popravljeno: { $text }
spot-right = Znak upozorenja!
spot-wrong = Taj je redak u redu.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Svi znakovi upozorenja su pronađeni. Dodirni „Gotovo“.
