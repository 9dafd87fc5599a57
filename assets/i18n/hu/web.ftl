# Shown by the web page itself. Plain text only (no placeables).

web-loading = A Byte Bridge betöltése…
web-error-webgl = Ez a böngésző nem tudja megjeleníteni a játékot, mert hiányzik vagy ki van kapcsolva a WebGL 2. Próbálj ki egy friss Chrome-ot.
web-error-download = A játékot nem sikerült letölteni. Ellenőrizd a kapcsolatot, majd töltsd újra az oldalt.
web-error-crash = Valami hiba történt, és a játék leállt. A csillagaid el vannak mentve. Töltsd újra az oldalt.
web-teacher-error-download = A tanári oldalt nem sikerült letölteni. Ellenőrizze a kapcsolatot, majd töltse újra az oldalt.
web-teacher-framed = Ez az oldal osztályadatokat mutat, ezért csak önállóan nyílik meg, más weboldalba ágyazva nem.
web-teacher-open-alone = A tanári oldal megnyitása önállóan
web-reload = Újratöltés
web-noscript = A Byte Bridge-hez JavaScript kell. Kérlek, kapcsold be.
