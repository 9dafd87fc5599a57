# Leathanach an mhúinteora: nasc do rang, torthaí na ndaltaí, radharc an ranga. Níl foirm fhoirmiúil uatha sa Ghaeilge: “tú”.

teacher-page-title = Byte Bridge do mhúinteoirí
teacher-title = Byte Bridge do mhúinteoirí
teacher-tagline = Tabhair leibhéil do do rang, bailigh a dtorthaí, feic cé a bhfuil cabhair ag teastáil uathu.
teacher-skip = Léim go dtí ábhar an leathanaigh
teacher-language = Teanga

## Cabhair
teacher-help = Cabhair: cá dtéann sonraí an ranga?
teacher-help-local = Fanann gach rud ar an leathanach seo sa bhrabhsálaí seo ar an ngléas seo. Níl cuntais ná freastalaí ann: ní sheoltar faic áit ar bith, mura socraíonn tú stór faoi “Seol chuig stór taifead foghlama”.
teacher-help-files = Tagann na torthaí ó tháibléid na ndaltaí, mar chomhaid nó mar chóid QR. Tabhair isteach na comhaid faoi “Bailigh torthaí”, nó scan na cóid le ceamara an ghléis seo.
teacher-help-signing = Le “Sínigh comhaid na ndaltaí le heochair ranga”, síníonn na táibléid gach comhad torthaí agus gach cód QR. Marcáiltear anseo aon cheann a cuireadh in eagar ina dhiaidh sin agus ní áirítear é; nuair a bhí comhaid dalta sínithe, ní áirítear a c(h)omhaid ná a c(h)óid gan síniú bailí ach oiread. Coinnítear an eochair ar na táibléid, mar sin beireann sé seo ar chomhaid a cuireadh in eagar, ní ar dhuine a chóipeálann an eochair ó tháibléad agus a shíníonn torthaí cumtha.
teacher-help-notes = Fanann fíorainmneacha a chlóscríobhann tú in aice le hainm cluiche sa bhrabhsálaí seo. Ní fhágann siad é ach nuair a chuireann tú tic le “Cuir fíorainmneacha san áireamh” agus ansin a íoslódálann tú an CSV nó a phriontálann tú radharc an ranga.
teacher-help-backup = Má ghlanann tú sonraí an bhrabhsálaí seo, scriostar sonraí an ranga freisin. Íoslódáil an CSV ó am go chéile chun cóip a choinneáil.
teacher-help-insecure = Ní sheoltar an leathanach seo thar HTTPS, mar sin ní féidir leis oibriú as líne ná an ceamara a úsáid. Oibríonn comhaid torthaí i gcónaí.

## Meirgí
teacher-dismiss = OK
teacher-storage-full = Tá stóras an bhrabhsálaí seo lán, mar sin níl d'athruithe is déanaí sábháilte. Íoslódáil an CSV anois, ansin bain seannaisc nó seanshonraí ranga.
teacher-storage-blocked = Ní ligeann an brabhsálaí seo don leathanach faic a shábháil (mód príobháideach nó socrú). Caillfear gach rud anseo nuair a dhúnann tú an cluaisín, mar sin íoslódáil an CSV roimhe sin.
teacher-error-action = Chuaigh rud éigin mícheart. Athlódáil an leathanach agus bain triail eile as; fanann gach rud atá sábháilte go dtí seo.
teacher-error-start = Níorbh fhéidir le leathanach an mhúinteora tosú. Athlódáil é, le do thoil. Má leanann sé seo ag tarlú, bain triail as Chrome, Edge nó Firefox atá cothrom le dáta.
teacher-update-ready = Tá leagan nua de Byte Bridge réidh.
teacher-update = Athlódáil anois

## Tabhair leibhéil do rang
teacher-assign-title = Tabhair leibhéil do rang
teacher-assign-intro = Roghnaigh na leibhéil, ansin cruthaigh nasc. Osclaíonn na daltaí an nasc ar a dtáibléid nó scanann siad a chód QR, agus feiceann siad na leibhéil mar mhisean an lae inniu.
teacher-class-name = Ainm an ranga
teacher-class-name-hint = Mar shampla 4B. Taistealaíonn an t-ainm sa nasc chuig na táibléid, mar sin ná húsáid ainm dalta.
teacher-levels = Leibhéil
teacher-band-filter = Aoisghrúpa
teacher-band-all = Gach aois
teacher-competence-filter = Inniúlacht DigComp 2.2
teacher-competence-all = Gach inniúlacht
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Inniúlacht DigComp 3.0
teacher-digcomp3-all = Gach inniúlacht
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Gach rud in “{ $world }”
teacher-no-levels = Níl aon leibhéal ag teacht leis na scagairí seo.
teacher-levels-selected = { $count ->
        [0] Níl aon leibhéal roghnaithe fós.
        [one] { $count } leibhéal roghnaithe.
        [two] { $count } leibhéal roghnaithe.
        [few] { $count } leibhéal roghnaithe.
        [many] { $count } leibhéal roghnaithe.
       *[other] { $count } leibhéal roghnaithe.
    }
