# Il-missjoni tal-lum (il-livelli li għażel l-għalliem) u “Ibgħat lill-għalliem”.
# $class huwa l-isem tal-klassi, pereżempju “4B”.

## Link tal-klassi li ma jistax jintuża
mission-link-damaged = Dan il-link tal-klassi għandu l-ħsara. Staqsi lill-għalliem għal-link mill-ġdid.
mission-link-newer = Dan il-link tal-klassi huwa minn Byte Bridge aktar ġdid. Staqsi lill-għalliem biex jgħinek taġġorna l-logħba.
mission-link-no-levels = Dan il-link tal-klassi m’għandux livelli li din il-logħba taf. Staqsi lill-għalliem biex jgħinek taġġorna l-logħba.
mission-stored-unreadable = Il-missjoni tal-lum fuq dan it-tablet ma setgħetx tinqara. Staqsi lill-għalliem għal-link mill-ġdid.

## Id-dar u l-mappa
mission-title = Il-missjoni tal-lum: { $class }
mission-level = { $title }, { $status }
mission-previous = Livelli ta’ qabel
mission-next = Aktar livelli
mission-map-locked = L-għalliem għażel il-livelli tal-lum.
mission-locked-hint = Dan il-livell mhuwiex fil-missjoni tal-lum.

## Adulti
mission-remove = Neħħi l-missjoni tal-lum ({ $class })
mission-removed = Il-missjoni tal-lum tneħħiet minn dan it-tablet.

## Ibgħat lill-għalliem
send-to-teacher = Ibgħat lill-għalliem
send-for-class = L-istilel tiegħek għall-klassi { $class }
send-no-class = L-istilel tiegħek fuq dan it-tablet
send-save = Issejvja fajl
send-share = Aqsam
send-show-code = Uri kodiċi QR
send-saved = Il-fajl tiegħek huwa ssejvjat. Agħtih lill-għalliem.
send-code-caption = Uri dan il-kodiċi lill-kamera tal-għalliem
send-code-image = Kodiċi QR bl-istilel tiegħek għall-għalliem
send-code-failed = Il-kodiċi ma setax isir. Minflok, issejvja fajl.

## Ġewwa l-pjattaforma ta’ skola (Kolibri, LMS): l-istudent fuq il-pjattaforma huwa l-plejer.
# Jidher meta l-logħba ma tistax tilħaq il-pjattaforma tal-iskola (m’hemmx API tas-SCORM, it-tnedija bis-cmi5 ma rnexxietx, m’hemmx pont ma’ Kolibri).
package-unreachable = Il-logħba ma setgħetx tikkonnettja mal-pjattaforma tal-iskola tiegħek. Tista’ tilgħab, u l-istilel tiegħek jibqgħu fuq dan l-apparat.
# Jidher meta l-progress li l-pjattaforma żammet għall-istudent ma setax jinqara.
package-saved-unreadable = L-istilel tiegħek minn apparat ieħor ma setgħux jinqraw. Tista’ tkompli tilgħab minn hawn.
mission-link-made-refused = Livell li għamel l-għalliem f’dan il-link tal-klassi għandu l-ħsara jew inbidel, għalhekk il-link ma ntużax. Staqsi lill-għalliem għal-link mill-ġdid.
made-world-title = Magħmul mill-għalliem
made-by-teacher = Magħmul mill-għalliem tiegħek
made-by-teacher-in = Magħmul mill-għalliem tiegħek, lingwa: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Il-missjoni tal-lum għall-klassi { $class } issa qiegħda fuq dan it-tablet.
