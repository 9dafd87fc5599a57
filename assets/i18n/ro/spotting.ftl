# Nivelurile „Găsește semnalele de alarmă”.

spot-screen-message = Mesaj
spot-screen-email = E-mail
spot-screen-web = Pagină web
spot-screen-profile = Profil
spot-screen-post = Postare cu poză
spot-screen-group-chat = Chat de grup
spot-start = Atinge fiecare rând care pare un semnal de alarmă.
spot-found = Semnale de alarmă găsite: { $found } din { $total }
spot-part-flag = Semnal de alarmă: { $text }
spot-part-fine = În regulă: { $text }
spot-part-fixed = Reparat: { $text }
spot-right = Semnal de alarmă!
spot-wrong = Acesta e în regulă.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Ai găsit toate semnalele de alarmă. Atinge „Gata”.
