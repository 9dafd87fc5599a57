# The "Password Peak" world: who may know a password, what makes one strong, good habits,
# 2-step verification and password managers. Level files under assets/levels/pw-*.json refer
# to these ids. Per level: a title, what to do, what was learned, three hints (a nudge, the
# idea, part of the answer: never the whole answer), then each item and the reason shown when
# it is tapped. Item texts stay short (about 60 characters at most). All people, names and
# teams are made up; Ukrainian writes them in Cyrillic (GLOSSARY.md, Names), so a personal tile
# never stands out by its alphabet among the word tiles. Facts follow the NCSC ("Three
# random words", 2-step verification, password managers), NIST SP 800-63B rev. 4 and Action
# Fraud (docs/literacy-levels.md lists the sources).
#
# Passwords and word tiles are checked in every language by the strength the pupil is shown
# (the zxcvbn estimator with that language's common words, capped by the guidance: at least
# 15 characters, three words, not all very common), by `cargo test --test content_passwords`:
# - pw-rank: the five passwords must get stronger from first to last. Keep them as they are.
# - pw-build-*: the word tiles do not need to translate each other; any everyday nouns in
#   lower case will do. pw-build-first mixes short tiles (three letters: three of them make a
#   password too short to be strong) with longer ones (five letters or more).
# - pick-the-reply answers: the best answer is not the longest one (the test checks it).

world-password-peak = Вершина паролів

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Кому можна знати?
level-pw-who-to-tell-instruction = Прочитай, що сталося. Щоразу вибирай найкращу відповідь.
level-pw-who-to-tell-learned = Твій пароль — лише для тебе. Допомогти з ним може дорослий, який про тебе дбає.
level-pw-who-to-tell-hint-1 = Запитай себе: чи справді цій людині потрібен мій пароль?
level-pw-who-to-tell-hint-2 = Друзям і помічникам у грі він не потрібен ніколи. А дорослі, які про тебе дбають, можуть допомогти його берегти.
level-pw-who-to-tell-hint-3 = В ігровому чаті не відповідай, а поскаржся.

pw-who-to-tell-friend-prompt = Твоя найкраща подруга Зоя питає: «Який у тебе пароль у грі? Хочу спробувати твій новий рівень».
pw-who-to-tell-friend-tell = Скажу їй. Вона ж моя найкраща подруга.
pw-who-to-tell-friend-tell-reason = Навіть найкращі друзі можуть випадково комусь розповісти. А ще друзі іноді сваряться.
pw-who-to-tell-friend-say-no = Скажу: «Вибач, він лише для мене».
pw-who-to-tell-friend-say-no-reason = Молодець! Ви все одно можете гратися разом. Справжня подруга це зрозуміє.
pw-who-to-tell-friend-swap = Обміняємося паролями, так буде чесно.
pw-who-to-tell-friend-swap-reason = Тоді чужі знатимуть уже два паролі, а не один. Обмін нічого не робить безпечнішим.

pw-who-to-tell-moderator-prompt = В ігровому чаті «Mod_Max» пише: «Я модератор. Надішли мені свій пароль, інакше твій акаунт закриють!»
pw-who-to-tell-moderator-send = Швидко надішлю, а тоді все розповім дорослому.
pw-who-to-tell-moderator-send-reason = Розповісти дорослому — добре, але пароль не надсилай ніколи. Справжні модератори його не просять.
pw-who-to-tell-moderator-proof = Попрошу довести, що він справді модератор.
pw-who-to-tell-moderator-proof-reason = Шахраї можуть підробити будь-який доказ. Нікому з гри не потрібен твій пароль, тож не надсилай його.
pw-who-to-tell-moderator-report = Не відповім. Поскаржуся й розкажу дорослому.
pw-who-to-tell-moderator-report-reason = Правильно! Помічникам у грі ніколи не потрібен твій пароль. Скарга допомагає зупинити шахрая.

