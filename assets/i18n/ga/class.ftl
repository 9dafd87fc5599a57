# Teachtaireachtaí ó thaobh Rust de leathanach an mhúinteora. Tá lipéid an leathanaigh in teacher.ftl.

## Inniúlachtaí DigComp 2.2
digcomp-1-1 = Brabhsáil, cuardach agus scagadh sonraí, faisnéise agus ábhair dhigitigh
digcomp-1-2 = Measúnú ar shonraí, ar fhaisnéis agus ar ábhar digiteach
digcomp-1-3 = Bainistiú sonraí, faisnéise agus ábhair dhigitigh
digcomp-2-5 = Nósanna ar líne (gréas-bhéasa)
digcomp-2-6 = Féiniúlacht dhigiteach a bhainistiú
digcomp-3-4 = Ríomhchlárú
digcomp-4-1 = Gléasanna a chosaint
digcomp-4-2 = Sonraí pearsanta agus príobháideachas a chosaint
digcomp-4-3 = Sláinte agus folláine a chosaint
digcomp-5-1 = Fadhbanna teicniúla a réiteach

## Inniúlachtaí DigComp 3.0
digcomp3-1-1 = Brabhsáil, cuardach agus scagadh faisnéise
digcomp3-1-2 = Measúnú ar fhaisnéis
digcomp3-1-3 = Bainistiú faisnéise
digcomp3-2-1 = Idirghníomhú trí theicneolaíochtaí digiteacha agus leo
digcomp3-2-2 = Roinnt trí theicneolaíochtaí digiteacha
digcomp3-2-3 = Rannpháirtíocht shibhialta trí theicneolaíochtaí digiteacha
digcomp3-2-4 = Comhoibriú trí theicneolaíochtaí digiteacha
digcomp3-2-5 = Iompar digiteach
digcomp3-2-6 = Féiniúlacht dhigiteach a bhainistiú
digcomp3-3-1 = Ábhar digiteach a fhorbairt
digcomp3-3-2 = Ábhar digiteach a chomhtháthú agus a athoibriú
digcomp3-3-3 = Cóipcheart agus ceadúnais
digcomp3-3-4 = Smaointeoireacht ríomhaireachtúil agus ríomhchlárú
digcomp3-4-1 = Gléasanna a chosaint
digcomp3-4-2 = Sonraí pearsanta agus príobháideachas a chosaint
digcomp3-4-3 = Tacú le folláine
digcomp3-4-4 = Tionchar na dteicneolaíochtaí digiteacha ar an gcomhshaol
digcomp3-5-1 = Fadhbanna teicniúla a aithint agus a réiteach
digcomp3-5-2 = Riachtanais agus freagraí teicneolaíochta digití a aithint
digcomp3-5-3 = Réitigh chruthaitheacha a aithint le teicneolaíochtaí digiteacha
digcomp3-5-4 = Riachtanais inniúlachta digití a aithint agus aghaidh a thabhairt orthu

## Sonraí ranga stóráilte
class-load-damaged = Níorbh fhéidir sonraí an ranga atá sábháilte sa bhrabhsálaí seo a léamh. Cuireadh i leataobh iad, agus tosaíonn an leathanach folamh.
class-load-newer = Shábháil leagan níos nuaí de Byte Bridge sonraí an ranga sa bhrabhsálaí seo. Fágann an leathanach seo gan athrú iad agus tosaíonn sé folamh: ní choinnítear faic a dhéanann tú anseo anois. Oscail leathanach múinteora níos nuaí chun do rang a fheiceáil.

