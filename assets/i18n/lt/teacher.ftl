# Mokytojo puslapis: nuoroda klasei, mokinių rezultatai, klasės vaizdas.
# Skaito mokytojai: kreipinys „Jūs“, paprastai ir tiksliai.

teacher-page-title = Byte Bridge mokytojams
teacher-title = Byte Bridge mokytojams
teacher-tagline = Duokite klasei lygių, surinkite rezultatus, pamatykite, kam reikia pagalbos.
teacher-skip = Pereiti prie puslapio turinio
teacher-language = Kalba

## Pagalba
teacher-help = Pagalba: kur keliauja klasės duomenys?
teacher-help-local = Viskas šiame puslapyje lieka šioje naršyklėje, šiame įrenginyje. Nėra paskyrų ir serverio: niekas niekur nesiunčiama, nebent skiltyje „Siųsti į įrašų saugyklą“ nustatote įrašų saugyklą.
teacher-help-files = Rezultatai ateina iš mokinių planšečių kaip failai arba QR kodai. Įkelkite failus skiltyje „Surinkti rezultatus“ arba nuskaitykite kodus šio įrenginio kamera.
teacher-help-signing = Pasirinkus „Pasirašyti mokinių failus klasės raktu“, planšetės pasirašo kiekvieną rezultatų failą ir QR kodą. Vėliau redaguotas failas čia pažymimas ir neįskaitomas; kai mokinio failai jau buvo pasirašyti, jo failai ir kodai be galiojančio parašo taip pat neįskaitomi. Raktas laikomas planšetėse, todėl taip sugaunami redaguoti failai, bet ne tas, kas nukopijuoja raktą iš planšetės ir pasirašo išgalvotus rezultatus.
teacher-help-notes = Tikri vardai, kuriuos įrašote šalia žaidimo vardo, lieka šioje naršyklėje. Jie išeina iš jos tik tada, kai pažymite „Įtraukti tikrus vardus“ ir atsisiunčiate CSV arba spausdinate klasės vaizdą.
teacher-help-backup = Išvalius šios naršyklės duomenis, ištrinami ir klasės duomenys. Kartais atsisiųskite CSV, kad turėtumėte kopiją.
teacher-help-insecure = Šis puslapis teikiamas ne per HTTPS, todėl negali veikti be interneto ir naudoti kameros. Rezultatų failai veikia visada.

## Pranešimai
teacher-dismiss = Gerai
teacher-storage-full = Šios naršyklės saugykla pilna, todėl naujausi pakeitimai neišsaugoti. Dabar atsisiųskite CSV, tada pašalinkite senas nuorodas arba išvalykite senus klasės duomenis.
teacher-storage-blocked = Ši naršyklė neleidžia puslapiui nieko išsaugoti (privatus režimas ar nustatymas). Uždarius skirtuką viskas dings, todėl prieš tai atsisiųskite CSV.
teacher-error-action = Kažkas nepavyko. Įkelkite puslapį iš naujo ir bandykite dar kartą; viskas, kas jau išsaugota, liks.
teacher-error-start = Mokytojo puslapio nepavyko paleisti. Įkelkite jį iš naujo. Jei tai kartojasi, pabandykite naujausią Chrome, Edge ar Firefox.
teacher-update-ready = Paruošta nauja Byte Bridge versija.
teacher-update = Įkelti iš naujo dabar

## Lygių davimas klasei
teacher-assign-title = Duoti lygių klasei
teacher-assign-intro = Pasirinkite lygius, tada sukurkite nuorodą. Mokiniai atidaro nuorodą planšetėse arba nuskaito jos QR kodą ir randa lygius kaip šiandienos užduotį.
teacher-class-name = Klasės pavadinimas
teacher-class-name-hint = Pavyzdžiui, 4B. Pavadinimas keliauja nuoroda į planšetes, todėl nenaudokite mokinio vardo.
teacher-levels = Lygiai
teacher-band-filter = Amžiaus grupė
teacher-band-all = Visi amžiai
teacher-competence-filter = DigComp 2.2 kompetencija
teacher-competence-all = Visos kompetencijos
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = DigComp 3.0 kompetencija
teacher-digcomp3-all = Visos kompetencijos
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Visas pasaulis „{ $world }“
teacher-no-levels = Šiuos filtrus atitinkančių lygių nėra.
teacher-levels-selected = { $count ->
        [0] Dar nepasirinktas nė vienas lygis.
        [one] Pasirinktas { $count } lygis.
        [few] Pasirinkti { $count } lygiai.
        [many] Pasirinkta { $count } lygio.
       *[other] Pasirinkta { $count } lygių.
    }
