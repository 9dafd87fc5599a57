# The teacher page (web/teacher.html, web/teacher.js): a link for a class, the pupils'
# results, the class view. Read by teachers: formal "ви". The printed sheet (sheet-…) is
# read by the pupils.

teacher-page-title = Byte Bridge для вчителів
teacher-title = Byte Bridge для вчителів
teacher-tagline = Дайте класу рівні, зберіть результати й побачте, кому потрібна допомога.
teacher-skip = Перейти до вмісту сторінки
teacher-language = Мова

## Help
teacher-help = Довідка: де зберігаються дані класу?
teacher-help-local = Усе на цій сторінці залишається в цьому браузері на цьому пристрої. Немає ні облікових записів, ні сервера: нічого нікуди не надсилається, якщо тільки ви не налаштуєте сховище записів у розділі «Надсилати до сховища записів».
teacher-help-files = Результати надходять із планшетів учнів — як файли або QR-коди. Додайте файли в розділі «Зібрати результати» або відскануйте коди камерою цього пристрою.
teacher-help-signing = Якщо позначено «Підписувати файли учнів ключем класу», планшети підписують кожен файл із результатами й кожен QR-код. Те, що змінили пізніше, тут позначається й не враховується; щойно файли учня були підписані, його файли й коди без дійсного підпису теж не враховуються. Проте ключ зберігається на планшетах, тож так можна виявити змінені файли, але не того, хто скопіює ключ із планшета й підпише вигадані результати.
teacher-help-notes = Справжні імена, які ви вписуєте біля ігрового імені, залишаються в цьому браузері. Вони покидають його, лише якщо ви позначите «Додати справжні імена», а потім завантажите CSV або надрукуєте вигляд класу.
teacher-help-backup = Якщо очистити дані цього браузера, дані класу теж зникнуть. Час від часу завантажуйте CSV, щоб мати копію.
teacher-help-insecure = Ця сторінка відкрита не через HTTPS, тому вона не працює офлайн і не може користуватися камерою. Файли з результатами працюють завжди.

## Banners
teacher-dismiss = Гаразд
teacher-storage-full = Пам’ять цього браузера заповнена, тому останні зміни не збережено. Завантажте CSV зараз, а потім видаліть старі посилання або старі дані класу.
teacher-storage-blocked = Цей браузер не дозволяє сторінці нічого зберігати (приватний режим або налаштування). Усе тут зникне, коли ви закриєте вкладку, тож спершу завантажте CSV.
teacher-error-action = Щось пішло не так. Перезавантажте сторінку й спробуйте ще раз; усе, що вже збережено, залишиться.
teacher-error-start = Не вдалося запустити сторінку для вчителів. Перезавантажте її. Якщо це повторюється, спробуйте свіжу версію Chrome, Edge або Firefox.
teacher-update-ready = Нова версія Byte Bridge готова.
teacher-update = Перезавантажити зараз

## Give levels to a class
teacher-assign-title = Рівні для класу
teacher-assign-intro = Виберіть рівні й створіть посилання. Учні відкривають його на своїх планшетах або сканують його QR-код і бачать рівні як сьогоднішню місію.
teacher-class-name = Назва класу
teacher-class-name-hint = Наприклад, 4-Б. Назва потрапляє на планшети разом із посиланням, тому не вписуйте імен учнів.
teacher-levels = Рівні
# The level filters: by age band, by DigComp 2.2 and by DigComp 3.0 competence.
teacher-band-filter = Вікова група
teacher-band-all = Усі вікові групи
teacher-competence-filter = Компетентність DigComp 2.2
teacher-competence-all = Усі компетентності
# A DigComp competence in the filter, e.g. "3.4 Програмування".
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = Компетентність DigComp 3.0
teacher-digcomp3-all = Усі компетентності
# Under a level in the picker: its ids in each framework (a list such as "4.2, 2.6").
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
# The checkbox that chooses every level of one world.
teacher-whole-world = Усі з «{ $world }»
teacher-no-levels = Жоден рівень не відповідає цим фільтрам.
teacher-levels-selected = { $count ->
        [0] Ще не вибрано жодного рівня.
        [one] Вибрано { $count } рівень.
        [few] Вибрано { $count } рівні.
        [many] Вибрано { $count } рівнів.
       *[other] Вибрано { $count } рівнів.
    }