teacher-select-none = Glan an rogha
teacher-lock = Cuir na leibhéil eile faoi ghlas
teacher-lock-hint = Ní féidir le daltaí ach na leibhéil seo a imirt fad is atá an misean seo ar a dtáibléad.
teacher-sign = Sínigh comhaid na ndaltaí le heochair ranga
teacher-sign-hint = Marcáiltear comhad torthaí nó cód QR a cuireadh in eagar tar éis don táibléad é a shábháil, agus ní áirítear é. Coinnítear an eochair ar na táibléid, mar sin is féidir le duine a chóipeálann ó tháibléad í torthaí cumtha a shíniú fós.
teacher-create = Cruthaigh nasc

## An nasc
teacher-link-ready = An nasc do do rang
teacher-link = Nasc
teacher-copy = Cóipeáil an nasc
teacher-copied = Cóipeáladh an nasc.
teacher-copy-manual = Tá an nasc roghnaithe. Cóipeáil é le hordú cóipeála do ghléis.
teacher-qr-label = Cód QR an naisc do { $name }
teacher-qr-caption = Scanann daltaí an cód seo le ceamara an táibléid chun an misean a oscailt.
teacher-print-sheet = Priontáil bileog
teacher-earlier-title = Naisc níos luaithe
teacher-assignment-meta = { $count ->
        [one] { $count } leibhéal
        [two] { $count } leibhéal
        [few] { $count } leibhéal
        [many] { $count } leibhéal
       *[other] { $count } leibhéal
    }, cruthaithe { $date }
teacher-assignment-levels = { $count ->
        [one] Taispeáin an leibhéal
        [two] Taispeáin an { $count } leibhéal
        [few] Taispeáin na { $count } leibhéal go léir
        [many] Taispeáin na { $count } leibhéal go léir
       *[other] Taispeáin na { $count } leibhéal go léir
    }
teacher-assignment-locked = leibhéil eile faoi ghlas
teacher-assignment-signed = comhaid sínithe
teacher-assignment-unsigned = comhaid gan síniú
teacher-show-qr = Taispeáin cód QR
teacher-hide-qr = Folaigh cód QR
teacher-remove = Bain an nasc
teacher-remove-confirm = An nasc do “{ $name }” a bhaint den leathanach seo?
teacher-remove-yes = Bain, le do thoil
teacher-cancel = Cealaigh
teacher-assignment-option = { $name } ({ $date })

## An bhileog phriontáilte do na daltaí
teacher-sheet-title = Misean an lae inniu
teacher-sheet-how = Scan an cód le ceamara an táibléid, nó clóscríobh an nasc thíos sa bhrabhsálaí.
teacher-sheet-levels = Leibhéil an lae inniu

## Bailigh torthaí
teacher-collect-title = Bailigh torthaí
teacher-collect-intro = Tabhair isteach comhaid torthaí na ndaltaí, an oiread agus is mian leat ag an am céanna, nó scan na cóid QR ar a dtáibléid.
teacher-drop-hint = Scaoil comhaid na ndaltaí anseo
teacher-files-label = Comhaid torthaí na ndaltaí
teacher-choose-files = Roghnaigh comhaid
teacher-results-title = Tugtha isteach
teacher-results-empty = Níl aon chomhad tugtha isteach fós.
teacher-results-clear = Glan an liosta seo
teacher-file-altered = Rabhadh: cuireadh an comhad seo in eagar tar éis don táibléad é a shábháil.
teacher-file-failed = Níor tugadh isteach:
teacher-file-unreadable = Níorbh fhéidir { $file } a léamh. Bain triail eile as, nó sábháil arís é ar an táibléad.
teacher-code-unreadable = Níorbh fhéidir an cód QR seo a léamh. Bain triail eile as, le do thoil.
teacher-status-signed = sínithe
teacher-status-unsigned = gan seiceáil
teacher-status-summary = ó chód QR
teacher-scan-title = Scan cóid QR
teacher-scan-intro = Dírigh an ceamara ar chód torthaí dalta. Leanann sé ag cuardach an chéad dalta eile go dtí go stopann tú é.
teacher-scan = Scan cód QR
teacher-stop-camera = Stop an ceamara
teacher-camera-label = Pictiúr an cheamara
teacher-camera-starting = An ceamara á thosú…
teacher-camera-looking = Cód QR á lorg…
teacher-camera-next = Fuair mé é. Coinnigh suas an chéad chód eile.
teacher-camera-stopped = Tá an ceamara múchta.
teacher-camera-unavailable = Ní féidir an ceamara a úsáid anseo: níl ceann ann, níor ceadaíodh é, nó ní sheoltar an leathanach thar HTTPS. Oibríonn comhaid torthaí i gcónaí.
teacher-scanner-unavailable = Níorbh fhéidir an léitheoir cód QR a lódáil. Téigh ar líne uair amháin agus bain triail eile as. Oibríonn comhaid torthaí i gcónaí.

