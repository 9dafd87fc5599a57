# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Tile names as in robot.ftl: Uz priekšu, Pagriezies pa kreisi, Pagriezies pa labi,
# Iededz, Atkārto, Atkārto, līdz gatavs, Ja, Palīgs 1, Palīgs 1 ar skaitli, Atkārto n reizes,
# Iestati skaitītāju, Pieskaiti 1 skaitītājam; the main list is "Galvenā programma".

## Loops and ifs inside helpers

level-number-loop-in-helper-title = Cikls palīgā
level-number-loop-in-helper-instruction = Ieslēdz trīs lampas garo malu galos. Galvenajā programmā ietilpst tikai 3 bloki, bet daļā „Palīgs 1” tikai 4.
level-number-loop-in-helper-learned = Palīgā var būt cikls. Katru reizi, kad galvenā programma izsauc palīgu, tā cikls sākas no sākuma.
level-number-loop-in-helper-hint-1 = Visas trīs malas ir līdzīgas: vienā garumā, ar lampu un pagriezienu galā. Ko robots dara uz vienas malas?
level-number-loop-in-helper-hint-2 = Četri bloki „Uz priekšu” un pagrieziens neietilpst daļā „Palīgs 1”. Ieliec palīgā labāk bloku „Atkārto”.
level-number-loop-in-helper-hint-3 = Palīgs 1: Atkārto 4 reizes, iekšā Uz priekšu, tad Pagriezies pa labi.

level-number-round-the-basin-title = Apkārt baseinam
level-number-round-the-basin-instruction = Ieslēdz visas lampas apkārt ostas baseinam. Galvenajā programmā ietilpst tikai viens bloks, tāpēc „Palīgam 1” jāizsauc pašam sevi.
level-number-round-the-basin-learned = Palīgā var būt cikls, un palīgs tik un tā var izsaukt pats sevi. Cikls paveic vienu malu, un izsaukums sāk nākamo.
level-number-round-the-basin-hint-1 = Visas malas izskatās vienādi. Cik lampu ir uz vienas malas?
level-number-round-the-basin-hint-2 = Viena mala ir: trīs reizes „Uz priekšu” un „Iededz”, tad pagrieziens. Uzbūvē to daļā „Palīgs 1” ar ciklu, un lai palīgs beigās izsauc pats sevi.
level-number-round-the-basin-hint-3 = Palīgs 1 sākas ar Atkārto 3 reizes, iekšā Uz priekšu un Iededz.

level-number-if-in-helper-title = Sarkanie stūri
level-number-if-in-helper-instruction = Ieslēdz visas lampas gar ostas sienu. Uz sarkana lauciņa ceļš pagriežas pa kreisi. Galvenajā programmā ietilpst tikai 3 bloki.
level-number-if-in-helper-learned = Palīgā var būt bloks „Ja”. Katru reizi, kad palīgs izpildās, tas atkal uzdod savu jautājumu, tāpēc viens palīgs der gan taisniem ceļiem, gan stūriem.
level-number-if-in-helper-hint-1 = No vienas lampas līdz nākamajai vienmēr ir divi soļi. Dažreiz lauciņš pa vidu ir sarkans.
level-number-if-in-helper-hint-2 = Lai „Palīgs 1” aizved robotu no vienas lampas līdz nākamajai. Pa ceļam tas jautā: vai esmu uz sarkanā? Galvenā programma iededz lampu un atkārto, līdz gatavs.
level-number-if-in-helper-hint-3 = Palīgs 1 sākas ar Uz priekšu, tad Ja uz sarkanā.

## Helpers with a number

level-number-walk-n-title = Nobrauc n lauciņus
level-number-walk-n-instruction = Tiec līdz karogam. Ceļa taisnie posmi ir dažāda garuma, un galvenajā programmā ietilpst tikai 5 bloki. Izmanto „Palīgs 1 ar skaitli”.
level-number-walk-n-learned = Izsaucot palīgu, tu vari tam iedot skaitli. Palīga iekšā „Atkārto n reizes” atkārto tik reižu, cik saka šis skaitlis.
level-number-walk-n-hint-1 = Saskaiti lauciņus katrā ceļa taisnajā posmā.
level-number-walk-n-hint-2 = Daļā „Palīgs 1” ieliec „Uz priekšu” blokā „Atkārto n reizes”. Tad „Palīgs 1 ar 3” nobrauc 3 lauciņus, bet „Palīgs 1 ar 6” – 6.
level-number-walk-n-hint-3 = Galvenā programma sākas ar Palīgs 1 ar 3, tad Pagriezies pa labi.