teacher-select-none = Išvalyti pasirinkimą
teacher-lock = Užrakinti kitus lygius
teacher-lock-hint = Kol ši užduotis yra planšetėje, mokiniai gali žaisti tik šiuos lygius.
teacher-sign = Pasirašyti mokinių failus klasės raktu
teacher-sign-hint = Rezultatų failas ar QR kodas, redaguotas po to, kai planšetė jį išsaugojo, pažymimas ir neįskaitomas. Raktas laikomas planšetėse, todėl jį nukopijavęs iš planšetės žmogus vis tiek gali pasirašyti išgalvotus rezultatus.
teacher-create = Sukurti nuorodą

## Nuoroda
teacher-link-ready = Jūsų klasės nuoroda
teacher-link = Nuoroda
teacher-copy = Kopijuoti nuorodą
teacher-copied = Nuoroda nukopijuota.
teacher-copy-manual = Nuoroda pažymėta. Nukopijuokite ją savo įrenginio kopijavimo komanda.
teacher-qr-label = Nuorodos QR kodas: { $name }
teacher-qr-caption = Mokiniai nuskaito šį kodą planšetės kamera ir atidaro užduotį.
teacher-print-sheet = Spausdinti lapą
teacher-earlier-title = Ankstesnės nuorodos
teacher-assignment-meta = { $count ->
        [one] { $count } lygis
        [few] { $count } lygiai
        [many] { $count } lygio
       *[other] { $count } lygių
    }, sukurta { $date }
teacher-assignment-levels = { $count ->
        [one] Rodyti lygį
        [few] Rodyti visus { $count } lygius
        [many] Rodyti visus { $count } lygio
       *[other] Rodyti visus { $count } lygių
    }
teacher-assignment-locked = kiti lygiai užrakinti
teacher-assignment-signed = failai pasirašyti
teacher-assignment-unsigned = failai nepasirašyti
teacher-show-qr = Rodyti QR kodą
teacher-hide-qr = Slėpti QR kodą
teacher-remove = Pašalinti nuorodą
teacher-remove-confirm = Pašalinti nuorodą „{ $name }“ iš šio puslapio?
teacher-remove-yes = Taip, pašalinti
teacher-cancel = Atšaukti
teacher-assignment-option = { $name } ({ $date })

## Atspausdintas lapas mokiniams
teacher-sheet-title = Šiandienos užduotis
teacher-sheet-how = Nuskaityk kodą planšetės kamera arba įrašyk žemiau esančią nuorodą į naršyklę.
teacher-sheet-levels = Šiandienos lygiai

