# Pagina pentru profesori: un link pentru o clasă, rezultatele elevilor, vederea clasei. Adresare politicoasă (dumneavoastră).

teacher-page-title = Byte Bridge pentru profesori
teacher-title = Byte Bridge pentru profesori
teacher-tagline = Dați niveluri clasei, strângeți rezultatele, vedeți cine are nevoie de ajutor.
teacher-skip = Sari la conținutul paginii
teacher-language = Limba

## Ajutor
teacher-help = Ajutor: unde ajung datele clasei?
teacher-help-local = Tot ce e pe această pagină rămâne în acest browser, pe acest dispozitiv. Nu există conturi și nici server: nu se trimite nimic nicăieri, decât dacă setați un depozit de înregistrări la „Trimiteți către un depozit de înregistrări”.
teacher-help-files = Rezultatele vin de pe tabletele elevilor, ca fișiere sau coduri QR. Aduceți fișierele la „Strângeți rezultatele” sau scanați codurile cu camera acestui dispozitiv.
teacher-help-signing = Cu „Semnați fișierele elevilor cu o cheie a clasei”, tabletele semnează fiecare fișier de rezultate și fiecare cod QR. Unul modificat ulterior e marcat aici și nu se numără; după ce fișierele unui elev au fost semnate, nici fișierele și codurile lui fără semnătură validă nu se mai numără. Cheia e păstrată pe tablete, așa că aceasta prinde fișierele modificate, nu pe cineva care copiază cheia de pe o tabletă și semnează rezultate inventate.
teacher-help-notes = Numele reale pe care le scrieți lângă un nume de joc rămân în acest browser. Îl părăsesc doar când bifați „Includeți numele reale” și apoi descărcați fișierul CSV sau tipăriți vederea clasei.
teacher-help-backup = Dacă ștergeți datele acestui browser, se șterg și datele clasei. Descărcați din când în când fișierul CSV, ca să aveți o copie.
teacher-help-insecure = Această pagină nu e servită prin HTTPS, deci nu poate funcționa offline și nu poate folosi camera. Fișierele de rezultate funcționează mereu.

## Bannere
teacher-dismiss = OK
teacher-storage-full = Memoria acestui browser e plină, deci ultimele modificări nu sunt salvate. Descărcați acum fișierul CSV, apoi ștergeți linkurile vechi sau datele vechi ale clasei.
teacher-storage-blocked = Acest browser nu permite paginii să salveze nimic (mod privat sau o setare). Tot ce e aici se pierde când închideți fila, deci descărcați fișierul CSV înainte.
teacher-error-action = Ceva n-a mers bine. Vă rugăm să reîncărcați pagina și să încercați din nou; tot ce s-a salvat până acum rămâne.
teacher-error-start = Pagina pentru profesori nu a putut porni. Vă rugăm să o reîncărcați. Dacă se tot întâmplă, încercați un Chrome, Edge sau Firefox actualizat.
teacher-update-ready = O versiune nouă de Byte Bridge e pregătită.
teacher-update = Reîncărcați acum

## Dați niveluri unei clase
teacher-assign-title = Dați niveluri unei clase
teacher-assign-intro = Alegeți nivelurile, apoi creați un link. Elevii deschid linkul pe tablete sau îi scanează codul QR și găsesc nivelurile ca misiunea de azi.
teacher-class-name = Numele clasei
teacher-class-name-hint = De exemplu 4B. Numele ajunge prin link pe tablete, deci nu folosiți numele unui elev.
teacher-levels = Niveluri
teacher-band-filter = Grupa de vârstă
teacher-band-all = Toate vârstele
teacher-competence-filter = Competența DigComp 2.2
teacher-competence-all = Toate competențele
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Competența DigComp 3.0
teacher-digcomp3-all = Toate competențele
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Toată lumea „{ $world }”
teacher-no-levels = Niciun nivel nu se potrivește cu aceste filtre.
teacher-levels-selected = { $count ->
        [0] Niciun nivel ales încă.
        [one] { $count } nivel ales.
        [few] { $count } niveluri alese.
       *[other] { $count } de niveluri alese.
    }