teacher-select-none = Скасувати вибір
teacher-lock = Заблокувати інші рівні
teacher-lock-hint = Учні можуть грати лише в ці рівні, поки ця місія є на їхньому планшеті.
teacher-sign = Підписувати файли учнів ключем класу
teacher-sign-hint = Файл із результатами чи QR-код, змінений після того, як планшет його зберіг, буде позначено й не враховано. Ключ зберігається на планшетах, тож той, хто скопіює його звідти, усе ще може підписати вигадані результати.
teacher-create = Створити посилання

## The link
teacher-link-ready = Посилання для вашого класу
teacher-link = Посилання
teacher-copy = Копіювати посилання
teacher-copied = Посилання скопійовано.
teacher-copy-manual = Посилання виділено. Скопіюйте його командою копіювання на вашому пристрої.
teacher-qr-label = QR-код посилання для { $name }
teacher-qr-caption = Учні сканують цей код камерою планшета, щоб відкрити місію.
teacher-print-sheet = Надрукувати аркуш
teacher-earlier-title = Попередні посилання
# Under a link's class name; $date is already formatted, e.g. "29 лист. 2026 р., 10:42".
teacher-assignment-meta = { $count ->
        [one] { $count } рівень
        [few] { $count } рівні
        [many] { $count } рівнів
       *[other] { $count } рівнів
    }, створено { $date }
teacher-assignment-levels = { $count ->
        [one] Показати { $count } рівень
        [few] Показати всі { $count } рівні
        [many] Показати всі { $count } рівнів
       *[other] Показати всі { $count } рівнів
    }
teacher-assignment-locked = інші рівні заблоковано
teacher-assignment-signed = файли підписуються
teacher-assignment-unsigned = файли не підписуються
teacher-show-qr = Показати QR-код
teacher-hide-qr = Сховати QR-код
teacher-remove = Видалити посилання
teacher-remove-confirm = Видалити посилання для «{ $name }» з цієї сторінки?
teacher-remove-yes = Так, видалити
teacher-cancel = Скасувати
# Two links with the same class name in the class view's menu.
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = Сьогоднішня місія
teacher-sheet-how = Відскануйте код камерою планшета або введіть посилання, що нижче, у браузері.
teacher-sheet-levels = Сьогоднішні рівні

## Collect results
teacher-collect-title = Зібрати результати
teacher-collect-intro = Додайте файли з результатами учнів — скільки завгодно за раз — або відскануйте QR-коди на їхніх планшетах.
teacher-drop-hint = Перетягніть файли учнів сюди
teacher-files-label = Файли з результатами учнів
teacher-choose-files = Вибрати файли
teacher-results-title = Додано
teacher-results-empty = Ще не додано жодного файлу.
teacher-results-clear = Очистити цей список
teacher-file-altered = Увага: цей файл змінили після того, як планшет його зберіг.
teacher-file-failed = Не додано:
teacher-file-unreadable = Не вдалося прочитати { $file }. Спробуйте ще раз або збережіть файл на планшеті знову.
teacher-code-unreadable = Не вдалося прочитати цей QR-код. Спробуйте ще раз.
teacher-status-signed = підписано
teacher-status-unsigned = не перевірено
teacher-status-summary = з QR-коду
teacher-scan-title = Сканувати QR-коди
teacher-scan-intro = Наведіть камеру на код із результатами учня. Після цього вона одразу шукатиме код наступного учня, доки ви її не зупините.
teacher-scan = Сканувати QR-код
teacher-stop-camera = Зупинити камеру
teacher-camera-label = Зображення з камери
teacher-camera-starting = Камера вмикається…
teacher-camera-looking = Шукаємо QR-код…
teacher-camera-next = Готово. Покажіть наступний код.
teacher-camera-stopped = Камеру вимкнено.
teacher-camera-unavailable = Тут не можна скористатися камерою: її немає, доступ до неї не дозволено або сторінку відкрито не через HTTPS. Файли з результатами працюють завжди.
teacher-scanner-unavailable = Не вдалося завантажити зчитувач QR-кодів. Підключіться до інтернету хоча б раз і спробуйте знову. Файли з результатами працюють завжди.

