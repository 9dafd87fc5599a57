# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Böngészés, keresés és szűrés: adatok, információk és digitális tartalmak
digcomp-1-2 = Adatok, információk és digitális tartalmak értékelése
digcomp-1-3 = Adatok, információk és digitális tartalmak kezelése
digcomp-2-5 = Netikett
digcomp-2-6 = A digitális identitás kezelése
digcomp-3-4 = Programozás
digcomp-4-1 = Az eszközök védelme
digcomp-4-2 = A személyes adatok és a magánszféra védelme
digcomp-4-3 = Az egészség és a jóllét védelme
digcomp-5-1 = Technikai problémák megoldása

## DigComp 3.0 competences
digcomp3-1-1 = Információk böngészése, keresése és szűrése
digcomp3-1-2 = Információk értékelése
digcomp3-1-3 = Információk kezelése
digcomp3-2-1 = Interakció digitális technológiákon keresztül és azokkal
digcomp3-2-2 = Megosztás digitális technológiákon keresztül
digcomp3-2-3 = Állampolgári részvétel digitális technológiákon keresztül
digcomp3-2-4 = Együttműködés digitális technológiákon keresztül
digcomp3-2-5 = Digitális viselkedés
digcomp3-2-6 = A digitális identitás kezelése
digcomp3-3-1 = Digitális tartalom fejlesztése
digcomp3-3-2 = Digitális tartalmak integrálása és újraalkotása
digcomp3-3-3 = Szerzői jog és licencek
digcomp3-3-4 = Algoritmikus gondolkodás és programozás
digcomp3-4-1 = Az eszközök védelme
digcomp3-4-2 = A személyes adatok és a magánszféra védelme
digcomp3-4-3 = A jóllét támogatása
digcomp3-4-4 = A digitális technológiák környezeti hatásai
digcomp3-5-1 = Technikai problémák felismerése és megoldása
digcomp3-5-2 = Igények és digitális technológiai válaszok azonosítása
digcomp3-5-3 = Kreatív megoldások keresése digitális technológiákkal
digcomp3-5-4 = A digitális kompetenciahiányok felismerése és kezelése

## Stored class data
class-load-damaged = Az ebben a böngészőben mentett osztályadatokat nem sikerült beolvasni. Félretettük őket, és az oldal üresen indul.
class-load-newer = Az ebben a böngészőben lévő osztályadatokat a Byte Bridge egy újabb változata mentette. Ez az oldal nem nyúl hozzájuk, és üresen indul: semmi sem marad meg abból, amit itt most tesz. Nyissa meg az újabb tanári oldalt, hogy lássa az osztályát.

## Making an assignment
class-assign-failed = A kiadást nem sikerült létrehozni. Próbálja újra.
class-assign-no-levels = Válasszon ki legalább egy pályát.
class-assign-no-random = Ez a böngésző nem tud biztonságos osztálykulcsot készíteni, ezért nem készült link. Nyissa meg ezt az oldalt egy friss böngészőben.
class-assign-too-many = Egy linkhez legfeljebb { $max } { $max ->
        [one] pályát
       *[other] pályát
    } válasszon.
class-assign-no-name = Adjon nevet az osztálynak, például „4.B”.

## Bringing in files and codes
class-imported = { $nickname }: { $count ->
    [0] semmi új (már itt van).
    [one] { $count } új próbálkozás.
   *[other] { $count } új próbálkozás.
}
class-imported-altered = { $nickname }: ezt a fájlt módosították, miután a játék megírta, vagy nincs rajta az osztálya aláírása. Semmit sem számoltunk belőle.
class-import-too-large = A(z) { $file } túl nagy egy tanulói fájlhoz, ezért nem olvastuk be.
class-import-not-ours = A(z) { $file } nem a Byte Bridge fájlja.
class-import-players-file = A(z) { $file } játékosfájl, játékosok táblagépek közötti áthelyezéséhez. A tanuló táblagépén inkább a „Küldés a tanáromnak” gombot használja.
class-import-truncated = A(z) { $file } csonka. Kérje meg a tanulót, hogy mentse el újra.
class-import-newer = A(z) { $file } a Byte Bridge egy újabb változatával készült. Nyissa meg az újabb tanári oldalt, hogy beolvassa.
class-import-damaged = A(z) { $file } sérült, és nem sikerült beolvasni. Kérje meg a tanulót, hogy mentse el újra.
class-import-over-limits = A(z) { $file } több adatot tartalmaz, mint amennyit a Byte Bridge egy tanulóról valaha tárol (túl hosszú programok, túl sok próbálkozás, pálya vagy válasz), önmagában vagy azzal együtt, ami erről a tanulóról már itt van. Valószínűleg kézzel készült. Semmit sem hoztunk be belőle.
class-code-not-ours = Ez a QR-kód nem a Byte Bridge-ből származik.
class-code-newer = Ez a QR-kód a Byte Bridge egy újabb változatából származik.
class-code-damaged = Ezt a QR-kódot nem sikerült teljesen beolvasni. Próbálja újra, kicsit közelebbről.
class-no-such-pupil = Ez a tanuló már nincs az osztály adatai között.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Rossz válaszok útközben
class-outcome-hit-wall = A robot falnak ütközött
class-outcome-left-board = A robot lement volna a tábláról
class-outcome-no-lamp = Ott próbált lámpát kapcsolni, ahol nincs
class-outcome-out-of-commands = A program túl korán leállt
class-outcome-step-budget = A program körbe-körbe ment
class-outcome-too-many-calls = A segítők túl sokszor hívták egymást
class-outcome-finished = Teljesítve
class-outcome-other = Nincs befejezve

## CSV column headings
class-csv-pupil-id = Tanulóazonosító
class-csv-nickname = Játéknév
class-csv-note = Valódi név (tanári megjegyzés)
class-csv-classes = Osztály
class-csv-level-id = Pályaazonosító
class-csv-level = Pálya
class-csv-stars = Csillagok
class-csv-attempts = Próbálkozások
class-csv-seconds = Idő (másodperc)
class-csv-hints = Tippek
class-csv-finished = Teljesítve
class-csv-yes = igen
class-csv-no = nem
