# Il-paġna tal-għalliema. Ċara, ħbiberija u preċiża.

teacher-page-title = Byte Bridge għall-għalliema
teacher-title = Byte Bridge għall-għalliema
teacher-tagline = Agħti livelli lill-klassi, iġbor ir-riżultati, ara min għandu bżonn l-għajnuna.
teacher-skip = Aqbeż għall-kontenut tal-paġna
teacher-language = Lingwa

## Għajnuna
teacher-help = Għajnuna: fejn tmur id-data tal-klassi?
teacher-help-local = Kollox f’din il-paġna jibqa’ f’dan il-browser fuq dan l-apparat. M’hemmx accounts u lanqas server: xejn ma jintbagħat x’imkien, sakemm ma tissettjax maħżen tar-rekords taħt “Ibgħat lejn maħżen tar-rekords”.
teacher-help-files = Ir-riżultati jiġu mit-tablets tal-istudenti, bħala fajls jew kodiċijiet QR. Daħħal il-fajls taħt “Iġbor ir-riżultati”, jew skennja l-kodiċijiet bil-kamera ta’ dan l-apparat.
teacher-help-signing = B’“Iffirma l-fajls tal-istudenti b’ċavetta tal-klassi”, it-tablets jiffirmaw kull fajl tar-riżultati u kull kodiċi QR. Fajl editjat wara jiġi mmarkat hawn u ma jgħoddx; ladarba l-fajls ta’ student ikunu ġew iffirmati, il-fajls u l-kodiċijiet tiegħu mingħajr firma valida ma jgħoddux lanqas. Iċ-ċavetta tinżamm fuq it-tablets, għalhekk dan jaqbad fajls editjati, mhux lil xi ħadd li jikkopja ċ-ċavetta minn tablet u jiffirma riżultati vvintati.
teacher-help-notes = L-ismijiet veri li tikteb ħdejn isem tal-logħba jibqgħu f’dan il-browser. Joħorġu biss meta tagħżel “Inkludi l-ismijiet veri” u mbagħad tniżżel is-CSV jew tipprintja l-ħarsa tal-klassi.
teacher-help-backup = Jekk tħassar id-data ta’ dan il-browser, titħassar ukoll id-data tal-klassi. Niżżel is-CSV minn żmien għal żmien biex iżżomm kopja.
teacher-help-insecure = Din il-paġna mhix moqdija fuq HTTPS, għalhekk ma taħdimx offline u ma tistax tuża l-kamera. Il-fajls tar-riżultati dejjem jaħdmu.

## Avviżi
teacher-dismiss = OK
teacher-storage-full = Il-ħażna ta’ dan il-browser hija mimlija, għalhekk l-aħħar bidliet tiegħek mhumiex issejvjati. Niżżel is-CSV issa, imbagħad neħħi links qodma jew ħassar data qadima tal-klassi.
teacher-storage-blocked = Dan il-browser ma jħallix lill-paġna tissejvja xejn (modalità privata jew xi setting). Kollox jintilef meta tagħlaq it-tab, għalhekk niżżel is-CSV qabel.
teacher-error-action = Xi ħaġa marret ħażin. Erġa’ tella’ l-paġna u erġa’ pprova; dak kollu li diġà ġie ssejvjat jibqa’.
teacher-error-start = Il-paġna tal-għalliema ma setgħetx tibda. Erġa’ tellagħha, jekk jogħġbok. Jekk jibqa’ jiġri, ipprova Chrome, Edge jew Firefox aġġornati.
teacher-update-ready = Verżjoni ġdida ta’ Byte Bridge hija lesta.
teacher-update = Erġa’ tella’ issa

## Agħti livelli lil klassi
teacher-assign-title = Agħti livelli lil klassi
teacher-assign-intro = Agħżel il-livelli, imbagħad oħloq link. L-istudenti jiftħu l-link fuq it-tablets tagħhom jew jiskennjaw il-kodiċi QR tiegħu, u jsibu l-livelli bħala l-missjoni tal-lum.
teacher-class-name = Isem il-klassi
teacher-class-name-hint = Pereżempju 4B. L-isem jivvjaġġa fil-link sat-tablets, għalhekk tużax l-isem ta’ student.
teacher-levels = Livelli
teacher-band-filter = Grupp ta’ età
teacher-band-all = L-etajiet kollha
teacher-competence-filter = Kompetenza DigComp 2.2
teacher-competence-all = Il-kompetenzi kollha
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Kompetenza DigComp 3.0
teacher-digcomp3-all = Il-kompetenzi kollha
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Kollha ta’ “{ $world }”
teacher-no-levels = L-ebda livell ma jaqbel ma’ dawn il-filtri.
teacher-levels-selected = { $count ->
        [0] Għadu ma ntgħażel l-ebda livell.
        [one] { $count } livell magħżul.
        [two] { $count } livelli magħżula.
        [few] { $count } livelli magħżula.
        [many] { $count } livell magħżul.
       *[other] { $count } livell magħżul.
    }