## Your class
teacher-class-title = Ваш клас
teacher-show-assignment = Показати
teacher-all-levels = Усі рівні
teacher-no-pupils = Результатів ще немає. Зберіть файли або коди учнів вище.
teacher-note-hint = Справжні імена залишаються лише на цьому пристрої. Завантажені файли містять їх, лише якщо ви позначите «Додати справжні імена».
teacher-note-label = Справжнє ім’я
teacher-note-for = Справжнє ім’я для { $name }
teacher-grid-caption = { $count ->
        [one] { $count } учень, усі рівні
        [few] { $count } учні, усі рівні
        [many] { $count } учнів, усі рівні
       *[other] { $count } учнів, усі рівні
    }
teacher-grid-caption-class = { $count ->
        [one] { $name }: { $count } учень
        [few] { $name }: { $count } учні
        [many] { $name }: { $count } учнів
       *[other] { $name }: { $count } учнів
    }
teacher-pupil = Учень
teacher-pupil-altered = Змінений файл
teacher-cell-empty = не зіграно
# The small line in a played cell; $time is already formatted, e.g. "1:35".
teacher-cell-detail = { $attempts ->
        [one] { $attempts } спроба
        [few] { $attempts } спроби
        [many] { $attempts } спроб
       *[other] { $attempts } спроб
    } · { $time }{ $hints ->
        [0] {""}
        [one] {" "}· { $hints } підказка
        [few] {" "}· { $hints } підказки
        [many] {" "}· { $hints } підказок
       *[other] {" "}· { $hints } підказок
    }
teacher-forget = Видалити учня
teacher-forget-pupil = Видалити учня { $name }
teacher-forget-confirm = Видалити { $name } і всі результати з цієї сторінки?
teacher-forget-yes = Так, видалити
teacher-forgotten = { $name }: видалено.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = Закрити
teacher-no-attempts = Спроб ще немає.
teacher-attempt-title = Спроба { $number }, { $when }
teacher-attempt-stars = Зірки
teacher-stars-count = { $count ->
        [one] { $count } зірка
        [few] { $count } зірки
        [many] { $count } зірок
       *[other] { $count } зірок
    }
teacher-attempt-outcome = Результат
teacher-attempt-time = Час
teacher-attempt-hints = Підказки
teacher-attempt-mistakes = Помилки
teacher-program-main = Головна програма
teacher-program-p1 = Помічник 1
teacher-program-p2 = Помічник 2
teacher-program-empty = (порожньо)
# Between the two bodies of an if … else tile.
teacher-tile-else = інакше
# The program as Python-like text under its tiles (docs/coding-levels.md, "The program as text").
teacher-code = Як код
teacher-code-note = Та сама програма текстом, схожим на справжню мову програмування. У грі учні бачать її, коли торкаються кнопки «Показати як код».
teacher-answers = Відповіді

## Per level
teacher-summary-title = За рівнями
teacher-summary-caption = Як пройшов кожен рівень
teacher-summary-level = Рівень
teacher-summary-played = Грали
teacher-summary-finished = Пройшли
teacher-summary-stuck = Застрягли
teacher-summary-mean = Спроб у середньому
teacher-summary-common = Найчастіші проблеми
# A problem and how often it happened, e.g. "Робот врізався в стіну. × 7".
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = Завантажити, надрукувати, очистити
teacher-include-notes = Додати справжні імена
teacher-include-notes-hint = Позначайте це лише для файлу чи роздруківки, що залишаться у вас, наприклад для вашого журналу оцінок.
teacher-download-csv = Завантажити CSV
teacher-download-xapi = Завантажити xAPI (JSON)
teacher-print-class = Надрукувати вигляд класу
teacher-clear = Очистити дані класу
teacher-clear-confirm = Видалити з цього браузера всіх учнів, результати, справжні імена й посилання? Цю дію не можна скасувати. Якщо хочете зберегти результати, спершу завантажте CSV.
teacher-clear-yes = Так, видалити все
teacher-cleared = Дані класу видалено.
teacher-language-unavailable = Не вдалося завантажити мову «{ $language }»: у цьому браузері її ще немає. Під’єднайтеся до інтернету й виберіть її ще раз.

