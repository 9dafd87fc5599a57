# Zobrazuje samotná webová stránka: len obyčajný text (bez premenných).

web-loading = Načítava sa Byte Bridge…
web-error-webgl = Tento prehliadač nevie zobraziť hru, lebo WebGL 2 chýba alebo je vypnuté. Skús aktuálny Chrome.
web-error-download = Hru sa nepodarilo stiahnuť. Skontroluj pripojenie a potom stránku načítaj znova.
web-error-crash = Niečo sa pokazilo a hra sa zastavila. Tvoje hviezdy sú uložené. Načítaj stránku znova.
web-teacher-error-download = Stránku pre učiteľov sa nepodarilo stiahnuť. Skontrolujte pripojenie a potom ju načítajte znova.
web-teacher-framed = Táto stránka zobrazuje údaje triedy, preto sa otvára len samostatne, nie vnútri inej webovej stránky.
web-teacher-open-alone = Otvoriť stránku pre učiteľov samostatne
web-reload = Načítať znova
web-noscript = Byte Bridge potrebuje JavaScript. Zapni ho, prosím.
