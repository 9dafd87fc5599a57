# Stránka pro učitele. Učitele oslovujeme vykáním.

teacher-page-title = Byte Bridge pro učitele
teacher-title = Byte Bridge pro učitele
teacher-tagline = Zadejte třídě úrovně, posbírejte výsledky a podívejte se, kdo potřebuje pomoc.
teacher-skip = Přeskočit na obsah stránky
teacher-language = Jazyk

## Nápověda
teacher-help = Nápověda: kam jdou data třídy?
teacher-help-local = Všechno na této stránce zůstává v tomto prohlížeči na tomto zařízení. Nejsou tu žádné účty ani server: nic se nikam neposílá, pokud nenastavíte úložiště v části „Odesílat do úložiště záznamů o učení“.
teacher-help-files = Výsledky přicházejí z tabletů žáků jako soubory nebo QR kódy. Soubory načtěte v části „Posbírat výsledky“, nebo kódy naskenujte kamerou tohoto zařízení.
teacher-help-signing = Se „Podepisovat soubory žáků klíčem třídy“ tablety podepíšou každý soubor s výsledky i QR kód. Soubor upravený později se tu označí a nezapočítá; a jakmile byly soubory některého žáka podepsané, nezapočítají se ani jeho soubory a kódy bez platného podpisu. Klíč je uložený v tabletech, takže to odhalí upravené soubory, ne však někoho, kdo klíč z tabletu zkopíruje a podepíše vymyšlené výsledky.
teacher-help-notes = Skutečná jména, která napíšete k hernímu jménu, zůstávají v tomto prohlížeči. Opustí ho jen tehdy, když zaškrtnete „Zahrnout skutečná jména“ a pak stáhnete CSV nebo vytisknete přehled třídy.
teacher-help-backup = Vymazáním dat tohoto prohlížeče se smažou i data třídy. Čas od času si stáhněte CSV jako zálohu.
teacher-help-insecure = Tato stránka není poskytována přes HTTPS, takže nefunguje offline a nemůže použít kameru. Soubory s výsledky fungují vždy.

## Oznámení
teacher-dismiss = OK
teacher-storage-full = Úložiště tohoto prohlížeče je plné, takže poslední změny nejsou uložené. Stáhněte hned CSV a pak odeberte staré odkazy nebo vymažte stará data třídy.
teacher-storage-blocked = Tento prohlížeč stránce nedovolí nic uložit (anonymní režim nebo nastavení). Po zavření karty se všechno ztratí, proto si předtím stáhněte CSV.
teacher-error-action = Něco se pokazilo. Načtěte prosím stránku znovu a zkuste to ještě jednou; vše, co bylo uloženo, zůstává.
teacher-error-start = Stránku pro učitele se nepodařilo spustit. Načtěte ji prosím znovu. Pokud se to opakuje, zkuste aktuální Chrome, Edge nebo Firefox.
teacher-update-ready = Je připravená nová verze Byte Bridge.
teacher-update = Načíst znovu

## Zadat úrovně třídě
teacher-assign-title = Zadat úrovně třídě
teacher-assign-intro = Vyberte úrovně a vytvořte odkaz. Žáci odkaz otevřou na tabletech nebo naskenují jeho QR kód a najdou úrovně jako dnešní misi.
teacher-class-name = Název třídy
teacher-class-name-hint = Například 4.B. Název putuje v odkazu do tabletů, proto nepoužívejte jméno žáka.
teacher-levels = Úrovně
teacher-band-filter = Věková skupina
teacher-band-all = Všechny věky
teacher-competence-filter = Kompetence DigComp 2.2
teacher-competence-all = Všechny kompetence
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Kompetence DigComp 3.0
teacher-digcomp3-all = Všechny kompetence
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Celý svět „{ $world }“
teacher-no-levels = Těmto filtrům neodpovídá žádná úroveň.
teacher-levels-selected = { $count ->
        [0] Zatím není vybrána žádná úroveň.
        [one] Vybrána { $count } úroveň.
        [few] Vybrány { $count } úrovně.
        [many] Vybráno { $count } úrovně.
       *[other] Vybráno { $count } úrovní.
    }
