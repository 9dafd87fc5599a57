# Id-dinjiet tal-ikkowdjar u l-livelli tagħhom. Għal kull livell: titlu, x’għandek tagħmel,
# x’tgħallimt u tliet ħjiel. Uża l-ismijiet tal-blokki tal-logħba (robot.ftl).

world-robot-road = Triq ir-Robot
world-loop-lagoon = Il-Laguna taċ-Ċikli
world-helper-hills = L-Għoljiet tal-Assistenti
world-choice-canyon = Il-Kanjon tal-Għażliet
world-sensor-springs = L-Għejun tas-Sensuri
world-number-harbour = Il-Port tan-Numri
world-signal-station = L-Istazzjon tas-Sinjali
world-bug-bay = Il-Bajja tal-Iżbalji

## Triq ir-Robot

level-robot-first-steps-title = L-ewwel passi
level-robot-first-steps-instruction = Ibni programm li jwassal lir-robot sal-bandiera. Imbagħad agħfas Ħaddem.
level-robot-first-steps-learned = Programm huwa lista ta’ passi. Ir-robot jagħmilhom wieħed wara l-ieħor, f’ordni.
level-robot-first-steps-hint-1 = Ħares lejn il-bandiera. Lejn fejn qed iħares ir-robot issa?
level-robot-first-steps-hint-2 = Imxi jmexxi lir-robot kaxxa waħda. Dur lemin idawru f’postu.
level-robot-first-steps-hint-3 = Ibda hekk: Imxi, Imxi, Dur lemin.

level-robot-turn-left-title = Dur xellug
level-robot-turn-left-instruction = Wassal lir-robot sal-bandiera. Din id-darba jrid idur lejn ix-xellug.
level-robot-turn-left-learned = Dur xellug u Dur lemin jibdlu lejn fejn iħares ir-robot. Ma jmexxuhx.
level-robot-turn-left-hint-1 = Ir-robot qed iħares ’il fuq. Fejn tgħawweġ it-triq?
level-robot-turn-left-hint-2 = Wara Dur xellug, Imxi jmexxi lir-robot lejn id-direzzjoni l-ġdida.
level-robot-turn-left-hint-3 = Ibda hekk: Imxi, Imxi, Dur xellug.

level-robot-zigzag-title = Taraġ żigżag
level-robot-zigzag-instruction = Inżel it-taraġ sal-bandiera. It-triq iddur wara kull tarġa.
level-robot-zigzag-learned = Triq twila hija biss passi żgħar u dawriet, wieħed wara l-ieħor.
level-robot-zigzag-hint-1 = Segwi t-triq b’subgħajk. Għodd id-dawriet.
level-robot-zigzag-hint-2 = Dur lemin biex tinżel. Dur xellug biex terġa’ tmur ġenb ġenb.
level-robot-zigzag-hint-3 = Ibda hekk: Imxi, Dur lemin, Imxi, Dur xellug.

level-robot-around-rocks-title = Madwar il-ħajt
level-robot-around-rocks-instruction = Hemm ħajt fin-nofs. Dur madwaru biex tasal sal-bandiera.
level-robot-around-rocks-learned = Meta t-triq tkun imblukkata, tista’ tippjana rotta madwarha.
level-robot-around-rocks-hint-1 = Ir-robot ma jistax imur dritt għall-bandiera. Minn fejn tista’ tdur?
level-robot-around-rocks-hint-2 = L-ewwel itla’, imbagħad mur ġenb ġenb, imbagħad inżel.
level-robot-around-rocks-hint-3 = Ibda hekk: Imxi, Imxi, Dur lemin.

level-robot-fix-the-path-title = Irranġa t-triq
level-robot-fix-the-path-instruction = Dan il-programm għandu żball: ir-robot jaħbat ma’ ħajt. Segwih b’Pass, imbagħad irranġa l-programm.
level-robot-fix-the-path-learned = Żball (bug) huwa nuqqas f’programm. Blokk wieħed żejjed jista’ jibgħat lir-robot f’ħajt. Neħħih, u l-programm jaħdem.
level-robot-fix-the-path-hint-1 = Agħfas Pass biex tħaddem blokk wieħed kull darba. Fejn jaħbat ir-robot mal-ħajt?
level-robot-fix-the-path-hint-2 = Ir-robot imur kaxxa waħda żejda qabel ma jdur. Hemm blokk wieħed żejjed.
level-robot-fix-the-path-hint-3 = Il-blokk żejjed jiġi qabel l-ewwel dawra.

level-robot-first-lamp-title = Ixgħel id-dawl
level-robot-first-lamp-instruction = Mur sal-lampa. Imbagħad uża l-blokk Dawl biex tixgħelha.
level-robot-first-lamp-learned = Dawl jaħdem biss meta r-robot ikun wieqaf fuq lampa.
level-robot-first-lamp-hint-1 = Kemm-il kaxxa ’l bogħod hi l-lampa?
level-robot-first-lamp-hint-2 = L-ewwel ir-robot irid ikun fuq il-lampa. Imbagħad Dawl jixgħelha.
level-robot-first-lamp-hint-3 = Il-lampa tinsab tliet kaxxi ’l bogħod mir-robot, dritt.

