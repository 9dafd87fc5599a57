# Tasojen ikäryhmät (kartalla ja opettajan sivulla).
band-7-9 = 7–9-vuotiaat
band-10-12 = 10–12-vuotiaat
band-12-14 = 12–14-vuotiaat