## Rezultatų surinkimas
teacher-collect-title = Surinkti rezultatus
teacher-collect-intro = Įkelkite mokinių rezultatų failus – kiek norite iš karto – arba nuskaitykite QR kodus jų planšetėse.
teacher-drop-hint = Numeskite mokinių failus čia
teacher-files-label = Mokinių rezultatų failai
teacher-choose-files = Pasirinkti failus
teacher-results-title = Įkelta
teacher-results-empty = Dar neįkelta jokių failų.
teacher-results-clear = Išvalyti šį sąrašą
teacher-file-altered = Įspėjimas: šis failas buvo redaguotas po to, kai planšetė jį išsaugojo.
teacher-file-failed = Neįkelta:
teacher-file-unreadable = Failo { $file } nepavyko perskaityti. Bandykite dar kartą arba išsaugokite jį planšetėje iš naujo.
teacher-code-unreadable = Šio QR kodo nepavyko perskaityti. Bandykite dar kartą.
teacher-status-signed = pasirašyta
teacher-status-unsigned = netikrinta
teacher-status-summary = iš QR kodo
teacher-scan-title = Nuskaityti QR kodus
teacher-scan-intro = Nukreipkite kamerą į mokinio rezultatų kodą. Ji ieško kito mokinio kodo, kol ją sustabdysite.
teacher-scan = Nuskaityti QR kodą
teacher-stop-camera = Sustabdyti kamerą
teacher-camera-label = Kameros vaizdas
teacher-camera-starting = Įjungiama kamera…
teacher-camera-looking = Ieškoma QR kodo…
teacher-camera-next = Gauta. Rodykite kitą kodą.
teacher-camera-stopped = Kamera išjungta.
teacher-camera-unavailable = Čia kameros naudoti negalima: jos nėra, ji neleista arba puslapis teikiamas ne per HTTPS. Rezultatų failai veikia visada.
teacher-scanner-unavailable = QR kodų skaitytuvo nepavyko įkelti. Vieną kartą prisijunkite prie interneto ir bandykite dar kartą. Rezultatų failai veikia visada.

## Jūsų klasė
teacher-class-title = Jūsų klasė
teacher-show-assignment = Rodyti
teacher-all-levels = Visi lygiai
teacher-no-pupils = Rezultatų dar nėra. Surinkite mokinių failus ar kodus aukščiau.
teacher-note-hint = Tikri vardai lieka tik šiame įrenginyje. Atsisiunčiamuose failuose jų nėra, nebent pažymite „Įtraukti tikrus vardus“.
teacher-note-label = Tikras vardas
teacher-note-for = Tikras vardas: { $name }
teacher-grid-caption = { $count ->
        [one] { $count } mokinys, visi lygiai
        [few] { $count } mokiniai, visi lygiai
        [many] { $count } mokinio, visi lygiai
       *[other] { $count } mokinių, visi lygiai
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } mokinys
        [few] { $name }: { $count } mokiniai
        [many] { $name }: { $count } mokinio
       *[other] { $name }: { $count } mokinių
    }
teacher-pupil = Mokinys
teacher-pupil-altered = Redaguotas failas
teacher-cell-empty = nežaista
teacher-cell-detail = { $attempts ->
        [one] { $attempts } bandymas
        [few] { $attempts } bandymai
        [many] { $attempts } bandymo
       *[other] { $attempts } bandymų
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } užuomina
        [few] {" "}· { $hints } užuominos
        [many] {" "}· { $hints } užuominos
       *[other] {" "}· { $hints } užuominų
    }
teacher-forget = Pašalinti mokinį
teacher-forget-pupil = Pašalinti mokinį { $name }
teacher-forget-confirm = Pašalinti „{ $name }“ ir visus šio mokinio rezultatus iš šio puslapio?
teacher-forget-yes = Taip, pašalinti
teacher-forgotten = Pašalinta: { $name }.

## Vienas mokinys viename lygyje
teacher-cell-title = { $pupil }: { $level }
teacher-close = Uždaryti
teacher-no-attempts = Bandymų dar nėra.
teacher-attempt-title = Bandymas { $number }, { $when }
teacher-attempt-stars = Žvaigždės
teacher-stars-count = { $count ->
        [one] { $count } žvaigždė
        [few] { $count } žvaigždės
        [many] { $count } žvaigždės
       *[other] { $count } žvaigždžių
    }
teacher-attempt-outcome = Rezultatas
teacher-attempt-time = Laikas
teacher-attempt-hints = Užuominos
teacher-attempt-mistakes = Klaidos
teacher-program-main = Pagrindinė programa
teacher-program-p1 = Padėjėjas 1
teacher-program-p2 = Padėjėjas 2
teacher-program-empty = (tuščia)
teacher-tile-else = kitaip
teacher-code = Kaip kodas
teacher-code-note = Ta pati programa kaip tekstas, į Python panašia kalba. Mokiniai ją mato žaidime per „Rodyti kaip kodą“.
teacher-answers = Atsakymai

