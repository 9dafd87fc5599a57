# The "Share Safe" world, levels 2 and up (level 1, share-or-keep, and the world's name are
# in levels.ftl). Level files under assets/levels/privacy-*.json refer to these ids. Per
# level: a title, what to do, what was learned, three hints (a nudge, the idea, part of the
# answer), then each item and the reason shown when it is tapped. Item texts stay short
# (about 60 characters at most). All people, places and games are made up: keep names,
# addresses and numbers unchanged when translating.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Профіль Лени
level-privacy-profile-instruction = Це ігровий профіль Лени. Торкнися кожного налаштування, яке розповідає забагато, щоб виправити його.
level-privacy-profile-learned = Показуй профіль лише друзям. Бери нікнейм і мультяшну картинку, а місцезнаходження й номер телефону тримай у таємниці.
level-privacy-profile-hint-1 = Прочитай кожен рядок. Чи може незнайомець за ним знайти Лену?
level-privacy-profile-hint-2 = Нікнейми й мультяшні картинки — це безпечно. Справжні імена, місця й номери — ні.
level-privacy-profile-hint-3 = Подивися, хто може бачити профіль, і на номер телефону.

privacy-profile-visibility = Хто бачить мій профіль: усі
privacy-profile-visibility-reason = «Усі» — це й незнайомці теж. Вибери «Лише друзі».
privacy-profile-visibility-fixed = Хто бачить мій профіль: лише друзі
privacy-profile-name = Показане ім'я: Лена Шмідт (повне ім'я)
privacy-profile-name-reason = За повним ім'ям незнайомцям легше знайти Лену. Краще показувати лише нікнейм.
privacy-profile-name-fixed = Показане ім'я: StarFox22 (нікнейм)
privacy-profile-nickname = Нікнейм: StarFox22
privacy-profile-nickname-reason = Нікнейм не каже, хто Лена насправді. Гарний вибір!
privacy-profile-avatar = Аватар: мультяшна лисичка
privacy-profile-avatar-reason = Мультяшна картинка не показує обличчя Лени. Це безпечно.
privacy-profile-location = Показувати, де я: увімкнено
privacy-profile-location-reason = Так люди бачать, де Лена просто зараз. Краще це вимкнути.
privacy-profile-location-fixed = Показувати, де я: вимкнено
privacy-profile-game = Улюблена гра: Block Builders
privacy-profile-game-reason = Цю гру люблять багато дітей. Вона нікому не каже, де Лена.
privacy-profile-phone = Номер телефону: бачать усі
privacy-profile-phone-reason = Незнайомці можуть дзвонити Лені або писати їй. Тримай свій номер у таємниці.
privacy-profile-phone-fixed = Номер телефону: приховано

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = Сонячне фото
level-privacy-photo-instruction = Торкнися кожної підказки в цьому дописі, яка показує, де ти живеш або вчишся.
level-privacy-photo-learned = Перш ніж публікувати фото, пошукай на ньому назви вулиць, номери будинків, шкільні емблеми й мітки місця.
level-privacy-photo-hint-1 = Подивися й на фон, а не тільки на себе й собаку.
level-privacy-photo-hint-2 = Назви вулиць, номери будинків та емблеми показують незнайомцям, де тебе знайти.
level-privacy-photo-hint-3 = Подивися на табличку, двері й свою футболку. Ще одна підказка — під фото.

privacy-photo-photo = Фото: я і мій пес у саду
privacy-photo-photo-reason = Фото з улюбленцем можна показати друзям. Тільки перевір, що ще на ньому видно.
privacy-photo-sign = Позаду нас: табличка з назвою вулиці «Вербова»
privacy-photo-sign-reason = Табличка каже всім, на якій вулиці ти живеш. Фотографуйся там, де табличок немає.
privacy-photo-door = На дверях: номер будинку 12
privacy-photo-door-reason = Разом із назвою вулиці номер показує, де саме твій дім. Не показуй його на фото.
privacy-photo-jumper = Моя футболка з емблемою Oakfield School
privacy-photo-jumper-reason = Емблема показує, у якій школі ти вчишся. Незнайомці знали б, де ти буваєш щодня.
privacy-photo-caption = Підпис: Сонячна субота!
privacy-photo-caption-reason = Цей підпис не каже, де ти. З ним усе гаразд.
privacy-photo-location = Мітка місця: вул. Вербова, 12
privacy-photo-location-reason = Мітка показує всім твою повну адресу. Вимикай мітки місця.
privacy-photo-comment = Коментар Бена: Милий песик!
privacy-photo-comment-reason = Добрий коментар від друга — це нормально. Він нічого про тебе не видає.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Хто хоче знати?
level-privacy-stranger-asks-instruction = Щоразу вибирай найкращу відповідь.
level-privacy-stranger-asks-learned = Ти завжди можеш сказати «ні». Школу, контакти й секретні відповіді тримай при собі і звертайся до дорослого.
level-privacy-stranger-asks-hint-1 = Подумай: хто побачить мою відповідь і що з нею можна зробити?
level-privacy-stranger-asks-hint-2 = Найкраща відповідь береже твої дані. Часто в ній є і дорослий, який допоможе.
level-privacy-stranger-asks-hint-3 = На питання про школу скажи, що таким не ділишся, і розкажи дорослому.

