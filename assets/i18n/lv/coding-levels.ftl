# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Tile names as in robot.ftl: Uz
# priekšu, Pagriezies pa kreisi, Pagriezies pa labi, Iededz, Atkārto, Atkārto, līdz gatavs,
# Ja, Ja … citādi, Palīgs 1, Palīgs 2; the main list is "Galvenā programma". In hint 3,
# "ja", "iededz", "atkārto" and "uz priekšu" are not used as plain words (they would read as
# tile names).

world-robot-road = Robotu ceļš
world-loop-lagoon = Ciklu lagūna
world-helper-hills = Palīgu pakalni
world-choice-canyon = Izvēļu kanjons
world-sensor-springs = Sensoru avoti
world-number-harbour = Skaitļu osta
world-signal-station = Signālu stacija
world-bug-bay = Kļūdu līcis

## Robot Road

level-robot-first-steps-title = Pirmie soļi
level-robot-first-steps-instruction = Uzbūvē programmu, kas aizved robotu līdz karogam. Tad pieskaries pogai „Palaist”.
level-robot-first-steps-learned = Programma ir soļu saraksts. Robots tos izpilda pa vienam, pēc kārtas.
level-robot-first-steps-hint-1 = Paskaties uz karogu. Uz kuru pusi robots skatās tagad?
level-robot-first-steps-hint-2 = „Uz priekšu” pārvieto robotu par vienu lauciņu. „Pagriezies pa labi” pagriež to uz vietas.
level-robot-first-steps-hint-3 = Sāc ar: Uz priekšu, Uz priekšu, Pagriezies pa labi.

level-robot-turn-left-title = Pa kreisi
level-robot-turn-left-instruction = Aizved robotu līdz karogam. Šoreiz tam jāpagriežas pa kreisi.
level-robot-turn-left-learned = „Pagriezies pa kreisi” un „Pagriezies pa labi” maina, uz kuru pusi robots skatās. Tie robotu nepārvieto.
level-robot-turn-left-hint-1 = Robots skatās uz augšu. Kur ceļš pagriežas?
level-robot-turn-left-hint-2 = Pēc bloka „Pagriezies pa kreisi” bloks „Uz priekšu” ved robotu jaunajā virzienā.
level-robot-turn-left-hint-3 = Sāc ar: Uz priekšu, Uz priekšu, Pagriezies pa kreisi.

level-robot-zigzag-title = Zigzaga kāpnes
level-robot-zigzag-instruction = Nokāp pa kāpnēm līdz karogam. Ceļš pagriežas pēc katra pakāpiena.
level-robot-zigzag-learned = Garš ceļš ir tikai mazi soļi un pagriezieni, viens pēc otra.
level-robot-zigzag-hint-1 = Izseko ceļu ar pirkstu. Saskaiti pagriezienus.
level-robot-zigzag-hint-2 = „Pagriezies pa labi”, lai brauktu lejā. „Pagriezies pa kreisi”, lai atkal brauktu šķērsām.
level-robot-zigzag-hint-3 = Sāc ar: Uz priekšu, Pagriezies pa labi, Uz priekšu, Pagriezies pa kreisi.

level-robot-around-rocks-title = Apkārt sienai
level-robot-around-rocks-instruction = Ceļā ir siena. Apbrauc tai apkārt, lai tiktu līdz karogam.
level-robot-around-rocks-learned = Kad ceļš ir aizšķērsots, vari izplānot ceļu apkārt.
level-robot-around-rocks-hint-1 = Robots nevar braukt taisni uz karogu. Kur var tikt apkārt?
level-robot-around-rocks-hint-2 = Vispirms brauc augšā, tad šķērsām, tad lejā.
level-robot-around-rocks-hint-3 = Sāc ar: Uz priekšu, Uz priekšu, Pagriezies pa labi.

level-robot-fix-the-path-title = Salabo ceļu
level-robot-fix-the-path-instruction = Šajā programmā ir kļūda: robots ietriecas sienā. Vēro to ar pogu „Solis”, tad salabo programmu.
level-robot-fix-the-path-learned = Kļūda ir nepareiza vieta programmā. Viens lieks bloks var aizsūtīt robotu sienā. Izņem to, un programma darbojas.
level-robot-fix-the-path-hint-1 = Pieskaries pogai „Solis”, lai izpildītu pa vienam blokam. Kur robots ietriecas sienā?
level-robot-fix-the-path-hint-2 = Robots aizbrauc vienu lauciņu par tālu, pirms pagriežas. Viens bloks ir lieks.
level-robot-fix-the-path-hint-3 = Liekais bloks ir pirms pirmā pagrieziena.

