# Age bands of the levels (core::level::AgeBand), shown on the map and on the teacher page.
band-7-9 = Ages 7–9
band-10-12 = Ages 10–12
band-12-14 = Ages 12–14
