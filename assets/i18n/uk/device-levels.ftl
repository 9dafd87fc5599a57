# The "Device Dock" world: looking after your tablet or phone, and after yourself.
# Level files under assets/levels/device-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All apps, companies, numbers and addresses are made up: keep them unchanged when
# translating, and use only reserved example domains and fictional phone numbers.

world-device-dock = Гавань пристроїв

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = Час оновитися
level-device-update-instruction = Планшет показує повідомлення. Обери, що найкраще зробити.
level-device-update-learned = Справжні оновлення приходять із налаштувань планшета й захищають його. Спливні вікна, що лякають, — це обман.
level-device-update-hint-1 = Звідки це повідомлення: від самого планшета чи з вебсторінки?
level-device-update-hint-2 = Оновлення латають слабкі місця. Вебсторінка не може зазирнути всередину планшета.
level-device-update-hint-3 = Встановлюй справжні оновлення із зарядженою батареєю, а страшні спливні вікна закривай.

device-update-system-prompt = Планшет пише: «Оновлення системи готове. Встановити зараз?»
device-update-system-ignore = Ніколи не зважати. Оновлення — це нудно.
device-update-system-ignore-reason = Оновлення латають слабкі місця, якими можуть скористатися шкідливі програми. Без них планшет менш захищений.
device-update-system-install = Встановити або попросити дорослого допомогти.
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
device-update-battery-start = Почати оновлення просто зараз.
device-update-battery-start-reason = Якщо батарея сяде посеред оновлення, щось може піти не так. Спершу заряди планшет.
device-update-battery-cancel = Скасувати й більше ніколи не оновлювати.
device-update-battery-cancel-reason = Оновлення все одно важливе для захисту планшета. Просто спершу заряди його.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = Має сенс
device-bin-no-sense = Не має сенсу

level-device-permissions-title = Застосунок-ліхтарик
level-device-permissions-instruction = Застосунок-ліхтарик просить доступ до цього. Чи має це сенс?
level-device-permissions-learned = Застосунок має використовувати лише те, що потрібно для його роботи. На все інше кажи «ні».
level-device-permissions-hint-1 = Що потрібно ліхтарику, щоб робити свою справу?
level-device-permissions-hint-2 = Ліхтарик має лише світити. Усе інше — не його робота.
level-device-permissions-hint-3 = Сенс мають лише дві речі, які дають світло.

device-permissions-camera-light = Вмикати спалах біля камери
device-permissions-camera-light-reason = Цей маленький вогник і є ліхтариком. Без нього застосунок не зможе світити.
device-permissions-contacts = Читати твої контакти
device-permissions-contacts-reason = Ліхтарику не треба знати імена й номери твоїх друзів. Кажи «ні».
device-permissions-location = Знати, де ти зараз
device-permissions-location-reason = Ліхтарик світить однаково будь-де. Твоє місцезнаходження йому не потрібне.
device-permissions-screen-bright = Робити екран яскраво-білим
device-permissions-screen-bright-reason = Деякі ліхтарики підсвічують увесь екран. Це частина їхньої роботи.
device-permissions-microphone = Користуватися мікрофоном
device-permissions-microphone-reason = Ліхтарику не треба тебе чути. Кажи «ні», коли застосунок просить більше, ніж йому потрібно.
device-permissions-notifications = Надсилати тобі сповіщення
device-permissions-notifications-reason = Ліхтарику нема про що тебе сповіщати. Такі сповіщення були б лише рекламою чи закликом відкрити застосунок.
device-permissions-photos = Бачити всі твої фото
device-permissions-photos-reason = Твої фото — особисті. Ліхтарику вони не потрібні, щоб світити.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = Вірусна тривога!
level-device-fake-virus-instruction = Торкнися кожного тривожного знака на цій вебсторінці.
level-device-fake-virus-learned = Вебсторінка не може знайти віруси в планшеті. Закривай сторінки, що лякають, і розкажи дорослому.
level-device-fake-virus-hint-1 = Почни згори. Чия це сторінка?
level-device-fake-virus-hint-2 = Фальшиві попередження кричать, квапять і хочуть змусити тебе щось завантажити або подзвонити.
level-device-fake-virus-hint-3 = Подивися на адресу, велике попередження, годинник, завантаження й номер телефону.

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
device-fake-virus-phone = Або дзвони негайно: +44 7700 900456
device-fake-virus-phone-reason = Справжні виробники планшетів не просять дзвонити через спливне вікно. Ніколи не дзвони на такі номери.
device-fake-virus-menu = Допомога · Про нас · Контакти
device-fake-virus-menu-reason = Посилання меню є на більшості вебсторінок. Самі по собі вони не тривожний знак.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = Новий застосунок
level-device-install-app-instruction = Ти хочеш новий застосунок. Розстав кроки в безпечному порядку.
level-device-install-app-learned = Спершу запитай, бери застосунки з офіційної крамниці, перевір, що вони хочуть, а згодом наведи лад.
level-device-install-app-hint-1 = Що треба зробити ще до того, як шукати застосунок?
level-device-install-app-hint-2 = Спершу запитай і знайди застосунок безпечним шляхом. Потім перевір, до чого він просить доступ.
level-device-install-app-hint-3 = Спершу: запитай дорослого. Потім: скористайся офіційною крамницею застосунків.

