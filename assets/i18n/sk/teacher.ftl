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

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Názov
made-field-task = Úloha
made-field-learned = „Čo sa žiaci naučili“
made-field-hint = Nápoveda
made-field-box = Škatuľa
made-field-card = Karta
made-field-prompt = Situácia
made-field-reply = Odpoveď
made-field-part = Riadok správy
made-field-reason = Zdôvodnenie
made-problem-damaged = Toto nie je úroveň vytvorená na tejto stránke, alebo je poškodená.
made-problem-newer = Táto úroveň bola vytvorená v novšej verzii tejto stránky. Načítajte stránku znova, aby ste dostali novú verziu.
made-problem-language = Jazyk tejto úrovne táto stránka nepozná.
made-problem-missing = { $field }: vyplňte, prosím, toto pole.
made-problem-too-long = { $field }: skráťte, prosím, text na najviac { $max } { $max ->
        [one] znak
        [few] znaky
        [many] znaku
       *[other] znakov
    }.
made-problem-undrawable = { $field }: niektoré znaky sa na tabletoch nedajú zobraziť: { $chars }. Používajte písmená, číslice a bežnú interpunkciu (bez emoji).
made-problem-hints = Úroveň potrebuje tri nápovedy: postrčenie, myšlienku a potom časť odpovede.
made-problem-count = { $field }: príliš málo alebo príliš veľa (najviac { $max }).
made-problem-one-right = Označte presne jednu odpoveď ako správnu.
made-problem-box-unused = Ku každej škatuli musí patriť aspoň jedna karta.
made-problem-flags = Označte aspoň jeden riadok ako varovný signál a aspoň jeden riadok nechajte bez varovného signálu.
made-problem-board-size = Hracia plocha musí byť široká 2 až { $max } { $max ->
        [one] políčko
        [few] políčka
        [many] políčka
       *[other] políčok
    } a vysoká 1 až { $max } { $max ->
        [one] políčko
        [few] políčka
        [many] políčka
       *[other] políčok
    }.
made-problem-board-start = Umiestnite na hraciu plochu presne jedno štartové políčko.
made-problem-board-goal = Umiestnite na hraciu plochu vlajku alebo aspoň jednu lampu.
made-problem-board = Hracia plocha porušuje pravidlo hry. Skontrolujte políčka a bloky, ktoré ponúkate.
made-problem-tiles = Ponúknite aspoň jeden blok.
made-problem-already-solved = Robot je hotový skôr, než sa pohne: presuňte vlajku ďalej od štartu.
made-problem-slots = Najkratší program, ktorý vyrieši túto hraciu plochu, má { $tiles } { $tiles ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] blokov
    }. Dajte programu miesto aspoň pre { $tiles } { $tiles ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] blokov
    }.
made-problem-unsolvable = S týmito blokmi sa robot nedostane k vlajke (a ku každej lampe). Otvorte cestu alebo ponúknite viac blokov (napríklad otočenia alebo cyklus).
made-problem-too-large = Táto hracia plocha je príliš veľká na kontrolu: žiadny program kratší ako { $tiles } { $tiles ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] blokov
    } ju nevyrieši a dlhších je príliš veľa na vyskúšanie. Zmenšite hraciu plochu alebo skráťte cestu, alebo ponúknite cyklus.
made-problem-par = Úroveň zatiaľ nemá najlepšie riešenie: najprv ju skontrolujte na tejto stránke.
made-checked-robot = Robot to zvládne: najlepší program má { $par } { $par ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] blokov
    }. Žiaci dostanú 3 hviezdy za { $par } { $par ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] blokov
    } alebo menej.
made-checked-answers = Hotovo: každá odpoveď má zdôvodnenie.
made-kind-robot_grid = Robot na hracej ploche
made-kind-sort = Triedenie do dvoch škatúľ
made-kind-pick_reply = Výber odpovede
made-kind-spot_flags = Hľadanie varovných signálov
made-copy-title = { $title } (kópia)
made-import-done = { $added ->
    [one] Pridaná { $added } úroveň.
    [few] Pridané { $added } úrovne.
    [many] Pridaných { $added } úrovne.
   *[other] Pridaných { $added } úrovní.
} { $skipped ->
    [0] {""}
    [one] { $skipped } tu už bola.
    [few] { $skipped } tu už boli.
    [many] { $skipped } tu už bolo.
   *[other] { $skipped } tu už bolo.
}
made-import-not-ours = { $file } nie je súbor s úrovňami z tejto stránky.
made-import-too-large = Súbor { $file } je na súbor s úrovňami príliš veľký (najviac 1 MB a 100 úrovní).
made-import-bad-level = { $file }: úroveň { $number } („{ $title }“) sa nedá použiť, preto sa nič nepridalo. { $problem }
made-assign-too-many = Odkaz pre triedu môže obsahovať najviac { $max } { $max ->
        [one] vlastnú úroveň
        [few] vlastné úrovne
        [many] vlastnej úrovne
       *[other] vlastných úrovní
    }.
made-assign-unknown = Jedna z vybraných úrovní už vo vašej knižnici nie je. Vyberte úrovne znova.
made-qr-too-long = Tento odkaz je príliš dlhý na QR kód, ktorý tablet prečíta ({ $length } { $length ->
        [one] znak
        [few] znaky
        [many] znaku
       *[other] znakov
    }; kód pojme { $max }). Zdieľajte priamo odkaz alebo stiahnite súbor a na každom tablete ho otvorte v časti „Dospelí“ → „Načítať hráčov zo súboru“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Vytvorte si vlastné úrovne
