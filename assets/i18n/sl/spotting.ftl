# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Sporočilo
spot-screen-email = E-pošta
spot-screen-web = Spletna stran
spot-screen-profile = Profil
spot-screen-post = Objava s fotografijo
spot-screen-group-chat = Skupinski klepet
spot-start = Tapni vsako vrstico, ki je videti kot opozorilni znak.
spot-found = Najdeni opozorilni znaki: { $found } od { $total }
# Accessible names of a line once tapped.
spot-part-flag = Opozorilni znak: { $text }
spot-part-fine = V redu: { $text }
spot-part-fixed = Popravljeno: { $text }
spot-right = Opozorilni znak!
spot-wrong = Ta je v redu.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Vsi opozorilni znaki so najdeni. Tapni Končaj.