## Send to a learning record store (LRS)
teacher-lrs-title = Надсилати до сховища записів
teacher-lrs-intro = Якщо ваша школа чи міністерство збирає результати в сховищі навчальних записів (LRS), введіть тут його адресу xAPI, ключ і секрет. Після цього кожен результат, який ви додасте, надсилатиметься туди автоматично, і кожен — лише раз. Адреса, ключ і секрет залишаються в цьому браузері: планшети учнів ніколи їх не отримують.
teacher-lrs-endpoint = Адреса xAPI (кінцева точка)
teacher-lrs-key = Ключ (ім’я користувача)
teacher-lrs-secret = Секрет (пароль)
teacher-lrs-secret-kept = Залиште порожнім, щоб лишити секрет, який ви зберегли раніше для цієї адреси та ключа.
teacher-lrs-save = Зберегти й надіслати
teacher-lrs-forget = Забути це сховище записів
teacher-lrs-retry = Спробувати ще раз зараз
teacher-lrs-off = Сховище записів не налаштовано. Результати залишаються в цьому браузері та у ваших завантаженнях.
teacher-lrs-done = { $sent ->
        [one] Усе надіслано: у сховищі записів { $sent } результат.
        [few] Усе надіслано: у сховищі записів { $sent } результати.
        [many] Усе надіслано: у сховищі записів { $sent } результатів.
       *[other] Усе надіслано: у сховищі записів { $sent } результату.
    }
teacher-lrs-sending = { $waiting ->
        [one] Надсилання: чекає { $waiting } результат.
        [few] Надсилання: чекають { $waiting } результати.
        [many] Надсилання: чекає { $waiting } результатів.
       *[other] Надсилання: чекає { $waiting } результату.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [one] Чекає { $waiting } результат: сховище записів недоступне. Нова спроба через { $seconds } с. Якщо повідомлення не зникає, попросіть того, хто керує сховищем записів, дозволити адресу цієї сторінки.
        [few] Чекають { $waiting } результати: сховище записів недоступне. Нова спроба через { $seconds } с. Якщо повідомлення не зникає, попросіть того, хто керує сховищем записів, дозволити адресу цієї сторінки.
        [many] Чекає { $waiting } результатів: сховище записів недоступне. Нова спроба через { $seconds } с. Якщо повідомлення не зникає, попросіть того, хто керує сховищем записів, дозволити адресу цієї сторінки.
       *[other] Чекає { $waiting } результату: сховище записів недоступне. Нова спроба через { $seconds } с. Якщо повідомлення не зникає, попросіть того, хто керує сховищем записів, дозволити адресу цієї сторінки.
    }
teacher-lrs-waiting-error = { $waiting ->
        [one] Чекає { $waiting } результат: сховище записів відповіло помилкою { $status }. Нова спроба через { $seconds } с.
        [few] Чекають { $waiting } результати: сховище записів відповіло помилкою { $status }. Нова спроба через { $seconds } с.
        [many] Чекає { $waiting } результатів: сховище записів відповіло помилкою { $status }. Нова спроба через { $seconds } с.
       *[other] Чекає { $waiting } результату: сховище записів відповіло помилкою { $status }. Нова спроба через { $seconds } с.
    }
teacher-lrs-stopped-key = Надсилання зупинено: сховище записів не приймає цей ключ і секрет. Перевірте їх і збережіть ще раз.
teacher-lrs-stopped-forbidden = Надсилання зупинено: цей ключ не має права додавати результати до сховища записів. Попросіть того, хто ним керує, дати ключ із правом запису тверджень.
teacher-lrs-stopped-address = Надсилання зупинено: ця адреса відповідає не так, як сховище записів (відповідь { $status }). Перевірте адресу xAPI.
teacher-lrs-refused = { $refused ->
        [one] Сховище записів відхилило { $refused } результат. Його відкладено, і він більше не надсилатиметься.
        [few] Сховище записів відхилило { $refused } результати. Їх відкладено, і вони більше не надсилатимуться.
        [many] Сховище записів відхилило { $refused } результатів. Їх відкладено, і вони більше не надсилатимуться.
       *[other] Сховище записів відхилило { $refused } результату. Їх відкладено, і вони більше не надсилатимуться.
    }
