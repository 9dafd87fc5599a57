# The "Password Peak" world: who may know a password, what makes one strong, and good habits.
# Level files under assets/levels/pw-*.json refer to these ids. Per level: a title, what to
# do, what was learned, three hints (a nudge, the idea, part of the answer), then each item
# and the reason shown when it is tapped. Item texts stay short (about 60 characters at most).
# All people, names and teams are made up: keep them unchanged when translating.
#
# Passwords and word tiles are checked by the zxcvbn estimator in every language
# (`cargo test --test content`):
# - pw-rank: the five passwords must get stronger from first to last. Keep them as they are.
# - pw-build-*: the word tiles do not need to translate each other; any short, everyday
#   nouns in lower case will do. zxcvbn only knows English words, so a German or Ukrainian
#   word counts as random letters: keep them as short as they are here (3 letters in
#   pw-build-first, 4 in pw-build-strong) so that one or two words alone stay weak.

world-password-peak = Вершина паролів

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = Кому можна знати?
level-pw-who-to-tell-instruction = Прочитай, що сталося. Щоразу вибирай найкращу відповідь.
level-pw-who-to-tell-learned = Твій пароль — лише для тебе. Допомогти з ним може дорослий, який про тебе дбає.
level-pw-who-to-tell-hint-1 = Запитай себе: чи справді цій людині потрібен мій пароль?
level-pw-who-to-tell-hint-2 = Друзям і помічникам у грі він не потрібен ніколи. А батьки чи опікуни можуть допомогти його берегти.
level-pw-who-to-tell-hint-3 = Скажи «ні» подрузі й чату. А батьки можуть тобі допомогти.

pw-who-to-tell-friend-prompt = Твоя найкраща подруга Зоя питає: «Який у тебе пароль у грі? Хочу спробувати твій новий рівень».
pw-who-to-tell-friend-tell = Скажу їй. Вона ж моя найкраща подруга.
pw-who-to-tell-friend-tell-reason = Навіть найкращі друзі можуть випадково комусь розповісти. А ще друзі іноді сваряться.
pw-who-to-tell-friend-say-no = Лагідно скажу: «Вибач, мій пароль — лише для мене».
pw-who-to-tell-friend-say-no-reason = Молодець! Ви все одно можете гратися разом. Справжня подруга це зрозуміє.
pw-who-to-tell-friend-swap = Обміняємося паролями, так буде чесно.
pw-who-to-tell-friend-swap-reason = Тоді чужі знатимуть уже два паролі, а не один. Обмін нічого не робить безпечнішим.

pw-who-to-tell-moderator-prompt = В ігровому чаті «Mod_Max» пише: «Я модератор. Надішли мені свій пароль, інакше твій акаунт закриють!»
pw-who-to-tell-moderator-send = Швидко надішлю, щоб акаунт не закрили.
pw-who-to-tell-moderator-send-reason = Справжні модератори ніколи не просять пароль. Це хитрість, щоб забрати твій акаунт.
pw-who-to-tell-moderator-proof = Попрошу довести, що він справді модератор.
pw-who-to-tell-moderator-proof-reason = Шахраї можуть підробити будь-який доказ. Нікому з гри не потрібен твій пароль, тож не надсилай його.
pw-who-to-tell-moderator-report = Не відповім. Поскаржуся й розкажу дорослому.
pw-who-to-tell-moderator-report-reason = Правильно! Помічникам у грі ніколи не потрібен твій пароль. Скарга допомагає зупинити шахрая.

pw-who-to-tell-parent-prompt = Батьки допомагають тобі налаштувати новий планшет. Вони питають, який у тебе буде пароль.
pw-who-to-tell-parent-tell-mum = Скажу їм. Вони про мене дбають.
pw-who-to-tell-parent-tell-mum-reason = Так! Дорослий, який про тебе дбає, як-от батьки чи опікуни, може знати пароль і допомогти його берегти.
pw-who-to-tell-parent-nobody = Нікому не скажу, навіть їм.
pw-who-to-tell-parent-nobody-reason = Друзям і незнайомцям знати пароль не треба. Але батьки чи опікуни, які про тебе дбають, можуть допомогти.
pw-who-to-tell-parent-class-chat = Напишу його в чаті класу, щоб не забути.
pw-who-to-tell-parent-class-chat-reason = Його зможуть прочитати всі в чаті. Краще попроси батьків допомогти тобі його запам'ятати.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = Слабкий чи надійний?
level-pw-rank-instruction = Розстав паролі по порядку: від найслабшого до найнадійнішого.
level-pw-rank-learned = Кілька випадкових слів дають довгий пароль. Він набагато надійніший, ніж одне слово з цифрою.
level-pw-rank-hint-1 = Який пароль вгадають найшвидше?
level-pw-rank-hint-2 = Спершу пробують відомі паролі й слова. Довгі паролі з випадкових слів — в останню чергу.
level-pw-rank-hint-3 = 123456 — найслабший. Пароль із чотирьох слів — найнадійніший.

