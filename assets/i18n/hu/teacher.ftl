# The teacher page: a link for a class, the pupils' results, the class view. Read by
# teachers, addressed formally: plain, friendly and exact.

teacher-page-title = Byte Bridge tanároknak
teacher-title = Byte Bridge tanároknak
teacher-tagline = Adjon pályákat az osztályának, gyűjtse be az eredményeket, és lássa, kinek kell segítség.
teacher-skip = Ugrás az oldal tartalmára
teacher-language = Nyelv

## Help
teacher-help = Súgó: hová kerülnek az osztály adatai?
teacher-help-local = Minden, ami ezen az oldalon van, ebben a böngészőben marad, ezen az eszközön. Nincsenek fiókok és nincs szerver: semmit sem küldünk sehova, hacsak be nem állít egy tanulási adattárat a „Küldés tanulási adattárba” résznél.
teacher-help-files = Az eredmények a tanulók táblagépeiről jönnek, fájlként vagy QR-kódként. A fájlokat az „Eredmények begyűjtése” résznél hozhatja be, a kódokat pedig ennek az eszköznek a kamerájával olvashatja be.
teacher-help-signing = Az „Aláírás osztálykulccsal” beállítással a táblagépek minden eredményfájlt és QR-kódot aláírnak. Az utólag módosított fájlt itt megjelöljük, és nem számoljuk; ha egy tanuló fájljai már alá voltak írva, az érvényes aláírás nélküli fájljait és kódjait sem számoljuk. A kulcs a táblagépeken van, így ez a módosított fájlokat szűri ki, nem azt, aki a kulcsot egy táblagépről lemásolja, és kitalált eredményeket ír alá vele.
teacher-help-notes = A játéknév mellé beírt valódi nevek ebben a böngészőben maradnak. Csak akkor kerülnek ki innen, ha bejelöli a „Valódi nevekkel” lehetőséget, majd letölti a CSV-t vagy kinyomtatja az osztálynézetet.
teacher-help-backup = Ha törli a böngésző adatait, az osztály adatai is törlődnek. Időnként töltse le a CSV-t, hogy legyen másolata.
teacher-help-insecure = Ez az oldal nem HTTPS-en keresztül érkezik, ezért nem működik offline, és nem használhatja a kamerát. Az eredményfájlok mindig működnek.

## Banners
teacher-dismiss = OK
teacher-storage-full = Megtelt a böngésző tárhelye, ezért a legutóbbi módosításai nincsenek elmentve. Töltse le most a CSV-t, aztán távolítson el régi linkeket, vagy törölje a régi osztályadatokat.
teacher-storage-blocked = Ez a böngésző semmit sem enged menteni az oldalnak (privát mód vagy egy beállítás). Minden elvész, amikor bezárja a lapot, ezért előtte töltse le a CSV-t.
teacher-error-action = Valami hiba történt. Töltse újra az oldalt, és próbálja újra; ami eddig el lett mentve, megmarad.
teacher-error-start = A tanári oldal nem tudott elindulni. Töltse újra. Ha ez ismétlődik, próbáljon ki egy friss Chrome, Edge vagy Firefox böngészőt.
teacher-update-ready = Elkészült a Byte Bridge új változata.
teacher-update = Újratöltés most

## Give levels to a class
teacher-assign-title = Pályák kiadása egy osztálynak
teacher-assign-intro = Válassza ki a pályákat, aztán hozzon létre egy linket. A tanulók megnyitják a linket a táblagépükön, vagy beolvassák a QR-kódját, és a mai küldetésben találják a pályákat.
teacher-class-name = Osztály neve
teacher-class-name-hint = Például 4.B. A név a linkben jut el a táblagépekre, ezért ne használja tanuló nevét.
teacher-levels = Pályák
teacher-band-filter = Korosztály
teacher-band-all = Minden korosztály
teacher-competence-filter = DigComp 2.2 kompetencia
teacher-competence-all = Minden kompetencia
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 kompetencia
teacher-digcomp3-all = Minden kompetencia
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Az egész „{ $world }”
teacher-no-levels = Egyetlen pálya sem felel meg ezeknek a szűrőknek.
teacher-levels-selected = { $count ->
        [0] Még nincs kiválasztott pálya.
        [one] { $count } pálya kiválasztva.
       *[other] { $count } pálya kiválasztva.
    }
