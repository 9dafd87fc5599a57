# The teacher page: a link for a class, the pupils' results, the class view. Read by
# teachers, addressed formally (jūs): plain, friendly and exact.

teacher-page-title = Byte Bridge skolotājiem
teacher-title = Byte Bridge skolotājiem
teacher-tagline = Dodiet klasei līmeņus, savāciet rezultātus un redziet, kam vajag palīdzību.
teacher-skip = Pāriet uz lapas saturu
teacher-language = Valoda

## Help
teacher-help = Palīdzība: kur nonāk klases dati?
teacher-help-local = Viss šajā lapā paliek šajā pārlūkprogrammā, šajā ierīcē. Nav ne kontu, ne servera: nekas netiek nekur sūtīts, ja vien sadaļā „Sūtīt uz ierakstu krātuvi” neiestatāt ierakstu krātuvi.
teacher-help-files = Rezultāti nāk no skolēnu planšetēm kā faili vai QR kodi. Ielādējiet failus sadaļā „Savākt rezultātus” vai noskenējiet kodus ar šīs ierīces kameru.
teacher-help-signing = Ar iestatījumu „Parakstīt skolēnu failus ar klases atslēgu” planšetes paraksta katru rezultātu failu un QR kodu. Vēlāk labots fails šeit tiek atzīmēts un netiek skaitīts; kad skolēna faili reiz ir parakstīti, viņa faili un kodi bez derīga paraksta arī netiek skaitīti. Atslēga glabājas planšetēs, tāpēc tā atklāj labotus failus, bet ne to, kurš nokopē atslēgu no planšetes un paraksta izdomātus rezultātus.
teacher-help-notes = Īstie vārdi, ko ierakstāt blakus spēles vārdam, paliek šajā pārlūkprogrammā. Tie to atstāj tikai tad, ja atzīmējat „Iekļaut īstos vārdus” un tad lejupielādējat CSV vai izdrukājat klases skatu.
teacher-help-backup = Dzēšot šīs pārlūkprogrammas datus, tiek dzēsti arī klases dati. Laiku pa laikam lejupielādējiet CSV, lai jums būtu kopija.
teacher-help-insecure = Šī lapa netiek pasniegta caur HTTPS, tāpēc tā nevar darboties bezsaistē un izmantot kameru. Rezultātu faili darbojas vienmēr.

## Banners
teacher-dismiss = Labi
teacher-storage-full = Pārlūkprogrammas krātuve ir pilna, tāpēc jūsu pēdējās izmaiņas nav saglabātas. Lejupielādējiet CSV tagad, tad noņemiet vecas saites vai notīriet vecos klases datus.
teacher-storage-blocked = Šī pārlūkprogramma neļauj lapai neko saglabāt (privātais režīms vai kāds iestatījums). Aizverot cilni, viss pazudīs, tāpēc pirms tam lejupielādējiet CSV.
teacher-error-action = Kaut kas nogāja greizi. Lūdzu, pārlādējiet lapu un mēģiniet vēlreiz; viss līdz šim saglabātais paliek.
teacher-error-start = Skolotāja lapu neizdevās palaist. Lūdzu, pārlādējiet to. Ja tas atkārtojas, izmēģiniet jaunāko Chrome, Edge vai Firefox.
teacher-update-ready = Ir gatava jauna Byte Bridge versija.
teacher-update = Pārlādēt tagad

## Give levels to a class
teacher-assign-title = Dot klasei līmeņus
teacher-assign-intro = Izvēlieties līmeņus, tad izveidojiet saiti. Skolēni atver saiti savās planšetēs vai noskenē tās QR kodu un atrod līmeņus kā šodienas misiju.
teacher-class-name = Klases nosaukums
teacher-class-name-hint = Piemēram, 4.B. Nosaukums saitē nonāk planšetēs, tāpēc neizmantojiet skolēna vārdu.
teacher-levels = Līmeņi
teacher-band-filter = Vecuma grupa
teacher-band-all = Visi vecumi
teacher-competence-filter = DigComp 2.2 kompetence
teacher-competence-all = Visas kompetences
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 kompetence
teacher-digcomp3-all = Visas kompetences
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Visa pasaule „{ $world }”
teacher-no-levels = Šiem filtriem neatbilst neviens līmenis.
teacher-levels-selected = { $count ->
        [0] Vēl nav izvēlēts neviens līmenis.
        [zero] Izvēlēti līmeņi: { $count }.
        [one] Izvēlēts { $count } līmenis.
       *[other] Izvēlēti līmeņi: { $count }.
    }
