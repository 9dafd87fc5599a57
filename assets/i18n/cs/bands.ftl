# Věkové skupiny úrovní (na mapě a na stránce pro učitele).
band-7-9 = 7–9 let
band-10-12 = 10–12 let
band-12-14 = 12–14 let
