# Andurite allikad: Korda, seni kui, ja sõnad mitte, ja, või.

level-sensor-first-while-title = Pikad koridorid
level-sensor-first-while-instruction = Pane põlema lamp kahe pika koridori lõpus. Proovi uut klotsi: Korda, seni kui.
level-sensor-first-while-learned = Korda, seni kui esitab oma küsimuse enne iga ringi. Seni kui vastus on jah, käivitab ta oma klotsid uuesti. Kui vastus on ei, lõpetab ta.
level-sensor-first-while-hint-1 = Mitu ruutu on iga koridor? Seekord ei pea sa lugema.
level-sensor-first-while-hint-2 = „Korda, seni kui tee ees“ viib robotit edasi, kuni tema ees on sein.
level-sensor-first-while-hint-3 = Kasuta iga koridori jaoks üht klotsi Korda, seni kui, sees Edasi.

level-sensor-blue-stripe-title = Järgi sinist
level-sensor-blue-stripe-instruction = Sinine triip viib lambini. Pane see põlema. Ettevaatust: tee jätkub lambist edasi!
level-sensor-blue-stripe-learned = Korda, seni kui võib küsida ka värvi kohta. „Korda, seni kui sinisel“ jätkab, kuni robot astub sinistelt ruutudelt maha.
level-sensor-blue-stripe-hint-1 = Kus sinine triip lõpeb? Kas ka tee lõpeb seal?
level-sensor-blue-stripe-hint-2 = „Tee ees“ viiks roboti lambist mööda kuni seinani. Küsi hoopis värvi kohta.
level-sensor-blue-stripe-hint-3 = Robot alustab hallilt ruudult. Astu kõigepealt triibule, siis kasuta klotsi Korda, seni kui sinisel.

level-sensor-three-stripes-title = Kolm triipu
level-sensor-three-stripes-instruction = Pane põlema kõik kolm lampi. Iga sinine triip viib lambini ja triibud on eri pikkusega.
level-sensor-three-stripes-learned = Korda, seni kui võib olla Korda-klotsi sees. Igal ringil käib sisemine tsükkel, kuni tema vastus on ei.
level-sensor-three-stripes-hint-1 = Mida robot ühe triibuga teeb? Kas teistega on sama?
level-sensor-three-stripes-hint-2 = Iga triibu jaoks: astu sellele, sõida, seni kui oled sinisel, pane lamp põlema. Tee seda kolm korda.
level-sensor-three-stripes-hint-3 = Pane Korda, seni kui sinisel klotsi Korda 3 korda sisse.

level-sensor-stop-on-red-title = Peatu punasel
level-sensor-stop-on-red-instruction = Jõua lipuni. See on kohe punase ruudu kõrval.
level-sensor-stop-on-red-learned = „mitte“ pöörab küsimuse ümber. „Korda, seni kui mitte punasel“ jätkab, kuni robot seisab punasel.
level-sensor-stop-on-red-hint-1 = Punase ruudu juures pole seina. Mida saab robot seal kontrollida?
level-sensor-stop-on-red-hint-2 = Puuduta „Muuda mitte / ja / või“, et panna „mitte“ küsimuse ette. „Mitte punasel“ on jah igal ruudul, mis pole punane.
level-sensor-stop-on-red-hint-3 = Alusta klotsiga Korda, seni kui mitte punasel, sees Edasi. Siis pööra lipu poole.

level-sensor-fix-the-while-title = Ringiratast
level-sensor-fix-the-while-instruction = Punased ruudud märgivad nurki: pööra igaühel neist paremale. Aga see robot sõidab ringi pisikeses ruudus. Paranda programm.
level-sensor-fix-the-while-learned = Klotsi Korda, seni kui sees olevad klotsid käivituvad igal ringil. Pööre, mis kuulub pärast tsüklit, peab olema pärast seda, mitte sees.
level-sensor-fix-the-while-hint-1 = Puuduta „Samm“. Millal robot pöörab? Kas ta seisab siis punasel?
level-sensor-fix-the-while-hint-2 = Robot peaks pöörama alles siis, kui ta seisab punasel, mitte pärast iga sammu.
level-sensor-fix-the-while-hint-3 = Vaata klotsi Korda, seni kui sees olevaid klotse.

