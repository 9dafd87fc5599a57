# Age bands of the levels.
band-7-9 = Dob 7–9
band-10-12 = Dob 10–12
band-12-14 = Dob 12–14
