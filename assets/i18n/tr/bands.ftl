# Bölümlerin yaş grupları: haritada ve öğretmen sayfasında.
band-7-9 = 7–9 yaş
band-10-12 = 10–12 yaş
band-12-14 = 12–14 yaş
