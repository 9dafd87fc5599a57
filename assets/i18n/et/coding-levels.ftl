# Programmeerimise maailmad ja nende tasemed. Kasuta robot.ftl-i klotside nimesid.

world-robot-road = Robotitee
world-loop-lagoon = Tsüklilaguun
world-helper-hills = Abiliste künkad
world-choice-canyon = Valikute kanjon
world-sensor-springs = Andurite allikad
world-number-harbour = Arvude sadam
world-signal-station = Signaalijaam
world-bug-bay = Vealaht

## Robotitee

level-robot-first-steps-title = Esimesed sammud
level-robot-first-steps-instruction = Pane kokku programm, mis viib roboti lipuni. Siis puuduta „Käivita“.
level-robot-first-steps-learned = Programm on sammude nimekiri. Robot teeb neid ükshaaval, järjekorras.
level-robot-first-steps-hint-1 = Vaata lippu. Kuhu robot praegu vaatab?
level-robot-first-steps-hint-2 = Edasi liigutab robotit ühe ruudu. Pööra paremale pöörab teda paigal.
level-robot-first-steps-hint-3 = Alusta nii: Edasi, Edasi, Pööra paremale.

level-robot-turn-left-title = Pööra vasakule
level-robot-turn-left-instruction = Vii robot lipuni. Seekord peab ta pöörama vasakule.
level-robot-turn-left-learned = Pööra vasakule ja Pööra paremale muudavad, kuhu robot vaatab. Need ei liiguta teda.
level-robot-turn-left-hint-1 = Robot vaatab üles. Kus tee pöörab?
level-robot-turn-left-hint-2 = Pärast klotsi Pööra vasakule liigutab Edasi robotit uues suunas.
level-robot-turn-left-hint-3 = Alusta nii: Edasi, Edasi, Pööra vasakule.

level-robot-zigzag-title = Siksakiline trepp
level-robot-zigzag-instruction = Mine trepist alla lipuni. Tee pöörab pärast iga astet.
level-robot-zigzag-learned = Pikk tee koosneb lihtsalt väikestest sammudest ja pööretest, üksteise järel.
level-robot-zigzag-hint-1 = Järgi teed sõrmega. Loe pöörded kokku.
level-robot-zigzag-hint-2 = Pööra paremale, et minna alla. Pööra vasakule, et minna jälle risti.
level-robot-zigzag-hint-3 = Alusta nii: Edasi, Pööra paremale, Edasi, Pööra vasakule.

level-robot-around-rocks-title = Ümber seina
level-robot-around-rocks-instruction = Sein on ees. Sõida sellest mööda lipuni.
level-robot-around-rocks-learned = Kui tee on kinni, saad planeerida teekonna ümber takistuse.
level-robot-around-rocks-hint-1 = Robot ei saa otse lipuni minna. Kust saab ümber?
level-robot-around-rocks-hint-2 = Kõigepealt üles, siis risti, siis alla.
level-robot-around-rocks-hint-3 = Alusta nii: Edasi, Edasi, Pööra paremale.

level-robot-fix-the-path-title = Paranda teekond
level-robot-fix-the-path-instruction = Selles programmis on viga: robot põrkab vastu seina. Jälgi teda nupuga „Samm“ ja paranda siis programm.
level-robot-fix-the-path-learned = Viga on eksimus programmis. Üks liigne klots võib saata roboti vastu seina. Võta see ära ja programm töötab.
level-robot-fix-the-path-hint-1 = Puuduta „Samm“, et minna klots klotsi haaval. Kus robot vastu seina põrkab?
level-robot-fix-the-path-hint-2 = Robot sõidab enne pööramist ühe ruudu liiga kaugele. Üks klots on liigne.
level-robot-fix-the-path-hint-3 = Liigne klots on enne esimest pööret.

level-robot-first-lamp-title = Pane tuli põlema
level-robot-first-lamp-instruction = Sõida lambini. Siis kasuta klotsi Süüta, et see põlema panna.
level-robot-first-lamp-learned = Süüta töötab ainult siis, kui robot seisab lambi peal.
level-robot-first-lamp-hint-1 = Mitme ruudu kaugusel lamp on?
level-robot-first-lamp-hint-2 = Kõigepealt peab robot seisma lambi peal. Siis paneb Süüta selle põlema.
level-robot-first-lamp-hint-3 = Lamp on robotist kolm ruutu eespool.

