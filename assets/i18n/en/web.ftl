# Shown by the web page itself, also when the game cannot run at all. The build copies
# these into index.html, so keep them plain text (no placeables).

web-loading = Loading Byte Bridge…
web-error-webgl = This browser cannot show the game, because WebGL 2 is missing or switched off. Try an up-to-date Chrome.
web-error-download = The game could not be downloaded. Check the connection, then reload.
web-error-crash = Something went wrong and the game stopped. Your stars are saved. Please reload.
web-teacher-error-download = The teacher page could not be downloaded. Check the connection, then reload.
web-teacher-framed = This page shows class data, so it opens only on its own, not inside another website.
web-teacher-open-alone = Open the teacher page on its own
web-reload = Reload
web-noscript = Byte Bridge needs JavaScript. Please switch it on.
