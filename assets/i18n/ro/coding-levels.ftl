# Lumile de programare și nivelurile lor. Pe nivel: titlu, ce ai de făcut, ce ai învățat, trei indicii.
# Numele blocurilor ca în joc: Înainte, Rotește la stânga, Rotește la dreapta, Aprinde, Repetă,
# Repetă până e gata, Dacă, Dacă … altfel, Ajutor 1, Ajutor 2; rutina principală: programul principal.

world-robot-road = Drumul roboților
world-loop-lagoon = Laguna buclelor
world-helper-hills = Dealurile ajutoarelor
world-choice-canyon = Canionul alegerilor
world-sensor-springs = Izvoarele senzorilor
world-number-harbour = Portul numerelor
world-signal-station = Stația de semnale
world-bug-bay = Golful greșelilor

## Drumul roboților

level-robot-first-steps-title = Primii pași
level-robot-first-steps-instruction = Construiește un program care duce robotul la steag. Apoi atinge „Pornește”.
level-robot-first-steps-learned = Un program e o listă de pași. Robotul îi face unul câte unul, în ordine.
level-robot-first-steps-hint-1 = Uită-te la steag. În ce parte privește robotul acum?
level-robot-first-steps-hint-2 = Înainte mută robotul o căsuță. Rotește la dreapta îl întoarce pe loc.
level-robot-first-steps-hint-3 = Începe cu: Înainte, Înainte, Rotește la dreapta.

level-robot-turn-left-title = Rotește la stânga
level-robot-turn-left-instruction = Du robotul la steag. De data asta trebuie să se rotească la stânga.
level-robot-turn-left-learned = Rotește la stânga și Rotește la dreapta schimbă încotro privește robotul. Nu îl mută.
level-robot-turn-left-hint-1 = Robotul privește în sus. Unde cotește drumul?
level-robot-turn-left-hint-2 = După Rotește la stânga, Înainte mută robotul în noua direcție.
level-robot-turn-left-hint-3 = Începe cu: Înainte, Înainte, Rotește la stânga.

level-robot-zigzag-title = Trepte în zigzag
level-robot-zigzag-instruction = Coboară treptele până la steag. Drumul cotește după fiecare treaptă.
level-robot-zigzag-learned = Un drum lung înseamnă doar pași mici și rotiri, unul după altul.
level-robot-zigzag-hint-1 = Urmărește drumul cu degetul. Numără cotiturile.
level-robot-zigzag-hint-2 = Rotește la dreapta ca să cobori. Rotește la stânga ca să mergi iar de-a curmezișul.
level-robot-zigzag-hint-3 = Începe cu: Înainte, Rotește la dreapta, Înainte, Rotește la stânga.

level-robot-around-rocks-title = Pe lângă zid
level-robot-around-rocks-instruction = Un zid îți stă în cale. Ocolește-l ca să ajungi la steag.
level-robot-around-rocks-learned = Când drumul e blocat, poți plănui o cale pe lângă obstacol.
level-robot-around-rocks-hint-1 = Robotul nu poate merge drept la steag. Pe unde poate ocoli?
level-robot-around-rocks-hint-2 = Mergi întâi în sus, apoi de-a curmezișul, apoi în jos.
level-robot-around-rocks-hint-3 = Începe cu: Înainte, Înainte, Rotește la dreapta.

level-robot-fix-the-path-title = Repară drumul
level-robot-fix-the-path-instruction = Programul acesta are o greșeală: robotul se lovește de un zid. Urmărește-l cu „Pas”, apoi repară programul.
level-robot-fix-the-path-learned = O greșeală (un „bug”) e o eroare într-un program. Un bloc în plus poate trimite robotul în zid. Scoate-l și programul merge.
level-robot-fix-the-path-hint-1 = Atinge „Pas” ca să rulezi câte un bloc. Unde se lovește robotul de zid?
level-robot-fix-the-path-hint-2 = Robotul merge o căsuță prea mult până să se rotească. Un bloc e în plus.
level-robot-fix-the-path-hint-3 = Blocul în plus vine chiar în fața primei rotiri.