teacher-select-none = Kijelölés törlése
teacher-lock = A többi pálya zárolása
teacher-lock-hint = A tanulók csak ezeket a pályákat játszhatják, amíg ez a küldetés a táblagépükön van.
teacher-sign = Aláírás osztálykulccsal
teacher-sign-hint = Ha egy eredményfájlt vagy QR-kódot a táblagépen való mentés után módosítanak, megjelöljük, és nem számoljuk. A kulcs a táblagépeken van, így aki lemásolja egy táblagépről, továbbra is aláírhat kitalált eredményeket.
teacher-create = Link létrehozása

## The link
teacher-link-ready = Az osztálya linkje
teacher-link = Link
teacher-copy = Link másolása
teacher-copied = Link másolva.
teacher-copy-manual = A link ki van jelölve. Másolja ki az eszköze másolás parancsával.
teacher-qr-label = A link QR-kódja ehhez: { $name }
teacher-qr-caption = A tanulók a táblagép kamerájával olvassák be ezt a kódot, hogy megnyissák a küldetést.
teacher-print-sheet = Lap nyomtatása
teacher-earlier-title = Korábbi linkek
teacher-assignment-meta = { $count ->
        [one] { $count } pálya
       *[other] { $count } pálya
    }, létrehozva: { $date }
teacher-assignment-levels = { $count ->
        [one] A pálya mutatása
       *[other] Mind a(z) { $count } pálya mutatása
    }
teacher-assignment-locked = a többi pálya zárolva
teacher-assignment-signed = fájlok aláírva
teacher-assignment-unsigned = fájlok aláírás nélkül
teacher-show-qr = QR-kód mutatása
teacher-hide-qr = QR-kód elrejtése
teacher-remove = Link eltávolítása
teacher-remove-confirm = Eltávolítja erről az oldalról a(z) „{ $name }” linkjét?
teacher-remove-yes = Igen, eltávolítom
teacher-cancel = Mégse
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = A mai küldetés
teacher-sheet-how = Olvasd be a kódot a táblagép kamerájával, vagy írd be a lenti linket a böngészőbe.
teacher-sheet-levels = A mai pályák

## Collect results
teacher-collect-title = Eredmények begyűjtése
teacher-collect-intro = Hozza be a tanulók eredményfájljait, egyszerre akár az összeset, vagy olvassa be a QR-kódokat a táblagépükről.
teacher-drop-hint = Húzza ide a tanulók fájljait
teacher-files-label = A tanulók eredményfájljai
teacher-choose-files = Fájlok kiválasztása
teacher-results-title = Behozva
teacher-results-empty = Még nincs behozott fájl.
teacher-results-clear = A lista törlése
teacher-file-altered = Figyelem: ezt a fájlt a táblagépen való mentés után módosították.
teacher-file-failed = Nem sikerült behozni:
teacher-file-unreadable = A(z) { $file } fájlt nem sikerült beolvasni. Próbálja újra, vagy mentse el újra a táblagépen.
teacher-code-unreadable = Ezt a QR-kódot nem sikerült beolvasni. Próbálja újra.
teacher-status-signed = aláírva
teacher-status-unsigned = nincs ellenőrizve
teacher-status-summary = QR-kódból
teacher-scan-title = QR-kódok beolvasása
teacher-scan-intro = Irányítsa a kamerát egy tanuló eredménykódjára. A kamera addig keresi a következő tanulót, amíg le nem állítja.
teacher-scan = QR-kód beolvasása
teacher-stop-camera = Kamera leállítása
teacher-camera-label = Kamerakép
teacher-camera-starting = A kamera indul…
teacher-camera-looking = QR-kód keresése…
teacher-camera-next = Megvan. Jöhet a következő kód.
teacher-camera-stopped = A kamera ki van kapcsolva.
teacher-camera-unavailable = A kamera itt nem használható: nincs kamera, nem kapott engedélyt, vagy az oldal nem HTTPS-en keresztül érkezik. Az eredményfájlok mindig működnek.
teacher-scanner-unavailable = A QR-kód-olvasót nem sikerült betölteni. Csatlakozzon egyszer az internethez, és próbálja újra. Az eredményfájlok mindig működnek.