teacher-select-none = Neħħi l-għażla
teacher-lock = Saqqar il-livelli l-oħra
teacher-lock-hint = L-istudenti jistgħu jilagħbu dawn il-livelli biss sakemm din il-missjoni tkun fuq it-tablet tagħhom.
teacher-sign = Iffirma l-fajls tal-istudenti b’ċavetta tal-klassi
teacher-sign-hint = Fajl tar-riżultati jew kodiċi QR editjat wara li t-tablet issejvjah jiġi mmarkat u ma jgħoddx. Iċ-ċavetta tinżamm fuq it-tablets, għalhekk min jikkopjaha minn tablet xorta jista’ jiffirma riżultati vvintati.
teacher-create = Oħloq link

## Il-link
teacher-link-ready = Il-link għall-klassi tiegħek
teacher-link = Link
teacher-copy = Ikkopja l-link
teacher-copied = Il-link ġie kkupjat.
teacher-copy-manual = Il-link huwa magħżul. Ikkopjah bil-kmand tal-ikkupjar tal-apparat tiegħek.
teacher-qr-label = Kodiċi QR tal-link għal { $name }
teacher-qr-caption = L-istudenti jiskennjaw dan il-kodiċi bil-kamera tat-tablet biex jiftħu l-missjoni.
teacher-print-sheet = Ipprintja l-folja
teacher-earlier-title = Links ta’ qabel
teacher-assignment-meta = { $count ->
        [one] { $count } livell
        [two] { $count } livelli
        [few] { $count } livelli
        [many] { $count } livell
       *[other] { $count } livell
    }, maħluq { $date }
teacher-assignment-levels = { $count ->
        [one] Uri l-livell
        [two] Uri ż-żewġ livelli
        [few] Uri l-{ $count } livelli kollha
        [many] Uri l-{ $count } livell kollha
       *[other] Uri l-{ $count } livell kollha
    }
teacher-assignment-locked = livelli oħra msakkra
teacher-assignment-signed = fajls iffirmati
teacher-assignment-unsigned = fajls mhux iffirmati
teacher-show-qr = Uri l-kodiċi QR
teacher-hide-qr = Aħbi l-kodiċi QR
teacher-remove = Neħħi l-link
teacher-remove-confirm = Tneħħi l-link għal “{ $name }” minn din il-paġna?
teacher-remove-yes = Iva, neħħih
teacher-cancel = Ikkanċella
teacher-assignment-option = { $name } ({ $date })

## Il-folja stampata għall-istudenti
teacher-sheet-title = Il-missjoni tal-lum
teacher-sheet-how = Skennja l-kodiċi bil-kamera tat-tablet, jew ikteb il-link hawn taħt fil-browser.
teacher-sheet-levels = Il-livelli tal-lum

