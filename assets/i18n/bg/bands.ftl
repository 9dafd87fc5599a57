# Age bands of the levels.
band-7-9 = 7–9 години
band-10-12 = 10–12 години
band-12-14 = 12–14 години
