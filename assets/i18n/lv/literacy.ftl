# What the digital-literacy level kinds show around a level's own texts.

answer-next = Tālāk
answer-right = Pareizi!
answer-wrong = Ne gluži.
answer-feedback = { $verdict } { $reason }

pick-screen = Ko tu darītu?
pick-start = Izlasi, kas notiek, un tad pieskaries labākajai atbildei.
pick-progress = Jautājums { $current } no { $total }
pick-option-best = Labākā atbilde: { $text }
pick-option-not-best = Nav labākā: { $text }

order-screen-steps = Soļi
order-screen-rank = Paroles
order-start = Pieskaries solim, kas nāk pirmais.
order-start-rank = Vispirms pieskaries vājākajai parolei.
order-progress = Pareizā secībā: { $placed } no { $total }
order-step-placed = { $number }. { $text }
order-done = { $last } Viss ir pareizā secībā. Pieskaries pogai „Pabeigt”.

password-screen = Jauna parole
password-empty = Pieskaries vārdiem zemāk, lai uzbūvētu paroli.
password-shown = Parole: { $password }
password-piece = Pievienot: { $text }
password-remove = Noņemt pēdējo
password-clear = Sākt no jauna
password-pieces = Daļas: { $count } { $count ->
        [zero] (vismaz { $min }, ne vairāk kā { $max })
        [one] (vismaz { $min }, ne vairāk kā { $max })
       *[other] (vismaz { $min }, ne vairāk kā { $max })
    }
password-meter-empty = Stiprums: vēl nekā
password-meter-pending = Stiprums: mēra …
password-meter-unavailable = Stipruma mērītāju neizdevās ielādēt. Pārbaudi savienojumu, tad izmaini paroli, lai mēģinātu vēlreiz.
password-meter = Stiprums: { $score }. { $time }
password-personal = Uzmanīgi! { $reason }
password-build-empty = Sāc ar vārdu. Izvēlies vārdus, kam nav nekāda sakara ar tevi.
password-build-personal = Izņem daļu par tevi: tie, kas tevi pazīst, varētu to uzminēt.
password-build-short = Pievieno vēl vārdus. Vajag vismaz: { $min }.
password-build-weak = Vēl nav pietiekami stipra. Pievieno vēl vienu vārdu vai nomaini kādu. Mērķis: „{ $target }”.
password-build-done = Stipra, gara un nekā par tevi. Pieskaries pogai „Pabeigt”!
password-score-0 = Ļoti vāja
password-score-1 = Vāja
password-score-2 = Tā nekas
password-score-3 = Stipra
password-score-4 = Ļoti stipra
password-time-instantly = Dators to uzmin mazāk nekā minūtē.
password-time-minutes = Dators to uzmin dažās minūtēs.
password-time-hours = Dators to uzmin dažās stundās.
password-time-days = Datoram vajag vairākas dienas, lai to uzminētu.
password-time-years = Datoram vajag vairākus gadus, lai to uzminētu.
password-time-centuries = Datoram vajag simtiem gadu, lai to uzminētu.
password-meter-limited = Stiprums: { $score }. { $limit }
password-limit-short = Par īsu, lai būtu stipra. Lai tajā ir 15 vai vairāk burtu.
password-limit-few-words = Stiprās parolēs ir vismaz trīs nejauši vārdi.
password-limit-common-words = Šie vārdi ir ļoti bieži. Nomaini vienu pret retāku vārdu.

address-screen = Saite
address-claim = Šī saite apgalvo, ka ved uz: { $brand }.
address-start = Lasi adreses nosaukumu no beigām, nevis no sākuma.
address-find = Pieskaries daļai, kas nosauc vietni.
address-judge = Vai šī ir { $brand } vietne?
address-yes = Jā, tā ir { $brand }
address-no = Nē, tā nav
address-part = Adreses daļa: { $text }
address-progress = Saite { $current } no { $total }
address-found = Jā! Šī daļa nosauc vietni: { $site }. Vai tā ir { $brand }?
address-verdict-real = Šī saite ved uz { $site }, īsto { $brand } vietni.
address-verdict-other = Šī saite ved uz { $site }, nevis uz { $brand }. Nosaukums { $brand } citur saitē ir tikai maskēšanās.
address-verdict-lookalike = Paskaties uzmanīgi: daži burti ir no cita alfabēta. Pārlūks nolasa { $real }, un tā nav { $brand }.
address-part-scheme = „https://” nozīmē tikai to, ka pa ceļam neviens nevar noklausīties. Tas nepasaka, kam pieder vietne.
address-part-user = Pārlūks neiet uz to, kas ir pirms @. Krāpnieki tur ieraksta slavenu nosaukumu.
address-part-subdomain = Šī ir tikai priekšējā daļa. Vietnes īpašnieks šeit var ierakstīt jebkuru vārdu, pat slavenu nosaukumu.
address-part-site = Šī daļa nosauc vietni: galotne un nosaukums tieši pirms tās. No tās redzams, kam pieder vietne.
address-part-port = Šis skaitlis ir durvis uz vietni. Tas nepasaka, kam tā pieder.
address-part-path = Šī daļa nāk pēc vietnes nosaukuma. Īpašnieks šeit var rakstīt jebko.
address-part-query = Šī daļa nāk pēc vietnes nosaukuma. Īpašnieks šeit var rakstīt jebko.
address-part-fragment = Šī daļa tikai pārlec uz vietu lapā. Tā nepasaka, kam pieder vietne.
address-shown = { $words } — patiesībā tā ved uz:
address-verdict-shown = Vārdi uz tās saka vienu, bet tā ved uz { $site }, nevis uz { $brand }.
address-verdict-note = { $reason } { $note }