## Iġbor ir-riżultati
teacher-collect-title = Iġbor ir-riżultati
teacher-collect-intro = Daħħal il-fajls tar-riżultati tal-istudenti, kemm trid f’daqqa, jew skennja l-kodiċijiet QR fuq it-tablets tagħhom.
teacher-drop-hint = Itfa’ l-fajls tal-istudenti hawn
teacher-files-label = Fajls tar-riżultati tal-istudenti
teacher-choose-files = Agħżel fajls
teacher-results-title = Imdaħħlin
teacher-results-empty = Għadu ma daħal l-ebda fajl.
teacher-results-clear = Battal din il-lista
teacher-file-altered = Twissija: dan il-fajl ġie editjat wara li t-tablet issejvjah.
teacher-file-failed = Ma daħalx:
teacher-file-unreadable = { $file } ma setax jinqara. Erġa’ pprova, jew erġa’ ssejvjah fuq it-tablet.
teacher-code-unreadable = Dan il-kodiċi QR ma setax jinqara. Erġa’ pprova, jekk jogħġbok.
teacher-status-signed = iffirmat
teacher-status-unsigned = mhux ivverifikat
teacher-status-summary = minn kodiċi QR
teacher-scan-title = Skennja kodiċijiet QR
teacher-scan-intro = Ipponta l-kamera lejn il-kodiċi tar-riżultati ta’ student. Tibqa’ tfittex l-istudent li jmiss sakemm twaqqafha.
teacher-scan = Skennja kodiċi QR
teacher-stop-camera = Waqqaf il-kamera
teacher-camera-label = Stampa tal-kamera
teacher-camera-starting = Il-kamera qed tibda…
teacher-camera-looking = Qed infittex kodiċi QR…
teacher-camera-next = Sew. Uri l-kodiċi li jmiss.
teacher-camera-stopped = Il-kamera mitfija.
teacher-camera-unavailable = Il-kamera ma tistax tintuża hawn: m’hemmx, ma ngħatatx permess, jew il-paġna mhix moqdija fuq HTTPS. Il-fajls tar-riżultati dejjem jaħdmu.
teacher-scanner-unavailable = Il-qarrej tal-kodiċijiet QR ma setax jitla’. Mur online darba u erġa’ pprova. Il-fajls tar-riżultati dejjem jaħdmu.

## Il-klassi tiegħek
teacher-class-title = Il-klassi tiegħek
teacher-show-assignment = Uri
teacher-all-levels = Il-livelli kollha
teacher-no-pupils = Għad m’hemmx riżultati. Iġbor il-fajls jew il-kodiċijiet tal-istudenti hawn fuq.
teacher-note-hint = L-ismijiet veri jibqgħu fuq dan l-apparat biss. Id-downloads iħalluhom barra sakemm ma tagħżilx “Inkludi l-ismijiet veri”.
teacher-note-label = Isem veru
teacher-note-for = Isem veru ta’ { $name }
teacher-grid-caption = { $count ->
        [one] { $count } student, il-livelli kollha
        [two] { $count } studenti, il-livelli kollha
        [few] { $count } studenti, il-livelli kollha
        [many] { $count } student, il-livelli kollha
       *[other] { $count } student, il-livelli kollha
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } student
        [two] { $name }: { $count } studenti
        [few] { $name }: { $count } studenti
        [many] { $name }: { $count } student
       *[other] { $name }: { $count } student
    }
teacher-pupil = Student
teacher-pupil-altered = Fajl editjat
teacher-cell-empty = mhux milgħub
teacher-cell-detail = { $attempts ->
        [one] { $attempts } tentattiv
        [two] { $attempts } tentattivi
        [few] { $attempts } tentattivi
        [many] { $attempts } tentattiv
       *[other] { $attempts } tentattiv
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } ħjiel
        [two] {" "}· { $hints } ħjiliet
        [few] {" "}· { $hints } ħjiliet
        [many] {" "}· { $hints } ħjiel
       *[other] {" "}· { $hints } ħjiel
    }
teacher-forget = Neħħi l-istudent
teacher-forget-pupil = Neħħi lill-istudent { $name }
teacher-forget-confirm = Tneħħi lil { $name } u r-riżultati kollha tiegħu minn din il-paġna?
teacher-forget-yes = Iva, neħħi
teacher-forgotten = { $name } tneħħa.

## Student wieħed f’livell wieħed
teacher-cell-title = { $pupil }: { $level }
teacher-close = Agħlaq
teacher-no-attempts = Għad m’hemmx tentattivi.
teacher-attempt-title = Tentattiv { $number }, { $when }
teacher-attempt-stars = Stilel
teacher-stars-count = { $count ->
        [one] { $count } stilla
        [two] { $count } stilel
        [few] { $count } stilel
        [many] { $count } stilla
       *[other] { $count } stilla
    }
teacher-attempt-outcome = Riżultat
teacher-attempt-time = Ħin
teacher-attempt-hints = Ħjiliet
teacher-attempt-mistakes = Żbalji
teacher-program-main = Programm prinċipali
teacher-program-p1 = Assistent 1
teacher-program-p2 = Assistent 2
teacher-program-empty = (vojt)
teacher-tile-else = inkella
teacher-code = Bħala kodiċi
teacher-code-note = L-istess programm bħala test, f’lingwa bħal Python. L-istudenti jarawh fil-logħba b’“Uri bħala kodiċi”.
teacher-answers = Tweġibiet