teacher-select-none = Notīrīt izvēli
teacher-lock = Bloķēt pārējos līmeņus
teacher-lock-hint = Kamēr šī misija ir skolēnu planšetēs, viņi var spēlēt tikai šos līmeņus.
teacher-sign = Parakstīt skolēnu failus ar klases atslēgu
teacher-sign-hint = Rezultātu fails vai QR kods, kas labots pēc tam, kad planšete to saglabāja, tiek atzīmēts un netiek skaitīts. Atslēga glabājas planšetēs, tāpēc tas, kurš to nokopē no planšetes, joprojām var parakstīt izdomātus rezultātus.
teacher-create = Izveidot saiti

## The link
teacher-link-ready = Saite jūsu klasei
teacher-link = Saite
teacher-copy = Kopēt saiti
teacher-copied = Saite nokopēta.
teacher-copy-manual = Saite ir atlasīta. Nokopējiet to ar savas ierīces kopēšanas komandu.
teacher-qr-label = Saites QR kods klasei { $name }
teacher-qr-caption = Skolēni noskenē šo kodu ar planšetes kameru, lai atvērtu misiju.
teacher-print-sheet = Drukāt lapu
teacher-earlier-title = Iepriekšējās saites
teacher-assignment-meta = { $count ->
        [zero] Līmeņi: { $count }
        [one] { $count } līmenis
       *[other] Līmeņi: { $count }
    }, izveidota { $date }
teacher-assignment-levels = { $count ->
        [zero] Rādīt visus līmeņus ({ $count })
        [one] Rādīt līmeni
       *[other] Rādīt visus līmeņus ({ $count })
    }
teacher-assignment-locked = pārējie līmeņi bloķēti
teacher-assignment-signed = faili parakstīti
teacher-assignment-unsigned = faili nav parakstīti
teacher-show-qr = Rādīt QR kodu
teacher-hide-qr = Slēpt QR kodu
teacher-remove = Noņemt saiti
teacher-remove-confirm = Noņemt no šīs lapas saiti klasei „{ $name }”?
teacher-remove-yes = Jā, noņemt
teacher-cancel = Atcelt
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Šodienas misija
teacher-sheet-how = Noskenē kodu ar planšetes kameru vai ieraksti zemāk redzamo saiti pārlūkprogrammā.
teacher-sheet-levels = Šodienas līmeņi

