# Age bands of the levels (core::level::AgeBand), shown on the map and on the teacher page.
band-7-9 = من 7 إلى 9 سنوات
band-10-12 = من 10 إلى 12 سنة
band-12-14 = من 12 إلى 14 سنة
