# Today's mission and "Send to my teacher". Short, plain sentences. $class is e.g. "4.B".

## A class link that cannot be used
mission-link-damaged = Ez az osztálylink sérült. Kérd el újra a linket a tanárodtól.
mission-link-newer = Ez az osztálylink a Byte Bridge egy újabb változatából jön. Kérd meg a tanárodat, hogy segítsen frissíteni a játékot.
mission-link-no-levels = Ebben az osztálylinkben nincs olyan pálya, amit ez a játék ismer. Kérd meg a tanárodat, hogy segítsen frissíteni a játékot.
mission-stored-unreadable = A mai küldetést nem sikerült beolvasni ezen a táblagépen. Kérd el újra a linket a tanárodtól.

## The player's home and the map
mission-title = Mai küldetés: { $class }
mission-level = { $title }, { $status }
mission-previous = Előző pályák
mission-next = További pályák
mission-map-locked = A mai pályákat a tanárod választotta.
mission-locked-hint = Ez a pálya nincs benne a mai küldetésben.

## Grown-ups
mission-remove = A mai küldetés törlése ({ $class })
mission-removed = A mai küldetés törölve erről a táblagépről.

## Send to my teacher
send-to-teacher = Küldés a tanáromnak
send-for-class = A csillagaid ehhez az osztályhoz: { $class }
send-no-class = A csillagaid ezen a táblagépen
send-save = Fájl mentése
send-share = Megosztás
send-show-code = QR-kód mutatása
send-saved = A fájlod el van mentve. Add oda a tanárodnak.
send-code-caption = Mutasd ezt a kódot a tanárod kamerájának
send-code-image = QR-kód a csillagaiddal a tanárodnak
send-code-failed = A kódot nem sikerült elkészíteni. Ments inkább fájlt.

## Egy iskola oktatási platformján (Kolibri, LMS): a platform tanulója a játékos.
# Akkor jelenik meg, ha a játék nem éri el az iskola platformját (nincs SCORM API, a cmi5-ös indítás nem sikerült, nincs Kolibri-híd).
package-unreachable = A játék nem tudott kapcsolódni az iskolád oktatási platformjához. Játszhatsz, és a csillagaid ezen az eszközön maradnak.
# Akkor jelenik meg, ha nem sikerült beolvasni a haladást, amelyet a platform a tanulónak megőrzött.
package-saved-unreadable = Nem sikerült beolvasni a csillagaidat egy másik eszközről. Innen folytathatod a játékot.
mission-link-made-refused = Ebben az osztálylinkben az egyik pálya, amelyet a tanárod készített, sérült vagy megváltozott, ezért a játék nem használta a linket. Kérd el újra a linket a tanárodtól.
made-world-title = A tanárod készítette
made-by-teacher = A tanárod készítette
made-by-teacher-in = A tanárod készítette, nyelv: { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = A(z) { $class } osztály mai küldetése most már ezen a táblagépen van.
