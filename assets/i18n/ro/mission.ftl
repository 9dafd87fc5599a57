# Misiunea de azi (nivelurile alese de profesor) și „Trimite profesorului”. $class este numele clasei, de ex. „4B”.

## Un link de clasă care nu poate fi folosit
mission-link-damaged = Linkul clasei e stricat. Cere-i profesorului linkul din nou.
mission-link-newer = Linkul clasei e de la un Byte Bridge mai nou. Roagă-l pe profesor să te ajute să actualizezi jocul.
mission-link-no-levels = Linkul clasei nu are niciun nivel pe care jocul să-l cunoască. Roagă-l pe profesor să te ajute să actualizezi jocul.
mission-stored-unreadable = Misiunea de azi de pe această tabletă nu a putut fi citită. Cere-i profesorului linkul din nou.

## Ecranul jucătorului și harta
mission-title = Misiunea de azi: { $class }
mission-level = { $title }, { $status }
mission-previous = Nivelurile de dinainte
mission-next = Mai multe niveluri
mission-map-locked = Profesorul a ales nivelurile de azi.
mission-locked-hint = Nivelul acesta nu face parte din misiunea de azi.

## Adulți
mission-remove = Șterge misiunea de azi ({ $class })
mission-removed = Misiunea de azi a fost ștearsă de pe această tabletă.

## Trimite profesorului
send-to-teacher = Trimite profesorului
send-for-class = Stelele tale pentru clasa { $class }
send-no-class = Stelele tale de pe această tabletă
send-save = Salvează un fișier
send-share = Trimite
send-show-code = Arată un cod QR
send-saved = Fișierul tău e salvat. Dă-i-l profesorului.
send-code-caption = Arată codul acesta camerei profesorului
send-code-image = Cod QR cu stelele tale pentru profesor
send-code-failed = Codul nu a putut fi făcut. Salvează mai bine un fișier.

## În platforma educațională a unei școli (Kolibri, un LMS): elevul de pe platformă este jucătorul.
# Apare când jocul nu se poate conecta la platforma școlii (nu există API SCORM, lansarea prin cmi5 a eșuat, nu există punte către Kolibri).
package-unreachable = Jocul nu s-a putut conecta la platforma educațională a școlii tale. Poți juca, iar stelele tale rămân pe acest dispozitiv.
# Apare când progresul păstrat de platformă pentru elev nu a putut fi citit.
package-saved-unreadable = Stelele tale de pe alt dispozitiv nu au putut fi citite. Poți continua jocul de aici.
mission-link-made-refused = Un nivel făcut de profesor în acest link al clasei e stricat sau a fost schimbat, așa că linkul nu a fost folosit. Cere-i profesorului linkul din nou.
made-world-title = Făcute de profesor
made-by-teacher = Făcut de profesorul tău
made-by-teacher-in = Făcut de profesorul tău, limba: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Misiunea de azi pentru clasa { $class } e acum pe această tabletă.
