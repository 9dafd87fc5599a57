# Shown by the web page itself. Plain text only (no placeables).

web-loading = Ielādē Byte Bridge…
web-error-webgl = Šī pārlūkprogramma nevar parādīt spēli, jo WebGL 2 trūkst vai ir izslēgts. Izmēģini jaunāko Chrome.
web-error-download = Spēli neizdevās lejupielādēt. Pārbaudi savienojumu un tad pārlādē lapu.
web-error-crash = Kaut kas nogāja greizi, un spēle apstājās. Tavas zvaigznes ir saglabātas. Lūdzu, pārlādē lapu.
web-teacher-error-download = Skolotāja lapu neizdevās lejupielādēt. Pārbaudiet savienojumu un tad pārlādējiet lapu.
web-teacher-framed = Šajā lapā ir klases dati, tāpēc tā atveras tikai atsevišķi, nevis citā tīmekļa vietnē.
web-teacher-open-alone = Atvērt skolotāja lapu atsevišķi
web-reload = Pārlādēt
web-noscript = Byte Bridge vajadzīgs JavaScript. Lūdzu, ieslēdz to.