## Tasc a chruthú
class-assign-failed = Níorbh fhéidir an tasc a chruthú. Bain triail eile as, le do thoil.
class-assign-no-levels = Roghnaigh leibhéal amháin ar a laghad.
class-assign-no-random = Ní féidir leis an mbrabhsálaí seo eochair ranga shlán a chruthú, mar sin níor cruthaíodh aon nasc. Oscail an leathanach seo i mbrabhsálaí atá cothrom le dáta, le do thoil.
class-assign-too-many = Roghnaigh { $max } { $max ->
        [one] leibhéal
        [two] leibhéal
        [few] leibhéal
        [many] leibhéal
       *[other] leibhéal
    } ar a mhéad do nasc amháin.
class-assign-no-name = Tabhair ainm don rang, mar shampla “4B”.

## Comhaid agus cóid a thabhairt isteach
class-imported = { $nickname }: { $count ->
    [0] faic nua (anseo cheana).
    [one] 1 iarracht nua.
    [two] { $count } iarracht nua.
    [few] { $count } iarracht nua.
    [many] { $count } n-iarracht nua.
   *[other] { $count } iarracht nua.
}
class-imported-altered = { $nickname }: athraíodh an comhad seo tar éis don chluiche é a scríobh, nó níl síniú a ranga air. Níor áiríodh faic uaidh.
class-import-too-large = Tá { $file } rómhór do chomhad dalta, mar sin níor léadh é.
class-import-not-ours = Ní comhad ó Byte Bridge é { $file }.
class-import-players-file = Is comhad imreoirí é { $file } chun imreoirí a aistriú idir táibléid. Ar tháibléad an dalta, úsáid “Seol chuig mo mhúinteoir” ina ionad.
class-import-truncated = Tá { $file } giorraithe. Iarr ar an dalta é a shábháil arís.
class-import-newer = Rinne leagan níos nuaí de Byte Bridge { $file }. Oscail leathanach múinteora níos nuaí chun é a léamh.
class-import-damaged = Tá { $file } damáistithe agus níorbh fhéidir é a léamh. Iarr ar an dalta é a shábháil arís.
class-import-over-limits = Tá níos mó in { $file } ná mar a choinníonn Byte Bridge riamh do dhalta amháin (ríomhchláir rófhada, an iomarca iarrachtaí, leibhéal nó freagraí), leis féin nó in éineacht leis an méid atá ag an leathanach seo cheana don dalta. Is dócha go ndearnadh de láimh é. Níor tugadh isteach faic uaidh.
class-code-not-ours = Ní ó Byte Bridge an cód QR sin.
class-code-newer = Tagann an cód QR sin ó leagan níos nuaí de Byte Bridge.
class-code-damaged = Níorbh fhéidir an cód QR sin a léamh go hiomlán. Bain triail eile as, beagán níos gaire.
class-no-such-pupil = Níl an dalta seo i sonraí an ranga a thuilleadh.

## An ghreille agus an achoimre
class-avatar = { $picture }, { $colour }
class-decimal-separator = .
class-problem-mistakes = Freagraí míchearta ar an mbealach
class-outcome-hit-wall = Bhuail an robat balla
class-outcome-left-board = D'fhágfadh an robat an clár
class-outcome-no-lamp = Rinne sé iarracht lasadh áit nach raibh lampa
class-outcome-out-of-commands = Stop an ríomhchlár róluath
class-outcome-step-budget = Chuaigh an ríomhchlár timpeall is timpeall
class-outcome-too-many-calls = Ghlaoigh cúntóirí ar a chéile rómhinic
class-outcome-finished = Críochnaithe
class-outcome-other = Gan chríochnú

## Ceannteidil na gcolún CSV
class-csv-pupil-id = Aitheantas dalta
class-csv-nickname = Ainm cluiche
class-csv-note = Fíorainm (nóta an mhúinteora)
class-csv-classes = Rang
class-csv-level-id = Aitheantas leibhéil
class-csv-level = Leibhéal
class-csv-stars = Réaltaí
class-csv-attempts = Iarrachtaí
class-csv-seconds = Am (soicindí)
class-csv-hints = Leideanna
class-csv-finished = Críochnaithe
class-csv-yes = tá
class-csv-no = níl
