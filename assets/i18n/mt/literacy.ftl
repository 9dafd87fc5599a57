# Dak li juru t-tipi ta’ livelli tal-litteriżmu diġitali madwar it-testi tal-livell.

answer-next = Li jmiss
answer-right = Sew!
answer-wrong = Mhux eżatt.
answer-feedback = { $verdict } { $reason }

pick-screen = X’kont tagħmel?
pick-start = Aqra x’jiġri, imbagħad agħfas l-aħjar tweġiba.
pick-progress = Mistoqsija { $current } minn { $total }
pick-option-best = L-aħjar tweġiba: { $text }
pick-option-not-best = Mhux l-aħjar: { $text }

order-screen-steps = Passi
order-screen-rank = Passwords
order-start = Agħfas il-pass li jiġi l-ewwel.
order-start-rank = Agħfas l-ewwel il-password l-aktar dgħajfa.
order-progress = { $placed } minn { $total } f’ordni
order-step-placed = { $number }. { $text }
order-done = { $last } Kollox f’ordni. Agħfas Spiċċa.

password-screen = Password ġdida
password-empty = Agħfas il-kliem hawn taħt biex tibni password.
password-shown = Password: { $password }
password-piece = Żid { $text }
password-remove = Neħħi l-aħħar
password-clear = Erġa’ ibda
password-pieces = { $count } { $count ->
        [one] biċċa
        [two] biċċiet
        [few] biċċiet
        [many] biċċa
       *[other] biċċa
    } (mill-inqas { $min }, l-aktar { $max })
password-meter-empty = Saħħa: għadu xejn
password-meter-pending = Saħħa: qed inkejlu …
password-meter-unavailable = Il-kejl tas-saħħa ma telax. Iċċekkja l-konnessjoni, imbagħad ibdel il-password biex terġa’ tipprova.
password-meter = Saħħa: { $score }. { $time }
password-personal = Attenzjoni! { $reason }
password-build-empty = Ibda b’kelma. Agħżel kliem li m’għandu x’jaqsam xejn miegħek.
password-build-personal = Neħħi l-biċċa li tgħid xi ħaġa dwarek: min jafek jista’ jaqtagħha.
password-build-short = Żid aktar kliem: uża mill-inqas { $min }.
password-build-weak = Għadha mhix b’saħħitha biżżejjed. Żid kelma oħra, jew ibdel waħda. Immira għal “{ $target }”.
password-build-done = B’saħħitha, twila u xejn dwarek. Agħfas Spiċċa!
password-score-0 = Dgħajfa ħafna
password-score-1 = Dgħajfa
password-score-2 = Hekk u hekk
password-score-3 = B’saħħitha
password-score-4 = B’saħħitha ħafna
password-time-instantly = Kompjuter jaqtagħha f’inqas minn minuta.
password-time-minutes = Kompjuter jaqtagħha f’ftit minuti.
password-time-hours = Kompjuter jaqtagħha f’ftit sigħat.
password-time-days = Kompjuter jeħtieġ jiem biex jaqtagħha.
password-time-years = Kompjuter jeħtieġ snin biex jaqtagħha.
password-time-centuries = Kompjuter jeħtieġ mijiet ta’ snin biex jaqtagħha.
password-meter-limited = Saħħa: { $score }. { $limit }
password-limit-short = Qasira wisq biex tkun b’saħħitha. Agħmilha ta’ 15-il ittra jew aktar.
password-limit-few-words = Passwords b’saħħithom għandhom mill-inqas tliet kelmiet każwali.
password-limit-common-words = Dan il-kliem huwa komuni ħafna. Ibdel kelma b’waħda inqas komuni.

address-screen = Link
address-claim = Dan il-link jgħid li jmur għal { $brand }.
address-start = Aqra l-indirizz mill-aħħar ta’ ismu, mhux mill-bidu.
address-find = Agħfas il-parti li tagħti isem is-sit.
address-judge = Dan is-sit ta’ { $brand }?
address-yes = Iva, huwa { $brand }
address-no = Le, mhuwiex
address-part = Parti tal-indirizz: { $text }
address-progress = Link { $current } minn { $total }
address-found = Iva! Din il-parti tagħti isem is-sit: { $site }. Huwa { $brand }?
address-verdict-real = Dan il-link imur għal { $site }, is-sit veru ta’ { $brand }.
address-verdict-other = Dan il-link imur għal { $site }, mhux għal { $brand }. L-isem { $brand } f’post ieħor fih huwa biss moħbi.
address-verdict-lookalike = Ħares sew: xi ittri ġejjin minn alfabett ieħor. Il-browser jaqra { $real }, li mhuwiex { $brand }.
address-part-scheme = “https://” ifisser biss li ħadd ma jista’ jisma’ fit-triq. Ma jgħidlekx min imexxi s-sit.
address-part-user = Il-browser ma jmurx għal dak li jiġi qabel @. Il-qarrieqa jpoġġu isem famuż hemmhekk.
address-part-subdomain = Din hija biss parti ta’ quddiem. Sid is-sit jista’ jikteb kwalunkwe kelma hawn, anke isem famuż.
address-part-site = Din il-parti tagħti isem is-sit: it-tmiem u l-isem eżatt qablu. Tgħidlek min imexxi s-sit.
address-part-port = Dan in-numru huwa bieb għas-sit. Ma jgħidlekx min imexxih.
address-part-path = Din il-parti tiġi wara l-isem tas-sit. Is-sid jista’ jikteb kwalunkwe ħaġa hawn.
address-part-query = Din il-parti tiġi wara l-isem tas-sit. Is-sid jista’ jikteb kwalunkwe ħaġa hawn.
address-part-fragment = Din il-parti biss taqbeż għal post fil-paġna. Ma tgħidlekx min imexxi s-sit.
address-shown = { $words } — fil-verità jmur għal:
address-verdict-shown = Il-kliem fuqu jgħid ħaġa, imma jmur għal { $site }, mhux għal { $brand }.
address-verdict-note = { $reason } { $note }
