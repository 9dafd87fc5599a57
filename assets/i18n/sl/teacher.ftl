# The teacher page: a link for a class, the pupils' results, the class view. Read by
# teachers: plain, friendly and exact; the teacher is addressed formally ("vi").

teacher-page-title = Byte Bridge za učitelje
teacher-title = Byte Bridge za učitelje
teacher-tagline = Razredu dodelite stopnje, zberite rezultate in poglejte, kdo potrebuje pomoč.
teacher-skip = Preskoči na vsebino strani
teacher-language = Jezik

## Help
teacher-help = Pomoč: kam gredo podatki razreda?
teacher-help-local = Vse na tej strani ostane v tem brskalniku na tej napravi. Ni računov in ni strežnika: nič se nikamor ne pošilja, razen če shrambo zapisov nastavite pod „Pošlji v shrambo zapisov“.
teacher-help-files = Rezultati pridejo s tablic učencev, kot datoteke ali kode QR. Datoteke prenesite pod „Zberi rezultate“ ali kode skenirajte s kamero te naprave.
teacher-help-signing = Z možnostjo „Podpiši datoteke učencev s ključem razreda“ tablice podpišejo vsako datoteko z rezultati in vsako kodo QR. Datoteka, ki je bila pozneje spremenjena, je tu označena in se ne šteje; ko so bile datoteke učenca enkrat podpisane, se tudi njegove datoteke in kode brez veljavnega podpisa ne štejejo. Ključ je shranjen na tablicah, zato to ujame spremenjene datoteke, ne pa nekoga, ki ključ kopira s tablice in podpiše izmišljene rezultate.
teacher-help-notes = Prava imena, ki jih vpišete poleg imena v igri, ostanejo v tem brskalniku. Zapustijo ga samo, če označite „Vključi prava imena“ in nato prenesete CSV ali natisnete pregled razreda.
teacher-help-backup = Če izbrišete podatke tega brskalnika, se izbrišejo tudi podatki razreda. CSV občasno prenesite, da imate kopijo.
teacher-help-insecure = Ta stran se ne nalaga prek HTTPS, zato ne deluje brez povezave in ne more uporabljati kamere. Datoteke z rezultati delujejo vedno.

## Banners
teacher-dismiss = V redu
teacher-storage-full = Pomnilnik tega brskalnika je poln, zato vaše zadnje spremembe niso shranjene. Zdaj prenesite CSV in nato odstranite stare povezave ali stare podatke razreda.
teacher-storage-blocked = Ta brskalnik strani ne dovoli ničesar shraniti (zasebni način ali nastavitev). Ko zaprete zavihek, se vse izgubi, zato prej prenesite CSV.
teacher-error-action = Nekaj je šlo narobe. Znova naložite stran in poskusite ponovno; vse, kar je bilo shranjeno doslej, ostane.
teacher-error-start = Strani za učitelje ni bilo mogoče zagnati. Znova jo naložite. Če se to ponavlja, poskusite s posodobljenim brskalnikom Chrome, Edge ali Firefox.
teacher-update-ready = Na voljo je nova različica Byte Bridge.
teacher-update = Znova naloži zdaj

## Give levels to a class
teacher-assign-title = Dodelite stopnje razredu
teacher-assign-intro = Izberite stopnje in nato ustvarite povezavo. Učenci odprejo povezavo na tablicah ali skenirajo njeno kodo QR in najdejo stopnje kot današnjo nalogo.
teacher-class-name = Ime razreda
teacher-class-name-hint = Na primer 4. b. Ime potuje v povezavi na tablice, zato ne uporabite imena učenca.
teacher-levels = Stopnje
teacher-band-filter = Starostna skupina
teacher-band-all = Vse starosti
teacher-competence-filter = Kompetenca DigComp 2.2
teacher-competence-all = Vse kompetence
# A DigComp competence in the filter, e.g. "3.4 Programiranje".
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Kompetenca DigComp 3.0
teacher-digcomp3-all = Vse kompetence
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Vse iz „{ $world }“
teacher-no-levels = Nobena stopnja ne ustreza tem filtrom.
teacher-levels-selected = { $count ->
        [0] Nobena stopnja še ni izbrana.
        [one] { $count } stopnja izbrana.
        [two] { $count } stopnji izbrani.
        [few] { $count } stopnje izbrane.
       *[other] { $count } stopenj izbranih.
    }