## Pagal lygį
teacher-summary-title = Pagal lygį
teacher-summary-caption = Kaip sekėsi kiekviename lygyje
teacher-summary-level = Lygis
teacher-summary-played = Žaidė
teacher-summary-finished = Įveikė
teacher-summary-stuck = Įstrigo
teacher-summary-mean = Vidutiniškai bandymų
teacher-summary-common = Dažniausios problemos
teacher-problem-count = { $text } × { $count }

## Atsisiųsti, spausdinti, išvalyti
teacher-export-title = Atsisiųsti, spausdinti, išvalyti
teacher-include-notes = Įtraukti tikrus vardus
teacher-include-notes-hint = Žymėkite tai tik failui ar spaudiniui, kuris lieka pas jus, pavyzdžiui, jūsų pačių įrašams.
teacher-download-csv = Atsisiųsti CSV
teacher-download-xapi = Atsisiųsti xAPI (JSON)
teacher-print-class = Spausdinti klasės vaizdą
teacher-clear = Išvalyti klasės duomenis
teacher-clear-confirm = Ištrinti iš šios naršyklės visus mokinius, rezultatus, tikrus vardus ir nuorodas? To atšaukti negalima. Jei norite išsaugoti rezultatus, pirmiausia atsisiųskite CSV.
teacher-clear-yes = Taip, ištrinti viską
teacher-cleared = Klasės duomenys ištrinti.
teacher-language-unavailable = Kalbos { $language } atsisiųsti nepavyko: ši naršyklė jos dar neturi. Prisijunkite prie interneto ir pasirinkite ją dar kartą.

## Siuntimas į mokymosi įrašų saugyklą (LRS)
teacher-lrs-title = Siųsti į įrašų saugyklą
teacher-lrs-intro = Jei jūsų mokykla ar ministerija renka rezultatus mokymosi įrašų saugykloje (LRS), čia įveskite jos xAPI adresą, raktą ir paslaptį. Tada kiekvienas jūsų įkeltas rezultatas bus savaime išsiųstas ten, ir kiekvienas tik vieną kartą. Adresas, raktas ir paslaptis lieka šioje naršyklėje: mokinių planšetės jų niekada negauna.
teacher-lrs-endpoint = xAPI adresas (endpoint)
teacher-lrs-key = Raktas (naudotojo vardas)
teacher-lrs-secret = Paslaptis (slaptažodis)
teacher-lrs-secret-kept = Palikite tuščią, jei norite išlaikyti anksčiau šiam adresui ir raktui išsaugotą paslaptį.
teacher-lrs-save = Išsaugoti ir siųsti
teacher-lrs-forget = Pamiršti šią įrašų saugyklą
teacher-lrs-retry = Bandyti dar kartą dabar
teacher-lrs-off = Įrašų saugykla nenustatyta. Rezultatai lieka šioje naršyklėje ir jūsų atsisiųstuose failuose.
teacher-lrs-done = { $sent ->
        [one] Viskas išsiųsta: įrašų saugykloje yra { $sent } rezultatas.
        [few] Viskas išsiųsta: įrašų saugykloje yra { $sent } rezultatai.
        [many] Viskas išsiųsta: įrašų saugykloje yra { $sent } rezultato.
       *[other] Viskas išsiųsta: įrašų saugykloje yra { $sent } rezultatų.
    }