level-robot-two-lamps-title = Żewġ lampi
level-robot-two-lamps-instruction = Ixgħel iż-żewġ lampi. M’hemmx bandiera: ix-xogħol lest meta kull lampa tkun mixgħula.
level-robot-two-lamps-learned = Ir-robot jista’ jagħmel xogħol fit-triq: jieqaf, jixgħel il-lampa, u jkompli.
level-robot-two-lamps-hint-1 = Tgħaddi mill-ewwel lampa fi triqtek lejn it-tieni waħda.
level-robot-two-lamps-hint-2 = Poġġi Dawl eżatt wara l-blokk li jwassal lir-robot fuq lampa.
level-robot-two-lamps-hint-3 = Ibda hekk: Imxi, Imxi, Dawl.

level-robot-lamps-and-flag-title = Lampi u bandiera
level-robot-lamps-and-flag-instruction = Ixgħel iż-żewġ lampi. Imbagħad mur sal-bandiera.
level-robot-lamps-and-flag-learned = Xogħol jista’ jkollu bosta partijiet. Ir-robot irid ilestihom kollha.
level-robot-lamps-and-flag-hint-1 = Il-bandiera tgħodd biss meta kull lampa tkun mixgħula.
level-robot-lamps-and-flag-hint-2 = Ippjana rotta li tgħaddi fuq iż-żewġ lampi qabel tasal sal-bandiera.
level-robot-lamps-and-flag-hint-3 = Ibda hekk: Imxi, Dawl, Dur lemin.

level-robot-turn-around-title = Dawra sħiħa
level-robot-turn-around-instruction = Ixgħel il-lampa. Imbagħad dur lura u mur sal-bandiera.
level-robot-turn-around-learned = Żewġ dawriet lejn l-istess naħa jġiegħlu lir-robot iħares lura minn fejn ġie.
level-robot-turn-around-hint-1 = Il-lampa u l-bandiera jinsabu fuq żewġ naħat differenti tar-robot.
level-robot-turn-around-hint-2 = Biex iddur lura, uża żewġ dawriet: Dur xellug, Dur xellug.
level-robot-turn-around-hint-3 = Ibda hekk: Imxi, Imxi, Dawl.

level-robot-long-road-title = It-triq it-twila
level-robot-long-road-instruction = Ixgħel iż-żewġ lampi u spiċċa fuq il-bandiera. Liema triq hija l-iqsar?
level-robot-long-road-learned = Jista’ jkun hemm aktar minn rotta waħda. L-ewwel aħseb, imbagħad agħżel l-iqsar.
level-robot-long-road-hint-1 = Jekk tinżel dritt tasal sal-bandiera, imma l-lampi jibqgħu mitfija.
level-robot-long-road-hint-2 = L-ewwel mur min-naħa ta’ fuq, imbagħad inżel, imbagħad erġa’ lura min-naħa ta’ isfel.
level-robot-long-road-hint-3 = Ibda hekk: Imxi, Dawl, Imxi, Dur lemin.

## Il-Laguna taċ-Ċikli

level-loop-first-loop-title = L-ewwel ċiklu
level-loop-first-loop-instruction = Asal sal-bandiera. Il-programm tiegħek jista’ jżomm 3 blokki biss, għalhekk uża l-blokk Irrepeti.
level-loop-first-loop-learned = Blokk Irrepeti jħaddem il-blokki li għandu ġewwa darba wara l-oħra. Ċiklu wieħed jista’ jagħmel ix-xogħol ta’ ħafna blokki.
level-loop-first-loop-hint-1 = Għodd il-kaxxi bejn ir-robot u l-bandiera.
level-loop-first-loop-hint-2 = Poġġi Imxi ġo blokk Irrepeti. Imbagħad agħfas Aktar drabi biex tissettja n-numru.
level-loop-first-loop-hint-3 = Imxi jmur ġewwa ċ-ċiklu. In-numru huwa kemm għoddejt kaxxi.

level-loop-lamp-row-title = Ringiela ta’ lampi
level-loop-lamp-row-instruction = Ixgħel il-ħames lampi kollha. Il-programm tiegħek jista’ jżomm 5 blokki biss, għalhekk uża ċiklu.
level-loop-lamp-row-learned = Ċiklu jista’ jirrepeti aktar minn blokk wieħed. Hawn jirrepeti pass u dawl.
level-loop-lamp-row-hint-1 = Kull lampa hija kaxxa waħda biss wara ta’ qabilha.
level-loop-lamp-row-hint-2 = Poġġi żewġ blokki ġo Irrepeti wieħed. Iċ-ċiklu jagħmel it-tnejn, darba wara l-oħra.
level-loop-lamp-row-hint-3 = Ġewwa ċ-ċiklu: Imxi, imbagħad Dawl. Kemm-il darba?

