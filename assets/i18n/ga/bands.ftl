# Aoisghrúpaí na leibhéal.
band-7-9 = Aois 7–9
band-10-12 = Aois 10–12
band-12-14 = Aois 12–14
