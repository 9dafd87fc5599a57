# Rodo pats tinklalapis, net kai žaidimas visai negali pasileisti. Paprastas tekstas.

web-loading = Įkeliamas Byte Bridge…
web-error-webgl = Ši naršyklė negali parodyti žaidimo, nes nėra WebGL 2 arba jis išjungtas. Pabandyk naujausią Chrome.
web-error-download = Žaidimo atsisiųsti nepavyko. Patikrink ryšį ir įkelk puslapį iš naujo.
web-error-crash = Kažkas nutiko ir žaidimas sustojo. Tavo žvaigždės išsaugotos. Įkelk puslapį iš naujo.
web-teacher-error-download = Mokytojo puslapio atsisiųsti nepavyko. Patikrinkite ryšį ir įkelkite puslapį iš naujo.
web-teacher-framed = Šiame puslapyje rodomi klasės duomenys, todėl jis atsidaro tik atskirai, ne kitoje svetainėje.
web-teacher-open-alone = Atidaryti mokytojo puslapį atskirai
web-reload = Įkelti iš naujo
web-noscript = Byte Bridge reikia JavaScript. Įjunkite jį.
