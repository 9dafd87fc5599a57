# Shown by the web page itself, also when the game cannot run at all. The build copies
# these into index.html, so keep them plain text (no placeables).

web-loading = Byte Bridge wird geladen…
web-error-webgl = Dieser Browser kann das Spiel nicht zeigen, weil WebGL 2 fehlt oder ausgeschaltet ist. Probier es mit einem aktuellen Chrome.
web-error-download = Das Spiel konnte nicht heruntergeladen werden. Prüfe die Verbindung und lade die Seite dann neu.
web-error-crash = Etwas ist schiefgelaufen, und das Spiel wurde angehalten. Deine Sterne sind gespeichert. Bitte lade die Seite neu.
web-teacher-error-download = Die Seite für Lehrkräfte konnte nicht heruntergeladen werden. Bitte prüfen Sie die Verbindung und laden Sie die Seite dann neu.
web-teacher-framed = Diese Seite zeigt die Daten Ihrer Klasse. Darum öffnet sie sich nur für sich allein, nicht innerhalb einer anderen Website.
web-teacher-open-alone = Seite für Lehrkräfte für sich allein öffnen
web-reload = Neu laden
web-noscript = Byte Bridge braucht JavaScript. Bitte schalte es ein.