level-number-spiral-title = Spirāle
level-number-spiral-instruction = Seko spirālei līdz karogam vidū. Katrs taisnais posms ir par vienu lauciņu īsāks nekā iepriekšējais.
level-number-spiral-learned = Palīgs paliek tas pats, mainās tikai tā skaitlis no izsaukuma uz izsaukumu. Galvenā programma tikai pasaka, cik tālu.
level-number-spiral-hint-1 = Cik garš ir katrs taisnais posms? Ko robots dara katra posma galā?
level-number-spiral-hint-2 = „Palīgs 1” var nobraukt n lauciņus un tad pagriezties. Galvenā programma to izsauc četras reizes, katru reizi ar mazāku skaitli.
level-number-spiral-hint-3 = Palīgs 1 beidzas ar Pagriezies pa labi.

level-number-lamp-rows-title = Lampu rindas
level-number-lamp-rows-instruction = Ieslēdz rindu ar 5 lampām un rindu ar 3 lampām. Galvenajā programmā ietilpst tikai 3 bloki.
level-number-lamp-rows-learned = Skaitlim nav obligāti jāskaita soļi. Šeit tas skaita lampas: „Palīgs 1 ar 5” iededz 5 lampas.
level-number-lamp-rows-hint-1 = Katrai lampai robots uzbrauc uz tās un to iededz.
level-number-lamp-rows-hint-2 = Ieliec „Uz priekšu” un „Iededz” blokā „Atkārto n reizes”. Tad n pasaka, cik lampu palīgs iededz.
level-number-lamp-rows-hint-3 = Galvenā programma: Palīgs 1 ar 5, tad Pagriezies pa labi, tad vēl viens bloks.

## The robot's counter

level-number-third-opening-title = Trešais atzarojums
level-number-third-opening-instruction = Ceļš uz karogu ir trešais atzarojums pa labi. Lai robots skaita atzarojumus, kam tas brauc garām.
level-number-third-opening-learned = Robotam ir skaitītājs, kas sākas no 0. „Pieskaiti 1 skaitītājam” pieskaita vienu, un „Ja skaitītājs ir 3” jautā, cik reižu tas ir noticis.
level-number-third-opening-hint-1 = Pirmie divi atzarojumi pa labi tikai ved atpakaļ uz ceļa. Tikai trešais ved līdz karogam.
level-number-third-opening-hint-2 = Katru reizi, kad pa labi ir ceļš, pieskaiti skaitītājam 1. Pagriezies pa labi tikai tad, kad skaitītājs ir 3.
level-number-third-opening-hint-3 = Blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja ceļš pa labi.

level-number-counting-helper-title = Palīgs, kas skaita
level-number-counting-helper-instruction = Nogriezies trešajā atzarojumā pa labi, lai tiktu līdz karogam. Galvenajā programmā ietilpst tikai 4 bloki, tāpēc skaitīt jāuzņemas „Palīgam 1”.
level-number-counting-helper-learned = Galvenā programma un palīgi izmanto vienu kopīgu skaitītāju. Palīgs var tam pieskaitīt un par to jautāt, un skaitītājs paliek, kad palīgs beidzas.
level-number-counting-helper-hint-1 = Šoreiz robots brauc pa kreisi, tāpēc tā labā puse ir laukuma augša.
level-number-counting-helper-hint-2 = Galvenā programma brauc un jautā: vai pa labi ir ceļš? Ja ir, tā izsauc „Palīgs 1”. Palīgs skaita un pagriežas pa labi, kad skaitītājs ir 3.
level-number-counting-helper-hint-3 = Palīgs 1 sākas ar Pieskaiti 1 skaitītājam.

level-number-second-red-title = Otrais sarkanais lauciņš
level-number-second-red-instruction = Tiec līdz karogam. Pagriezies pa kreisi pie otrā sarkanā lauciņa, nevis pie pirmā.
level-number-second-red-learned = Skaitītājs var skaitīt jebko, par ko robots var jautāt: atzarojumus, krāsas un vēl daudz ko.
level-number-second-red-hint-1 = Pie abiem sarkanajiem lauciņiem pa kreisi ir ceļš. Kurš no tiem ved līdz karogam?
level-number-second-red-hint-2 = Uz katra sarkanā lauciņa pieskaiti skaitītājam 1. Pagriezies pa kreisi tikai tad, kad skaitītājs ir 2.
level-number-second-red-hint-3 = Blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja uz sarkanā.

level-number-fix-the-count-title = Skaiti no jauna
level-number-fix-the-count-instruction = Robotam vajadzētu pagriezties pa kreisi pie katra otrā sarkanā lauciņa. Pie otrā tas pagriežas, bet pie ceturtā brauc taisni sienā. Salabo programmu.
level-number-fix-the-count-learned = Skaitītājs aug, līdz tu to atiestati. „Iestati skaitītāju uz 0” sāk skaitīt no jauna.
level-number-fix-the-count-hint-1 = Pieskaries pogai „Solis” un vēro skaitītāju blakus soļa numuram. Cik rāda skaitītājs uz ceturtā sarkanā lauciņa?
level-number-fix-the-count-hint-2 = Pēc pirmā pagrieziena robotam jāsāk skaitīt atkal no 0.
level-number-fix-the-count-hint-3 = Paskaties, kas notiek tieši pēc tam, kad robots pagriežas pa kreisi.
