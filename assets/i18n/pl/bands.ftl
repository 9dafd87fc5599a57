# Age bands of the levels.
band-7-9 = Wiek 7–9
band-10-12 = Wiek 10–12
band-12-14 = Wiek 12–14
