# Messages the teacher page's Rust side gives (src/core/class, web/teacher). The page's own
# labels are in teacher.ftl.

## DigComp 2.2 competences (the EU's Digital Competence Framework for Citizens; the filter shows the id before the title)
digcomp-1-1 = Перегляд, пошук і фільтрування даних, інформації та цифрового вмісту
digcomp-1-2 = Оцінювання даних, інформації та цифрового контенту
digcomp-1-3 = Управління даними, інформацією та цифровим вмістом
digcomp-2-5 = Мережевий етикет
digcomp-2-6 = Управління цифровою ідентичністю
digcomp-3-4 = Програмування
digcomp-4-1 = Захист пристроїв
digcomp-4-2 = Захист персональних даних і конфіденційності
digcomp-4-3 = Захист здоров’я та благополуччя
digcomp-5-1 = Розв’язання технічних проблем

## DigComp 3.0 competences (JRC, 2025; the filter shows the id before the title)
digcomp3-1-1 = Перегляд, пошук і фільтрування інформації
digcomp3-1-2 = Оцінювання інформації
digcomp3-1-3 = Управління інформацією
digcomp3-2-1 = Взаємодія за допомогою цифрових технологій і з ними
digcomp3-2-2 = Поширення за допомогою цифрових технологій
digcomp3-2-3 = Громадянська участь за допомогою цифрових технологій
digcomp3-2-4 = Співпраця за допомогою цифрових технологій
digcomp3-2-5 = Цифрова поведінка
digcomp3-2-6 = Управління цифровою ідентичністю
digcomp3-3-1 = Створення цифрового контенту
digcomp3-3-2 = Інтеграція та перероблення цифрового контенту
digcomp3-3-3 = Авторське право та ліцензії
digcomp3-3-4 = Обчислювальне мислення та програмування
digcomp3-4-1 = Захист пристроїв
digcomp3-4-2 = Захист персональних даних і конфіденційності
digcomp3-4-3 = Підтримка благополуччя
digcomp3-4-4 = Вплив цифрових технологій на довкілля
digcomp3-5-1 = Виявлення та розв’язання технічних проблем
digcomp3-5-2 = Визначення потреб і цифрових технологічних рішень
digcomp3-5-3 = Пошук творчих рішень за допомогою цифрових технологій
digcomp3-5-4 = Визначення та задоволення потреб у цифрових компетентностях

## Stored class data
class-load-damaged = Не вдалося прочитати дані класу, збережені в цьому браузері. Їх відкладено окремо, а сторінка відкривається порожньою.
class-load-newer = Дані класу в цьому браузері збережено новішою версією Byte Bridge. Ця сторінка залишає їх без змін і починає з порожнього: усе, що ви зробите тут зараз, не збережеться. Відкрийте новішу сторінку для вчителя, щоб побачити свій клас.

## Making an assignment
class-assign-failed = Не вдалося створити посилання. Спробуйте ще раз.
class-assign-no-levels = Виберіть принаймні один рівень.
class-assign-no-random = Цей браузер не може створити надійний ключ класу, тому посилання не створено. Будь ласка, відкрийте цю сторінку в оновленому браузері.
class-assign-too-many = Виберіть не більше { $max } { $max ->
        [one] рівня
        [few] рівнів
        [many] рівнів
       *[other] рівня
    } для одного посилання.
class-assign-no-name = Дайте класу назву, наприклад «4-Б».

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [0] нічого нового (усе вже тут).
    [one] { $count } нова спроба.
    [few] { $count } нові спроби.
    [many] { $count } нових спроб.
   *[other] { $count } нових спроб.
}
class-imported-altered = { $nickname }: цей файл змінили після того, як гра його записала, або він не має підпису свого класу. Нічого з нього не враховано.
class-import-too-large = Файл { $file } завеликий для файлу з результатами учня, тому його не прочитано.
class-import-not-ours = Файл { $file } не з Byte Bridge.
class-import-players-file = Файл { $file } — це файл із гравцями для перенесення гравців між планшетами. Натомість на планшеті учня виберіть «Надіслати вчителю».
class-import-truncated = Файл { $file } неповний. Попросіть учня зберегти його ще раз.
class-import-newer = Файл { $file } створено новішою версією Byte Bridge. Відкрийте новішу сторінку для вчителів, щоб його прочитати.
class-import-damaged = Файл { $file } пошкоджений, і його не вдалося прочитати. Попросіть учня зберегти його ще раз.
class-import-over-limits = Файл { $file } містить більше, ніж Byte Bridge будь-коли зберігає для одного учня (задовгі програми, забагато спроб, рівнів чи відповідей), сам собою або разом із тим, що ця сторінка вже має про цього учня. Імовірно, його створили вручну. З нього нічого не додано.
class-code-not-ours = Цей QR-код не з Byte Bridge.
class-code-newer = Цей QR-код створено новішою версією Byte Bridge.
class-code-damaged = Не вдалося повністю прочитати цей QR-код. Спробуйте ще раз, трохи ближче.
class-no-such-pupil = Цього учня вже немає в даних класу.

## The grid and the summary
class-avatar = { $picture }, { $colour }
class-decimal-separator = ,
class-problem-mistakes = Неправильні відповіді по ходу
class-outcome-hit-wall = Робот урізався в стіну
class-outcome-left-board = Робот з’їхав би з поля
class-outcome-no-lamp = Спроба засвітити там, де немає лампи
class-outcome-out-of-commands = Програма зупинилася зарано
class-outcome-step-budget = Програма ходила по колу
class-outcome-too-many-calls = Помічники надто часто викликали один одного
class-outcome-finished = Пройдено
class-outcome-other = Не пройдено

## CSV column headings
class-csv-pupil-id = ID учня
class-csv-nickname = Ігрове ім’я
class-csv-note = Справжнє ім’я (нотатка вчителя)
class-csv-classes = Клас
class-csv-level-id = ID рівня
class-csv-level = Рівень
class-csv-stars = Зірки
class-csv-attempts = Спроби
class-csv-seconds = Час (секунди)
class-csv-hints = Підказки
class-csv-finished = Пройдено
class-csv-yes = так
class-csv-no = ні