teacher-lrs-sending = { $waiting ->
        [one] Siunčiama: laukia { $waiting } rezultatas.
        [few] Siunčiama: laukia { $waiting } rezultatai.
        [many] Siunčiama: laukia { $waiting } rezultato.
       *[other] Siunčiama: laukia { $waiting } rezultatų.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Laukia { $waiting } rezultatas: įrašų saugyklos nepavyksta pasiekti. Bus bandoma vėl po { $seconds } s. Jei šis pranešimas nedingsta, paprašykite įrašų saugyklą tvarkančio žmogaus, kad leistų šio puslapio adresą.
        [few] Laukia { $waiting } rezultatai: įrašų saugyklos nepavyksta pasiekti. Bus bandoma vėl po { $seconds } s. Jei šis pranešimas nedingsta, paprašykite įrašų saugyklą tvarkančio žmogaus, kad leistų šio puslapio adresą.
        [many] Laukia { $waiting } rezultato: įrašų saugyklos nepavyksta pasiekti. Bus bandoma vėl po { $seconds } s. Jei šis pranešimas nedingsta, paprašykite įrašų saugyklą tvarkančio žmogaus, kad leistų šio puslapio adresą.
       *[other] Laukia { $waiting } rezultatų: įrašų saugyklos nepavyksta pasiekti. Bus bandoma vėl po { $seconds } s. Jei šis pranešimas nedingsta, paprašykite įrašų saugyklą tvarkančio žmogaus, kad leistų šio puslapio adresą.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Laukia { $waiting } rezultatas: įrašų saugykla atsakė klaida { $status }. Bus bandoma vėl po { $seconds } s.
        [few] Laukia { $waiting } rezultatai: įrašų saugykla atsakė klaida { $status }. Bus bandoma vėl po { $seconds } s.
        [many] Laukia { $waiting } rezultato: įrašų saugykla atsakė klaida { $status }. Bus bandoma vėl po { $seconds } s.
       *[other] Laukia { $waiting } rezultatų: įrašų saugykla atsakė klaida { $status }. Bus bandoma vėl po { $seconds } s.
    }
teacher-lrs-stopped-key = Siuntimas sustabdytas: įrašų saugykla nepriima šio rakto ir paslapties. Patikrinkite juos ir išsaugokite dar kartą.
teacher-lrs-stopped-forbidden = Siuntimas sustabdytas: šiuo raktu negalima pridėti rezultatų į įrašų saugyklą. Paprašykite ją tvarkančio žmogaus rakto, kuriuo galima rašyti teiginius (statements).
teacher-lrs-stopped-address = Siuntimas sustabdytas: šiuo adresu atsako ne įrašų saugykla (atsakymas { $status }). Patikrinkite xAPI adresą.
teacher-lrs-refused = { $refused ->
        [one] Įrašų saugykla atmetė { $refused } rezultatą. Jis atidėtas ir nebus siunčiamas dar kartą.
        [few] Įrašų saugykla atmetė { $refused } rezultatus. Jie atidėti ir nebus siunčiami dar kartą.
        [many] Įrašų saugykla atmetė { $refused } rezultato. Jie atidėti ir nebus siunčiami dar kartą.
       *[other] Įrašų saugykla atmetė { $refused } rezultatų. Jie atidėti ir nebus siunčiami dar kartą.
    }
