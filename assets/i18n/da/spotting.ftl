# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Besked
spot-screen-email = E-mail
spot-screen-web = Webside
spot-screen-profile = Profil
spot-screen-post = Billedopslag
spot-screen-group-chat = Gruppechat
spot-start = Tryk på hver linje, der ligner et faresignal.
spot-found = Faresignaler fundet: { $found } af { $total }
spot-part-flag = Faresignal: { $text }
spot-part-fine = I orden: { $text }
spot-part-fixed = Rettet: { $text }
spot-right = Faresignal!
spot-wrong = Den er i orden.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Du fandt alle faresignalerne. Tryk på »Færdig«.