## Għal kull livell
teacher-summary-title = Għal kull livell
teacher-summary-caption = Kif mar kull livell
teacher-summary-level = Livell
teacher-summary-played = Lagħbu
teacher-summary-finished = Lestew
teacher-summary-stuck = Weħlu
teacher-summary-mean = Tentattivi bħala medja
teacher-summary-common = L-aktar problemi komuni
teacher-problem-count = { $text } × { $count }

## Niżżel, ipprintja, ħassar
teacher-export-title = Niżżel, ipprintja, ħassar
teacher-include-notes = Inkludi l-ismijiet veri
teacher-include-notes-hint = Agħżel dan biss għal fajl jew printout li jibqa’ għandek, pereżempju għar-rekords tiegħek.
teacher-download-csv = Niżżel CSV
teacher-download-xapi = Niżżel xAPI (JSON)
teacher-print-class = Ipprintja l-ħarsa tal-klassi
teacher-clear = Ħassar id-data tal-klassi
teacher-clear-confirm = Tħassar l-istudenti kollha, ir-riżultati, l-ismijiet veri u l-links minn dan il-browser? Dan ma jistax jitreġġa’ lura. Niżżel is-CSV l-ewwel jekk trid iżżomm ir-riżultati.
teacher-clear-yes = Iva, ħassar kollox
teacher-cleared = Id-data tal-klassi tħassret.
teacher-language-unavailable = Il-lingwa { $language } ma setgħetx titniżżel: għadha mhijiex f’dan il-browser. Ikkonnettja mal-internet u erġa’ agħżilha.

## Ibgħat lejn maħżen tar-rekords tat-tagħlim (LRS)
teacher-lrs-title = Ibgħat lejn maħżen tar-rekords
teacher-lrs-intro = Jekk l-iskola tiegħek jew il-ministeru jiġbru r-riżultati f’maħżen tar-rekords tat-tagħlim (LRS), daħħal hawn l-indirizz xAPI, iċ-ċavetta u s-sigriet tiegħu. Imbagħad kull riżultat li ddaħħal jintbagħat hemm waħdu, u kull riżultat darba biss. L-indirizz, iċ-ċavetta u s-sigriet jibqgħu f’dan il-browser: it-tablets tal-istudenti qatt ma jirċevuhom.
teacher-lrs-endpoint = Indirizz xAPI (endpoint)
teacher-lrs-key = Ċavetta (username)
teacher-lrs-secret = Sigriet (password)
teacher-lrs-secret-kept = Ħallih vojt biex iżżomm is-sigriet li ssejvjajt qabel għal dan l-indirizz u din iċ-ċavetta.
teacher-lrs-save = Issejvja u ibgħat
teacher-lrs-forget = Insa dan il-maħżen tar-rekords
teacher-lrs-retry = Erġa’ pprova issa
teacher-lrs-off = L-ebda maħżen tar-rekords mhu ssettjat. Ir-riżultati jibqgħu f’dan il-browser u fil-fajls li tniżżel.
teacher-lrs-done = { $sent ->
        [one] L-uniku riżultat jinsab fil-maħżen tar-rekords.
        [two] Iż-żewġ riżultati jinsabu fil-maħżen tar-rekords.
        [few] Ir-riżultati kollha ({ $sent }) jinsabu fil-maħżen tar-rekords.
        [many] Ir-riżultati kollha ({ $sent }) jinsabu fil-maħżen tar-rekords.
       *[other] Ir-riżultati kollha ({ $sent }) jinsabu fil-maħżen tar-rekords.
    }