## Collect results
teacher-collect-title = Savākt rezultātus
teacher-collect-intro = Ielādējiet skolēnu rezultātu failus, cik vien daudz reizē vēlaties, vai noskenējiet QR kodus viņu planšetēs.
teacher-drop-hint = Nometiet skolēnu failus šeit
teacher-files-label = Skolēnu rezultātu faili
teacher-choose-files = Izvēlēties failus
teacher-results-title = Ielādēti
teacher-results-empty = Vēl nav ielādēts neviens fails.
teacher-results-clear = Notīrīt šo sarakstu
teacher-file-altered = Uzmanību: šis fails tika labots pēc tam, kad planšete to saglabāja.
teacher-file-failed = Nav ielādēts:
teacher-file-unreadable = Failu { $file } neizdevās nolasīt. Mēģiniet vēlreiz vai saglabājiet to vēlreiz planšetē.
teacher-code-unreadable = Šo QR kodu neizdevās nolasīt. Lūdzu, mēģiniet vēlreiz.
teacher-status-signed = parakstīts
teacher-status-unsigned = nav pārbaudīts
teacher-status-summary = no QR koda
teacher-scan-title = Skenēt QR kodus
teacher-scan-intro = Pavērsiet kameru pret skolēna rezultātu kodu. Tā turpina meklēt nākamo skolēnu, līdz jūs to apturat.
teacher-scan = Skenēt QR kodu
teacher-stop-camera = Apturēt kameru
teacher-camera-label = Kameras attēls
teacher-camera-starting = Ieslēdz kameru…
teacher-camera-looking = Meklē QR kodu…
teacher-camera-next = Ir. Rādiet nākamo kodu.
teacher-camera-stopped = Kamera ir izslēgta.
teacher-camera-unavailable = Kameru šeit nevar izmantot: tās nav, tā netika atļauta vai lapa netiek pasniegta caur HTTPS. Rezultātu faili darbojas vienmēr.
teacher-scanner-unavailable = QR kodu lasītāju neizdevās ielādēt. Vienreiz pieslēdzieties internetam un mēģiniet vēlreiz. Rezultātu faili darbojas vienmēr.

## Your class
teacher-class-title = Jūsu klase
teacher-show-assignment = Rādīt
teacher-all-levels = Visi līmeņi
teacher-no-pupils = Vēl nav rezultātu. Savāciet skolēnu failus vai kodus augstāk.
teacher-note-hint = Īstie vārdi paliek tikai šajā ierīcē. Lejupielādēs to nav, ja vien neatzīmējat „Iekļaut īstos vārdus”.
teacher-note-label = Īstais vārds
teacher-note-for = Īstais vārds: { $name }
teacher-grid-caption = { $count ->
        [zero] Skolēni: { $count }, visi līmeņi
        [one] { $count } skolēns, visi līmeņi
       *[other] Skolēni: { $count }, visi līmeņi
    }
teacher-grid-caption-class = { $count ->
        [zero] { $name }: skolēni: { $count }
        [one] { $name }: { $count } skolēns
       *[other] { $name }: skolēni: { $count }
    }
teacher-pupil = Skolēns
teacher-pupil-altered = Labots fails
teacher-cell-empty = nav spēlēts
teacher-cell-detail = { $attempts ->
        [zero] mēģinājumi: { $attempts }
        [one] { $attempts } mēģinājums
       *[other] mēģinājumi: { $attempts }
    } · { $time }{ $hints ->
        [0] {""}
        [zero] {" "}· padomi: { $hints }
        [one] {" "}· { $hints } padoms
       *[other] {" "}· padomi: { $hints }
    }
teacher-forget = Noņemt skolēnu
teacher-forget-pupil = Noņemt skolēnu { $name }
teacher-forget-confirm = Noņemt no šīs lapas { $name } un visus viņa rezultātus?
teacher-forget-yes = Jā, noņemt
teacher-forgotten = Noņemts: { $name }.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Aizvērt
teacher-no-attempts = Vēl nav mēģinājumu.
teacher-attempt-title = { $number }. mēģinājums, { $when }
teacher-attempt-stars = Zvaigznes
teacher-stars-count = { $count ->
        [zero] { $count } zvaigžņu
        [one] { $count } zvaigzne
       *[other] { $count } zvaigznes
    }
teacher-attempt-outcome = Rezultāts
teacher-attempt-time = Laiks
teacher-attempt-hints = Padomi
teacher-attempt-mistakes = Kļūdas
teacher-program-main = Galvenā programma
teacher-program-p1 = Palīgs 1
teacher-program-p2 = Palīgs 2
teacher-program-empty = (tukšs)
teacher-tile-else = citādi
teacher-code = Kā kods
teacher-code-note = Tā pati programma kā teksts valodā, kas līdzīga Python. Skolēni to redz spēlē ar pogu „Rādīt kā kodu”.
teacher-answers = Atbildes