level-robot-first-lamp-title = Iedegt gaismu
level-robot-first-lamp-instruction = Aizbrauc līdz lampai. Tad ar bloku „Iededz” ieslēdz to.
level-robot-first-lamp-learned = „Iededz” darbojas tikai tad, kad robots stāv uz lampas.
level-robot-first-lamp-hint-1 = Cik lauciņu attālumā ir lampa?
level-robot-first-lamp-hint-2 = Vispirms robotam jāstāv uz lampas. Tad bloks „Iededz” to ieslēdz.
level-robot-first-lamp-hint-3 = Lampa ir trīs lauciņus robotam priekšā.

level-robot-two-lamps-title = Divas lampas
level-robot-two-lamps-instruction = Ieslēdz abas lampas. Karoga nav: uzdevums ir izpildīts, kad deg visas lampas.
level-robot-two-lamps-learned = Robots pa ceļam var izpildīt uzdevumu: apstāties, iedegt lampu un braukt tālāk.
level-robot-two-lamps-hint-1 = Ceļā uz otro lampu tu brauc pāri pirmajai.
level-robot-two-lamps-hint-2 = Ieliec „Iededz” tieši pēc bloka, kas aizved robotu uz lampas.
level-robot-two-lamps-hint-3 = Sāc ar: Uz priekšu, Uz priekšu, Iededz.

level-robot-lamps-and-flag-title = Lampas un karogs
level-robot-lamps-and-flag-instruction = Ieslēdz abas lampas. Tad brauc uz karogu.
level-robot-lamps-and-flag-learned = Uzdevumam var būt vairākas daļas. Robotam jāpabeidz tās visas.
level-robot-lamps-and-flag-hint-1 = Karogs skaitās tikai tad, kad deg visas lampas.
level-robot-lamps-and-flag-hint-2 = Izplāno ceļu, kas iet pāri abām lampām, pirms tas sasniedz karogu.
level-robot-lamps-and-flag-hint-3 = Sāc ar: Uz priekšu, Iededz, Pagriezies pa labi.

level-robot-turn-around-title = Apgriezies
level-robot-turn-around-instruction = Ieslēdz lampu. Tad apgriezies un brauc uz karogu.
level-robot-turn-around-learned = Divi pagriezieni uz vienu pusi liek robotam skatīties atpakaļ, no kurienes tas atbrauca.
level-robot-turn-around-hint-1 = Lampa un karogs ir robotam dažādās pusēs.
level-robot-turn-around-hint-2 = Lai apgrieztos, izmanto divus pagriezienus: Pagriezies pa kreisi, Pagriezies pa kreisi.
level-robot-turn-around-hint-3 = Sāc ar: Uz priekšu, Uz priekšu, Iededz.

level-robot-long-road-title = Garais apkārtceļš
level-robot-long-road-instruction = Ieslēdz abas lampas un beidz uz karoga. Kurš ceļš apkārt ir īsāks?
level-robot-long-road-learned = Var būt vairāk nekā viens ceļš. Vispirms padomā, tad izvēlies īsāko.
level-robot-long-road-hint-1 = Braucot taisni lejā, tu tiec līdz karogam, bet lampas paliek nodzisušas.
level-robot-long-road-hint-2 = Vispirms brauc pa augšu, tad lejā, tad atpakaļ pa apakšu.
level-robot-long-road-hint-3 = Sāc ar: Uz priekšu, Iededz, Uz priekšu, Pagriezies pa labi.

## Loop Lagoon

level-loop-first-loop-title = Pirmais cikls
level-loop-first-loop-instruction = Tiec līdz karogam. Tavā programmā ietilpst tikai 3 bloki, tāpēc izmanto bloku „Atkārto”.
level-loop-first-loop-learned = Bloks „Atkārto” atkal un atkal izpilda blokus, kas ir tajā iekšā. Viens cikls var paveikt daudzu bloku darbu.
level-loop-first-loop-hint-1 = Saskaiti lauciņus starp robotu un karogu.
level-loop-first-loop-hint-2 = Ieliec „Uz priekšu” blokā „Atkārto”. Tad pieskaries pogai „Vairāk reižu”, lai iestatītu skaitli.
level-loop-first-loop-hint-3 = „Uz priekšu” nāk cikla iekšā. Iestati skaitli tik lielu, cik lauciņu saskaitīji.

level-loop-lamp-row-title = Lampu rinda
level-loop-lamp-row-instruction = Ieslēdz visas piecas lampas. Tavā programmā ietilpst tikai 5 bloki, tāpēc izmanto ciklu.
level-loop-lamp-row-learned = Cikls var atkārtot vairāk nekā vienu bloku. Šeit tas atkārto soli un iedegšanu.
level-loop-lamp-row-hint-1 = Katra lampa ir tikai vienu lauciņu aiz iepriekšējās.
level-loop-lamp-row-hint-2 = Ieliec divus blokus vienā „Atkārto”. Cikls atkal un atkal izpilda abus.
level-loop-lamp-row-hint-3 = Cikla iekšā: Uz priekšu, tad Iededz. Cik reizes?