## Your class
teacher-class-title = Az osztálya
teacher-show-assignment = Mutatás
teacher-all-levels = Összes pálya
teacher-no-pupils = Még nincsenek eredmények. Gyűjtse be fent a tanulók fájljait vagy kódjait.
teacher-note-hint = A valódi nevek csak ezen az eszközön maradnak. A letöltésekbe nem kerülnek bele, hacsak be nem jelöli a „Valódi nevekkel” lehetőséget.
teacher-note-label = Valódi név
teacher-note-for = Valódi név ehhez: { $name }
teacher-grid-caption = { $count ->
        [one] { $count } tanuló, minden pálya
       *[other] { $count } tanuló, minden pálya
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } tanuló
       *[other] { $name }: { $count } tanuló
    }
teacher-pupil = Tanuló
teacher-pupil-altered = Módosított fájl
teacher-cell-empty = nem játszott
teacher-cell-detail = { $attempts ->
        [one] { $attempts } próbálkozás
       *[other] { $attempts } próbálkozás
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } tipp
       *[other] {" "}· { $hints } tipp
    }
teacher-forget = Tanuló eltávolítása
teacher-forget-pupil = Tanuló eltávolítása: { $name }
teacher-forget-confirm = Eltávolítja erről az oldalról ezt a tanulót és minden eredményét: { $name }?
teacher-forget-yes = Igen, eltávolítom
teacher-forgotten = Eltávolítva: { $name }.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Bezárás
teacher-no-attempts = Még nincs próbálkozás.
teacher-attempt-title = { $number }. próbálkozás, { $when }
teacher-attempt-stars = Csillagok
teacher-stars-count = { $count ->
        [one] { $count } csillag
       *[other] { $count } csillag
    }
teacher-attempt-outcome = Eredmény
teacher-attempt-time = Idő
teacher-attempt-hints = Tippek
teacher-attempt-mistakes = Hibák
teacher-program-main = Főprogram
teacher-program-p1 = Segítő 1
teacher-program-p2 = Segítő 2
teacher-program-empty = (üres)
teacher-tile-else = különben
teacher-code = Kódként
teacher-code-note = Ugyanaz a program szövegként, egy Pythonhoz hasonló nyelven. A tanulók a játékban a „Mutasd kódként” gombbal látják.
teacher-answers = Válaszok

## Per level
teacher-summary-title = Pályánként
teacher-summary-caption = Hogyan sikerültek az egyes pályák
teacher-summary-level = Pálya
teacher-summary-played = Játszották
teacher-summary-finished = Teljesítették
teacher-summary-stuck = Elakadtak
teacher-summary-mean = Átlagos próbálkozás
teacher-summary-common = Leggyakoribb problémák
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Letöltés, nyomtatás, törlés
teacher-include-notes = Valódi nevekkel
teacher-include-notes-hint = Csak olyan fájlnál vagy nyomatnál jelölje be, amely Önnél marad, például a saját nyilvántartásához.
teacher-download-csv = CSV letöltése
teacher-download-xapi = xAPI letöltése (JSON)
teacher-print-class = Osztálynézet nyomtatása
teacher-clear = Osztályadatok törlése
teacher-clear-confirm = Törli ebből a böngészőből az összes tanulót, eredményt, valódi nevet és linket? Ez nem vonható vissza. Ha meg akarja tartani az eredményeket, előbb töltse le a CSV-t.
teacher-clear-yes = Igen, mindent törlök
teacher-cleared = Az osztály adatai törölve.
teacher-language-unavailable = { $language }: ezt a nyelvet nem sikerült letölteni, mert ez a böngésző még nem tartalmazza. Csatlakozzon az internethez, és válassza ki újra.