## Per level
teacher-summary-title = Pa līmeņiem
teacher-summary-caption = Kā veicās katrā līmenī
teacher-summary-level = Līmenis
teacher-summary-played = Spēlēja
teacher-summary-finished = Pabeidza
teacher-summary-stuck = Iestrēga
teacher-summary-mean = Vidēji mēģinājumu
teacher-summary-common = Biežākās problēmas
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Lejupielādēt, drukāt, notīrīt
teacher-include-notes = Iekļaut īstos vārdus
teacher-include-notes-hint = Atzīmējiet to tikai failam vai izdrukai, kas paliek pie jums, piemēram, jūsu pašu pierakstiem.
teacher-download-csv = Lejupielādēt CSV
teacher-download-xapi = Lejupielādēt xAPI (JSON)
teacher-print-class = Drukāt klases skatu
teacher-clear = Notīrīt klases datus
teacher-clear-confirm = Dzēst no šīs pārlūkprogrammas visus skolēnus, rezultātus, īstos vārdus un saites? To nevar atsaukt. Ja vēlaties rezultātus saglabāt, vispirms lejupielādējiet CSV.
teacher-clear-yes = Jā, dzēst visu
teacher-cleared = Klases dati ir izdzēsti.
teacher-language-unavailable = Valodu { $language } neizdevās lejupielādēt: šajā pārlūkprogrammā tās vēl nav. Pieslēdzieties internetam un izvēlieties to vēlreiz.

## Send to a learning record store (LRS)
teacher-lrs-title = Sūtīt uz ierakstu krātuvi
teacher-lrs-intro = Ja jūsu skola vai ministrija vāc rezultātus mācību ierakstu krātuvē (LRS), ievadiet šeit tās xAPI adresi, atslēgu un noslēpumu. Tad katrs rezultāts, ko ielādējat, tiek automātiski nosūtīts uz turieni, katrs tikai vienu reizi. Adrese, atslēga un noslēpums paliek šajā pārlūkprogrammā: skolēnu planšetes tos nekad nesaņem.
teacher-lrs-endpoint = xAPI adrese (endpoint)
teacher-lrs-key = Atslēga (lietotājvārds)
teacher-lrs-secret = Noslēpums (parole)
teacher-lrs-secret-kept = Atstājiet tukšu, lai paturētu šai adresei un atslēgai iepriekš saglabāto noslēpumu.
teacher-lrs-save = Saglabāt un sūtīt
teacher-lrs-forget = Aizmirst šo ierakstu krātuvi
teacher-lrs-retry = Mēģināt vēlreiz tagad
teacher-lrs-off = Ierakstu krātuve nav iestatīta. Rezultāti paliek šajā pārlūkprogrammā un jūsu lejupielādēs.
teacher-lrs-done = { $sent ->
        [zero] Viss nosūtīts. Rezultāti ierakstu krātuvē: { $sent }.
        [one] Viss nosūtīts: ierakstu krātuvē ir { $sent } rezultāts.
       *[other] Viss nosūtīts. Rezultāti ierakstu krātuvē: { $sent }.
    }
teacher-lrs-sending = { $waiting ->
        [zero] Notiek sūtīšana. Rezultāti, kas gaida: { $waiting }.
        [one] Notiek sūtīšana: gaida { $waiting } rezultāts.
       *[other] Notiek sūtīšana. Rezultāti, kas gaida: { $waiting }.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [zero] Rezultāti, kas gaida: { $waiting }. Ierakstu krātuve nav sasniedzama. Atkārtots mēģinājums pēc { $seconds } s. Ja šis paziņojums nepazūd, palūdziet ierakstu krātuves pārvaldītājam atļaut šīs lapas adresi.
        [one] Gaida { $waiting } rezultāts: ierakstu krātuve nav sasniedzama. Atkārtots mēģinājums pēc { $seconds } s. Ja šis paziņojums nepazūd, palūdziet ierakstu krātuves pārvaldītājam atļaut šīs lapas adresi.
       *[other] Rezultāti, kas gaida: { $waiting }. Ierakstu krātuve nav sasniedzama. Atkārtots mēģinājums pēc { $seconds } s. Ja šis paziņojums nepazūd, palūdziet ierakstu krātuves pārvaldītājam atļaut šīs lapas adresi.
    }