level-loop-corner-title = Ap stūri
level-loop-corner-instruction = Tiec līdz karogam. Katram garajam ceļa posmam izmanto ciklu, ar pagriezienu starp tiem.
level-loop-corner-learned = Programmā var būt vairāki cikli, viens pēc otra.
level-loop-corner-hint-1 = Ceļam ir divi gari, taisni posmi.
level-loop-corner-hint-2 = Vispirms cikls augšējam ceļam. Tad „Pagriezies pa labi”. Tad cikls ceļam lejup.
level-loop-corner-hint-3 = Sāc ar: Atkārto 4 reizes, iekšā Uz priekšu. Tad Pagriezies pa labi.

level-loop-stairs-title = Cikla kāpnes
level-loop-stairs-instruction = Uzkāp pa kāpnēm līdz karogam. Atrodi daļu, kas atkārtojas.
level-loop-stairs-learned = Kad raksts atkārtojas, uzbūvē to vienreiz cikla iekšā. Cikls izdarīs pārējo.
level-loop-stairs-hint-1 = Paskaties uz vienu kāpņu pakāpienu. Ko robots uz tā dara?
level-loop-stairs-hint-2 = Ciklā var būt arī pagriezieni. Ieliec vienu pakāpienu blokā „Atkārto”.
level-loop-stairs-hint-3 = Viens pakāpiens ir: Uz priekšu, Pagriezies pa kreisi, Uz priekšu, Pagriezies pa labi.

level-loop-square-title = Lampu kvadrāts
level-loop-square-instruction = Ieslēdz trīs lampas stūros. Izmanto ciklu.
level-loop-square-learned = Cikls ar pagriezienu iekšā var aizvest robotu apkārt kvadrātam.
level-loop-square-hint-1 = Visas kvadrāta malas izskatās vienādi.
level-loop-square-hint-2 = Ieliec blokus vienai malai un vienam stūrim blokā „Atkārto”.
level-loop-square-hint-3 = Viena mala ir: Uz priekšu, Uz priekšu, Iededz, Pagriezies pa labi.

level-loop-fix-the-loop-title = Salabo ciklu
level-loop-fix-the-loop-instruction = Šim ciklam vajadzētu ieslēgt visas trīs lampas. Pēc pirmās lampas robots ietriecas sienā. Salabo ciklu.
level-loop-fix-the-loop-learned = Cikls katrā aplī izpilda tos pašus blokus. Tāpēc katram aplim jābeidzas ar robotu, kas skatās tajā pašā virzienā kā sākumā.
level-loop-fix-the-loop-hint-1 = Pieskaries pogai „Solis”. Uz kuru pusi robots skatās, kad cikls sākas no jauna?
level-loop-fix-the-loop-hint-2 = Katra apļa beigās robotam jāskatās uz to pašu pusi kā sākumā.
level-loop-fix-the-loop-hint-3 = Cikla beigās trūkst viena pagrieziena.

level-loop-in-a-loop-title = Cikls ciklā
level-loop-in-a-loop-instruction = Ieslēdz visas lampas apkārt kvadrātam. Ieliec ciklu cita cikla iekšā.
level-loop-in-a-loop-learned = Cikls var būt cita cikla iekšā. Katru reizi, kad ārējais cikls izpildās vienu reizi, iekšējais izpilda visas savas reizes.
level-loop-in-a-loop-hint-1 = Paskaties uz vienu malu: trīs lampas pēc kārtas, tad stūris.
level-loop-in-a-loop-hint-2 = Iekšējais cikls iededz vienu malu. Ārējais cikls to izdara katrai malai.
level-loop-in-a-loop-hint-3 = Iekšējais cikls: Atkārto 3 reizes, iekšā Uz priekšu un Iededz.

level-loop-lamp-stairs-title = Lampu kāpnes
level-loop-lamp-stairs-instruction = Nokāp pa kāpnēm un ieslēdz lampu uz katra pakāpiena.
level-loop-lamp-stairs-learned = Cikls var braukt, griezties un izpildīt uzdevumu. Katrā aplī tas paveic veselu pakāpienu.
level-loop-lamp-stairs-hint-1 = Ko robots dara uz viena pakāpiena? Paskaties, kur ir lampa.
level-loop-lamp-stairs-hint-2 = Atrodi vienam pakāpienam vajadzīgos blokus, ar „Iededz” īstajā vietā. Tad atkārto tos.
level-loop-lamp-stairs-hint-3 = Viens pakāpiens sākas ar: Uz priekšu, Pagriezies pa labi, Uz priekšu.