## Do rang
teacher-class-title = Do rang
teacher-show-assignment = Taispeáin
teacher-all-levels = Gach leibhéal
teacher-no-pupils = Níl torthaí ann fós. Bailigh comhaid nó cóid na ndaltaí thuas.
teacher-note-hint = Ní fhanann fíorainmneacha ach ar an ngléas seo. Fágann íoslódálacha as iad mura gcuireann tú tic le “Cuir fíorainmneacha san áireamh”.
teacher-note-label = Fíorainm
teacher-note-for = Fíorainm { $name }
teacher-grid-caption = { $count ->
        [one] { $count } dalta, gach leibhéal
        [two] { $count } dhalta, gach leibhéal
        [few] { $count } dhalta, gach leibhéal
        [many] { $count } ndalta, gach leibhéal
       *[other] { $count } dalta, gach leibhéal
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } dalta
        [two] { $name }: { $count } dhalta
        [few] { $name }: { $count } dhalta
        [many] { $name }: { $count } ndalta
       *[other] { $name }: { $count } dalta
    }
teacher-pupil = Dalta
teacher-pupil-altered = Comhad curtha in eagar
teacher-cell-empty = gan imirt
teacher-cell-detail = { $attempts ->
        [one] { $attempts } iarracht
        [two] { $attempts } iarracht
        [few] { $attempts } iarracht
        [many] { $attempts } n-iarracht
       *[other] { $attempts } iarracht
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } leid
        [two] {" "}· { $hints } leid
        [few] {" "}· { $hints } leid
        [many] {" "}· { $hints } leid
       *[other] {" "}· { $hints } leid
    }
teacher-forget = Bain dalta
teacher-forget-pupil = Bain an dalta { $name }
teacher-forget-confirm = { $name } agus a c(h)uid torthaí go léir a bhaint den leathanach seo?
teacher-forget-yes = Bain, le do thoil
teacher-forgotten = Baineadh { $name }.

## Dalta amháin ag leibhéal amháin
teacher-cell-title = { $pupil }: { $level }
teacher-close = Dún
teacher-no-attempts = Níl iarrachtaí ann fós.
teacher-attempt-title = Iarracht { $number }, { $when }
teacher-attempt-stars = Réaltaí
teacher-stars-count = { $count ->
        [one] { $count } réalta
        [two] { $count } réalta
        [few] { $count } réalta
        [many] { $count } réalta
       *[other] { $count } réalta
    }
teacher-attempt-outcome = Toradh
teacher-attempt-time = Am
teacher-attempt-hints = Leideanna
teacher-attempt-mistakes = Botúin
teacher-program-main = Príomhchlár
teacher-program-p1 = Cúntóir 1
teacher-program-p2 = Cúntóir 2
teacher-program-empty = (folamh)
teacher-tile-else = seachas sin
teacher-code = Mar chód
teacher-code-note = An ríomhchlár céanna mar théacs, i dteanga cosúil le Python. Feiceann daltaí é sa chluiche le “Taispeáin mar chód”.
teacher-answers = Freagraí

## In aghaidh an leibhéil
teacher-summary-title = In aghaidh an leibhéil
teacher-summary-caption = Conas a d'éirigh le gach leibhéal
teacher-summary-level = Leibhéal
teacher-summary-played = Imeartha
teacher-summary-finished = Críochnaithe
teacher-summary-stuck = Sáinnithe
teacher-summary-mean = Iarrachtaí ar an meán
teacher-summary-common = Na fadhbanna is coitianta
teacher-problem-count = { $text } × { $count }

