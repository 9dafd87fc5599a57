# L-Għejun tas-Sensuri: Irrepeti waqt li jagħmel il-mistoqsija tiegħu qabel kull dawra; il-kliem
# mhux, jew, u jgħaqqdu jew ibiddlu l-mistoqsijiet. Uża l-ismijiet tal-blokki (robot.ftl).

level-sensor-first-while-title = Kurituri twal
level-sensor-first-while-instruction = Ixgħel il-lampa fit-tarf taż-żewġ kurituri twal. Ipprova l-blokk il-ġdid: Irrepeti waqt li.
level-sensor-first-while-learned = Irrepeti waqt li jagħmel il-mistoqsija tiegħu qabel kull dawra. Sakemm it-tweġiba tkun iva, iħaddem il-blokki tiegħu mill-ġdid. Meta t-tweġiba tkun le, jieqaf.
level-sensor-first-while-hint-1 = Kemm-il kaxxa twil kull kuritur? Din id-darba m’għandekx bżonn tgħodd.
level-sensor-first-while-hint-2 = “Irrepeti waqt li hemm triq quddiem” iċaqlaq lir-robot sakemm ikun hemm ħajt quddiemu.
level-sensor-first-while-hint-3 = Uża Irrepeti waqt li wieħed għal kull kuritur, b’Imxi ġewwa.

level-sensor-blue-stripe-title = Segwi l-blu
level-sensor-blue-stripe-instruction = L-istrixxa blu twassal għal lampa. Ixgħelha. Attenzjoni: it-triq tkompli wara l-lampa!
level-sensor-blue-stripe-learned = Irrepeti waqt li jista’ jistaqsi wkoll dwar kulur. “Irrepeti waqt li qiegħed fuq il-blu” jibqa’ għaddej sakemm ir-robot joħroġ mill-kaxxi blu.
level-sensor-blue-stripe-hint-1 = Fejn tispiċċa l-istrixxa blu? It-triq tispiċċa hemm ukoll?
level-sensor-blue-stripe-hint-2 = “Hemm triq quddiem” jieħu lir-robot lil hinn mil-lampa, sal-ħajt. Minflok, staqsi dwar il-kulur.
level-sensor-blue-stripe-hint-3 = Ir-robot jibda fuq kaxxa griża. L-ewwel idħol fl-istrixxa, imbagħad uża Irrepeti waqt li qiegħed fuq il-blu.

level-sensor-three-stripes-title = Tliet strixxi
level-sensor-three-stripes-instruction = Ixgħel it-tliet lampi kollha. Kull strixxa blu twassal għal lampa, u kull strixxa għandha tul differenti.
level-sensor-three-stripes-learned = Irrepeti waqt li jista’ jmur ġo Irrepeti. F’kull dawra, iċ-ċiklu ta’ ġewwa jaħdem sakemm it-tweġiba tiegħu tkun le.
level-sensor-three-stripes-hint-1 = X’jagħmel ir-robot għal strixxa waħda? L-istess għat-tnejn l-oħra?
level-sensor-three-stripes-hint-2 = Għal kull strixxa: idħol fiha, kompli waqt li qiegħed fuq il-blu, ixgħel il-lampa. Agħmel dan tliet darbiet.
level-sensor-three-stripes-hint-3 = Poġġi Irrepeti waqt li qiegħed fuq il-blu ġewwa Irrepeti 3 darbiet.

level-sensor-stop-on-red-title = Ieqaf fuq l-aħmar
level-sensor-stop-on-red-instruction = Asal sal-bandiera. Tinsab eżatt ħdejn il-kaxxa ħamra.
level-sensor-stop-on-red-learned = “mhux” idawwar mistoqsija ta’ taħt fuq. “Irrepeti waqt li mhux qiegħed fuq l-aħmar” jibqa’ għaddej sakemm ir-robot ikun fuq l-aħmar.
level-sensor-stop-on-red-hint-1 = M’hemmx ħajt ħdejn il-kaxxa ħamra. X’jista’ jiċċekkja r-robot hemmhekk?
level-sensor-stop-on-red-hint-2 = Agħfas “Ibdel mhux / u / jew” biex tpoġġi “mhux” quddiem mistoqsija. “Mhux qiegħed fuq l-aħmar” hija iva fuq kull kaxxa li mhix ħamra.
level-sensor-stop-on-red-hint-3 = Ibda b’Irrepeti waqt li mhux qiegħed fuq l-aħmar, b’Imxi ġewwa. Imbagħad dur lejn il-bandiera.

level-sensor-fix-the-while-title = Dawra wara dawra
level-sensor-fix-the-while-instruction = Il-kaxxi ħomor jimmarkaw il-kantunieri: dur lejn il-lemin fuq kull waħda. Imma dan ir-robot idur f’kwadru żgħir. Irranġa l-programm.
level-sensor-fix-the-while-learned = Il-blokki ġewwa Irrepeti waqt li jaħdmu f’kull dawra. Dawra li tmur wara ċ-ċiklu trid tkun wara, mhux ġewwa.
level-sensor-fix-the-while-hint-1 = Agħfas Pass. Meta jdur ir-robot? Ikun fuq l-aħmar dak il-ħin?
level-sensor-fix-the-while-hint-2 = Ir-robot għandu jdur meta jasal fuq l-aħmar, mhux wara kull pass.
level-sensor-fix-the-while-hint-3 = Ħares lejn il-blokki ġewwa Irrepeti waqt li.