teacher-lrs-sending = { $waiting ->
        [one] Qed jintbagħat: riżultat wieħed qed jistenna.
        [two] Qed jintbagħtu: { $waiting } riżultati qed jistennew.
        [few] Qed jintbagħtu: { $waiting } riżultati qed jistennew.
        [many] Qed jintbagħtu: { $waiting } riżultat qed jistennew.
       *[other] Qed jintbagħtu: { $waiting } riżultat qed jistennew.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Riżultat wieħed qed jistenna: il-maħżen tar-rekords ma jistax jintlaħaq. Tentattiv ieħor fi { $seconds } s. Jekk dan il-messaġġ jibqa’, itlob lil min imexxi l-maħżen tar-rekords biex jippermetti l-indirizz ta’ din il-paġna.
        [two] { $waiting } riżultati qed jistennew: il-maħżen tar-rekords ma jistax jintlaħaq. Tentattiv ieħor fi { $seconds } s. Jekk dan il-messaġġ jibqa’, itlob lil min imexxi l-maħżen tar-rekords biex jippermetti l-indirizz ta’ din il-paġna.
        [few] { $waiting } riżultati qed jistennew: il-maħżen tar-rekords ma jistax jintlaħaq. Tentattiv ieħor fi { $seconds } s. Jekk dan il-messaġġ jibqa’, itlob lil min imexxi l-maħżen tar-rekords biex jippermetti l-indirizz ta’ din il-paġna.
        [many] { $waiting } riżultat qed jistennew: il-maħżen tar-rekords ma jistax jintlaħaq. Tentattiv ieħor fi { $seconds } s. Jekk dan il-messaġġ jibqa’, itlob lil min imexxi l-maħżen tar-rekords biex jippermetti l-indirizz ta’ din il-paġna.
       *[other] { $waiting } riżultat qed jistennew: il-maħżen tar-rekords ma jistax jintlaħaq. Tentattiv ieħor fi { $seconds } s. Jekk dan il-messaġġ jibqa’, itlob lil min imexxi l-maħżen tar-rekords biex jippermetti l-indirizz ta’ din il-paġna.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Riżultat wieħed qed jistenna: il-maħżen tar-rekords wieġeb bl-iżball { $status }. Tentattiv ieħor fi { $seconds } s.
        [two] { $waiting } riżultati qed jistennew: il-maħżen tar-rekords wieġeb bl-iżball { $status }. Tentattiv ieħor fi { $seconds } s.
        [few] { $waiting } riżultati qed jistennew: il-maħżen tar-rekords wieġeb bl-iżball { $status }. Tentattiv ieħor fi { $seconds } s.
        [many] { $waiting } riżultat qed jistennew: il-maħżen tar-rekords wieġeb bl-iżball { $status }. Tentattiv ieħor fi { $seconds } s.
       *[other] { $waiting } riżultat qed jistennew: il-maħżen tar-rekords wieġeb bl-iżball { $status }. Tentattiv ieħor fi { $seconds } s.
    }
teacher-lrs-stopped-key = Il-bgħit waqaf: il-maħżen tar-rekords ma jaċċettax din iċ-ċavetta u dan is-sigriet. Iċċekkjahom u erġa’ ssejvja.
teacher-lrs-stopped-forbidden = Il-bgħit waqaf: din iċ-ċavetta ma tistax iżżid riżultati mal-maħżen tar-rekords. Itlob lil min imexxih ċavetta li tista’ tikteb statements.
teacher-lrs-stopped-address = Il-bgħit waqaf: dan l-indirizz ma jweġibx bħal maħżen tar-rekords (tweġiba { $status }). Iċċekkja l-indirizz xAPI.
teacher-lrs-refused = { $refused ->
        [one] Il-maħżen tar-rekords irrifjuta riżultat wieħed. Twarrab u mhux se jerġa’ jintbagħat.
        [two] Il-maħżen tar-rekords irrifjuta { $refused } riżultati. Twarrbu u mhux se jerġgħu jintbagħtu.
        [few] Il-maħżen tar-rekords irrifjuta { $refused } riżultati. Twarrbu u mhux se jerġgħu jintbagħtu.
        [many] Il-maħżen tar-rekords irrifjuta { $refused } riżultat. Twarrbu u mhux se jerġgħu jintbagħtu.
       *[other] Il-maħżen tar-rekords irrifjuta { $refused } riżultat. Twarrbu u mhux se jerġgħu jintbagħtu.
    }