privacy-stranger-asks-school = SkyRider9, онлайн-друг, з яким ви ніколи не бачилися, питає: «У якій школі ти вчишся?»
privacy-stranger-asks-school-tell = Назвати свою школу.
privacy-stranger-asks-school-tell-reason = Школа показує, де ти буваєш щодня. Не називай її тим, кого знаєш тільки в інтернеті.
privacy-stranger-asks-school-town = Сказати лише, у якому місті живеш.
privacy-stranger-asks-school-town-reason = Місто — теж підказка, де ти. Його краще теж не казати.
privacy-stranger-asks-school-say-no = Сказати «Я цим не ділюся» і розповісти дорослому.
privacy-stranger-asks-school-say-no-reason = Молодець! Можна ввічливо сказати «ні». Якщо SkyRider9 питатиме далі, дорослий допоможе.
privacy-stranger-asks-contacts = Гра показує вікно: «Дай нам доступ до контактів, щоб знайти друзів!»
privacy-stranger-asks-contacts-allow = Натиснути «Дозволити», щоб швидко знайти друзів.
privacy-stranger-asks-contacts-allow-reason = Твої контакти — це номери інших людей. Гра отримала б їх, не спитавши цих людей.
privacy-stranger-asks-contacts-not-now = Натиснути «Не зараз» і спершу спитати дорослого.
privacy-stranger-asks-contacts-not-now-reason = Правильно! Чужі номери не можна просто так віддавати. Дорослий допоможе вирішити.
privacy-stranger-asks-contacts-allow-then-delete = Дозволити, а потім видалити гру.
privacy-stranger-asks-contacts-allow-then-delete-reason = Якщо гра вже отримала номери, видалення гри їх не поверне.
privacy-stranger-asks-quiz = Веселий тест: «Твоє ім'я супергероя = кличка улюбленця + твоя вулиця!»
privacy-stranger-asks-quiz-skip = Пропустити або гратися з вигаданими словами.
privacy-stranger-asks-quiz-skip-reason = Добре подумано! Клички тварин часто бувають секретними відповідями для акаунтів, а вулиця показує, де ти живеш.
privacy-stranger-asks-quiz-post = Написати своє справжнє ім'я супергероя в коментарях.
privacy-stranger-asks-quiz-post-reason = Тепер усі знають кличку твого улюбленця і твою вулицю. Клички тварин часто відкривають акаунти.
privacy-stranger-asks-quiz-send-friend = Надіслати його лише одному другові в повідомленні.
privacy-stranger-asks-quiz-send-friend-reason = Повідомлення можуть переслати далі. Тримай справжні відповіді при собі.

## Level 5: before you post a photo (put the steps in order)

level-privacy-before-posting-title = Готово до публікації?
level-privacy-before-posting-instruction = Що ти робиш, перш ніж опублікувати фото? Розстав кроки по порядку.
level-privacy-before-posting-learned = Роздивися все фото, пошукай підказки, спитай людей на ньому, вибери «Лише друзі» — і тільки тоді публікуй.
level-privacy-before-posting-hint-1 = Що має статися, перш ніж щось потрапить в інтернет?
level-privacy-before-posting-hint-2 = Спершу перевір фото, потім спитай людей на ньому, потім вибери, хто його бачитиме.
level-privacy-before-posting-hint-3 = Почни з того, що роздивишся все фото. Публікація — найостанніший крок.

privacy-before-posting-look = Роздивитися все фото, аж до країв.
privacy-before-posting-look-reason = Це робиш спершу. Не роздивившись фото, нічого не перевіриш.
privacy-before-posting-check = Пошукати імена, таблички, форму й номери будинків.
privacy-before-posting-check-reason = Далі шукай підказки. Якщо вони показують, де ти живеш чи вчишся, обріж фото або вибери інше.
privacy-before-posting-ask = Спитати всіх на фото, чи вони не проти.
privacy-before-posting-ask-reason = Це і їхнє фото теж. Питай після перевірки, щоб вони бачили саме те фото, яке ти опублікуєш.
privacy-before-posting-audience = Вибрати, хто його бачитиме: лише друзі.
privacy-before-posting-audience-reason = Зроби це перед самою публікацією. «Лише друзі» не пускає незнайомців.
privacy-before-posting-post = Тепер опублікувати.
privacy-before-posting-post-reason = Публікуй останнім кроком, коли все перевірено. Те, що потрапило в інтернет, важко забрати назад.