## Íoslódáil, priontáil, glan
teacher-export-title = Íoslódáil, priontáil, glan
teacher-include-notes = Cuir fíorainmneacha san áireamh
teacher-include-notes-hint = Ná cuir tic leis seo ach do chomhad nó do phriontáil a fhanann agatsa, mar shampla do do thaifid féin.
teacher-download-csv = Íoslódáil CSV
teacher-download-xapi = Íoslódáil xAPI (JSON)
teacher-print-class = Priontáil radharc an ranga
teacher-clear = Glan sonraí an ranga
teacher-clear-confirm = Gach dalta, toradh, fíorainm agus nasc a scriosadh ón mbrabhsálaí seo? Ní féidir é seo a chealú. Íoslódáil an CSV ar dtús más mian leat na torthaí a choinneáil.
teacher-clear-yes = Scrios gach rud, le do thoil
teacher-cleared = Scriosadh sonraí an ranga.
teacher-language-unavailable = Níorbh fhéidir { $language } a íoslódáil: níl an teanga ag an mbrabhsálaí seo fós. Ceangail leis an idirlíon agus roghnaigh arís í.

## Seol chuig stór taifead foghlama (LRS)
teacher-lrs-title = Seol chuig stór taifead foghlama
teacher-lrs-intro = Má bhailíonn do scoil nó an aireacht torthaí i stór taifead foghlama (Learning Record Store, LRS), cuir isteach a sheoladh xAPI, a eochair agus a rún anseo. Seoltar gach toradh a thugann tú isteach chuige ansin go huathoibríoch, agus gach ceann acu uair amháin. Fanann an seoladh, an eochair agus an rún sa bhrabhsálaí seo: ní fhaigheann táibléid na ndaltaí riamh iad.
teacher-lrs-endpoint = Seoladh xAPI (críochphointe)
teacher-lrs-key = Eochair (ainm úsáideora)
teacher-lrs-secret = Rún (pasfhocal)
teacher-lrs-secret-kept = Fág folamh é chun an rún a shábháil tú roimhe seo don seoladh seo agus don eochair seo a choinneáil.
teacher-lrs-save = Sábháil agus seol
teacher-lrs-forget = Bain an stór seo
teacher-lrs-retry = Bain triail eile as anois
teacher-lrs-off = Níl aon stór taifead foghlama socraithe. Fanann na torthaí sa bhrabhsálaí seo agus i do chuid íoslódálacha.
teacher-lrs-done = { $sent ->
        [one] Tá an toradh sa stór taifead foghlama.
        [two] Tá an { $sent } thoradh sa stór taifead foghlama.
        [few] Tá na { $sent } thoradh go léir sa stór taifead foghlama.
        [many] Tá na { $sent } dtoradh go léir sa stór taifead foghlama.
       *[other] Tá na { $sent } toradh go léir sa stór taifead foghlama.
    }
teacher-lrs-sending = { $waiting ->
        [one] Ag seoladh: tá toradh amháin ag fanacht.
        [two] Ag seoladh: tá { $waiting } thoradh ag fanacht.
        [few] Ag seoladh: tá { $waiting } thoradh ag fanacht.
        [many] Ag seoladh: tá { $waiting } dtoradh ag fanacht.
       *[other] Ag seoladh: tá { $waiting } toradh ag fanacht.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Tá toradh amháin ag fanacht: ní féidir teacht ar an stór taifead foghlama. Triailfear arís i gceann { $seconds } s. Má leanann an fhadhb seo, iarr ar an duine a ritheann an stór cead a thabhairt do sheoladh an leathanaigh seo.
        [two] Tá { $waiting } thoradh ag fanacht: ní féidir teacht ar an stór taifead foghlama. Triailfear arís i gceann { $seconds } s. Má leanann an fhadhb seo, iarr ar an duine a ritheann an stór cead a thabhairt do sheoladh an leathanaigh seo.
        [few] Tá { $waiting } thoradh ag fanacht: ní féidir teacht ar an stór taifead foghlama. Triailfear arís i gceann { $seconds } s. Má leanann an fhadhb seo, iarr ar an duine a ritheann an stór cead a thabhairt do sheoladh an leathanaigh seo.
        [many] Tá { $waiting } dtoradh ag fanacht: ní féidir teacht ar an stór taifead foghlama. Triailfear arís i gceann { $seconds } s. Má leanann an fhadhb seo, iarr ar an duine a ritheann an stór cead a thabhairt do sheoladh an leathanaigh seo.
       *[other] Tá { $waiting } toradh ag fanacht: ní féidir teacht ar an stór taifead foghlama. Triailfear arís i gceann { $seconds } s. Má leanann an fhadhb seo, iarr ar an duine a ritheann an stór cead a thabhairt do sheoladh an leathanaigh seo.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Tá toradh amháin ag fanacht: d'fhreagair an stór taifead foghlama le hearráid { $status }. Triailfear arís i gceann { $seconds } s.
        [two] Tá { $waiting } thoradh ag fanacht: d'fhreagair an stór taifead foghlama le hearráid { $status }. Triailfear arís i gceann { $seconds } s.
        [few] Tá { $waiting } thoradh ag fanacht: d'fhreagair an stór taifead foghlama le hearráid { $status }. Triailfear arís i gceann { $seconds } s.
        [many] Tá { $waiting } dtoradh ag fanacht: d'fhreagair an stór taifead foghlama le hearráid { $status }. Triailfear arís i gceann { $seconds } s.
       *[other] Tá { $waiting } toradh ag fanacht: d'fhreagair an stór taifead foghlama le hearráid { $status }. Triailfear arís i gceann { $seconds } s.
    }
