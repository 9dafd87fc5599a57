# Dak kollu madwar il-livelli: titlu, mappa, riżultat, avviżi.
# Numri u nomi: 1 singular; 2 u 3–10 plural; 11–19 u 20+ singular.

language-name = Malti
app-title = Byte Bridge
app-tagline = Tgħallem tikkowdja u ibqa’ sigur online
title-play = Ilgħab
language-picker = Lingwa
language-open = Lingwa: { $language }
language-loading = Il-lingwa { $language } qed titniżżel …
language-not-on-device = Il-lingwa { $language } għadha mhijiex fuq dan it-tablet. Qabbad it-tablet mal-internet darba biex tniżżilha. Fuq dan it-tablet: { $ready }
language-damaged = Il-lingwa { $language } ma waslitx sħiħa. Erġa’ pprova aktar tard. Fuq dan it-tablet: { $ready }

back = Lura
notice-dismiss = OK

map-title = Livelli
level-status-locked = imsakkar
level-status-new = għadu ma ntlgħabx
level-status-stars = { $stars } minn 3 stilel
map-level = { $number }. { $title }, { $status }
map-locked-hint = Lesti l-livell ta’ qabel biex jinfetaħ dan.
map-world = { $title }, { $status }
map-world-stars = { $stars } minn { $max } { $max ->
        [one] stilla
        [two] stilel
        [few] stilel
        [many] stilla
       *[other] stilla
    }

result-title = Il-livell lest!
result-stars = { $stars } minn 3 stilel
result-new-best = L-aqwa riżultat ġdid!
result-learned-heading = X’tgħallimt
result-next = Il-livell li jmiss
result-retry = Erġa’ ilgħab
result-levels = Il-livelli kollha

storage-unavailable = Dan it-tablet ma jistax isalva issa. Tista’ tilgħab, imma l-istilel tiegħek jintilfu meta tagħlaq il-paġna.
storage-recovered-damaged = Plejer issejvjat ma setax jinqara u ma kellux kopja tajba. Tħalla fil-ġenb fuq dan it-tablet.
storage-recovered-backup = Xi stilel issejvjati kienu bil-ħsara. Reġgħet inġiebet l-aħħar kopja tajba.
storage-newer-version = Xi plejers ġew issejvjati minn Byte Bridge aktar ġdid. Huma fis-sigur: aġġorna l-logħba biex tarahom.
storage-full = Il-memorja tat-tablet hija mimlija. Issejvja l-istilel tiegħek f’fajl biex ma jintilef xejn.

hint = Ħjiel
hint-shown = Ħjiel { $number }: { $hint }