teacher-lrs-load-damaged = Не вдалося прочитати налаштування сховища записів, збережені в цьому браузері. Введіть їх ще раз: результати, які вже є у сховищі записів, не збережуться двічі.
teacher-lrs-load-newer = Налаштування сховища записів збережено новішою версією цієї сторінки. Перезавантажте сторінку, щоб отримати нову версію; доти нічого не надсилається.
teacher-lrs-error-no-address = Введіть адресу xAPI сховища записів.
teacher-lrs-error-address = Це не вебадреса сховища записів. Вона має виглядати приблизно так: https://lrs.example.org/xAPI/, без ? і #.
teacher-lrs-error-insecure = Адреса має починатися з https://, щоб ключ і результати передавалися зашифрованими.
teacher-lrs-error-credentials-in-address = Введіть ключ і секрет в окремі поля для них, а не в адресу.
teacher-lrs-error-no-key = Введіть ключ і секрет, які ви отримали для сховища записів.
teacher-lrs-error-bad-key = Ключ не може містити ":". Ні ключ, ні секрет не можуть містити розривів рядка.
teacher-lrs-error-too-long = Одне з полів задовге: адреса, ключ і секрет можуть мати не більше ніж 500 символів кожне.
teacher-lrs-forgotten = Адресу, ключ і секрет сховища записів видалено з цього браузера.
teacher-lrs-empty = Поки що нічого надсилати. Результати, які ви додасте, потраплять до сховища записів автоматично.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = Назва
made-field-task = Завдання
made-field-learned = «Чого навчилися учні»
made-field-hint = Підказка
made-field-box = Скринька
made-field-card = Картка
made-field-prompt = Ситуація
made-field-reply = Відповідь
made-field-part = Рядок повідомлення
made-field-reason = Пояснення
made-problem-damaged = Це не рівень, створений на цій сторінці, або він пошкоджений.
made-problem-newer = Цей рівень створено в новішій версії цієї сторінки. Перезавантажте сторінку, щоб отримати нову версію.
made-problem-language = Ця сторінка не знає мови цього рівня.
made-problem-missing = { $field }: заповніть це поле.
made-problem-too-long = { $field }: скоротіть текст, не більше ніж { $max } { $max ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }.
made-problem-undrawable = { $field }: деякі символи не можна показати на планшетах: { $chars }. Використовуйте літери, цифри та звичайні розділові знаки (без емодзі).
made-problem-hints = Рівню потрібні три підказки: легкий поштовх, ідея, а тоді частина відповіді.
made-problem-count = { $field }: замало або забагато (не більше ніж { $max }).
made-problem-one-right = Позначте рівно одну відповідь як правильну.
made-problem-box-unused = Для кожної скриньки потрібна принаймні одна картка, яка до неї належить.
made-problem-flags = Позначте принаймні один рядок як тривожний знак і залиште принаймні один рядок без тривожного знака.
made-problem-board-size = Поле має бути завширшки від 2 до { $max } { $max ->
        [one] клітинки
        [few] клітинок
        [many] клітинок
       *[other] клітинки
    } і заввишки від 1 до { $max }.
made-problem-board-start = Поставте на поле рівно одну стартову клітинку.
made-problem-board-goal = Поставте на поле прапорець або принаймні одну лампу.
made-problem-board = Поле порушує правило гри. Перевірте клітинки й блоки, які ви пропонуєте.
made-problem-tiles = Запропонуйте принаймні один блок.
made-problem-already-solved = Робот уже на цілі, ще не рушивши з місця: перенесіть прапорець подалі від старту.
made-problem-slots = Найкоротша програма, яка розв’язує це поле, має { $tiles } { $tiles ->
        [one] блок
        [few] блоки
        [many] блоків
       *[other] блока
    }. Дайте програмі місце принаймні для { $tiles } { $tiles ->
        [one] блока
        [few] блоків
        [many] блоків
       *[other] блока
    }.