level-robot-first-lamp-title = Aprinde lumina
level-robot-first-lamp-instruction = Mergi până la lampă. Apoi folosește blocul Aprinde ca s-o aprinzi.
level-robot-first-lamp-learned = Aprinde merge doar când robotul stă pe o lampă.
level-robot-first-lamp-hint-1 = La câte căsuțe e lampa?
level-robot-first-lamp-hint-2 = Mai întâi robotul trebuie să stea pe lampă. Apoi Aprinde o aprinde.
level-robot-first-lamp-hint-3 = Lampa e la trei căsuțe în fața robotului.

level-robot-two-lamps-title = Două lămpi
level-robot-two-lamps-instruction = Aprinde amândouă lămpile. Nu e niciun steag: treaba e gata când toate lămpile sunt aprinse.
level-robot-two-lamps-learned = Robotul poate face o treabă pe drum: se oprește, aprinde lampa, apoi merge mai departe.
level-robot-two-lamps-hint-1 = Treci pe lângă prima lampă în drum spre a doua.
level-robot-two-lamps-hint-2 = Pune Aprinde imediat după blocul care duce robotul pe o lampă.
level-robot-two-lamps-hint-3 = Începe cu: Înainte, Înainte, Aprinde.

level-robot-lamps-and-flag-title = Lămpi și un steag
level-robot-lamps-and-flag-instruction = Aprinde amândouă lămpile. Apoi mergi la steag.
level-robot-lamps-and-flag-learned = O treabă poate avea mai multe părți. Robotul trebuie să le termine pe toate.
level-robot-lamps-and-flag-hint-1 = Steagul contează doar când toate lămpile sunt aprinse.
level-robot-lamps-and-flag-hint-2 = Plănuiește o cale care trece peste ambele lămpi până să ajungă la steag.
level-robot-lamps-and-flag-hint-3 = Începe cu: Înainte, Aprinde, Rotește la dreapta.

level-robot-turn-around-title = Întoarce-te
level-robot-turn-around-instruction = Aprinde lampa. Apoi întoarce-te și mergi la steag.
level-robot-turn-around-learned = Două rotiri în aceeași parte fac robotul să privească înapoi, de unde a venit.
level-robot-turn-around-hint-1 = Lampa și steagul sunt în părți diferite ale robotului.
level-robot-turn-around-hint-2 = Ca să te întorci, folosește două rotiri: Rotește la stânga, Rotește la stânga.
level-robot-turn-around-hint-3 = Începe cu: Înainte, Înainte, Aprinde.

level-robot-long-road-title = Ocolul cel lung
level-robot-long-road-instruction = Aprinde ambele lămpi și termină pe steag. Care drum e mai scurt?
level-robot-long-road-learned = Pot exista mai multe căi. Gândește mai întâi, apoi alege-o pe cea mai scurtă.
level-robot-long-road-hint-1 = Dacă mergi drept în jos ajungi la steag, dar lămpile rămân stinse.
level-robot-long-road-hint-2 = Mergi întâi pe sus, apoi în jos, apoi înapoi pe jos.
level-robot-long-road-hint-3 = Începe cu: Înainte, Aprinde, Înainte, Rotește la dreapta.

## Laguna buclelor

level-loop-first-loop-title = Prima buclă
level-loop-first-loop-instruction = Du robotul la steag. Programul tău are loc doar pentru 3 blocuri, așa că folosește blocul Repetă.
level-loop-first-loop-learned = Un bloc Repetă rulează blocurile din el iar și iar. O singură buclă poate face treaba multor blocuri.
level-loop-first-loop-hint-1 = Numără căsuțele dintre robot și steag.
level-loop-first-loop-hint-2 = Pune Înainte într-un bloc Repetă. Apoi atinge „De mai multe ori” ca să setezi numărul.
level-loop-first-loop-hint-3 = Înainte intră în buclă. Setează numărul la câte căsuțe ai numărat.

level-loop-lamp-row-title = Șir de lămpi
level-loop-lamp-row-instruction = Aprinde toate cele cinci lămpi. Programul tău are loc doar pentru 5 blocuri, așa că folosește o buclă.
level-loop-lamp-row-learned = O buclă poate repeta mai mult de un bloc. Aici repetă un pas și o aprindere.
level-loop-lamp-row-hint-1 = Fiecare lampă e la doar o căsuță după cea dinainte.
level-loop-lamp-row-hint-2 = Pune două blocuri într-un singur Repetă. Bucla le face pe amândouă, iar și iar.
level-loop-lamp-row-hint-3 = În buclă: Înainte, apoi Aprinde. De câte ori?