teacher-select-none = Počisti izbiro
teacher-lock = Zakleni druge stopnje
teacher-lock-hint = Učenci lahko igrajo samo te stopnje, dokler je ta naloga na njihovi tablici.
teacher-sign = Podpiši datoteke učencev s ključem razreda
teacher-sign-hint = Datoteka z rezultati ali koda QR, ki je bila spremenjena po tem, ko jo je tablica shranila, je označena in se ne šteje. Ključ je shranjen na tablicah, zato lahko kdor ga kopira s tablice, še vedno podpiše izmišljene rezultate.
teacher-create = Ustvari povezavo

## The link
teacher-link-ready = Povezava za vaš razred
teacher-link = Povezava
teacher-copy = Kopiraj povezavo
teacher-copied = Povezava je kopirana.
teacher-copy-manual = Povezava je izbrana. Kopirajte jo z ukazom za kopiranje na svoji napravi.
teacher-qr-label = Koda QR povezave za { $name }
teacher-qr-caption = Učenci to kodo skenirajo s kamero tablice, da odprejo nalogo.
teacher-print-sheet = Natisni list
teacher-earlier-title = Prejšnje povezave
# Under a link's class name; $date is already formatted.
teacher-assignment-meta = { $count ->
        [one] { $count } stopnja
        [two] { $count } stopnji
        [few] { $count } stopnje
       *[other] { $count } stopenj
    }, ustvarjeno { $date }
teacher-assignment-levels = { $count ->
        [one] Pokaži stopnjo
        [two] Pokaži obe stopnji
        [few] Pokaži vse { $count } stopnje
       *[other] Pokaži vseh { $count } stopenj
    }
teacher-assignment-locked = druge stopnje zaklenjene
teacher-assignment-signed = datoteke podpisane
teacher-assignment-unsigned = datoteke niso podpisane
teacher-show-qr = Pokaži kodo QR
teacher-hide-qr = Skrij kodo QR
teacher-remove = Odstrani povezavo
teacher-remove-confirm = Ali želite s te strani odstraniti povezavo za „{ $name }“?
teacher-remove-yes = Da, odstrani
teacher-cancel = Prekliči
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Današnja naloga
teacher-sheet-how = Kodo skeniraj s kamero tablice ali povezavo spodaj vpiši v brskalnik.
teacher-sheet-levels = Današnje stopnje

## Collect results
teacher-collect-title = Zberi rezultate
teacher-collect-intro = Prenesite datoteke z rezultati učencev, kolikor jih želite naenkrat, ali skenirajte kode QR na njihovih tablicah.
teacher-drop-hint = Datoteke učencev spustite sem
teacher-files-label = Datoteke z rezultati učencev
teacher-choose-files = Izberi datoteke
teacher-results-title = Preneseno
teacher-results-empty = Še ni prenesenih datotek.
teacher-results-clear = Počisti seznam
teacher-file-altered = Opozorilo: ta datoteka je bila spremenjena, potem ko jo je tablica shranila.
teacher-file-failed = Ni preneseno:
teacher-file-unreadable = Datoteke { $file } ni bilo mogoče prebrati. Poskusite znova ali jo znova shranite na tablici.
teacher-code-unreadable = Te kode QR ni bilo mogoče prebrati. Poskusite znova.
teacher-status-signed = podpisano
teacher-status-unsigned = ni preverjeno
teacher-status-summary = iz kode QR
teacher-scan-title = Skeniraj kode QR
teacher-scan-intro = Kamero usmerite v kodo z rezultati učenca. Kamera išče naslednjega učenca, dokler je ne ustavite.
teacher-scan = Skeniraj kodo QR
teacher-stop-camera = Ustavi kamero
teacher-camera-label = Slika kamere
teacher-camera-starting = Kamera se zaganja …
teacher-camera-looking = Iščem kodo QR …
teacher-camera-next = Uspelo. Pokažite naslednjo kodo.
teacher-camera-stopped = Kamera je izklopljena.
teacher-camera-unavailable = Kamere tukaj ni mogoče uporabiti: ni je, ni bila dovoljena ali pa se stran ne nalaga prek HTTPS. Datoteke z rezultati delujejo vedno.
teacher-scanner-unavailable = Bralnika kod QR ni bilo mogoče naložiti. Enkrat se povežite z internetom in poskusite znova. Datoteke z rezultati delujejo vedno.