teacher-lrs-waiting-error = { $waiting ->
        [zero] Rezultāti, kas gaida: { $waiting }. Ierakstu krātuve atbildēja ar kļūdu { $status }. Atkārtots mēģinājums pēc { $seconds } s.
        [one] Gaida { $waiting } rezultāts: ierakstu krātuve atbildēja ar kļūdu { $status }. Atkārtots mēģinājums pēc { $seconds } s.
       *[other] Rezultāti, kas gaida: { $waiting }. Ierakstu krātuve atbildēja ar kļūdu { $status }. Atkārtots mēģinājums pēc { $seconds } s.
    }
teacher-lrs-stopped-key = Sūtīšana ir apturēta: ierakstu krātuve nepieņem šo atslēgu un noslēpumu. Pārbaudiet tos un saglabājiet vēlreiz.
teacher-lrs-stopped-forbidden = Sūtīšana ir apturēta: ar šo atslēgu nevar pievienot rezultātus ierakstu krātuvei. Palūdziet tās pārvaldītājam atslēgu, ar kuru drīkst rakstīt ierakstus (statements).
teacher-lrs-stopped-address = Sūtīšana ir apturēta: šī adrese neatbild kā ierakstu krātuve (atbilde { $status }). Pārbaudiet xAPI adresi.
teacher-lrs-refused = { $refused ->
        [zero] Ierakstu krātuve noraidīja rezultātus: { $refused }. Tie ir nolikti malā un netiks sūtīti vēlreiz.
        [one] Ierakstu krātuve noraidīja { $refused } rezultātu. Tas ir nolikts malā un netiks sūtīts vēlreiz.
       *[other] Ierakstu krātuve noraidīja rezultātus: { $refused }. Tie ir nolikti malā un netiks sūtīti vēlreiz.
    }
teacher-lrs-load-damaged = Šajā pārlūkprogrammā saglabātos ierakstu krātuves iestatījumus neizdevās nolasīt. Lūdzu, ievadiet tos vēlreiz: rezultāti, kas ierakstu krātuvē jau ir, netiks saglabāti divreiz.
teacher-lrs-load-newer = Ierakstu krātuves iestatījumus saglabāja jaunāka šīs lapas versija. Pārlādējiet lapu, lai saņemtu jauno versiju; līdz tam nekas netiek sūtīts.
teacher-lrs-error-no-address = Ievadiet ierakstu krātuves xAPI adresi.
teacher-lrs-error-address = Šī nav ierakstu krātuves tīmekļa adrese. Tai jāizskatās līdzīgi kā https://lrs.example.org/xAPI/, bez ? vai #.
teacher-lrs-error-insecure = Adresei jāsākas ar https://, lai atslēga un rezultāti ceļotu šifrēti.
teacher-lrs-error-credentials-in-address = Ierakstiet atslēgu un noslēpumu tiem paredzētajos laukos, nevis adresē.
teacher-lrs-error-no-key = Ievadiet atslēgu un noslēpumu, ko saņēmāt ierakstu krātuvei.
teacher-lrs-error-bad-key = Atslēgā nedrīkst būt ":". Ne atslēgā, ne noslēpumā nedrīkst būt rindiņu pārnesumu.
teacher-lrs-error-too-long = Viens no laukiem ir par garu: adresē, atslēgā un noslēpumā katrā drīkst būt ne vairāk kā 500 rakstzīmju.
teacher-lrs-forgotten = Ierakstu krātuves adrese, atslēga un noslēpums ir noņemti no šīs pārlūkprogrammas.
teacher-lrs-empty = Pagaidām nav ko sūtīt. Ielādētie rezultāti uz ierakstu krātuvi tiks nosūtīti automātiski.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Nosaukums
made-field-task = Uzdevums
made-field-learned = „Ko skolēni iemācījās”
made-field-hint = Padoms
made-field-box = Kaste
made-field-card = Kartīte
made-field-prompt = Situācija
made-field-reply = Atbilde
made-field-part = Ziņas rinda
made-field-reason = Pamatojums
made-problem-damaged = Šis nav šajā lapā izveidots līmenis, vai arī tas ir bojāts.
made-problem-newer = Šis līmenis ir izveidots jaunākā šīs lapas versijā. Pārlādējiet lapu, lai iegūtu jauno versiju.
made-problem-language = Šī lapa nepazīst šī līmeņa valodu.
made-problem-missing = { $field }: lūdzu, aizpildiet šo lauku.
made-problem-too-long = { $field }: lūdzu, saīsiniet tekstu (ne vairāk kā { $max } { $max ->
        [zero] rakstzīmju
        [one] rakstzīme
       *[other] rakstzīmes
    }).