teacher-lrs-load-damaged = Is-settings tal-maħżen tar-rekords issejvjati f’dan il-browser ma setgħux jinqraw. Jekk jogħġbok erġa’ daħħalhom: ir-riżultati li l-maħżen tar-rekords diġà għandu mhux se jinħażnu darbtejn.
teacher-lrs-load-newer = Is-settings tal-maħżen tar-rekords ġew issejvjati minn verżjoni aktar ġdida ta’ din il-paġna. Erġa’ tella’ l-paġna biex ikollok il-verżjoni l-ġdida; sa dakinhar xejn ma jintbagħat.
teacher-lrs-error-no-address = Daħħal l-indirizz xAPI tal-maħżen tar-rekords.
teacher-lrs-error-address = Dan mhuwiex l-indirizz web ta’ maħżen tar-rekords. Għandu jidher bħal https://lrs.example.org/xAPI/, mingħajr ? jew #.
teacher-lrs-error-insecure = L-indirizz irid jibda b’https:// biex iċ-ċavetta u r-riżultati jivvjaġġaw kriptati.
teacher-lrs-error-credentials-in-address = Poġġi ċ-ċavetta u s-sigriet fil-kaxxi tagħhom, mhux fl-indirizz.
teacher-lrs-error-no-key = Daħħal iċ-ċavetta u s-sigriet li ngħatajt għall-maħżen tar-rekords.
teacher-lrs-error-bad-key = Iċ-ċavetta ma jistax ikun fiha ":". La ċ-ċavetta u lanqas is-sigriet ma jista’ jkollhom aktar minn linja waħda.
teacher-lrs-error-too-long = L-indirizz, iċ-ċavetta jew is-sigriet huwa twil wisq (mhux aktar minn 500 karattru kull wieħed).
teacher-lrs-forgotten = L-indirizz, iċ-ċavetta u s-sigriet tal-maħżen tar-rekords tneħħew minn dan il-browser.
teacher-lrs-empty = Għad m’hemm xejn x’tibgħat. Ir-riżultati li ddaħħal imorru fil-maħżen tar-rekords waħedhom.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Titlu
made-field-task = Kompitu
made-field-learned = “X’tgħallmu l-istudenti”
made-field-hint = Ħjiel
made-field-box = Kaxxa
made-field-card = Karta
made-field-prompt = Sitwazzjoni
made-field-reply = Tweġiba
made-field-part = Linja tal-messaġġ
made-field-reason = Raġuni
made-problem-damaged = Dan mhuwiex livell magħmul f’din il-paġna, jew għandu l-ħsara.
made-problem-newer = Dan il-livell sar f’verżjoni aktar ġdida ta’ din il-paġna. Erġa’ tella’ l-paġna biex tieħu l-verżjoni l-ġdida.
made-problem-language = Din il-paġna ma tafx il-lingwa ta’ dan il-livell.
made-problem-missing = { $field }: imla din il-parti, jekk jogħġbok.
made-problem-too-long = { $field }: qassar it-test, jekk jogħġbok (mhux aktar minn { $max } { $max ->
        [one] karattru
        [two] karattri
        [few] karattri
        [many] karattru
       *[other] karattru
    }).
made-problem-undrawable = { $field }: xi karattri ma jistgħux jidhru fuq it-tablets: { $chars }. Uża ittri, numri u punteġġjatura normali, jekk jogħġbok (mingħajr emojis).
made-problem-hints = Livell għandu bżonn tliet ħjiliet: spinta żgħira, l-idea, imbagħad parti mit-tweġiba.
made-problem-count = { $field }: ftit wisq jew wisq (mhux aktar minn { $max }).
made-problem-one-right = Immarka eżatt tweġiba waħda bħala t-tajba.
made-problem-box-unused = Kull kaxxa għandha bżonn mill-inqas karta waħda li tmur fiha.
made-problem-flags = Immarka mill-inqas linja waħda bħala sinjal ta’ twissija, u ħalli mill-inqas linja waħda li hi sewwa.
made-problem-board-size = Il-bord irid ikun wiesa’ minn 2 sa { $max } { $max ->
        [one] kaxxa
        [two] kaxxi
        [few] kaxxi
        [many] kaxxa
       *[other] kaxxa
    } u għoli minn 1 sa { $max }.