level-loop-corner-title = Dawra mal-kantuniera
level-loop-corner-instruction = Asal sal-bandiera. Uża ċiklu għal kull triq twila, b’dawra bejniethom.
level-loop-corner-learned = Programm jista’ jkollu bosta ċikli, wieħed wara l-ieħor.
level-loop-corner-hint-1 = It-triq għandha żewġ partijiet twal u dritti.
level-loop-corner-hint-2 = L-ewwel ċiklu għat-triq ta’ fuq. Imbagħad Dur lemin. Imbagħad ċiklu għat-triq ’l isfel.
level-loop-corner-hint-3 = Ibda hekk: Irrepeti 4 darbiet, b’Imxi ġewwa. Imbagħad Dur lemin.

level-loop-stairs-title = Taraġ biċ-ċiklu
level-loop-stairs-instruction = Itla’ t-taraġ sal-bandiera. Sib il-parti li tirrepeti ruħha.
level-loop-stairs-learned = Meta mudell jirrepeti ruħu, ibnih darba waħda ġo ċiklu. Iċ-ċiklu jagħmel il-bqija.
level-loop-stairs-hint-1 = Ħares lejn tarġa waħda. X’jagħmel ir-robot fuqha?
level-loop-stairs-hint-2 = Ċiklu jista’ jżomm ukoll dawriet. Poġġi tarġa waħda ġo Irrepeti.
level-loop-stairs-hint-3 = Tarġa waħda hi: Imxi, Dur xellug, Imxi, Dur lemin.

level-loop-square-title = Kwadru ta’ lampi
level-loop-square-instruction = Ixgħel it-tliet lampi fil-kantunieri. Uża ċiklu.
level-loop-square-learned = Ċiklu b’dawra ġewwa jista’ jdawwar lir-robot madwar kwadru.
level-loop-square-hint-1 = Kull naħa tal-kwadru tidher l-istess.
level-loop-square-hint-2 = Poġġi l-blokki għal naħa waħda u kantuniera waħda ġo Irrepeti.
level-loop-square-hint-3 = Naħa waħda hi: Imxi, Imxi, Dawl, Dur lemin.

level-loop-fix-the-loop-title = Irranġa ċ-ċiklu
level-loop-fix-the-loop-instruction = Dan iċ-ċiklu suppost jixgħel it-tliet lampi kollha. Wara l-ewwel lampa, ir-robot jaħbat ma’ ħajt. Irranġa ċ-ċiklu.
level-loop-fix-the-loop-learned = Ċiklu jagħmel l-istess blokki f’kull dawra. Għalhekk kull dawra trid tispiċċa bir-robot iħares bħal fil-bidu.
level-loop-fix-the-loop-hint-1 = Agħfas Pass. Lejn fejn iħares ir-robot meta ċ-ċiklu jerġa’ jibda?
level-loop-fix-the-loop-hint-2 = Fl-aħħar ta’ kull dawra, ir-robot irid iħares lejn l-istess naħa bħal fil-bidu.
level-loop-fix-the-loop-hint-3 = Fl-aħħar taċ-ċiklu hemm dawra nieqsa.

level-loop-in-a-loop-title = Ċiklu ġo ċiklu
level-loop-in-a-loop-instruction = Ixgħel kull lampa madwar il-kwadru. Poġġi ċiklu ġo ċiklu ieħor.
level-loop-in-a-loop-learned = Ċiklu jista’ jmur ġo ċiklu ieħor. Kull darba li ċ-ċiklu ta’ barra jdur darba, iċ-ċiklu ta’ ġewwa jagħmel id-drabi kollha tiegħu.
level-loop-in-a-loop-hint-1 = Ħares lejn naħa waħda: tliet lampi f’ringiela, imbagħad kantuniera.
level-loop-in-a-loop-hint-2 = Iċ-ċiklu ta’ ġewwa jixgħel naħa waħda. Iċ-ċiklu ta’ barra jagħmel dan għal kull naħa.
level-loop-in-a-loop-hint-3 = Iċ-ċiklu ta’ ġewwa: Irrepeti 3 darbiet, b’Imxi u Dawl ġewwa.

level-loop-lamp-stairs-title = Taraġ tal-lampi
level-loop-lamp-stairs-instruction = Inżel it-taraġ u ixgħel il-lampa fuq kull tarġa.
level-loop-lamp-stairs-learned = Ċiklu jista’ jimxi, idur u jagħmel xogħol. Kull dawra jagħmel tarġa sħiħa.
level-loop-lamp-stairs-hint-1 = X’jagħmel ir-robot fuq tarġa waħda? Ħares fejn hi l-lampa.
level-loop-lamp-stairs-hint-2 = Sib il-blokki għal tarġa waħda, b’Dawl fil-post it-tajjeb. Imbagħad ħallihom jirrepetu.
level-loop-lamp-stairs-hint-3 = Tarġa waħda tibda hekk: Imxi, Dur lemin, Imxi.

