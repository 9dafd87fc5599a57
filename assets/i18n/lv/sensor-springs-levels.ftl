# Sensor Springs: "Atkārto, kamēr" asks its question before every round; then the logic words
# ne, vai, un. Tile names as in robot.ftl; questions as the tiles read them: ceļš priekšā,
# ceļš pa kreisi, ceļš pa labi, uz sarkanā, uz zilā, ne, un, vai.

level-sensor-first-while-title = Gari gaiteņi
level-sensor-first-while-instruction = Ieslēdz lampu abu garo gaiteņu galā. Izmēģini jauno bloku: „Atkārto, kamēr”.
level-sensor-first-while-learned = „Atkārto, kamēr” uzdod savu jautājumu pirms katra apļa. Kamēr atbilde ir „jā”, tas atkal izpilda savus blokus. Kad atbilde ir „nē”, tas apstājas.
level-sensor-first-while-hint-1 = Cik lauciņu garš ir katrs gaitenis? Šoreiz tev nav jāskaita.
level-sensor-first-while-hint-2 = „Atkārto, kamēr ceļš priekšā” ved robotu tālāk, līdz priekšā ir siena.
level-sensor-first-while-hint-3 = Katram gaitenim izmanto vienu bloku Atkārto, kamēr, iekšā Uz priekšu.

level-sensor-blue-stripe-title = Seko zilajam
level-sensor-blue-stripe-instruction = Zilā josla ved uz lampu. Ieslēdz to. Uzmanīgi: ceļš turpinās aiz lampas!
level-sensor-blue-stripe-learned = „Atkārto, kamēr” var jautāt arī par krāsu. „Atkārto, kamēr uz zilā” turpina, līdz robots nobrauc no zilajiem lauciņiem.
level-sensor-blue-stripe-hint-1 = Kur beidzas zilā josla? Vai tur beidzas arī ceļš?
level-sensor-blue-stripe-hint-2 = „Ceļš priekšā” aizvestu robotu garām lampai, līdz pat sienai. Jautā labāk par krāsu.
level-sensor-blue-stripe-hint-3 = Robots sāk uz pelēka lauciņa. Vispirms uzbrauc uz joslas, tad izmanto Atkārto, kamēr uz zilā.

level-sensor-three-stripes-title = Trīs joslas
level-sensor-three-stripes-instruction = Ieslēdz visas trīs lampas. Katra zilā josla ved uz lampu, un katrai joslai ir cits garums.
level-sensor-three-stripes-learned = „Atkārto, kamēr” var būt bloka „Atkārto” iekšā. Katrā aplī iekšējais cikls izpildās, līdz tā atbilde ir „nē”.
level-sensor-three-stripes-hint-1 = Ko robots dara pie vienas joslas? Vai pie pārējām divām tāpat?
level-sensor-three-stripes-hint-2 = Katrai joslai: uzbrauc uz tās, brauc, kamēr esi uz zilā, iededz lampu. Izdari to trīs reizes.
level-sensor-three-stripes-hint-3 = Ieliec Atkārto, kamēr uz zilā blokā Atkārto 3 reizes.

level-sensor-stop-on-red-title = Apstājies uz sarkanā
level-sensor-stop-on-red-instruction = Tiec līdz karogam. Tas ir tieši blakus sarkanajam lauciņam.
level-sensor-stop-on-red-learned = „ne” apgriež jautājumu otrādi. „Atkārto, kamēr ne uz sarkanā” turpina, līdz robots stāv uz sarkanā.
level-sensor-stop-on-red-hint-1 = Pie sarkanā lauciņa nav sienas. Ko robots tur var pārbaudīt?
level-sensor-stop-on-red-hint-2 = Pieskaries pogai „Mainīt ne / un / vai”, lai ieliktu „ne” jautājuma priekšā. „Ne uz sarkanā” ir „jā” uz katra lauciņa, kas nav sarkans.
level-sensor-stop-on-red-hint-3 = Sāc ar Atkārto, kamēr ne uz sarkanā, iekšā Uz priekšu. Tad pagriezies pret karogu.

level-sensor-fix-the-while-title = Riņķī un riņķī
level-sensor-fix-the-while-instruction = Sarkanie lauciņi iezīmē stūrus: uz katra no tiem pagriezies pa labi. Bet šis robots brauc pa maziņu kvadrātu. Salabo programmu.
level-sensor-fix-the-while-learned = Bloki „Atkārto, kamēr” iekšā izpildās katrā aplī. Pagriezienam, kam jānāk pēc cikla, jābūt aiz tā, nevis iekšā.
level-sensor-fix-the-while-hint-1 = Pieskaries pogai „Solis”. Kad robots pagriežas? Vai tad tas stāv uz sarkanā?
level-sensor-fix-the-while-hint-2 = Robotam jāpagriežas vienreiz, kad tas stāv uz sarkanā, nevis pēc katra soļa.
level-sensor-fix-the-while-hint-3 = Paskaties uz blokiem bloka Atkārto, kamēr iekšā.