level-loop-corner-title = După colț
level-loop-corner-instruction = Du robotul la steag. Folosește câte o buclă pentru fiecare drum lung, cu o rotire între ele.
level-loop-corner-learned = Un program poate avea mai multe bucle, una după alta.
level-loop-corner-hint-1 = Drumul are două bucăți lungi și drepte.
level-loop-corner-hint-2 = Întâi o buclă pentru drumul de sus. Apoi Rotește la dreapta. Apoi o buclă pentru drumul în jos.
level-loop-corner-hint-3 = Începe cu: Repetă de 4 ori, cu Înainte în el. Apoi Rotește la dreapta.

level-loop-stairs-title = Scări cu buclă
level-loop-stairs-instruction = Urcă scările până la steag. Găsește partea care se repetă.
level-loop-stairs-learned = Când un model se repetă, construiește-l o dată într-o buclă. Bucla face restul.
level-loop-stairs-hint-1 = Uită-te la o treaptă. Ce face robotul pe ea?
level-loop-stairs-hint-2 = O buclă poate conține și rotiri. Pune o treaptă într-un Repetă.
level-loop-stairs-hint-3 = O treaptă înseamnă: Înainte, Rotește la stânga, Înainte, Rotește la dreapta.

level-loop-square-title = Pătratul de lămpi
level-loop-square-instruction = Aprinde cele trei lămpi din colțuri. Folosește o buclă.
level-loop-square-learned = O buclă cu o rotire în ea poate duce robotul de jur împrejurul unui pătrat.
level-loop-square-hint-1 = Fiecare latură a pătratului arată la fel.
level-loop-square-hint-2 = Pune blocurile pentru o latură și un colț într-un Repetă.
level-loop-square-hint-3 = O latură înseamnă: Înainte, Înainte, Aprinde, Rotește la dreapta.

level-loop-fix-the-loop-title = Repară bucla
level-loop-fix-the-loop-instruction = Bucla aceasta ar trebui să aprindă toate cele trei lămpi. După prima lampă, robotul se lovește de un zid. Repară bucla.
level-loop-fix-the-loop-learned = O buclă face aceleași blocuri la fiecare tură. Așa că fiecare tură trebuie să se termine cu robotul privind în direcția în care a pornit.
level-loop-fix-the-loop-hint-1 = Atinge „Pas”. În ce direcție privește robotul când bucla începe din nou?
level-loop-fix-the-loop-hint-2 = La sfârșitul fiecărei ture, robotul trebuie să privească în aceeași direcție ca la început.
level-loop-fix-the-loop-hint-3 = Lipsește o rotire la sfârșitul buclei.

level-loop-in-a-loop-title = Buclă în buclă
level-loop-in-a-loop-instruction = Aprinde toate lămpile de jur împrejurul pătratului. Pune o buclă în altă buclă.
level-loop-in-a-loop-learned = O buclă poate intra în altă buclă. De fiecare dată când bucla din afară rulează o dată, bucla din interior rulează toate turele ei.
level-loop-in-a-loop-hint-1 = Uită-te la o latură: trei lămpi în șir, apoi un colț.
level-loop-in-a-loop-hint-2 = Bucla din interior aprinde o latură. Bucla din afară face asta pentru fiecare latură.
level-loop-in-a-loop-hint-3 = Bucla din interior: Repetă de 3 ori, cu Înainte și Aprinde în el.

level-loop-lamp-stairs-title = Scări cu lămpi
level-loop-lamp-stairs-instruction = Coboară scările și aprinde lampa de pe fiecare treaptă.
level-loop-lamp-stairs-learned = O buclă poate să meargă, să se rotească și să facă o treabă. La fiecare tură face o treaptă întreagă.
level-loop-lamp-stairs-hint-1 = Ce face robotul pe o treaptă? Uită-te unde e lampa.
level-loop-lamp-stairs-hint-2 = Găsește blocurile pentru o treaptă, cu Aprinde la locul potrivit. Apoi repetă-le.
level-loop-lamp-stairs-hint-3 = O treaptă începe cu: Înainte, Rotește la dreapta, Înainte.

