# Dnešní mise (úrovně vybrané učitelem) a „Poslat učiteli“. Krátké a jednoduché věty.

## Odkaz třídy, který nejde použít
mission-link-damaged = Tento odkaz třídy je poškozený. Požádej učitele nebo učitelku o odkaz znovu.
mission-link-newer = Tento odkaz třídy je z novější verze Byte Bridge. Požádej učitele nebo učitelku, ať ti pomůže hru aktualizovat.
mission-link-no-levels = V tomto odkazu třídy nejsou žádné úrovně, které tahle hra zná. Požádej učitele nebo učitelku, ať ti pomůže hru aktualizovat.
mission-stored-unreadable = Dnešní misi na tomto tabletu nejde přečíst. Požádej učitele nebo učitelku o odkaz znovu.

## Domovská obrazovka a mapa
mission-title = Dnešní mise: { $class }
mission-level = { $title }, { $status }
mission-previous = Předchozí úrovně
mission-next = Další úrovně
mission-map-locked = Dnešní úrovně jsou vybrané učitelem nebo učitelkou.
mission-locked-hint = Tahle úroveň není v dnešní misi.

## Pro dospělé
mission-remove = Odebrat dnešní misi ({ $class })
mission-removed = Dnešní mise byla z tohoto tabletu odebrána.

## Poslat učiteli
send-to-teacher = Poslat učiteli
send-for-class = Tvoje hvězdy pro třídu { $class }
send-no-class = Tvoje hvězdy na tomto tabletu
send-save = Uložit soubor
send-share = Sdílet
send-show-code = Ukázat QR kód
send-saved = Soubor je uložený. Dej ho učiteli nebo učitelce.
send-code-caption = Ukaž tento kód do kamery učitele nebo učitelky
send-code-image = QR kód s tvými hvězdami pro učitele
send-code-failed = Kód nejde vytvořit. Ulož raději soubor.

## Ve výukové platformě školy (Kolibri, systém pro řízení výuky neboli LMS): hráčem je ten, kdo se na platformě učí.
# Zobrazí se, když se hra nemůže spojit s platformou školy (chybí SCORM API, spuštění přes cmi5 selhalo, chybí most do Kolibri).
package-unreachable = Hra se nemohla spojit s výukovou platformou tvé školy. Hrát můžeš a tvoje hvězdy zůstanou na tomto zařízení.
# Zobrazí se, když nejde přečíst postup, který platforma uložila pro žáka.
package-saved-unreadable = Tvoje hvězdy z jiného zařízení se nepodařilo přečíst. Můžeš hrát dál odsud.
mission-link-made-refused = Jedna z úrovní od učitele nebo učitelky je v tomto odkazu třídy poškozená nebo změněná, proto odkaz nejde použít. Požádej učitele nebo učitelku o odkaz znovu.
made-world-title = Od učitele nebo učitelky
made-by-teacher = Od tvého učitele nebo učitelky
made-by-teacher-in = Od tvého učitele nebo učitelky, jazyk: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Dnešní mise pro třídu { $class } je teď na tomto tabletu.
