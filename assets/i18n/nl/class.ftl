# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences (the filter shows the id before the title)
digcomp-1-1 = Browsen, zoeken en filteren van gegevens, informatie en digitale inhoud
digcomp-1-2 = Evalueren van gegevens, informatie en digitale inhoud
digcomp-1-3 = Beheren van gegevens, informatie en digitale inhoud
digcomp-2-5 = Netiquette
digcomp-2-6 = Beheren van de digitale identiteit
digcomp-3-4 = Programmeren
digcomp-4-1 = Beschermen van apparaten
digcomp-4-2 = Beschermen van persoonsgegevens en privacy
digcomp-4-3 = Beschermen van gezondheid en welzijn
digcomp-5-1 = Oplossen van technische problemen

## DigComp 3.0 competences (JRC, 2025)
digcomp3-1-1 = Browsen, zoeken en filteren van informatie
digcomp3-1-2 = Evalueren van informatie
digcomp3-1-3 = Beheren van informatie
digcomp3-2-1 = Interactie via en met digitale technologieën
digcomp3-2-2 = Delen via digitale technologieën
digcomp3-2-3 = Deelnemen aan de samenleving via digitale technologieën
digcomp3-2-4 = Samenwerken via digitale technologieën
digcomp3-2-5 = Digitaal gedrag
digcomp3-2-6 = Beheren van de digitale identiteit
digcomp3-3-1 = Ontwikkelen van digitale inhoud
digcomp3-3-2 = Integreren en bewerken van digitale inhoud
digcomp3-3-3 = Auteursrecht en licenties
digcomp3-3-4 = Computationeel denken en programmeren
digcomp3-4-1 = Beschermen van apparaten
digcomp3-4-2 = Beschermen van persoonsgegevens en privacy
digcomp3-4-3 = Bevorderen van welzijn
digcomp3-4-4 = Milieu-effecten van digitale technologieën
digcomp3-5-1 = Herkennen en oplossen van technische problemen
digcomp3-5-2 = Herkennen van behoeften en digitale technologische oplossingen
digcomp3-5-3 = Creatieve oplossingen vinden met digitale technologieën
digcomp3-5-4 = Herkennen en aanpakken van behoeften aan digitale competenties

## Stored class data
class-load-damaged = De klasgegevens in deze browser konden niet worden gelezen. Ze zijn apart bewaard, en de pagina begint leeg.
class-load-newer = De klasgegevens in deze browser zijn opgeslagen door een nieuwere versie van Byte Bridge. Deze pagina laat ze ongewijzigd en begint leeg: niets wat u hier nu doet, wordt bewaard. Open de nieuwere pagina voor leerkrachten om uw klas te zien.

## Making an assignment
class-assign-failed = De opdracht kon niet worden gemaakt. Probeer het opnieuw.
class-assign-no-levels = Kies minstens één level.
class-assign-no-random = Deze browser kan geen veilige klassensleutel maken, dus er is geen link gemaakt. Open deze pagina in een recente browser.
class-assign-too-many = Kies hoogstens { $max } { $max ->
        [one] level
       *[other] levels
    } voor één link.
class-assign-no-name = Geef de klas een naam, bijvoorbeeld “4B”.

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [0] niets nieuws (was er al).
    [one] 1 nieuwe poging.
   *[other] { $count } nieuwe pogingen.
}
class-imported-altered = { $nickname }: dit bestand is veranderd nadat het spel het schreef, of heeft niet de handtekening van zijn klas. Er is niets van meegeteld.
class-import-too-large = { $file } is te groot voor een leerlingbestand en is daarom niet gelezen.
class-import-not-ours = { $file } is geen bestand van Byte Bridge.
class-import-players-file = { $file } is een spelersbestand om spelers naar een andere tablet te verhuizen. Gebruik op de tablet van de leerling in plaats daarvan “Naar mijn leerkracht sturen”.
class-import-truncated = { $file } is afgekapt. Vraag de leerling om het opnieuw op te slaan.
class-import-newer = { $file } is gemaakt door een nieuwere versie van Byte Bridge. Open de nieuwere pagina voor leerkrachten om het te lezen.
class-import-damaged = { $file } is beschadigd en kon niet worden gelezen. Vraag de leerling om het opnieuw op te slaan.
class-import-over-limits = { $file } bevat meer dan Byte Bridge ooit voor één leerling bewaart (te lange programma's, te veel pogingen, levels of antwoorden), op zichzelf of samen met wat deze pagina al van de leerling heeft. Het is waarschijnlijk met de hand gemaakt. Er is niets van binnengehaald.
class-code-not-ours = Die QR-code komt niet van Byte Bridge.
class-code-newer = Die QR-code komt van een nieuwere versie van Byte Bridge.
class-code-damaged = Die QR-code kon niet helemaal worden gelezen. Probeer het opnieuw, iets dichterbij.
class-no-such-pupil = Deze leerling staat niet meer in de klasgegevens.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Foute antwoorden onderweg
class-outcome-hit-wall = De robot botste tegen een muur
class-outcome-left-board = De robot zou van het bord gaan
class-outcome-no-lamp = Licht aan waar geen lamp is
class-outcome-out-of-commands = Het programma stopte te vroeg
class-outcome-step-budget = Het programma bleef rondgaan
class-outcome-too-many-calls = Helpers riepen elkaar te vaak aan
class-outcome-finished = Uitgespeeld
class-outcome-other = Niet uitgespeeld

## CSV column headings
class-csv-pupil-id = Leerling-id
class-csv-nickname = Spelnaam
class-csv-note = Echte naam (notitie van de leerkracht)
class-csv-classes = Klas
class-csv-level-id = Level-id
class-csv-level = Level
class-csv-stars = Sterren
class-csv-attempts = Pogingen
class-csv-seconds = Tijd (seconden)
class-csv-hints = Tips
class-csv-finished = Uitgespeeld
class-csv-yes = ja
class-csv-no = nee
