# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Pregledavanje, pretraživanje i filtriranje podataka, informacija i digitalnog sadržaja
digcomp-1-2 = Vrednovanje podataka, informacija i digitalnog sadržaja
digcomp-1-3 = Upravljanje podacima, informacijama i digitalnim sadržajem
digcomp-2-5 = Mrežni bonton
digcomp-2-6 = Upravljanje digitalnim identitetom
digcomp-3-4 = Programiranje
digcomp-4-1 = Zaštita uređaja
digcomp-4-2 = Zaštita osobnih podataka i privatnosti
digcomp-4-3 = Zaštita zdravlja i dobrobiti
digcomp-5-1 = Rješavanje tehničkih problema

## DigComp 3.0 competences
digcomp3-1-1 = Pregledavanje, pretraživanje i filtriranje informacija
digcomp3-1-2 = Vrednovanje informacija
digcomp3-1-3 = Upravljanje informacijama
digcomp3-2-1 = Interakcija putem digitalnih tehnologija i s njima
digcomp3-2-2 = Dijeljenje putem digitalnih tehnologija
digcomp3-2-3 = Građansko sudjelovanje putem digitalnih tehnologija
digcomp3-2-4 = Suradnja putem digitalnih tehnologija
digcomp3-2-5 = Digitalno ponašanje
digcomp3-2-6 = Upravljanje digitalnim identitetom
digcomp3-3-1 = Razvoj digitalnog sadržaja
digcomp3-3-2 = Integriranje i preoblikovanje digitalnog sadržaja
digcomp3-3-3 = Autorska prava i licencije
digcomp3-3-4 = Računalno razmišljanje i programiranje
digcomp3-4-1 = Zaštita uređaja
digcomp3-4-2 = Zaštita osobnih podataka i privatnosti
digcomp3-4-3 = Podrška dobrobiti
digcomp3-4-4 = Utjecaj digitalnih tehnologija na okoliš
digcomp3-5-1 = Prepoznavanje i rješavanje tehničkih problema
digcomp3-5-2 = Prepoznavanje potreba i tehnoloških rješenja
digcomp3-5-3 = Kreativna rješenja uz digitalne tehnologije
digcomp3-5-4 = Prepoznavanje i popunjavanje praznina u digitalnim kompetencijama

## Stored class data
class-load-damaged = Podaci razreda spremljeni u ovom pregledniku nisu se mogli pročitati. Ostavljeni su sa strane, a stranica počinje prazna.
class-load-newer = Podatke razreda u ovom pregledniku spremila je novija verzija Byte Bridgea. Ova ih stranica ostavlja nepromijenjenima i počinje prazna: ništa što sada ovdje napravite neće se sačuvati. Otvorite noviju stranicu za učitelje da vidite svoj razred.

## Making an assignment
class-assign-failed = Zadatak se nije mogao izraditi. Pokušajte ponovno.
class-assign-no-levels = Odaberite barem jednu razinu.
class-assign-no-random = Ovaj preglednik ne može izraditi siguran ključ razreda pa poveznica nije izrađena. Otvorite ovu stranicu u novom pregledniku.
class-assign-too-many = Odaberite najviše { $max } { $max ->
        [one] razinu
        [few] razine
       *[other] razina
    } za jednu poveznicu.
class-assign-no-name = Dajte razredu naziv, na primjer „4.b“.

## Bringing in files and codes
class-imported = { $nickname }: { $count ->
    [0] ništa novo (već je ovdje).
    [one] 1 novi pokušaj.
    [few] { $count } nova pokušaja.
   *[other] { $count } novih pokušaja.
}
class-imported-altered = { $nickname }: ova je datoteka izmijenjena nakon što ju je igra zapisala ili nema potpis svog razreda. Ništa iz nje nije uračunato.
class-import-too-large = { $file } je prevelika za datoteku učenika pa nije pročitana.
class-import-not-ours = { $file } nije datoteka iz Byte Bridgea.
class-import-players-file = { $file } je datoteka s igračima za premještanje između tableta. Na tabletu učenika umjesto toga upotrijebite „Pošalji učitelju“.
class-import-truncated = { $file } je nepotpuna. Zamolite učenika da je ponovno spremi.
class-import-newer = { $file } izradila je novija verzija Byte Bridgea. Otvorite noviju stranicu za učitelje da je pročitate.
class-import-damaged = { $file } je oštećena i nije se mogla pročitati. Zamolite učenika da je ponovno spremi.
class-import-over-limits = { $file } sadrži više nego što Byte Bridge ikad čuva za jednog učenika (predugi programi, previše pokušaja, razina ili odgovora), sama ili zajedno s onim što ova stranica već ima za tog učenika. Vjerojatno je izrađena ručno. Ništa iz nje nije dodano.
class-code-not-ours = Taj QR kod nije iz Byte Bridgea.
class-code-newer = Taj QR kod dolazi iz novije verzije Byte Bridgea.
class-code-damaged = Taj QR kod nije se mogao potpuno pročitati. Pokušajte ponovno, malo bliže.
class-no-such-pupil = Taj učenik više nije u podacima razreda.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Pogrešni odgovori usput
class-outcome-hit-wall = Robot je udario u zid
class-outcome-left-board = Robot bi napustio ploču
class-outcome-no-lamp = Pokušaj paljenja gdje nema lampe
class-outcome-out-of-commands = Program je stao prerano
class-outcome-step-budget = Program se vrtio ukrug
class-outcome-too-many-calls = Pomoćnici su se prečesto pozivali
class-outcome-finished = Završeno
class-outcome-other = Nije završeno

## CSV column headings
class-csv-pupil-id = ID učenika
class-csv-nickname = Ime u igri
class-csv-note = Pravo ime (bilješka učitelja)
class-csv-classes = Razred
class-csv-level-id = ID razine
class-csv-level = Razina
class-csv-stars = Zvjezdice
class-csv-attempts = Pokušaji
class-csv-seconds = Vrijeme (sekunde)
class-csv-hints = Savjeti
class-csv-finished = Završeno
class-csv-yes = da
class-csv-no = ne