level-loop-big-ring-title = Inelul cel mare
level-loop-big-ring-instruction = Aprinde lămpile din colțurile inelului mare. Laturile sunt lungi, așa că folosește o buclă în buclă.
level-loop-big-ring-learned = Bucla din interior poate parcurge o latură lungă. Bucla din afară face din nou latura, rotirea și aprinderea pentru fiecare colț.
level-loop-big-ring-hint-1 = De la un colț la următorul sunt patru căsuțe.
level-loop-big-ring-hint-2 = Bucla din interior parcurge o latură. Bucla din afară adaugă rotirea și aprinderea, o dată pentru fiecare colț.
level-loop-big-ring-hint-3 = Bucla din interior: Repetă de 4 ori, cu Înainte în el.

level-choice-until-goal-title = Până e gata
level-choice-until-goal-instruction = Du robotul la steag. Folosește Repetă până e gata: merge mai departe până când treaba e terminată.
level-choice-until-goal-learned = Repetă până e gata rulează blocurile din el iar și iar și se oprește când treaba e terminată. Nu trebuie să numeri.
level-choice-until-goal-hint-1 = Cât de departe e steagul? De data asta nu trebuie să știi.
level-choice-until-goal-hint-2 = Repetă până e gata repetă blocurile din el până când robotul ajunge pe steag.
level-choice-until-goal-hint-3 = Înainte intră în buclă. Nu e niciun număr de setat.

## Dealurile ajutoarelor

level-helper-first-helper-title = Primul tău ajutor
level-helper-first-helper-instruction = Aprinde cele trei lămpi. Construiește blocurile pentru o lampă în Ajutor 1. Apoi folosește blocul Ajutor 1 în programul principal.
level-helper-first-helper-learned = Un ajutor e o listă de blocuri cu un nume. Blocul lui apelează ajutorul: rulează toată lista, de câte ori vrei.
level-helper-first-helper-hint-1 = Lămpile sunt în colțuri. Ce face robotul ca să ajungă la o lampă?
level-helper-first-helper-hint-2 = Construiește blocurile pentru o lampă în Ajutor 1. În programul principal, pune blocul Ajutor 1 o dată pentru fiecare lampă.
level-helper-first-helper-hint-3 = Ajutor 1 poate fi: Înainte, Înainte, Aprinde, Rotește la dreapta.

level-helper-zigzag-title = Ajutor și rotiri
level-helper-zigzag-instruction = Aprinde cele trei lămpi. Lasă Ajutor 1 să meargă și să aprindă. Programul principal face rotirile.
level-helper-zigzag-learned = Programul principal poate amesteca blocuri de ajutor cu alte blocuri.
level-helper-zigzag-hint-1 = Între lămpi, drumul cotește. Cotește de fiecare dată în aceeași parte?
level-helper-zigzag-hint-2 = Bucata dreaptă e la fel de fiecare dată, deci pune-o în Ajutor 1. Pune rotirile în programul principal.
level-helper-zigzag-hint-3 = Ajutor 1: Înainte, Înainte, Înainte, Aprinde.

level-helper-lamp-stairs-title = Scările ajutorului
level-helper-lamp-stairs-instruction = Urcă scările și aprinde lampa de pe fiecare treaptă. Folosește Ajutor 1.
level-helper-lamp-stairs-learned = Un ajutor poate conține un model mai mare, cu mișcări, rotiri și aprinderi.
level-helper-lamp-stairs-hint-1 = Uită-te la o treaptă. Unde e lampa ei?
level-helper-lamp-stairs-hint-2 = Pune o treaptă întreagă în Ajutor 1. Apoi folosește Ajutor 1 o dată pentru fiecare treaptă.
level-helper-lamp-stairs-hint-3 = O treaptă începe cu: Înainte, Rotește la stânga, Înainte.

level-helper-call-itself-title = Un ajutor care se repetă
level-helper-call-itself-instruction = Urcă scările lungi până la steag. Programul principal are loc doar pentru 3 blocuri. Poate Ajutor 1 să se apeleze pe sine și să continue ca Repetă până e gata?
level-helper-call-itself-learned = Un ajutor se poate apela pe sine la sfârșit. Atunci o ia de la capăt, ca o buclă, până când treaba e gata.
level-helper-call-itself-hint-1 = Sunt mai multe trepte decât încap în programul principal.
level-helper-call-itself-hint-2 = Pune blocul Ajutor 1 ultimul, în Ajutor 1. Așa Ajutor 1 se apelează pe sine și rulează iar și iar.
level-helper-call-itself-hint-3 = Ajutor 1 începe cu: Înainte, Rotește la stânga, Înainte, Rotește la dreapta.

