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
