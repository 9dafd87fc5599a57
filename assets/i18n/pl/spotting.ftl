# The "Spot the red flags" levels.

spot-screen-message = Wiadomość
spot-screen-email = E-mail
spot-screen-web = Strona internetowa
spot-screen-profile = Profil
spot-screen-post = Post ze zdjęciem
spot-screen-group-chat = Czat grupowy
spot-start = Dotknij każdej linijki, która wygląda na sygnał ostrzegawczy.
spot-found = Znalezione sygnały ostrzegawcze: { $found } z { $total }
spot-part-flag = Sygnał ostrzegawczy: { $text }
spot-part-fine = W porządku: { $text }
spot-part-fixed = Poprawione: { $text }
spot-right = Sygnał ostrzegawczy!
spot-wrong = Ta linijka jest w porządku.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Wszystkie sygnały ostrzegawcze znalezione. Dotknij „Gotowe”.