level-sensor-side-roads-title = Sānu ceļi
level-sensor-side-roads-instruction = Lampa stāv visur, kur sākas sānu ceļš, pa kreisi vai pa labi. Ieslēdz visas lampas.
level-sensor-side-roads-learned = „vai” savieno divus jautājumus. „Ceļš pa kreisi vai ceļš pa labi” ir „jā”, kad viens no tiem ir „jā” vai abi.
level-sensor-side-roads-hint-1 = Paskaties uz lauciņiem ar lampām. Kas ir blakus katram no tiem?
level-sensor-side-roads-hint-2 = Viens bloks „Ja” var uzdot divus jautājumus uzreiz, savienotus ar „vai”.
level-sensor-side-roads-hint-3 = Izmanto Atkārto, kamēr ceļš priekšā, un sāc to ar Uz priekšu.

level-sensor-blue-and-free-title = Joslas un sienas
level-sensor-blue-and-free-instruction = Seko trim zilajām joslām līdz karogam. Dažas joslas beidzas pie sienas. Citas vienkārši beidzas uz brīva ceļa.
level-sensor-blue-and-free-learned = „un” arī savieno divus jautājumus. „Ceļš priekšā un uz zilā” ir „jā” tikai tad, kad abi ir „jā”.
level-sensor-blue-and-free-hint-1 = Kur beidzas katra josla? Kur robots ietriektos sienā?
level-sensor-blue-and-free-hint-2 = Turpini braukt, kamēr patiesas ir divas lietas: ceļš priekšā ir brīvs, un robots ir uz zilā.
level-sensor-blue-and-free-hint-3 = Katrs Atkārto aplis dara to pašu: uzbrauc uz joslas, nobrauc to, pagriežas pa labi.

level-sensor-spiral-title = Garā spirāle
level-sensor-spiral-instruction = Izbrauc visu spirāli līdz pat karogam.
level-sensor-spiral-learned = „Atkārto, kamēr” var būt cita „Atkārto, kamēr” iekšā. Ārējam ciklam nevajag skaitli: tas uzdod savu jautājumu.
level-sensor-spiral-hint-1 = Cik gaiteņu ir spirālei? Vai „Atkārto” var saskaitīt tik daudz?
level-sensor-spiral-hint-2 = Katram gaitenim: brauc līdz sienai, tad pagriezies pa labi. Turpini to, kamēr ceļš priekšā ir brīvs.
level-sensor-spiral-hint-3 = Ieliec vienu Atkārto, kamēr cita Atkārto, kamēr iekšā.

level-sensor-painted-corners-title = Krāsotie stūri
level-sensor-painted-corners-instruction = Ieslēdz visas lampas. Stūri ir nokrāsoti sarkanā vai zilā krāsā: uz abām krāsām pagriezies pa kreisi.
level-sensor-painted-corners-learned = „Ja … citādi” var uzdot arī savienotu jautājumu. Ar „uz sarkanā vai uz zilā” tā pirmā daļa izpildās uz abām krāsām, bet citādi daļa uz visiem citiem lauciņiem.
level-sensor-painted-corners-hint-1 = Kuros lauciņos nav lampas? Kādās krāsās tie ir?
level-sensor-painted-corners-hint-2 = Pietiek ar vienu „Ja … citādi”: „uz sarkanā vai uz zilā” stūriem, citādi daļa lampām.
level-sensor-painted-corners-hint-3 = Blokā Atkārto, līdz gatavs sāc ar Uz priekšu.

level-sensor-maze-title = Labirints
level-sensor-maze-instruction = Atrodi ceļu cauri labirintam līdz karogam. Izmanto pēc iespējas mazāk bloku.
level-sensor-maze-learned = Turi vienu roku uz sienas, un tu izkļūsi no daudziem labirintiem. Tava programma seko šim noteikumam ar ciklu ciklā.
level-sensor-maze-hint-1 = Iedomājies, ka ej cauri labirintam, labo roku vienmēr turot uz sienas.
level-sensor-maze-hint-2 = Uz katra lauciņa vispirms mēģini pagriezties pa labi. Ja tur ir siena, mēģini taisni, tad pa kreisi, tad atpakaļ.
level-sensor-maze-hint-3 = Blokā Atkārto, kamēr ceļš priekšā: Uz priekšu, Pagriezies pa labi, tad Atkārto, kamēr, kas jautā „ne ceļš priekšā”.