## Your class
teacher-class-title = Vaš razred
teacher-show-assignment = Pokaži
teacher-all-levels = Vse stopnje
teacher-no-pupils = Še ni rezultatov. Zgoraj zberite datoteke ali kode učencev.
teacher-note-hint = Prava imena ostanejo samo na tej napravi. Prenosi jih izpustijo, razen če označite „Vključi prava imena“.
teacher-note-label = Pravo ime
teacher-note-for = Pravo ime za { $name }
teacher-grid-caption = { $count ->
        [one] { $count } učenec, vse stopnje
        [two] { $count } učenca, vse stopnje
        [few] { $count } učenci, vse stopnje
       *[other] { $count } učencev, vse stopnje
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } učenec
        [two] { $name }: { $count } učenca
        [few] { $name }: { $count } učenci
       *[other] { $name }: { $count } učencev
    }
teacher-pupil = Učenec
teacher-pupil-altered = Spremenjena datoteka
teacher-cell-empty = ni igrano
# The small line in a played cell; $time is already formatted, e.g. "1:35".
teacher-cell-detail = { $attempts ->
        [one] { $attempts } poskus
        [two] { $attempts } poskusa
        [few] { $attempts } poskusi
       *[other] { $attempts } poskusov
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } namig
        [two] {" "}· { $hints } namiga
        [few] {" "}· { $hints } namigi
       *[other] {" "}· { $hints } namigov
    }
teacher-forget = Odstrani učenca
teacher-forget-pupil = Odstrani učenca { $name }
teacher-forget-confirm = Ali želite s te strani odstraniti „{ $name }“ skupaj z vsemi rezultati?
teacher-forget-yes = Da, odstrani
teacher-forgotten = Odstranjeno: { $name }.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Zapri
teacher-no-attempts = Še ni poskusov.
teacher-attempt-title = Poskus { $number }, { $when }
teacher-attempt-stars = Zvezdice
teacher-stars-count = { $count ->
        [one] { $count } zvezdica
        [two] { $count } zvezdici
        [few] { $count } zvezdice
       *[other] { $count } zvezdic
    }
teacher-attempt-outcome = Izid
teacher-attempt-time = Čas
teacher-attempt-hints = Namigi
teacher-attempt-mistakes = Napake
teacher-program-main = Glavni program
teacher-program-p1 = Pomočnik 1
teacher-program-p2 = Pomočnik 2
teacher-program-empty = (prazno)
teacher-tile-else = sicer
teacher-code = Kot koda
teacher-code-note = Isti program kot besedilo, v jeziku, podobnem Pythonu. Učenci ga v igri vidijo z gumbom „Pokaži kot kodo“.
teacher-answers = Odgovori

## Per level
teacher-summary-title = Po stopnjah
teacher-summary-caption = Kako je šlo na vsaki stopnji
teacher-summary-level = Stopnja
teacher-summary-played = Igrano
teacher-summary-finished = Končano
teacher-summary-stuck = Obtičali
teacher-summary-mean = Povprečno število poskusov
teacher-summary-common = Najpogostejše težave
# A problem and how often it happened.
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Prenos, tiskanje, brisanje
teacher-include-notes = Vključi prava imena
teacher-include-notes-hint = To označite samo za datoteko ali izpis, ki ostane pri vas, na primer za vašo lastno evidenco.
teacher-download-csv = Prenesi CSV
teacher-download-xapi = Prenesi xAPI (JSON)
teacher-print-class = Natisni pregled razreda
teacher-clear = Izbriši podatke razreda
teacher-clear-confirm = Ali želite iz tega brskalnika izbrisati vse učence, rezultate, prava imena in povezave? Tega ni mogoče razveljaviti. Če želite rezultate obdržati, najprej prenesite CSV.
teacher-clear-yes = Da, izbriši vse
teacher-cleared = Podatki razreda so izbrisani.
teacher-language-unavailable = Jezika { $language } ni bilo mogoče prenesti: ta brskalnik ga še nima. Povežite se z internetom in ga znova izberite.

