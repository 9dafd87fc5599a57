# Signal Station: events. Beside Main and the helpers, a program has a part that runs by
# itself each time an event happens; then the robot carries on. Name the event part by its
# title, as pupils see it: „Kad robots uzbrauc uz lampas”, „Kad robots uzbrauc uz sarkanā”
# (zilā, zaļā); the button is „Mainīt notikumu”.

## A first event, a colour, the right event

level-signal-first-event-title = Lampas te un tur
level-signal-first-event-instruction = Ieslēdz visas lampas, tad apstājies pie karoga. Galvenajā programmā ietilpst tikai 3 bloki, tāpēc viena pati tā to nespēj. Izmēģini jauno daļu: „Kad robots uzbrauc uz lampas”.
level-signal-first-event-learned = Notikums ir kaut kas, kas notiek, piemēram, robots uzbrauc uz lampas. Daļas „Kad robots uzbrauc uz lampas” bloki izpildās katru reizi, kad tas notiek. Tad robots turpina galveno programmu.
level-signal-first-event-hint-1 = Lampas nav vienādā attālumā cita no citas. Vai galvenajai programmai jāzina, kur ir katra lampa?
level-signal-first-event-hint-2 = Lai galvenā programma vienkārši brauc līdz karogam. Katru reizi, kad robots uzbrauc uz lampas, daļa „Kad robots uzbrauc uz lampas” izpildās pati.
level-signal-first-event-hint-3 = Ieliec Iededz daļā „Kad robots uzbrauc uz lampas”.

level-signal-blue-corners-title = Zilie stūri
level-signal-blue-corners-instruction = Brauc līdz karogam vidū. Zilie lauciņi rāda, kur ceļš pagriežas. Galvenajā programmā ietilpst tikai 3 bloki.
level-signal-blue-corners-learned = Notikums var būt arī krāsa. „Kad robots uzbrauc uz zilā” izpildās katru reizi, kad „Uz priekšu” aizved robotu uz zila lauciņa.
level-signal-blue-corners-hint-1 = Uz kuru pusi ceļš pagriežas pie katra zilā lauciņa? Vai katru reizi uz to pašu?
level-signal-blue-corners-hint-2 = Galvenā programma tikai brauc tālāk. Pagriezieni pieder daļai „Kad robots uzbrauc uz zilā”.
level-signal-blue-corners-hint-3 = Galvenā programma ir Atkārto, līdz gatavs, iekšā Uz priekšu.

level-signal-which-event-title = Kura krāsa?
level-signal-which-event-instruction = Brauc līdz karogam. Pie dažiem krāsainiem lauciņiem ceļš pagriežas pa kreisi. Uzmanīgi aplūko krāsas, tad izvēlies pareizo notikumu.
level-signal-which-event-learned = „Mainīt notikumu” izvēlas, uz ko robots atsaucas. Izvēlies notikumu, kas notiek tieši tur, kur robotam jārīkojas.
level-signal-which-event-hint-1 = Kur ceļš pagriežas? Kādā krāsā ir tie lauciņi?
level-signal-which-event-hint-2 = Sarkanie lauciņi ir uz taisniem posmiem. Pagrieziens tur aizved strupceļā. Pieskaries pogai „Mainīt notikumu”.
level-signal-which-event-hint-3 = Ieliec Pagriezies pa kreisi daļā „Kad robots uzbrauc uz zaļā”.

## More in the event part

level-signal-corner-lamps-title = Lampas stūros
level-signal-corner-lamps-instruction = Izbrauc vienu reizi apkārt lokam, ieslēdz četras lampas un apstājies pie karoga aiz robota. Katra lampa ir stūrī.
level-signal-corner-lamps-learned = Notikuma daļā var būt vairāk nekā viens bloks. Katru reizi, kad notikums notiek, izpildās visi tās bloki, viens pēc otra.
level-signal-corner-lamps-hint-1 = Kas robotam jādara katrā stūrī?
level-signal-corner-lamps-hint-2 = Pie katras lampas ir divi darbi: iedegt lampu un pagriezties. Abi nāk daļā „Kad robots uzbrauc uz lampas”.
level-signal-corner-lamps-hint-3 = Ieliec Iededz daļā „Kad robots uzbrauc uz lampas”. Kas vēl notiek stūrī?

