# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences (the filter shows the id before the title)
digcomp-1-1 = Att surfa, söka och filtrera data, information och digitalt innehåll
digcomp-1-2 = Att värdera data, information och digitalt innehåll
digcomp-1-3 = Att hantera data, information och digitalt innehåll
digcomp-2-5 = Nätetikett
digcomp-2-6 = Att hantera sin digitala identitet
digcomp-3-4 = Programmering
digcomp-4-1 = Att skydda enheter
digcomp-4-2 = Att skydda personuppgifter och integritet
digcomp-4-3 = Att skydda hälsa och välbefinnande
digcomp-5-1 = Att lösa tekniska problem

## DigComp 3.0 competences (JRC, 2025)
digcomp3-1-1 = Att surfa, söka och filtrera information
digcomp3-1-2 = Att värdera information
digcomp3-1-3 = Att hantera information
digcomp3-2-1 = Att interagera genom och med digital teknik
digcomp3-2-2 = Att dela genom digital teknik
digcomp3-2-3 = Att delta i samhället genom digital teknik
digcomp3-2-4 = Att samarbeta genom digital teknik
digcomp3-2-5 = Digitalt beteende
digcomp3-2-6 = Att hantera sin digitala identitet
digcomp3-3-1 = Att utveckla digitalt innehåll
digcomp3-3-2 = Att integrera och bearbeta digitalt innehåll
digcomp3-3-3 = Upphovsrätt och licenser
digcomp3-3-4 = Datalogiskt tänkande och programmering
digcomp3-4-1 = Att skydda enheter
digcomp3-4-2 = Att skydda personuppgifter och integritet
digcomp3-4-3 = Att främja välbefinnande
digcomp3-4-4 = Digital tekniks miljöpåverkan
digcomp3-5-1 = Att identifiera och lösa tekniska problem
digcomp3-5-2 = Att identifiera behov och digitala tekniska lösningar
digcomp3-5-3 = Att hitta kreativa lösningar med digital teknik
digcomp3-5-4 = Att identifiera och möta behov av digital kompetens

## Stored class data
class-load-damaged = Klassens data som är sparad i den här webbläsaren kunde inte läsas. Den har lagts undan, och sidan börjar tom.
class-load-newer = Klassens data i den här webbläsaren sparades av en nyare version av Byte Bridge. Den här sidan lämnar den orörd och börjar tom: inget du gör här nu sparas. Öppna den nyare lärarsidan för att se din klass.

## Making an assignment
class-assign-failed = Uppdraget kunde inte skapas. Försök igen.
class-assign-no-levels = Välj minst en nivå.
class-assign-no-random = Den här webbläsaren kan inte skapa en säker klassnyckel, så ingen länk skapades. Öppna sidan i en uppdaterad webbläsare.
class-assign-too-many = Välj högst { $max } { $max ->
        [one] nivå
       *[other] nivåer
    } för en länk.
class-assign-no-name = Ge klassen ett namn, till exempel ”4B”.

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [0] inget nytt (fanns redan).
    [one] 1 nytt försök.
   *[other] { $count } nya försök.
}
class-imported-altered = { $nickname }: den här filen ändrades efter att spelet skrev den, eller saknar klassens signatur. Inget från den räknades.
class-import-too-large = { $file } är för stor för att vara en elevfil, så den lästes inte.
class-import-not-ours = { $file } är ingen fil från Byte Bridge.
class-import-players-file = { $file } är en spelarfil för att flytta spelare mellan surfplattor. Använd i stället ”Skicka till min lärare” på elevens surfplatta.
class-import-truncated = { $file } är avkortad. Be eleven spara den igen.
class-import-newer = { $file } skapades av en nyare version av Byte Bridge. Öppna den nyare lärarsidan för att läsa den.
class-import-damaged = { $file } är skadad och kunde inte läsas. Be eleven spara den igen.
class-import-over-limits = { $file } innehåller mer än Byte Bridge någonsin sparar för en elev (för långa program, för många försök, nivåer eller svar), ensam eller tillsammans med det som sidan redan har för eleven. Den har troligen gjorts för hand. Inget från den hämtades in.
class-code-not-ours = Den QR-koden kommer inte från Byte Bridge.
class-code-newer = Den QR-koden kommer från en nyare version av Byte Bridge.
class-code-damaged = Den QR-koden kunde inte läsas helt. Försök igen, lite närmare.
class-no-such-pupil = Eleven finns inte längre i klassens data.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Fel svar på vägen
class-outcome-hit-wall = Roboten körde in i en vägg
class-outcome-left-board = Roboten skulle ha lämnat brädet
class-outcome-no-lamp = Försökte tända där det inte finns någon lampa
class-outcome-out-of-commands = Programmet slutade för tidigt
class-outcome-step-budget = Programmet gick runt, runt
class-outcome-too-many-calls = Hjälparna anropade varandra för ofta
class-outcome-finished = Klarad
class-outcome-other = Inte klarad

## CSV column headings
class-csv-pupil-id = Elev-id
class-csv-nickname = Spelnamn
class-csv-note = Riktigt namn (lärarens anteckning)
class-csv-classes = Klass
class-csv-level-id = Nivå-id
class-csv-level = Nivå
class-csv-stars = Stjärnor
class-csv-attempts = Försök
class-csv-seconds = Tid (sekunder)
class-csv-hints = Tips
class-csv-finished = Klarad
class-csv-yes = ja
class-csv-no = nej