level-loop-big-ring-title = Iċ-ċirku l-kbir
level-loop-big-ring-instruction = Ixgħel il-lampi fil-kantunieri taċ-ċirku l-kbir. In-naħat huma twal, għalhekk uża ċiklu ġo ċiklu.
level-loop-big-ring-learned = Iċ-ċiklu ta’ ġewwa jista’ jimxi naħa twila. Iċ-ċiklu ta’ barra jerġa’ jagħmel naħa, dawra u dawl għal kull kantuniera.
level-loop-big-ring-hint-1 = Minn kantuniera għall-oħra hemm erba’ kaxxi.
level-loop-big-ring-hint-2 = Iċ-ċiklu ta’ ġewwa jimxi naħa waħda. Iċ-ċiklu ta’ barra jżid id-dawra u d-dawl, darba għal kull kantuniera.
level-loop-big-ring-hint-3 = Iċ-ċiklu ta’ ġewwa: Irrepeti 4 darbiet, b’Imxi ġewwa.

level-choice-until-goal-title = Sal-aħħar
level-choice-until-goal-instruction = Asal sal-bandiera. Uża Irrepeti sal-aħħar: ikompli sakemm jitlesta x-xogħol.
level-choice-until-goal-learned = Irrepeti sal-aħħar iħaddem il-blokki tiegħu darba wara l-oħra, u jieqaf meta x-xogħol ikun lest. M’għandekx għalfejn tgħodd.
level-choice-until-goal-hint-1 = Kemm hi ’l bogħod il-bandiera? Din id-darba m’għandekx bżonn tkun taf.
level-choice-until-goal-hint-2 = Irrepeti sal-aħħar jirrepeti l-blokki li għandu ġewwa sakemm ir-robot ikun fuq il-bandiera.
level-choice-until-goal-hint-3 = Imxi jmur ġewwa ċ-ċiklu. M’hemmx numru x’tissettja.

## L-Għoljiet tal-Assistenti

level-helper-first-helper-title = L-ewwel assistent tiegħek
level-helper-first-helper-instruction = Ixgħel it-tliet lampi. Ibni l-blokki għal lampa waħda f’Assistent 1. Imbagħad uża l-blokk Assistent 1 fi Prinċipali.
level-helper-first-helper-learned = Assistent huwa lista ta’ blokki b’isem. Il-blokk tiegħu jsejjaħ lill-assistent: iħaddem il-lista kollha, kemm-il darba trid.
level-helper-first-helper-hint-1 = Il-lampi jinsabu fil-kantunieri. X’jagħmel ir-robot biex jasal għal lampa waħda?
level-helper-first-helper-hint-2 = Ibni l-blokki għal lampa waħda f’Assistent 1. Fi Prinċipali, poġġi l-blokk Assistent 1 darba għal kull lampa.
level-helper-first-helper-hint-3 = Assistent 1 jista’ jkun: Imxi, Imxi, Dawl, Dur lemin.

level-helper-zigzag-title = Assistent u dawriet
level-helper-zigzag-instruction = Ixgħel it-tliet lampi. Ħalli lil Assistent 1 jimxi u jixgħel. Prinċipali jagħmel id-dawriet.
level-helper-zigzag-learned = Prinċipali jista’ jħallat blokki tal-assistent ma’ blokki oħra.
level-helper-zigzag-hint-1 = Bejn il-lampi t-triq iddur. Iddur dejjem lejn l-istess naħa?
level-helper-zigzag-hint-2 = Il-parti dritta hija dejjem l-istess, għalhekk poġġiha f’Assistent 1. Poġġi d-dawriet fi Prinċipali.
level-helper-zigzag-hint-3 = Assistent 1: Imxi, Imxi, Imxi, Dawl.

level-helper-lamp-stairs-title = Taraġ bl-assistent
level-helper-lamp-stairs-instruction = Itla’ t-taraġ u ixgħel il-lampa fuq kull tarġa. Uża Assistent 1.
level-helper-lamp-stairs-learned = Assistent jista’ jżomm mudell akbar, b’movimenti, dawriet u dwal.
level-helper-lamp-stairs-hint-1 = Ħares lejn tarġa waħda. Fejn hi l-lampa tagħha?
level-helper-lamp-stairs-hint-2 = Poġġi tarġa sħiħa f’Assistent 1. Imbagħad uża Assistent 1 darba għal kull tarġa.
level-helper-lamp-stairs-hint-3 = Tarġa waħda tibda hekk: Imxi, Dur xellug, Imxi.

level-helper-call-itself-title = Assistent li jdur
level-helper-call-itself-instruction = Itla’ t-taraġ twil sal-bandiera. Prinċipali jista’ jżomm 3 blokki biss. Assistent 1 jista’ jsejjaħ lilu nnifsu, u jkompli bħal Irrepeti sal-aħħar?
level-helper-call-itself-learned = Assistent jista’ jsejjaħ lilu nnifsu fl-aħħar tiegħu. Imbagħad jerġa’ jibda, bħal ċiklu, sakemm jitlesta x-xogħol.
level-helper-call-itself-hint-1 = Hemm aktar taraġ milli fih spazju Prinċipali.
level-helper-call-itself-hint-2 = Poġġi l-blokk Assistent 1 l-aħħar, ġewwa Assistent 1. Hekk Assistent 1 isejjaħ lilu nnifsu darba wara l-oħra.
level-helper-call-itself-hint-3 = Assistent 1 jibda hekk: Imxi, Dur xellug, Imxi, Dur lemin.

