# Veebilehe enda tekstid; ilma muutujateta.

web-loading = Byte Bridge laadib…
web-error-webgl = See brauser ei saa mängu näidata, sest WebGL 2 puudub või on välja lülitatud. Proovi uusimat Chrome'i.
web-error-download = Mängu ei õnnestunud alla laadida. Kontrolli ühendust ja laadi leht siis uuesti.
web-error-crash = Midagi läks valesti ja mäng peatus. Sinu tähed on salvestatud. Palun laadi leht uuesti.
web-teacher-error-download = Õpetaja lehte ei õnnestunud alla laadida. Kontrollige ühendust ja laadige leht siis uuesti.
web-teacher-framed = See leht näitab klassi andmeid, seega avaneb see ainult eraldi, mitte teise veebisaidi sees.
web-teacher-open-alone = Ava õpetaja leht eraldi
web-reload = Laadi uuesti
web-noscript = Byte Bridge vajab JavaScripti. Palun lülita see sisse.