## Send to a learning record store (LRS)
teacher-lrs-title = Küldés tanulási adattárba
teacher-lrs-intro = Ha az iskolája vagy a minisztérium tanulási adattárban (Learning Record Store, LRS) gyűjti az eredményeket, itt adja meg az adattár xAPI-címét, kulcsát és titkát. Ezután minden behozott eredményt automatikusan elküldünk oda, mindegyiket csak egyszer. A cím, a kulcs és a titok ebben a böngészőben marad: a tanulók táblagépei soha nem kapják meg őket.
teacher-lrs-endpoint = xAPI-cím (végpont)
teacher-lrs-key = Kulcs (felhasználónév)
teacher-lrs-secret = Titok (jelszó)
teacher-lrs-secret-kept = Hagyja üresen, ha az ehhez a címhez és kulcshoz korábban mentett titkot szeretné megtartani.
teacher-lrs-save = Mentés és küldés
teacher-lrs-forget = A tanulási adattár eltávolítása
teacher-lrs-retry = Újrapróbálás most
teacher-lrs-off = Nincs beállítva tanulási adattár. Az eredmények ebben a böngészőben és a letöltött fájljaiban maradnak.
teacher-lrs-done = { $sent ->
        [one] Az eredmény a tanulási adattárban van.
       *[other] Mind a(z) { $sent } eredmény a tanulási adattárban van.
    }
teacher-lrs-sending = { $waiting ->
        [one] Küldés folyamatban: egy eredmény vár.
       *[other] Küldés folyamatban: { $waiting } eredmény vár.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Egy eredmény vár: a tanulási adattár nem érhető el. Újrapróbálás { $seconds } mp múlva. Ha ez nem változik, kérje meg a tanulási adattár üzemeltetőjét, hogy engedélyezze ennek az oldalnak a címét.
       *[other] { $waiting } eredmény vár: a tanulási adattár nem érhető el. Újrapróbálás { $seconds } mp múlva. Ha ez nem változik, kérje meg a tanulási adattár üzemeltetőjét, hogy engedélyezze ennek az oldalnak a címét.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Egy eredmény vár: a tanulási adattár hibát jelzett ({ $status }). Újrapróbálás { $seconds } mp múlva.
       *[other] { $waiting } eredmény vár: a tanulási adattár hibát jelzett ({ $status }). Újrapróbálás { $seconds } mp múlva.
    }
teacher-lrs-stopped-key = A küldés leállt: a tanulási adattár nem fogadja el ezt a kulcsot és titkot. Ellenőrizze őket, és mentse újra.
teacher-lrs-stopped-forbidden = A küldés leállt: ezzel a kulccsal nem lehet eredményeket felvenni a tanulási adattárba. Kérjen az adattár üzemeltetőjétől olyan kulcsot, amellyel xAPI-állítások (statements) írhatók.
teacher-lrs-stopped-address = A küldés leállt: ez a cím nem úgy válaszol, mint egy tanulási adattár (válasz: { $status }). Ellenőrizze az xAPI-címet.
teacher-lrs-refused = { $refused ->
        [one] A tanulási adattár elutasított egy eredményt. Félretettük, és nem küldjük el újra.
       *[other] A tanulási adattár elutasított { $refused } eredményt. Félretettük őket, és nem küldjük el újra.
    }
