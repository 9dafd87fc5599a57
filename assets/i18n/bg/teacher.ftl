# The teacher page. Read by teachers: plain, polite (Вие, plural imperative) and exact.

teacher-page-title = Byte Bridge за учители
teacher-title = Byte Bridge за учители
teacher-tagline = Давайте нива на класа си, събирайте резултатите и вижте кой има нужда от помощ.
teacher-skip = Към съдържанието на страницата
teacher-language = Език

## Help
teacher-help = Помощ: къде отиват данните на класа?
teacher-help-local = Всичко на тази страница остава в този браузър на това устройство. Няма профили и няма сървър: нищо не се изпраща никъде, освен ако не зададете хранилище в „Изпращане към хранилище за учебни данни“.
teacher-help-files = Резултатите идват от таблетите на учениците, като файлове или QR кодове. Добавете файловете в „Събиране на резултати“ или сканирайте кодовете с камерата на това устройство.
teacher-help-signing = С „Подписване на файловете на учениците с ключ на класа“ таблетите подписват всеки файл с резултати и всеки QR код. Файл, променен след това, се отбелязва тук и не се брои; щом файловете на даден ученик веднъж са подписани, неговите файлове и кодове без валиден подпис също не се броят. Ключът се пази на таблетите, така че това хваща променени файлове, но не и някой, който копира ключа от таблет и подпише измислени резултати.
teacher-help-notes = Истинските имена, които въведете до името в играта, остават в този браузър. Излизат от него само ако отметнете „Включи истинските имена“ и после изтеглите CSV файла или отпечатате изгледа на класа.
teacher-help-backup = Изчистването на данните на този браузър изтрива и данните на класа. От време на време изтегляйте CSV файла, за да имате копие.
teacher-help-insecure = Тази страница не се зарежда през HTTPS, затова не може да работи без интернет и да използва камерата. Файловете с резултати винаги работят.

## Banners
teacher-dismiss = ОК
teacher-storage-full = Паметта на този браузър е пълна, затова последните Ви промени не са записани. Изтеглете CSV файла сега, после премахнете стари връзки или изчистете стари данни на класа.
teacher-storage-blocked = Този браузър не позволява на страницата да записва нищо (частен режим или настройка). Всичко тук ще се загуби, когато затворите раздела, затова преди това изтеглете CSV файла.
teacher-error-action = Нещо се обърка. Моля, презаредете страницата и опитайте отново; всичко записано дотук остава.
teacher-error-start = Страницата за учители не можа да се стартира. Моля, презаредете я. Ако това се повтаря, опитайте с актуален Chrome, Edge или Firefox.
teacher-update-ready = Нова версия на Byte Bridge е готова.
teacher-update = Презареди сега

## Give levels to a class
teacher-assign-title = Дайте нива на клас
teacher-assign-intro = Изберете нивата, после създайте връзка. Учениците отварят връзката на таблетите си или сканират QR кода ѝ и намират нивата като днешна мисия.
teacher-class-name = Име на класа
teacher-class-name-hint = Например 4Б. Името пътува във връзката до таблетите, затова не използвайте име на ученик.
teacher-levels = Нива
teacher-band-filter = Възрастова група
teacher-band-all = Всички възрасти
teacher-competence-filter = Компетентност по DigComp 2.2
teacher-competence-all = Всички компетентности
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Компетентност по DigComp 3.0
teacher-digcomp3-all = Всички компетентности
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = Целият свят „{ $world }“
teacher-no-levels = Няма ниво, което да отговаря на тези филтри.
teacher-levels-selected = { $count ->
        [0] Още не е избрано ниво.
        [one] Избрано е { $count } ниво.
       *[other] Избрани са { $count } нива.
    }
teacher-select-none = Изчисти избора
teacher-lock = Заключи другите нива
teacher-lock-hint = Учениците могат да играят само тези нива, докато тази мисия е на таблетите им.
teacher-sign = Подписване на файловете на учениците с ключ на класа
teacher-sign-hint = Файл с резултати или QR код, променен след като таблетът го е записал, се отбелязва и не се брои. Ключът се пази на таблетите, така че някой, който го копира от таблет, пак може да подпише измислени резултати.
teacher-create = Създай връзка

