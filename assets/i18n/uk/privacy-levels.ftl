# The "Share Safe" world, levels 2 and up (level 1, share-or-keep, and the world's name are
# in levels.ftl). Level files under assets/levels/privacy-*.json refer to these ids. Per
# level: a title, what to do, what was learned, three hints (a nudge, the idea, part of the
# answer), then each item and the reason shown when it is tapped. Item texts stay short
# (about 60 characters at most). All people, places and games are made up: people's names
# are written as GLOSSARY.md's Names table spells them (Cyrillic, declined), numbers stay
# unchanged. Street and school names are made up per
# language (Maple Street, Ahornstraße, вулиця Кленова), so no country's streets are shown.

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = Профіль Лени
level-privacy-profile-instruction = Це ігровий профіль Лени. Торкнися кожного налаштування, яке розповідає забагато, щоб виправити його.
level-privacy-profile-learned = Показуй профіль лише друзям. Бери вигадане ігрове ім’я і мультяшну картинку, а місцезнаходження й номер телефону тримай у таємниці.
level-privacy-profile-hint-1 = Прочитай кожен рядок. Чи може незнайомець за ним знайти Лену?
level-privacy-profile-hint-2 = Вигадане ігрове ім’я і мультяшна картинка — це безпечно. Справжні імена, місця й номери — ні.
level-privacy-profile-hint-3 = Подивися, хто може бачити профіль, і на номер телефону.

privacy-profile-visibility = Хто бачить мій профіль: усі
privacy-profile-visibility-reason = «Усі» — це й незнайомці теж. Вибери «Лише друзі».
privacy-profile-visibility-fixed = Хто бачить мій профіль: лише друзі
privacy-profile-name = Показане ім’я: Лена Шмідт (повне ім’я)
privacy-profile-name-reason = За повним ім’ям незнайомцям легше знайти Лену. Вистачить вигаданого ігрового імені.
privacy-profile-name-fixed = Показане ім’я: StarFox22 (ігрове ім’я)
privacy-profile-game-name = Ігрове ім’я: StarFox22
privacy-profile-game-name-reason = Вигадане ігрове ім’я не каже, хто Лена насправді. Гарний вибір!
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
level-privacy-photo-learned = Перш ніж публікувати фото, пошукай на ньому назви вулиць, номери будинків, шкільні логотипи й мітки місця.
level-privacy-photo-hint-1 = Подивися й на фон, а не тільки на себе й собаку.
level-privacy-photo-hint-2 = Назви вулиць, номери будинків і шкільні логотипи показують незнайомцям, де тебе знайти.
level-privacy-photo-hint-3 = Табличка з назвою вулиці позаду тебе — одна підказка. Є ще три.

privacy-photo-photo = Фото: я і мій пес у саду
privacy-photo-photo-reason = Фото з улюбленцем можна показати друзям. Тільки перевір, що ще на ньому видно.
privacy-photo-sign = Позаду нас: табличка «вулиця Кленова»
privacy-photo-sign-reason = Табличка каже всім, на якій вулиці ти живеш. Фотографуйся там, де табличок немає.
privacy-photo-door = На дверях: номер будинку 12
privacy-photo-door-reason = Разом із назвою вулиці номер показує, де саме твій дім. Не показуй його на фото.
privacy-photo-shirt = Моя футболка з логотипом школи «Дубок»
privacy-photo-shirt-reason = Логотип показує, у якій школі ти вчишся. Незнайомці знали б, де ти буваєш щодня.
privacy-photo-caption = Підпис: Сонячна субота з Рексом!
privacy-photo-caption-reason = Кличку собаки можна розповідати. Тільки ніколи не бери її як пароль.
privacy-photo-location = Мітка місця: вул. Кленова, 12
privacy-photo-location-reason = Мітка показує всім твою повну адресу. Вимикай мітки місця.
privacy-photo-comment = Коментар Бена: Милий песик!
privacy-photo-comment-reason = Добрий коментар від друга — це нормально. Він нічого про тебе не видає.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = Хто хоче знати?
level-privacy-stranger-asks-instruction = Щоразу вибирай найкращу відповідь.
level-privacy-stranger-asks-learned = Ти завжди можеш сказати «ні». Школу, вулицю й номери друзів тримай при собі. Якщо хтось питає знову й знову, розкажи дорослому.
level-privacy-stranger-asks-hint-1 = Подумай: хто побачить мою відповідь і що з нею можна зробити?
level-privacy-stranger-asks-hint-2 = Твої дані й номери твоїх друзів — не для всіх. Ти завжди можеш сказати «ні».
level-privacy-stranger-asks-hint-3 = Гра працює й тоді, коли не даєш доступу до контактів.

