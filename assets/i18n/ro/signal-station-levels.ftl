# Stația de semnale: evenimente. Partea de eveniment rulează singură de fiecare dată când se întâmplă evenimentul.
# Numește partea după titlul ei, ca în joc: „Când robotul ajunge pe o lampă”; butonul: „Schimbă evenimentul”.

## Un prim eveniment, o culoare, evenimentul potrivit

level-signal-first-event-title = Lămpi ici și colo
level-signal-first-event-instruction = Aprinde toate lămpile, apoi oprește-te la steag. Programul principal are loc doar pentru 3 blocuri, deci nu se descurcă singur. Încearcă partea nouă: „Când robotul ajunge pe o lampă”.
level-signal-first-event-learned = Un eveniment e ceva ce se întâmplă, de exemplu robotul ajunge pe o lampă. Blocurile din „Când robotul ajunge pe o lampă” rulează de fiecare dată când se întâmplă asta. Apoi robotul continuă cu programul principal.
level-signal-first-event-hint-1 = Lămpile nu sunt la aceeași distanță una de alta. Trebuie programul principal să știe unde e fiecare lampă?
level-signal-first-event-hint-2 = Lasă programul principal doar să meargă la steag. De fiecare dată când robotul ajunge pe o lampă, „Când robotul ajunge pe o lampă” rulează de la sine.
level-signal-first-event-hint-3 = Pune Aprinde în „Când robotul ajunge pe o lampă”.

level-signal-blue-corners-title = Colțuri albastre
level-signal-blue-corners-instruction = Mergi la steagul din mijloc. Căsuțele albastre arată unde cotește drumul. Programul principal are loc doar pentru 3 blocuri.
level-signal-blue-corners-learned = Un eveniment poate fi și o culoare. „Când robotul ajunge pe albastru” rulează de fiecare dată când un Înainte duce robotul pe o căsuță albastră.
level-signal-blue-corners-hint-1 = În ce parte cotește drumul la fiecare căsuță albastră? E de fiecare dată aceeași parte?
level-signal-blue-corners-hint-2 = Programul principal doar merge mai departe. Rotirile țin de „Când robotul ajunge pe albastru”.
level-signal-blue-corners-hint-3 = Programul principal e Repetă până e gata, cu Înainte în el.

level-signal-which-event-title = Ce culoare?
level-signal-which-event-instruction = Mergi la steag. Drumul cotește la stânga la unele căsuțe colorate. Uită-te atent la culori, apoi alege evenimentul potrivit.
level-signal-which-event-learned = „Schimbă evenimentul” alege la ce răspunde robotul. Alege evenimentul care se întâmplă exact acolo unde robotul trebuie să acționeze.
level-signal-which-event-hint-1 = Unde cotește drumul? Ce culoare au căsuțele acelea?
level-signal-which-event-hint-2 = Căsuțele roșii sunt pe bucăți drepte. O rotire acolo duce într-o fundătură. Atinge „Schimbă evenimentul”.
level-signal-which-event-hint-3 = Pune Rotește la stânga în „Când robotul ajunge pe verde”.

## Mai mult în partea de eveniment: două blocuri, contorul, întrebări, un ajutor

level-signal-corner-lamps-title = Lămpi în colțuri
level-signal-corner-lamps-instruction = Fă o dată turul inelului, aprinde cele patru lămpi și oprește-te la steagul din spatele robotului. Fiecare lampă e într-un colț.
level-signal-corner-lamps-learned = O parte de eveniment poate conține mai multe blocuri. De fiecare dată când se întâmplă evenimentul, toate blocurile ei rulează, unul după altul.
level-signal-corner-lamps-hint-1 = Ce trebuie să facă robotul în fiecare colț?
level-signal-corner-lamps-hint-2 = La fiecare lampă sunt două treburi: aprinzi lampa și te rotești. Amândouă intră în „Când robotul ajunge pe o lampă”.
level-signal-corner-lamps-hint-3 = Pune Aprinde în „Când robotul ajunge pe o lampă”. Ce altceva se întâmplă într-un colț?

level-signal-count-reds-title = A treia căsuță roșie
level-signal-count-reds-instruction = Du robotul la steag. Fiecare căsuță roșie are un drum la stânga, dar doar a treia duce la steag. Lasă robotul să numere căsuțele roșii.
level-signal-count-reds-learned = O parte de eveniment poate folosi și contorul. „Când robotul ajunge pe roșu” adaugă 1 pe fiecare căsuță roșie, așa că programul principal trebuie doar să meargă.
level-signal-count-reds-hint-1 = Cele trei căsuțe roșii arată la fel. Cum își poate da seama robotul care e a treia?
level-signal-count-reds-hint-2 = De fiecare dată când robotul ajunge pe roșu, adaugă 1 la contor. Când contorul e 3, rotește-te la stânga.
level-signal-count-reds-hint-3 = „Când robotul ajunge pe roșu” începe cu Adaugă 1 la contor.

level-signal-winding-road-title = Drumul șerpuit
level-signal-winding-road-instruction = Urmează drumul șerpuit, aprinde toate lămpile și mergi până la steag. Lămpile nu sunt în colțuri.
level-signal-winding-road-learned = Programul principal și partea de eveniment pot face fiecare câte o treabă. Aici programul principal urmează drumul, iar „Când robotul ajunge pe o lampă” aprinde lămpile de pe drum.
level-signal-winding-road-hint-1 = În ce parte cotește drumul în fiecare colț?
level-signal-winding-road-hint-2 = Programul principal merge mai departe și se rotește la dreapta oriunde e drum la dreapta. Lămpile sunt treaba lui „Când robotul ajunge pe o lampă”.
level-signal-winding-road-hint-3 = În programul principal, în Repetă până e gata: Înainte, apoi Dacă e drum la dreapta.

level-signal-fix-the-event-title = Evenimentul greșit
level-signal-fix-the-event-instruction = Pe fiecare căsuță albastră robotul ar trebui să se rotească în direcția în care merge drumul. Dar se rotește prea devreme și intră într-un zid. Repară programul.
level-signal-fix-the-event-learned = Dacă o parte de eveniment face ce trebuie, dar la momentul greșit, verifică întâi evenimentul. O atingere pe „Schimbă evenimentul” o poate repara.
level-signal-fix-the-event-hint-1 = Atinge „Pas” și urmărește. Pe ce căsuță se rotește robotul prima dată?
level-signal-fix-the-event-hint-2 = Blocurile din partea de eveniment sunt corecte. Doar că rulează pe căsuțele greșite.
level-signal-fix-the-event-hint-3 = Citește titlul de deasupra lui Dacă … altfel. Asta se întâmplă în colțuri?

level-signal-side-steps-title = Pași în lateral
level-signal-side-steps-instruction = Du robotul la steag. La fiecare căsuță roșie drumul se mută cu o căsuță, spre dreapta robotului. „Când robotul ajunge pe roșu” are loc doar pentru 2 blocuri.
level-signal-side-steps-learned = O parte de eveniment poate apela un ajutor, la fel ca programul principal. Blocurile ajutorului rulează, apoi robotul continuă cu programul principal.
level-signal-side-steps-hint-1 = Ce face robotul pe o căsuță roșie ca să ajungă la bucata următoare a drumului?
level-signal-side-steps-hint-2 = Un pas în lateral are nevoie de trei blocuri, dar partea de eveniment are loc doar pentru 2. Construiește pasul în lateral în Ajutor 1 și apelează-l din „Când robotul ajunge pe roșu”.
level-signal-side-steps-hint-3 = Ajutor 1 începe cu Rotește la dreapta.
