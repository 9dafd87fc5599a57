# Šiandienos užduotis (mokytojo parinkti lygiai) ir „Siųsti mokytojui“.
# $class – klasės pavadinimas, kurį davė mokytojas, pvz., „4B“.

## Klasės nuoroda, kurios negalima naudoti
mission-link-damaged = Ši klasės nuoroda sugadinta. Paprašyk mokytojo ar mokytojos nuorodos dar kartą.
mission-link-newer = Ši klasės nuoroda iš naujesnės Byte Bridge versijos. Paprašyk mokytojo ar mokytojos padėti atnaujinti žaidimą.
mission-link-no-levels = Šioje klasės nuorodoje nėra lygių, kuriuos žinotų šis žaidimas. Paprašyk mokytojo ar mokytojos padėti atnaujinti žaidimą.
mission-stored-unreadable = Šiandienos užduoties šioje planšetėje nepavyko perskaityti. Paprašyk mokytojo ar mokytojos nuorodos dar kartą.

## Žaidėjo pradžia ir žemėlapis
mission-title = Šiandienos užduotis: { $class }
mission-level = { $title }, { $status }
mission-previous = Ankstesni lygiai
mission-next = Daugiau lygių
mission-map-locked = Šiandienos lygius parinko tavo mokytojas ar mokytoja.
mission-locked-hint = Šio lygio nėra šiandienos užduotyje.

## Suaugusiesiems
mission-remove = Pašalinti šiandienos užduotį ({ $class })
mission-removed = Šiandienos užduotis pašalinta iš šios planšetės.

## Siųsti mokytojui
send-to-teacher = Siųsti mokytojui
send-for-class = Tavo žvaigždės klasei { $class }
send-no-class = Tavo žvaigždės šioje planšetėje
send-save = Išsaugoti failą
send-share = Bendrinti
send-show-code = Rodyti QR kodą
send-saved = Tavo failas išsaugotas. Atiduok jį mokytojui ar mokytojai.
send-code-caption = Parodyk šį kodą mokytojo ar mokytojos kamerai
send-code-image = QR kodas su tavo žvaigždėmis mokytojui ar mokytojai
send-code-failed = Kodo sukurti nepavyko. Geriau išsaugok failą.

## Mokyklos mokymosi platformoje (Kolibri, mokymosi valdymo sistema, LMS): platformos mokinys yra žaidėjas.
# Rodoma, kai žaidimas negali prisijungti prie mokyklos platformos (nėra SCORM API, nepavyko paleisti per cmi5, nėra tilto į Kolibri).
package-unreachable = Žaidimui nepavyko prisijungti prie tavo mokyklos mokymosi platformos. Gali žaisti, o tavo žvaigždės liks šiame įrenginyje.
# Rodoma, kai nepavyko perskaityti pažangos, kurią platforma išsaugojo mokiniui.
package-saved-unreadable = Nepavyko perskaityti žvaigždžių, kurias gavai kitame įrenginyje. Gali tęsti žaidimą nuo čia.
mission-link-made-refused = Vienas iš lygių, kuriuos sukūrė tavo mokytojas ar mokytoja, šioje klasės nuorodoje sugadintas arba pakeistas, todėl nuoroda nepanaudota. Paprašyk mokytojo ar mokytojos nuorodos dar kartą.
made-world-title = Sukūrė tavo mokytojas ar mokytoja
made-by-teacher = Sukūrė tavo mokytojas ar mokytoja
made-by-teacher-in = Sukūrė tavo mokytojas ar mokytoja, kalba: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Klasės { $class } šiandienos užduotis dabar yra šioje planšetėje.