level-helper-round-and-round-title = Dawra wara dawra
level-helper-round-and-round-instruction = Ixgħel l-erba’ lampi kollha. Ħalli lil Assistent 1 idur billi jsejjaħ lilu nnifsu.
level-helper-round-and-round-learned = Assistent li jsejjaħ lilu nnifsu jibqa’ għaddej sakemm kull lampa tkun mixgħula.
level-helper-round-and-round-hint-1 = Kull naħa għandha lampa waħda, fin-nofs.
level-helper-round-and-round-hint-2 = Għal naħa waħda: imxi, ixgħel, imxi, dur. Imbagħad Assistent 1 jerġa’ jibda waħdu.
level-helper-round-and-round-hint-3 = Assistent 1 jibda hekk: Imxi, Dawl, Imxi.

level-helper-fix-the-helper-title = L-assistent li jieqaf
level-helper-fix-the-helper-instruction = Assistent 1 suppost idur il-kwadru u jixgħel it-tliet lampi kollha, imma jieqaf wara l-ewwel waħda. Irranġa Assistent 1.
level-helper-fix-the-helper-learned = Assistent li għandu jkompli jsejjaħ lilu nnifsu fl-aħħar tiegħu. Mingħajr dik is-sejħa, jaħdem darba u jieqaf.
level-helper-fix-the-helper-hint-1 = Agħfas Pass. X’jiġri meta Assistent 1 jasal fl-aħħar tiegħu?
level-helper-fix-the-helper-hint-2 = Prinċipali jsejjaħ lil Assistent 1 darba biss. Kif jista’ Assistent 1 jerġa’ jsejjaħ lilu nnifsu?
level-helper-fix-the-helper-hint-3 = Hemm xi ħaġa nieqsa fl-aħħar ta’ Assistent 1.

level-helper-second-helper-title = Żewġ assistenti
level-helper-second-helper-instruction = Ixgħel kull lampa madwar il-kwadru. Assistent 1 jista’ jsejjaħ lil Assistent 2. Għal tliet stilel, Assistent 1 isejjaħ ukoll lilu nnifsu.
level-helper-second-helper-learned = Assistent jista’ jsejjaħ assistent ieħor. Partijiet żgħar jibnu partijiet akbar.
level-helper-second-helper-hint-1 = X’inhu l-iżgħar mudell? Ħares lejn lampa waħda.
level-helper-second-helper-hint-2 = Poġġi l-iżgħar mudell f’Assistent 2. Assistent 1 isejjaħlu biex jagħmel naħa, idur, u mbagħad isejjaħ lilu nnifsu.
level-helper-second-helper-hint-3 = Assistent 2: Imxi, Dawl.

level-helper-walk-then-loop-title = Imxi, imbagħad dur
level-helper-walk-then-loop-instruction = L-ewwel imxi sat-taraġ. Imbagħad ħalli lil Assistent 1 jitla’ u jixgħel kull lampa: isejjaħ lilu nnifsu fl-aħħar tiegħu.
level-helper-walk-then-loop-learned = Prinċipali jista’ jagħmel l-ewwel parti ta’ xogħol u mbagħad jgħaddi l-bqija lil assistent.
level-helper-walk-then-loop-hint-1 = It-taraġ ma jibdiex fejn qiegħed ir-robot. L-ewwel lampa hi tliet kaxxi ’l bogħod.
level-helper-walk-then-loop-hint-2 = Uża Prinċipali biex timxi sat-taraġ. Imbagħad sejjaħ lil Assistent 1: jitla’ tarġa, jixgħel il-lampa tagħha u jsejjaħ lilu nnifsu.
level-helper-walk-then-loop-hint-3 = Prinċipali: Imxi, Imxi, Assistent 1.

level-helper-big-ring-title = L-assistenti jduru
level-helper-big-ring-instruction = Ixgħel it-tliet lampi madwar il-kwadru. M’hemmx blokk Dur xellug: ibnih f’assistent. Prinċipali jżomm blokk wieħed biss, għalhekk assistent irid isejjaħ lilu nnifsu.
level-helper-big-ring-learned = Assistent jista’ jkun blokk li m’għandekx: tliet blokki Dur lemin jagħmlu Dur xellug wieħed.
level-helper-big-ring-hint-1 = It-triq iddur lejn ix-xellug f’kull kantuniera, imma għandek biss Dur lemin.
level-helper-big-ring-hint-2 = Wara tliet blokki Dur lemin ir-robot iħares bħal wara Dur xellug wieħed. Poġġihom f’assistent għalihom.
level-helper-big-ring-hint-3 = Assistent wieħed jista’ jkun: Dur lemin, Dur lemin, Dur lemin.