level-helper-round-and-round-title = Roată după roată
level-helper-round-and-round-instruction = Aprinde toate cele patru lămpi. Lasă Ajutor 1 să meargă de jur împrejur apelându-se pe sine.
level-helper-round-and-round-learned = Un ajutor care se apelează pe sine continuă până când toate lămpile sunt aprinse.
level-helper-round-and-round-hint-1 = Fiecare latură are o lampă, la mijloc.
level-helper-round-and-round-hint-2 = Pentru o latură: mergi, aprinzi, mergi, te rotești. Apoi Ajutor 1 o ia singur de la capăt, apelându-se pe sine.
level-helper-round-and-round-hint-3 = Ajutor 1 începe cu: Înainte, Aprinde, Înainte.

level-helper-fix-the-helper-title = Ajutorul care se oprește
level-helper-fix-the-helper-instruction = Ajutor 1 ar trebui să meargă de jur împrejurul pătratului și să aprindă toate cele trei lămpi, dar se oprește după prima. Repară Ajutor 1.
level-helper-fix-the-helper-learned = Un ajutor care trebuie să continue se apelează pe sine la sfârșit. Fără apelul acesta, rulează o dată și se oprește.
level-helper-fix-the-helper-hint-1 = Atinge „Pas”. Ce se întâmplă când Ajutor 1 ajunge la sfârșitul lui?
level-helper-fix-the-helper-hint-2 = Programul principal apelează Ajutor 1 o singură dată. Cum ar putea Ajutor 1 să pornească din nou, apelându-se pe sine?
level-helper-fix-the-helper-hint-3 = Lipsește ceva la sfârșitul lui Ajutor 1.

level-helper-second-helper-title = Două ajutoare
level-helper-second-helper-instruction = Aprinde toate lămpile de jur împrejurul pătratului. Ajutor 1 poate apela Ajutor 2. Pentru trei stele, Ajutor 1 se apelează și pe sine.
level-helper-second-helper-learned = Un ajutor poate apela alt ajutor. Din părți mici se construiesc părți mai mari.
level-helper-second-helper-hint-1 = Care e cel mai mic model? Uită-te la o lampă.
level-helper-second-helper-hint-2 = Pune cel mai mic model în Ajutor 2. Ajutor 1 îl apelează ca să facă o latură, se rotește și apoi se apelează pe sine.
level-helper-second-helper-hint-3 = Ajutor 2: Înainte, Aprinde.

level-helper-walk-then-loop-title = Mergi, apoi buclă
level-helper-walk-then-loop-instruction = Mergi mai întâi până la scări. Apoi lasă Ajutor 1 să le urce și să aprindă toate lămpile: la sfârșit se apelează pe sine.
level-helper-walk-then-loop-learned = Programul principal poate face prima parte a unei treburi și apoi lasă restul unui ajutor.
level-helper-walk-then-loop-hint-1 = Scările nu încep acolo unde stă robotul. Prima lampă e la trei căsuțe în față.
level-helper-walk-then-loop-hint-2 = Folosește programul principal ca să mergi până la scări. Apoi apelează Ajutor 1: urcă o treaptă, îi aprinde lampa și se apelează pe sine.
level-helper-walk-then-loop-hint-3 = Programul principal: Înainte, Înainte, Ajutor 1.

level-helper-big-ring-title = Ajutoarele fac turul
level-helper-big-ring-instruction = Aprinde cele trei lămpi de jur împrejurul pătratului. Nu există blocul Rotește la stânga: construiește-l într-un ajutor. Programul principal are loc pentru un singur bloc, deci un ajutor trebuie să se apeleze pe sine.
level-helper-big-ring-learned = Un ajutor poate fi un bloc pe care nu îl ai: trei blocuri Rotește la dreapta fac un Rotește la stânga.
level-helper-big-ring-hint-1 = Drumul cotește la stânga în fiecare colț, dar ai doar Rotește la dreapta.
level-helper-big-ring-hint-2 = După trei blocuri Rotește la dreapta, robotul privește în aceeași direcție ca după un Rotește la stânga. Pune-le într-un ajutor separat.
level-helper-big-ring-hint-3 = Un ajutor poate fi: Rotește la dreapta, Rotește la dreapta, Rotește la dreapta.

