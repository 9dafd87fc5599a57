# Misean an lae inniu (na leibhéil a roghnaigh an múinteoir) agus “Seol chuig mo mhúinteoir”. Is é $class ainm an ranga, m.sh. “4B”.

## Nasc ranga nach féidir a úsáid
mission-link-damaged = Tá an nasc ranga seo briste. Iarr an nasc arís ar do mhúinteoir.
mission-link-newer = Is ó Byte Bridge níos nuaí an nasc ranga seo. Iarr ar do mhúinteoir cabhrú leat an cluiche a nuashonrú.
mission-link-no-levels = Níl aon leibhéal sa nasc ranga seo a aithníonn an cluiche. Iarr ar do mhúinteoir cabhrú leat an cluiche a nuashonrú.
mission-stored-unreadable = Níorbh fhéidir misean an lae inniu ar an táibléad seo a léamh. Iarr an nasc arís ar do mhúinteoir.

## Baile an imreora agus an léarscáil
mission-title = Misean an lae inniu: { $class }
mission-level = { $title }, { $status }
mission-previous = Leibhéil roimhe seo
mission-next = Tuilleadh leibhéal
mission-map-locked = Roghnaigh do mhúinteoir leibhéil an lae inniu.
mission-locked-hint = Níl an leibhéal seo i misean an lae inniu.

## Daoine fásta
mission-remove = Bain misean an lae inniu ({ $class })
mission-removed = Baineadh misean an lae inniu den táibléad seo.

## Seol chuig mo mhúinteoir
send-to-teacher = Seol chuig mo mhúinteoir
send-for-class = Do réaltaí don rang { $class }
send-no-class = Do réaltaí ar an táibléad seo
send-save = Sábháil comhad
send-share = Roinn
send-show-code = Taispeáin cód QR
send-saved = Tá do chomhad sábháilte. Tabhair do do mhúinteoir é.
send-code-caption = Taispeáin an cód seo do cheamara do mhúinteora
send-code-image = Cód QR le do réaltaí do do mhúinteoir
send-code-failed = Níorbh fhéidir an cód a dhéanamh. Sábháil comhad ina áit.

## Laistigh d'ardán foghlama scoile (Kolibri, córas bainistíochta foghlama): is é foghlaimeoir an ardáin an t-imreoir.
# Taispeántar é nuair nach féidir leis an gcluiche ardán na scoile a bhaint amach (níl API SCORM ann, theip ar an tosú trí cmi5, níl droichead chuig Kolibri ann).
package-unreachable = Níor éirigh leis an gcluiche ceangal le hardán foghlama do scoile. Is féidir leat imirt, agus fanfaidh do réaltaí ar an ngléas seo.
# Taispeántar é nuair nach féidir an dul chun cinn a choinnigh an t-ardán don dalta a léamh.
package-saved-unreadable = Níorbh fhéidir do réaltaí ó ghléas eile a léamh. Is féidir leat leanúint ar aghaidh ag imirt ón áit seo.
mission-link-made-refused = Tá leibhéal a rinne do mhúinteoir sa nasc ranga seo briste nó athraithe, mar sin níor úsáideadh an nasc. Iarr an nasc arís ar do mhúinteoir.
made-world-title = Ó do mhúinteoir
made-by-teacher = Rinne do mhúinteoir é
made-by-teacher-in = Rinne do mhúinteoir é, teanga: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Tá misean an lae inniu don rang { $class } ar an táibléad seo anois.
