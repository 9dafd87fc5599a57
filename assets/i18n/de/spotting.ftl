# The "Spot the red flags" levels (digital literacy): a message, e-mail or web page whose
# lines can be tapped.

spot-screen-message = Nachricht
spot-screen-email = E-Mail
spot-screen-web = Webseite
spot-screen-profile = Profil
spot-screen-post = Foto-Beitrag
spot-screen-group-chat = Gruppenchat
spot-start = Tippe auf jede Zeile, die wie ein Warnzeichen aussieht.
spot-found = Warnzeichen gefunden: { $found } von { $total }
# Accessible names of a line once tapped.
spot-part-flag = Warnzeichen: { $text }
spot-part-fine = In Ordnung: { $text }
spot-part-fixed = Repariert: { $text }
spot-right = Warnzeichen!
spot-wrong = Das ist in Ordnung.
# Verdict and reason after a tap.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Du hast alle Warnzeichen gefunden. Tippe auf „Fertig“.