made-problem-undrawable = { $field }: dažas rakstzīmes planšetēs nevar parādīt: { $chars }. Lūdzu, izmantojiet burtus, ciparus un parastās pieturzīmes (bez emocijzīmēm).
made-problem-hints = Līmenim vajag trīs padomus: mazu pamudinājumu, ideju un tad daļu no atbildes.
made-problem-count = { $field }: par maz vai par daudz (ne vairāk kā { $max }).
made-problem-one-right = Atzīmējiet tieši vienu atbildi kā pareizo.
made-problem-box-unused = Katrai kastei vajag vismaz vienu kartīti, kas tajā iederas.
made-problem-flags = Atzīmējiet vismaz vienu rindu kā brīdinājuma zīmi un atstājiet vismaz vienu rindu bez brīdinājuma zīmes.
made-problem-board-size = Laukumam jābūt no 2 līdz { $max } { $max ->
        [zero] lauciņiem
        [one] lauciņam
       *[other] lauciņiem
    } platam un no 1 līdz { $max } { $max ->
        [zero] lauciņiem
        [one] lauciņam
       *[other] lauciņiem
    } augstam.
made-problem-board-start = Novietojiet laukumā tieši vienu sākuma lauciņu.
made-problem-board-goal = Novietojiet laukumā karogu vai vismaz vienu lampu.
made-problem-board = Laukums pārkāpj spēles noteikumu. Pārbaudiet lauciņus un blokus, ko piedāvājat.
made-problem-tiles = Piedāvājiet vismaz vienu bloku.
made-problem-already-solved = Robots ir pie mērķa, vēl pirms tas kustas: pārvietojiet karogu tālāk no sākuma.
made-problem-slots = Īsākajā programmā, kas atrisina šo laukumu, ir { $tiles } { $tiles ->
        [zero] bloku
        [one] bloks
       *[other] bloki
    }. Atļaujiet programmā vismaz { $tiles } { $tiles ->
        [zero] bloku
        [one] bloku
       *[other] blokus
    }.
made-problem-unsolvable = Ar šiem blokiem robots nevar aizbraukt līdz karogam (un katrai lampai). Atveriet ceļu vai piedāvājiet vairāk bloku (piemēram, pagriezienus vai ciklu).
made-problem-too-large = Šis laukums ir par lielu, lai to pārbaudītu: neviena programma, kas īsāka par { $tiles } { $tiles ->
        [zero] bloku
        [one] bloku
       *[other] blokiem
    }, to neatrisina, bet garāku ir par daudz, lai izmēģinātu visas. Samaziniet laukumu vai saīsiniet ceļu, vai arī piedāvājiet ciklu.
made-problem-par = Līmenim vēl nav labākā risinājuma: vispirms pārbaudiet to šajā lapā.
made-checked-robot = Robots to var: labākajā programmā ir { $par } { $par ->
        [zero] bloku
        [one] bloks
       *[other] bloki
    }. Skolēni saņem 3 zvaigznes, ja izmanto { $par } { $par ->
        [zero] bloku
        [one] bloku
       *[other] blokus
    } vai mazāk.
