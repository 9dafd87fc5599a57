# Stránka pre učiteľov. Učiteľovi vykáme: jasne, priateľsky a presne.

teacher-page-title = Byte Bridge pre učiteľov
teacher-title = Byte Bridge pre učiteľov
teacher-tagline = Zadajte triede úrovne, zbierajte výsledky, pozrite sa, kto potrebuje pomoc.
teacher-skip = Preskočiť na obsah stránky
teacher-language = Jazyk

## Pomoc
teacher-help = Pomoc: kam idú údaje triedy?
teacher-help-local = Všetko na tejto stránke zostáva v tomto prehliadači na tomto zariadení. Nie sú tu žiadne účty ani server: nič sa nikam neposiela, pokiaľ v časti „Posielať do úložiska záznamov“ nenastavíte úložisko záznamov.
teacher-help-files = Výsledky prichádzajú z tabletov žiakov ako súbory alebo QR kódy. Súbory načítajte v časti „Zbierať výsledky“ alebo kódy naskenujte fotoaparátom tohto zariadenia.
teacher-help-signing = S voľbou „Podpisovať súbory žiakov kľúčom triedy“ tablety podpíšu každý súbor s výsledkami aj QR kód. Súbor upravený neskôr sa tu označí a nezapočíta; keď už boli súbory žiaka podpísané, nezapočítajú sa ani jeho súbory a kódy bez platného podpisu. Kľúč je uložený na tabletoch, takže to odhalí upravené súbory, nie niekoho, kto kľúč z tabletu skopíruje a podpíše vymyslené výsledky.
teacher-help-notes = Skutočné mená, ktoré napíšete k hernému menu, zostávajú v tomto prehliadači. Opustia ho len vtedy, keď zaškrtnete „Zahrnúť skutočné mená“ a potom stiahnete CSV alebo vytlačíte prehľad triedy.
teacher-help-backup = Vymazaním údajov tohto prehliadača sa vymažú aj údaje triedy. Z času na čas si stiahnite CSV ako zálohu.
teacher-help-insecure = Táto stránka sa nenačítava cez HTTPS, takže nefunguje offline ani nemôže používať fotoaparát. Súbory s výsledkami fungujú vždy.

## Oznámenia
teacher-dismiss = OK
teacher-storage-full = Úložisko tohto prehliadača je plné, takže posledné zmeny sa neuložili. Hneď si stiahnite CSV a potom odstráňte staré odkazy alebo vymažte staré údaje triedy.
teacher-storage-blocked = Tento prehliadač stránke nedovolí nič uložiť (súkromný režim alebo nastavenie). Po zatvorení karty sa všetko stratí, preto si predtým stiahnite CSV.
teacher-error-action = Niečo sa pokazilo. Načítajte stránku znova a skúste to ešte raz; všetko doteraz uložené zostane.
teacher-error-start = Stránku pre učiteľov sa nepodarilo spustiť. Načítajte ju znova. Ak sa to opakuje, skúste aktuálny Chrome, Edge alebo Firefox.
teacher-update-ready = Je pripravená nová verzia Byte Bridge.
teacher-update = Načítať znova

## Zadať triede úrovne
teacher-assign-title = Zadať triede úrovne
teacher-assign-intro = Vyberte úrovne a potom vytvorte odkaz. Žiaci otvoria odkaz na tabletoch alebo naskenujú jeho QR kód a nájdu úrovne ako dnešnú misiu.
teacher-class-name = Názov triedy
teacher-class-name-hint = Napríklad 4.B. Názov putuje v odkaze do tabletov, preto nepoužívajte meno žiaka.
teacher-levels = Úrovne
teacher-band-filter = Veková skupina
teacher-band-all = Všetky veky
teacher-competence-filter = Kompetencia DigComp 2.2
teacher-competence-all = Všetky kompetencie
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Kompetencia DigComp 3.0
teacher-digcomp3-all = Všetky kompetencie
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Celý svet „{ $world }“
teacher-no-levels = Týmto filtrom nezodpovedá žiadna úroveň.
teacher-levels-selected = { $count ->
        [0] Zatiaľ nie je vybraná žiadna úroveň.
        [one] Vybraná { $count } úroveň.
        [few] Vybrané { $count } úrovne.
        [many] Vybranej { $count } úrovne.
       *[other] Vybraných { $count } úrovní.
    }