teacher-lrs-load-damaged = A tanulási adattár ebben a böngészőben mentett beállításait nem sikerült beolvasni. Adja meg őket újra: azokat az eredményeket, amelyek már a tanulási adattárban vannak, nem tároljuk kétszer.
teacher-lrs-load-newer = A tanulási adattár beállításait az oldal egy újabb változata mentette. Töltse újra az oldalt, hogy megkapja az új változatot; addig semmit sem küldünk.
teacher-lrs-error-no-address = Adja meg a tanulási adattár xAPI-címét.
teacher-lrs-error-address = Ez nem egy tanulási adattár webcíme. Így kell kinéznie: https://lrs.example.org/xAPI/, ? és # nélkül.
teacher-lrs-error-insecure = A címnek https:// előtaggal kell kezdődnie, hogy a kulcs és az eredmények titkosítva utazzanak.
teacher-lrs-error-credentials-in-address = A kulcsot és a titkot a saját mezőjükbe írja, ne a címbe.
teacher-lrs-error-no-key = Adja meg a kulcsot és a titkot, amelyet a tanulási adattárhoz kapott.
teacher-lrs-error-bad-key = A kulcs nem tartalmazhat ":" karaktert. A kulcs és a titok nem tartalmazhat sortörést.
teacher-lrs-error-too-long = A cím, a kulcs vagy a titok túl hosszú (mindegyik legfeljebb 500 karakter lehet).
teacher-lrs-forgotten = A tanulási adattár címét, kulcsát és titkát eltávolítottuk ebből a böngészőből.
teacher-lrs-empty = Még nincs mit küldeni. A behozott eredményeket automatikusan elküldjük a tanulási adattárba.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Cím
made-field-task = Feladat
made-field-learned = „Mit tanultak a tanulók”
made-field-hint = Tipp
made-field-box = Doboz
made-field-card = Kártya
made-field-prompt = Helyzet
made-field-reply = Válasz
made-field-part = Az üzenet egy sora
made-field-reason = Indoklás
made-problem-damaged = Ez nem ezen az oldalon készült pálya, vagy sérült.
made-problem-newer = Ez a pálya ennek az oldalnak egy újabb változatával készült. Töltse újra az oldalt az új változatért.
made-problem-language = Ez az oldal nem ismeri a pálya nyelvét.
made-problem-missing = { $field }: kérjük, töltse ki ezt a mezőt.
made-problem-too-long = { $field }: kérjük, rövidítse le a szöveget (legfeljebb { $max } { $max ->
        [one] karakter
       *[other] karakter
    }).
made-problem-undrawable = { $field }: néhány karaktert nem lehet megjeleníteni a táblagépeken: { $chars }. Kérjük, betűket, számjegyeket és szokásos írásjeleket használjon (emoji nélkül).
made-problem-hints = Egy pályához három tipp kell: egy kis lökés, az ötlet, aztán a válasz egy része.
made-problem-count = { $field }: túl kevés vagy túl sok (legfeljebb { $max }).
made-problem-one-right = Pontosan egy választ jelöljön meg helyesként.
made-problem-box-unused = Minden dobozhoz kell legalább egy kártya, amely oda tartozik.
made-problem-flags = Legalább egy sort jelöljön meg vészjelként, és hagyjon legalább egy sort vészjel nélkül.
made-problem-board-size = A tábla 2–{ $max } { $max ->
        [one] mező
       *[other] mező
    } széles és 1–{ $max } { $max ->
        [one] mező
       *[other] mező
    } magas lehet.
made-problem-board-start = Pontosan egy kezdőmezőt tegyen a táblára.
made-problem-board-goal = Tegyen egy zászlót vagy legalább egy lámpát a táblára.
made-problem-board = A tábla megszegi a játék egyik szabályát. Ellenőrizze a mezőket és a felkínált blokkokat.
made-problem-tiles = Kínáljon fel legalább egy blokkot.
made-problem-already-solved = A robot már azelőtt célba ér, hogy elindulna: tegye távolabb a zászlót a kezdőmezőtől.
made-problem-slots = A táblát megoldó legrövidebb program { $tiles } { $tiles ->
        [one] blokkból
       *[other] blokkból
    } áll. Adjon helyet a programban legalább { $tiles } { $tiles ->
        [one] blokknak
       *[other] blokknak
    }.
made-problem-unsolvable = Ezekkel a blokkokkal a robot nem éri el a zászlót (és minden lámpát). Nyisson utat, vagy kínáljon fel több blokkot (például fordulást vagy ismétlést).
made-problem-too-large = Ez a tábla túl nagy az ellenőrzéshez: { $tiles } { $tiles ->
        [one] blokknál
       *[other] blokknál
    } rövidebb program nem oldja meg, a hosszabbakból pedig túl sok van ahhoz, hogy mindet kipróbáljuk. Kisebbítse a táblát, rövidítse az utat, vagy kínáljon fel ismétlést.