made-problem-board-start = Poġġi eżatt kaxxa tal-bidu waħda fuq il-bord.
made-problem-board-goal = Poġġi bandiera jew mill-inqas lampa waħda fuq il-bord.
made-problem-board = Il-bord jikser regola tal-logħba. Iċċekkja l-kaxxi tal-bord u l-blokki li qed toffri.
made-problem-tiles = Offri mill-inqas blokk wieħed.
made-problem-already-solved = Ir-robot diġà lest qabel ma jiċċaqlaq: biegħed il-bandiera mill-bidu.
made-problem-slots = L-iqsar programm li jsolvi dan il-bord għandu { $tiles } { $tiles ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    }. Agħti lill-programm post għal mill-inqas { $tiles } { $tiles ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    }.
made-problem-unsolvable = Ir-robot ma jistax jasal sal-bandiera (u sa kull lampa) b’dawn il-blokki. Iftaħ triq, jew offri aktar blokki (pereżempju dawriet jew ċiklu).
made-problem-too-large = Dan il-bord kbir wisq biex jiġi ċċekkjat: l-ebda programm b’inqas minn { $tiles } { $tiles ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    } ma jsolvih, u l-programmi itwal huma wisq biex jiġu pprovati kollha. Agħmel il-bord iżgħar jew it-triq iqsar, jew offri ċiklu.
made-problem-par = Il-livell għad m’għandux l-aħjar soluzzjoni: l-ewwel iċċekkjah f’din il-paġna.
made-checked-robot = Ir-robot jista’ jagħmilha: l-aħjar programm għandu { $par } { $par ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    }. L-istudenti jieħdu 3 stilel b’{ $par } { $par ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    } jew inqas.
made-checked-answers = Lest: kull tweġiba għandha raġuni.
made-kind-robot_grid = Robot fuq il-bord
made-kind-sort = Issortja f’żewġ kaxxi
made-kind-pick_reply = Agħżel it-tweġiba
made-kind-spot_flags = Sib is-sinjali ta’ twissija
made-copy-title = { $title } (kopja)
made-import-done = { $added ->
    [one] Żdied livell wieħed.
    [two] Żdiedu { $added } livelli.
    [few] Żdiedu { $added } livelli.
    [many] Żdiedu { $added } livell.
   *[other] Żdiedu { $added } livell.
} { $skipped ->
    [0] {""}
    [one] Wieħed kien diġà hawn.
    [two] { $skipped } kienu diġà hawn.
    [few] { $skipped } kienu diġà hawn.
    [many] { $skipped } kienu diġà hawn.
   *[other] { $skipped } kienu diġà hawn.
}
made-import-not-ours = { $file } mhuwiex fajl ta’ livelli minn din il-paġna.
made-import-too-large = { $file } kbir wisq għal fajl ta’ livelli (mhux aktar minn 1 MB u 100 livell).
made-import-bad-level = { $file }: il-livell { $number } (“{ $title }”) ma jistax jintuża, għalhekk ma żdied xejn. { $problem }
made-assign-too-many = Link tal-klassi jista’ jkollu mhux aktar minn { $max } { $max ->
        [one] livell
        [two] livelli
        [few] livelli
        [many] livell
       *[other] livell
    } li għamilt int.
made-assign-unknown = Livell li għażilt m’għadux fil-librerija tiegħek. Agħżel il-livelli mill-ġdid.
made-qr-too-long = Dan il-link twil wisq għal kodiċi QR li tablet jista’ jaqra ({ $length } { $length ->
        [one] karattru
        [two] karattri
        [few] karattri
        [many] karattru
       *[other] karattru
    }; kodiċi jesa’ { $max }). Aqsam il-link innifsu, jew niżżel il-fajl u iftħu fuq kull tablet taħt “Adulti” → “Daħħal plejers minn fajl”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Agħmel il-livelli tiegħek
made-page-intro = Ikteb livell bi kliemek u ċċekkja li jaħdem. Il-livelli tiegħek jinżammu f’dan il-browser taħt “Il-livelli tiegħi”, u tista’ tagħtihom lil klassi bħall-livelli tal-logħba stess.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Livell ġdid
made-page-editing = Qed tibdel “{ $title }”
made-page-editing-hint = Meta tissejvja, jieħu post il-verżjoni l-antika fil-livelli tiegħek.
made-page-start-new = Ibda livell ġdid
made-page-kind = Tip ta’ livell
made-page-band = Grupp ta’ età
made-page-title = Titlu
made-page-task = Kompitu: x’għandhom jagħmlu l-istudenti
made-page-learned = X’tgħallmu l-istudenti (jidher fl-aħħar)
made-page-hints = Tliet ħjiliet
made-page-hint-1 = Ħjiel 1: spinta żgħira
made-page-hint-2 = Ħjiel 2: l-idea
made-page-hint-3 = Ħjiel 3: parti mit-tweġiba, mhux kollha

