# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Üzenet
spot-screen-email = E-mail
spot-screen-web = Weboldal
spot-screen-profile = Profil
spot-screen-post = Fotós bejegyzés
spot-screen-group-chat = Csoportos csevegés
spot-start = Koppints minden sorra, amely vészjelnek tűnik.
spot-found = Megtalált vészjelek: { $found }/{ $total }
spot-part-flag = Vészjel: { $text }
spot-part-fine = Rendben: { $text }
spot-part-fixed = Javítva: { $text }
spot-right = Vészjel!
spot-wrong = Ez rendben van.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Minden vészjelet megtaláltál. Koppints a „Befejezés” gombra.