made-problem-par = A pályának még nincs legjobb megoldása: először ellenőrizze ezen az oldalon.
made-checked-robot = A robot meg tudja csinálni: a legjobb program { $par } { $par ->
        [one] blokkból
       *[other] blokkból
    } áll. A tanulók 3 csillagot kapnak, ha legfeljebb { $par } { $par ->
        [one] blokkot
       *[other] blokkot
    } használnak.
made-checked-answers = Kész: minden válasznak van indoklása.
made-kind-robot_grid = Robot a táblán
made-kind-sort = Válogatás két dobozba
made-kind-pick_reply = Válaszválasztás
made-kind-spot_flags = Vészjelek keresése
made-copy-title = { $title } (másolat)
made-import-done = { $added ->
    [one] Egy pálya hozzáadva.
   *[other] { $added } pálya hozzáadva.
} { $skipped ->
    [0] {""}
    [one] Egy már itt volt.
   *[other] { $skipped } már itt volt.
}
made-import-not-ours = Ez a fájl nem ennek az oldalnak a pályafájlja: { $file }.
made-import-too-large = Ez a fájl túl nagy egy pályafájlhoz (legfeljebb 1 MB és 100 pálya): { $file }.
made-import-bad-level = { $file }: a(z) { $number }. pálya („{ $title }”) nem használható, ezért semmi nem lett hozzáadva. { $problem }
made-assign-too-many = Egy osztálylinkben legfeljebb { $max } { $max ->
        [one] saját készítésű pálya
       *[other] saját készítésű pálya
    } lehet.
made-assign-unknown = Az egyik kiválasztott pálya már nincs a gyűjteményében. Válassza ki újra a pályákat.
made-qr-too-long = Ez a link túl hosszú egy olyan QR-kódhoz, amelyet a táblagép be tud olvasni ({ $length } { $length ->
        [one] karakter
       *[other] karakter
    }; egy kódba { $max } fér). Ossza meg magát a linket, vagy töltse le a fájlt, és nyissa meg minden táblagépen itt: „Felnőtteknek” → „Játékosok behozása fájlból”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Saját pályák készítése
made-page-intro = Írjon egy pályát a saját szavaival, és ellenőrizze, hogy működik-e. A pályái ebben a böngészőben maradnak, a „Saját pályáim” részben, és ugyanúgy kiadhatja őket egy osztálynak, mint a játék pályáit.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Új pálya
made-page-editing = Szerkesztés: „{ $title }”
made-page-editing-hint = Mentéskor ez a változat lép a korábbi helyére a saját pályái között.
made-page-start-new = Új pálya kezdése
made-page-kind = A pálya fajtája
made-page-band = Korosztály
made-page-title = Cím
made-page-task = Feladat: mit kell a tanulóknak megcsinálniuk
made-page-learned = Mit tanultak a tanulók (a végén jelenik meg)
made-page-hints = Három tipp
made-page-hint-1 = 1. tipp: egy kis lökés
made-page-hint-2 = 2. tipp: az ötlet
made-page-hint-3 = 3. tipp: a válasz egy része, nem az egész

# The robot grid.
made-page-width = Szélesség (mező)
made-page-height = Magasság (sor)
made-page-paint = Festés ezzel
made-page-board = Tábla
made-page-board-hint = Koppintson egy mezőre a festéshez. Kezdőmezőből és zászlóból csak egy van: ha máshová festi, átkerül oda. Billentyűzettel a nyílbillentyűk visznek mezőről mezőre.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = { $row }. sor, { $column }. mező: { $what }
made-page-square-wall = fal
made-page-square-floor = padló
made-page-square-start = kezdőmező
made-page-square-flag = zászló
made-page-square-lamp = lámpa
made-page-square-red = piros padló
made-page-square-blue = kék padló
made-page-square-green = zöld padló
made-page-facing = A robot kezdetben erre néz:
made-page-facing-north = észak (fel)
made-page-facing-east = kelet (jobbra)
made-page-facing-south = dél (le)
made-page-facing-west = nyugat (balra)
made-page-tiles = Blokkok, amelyeket a tanulók használhatnak
made-page-conditions = Kérdések, amelyeket a „Ha” és az „Ismételd, amíg” blokk feltehet
made-page-conditions-hint = Jelöljön be legalább egyet.
made-page-slots-main = Blokkok száma a főprogramban (1–16)
made-page-slots-p1 = Blokkok száma a Segítő 1 részben (1–10)

