# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Level files under assets/levels/device-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All apps, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains. No phone numbers: a number's format would
# belong to one country.

world-device-dock = Гавань пристроїв

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Час оновитися
level-device-update-instruction = Планшет показує повідомлення. Обери, що найкраще зробити.
level-device-update-learned = Справжні оновлення приходять із налаштувань планшета й захищають його. Спливні вікна, що лякають, — це обман.
level-device-update-hint-1 = Звідки це повідомлення: від самого планшета чи з вебсторінки?
level-device-update-hint-2 = Оновлення латають слабкі місця. Вебсторінка не може зазирнути всередину планшета.
level-device-update-hint-3 = Повідомлення від самого планшета — це справжнє оновлення. Встановивши його, ти бережеш планшет.

device-update-system-prompt = Планшет пише: «Оновлення системи готове. Встановити зараз?»
device-update-system-ignore = Ніколи не зважати. Оновлення — це нудно.
device-update-system-ignore-reason = Оновлення латають слабкі місця, якими можуть скористатися шкідливі програми. Без них планшет менш захищений.
device-update-system-install = Встановити або покликати дорослого.
device-update-system-install-reason = Це повідомлення від самого планшета. Оновлення захищають його й допомагають йому добре працювати.
device-update-system-switch-off = Вимкнути планшет, щоб він більше не питав.
device-update-system-switch-off-reason = Оновлення просто запитає знову пізніше. Встановити його — ось як захистити планшет.

device-update-popup-prompt = На вебсторінці вискакує вікно: «У твоєму планшеті 5 вірусів! Завантаж CleanerPro!»
device-update-popup-download = Швидко завантажити CleanerPro.
device-update-popup-download-reason = Це обман. Саме це завантаження може виявитися шкідливою програмою.
device-update-popup-ok-button = Натиснути «OK» у вікні, щоб воно зникло.
device-update-popup-ok-button-reason = Кнопки у фальшивому вікні можуть запустити завантаження. Краще закрий усю сторінку.
device-update-popup-close = Закрити сторінку й розказати дорослому.
device-update-popup-close-reason = Вебсторінка не може зазирнути в планшет, тож віруси вигадані. Закрити сторінку — безпечно.

device-update-battery-prompt = Оновлення хоче почати встановлюватися, але заряд батареї — 5 %.
device-update-battery-charge = Спершу підключити зарядку, потім оновити.
device-update-battery-charge-reason = Оновленню потрібне живлення до самого кінця. Із зарядкою воно спокійно завершиться.
device-update-battery-start = Почати зараз, а дорослий хай постоїть поруч.
device-update-battery-start-reason = Дорослий поруч не допоможе, якщо батарея сяде посередині: оновлення може зламатися. Спершу заряди.
device-update-battery-cancel = Скасувати й більше ніколи не оновлювати.
device-update-battery-cancel-reason = Оновлення все одно важливе для захисту планшета. Просто спершу заряди його.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Має сенс
device-bin-no-sense = Не має сенсу

level-device-permissions-title = Застосунок-ліхтарик
level-device-permissions-instruction = Ти відкриваєш новий застосунок-ліхтарик. Поки він працює, він просить доступ до цього. Чи має це сенс?
level-device-permissions-learned = Застосунки питають, поки ти ними користуєшся. Натискай «Не дозволяти» на все, що застосунку не потрібно. Потім це можна змінити в налаштуваннях.
level-device-permissions-hint-1 = Що потрібно ліхтарику, щоб робити свою справу?
level-device-permissions-hint-2 = Ліхтарик має лише світити. Усе інше — не його робота.
level-device-permissions-hint-3 = Ліхтарик ніяк не пов’язаний із твоїми контактами.