teacher-select-none = Zrušit výběr
teacher-lock = Zamknout ostatní úrovně
teacher-lock-hint = Dokud je tato mise na tabletu, můžou žáci hrát jen tyto úrovně.
teacher-sign = Podepisovat soubory žáků klíčem třídy
teacher-sign-hint = Soubor s výsledky nebo QR kód upravený poté, co ho tablet uložil, se označí a nezapočítá. Klíč je uložený v tabletech, takže kdo ho z tabletu zkopíruje, může vymyšlené výsledky podepsat.
teacher-create = Vytvořit odkaz

## Odkaz
teacher-link-ready = Odkaz pro vaši třídu
teacher-link = Odkaz
teacher-copy = Kopírovat odkaz
teacher-copied = Odkaz je zkopírovaný.
teacher-copy-manual = Odkaz je označený. Zkopírujte ho příkazem kopírování na svém zařízení.
teacher-qr-label = QR kód odkazu pro { $name }
teacher-qr-caption = Žáci naskenují tento kód kamerou tabletu a otevře se mise.
teacher-print-sheet = Vytisknout list
teacher-earlier-title = Dřívější odkazy
teacher-assignment-meta = { $count ->
        [one] { $count } úroveň
        [few] { $count } úrovně
        [many] { $count } úrovně
       *[other] { $count } úrovní
    }, vytvořeno { $date }
teacher-assignment-levels = { $count ->
        [one] Zobrazit úroveň
        [few] Zobrazit všechny { $count } úrovně
        [many] Zobrazit všech { $count } úrovně
       *[other] Zobrazit všech { $count } úrovní
    }
teacher-assignment-locked = ostatní úrovně zamčené
teacher-assignment-signed = soubory podepsané
teacher-assignment-unsigned = soubory nepodepsané
teacher-show-qr = Zobrazit QR kód
teacher-hide-qr = Skrýt QR kód
teacher-remove = Odebrat odkaz
teacher-remove-confirm = Odebrat z této stránky odkaz pro „{ $name }“?
teacher-remove-yes = Ano, odebrat
teacher-cancel = Zrušit
teacher-assignment-option = { $name } ({ $date })

## Vytištěný list pro žáky
teacher-sheet-title = Dnešní mise
teacher-sheet-how = Naskenuj kód kamerou tabletu, nebo napiš odkaz níže do prohlížeče.
teacher-sheet-levels = Dnešní úrovně

## Posbírat výsledky
teacher-collect-title = Posbírat výsledky
teacher-collect-intro = Načtěte soubory s výsledky žáků, klidně všechny najednou, nebo naskenujte QR kódy na jejich tabletech.
teacher-drop-hint = Sem přetáhněte soubory žáků
teacher-files-label = Soubory s výsledky žáků
teacher-choose-files = Vybrat soubory
teacher-results-title = Načteno
teacher-results-empty = Zatím nebyly načteny žádné soubory.
teacher-results-clear = Vymazat tento seznam
teacher-file-altered = Pozor: tento soubor byl upraven poté, co ho tablet uložil.
teacher-file-failed = Nenačteno:
teacher-file-unreadable = Soubor { $file } nejde přečíst. Zkuste to znovu, nebo ho znovu uložte na tabletu.
teacher-code-unreadable = Tento QR kód nejde přečíst. Zkuste to prosím znovu.
teacher-status-signed = podepsáno
teacher-status-unsigned = neověřeno
teacher-status-summary = z QR kódu
teacher-scan-title = Skenovat QR kódy
teacher-scan-intro = Namiřte kameru na kód s výsledky žáka. Kamera hledá kód dalšího žáka, dokud ji nezastavíte.
teacher-scan = Naskenovat QR kód
teacher-stop-camera = Zastavit kameru
teacher-camera-label = Obraz z kamery
teacher-camera-starting = Spouštím kameru…
teacher-camera-looking = Hledám QR kód…
teacher-camera-next = Mám ho. Ukažte další kód.
teacher-camera-stopped = Kamera je vypnutá.
teacher-camera-unavailable = Kameru tu nejde použít: žádná není, nebyla povolena, nebo stránka není poskytována přes HTTPS. Soubory s výsledky fungují vždy.
teacher-scanner-unavailable = Čtečku QR kódů se nepodařilo načíst. Jednou se připojte k internetu a zkuste to znovu. Soubory s výsledky fungují vždy.