made-problem-unsolvable = З цими блоками робот не доїде до прапорця (і до кожної лампи). Відкрийте шлях або запропонуйте більше блоків (наприклад, повороти чи цикл).
made-problem-too-large = Це поле завелике для перевірки: жодна програма, коротша ніж { $tiles } { $tiles ->
        [one] блок
        [few] блоки
        [many] блоків
       *[other] блока
    }, його не розв’язує, а довших програм забагато, щоб перебрати всі. Зменште поле чи скоротіть шлях або запропонуйте цикл.
made-problem-par = У рівня ще немає найкращого розв’язку: спершу перевірте його на цій сторінці.
made-checked-robot = Робот упорається: найкраща програма має { $par } { $par ->
        [one] блок
        [few] блоки
        [many] блоків
       *[other] блока
    }. Учні отримають 3 зірки, якщо використають { $par } { $par ->
        [one] блок
        [few] блоки
        [many] блоків
       *[other] блока
    } або менше.
made-checked-answers = Готово: кожна відповідь має пояснення.
made-kind-robot_grid = Робот на полі
made-kind-sort = Сортування у дві скриньки
made-kind-pick_reply = Вибір відповіді
made-kind-spot_flags = Пошук тривожних знаків
made-copy-title = { $title } (копія)
made-import-done = { $added ->
    [one] Додано { $added } рівень.
    [few] Додано { $added } рівні.
    [many] Додано { $added } рівнів.
   *[other] Додано { $added } рівня.
} { $skipped ->
    [0] {""}
    [one] { $skipped } рівень уже був тут.
    [few] { $skipped } рівні вже були тут.
    [many] { $skipped } рівнів уже було тут.
   *[other] { $skipped } рівня вже було тут.
}
made-import-not-ours = { $file } — це не файл із рівнями з цієї сторінки.
made-import-too-large = Файл { $file } завеликий як для файлу з рівнями (не більше ніж 1 МБ і 100 рівнів).
made-import-bad-level = { $file }: рівень { $number } («{ $title }») не можна використати, тому нічого не додано. { $problem }
made-assign-too-many = Посилання для класу може містити не більше ніж { $max } { $max ->
        [one] власний рівень
        [few] власні рівні
        [many] власних рівнів
       *[other] власного рівня
    }.
made-assign-unknown = Одного з вибраних рівнів уже немає у вашій бібліотеці. Виберіть рівні ще раз.
made-qr-too-long = Це посилання задовге для QR-коду, який може прочитати планшет ({ $length } { $length ->
        [one] символ
        [few] символи
        [many] символів
       *[other] символу
    }; код уміщує { $max }). Поділіться самим посиланням або завантажте файл і відкрийте його на кожному планшеті в розділі «Для дорослих» → «Додати гравців із файлу».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = Створюйте власні рівні
made-page-intro = Напишіть рівень своїми словами й перевірте, чи він працює. Ваші рівні зберігаються в цьому браузері в розділі «Мої рівні», і ви можете давати їх класу так само, як рівні з гри.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = Новий рівень
made-page-editing = Редагування рівня «{ $title }»
made-page-editing-hint = Після збереження він замінить попередню версію у ваших рівнях.
made-page-start-new = Почати новий рівень
made-page-kind = Тип рівня
made-page-band = Вікова група
made-page-title = Назва
made-page-task = Завдання: що мають зробити учні
made-page-learned = Чого навчилися учні (показується наприкінці)
made-page-hints = Три підказки
made-page-hint-1 = Підказка 1: легкий поштовх
made-page-hint-2 = Підказка 2: ідея
made-page-hint-3 = Підказка 3: частина відповіді, не вся