device-permissions-camera-light = Вмикати спалах біля камери
device-permissions-camera-light-reason = Цей маленький вогник і є ліхтариком. Без нього застосунок не зможе світити.
device-permissions-contacts = Доступ до твоїх контактів
device-permissions-contacts-reason = Ліхтарику не треба знати імена й номери твоїх друзів. Натисни «Не дозволяти».
device-permissions-location = Доступ до місцезнаходження пристрою
device-permissions-location-reason = Ліхтарик світить однаково будь-де. Йому не треба знати, де ти.
device-permissions-screen-bright = Робити екран яскраво-білим
device-permissions-screen-bright-reason = Деякі ліхтарики підсвічують увесь екран. Це частина їхньої роботи.
device-permissions-microphone = Записувати аудіо
device-permissions-microphone-reason = Ліхтарику не треба тебе чути. Натисни «Не дозволяти»: ліхтарик і так працюватиме.
device-permissions-notifications = Надсилати тобі сповіщення
device-permissions-notifications-reason = Ліхтарику нема про що тебе сповіщати. Такі сповіщення були б лише рекламою чи закликом відкрити застосунок.
device-permissions-photos = Доступ до фото й відео на пристрої
device-permissions-photos-reason = Твої фото — особисті. Ліхтарику вони не потрібні, щоб світити.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Вірусна тривога!
level-device-fake-virus-instruction = Торкнися кожного тривожного знака на цій вебсторінці.
level-device-fake-virus-learned = Вебсторінка не може знайти віруси в планшеті. Закривай сторінки, що лякають, і розкажи дорослому.
level-device-fake-virus-hint-1 = Почни згори. Чия це сторінка?
level-device-fake-virus-hint-2 = Фальшиві попередження кричать, квапять і хочуть змусити тебе щось завантажити або подзвонити.
level-device-fake-virus-hint-3 = Велике миготливе попередження — один тривожний знак. Ще чотири є на сторінці.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = Це якась випадкова вебсторінка, а не твій планшет. Вебсторінка не може перевірити планшет на віруси.
device-fake-virus-warning = Блимає червоним: УВАГА! ЗНАЙДЕНО 5 ВІРУСІВ!
device-fake-virus-warning-reason = Блимання й великі літери мають налякати, щоб не лишилося часу подумати. Віруси вигадані.
device-fake-virus-picture = Фото: планшет із синім щитом
device-fake-virus-picture-reason = Картинка сама по собі не тривожний знак. Читай слова навколо неї.
device-fake-virus-countdown = Дій протягом 60 секунд!
device-fake-virus-countdown-reason = Годинник підганяє тебе. Шахраї квапять, щоб не було часу когось запитати.
device-fake-virus-download = Завантаж CleanerPro.apk, щоб очистити планшет
device-fake-virus-download-reason = Це завантаження може бути шкідливою програмою. Бери застосунки лише з офіційної крамниці застосунків, разом із дорослим.
device-fake-virus-phone = Або негайно дзвони на нашу гарячу лінію!
device-fake-virus-phone-reason = Справжні виробники планшетів не просять дзвонити з вебсторінки. Ніколи не дзвони на такі номери.
device-fake-virus-menu = Допомога · Про нас · Контакти
device-fake-virus-menu-reason = Посилання меню є на більшості вебсторінок. Самі по собі вони не тривожний знак.

## Level 4: getting a new app safely (order_steps: the order is the one the Play Store and
## Android impose: find the app, read its page, install, answer its questions while it runs)

level-device-install-app-title = Новий застосунок
level-device-install-app-instruction = Ти хочеш нову гру, і дорослий дозволив. Розстав кроки в тому порядку, як вони відбуваються.
level-device-install-app-learned = Бери застосунки з офіційної крамниці й спершу перевір вікову позначку та «Безпеку даних». Після встановлення дозволяй лише те, що потрібно.
level-device-install-app-hint-1 = Звідки беруться безпечні застосунки?
level-device-install-app-hint-2 = Прочитати про застосунок можна, лише коли він уже знайдений. А питати тебе він може, лише коли встановлений.
level-device-install-app-hint-3 = Почни в офіційній крамниці застосунків. Вікова позначка й «Безпека даних» — на сторінці застосунку.

