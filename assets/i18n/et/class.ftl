# Õpetaja lehe Rusti osa teated.

## DigComp 2.2 pädevused
digcomp-1-1 = Andmete, teabe ja digisisu sirvimine, otsimine ja filtreerimine
digcomp-1-2 = Andmete, teabe ja digisisu hindamine
digcomp-1-3 = Andmete, teabe ja digisisu haldamine
digcomp-2-5 = Võrgusuhtluse etikett
digcomp-2-6 = Digitaalse identiteedi haldamine
digcomp-3-4 = Programmeerimine
digcomp-4-1 = Seadmete kaitsmine
digcomp-4-2 = Isikuandmete ja privaatsuse kaitsmine
digcomp-4-3 = Tervise ja heaolu kaitsmine
digcomp-5-1 = Tehniliste probleemide lahendamine

## DigComp 3.0 pädevused
digcomp3-1-1 = Teabe sirvimine, otsimine ja filtreerimine
digcomp3-1-2 = Teabe hindamine
digcomp3-1-3 = Teabe haldamine
digcomp3-2-1 = Suhtlemine digitehnoloogia abil ja sellega
digcomp3-2-2 = Jagamine digitehnoloogia abil
digcomp3-2-3 = Kodanikuna osalemine digitehnoloogia abil
digcomp3-2-4 = Koostöö digitehnoloogia abil
digcomp3-2-5 = Digitaalne käitumine
digcomp3-2-6 = Digitaalse identiteedi haldamine
digcomp3-3-1 = Digisisu loomine
digcomp3-3-2 = Digisisu lõimimine ja ümbertöötamine
digcomp3-3-3 = Autoriõigus ja litsentsid
digcomp3-3-4 = Algoritmiline mõtlemine ja programmeerimine
digcomp3-4-1 = Seadmete kaitsmine
digcomp3-4-2 = Isikuandmete ja privaatsuse kaitsmine
digcomp3-4-3 = Heaolu toetamine
digcomp3-4-4 = Digitehnoloogia keskkonnamõju
digcomp3-5-1 = Tehniliste probleemide tuvastamine ja lahendamine
digcomp3-5-2 = Vajaduste ja digitehnoloogiliste lahenduste tuvastamine
digcomp3-5-3 = Loovate lahenduste leidmine digitehnoloogia abil
digcomp3-5-4 = Digipädevuse vajaduste tuvastamine ja arendamine

## Salvestatud klassiandmed
class-load-damaged = Sellesse brauserisse salvestatud klassiandmeid ei õnnestunud lugeda. Need pandi kõrvale ja leht alustab tühjalt.
class-load-newer = Selle brauseri klassiandmed salvestas Byte Bridge'i uuem versioon. See leht jätab need muutmata ja alustab tühjalt: midagi, mida te siin praegu teete, ei salvestata. Oma klassi nägemiseks avage uuem õpetaja leht.

## Ülesande loomine
class-assign-failed = Ülesannet ei õnnestunud luua. Palun proovige uuesti.
class-assign-no-levels = Valige vähemalt üks tase.
class-assign-no-random = See brauser ei suuda luua turvalist klassi võtit, seega linki ei loodud. Palun avage see leht uuemas brauseris.
class-assign-too-many = Valige ühe lingi jaoks kõige rohkem { $max } { $max ->
        [one] tase
       *[other] taset
    }.
class-assign-no-name = Andke klassile nimi, näiteks „4B“.

## Failide ja koodide sissetoomine
class-imported = { $nickname }: { $count ->
    [0] midagi uut pole (juba siin).
    [one] 1 uus katse.
   *[other] { $count } uut katset.
}
class-imported-altered = { $nickname }: seda faili on muudetud pärast seda, kui mäng selle kirjutas, või sellel pole oma klassi allkirja. Sellest ei arvestatud midagi.
class-import-too-large = { $file } on õpilase faili jaoks liiga suur, seega seda ei loetud.
class-import-not-ours = { $file } pole Byte Bridge'i fail.
class-import-players-file = { $file } on mängijate fail mängijate viimiseks tahvelarvutite vahel. Kasutage õpilase tahvelarvutis hoopis nuppu „Saada õpetajale“.
class-import-truncated = { $file } on poolik. Paluge õpilasel see uuesti salvestada.
class-import-newer = { $file } on tehtud Byte Bridge'i uuema versiooniga. Selle lugemiseks avage uuem õpetaja leht.
class-import-damaged = { $file } on rikutud ja seda ei õnnestunud lugeda. Paluge õpilasel see uuesti salvestada.
class-import-over-limits = { $file } sisaldab rohkem, kui Byte Bridge kunagi ühe õpilase kohta hoiab (liiga pikad programmid, liiga palju katseid, tasemeid või vastuseid), üksi või koos sellega, mis sellel lehel õpilase kohta juba on. Tõenäoliselt on see käsitsi tehtud. Sellest ei toodud midagi sisse.
class-code-not-ours = See QR-kood pole Byte Bridge'ist.
class-code-newer = See QR-kood on pärit Byte Bridge'i uuemast versioonist.
class-code-damaged = Seda QR-koodi ei õnnestunud täielikult lugeda. Proovige uuesti, natuke lähemalt.
class-no-such-pupil = Seda õpilast pole enam klassi andmetes.

## Tabel ja kokkuvõte
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Valed vastused teel
class-outcome-hit-wall = Robot põrkas vastu seina
class-outcome-left-board = Robot oleks mängulaualt lahkunud
class-outcome-no-lamp = Püüdis süüdata seal, kus lampi pole
class-outcome-out-of-commands = Programm lõppes liiga vara
class-outcome-step-budget = Programm käis ringiratast
class-outcome-too-many-calls = Abilised kutsusid üksteist liiga tihti
class-outcome-finished = Läbitud
class-outcome-other = Läbimata

## CSV veerupealkirjad
class-csv-pupil-id = Õpilase ID
class-csv-nickname = Mängunimi
class-csv-note = Pärisnimi (õpetaja märge)
class-csv-classes = Klass
class-csv-level-id = Taseme ID
class-csv-level = Tase
class-csv-stars = Tähed
class-csv-attempts = Katsed
class-csv-seconds = Aeg (sekundites)
class-csv-hints = Vihjed
class-csv-finished = Läbitud
class-csv-yes = jah
class-csv-no = ei