## The link
teacher-link-ready = Връзката за класа Ви
teacher-link = Връзка
teacher-copy = Копирай връзката
teacher-copied = Връзката е копирана.
teacher-copy-manual = Връзката е маркирана. Копирайте я с командата за копиране на устройството си.
teacher-qr-label = QR код на връзката за { $name }
teacher-qr-caption = Учениците сканират този код с камерата на таблета, за да отворят мисията.
teacher-print-sheet = Отпечатай лист
teacher-earlier-title = По-ранни връзки
teacher-assignment-meta = { $count ->
        [one] { $count } ниво
       *[other] { $count } нива
    }, създадена на { $date }
teacher-assignment-levels = { $count ->
        [one] Покажи нивото
       *[other] Покажи всички { $count } нива
    }
teacher-assignment-locked = другите нива са заключени
teacher-assignment-signed = файловете се подписват
teacher-assignment-unsigned = файловете не се подписват
teacher-show-qr = Покажи QR кода
teacher-hide-qr = Скрий QR кода
teacher-remove = Премахни връзката
teacher-remove-confirm = Да се премахне ли връзката за „{ $name }“ от тази страница?
teacher-remove-yes = Да, премахни
teacher-cancel = Отказ
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Днешна мисия
teacher-sheet-how = Сканирай кода с камерата на таблета или въведи връзката отдолу в браузъра.
teacher-sheet-levels = Днешните нива

## Collect results
teacher-collect-title = Събиране на резултати
teacher-collect-intro = Добавете файловете с резултати на учениците, колкото искате наведнъж, или сканирайте QR кодовете на таблетите им.
teacher-drop-hint = Пуснете файловете на учениците тук
teacher-files-label = Файлове с резултати на учениците
teacher-choose-files = Избери файлове
teacher-results-title = Добавени
teacher-results-empty = Още няма добавени файлове.
teacher-results-clear = Изчисти списъка
teacher-file-altered = Внимание: този файл е променен, след като таблетът го е записал.
teacher-file-failed = Не е добавен:
teacher-file-unreadable = { $file } не можа да бъде прочетен. Опитайте отново или го запишете пак на таблета.
teacher-code-unreadable = Този QR код не можа да бъде прочетен. Моля, опитайте отново.
teacher-status-signed = подписан
teacher-status-unsigned = непроверен
teacher-status-summary = от QR код
teacher-scan-title = Сканиране на QR кодове
teacher-scan-intro = Насочете камерата към кода с резултати на ученик. Тя продължава да търси следващия ученик, докато не я спрете.
teacher-scan = Сканирай QR код
teacher-stop-camera = Спри камерата
teacher-camera-label = Картина от камерата
teacher-camera-starting = Камерата се включва…
teacher-camera-looking = Търси се QR код…
teacher-camera-next = Готово. Покажете следващия код.
teacher-camera-stopped = Камерата е изключена.
teacher-camera-unavailable = Камерата не може да се използва тук: няма камера, не е разрешена или страницата не се зарежда през HTTPS. Файловете с резултати винаги работят.
teacher-scanner-unavailable = Четецът на QR кодове не можа да се зареди. Свържете се веднъж с интернет и опитайте отново. Файловете с резултати винаги работят.

## Your class
teacher-class-title = Вашият клас
teacher-show-assignment = Покажи
teacher-all-levels = Всички нива
teacher-no-pupils = Още няма резултати. Съберете файловете или кодовете на учениците по-горе.
teacher-note-hint = Истинските имена остават само на това устройство. Изтеглените файлове не ги съдържат, освен ако не отметнете „Включи истинските имена“.
teacher-note-label = Истинско име
teacher-note-for = Истинско име на { $name }
teacher-grid-caption = { $count ->
        [one] { $count } ученик, всички нива
       *[other] { $count } ученици, всички нива
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } ученик
       *[other] { $name }: { $count } ученици
    }
teacher-pupil = Ученик
teacher-pupil-altered = Променен файл
teacher-cell-empty = не е играно
teacher-cell-detail = { $attempts ->
        [one] { $attempts } опит
       *[other] { $attempts } опита
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } подсказка
       *[other] {" "}· { $hints } подсказки
    }
