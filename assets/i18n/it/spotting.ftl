# I livelli «Trova i segnali d’allarme»: un messaggio, un’e-mail o una pagina web con righe
# da toccare.

spot-screen-message = Messaggio
spot-screen-email = E-mail
spot-screen-web = Pagina web
spot-screen-profile = Profilo
spot-screen-post = Post con foto
spot-screen-group-chat = Chat di gruppo
spot-start = Tocca ogni riga che sembra un segnale d’allarme.
spot-found = Segnali d’allarme trovati: { $found } su { $total }
spot-part-flag = Segnale d’allarme: { $text }
spot-part-fine = Va bene: { $text }
spot-part-fixed = Sistemato: { $text }
spot-right = Segnale d’allarme!
spot-wrong = Questa va bene.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Hai trovato tutti i segnali d’allarme. Tocca Fine.
