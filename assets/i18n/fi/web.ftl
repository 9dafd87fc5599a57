# Verkkosivun omat tekstit; ei muuttujia.

web-loading = Ladataan Byte Bridgeä…
web-error-webgl = Tämä selain ei voi näyttää peliä, koska WebGL 2 puuttuu tai on pois päältä. Kokeile ajantasaista Chromea.
web-error-download = Peliä ei voitu ladata. Tarkista yhteys ja lataa sivu sitten uudelleen.
web-error-crash = Jokin meni vikaan ja peli pysähtyi. Tähtesi on tallennettu. Lataa sivu uudelleen.
web-teacher-error-download = Opettajan sivua ei voitu ladata. Tarkista yhteys ja lataa sivu sitten uudelleen.
web-teacher-framed = Tämä sivu näyttää luokan tietoja, joten se avautuu vain omana sivunaan, ei toisen verkkosivuston sisällä.
web-teacher-open-alone = Avaa opettajan sivu omana sivunaan
web-reload = Lataa uudelleen
web-noscript = Byte Bridge tarvitsee JavaScriptin. Ota se käyttöön.