level-robot-two-lamps-title = Kaks lampi
level-robot-two-lamps-instruction = Pane mõlemad lambid põlema. Lippu pole: ülesanne on tehtud, kui kõik lambid põlevad.
level-robot-two-lamps-learned = Robot saab teel ülesande ära teha: peatuda, lambi põlema panna ja sõitu jätkata.
level-robot-two-lamps-hint-1 = Teise lambi juurde minnes möödud esimesest.
level-robot-two-lamps-hint-2 = Pane Süüta kohe selle klotsi järele, mis viib roboti lambile.
level-robot-two-lamps-hint-3 = Alusta nii: Edasi, Edasi, Süüta.

level-robot-lamps-and-flag-title = Lambid ja lipp
level-robot-lamps-and-flag-instruction = Pane mõlemad lambid põlema. Siis mine lipuni.
level-robot-lamps-and-flag-learned = Ülesandel võib olla mitu osa. Robot peab need kõik ära tegema.
level-robot-lamps-and-flag-hint-1 = Lipp loeb alles siis, kui kõik lambid põlevad.
level-robot-lamps-and-flag-hint-2 = Planeeri teekond, mis läheb enne lippu üle mõlema lambi.
level-robot-lamps-and-flag-hint-3 = Alusta nii: Edasi, Süüta, Pööra paremale.

level-robot-turn-around-title = Ümberpööre
level-robot-turn-around-instruction = Pane lamp põlema. Siis pööra ümber ja mine lipuni.
level-robot-turn-around-learned = Kaks pööret samas suunas panevad roboti vaatama sinna, kust ta tuli.
level-robot-turn-around-hint-1 = Lamp ja lipp on robotist eri pool.
level-robot-turn-around-hint-2 = Ümberpöördeks kasuta kahte pööret: Pööra vasakule, Pööra vasakule.
level-robot-turn-around-hint-3 = Alusta nii: Edasi, Edasi, Süüta.

level-robot-long-road-title = Pikk ring
level-robot-long-road-instruction = Pane mõlemad lambid põlema ja lõpeta lipu juures. Kumbapidi on ring lühem?
level-robot-long-road-learned = Teid võib olla rohkem kui üks. Mõtle enne ja vali lühem.
level-robot-long-road-hint-1 = Otse alla minnes jõuad lipuni, aga lambid jäävad siis kustu.
level-robot-long-road-hint-2 = Mine kõigepealt mööda ülemist äärt, siis alla ja siis mööda alumist äärt tagasi.
level-robot-long-road-hint-3 = Alusta nii: Edasi, Süüta, Edasi, Pööra paremale.

## Tsüklilaguun

level-loop-first-loop-title = Esimene tsükkel
level-loop-first-loop-instruction = Jõua lipuni. Sinu programmi mahub ainult 3 klotsi, seega kasuta klotsi Korda.
level-loop-first-loop-learned = Korda-klots käivitab oma sees olevaid klotse ikka ja jälle. Üks tsükkel teeb ära paljude klotside töö.
level-loop-first-loop-hint-1 = Loe kokku ruudud roboti ja lipu vahel.
level-loop-first-loop-hint-2 = Pane Edasi Korda-klotsi sisse. Siis puuduta „Rohkem kordi“ ja sea arv.
level-loop-first-loop-hint-3 = Edasi läheb tsükli sisse. Sea arvuks loetud ruutude hulk.

level-loop-lamp-row-title = Lambirida
level-loop-lamp-row-instruction = Pane kõik viis lampi põlema. Sinu programmi mahub ainult 5 klotsi, seega kasuta tsüklit.
level-loop-lamp-row-learned = Tsükkel võib korrata rohkem kui ühte klotsi. Siin kordab see sammu ja süütamist.
level-loop-lamp-row-hint-1 = Iga lamp on eelmisest ainult ühe ruudu kaugusel.
level-loop-lamp-row-hint-2 = Pane kaks klotsi ühe Korda-klotsi sisse. Tsükkel teeb mõlemat ikka ja jälle.
level-loop-lamp-row-hint-3 = Tsükli sees: Edasi, siis Süüta. Mitu ringi?