device-install-app-ask = Запитати дорослого, чи можна тобі цей застосунок.
device-install-app-ask-reason = Це перший крок. Дорослий перевірить, чи підходить застосунок для твого віку і чи не коштує він грошей.
device-install-app-store = Брати застосунок лише з офіційної крамниці.
device-install-app-store-reason = Це наступний крок. Офіційна крамниця перевіряє свої застосунки. У застосунках з інших місць можуть ховатися шкідливі програми.
device-install-app-read = Прочитати, до чого застосунок хоче доступ.
device-install-app-read-reason = Перед встановленням подивися, чим застосунок хоче користуватися, наприклад камерою чи контактами. Тоді ти знатимеш, чого чекати.
device-install-app-say-no = Відмовити в доступі до непотрібного.
device-install-app-say-no-reason = Після встановлення застосунок може щось попросити. Кажи «ні» всьому, що йому не потрібно, — так твої дані залишаться приватними.
device-install-app-check = Через тиждень: ще користуєшся? Якщо ні — видали.
device-install-app-check-reason = Це останній крок. Непотрібні застосунки займають місце й можуть і далі збирати дані, тож видаляй їх.

## Level 5: balance (pick_reply)

level-device-screen-time-title = Час для перерви?
level-device-screen-time-instruction = Обери, що найкраще для тебе й твого тіла.
level-device-screen-time-learned = Перерви, сон і справжні друзі важливіші за будь-яку нагороду в грі чи серію в застосунку.
level-device-screen-time-hint-1 = Подумай про свої очі, свій сон і свій час.
level-device-screen-time-hint-2 = Ігри й застосунки хочуть утримати тебе біля екрана. Але коли зупинитися, вирішуєш ти.
level-device-screen-time-hint-3 = Шукай відповіді, які дають відпочити очам, дозволяють виспатися і чесні з другом.

device-screen-time-eyes-prompt = Ти граєш уже дві години. Очі втомилися.
device-screen-time-eyes-one-more = Пограти ще годину, а тоді відпочити.
device-screen-time-eyes-one-more-reason = Утомленим очам потрібен відпочинок зараз, а не за годину. Прислухайся до свого тіла.
device-screen-time-eyes-break = Зробити перерву: подивитися вдалину й порухатися.
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
device-screen-time-streak-tell = Сказати другові: «Сьогодні не маю часу, до зв'язку!»
device-screen-time-streak-tell-reason = Справжній друг зрозуміє. Застосунки вигадують серії, щоб повертати тебе щодня, але дружбі вони не потрібні.
device-screen-time-streak-homework = Кинути домашнє завдання, щоб не перервати серію.
device-screen-time-streak-homework-reason = Домашнє завдання важливіше за число в застосунку. Серія не варта хвилювань.
device-screen-time-streak-password = Дати другові свій пароль, щоб він продовжив серію.
device-screen-time-streak-password-reason = Ніколи не кажи свій пароль друзям, навіть найкращим. Це ключ до твого акаунта.