## Canionul alegerilor

level-choice-first-if-title = Roșu înseamnă rotire
level-choice-first-if-instruction = Fiecare căsuță roșie înseamnă: rotește-te aici la stânga. Folosește un bloc Dacă ca să verifici dacă e roșu.
level-choice-first-if-learned = Un bloc Dacă pune o întrebare. Blocurile din el rulează doar când răspunsul e da.
level-choice-first-if-hint-1 = Unde cotește drumul? Ce culoare au căsuțele acelea?
level-choice-first-if-hint-2 = „Dacă e pe roșu” își rulează blocurile doar când robotul stă pe o căsuță roșie.
level-choice-first-if-hint-3 = În Repetă până e gata: Înainte, apoi Dacă e pe roșu.

level-choice-green-lamps-title = Verde înaintea lămpii
level-choice-green-lamps-instruction = O căsuță verde înseamnă că pe căsuța următoare e o lampă. Aprinde toate lămpile.
level-choice-green-lamps-learned = O verificare îi poate spune robotului ce urmează, ca să se pregătească.
level-choice-green-lamps-hint-1 = Uită-te la căsuța de chiar dinaintea fiecărei lămpi.
level-choice-green-lamps-hint-2 = Când robotul e pe verde, poate păși pe lampă și s-o aprindă.
level-choice-green-lamps-hint-3 = În Repetă până e gata: Înainte, apoi Dacă e pe verde.

level-choice-path-right-title = Privește la dreapta
level-choice-path-right-instruction = Robotul poate verifica drumul. Rotește-te la dreapta oriunde e drum la dreapta.
level-choice-path-right-learned = Robotul poate simți zidurile. „E drum la dreapta” înseamnă da când căsuța din dreapta lui e liberă.
level-choice-path-right-hint-1 = În fiecare colț, drumul o ia la dreapta.
level-choice-path-right-hint-2 = „Dacă e drum la dreapta” se uită la căsuța din dreapta robotului.
level-choice-path-right-hint-3 = În Repetă până e gata: Înainte, apoi Dacă e drum la dreapta.

level-choice-fix-the-check-title = Prea multe rotiri
level-choice-fix-the-check-instruction = Albastru înseamnă rotire la dreapta. Dar robotul acesta se rotește pe fiecare căsuță și se lovește de un zid. Repară programul.
level-choice-fix-the-check-learned = Blocurile dintr-un Dacă rulează doar când răspunsul e da. Un bloc de după Dacă rulează de fiecare dată.
level-choice-fix-the-check-hint-1 = Atinge „Pas”. Se rotește robotul pe o căsuță care nu e albastră?
level-choice-fix-the-check-hint-2 = Care rotire e în Dacă? Care rulează de fiecare dată?
level-choice-fix-the-check-hint-3 = Uită-te la ultimul bloc din buclă.

level-choice-if-else-title = Dacă sau altfel
level-choice-if-else-instruction = Mergi în față când drumul din față e liber. Altfel, rotește-te la dreapta. Ai grijă la drumurile laterale mici!
level-choice-if-else-learned = Dacă … altfel alege una din două căi: prima parte când răspunsul e da, partea „altfel” când e nu.
level-choice-if-else-hint-1 = Drumurile laterale mici nu duc nicăieri. Rotește-te doar când ai un zid în față.
level-choice-if-else-hint-2 = Dacă … altfel are două părți. Prima parte rulează la da. Partea „altfel” rulează la nu.
level-choice-if-else-hint-3 = În Repetă până e gata, folosește Dacă e drum în față, cu Înainte în prima parte.

level-choice-colours-title = Roșu și albastru
level-choice-colours-instruction = Roșu înseamnă rotire la stânga. Albastru înseamnă rotire la dreapta. Folosește două blocuri Dacă.
level-choice-colours-learned = Un program poate pune mai multe întrebări. Fiecare bloc Dacă o pune pe a lui.
level-choice-colours-hint-1 = Uită-te la culorile căsuțelor unde cotește drumul.
level-choice-colours-hint-2 = Pune două blocuri Dacă în buclă: unul întreabă de roșu, celălalt de albastru.
level-choice-colours-hint-3 = În Repetă până e gata, începe cu Înainte. Apoi Dacă e pe roșu, cu Rotește la stânga în el.