## Send to a learning record store (LRS)
teacher-lrs-title = Pošlji v shrambo zapisov
teacher-lrs-intro = Če vaša šola ali ministrstvo zbira rezultate v shrambi učnih zapisov (LRS), tu vnesite njen naslov xAPI, ključ in skrivnost. Vsak rezultat, ki ga zberete, se nato samodejno pošlje tja, vsak samo enkrat. Naslov, ključ in skrivnost ostanejo v tem brskalniku: tablice učencev jih nikoli ne dobijo.
teacher-lrs-endpoint = Naslov xAPI (endpoint)
teacher-lrs-key = Ključ (uporabniško ime)
teacher-lrs-secret = Skrivnost (geslo)
teacher-lrs-secret-kept = Pustite prazno, če želite obdržati skrivnost, prej shranjeno za ta naslov in ključ.
teacher-lrs-save = Shrani in pošlji
teacher-lrs-forget = Pozabi to shrambo zapisov
teacher-lrs-retry = Poskusi znova zdaj
teacher-lrs-off = Shramba zapisov ni nastavljena. Rezultati ostanejo v tem brskalniku in v vaših prenosih.
teacher-lrs-done = { $sent ->
        [one] Vse je poslano: { $sent } rezultat je v shrambi zapisov.
        [two] Vse je poslano: { $sent } rezultata sta v shrambi zapisov.
        [few] Vse je poslano: { $sent } rezultati so v shrambi zapisov.
       *[other] Vse je poslano: { $sent } rezultatov je v shrambi zapisov.
    }
teacher-lrs-sending = { $waiting ->
        [one] Pošiljanje: čaka še { $waiting } rezultat.
        [two] Pošiljanje: čakata še { $waiting } rezultata.
        [few] Pošiljanje: čakajo še { $waiting } rezultati.
       *[other] Pošiljanje: čaka še { $waiting } rezultatov.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Čaka { $waiting } rezultat: shramba zapisov ni dosegljiva. Nov poskus čez { $seconds } s. Če obvestilo ostane, prosite skrbnika shrambe zapisov, naj dovoli naslov te strani.
        [two] Čakata { $waiting } rezultata: shramba zapisov ni dosegljiva. Nov poskus čez { $seconds } s. Če obvestilo ostane, prosite skrbnika shrambe zapisov, naj dovoli naslov te strani.
        [few] Čakajo { $waiting } rezultati: shramba zapisov ni dosegljiva. Nov poskus čez { $seconds } s. Če obvestilo ostane, prosite skrbnika shrambe zapisov, naj dovoli naslov te strani.
       *[other] Čaka { $waiting } rezultatov: shramba zapisov ni dosegljiva. Nov poskus čez { $seconds } s. Če obvestilo ostane, prosite skrbnika shrambe zapisov, naj dovoli naslov te strani.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Čaka { $waiting } rezultat: shramba zapisov je odgovorila z napako { $status }. Nov poskus čez { $seconds } s.
        [two] Čakata { $waiting } rezultata: shramba zapisov je odgovorila z napako { $status }. Nov poskus čez { $seconds } s.
        [few] Čakajo { $waiting } rezultati: shramba zapisov je odgovorila z napako { $status }. Nov poskus čez { $seconds } s.
       *[other] Čaka { $waiting } rezultatov: shramba zapisov je odgovorila z napako { $status }. Nov poskus čez { $seconds } s.
    }
teacher-lrs-stopped-key = Pošiljanje se je ustavilo: shramba zapisov ne sprejme tega ključa in skrivnosti. Preverite ju in znova shranite.
teacher-lrs-stopped-forbidden = Pošiljanje se je ustavilo: s tem ključem ni mogoče dodajati rezultatov v shrambo zapisov. Skrbnika shrambe prosite za ključ, ki sme zapisovati izjave (statements).
teacher-lrs-stopped-address = Pošiljanje se je ustavilo: ta naslov se ne odziva kot shramba zapisov (odgovor { $status }). Preverite naslov xAPI.
teacher-lrs-refused = { $refused ->
        [one] Shramba zapisov je zavrnila { $refused } rezultat. Odložen je in ne bo znova poslan.
        [two] Shramba zapisov je zavrnila { $refused } rezultata. Odložena sta in ne bosta znova poslana.
        [few] Shramba zapisov je zavrnila { $refused } rezultate. Odloženi so in ne bodo znova poslani.
       *[other] Shramba zapisov je zavrnila { $refused } rezultatov. Odloženi so in ne bodo znova poslani.
    }