teacher-forget = Премахни ученика
teacher-forget-pupil = Премахни ученика { $name }
teacher-forget-confirm = Да се премахнат ли { $name } и всичките му резултати от тази страница?
teacher-forget-yes = Да, премахни
teacher-forgotten = { $name } е премахнат.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Затвори
teacher-no-attempts = Още няма опити.
teacher-attempt-title = Опит { $number }, { $when }
teacher-attempt-stars = Звезди
teacher-stars-count = { $count ->
        [one] { $count } звезда
       *[other] { $count } звезди
    }
teacher-attempt-outcome = Резултат
teacher-attempt-time = Време
teacher-attempt-hints = Подсказки
teacher-attempt-mistakes = Грешки
teacher-program-main = Основна програма
teacher-program-p1 = Помощник 1
teacher-program-p2 = Помощник 2
teacher-program-empty = (празно)
teacher-tile-else = иначе
teacher-code = Като код
teacher-code-note = Същата програма като текст, на език като Python. Учениците я виждат в играта с „Покажи като код“.
teacher-answers = Отговори

## Per level
teacher-summary-title = По нива
teacher-summary-caption = Как мина всяко ниво
teacher-summary-level = Ниво
teacher-summary-played = Играно
teacher-summary-finished = Завършено
teacher-summary-stuck = Заседнали
teacher-summary-mean = Средно опити
teacher-summary-common = Най-чести проблеми
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Изтегляне, печат, изчистване
teacher-include-notes = Включи истинските имена
teacher-include-notes-hint = Отметнете това само за файл или разпечатка, които остават при Вас, например за Вашите собствени записки.
teacher-download-csv = Изтегли CSV
teacher-download-xapi = Изтегли xAPI (JSON)
teacher-print-class = Отпечатай изгледа на класа
teacher-clear = Изчисти данните на класа
teacher-clear-confirm = Да се изтрият ли от този браузър всички ученици, резултати, истински имена и връзки? Това не може да се отмени. Първо изтеглете CSV файла, ако искате да запазите резултатите.
teacher-clear-yes = Да, изтрий всичко
teacher-cleared = Данните на класа са изтрити.
teacher-language-unavailable = Езикът { $language } не можа да бъде изтеглен: този браузър още го няма. Свържете се с интернет и го изберете отново.

## Send to a learning record store (LRS)
teacher-lrs-title = Изпращане към хранилище за учебни данни
teacher-lrs-intro = Ако Вашето училище или министерството събира резултати в хранилище за учебни данни (Learning Record Store, LRS), въведете тук неговия xAPI адрес, ключа и секрета. Тогава всеки добавен резултат се изпраща там автоматично, и то само веднъж. Адресът, ключът и секретът остават в този браузър: таблетите на учениците никога не ги получават.
teacher-lrs-endpoint = xAPI адрес (крайна точка)
teacher-lrs-key = Ключ (потребителско име)
teacher-lrs-secret = Секрет (парола)
teacher-lrs-secret-kept = Оставете празно, за да запазите записания преди това секрет за този адрес и ключ.
teacher-lrs-save = Запиши и изпрати
teacher-lrs-forget = Премахни това хранилище
teacher-lrs-retry = Опитай отново сега
teacher-lrs-off = Не е зададено хранилище за учебни данни. Резултатите остават в този браузър и в изтеглените от Вас файлове.
teacher-lrs-done = { $sent ->
        [one] Резултатът е в хранилището за учебни данни.
       *[other] Всички { $sent } резултата са в хранилището за учебни данни.
    }
teacher-lrs-sending = { $waiting ->
        [one] Изпращане: чака един резултат.
       *[other] Изпращане: чакат { $waiting } резултата.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Чака един резултат: хранилището за учебни данни не е достъпно. Нов опит след { $seconds } с. Ако това продължи, помолете човека, който поддържа хранилището, да разреши адреса на тази страница.
       *[other] Чакат { $waiting } резултата: хранилището за учебни данни не е достъпно. Нов опит след { $seconds } с. Ако това продължи, помолете човека, който поддържа хранилището, да разреши адреса на тази страница.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Чака един резултат: хранилището за учебни данни отговори с грешка { $status }. Нов опит след { $seconds } с.
       *[other] Чакат { $waiting } резултата: хранилището за учебни данни отговори с грешка { $status }. Нов опит след { $seconds } с.
    }