level-choice-corner-lamps-title = Aprinzi sau te rotești
level-choice-corner-lamps-instruction = Fiecare căsuță a drumului e o lampă sau e roșie. Pe roșu, rotește-te la stânga. Pe orice altă căsuță, aprinde lampa.
level-choice-corner-lamps-learned = Dacă … altfel poate întreba și de o culoare: prima parte rulează pe roșu, partea „altfel” pe orice altă căsuță.
level-choice-corner-lamps-hint-1 = Care căsuțe n-au lampă? Ce face robotul acolo?
level-choice-corner-lamps-hint-2 = Un singur Dacă … altfel poate face ambele treburi: o parte pentru căsuțele roșii, partea „altfel” pentru lămpi.
level-choice-corner-lamps-hint-3 = În Repetă până e gata: Înainte, apoi Dacă e pe roșu, cu Rotește la stânga în prima parte.

level-choice-two-rules-title = Două reguli
level-choice-two-rules-instruction = Roșu înseamnă rotire la stânga. Un zid în față înseamnă rotire la dreapta. Folosește un Dacă pentru o regulă și un Dacă … altfel pentru cealaltă.
level-choice-two-rules-learned = Un program poate amesteca Dacă și Dacă … altfel. Fiecare își pune întrebarea lui, una după alta.
level-choice-two-rules-hint-1 = Unele drumuri continuă după o căsuță roșie, dar nu duc nicăieri. Pe roșu, rotește-te la stânga.
level-choice-two-rules-hint-2 = La fiecare tură, pune două întrebări: sunt pe roșu? E liber drumul din față?
level-choice-two-rules-hint-3 = În Repetă până e gata, începe cu Înainte. Apoi Dacă e pe roșu, cu Rotește la stânga în el.

level-choice-red-means-left-title = Răscrucea din canion
level-choice-red-means-left-instruction = Mergi în față cât timp drumul din față e liber. La un zid, uită-te la căsuță: pe roșu, rotește-te la stânga; pe orice altă căsuță, rotește-te la dreapta.
level-choice-red-means-left-learned = Un Dacă poate intra în alt Dacă. Robotul pune o întrebare, apoi poate încă una.
level-choice-red-means-left-hint-1 = Căsuțele roșii contează doar la un zid. Pe un drum liber, treci peste ele. Un drum se învârte în cerc!
level-choice-red-means-left-hint-2 = Întreabă întâi: e liber drumul din față? Doar când nu e, întreabă: sunt pe roșu?
level-choice-red-means-left-hint-3 = În Repetă până e gata, folosește Dacă e drum în față … altfel, cu Înainte în prima parte.

## Golful greșelilor

level-bug-wrong-turn-title = Direcția greșită
level-bug-wrong-turn-instruction = Programul acesta ar trebui să ducă robotul la steag, dar robotul se lovește de un zid. Găsește blocul greșit și repară-l.
level-bug-wrong-turn-learned = Depanarea înseamnă să găsești pasul care merge prost și să repari doar acel pas.
level-bug-wrong-turn-hint-1 = Atinge „Pas” ca să rulezi câte un bloc. Unde o ia razna?
level-bug-wrong-turn-hint-2 = O greșeală e adesea doar un bloc greșit. Schimbă-l cu cel potrivit.
level-bug-wrong-turn-hint-3 = Uită-te la rotire. Robotul ar trebui să se rotească la stânga sau la dreapta?

level-bug-missing-step-title = Un pas lipsă
level-bug-missing-step-instruction = Robotul încearcă să aprindă o lampă acolo unde nu e niciuna. Găsește ce lipsește.
level-bug-missing-step-learned = Uneori o greșeală e un bloc care lipsește. Numără căsuțele ca să verifici.
level-bug-missing-step-hint-1 = Care lampă rămâne stinsă?
level-bug-missing-step-hint-2 = Numără căsuțele de la colț până la a doua lampă. Numără și blocurile Înainte.
level-bug-missing-step-hint-3 = Blocul care lipsește vine imediat după Rotește la dreapta. Care bloc mută robotul?