teacher-select-none = Zrušiť výber
teacher-lock = Zamknúť ostatné úrovne
teacher-lock-hint = Žiaci môžu hrať len tieto úrovne, kým je táto misia na ich tablete.
teacher-sign = Podpisovať súbory žiakov kľúčom triedy
teacher-sign-hint = Súbor s výsledkami alebo QR kód upravený po uložení na tablete sa označí a nezapočíta. Kľúč je uložený na tabletoch, takže kto ho z tabletu skopíruje, môže stále podpísať vymyslené výsledky.
teacher-create = Vytvoriť odkaz

## Odkaz
teacher-link-ready = Odkaz pre vašu triedu
teacher-link = Odkaz
teacher-copy = Kopírovať odkaz
teacher-copied = Odkaz skopírovaný.
teacher-copy-manual = Odkaz je označený. Skopírujte ho príkazom na kopírovanie vo vašom zariadení.
teacher-qr-label = QR kód odkazu pre { $name }
teacher-qr-caption = Žiaci naskenujú tento kód fotoaparátom tabletu a otvoria misiu.
teacher-print-sheet = Vytlačiť hárok
teacher-earlier-title = Staršie odkazy
teacher-assignment-meta = { $count ->
        [one] { $count } úroveň
        [few] { $count } úrovne
        [many] { $count } úrovne
       *[other] { $count } úrovní
    }, vytvorené { $date }
teacher-assignment-levels = { $count ->
        [one] Ukázať úroveň
        [few] Ukázať všetky { $count } úrovne
        [many] Ukázať všetkých { $count } úrovne
       *[other] Ukázať všetkých { $count } úrovní
    }
teacher-assignment-locked = ostatné úrovne zamknuté
teacher-assignment-signed = súbory podpísané
teacher-assignment-unsigned = súbory nepodpísané
teacher-show-qr = Ukázať QR kód
teacher-hide-qr = Skryť QR kód
teacher-remove = Odstrániť odkaz
teacher-remove-confirm = Odstrániť z tejto stránky odkaz pre „{ $name }“?
teacher-remove-yes = Áno, odstrániť
teacher-cancel = Zrušiť
teacher-assignment-option = { $name } ({ $date })

## Vytlačený hárok pre žiakov
teacher-sheet-title = Dnešná misia
teacher-sheet-how = Naskenuj kód fotoaparátom tabletu, alebo napíš odkaz nižšie do prehliadača.
teacher-sheet-levels = Dnešné úrovne

## Zbierať výsledky
teacher-collect-title = Zbierať výsledky
teacher-collect-intro = Načítajte súbory s výsledkami žiakov, koľko chcete naraz, alebo naskenujte QR kódy na ich tabletoch.
teacher-drop-hint = Pretiahnite sem súbory žiakov
teacher-files-label = Súbory s výsledkami žiakov
teacher-choose-files = Vybrať súbory
teacher-results-title = Načítané
teacher-results-empty = Zatiaľ nie sú načítané žiadne súbory.
teacher-results-clear = Vyčistiť tento zoznam
teacher-file-altered = Upozornenie: tento súbor bol upravený po uložení na tablete.
teacher-file-failed = Nenačítané:
teacher-file-unreadable = { $file } sa nepodarilo prečítať. Skúste to znova alebo ho znova uložte na tablete.
teacher-code-unreadable = Tento QR kód sa nepodarilo prečítať. Skúste to znova.
teacher-status-signed = podpísané
teacher-status-unsigned = neoverené
teacher-status-summary = z QR kódu
teacher-scan-title = Skenovať QR kódy
teacher-scan-intro = Namierte fotoaparát na kód s výsledkami žiaka. Hľadá ďalší kód, kým ho nezastavíte.
teacher-scan = Skenovať QR kód
teacher-stop-camera = Zastaviť fotoaparát
teacher-camera-label = Obraz z fotoaparátu
teacher-camera-starting = Spúšťa sa fotoaparát…
teacher-camera-looking = Hľadá sa QR kód…
teacher-camera-next = Mám ho. Ukážte ďalší kód.
teacher-camera-stopped = Fotoaparát je vypnutý.
teacher-camera-unavailable = Fotoaparát sa tu nedá použiť: nie je k dispozícii, nebol povolený alebo sa stránka nenačítava cez HTTPS. Súbory s výsledkami fungujú vždy.
teacher-scanner-unavailable = Čítačku QR kódov sa nepodarilo načítať. Raz sa pripojte na internet a skúste to znova. Súbory s výsledkami fungujú vždy.

