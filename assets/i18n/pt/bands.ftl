# Faixas etárias dos níveis, no mapa e na página do professor.
band-7-9 = 7–9 anos
band-10-12 = 10–12 anos
band-12-14 = 12–14 anos