## Vaše třída
teacher-class-title = Vaše třída
teacher-show-assignment = Zobrazit
teacher-all-levels = Všechny úrovně
teacher-no-pupils = Zatím žádné výsledky. Posbírejte výše soubory nebo kódy žáků.
teacher-note-hint = Skutečná jména zůstávají jen na tomto zařízení. Stažené soubory je neobsahují, pokud nezaškrtnete „Zahrnout skutečná jména“.
teacher-note-label = Skutečné jméno
teacher-note-for = Skutečné jméno pro { $name }
teacher-grid-caption = { $count ->
        [one] { $count } žák, všechny úrovně
        [few] { $count } žáci, všechny úrovně
        [many] { $count } žáka, všechny úrovně
       *[other] { $count } žáků, všechny úrovně
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } žák
        [few] { $name }: { $count } žáci
        [many] { $name }: { $count } žáka
       *[other] { $name }: { $count } žáků
    }
teacher-pupil = Žák
teacher-pupil-altered = Upravený soubor
teacher-cell-empty = nehráno
teacher-cell-detail = { $attempts ->
        [one] { $attempts } pokus
        [few] { $attempts } pokusy
        [many] { $attempts } pokusu
       *[other] { $attempts } pokusů
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } nápověda
        [few] {" "}· { $hints } nápovědy
        [many] {" "}· { $hints } nápovědy
       *[other] {" "}· { $hints } nápověd
    }
teacher-forget = Odebrat žáka
teacher-forget-pupil = Odebrat žáka { $name }
teacher-forget-confirm = Odebrat z této stránky { $name } a všechny výsledky tohoto žáka?
teacher-forget-yes = Ano, odebrat
teacher-forgotten = { $name }: odebráno.

## Jeden žák v jedné úrovni
teacher-cell-title = { $pupil }: { $level }
teacher-close = Zavřít
teacher-no-attempts = Zatím žádné pokusy.
teacher-attempt-title = Pokus { $number }, { $when }
teacher-attempt-stars = Hvězdy
teacher-stars-count = { $count ->
        [one] { $count } hvězda
        [few] { $count } hvězdy
        [many] { $count } hvězdy
       *[other] { $count } hvězd
    }
teacher-attempt-outcome = Výsledek
teacher-attempt-time = Čas
teacher-attempt-hints = Nápovědy
teacher-attempt-mistakes = Chyby
teacher-program-main = Hlavní program
teacher-program-p1 = Pomocník 1
teacher-program-p2 = Pomocník 2
teacher-program-empty = (prázdné)
teacher-tile-else = jinak
teacher-code = Jako kód
teacher-code-note = Stejný program jako text v jazyce podobném Pythonu. Žáci ho ve hře vidí přes „Zobrazit jako kód“.
teacher-answers = Odpovědi

## Podle úrovní
teacher-summary-title = Podle úrovní
teacher-summary-caption = Jak šla jednotlivá úroveň
teacher-summary-level = Úroveň
teacher-summary-played = Hráno
teacher-summary-finished = Dokončeno
teacher-summary-stuck = Zaseknuto
teacher-summary-mean = Průměr pokusů
teacher-summary-common = Nejčastější potíže
teacher-problem-count = { $text } × { $count }

## Stáhnout, vytisknout, vymazat
teacher-export-title = Stáhnout, vytisknout, vymazat
teacher-include-notes = Zahrnout skutečná jména
teacher-include-notes-hint = Zaškrtněte jen u souboru nebo výtisku, který zůstane u vás, například pro vlastní záznamy.
teacher-download-csv = Stáhnout CSV
teacher-download-xapi = Stáhnout xAPI (JSON)
teacher-print-class = Vytisknout přehled třídy
teacher-clear = Vymazat data třídy
teacher-clear-confirm = Smazat z tohoto prohlížeče všechny žáky, výsledky, skutečná jména a odkazy? Nejde to vrátit. Pokud chcete výsledky zachovat, stáhněte si nejdřív CSV.
teacher-clear-yes = Ano, smazat vše
teacher-cleared = Data třídy byla smazána.
teacher-language-unavailable = Jazyk { $language } se nepodařilo stáhnout: tento prohlížeč ho zatím nemá. Připojte se k internetu a vyberte ho znovu.