# Sort into two boxes.
made-page-box-left = Bal oldali doboz (pipa)
made-page-box-right = Jobb oldali doboz (iksz)
made-page-cards = Kártyák (2–{ $max })
made-page-card = { $number }. kártya
made-page-card-box = A(z) { $number }. kártya doboza
made-page-reason-card = Miért oda tartozik a(z) { $number }. kártya
made-page-add-card = Kártya hozzáadása
made-page-remove-card = A(z) { $number }. kártya eltávolítása

# Pick the reply.
made-page-prompt = A helyzet, például egy üzenet, amelyet a tanulók kapnak
made-page-replies = Válaszok (2–4, egyikük helyes)
made-page-reply = { $number }. válasz
made-page-right = A(z) { $number }. válasz a helyes
made-page-reason-reply = Miért helyes vagy helytelen a(z) { $number }. válasz
made-page-add-reply = Válasz hozzáadása
made-page-remove-reply = A(z) { $number }. válasz eltávolítása

# Spot the red flags.
made-page-screen = Amit a tanulók látnak
made-page-screen-message = Csevegőüzenet
made-page-screen-email = E-mail
made-page-screen-web = Weboldal
made-page-parts = Sorok felülről lefelé (2–{ $max }: némelyik vészjel, némelyik rendben van)
made-page-part = { $number }. sor
made-page-flag = A(z) { $number }. sor vészjel
made-page-reason-part = Miért rendben van vagy miért vészjel a(z) { $number }. sor
made-page-add-part = Sor hozzáadása
made-page-remove-part = A(z) { $number }. sor eltávolítása

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Eltávolítás
made-page-check = A pálya ellenőrzése
made-page-save = Mentés a saját pályáim közé
made-page-checking = A pálya ellenőrzése folyik. Ez eltarthat néhány másodpercig…
# After saving; a made-checked-… message follows it.
made-page-saved = Mentve a saját pályái közé: „{ $title }”.
made-page-copied = Egy másolat van a fenti űrlapon. Módosítsa, aztán mentse.

# My levels.
made-page-library = Saját pályáim
made-page-library-empty = Még nincs pálya. Az elmentett pályák itt jelennek meg.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = legjobb: { $par } { $par ->
        [one] blokk
       *[other] blokk
    }
made-page-edit = Szerkesztés
made-page-edit-level = Szerkesztés: { $title }
made-page-copy = Másolás
made-page-copy-level = Másolás: { $title }
made-page-remove-level = Eltávolítás: { $title }
made-page-remove-confirm = Eltávolítja ezt a pályát a saját pályái közül: „{ $title }”? A már elkészült linkekben megmarad.
made-page-remove-yes = Igen, eltávolítom
made-page-removed = Eltávolítva a saját pályái közül: „{ $title }”.
made-page-download = Saját pályáim letöltése
made-page-import = Pályák hozzáadása fájlból
made-page-import-file = Pályafájl
made-page-import-unreadable = A(z) { $file } fájlt nem sikerült beolvasni.

# In "Give levels to a class".
made-page-assign = Saját készítésű pályák
made-page-assign-none = Itt jelennek meg a pályák, amelyeket a „Saját pályák készítése” részben ment.
made-page-assign-max = Egy linkben legfeljebb { $max }. A saját készítésű pályákat tartalmazó link mindig alá van írva.
made-page-assignment-file = A fájl letöltése a táblagépekre
