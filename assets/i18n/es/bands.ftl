# Franjas de edad de los niveles (mapa y página del profesorado).
band-7-9 = De 7 a 9 años
band-10-12 = De 10 a 12 años
band-12-14 = De 12 a 14 años