level-loop-corner-title = Ümber nurga
level-loop-corner-instruction = Jõua lipuni. Kasuta mõlema pika lõigu jaoks tsüklit ja nende vahel pööret.
level-loop-corner-learned = Programmis võib olla mitu tsüklit üksteise järel.
level-loop-corner-hint-1 = Teel on kaks pikka sirget lõiku.
level-loop-corner-hint-2 = Kõigepealt tsükkel ülemise lõigu jaoks. Siis Pööra paremale. Siis tsükkel allapoole mineva lõigu jaoks.
level-loop-corner-hint-3 = Alusta nii: Korda 4 korda, sees Edasi. Siis Pööra paremale.

level-loop-stairs-title = Tsüklitrepp
level-loop-stairs-instruction = Roni trepist üles lipuni. Leia osa, mis kordub.
level-loop-stairs-learned = Kui muster kordub, pane see üks kord tsükli sisse. Tsükkel teeb ülejäänu.
level-loop-stairs-hint-1 = Vaata üht astet. Mida robot sellel teeb?
level-loop-stairs-hint-2 = Tsükli sees võivad olla ka pöörded. Pane üks aste Korda-klotsi sisse.
level-loop-stairs-hint-3 = Üks aste on: Edasi, Pööra vasakule, Edasi, Pööra paremale.

level-loop-square-title = Lampide ruut
level-loop-square-instruction = Pane põlema kolm lampi nurkades. Kasuta tsüklit.
level-loop-square-learned = Tsükkel, mille sees on pööre, saab viia roboti ringiga ümber ruudu.
level-loop-square-hint-1 = Ruudu iga külg näeb välja ühesugune.
level-loop-square-hint-2 = Pane ühe külje ja ühe nurga klotsid Korda-klotsi sisse.
level-loop-square-hint-3 = Üks külg on: Edasi, Edasi, Süüta, Pööra paremale.

level-loop-fix-the-loop-title = Paranda tsükkel
level-loop-fix-the-loop-instruction = See tsükkel peaks panema põlema kõik kolm lampi. Pärast esimest lampi põrkab robot vastu seina. Paranda tsükkel.
level-loop-fix-the-loop-learned = Tsükkel teeb igal ringil samu klotse. Seepärast peab iga ring lõppema nii, et robot vaatab samas suunas nagu alguses.
level-loop-fix-the-loop-hint-1 = Puuduta „Samm“. Kuhu robot vaatab, kui tsükkel uuesti algab?
level-loop-fix-the-loop-hint-2 = Iga ringi lõpus peab robot vaatama samas suunas nagu alguses.
level-loop-fix-the-loop-hint-3 = Tsükli lõpust puudub pööre.

level-loop-in-a-loop-title = Tsükkel tsüklis
level-loop-in-a-loop-instruction = Pane põlema kõik lambid ümber ruudu. Pane tsükkel teise tsükli sisse.
level-loop-in-a-loop-learned = Tsükkel võib olla teise tsükli sees. Iga kord, kui välimine tsükkel teeb ühe ringi, teeb sisemine kõik oma ringid.
level-loop-in-a-loop-hint-1 = Vaata üht külge: kolm lampi reas ja siis nurk.
level-loop-in-a-loop-hint-2 = Sisemine tsükkel paneb põlema ühe külje. Välimine teeb seda iga külje jaoks.
level-loop-in-a-loop-hint-3 = Sisemine tsükkel: Korda 3 korda, sees Edasi ja Süüta.

level-loop-lamp-stairs-title = Lambitrepp
level-loop-lamp-stairs-instruction = Mine trepist alla ja pane igal astmel lamp põlema.
level-loop-lamp-stairs-learned = Tsükkel saab liikuda, pöörata ja ülesannet teha. Igal ringil teeb see terve astme.
level-loop-lamp-stairs-hint-1 = Mida robot ühel astmel teeb? Vaata, kus lamp on.
level-loop-lamp-stairs-hint-2 = Leia ühe astme klotsid, kus Süüta on õiges kohas. Siis korda neid.
level-loop-lamp-stairs-hint-3 = Üks aste algab nii: Edasi, Pööra paremale, Edasi.