made-checked-answers = Gatavs: katrai atbildei ir pamatojums.
made-kind-robot_grid = Robots laukumā
made-kind-sort = Šķirošana divās kastēs
made-kind-pick_reply = Atbildes izvēle
made-kind-spot_flags = Brīdinājuma zīmju meklēšana
made-copy-title = { $title } (kopija)
made-import-done = { $added ->
    [zero] Pievienoti līmeņi: { $added }.
    [one] Pievienots { $added } līmenis.
   *[other] Pievienoti līmeņi: { $added }.
} { $skipped ->
    [0] {""}
    [zero] {""}
    [one] { $skipped } līmenis jau bija šeit.
   *[other] Līmeņi, kas jau bija šeit: { $skipped }.
}
made-import-not-ours = { $file } nav šīs lapas līmeņu fails.
made-import-too-large = Fails { $file } ir par lielu līmeņu failam (ne vairāk kā 1 MB un 100 līmeņu).
made-import-bad-level = { $file }: { $number }. līmeni („{ $title }”) nevar izmantot, tāpēc nekas netika pievienots. { $problem }
made-assign-too-many = Klases saitē var būt ne vairāk kā { $max } { $max ->
        [zero] jūsu veidotu līmeņu
        [one] jūsu veidots līmenis
       *[other] jūsu veidoti līmeņi
    }.
made-assign-unknown = Kāds no izvēlētajiem līmeņiem vairs nav jūsu bibliotēkā. Izvēlieties līmeņus vēlreiz.
made-qr-too-long = Šī saite ir par garu QR kodam, ko planšete var nolasīt ({ $length } { $length ->
        [zero] rakstzīmju
        [one] rakstzīme
       *[other] rakstzīmes
    }; kodā ietilpst { $max }). Kopīgojiet pašu saiti vai lejupielādējiet failu un atveriet to katrā planšetē sadaļā „Pieaugušajiem” → „Ielādēt spēlētājus no faila”.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Veidojiet savus līmeņus
made-page-intro = Uzrakstiet līmeni saviem vārdiem un pārbaudiet, vai tas darbojas. Jūsu līmeņi glabājas šajā pārlūkā sadaļā „Mani līmeņi”, un jūs varat tos dot klasei tāpat kā spēles līmeņus.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Jauns līmenis
made-page-editing = Maināt līmeni „{ $title }”
made-page-editing-hint = Saglabājot vecā versija jūsu līmeņos tiek aizstāta.
made-page-start-new = Sākt jaunu līmeni
made-page-kind = Līmeņa veids
made-page-band = Vecuma grupa
made-page-title = Nosaukums
made-page-task = Uzdevums: kas skolēniem jādara
made-page-learned = Ko skolēni iemācījās (rāda beigās)
made-page-hints = Trīs padomi
made-page-hint-1 = 1. padoms: mazs pamudinājums
made-page-hint-2 = 2. padoms: ideja
made-page-hint-3 = 3. padoms: daļa no atbildes, ne visa

# The robot grid.
made-page-width = Platums (lauciņos)
made-page-height = Augstums (rindās)
made-page-paint = Krāsot ar
made-page-board = Laukums
made-page-board-hint = Pieskarieties lauciņam, lai to nokrāsotu. Sākums un karogs ir tikai pa vienam: ja nokrāsojat jaunu, tas pārvietojas. Ar tastatūru starp lauciņiem var pārvietoties ar bulttaustiņiem.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Rinda { $row }, lauciņš { $column }: { $what }
made-page-square-wall = siena
made-page-square-floor = grīda
made-page-square-start = sākums
made-page-square-flag = karogs
made-page-square-lamp = lampa
made-page-square-red = sarkana grīda
made-page-square-blue = zila grīda
made-page-square-green = zaļa grīda
made-page-facing = Sākumā robots skatās uz
made-page-facing-north = ziemeļiem (uz augšu)
made-page-facing-east = austrumiem (pa labi)
made-page-facing-south = dienvidiem (uz leju)
made-page-facing-west = rietumiem (pa kreisi)
made-page-tiles = Bloki, ko skolēni drīkst izmantot
made-page-conditions = Jautājumi, ko drīkst uzdot bloki „Ja” un „Atkārto, kamēr”
made-page-conditions-hint = Atzīmējiet vismaz vienu.
made-page-slots-main = Bloki galvenajā programmā (no 1 līdz 16)
made-page-slots-p1 = Bloki palīgā „Palīgs 1” (no 1 līdz 10)

