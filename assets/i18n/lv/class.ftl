# Messages the teacher page's Rust side gives. The page's own labels are in teacher.ftl.

## DigComp 2.2 competences
digcomp-1-1 = Datu, informācijas un digitālā satura pārlūkošana, meklēšana un filtrēšana
digcomp-1-2 = Datu, informācijas un digitālā satura izvērtēšana
digcomp-1-3 = Datu, informācijas un digitālā satura pārvaldība
digcomp-2-5 = Tīkla etiķete
digcomp-2-6 = Digitālās identitātes pārvaldība
digcomp-3-4 = Programmēšana
digcomp-4-1 = Ierīču aizsardzība
digcomp-4-2 = Personas datu un privātuma aizsardzība
digcomp-4-3 = Veselības un labbūtības aizsardzība
digcomp-5-1 = Tehnisku problēmu risināšana

## DigComp 3.0 competences
digcomp3-1-1 = Informācijas pārlūkošana, meklēšana un filtrēšana
digcomp3-1-2 = Informācijas izvērtēšana
digcomp3-1-3 = Informācijas pārvaldība
digcomp3-2-1 = Mijiedarbība ar digitālo tehnoloģiju starpniecību un ar tām
digcomp3-2-2 = Dalīšanās ar digitālo tehnoloģiju starpniecību
digcomp3-2-3 = Pilsoniskā līdzdalība ar digitālo tehnoloģiju starpniecību
digcomp3-2-4 = Sadarbība ar digitālo tehnoloģiju starpniecību
digcomp3-2-5 = Digitālā uzvedība
digcomp3-2-6 = Digitālās identitātes pārvaldība
digcomp3-3-1 = Digitālā satura izstrāde
digcomp3-3-2 = Digitālā satura integrēšana un pārveidošana
digcomp3-3-3 = Autortiesības un licences
digcomp3-3-4 = Datorikas domāšana un programmēšana
digcomp3-4-1 = Ierīču aizsardzība
digcomp3-4-2 = Personas datu un privātuma aizsardzība
digcomp3-4-3 = Labbūtības atbalstīšana
digcomp3-4-4 = Digitālo tehnoloģiju ietekme uz vidi
digcomp3-5-1 = Tehnisku problēmu noteikšana un risināšana
digcomp3-5-2 = Vajadzību un digitāltehnoloģisko risinājumu noteikšana
digcomp3-5-3 = Radošu risinājumu meklēšana ar digitālajām tehnoloģijām
digcomp3-5-4 = Digitālo prasmju vajadzību noteikšana un risināšana

## Stored class data
class-load-damaged = Šajā pārlūkprogrammā saglabātos klases datus neizdevās nolasīt. Tie ir nolikti malā, un lapa sākas tukša.
class-load-newer = Klases datus šajā pārlūkprogrammā saglabāja jaunāka Byte Bridge versija. Šī lapa tos neaiztiek un sākas tukša: nekas, ko jūs šeit tagad darāt, netiek saglabāts. Atveriet jaunāko skolotāja lapu, lai redzētu savu klasi.

## Making an assignment
class-assign-failed = Uzdevumu neizdevās izveidot. Lūdzu, mēģiniet vēlreiz.
class-assign-no-levels = Izvēlieties vismaz vienu līmeni.
class-assign-no-random = Šī pārlūkprogramma nevar izveidot drošu klases atslēgu, tāpēc saite netika izveidota. Lūdzu, atveriet šo lapu jaunākā pārlūkprogrammā.
class-assign-too-many = Vienai saitei izvēlieties ne vairāk kā { $max } { $max ->
        [zero] līmeņu
        [one] līmeni
       *[other] līmeņus
    }.
class-assign-no-name = Dodiet klasei nosaukumu, piemēram, „4.B”.

## Bringing in files and codes
class-imported = { $nickname }: { $count ->
    [0] nekā jauna (jau ir šeit).
    [zero] jauni mēģinājumi: { $count }.
    [one] { $count } jauns mēģinājums.
   *[other] jauni mēģinājumi: { $count }.
}
class-imported-altered = { $nickname }: šis fails tika mainīts pēc tam, kad spēle to ierakstīja, vai tam nav klases paraksta. Nekas no tā netika ieskaitīts.
class-import-too-large = { $file } ir par lielu skolēna failam, tāpēc tas netika nolasīts.
class-import-not-ours = { $file } nav Byte Bridge fails.
class-import-players-file = { $file } ir spēlētāju fails, ar ko pārcelt spēlētājus starp planšetēm. Skolēna planšetē izmantojiet pogu „Sūtīt manam skolotājam”.
class-import-truncated = { $file } ir nepilnīgs. Palūdziet skolēnam to saglabāt vēlreiz.
class-import-newer = { $file } ir izveidots ar jaunāku Byte Bridge versiju. Atveriet jaunāko skolotāja lapu, lai to nolasītu.
class-import-damaged = { $file } ir bojāts, un to neizdevās nolasīt. Palūdziet skolēnam to saglabāt vēlreiz.
class-import-over-limits = { $file } satur vairāk, nekā Byte Bridge jebkad glabā par vienu skolēnu (pārāk garas programmas, pārāk daudz mēģinājumu, līmeņu vai atbilžu), atsevišķi vai kopā ar to, kas šajā lapā jau ir par šo skolēnu. Visticamāk, tas veidots ar roku. Nekas no tā netika ielādēts.
class-code-not-ours = Šis QR kods nav no Byte Bridge.
class-code-newer = Šis QR kods ir no jaunākas Byte Bridge versijas.
class-code-damaged = Šo QR kodu neizdevās nolasīt pilnībā. Mēģiniet vēlreiz, mazliet tuvāk.
class-no-such-pupil = Šī skolēna vairs nav klases datos.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Nepareizas atbildes pa ceļam
class-outcome-hit-wall = Robots ietriecās sienā
class-outcome-left-board = Robots izbrauktu no laukuma
class-outcome-no-lamp = Mēģināja iedegt tur, kur nav lampas
class-outcome-out-of-commands = Programma apstājās par agru
class-outcome-step-budget = Programma griezās riņķī
class-outcome-too-many-calls = Palīgi pārāk bieži izsauca viens otru
class-outcome-finished = Pabeigts
class-outcome-other = Nav pabeigts

## CSV column headings
class-csv-pupil-id = Skolēna ID
class-csv-nickname = Spēles vārds
class-csv-note = Īstais vārds (skolotāja piezīme)
class-csv-classes = Klase
class-csv-level-id = Līmeņa ID
class-csv-level = Līmenis
class-csv-stars = Zvaigznes
class-csv-attempts = Mēģinājumi
class-csv-seconds = Laiks (sekundes)
class-csv-hints = Padomi
class-csv-finished = Pabeigts
class-csv-yes = jā
class-csv-no = nē