level-bug-loop-count-title = Numără din nou
level-bug-loop-count-instruction = Robotul se lovește de un zid. Verifică de câte ori se repetă fiecare buclă și repar-o.
level-bug-loop-count-learned = O buclă care se repetă o dată prea mult sau o dată prea puțin e o greșeală foarte des întâlnită.
level-bug-loop-count-hint-1 = Urmărește prima buclă. Unde se lovește robotul?
level-bug-loop-count-hint-2 = Numără căsuțele până la colț. Bucla ar trebui să se repete de atâtea ori.
level-bug-loop-count-hint-3 = Schimbă numărul primei bucle.

level-bug-forgot-light-title = Lumini stinse
level-bug-forgot-light-instruction = Robotul face turul pătratului, dar nicio lampă nu se aprinde. Repară bucla.
level-bug-forgot-light-learned = Dacă ceva nu se întâmplă niciodată, verifică dacă lipsește un bloc din buclă.
level-bug-forgot-light-hint-1 = Care bloc aprinde o lampă? E în program?
level-bug-forgot-light-hint-2 = Un bloc pe care îl adaugi într-o buclă rulează la fiecare tură.
level-bug-forgot-light-hint-3 = Blocul care lipsește intră în buclă. Robotul stă pe o lampă după cele două blocuri Înainte.

level-bug-helper-turn-title = Greșeala din ajutor
level-bug-helper-turn-instruction = Ajutor 1 are o greșeală. Programul principal îl apelează de trei ori, așa că greșeala se întâmplă de fiecare dată. Repar-o o singură dată.
level-bug-helper-turn-learned = Când repari un ajutor, repari fiecare loc care îl apelează.
level-bug-helper-turn-hint-1 = Atinge „Pas”. Ce se întâmplă după prima lampă?
level-bug-helper-turn-hint-2 = În fiecare colț al acestui pătrat, drumul o ia la dreapta.
level-bug-helper-turn-hint-3 = Uită-te la ultimul bloc din Ajutor 1.

level-bug-wrong-side-title = Partea greșită
level-bug-wrong-side-instruction = Drumul cotește mereu la dreapta, dar robotul se lovește de un zid. Blocul Dacă pune întrebarea greșită. Repar-o.
level-bug-wrong-side-learned = Un Dacă care pune întrebarea greșită poate strica tot programul.
level-bug-wrong-side-hint-1 = În ce parte cotește drumul? În ce parte se uită blocul Dacă?
level-bug-wrong-side-hint-2 = Atinge blocul Dacă din program. Apoi atinge „Schimbă întrebarea”.
level-bug-wrong-side-hint-3 = Blocul Dacă se uită într-o parte, iar drumul cotește în cealaltă.

level-bug-two-mistakes-title = Două greșeli
level-bug-two-mistakes-instruction = Programul acesta are două greșeli. Găsește-le pe amândouă, ca robotul să urce scările până la steag.
level-bug-two-mistakes-learned = Un program poate avea mai multe greșeli. Repară una, rulează-l din nou, apoi repar-o pe următoarea.
level-bug-two-mistakes-hint-1 = Urmărește prima treaptă. Unde o ia robotul greșit?
level-bug-two-mistakes-hint-2 = O greșeală e o rotire. Cealaltă e de câte ori se repetă bucla.
level-bug-two-mistakes-hint-3 = Pe fiecare treaptă, robotul urcă, apoi se rotește înapoi ca să privească în direcția în care mergea. Verifică rotirea aceea, apoi numără treptele.

level-bug-mixed-colours-title = Culori încurcate
level-bug-mixed-colours-instruction = Roșu ar trebui să însemne rotire la stânga, iar albastru rotire la dreapta. Cineva le-a încurcat. Repară programul.
level-bug-mixed-colours-learned = Testează-ți programul, vezi unde face ceva ce nu voiai și repară doar acel loc.
level-bug-mixed-colours-hint-1 = Ce face robotul pe prima căsuță albastră?
level-bug-mixed-colours-hint-2 = Fiecare Dacă întreabă de culoarea potrivită, dar face rotirea greșită.
level-bug-mixed-colours-hint-3 = Schimbă rotirea din fiecare Dacă.
