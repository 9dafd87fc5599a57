# Fasce d’età dei livelli, sulla mappa e nella pagina per insegnanti.
band-7-9 = 7–9 anni
band-10-12 = 10–12 anni
band-12-14 = 12–14 anni
