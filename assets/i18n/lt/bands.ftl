# Lygių amžiaus grupės: žemėlapyje ir mokytojo puslapyje.
band-7-9 = 7–9 metų
band-10-12 = 10–12 metų
band-12-14 = 12–14 metų