privacy-stranger-asks-school = SkyRider9, онлайн-друг, з яким ви ніколи не бачилися, питає: «У якій школі ти вчишся?»
privacy-stranger-asks-school-tell = Назвати школу, а потім розповісти дорослому.
privacy-stranger-asks-school-tell-reason = Розповісти дорослому — добре, але SkyRider9 уже знає твою школу. Краще взагалі її не називати.
privacy-stranger-asks-school-town = Сказати лише, у якому місті живеш.
privacy-stranger-asks-school-town-reason = Місто — теж підказка, де ти. Його краще теж не казати.
privacy-stranger-asks-school-say-no = Сказати «ні» й розповісти дорослому.
privacy-stranger-asks-school-say-no-reason = Молодець! Можна ввічливо сказати «ні». Якщо SkyRider9 питатиме далі, дорослий допоможе.
privacy-stranger-asks-contacts = Під час гри з’являється питання: «Дозволити Block Builders доступ до контактів?»
privacy-stranger-asks-contacts-allow = Натиснути «Дозволити», щоб швидко знайти друзів.
privacy-stranger-asks-contacts-allow-reason = Твої контакти — це номери інших людей. Гра отримала б їх, не спитавши цих людей.
privacy-stranger-asks-contacts-not-now = Натиснути «Не дозволяти». Гра й так працює.
privacy-stranger-asks-contacts-not-now-reason = Правильно! Чужі номери не можна просто так віддавати. Друзів можна додати за їхніми ігровими іменами.
privacy-stranger-asks-contacts-allow-then-delete = Дозволити, а потім колись видалити всю гру.
privacy-stranger-asks-contacts-allow-then-delete-reason = Якщо гра вже отримала номери, видалення гри їх не поверне.
privacy-stranger-asks-quiz = Веселий тест: «Твоє ім’я супергероя = твоя вулиця + твоя школа!»
privacy-stranger-asks-quiz-skip = Пропустити або гратися з вигаданими словами.
privacy-stranger-asks-quiz-skip-reason = Добре подумано! Вулиця і школа показують, де тебе знайти. З вигаданими словами так само весело.
privacy-stranger-asks-quiz-post = Написати своє справжнє ім’я супергероя в коментарях.
privacy-stranger-asks-quiz-post-reason = Тепер усі знають твою вулицю і школу. Разом вони показують, де тебе знайти.
privacy-stranger-asks-quiz-send-friend = Надіслати його лише одному другові в повідомленні.
privacy-stranger-asks-quiz-send-friend-reason = Повідомлення можуть переслати далі. Тримай справжні відповіді при собі.

## Level 5: before you post a photo (sort: do it / better not; the order of these steps is
## not fixed by any guidance, so the level asks which ones, not in which order)

level-privacy-before-posting-title = Готово до публікації?
level-privacy-before-posting-instruction = Ти хочеш опублікувати фото. Це добрий крок перед публікацією чи краще ні?
level-privacy-before-posting-learned = Перш ніж публікувати, пошукай на фото підказки, спитай людей на ньому і вибери «Лише друзі». Мітку місця не додавай.
level-privacy-before-posting-hint-1 = Подумай: хто зможе побачити фото після публікації і що з нього дізнається?
level-privacy-before-posting-hint-2 = Добрі кроки ховають підказки, не пускають незнайомців і питають згоди людей на фото. Ризиковані показують фото всім або видають, де ти.
level-privacy-before-posting-hint-3 = Мітку місця краще не додавати.

privacy-bin-do = Так і роблю
privacy-bin-dont = Краще ні

privacy-before-posting-clues = Пошукати на фото таблички й номери будинків.
privacy-before-posting-clues-reason = Добре! Обріж їх або вибери інше фото, щоб ніхто не дізнався, де ти живеш.
privacy-before-posting-location = Додати мітку місця, щоб друзі тебе знайшли.
privacy-before-posting-location-reason = Мітка місця показує всім, де ти. Не додавай її.
privacy-before-posting-ask = Спитати всіх на фото, чи вони не проти.
privacy-before-posting-ask-reason = Це і їхнє фото теж. Публікуй, лише якщо вони згодні.
privacy-before-posting-everyone = Опублікувати для всіх, щоб було більше лайків.
privacy-before-posting-everyone-reason = «Усі» — це й незнайомці. Лайки цього не варті.
privacy-before-posting-audience = Вибрати, хто його бачитиме: лише друзі.
privacy-before-posting-audience-reason = Добре! «Лише друзі» не пускає незнайомців.
privacy-before-posting-surprise = Опублікувати смішне фото подруги як сюрприз.
privacy-before-posting-surprise-reason = Спершу спитай. Подруга може не хотіти, щоб це фото було в інтернеті.

