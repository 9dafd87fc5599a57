# Lygiai „Rask pavojaus ženklus“: žinutė, el. laiškas ar tinklalapis, kurio eilutes galima liesti.

spot-screen-message = Žinutė
spot-screen-email = El. laiškas
spot-screen-web = Tinklalapis
spot-screen-profile = Profilis
spot-screen-post = Įrašas su nuotrauka
spot-screen-group-chat = Grupės pokalbis
spot-start = Paliesk kiekvieną eilutę, kuri atrodo kaip pavojaus ženklas.
spot-found = Rasta pavojaus ženklų: { $found } iš { $total }
spot-part-flag = Pavojaus ženklas: { $text }
spot-part-fine = Viskas gerai: { $text }
spot-part-fixed = Pataisyta: { $text }
spot-right = Pavojaus ženklas!
spot-wrong = Ši eilutė tvarkinga.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Radai visus pavojaus ženklus. Paliesk „Baigti“.