## Odesílat do úložiště záznamů o učení (LRS)
teacher-lrs-title = Odesílat do úložiště záznamů o učení
teacher-lrs-intro = Pokud vaše škola nebo ministerstvo shromažďuje výsledky v úložišti záznamů o učení (Learning Record Store, LRS), zadejte sem jeho xAPI adresu, klíč a tajný klíč. Každý výsledek, který načtete, se pak odešle tam automaticky, a každý jen jednou. Adresa, klíč a tajný klíč zůstávají v tomto prohlížeči: tablety žáků je nikdy nedostanou.
teacher-lrs-endpoint = xAPI adresa (endpoint)
teacher-lrs-key = Klíč (uživatelské jméno)
teacher-lrs-secret = Tajný klíč (heslo)
teacher-lrs-secret-kept = Pokud chcete ponechat tajný klíč dříve uložený pro tuto adresu a klíč, nechte pole prázdné.
teacher-lrs-save = Uložit a odeslat
teacher-lrs-forget = Odebrat toto úložiště
teacher-lrs-retry = Zkusit znovu teď
teacher-lrs-off = Není nastavené žádné úložiště záznamů o učení. Výsledky zůstávají v tomto prohlížeči a ve vašich stažených souborech.
teacher-lrs-done = { $sent ->
        [one] Výsledek je v úložišti záznamů o učení.
        [few] Všechny { $sent } výsledky jsou v úložišti záznamů o učení.
        [many] Všech { $sent } výsledku je v úložišti záznamů o učení.
       *[other] Všech { $sent } výsledků je v úložišti záznamů o učení.
    }
teacher-lrs-sending = { $waiting ->
        [one] Odesílá se: čeká jeden výsledek.
        [few] Odesílá se: čekají { $waiting } výsledky.
        [many] Odesílá se: čeká { $waiting } výsledku.
       *[other] Odesílá se: čeká { $waiting } výsledků.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Čeká jeden výsledek: úložiště záznamů o učení není dostupné. Další pokus za { $seconds } s. Pokud to trvá dál, požádejte toho, kdo úložiště spravuje, o povolení adresy této stránky.
        [few] Čekají { $waiting } výsledky: úložiště záznamů o učení není dostupné. Další pokus za { $seconds } s. Pokud to trvá dál, požádejte toho, kdo úložiště spravuje, o povolení adresy této stránky.
        [many] Čeká { $waiting } výsledku: úložiště záznamů o učení není dostupné. Další pokus za { $seconds } s. Pokud to trvá dál, požádejte toho, kdo úložiště spravuje, o povolení adresy této stránky.
       *[other] Čeká { $waiting } výsledků: úložiště záznamů o učení není dostupné. Další pokus za { $seconds } s. Pokud to trvá dál, požádejte toho, kdo úložiště spravuje, o povolení adresy této stránky.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Čeká jeden výsledek: úložiště záznamů o učení odpovědělo chybou { $status }. Další pokus za { $seconds } s.
        [few] Čekají { $waiting } výsledky: úložiště záznamů o učení odpovědělo chybou { $status }. Další pokus za { $seconds } s.
        [many] Čeká { $waiting } výsledku: úložiště záznamů o učení odpovědělo chybou { $status }. Další pokus za { $seconds } s.
       *[other] Čeká { $waiting } výsledků: úložiště záznamů o učení odpovědělo chybou { $status }. Další pokus za { $seconds } s.
    }
teacher-lrs-stopped-key = Odesílání se zastavilo: úložiště záznamů o učení tento klíč a tajný klíč nepřijímá. Zkontrolujte je a uložte znovu.
teacher-lrs-stopped-forbidden = Odesílání se zastavilo: s tímto klíčem nejde do úložiště záznamů o učení přidávat výsledky. Požádejte toho, kdo úložiště spravuje, o klíč s právem zapisovat xAPI záznamy (statements).
teacher-lrs-stopped-address = Odesílání se zastavilo: tato adresa neodpovídá jako úložiště záznamů o učení (odpověď { $status }). Zkontrolujte xAPI adresu.
teacher-lrs-refused = { $refused ->
        [one] Úložiště záznamů o učení odmítlo jeden výsledek. Je odložený a znovu se neodešle.
        [few] Úložiště záznamů o učení odmítlo { $refused } výsledky. Jsou odložené a znovu se neodešlou.
        [many] Úložiště záznamů o učení odmítlo { $refused } výsledku. Jsou odložené a znovu se neodešlou.
       *[other] Úložiště záznamů o učení odmítlo { $refused } výsledků. Jsou odložené a znovu se neodešlou.
    }
