# L-Istazzjon tas-Sinjali: avvenimenti. Ħdejn Prinċipali u l-assistenti, programm għandu parti
# li taħdem waħedha kull darba li jiġri avveniment. Semmi l-parti bit-titlu tagħha, kif
# jarawh l-istudenti: “Meta r-robot jasal fuq lampa”.

## L-ewwel avveniment, kulur, l-avveniment it-tajjeb

level-signal-first-event-title = Lampi ’l hawn u ’l hemm
level-signal-first-event-instruction = Ixgħel kull lampa, imbagħad ieqaf fuq il-bandiera. Prinċipali jżomm 3 blokki biss, għalhekk ma jistax jagħmilha waħdu. Ipprova l-parti l-ġdida: “Meta r-robot jasal fuq lampa”.
level-signal-first-event-learned = Avveniment huwa xi ħaġa li tiġri, bħar-robot jasal fuq lampa. Il-blokki f’“Meta r-robot jasal fuq lampa” jaħdmu kull darba li jiġri. Imbagħad ir-robot ikompli bi Prinċipali.
level-signal-first-event-hint-1 = Il-lampi mhumiex l-istess distanza minn xulxin. Prinċipali jeħtieġ ikun jaf fejn hi kull lampa?
level-signal-first-event-hint-2 = Ħalli lil Prinċipali jsuq biss sal-bandiera. Kull darba li r-robot jasal fuq lampa, “Meta r-robot jasal fuq lampa” jaħdem waħdu.
level-signal-first-event-hint-3 = Poġġi Dawl f’“Meta r-robot jasal fuq lampa”.

level-signal-blue-corners-title = Kantunieri blu
level-signal-blue-corners-instruction = Suq sal-bandiera fin-nofs. Il-kaxxi blu juru fejn iddur it-triq. Prinċipali jżomm 3 blokki biss.
level-signal-blue-corners-learned = Avveniment jista’ jkun ukoll kulur. “Meta r-robot jasal fuq il-blu” jaħdem kull darba li Imxi jieħu lir-robot fuq kaxxa blu.
level-signal-blue-corners-hint-1 = Lejn fejn iddur it-triq f’kull kaxxa blu? Dejjem lejn l-istess naħa?
level-signal-blue-corners-hint-2 = Prinċipali jsuq biss. Id-dawriet imorru f’“Meta r-robot jasal fuq il-blu”.
level-signal-blue-corners-hint-3 = Prinċipali huwa Irrepeti sal-aħħar, b’Imxi ġewwa.

level-signal-which-event-title = Liema kulur?
level-signal-which-event-instruction = Suq sal-bandiera. It-triq iddur lejn ix-xellug fuq xi kaxxi kkuluriti. Ħares sew lejn il-kuluri, imbagħad agħżel l-avveniment it-tajjeb.
level-signal-which-event-learned = “Ibdel l-avveniment” jagħżel għal xiex iwieġeb ir-robot. Agħżel l-avveniment li jiġri eżatt fejn ir-robot irid jaġixxi.
level-signal-which-event-hint-1 = Fejn iddur it-triq? X’kulur huma dawk il-kaxxi?
level-signal-which-event-hint-2 = Il-kaxxi ħomor jinsabu fuq partijiet dritti. Dawra hemmhekk twassal għal triq bla ħruġ. Agħfas “Ibdel l-avveniment”.
level-signal-which-event-hint-3 = Poġġi Dur xellug f’“Meta r-robot jasal fuq l-aħdar”.

## Aktar fil-parti tal-avveniment: żewġ blokki, l-għadd, mistoqsijiet, assistent

level-signal-corner-lamps-title = Lampi fil-kantunieri
level-signal-corner-lamps-instruction = Dur darba madwar iċ-ċirku, ixgħel l-erba’ lampi u ieqaf fuq il-bandiera wara r-robot. Kull lampa tinsab f’kantuniera.
level-signal-corner-lamps-learned = Parti tal-avveniment tista’ żżomm aktar minn blokk wieħed. Kull darba li jiġri l-avveniment, il-blokki kollha tagħha jaħdmu, wieħed wara l-ieħor.
level-signal-corner-lamps-hint-1 = X’għandu jagħmel ir-robot f’kull kantuniera?
level-signal-corner-lamps-hint-2 = F’kull lampa hemm żewġ xogħlijiet: tixgħel il-lampa u ddur. It-tnejn imorru f’“Meta r-robot jasal fuq lampa”.
level-signal-corner-lamps-hint-3 = Poġġi Dawl f’“Meta r-robot jasal fuq lampa”. X’jiġri iżjed f’kantuniera?

