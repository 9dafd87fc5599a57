# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences (the filter shows the id before the title)
digcomp-1-1 = Brskanje, iskanje in filtriranje podatkov, informacij in digitalnih vsebin
digcomp-1-2 = Vrednotenje podatkov, informacij in digitalnih vsebin
digcomp-1-3 = Upravljanje podatkov, informacij in digitalnih vsebin
digcomp-2-5 = Spletni bonton
digcomp-2-6 = Upravljanje digitalne identitete
digcomp-3-4 = Programiranje
digcomp-4-1 = Varovanje naprav
digcomp-4-2 = Varovanje osebnih podatkov in zasebnosti
digcomp-4-3 = Varovanje zdravja in dobrega počutja
digcomp-5-1 = Reševanje tehničnih težav

## DigComp 3.0 competences (JRC, 2025)
digcomp3-1-1 = Brskanje, iskanje in filtriranje informacij
digcomp3-1-2 = Vrednotenje informacij
digcomp3-1-3 = Upravljanje informacij
digcomp3-2-1 = Interakcija prek digitalnih tehnologij in z njimi
digcomp3-2-2 = Deljenje prek digitalnih tehnologij
digcomp3-2-3 = Državljansko udejstvovanje prek digitalnih tehnologij
digcomp3-2-4 = Sodelovanje prek digitalnih tehnologij
digcomp3-2-5 = Digitalno vedenje
digcomp3-2-6 = Upravljanje digitalne identitete
digcomp3-3-1 = Razvijanje digitalnih vsebin
digcomp3-3-2 = Vključevanje in predelava digitalnih vsebin
digcomp3-3-3 = Avtorske pravice in licence
digcomp3-3-4 = Računalniško mišljenje in programiranje
digcomp3-4-1 = Varovanje naprav
digcomp3-4-2 = Varovanje osebnih podatkov in zasebnosti
digcomp3-4-3 = Podpiranje dobrega počutja
digcomp3-4-4 = Vplivi digitalnih tehnologij na okolje
digcomp3-5-1 = Prepoznavanje in reševanje tehničnih težav
digcomp3-5-2 = Prepoznavanje potreb in digitalnih tehnoloških odzivov
digcomp3-5-3 = Prepoznavanje ustvarjalnih rešitev z digitalnimi tehnologijami
digcomp3-5-4 = Prepoznavanje in odpravljanje vrzeli v digitalnih kompetencah

## Stored class data
class-load-damaged = Podatkov razreda, shranjenih v tem brskalniku, ni bilo mogoče prebrati. Shranjeni so posebej, stran pa se začne prazna.
class-load-newer = Podatke razreda v tem brskalniku je shranila novejša različica Byte Bridge. Ta stran jih pusti nespremenjene in se začne prazna: nič, kar zdaj naredite tukaj, se ne shrani. Za ogled razreda odprite novejšo stran za učitelje.

## Making an assignment
class-assign-failed = Naloge ni bilo mogoče ustvariti. Poskusite znova.
class-assign-no-levels = Izberite vsaj eno stopnjo.
class-assign-no-random = Ta brskalnik ne more ustvariti varnega ključa razreda, zato povezava ni bila ustvarjena. To stran odprite v posodobljenem brskalniku.
class-assign-too-many = Izberite največ { $max } { $max ->
        [one] stopnjo
        [two] stopnji
        [few] stopnje
       *[other] stopenj
    } za eno povezavo.
class-assign-no-name = Razredu dajte ime, na primer „4. b“.

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [0] nič novega (že tukaj).
    [one] { $count } nov poskus.
    [two] { $count } nova poskusa.
    [few] { $count } novi poskusi.
   *[other] { $count } novih poskusov.
}
class-imported-altered = { $nickname }: ta datoteka je bila spremenjena, potem ko jo je igra zapisala, ali pa nima podpisa svojega razreda. Nič iz nje ni bilo šteto.
class-import-too-large = Datoteka { $file } je prevelika za datoteko učenca, zato ni bila prebrana.
class-import-not-ours = Datoteka { $file } ni iz Byte Bridge.
class-import-players-file = Datoteka { $file } je datoteka z igralci za prenos igralcev med tablicami. Na tablici učenca raje uporabite „Pošlji učitelju“.
class-import-truncated = Datoteka { $file } je nepopolna. Prosite učenca, naj jo shrani znova.
class-import-newer = Datoteko { $file } je ustvarila novejša različica Byte Bridge. Za branje odprite novejšo stran za učitelje.
class-import-damaged = Datoteka { $file } je poškodovana in je ni bilo mogoče prebrati. Prosite učenca, naj jo shrani znova.
class-import-over-limits = Datoteka { $file } vsebuje več, kot Byte Bridge kdaj hrani za enega učenca (predolgi programi, preveč poskusov, stopenj ali odgovorov), sama ali skupaj s tem, kar ta stran o učencu že ima. Verjetno je bila narejena ročno. Iz nje ni bilo preneseno nič.
class-code-not-ours = Ta koda QR ni iz Byte Bridge.
class-code-newer = Ta koda QR je iz novejše različice Byte Bridge.
class-code-damaged = Te kode QR ni bilo mogoče prebrati v celoti. Poskusite znova, malo bliže.
class-no-such-pupil = Tega učenca ni več v podatkih razreda.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Napačni odgovori med potjo
class-outcome-hit-wall = Robot se je zaletel v zid
class-outcome-left-board = Robot bi zapustil igralno ploščo
class-outcome-no-lamp = Poskus prižiganja tam, kjer ni svetilke
class-outcome-out-of-commands = Program se je ustavil prezgodaj
class-outcome-step-budget = Program se je vrtel v krogu
class-outcome-too-many-calls = Pomočniki so se klicali prepogosto
class-outcome-finished = Končano
class-outcome-other = Ni končano

## CSV column headings
class-csv-pupil-id = Id učenca
class-csv-nickname = Ime v igri
class-csv-note = Pravo ime (opomba učitelja)
class-csv-classes = Razred
class-csv-level-id = Id stopnje
class-csv-level = Stopnja
class-csv-stars = Zvezdice
class-csv-attempts = Poskusi
class-csv-seconds = Čas (sekunde)
class-csv-hints = Namigi
class-csv-finished = Končano
class-csv-yes = da
class-csv-no = ne