teacher-select-none = Anulați alegerea
teacher-lock = Blocați celelalte niveluri
teacher-lock-hint = Elevii pot juca doar aceste niveluri cât timp misiunea e pe tableta lor.
teacher-sign = Semnați fișierele elevilor cu o cheie a clasei
teacher-sign-hint = Un fișier de rezultate sau un cod QR modificat după ce tableta l-a salvat e marcat și nu se numără. Cheia e păstrată pe tablete, așa că cineva care o copiază de pe o tabletă poate totuși semna rezultate inventate.
teacher-create = Creați linkul

## Linkul
teacher-link-ready = Linkul pentru clasa dumneavoastră
teacher-link = Link
teacher-copy = Copiați linkul
teacher-copied = Linkul a fost copiat.
teacher-copy-manual = Linkul e selectat. Copiați-l cu comanda de copiere a dispozitivului.
teacher-qr-label = Codul QR al linkului pentru { $name }
teacher-qr-caption = Elevii scanează acest cod cu camera tabletei ca să deschidă misiunea.
teacher-print-sheet = Tipăriți foaia
teacher-earlier-title = Linkuri anterioare
teacher-assignment-meta = { $count ->
        [one] { $count } nivel
        [few] { $count } niveluri
       *[other] { $count } de niveluri
    }, creat { $date }
teacher-assignment-levels = { $count ->
        [one] Arătați nivelul
        [few] Arătați toate cele { $count } niveluri
       *[other] Arătați toate cele { $count } de niveluri
    }
teacher-assignment-locked = celelalte niveluri blocate
teacher-assignment-signed = fișiere semnate
teacher-assignment-unsigned = fișiere nesemnate
teacher-show-qr = Arătați codul QR
teacher-hide-qr = Ascundeți codul QR
teacher-remove = Ștergeți linkul
teacher-remove-confirm = Ștergeți de pe această pagină linkul pentru „{ $name }”?
teacher-remove-yes = Da, ștergeți
teacher-cancel = Anulați
teacher-assignment-option = { $name } ({ $date })

## Foaia tipărită pentru elevi
teacher-sheet-title = Misiunea de azi
teacher-sheet-how = Scanează codul cu camera tabletei sau scrie linkul de mai jos în browser.
teacher-sheet-levels = Nivelurile de azi

## Strângeți rezultatele
teacher-collect-title = Strângeți rezultatele
teacher-collect-intro = Aduceți fișierele de rezultate ale elevilor, oricâte deodată, sau scanați codurile QR de pe tabletele lor.
teacher-drop-hint = Trageți aici fișierele elevilor
teacher-files-label = Fișierele de rezultate ale elevilor
teacher-choose-files = Alegeți fișiere
teacher-results-title = Aduse
teacher-results-empty = Niciun fișier adus încă.
teacher-results-clear = Goliți această listă
teacher-file-altered = Atenție: acest fișier a fost modificat după ce tableta l-a salvat.
teacher-file-failed = Neadus:
teacher-file-unreadable = { $file } nu a putut fi citit. Încercați din nou sau salvați-l din nou pe tabletă.
teacher-code-unreadable = Acest cod QR nu a putut fi citit. Vă rugăm să încercați din nou.
teacher-status-signed = semnat
teacher-status-unsigned = neverificat
teacher-status-summary = dintr-un cod QR
teacher-scan-title = Scanați coduri QR
teacher-scan-intro = Îndreptați camera spre codul de rezultate al unui elev. Camera caută apoi codul următorului elev până o opriți.
teacher-scan = Scanați un cod QR
teacher-stop-camera = Opriți camera
teacher-camera-label = Imaginea camerei
teacher-camera-starting = Se pornește camera…
teacher-camera-looking = Se caută un cod QR…
teacher-camera-next = Gata. Arătați codul următor.
teacher-camera-stopped = Camera e oprită.
teacher-camera-unavailable = Camera nu poate fi folosită aici: nu există, nu a fost permisă sau pagina nu e servită prin HTTPS. Fișierele de rezultate funcționează mereu.
teacher-scanner-unavailable = Cititorul de coduri QR nu s-a putut încărca. Conectați-vă o dată la internet și încercați din nou. Fișierele de rezultate funcționează mereu.

