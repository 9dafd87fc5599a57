# Il-Port tan-Numri: ċikli u Jekk ġo assistenti, assistenti b’numru u l-għadd tar-robot.
# Uża l-ismijiet tal-blokki tal-logħba (robot.ftl).

## Ċikli u Jekk ġo assistenti

level-number-loop-in-helper-title = Ċiklu ġo assistent
level-number-loop-in-helper-instruction = Ixgħel it-tliet lampi fit-tarf tan-naħat twal. Prinċipali jżomm 3 blokki biss, u Assistent 1 erbgħa biss.
level-number-loop-in-helper-learned = Assistent jista’ jżomm ċiklu. Kull darba li Prinċipali jsejjaħ lill-assistent, iċ-ċiklu tiegħu jerġa’ jibda mill-bidu.
level-number-loop-in-helper-hint-1 = It-tliet naħat huma simili: l-istess tul, b’lampa u dawra fit-tarf. X’jagħmel ir-robot fuq naħa waħda?
level-number-loop-in-helper-hint-2 = Erba’ blokki Imxi u dawra ma jidħlux f’Assistent 1. Minflok, poġġi Irrepeti ġewwa l-assistent.
level-number-loop-in-helper-hint-3 = Assistent 1: Irrepeti 4 darbiet b’Imxi ġewwa, imbagħad Dur lemin.

level-number-round-the-basin-title = Madwar il-baċir
level-number-round-the-basin-instruction = Ixgħel kull lampa madwar il-baċir tal-port. Prinċipali jżomm blokk wieħed biss, għalhekk Assistent 1 irid isejjaħ lilu nnifsu.
level-number-round-the-basin-learned = Assistent jista’ jżomm ċiklu u xorta jsejjaħ lilu nnifsu. Iċ-ċiklu jagħmel naħa, u s-sejħa tibda n-naħa li jmiss.
level-number-round-the-basin-hint-1 = Kull naħa tidher l-istess. Kemm hemm lampi fuq naħa waħda?
level-number-round-the-basin-hint-2 = Naħa waħda hi: tliet darbiet Imxi u Dawl, imbagħad dawra. Ibni dan f’Assistent 1 b’ċiklu, u fl-aħħar ħalli lil Assistent 1 isejjaħ lilu nnifsu.
level-number-round-the-basin-hint-3 = Assistent 1 jibda b’Irrepeti 3 darbiet, b’Imxi u Dawl ġewwa.

level-number-if-in-helper-title = Kantunieri ħomor
level-number-if-in-helper-instruction = Ixgħel il-lampi kollha tul il-moll. Fuq kaxxa ħamra t-triq iddur lejn ix-xellug. Prinċipali jżomm 3 blokki biss.
level-number-if-in-helper-learned = Assistent jista’ jżomm Jekk. Kull darba li jaħdem l-assistent, jerġa’ jagħmel il-mistoqsija, għalhekk assistent wieħed jaqdi kemm it-toroq dritti u kemm il-kantunieri.
level-number-if-in-helper-hint-1 = Minn lampa għall-oħra dejjem hemm żewġ passi. Xi drabi l-kaxxa ta’ bejniethom tkun ħamra.
level-number-if-in-helper-hint-2 = Ħalli lil Assistent 1 iwassal lir-robot minn lampa għall-oħra. Fit-triq jistaqsi: qiegħed fuq l-aħmar? Prinċipali jixgħel il-lampa u jirrepeti sal-aħħar.
level-number-if-in-helper-hint-3 = Assistent 1 jibda b’Imxi, imbagħad Jekk qiegħed fuq l-aħmar.

## Assistenti b’numru

level-number-walk-n-title = Imxi n kaxxi
level-number-walk-n-instruction = Asal sal-bandiera. Il-partijiet dritti tat-triq għandhom tul differenti, u Prinċipali jżomm 5 blokki biss. Uża Assistent 1 b’numru.
level-number-walk-n-learned = Tista’ tagħti numru lil assistent meta ssejjaħlu. Ġewwa l-assistent, Irrepeti n darbiet jirrepeti daqs kemm jgħid dak in-numru.
level-number-walk-n-hint-1 = Għodd il-kaxxi ta’ kull parti dritta tat-triq.
level-number-walk-n-hint-2 = F’Assistent 1, poġġi Imxi ġewwa Irrepeti n darbiet. Hekk Assistent 1 b’3 jimxi 3 kaxxi, u Assistent 1 b’6 jimxi 6.
level-number-walk-n-hint-3 = Prinċipali jibda b’Assistent 1 b’3, imbagħad Dur lemin.

level-number-spiral-title = L-ispirali
level-number-spiral-instruction = Segwi l-ispirali sal-bandiera fin-nofs. Kull parti dritta hija kaxxa waħda iqsar minn ta’ qabilha.
level-number-spiral-learned = L-assistent jibqa’ l-istess, u jinbidel biss in-numru tiegħu minn sejħa għal oħra. Prinċipali jgħid biss kemm ’il bogħod.
level-number-spiral-hint-1 = Kemm hi twila kull parti dritta? X’jagħmel ir-robot fit-tarf ta’ kull waħda?
level-number-spiral-hint-2 = Assistent 1 jista’ jimxi n kaxxi u mbagħad idur. Prinċipali jsejjaħlu erba’ darbiet, kull darba b’numru iżgħar.
level-number-spiral-hint-3 = Assistent 1 jispiċċa b’Dur lemin.