teacher-lrs-load-damaged = Nepavyko perskaityti šioje naršyklėje išsaugotų įrašų saugyklos nustatymų. Įveskite juos dar kartą: rezultatai, kuriuos įrašų saugykla jau turi, nebus įrašyti du kartus.
teacher-lrs-load-newer = Įrašų saugyklos nustatymus išsaugojo naujesnė šio puslapio versija. Įkelkite puslapį iš naujo, kad gautumėte naują versiją; iki tol niekas nesiunčiama.
teacher-lrs-error-no-address = Įveskite įrašų saugyklos xAPI adresą.
teacher-lrs-error-address = Tai nėra įrašų saugyklos interneto adresas. Jis turėtų atrodyti kaip https://lrs.example.org/xAPI/, be ? ir #.
teacher-lrs-error-insecure = Adresas turi prasidėti https://, kad raktas ir rezultatai keliautų užšifruoti.
teacher-lrs-error-credentials-in-address = Raktą ir paslaptį įrašykite į jiems skirtus laukus, ne į adresą.
teacher-lrs-error-no-key = Įveskite raktą ir paslaptį, kuriuos gavote įrašų saugyklai.
teacher-lrs-error-bad-key = Rakte negali būti ":". Nei rakte, nei paslaptyje negali būti eilučių lūžių.
teacher-lrs-error-too-long = Vienas iš laukų per ilgas: adresas, raktas ir paslaptis gali turėti ne daugiau kaip po 500 simbolių.
teacher-lrs-forgotten = Įrašų saugyklos adresas, raktas ir paslaptis pašalinti iš šios naršyklės.
teacher-lrs-empty = Kol kas nėra ko siųsti. Jūsų įkelti rezultatai bus savaime išsiųsti į įrašų saugyklą.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Pavadinimas
made-field-task = Užduotis
made-field-learned = „Ką mokiniai išmoko“
made-field-hint = Užuomina
made-field-box = Dėžė
made-field-card = Kortelė
made-field-prompt = Situacija
made-field-reply = Atsakymas
made-field-part = Žinutės eilutė
made-field-reason = Paaiškinimas
made-problem-damaged = Tai ne šiame puslapyje sukurtas lygis arba jis sugadintas.
made-problem-newer = Šis lygis sukurtas naujesne šio puslapio versija. Įkelkite puslapį iš naujo, kad gautumėte naują versiją.
made-problem-language = Šis puslapis nežino šio lygio kalbos.
made-problem-missing = { $field }: užpildykite šį lauką.
made-problem-too-long = { $field }: sutrumpinkite tekstą (ne daugiau kaip { $max } { $max ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    }).
made-problem-undrawable = { $field }: kai kurių simbolių planšetėse parodyti negalima: { $chars }. Naudokite raides, skaitmenis ir įprastus skyrybos ženklus (be jaustukų).
made-problem-hints = Lygiui reikia trijų užuominų: mažo postūmio, idėjos, o tada dalies atsakymo.
made-problem-count = { $field }: per mažai arba per daug (ne daugiau kaip { $max }).
made-problem-one-right = Pažymėkite lygiai vieną atsakymą kaip teisingą.
made-problem-box-unused = Kiekvienai dėžei turi priklausyti bent viena kortelė.
made-problem-flags = Pažymėkite bent vieną eilutę kaip pavojaus ženklą ir palikite bent vieną eilutę be pavojaus ženklo.
made-problem-board-size = Lenta turi būti nuo 2 iki { $max } { $max ->
        [one] langelio
        [few] langelių
        [many] langelio
       *[other] langelių
    } pločio ir nuo 1 iki { $max } { $max ->
        [one] langelio
        [few] langelių
        [many] langelio
       *[other] langelių
    } aukščio.
made-problem-board-start = Padėkite ant lentos lygiai vieną pradžios langelį.
made-problem-board-goal = Padėkite ant lentos vėliavėlę arba bent vieną lempą.
made-problem-board = Lenta pažeidžia žaidimo taisyklę. Patikrinkite langelius ir blokus, kuriuos siūlote.
made-problem-tiles = Pasiūlykite bent vieną bloką.
made-problem-already-solved = Robotas baigia dar nepajudėjęs: perkelkite vėliavėlę toliau nuo pradžios.
made-problem-slots = Trumpiausia šią lentą išsprendžianti programa turi { $tiles } { $tiles ->
        [one] bloką
        [few] blokus
        [many] bloko
       *[other] blokų
    }. Leiskite programai turėti bent { $tiles } { $tiles ->
        [one] bloką
        [few] blokus
        [many] bloko
       *[other] blokų
    }.
made-problem-unsolvable = Su šiais blokais robotas negali pasiekti vėliavėlės (ir kiekvienos lempos). Atverkite kelią arba pasiūlykite daugiau blokų (pavyzdžiui, posūkių ar ciklą).
made-problem-too-large = Ši lenta per didelė, kad ją būtų galima patikrinti: nė viena programa, trumpesnė nei { $tiles } { $tiles ->
        [one] blokas
        [few] blokai
        [many] bloko
       *[other] blokų
    }, jos neišsprendžia, o ilgesnių per daug, kad visas būtų galima išbandyti. Sumažinkite lentą ar sutrumpinkite kelią arba pasiūlykite ciklą.
made-problem-par = Lygis dar neturi geriausio sprendimo: pirmiausia patikrinkite jį šiame puslapyje.
made-checked-robot = Robotas gali tai padaryti: geriausia programa turi { $par } { $par ->
        [one] bloką
        [few] blokus
        [many] bloko
       *[other] blokų
    }. Mokiniai gauna 3 žvaigždes, jei panaudoja { $par } { $par ->
        [one] bloką
        [few] blokus
        [many] bloko
       *[other] blokų
    } ar mažiau.