pw-who-to-tell-parent-prompt = Батьки чи інші дорослі, які про тебе дбають, допомагають налаштувати новий планшет. Вони питають, який у тебе буде пароль.
pw-who-to-tell-parent-tell-mum = Скажу їм. Вони про мене дбають.
pw-who-to-tell-parent-tell-mum-reason = Так! Батьки чи інші дорослі, які про тебе дбають, можуть знати пароль і допомогти його берегти.
pw-who-to-tell-parent-nobody = Нікому не скажу, навіть їм.
pw-who-to-tell-parent-nobody-reason = Друзям і незнайомцям знати пароль не треба. Але дорослі, які про тебе дбають, можуть допомогти.
pw-who-to-tell-parent-class-chat = Напишу його в чаті класу, щоб не забути.
pw-who-to-tell-parent-class-chat-reason = Його зможуть прочитати всі в чаті. Краще попроси дорослого, якому довіряєш, допомогти його запам’ятати.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Слабкий чи надійний?
level-pw-rank-instruction = Розстав паролі по порядку: від найслабшого до найнадійнішого.
level-pw-rank-learned = Кілька випадкових слів дають довгий пароль. Він набагато надійніший, ніж одне слово з цифрою.
level-pw-rank-hint-1 = Який пароль вгадають найшвидше?
level-pw-rank-hint-2 = Спершу пробують відомі паролі й слова. Довгі паролі з випадкових слів — в останню чергу.
level-pw-rank-hint-3 = 123456 — найслабший: це один із найпоширеніших паролів.

pw-rank-digits = 123456
pw-rank-digits-reason = Він іде першим, бо найслабший. Це один із найпоширеніших паролів у світі, його вгадують одразу.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Друге місце: одне відоме англійське слово. Довгі списки таких слів перевіряють дуже рано.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Цей посередині. Велика літера на початку й 1 у кінці — хитрощі, які всі добре знають.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Четверте місце. Два слова, що не пасують одне до одного, вгадати важче. Але двох слів ще замало.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Він останній, бо найнадійніший. Чотири випадкові слова дають довгий пароль, який легко запам’ятати.

## Level 3: a first passphrase (build_password, target: strong)
# Word tiles: everyday nouns in lower case. Words 1, 2 and 6 are short (three letters), the
# others five letters or more: three short ones stay under 15 characters and show "too short".
# The dog is Рекс, as in privacy-levels.ftl; the birth year is the same in every language.

level-pw-build-first-title = Твій перший пароль зі слів
level-pw-build-first-instruction = Торкайся карток зі словами й склади надійний пароль щонайменше з 3 слів.
level-pw-build-first-learned = Три випадкові слова дають довгий надійний пароль. Не додавай того, що інші про тебе знають.
level-pw-build-first-hint-1 = Чи котрась із карток розповідає щось про тебе?
level-pw-build-first-hint-2 = Бери випадкові слова, не пов’язані з тобою. І зроби пароль довгим: 15 літер або більше.
level-pw-build-first-hint-3 = Рекс — кличка твого пса, тож не бери її.

pw-build-first-word-1 = кіт
pw-build-first-word-2 = сир
pw-build-first-word-3 = ракета
pw-build-first-word-4 = подушка
pw-build-first-word-5 = черепаха
pw-build-first-word-6 = мед
pw-build-first-pet = Рекс
pw-build-first-pet-reason = Рекс — так звати твого пса. Цю кличку знають твої друзі й усі, хто бачить фото твого пса.
pw-build-first-year = 2016
pw-build-first-year-reason = Це рік твого народження. Його знає багато людей, а роки пробують одними з перших.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Корисні звички
level-pw-habits-instruction = Це корисна звичка чи ризиковано? Розклади картки.
level-pw-habits-learned = Для кожної гри — інший пароль. Тримай його в таємниці й виходь з акаунта на спільному планшеті.
level-pw-habits-hint-1 = Уяви, що хтось інший узяв твій планшет. Що він може зробити?
level-pw-habits-hint-2 = Корисні звички бережуть твій пароль у таємниці, а акаунт — від чужих.
level-pw-habits-hint-3 = Вийти з акаунта на спільному планшеті — корисна звичка.