teacher-lrs-stopped-key = Изпращането е спряно: хранилището за учебни данни не приема този ключ и секрет. Проверете ги и запишете отново.
teacher-lrs-stopped-forbidden = Изпращането е спряно: с този ключ не може да се добавят резултати в хранилището за учебни данни. Поискайте от човека, който го поддържа, ключ с право да записва xAPI изявления (statements).
teacher-lrs-stopped-address = Изпращането е спряно: този адрес не отговаря като хранилище за учебни данни (отговор { $status }). Проверете xAPI адреса.
teacher-lrs-refused = { $refused ->
        [one] Хранилището за учебни данни отказа един резултат. Той е оставен настрана и няма да се изпраща отново.
       *[other] Хранилището за учебни данни отказа { $refused } резултата. Те са оставени настрана и няма да се изпращат отново.
    }
teacher-lrs-load-damaged = Настройките на хранилището за учебни данни, записани в този браузър, не можаха да бъдат прочетени. Моля, въведете ги отново: резултатите, които хранилището вече има, няма да се запишат два пъти.
teacher-lrs-load-newer = Настройките на хранилището за учебни данни са записани от по-нова версия на тази страница. Презаредете страницата, за да получите новата версия; дотогава нищо не се изпраща.
teacher-lrs-error-no-address = Въведете xAPI адреса на хранилището за учебни данни.
teacher-lrs-error-address = Това не е уеб адрес на хранилище за учебни данни. Трябва да изглежда като https://lrs.example.org/xAPI/, без ? и #.
teacher-lrs-error-insecure = Адресът трябва да започва с https://, за да пътуват ключът и резултатите шифровани.
teacher-lrs-error-credentials-in-address = Въведете ключа и секрета в отделните им полета, не в адреса.
teacher-lrs-error-no-key = Въведете ключа и секрета, които сте получили за хранилището за учебни данни.
teacher-lrs-error-bad-key = Ключът не може да съдържа ":". Ключът и секретът не могат да съдържат нови редове.
teacher-lrs-error-too-long = Адресът, ключът или секретът е твърде дълъг (най-много по 500 знака).
teacher-lrs-forgotten = Адресът, ключът и секретът на хранилището за учебни данни са премахнати от този браузър.
teacher-lrs-empty = Още няма какво да се изпраща. Добавените резултати се изпращат автоматично към хранилището за учебни данни.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Заглавие
made-field-task = Задача
made-field-learned = „Какво научиха учениците“
made-field-hint = Подсказка
made-field-box = Кутия
made-field-card = Карта
made-field-prompt = Ситуация
made-field-reply = Отговор
made-field-part = Ред от съобщението
made-field-reason = Обяснение
made-problem-damaged = Това не е ниво, създадено на тази страница, или е повредено.
made-problem-newer = Това ниво е създадено в по-нова версия на тази страница. Презаредете страницата, за да получите новата версия.
made-problem-language = Тази страница не познава езика на нивото.
made-problem-missing = { $field }: моля, попълнете това поле.
made-problem-too-long = { $field }: моля, съкратете текста до най-много { $max } { $max ->
        [one] знак
       *[other] знака
    }.
made-problem-undrawable = { $field }: някои знаци не могат да се покажат на таблетите: { $chars }. Моля, използвайте букви, цифри и обикновени препинателни знаци (без емоджи).
made-problem-hints = Всяко ниво има нужда от три подсказки: леко побутване, идеята и после част от отговора.
made-problem-count = { $field }: твърде малко или твърде много (най-много { $max }).
made-problem-one-right = Отбележете точно един отговор като верен.
made-problem-box-unused = За всяка кутия трябва да има поне една карта, която отива в нея.
made-problem-flags = Отбележете поне един ред като предупредителен знак и оставете поне един ред без предупредителен знак.
made-problem-board-size = Полето трябва да е широко от 2 до { $max } { $max ->
        [one] квадратче
       *[other] квадратчета
    } и високо от 1 до { $max } { $max ->
        [one] квадратче
       *[other] квадратчета
    }.