teacher-lrs-load-damaged = Nastavení úložiště záznamů o učení uložené v tomto prohlížeči nejde přečíst. Zadejte ho prosím znovu: výsledky, které úložiště už má, se neuloží dvakrát.
teacher-lrs-load-newer = Nastavení úložiště záznamů o učení uložila novější verze této stránky. Načtěte stránku znovu, abyste dostali novou verzi; do té doby se nic neodesílá.
teacher-lrs-error-no-address = Zadejte xAPI adresu úložiště záznamů o učení.
teacher-lrs-error-address = Tohle není webová adresa úložiště záznamů o učení. Měla by vypadat jako https://lrs.example.org/xAPI/, bez ? a #.
teacher-lrs-error-insecure = Adresa musí začínat https://, aby klíč a výsledky putovaly šifrovaně.
teacher-lrs-error-credentials-in-address = Klíč a tajný klíč zadejte do jejich vlastních polí, ne do adresy.
teacher-lrs-error-no-key = Zadejte klíč a tajný klíč přidělené pro úložiště záznamů o učení.
teacher-lrs-error-bad-key = Klíč nesmí obsahovat ":". Klíč ani tajný klíč nesmí obsahovat zalomení řádku.
teacher-lrs-error-too-long = Některé pole je příliš dlouhé: adresa, klíč i tajný klíč smějí mít každý nejvýše 500 znaků.
teacher-lrs-forgotten = Adresa, klíč a tajný klíč úložiště záznamů o učení byly z tohoto prohlížeče odebrány.
teacher-lrs-empty = Zatím není co odeslat. Výsledky, které načtete, se do úložiště záznamů o učení odešlou automaticky.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Název
made-field-task = Úkol
made-field-learned = „Co se žáci naučili“
made-field-hint = Nápověda
made-field-box = Krabice
made-field-card = Kartička
made-field-prompt = Situace
made-field-reply = Odpověď
made-field-part = Řádek zprávy
made-field-reason = Zdůvodnění
made-problem-damaged = Toto není úroveň vytvořená na této stránce, nebo je poškozená.
made-problem-newer = Tato úroveň byla vytvořena v novější verzi této stránky. Načtěte stránku znovu, abyste dostali novou verzi.
made-problem-language = Jazyk této úrovně tato stránka nezná.
made-problem-missing = { $field }: vyplňte prosím toto pole.
made-problem-too-long = { $field }: zkraťte prosím text na nejvýše { $max } { $max ->
        [one] znak
        [few] znaky
        [many] znaku
       *[other] znaků
    }.
made-problem-undrawable = { $field }: některé znaky nejde na tabletech zobrazit: { $chars }. Používejte prosím písmena, číslice a běžnou interpunkci (bez emoji).
made-problem-hints = Úroveň potřebuje tři nápovědy: postrčení, myšlenku a pak část odpovědi.
made-problem-count = { $field }: příliš málo nebo příliš mnoho (nejvýše { $max }).
made-problem-one-right = Označte přesně jednu odpověď jako správnou.
made-problem-box-unused = Ke každé krabici musí patřit aspoň jedna kartička.
made-problem-flags = Označte aspoň jeden řádek jako varovný signál a aspoň jeden řádek nechte bez varovného signálu.
made-problem-board-size = Hrací plocha musí být široká 2 až { $max } { $max ->
        [one] pole
        [few] pole
        [many] pole
       *[other] polí
    } a vysoká 1 až { $max } { $max ->
        [one] pole
        [few] pole
        [many] pole
       *[other] polí
    }.
made-problem-board-start = Umístěte na hrací plochu přesně jedno startovní pole.
made-problem-board-goal = Umístěte na hrací plochu vlajku nebo aspoň jednu lampu.
made-problem-board = Hrací plocha porušuje pravidlo hry. Zkontrolujte pole a bloky, které nabízíte.
made-problem-tiles = Nabídněte aspoň jeden blok.
made-problem-already-solved = Robot je hotový dřív, než se pohne: přesuňte vlajku dál od startu.
made-problem-slots = Nejkratší program, který tuto hrací plochu vyřeší, má { $tiles } { $tiles ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] bloků
    }. Dejte programu místo aspoň pro { $tiles } { $tiles ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] bloků
    }.