device-install-app-store = Відкрити офіційну крамницю (Play Маркет).
device-install-app-store-reason = Це перший крок. Застосунки в офіційній крамниці перевіряють на шкідливі програми. У застосунках з інших місць вони можуть ховатися.
device-install-app-read = Перевірити на сторінці вікову позначку й «Безпеку даних».
device-install-app-read-reason = Далі. Вікова позначка (наприклад, PEGI 7 або 7+) каже, для кого застосунок. У «Безпеці даних» розробники кажуть, які дані він збирає і кому передає.
device-install-app-install = Натиснути «Установити».
device-install-app-install-reason = Тепер установлюй, коли сторінку прочитано. До цього застосунок ні про що не може тебе спитати.
device-install-app-say-no = Відкрити застосунок. Дозволити лише потрібне.
device-install-app-say-no-reason = Застосунки питають, поки ти ними користуєшся, а не раніше. Натисни «Не дозволяти» на все непотрібне. Потім це можна змінити в налаштуваннях.
device-install-app-check = Більше не користуєшся? Видалити.
device-install-app-check-reason = Це останній крок. Непотрібний застосунок займає місце й може досі мати твої дані.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Час для перерви?
level-device-screen-time-instruction = Обери, що найкраще для тебе й твого тіла.
level-device-screen-time-learned = Перерви, сон і справжні друзі важливіші за будь-яку нагороду в грі чи серію в застосунку.
level-device-screen-time-hint-1 = Подумай про свої очі, свій сон і свій час.
level-device-screen-time-hint-2 = Ігри й застосунки хочуть утримати тебе біля екрана. Але коли зупинитися, вирішуєш ти.
level-device-screen-time-hint-3 = Про скриню: сон важливіший за будь-яку нагороду в грі.

device-screen-time-eyes-prompt = Ти граєш уже дві години. Очі втомилися.
device-screen-time-eyes-one-more = Попросити дорослого ще годину, а тоді відпочити.
device-screen-time-eyes-one-more-reason = Втомленим очам потрібен відпочинок зараз, а не за годину, навіть якщо дорослий дозволить. Прислухайся до свого тіла.
device-screen-time-eyes-break = Перерва: подивитися вдалину й порухатися.
device-screen-time-eyes-break-reason = Погляд удалину дає очам відпочити, а рух корисний для тіла.
device-screen-time-eyes-brighter = Зробити екран яскравішим і грати далі.
device-screen-time-eyes-brighter-reason = Яскравіший екран не допоможе втомленим очам. Їм потрібна перерва від екрана.

device-screen-time-chest-prompt = Гра пише: «Повертайся за 10 хвилин по безкоштовну скриню!» А вже час спати.
device-screen-time-chest-stay-up = Не спати ще 10 хвилин заради скрині.
device-screen-time-chest-stay-up-reason = Ігри дають маленькі нагороди, щоб утримати тебе в грі. А десять хвилин часто перетворюються на більше.
device-screen-time-chest-alarm = Поставити будильник і встати по скриню вночі.
device-screen-time-chest-alarm-reason = Прокидатися заради гри — це порушувати свій сон. Завтра тобі бракуватиме сил.
device-screen-time-chest-sleep = Лягти спати. Скриня почекає.
device-screen-time-chest-sleep-reason = Уві сні ти ростеш, вчишся й відпочиваєш. Жодна нагорода в грі не варта недоспаної ночі.

device-screen-time-streak-prompt = Друг хоче, щоб ви щодня підтримували серію в чаті. А сьогодні в тебе багато справ.
device-screen-time-streak-tell = Сказати другові: «Сьогодні не встигаю, до зв’язку!»
device-screen-time-streak-tell-reason = Справжній друг зрозуміє. Застосунки вигадують серії, щоб повертати тебе щодня, але дружбі вони не потрібні.
device-screen-time-streak-homework = Кинути домашнє завдання, щоб не перервати серію.
device-screen-time-streak-homework-reason = Домашнє завдання важливіше за число в застосунку. Серія не варта хвилювань.
device-screen-time-streak-password = Дати другові свій пароль, щоб він сам продовжив серію.
device-screen-time-streak-password-reason = Ніколи не кажи свій пароль друзям, навіть найкращим. Це ключ до твого акаунта.