## Clasa dumneavoastră
teacher-class-title = Clasa dumneavoastră
teacher-show-assignment = Arătați
teacher-all-levels = Toate nivelurile
teacher-no-pupils = Niciun rezultat încă. Strângeți mai sus fișierele sau codurile elevilor.
teacher-note-hint = Numele reale rămân doar pe acest dispozitiv. Descărcările nu le includ decât dacă bifați „Includeți numele reale”.
teacher-note-label = Nume real
teacher-note-for = Numele real al lui { $name }
teacher-grid-caption = { $count ->
        [one] { $count } elev, toate nivelurile
        [few] { $count } elevi, toate nivelurile
       *[other] { $count } de elevi, toate nivelurile
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } elev
        [few] { $name }: { $count } elevi
       *[other] { $name }: { $count } de elevi
    }
teacher-pupil = Elev
teacher-pupil-altered = Fișier modificat
teacher-cell-empty = nejucat
teacher-cell-detail = { $attempts ->
        [one] { $attempts } încercare
        [few] { $attempts } încercări
       *[other] { $attempts } de încercări
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } indiciu
        [few] {" "}· { $hints } indicii
       *[other] {" "}· { $hints } de indicii
    }
teacher-forget = Ștergeți elevul
teacher-forget-pupil = Ștergeți elevul { $name }
teacher-forget-confirm = Ștergeți de pe această pagină elevul { $name } și toate rezultatele lui?
teacher-forget-yes = Da, ștergeți
teacher-forgotten = Elevul { $name } a fost șters.

## Un elev la un nivel
teacher-cell-title = { $pupil }: { $level }
teacher-close = Închideți
teacher-no-attempts = Nicio încercare încă.
teacher-attempt-title = Încercarea { $number }, { $when }
teacher-attempt-stars = Stele
teacher-stars-count = { $count ->
        [one] { $count } stea
        [few] { $count } stele
       *[other] { $count } de stele
    }
teacher-attempt-outcome = Rezultat
teacher-attempt-time = Timp
teacher-attempt-hints = Indicii
teacher-attempt-mistakes = Greșeli
teacher-program-main = Programul principal
teacher-program-p1 = Ajutor 1
teacher-program-p2 = Ajutor 2
teacher-program-empty = (gol)
teacher-tile-else = altfel
teacher-code = Ca cod
teacher-code-note = Același program ca text, într-un limbaj asemănător cu Python. Elevii îl văd în joc cu „Arată ca cod”.
teacher-answers = Răspunsuri

## Pe nivel
teacher-summary-title = Pe nivel
teacher-summary-caption = Cum a mers fiecare nivel
teacher-summary-level = Nivel
teacher-summary-played = Jucat
teacher-summary-finished = Terminat
teacher-summary-stuck = Blocați
teacher-summary-mean = Încercări în medie
teacher-summary-common = Cele mai dese probleme
teacher-problem-count = { $text } × { $count }

## Descărcare, tipărire, ștergere
teacher-export-title = Descărcați, tipăriți, ștergeți
teacher-include-notes = Includeți numele reale
teacher-include-notes-hint = Bifați doar pentru un fișier sau o foaie tipărită care rămâne la dumneavoastră, de exemplu pentru evidența proprie.
teacher-download-csv = Descărcați CSV
teacher-download-xapi = Descărcați xAPI (JSON)
teacher-print-class = Tipăriți vederea clasei
teacher-clear = Ștergeți datele clasei
teacher-clear-confirm = Ștergeți din acest browser toți elevii, rezultatele, numele reale și linkurile? Acțiunea nu poate fi anulată. Descărcați întâi fișierul CSV dacă vreți să păstrați rezultatele.
teacher-clear-yes = Da, ștergeți tot
teacher-cleared = Datele clasei au fost șterse.
teacher-language-unavailable = Limba { $language } nu a putut fi descărcată: acest browser nu o are încă. Conectați-vă la internet și alegeți-o din nou.

