# Shown by the web page itself. Plain text only (no placeables).

web-loading = Byte Bridge se nalaga …
web-error-webgl = Ta brskalnik ne more prikazati igre, ker WebGL 2 manjka ali je izklopljen. Poskusi s posodobljenim brskalnikom Chrome.
web-error-download = Igre ni bilo mogoče prenesti. Preveri povezavo in nato znova naloži stran.
web-error-crash = Nekaj je šlo narobe in igra se je ustavila. Tvoje zvezdice so shranjene. Znova naloži stran.
web-teacher-error-download = Strani za učitelje ni bilo mogoče prenesti. Preverite povezavo in nato znova naložite stran.
web-teacher-framed = Ta stran prikazuje podatke razreda, zato se odpre samo samostojno, ne znotraj drugega spletnega mesta.
web-teacher-open-alone = Odpri stran za učitelje samostojno
web-reload = Znova naloži
web-noscript = Byte Bridge potrebuje JavaScript. Vklopi ga.