level-loop-big-ring-title = Suur ring
level-loop-big-ring-instruction = Pane põlema suure ringi nurkades olevad lambid. Küljed on pikad, seega kasuta tsüklit tsüklis.
level-loop-big-ring-learned = Sisemine tsükkel läbib pika külje. Välimine kordab külge, pööret ja süütamist igas nurgas.
level-loop-big-ring-hint-1 = Ühest nurgast järgmiseni on neli ruutu.
level-loop-big-ring-hint-2 = Sisemine tsükkel läbib ühe külje. Välimine lisab pöörde ja süütamise, üks kord iga nurga jaoks.
level-loop-big-ring-hint-3 = Sisemine tsükkel: Korda 4 korda, sees Edasi.

level-choice-until-goal-title = Kuni valmis
level-choice-until-goal-instruction = Jõua lipuni. Kasuta klotsi Korda, kuni valmis: see jätkab, kuni ülesanne on tehtud.
level-choice-until-goal-learned = Korda, kuni valmis käivitab oma klotse ikka ja jälle ning lõpetab, kui ülesanne on tehtud. Sa ei pea lugema.
level-choice-until-goal-hint-1 = Kui kaugel lipp on? Seekord pole seda vaja teada.
level-choice-until-goal-hint-2 = Korda, kuni valmis kordab oma sees olevaid klotse, kuni robot on lipu juures.
level-choice-until-goal-hint-3 = Edasi läheb tsükli sisse. Ühtegi arvu pole vaja seada.

## Abiliste künkad

level-helper-first-helper-title = Sinu esimene abiline
level-helper-first-helper-instruction = Pane põlema kolm lampi. Pane ühe lambi klotsid osasse Abiline 1. Siis kasuta Põhiprogrammis klotsi Abiline 1.
level-helper-first-helper-learned = Abiline on nimega klotside nimekiri. Tema klots kutsub abilise: see käivitab terve nimekirja, nii mitu korda kui tahad.
level-helper-first-helper-hint-1 = Lambid on nurkades. Mida robot teeb, et jõuda ühe lambini?
level-helper-first-helper-hint-2 = Pane ühe lambi klotsid osasse Abiline 1. Pane Põhiprogrammi klots Abiline 1 iga lambi jaoks üks kord.
level-helper-first-helper-hint-3 = Abiline 1 võib olla: Edasi, Edasi, Süüta, Pööra paremale.

level-helper-zigzag-title = Abiline ja pöörded
level-helper-zigzag-instruction = Pane põlema kolm lampi. Las Abiline 1 kõnnib ja süütab. Põhiprogramm teeb pöörded.
level-helper-zigzag-learned = Põhiprogramm võib segada abiliste klotse teiste klotsidega.
level-helper-zigzag-hint-1 = Lampide vahel tee pöörab. Kas see pöörab iga kord samas suunas?
level-helper-zigzag-hint-2 = Sirge lõik on iga kord sama, seega pane see osasse Abiline 1. Pane pöörded Põhiprogrammi.
level-helper-zigzag-hint-3 = Abiline 1: Edasi, Edasi, Edasi, Süüta.

level-helper-lamp-stairs-title = Abilise trepp
level-helper-lamp-stairs-instruction = Roni trepist üles ja pane igal astmel lamp põlema. Kasuta abilist Abiline 1.
level-helper-lamp-stairs-learned = Abilisse mahub suurem muster liikumiste, pöörete ja süütamistega.
level-helper-lamp-stairs-hint-1 = Vaata üht astet. Kus on selle lamp?
level-helper-lamp-stairs-hint-2 = Pane üks terve aste osasse Abiline 1. Siis kasuta klotsi Abiline 1 iga astme jaoks üks kord.
level-helper-lamp-stairs-hint-3 = Üks aste algab nii: Edasi, Pööra vasakule, Edasi.

level-helper-call-itself-title = Korduv abiline
level-helper-call-itself-instruction = Roni pikast trepist üles lipuni. Põhiprogrammi mahub ainult 3 klotsi. Kas Abiline 1 saab kutsuda iseennast ja jätkata nagu Korda, kuni valmis?
level-helper-call-itself-learned = Abiline võib oma lõpus kutsuda iseennast. Siis alustab ta uuesti, nagu tsükkel, kuni ülesanne on tehtud.
level-helper-call-itself-hint-1 = Astmeid on rohkem, kui Põhiprogrammi mahub.
level-helper-call-itself-hint-2 = Pane klots Abiline 1 viimasena osa Abiline 1 sisse. Siis käivitub Abiline 1 ikka ja jälle.
level-helper-call-itself-hint-3 = Abiline 1 algab nii: Edasi, Pööra vasakule, Edasi, Pööra paremale.

