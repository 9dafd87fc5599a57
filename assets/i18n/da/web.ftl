# Shown by the web page itself. Plain text only (no placeables).

web-loading = Indlæser Byte Bridge…
web-error-webgl = Denne browser kan ikke vise spillet, fordi WebGL 2 mangler eller er slået fra. Prøv en opdateret Chrome.
web-error-download = Spillet kunne ikke hentes. Tjek forbindelsen, og genindlæs så siden.
web-error-crash = Noget gik galt, og spillet stoppede. Dine stjerner er gemt. Genindlæs siden.
web-teacher-error-download = Lærersiden kunne ikke hentes. Tjek forbindelsen, og genindlæs så siden.
web-teacher-framed = Denne side viser klassedata, så den åbner kun for sig selv, ikke inde i en anden hjemmeside.
web-teacher-open-alone = Åbn lærersiden for sig selv
web-reload = Genindlæs
web-noscript = Byte Bridge kræver JavaScript. Slå det til.
