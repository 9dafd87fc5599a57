# Messaġġi min-naħa Rust tal-paġna tal-għalliema.

## Kompetenzi DigComp 2.2
digcomp-1-1 = Browsing, tfittxija u filtrar ta’ data, informazzjoni u kontenut diġitali
digcomp-1-2 = Evalwazzjoni ta’ data, informazzjoni u kontenut diġitali
digcomp-1-3 = Ġestjoni ta’ data, informazzjoni u kontenut diġitali
digcomp-2-5 = Netiquette
digcomp-2-6 = Ġestjoni tal-identità diġitali
digcomp-3-4 = Programmar
digcomp-4-1 = Protezzjoni tal-apparat
digcomp-4-2 = Protezzjoni tad-data personali u tal-privatezza
digcomp-4-3 = Protezzjoni tas-saħħa u tal-benessri
digcomp-5-1 = Soluzzjoni ta’ problemi tekniċi

## Kompetenzi DigComp 3.0
digcomp3-1-1 = Browsing, tfittxija u filtrar ta’ informazzjoni
digcomp3-1-2 = Evalwazzjoni ta’ informazzjoni
digcomp3-1-3 = Ġestjoni ta’ informazzjoni
digcomp3-2-1 = Interazzjoni permezz ta’ u mat-teknoloġiji diġitali
digcomp3-2-2 = Qsim permezz tat-teknoloġiji diġitali
digcomp3-2-3 = Ċittadinanza attiva permezz tat-teknoloġiji diġitali
digcomp3-2-4 = Kollaborazzjoni permezz tat-teknoloġiji diġitali
digcomp3-2-5 = Imġiba diġitali
digcomp3-2-6 = Ġestjoni tal-identità diġitali
digcomp3-3-1 = Żvilupp ta’ kontenut diġitali
digcomp3-3-2 = Integrazzjoni u elaborazzjoni mill-ġdid ta’ kontenut diġitali
digcomp3-3-3 = Drittijiet tal-awtur u liċenzji
digcomp3-3-4 = Ħsieb komputazzjonali u programmar
digcomp3-4-1 = Protezzjoni tal-apparat
digcomp3-4-2 = Protezzjoni tad-data personali u tal-privatezza
digcomp3-4-3 = Appoġġ għall-benessri
digcomp3-4-4 = Impatt ambjentali tat-teknoloġiji diġitali
digcomp3-5-1 = Identifikazzjoni u soluzzjoni ta’ problemi tekniċi
digcomp3-5-2 = Identifikazzjoni ta’ ħtiġijiet u tweġibiet teknoloġiċi diġitali
digcomp3-5-3 = Identifikazzjoni ta’ soluzzjonijiet kreattivi bit-teknoloġiji diġitali
digcomp3-5-4 = Identifikazzjoni u indirizzar tal-ħtiġijiet ta’ kompetenza diġitali

## Data tal-klassi ssejvjata
class-load-damaged = Id-data tal-klassi ssejvjata f’dan il-browser ma setgħetx tinqara. Tħalliet fil-ġenb, u l-paġna tibda vojta.
class-load-newer = Id-data tal-klassi f’dan il-browser ġiet issejvjata minn verżjoni aktar ġdida ta’ Byte Bridge. Din il-paġna tħalliha kif inhi u tibda vojta: xejn minn dak li tagħmel hawn issa ma jinżamm. Iftaħ il-paġna tal-għalliema l-aktar ġdida biex tara l-klassi tiegħek.

## Ħolqien ta’ assignment
class-assign-failed = L-assignment ma setax isir. Erġa’ pprova, jekk jogħġbok.
class-assign-no-levels = Agħżel mill-inqas livell wieħed.
class-assign-no-random = Dan il-browser ma jistax joħloq ċavetta tal-klassi sigura, għalhekk ma sar l-ebda link. Iftaħ din il-paġna f’browser aġġornat.
class-assign-too-many = Agħżel l-aktar { $max } { $max ->
        [one] livell
        [two] livelli
        [few] livelli
        [many] livell
       *[other] livell
    } għal link wieħed.
class-assign-no-name = Agħti isem lill-klassi, pereżempju “4B”.

## Tidħil ta’ fajls u kodiċijiet
class-imported = { $nickname }: { $count ->
    [0] xejn ġdid (diġà hawn).
    [one] 1 tentattiv ġdid.
    [two] { $count } tentattivi ġodda.
    [few] { $count } tentattivi ġodda.
    [many] { $count } tentattiv ġdid.
   *[other] { $count } tentattiv ġdid.
}
class-imported-altered = { $nickname }: dan il-fajl inbidel wara li l-logħba kitbitu, jew m’għandux il-firma tal-klassi tiegħu. Xejn minnu ma ngħadd.
class-import-too-large = { $file } huwa kbir wisq għal fajl ta’ student, għalhekk ma nqarax.
class-import-not-ours = { $file } mhuwiex fajl minn Byte Bridge.
class-import-players-file = { $file } huwa fajl tal-plejers biex iġġorr plejers bejn tablets. Fuq it-tablet tal-istudent, uża “Ibgħat lill-għalliem” minflok.
class-import-truncated = { $file } huwa maqtugħ. Staqsi lill-istudent biex jerġa’ jissejvjah.
class-import-newer = { $file } sar minn verżjoni aktar ġdida ta’ Byte Bridge. Iftaħ il-paġna tal-għalliema l-aktar ġdida biex taqrah.
class-import-damaged = { $file } għandu l-ħsara u ma setax jinqara. Staqsi lill-istudent biex jerġa’ jissejvjah.
class-import-over-limits = { $file } fih aktar milli qatt iżomm Byte Bridge għal student wieħed (programmi twal wisq, tentattivi, livelli jew tweġibiet żejda), waħdu jew flimkien ma’ dak li din il-paġna diġà għandha għall-istudent. Probabbli sar bl-idejn. Xejn minnu ma daħal.
class-code-not-ours = Dak il-kodiċi QR mhuwiex minn Byte Bridge.
class-code-newer = Dak il-kodiċi QR ġej minn verżjoni aktar ġdida ta’ Byte Bridge.
class-code-damaged = Dak il-kodiċi QR ma setax jinqara kollu. Erġa’ pprova, ftit eqreb.
class-no-such-pupil = Dan l-istudent m’għadux fid-data tal-klassi.

## Il-grilja u s-sommarju
class-avatar = { $picture }, { $colour }
class-decimal-separator = .
class-problem-mistakes = Tweġibiet żbaljati matul it-triq
class-outcome-hit-wall = Ir-robot ħabat ma’ ħajt
class-outcome-left-board = Ir-robot kien se joħroġ mill-bord
class-outcome-no-lamp = Ipprova jixgħel fejn m’hemmx lampa
class-outcome-out-of-commands = Il-programm waqaf kmieni wisq
class-outcome-step-budget = Il-programm baqa’ jdur u jdur
class-outcome-too-many-calls = L-assistenti sejħu lil xulxin wisq drabi
class-outcome-finished = Lest
class-outcome-other = Ma lestiex

## Intestaturi tal-kolonni tas-CSV
class-csv-pupil-id = Id tal-istudent
class-csv-nickname = Isem tal-logħba
class-csv-note = Isem veru (nota tal-għalliem)
class-csv-classes = Klassi
class-csv-level-id = Id tal-livell
class-csv-level = Livell
class-csv-stars = Stilel
class-csv-attempts = Tentattivi
class-csv-seconds = Ħin (sekondi)
class-csv-hints = Ħjiliet
class-csv-finished = Lest
class-csv-yes = iva
class-csv-no = le