## Il-Kanjon tal-Għażliet

level-choice-first-if-title = L-aħmar ifisser dur
level-choice-first-if-instruction = Kull kaxxa ħamra tfisser: hawn dur lejn ix-xellug. Uża blokk Jekk biex tiċċekkja l-aħmar.
level-choice-first-if-learned = Blokk Jekk jagħmel mistoqsija. Il-blokki li għandu ġewwa jaħdmu biss meta t-tweġiba tkun iva.
level-choice-first-if-hint-1 = Fejn iddur it-triq? X’kulur huma dawk il-kaxxi?
level-choice-first-if-hint-2 = “Jekk qiegħed fuq l-aħmar” iħaddem il-blokki tiegħu biss meta r-robot ikun fuq kaxxa ħamra.
level-choice-first-if-hint-3 = Ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk qiegħed fuq l-aħmar.

level-choice-green-lamps-title = Aħdar qabel lampa
level-choice-green-lamps-instruction = Kaxxa ħadra tfisser li l-kaxxa ta’ wara għandha lampa. Ixgħel il-lampi kollha.
level-choice-green-lamps-learned = Mistoqsija tista’ tgħid lir-robot x’ġej, biex ikun lest.
level-choice-green-lamps-hint-1 = Ħares lejn il-kaxxa eżatt qabel kull lampa.
level-choice-green-lamps-hint-2 = Meta r-robot ikun fuq l-aħdar, jista’ jgħaddi fuq il-lampa u jixgħelha.
level-choice-green-lamps-hint-3 = Ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk qiegħed fuq l-aħdar.

level-choice-path-right-title = Ħares lejn il-lemin
level-choice-path-right-instruction = Ir-robot jista’ jiċċekkja t-triq. Dur lejn il-lemin kull fejn hemm triq fil-lemin.
level-choice-path-right-learned = Ir-robot iħoss il-ħitan. “Hemm triq fil-lemin” hija iva meta l-kaxxa fuq il-lemin tiegħu tkun ħielsa.
level-choice-path-right-hint-1 = F’kull kantuniera, it-triq tmur lejn il-lemin.
level-choice-path-right-hint-2 = “Jekk hemm triq fil-lemin” iħares lejn il-kaxxa fuq il-lemin tar-robot.
level-choice-path-right-hint-3 = Ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk hemm triq fil-lemin.

level-choice-fix-the-check-title = Wisq dawriet
level-choice-fix-the-check-instruction = Il-blu jfisser dur lejn il-lemin. Imma dan ir-robot idur fuq kull kaxxa u jaħbat ma’ ħajt. Irranġa l-programm.
level-choice-fix-the-check-learned = Il-blokki ġo Jekk jaħdmu biss meta t-tweġiba tkun iva. Blokk wara l-Jekk jaħdem kull darba.
level-choice-fix-the-check-hint-1 = Agħfas Pass. Ir-robot idur fuq kaxxa li mhix blu?
level-choice-fix-the-check-hint-2 = Liema dawra hi ġewwa l-Jekk? Liema waħda taħdem kull darba?
level-choice-fix-the-check-hint-3 = Ħares lejn l-aħħar blokk fiċ-ċiklu.

level-choice-if-else-title = Jekk jew inkella
level-choice-if-else-instruction = Mur dritt meta t-triq ta’ quddiem tkun ħielsa. Inkella, dur lejn il-lemin. Oqgħod attenzjoni għat-toroq żgħar tal-ġenb!
level-choice-if-else-learned = Jekk … inkella jagħżel waħda minn żewġ toroq: l-ewwel parti meta t-tweġiba tkun iva, il-parti “inkella” meta tkun le.
level-choice-if-else-hint-1 = It-toroq żgħar tal-ġenb ma jwasslu imkien. Dur biss meta jkun hemm ħajt quddiemek.
level-choice-if-else-hint-2 = Jekk … inkella għandu żewġ partijiet. L-ewwel parti taħdem bl-iva. Il-parti “inkella” taħdem bil-le.
level-choice-if-else-hint-3 = Ġewwa Irrepeti sal-aħħar uża Jekk hemm triq quddiem, b’Imxi fl-ewwel parti.

level-choice-colours-title = Aħmar u blu
level-choice-colours-instruction = L-aħmar ifisser dur lejn ix-xellug. Il-blu jfisser dur lejn il-lemin. Uża żewġ blokki Jekk.
level-choice-colours-learned = Programm jista’ jagħmel aktar minn mistoqsija waħda. Kull blokk Jekk jagħmel tiegħu.
level-choice-colours-hint-1 = Ħares lejn il-kuluri tal-kaxxi fejn it-triq iddur.
level-choice-colours-hint-2 = Poġġi żewġ blokki Jekk fiċ-ċiklu: wieħed jistaqsi dwar l-aħmar, l-ieħor dwar il-blu.
level-choice-colours-hint-3 = Ġewwa Irrepeti sal-aħħar, ibda b’Imxi. Imbagħad Jekk qiegħed fuq l-aħmar, b’Dur xellug ġewwa.

