# Úrovne „Nájdi varovné signály“: správa, e-mail alebo webová stránka s riadkami na ťuknutie.

spot-screen-message = Správa
spot-screen-email = E-mail
spot-screen-web = Webová stránka
spot-screen-profile = Profil
spot-screen-post = Príspevok s fotkou
spot-screen-group-chat = Skupinový chat
spot-start = Ťukni na každý riadok, ktorý vyzerá ako varovný signál.
spot-found = Nájdené varovné signály: { $found } z { $total }
spot-part-flag = Varovný signál: { $text }
spot-part-fine = V poriadku: { $text }
spot-part-fixed = Opravené: { $text }
spot-right = Varovný signál!
spot-wrong = Tento je v poriadku.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Našli sa všetky varovné signály. Ťukni na Hotovo.