level-helper-round-and-round-title = Ringiratast
level-helper-round-and-round-instruction = Pane põlema kõik neli lampi. Las Abiline 1 käib ringi, kutsudes iseennast.
level-helper-round-and-round-learned = Abiline, kes kutsub iseennast, jätkab, kuni kõik lambid põlevad.
level-helper-round-and-round-hint-1 = Igal küljel on üks lamp, keskel.
level-helper-round-and-round-hint-2 = Ühe külje jaoks: kõnni, süüta, kõnni, pööra. Siis alustab Abiline 1 ise uuesti.
level-helper-round-and-round-hint-3 = Abiline 1 algab nii: Edasi, Süüta, Edasi.

level-helper-fix-the-helper-title = Abiline, kes jääb seisma
level-helper-fix-the-helper-instruction = Abiline 1 peaks minema ümber ruudu ja panema põlema kõik kolm lampi, aga ta jääb pärast esimest seisma. Paranda osa Abiline 1.
level-helper-fix-the-helper-learned = Abiline, kes peab jätkama, kutsub oma lõpus iseennast. Ilma selle kutseta käib ta ühe korra ja jääb seisma.
level-helper-fix-the-helper-hint-1 = Puuduta „Samm“. Mis juhtub, kui Abiline 1 jõuab oma lõppu?
level-helper-fix-the-helper-hint-2 = Põhiprogramm kutsub abilist Abiline 1 ainult ühe korra. Kuidas saaks Abiline 1 iseennast uuesti käivitada?
level-helper-fix-the-helper-hint-3 = Osa Abiline 1 lõpust on midagi puudu.

level-helper-second-helper-title = Kaks abilist
level-helper-second-helper-instruction = Pane põlema kõik lambid ümber ruudu. Abiline 1 saab kutsuda abilist Abiline 2. Kolme tähe jaoks kutsub Abiline 1 ka iseennast.
level-helper-second-helper-learned = Abiline võib kutsuda teist abilist. Väikestest osadest ehitatakse suuremaid.
level-helper-second-helper-hint-1 = Mis on kõige väiksem muster? Vaata üht lampi.
level-helper-second-helper-hint-2 = Pane kõige väiksem muster osasse Abiline 2. Abiline 1 kutsub seda ühe külje tegemiseks, pöörab ja kutsub siis iseennast.
level-helper-second-helper-hint-3 = Abiline 2: Edasi, Süüta.

level-helper-walk-then-loop-title = Kõnni, siis korda
level-helper-walk-then-loop-instruction = Kõnni kõigepealt trepini. Siis las Abiline 1 ronib sellest üles ja paneb iga lambi põlema: ta kutsub oma lõpus iseennast.
level-helper-walk-then-loop-learned = Põhiprogramm võib teha ülesande esimese osa ja anda ülejäänu abilisele.
level-helper-walk-then-loop-hint-1 = Trepp ei alga sealt, kus robot seisab. Esimene lamp on kolm ruutu eespool.
level-helper-walk-then-loop-hint-2 = Kõnni Põhiprogrammiga trepini. Siis kutsu abilist Abiline 1: ta ronib ühe astme, paneb selle lambi põlema ja kutsub iseennast.
level-helper-walk-then-loop-hint-3 = Põhiprogramm: Edasi, Edasi, Abiline 1.

level-helper-big-ring-title = Abilised käivad ringi
level-helper-big-ring-instruction = Pane põlema kolm lampi ümber ruudu. Klotsi Pööra vasakule pole: ehita see abilisse. Põhiprogrammi mahub ainult üks klots, seega peab mõni abiline kutsuma iseennast.
level-helper-big-ring-learned = Abiline võib olla klots, mida sul pole: kolm klotsi Pööra paremale teevad ühe Pööra vasakule.
level-helper-big-ring-hint-1 = Tee pöörab igas nurgas vasakule, aga sul on ainult Pööra paremale.
level-helper-big-ring-hint-2 = Pärast kolme klotsi Pööra paremale vaatab robot samas suunas nagu pärast üht Pööra vasakule. Pane need eraldi abilisse.
level-helper-big-ring-hint-3 = Üks abiline võib olla: Pööra paremale, Pööra paremale, Pööra paremale.