level-loop-big-ring-title = Lielais loks
level-loop-big-ring-instruction = Ieslēdz lampas lielā loka stūros. Malas ir garas, tāpēc izmanto ciklu ciklā.
level-loop-big-ring-learned = Iekšējais cikls var nobraukt garu malu. Ārējais cikls katram stūrim atkārto malu, pagriezienu un iedegšanu.
level-loop-big-ring-hint-1 = No viena stūra līdz nākamajam ir četri lauciņi.
level-loop-big-ring-hint-2 = Iekšējais cikls nobrauc vienu malu. Ārējais pievieno pagriezienu un iedegšanu, vienu reizi katram stūrim.
level-loop-big-ring-hint-3 = Iekšējais cikls: Atkārto 4 reizes, iekšā Uz priekšu.

level-choice-until-goal-title = Līdz gatavs
level-choice-until-goal-instruction = Tiec līdz karogam. Izmanto „Atkārto, līdz gatavs”: tas turpina, līdz uzdevums ir izpildīts.
level-choice-until-goal-learned = „Atkārto, līdz gatavs” atkal un atkal izpilda savus blokus un apstājas, kad uzdevums ir izpildīts. Tev nav jāskaita.
level-choice-until-goal-hint-1 = Cik tālu ir karogs? Šoreiz tev tas nav jāzina.
level-choice-until-goal-hint-2 = „Atkārto, līdz gatavs” atkārto blokus savā iekšā, līdz robots ir uz karoga.
level-choice-until-goal-hint-3 = „Uz priekšu” nāk cikla iekšā. Skaitlis nav jāiestata.

## Helper Hills

level-helper-first-helper-title = Tavs pirmais palīgs
level-helper-first-helper-instruction = Ieslēdz trīs lampas. Uzbūvē blokus vienai lampai daļā „Palīgs 1”. Tad izmanto bloku „Palīgs 1” galvenajā programmā.
level-helper-first-helper-learned = Palīgs ir bloku saraksts ar nosaukumu. Tā bloks izsauc palīgu: tas izpilda visu sarakstu, cik bieži vien vēlies.
level-helper-first-helper-hint-1 = Lampas ir stūros. Ko robots dara, lai tiktu līdz vienai lampai?
level-helper-first-helper-hint-2 = Uzbūvē blokus vienai lampai daļā „Palīgs 1”. Galvenajā programmā ieliec bloku „Palīgs 1” vienu reizi katrai lampai.
level-helper-first-helper-hint-3 = Palīgs 1 var būt: Uz priekšu, Uz priekšu, Iededz, Pagriezies pa labi.

level-helper-zigzag-title = Palīgs un pagriezieni
level-helper-zigzag-instruction = Ieslēdz trīs lampas. Lai „Palīgs 1” brauc un iededz. Galvenā programma veic pagriezienus.
level-helper-zigzag-learned = Galvenajā programmā var jaukt palīgu blokus ar citiem blokiem.
level-helper-zigzag-hint-1 = Starp lampām ceļš pagriežas. Vai tas katru reizi pagriežas uz to pašu pusi?
level-helper-zigzag-hint-2 = Taisnais posms katru reizi ir tāds pats, tāpēc ieliec to daļā „Palīgs 1”. Pagriezienus ieliec galvenajā programmā.
level-helper-zigzag-hint-3 = Palīgs 1: Uz priekšu, Uz priekšu, Uz priekšu, Iededz.

level-helper-lamp-stairs-title = Palīga kāpnes
level-helper-lamp-stairs-instruction = Uzkāp pa kāpnēm un ieslēdz lampu uz katra pakāpiena. Izmanto „Palīgs 1”.
level-helper-lamp-stairs-learned = Palīgā var ielikt lielāku rakstu, ar braukšanu, pagriezieniem un iedegšanu.
level-helper-lamp-stairs-hint-1 = Paskaties uz vienu pakāpienu. Kur ir tā lampa?
level-helper-lamp-stairs-hint-2 = Ieliec veselu pakāpienu daļā „Palīgs 1”. Tad izmanto bloku „Palīgs 1” vienu reizi katram pakāpienam.
level-helper-lamp-stairs-hint-3 = Viens pakāpiens sākas ar: Uz priekšu, Pagriezies pa kreisi, Uz priekšu.