level-sensor-side-roads-title = Kõrvalteed
level-sensor-side-roads-instruction = Lamp seisab igal pool, kus algab kõrvaltee, vasakul või paremal. Pane kõik lambid põlema.
level-sensor-side-roads-learned = „või“ ühendab kaks küsimust. „Tee vasakul või tee paremal“ on jah, kui üks neist on jah, või mõlemad.
level-sensor-side-roads-hint-1 = Vaata lambiga ruute. Mis on igaühe kõrval?
level-sensor-side-roads-hint-2 = Üks Kui-klots saab küsida korraga kaks küsimust, mis on ühendatud sõnaga „või“.
level-sensor-side-roads-hint-3 = Kasuta klotsi Korda, seni kui tee ees ja alusta seda klotsiga Edasi.

level-sensor-blue-and-free-title = Triibud ja seinad
level-sensor-blue-and-free-instruction = Järgi kolme sinist triipu lipuni. Mõni triip lõpeb seina juures. Teised lihtsalt lõpevad lahtisel teel.
level-sensor-blue-and-free-learned = Ka „ja“ ühendab kaks küsimust. „Tee ees ja sinisel“ on jah ainult siis, kui mõlemad on jah.
level-sensor-blue-and-free-hint-1 = Kus iga triip lõpeb? Kus põrkaks robot vastu seina?
level-sensor-blue-and-free-hint-2 = Sõida, seni kui kaks asja on tõsi: tee ees on vaba ja robot on sinisel.
level-sensor-blue-and-free-hint-3 = Korda-klotsi iga ring teeb sama: astu triibule, sõida mööda seda, pööra paremale.

level-sensor-spiral-title = Pikk spiraal
level-sensor-spiral-instruction = Sõida spiraal läbi kuni lipuni.
level-sensor-spiral-learned = Korda, seni kui võib olla teise klotsi Korda, seni kui sees. Välimine tsükkel ei vaja arvu: ta küsib oma küsimuse.
level-sensor-spiral-hint-1 = Mitu koridori spiraalis on? Kas Korda oskab nii kaugele lugeda?
level-sensor-spiral-hint-2 = Iga koridori jaoks: sõida seinani, siis pööra paremale. Tee seda, seni kui tee ees on vaba.
level-sensor-spiral-hint-3 = Pane üks klots Korda, seni kui teise klotsi Korda, seni kui sisse.

level-sensor-painted-corners-title = Värvitud nurgad
level-sensor-painted-corners-instruction = Pane kõik lambid põlema. Nurgad on värvitud punaseks või siniseks: pööra mõlema värvi peal vasakule.
level-sensor-painted-corners-learned = Kui … muidu võib küsida ka ühendatud küsimust. Küsimusega „punasel või sinisel“ käivitub selle esimene osa mõlemal värvil ja muidu-osa igal muul ruudul.
level-sensor-painted-corners-hint-1 = Millistel ruutudel pole lampi? Mis värvi need on?
level-sensor-painted-corners-hint-2 = Piisab ühest Kui … muidu klotsist: „punasel või sinisel“ nurkade jaoks, muidu-osa lampide jaoks.
level-sensor-painted-corners-hint-3 = Klotsi Korda, kuni valmis sees alusta klotsiga Edasi.

level-sensor-maze-title = Labürint
level-sensor-maze-instruction = Leia tee läbi labürindi lipuni. Kasuta võimalikult vähe klotse.
level-sensor-maze-learned = Kui hoiad ühe käe kogu aeg seinal, pääsed läbi paljudest labürintidest. Sinu programm järgib seda reeglit tsükliga tsüklis.
level-sensor-maze-hint-1 = Kujuta ette, et kõnnid labürindis, parem käsi kogu aeg seinal.
level-sensor-maze-hint-2 = Igal ruudul proovi kõigepealt pöörata paremale. Seina korral proovi otse, siis vasakule, siis tagasi.
level-sensor-maze-hint-3 = Klotsi Korda, seni kui tee ees sees: Edasi, Pööra paremale ja siis Korda, seni kui, mis küsib „mitte tee ees“.