## Valikute kanjon

level-choice-first-if-title = Punane tähendab pööret
level-choice-first-if-instruction = Iga punane ruut tähendab: pööra siin vasakule. Kasuta punase kontrollimiseks Kui-klotsi.
level-choice-first-if-learned = Kui-klots esitab küsimuse. Tema sees olevad klotsid käivituvad ainult siis, kui vastus on jah.
level-choice-first-if-hint-1 = Kus tee pöörab? Mis värvi need ruudud on?
level-choice-first-if-hint-2 = „Kui punasel“ käivitab oma klotsid ainult siis, kui robot seisab punasel ruudul.
level-choice-first-if-hint-3 = Klotsi Korda, kuni valmis sees: Edasi, siis Kui punasel.

level-choice-green-lamps-title = Roheline enne lampi
level-choice-green-lamps-instruction = Roheline ruut tähendab, et järgmisel ruudul on lamp. Pane kõik lambid põlema.
level-choice-green-lamps-learned = Kontroll võib robotile öelda, mis tuleb järgmisena, et ta saaks valmistuda.
level-choice-green-lamps-hint-1 = Vaata ruutu vahetult iga lambi ees.
level-choice-green-lamps-hint-2 = Kui robot on rohelisel, saab ta astuda lambile ja selle põlema panna.
level-choice-green-lamps-hint-3 = Klotsi Korda, kuni valmis sees: Edasi, siis Kui rohelisel.

level-choice-path-right-title = Vaata paremale
level-choice-path-right-instruction = Robot saab teed kontrollida. Pööra paremale kõikjal, kus paremal on tee.
level-choice-path-right-learned = Robot tunneb seinu. „Tee paremal“ on jah, kui ruut tema paremal pool on vaba.
level-choice-path-right-hint-1 = Igas nurgas läheb tee paremale.
level-choice-path-right-hint-2 = „Kui tee paremal“ vaatab ruutu roboti paremal pool.
level-choice-path-right-hint-3 = Klotsi Korda, kuni valmis sees: Edasi, siis Kui tee paremal.

level-choice-fix-the-check-title = Liiga palju pöördeid
level-choice-fix-the-check-instruction = Sinine tähendab pööra paremale. Aga see robot pöörab igal ruudul ja põrkab vastu seina. Paranda programm.
level-choice-fix-the-check-learned = Kui-klotsi sees olevad klotsid käivituvad ainult siis, kui vastus on jah. Klots pärast Kui-klotsi käivitub iga kord.
level-choice-fix-the-check-hint-1 = Puuduta „Samm“. Kas robot pöörab ruudul, mis pole sinine?
level-choice-fix-the-check-hint-2 = Milline pööre on Kui-klotsi sees? Milline käivitub iga kord?
level-choice-fix-the-check-hint-3 = Vaata tsükli viimast klotsi.

level-choice-if-else-title = Kui või muidu
level-choice-if-else-instruction = Mine edasi, kui tee ees on vaba. Muidu pööra paremale. Ettevaatust väikeste kõrvalteedega!
level-choice-if-else-learned = Kui … muidu valib ühe kahest: esimese osa, kui vastus on jah, ja muidu-osa, kui vastus on ei.
level-choice-if-else-hint-1 = Väikesed kõrvalteed ei vii kuhugi. Pööra ainult siis, kui ees on sein.
level-choice-if-else-hint-2 = Kui … muidu klotsil on kaks osa. Esimene käivitub vastuse jah korral. Muidu-osa käivitub vastuse ei korral.
level-choice-if-else-hint-3 = Klotsi Korda, kuni valmis sees kasuta Kui … muidu klotsi küsimusega „tee ees“ ja pane Edasi esimesse ossa.

