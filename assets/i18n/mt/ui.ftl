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
read-aloud = Aqrali
read-aloud-stop = Waqqaf il-qari
settings-open = Settings
settings-title = Settings
settings-read-everything = Aqrali kollox
settings-read-everything-about = Il-logħba taqralek kull livell, ħjiel u riżultat b’leħen għoli hekk kif turihom.
settings-no-voice = Dan it-tablet għad m’għandux leħen għal din il-lingwa. Adult jista’ jżid wieħed.
settings-robot-speed = Veloċità tar-robot: { $speed }
settings-calm = Inqas ċaqliq
settings-calm-about = Ir-robot jaqbeż minn kaxxa għal oħra minflok ma jiżżerżaq. Dan ikun mixgħul mill-bidu jekk it-tablet ikun issettjat biex juri inqas ċaqliq.
settings-contrast = Kuntrast għoli
settings-contrast-about = L-isfond isir iswed, il-kliem abjad, u l-buttuni jkollhom xifer abjad madwarhom. Għal xi wħud hekk ikun aktar faċli biex jaraw.
settings-text-size = Daqs tal-kliem: { $size }
settings-text-size-about = Erġa’ agħfas u l-kliem jikber, sa darbtejn daqshekk. Imbagħad jerġa’ lura għad-daqs normali.
text-size-normal = normali
text-size-big = kbir
text-size-bigger = akbar
text-size-biggest = l-akbar
settings-more-space = Aktar spazju
settings-more-space-about = Aktar spazju bejn l-ittri u bejn il-linji. Għal xi wħud hekk ikun aktar faċli biex jaqraw.
