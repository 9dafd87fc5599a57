# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Browse, søge og filtrere data, information og digitalt indhold
digcomp-1-2 = Vurdere data, information og digitalt indhold
digcomp-1-3 = Håndtere data, information og digitalt indhold
digcomp-2-5 = Netikette
digcomp-2-6 = Håndtere digital identitet
digcomp-3-4 = Programmering
digcomp-4-1 = Beskytte enheder
digcomp-4-2 = Beskytte personlige data og privatliv
digcomp-4-3 = Beskytte sundhed og trivsel
digcomp-5-1 = Løse tekniske problemer

## DigComp 3.0 competences
digcomp3-1-1 = Browse, søge og filtrere information
digcomp3-1-2 = Vurdere information
digcomp3-1-3 = Håndtere information
digcomp3-2-1 = Interagere gennem og med digitale teknologier
digcomp3-2-2 = Dele gennem digitale teknologier
digcomp3-2-3 = Deltage som medborger gennem digitale teknologier
digcomp3-2-4 = Samarbejde gennem digitale teknologier
digcomp3-2-5 = Digital adfærd
digcomp3-2-6 = Håndtere digital identitet
digcomp3-3-1 = Udvikle digitalt indhold
digcomp3-3-2 = Integrere og bearbejde digitalt indhold
digcomp3-3-3 = Ophavsret og licenser
digcomp3-3-4 = Datalogisk tænkning og programmering
digcomp3-4-1 = Beskytte enheder
digcomp3-4-2 = Beskytte personlige data og privatliv
digcomp3-4-3 = Støtte trivsel
digcomp3-4-4 = Digitale teknologiers miljøpåvirkning
digcomp3-5-1 = Identificere og løse tekniske problemer
digcomp3-5-2 = Identificere behov og digitalteknologiske løsninger
digcomp3-5-3 = Finde kreative løsninger med digitale teknologier
digcomp3-5-4 = Identificere og afhjælpe behov for digitale kompetencer

## Stored class data
class-load-damaged = Klassedataene, der er gemt i denne browser, kunne ikke læses. De er lagt til side, og siden starter tom.
class-load-newer = Klassedataene i denne browser er gemt af en nyere version af Byte Bridge. Denne side lader dem være og starter tom: Intet af det, du gør her nu, bliver gemt. Åbn den nyere lærerside for at se din klasse.

## Making an assignment
class-assign-failed = Opgaven kunne ikke laves. Prøv igen.
class-assign-no-levels = Vælg mindst én bane.
class-assign-no-random = Denne browser kan ikke lave en sikker klassenøgle, så der blev ikke lavet noget link. Åbn denne side i en opdateret browser.
class-assign-too-many = Vælg højst { $max } { $max ->
        [one] bane
       *[other] baner
    } til ét link.
class-assign-no-name = Giv klassen et navn, for eksempel »4.B«.

## Bringing in files and codes
class-imported = { $nickname }: { $count ->
    [0] intet nyt (allerede her).
    [one] { $count } nyt forsøg.
   *[other] { $count } nye forsøg.
}
class-imported-altered = { $nickname }: Denne fil er ændret, efter at spillet skrev den, eller den har ikke klassens signatur. Intet fra den er talt med.
class-import-too-large = { $file } er for stor til en elevfil, så den blev ikke læst.
class-import-not-ours = { $file } er ikke en fil fra Byte Bridge.
class-import-players-file = { $file } er en spillerfil til at flytte spillere mellem tablets. På elevens tablet skal du i stedet bruge »Send til min lærer«.
class-import-truncated = { $file } er afkortet. Bed eleven om at gemme den igen.
class-import-newer = { $file } er lavet af en nyere version af Byte Bridge. Åbn den nyere lærerside for at læse den.
class-import-damaged = { $file } er beskadiget og kunne ikke læses. Bed eleven om at gemme den igen.
class-import-over-limits = { $file } indeholder mere, end Byte Bridge nogensinde gemmer for én elev (for lange programmer, for mange forsøg, baner eller svar), alene eller sammen med det, denne side allerede har for eleven. Den er sandsynligvis lavet i hånden. Intet fra den er hentet ind.
class-code-not-ours = Den QR-kode er ikke fra Byte Bridge.
class-code-newer = Den QR-kode kommer fra en nyere version af Byte Bridge.
class-code-damaged = Den QR-kode kunne ikke læses helt. Prøv igen, lidt tættere på.
class-no-such-pupil = Denne elev er ikke længere i klassens data.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Forkerte svar undervejs
class-outcome-hit-wall = Robotten kørte ind i en mur
class-outcome-left-board = Robotten ville køre ud over kanten
class-outcome-no-lamp = Prøvede at tænde, hvor der ingen lampe er
class-outcome-out-of-commands = Programmet stoppede for tidligt
class-outcome-step-budget = Programmet kørte rundt og rundt
class-outcome-too-many-calls = Hjælperne kaldte hinanden for mange gange
class-outcome-finished = Klaret
class-outcome-other = Ikke klaret

## CSV column headings
class-csv-pupil-id = Elev-id
class-csv-nickname = Spilnavn
class-csv-note = Rigtigt navn (lærerens note)
class-csv-classes = Klasse
class-csv-level-id = Bane-id
class-csv-level = Bane
class-csv-stars = Stjerner
class-csv-attempts = Forsøg
class-csv-seconds = Tid (sekunder)
class-csv-hints = Tips
class-csv-finished = Klaret
class-csv-yes = ja
class-csv-no = nej