## Trimiteți către un depozit de înregistrări ale învățării (LRS)
teacher-lrs-title = Trimiteți către un depozit de înregistrări
teacher-lrs-intro = Dacă școala dumneavoastră sau ministerul strânge rezultatele într-un depozit de înregistrări ale învățării (LRS), introduceți aici adresa xAPI, cheia și secretul acestuia. Apoi fiecare rezultat pe care îl aduceți e trimis acolo automat, o singură dată. Adresa, cheia și secretul rămân în acest browser: tabletele elevilor nu le primesc niciodată.
teacher-lrs-endpoint = Adresa xAPI (endpoint)
teacher-lrs-key = Cheia (nume de utilizator)
teacher-lrs-secret = Secretul (parola)
teacher-lrs-secret-kept = Lăsați câmpul gol ca să păstrați secretul salvat înainte pentru această adresă și această cheie.
teacher-lrs-save = Salvați și trimiteți
teacher-lrs-forget = Uitați acest depozit de înregistrări
teacher-lrs-retry = Încercați din nou acum
teacher-lrs-off = Nu e setat niciun depozit de înregistrări. Rezultatele rămân în acest browser și în fișierele descărcate.
teacher-lrs-done = { $sent ->
        [one] Singurul rezultat e în depozitul de înregistrări.
        [few] Toate cele { $sent } rezultate sunt în depozitul de înregistrări.
       *[other] Toate cele { $sent } de rezultate sunt în depozitul de înregistrări.
    }
teacher-lrs-sending = { $waiting ->
        [one] Trimitere în curs: un rezultat așteaptă.
        [few] Trimitere în curs: { $waiting } rezultate așteaptă.
       *[other] Trimitere în curs: { $waiting } de rezultate așteaptă.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Un rezultat așteaptă: depozitul de înregistrări nu poate fi contactat. Se reîncearcă în { $seconds } s. Dacă mesajul rămâne, cereți persoanei care administrează depozitul de înregistrări să permită adresa acestei pagini.
        [few] { $waiting } rezultate așteaptă: depozitul de înregistrări nu poate fi contactat. Se reîncearcă în { $seconds } s. Dacă mesajul rămâne, cereți persoanei care administrează depozitul de înregistrări să permită adresa acestei pagini.
       *[other] { $waiting } de rezultate așteaptă: depozitul de înregistrări nu poate fi contactat. Se reîncearcă în { $seconds } s. Dacă mesajul rămâne, cereți persoanei care administrează depozitul de înregistrări să permită adresa acestei pagini.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Un rezultat așteaptă: depozitul de înregistrări a răspuns cu eroarea { $status }. Se reîncearcă în { $seconds } s.
        [few] { $waiting } rezultate așteaptă: depozitul de înregistrări a răspuns cu eroarea { $status }. Se reîncearcă în { $seconds } s.
       *[other] { $waiting } de rezultate așteaptă: depozitul de înregistrări a răspuns cu eroarea { $status }. Se reîncearcă în { $seconds } s.
    }
teacher-lrs-stopped-key = Trimiterea s-a oprit: depozitul de înregistrări nu acceptă această cheie și acest secret. Verificați-le și salvați din nou.
teacher-lrs-stopped-forbidden = Trimiterea s-a oprit: această cheie nu are voie să adauge rezultate în depozitul de înregistrări. Cereți persoanei care îl administrează o cheie care poate scrie declarații (statements).
teacher-lrs-stopped-address = Trimiterea s-a oprit: această adresă nu răspunde ca un depozit de înregistrări (răspuns { $status }). Verificați adresa xAPI.
teacher-lrs-refused = { $refused ->
        [one] Depozitul de înregistrări a refuzat un rezultat. A fost pus deoparte și nu mai e trimis.
        [few] Depozitul de înregistrări a refuzat { $refused } rezultate. Au fost puse deoparte și nu mai sunt trimise.
       *[other] Depozitul de înregistrări a refuzat { $refused } de rezultate. Au fost puse deoparte și nu mai sunt trimise.
    }