level-choice-colours-title = Punane ja sinine
level-choice-colours-instruction = Punane tähendab pööra vasakule. Sinine tähendab pööra paremale. Kasuta kahte Kui-klotsi.
level-choice-colours-learned = Programm võib küsida rohkem kui ühe küsimuse. Iga Kui-klots küsib oma küsimust.
level-choice-colours-hint-1 = Vaata nende ruutude värve, kus tee pöörab.
level-choice-colours-hint-2 = Pane tsüklisse kaks Kui-klotsi: üks küsib punase, teine sinise kohta.
level-choice-colours-hint-3 = Klotsi Korda, kuni valmis sees alusta klotsiga Edasi. Siis Kui punasel, sees Pööra vasakule.

level-choice-corner-lamps-title = Süüta või pööra
level-choice-corner-lamps-instruction = Selle tee iga ruut on lamp või punane. Punasel pööra vasakule. Igal muul ruudul pane lamp põlema.
level-choice-corner-lamps-learned = Kui … muidu võib küsida ka värvi kohta: esimene osa käivitub punasel, muidu-osa igal muul ruudul.
level-choice-corner-lamps-hint-1 = Millistel ruutudel pole lampi? Mida robot seal teeb?
level-choice-corner-lamps-hint-2 = Üks Kui … muidu saab teha mõlemat tööd: üks osa punaste ruutude jaoks, muidu-osa lampide jaoks.
level-choice-corner-lamps-hint-3 = Klotsi Korda, kuni valmis sees: Edasi, siis Kui punasel, esimeses osas Pööra vasakule.

level-choice-two-rules-title = Kaks reeglit
level-choice-two-rules-instruction = Punane tähendab pööra vasakule. Sein ees tähendab pööra paremale. Kasuta ühe reegli jaoks Kui-klotsi ja teise jaoks Kui … muidu klotsi.
level-choice-two-rules-learned = Üks programm võib segada Kui ja Kui … muidu klotse. Kumbki küsib oma küsimuse, üks teise järel.
level-choice-two-rules-hint-1 = Mõni tee jätkub punasest ruudust edasi, aga ei vii kuhugi. Punasel pööra vasakule.
level-choice-two-rules-hint-2 = Küsi igal ringil kaks küsimust: kas ma olen punasel? Kas tee ees on vaba?
level-choice-two-rules-hint-3 = Klotsi Korda, kuni valmis sees alusta klotsiga Edasi. Siis Kui punasel, sees Pööra vasakule.

level-choice-red-means-left-title = Kanjoni ristmik
level-choice-red-means-left-instruction = Mine edasi, seni kui tee ees on vaba. Seina juures vaata ruutu: punasel pööra vasakule, igal muul paremale.
level-choice-red-means-left-learned = Kui-klots võib olla teise Kui-klotsi sees. Robot küsib ühe küsimuse ja siis võib-olla veel ühe.
level-choice-red-means-left-hint-1 = Punased ruudud loevad ainult seina juures. Lahtisel teel sõida neist üle. Üks tee käib ringiratast!
level-choice-red-means-left-hint-2 = Küsi kõigepealt: kas tee ees on vaba? Ainult siis, kui pole, küsi: kas ma olen punasel?
level-choice-red-means-left-hint-3 = Klotsi Korda, kuni valmis sees kasuta Kui … muidu klotsi küsimusega „tee ees“ ja pane Edasi esimesse ossa.

## Vealaht

level-bug-wrong-turn-title = Vale suund
level-bug-wrong-turn-instruction = See programm peaks viima roboti lipuni, aga robot põrkab vastu seina. Leia vale klots ja paranda see.
level-bug-wrong-turn-learned = Silumine tähendab, et leiad sammu, mis läheb valesti, ja parandad ainult selle sammu.
level-bug-wrong-turn-hint-1 = Puuduta „Samm“, et minna klots klotsi haaval. Kus läheb valesti?
level-bug-wrong-turn-hint-2 = Viga on sageli ainult üks vale klots. Vaheta see õige vastu.
level-bug-wrong-turn-hint-3 = Vaata pööret. Kas robot peaks pöörama vasakule või paremale?

level-bug-missing-step-title = Puuduv samm
level-bug-missing-step-instruction = Robot püüab lampi süüdata seal, kus seda pole. Leia, mis on puudu.
level-bug-missing-step-learned = Mõnikord on viga puuduv klots. Kontrollimiseks loe ruudud üle.
level-bug-missing-step-hint-1 = Milline lamp jääb kustu?
level-bug-missing-step-hint-2 = Loe ruudud nurgast teise lambini. Loe üle ka Edasi-klotsid.
level-bug-missing-step-hint-3 = Puuduv klots käib kohe klotsi Pööra paremale järele. Milline klots liigutab robotit?