teacher-lrs-load-damaged = Nastavitev shrambe zapisov, shranjenih v tem brskalniku, ni bilo mogoče prebrati. Vnesite jih znova: rezultati, ki jih shramba zapisov že ima, se ne bodo shranili dvakrat.
teacher-lrs-load-newer = Nastavitve shrambe zapisov je shranila novejša različica te strani. Znova naložite stran, da dobite novo različico; do takrat se nič ne pošilja.
teacher-lrs-error-no-address = Vnesite naslov xAPI shrambe zapisov.
teacher-lrs-error-address = To ni spletni naslov shrambe zapisov. Biti bi moral podoben https://lrs.example.org/xAPI/, brez ? ali #.
teacher-lrs-error-insecure = Naslov se mora začeti s https://, da ključ in rezultati potujejo šifrirano.
teacher-lrs-error-credentials-in-address = Ključ in skrivnost vnesite v njuni polji, ne v naslov.
teacher-lrs-error-no-key = Vnesite ključ in skrivnost, ki ste ju dobili za shrambo zapisov.
teacher-lrs-error-bad-key = Ključ ne sme vsebovati ":". Ključ in skrivnost ne smeta vsebovati prelomov vrstic.
teacher-lrs-error-too-long = Eno od polj je predolgo: naslov, ključ in skrivnost imajo lahko vsak največ 500 znakov.
teacher-lrs-forgotten = Naslov, ključ in skrivnost shrambe zapisov so odstranjeni iz tega brskalnika.
teacher-lrs-empty = Zaenkrat ni ničesar za pošiljanje. Rezultati, ki jih zberete, gredo v shrambo zapisov samodejno.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Naslov
made-field-task = Naloga
made-field-learned = „Kaj so se učenci naučili“
made-field-hint = Namig
made-field-box = Škatla
made-field-card = Kartica
made-field-prompt = Položaj
made-field-reply = Odgovor
made-field-part = Vrstica sporočila
made-field-reason = Utemeljitev
made-problem-damaged = To ni stopnja, ustvarjena na tej strani, ali pa je poškodovana.
made-problem-newer = Ta stopnja je bila ustvarjena v novejši različici te strani. Znova naložite stran, da dobite novo različico.
made-problem-language = Ta stran ne pozna jezika te stopnje.
made-problem-missing = { $field }: izpolnite to polje.
made-problem-too-long = { $field }: skrajšajte besedilo na največ { $max } { $max ->
        [one] znak
        [two] znaka
        [few] znake
       *[other] znakov
    }.
made-problem-undrawable = { $field }: nekaterih znakov ni mogoče prikazati na tablicah: { $chars }. Uporabite črke, števke in običajna ločila (brez emojijev).
made-problem-hints = Stopnja potrebuje tri namige: spodbudo, zamisel in nato del odgovora.
made-problem-count = { $field }: premalo ali preveč (največ { $max }).
made-problem-one-right = Označite natanko en odgovor kot pravilnega.
made-problem-box-unused = V vsako škatlo mora spadati vsaj ena kartica.
made-problem-flags = Vsaj eno vrstico označite kot opozorilni znak in vsaj eno vrstico pustite brez opozorilnega znaka.
made-problem-board-size = Igralna plošča mora biti široka od 2 do { $max } { $max ->
        [one] polja
        [two] polj
        [few] polj
       *[other] polj
    } in visoka od 1 do { $max } { $max ->
        [one] polja
        [two] polj
        [few] polj
       *[other] polj
    }.
made-problem-board-start = Na igralno ploščo postavite natanko eno začetno polje.
made-problem-board-goal = Na igralno ploščo postavite zastavico ali vsaj eno svetilko.
made-problem-board = Igralna plošča krši pravilo igre. Preverite polja in bloke, ki jih ponujate.
made-problem-tiles = Ponudite vsaj en blok.
made-problem-already-solved = Robot je končal, še preden se premakne: premaknite zastavico stran od začetka.
made-problem-slots = Najkrajši program, ki reši to igralno ploščo, ima { $tiles } { $tiles ->
        [one] blok
        [two] bloka
        [few] bloke
       *[other] blokov
    }. Programu dajte prostor za vsaj { $tiles } { $tiles ->
        [one] blok
        [two] bloka
        [few] bloke
       *[other] blokov
    }.