## Vaša trieda
teacher-class-title = Vaša trieda
teacher-show-assignment = Ukázať
teacher-all-levels = Všetky úrovne
teacher-no-pupils = Zatiaľ žiadne výsledky. Zozbierajte vyššie súbory alebo kódy žiakov.
teacher-note-hint = Skutočné mená zostávajú len na tomto zariadení. Stiahnuté súbory ich neobsahujú, pokiaľ nezaškrtnete „Zahrnúť skutočné mená“.
teacher-note-label = Skutočné meno
teacher-note-for = Skutočné meno hráča { $name }
teacher-grid-caption = { $count ->
        [one] { $count } žiak, všetky úrovne
        [few] { $count } žiaci, všetky úrovne
        [many] { $count } žiaka, všetky úrovne
       *[other] { $count } žiakov, všetky úrovne
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } žiak
        [few] { $name }: { $count } žiaci
        [many] { $name }: { $count } žiaka
       *[other] { $name }: { $count } žiakov
    }
teacher-pupil = Žiak
teacher-pupil-altered = Upravený súbor
teacher-cell-empty = nehrané
teacher-cell-detail = { $attempts ->
        [one] { $attempts } pokus
        [few] { $attempts } pokusy
        [many] { $attempts } pokusu
       *[other] { $attempts } pokusov
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } nápoveda
        [few] {" "}· { $hints } nápovedy
        [many] {" "}· { $hints } nápovedy
       *[other] {" "}· { $hints } nápoved
    }
teacher-forget = Odstrániť žiaka
teacher-forget-pupil = Odstrániť žiaka { $name }
teacher-forget-confirm = Odstrániť { $name } a všetky jeho výsledky z tejto stránky?
teacher-forget-yes = Áno, odstrániť
teacher-forgotten = { $name } bol odstránený.

## Jeden žiak v jednej úrovni
teacher-cell-title = { $pupil }: { $level }
teacher-close = Zavrieť
teacher-no-attempts = Zatiaľ žiadne pokusy.
teacher-attempt-title = Pokus { $number }, { $when }
teacher-attempt-stars = Hviezdy
teacher-stars-count = { $count ->
        [one] { $count } hviezda
        [few] { $count } hviezdy
        [many] { $count } hviezdy
       *[other] { $count } hviezd
    }
teacher-attempt-outcome = Výsledok
teacher-attempt-time = Čas
teacher-attempt-hints = Nápovedy
teacher-attempt-mistakes = Chyby
teacher-program-main = Hlavný program
teacher-program-p1 = Pomocník 1
teacher-program-p2 = Pomocník 2
teacher-program-empty = (prázdne)
teacher-tile-else = inak
teacher-code = Ako kód
teacher-code-note = Ten istý program ako text, v jazyku podobnom Pythonu. Žiaci ho vidia v hre cez „Ukázať ako kód“.
teacher-answers = Odpovede