made-checked-answers = Paruošta: kiekvienas atsakymas turi paaiškinimą.
made-kind-robot_grid = Robotas ant lentos
made-kind-sort = Rūšiavimas į dvi dėžes
made-kind-pick_reply = Atsakymo pasirinkimas
made-kind-spot_flags = Pavojaus ženklų paieška
made-copy-title = { $title } (kopija)
made-import-done = { $added ->
    [one] Pridėtas { $added } lygis.
    [few] Pridėti { $added } lygiai.
    [many] Pridėta { $added } lygio.
   *[other] Pridėta { $added } lygių.
} { $skipped ->
    [0] {""}
    [one] { $skipped } lygis jau buvo čia.
    [few] { $skipped } lygiai jau buvo čia.
    [many] { $skipped } lygio jau buvo čia.
   *[other] { $skipped } lygių jau buvo čia.
}
made-import-not-ours = { $file } nėra šio puslapio lygių failas.
made-import-too-large = Failas { $file } per didelis lygių failui (ne daugiau kaip 1 MB ir 100 lygių).
made-import-bad-level = { $file }: { $number } lygio („{ $title }“) naudoti negalima, todėl nieko nepridėta. { $problem }
made-assign-too-many = Klasės nuorodoje gali būti ne daugiau kaip { $max } { $max ->
        [one] Jūsų sukurtas lygis
        [few] Jūsų sukurti lygiai
        [many] Jūsų sukurto lygio
       *[other] Jūsų sukurtų lygių
    }.
made-assign-unknown = Vieno iš pasirinktų lygių Jūsų bibliotekoje nebėra. Pasirinkite lygius iš naujo.
made-qr-too-long = Ši nuoroda per ilga QR kodui, kurį galėtų nuskaityti planšetė ({ $length } { $length ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    }; kodas talpina { $max }). Pasidalykite pačia nuoroda arba atsisiųskite failą ir atidarykite jį kiekvienoje planšetėje skiltyje „Suaugusiesiems“ → „Įkelti žaidėjus iš failo“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Kurkite savo lygius
made-page-intro = Parašykite lygį savais žodžiais ir patikrinkite, ar jis veikia. Jūsų lygiai saugomi šioje naršyklėje skiltyje „Mano lygiai“, ir galite juos duoti klasei kaip žaidimo lygius.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Naujas lygis
made-page-editing = Keičiamas lygis „{ $title }“
made-page-editing-hint = Išsaugojus senoji versija Jūsų lygiuose bus pakeista.
made-page-start-new = Pradėti naują lygį
made-page-kind = Lygio rūšis
made-page-band = Amžiaus grupė
made-page-title = Pavadinimas
made-page-task = Užduotis: ką turi padaryti mokiniai
made-page-learned = Ką mokiniai išmoko (rodoma pabaigoje)
made-page-hints = Trys užuominos
made-page-hint-1 = 1 užuomina: mažas postūmis
made-page-hint-2 = 2 užuomina: idėja
made-page-hint-3 = 3 užuomina: dalis atsakymo, bet ne visas

# The robot grid.
made-page-width = Plotis (langeliais)
made-page-height = Aukštis (eilutėmis)
made-page-paint = Kuo dažyti
made-page-board = Lenta
made-page-board-hint = Palieskite langelį, kad jį nudažytumėte. Pradžia ir vėliavėlė yra tik po vieną: nudažius naują, ji perkeliama. Klaviatūra tarp langelių galima judėti rodyklių klavišais.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = { $row } eilutė, { $column } langelis: { $what }
made-page-square-wall = siena
made-page-square-floor = grindys
made-page-square-start = pradžia
made-page-square-flag = vėliavėlė
made-page-square-lamp = lempa
made-page-square-red = raudonos grindys
made-page-square-blue = mėlynos grindys
made-page-square-green = žalios grindys
made-page-facing = Pradžioje robotas atsisukęs į
made-page-facing-north = šiaurę (aukštyn)
made-page-facing-east = rytus (į dešinę)
made-page-facing-south = pietus (žemyn)
made-page-facing-west = vakarus (į kairę)
made-page-tiles = Blokai, kuriuos mokiniai gali naudoti
made-page-conditions = Klausimai, kuriuos gali užduoti blokai „Jei“ ir „Kartoti, kol“
made-page-conditions-hint = Pažymėkite bent vieną.
made-page-slots-main = Blokų vietos pagrindinėje programoje (nuo 1 iki 16)
made-page-slots-p1 = Blokų vietos Padėjėjuje 1 (nuo 1 iki 10)