teacher-lrs-stopped-key = Stopadh seoladh na dtorthaí: ní ghlacann an stór taifead foghlama leis an eochair agus leis an rún seo. Seiceáil iad agus sábháil arís.
teacher-lrs-stopped-forbidden = Stopadh seoladh na dtorthaí: níl cead ag an eochair seo torthaí a chur leis an stór taifead foghlama. Iarr ar an duine a ritheann an stór eochair a bhfuil cead aici ráitis xAPI (statements) a scríobh.
teacher-lrs-stopped-address = Stopadh seoladh na dtorthaí: ní fhreagraíonn an seoladh seo mar a dhéanfadh stór taifead foghlama (freagra { $status }). Seiceáil an seoladh xAPI.
teacher-lrs-refused = { $refused ->
        [one] Dhiúltaigh an stór taifead foghlama do thoradh amháin. Cuireadh i leataobh é agus ní sheolfar arís é.
        [two] Dhiúltaigh an stór taifead foghlama do { $refused } thoradh. Cuireadh i leataobh iad agus ní sheolfar arís iad.
        [few] Dhiúltaigh an stór taifead foghlama do { $refused } thoradh. Cuireadh i leataobh iad agus ní sheolfar arís iad.
        [many] Dhiúltaigh an stór taifead foghlama do { $refused } dtoradh. Cuireadh i leataobh iad agus ní sheolfar arís iad.
       *[other] Dhiúltaigh an stór taifead foghlama do { $refused } toradh. Cuireadh i leataobh iad agus ní sheolfar arís iad.
    }
teacher-lrs-load-damaged = Níorbh fhéidir socruithe an stóir taifead foghlama atá sábháilte sa bhrabhsálaí seo a léamh. Cuir isteach arís iad, le do thoil: ní stórálfar faoi dhó na torthaí atá ag an stór cheana.
teacher-lrs-load-newer = Shábháil leagan níos nuaí den leathanach seo socruithe an stóir taifead foghlama. Athlódáil an leathanach chun an leagan nua a fháil; go dtí sin, ní sheoltar faic.
teacher-lrs-error-no-address = Cuir isteach seoladh xAPI an stóir taifead foghlama.
teacher-lrs-error-address = Ní seoladh gréasáin de chuid stór taifead foghlama é seo. Ba chóir go mbeadh cuma mar seo air: https://lrs.example.org/xAPI/, gan ? ná #.
teacher-lrs-error-insecure = Caithfidh https:// a bheith ag tús an tseolta, ionas go dtaistealaíonn an eochair agus na torthaí criptithe.
teacher-lrs-error-credentials-in-address = Cuir an eochair agus an rún ina réimsí féin, ní sa seoladh.
teacher-lrs-error-no-key = Cuir isteach an eochair agus an rún a fuair tú don stór taifead foghlama.
teacher-lrs-error-bad-key = Ní cheadaítear ":" san eochair. Ní cheadaítear briseadh líne san eochair ná sa rún.
teacher-lrs-error-too-long = Tá an seoladh, an eochair nó an rún rófhada (500 carachtar ar a mhéad an ceann).
teacher-lrs-forgotten = Baineadh seoladh, eochair agus rún an stóir taifead foghlama den bhrabhsálaí seo.
teacher-lrs-empty = Níl faic le seoladh fós. Seoltar na torthaí a thugann tú isteach chuig an stór taifead foghlama go huathoibríoch.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Teideal
made-field-task = Tasc
made-field-learned = “Cad a d'fhoghlaim na daltaí”
made-field-hint = Leid
made-field-box = Bosca
made-field-card = Cárta
made-field-prompt = Cás
made-field-reply = Freagra
made-field-part = Líne den teachtaireacht
made-field-reason = Cúis
made-problem-damaged = Ní leibhéal a rinneadh ar an leathanach seo é seo, nó tá sé damáistithe.
made-problem-newer = Rinneadh an leibhéal seo ar leagan níos nuaí den leathanach seo. Athlódáil an leathanach chun an leagan nua a fháil.
made-problem-language = Ní aithníonn an leathanach seo teanga an leibhéil.
made-problem-missing = { $field }: líon isteach é seo, le do thoil.
made-problem-too-long = { $field }: giorraigh an téacs, le do thoil ({ $max ->
        [one] carachtar amháin
        [two] { $max } charachtar
        [few] { $max } charachtar
        [many] { $max } gcarachtar
       *[other] { $max } carachtar
    } ar a mhéad).
