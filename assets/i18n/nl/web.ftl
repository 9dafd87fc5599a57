# Shown by the web page itself. Plain text only (no placeables).

web-loading = Byte Bridge wordt geladen…
web-error-webgl = Deze browser kan het spel niet tonen, omdat WebGL 2 ontbreekt of uitgeschakeld is. Probeer een recente versie van Chrome.
web-error-download = Het spel kon niet worden gedownload. Controleer de verbinding en laad de pagina opnieuw.
web-error-crash = Er ging iets mis en het spel is gestopt. Je sterren zijn bewaard. Laad de pagina opnieuw.
web-teacher-error-download = De pagina voor leerkrachten kon niet worden gedownload. Controleer de verbinding en laad de pagina opnieuw.
web-teacher-framed = Deze pagina toont klasgegevens en opent daarom alleen op zichzelf, niet binnen een andere website.
web-teacher-open-alone = Open de pagina voor leerkrachten apart
web-reload = Opnieuw laden
web-noscript = Byte Bridge heeft JavaScript nodig. Zet het aan.
