# Age bands of the levels (core::level::AgeBand), shown on the map and on the teacher page.
band-7-9 = 7–9 років
band-10-12 = 10–12 років
band-12-14 = 12–14 років
