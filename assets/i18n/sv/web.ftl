# Shown by the web page itself. Plain text only (no placeables).

web-loading = Byte Bridge laddas…
web-error-webgl = Den här webbläsaren kan inte visa spelet, eftersom WebGL 2 saknas eller är avstängt. Prova en uppdaterad Chrome.
web-error-download = Spelet kunde inte laddas ner. Kontrollera anslutningen och ladda sedan om sidan.
web-error-crash = Något gick fel och spelet stannade. Dina stjärnor är sparade. Ladda om sidan.
web-teacher-error-download = Lärarsidan kunde inte laddas ner. Kontrollera anslutningen och ladda sedan om sidan.
web-teacher-framed = Den här sidan visar klassens data, så den öppnas bara för sig själv, inte inuti en annan webbplats.
web-teacher-open-alone = Öppna lärarsidan för sig själv
web-reload = Ladda om
web-noscript = Byte Bridge behöver JavaScript. Slå på det.
