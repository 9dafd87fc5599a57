# Arvude sadam: tsüklid ja Kui-klotsid abiliste sees, abilised, kes saavad arvu, ja loendur.

## Tsüklid ja Kui-klotsid abiliste sees

level-number-loop-in-helper-title = Tsükkel abilises
level-number-loop-in-helper-instruction = Pane põlema kolm lampi pikkade külgede otstes. Põhiprogrammi mahub ainult 3 klotsi ja osasse Abiline 1 ainult 4.
level-number-loop-in-helper-learned = Abilise sees võib olla tsükkel. Iga kord, kui Põhiprogramm abilist kutsub, käib tema tsükkel uuesti algusest.
level-number-loop-in-helper-hint-1 = Kolm külge on ühesugused: sama pikad, lõpus lamp ja pööre. Mida robot ühel küljel teeb?
level-number-loop-in-helper-hint-2 = Neli Edasi-klotsi ja pööre ei mahu osasse Abiline 1. Pane abilise sisse hoopis Korda-klots.
level-number-loop-in-helper-hint-3 = Abiline 1: Korda 4 korda, sees Edasi, siis Pööra paremale.

level-number-round-the-basin-title = Ümber basseini
level-number-round-the-basin-instruction = Pane põlema kõik lambid ümber sadamabasseini. Põhiprogrammi mahub ainult üks klots, seega peab Abiline 1 kutsuma iseennast.
level-number-round-the-basin-learned = Abilise sees võib olla tsükkel ja ta võib ikkagi iseennast kutsuda. Tsükkel teeb ühe külje ja kutse alustab järgmist.
level-number-round-the-basin-hint-1 = Iga külg näeb välja ühesugune. Mitu lampi on ühel küljel?
level-number-round-the-basin-hint-2 = Üks külg on: kolm korda Edasi ja Süüta, siis pööre. Ehita see osasse Abiline 1 tsükliga ja lase abilisel lõpus iseennast kutsuda.
level-number-round-the-basin-hint-3 = Abiline 1 algab klotsiga Korda 3 korda, sees Edasi ja Süüta.

level-number-if-in-helper-title = Punased nurgad
level-number-if-in-helper-instruction = Pane põlema kõik lambid piki sadamamüüri. Punasel ruudul pöörab tee vasakule. Põhiprogrammi mahub ainult 3 klotsi.
level-number-if-in-helper-learned = Abilise sees võib olla Kui-klots. Iga kord, kui abiline käib, küsib ta oma küsimuse uuesti, nii et üks abiline sobib nii sirgetele teedele kui ka nurkadele.
level-number-if-in-helper-hint-1 = Ühest lambist järgmiseni on alati kaks sammu. Mõnikord on vahepealne ruut punane.
level-number-if-in-helper-hint-2 = Las Abiline 1 viib roboti ühest lambist järgmiseni. Teel küsib ta: kas ma olen punasel? Põhiprogramm süütab lambi ja kordab, kuni valmis.
level-number-if-in-helper-hint-3 = Abiline 1 algab klotsiga Edasi, siis Kui punasel.

## Abilised, kes saavad arvu

level-number-walk-n-title = Kõnni n ruutu
level-number-walk-n-instruction = Jõua lipuni. Tee sirged lõigud on eri pikkusega ja Põhiprogrammi mahub ainult 5 klotsi. Kasuta klotsi Abiline 1 koos arvuga.
level-number-walk-n-learned = Abilisele saab kutsumisel anda arvu. Abilise sees kordab Korda n korda nii mitu korda, kui see arv ütleb.
level-number-walk-n-hint-1 = Loe kokku tee iga sirge lõigu ruudud.
level-number-walk-n-hint-2 = Pane osas Abiline 1 Edasi klotsi Korda n korda sisse. Siis kõnnib Abiline 1 arvuga 3 kolm ruutu ja Abiline 1 arvuga 6 kuus.
level-number-walk-n-hint-3 = Põhiprogramm algab nii: Abiline 1 arvuga 3, siis Pööra paremale.

level-number-spiral-title = Spiraal
level-number-spiral-instruction = Järgi spiraali keskel oleva lipuni. Iga sirge lõik on eelmisest ühe ruudu võrra lühem.
level-number-spiral-learned = Abiline jääb samaks, ainult tema arv muutub kutsest kutseni. Põhiprogramm ütleb ainult, kui kaugele minna.
level-number-spiral-hint-1 = Kui pikk on iga sirge lõik? Mida robot iga lõigu lõpus teeb?
level-number-spiral-hint-2 = Abiline 1 saab kõndida n ruutu ja siis pöörata. Põhiprogramm kutsub teda neli korda, iga kord väiksema arvuga.
level-number-spiral-hint-3 = Abiline 1 lõpeb klotsiga Pööra paremale.