level-choice-corner-lamps-title = Dawl jew dawra
level-choice-corner-lamps-instruction = Kull kaxxa ta’ din it-triq hija lampa jew ħamra. Fuq l-aħmar, dur lejn ix-xellug. Fuq kull kaxxa oħra, ixgħel il-lampa.
level-choice-corner-lamps-learned = Jekk … inkella jista’ jistaqsi wkoll dwar kulur: l-ewwel parti taħdem fuq l-aħmar, il-parti “inkella” fuq kull kaxxa oħra.
level-choice-corner-lamps-hint-1 = Liema kaxxi m’għandhomx lampa? X’jagħmel ir-robot hemmhekk?
level-choice-corner-lamps-hint-2 = Jekk … inkella wieħed jista’ jagħmel iż-żewġ xogħlijiet: parti għall-kaxxi ħomor, il-parti “inkella” għall-lampi.
level-choice-corner-lamps-hint-3 = Ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk qiegħed fuq l-aħmar, b’Dur xellug fl-ewwel parti.

level-choice-two-rules-title = Żewġ regoli
level-choice-two-rules-instruction = L-aħmar ifisser dur lejn ix-xellug. Ħajt quddiem ifisser dur lejn il-lemin. Uża Jekk għal regola waħda u Jekk … inkella għall-oħra.
level-choice-two-rules-learned = Programm wieħed jista’ jħallat Jekk u Jekk … inkella. Kull wieħed jagħmel il-mistoqsija tiegħu, wieħed wara l-ieħor.
level-choice-two-rules-hint-1 = Xi toroq ikomplu wara kaxxa ħamra, imma ma jwasslu imkien. Fuq l-aħmar, dur lejn ix-xellug.
level-choice-two-rules-hint-2 = F’kull dawra, agħmel żewġ mistoqsijiet: qiegħed fuq l-aħmar? It-triq ta’ quddiem ħielsa?
level-choice-two-rules-hint-3 = Ġewwa Irrepeti sal-aħħar, ibda b’Imxi. Imbagħad Jekk qiegħed fuq l-aħmar, b’Dur xellug ġewwa.

level-choice-red-means-left-title = Salib fil-kanjon
level-choice-red-means-left-instruction = Mur dritt sakemm it-triq ta’ quddiem tkun ħielsa. Ma’ ħajt, ħares lejn il-kaxxa: fuq l-aħmar dur lejn ix-xellug; fuq kull kaxxa oħra dur lejn il-lemin.
level-choice-red-means-left-learned = Jekk jista’ jmur ġo Jekk ieħor. Ir-robot jagħmel mistoqsija, u mbagħad forsi oħra.
level-choice-red-means-left-hint-1 = Il-kaxxi ħomor huma importanti biss ma’ ħajt. Fuq triq miftuħa, għaddi minn fuqhom. Triq waħda ddur f’ċirku!
level-choice-red-means-left-hint-2 = L-ewwel staqsi: it-triq ta’ quddiem ħielsa? Biss meta ma tkunx, staqsi: qiegħed fuq l-aħmar?
level-choice-red-means-left-hint-3 = Ġewwa Irrepeti sal-aħħar uża Jekk hemm triq quddiem … inkella, b’Imxi fl-ewwel parti.

## Il-Bajja tal-Iżbalji

level-bug-wrong-turn-title = Triq ħażina
level-bug-wrong-turn-instruction = Dan il-programm suppost iwassal lir-robot sal-bandiera, imma r-robot jaħbat ma’ ħajt. Sib il-blokk ħażin u rranġah.
level-bug-wrong-turn-learned = Debugging ifisser issib il-pass li jmur ħażin u tirranġa dak il-pass biss.
level-bug-wrong-turn-hint-1 = Agħfas Pass biex tħaddem blokk wieħed kull darba. Fejn tmur ħażin?
level-bug-wrong-turn-hint-2 = Żball spiss ikun blokk ħażin wieħed biss. Ibdlu bil-blokk it-tajjeb.
level-bug-wrong-turn-hint-3 = Ħares lejn id-dawra. Ir-robot għandu jdur lejn ix-xellug jew lejn il-lemin?

level-bug-missing-step-title = Pass nieqes
level-bug-missing-step-instruction = Ir-robot jipprova jixgħel lampa fejn m’hemmx. Sib x’inhu nieqes.
level-bug-missing-step-learned = Xi drabi ż-żball huwa blokk nieqes. Għodd il-kaxxi biex tiċċekkja.
level-bug-missing-step-hint-1 = Liema lampa tibqa’ mitfija?
level-bug-missing-step-hint-2 = Għodd il-kaxxi mill-kantuniera sat-tieni lampa. Għodd ukoll il-blokki Imxi.
level-bug-missing-step-hint-3 = Il-blokk nieqes imur eżatt wara Dur lemin. Liema blokk iċaqlaq lir-robot?

