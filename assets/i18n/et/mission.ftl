# Tänane missioon (õpetaja valitud tasemed) ja „Saada õpetajale“. Lühikesed, lihtsad laused.

## Klassi link, mida ei saa kasutada
mission-link-damaged = See klassi link on katki. Küsi õpetajalt link uuesti.
mission-link-newer = See klassi link on uuemast Byte Bridge'ist. Palu õpetajal aidata mängu uuendada.
mission-link-no-levels = Selles klassi lingis pole ühtegi taset, mida see mäng tunneb. Palu õpetajal aidata mängu uuendada.
mission-stored-unreadable = Selle tahvelarvuti tänast missiooni ei õnnestunud lugeda. Küsi õpetajalt link uuesti.

## Avaleht ja kaart
mission-title = Tänane missioon: { $class }
mission-level = { $title }, { $status }
mission-previous = Eelmised tasemed
mission-next = Veel tasemeid
mission-map-locked = Sinu õpetaja valis tänased tasemed.
mission-locked-hint = Seda taset pole tänases missioonis.

## Täiskasvanutele
mission-remove = Eemalda tänane missioon ({ $class })
mission-removed = Tänane missioon eemaldati sellest tahvelarvutist.

## Saada õpetajale
send-to-teacher = Saada õpetajale
send-for-class = Sinu tähed klassile { $class }
send-no-class = Sinu tähed selles tahvelarvutis
send-save = Salvesta fail
send-share = Jaga
send-show-code = Näita QR-koodi
send-saved = Fail on salvestatud. Anna see oma õpetajale.
send-code-caption = Näita seda koodi õpetaja kaamerale
send-code-image = QR-kood sinu tähtedega õpetajale
send-code-failed = Koodi ei õnnestunud teha. Salvesta hoopis fail.

## Kooli õpikeskkonnas (Kolibri, õppehaldussüsteem ehk LMS): õpikeskkonnas õppija on mängija.
# Näidatakse, kui mäng ei saa kooli õpikeskkonnaga ühendust (SCORM-liidest pole, käivitus cmi5 kaudu ebaõnnestus, Kolibri silda pole).
package-unreachable = Mäng ei saanud sinu kooli õpikeskkonnaga ühendust. Sa võid mängida ja su tähed jäävad sellesse seadmesse.
# Näidatakse, kui edusamme, mis õpikeskkond õpilase jaoks salvestas, ei õnnestunud lugeda.
package-saved-unreadable = Tähti, mis sa teises seadmes kogusid, ei õnnestunud lugeda. Sa võid siit edasi mängida.
mission-link-made-refused = Selles klassi lingis on õpetaja tehtud tase katki või seda on muudetud, seega linki ei kasutatud. Küsi õpetajalt link uuesti.
made-world-title = Sinu õpetaja tehtud
made-by-teacher = Sinu õpetaja tehtud
made-by-teacher-in = Sinu õpetaja tehtud, keel: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Klassi { $class } tänane missioon on nüüd selles tahvelarvutis.
