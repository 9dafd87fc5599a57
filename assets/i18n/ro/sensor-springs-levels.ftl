# Izvoarele senzorilor: Repetă cât timp își pune întrebarea înaintea fiecărei ture; apoi cuvintele nu, sau, și.

level-sensor-first-while-title = Coridoare lungi
level-sensor-first-while-instruction = Aprinde lampa de la capătul celor două coridoare lungi. Încearcă blocul nou: Repetă cât timp.
level-sensor-first-while-learned = Repetă cât timp își pune întrebarea înaintea fiecărei ture. Cât timp răspunsul e da, își rulează din nou blocurile. Când răspunsul e nu, se oprește.
level-sensor-first-while-hint-1 = Câte căsuțe are fiecare coridor? De data asta nu trebuie să numeri.
level-sensor-first-while-hint-2 = „Repetă cât timp e drum în față” duce robotul mai departe până când are un zid în față.
level-sensor-first-while-hint-3 = Folosește câte un Repetă cât timp pentru fiecare coridor, cu Înainte în el.

level-sensor-blue-stripe-title = Urmează albastrul
level-sensor-blue-stripe-instruction = Dunga albastră duce la o lampă. Aprinde-o. Atenție: drumul continuă și după lampă!
level-sensor-blue-stripe-learned = Repetă cât timp poate întreba și de o culoare. „Repetă cât timp e pe albastru” continuă până când robotul iese de pe căsuțele albastre.
level-sensor-blue-stripe-hint-1 = Unde se termină dunga albastră? Se termină și drumul acolo?
level-sensor-blue-stripe-hint-2 = „E drum în față” ar duce robotul dincolo de lampă, până la zid. Întreabă mai bine de culoare.
level-sensor-blue-stripe-hint-3 = Robotul pornește de pe o căsuță gri. Pășește întâi pe dungă, apoi folosește Repetă cât timp e pe albastru.

level-sensor-three-stripes-title = Trei dungi
level-sensor-three-stripes-instruction = Aprinde toate cele trei lămpi. Fiecare dungă albastră duce la o lampă și fiecare dungă are altă lungime.
level-sensor-three-stripes-learned = Un Repetă cât timp poate intra într-un Repetă. La fiecare tură, bucla din interior rulează până când răspunsul ei e nu.
level-sensor-three-stripes-hint-1 = Ce face robotul pentru o dungă? E la fel pentru celelalte două?
level-sensor-three-stripes-hint-2 = Pentru fiecare dungă: pășești pe ea, mergi cât timp ești pe albastru, aprinzi lampa. Fă asta de trei ori.
level-sensor-three-stripes-hint-3 = Pune Repetă cât timp e pe albastru în Repetă de 3 ori.

level-sensor-stop-on-red-title = Oprire pe roșu
level-sensor-stop-on-red-instruction = Du robotul la steag. E chiar lângă căsuța roșie.
level-sensor-stop-on-red-learned = „nu” întoarce o întrebare pe dos. „Repetă cât timp nu e pe roșu” continuă până când robotul stă pe roșu.
level-sensor-stop-on-red-hint-1 = La căsuța roșie nu e niciun zid. Ce poate verifica robotul acolo?
level-sensor-stop-on-red-hint-2 = Atinge „Schimbă nu / și / sau” ca să pui „nu” în fața unei întrebări. „Nu e pe roșu” e da pe fiecare căsuță care nu e roșie.
level-sensor-stop-on-red-hint-3 = Începe cu Repetă cât timp nu e pe roșu, cu Înainte în el. Apoi rotește-te spre steag.

level-sensor-fix-the-while-title = Tot în cerc
level-sensor-fix-the-while-instruction = Căsuțele roșii marchează colțurile: rotește-te la dreapta pe fiecare dintre ele. Dar robotul acesta merge în cerc într-un pătrățel. Repară programul.
level-sensor-fix-the-while-learned = Blocurile din Repetă cât timp rulează la fiecare tură. O rotire care trebuie să vină după buclă trebuie pusă după ea, nu în ea.
level-sensor-fix-the-while-hint-1 = Atinge „Pas”. Când se rotește robotul? Stă pe roșu atunci?
level-sensor-fix-the-while-hint-2 = Robotul ar trebui să se rotească abia când stă pe roșu, nu după fiecare pas.
level-sensor-fix-the-while-hint-3 = Uită-te la blocurile din Repetă cât timp.