level-helper-call-itself-title = Palīgs, kas atkārtojas
level-helper-call-itself-instruction = Uzkāp pa garajām kāpnēm līdz karogam. Galvenajā programmā ietilpst tikai 3 bloki. Vai „Palīgs 1” var izsaukt pats sevi un turpināt kā „Atkārto, līdz gatavs”?
level-helper-call-itself-learned = Palīgs savās beigās var izsaukt pats sevi. Tad tas sāk no jauna, kā cikls, līdz uzdevums ir izpildīts.
level-helper-call-itself-hint-1 = Pakāpienu ir vairāk, nekā galvenajā programmā ir vietas.
level-helper-call-itself-hint-2 = Ieliec bloku „Palīgs 1” pašās beigās daļā „Palīgs 1”. Tad tas izpildās atkal un atkal.
level-helper-call-itself-hint-3 = Palīgs 1 sākas ar: Uz priekšu, Pagriezies pa kreisi, Uz priekšu, Pagriezies pa labi.

level-helper-round-and-round-title = Riņķī un riņķī
level-helper-round-and-round-instruction = Ieslēdz visas četras lampas. Lai „Palīgs 1” brauc apkārt, izsaucot pats sevi.
level-helper-round-and-round-learned = Palīgs, kas izsauc pats sevi, turpina, līdz deg visas lampas.
level-helper-round-and-round-hint-1 = Katrai malai ir viena lampa, vidū.
level-helper-round-and-round-hint-2 = Vienai malai: brauc, iededz, brauc, pagriezies. Tad palīgs pats sāk no jauna.
level-helper-round-and-round-hint-3 = Palīgs 1 sākas ar: Uz priekšu, Iededz, Uz priekšu.

level-helper-fix-the-helper-title = Palīgs, kas apstājas
level-helper-fix-the-helper-instruction = „Palīgam 1” vajadzētu apbraukt kvadrātu un ieslēgt visas trīs lampas, bet tas apstājas pēc pirmās. Salabo daļu „Palīgs 1”.
level-helper-fix-the-helper-learned = Palīgs, kam jāturpina, savās beigās izsauc pats sevi. Bez šī izsaukuma tas izpildās vienreiz un apstājas.
level-helper-fix-the-helper-hint-1 = Pieskaries pogai „Solis”. Kas notiek, kad palīgs nonāk līdz savām beigām?
level-helper-fix-the-helper-hint-2 = Galvenā programma izsauc palīgu tikai vienreiz. Kā palīgs varētu pats sevi palaist vēlreiz?
level-helper-fix-the-helper-hint-3 = Palīga beigās kaut kā trūkst.

level-helper-second-helper-title = Divi palīgi
level-helper-second-helper-instruction = Ieslēdz visas lampas apkārt kvadrātam. „Palīgs 1” var izsaukt „Palīgs 2”. Trim zvaigznēm „Palīgs 1” izsauc arī pats sevi.
level-helper-second-helper-learned = Palīgs var izsaukt citu palīgu. No mazām daļām veidojas lielākas daļas.
level-helper-second-helper-hint-1 = Kāds ir mazākais raksts? Paskaties uz vienu lampu.
level-helper-second-helper-hint-2 = Ieliec mazāko rakstu daļā „Palīgs 2”. Pirmais palīgs to izsauc, lai paveiktu vienu malu, pagriežas un tad izsauc pats sevi.
level-helper-second-helper-hint-3 = Palīgs 2: Uz priekšu, Iededz.

level-helper-walk-then-loop-title = Vispirms brauc, tad atkārto
level-helper-walk-then-loop-instruction = Vispirms aizbrauc līdz kāpnēm. Tad lai „Palīgs 1” uzkāpj pa tām un ieslēdz katru lampu: savās beigās tas izsauc pats sevi.
level-helper-walk-then-loop-learned = Galvenā programma var izdarīt uzdevuma pirmo daļu un tad atdot pārējo palīgam.
level-helper-walk-then-loop-hint-1 = Kāpnes nesākas tur, kur stāv robots. Pirmā lampa ir trīs lauciņus tālāk.
level-helper-walk-then-loop-hint-2 = Ar galveno programmu aizbrauc līdz kāpnēm. Tad izsauc „Palīgs 1”: tas uzkāpj vienu pakāpienu, iededz tā lampu un izsauc pats sevi.
level-helper-walk-then-loop-hint-3 = Galvenā programma: Uz priekšu, Uz priekšu, Palīgs 1.

level-helper-big-ring-title = Palīgi brauc apkārt
level-helper-big-ring-instruction = Ieslēdz trīs lampas apkārt kvadrātam. Bloka „Pagriezies pa kreisi” nav: uzbūvē to palīgā. Galvenajā programmā ietilpst tikai viens bloks, tāpēc palīgam jāizsauc pašam sevi.
level-helper-big-ring-learned = Palīgs var būt bloks, kura tev nav: trīs „Pagriezies pa labi” ir viens „Pagriezies pa kreisi”.
level-helper-big-ring-hint-1 = Ceļš katrā stūrī pagriežas pa kreisi, bet tev ir tikai „Pagriezies pa labi”.
level-helper-big-ring-hint-2 = Pēc trim blokiem „Pagriezies pa labi” robots skatās uz to pašu pusi kā pēc viena „Pagriezies pa kreisi”. Ieliec tos atsevišķā palīgā.
level-helper-big-ring-hint-3 = Viens palīgs var būt: Pagriezies pa labi, Pagriezies pa labi, Pagriezies pa labi.