made-problem-unsolvable = S temi bloki robot ne pride do zastavice (in do vsake svetilke). Odprite pot ali ponudite več blokov (na primer zavoje ali zanko).
made-problem-too-large = Ta igralna plošča je prevelika za preverjanje: noben program z manj kot { $tiles } { $tiles ->
        [one] blokom
        [two] blokoma
        [few] bloki
       *[other] bloki
    } je ne reši, daljših pa je preveč, da bi jih preizkusili. Pomanjšajte ploščo ali skrajšajte pot ali pa ponudite zanko.
made-problem-par = Stopnja še nima najboljše rešitve: najprej jo preverite na tej strani.
made-checked-robot = Robot zmore: najboljši program ima { $par } { $par ->
        [one] blok
        [two] bloka
        [few] bloke
       *[other] blokov
    }. Učenci dobijo 3 zvezdice z { $par } { $par ->
        [one] blokom
        [two] blokoma
        [few] bloki
       *[other] bloki
    } ali manj.
made-checked-answers = Pripravljeno: vsak odgovor ima utemeljitev.
made-kind-robot_grid = Robot na igralni plošči
made-kind-sort = Razvrščanje v dve škatli
made-kind-pick_reply = Izbira odgovora
made-kind-spot_flags = Iskanje opozorilnih znakov
made-copy-title = { $title } (kopija)
made-import-done = { $added ->
    [one] Dodana je { $added } stopnja.
    [two] Dodani sta { $added } stopnji.
    [few] Dodane so { $added } stopnje.
   *[other] Dodanih je { $added } stopenj.
} { $skipped ->
    [0] {""}
    [one] { $skipped } je bila tu že prej.
    [two] { $skipped } sta bili tu že prej.
    [few] { $skipped } so bile tu že prej.
   *[other] { $skipped } jih je bilo tu že prej.
}
made-import-not-ours = { $file } ni datoteka s stopnjami s te strani.
made-import-too-large = Datoteka { $file } je prevelika za datoteko s stopnjami (največ 1 MB in 100 stopenj).
made-import-bad-level = { $file }: stopnje { $number } („{ $title }“) ni mogoče uporabiti, zato ni bilo dodano nič. { $problem }
made-assign-too-many = Povezava za razred lahko vsebuje največ { $max } { $max ->
        [one] lastno stopnjo
        [two] lastni stopnji
        [few] lastne stopnje
       *[other] lastnih stopenj
    }.
made-assign-unknown = Ene od izbranih stopenj ni več v vaši knjižnici. Znova izberite stopnje.
made-qr-too-long = Ta povezava je predolga za kodo QR, ki jo tablica lahko prebere ({ $length } { $length ->
        [one] znak
        [two] znaka
        [few] znaki
       *[other] znakov
    }; koda sprejme { $max }). Delite samo povezavo ali prenesite datoteko in jo na vsaki tablici odprite pod „Odrasli“ → „Prenesi igralce iz datoteke“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Ustvarite lastne stopnje
made-page-intro = Napišite stopnjo s svojimi besedami in preverite, ali deluje. Vaše stopnje se hranijo v tem brskalniku pod „Moje stopnje“ in jih lahko dodelite razredu tako kot stopnje iz igre.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Nova stopnja
made-page-editing = Urejanje stopnje „{ $title }“
made-page-editing-hint = Shranjevanje zamenja prejšnjo različico med vašimi stopnjami.
made-page-start-new = Začni novo stopnjo
made-page-kind = Vrsta stopnje
made-page-band = Starostna skupina
made-page-title = Naslov
made-page-task = Naloga: kaj morajo narediti učenci
made-page-learned = Kaj so se učenci naučili (prikazano na koncu)
made-page-hints = Trije namigi
made-page-hint-1 = Namig 1: spodbuda
made-page-hint-2 = Namig 2: zamisel
made-page-hint-3 = Namig 3: del odgovora, ne celoten