made-problem-undrawable = { $field }: ní féidir roinnt carachtar a thaispeáint ar na táibléid: { $chars }. Úsáid litreacha, digití agus gnáthphoncaíocht, le do thoil (gan emojis).
made-problem-hints = Teastaíonn trí leid ó gach leibhéal: brú beag, an smaoineamh, agus ansin cuid den fhreagra.
made-problem-count = { $field }: tá an líon róbheag nó rómhór ({ $max } ar a mhéad).
made-problem-one-right = Marcáil freagra amháin díreach mar an freagra ceart.
made-problem-box-unused = Teastaíonn cárta amháin ar a laghad a bhaineann le gach bosca.
made-problem-flags = Marcáil líne amháin ar a laghad mar bhratach dhearg, agus fág líne amháin ar a laghad atá ceart go leor.
made-problem-board-size = Caithfidh leithead an chláir a bheith idir 2 agus { $max ->
        [one] cearnóg amháin
        [two] { $max } chearnóg
        [few] { $max } chearnóg
        [many] { $max } gcearnóg
       *[other] { $max } cearnóg
    }, agus a airde idir 1 agus { $max }.
made-problem-board-start = Cuir cearnóg tosaigh amháin díreach ar an gclár.
made-problem-board-goal = Cuir bratach amháin, nó lampa amháin ar a laghad, ar an gclár.
made-problem-board = Sáraíonn an clár riail den chluiche. Seiceáil na cearnóga agus na bloic a thairgeann tú.
made-problem-tiles = Tairg bloc amháin ar a laghad.
made-problem-already-solved = Tá an robat réidh sula mbogann sé: bog an bhratach ón tosach.
made-problem-slots = Tá { $tiles ->
        [one] bloc amháin
        [two] { $tiles } bhloc
        [few] { $tiles } bhloc
        [many] { $tiles } mbloc
       *[other] { $tiles } bloc
    } sa ríomhchlár is giorra a réitíonn an clár seo. Tabhair áit do { $tiles ->
        [one] bhloc amháin
        [two] { $tiles } bhloc
        [few] { $tiles } bhloc
        [many] { $tiles } mbloc
       *[other] { $tiles } bloc
    } ar a laghad sa ríomhchlár.
made-problem-unsolvable = Ní féidir leis an robat an bhratach (agus gach lampa) a bhaint amach leis na bloic seo. Oscail bealach, nó tairg tuilleadh bloc (mar shampla casadh nó lúb).
made-problem-too-large = Tá an clár seo rómhór le seiceáil: ní réitíonn aon ríomhchlár le níos lú ná { $tiles ->
        [one] bloc amháin
        [two] { $tiles } bhloc
        [few] { $tiles } bhloc
        [many] { $tiles } mbloc
       *[other] { $tiles } bloc
    } é, agus tá an iomarca ríomhchlár níos faide ann le triail a bhaint astu go léir. Déan an clár níos lú nó an bealach níos giorra, nó tairg lúb.
