# Age bands of the levels (core::level::AgeBand), shown on the map and on the teacher page.
band-7-9 = 7 bis 9 Jahre
band-10-12 = 10 bis 12 Jahre
band-12-14 = 12 bis 14 Jahre
