# Age bands of the levels, shown on the map and on the teacher page.
band-7-9 = 7–9 gadi
band-10-12 = 10–12 gadi
band-12-14 = 12–14 gadi
