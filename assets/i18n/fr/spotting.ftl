# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Message
spot-screen-email = E-mail
spot-screen-web = Page web
spot-screen-profile = Profil
spot-screen-post = Publication photo
spot-screen-group-chat = Discussion de groupe
spot-start = Touche chaque ligne qui ressemble à un signal d’alerte.
spot-found = Signaux d’alerte trouvés : { $found } sur { $total }
spot-part-flag = Signal d’alerte : { $text }
spot-part-fine = Sans danger : { $text }
spot-part-fixed = Corrigé : { $text }
spot-right = Signal d’alerte !
spot-wrong = Celle-ci est sans danger.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Tu as trouvé tous les signaux d’alerte. Touche « Terminer ».