made-problem-board-start = Поставете на полето точно едно начално квадратче.
made-problem-board-goal = Поставете на полето знаме или поне една лампа.
made-problem-board = Полето нарушава правило на играта. Проверете квадратчетата и блокчетата, които предлагате.
made-problem-tiles = Предложете поне едно блокче.
made-problem-already-solved = Роботът е готов, преди да е тръгнал: преместете знамето по-далеч от старта.
made-problem-slots = Най-кратката програма, която решава това поле, има { $tiles } { $tiles ->
        [one] блокче
       *[other] блокчета
    }. Дайте на програмата място за поне { $tiles } { $tiles ->
        [one] блокче
       *[other] блокчета
    }.
made-problem-unsolvable = С тези блокчета роботът не може да стигне до знамето (и до всяка лампа). Отворете път или предложете още блокчета (например завои или цикъл).
made-problem-too-large = Това поле е твърде голямо за проверка: никоя програма с по-малко от { $tiles } { $tiles ->
        [one] блокче
       *[other] блокчета
    } не го решава, а по-дългите са твърде много, за да се изпробват. Направете полето по-малко или пътя по-кратък, или предложете цикъл.
made-problem-par = Нивото още няма най-добро решение: първо го проверете на тази страница.
made-checked-robot = Роботът може: най-добрата програма има { $par } { $par ->
        [one] блокче
       *[other] блокчета
    }. Учениците получават 3 звезди с { $par } { $par ->
        [one] блокче
       *[other] блокчета
    } или по-малко.
made-checked-answers = Готово: всеки отговор има обяснение.
made-kind-robot_grid = Робот на полето
made-kind-sort = Подреждане в две кутии
made-kind-pick_reply = Избор на отговор
made-kind-spot_flags = Търсене на предупредителни знаци
made-copy-title = { $title } (копие)
made-import-done = { $added ->
    [one] Добавено е { $added } ниво.
   *[other] Добавени са { $added } нива.
} { $skipped ->
    [0] {""}
    [one] { $skipped } вече беше тук.
   *[other] { $skipped } вече бяха тук.
}
made-import-not-ours = { $file } не е файл с нива от тази страница.
made-import-too-large = { $file } е твърде голям за файл с нива (най-много 1 MB и 100 нива).
made-import-bad-level = { $file }: ниво { $number } („{ $title }“) не може да се използва, затова нищо не е добавено. { $problem }
made-assign-too-many = Една връзка за клас може да съдържа най-много { $max } { $max ->
        [one] собствено ниво
       *[other] собствени нива
    }.
made-assign-unknown = Едно от избраните нива вече не е във Вашата библиотека. Изберете нивата отново.
made-qr-too-long = Тази връзка е твърде дълга за QR код, който таблетът може да прочете ({ $length } { $length ->
        [one] знак
       *[other] знака
    }; един код побира { $max }). Споделете самата връзка или изтеглете файла и го отворете на всеки таблет в „Възрастни“ → „Добави играчи от файл“.

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Създайте свои нива
made-page-intro = Напишете ниво със свои думи и проверете дали работи. Вашите нива се пазят в този браузър в „Моите нива“ и можете да ги давате на клас като нивата на играта.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Ново ниво
made-page-editing = Редактиране на „{ $title }“
made-page-editing-hint = При запазване то заменя старата версия във Вашите нива.
made-page-start-new = Започни ново ниво
made-page-kind = Вид ниво
made-page-band = Възрастова група
made-page-title = Заглавие
made-page-task = Задача: какво трябва да направят учениците
made-page-learned = Какво научиха учениците (показва се накрая)
made-page-hints = Три подсказки
made-page-hint-1 = Подсказка 1: леко побутване
made-page-hint-2 = Подсказка 2: идеята
made-page-hint-3 = Подсказка 3: част от отговора, не целият

