# Gach rud timpeall na leibhéal: teideal, léarscáil, toradh, fógraí.

language-name = Gaeilge
app-title = Byte Bridge
app-tagline = Foghlaim conas códú agus fan slán ar líne
title-play = Imir
language-picker = Teanga
language-open = Teanga: { $language }
language-loading = { $language } á lódáil …
language-not-on-device = Níl { $language } ar an táibléad seo fós. Ceangail leis an idirlíon uair amháin chun an teanga a fháil. Ar an táibléad seo: { $ready }
language-damaged = Níor tháinig { $language } go hiomlán. Bain triail eile as níos déanaí, le do thoil. Ar an táibléad seo: { $ready }

back = Siar
notice-dismiss = OK

map-title = Leibhéil
level-status-locked = faoi ghlas
level-status-new = gan imirt fós
level-status-stars = { $stars } as 3 réalta
map-level = { $number }. { $title }, { $status }
map-locked-hint = Críochnaigh an leibhéal roimhe chun an ceann seo a oscailt.
map-world = { $title }, { $status }
map-world-stars = { $stars } as { $max } { $max ->
        [one] réalta
        [two] réalta
        [few] réalta
        [many] réalta
       *[other] réalta
    }

result-title = Leibhéal críochnaithe!
result-stars = { $stars } as 3 réalta
result-new-best = Do scór is fearr!
result-learned-heading = An rud a d'fhoghlaim tú
result-next = An chéad leibhéal eile
result-retry = Imir arís
result-levels = Gach leibhéal

storage-unavailable = Ní féidir leis an táibléad seo sábháil anois. Is féidir leat imirt, ach caillfear do réaltaí nuair a dhúnfar an leathanach.
storage-recovered-damaged = Níorbh fhéidir imreoir sábháilte a léamh agus ní raibh cóip mhaith de ann. Cuireadh i leataobh é ar an táibléad seo.
storage-recovered-backup = Bhí roinnt réaltaí sábháilte damáistithe. Tugadh an chóip mhaith dheireanach ar ais.
storage-newer-version = Shábháil Byte Bridge níos nuaí roinnt imreoirí. Tá siad slán: nuashonraigh an cluiche chun iad a fheiceáil.
storage-full = Tá stóras an táibléid lán. Sábháil do réaltaí i gcomhad ionas nach gcaillfear faic.

hint = Leid
hint-shown = Leid { $number }: { $hint }
read-aloud = Léigh os ard
read-aloud-stop = Stop an léamh
settings-open = Socruithe
settings-title = Socruithe
settings-read-everything = Léigh gach rud dom
settings-read-everything-about = Léann an cluiche gach leibhéal, leid agus toradh os ard chomh luath agus a thaispeánann sé iad.
settings-no-voice = Níl guth ag an táibléad seo don teanga seo fós. Is féidir le duine fásta ceann a chur leis.
settings-robot-speed = Luas an robait: { $speed }
settings-calm = Níos lú gluaiseachta
settings-calm-about = Léimeann an robat ó chearnóg go cearnóg agus ní shleamhnaíonn sé. Bíonn sé seo ar siúl ón tús má tá an táibléad socraithe chun níos lú gluaiseachta a thaispeáint.
settings-contrast = Ardchodarsnacht
settings-contrast-about = Éiríonn an cúlra dubh agus na focail bán, agus tagann imlíne bhán timpeall ar na cnaipí. Is fusa do roinnt daoine rudaí a fheiceáil mar seo.
settings-text-size = Méid an téacs: { $size }
settings-text-size-about = Tapáil arís agus éiríonn na focail níos mó, suas go dtí faoi dhó chomh mór. Ansin filleann siad ar an ngnáthmhéid.
text-size-normal = gnáth
text-size-big = mór
text-size-bigger = níos mó
text-size-biggest = níos mó fós
settings-more-space = Níos mó spáis
settings-more-space-about = Níos mó spáis idir na litreacha agus idir na línte. Is fusa do roinnt daoine léamh mar seo.
