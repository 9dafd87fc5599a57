# Texty samotné webové stránky; bez proměnných.

web-loading = Načítám Byte Bridge…
web-error-webgl = Tento prohlížeč neumí hru zobrazit, protože chybí WebGL 2 nebo je vypnuté. Zkus aktuální Chrome.
web-error-download = Hru se nepodařilo stáhnout. Zkontroluj připojení a pak stránku načti znovu.
web-error-crash = Něco se pokazilo a hra se zastavila. Tvoje hvězdy jsou uložené. Načti prosím stránku znovu.
web-teacher-error-download = Stránku pro učitele se nepodařilo stáhnout. Zkontrolujte připojení a pak stránku načtěte znovu.
web-teacher-framed = Tato stránka ukazuje data třídy, proto se otevírá jen samostatně, ne uvnitř jiného webu.
web-teacher-open-alone = Otevřít stránku pro učitele samostatně
web-reload = Načíst znovu
web-noscript = Byte Bridge potřebuje JavaScript. Zapni ho prosím.