# The robot grid.
made-page-width = Ширина (квадратчета)
made-page-height = Височина (редове)
made-page-paint = Рисувай с
made-page-board = Поле
made-page-board-hint = Докоснете квадратче, за да го оцветите. Стартът и знамето са само по едно: ако ги нарисувате другаде, те се преместват там. С клавиатурата се движите между квадратчетата със стрелките.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Ред { $row }, квадратче { $column }: { $what }
made-page-square-wall = стена
made-page-square-floor = под
made-page-square-start = старт
made-page-square-flag = знаме
made-page-square-lamp = лампа
made-page-square-red = червен под
made-page-square-blue = син под
made-page-square-green = зелен под
made-page-facing = В началото роботът гледа на
made-page-facing-north = север (нагоре)
made-page-facing-east = изток (надясно)
made-page-facing-south = юг (надолу)
made-page-facing-west = запад (наляво)
made-page-tiles = Блокчета, които учениците могат да използват
made-page-conditions = Въпроси, които блокчетата „Ако“ и „Повтаряй, докато“ могат да задават
made-page-conditions-hint = Отбележете поне един.
made-page-slots-main = Блокчета в основната програма (от 1 до 16)
made-page-slots-p1 = Блокчета в „Помощник 1“ (от 1 до 10)

# Sort into two boxes.
made-page-box-left = Лява кутия (отметка)
made-page-box-right = Дясна кутия (кръстче)
made-page-cards = Карти (от 2 до { $max })
made-page-card = Карта { $number }
made-page-card-box = Кутия за карта { $number }
made-page-reason-card = Защо карта { $number } отива там
made-page-add-card = Добави карта
made-page-remove-card = Премахни карта { $number }

# Pick the reply.
made-page-prompt = Ситуацията, например съобщение, което учениците получават
made-page-replies = Отговори (от 2 до 4, един от тях верен)
made-page-reply = Отговор { $number }
made-page-right = Отговор { $number } е верният
made-page-reason-reply = Защо отговор { $number } е верен или грешен
made-page-add-reply = Добави отговор
made-page-remove-reply = Премахни отговор { $number }

# Spot the red flags.
made-page-screen = Какво виждат учениците
made-page-screen-message = Съобщение в чат
made-page-screen-email = Имейл
made-page-screen-web = Уебстраница
made-page-parts = Редове отгоре надолу (от 2 до { $max }: някои са предупредителни знаци, други са наред)
made-page-part = Ред { $number }
made-page-flag = Ред { $number } е предупредителен знак
made-page-reason-part = Защо ред { $number } е наред или е предупредителен знак
made-page-add-part = Добави ред
made-page-remove-part = Премахни ред { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Премахни
made-page-check = Провери нивото
made-page-save = Запази в моите нива
made-page-checking = Нивото се проверява. Това може да отнеме няколко секунди…
# After saving; a made-checked-… message follows it.
made-page-saved = „{ $title }“ е запазено във Вашите нива.
made-page-copied = Във формуляра по-горе има копие. Променете го и после го запазете.

# My levels.
made-page-library = Моите нива
made-page-library-empty = Още няма нива. Нивата, които запазите, се появяват тук.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = най-добро: { $par } { $par ->
        [one] блокче
       *[other] блокчета
    }
made-page-edit = Редактирай
made-page-edit-level = Редактирай: { $title }
made-page-copy = Копирай
made-page-copy-level = Копирай: { $title }
made-page-remove-level = Премахни: { $title }
made-page-remove-confirm = Да се премахне ли „{ $title }“ от Вашите нива? Вече създадените връзки го запазват.
made-page-remove-yes = Да, премахни
made-page-removed = „{ $title }“ е премахнато от Вашите нива.
made-page-download = Изтегли моите нива
made-page-import = Добави нива от файл
made-page-import-file = Файл с нива
made-page-import-unreadable = { $file } не можа да бъде прочетен.

# In "Give levels to a class".
made-page-assign = Вашите собствени нива
made-page-assign-none = Тук се появяват нивата, които запазите в „Създайте свои нива“.
made-page-assign-max = Най-много { $max } в една връзка. Връзка със собствени нива винаги е подписана.
made-page-assignment-file = Изтегли файла за таблетите