# Sort into two boxes.
made-page-box-left = Kreisā kaste (ķeksītis)
made-page-box-right = Labā kaste (krustiņš)
made-page-cards = Kartītes (no 2 līdz { $max })
made-page-card = Kartīte { $number }
made-page-card-box = Kaste kartītei { $number }
made-page-reason-card = Kāpēc kartīte { $number } iederas tur
made-page-add-card = Pievienot kartīti
made-page-remove-card = Noņemt kartīti { $number }

# Pick the reply.
made-page-prompt = Situācija, piemēram, ziņa, ko saņem skolēni
made-page-replies = Atbildes (no 2 līdz 4, viena no tām pareiza)
made-page-reply = Atbilde { $number }
made-page-right = Atbilde { $number } ir pareizā
made-page-reason-reply = Kāpēc atbilde { $number } ir pareiza vai nepareiza
made-page-add-reply = Pievienot atbildi
made-page-remove-reply = Noņemt atbildi { $number }

# Spot the red flags.
made-page-screen = Ko redz skolēni
made-page-screen-message = Tērzēšanas ziņa
made-page-screen-email = E-pasta vēstule
made-page-screen-web = Tīmekļa lapa
made-page-parts = Rindas no augšas uz leju (no 2 līdz { $max }: dažas ir brīdinājuma zīmes, dažas ir kārtībā)
made-page-part = Rinda { $number }
made-page-flag = Rinda { $number } ir brīdinājuma zīme
made-page-reason-part = Kāpēc rinda { $number } ir kārtībā vai ir brīdinājuma zīme
made-page-add-part = Pievienot rindu
made-page-remove-part = Noņemt rindu { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Noņemt
made-page-check = Pārbaudīt līmeni
made-page-save = Saglabāt manos līmeņos
made-page-checking = Līmenis tiek pārbaudīts. Tas var aizņemt dažas sekundes…
# After saving; a made-checked-… message follows it.
made-page-saved = „{ $title }” ir saglabāts jūsu līmeņos.
made-page-copied = Kopija ir veidlapā augstāk. Mainiet to un tad saglabājiet.

# My levels.
made-page-library = Mani līmeņi
made-page-library-empty = Vēl nav neviena līmeņa. Šeit parādās līmeņi, ko saglabājat.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = labākais: { $par } { $par ->
        [zero] bloku
        [one] bloks
       *[other] bloki
    }
made-page-edit = Rediģēt
made-page-edit-level = Rediģēt: { $title }
made-page-copy = Kopēt
made-page-copy-level = Kopēt: { $title }
made-page-remove-level = Noņemt: { $title }
made-page-remove-confirm = Noņemt „{ $title }” no jūsu līmeņiem? Jau izveidotajās saitēs tas paliek.
made-page-remove-yes = Jā, noņemt
made-page-removed = „{ $title }” ir noņemts no jūsu līmeņiem.
made-page-download = Lejupielādēt manus līmeņus
made-page-import = Pievienot līmeņus no faila
made-page-import-file = Līmeņu fails
made-page-import-unreadable = Failu { $file } neizdevās nolasīt.

# In "Give levels to a class".
made-page-assign = Jūsu veidotie līmeņi
made-page-assign-none = Šeit parādās līmeņi, ko saglabājat sadaļā „Veidojiet savus līmeņus”.
made-page-assign-max = Vienā saitē ne vairāk kā { $max }. Saite ar jūsu veidotiem līmeņiem vienmēr ir parakstīta.
made-page-assignment-file = Lejupielādēt failu planšetēm