level-number-lamp-rows-title = Ringieli ta’ lampi
level-number-lamp-rows-instruction = Ixgħel ir-ringiela ta’ 5 lampi u r-ringiela ta’ 3 lampi. Prinċipali jżomm 3 blokki biss.
level-number-lamp-rows-learned = In-numru mhux bilfors jgħodd passi. Hawn jgħodd lampi: Assistent 1 b’5 jixgħel 5 lampi.
level-number-lamp-rows-hint-1 = Għal kull lampa, ir-robot jgħaddi fuqha u jixgħelha.
level-number-lamp-rows-hint-2 = Poġġi Imxi u Dawl ġewwa Irrepeti n darbiet. Imbagħad n jgħid kemm-il lampa jixgħel Assistent 1.
level-number-lamp-rows-hint-3 = Prinċipali: Assistent 1 b’5, imbagħad Dur lemin, imbagħad blokk ieħor.

## L-għadd tar-robot

level-number-third-opening-title = It-tielet triq tal-ġenb
level-number-third-opening-instruction = It-triq għall-bandiera hija t-tielet triq tal-ġenb fuq il-lemin. Ħalli lir-robot jgħodd it-toroq tal-ġenb li jgħaddi minnhom.
level-number-third-opening-learned = Ir-robot għandu għadd li jibda minn 0. Żid 1 mal-għadd iżid wieħed, u Jekk l-għadd hu 3 jistaqsi kemm-il darba ġrat.
level-number-third-opening-hint-1 = L-ewwel żewġ toroq tal-ġenb fuq il-lemin iwasslu biss lura fit-triq. It-tielet waħda biss tmur għall-bandiera.
level-number-third-opening-hint-2 = Kull darba li hemm triq fil-lemin, żid 1 mal-għadd. Dur lejn il-lemin biss meta l-għadd ikun 3.
level-number-third-opening-hint-3 = Ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk hemm triq fil-lemin.

level-number-counting-helper-title = Assistent li jgħodd
level-number-counting-helper-instruction = Ħu t-tielet triq tal-ġenb fuq il-lemin biex tasal sal-bandiera. Prinċipali jżomm 4 blokki biss, għalhekk Assistent 1 irid jagħmel l-għadd.
level-number-counting-helper-learned = Prinċipali u l-assistenti jaqsmu għadd wieħed. Assistent jista’ jżid miegħu u jistaqsi dwaru, u l-għadd jibqa’ meta l-assistent jispiċċa.
level-number-counting-helper-hint-1 = Din id-darba r-robot isuq lejn ix-xellug, għalhekk il-lemin tiegħu huwa n-naħa ta’ fuq tal-bord.
level-number-counting-helper-hint-2 = Prinċipali jsuq u jistaqsi: hemm triq fil-lemin? Jekk iva, isejjaħ lil Assistent 1. Assistent 1 jgħodd, u jdur lejn il-lemin meta l-għadd ikun 3.
level-number-counting-helper-hint-3 = Assistent 1 jibda b’Żid 1 mal-għadd.

level-number-second-red-title = It-tieni kaxxa ħamra
level-number-second-red-instruction = Asal sal-bandiera. Dur lejn ix-xellug fit-tieni kaxxa ħamra, mhux fl-ewwel waħda.
level-number-second-red-learned = L-għadd jista’ jgħodd kull ħaġa li r-robot jista’ jistaqsi dwarha: toroq tal-ġenb, kuluri u aktar.
level-number-second-red-hint-1 = Iż-żewġ kaxxi ħomor għandhom triq fuq ix-xellug. Liema waħda twassal għall-bandiera?
level-number-second-red-hint-2 = Fuq kull kaxxa ħamra, żid 1 mal-għadd. Dur lejn ix-xellug biss meta l-għadd ikun 2.
level-number-second-red-hint-3 = Ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk qiegħed fuq l-aħmar.

level-number-fix-the-count-title = Erġa’ għodd mill-ġdid
level-number-fix-the-count-instruction = Ir-robot suppost idur lejn ix-xellug kull tieni kaxxa ħamra. Idur fit-tieni waħda, imma fir-raba’ jkompli dritt f’ħajt. Irranġa l-programm.
level-number-fix-the-count-learned = L-għadd jibqa’ jikber sakemm terġa’ tniżżlu. Issettja l-għadd għal 0 jibda għadd ġdid.
level-number-fix-the-count-hint-1 = Agħfas Pass u segwi l-għadd ħdejn in-numru tal-pass. Kemm hu l-għadd fuq ir-raba’ kaxxa ħamra?
level-number-fix-the-count-hint-2 = Wara l-ewwel dawra, ir-robot għandu jerġa’ jgħodd minn 0.
level-number-fix-the-count-hint-3 = Ħares x’jiġri eżatt wara d-dawra lejn ix-xellug.