level-bug-loop-count-title = Loe uuesti
level-bug-loop-count-instruction = Robot põrkab vastu seina. Kontrolli, mitu korda iga tsükkel kordub, ja paranda see.
level-bug-loop-count-learned = Tsükkel, mis kordub ühe korra liiga palju või liiga vähe, on väga levinud viga.
level-bug-loop-count-hint-1 = Jälgi esimest tsüklit. Kus robot põrkab?
level-bug-loop-count-hint-2 = Loe ruudud enne nurka. Tsükkel peab kordama täpselt nii palju.
level-bug-loop-count-hint-3 = Muuda esimese tsükli arvu.

level-bug-forgot-light-title = Tuled kustus
level-bug-forgot-light-instruction = Robot käib ümber ruudu, aga ükski lamp ei sütti. Paranda tsükkel.
level-bug-forgot-light-learned = Kui midagi ei juhtu kunagi, kontrolli, kas tsüklist puudub klots.
level-bug-forgot-light-hint-1 = Milline klots paneb lambi põlema? Kas see on programmis?
level-bug-forgot-light-hint-2 = Klots, mille lisad tsükli sisse, käivitub igal ringil.
level-bug-forgot-light-hint-3 = Puuduv klots käib tsükli sisse. Pärast kaht Edasi-klotsi seisab robot lambil.

level-bug-helper-turn-title = Abilise viga
level-bug-helper-turn-instruction = Osas Abiline 1 on viga. Põhiprogramm kutsub seda kolm korda, seega juhtub viga iga kord. Paranda see ühe korra.
level-bug-helper-turn-learned = Kui parandad abilise, parandad iga koha, mis teda kutsub.
level-bug-helper-turn-hint-1 = Puuduta „Samm“. Mis juhtub pärast esimest lampi?
level-bug-helper-turn-hint-2 = Selle ruudu igas nurgas läheb tee paremale.
level-bug-helper-turn-hint-3 = Vaata osa Abiline 1 viimast klotsi.

level-bug-wrong-side-title = Vale pool
level-bug-wrong-side-instruction = Tee pöörab alati paremale, aga robot põrkab vastu seina. Kui-klots küsib vale küsimuse. Paranda see.
level-bug-wrong-side-learned = Kui-klots, mis küsib vale küsimuse, võib kogu programmi sassi ajada.
level-bug-wrong-side-hint-1 = Kuhu tee pöörab? Kummale poole Kui-klots vaatab?
level-bug-wrong-side-hint-2 = Puuduta programmis Kui-klotsi. Siis puuduta „Muuda küsimust“.
level-bug-wrong-side-hint-3 = Klots vaatab ühele poole, tee pöörab teisele.

level-bug-two-mistakes-title = Kaks viga
level-bug-two-mistakes-instruction = Selles programmis on kaks viga. Leia mõlemad, et robot roniks trepist üles lipuni.
level-bug-two-mistakes-learned = Programmis võib olla rohkem kui üks viga. Paranda üks, käivita uuesti ja paranda siis järgmine.
level-bug-two-mistakes-hint-1 = Jälgi trepi esimest astet. Kus robot eksib?
level-bug-two-mistakes-hint-2 = Üks viga on pööre. Teine on see, mitu korda tsükkel kordub.
level-bug-two-mistakes-hint-3 = Igal astmel läheb robot üles ja pöörab siis tagasi oma sõidusuunda. Kontrolli seda pööret ja loe siis astmed üle.

level-bug-mixed-colours-title = Segi aetud värvid
level-bug-mixed-colours-instruction = Punane peaks tähendama pööra vasakule ja sinine pööra paremale. Keegi ajas need segi. Paranda programm.
level-bug-mixed-colours-learned = Testi programmi, vaata, kus see teeb midagi, mida sa ei tahtnud, ja paranda ainult see.
level-bug-mixed-colours-hint-1 = Mida robot teeb esimesel sinisel ruudul?
level-bug-mixed-colours-hint-2 = Iga Kui-klots küsib õige värvi kohta, aga pöörab valesti.
level-bug-mixed-colours-hint-3 = Vaheta pööre iga Kui-klotsi sees.
