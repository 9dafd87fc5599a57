# Gruppi ta’ età tal-livelli, fuq il-mappa u fil-paġna tal-għalliema.
band-7-9 = Età 7–9
band-10-12 = Età 10–12
band-12-14 = Età 12–14