teacher-lrs-load-damaged = Setările depozitului de înregistrări salvate în acest browser nu au putut fi citite. Vă rugăm să le introduceți din nou: rezultatele pe care depozitul de înregistrări le are deja nu sunt stocate de două ori.
teacher-lrs-load-newer = Setările depozitului de înregistrări au fost salvate de o versiune mai nouă a acestei pagini. Reîncărcați pagina ca să obțineți noua versiune; până atunci nu se trimite nimic.
teacher-lrs-error-no-address = Introduceți adresa xAPI a depozitului de înregistrări.
teacher-lrs-error-address = Aceasta nu e adresa web a unui depozit de înregistrări. Ar trebui să arate ca https://lrs.example.org/xAPI/, fără ? sau #.
teacher-lrs-error-insecure = Adresa trebuie să înceapă cu https://, ca cheia și rezultatele să circule criptate.
teacher-lrs-error-credentials-in-address = Puneți cheia și secretul în câmpurile lor, nu în adresă.
teacher-lrs-error-no-key = Introduceți cheia și secretul primite pentru depozitul de înregistrări.
teacher-lrs-error-bad-key = Cheia nu poate conține ":". Cheia și secretul nu pot conține rânduri noi.
teacher-lrs-error-too-long = Unul dintre câmpuri e prea lung: adresa, cheia și secretul pot avea cel mult 500 de caractere fiecare.
teacher-lrs-forgotten = Adresa, cheia și secretul depozitului de înregistrări au fost șterse din acest browser.
teacher-lrs-empty = Încă nu e nimic de trimis. Rezultatele pe care le aduceți ajung automat în depozitul de înregistrări.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titlul
made-field-task = Sarcina
made-field-learned = „Ce au învățat elevii”
made-field-hint = Indiciu
made-field-box = Cutie
made-field-card = Cartonaș
made-field-prompt = Situația
made-field-reply = Răspuns
made-field-part = Rând din mesaj
made-field-reason = Explicație
made-problem-damaged = Acesta nu e un nivel făcut pe această pagină sau este deteriorat.
made-problem-newer = Acest nivel a fost făcut într-o versiune mai nouă a acestei pagini. Reîncărcați pagina ca să primiți versiunea nouă.
made-problem-language = Pagina aceasta nu cunoaște limba nivelului.
made-problem-missing = { $field }: vă rugăm să completați acest câmp.
made-problem-too-long = { $field }: vă rugăm să scurtați textul (cel mult { $max } { $max ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }).
made-problem-undrawable = { $field }: unele caractere nu pot fi afișate pe tablete: { $chars }. Vă rugăm să folosiți litere, cifre și semne de punctuație obișnuite (fără emoji).
made-problem-hints = Un nivel are nevoie de trei indicii: un mic imbold, ideea, apoi o parte din răspuns.
made-problem-count = { $field }: prea puține sau prea multe (cel mult { $max }).
made-problem-one-right = Marcați exact un răspuns drept cel corect.
made-problem-box-unused = Fiecare cutie are nevoie de cel puțin un cartonaș care îi aparține.
made-problem-flags = Marcați cel puțin un rând ca semnal de alarmă și lăsați cel puțin un rând fără semnal de alarmă.
made-problem-board-size = Tabla trebuie să aibă o lățime de 2 până la { $max } { $max ->
        [one] căsuță
        [few] căsuțe
       *[other] de căsuțe
    } și o înălțime de 1 până la { $max }.