# Sort into two boxes.
made-page-box-left = Kairė dėžė (varnelė)
made-page-box-right = Dešinė dėžė (kryželis)
made-page-cards = Kortelės (nuo 2 iki { $max })
made-page-card = { $number } kortelė
made-page-card-box = { $number } kortelės dėžė
made-page-reason-card = Kodėl { $number } kortelė priklauso ten
made-page-add-card = Pridėti kortelę
made-page-remove-card = Pašalinti { $number } kortelę

# Pick the reply.
made-page-prompt = Situacija, pavyzdžiui, žinutė, kurią gauna mokiniai
made-page-replies = Atsakymai (nuo 2 iki 4, vienas iš jų teisingas)
made-page-reply = { $number } atsakymas
made-page-right = { $number } atsakymas yra teisingas
made-page-reason-reply = Kodėl { $number } atsakymas teisingas arba neteisingas
made-page-add-reply = Pridėti atsakymą
made-page-remove-reply = Pašalinti { $number } atsakymą

# Spot the red flags.
made-page-screen = Ką mato mokiniai
made-page-screen-message = Pokalbio žinutė
made-page-screen-email = El. laiškas
made-page-screen-web = Tinklalapis
made-page-parts = Eilutės iš viršaus į apačią (nuo 2 iki { $max }: kai kurios yra pavojaus ženklai, kitos ne)
made-page-part = { $number } eilutė
made-page-flag = { $number } eilutė yra pavojaus ženklas
made-page-reason-part = Kodėl { $number } eilutė yra tvarkinga arba yra pavojaus ženklas
made-page-add-part = Pridėti eilutę
made-page-remove-part = Pašalinti { $number } eilutę

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Pašalinti
made-page-check = Patikrinti lygį
made-page-save = Išsaugoti mano lygiuose
made-page-checking = Lygis tikrinamas. Tai gali užtrukti kelias sekundes…
# After saving; a made-checked-… message follows it.
made-page-saved = „{ $title }“ išsaugotas Jūsų lygiuose.
made-page-copied = Kopija yra formoje viršuje. Pakeiskite ją ir išsaugokite.

# My levels.
made-page-library = Mano lygiai
made-page-library-empty = Lygių dar nėra. Čia bus rodomi Jūsų išsaugoti lygiai.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = geriausia: { $par } { $par ->
        [one] blokas
        [few] blokai
        [many] bloko
       *[other] blokų
    }
made-page-edit = Redaguoti
made-page-edit-level = Redaguoti: { $title }
made-page-copy = Kopijuoti
made-page-copy-level = Kopijuoti: { $title }
made-page-remove-level = Pašalinti: { $title }
made-page-remove-confirm = Pašalinti „{ $title }“ iš Jūsų lygių? Jau sukurtose nuorodose jis liks.
made-page-remove-yes = Taip, pašalinti
made-page-removed = „{ $title }“ pašalintas iš Jūsų lygių.
made-page-download = Atsisiųsti mano lygius
made-page-import = Pridėti lygių iš failo
made-page-import-file = Lygių failas
made-page-import-unreadable = Failo { $file } nepavyko perskaityti.

# In "Give levels to a class".
made-page-assign = Jūsų sukurti lygiai
made-page-assign-none = Čia bus rodomi lygiai, kuriuos išsaugote skiltyje „Kurkite savo lygius“.
made-page-assign-max = Vienoje nuorodoje ne daugiau kaip { $max }. Nuoroda su Jūsų sukurtais lygiais visada pasirašoma.
made-page-assignment-file = Atsisiųsti failą planšetėms