made-page-intro = Napíšte úroveň vlastnými slovami a skontrolujte, či funguje. Vaše úrovne sa ukladajú v tomto prehliadači v časti „Moje úrovne“ a môžete ich zadať triede rovnako ako úrovne z hry.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Nová úroveň
made-page-editing = Úprava úrovne „{ $title }“
made-page-editing-hint = Uložením nahradíte predchádzajúcu verziu vo svojich úrovniach.
made-page-start-new = Začať novú úroveň
made-page-kind = Druh úrovne
made-page-band = Veková skupina
made-page-title = Názov
made-page-task = Úloha: čo majú žiaci urobiť
made-page-learned = Čo sa žiaci naučili (zobrazí sa na konci)
made-page-hints = Tri nápovedy
made-page-hint-1 = Nápoveda 1: postrčenie
made-page-hint-2 = Nápoveda 2: myšlienka
made-page-hint-3 = Nápoveda 3: časť odpovede, nie celá

# The robot grid.
made-page-width = Šírka (políčka)
made-page-height = Výška (riadky)
made-page-paint = Čím maľovať
made-page-board = Hracia plocha
made-page-board-hint = Ťuknutím na políčko ho zafarbíte. Štart a vlajka sú na ploche len raz: keď namaľujete nový, presunie sa tam. Na klávesnici sa medzi políčkami pohybujete šípkami.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Riadok { $row }, políčko { $column }: { $what }
made-page-square-wall = stena
made-page-square-floor = podlaha
made-page-square-start = štart
made-page-square-flag = vlajka
made-page-square-lamp = lampa
made-page-square-red = červená podlaha
made-page-square-blue = modrá podlaha
made-page-square-green = zelená podlaha
made-page-facing = Na začiatku sa robot pozerá na
made-page-facing-north = sever (hore)
made-page-facing-east = východ (doprava)
made-page-facing-south = juh (dole)
made-page-facing-west = západ (doľava)
made-page-tiles = Bloky, ktoré žiaci smú používať
made-page-conditions = Otázky, ktoré smú klásť bloky „Ak“ a „Opakuj, pokiaľ“
made-page-conditions-hint = Začiarknite aspoň jednu.
made-page-slots-main = Bloky v časti Hlavný (1 až 16)
made-page-slots-p1 = Bloky v časti Pomocník 1 (1 až 10)

# Sort into two boxes.
made-page-box-left = Ľavá škatuľa (fajka)
made-page-box-right = Pravá škatuľa (krížik)
made-page-cards = Karty (2 až { $max })
made-page-card = Karta { $number }
made-page-card-box = Škatuľa pre kartu { $number }
made-page-reason-card = Prečo karta { $number } patrí tam
made-page-add-card = Pridať kartu
made-page-remove-card = Odstrániť kartu { $number }

# Pick the reply.
made-page-prompt = Situácia, napríklad správa, ktorú žiaci dostanú
made-page-replies = Odpovede (2 až 4, jedna z nich správna)
made-page-reply = Odpoveď { $number }
made-page-right = Odpoveď { $number } je správna
made-page-reason-reply = Prečo je odpoveď { $number } správna alebo nesprávna
made-page-add-reply = Pridať odpoveď
made-page-remove-reply = Odstrániť odpoveď { $number }

# Spot the red flags.
made-page-screen = Čo žiaci uvidia
made-page-screen-message = Správa v chate
made-page-screen-email = E-mail
made-page-screen-web = Webová stránka
made-page-parts = Riadky zhora nadol (2 až { $max }: niektoré sú varovné signály, iné sú v poriadku)
made-page-part = Riadok { $number }
made-page-flag = Riadok { $number } je varovný signál
made-page-reason-part = Prečo je riadok { $number } v poriadku alebo je varovný signál
made-page-add-part = Pridať riadok
made-page-remove-part = Odstrániť riadok { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Odstrániť
made-page-check = Skontrolovať úroveň
made-page-save = Uložiť do mojich úrovní
made-page-checking = Úroveň sa kontroluje. Môže to trvať niekoľko sekúnd…
# After saving; a made-checked-… message follows it.
made-page-saved = Úroveň „{ $title }“ je uložená vo vašich úrovniach.
made-page-copied = Kópia je vo formulári vyššie. Upravte ju a potom ju uložte.

# My levels.
made-page-library = Moje úrovne
made-page-library-empty = Zatiaľ žiadne úrovne. Úrovne, ktoré uložíte, sa zobrazia tu.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = najlepšie: { $par } { $par ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] blokov
    }
made-page-edit = Upraviť
made-page-edit-level = Upraviť: { $title }
made-page-copy = Kopírovať
made-page-copy-level = Kopírovať: { $title }
made-page-remove-level = Odstrániť: { $title }
made-page-remove-confirm = Odstrániť „{ $title }“ z vašich úrovní? Už vytvorené odkazy ju zachovajú.
made-page-remove-yes = Áno, odstrániť
made-page-removed = Úroveň „{ $title }“ bola odstránená z vašich úrovní.
made-page-download = Stiahnuť moje úrovne
made-page-import = Pridať úrovne zo súboru
made-page-import-file = Súbor s úrovňami
made-page-import-unreadable = { $file } sa nepodarilo prečítať.

# In "Give levels to a class".
made-page-assign = Vaše vlastné úrovne
made-page-assign-none = Tu sa zobrazia úrovne, ktoré uložíte v časti „Vytvorte si vlastné úrovne“.
made-page-assign-max = Najviac { $max } v jednom odkaze. Odkaz s vlastnými úrovňami je vždy podpísaný.
made-page-assignment-file = Stiahnuť súbor pre tablety