level-sensor-side-roads-title = Toroq tal-ġenb
level-sensor-side-roads-instruction = Hemm lampa kull fejn tibda triq tal-ġenb, fuq ix-xellug jew fuq il-lemin. Ixgħel kull lampa.
level-sensor-side-roads-learned = “jew” jgħaqqad żewġ mistoqsijiet. “Hemm triq fix-xellug jew hemm triq fil-lemin” hija iva meta waħda minnhom hija iva, jew it-tnejn.
level-sensor-side-roads-hint-1 = Ħares lejn il-kaxxi bil-lampi. X’hemm ħdejn kull waħda?
level-sensor-side-roads-hint-2 = Jekk wieħed jista’ jagħmel żewġ mistoqsijiet f’daqqa, magħquda b’“jew”.
level-sensor-side-roads-hint-3 = Uża Irrepeti waqt li hemm triq quddiem, u ibdieh b’Imxi.

level-sensor-blue-and-free-title = Strixxi u ħitan
level-sensor-blue-and-free-instruction = Segwi t-tliet strixxi blu sal-bandiera. Xi strixxi jispiċċaw ma’ ħajt. Oħrajn jieqfu biss f’triq miftuħa.
level-sensor-blue-and-free-learned = “u” wkoll jgħaqqad żewġ mistoqsijiet. “Hemm triq quddiem u qiegħed fuq il-blu” hija iva biss meta t-tnejn huma iva.
level-sensor-blue-and-free-hint-1 = Fejn tispiċċa kull strixxa? Fejn jaħbat ir-robot ma’ ħajt?
level-sensor-blue-and-free-hint-2 = Kompli sejjer waqt li żewġ affarijiet huma veri: it-triq ta’ quddiem ħielsa, u r-robot fuq il-blu.
level-sensor-blue-and-free-hint-3 = Kull dawra ta’ Irrepeti tagħmel l-istess: idħol fi strixxa, segwiha, dur lejn il-lemin.

level-sensor-spiral-title = L-ispirali t-twila
level-sensor-spiral-instruction = Dur mal-ispirali kollha, sal-bandiera.
level-sensor-spiral-learned = Irrepeti waqt li jista’ jmur ġo Irrepeti waqt li ieħor. Iċ-ċiklu ta’ barra ma jeħtieġ l-ebda numru: jagħmel il-mistoqsija tiegħu.
level-sensor-spiral-hint-1 = Kemm-il kuritur għandha l-ispirali? Irrepeti jista’ jgħodd daqshekk?
level-sensor-spiral-hint-2 = Għal kull kuritur: mur sal-ħajt, imbagħad dur lejn il-lemin. Kompli hekk sakemm it-triq ta’ quddiem tkun ħielsa.
level-sensor-spiral-hint-3 = Poġġi Irrepeti waqt li wieħed ġewwa Irrepeti waqt li ieħor.

level-sensor-painted-corners-title = Kantunieri miżbugħa
level-sensor-painted-corners-instruction = Ixgħel kull lampa. Il-kantunieri huma miżbugħa aħmar jew blu: dur lejn ix-xellug fuq iż-żewġ kuluri.
level-sensor-painted-corners-learned = Jekk … inkella jista’ jagħmel ukoll mistoqsija magħquda. B’“qiegħed fuq l-aħmar jew qiegħed fuq il-blu”, l-ewwel parti taħdem fuq iż-żewġ kuluri, u l-parti “inkella” fuq kull kaxxa oħra.
level-sensor-painted-corners-hint-1 = Liema kaxxi m’għandhomx lampa? X’kuluri huma?
level-sensor-painted-corners-hint-2 = Jekk … inkella wieħed biżżejjed: “qiegħed fuq l-aħmar jew qiegħed fuq il-blu” għall-kantunieri, il-parti “inkella” għall-lampi.
level-sensor-painted-corners-hint-3 = Ġewwa Irrepeti sal-aħħar, ibda b’Imxi.

level-sensor-maze-title = Il-labirint
level-sensor-maze-instruction = Sib it-triq mil-labirint sal-bandiera. Uża l-inqas blokki li tista’.
level-sensor-maze-learned = Żomm id waħda mal-ħajt, u tgħaddi minn ħafna labirinti. Il-programm tiegħek isegwi din ir-regola b’ċiklu ġo ċiklu.
level-sensor-maze-hint-1 = Immaġina li qed timxi mil-labirint b’idek il-leminija dejjem mal-ħajt.
level-sensor-maze-hint-2 = Fuq kull kaxxa, l-ewwel ipprova dur lejn il-lemin. Jekk hemm ħajt, ipprova dritt, imbagħad lejn ix-xellug, imbagħad lura.
level-sensor-maze-hint-3 = Ġewwa Irrepeti waqt li hemm triq quddiem: Imxi, Dur lemin, imbagħad Irrepeti waqt li bil-mistoqsija “mhux hemm triq quddiem”.