# The robot grid.
made-page-width = Širina (polja)
made-page-height = Višina (vrstice)
made-page-paint = Barvaj z
made-page-board = Igralna plošča
made-page-board-hint = Tapnite polje, da ga pobarvate. Začetek in zastavica sta na plošči samo enkrat: če ju pobarvate drugje, se premakneta tja. S tipkovnico se med polji premikate s puščicami.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Vrstica { $row }, polje { $column }: { $what }
made-page-square-wall = zid
made-page-square-floor = tla
made-page-square-start = začetek
made-page-square-flag = zastavica
made-page-square-lamp = svetilka
made-page-square-red = rdeča tla
made-page-square-blue = modra tla
made-page-square-green = zelena tla
made-page-facing = Robot je na začetku obrnjen proti
made-page-facing-north = severu (navzgor)
made-page-facing-east = vzhodu (desno)
made-page-facing-south = jugu (navzdol)
made-page-facing-west = zahodu (levo)
made-page-tiles = Bloki, ki jih učenci lahko uporabljajo
made-page-conditions = Vprašanja, ki jih lahko zastavljata bloka „Če“ in „Ponavljaj, dokler“
made-page-conditions-hint = Označite vsaj eno.
made-page-slots-main = Bloki v glavnem programu (od 1 do 16)
made-page-slots-p1 = Bloki v Pomočniku 1 (od 1 do 10)

# Sort into two boxes.
made-page-box-left = Leva škatla (kljukica)
made-page-box-right = Desna škatla (križec)
made-page-cards = Kartice (od 2 do { $max })
made-page-card = Kartica { $number }
made-page-card-box = Škatla za kartico { $number }
made-page-reason-card = Zakaj kartica { $number } spada tja
made-page-add-card = Dodaj kartico
made-page-remove-card = Odstrani kartico { $number }

# Pick the reply.
made-page-prompt = Položaj, na primer sporočilo, ki ga dobijo učenci
made-page-replies = Odgovori (od 2 do 4, eden od njih pravilen)
made-page-reply = Odgovor { $number }
made-page-right = Odgovor { $number } je pravilen
made-page-reason-reply = Zakaj je odgovor { $number } pravilen ali napačen
made-page-add-reply = Dodaj odgovor
made-page-remove-reply = Odstrani odgovor { $number }

# Spot the red flags.
made-page-screen = Kaj vidijo učenci
made-page-screen-message = Sporočilo v klepetu
made-page-screen-email = E-poštno sporočilo
made-page-screen-web = Spletna stran
made-page-parts = Vrstice od zgoraj navzdol (od 2 do { $max }: nekatere so opozorilni znaki, druge so v redu)
made-page-part = Vrstica { $number }
made-page-flag = Vrstica { $number } je opozorilni znak
made-page-reason-part = Zakaj je vrstica { $number } v redu ali je opozorilni znak
made-page-add-part = Dodaj vrstico
made-page-remove-part = Odstrani vrstico { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Odstrani
made-page-check = Preveri stopnjo
made-page-save = Shrani med moje stopnje
made-page-checking = Stopnja se preverja. To lahko traja nekaj sekund…
# After saving; a made-checked-… message follows it.
made-page-saved = Stopnja „{ $title }“ je shranjena med vašimi stopnjami.
made-page-copied = Kopija je v obrazcu zgoraj. Spremenite jo in jo nato shranite.

# My levels.
made-page-library = Moje stopnje
made-page-library-empty = Še ni stopenj. Stopnje, ki jih shranite, se prikažejo tukaj.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = najboljše: { $par } { $par ->
        [one] blok
        [two] bloka
        [few] bloki
       *[other] blokov
    }
made-page-edit = Uredi
made-page-edit-level = Uredi: { $title }
made-page-copy = Kopiraj
made-page-copy-level = Kopiraj: { $title }
made-page-remove-level = Odstrani: { $title }
made-page-remove-confirm = Želite odstraniti „{ $title }“ iz svojih stopenj? Že ustvarjene povezave jo obdržijo.
made-page-remove-yes = Da, odstrani
made-page-removed = Stopnja „{ $title }“ je odstranjena iz vaših stopenj.
made-page-download = Prenesi moje stopnje
made-page-import = Dodaj stopnje iz datoteke
made-page-import-file = Datoteka s stopnjami
made-page-import-unreadable = Datoteke { $file } ni bilo mogoče prebrati.

# In "Give levels to a class".
made-page-assign = Vaše lastne stopnje
made-page-assign-none = Tukaj se prikažejo stopnje, ki jih shranite pod „Ustvarite lastne stopnje“.
made-page-assign-max = Največ { $max } v eni povezavi. Povezava z lastnimi stopnjami je vedno podpisana.
made-page-assignment-file = Prenesi datoteko za tablice