pw-rank-digits = 123456
pw-rank-digits-reason = Він іде першим, бо найслабший. Це один із найпоширеніших паролів у світі, його вгадують одразу.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Друге місце: одне відоме англійське слово. Довгі списки таких слів перевіряють дуже рано.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Цей посередині. Велика літера на початку й 1 у кінці — хитрощі, які всі добре знають.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Четверте місце. Два слова, що не пасують одне до одного, вгадати важче. Але двох слів ще замало.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Він останній, бо найнадійніший. Чотири випадкові слова дають довгий пароль, який легко запам'ятати.

## Level 3: a first passphrase (build_password, target: strong)
# Word tiles: short everyday nouns, in lower case (3 letters in de and uk, see the top).
# The pet's name and the birth year stay the same in every language.

level-pw-build-first-title = Твій перший пароль зі слів
level-pw-build-first-instruction = Торкайся карток зі словами й склади надійний пароль щонайменше з 3 слів.
level-pw-build-first-learned = Три випадкові слова дають надійний пароль. Не додавай того, що інші про тебе знають.
level-pw-build-first-hint-1 = Чи котрась із карток розповідає щось про тебе?
level-pw-build-first-hint-2 = Випадкові слова вгадати важко. Кличку твого улюбленця й рік народження вгадати легко.
level-pw-build-first-hint-3 = Візьми три картки зі словами. Rex і 2016 не бери.

pw-build-first-word-1 = кіт
pw-build-first-word-2 = сир
pw-build-first-word-3 = мед
pw-build-first-word-4 = сад
pw-build-first-word-5 = жук
pw-build-first-word-6 = лев
pw-build-first-pet = Rex
pw-build-first-pet-reason = Rex — так звати твого пса. Цю кличку знають твої друзі й усі, хто бачить фото твого пса.
pw-build-first-year = 2016
pw-build-first-year-reason = Це рік твого народження. Його знає багато людей, а роки пробують одними з перших.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = Корисні звички
level-pw-habits-instruction = Це корисна звичка чи ризиковано? Розклади картки.
level-pw-habits-learned = Для кожної гри — інший пароль. Тримай його в таємниці й виходь з акаунта на спільному планшеті.
level-pw-habits-hint-1 = Уяви, що хтось інший узяв твій планшет. Що він може зробити?
level-pw-habits-hint-2 = Корисні звички бережуть твій пароль у таємниці, а акаунт — від чужих.
level-pw-habits-hint-3 = Вийти з акаунта й запитати дорослого — корисні звички. Папірець на планшеті — ризиковано.

pw-habits-bin-good = Корисна звичка
pw-habits-bin-risky = Ризиковано

pw-habits-one-per-game = Інший пароль для кожної гри
pw-habits-one-per-game-reason = Якщо хтось дізнається один пароль, інші твої ігри будуть у безпеці.
pw-habits-sticky-note = Пароль на папірці, приклеєному до планшета
pw-habits-sticky-note-reason = Його прочитає кожен, хто візьме планшет. Запитай дорослого, де безпечно зберігати пароль.
pw-habits-log-out = Вийти з акаунта на спільному планшеті
pw-habits-log-out-reason = Тоді наступна людина не зможе грати замість тебе. Завжди виходь, коли ділишся планшетом.
pw-habits-name-birthday = Твоє ім'я і день народження як пароль
pw-habits-name-birthday-reason = Багато людей знають твоє ім'я і день народження. Їх пробують одними з перших.
pw-habits-best-friend = Сказати пароль найкращому другові
pw-habits-best-friend-reason = Друзі можуть випадково комусь розповісти. Тримай пароль при собі.
pw-habits-ask-adult = Запитати дорослого, якщо сумніваєшся
pw-habits-ask-adult-reason = Дорослий, якому ти довіряєш, допоможе. Запитати — це завжди гарна ідея.

## Level 5: a very strong passphrase (build_password, target: very strong)
# Word tiles: short everyday nouns, in lower case (4 letters in de and uk, see the top).
# The nickname, the school and the football team are made up: keep them unchanged.

level-pw-build-strong-title = Дуже надійний!
level-pw-build-strong-instruction = Склади дуже надійний пароль щонайменше з 4 карток зі словами.
level-pw-build-strong-learned = Чотири випадкові слова дають дуже надійний пароль. Прізвиська, школи й команди вгадати легко.
level-pw-build-strong-hint-1 = Деякі картки схожі на слова, але розповідають про тебе. Які саме?
level-pw-build-strong-hint-2 = Твоє прізвисько, школу й улюблену команду легко дізнатися.
level-pw-build-strong-hint-3 = Візьми чотири картки зі словами. Zippy, Oakfield і Rovers не бери.

pw-build-strong-word-1 = сова
pw-build-strong-word-2 = риба
pw-build-strong-word-3 = небо
pw-build-strong-word-4 = каша
pw-build-strong-word-5 = ключ
pw-build-strong-word-6 = жаба
pw-build-strong-word-7 = торт
pw-build-strong-nickname = Zippy
pw-build-strong-nickname-reason = Zippy — твоє прізвисько. Його знають твої друзі й увесь клас.
pw-build-strong-school = Oakfield
pw-build-strong-school-reason = Oakfield — твоя школа. Багато людей знають, до якої школи ти ходиш.
pw-build-strong-team = Rovers
pw-build-strong-team-reason = Усі знають, що ти вболіваєш за Rovers. Твою команду спробують однією з перших.
