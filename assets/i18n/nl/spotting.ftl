# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Bericht
spot-screen-email = E-mail
spot-screen-web = Webpagina
spot-screen-profile = Profiel
spot-screen-post = Fotobericht
spot-screen-group-chat = Groepschat
spot-start = Tik op elke regel die op een alarmsignaal lijkt.
spot-found = Alarmsignalen gevonden: { $found } van { $total }
# Accessible names of a line once tapped.
spot-part-flag = Alarmsignaal: { $text }
spot-part-fine = In orde: { $text }
spot-part-fixed = Aangepast: { $text }
spot-right = Alarmsignaal!
spot-wrong = Die is in orde.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Je hebt elk alarmsignaal gevonden. Tik op Klaar.