level-signal-count-reds-title = It-tielet kaxxa ħamra
level-signal-count-reds-instruction = Asal sal-bandiera. Kull kaxxa ħamra għandha triq fuq ix-xellug, imma t-tielet waħda biss twassal għall-bandiera. Ħalli lir-robot jgħodd il-kaxxi ħomor.
level-signal-count-reds-learned = Parti tal-avveniment tista’ tuża wkoll l-għadd. “Meta r-robot jasal fuq l-aħmar” iżid 1 fuq kull kaxxa ħamra, għalhekk Prinċipali jrid isuq biss.
level-signal-count-reds-hint-1 = It-tliet kaxxi ħomor jidhru l-istess. Kif jista’ r-robot ikun jaf liema hi t-tielet waħda?
level-signal-count-reds-hint-2 = Kull darba li r-robot jasal fuq l-aħmar, żid 1 mal-għadd. Meta l-għadd ikun 3, dur lejn ix-xellug.
level-signal-count-reds-hint-3 = “Meta r-robot jasal fuq l-aħmar” jibda b’Żid 1 mal-għadd.

level-signal-winding-road-title = It-triq imdawra
level-signal-winding-road-instruction = Segwi t-triq imdawra, ixgħel kull lampa u asal sal-bandiera. Il-lampi mhumiex fil-kantunieri.
level-signal-winding-road-learned = Prinċipali u l-parti tal-avveniment jistgħu jagħmlu xogħol kull wieħed. Hawn Prinċipali jsegwi t-triq, u “Meta r-robot jasal fuq lampa” jixgħel il-lampi fit-triq.
level-signal-winding-road-hint-1 = Lejn fejn iddur it-triq f’kull kantuniera?
level-signal-winding-road-hint-2 = Prinċipali jsuq u jdur lejn il-lemin kull fejn hemm triq fil-lemin. Il-lampi huma xogħol għal “Meta r-robot jasal fuq lampa”.
level-signal-winding-road-hint-3 = Fi Prinċipali, ġewwa Irrepeti sal-aħħar: Imxi, imbagħad Jekk hemm triq fil-lemin.

level-signal-fix-the-event-title = L-avveniment il-ħażin
level-signal-fix-the-event-instruction = Fuq kull kaxxa blu r-robot għandu jdur lejn fejn tmur it-triq. Imma jdur kmieni wisq u jaħbat ma’ ħajt. Irranġa l-programm.
level-signal-fix-the-event-learned = Jekk parti tal-avveniment tagħmel il-ħaġa t-tajba fil-mument il-ħażin, l-ewwel iċċekkja l-avveniment tagħha. Daqqa waħda fuq “Ibdel l-avveniment” tista’ tirranġaha.
level-signal-fix-the-event-hint-1 = Agħfas Pass u segwi. Fuq liema kaxxa jdur ir-robot l-ewwel darba?
level-signal-fix-the-event-hint-2 = Il-blokki tal-parti tal-avveniment huma tajbin. Sempliċement jaħdmu fuq il-kaxxi l-ħżiena.
level-signal-fix-the-event-hint-3 = Aqra t-titlu fuq il-Jekk … inkella. Dak li jiġri fil-kantunieri?

level-signal-side-steps-title = Passi ġenb
level-signal-side-steps-instruction = Asal sal-bandiera. F’kull kaxxa ħamra t-triq titmexxa kaxxa waħda, lejn il-lemin tar-robot. “Meta r-robot jasal fuq l-aħmar” iżomm 2 blokki biss.
level-signal-side-steps-learned = Parti tal-avveniment tista’ ssejjaħ assistent, bħal Prinċipali. Il-blokki tal-assistent jaħdmu, imbagħad ir-robot ikompli bi Prinċipali.
level-signal-side-steps-hint-1 = X’jagħmel ir-robot fuq kaxxa ħamra biex jasal fil-parti li jmiss tat-triq?
level-signal-side-steps-hint-2 = Pass ġenb jieħu tliet blokki, imma l-parti tal-avveniment iżżomm 2 biss. Ibni l-pass ġenb f’Assistent 1 u sejjaħlu minn “Meta r-robot jasal fuq l-aħmar”.
level-signal-side-steps-hint-3 = Assistent 1 jibda b’Dur lemin.