made-problem-board-start = Puneți pe tablă exact o căsuță de start.
made-problem-board-goal = Puneți pe tablă un steag sau cel puțin o lampă.
made-problem-board = Tabla încalcă o regulă a jocului. Verificați căsuțele și blocurile pe care le oferiți.
made-problem-tiles = Oferiți cel puțin un bloc.
made-problem-already-solved = Robotul a terminat înainte să se miște: mutați steagul mai departe de start.
made-problem-slots = Cel mai scurt program care rezolvă această tablă are { $tiles } { $tiles ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    }. Lăsați în program loc pentru cel puțin { $tiles } { $tiles ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    }.
made-problem-unsolvable = Cu aceste blocuri, robotul nu poate ajunge la steag (și la fiecare lampă). Deschideți un drum sau oferiți mai multe blocuri (de exemplu rotiri sau o buclă).
made-problem-too-large = Tabla aceasta e prea mare pentru verificare: niciun program cu mai puțin de { $tiles } { $tiles ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    } nu o rezolvă, iar cele mai lungi sunt prea multe ca să fie încercate toate. Micșorați tabla sau scurtați drumul, ori oferiți o buclă.
made-problem-par = Nivelul nu are încă o soluție optimă: verificați-l mai întâi pe această pagină.
made-checked-robot = Robotul reușește: cel mai bun program are { $par } { $par ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    }. Elevii primesc 3 stele cu { $par } { $par ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    } sau mai puține.
made-checked-answers = Gata: fiecare răspuns are o explicație.
made-kind-robot_grid = Robot pe tablă
made-kind-sort = Sortare în două cutii
made-kind-pick_reply = Alegerea răspunsului
made-kind-spot_flags = Găsirea semnalelor de alarmă
made-copy-title = { $title } (copie)
made-import-done = { $added ->
    [one] A fost adăugat un nivel.
    [few] Au fost adăugate { $added } niveluri.
   *[other] Au fost adăugate { $added } de niveluri.
} { $skipped ->
    [0] {""}
    [one] Unul era deja aici.
    [few] { $skipped } erau deja aici.
   *[other] { $skipped } erau deja aici.
}
made-import-not-ours = { $file } nu este un fișier cu niveluri de pe această pagină.
made-import-too-large = { $file } e prea mare pentru un fișier cu niveluri (cel mult 1 MB și 100 de niveluri).
made-import-bad-level = { $file }: nivelul { $number } („{ $title }”) nu poate fi folosit, așa că nu s-a adăugat nimic. { $problem }
made-assign-too-many = Un link pentru clasă poate conține cel mult { $max } { $max ->
        [one] nivel făcut de dumneavoastră
        [few] niveluri făcute de dumneavoastră
       *[other] de niveluri făcute de dumneavoastră
    }.
made-assign-unknown = Un nivel ales nu mai este în biblioteca dumneavoastră. Alegeți din nou nivelurile.
made-qr-too-long = Linkul acesta e prea lung pentru un cod QR pe care îl poate citi o tabletă ({ $length } { $length ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }; un cod cuprinde { $max }). Trimiteți linkul ca atare sau descărcați fișierul și deschideți-l pe fiecare tabletă la „Adulți” → „Aduceți jucători dintr-un fișier”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Creați-vă propriile niveluri
made-page-intro = Scrieți un nivel cu propriile cuvinte și verificați dacă funcționează. Nivelurile dumneavoastră rămân în acest browser, la „Nivelurile mele”, și le puteți da unei clase ca pe nivelurile jocului.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Un nivel nou
made-page-editing = Modificare: „{ $title }”
made-page-editing-hint = La salvare, înlocuiește versiunea veche din nivelurile dumneavoastră.
made-page-start-new = Începeți un nivel nou
made-page-kind = Tipul nivelului
made-page-band = Grupa de vârstă
made-page-title = Titlul
made-page-task = Sarcina: ce li se cere elevilor
made-page-learned = Ce au învățat elevii (apare la final)
made-page-hints = Trei indicii
made-page-hint-1 = Indiciul 1: un mic imbold
made-page-hint-2 = Indiciul 2: ideea
made-page-hint-3 = Indiciul 3: o parte din răspuns, nu tot