made-problem-unsolvable = S těmito bloky robot nedojede k vlajce (a ke každé lampě). Otevřete cestu, nebo nabídněte víc bloků (například otočení nebo smyčku).
made-problem-too-large = Tato hrací plocha je příliš velká na kontrolu: žádný program kratší než { $tiles } { $tiles ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] bloků
    } ji nevyřeší a delších je příliš mnoho na vyzkoušení. Zmenšete hrací plochu nebo zkraťte cestu, nebo nabídněte smyčku.
made-problem-par = Úroveň zatím nemá nejlepší řešení: nejdřív ji zkontrolujte na této stránce.
made-checked-robot = Robot to zvládne: nejlepší program má { $par } { $par ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] bloků
    }. Žáci dostanou 3 hvězdy za { $par } { $par ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] bloků
    } nebo méně.
made-checked-answers = Hotovo: každá odpověď má zdůvodnění.
made-kind-robot_grid = Robot na hrací ploše
made-kind-sort = Třídění do dvou krabic
made-kind-pick_reply = Výběr odpovědi
made-kind-spot_flags = Hledání varovných signálů
made-copy-title = { $title } (kopie)
made-import-done = { $added ->
    [one] Přidána { $added } úroveň.
    [few] Přidány { $added } úrovně.
    [many] Přidáno { $added } úrovně.
   *[other] Přidáno { $added } úrovní.
} { $skipped ->
    [0] {""}
    [one] { $skipped } už tu byla.
    [few] { $skipped } už tu byly.
    [many] { $skipped } už tu bylo.
   *[other] { $skipped } už tu bylo.
}
made-import-not-ours = { $file } není soubor s úrovněmi z této stránky.
made-import-too-large = Soubor { $file } je na soubor s úrovněmi příliš velký (nejvýše 1 MB a 100 úrovní).
made-import-bad-level = { $file }: úroveň { $number } („{ $title }“) nejde použít, proto nebylo nic přidáno. { $problem }
made-assign-too-many = Odkaz pro třídu může obsahovat nejvýše { $max } { $max ->
        [one] vlastní úroveň
        [few] vlastní úrovně
        [many] vlastní úrovně
       *[other] vlastních úrovní
    }.
made-assign-unknown = Jedna z vybraných úrovní už ve vaší knihovně není. Vyberte úrovně znovu.
made-qr-too-long = Tento odkaz je příliš dlouhý na QR kód, který tablet přečte ({ $length } { $length ->
        [one] znak
        [few] znaky
        [many] znaku
       *[other] znaků
    }; kód pojme { $max }). Sdílejte přímo odkaz, nebo stáhněte soubor a na každém tabletu ho otevřete v části „Pro dospělé“ → „Přenést hráče ze souboru“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Vytvořte si vlastní úrovně
made-page-intro = Napište úroveň vlastními slovy a zkontrolujte, že funguje. Vaše úrovně se ukládají v tomto prohlížeči v části „Moje úrovně“ a můžete je zadat třídě stejně jako úrovně ze hry.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Nová úroveň
made-page-editing = Úprava úrovně „{ $title }“
made-page-editing-hint = Uložením nahradíte předchozí verzi ve svých úrovních.
made-page-start-new = Začít novou úroveň
made-page-kind = Druh úrovně
made-page-band = Věková skupina
made-page-title = Název
made-page-task = Úkol: co mají žáci udělat
made-page-learned = Co se žáci naučili (zobrazí se na konci)
made-page-hints = Tři nápovědy
made-page-hint-1 = Nápověda 1: postrčení
made-page-hint-2 = Nápověda 2: myšlenka
made-page-hint-3 = Nápověda 3: část odpovědi, ne celá