## Choice Canyon

level-choice-first-if-title = Sarkans nozīmē pagriezties
level-choice-first-if-instruction = Katrs sarkanais lauciņš nozīmē: šeit pagriezies pa kreisi. Izmanto bloku „Ja”, lai pārbaudītu, vai ir sarkans.
level-choice-first-if-learned = Bloks „Ja” uzdod jautājumu. Bloki tā iekšā izpildās tikai tad, kad atbilde ir „jā”.
level-choice-first-if-hint-1 = Kur ceļš pagriežas? Kādā krāsā ir tie lauciņi?
level-choice-first-if-hint-2 = „Ja uz sarkanā” izpilda savus blokus tikai tad, kad robots stāv uz sarkana lauciņa.
level-choice-first-if-hint-3 = Blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja uz sarkanā.

level-choice-green-lamps-title = Zaļais pirms lampas
level-choice-green-lamps-instruction = Zaļš lauciņš nozīmē, ka nākamajā lauciņā ir lampa. Ieslēdz visas lampas.
level-choice-green-lamps-learned = Pārbaude var pateikt robotam, kas būs tālāk, lai tas varētu sagatavoties.
level-choice-green-lamps-hint-1 = Paskaties uz lauciņu tieši pirms katras lampas.
level-choice-green-lamps-hint-2 = Kad robots ir uz zaļā, tas var uzbraukt uz lampas un to iedegt.
level-choice-green-lamps-hint-3 = Blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja uz zaļā.

level-choice-path-right-title = Skaties pa labi
level-choice-path-right-instruction = Robots var pārbaudīt ceļu. Pagriezies pa labi visur, kur pa labi ir ceļš.
level-choice-path-right-learned = Robots jūt sienas. „Ceļš pa labi” ir „jā”, kad lauciņš pa labi no tā ir brīvs.
level-choice-path-right-hint-1 = Katrā stūrī ceļš iet pa labi.
level-choice-path-right-hint-2 = „Ja ceļš pa labi” skatās uz lauciņu pa labi no robota.
level-choice-path-right-hint-3 = Blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja ceļš pa labi.

level-choice-fix-the-check-title = Pārāk daudz pagriezienu
level-choice-fix-the-check-instruction = Zils nozīmē pagriezties pa labi. Bet šis robots pagriežas uz katra lauciņa un ietriecas sienā. Salabo programmu.
level-choice-fix-the-check-learned = Bloki bloka „Ja” iekšā izpildās tikai tad, kad atbilde ir „jā”. Bloks pēc „Ja” izpildās katru reizi.
level-choice-fix-the-check-hint-1 = Pieskaries pogai „Solis”. Vai robots pagriežas uz lauciņa, kas nav zils?
level-choice-fix-the-check-hint-2 = Kurš pagrieziens ir bloka „Ja” iekšā? Kurš izpildās katru reizi?
level-choice-fix-the-check-hint-3 = Paskaties uz cikla pēdējo bloku.

level-choice-if-else-title = Ja vai citādi
level-choice-if-else-instruction = Brauc taisni, kad ceļš priekšā ir brīvs. Citādi pagriezies pa labi. Uzmanies no mazajiem sānu ceļiem!
level-choice-if-else-learned = „Ja … citādi” izvēlas vienu no diviem ceļiem: pirmo daļu, kad atbilde ir „jā”, citādi daļu, kad „nē”.
level-choice-if-else-hint-1 = Mazie sānu ceļi neved nekur. Pagriezies tikai tad, kad priekšā ir siena.
level-choice-if-else-hint-2 = „Ja … citādi” ir divas daļas. Pirmā daļa izpildās, kad atbilde ir „jā”. Citādi daļa izpildās, kad „nē”.
level-choice-if-else-hint-3 = Blokā Atkārto, līdz gatavs izmanto Ja ceļš priekšā, ar Uz priekšu pirmajā daļā.

level-choice-colours-title = Sarkans un zils
level-choice-colours-instruction = Sarkans nozīmē pagriezties pa kreisi. Zils nozīmē pagriezties pa labi. Izmanto divus blokus „Ja”.
level-choice-colours-learned = Programma var uzdot vairāk nekā vienu jautājumu. Katrs bloks „Ja” uzdod savu.
level-choice-colours-hint-1 = Paskaties uz lauciņu krāsām tur, kur ceļš pagriežas.
level-choice-colours-hint-2 = Ieliec ciklā divus blokus „Ja”: viens jautā par sarkano, otrs par zilo.
level-choice-colours-hint-3 = Blokā Atkārto, līdz gatavs sāc ar Uz priekšu. Tad Ja uz sarkanā, iekšā Pagriezies pa kreisi.

