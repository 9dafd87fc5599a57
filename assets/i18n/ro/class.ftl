# Mesajele părții Rust a paginii pentru profesori. Etichetele paginii sunt în teacher.ftl.

## Competențele DigComp 2.2
digcomp-1-1 = Navigarea, căutarea și filtrarea datelor, informațiilor și conținutului digital
digcomp-1-2 = Evaluarea datelor, informațiilor și conținutului digital
digcomp-1-3 = Gestionarea datelor, informațiilor și conținutului digital
digcomp-2-5 = Eticheta pe internet (netichetă)
digcomp-2-6 = Gestionarea identității digitale
digcomp-3-4 = Programare
digcomp-4-1 = Protejarea dispozitivelor
digcomp-4-2 = Protejarea datelor personale și a vieții private
digcomp-4-3 = Protejarea sănătății și a stării de bine
digcomp-5-1 = Rezolvarea problemelor tehnice

## Competențele DigComp 3.0
digcomp3-1-1 = Navigarea, căutarea și filtrarea informațiilor
digcomp3-1-2 = Evaluarea informațiilor
digcomp3-1-3 = Gestionarea informațiilor
digcomp3-2-1 = Interacțiunea prin și cu tehnologiile digitale
digcomp3-2-2 = Partajarea prin tehnologiile digitale
digcomp3-2-3 = Implicarea civică prin tehnologiile digitale
digcomp3-2-4 = Colaborarea prin tehnologiile digitale
digcomp3-2-5 = Comportamentul digital
digcomp3-2-6 = Gestionarea identității digitale
digcomp3-3-1 = Dezvoltarea de conținut digital
digcomp3-3-2 = Integrarea și reelaborarea conținutului digital
digcomp3-3-3 = Drepturi de autor și licențe
digcomp3-3-4 = Gândire computațională și programare
digcomp3-4-1 = Protejarea dispozitivelor
digcomp3-4-2 = Protejarea datelor personale și a vieții private
digcomp3-4-3 = Sprijinirea stării de bine
digcomp3-4-4 = Impactul tehnologiilor digitale asupra mediului
digcomp3-5-1 = Identificarea și rezolvarea problemelor tehnice
digcomp3-5-2 = Identificarea nevoilor și a răspunsurilor tehnologice digitale
digcomp3-5-3 = Identificarea soluțiilor creative cu ajutorul tehnologiilor digitale
digcomp3-5-4 = Identificarea și abordarea nevoilor de competențe digitale

## Datele clasei salvate
class-load-damaged = Datele clasei salvate în acest browser nu au putut fi citite. Au fost puse deoparte, iar pagina pornește goală.
class-load-newer = Datele clasei din acest browser au fost salvate de o versiune mai nouă de Byte Bridge. Această pagină nu le modifică și pornește goală: nimic din ce faceți aici acum nu se păstrează. Deschideți pagina pentru profesori mai nouă ca să vedeți clasa.

## Crearea unei misiuni
class-assign-failed = Misiunea nu a putut fi creată. Vă rugăm să încercați din nou.
class-assign-no-levels = Alegeți cel puțin un nivel.
class-assign-no-random = Acest browser nu poate crea o cheie sigură pentru clasă, deci nu s-a creat niciun link. Vă rugăm să deschideți pagina într-un browser actualizat.
class-assign-too-many = Alegeți cel mult { $max } { $max ->
        [one] nivel
        [few] niveluri
       *[other] de niveluri
    } pentru un link.
class-assign-no-name = Dați un nume clasei, de exemplu „4B”.

## Aducerea fișierelor și codurilor
class-imported = { $nickname }: { $count ->
    [0] nimic nou (era deja aici).
    [one] 1 încercare nouă.
    [few] { $count } încercări noi.
   *[other] { $count } de încercări noi.
}
class-imported-altered = { $nickname }: acest fișier a fost modificat după ce jocul l-a scris sau nu are semnătura clasei lui. Nu s-a numărat nimic din el.
class-import-too-large = { $file } e prea mare pentru fișierul unui elev, așa că nu a fost citit.
class-import-not-ours = { $file } nu e un fișier Byte Bridge.
class-import-players-file = { $file } e un fișier de jucători, pentru mutarea jucătorilor între tablete. Pe tableta elevului, folosiți în schimb „Trimite profesorului”.
class-import-truncated = { $file } e incomplet. Rugați elevul să-l salveze din nou.
class-import-newer = { $file } a fost făcut de o versiune mai nouă de Byte Bridge. Deschideți pagina pentru profesori mai nouă ca să-l citiți.
class-import-damaged = { $file } e deteriorat și nu a putut fi citit. Rugați elevul să-l salveze din nou.
class-import-over-limits = { $file } conține mai mult decât păstrează vreodată Byte Bridge pentru un elev (programe prea lungi, prea multe încercări, niveluri sau răspunsuri), singur sau împreună cu ce are deja această pagină pentru elev. Probabil a fost făcut de mână. Nu s-a adus nimic din el.
class-code-not-ours = Acel cod QR nu e de la Byte Bridge.
class-code-newer = Acel cod QR vine de la o versiune mai nouă de Byte Bridge.
class-code-damaged = Acel cod QR nu a putut fi citit complet. Încercați din nou, puțin mai aproape.
class-no-such-pupil = Acest elev nu mai e în datele clasei.

## Grila și rezumatul
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Răspunsuri greșite pe parcurs
class-outcome-hit-wall = Robotul s-a lovit de un zid
class-outcome-left-board = Robotul ar fi ieșit de pe tablă
class-outcome-no-lamp = A încercat să aprindă unde nu e lampă
class-outcome-out-of-commands = Programul s-a oprit prea devreme
class-outcome-step-budget = Programul s-a învârtit la nesfârșit
class-outcome-too-many-calls = Ajutoarele s-au apelat unul pe altul de prea multe ori
class-outcome-finished = Terminat
class-outcome-other = Neterminat

## Titlurile coloanelor CSV
class-csv-pupil-id = Id elev
class-csv-nickname = Nume de joc
class-csv-note = Nume real (notița profesorului)
class-csv-classes = Clasa
class-csv-level-id = Id nivel
class-csv-level = Nivel
class-csv-stars = Stele
class-csv-attempts = Încercări
class-csv-seconds = Timp (secunde)
class-csv-hints = Indicii
class-csv-finished = Terminat
class-csv-yes = da
class-csv-no = nu