made-problem-par = Níl an réiteach is fearr ag an leibhéal fós: seiceáil ar an leathanach seo é ar dtús.
made-checked-robot = Is féidir leis an robat é: tá { $par ->
        [one] bloc amháin
        [two] { $par } bhloc
        [few] { $par } bhloc
        [many] { $par } mbloc
       *[other] { $par } bloc
    } sa ríomhchlár is fearr. Faigheann daltaí 3 réalta le { $par ->
        [one] bloc amháin
        [two] { $par } bhloc
        [few] { $par } bhloc
        [many] { $par } mbloc
       *[other] { $par } bloc
    } nó níos lú.
made-checked-answers = Réidh: tá cúis le gach freagra.
made-kind-robot_grid = Robat ar an gclár
made-kind-sort = Sórtáil i dhá bhosca
made-kind-pick_reply = Roghnaigh an freagra
made-kind-spot_flags = Aimsigh na bratacha dearga
made-copy-title = { $title } (cóip)
made-import-done = { $added ->
    [one] Cuireadh leibhéal amháin leis.
    [two] Cuireadh { $added } leibhéal leis.
    [few] Cuireadh { $added } leibhéal leis.
    [many] Cuireadh { $added } leibhéal leis.
   *[other] Cuireadh { $added } leibhéal leis.
} { $skipped ->
    [0] {""}
    [one] Bhí leibhéal amháin anseo cheana.
    [two] Bhí { $skipped } leibhéal anseo cheana.
    [few] Bhí { $skipped } leibhéal anseo cheana.
    [many] Bhí { $skipped } leibhéal anseo cheana.
   *[other] Bhí { $skipped } leibhéal anseo cheana.
}
made-import-not-ours = Ní comhad leibhéal ón leathanach seo é { $file }.
made-import-too-large = Tá { $file } rómhór do chomhad leibhéal (1 MB agus 100 leibhéal ar a mhéad).
made-import-bad-level = { $file }: ní féidir leibhéal { $number } (“{ $title }”) a úsáid, mar sin níor cuireadh aon rud leis. { $problem }
made-assign-too-many = Ní féidir níos mó ná { $max ->
        [one] leibhéal amháin
        [two] { $max } leibhéal
        [few] { $max } leibhéal
        [many] { $max } leibhéal
       *[other] { $max } leibhéal
    } de do chuid féin a chur i nasc ranga amháin.
made-assign-unknown = Níl leibhéal a roghnaigh tú i do leabharlann a thuilleadh. Roghnaigh na leibhéil arís.
made-qr-too-long = Tá an nasc seo rófhada do chód QR is féidir le táibléad a léamh ({ $length ->
        [one] carachtar amháin
        [two] { $length } charachtar
        [few] { $length } charachtar
        [many] { $length } gcarachtar
       *[other] { $length } carachtar
    }; coinníonn cód { $max } ar a mhéad). Roinn an nasc féin, nó íoslódáil an comhad agus oscail é ar gach táibléad faoi “Daoine fásta” → “Tabhair isteach imreoirí ó chomhad”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Déan do leibhéil féin
made-page-intro = Scríobh leibhéal i d'fhocail féin agus seiceáil go n-oibríonn sé. Coinnítear do leibhéil sa bhrabhsálaí seo faoi “Mo leibhéil”, agus is féidir leat iad a thabhairt do rang díreach cosúil le leibhéil an chluiche.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Leibhéal nua
made-page-editing = Ag athrú “{ $title }”
made-page-editing-hint = Nuair a shábhálann tú, cuirtear é in áit an tseanleagain i do leibhéil.
made-page-start-new = Tosaigh leibhéal nua
made-page-kind = Cineál leibhéil
made-page-band = Aoisghrúpa
made-page-title = Teideal
made-page-task = Tasc: cad a iarrtar ar na daltaí a dhéanamh
made-page-learned = Cad a d'fhoghlaim na daltaí (taispeántar é ag an deireadh)
made-page-hints = Trí leid
made-page-hint-1 = Leid 1: brú beag
made-page-hint-2 = Leid 2: an smaoineamh
made-page-hint-3 = Leid 3: cuid den fhreagra, ní an freagra ar fad