level-choice-corner-lamps-title = Iedegt vai pagriezties
level-choice-corner-lamps-instruction = Katrs šī ceļa lauciņš ir lampa vai sarkans. Uz sarkanā pagriezies pa kreisi. Uz visiem citiem lauciņiem ieslēdz lampu.
level-choice-corner-lamps-learned = „Ja … citādi” var jautāt arī par krāsu: tā pirmā daļa izpildās uz sarkanā, citādi daļa uz visiem citiem lauciņiem.
level-choice-corner-lamps-hint-1 = Kuros lauciņos nav lampas? Ko robots tur dara?
level-choice-corner-lamps-hint-2 = Viens „Ja … citādi” var paveikt abus darbus: viena daļa sarkanajiem lauciņiem, citādi daļa lampām.
level-choice-corner-lamps-hint-3 = Blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja uz sarkanā, ar Pagriezies pa kreisi pirmajā daļā.

level-choice-two-rules-title = Divi noteikumi
level-choice-two-rules-instruction = Sarkans nozīmē pagriezties pa kreisi. Siena priekšā nozīmē pagriezties pa labi. Vienam noteikumam izmanto „Ja”, otram – „Ja … citādi”.
level-choice-two-rules-learned = Vienā programmā var būt gan „Ja”, gan „Ja … citādi”. Katrs uzdod savu jautājumu, viens pēc otra.
level-choice-two-rules-hint-1 = Daži ceļi turpinās aiz sarkanā lauciņa, bet tie neved nekur. Uz sarkanā pagriezies pa kreisi.
level-choice-two-rules-hint-2 = Katrā aplī uzdod divus jautājumus: vai esmu uz sarkanā? Vai ceļš priekšā ir brīvs?
level-choice-two-rules-hint-3 = Blokā Atkārto, līdz gatavs sāc ar Uz priekšu. Tad Ja uz sarkanā, iekšā Pagriezies pa kreisi.

level-choice-red-means-left-title = Kanjona krustojums
level-choice-red-means-left-instruction = Brauc taisni, kamēr ceļš priekšā ir brīvs. Pie sienas paskaties uz lauciņu: uz sarkanā pagriezies pa kreisi, uz jebkura cita – pa labi.
level-choice-red-means-left-learned = Bloks „Ja” var būt cita bloka „Ja” iekšā. Robots uzdod vienu jautājumu un tad varbūt vēl vienu.
level-choice-red-means-left-hint-1 = Sarkanie lauciņi ir svarīgi tikai pie sienas. Uz brīva ceļa vienkārši brauc tiem pāri. Viens ceļš iet pa apli!
level-choice-red-means-left-hint-2 = Vispirms jautā: vai ceļš priekšā ir brīvs? Tikai tad, kad nav, jautā: vai esmu uz sarkanā?
level-choice-red-means-left-hint-3 = Blokā Atkārto, līdz gatavs izmanto Ja ceļš priekšā … citādi, ar Uz priekšu pirmajā daļā.

## Bug Bay

level-bug-wrong-turn-title = Nepareizais virziens
level-bug-wrong-turn-instruction = Šai programmai vajadzētu aizvest robotu līdz karogam, bet robots ietriecas sienā. Atrodi nepareizo bloku un salabo to.
level-bug-wrong-turn-learned = Atkļūdošana nozīmē atrast soli, kas noiet greizi, un salabot tieši šo soli.
level-bug-wrong-turn-hint-1 = Pieskaries pogai „Solis”, lai izpildītu pa vienam blokam. Kur kaut kas noiet greizi?
level-bug-wrong-turn-hint-2 = Kļūda bieži ir tikai viens nepareizs bloks. Nomaini to pret pareizo.
level-bug-wrong-turn-hint-3 = Paskaties uz pagriezienu. Vai robotam jāgriežas pa kreisi vai pa labi?

level-bug-missing-step-title = Trūkstošais solis
level-bug-missing-step-instruction = Robots mēģina iedegt lampu tur, kur tās nav. Atrodi, kas trūkst.
level-bug-missing-step-learned = Dažreiz kļūda ir bloks, kas trūkst. Saskaiti lauciņus, lai pārbaudītu.
level-bug-missing-step-hint-1 = Kura lampa paliek nodzisusi?
level-bug-missing-step-hint-2 = Saskaiti lauciņus no stūra līdz otrajai lampai. Saskaiti arī blokus „Uz priekšu”.
level-bug-missing-step-hint-3 = Trūkstošais bloks nāk tieši pēc Pagriezies pa labi. Kurš bloks pārvieto robotu?