# The robot grid.
made-page-width = Ширина (клітинки)
made-page-height = Висота (рядки)
made-page-paint = Чим малювати
made-page-board = Поле
made-page-board-hint = Торкніться клітинки, щоб її зафарбувати. Старт і прапорець є лише по одному: якщо намалювати новий, він переміститься туди. З клавіатури між клітинками можна переходити стрілками.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = Рядок { $row }, клітинка { $column }: { $what }
made-page-square-wall = стіна
made-page-square-floor = підлога
made-page-square-start = старт
made-page-square-flag = прапорець
made-page-square-lamp = лампа
made-page-square-red = червона підлога
made-page-square-blue = синя підлога
made-page-square-green = зелена підлога
made-page-facing = На початку робот дивиться на
made-page-facing-north = північ (вгору)
made-page-facing-east = схід (праворуч)
made-page-facing-south = південь (вниз)
made-page-facing-west = захід (ліворуч)
made-page-tiles = Блоки, якими можуть користуватися учні
made-page-conditions = Питання, які можуть ставити блоки «Якщо» і «Повторювати, поки»
made-page-conditions-hint = Позначте принаймні одне.
made-page-slots-main = Блоків у головній програмі (від 1 до 16)
made-page-slots-p1 = Блоків у помічнику «Помічник 1» (від 1 до 10)

# Sort into two boxes.
made-page-box-left = Ліва скринька (галочка)
made-page-box-right = Права скринька (хрестик)
made-page-cards = Картки (від 2 до { $max })
made-page-card = Картка { $number }
made-page-card-box = Скринька для картки { $number }
made-page-reason-card = Чому картка { $number } належить туди
made-page-add-card = Додати картку
made-page-remove-card = Видалити картку { $number }

# Pick the reply.
made-page-prompt = Ситуація, наприклад повідомлення, яке отримують учні
made-page-replies = Відповіді (від 2 до 4, одна з них правильна)
made-page-reply = Відповідь { $number }
made-page-right = Відповідь { $number } правильна
made-page-reason-reply = Чому відповідь { $number } правильна чи неправильна
made-page-add-reply = Додати відповідь
made-page-remove-reply = Видалити відповідь { $number }

# Spot the red flags.
made-page-screen = Що бачать учні
made-page-screen-message = Повідомлення в чаті
made-page-screen-email = Електронний лист
made-page-screen-web = Вебсторінка
made-page-parts = Рядки згори донизу (від 2 до { $max }: деякі є тривожними знаками, інші в порядку)
made-page-part = Рядок { $number }
made-page-flag = Рядок { $number } є тривожним знаком
made-page-reason-part = Чому рядок { $number } у порядку або є тривожним знаком
made-page-add-part = Додати рядок
made-page-remove-part = Видалити рядок { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = Видалити
made-page-check = Перевірити рівень
made-page-save = Зберегти в мої рівні
made-page-checking = Рівень перевіряється. Це може тривати кілька секунд…
# After saving; a made-checked-… message follows it.
made-page-saved = Рівень «{ $title }» збережено у ваших рівнях.
made-page-copied = Копія у формі вище. Змініть її, а тоді збережіть.

# My levels.
made-page-library = Мої рівні
made-page-library-empty = Рівнів ще немає. Тут з’являться рівні, які ви збережете.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = найкраще: { $par } { $par ->
        [one] блок
        [few] блоки
        [many] блоків
       *[other] блока
    }
made-page-edit = Редагувати
made-page-edit-level = Редагувати: { $title }
made-page-copy = Копіювати
made-page-copy-level = Копіювати: { $title }
made-page-remove-level = Видалити: { $title }
made-page-remove-confirm = Видалити «{ $title }» з ваших рівнів? У вже створених посиланнях він залишиться.
made-page-remove-yes = Так, видалити
made-page-removed = Рівень «{ $title }» видалено з ваших рівнів.
made-page-download = Завантажити мої рівні
made-page-import = Додати рівні з файлу
made-page-import-file = Файл із рівнями
made-page-import-unreadable = Не вдалося прочитати { $file }.

# In "Give levels to a class".
made-page-assign = Ваші власні рівні
made-page-assign-none = Тут з’являться рівні, які ви збережете в розділі «Створюйте власні рівні».
made-page-assign-max = Не більше ніж { $max } в одному посиланні. Посилання з власними рівнями завжди підписане.
made-page-assignment-file = Завантажити файл для планшетів