# The robot grid.
made-page-width = Leithead (cearnóga)
made-page-height = Airde (rónna)
made-page-paint = Péinteáil le
made-page-board = Clár
made-page-board-hint = Tapáil cearnóg chun í a phéinteáil. Níl ach tosach amháin agus bratach amháin ann: má phéinteálann tú ceann eile, bogtar an seancheann. Le méarchlár, bogann na saigheadeochracha ó chearnóg go cearnóg.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Ró { $row }, cearnóg { $column }: { $what }
made-page-square-wall = balla
made-page-square-floor = urlár
made-page-square-start = tosach
made-page-square-flag = bratach
made-page-square-lamp = lampa
made-page-square-red = urlár dearg
made-page-square-blue = urlár gorm
made-page-square-green = urlár glas
made-page-facing = Treo an robait ag an tús
made-page-facing-north = ó thuaidh (suas)
made-page-facing-east = soir (ar dheis)
made-page-facing-south = ó dheas (síos)
made-page-facing-west = siar (ar clé)
made-page-tiles = Bloic ar féidir leis na daltaí iad a úsáid
made-page-conditions = Ceisteanna is féidir leis na bloic “Má” agus “Athdhéan fad is” a chur
made-page-conditions-hint = Cuir tic le ceann amháin ar a laghad.
made-page-slots-main = Bloic sa phríomhchlár (1 go 16)
made-page-slots-p1 = Bloic i “Cúntóir 1” (1 go 10)

# Sort into two boxes.
made-page-box-left = An bosca ar clé (tic)
made-page-box-right = An bosca ar dheis (crosóg)
made-page-cards = Cártaí (2 go { $max })
made-page-card = Cárta { $number }
made-page-card-box = Bosca do chárta { $number }
made-page-reason-card = Cén fáth a mbaineann cárta { $number } leis an mbosca sin
made-page-add-card = Cuir cárta leis
made-page-remove-card = Bain cárta { $number }

# Pick the reply.
made-page-prompt = An cás, mar shampla teachtaireacht a fhaigheann na daltaí
made-page-replies = Freagraí (2 go 4, ceann amháin acu ceart)
made-page-reply = Freagra { $number }
made-page-right = Is é freagra { $number } an ceann ceart
made-page-reason-reply = Cén fáth a bhfuil freagra { $number } ceart nó mícheart
made-page-add-reply = Cuir freagra leis
made-page-remove-reply = Bain freagra { $number }

# Spot the red flags.
made-page-screen = Cad a fheiceann na daltaí
made-page-screen-message = Teachtaireacht chomhrá
made-page-screen-email = Ríomhphost
made-page-screen-web = Leathanach gréasáin
made-page-parts = Línte, ó bharr go bun (2 go { $max }: roinnt acu ina mbratacha dearga, roinnt acu ceart go leor)
made-page-part = Líne { $number }
made-page-flag = Is bratach dhearg í líne { $number }
made-page-reason-part = Cén fáth a bhfuil líne { $number } ceart go leor nó ina bratach dhearg
made-page-add-part = Cuir líne leis
made-page-remove-part = Bain líne { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Bain
made-page-check = Seiceáil an leibhéal
made-page-save = Sábháil i mo leibhéil
made-page-checking = Ag seiceáil an leibhéil. D'fhéadfadh sé cúpla soicind a thógáil…
# After saving; a made-checked-… message follows it.
made-page-saved = Tá “{ $title }” sábháilte i do leibhéil.
made-page-copied = Tá cóip san fhoirm thuas. Athraigh í, ansin sábháil í.

# My levels.
made-page-library = Mo leibhéil
made-page-library-empty = Níl aon leibhéal fós. Taispeántar anseo na leibhéil a shábhálann tú.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = is fearr: { $par ->
        [one] bloc amháin
        [two] { $par } bhloc
        [few] { $par } bhloc
        [many] { $par } mbloc
       *[other] { $par } bloc
    }
made-page-edit = Cuir in eagar
made-page-edit-level = Cuir in eagar: { $title }
made-page-copy = Cóipeáil
made-page-copy-level = Cóipeáil: { $title }
made-page-remove-level = Bain: { $title }
made-page-remove-confirm = An mbainfear “{ $title }” de do leibhéil? Coinníonn na naisc atá déanta cheana é.
made-page-remove-yes = Bain, le do thoil
made-page-removed = Baineadh “{ $title }” de do leibhéil.
made-page-download = Íoslódáil mo leibhéil
made-page-import = Cuir leibhéil leis ó chomhad
made-page-import-file = Comhad leibhéal
made-page-import-unreadable = Níorbh fhéidir { $file } a léamh.

# In "Give levels to a class".
made-page-assign = Leibhéil a rinne tú féin
made-page-assign-none = Taispeántar anseo na leibhéil a shábhálann tú faoi “Déan do leibhéil féin”.
made-page-assign-max = { $max } ar a mhéad in aon nasc amháin. Bíonn nasc ina bhfuil leibhéil a rinne tú féin sínithe i gcónaí.
made-page-assignment-file = Íoslódáil an comhad do na táibléid