level-signal-count-reds-title = Trešais sarkanais lauciņš
level-signal-count-reds-instruction = Tiec līdz karogam. Pie katra sarkanā lauciņa pa kreisi ir ceļš, bet tikai trešais ved līdz karogam. Lai robots skaita sarkanos lauciņus.
level-signal-count-reds-learned = Notikuma daļa var izmantot arī skaitītāju. „Kad robots uzbrauc uz sarkanā” pieskaita 1 uz katra sarkanā lauciņa, tāpēc galvenajai programmai atliek tikai braukt.
level-signal-count-reds-hint-1 = Visi trīs sarkanie lauciņi izskatās vienādi. Kā robots var zināt, kurš ir trešais?
level-signal-count-reds-hint-2 = Katru reizi, kad robots uzbrauc uz sarkanā, pieskaiti skaitītājam 1. Kad skaitītājs ir 3, pagriezies pa kreisi.
level-signal-count-reds-hint-3 = Daļa „Kad robots uzbrauc uz sarkanā” sākas ar Pieskaiti 1 skaitītājam.

level-signal-winding-road-title = Līkumotais ceļš
level-signal-winding-road-instruction = Seko līkumotajam ceļam, ieslēdz visas lampas un tiec līdz karogam. Lampas nav stūros.
level-signal-winding-road-learned = Galvenā programma un notikuma daļa katra var darīt savu darbu. Šeit galvenā programma seko ceļam, bet „Kad robots uzbrauc uz lampas” pa ceļam iededz lampas.
level-signal-winding-road-hint-1 = Uz kuru pusi ceļš pagriežas katrā stūrī?
level-signal-winding-road-hint-2 = Galvenā programma brauc un pagriežas pa labi visur, kur pa labi ir ceļš. Lampas ir darbs daļai „Kad robots uzbrauc uz lampas”.
level-signal-winding-road-hint-3 = Galvenajā programmā, blokā Atkārto, līdz gatavs: Uz priekšu, tad Ja ceļš pa labi.

level-signal-fix-the-event-title = Nepareizais notikums
level-signal-fix-the-event-instruction = Uz katra zilā lauciņa robotam jāpagriežas uz to pusi, kur iet ceļš. Bet tas pagriežas par agru un ietriecas sienā. Salabo programmu.
level-signal-fix-the-event-learned = Kad notikuma daļa dara pareizo lietu nepareizā brīdī, vispirms pārbaudi tās notikumu. Viens pieskāriens pogai „Mainīt notikumu” var to salabot.
level-signal-fix-the-event-hint-1 = Pieskaries pogai „Solis” un vēro. Uz kura lauciņa robots pagriežas pirmo reizi?
level-signal-fix-the-event-hint-2 = Notikuma daļas bloki ir pareizi. Tie tikai izpildās uz nepareizajiem lauciņiem.
level-signal-fix-the-event-hint-3 = Izlasi virsrakstu virs bloka Ja … citādi. Vai tas notiek stūros?

level-signal-side-steps-title = Sānsoļi
level-signal-side-steps-instruction = Tiec līdz karogam. Pie katra sarkanā lauciņa ceļš pārvietojas par vienu lauciņu uz robota labo pusi. Daļā „Kad robots uzbrauc uz sarkanā” ietilpst tikai 2 bloki.
level-signal-side-steps-learned = Notikuma daļa var izsaukt palīgu, tāpat kā galvenā programma. Izpildās palīga bloki, un tad robots turpina galveno programmu.
level-signal-side-steps-hint-1 = Ko robots dara uz sarkanā lauciņa, lai tiktu uz nākamo ceļa posmu?
level-signal-side-steps-hint-2 = Sānsolim vajag trīs blokus, bet notikuma daļā ietilpst tikai 2. Uzbūvē sānsoli daļā „Palīgs 1” un izsauc to no daļas „Kad robots uzbrauc uz sarkanā”.
level-signal-side-steps-hint-3 = Palīgs 1 sākas ar Pagriezies pa labi.
