# Dnešná misia (úrovne, ktoré vybral učiteľ) a „Poslať učiteľovi“.
# $class je názov triedy, napríklad „4.B“.

## Odkaz triedy, ktorý sa nedá použiť
mission-link-damaged = Tento odkaz triedy je poškodený. Popros učiteľa alebo učiteľku o nový odkaz.
mission-link-newer = Tento odkaz triedy je z novšej verzie Byte Bridge. Popros učiteľa alebo učiteľku, aby ti pomohli aktualizovať hru.
mission-link-no-levels = Tento odkaz triedy nemá žiadne úrovne, ktoré táto hra pozná. Popros učiteľa alebo učiteľku, aby ti pomohli aktualizovať hru.
mission-stored-unreadable = Dnešnú misiu na tomto tablete sa nepodarilo prečítať. Popros učiteľa alebo učiteľku o nový odkaz.

## Domovská obrazovka a mapa
mission-title = Dnešná misia: { $class }
mission-level = { $title }, { $status }
mission-previous = Predchádzajúce úrovne
mission-next = Ďalšie úrovne
mission-map-locked = Dnešné úrovne vybral tvoj učiteľ alebo učiteľka.
mission-locked-hint = Táto úroveň nie je v dnešnej misii.

## Dospelí
mission-remove = Odstrániť dnešnú misiu ({ $class })
mission-removed = Dnešná misia bola z tohto tabletu odstránená.

## Poslať učiteľovi
send-to-teacher = Poslať učiteľovi
send-for-class = Tvoje hviezdy pre triedu { $class }
send-no-class = Tvoje hviezdy na tomto tablete
send-save = Uložiť súbor
send-share = Zdieľať
send-show-code = Ukázať QR kód
send-saved = Tvoj súbor je uložený. Daj ho svojmu učiteľovi alebo učiteľke.
send-code-caption = Ukáž tento kód fotoaparátu učiteľa alebo učiteľky
send-code-image = QR kód s tvojimi hviezdami pre učiteľa
send-code-failed = Kód sa nepodarilo vytvoriť. Ulož radšej súbor.

## Vo vzdelávacej platforme školy (Kolibri, LMS): hráčom je ten, kto sa na platforme učí.
# Zobrazí sa, keď sa hra nemôže spojiť s platformou školy (chýba SCORM API, spustenie cez cmi5 zlyhalo, chýba most do Kolibri).
package-unreachable = Hra sa nemohla spojiť so vzdelávacou platformou tvojej školy. Hrať môžeš a tvoje hviezdy zostanú na tomto zariadení.
# Zobrazí sa, keď sa nepodarilo prečítať postup, ktorý platforma uložila pre žiaka.
package-saved-unreadable = Tvoje hviezdy z iného zariadenia sa nepodarilo prečítať. Môžeš hrať ďalej odtiaľto.
mission-link-made-refused = Jedna z úrovní od učiteľa alebo učiteľky je v tomto odkaze triedy poškodená alebo zmenená, preto sa odkaz nepoužil. Popros učiteľa alebo učiteľku o nový odkaz.
made-world-title = Od učiteľa alebo učiteľky
made-by-teacher = Od tvojho učiteľa alebo učiteľky
made-by-teacher-in = Od tvojho učiteľa alebo učiteľky, jazyk: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Dnešná misia pre triedu { $class } je teraz na tomto tablete.
