# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Meddelande
spot-screen-email = E-post
spot-screen-web = Webbsida
spot-screen-profile = Profil
spot-screen-post = Fotoinlägg
spot-screen-group-chat = Gruppchatt
spot-start = Tryck på varje rad som ser ut som en varningssignal.
spot-found = Varningssignaler hittade: { $found } av { $total }
# Accessible names of a line once tapped.
spot-part-flag = Varningssignal: { $text }
spot-part-fine = Okej: { $text }
spot-part-fixed = Fixat: { $text }
spot-right = Varningssignal!
spot-wrong = Den är okej.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Du hittade alla varningssignaler. Tryck på Klar.