level-sensor-side-roads-title = Drumuri laterale
level-sensor-side-roads-instruction = O lampă stă oriunde începe un drum lateral, la stânga sau la dreapta. Aprinde toate lămpile.
level-sensor-side-roads-learned = „sau” leagă două întrebări. „E drum la stânga sau e drum la dreapta” e da când una dintre ele e da, sau amândouă.
level-sensor-side-roads-hint-1 = Uită-te la căsuțele cu lămpi. Ce e lângă fiecare dintre ele?
level-sensor-side-roads-hint-2 = Un singur Dacă poate pune două întrebări deodată, legate prin „sau”.
level-sensor-side-roads-hint-3 = Folosește Repetă cât timp e drum în față și începe-l cu Înainte.

level-sensor-blue-and-free-title = Dungi și ziduri
level-sensor-blue-and-free-instruction = Urmează cele trei dungi albastre până la steag. Unele dungi se termină la un zid. Altele se opresc pur și simplu pe un drum liber.
level-sensor-blue-and-free-learned = Și „și” leagă două întrebări. „E drum în față și e pe albastru” e da doar când amândouă sunt da.
level-sensor-blue-and-free-hint-1 = Unde se termină fiecare dungă? Unde s-ar lovi robotul de un zid?
level-sensor-blue-and-free-hint-2 = Mergi mai departe cât timp două lucruri sunt adevărate: drumul din față e liber și robotul e pe albastru.
level-sensor-blue-and-free-hint-3 = Fiecare tură de Repetă face la fel: pășește pe o dungă, merge de-a lungul ei, se rotește la dreapta.

level-sensor-spiral-title = Spirala lungă
level-sensor-spiral-instruction = Mergi pe spirală de jur împrejur, până la steag.
level-sensor-spiral-learned = Un Repetă cât timp poate intra în alt Repetă cât timp. Bucla din afară nu are nevoie de număr: își pune propria întrebare.
level-sensor-spiral-hint-1 = Câte coridoare are spirala? Poate Repetă să numere atât de mult?
level-sensor-spiral-hint-2 = Pentru fiecare coridor: mergi până la zid, apoi rotește-te la dreapta. Continuă așa cât timp drumul din față e liber.
level-sensor-spiral-hint-3 = Pune un Repetă cât timp în alt Repetă cât timp.

level-sensor-painted-corners-title = Colțuri colorate
level-sensor-painted-corners-instruction = Aprinde toate lămpile. Colțurile sunt vopsite în roșu sau albastru: rotește-te la stânga pe ambele culori.
level-sensor-painted-corners-learned = Și Dacă … altfel poate pune o întrebare legată. Cu „e pe roșu sau e pe albastru”, prima parte rulează pe ambele culori, iar partea „altfel” pe orice altă căsuță.
level-sensor-painted-corners-hint-1 = Care căsuțe n-au lampă? Ce culori au?
level-sensor-painted-corners-hint-2 = Un singur Dacă … altfel ajunge: „e pe roșu sau e pe albastru” pentru colțuri, partea „altfel” pentru lămpi.
level-sensor-painted-corners-hint-3 = În Repetă până e gata, începe cu Înainte.

level-sensor-maze-title = Labirintul
level-sensor-maze-instruction = Găsește drumul prin labirint până la steag. Folosește cât mai puține blocuri.
level-sensor-maze-learned = Ține o mână pe perete și ieși din multe labirinturi. Programul tău urmează regula asta cu o buclă în buclă.
level-sensor-maze-hint-1 = Imaginează-ți că mergi prin labirint cu mâna dreaptă mereu pe perete.
level-sensor-maze-hint-2 = Pe fiecare căsuță, încearcă întâi să te rotești la dreapta. Dacă e un zid, încearcă drept înainte, apoi la stânga, apoi înapoi.
level-sensor-maze-hint-3 = În Repetă cât timp e drum în față: Înainte, Rotește la dreapta, apoi un Repetă cât timp care întreabă „nu e drum în față”.