# The robot grid.
made-page-width = Šířka (pole)
made-page-height = Výška (řádky)
made-page-paint = Čím malovat
made-page-board = Hrací plocha
made-page-board-hint = Ťuknutím na pole ho obarvíte. Start a vlajka jsou jen jednou: když namalujete nový, přesune se tam. Na klávesnici se mezi poli pohybujete šipkami.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Řádek { $row }, pole { $column }: { $what }
made-page-square-wall = zeď
made-page-square-floor = podlaha
made-page-square-start = start
made-page-square-flag = vlajka
made-page-square-lamp = lampa
made-page-square-red = červená podlaha
made-page-square-blue = modrá podlaha
made-page-square-green = zelená podlaha
made-page-facing = Na začátku se robot dívá na
made-page-facing-north = sever (nahoru)
made-page-facing-east = východ (doprava)
made-page-facing-south = jih (dolů)
made-page-facing-west = západ (doleva)
made-page-tiles = Bloky, které žáci smějí používat
made-page-conditions = Otázky, které smějí klást bloky „Pokud“ a „Opakuj, dokud“
made-page-conditions-hint = Zaškrtněte aspoň jednu.
made-page-slots-main = Bloky v hlavním programu (1 až 16)
made-page-slots-p1 = Bloky v části „Pomocník 1“ (1 až 10)

# Sort into two boxes.
made-page-box-left = Levá krabice (fajfka)
made-page-box-right = Pravá krabice (křížek)
made-page-cards = Kartičky (2 až { $max })
made-page-card = Kartička { $number }
made-page-card-box = Krabice pro kartičku { $number }
made-page-reason-card = Proč kartička { $number } patří tam
made-page-add-card = Přidat kartičku
made-page-remove-card = Odebrat kartičku { $number }

# Pick the reply.
made-page-prompt = Situace, například zpráva, kterou žáci dostanou
made-page-replies = Odpovědi (2 až 4, jedna z nich správná)
made-page-reply = Odpověď { $number }
made-page-right = Odpověď { $number } je správná
made-page-reason-reply = Proč je odpověď { $number } správná nebo špatná
made-page-add-reply = Přidat odpověď
made-page-remove-reply = Odebrat odpověď { $number }

# Spot the red flags.
made-page-screen = Co žáci uvidí
made-page-screen-message = Zpráva v chatu
made-page-screen-email = E-mail
made-page-screen-web = Webová stránka
made-page-parts = Řádky shora dolů (2 až { $max }: některé jsou varovné signály, jiné jsou v pořádku)
made-page-part = Řádek { $number }
made-page-flag = Řádek { $number } je varovný signál
made-page-reason-part = Proč je řádek { $number } v pořádku nebo je varovný signál
made-page-add-part = Přidat řádek
made-page-remove-part = Odebrat řádek { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Odebrat
made-page-check = Zkontrolovat úroveň
made-page-save = Uložit do mých úrovní
made-page-checking = Úroveň se kontroluje. Může to trvat několik sekund…
# After saving; a made-checked-… message follows it.
made-page-saved = Úroveň „{ $title }“ je uložená ve vašich úrovních.
made-page-copied = Kopie je ve formuláři výše. Upravte ji a pak ji uložte.

# My levels.
made-page-library = Moje úrovně
made-page-library-empty = Zatím žádné úrovně. Úrovně, které uložíte, se zobrazí tady.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = nejlépe: { $par } { $par ->
        [one] blok
        [few] bloky
        [many] bloku
       *[other] bloků
    }
made-page-edit = Upravit
made-page-edit-level = Upravit: { $title }
made-page-copy = Kopírovat
made-page-copy-level = Kopírovat: { $title }
made-page-remove-level = Odebrat: { $title }
made-page-remove-confirm = Odebrat „{ $title }“ z vašich úrovní? Už vytvořené odkazy ji zachovají.
made-page-remove-yes = Ano, odebrat
made-page-removed = Úroveň „{ $title }“ byla odebrána z vašich úrovní.
made-page-download = Stáhnout moje úrovně
made-page-import = Přidat úrovně ze souboru
made-page-import-file = Soubor s úrovněmi
made-page-import-unreadable = Soubor { $file } nejde přečíst.

# In "Give levels to a class".
made-page-assign = Vaše vlastní úrovně
made-page-assign-none = Tady se zobrazí úrovně, které uložíte v části „Vytvořte si vlastní úrovně“.
made-page-assign-max = Nejvýše { $max } v jednom odkazu. Odkaz s vlastními úrovněmi je vždy podepsaný.
made-page-assignment-file = Stáhnout soubor pro tablety