pw-habits-bin-good = Корисна звичка
pw-habits-bin-risky = Ризиковано

pw-habits-one-per-game = Інший пароль для кожної гри
pw-habits-one-per-game-reason = Якщо хтось дізнається один пароль, інші твої ігри будуть у безпеці.
pw-habits-sticky-note = Пароль на папірці, приклеєному до планшета
pw-habits-sticky-note-reason = Його прочитає кожен, хто візьме планшет. Запитай дорослого, де безпечно зберігати пароль.
pw-habits-log-out = Вийти з акаунта на спільному планшеті
pw-habits-log-out-reason = Тоді наступна людина не зможе грати замість тебе. Завжди виходь, коли ділишся планшетом.
pw-habits-name-birthday = Твоє ім’я і день народження як пароль
pw-habits-name-birthday-reason = Багато людей знають твоє ім’я і день народження. Їх пробують одними з перших.
pw-habits-best-friend = Сказати пароль найкращому другові
pw-habits-best-friend-reason = Друзі можуть випадково комусь розповісти. Тримай пароль при собі.
pw-habits-ask-adult = Запитати дорослого, якщо сумніваєшся
pw-habits-ask-adult-reason = Дорослий, якому ти довіряєш, допоможе. Запитати — це завжди гарна ідея.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns, in lower case (four letters or so: four of them make a
# password of 15 characters or more). The nickname (what friends call you), the school and
# the football team are made up: Зіппі, «Дубок» (as in privacy-levels.ftl), «Блискавка» (GLOSSARY.md, Names).

level-pw-build-strong-title = Дуже надійний!
level-pw-build-strong-instruction = Склади дуже надійний пароль щонайменше з 4 карток зі словами.
level-pw-build-strong-learned = Чотири випадкові слова дають дуже надійний пароль. Прізвиська, школи й команди вгадати легко.
level-pw-build-strong-hint-1 = Деякі картки схожі на слова, але розповідають про тебе. Які саме?
level-pw-build-strong-hint-2 = Твоє прізвисько, школу й улюблену команду легко дізнатися.
level-pw-build-strong-hint-3 = Зіппі — твоє прізвисько, тож не бери його.

pw-build-strong-word-1 = сова
pw-build-strong-word-2 = риба
pw-build-strong-word-3 = небо
pw-build-strong-word-4 = каша
pw-build-strong-word-5 = ключ
pw-build-strong-word-6 = жаба
pw-build-strong-word-7 = торт
pw-build-strong-nickname = Зіппі
pw-build-strong-nickname-reason = Зіппі — твоє прізвисько. Його знають твої друзі й увесь клас.
pw-build-strong-school = Дубок
pw-build-strong-school-reason = «Дубок» — твоя школа. Багато людей знають, до якої школи ти ходиш.
pw-build-strong-team = Блискавка
pw-build-strong-team-reason = Усі знають, що ти вболіваєш за «Блискавку». Твою команду спробують однією з перших.

## Level 6: 2-step verification (pick_reply)
# Facts: see the English file.

level-pw-two-step-title = Код — лише для тебе
level-pw-two-step-instruction = Прочитай, що сталося. Щоразу вибирай найкращу відповідь.
level-pw-two-step-learned = Двохетапна перевірка просить не лише пароль, а й код. Нікому не давай код, навіть якщо просять.
level-pw-two-step-hint-1 = Для кого цей код: для тебе чи для кожного, хто попросить?
level-pw-two-step-hint-2 = Код — це другий ключ. Він потрібен лише тобі й більше нікому.
level-pw-two-step-hint-3 = Якщо друг просить твій код, залиш його собі.

pw-two-step-what-prompt = Гра питає: «Увімкнути двохетапну перевірку?» Що вона робить?
pw-two-step-what-longer = Робить пароль удвічі довшим.
pw-two-step-what-longer-reason = Пароль лишається тим самим. Додається другий крок — код.
pw-two-step-what-code = Просить ще й код.
pw-two-step-what-code-reason = Правильно! Навіть той, хто знає твій пароль, не ввійде без коду. Попроси дорослого допомогти її увімкнути.
pw-two-step-what-friends = Друзі зможуть входити замість тебе.
pw-two-step-what-friends-reason = Ні. Вона дбає, щоб увійти в акаунт можна було лише тобі.

pw-two-step-friend-prompt = Твій друг Сем пише: «Я випадково надіслав свій код для входу на твій планшет. Перешлеш його мені?»
pw-two-step-friend-send = Надішлю. Сем — мій друг.
pw-two-step-friend-send-reason = Це відома хитрість. Можливо, акаунтом Сема користується хтось інший. З кодом він забере й твій акаунт.
pw-two-step-friend-adult-sends = Попрошу дорослого вдома надіслати його.
pw-two-step-friend-adult-sends-reason = Розповісти дорослому — правильно. Але код не пересилає ніхто, навіть дорослий.
pw-two-step-friend-keep = Залишу код собі й розкажу дорослому.
pw-two-step-friend-keep-reason = Правильно! Ніколи не давай код. Поговори із Семом особисто й перевір, чи це справді він.

pw-two-step-unasked-prompt = На планшеті з’являється код для входу. Але ти зараз нікуди не входиш.
pw-two-step-unasked-tell = Нікому не дам код і розповім про це дорослому.
pw-two-step-unasked-tell-reason = Правильно! Можливо, хтось пробує твій пароль. Дорослий допоможе його змінити.
pw-two-step-unasked-class-chat = Напишу його в чаті класу.
pw-two-step-unasked-class-chat-reason = Тоді його зможе використати будь-хто в чаті. Код — лише для тебе. Краще розкажи дорослому.
pw-two-step-unasked-reply = Відповім і спитаю, хто це.
pw-two-step-unasked-reply-reason = Не відповідай. Код прийшов, бо хтось пробує увійти замість тебе. Розкажи дорослому.

## Level 7: a password manager (spot_flags, settings to fix)
# Facts: see the English file.

level-pw-manager-title = Сейф для паролів
level-pw-manager-instruction = Це менеджер паролів Мії. Він пам’ятає її паролі. Торкайся кожного небезпечного налаштування, щоб його виправити.
level-pw-manager-learned = Менеджер паролів пам’ятає твої паролі. Один надійний пароль зі слів захищає всі інші. Налаштуй його з дорослим, якому довіряєш.
level-pw-manager-hint-1 = Яке налаштування допоможе комусь відкрити паролі Мії?
level-pw-manager-hint-2 = Головний пароль захищає всі інші, тож він має бути найнадійнішим.
level-pw-manager-hint-3 = Почни з головного пароля.

pw-manager-set-up = Налаштовано разом із дорослим, якому довіряю
pw-manager-set-up-reason = Добре! Дорослий, якому ти довіряєш, допоможе все налаштувати й берегти.
pw-manager-main-password = Головний пароль: 1234
pw-manager-main-password-reason = Цей один пароль відкриває всі інші. Зроби його довгим і надійним: три випадкові слова.
pw-manager-main-password-fixed = Головний пароль: три випадкові слова
pw-manager-one-each = Зберігає: інший пароль для кожної гри
pw-manager-one-each-reason = Добре! Він їх пам’ятає, тож у кожної гри може бути свій пароль.
pw-manager-make-new = Створювати надійні паролі: вимкнено
pw-manager-make-new-reason = Він може створювати довгі випадкові паролі й пам’ятати їх. Увімкни це.
pw-manager-make-new-fixed = Створювати надійні паролі: увімкнено
pw-manager-lock = Блокувати, коли закриваю: вимкнено
pw-manager-lock-reason = Тоді будь-хто, хто візьме планшет, побачить усі паролі Мії.
pw-manager-lock-fixed = Блокувати, коли закриваю: увімкнено
pw-manager-device = Збережено: на моєму планшеті вдома
pw-manager-device-reason = На власному планшеті зберігати паролі можна. На комп’ютері в бібліотеці — ніколи.