# The robot grid.
made-page-width = Wisa’ (kaxxi)
made-page-height = Għoli (ringieli)
made-page-paint = X’se tpinġi
made-page-board = Bord
made-page-board-hint = Agħfas kaxxa biex tpinġiha. Hemm bidu wieħed u bandiera waħda biss: jekk tpinġihom x’imkien ieħor, jiċċaqilqu hemm. Bit-tastiera, il-vleġeġ iġorruk minn kaxxa għal oħra.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Ringiela { $row }, kaxxa { $column }: { $what }
made-page-square-wall = ħajt
made-page-square-floor = pavimentu
made-page-square-start = bidu
made-page-square-flag = bandiera
made-page-square-lamp = lampa
made-page-square-red = pavimentu aħmar
made-page-square-blue = pavimentu blu
made-page-square-green = pavimentu aħdar
made-page-facing = Fil-bidu r-robot iħares lejn
made-page-facing-north = it-tramuntana (’il fuq)
made-page-facing-east = il-lvant (lejn il-lemin)
made-page-facing-south = in-nofsinhar (’l isfel)
made-page-facing-west = il-punent (lejn ix-xellug)
made-page-tiles = Blokki li l-istudenti jistgħu jużaw
made-page-conditions = Mistoqsijiet li jistgħu jagħmlu l-blokki “Jekk” u “Irrepeti waqt li”
made-page-conditions-hint = Immarka mill-inqas waħda.
made-page-slots-main = Blokki fil-Prinċipali (minn 1 sa 16)
made-page-slots-p1 = Blokki f’Assistent 1 (minn 1 sa 10)

# Sort into two boxes.
made-page-box-left = Kaxxa tax-xellug (marka ta’ sewwa)
made-page-box-right = Kaxxa tal-lemin (salib)
made-page-cards = Karti (minn 2 sa { $max })
made-page-card = Karta { $number }
made-page-card-box = Kaxxa għall-karta { $number }
made-page-reason-card = Għaliex il-karta { $number } tmur hemm
made-page-add-card = Żid karta
made-page-remove-card = Neħħi l-karta { $number }

# Pick the reply.
made-page-prompt = Is-sitwazzjoni, pereżempju messaġġ li jirċievu l-istudenti
made-page-replies = Tweġibiet (minn 2 sa 4, waħda minnhom tajba)
made-page-reply = Tweġiba { $number }
made-page-right = It-tweġiba { $number } hi t-tajba
made-page-reason-reply = Għaliex it-tweġiba { $number } hi tajba jew ħażina
made-page-add-reply = Żid tweġiba
made-page-remove-reply = Neħħi t-tweġiba { $number }

# Spot the red flags.
made-page-screen = X’jaraw l-istudenti
made-page-screen-message = Messaġġ fuq chat
made-page-screen-email = Email
made-page-screen-web = Paġna web
made-page-parts = Linji, minn fuq għal isfel (minn 2 sa { $max }: xi wħud sinjali ta’ twissija, oħrajn sewwa)
made-page-part = Linja { $number }
made-page-flag = Il-linja { $number } hi sinjal ta’ twissija
made-page-reason-part = Għaliex il-linja { $number } hi sewwa jew sinjal ta’ twissija
made-page-add-part = Żid linja
made-page-remove-part = Neħħi l-linja { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Neħħi
made-page-check = Iċċekkja l-livell
made-page-save = Issejvja fil-livelli tiegħi
made-page-checking = Il-livell qed jiġi ċċekkjat. Dan jista’ jieħu ftit sekondi…
# After saving; a made-checked-… message follows it.
made-page-saved = “{ $title }” ġie ssejvjat fil-livelli tiegħek.
made-page-copied = Hemm kopja fil-formola ta’ fuq. Ibdilha, imbagħad issejvjaha.

# My levels.
made-page-library = Il-livelli tiegħi
made-page-library-empty = Għad m’hemmx livelli. Il-livelli li tissejvja jidhru hawn.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = l-aħjar: { $par } { $par ->
        [one] blokk
        [two] blokki
        [few] blokki
        [many] blokk
       *[other] blokk
    }
made-page-edit = Ibdel
made-page-edit-level = Ibdel: { $title }
made-page-copy = Ikkopja
made-page-copy-level = Ikkopja: { $title }
made-page-remove-level = Neħħi: { $title }
made-page-remove-confirm = Tneħħi “{ $title }” mil-livelli tiegħek? Il-links li diġà għamilt iżommuh.
made-page-remove-yes = Iva, neħħih
made-page-removed = “{ $title }” tneħħa mil-livelli tiegħek.
made-page-download = Niżżel il-livelli tiegħi
made-page-import = Żid livelli minn fajl
made-page-import-file = Fajl ta’ livelli
made-page-import-unreadable = { $file } ma setax jinqara.

# In "Give levels to a class".
made-page-assign = Livelli li għamilt int
made-page-assign-none = Il-livelli li tissejvja taħt “Agħmel il-livelli tiegħek” jidhru hawn.
made-page-assign-max = Mhux aktar minn { $max } f’link wieħed. Link b’livelli li għamilt int dejjem ikun iffirmat.
made-page-assignment-file = Niżżel il-fajl għat-tablets
