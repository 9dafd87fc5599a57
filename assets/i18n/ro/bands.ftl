# Grupele de vârstă ale nivelurilor.
band-7-9 = 7–9 ani
band-10-12 = 10–12 ani
band-12-14 = 12–14 ani