# The robot grid.
made-page-width = Lățime (căsuțe)
made-page-height = Înălțime (rânduri)
made-page-paint = Pictați cu
made-page-board = Tabla
made-page-board-hint = Atingeți o căsuță ca s-o pictați. Există un singur start și un singur steag: dacă pictați altul, se mută acolo. Cu tastatura, săgețile trec de la o căsuță la alta.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rândul { $row }, căsuța { $column }: { $what }
made-page-square-wall = zid
made-page-square-floor = podea
made-page-square-start = start
made-page-square-flag = steag
made-page-square-lamp = lampă
made-page-square-red = podea roșie
made-page-square-blue = podea albastră
made-page-square-green = podea verde
made-page-facing = La început, robotul privește spre
made-page-facing-north = nord (în sus)
made-page-facing-east = est (spre dreapta)
made-page-facing-south = sud (în jos)
made-page-facing-west = vest (spre stânga)
made-page-tiles = Blocuri pe care elevii le pot folosi
made-page-conditions = Întrebări pe care le pot pune blocurile „Dacă” și „Repetă cât timp”
made-page-conditions-hint = Bifați cel puțin una.
made-page-slots-main = Blocuri în programul principal (între 1 și 16)
made-page-slots-p1 = Blocuri în „Ajutor 1” (între 1 și 10)

# Sort into two boxes.
made-page-box-left = Cutia din stânga (o bifă)
made-page-box-right = Cutia din dreapta (un X)
made-page-cards = Cartonașe (între 2 și { $max })
made-page-card = Cartonașul { $number }
made-page-card-box = Cutia pentru cartonașul { $number }
made-page-reason-card = De ce cartonașul { $number } merge acolo
made-page-add-card = Adăugați un cartonaș
made-page-remove-card = Ștergeți cartonașul { $number }

# Pick the reply.
made-page-prompt = Situația, de exemplu un mesaj pe care îl primesc elevii
made-page-replies = Răspunsuri (între 2 și 4, unul dintre ele corect)
made-page-reply = Răspunsul { $number }
made-page-right = Răspunsul { $number } este cel corect
made-page-reason-reply = De ce răspunsul { $number } este corect sau greșit
made-page-add-reply = Adăugați un răspuns
made-page-remove-reply = Ștergeți răspunsul { $number }

# Spot the red flags.
made-page-screen = Ce văd elevii
made-page-screen-message = Un mesaj pe chat
made-page-screen-email = Un e-mail
made-page-screen-web = O pagină web
made-page-parts = Rânduri, de sus în jos (între 2 și { $max }: unele sunt semnale de alarmă, altele sunt în regulă)
made-page-part = Rândul { $number }
made-page-flag = Rândul { $number } este un semnal de alarmă
made-page-reason-part = De ce rândul { $number } e în regulă sau e un semnal de alarmă
made-page-add-part = Adăugați un rând
made-page-remove-part = Ștergeți rândul { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Ștergeți
made-page-check = Verificați nivelul
made-page-save = Salvați în nivelurile mele
made-page-checking = Nivelul se verifică. Poate dura câteva secunde…
# After saving; a made-checked-… message follows it.
made-page-saved = „{ $title }” e salvat în nivelurile dumneavoastră.
made-page-copied = O copie e în formularul de mai sus. Modificați-o, apoi salvați-o.

# My levels.
made-page-library = Nivelurile mele
made-page-library-empty = Încă nu există niveluri. Nivelurile pe care le salvați apar aici.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = cel mai bun: { $par } { $par ->
        [one] bloc
        [few] blocuri
       *[other] de blocuri
    }
made-page-edit = Modificați
made-page-edit-level = Modificați { $title }
made-page-copy = Copiați
made-page-copy-level = Copiați { $title }
made-page-remove-level = Ștergeți { $title }
made-page-remove-confirm = Ștergeți „{ $title }” din nivelurile dumneavoastră? Linkurile create deja îl păstrează.
made-page-remove-yes = Da, ștergeți
made-page-removed = „{ $title }” a fost șters din nivelurile dumneavoastră.
made-page-download = Descărcați nivelurile mele
made-page-import = Adăugați niveluri dintr-un fișier
made-page-import-file = Fișier cu niveluri
made-page-import-unreadable = { $file } nu a putut fi citit.

# In "Give levels to a class".
made-page-assign = Niveluri făcute de dumneavoastră
made-page-assign-none = Aici apar nivelurile pe care le salvați la „Creați-vă propriile niveluri”.
made-page-assign-max = Cel mult { $max } într-un link. Un link cu niveluri făcute de dumneavoastră e mereu semnat.
made-page-assignment-file = Descărcați fișierul pentru tablete