level-bug-loop-count-title = Saskaiti vēlreiz
level-bug-loop-count-instruction = Robots ietriecas sienā. Pārbaudi, cik reižu atkārtojas katrs cikls, un salabo to.
level-bug-loop-count-learned = Cikls, kas atkārtojas vienu reizi par daudz vai vienu reizi par maz, ir ļoti bieža kļūda.
level-bug-loop-count-hint-1 = Vēro pirmo ciklu. Kur robots ietriecas?
level-bug-loop-count-hint-2 = Saskaiti lauciņus līdz stūrim. Ciklam jāatkārtojas tik reižu.
level-bug-loop-count-hint-3 = Nomaini pirmā cikla skaitli.

level-bug-forgot-light-title = Nodzisušas lampas
level-bug-forgot-light-instruction = Robots apbrauc kvadrātam, bet neviena lampa neiedegas. Salabo ciklu.
level-bug-forgot-light-learned = Kad kaut kas nekad nenotiek, pārbaudi, vai ciklā netrūkst kāda bloka.
level-bug-forgot-light-hint-1 = Kurš bloks iededz lampu? Vai tas ir programmā?
level-bug-forgot-light-hint-2 = Bloks, ko ieliec ciklā, izpildās katrā aplī.
level-bug-forgot-light-hint-3 = Trūkstošais bloks nāk cikla iekšā. Pēc abiem blokiem Uz priekšu robots stāv uz lampas.

level-bug-helper-turn-title = Palīga kļūda
level-bug-helper-turn-instruction = Daļā „Palīgs 1” ir kļūda. Galvenā programma to izsauc trīs reizes, tāpēc kļūda notiek katru reizi. Salabo to vienreiz.
level-bug-helper-turn-learned = Kad salabo palīgu, tu salabo katru vietu, kas to izsauc.
level-bug-helper-turn-hint-1 = Pieskaries pogai „Solis”. Kas notiek pēc pirmās lampas?
level-bug-helper-turn-hint-2 = Katrā šī kvadrāta stūrī ceļš iet pa labi.
level-bug-helper-turn-hint-3 = Paskaties uz pēdējo bloku palīgā.

level-bug-wrong-side-title = Nepareizā puse
level-bug-wrong-side-instruction = Ceļš vienmēr pagriežas pa labi, bet robots ietriecas sienā. Bloks „Ja” uzdod nepareizo jautājumu. Salabo to.
level-bug-wrong-side-learned = Bloks „Ja”, kas uzdod nepareizu jautājumu, var sabojāt visu programmu.
level-bug-wrong-side-hint-1 = Uz kuru pusi pagriežas ceļš? Uz kuru pusi skatās bloks „Ja”?
level-bug-wrong-side-hint-2 = Pieskaries blokam „Ja” programmā. Tad pieskaries pogai „Mainīt jautājumu”.
level-bug-wrong-side-hint-3 = Bloks Ja skatās uz vienu pusi, ceļš pagriežas uz otru.

level-bug-two-mistakes-title = Divas kļūdas
level-bug-two-mistakes-instruction = Šajā programmā ir divas kļūdas. Atrodi abas, lai robots uzkāptu pa kāpnēm līdz karogam.
level-bug-two-mistakes-learned = Programmā var būt vairāk nekā viena kļūda. Salabo vienu, palaid vēlreiz, tad salabo nākamo.
level-bug-two-mistakes-hint-1 = Vēro kāpņu pirmo pakāpienu. Kur robots kļūdās?
level-bug-two-mistakes-hint-2 = Viena kļūda ir pagrieziens. Otra ir tas, cik reižu atkārtojas cikls.
level-bug-two-mistakes-hint-3 = Uz katra pakāpiena robots uzbrauc augšā, tad pagriežas atpakaļ brauciena virzienā. Pārbaudi šo pagriezienu, tad saskaiti pakāpienus.

level-bug-mixed-colours-title = Sajauktas krāsas
level-bug-mixed-colours-instruction = Sarkanam būtu jānozīmē pagriezties pa kreisi, bet zilam – pa labi. Kāds tos sajauca. Salabo programmu.
level-bug-mixed-colours-learned = Izmēģini savu programmu, paskaties, kur tā dara ko tādu, ko negribēji, un salabo tieši to.
level-bug-mixed-colours-hint-1 = Ko robots dara uz pirmā zilā lauciņa?
level-bug-mixed-colours-hint-2 = Katrs bloks „Ja” jautā par pareizo krāsu, bet pagriežas uz nepareizo pusi.
level-bug-mixed-colours-hint-3 = Nomaini pagriezienu katrā blokā Ja.