## Podľa úrovní
teacher-summary-title = Podľa úrovní
teacher-summary-caption = Ako išla každá úroveň
teacher-summary-level = Úroveň
teacher-summary-played = Hrali
teacher-summary-finished = Dokončili
teacher-summary-stuck = Uviazli
teacher-summary-mean = Priemerný počet pokusov
teacher-summary-common = Najčastejšie problémy
teacher-problem-count = { $text } × { $count }

## Stiahnuť, vytlačiť, vymazať
teacher-export-title = Stiahnuť, vytlačiť, vymazať
teacher-include-notes = Zahrnúť skutočné mená
teacher-include-notes-hint = Zaškrtnite to len pre súbor alebo výtlačok, ktorý zostane u vás, napríklad pre vaše záznamy.
teacher-download-csv = Stiahnuť CSV
teacher-download-xapi = Stiahnuť xAPI (JSON)
teacher-print-class = Vytlačiť prehľad triedy
teacher-clear = Vymazať údaje triedy
teacher-clear-confirm = Vymazať z tohto prehliadača všetkých žiakov, výsledky, skutočné mená a odkazy? Nedá sa to vrátiť. Ak chcete výsledky zachovať, najprv si stiahnite CSV.
teacher-clear-yes = Áno, vymazať všetko
teacher-cleared = Údaje triedy boli vymazané.
teacher-language-unavailable = Jazyk { $language } sa nepodarilo stiahnuť: tento prehliadač ho zatiaľ nemá. Pripojte sa na internet a vyberte ho znova.

## Posielať do úložiska záznamov o učení (LRS)
teacher-lrs-title = Posielať do úložiska záznamov
teacher-lrs-intro = Ak vaša škola alebo ministerstvo zbiera výsledky v úložisku záznamov o učení (LRS), zadajte sem jeho adresu xAPI, kľúč a tajomstvo. Každý výsledok, ktorý načítate, sa potom odošle tam automaticky, a to len raz. Adresa, kľúč a tajomstvo zostávajú v tomto prehliadači: tablety žiakov ich nikdy nedostanú.
teacher-lrs-endpoint = Adresa xAPI (endpoint)
teacher-lrs-key = Kľúč (používateľské meno)
teacher-lrs-secret = Tajomstvo (heslo)
teacher-lrs-secret-kept = Ak chcete ponechať tajomstvo uložené predtým pre túto adresu a kľúč, nechajte pole prázdne.
teacher-lrs-save = Uložiť a odoslať
teacher-lrs-forget = Zabudnúť toto úložisko záznamov
teacher-lrs-retry = Skúsiť znova teraz
teacher-lrs-off = Nie je nastavené žiadne úložisko záznamov. Výsledky zostávajú v tomto prehliadači a v stiahnutých súboroch.
teacher-lrs-done = { $sent ->
        [one] Jediný výsledok je v úložisku záznamov.
        [few] Všetky { $sent } výsledky sú v úložisku záznamov.
        [many] Všetkých { $sent } výsledku je v úložisku záznamov.
       *[other] Všetkých { $sent } výsledkov je v úložisku záznamov.
    }
