# The "Spot the red flags" levels: a message, e-mail or web page whose lines can be tapped.

spot-screen-message = Ziņa
spot-screen-email = E-pasts
spot-screen-web = Tīmekļa lapa
spot-screen-profile = Profils
spot-screen-post = Foto ieraksts
spot-screen-group-chat = Grupas tērzēšana
spot-start = Pieskaries katrai rindai, kas izskatās pēc brīdinājuma zīmes.
spot-found = Atrastās brīdinājuma zīmes: { $found } no { $total }
spot-part-flag = Brīdinājuma zīme: { $text }
spot-part-fine = Viss kārtībā: { $text }
spot-part-fixed = Salabots: { $text }
spot-right = Brīdinājuma zīme!
spot-wrong = Šī ir kārtībā.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Tu atradi visas brīdinājuma zīmes. Pieskaries pogai „Pabeigt”.