level-bug-loop-count-title = Erġa’ għodd
level-bug-loop-count-instruction = Ir-robot jaħbat ma’ ħajt. Iċċekkja kemm-il darba jirrepeti kull ċiklu, u rranġah.
level-bug-loop-count-learned = Ċiklu li jirrepeti darba żejda, jew darba inqas, huwa żball komuni ħafna.
level-bug-loop-count-hint-1 = Segwi l-ewwel ċiklu. Fejn jaħbat ir-robot?
level-bug-loop-count-hint-2 = Għodd il-kaxxi qabel il-kantuniera. Iċ-ċiklu għandu jirrepeti daqshekk drabi.
level-bug-loop-count-hint-3 = Ibdel in-numru tal-ewwel ċiklu.

level-bug-forgot-light-title = Dwal mitfija
level-bug-forgot-light-instruction = Ir-robot idur il-kwadru, imma l-ebda lampa ma tinxtegħel. Irranġa ċ-ċiklu.
level-bug-forgot-light-learned = Meta xi ħaġa qatt ma sseħħ, iċċekkja li mhux nieqes blokk fiċ-ċiklu.
level-bug-forgot-light-hint-1 = Liema blokk jixgħel lampa? Qiegħed fil-programm?
level-bug-forgot-light-hint-2 = Blokk li żżid ġo ċiklu jaħdem f’kull dawra.
level-bug-forgot-light-hint-3 = Il-blokk nieqes imur ġewwa ċ-ċiklu. Ir-robot ikun fuq lampa wara ż-żewġ blokki Imxi.

level-bug-helper-turn-title = Żball fl-assistent
level-bug-helper-turn-instruction = Assistent 1 għandu żball. Prinċipali jsejjaħlu tliet darbiet, għalhekk iż-żball jiġri kull darba. Irranġah darba waħda.
level-bug-helper-turn-learned = Meta tirranġa assistent, tirranġa kull post li jsejjaħlu.
level-bug-helper-turn-hint-1 = Agħfas Pass. X’jiġri wara l-ewwel lampa?
level-bug-helper-turn-hint-2 = F’kull kantuniera ta’ dan il-kwadru, it-triq tmur lejn il-lemin.
level-bug-helper-turn-hint-3 = Ħares lejn l-aħħar blokk f’Assistent 1.

level-bug-wrong-side-title = Naħa ħażina
level-bug-wrong-side-instruction = It-triq dejjem iddur lejn il-lemin, imma r-robot jaħbat ma’ ħajt. Il-Jekk jagħmel il-mistoqsija ħażina. Irranġah.
level-bug-wrong-side-learned = Jekk li jagħmel il-mistoqsija ħażina jista’ jġiegħel il-programm kollu jmur ħażin.
level-bug-wrong-side-hint-1 = Lejn fejn iddur it-triq? Lejn liema naħa jħares il-Jekk?
level-bug-wrong-side-hint-2 = Agħfas il-blokk Jekk fil-programm. Imbagħad agħfas Ibdel il-mistoqsija.
level-bug-wrong-side-hint-3 = Il-Jekk iħares lejn naħa waħda, it-triq iddur lejn l-oħra.

level-bug-two-mistakes-title = Żewġ żbalji
level-bug-two-mistakes-instruction = Dan il-programm għandu żewġ żbalji. Sibhom it-tnejn, biex ir-robot jitla’ t-taraġ sal-bandiera.
level-bug-two-mistakes-learned = Programm jista’ jkollu aktar minn żball wieħed. Irranġa wieħed, erġa’ ħaddmu, imbagħad irranġa l-ieħor.
level-bug-two-mistakes-hint-1 = Segwi l-ewwel tarġa. Fejn imur ħażin ir-robot?
level-bug-two-mistakes-hint-2 = Żball wieħed huwa dawra. L-ieħor huwa kemm-il darba jirrepeti ċ-ċiklu.
level-bug-two-mistakes-hint-3 = Fuq kull tarġa r-robot jitla’, imbagħad idur lura lejn fejn kien sejjer. Iċċekkja dik id-dawra, imbagħad għodd it-taraġ.

level-bug-mixed-colours-title = Kuluri mħawda
level-bug-mixed-colours-instruction = L-aħmar suppost ifisser dur lejn ix-xellug, u l-blu dur lejn il-lemin. Xi ħadd ħawwadhom. Irranġa l-programm.
level-bug-mixed-colours-learned = Ipprova l-programm tiegħek, ara fejn jagħmel xi ħaġa li ma ridtx, u rranġa dak biss.
level-bug-mixed-colours-hint-1 = X’jagħmel ir-robot fuq l-ewwel kaxxa blu?
level-bug-mixed-colours-hint-2 = Kull Jekk jistaqsi dwar il-kulur it-tajjeb, imma jagħmel id-dawra l-ħażina.
level-bug-mixed-colours-hint-3 = Ibdel id-dawra ġewwa kull Jekk.