teacher-lrs-sending = { $waiting ->
        [one] Odosiela sa: čaká jeden výsledok.
        [few] Odosiela sa: čakajú { $waiting } výsledky.
        [many] Odosiela sa: čaká { $waiting } výsledku.
       *[other] Odosiela sa: čaká { $waiting } výsledkov.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Čaká jeden výsledok: úložisko záznamov je nedostupné. Ďalší pokus o { $seconds } s. Ak toto hlásenie nezmizne, požiadajte správcu úložiska záznamov o povolenie adresy tejto stránky.
        [few] Čakajú { $waiting } výsledky: úložisko záznamov je nedostupné. Ďalší pokus o { $seconds } s. Ak toto hlásenie nezmizne, požiadajte správcu úložiska záznamov o povolenie adresy tejto stránky.
        [many] Čaká { $waiting } výsledku: úložisko záznamov je nedostupné. Ďalší pokus o { $seconds } s. Ak toto hlásenie nezmizne, požiadajte správcu úložiska záznamov o povolenie adresy tejto stránky.
       *[other] Čaká { $waiting } výsledkov: úložisko záznamov je nedostupné. Ďalší pokus o { $seconds } s. Ak toto hlásenie nezmizne, požiadajte správcu úložiska záznamov o povolenie adresy tejto stránky.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Čaká jeden výsledok: úložisko záznamov odpovedalo chybou { $status }. Ďalší pokus o { $seconds } s.
        [few] Čakajú { $waiting } výsledky: úložisko záznamov odpovedalo chybou { $status }. Ďalší pokus o { $seconds } s.
        [many] Čaká { $waiting } výsledku: úložisko záznamov odpovedalo chybou { $status }. Ďalší pokus o { $seconds } s.
       *[other] Čaká { $waiting } výsledkov: úložisko záznamov odpovedalo chybou { $status }. Ďalší pokus o { $seconds } s.
    }
teacher-lrs-stopped-key = Odosielanie sa zastavilo: úložisko záznamov neprijíma tento kľúč a tajomstvo. Skontrolujte ich a uložte znova.
teacher-lrs-stopped-forbidden = Odosielanie sa zastavilo: s týmto kľúčom nemožno pridávať výsledky do úložiska záznamov. Požiadajte jeho správcu o kľúč, ktorý smie zapisovať záznamy (statements).
teacher-lrs-stopped-address = Odosielanie sa zastavilo: táto adresa neodpovedá ako úložisko záznamov (odpoveď { $status }). Skontrolujte adresu xAPI.
teacher-lrs-refused = { $refused ->
        [one] Úložisko záznamov odmietlo jeden výsledok. Je odložený a znova sa neodošle.
        [few] Úložisko záznamov odmietlo { $refused } výsledky. Sú odložené a znova sa neodošlú.
        [many] Úložisko záznamov odmietlo { $refused } výsledku. Sú odložené a znova sa neodošlú.
       *[other] Úložisko záznamov odmietlo { $refused } výsledkov. Sú odložené a znova sa neodošlú.
    }
teacher-lrs-load-damaged = Nastavenia úložiska záznamov uložené v tomto prehliadači sa nepodarilo prečítať. Zadajte ich, prosím, znova: výsledky, ktoré už úložisko záznamov má, sa neuložia dvakrát.
teacher-lrs-load-newer = Nastavenia úložiska záznamov uložila novšia verzia tejto stránky. Načítajte stránku znova, aby ste dostali novú verziu; dovtedy sa nič neodosiela.
teacher-lrs-error-no-address = Zadajte adresu xAPI úložiska záznamov.
teacher-lrs-error-address = Toto nie je webová adresa úložiska záznamov. Mala by vyzerať ako https://lrs.example.org/xAPI/, bez ? a #.
teacher-lrs-error-insecure = Adresa musí začínať https://, aby kľúč a výsledky putovali zašifrované.
teacher-lrs-error-credentials-in-address = Kľúč a tajomstvo zadajte do ich vlastných polí, nie do adresy.
teacher-lrs-error-no-key = Zadajte kľúč a tajomstvo, ktoré ste dostali pre úložisko záznamov.
teacher-lrs-error-bad-key = Kľúč nesmie obsahovať ":". Ani kľúč, ani tajomstvo nesmú obsahovať zalomenie riadka.
teacher-lrs-error-too-long = Jedno z polí je príliš dlhé: adresa, kľúč aj tajomstvo môžu mať najviac 500 znakov.
teacher-lrs-forgotten = Adresa, kľúč a tajomstvo úložiska záznamov boli z tohto prehliadača odstránené.
teacher-lrs-empty = Zatiaľ nie je čo odoslať. Výsledky, ktoré načítate, sa do úložiska záznamov odošlú automaticky.