level-number-lamp-rows-title = Lambiread
level-number-lamp-rows-instruction = Pane põlema 5 lambi rida ja 3 lambi rida. Põhiprogrammi mahub ainult 3 klotsi.
level-number-lamp-rows-learned = Arv ei pea samme lugema. Siin loeb see lampe: Abiline 1 arvuga 5 süütab 5 lampi.
level-number-lamp-rows-hint-1 = Iga lambi juures astub robot sellele ja paneb selle põlema.
level-number-lamp-rows-hint-2 = Pane Edasi ja Süüta klotsi Korda n korda sisse. Siis ütleb n, mitu lampi Abiline 1 süütab.
level-number-lamp-rows-hint-3 = Põhiprogramm: Abiline 1 arvuga 5, siis Pööra paremale ja siis veel üks klots.

## Roboti loendur

level-number-third-opening-title = Kolmas kõrvaltee
level-number-third-opening-instruction = Tee lipuni on kolmas kõrvaltee paremal. Las robot loeb kõrvalteid, millest ta möödub.
level-number-third-opening-learned = Robotil on loendur, mis algab nullist. Lisa loendurile 1 lisab ühe ja „Kui loendur on 3“ küsib, mitu korda midagi on juhtunud.
level-number-third-opening-hint-1 = Kaks esimest kõrvalteed paremal viivad ainult tagasi teele. Ainult kolmas viib lipuni.
level-number-third-opening-hint-2 = Iga kord, kui paremal on tee, lisa loendurile üks. Pööra paremale ainult siis, kui loendur on 3.
level-number-third-opening-hint-3 = Klotsi Korda, kuni valmis sees: Edasi, siis Kui tee paremal.

level-number-counting-helper-title = Abiline, kes loeb
level-number-counting-helper-instruction = Pööra kolmandale kõrvalteele paremal ja jõua lipuni. Põhiprogrammi mahub ainult 4 klotsi, seega peab lugemise tegema Abiline 1.
level-number-counting-helper-learned = Põhiprogrammil ja abilistel on üks ühine loendur. Abiline saab sellele lisada ja selle kohta küsida ning arv jääb alles, kui abiline lõpetab.
level-number-counting-helper-hint-1 = Seekord sõidab robot vasakule, nii et tema parem pool on mängulaua ülemine äär.
level-number-counting-helper-hint-2 = Põhiprogramm sõidab ja küsib: kas paremal on tee? Kui on, kutsub ta abilist Abiline 1. Abiline 1 loeb ja pöörab paremale, kui loendur on 3.
level-number-counting-helper-hint-3 = Abiline 1 algab klotsiga Lisa loendurile 1.

level-number-second-red-title = Teine punane ruut
level-number-second-red-instruction = Jõua lipuni. Pööra vasakule teisel punasel ruudul, mitte esimesel.
level-number-second-red-learned = Loendur saab lugeda kõike, mille kohta robot oskab küsida: kõrvalteid, värve ja muud.
level-number-second-red-hint-1 = Mõlemal punasel ruudul on vasakul tee. Kumb viib lipuni?
level-number-second-red-hint-2 = Igal punasel ruudul lisa loendurile üks. Pööra vasakule ainult siis, kui loendur on 2.
level-number-second-red-hint-3 = Klotsi Korda, kuni valmis sees: Edasi, siis Kui punasel.

level-number-fix-the-count-title = Loe uuesti
level-number-fix-the-count-instruction = Robot peaks pöörama vasakule igal teisel punasel ruudul. Teisel ta pöörab, aga neljandal sõidab otse vastu seina. Paranda programm.
level-number-fix-the-count-learned = Arv kasvab, kuni sa selle nulli sead. Sea loenduriks 0 alustab uut loendamise ringi.
level-number-fix-the-count-hint-1 = Puuduta „Samm“ ja jälgi loendurit sammu numbri kõrval. Mis on loenduri väärtus neljandal punasel ruudul?
level-number-fix-the-count-hint-2 = Pärast esimest pööret peaks robot jälle nullist lugema hakkama.
level-number-fix-the-count-hint-3 = Vaata, mis juhtub kohe pärast roboti vasakpööret.
