# The "Kind Corner" world: being kind online, and what to do when someone is not.
# Level files under assets/levels/kind-*.json refer to these ids. Per level: a title, what
# to do, what was learned, three hints (a nudge, the idea, part of the answer), then each
# item and the reason shown when it is tapped. Item texts stay short (about 60 characters).
# All people are made up: write their names as GLOSSARY.md's Names table does (Cyrillic,
# declined). Keep the tone gentle:
# always say what to do, and that telling a trusted adult is good.

world-kind-corner = Куточок доброти

## Level 1: kind replies (pick_reply)

level-kind-reply-title = Скажи щось добре
level-kind-reply-instruction = Щоразу обирай найдобрішу відповідь.
level-kind-reply-learned = Добрі слова в інтернеті тішать людей. Перш ніж щось написати, подумай: як почуватиметься інша людина?
level-kind-reply-hint-1 = Уяви, що ти на місці іншої людини. Яку відповідь тобі було б приємно отримати?
level-kind-reply-hint-2 = Добра відповідь — дружня, чесна і про іншу людину, а не про тебе.
level-kind-reply-hint-3 = Для Мії: запитання про її малюнок показує, що ти справді його роздивляєшся.

kind-reply-drawing-prompt = Твоя подруга Мія викладає малюнок своєї кішки. Вона намалювала його сама. Що ти напишеш?
kind-reply-drawing-praise = Які гарні кольори! Як ти це намалювала?
kind-reply-drawing-praise-reason = Щира похвала тішить Мію. А запитання показує, що тобі справді цікаво.
kind-reply-drawing-brother = Мій молодший брат малює значно краще, ніж ти.
kind-reply-drawing-brother-reason = Це образить Мію. Навіть як жарт, такі слова зіпсують їй радість від малюнка.
kind-reply-drawing-mine = Краще подивися на мій малюнок!
kind-reply-drawing-mine-reason = Мія хотіла показати свій малюнок. А з такою відповіддю розмова раптом стає про тебе.

kind-reply-game-prompt = В онлайн-грі твій товариш по команді Лео помиляється. Ваша команда програє.
kind-reply-game-blame = Через тебе ми всі програли, Лео! Ну, дуже дякую.
kind-reply-game-blame-reason = Усі помиляються. Якщо звинуватити Лео перед усією командою, йому буде дуже прикро.
kind-reply-game-kick = Давайте виженемо Лео з команди.
kind-reply-game-kick-reason = Виганяти когось через одну помилку — недобре. Грати веселіше, коли раді всім.
kind-reply-game-cheer = Гарна спроба, Лео! Наступного разу виграємо.
kind-reply-game-cheer-reason = Дружнє слово після поразки підбадьорює всю команду. Це ж лише гра.

kind-reply-sad-prompt = Твоя однокласниця Ава пише: «мене сьогодні ніхто не любить».
kind-reply-sad-drama = Годі драматизувати.
kind-reply-sad-drama-reason = Ава розповідає, що їй сумно. А така відповідь каже їй, що її почуття нікого не обходять.
kind-reply-sad-message = Напиши Аві: «Ти класна! Хочеш поговорити?»
kind-reply-sad-message-reason = Добре особисте повідомлення показує Аві, що вона комусь не байдужа. Якщо їй дуже сумно, розкажи ще й дорослому, якому довіряєш.
kind-reply-sad-scroll = Гортати далі. Її батьки якось самі розберуться.
kind-reply-sad-scroll-reason = Ава може почуватися ще самотнішою, а батьки можуть нічого не знати. Кілька добрих слів від тебе дуже допоможуть.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = Добрий
kind-bin-unkind = Недобрий

level-kind-comments-title = Добрий чи недобрий?
level-kind-comments-instruction = Розсортуй коментарі: який добрий, а який недобрий?
level-kind-comments-learned = Можна казати, що думаєш, і водночас говорити по-доброму. Злі коментарі ранять, навіть як жарт.
level-kind-comments-hint-1 = Читай кожен коментар так, ніби його написали тобі.
level-kind-comments-hint-2 = Добрі коментарі хвалять, допомагають або ввічливо не погоджуються. Недобрі — дражнять чи принижують.
level-kind-comments-hint-3 = Слова про те, як хтось виглядає чи рухається, часто недобрі, навіть якщо це жарт.

kind-comments-great-goal = Який класний гол у твоєму відео!
kind-comments-great-goal-reason = Похвала за те, що в когось добре вийшло, дає відчуття гордості. Це добре.
kind-comments-weird-hair = У тебе на цьому фото дуже дивне волосся.
kind-comments-weird-hair-reason = Слова про зовнішність можуть дуже ранити. Чого не скажеш людині в очі, того й не пиши.
kind-comments-get-well = Одужуй швидше!
kind-comments-get-well-reason = Побажання одужати показує, що тобі не байдуже. Це добре.
kind-comments-nobody-asked = Твоєї думки ніхто не питав.
kind-comments-nobody-asked-reason = Так людині кажуть: мовчи, твоя думка нічого не важить. Це недобре.
kind-comments-different-ending = Мені ближчий інший кінець, але історія класна!
kind-comments-different-ending-reason = Можна мати іншу думку й усе одно говорити по-доброму. Цей коментар чесний і дружній.
kind-comments-penguin = Ха-ха, ти бігаєш, як пінгвін!
kind-comments-penguin-reason = Сміятися з того, як хтось рухається, — це дражнити. Це може ранити, навіть якщо ти жартуєш.
kind-comments-thanks-help = Дякую, що допоміг мені з домашнім завданням!
kind-comments-thanks-help-reason = Людям приємно, коли їм дякують за допомогу. Це добре.

## Level 3: when someone keeps sending you mean messages (sort: good to do / better not;
## telling a trusted adult is right at any time, so this is not an ordering level)

level-kind-when-bullied-title = Злі повідомлення
level-kind-when-bullied-instruction = Хтось раз у раз надсилає тобі злі повідомлення. Це варто робити чи краще ні?
level-kind-when-bullied-learned = Не відповідай, збережи докази, заблокуй, поскаржся і розкажи дорослому, якому довіряєш, будь-коли. У цьому немає твоєї провини.
level-kind-when-bullied-hint-1 = Що з цього зупиняє повідомлення, зберігає докази чи кличе на допомогу?
level-kind-when-bullied-hint-2 = Добрі кроки зберігають докази, зупиняють повідомлення й кличуть на допомогу. Відповідати злом чи мовчати — не допоможе.
level-kind-when-bullied-hint-3 = Розповісти дорослому, якому довіряєш, — завжди правильно, будь-коли.

kind-bin-good-step = Варто робити
kind-bin-not-step = Краще ні

kind-when-bullied-no-reply = Не відповідати на злі повідомлення.
kind-when-bullied-no-reply-reason = Злі повідомлення чекають на реакцію. Якщо не відповідати, кривдник нічого не отримує.
kind-when-bullied-screenshot = Зробити знімки екрана як доказ.
kind-when-bullied-screenshot-reason = Докази показують, що сталося. Зроби знімки до блокування: після нього повідомлення можуть зникнути.
kind-when-bullied-hit-back = Написати щось зле у відповідь.
kind-when-bullied-hit-back-reason = Так може стати гірше, а кривдник отримує реакцію, якої хоче.
kind-when-bullied-block = Заблокувати цю людину.
kind-when-bullied-block-reason = Тоді злі повідомлення більше до тебе не дійдуть.
kind-when-bullied-tell = Розповісти дорослому, якому довіряєш, і показати.
kind-when-bullied-tell-reason = Це правильно будь-коли: першим кроком, останнім чи посередині. Тобі ніколи не треба справлятися з цим самотужки.
kind-when-bullied-secret = Тримати все в таємниці й чекати, що мине.
kind-when-bullied-secret-reason = Не треба справлятися з цим самотужки. Розкажи дорослому, якому довіряєш. У цьому немає твоєї провини.
kind-when-bullied-report = Поскаржитися на цю людину в застосунку.
kind-when-bullied-report-reason = Застосунок може попередити або заблокувати цю людину. Знімки екрана допоможуть.
kind-when-bullied-delete-all = Одразу видалити всі повідомлення.
kind-when-bullied-delete-all-reason = Тоді доказів не залишиться. Спершу зроби знімки екрана, потім заблокуй і поскаржся.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = Не стій осторонь
level-kind-bystander-instruction = Ти бачиш, що когось кривдять. Обери, що найкраще зробити.
level-kind-bystander-learned = Не долучайся. Підтримай цю людину й розкажи дорослому, якому довіряєш. Це дуже допомагає.
level-kind-bystander-hint-1 = Подумай про людину, яку кривдять. Що б їй допомогло?
level-kind-bystander-hint-2 = Долучитися чи мовчати — не допоможе. Доброта й допомога — допоможуть.
level-kind-bystander-hint-3 = Для Фінна: просте запрошення може його дуже потішити.

kind-bystander-chat-prompt = У чаті твого класу кілька дітей раз у раз глузують з Ноя.
kind-bystander-chat-join = Теж надіслати смайлик, що сміється.
kind-bystander-chat-join-reason = Навіть один смайлик — це вже участь. Ною здаватиметься, що всі проти нього.
kind-bystander-chat-silent = Нічого не казати. Вчителька й так усе там бачить.
kind-bystander-chat-silent-reason = Вчителі читають не кожен чат, а Ной може подумати, що всі згодні. Розкажи про це дорослому, якому довіряєш.
kind-bystander-chat-support = Написати Ною щось добре й розказати дорослому.
kind-bystander-chat-support-reason = Добре повідомлення покаже Ною, що він не сам. А дорослий, якому ти довіряєш, допоможе зупинити цькування.

kind-bystander-photo-prompt = Хтось поширює кумедне фото твоєї однокласниці Зої, щоб посміятися з неї.
kind-bystander-photo-share = Переслати його ще іншим друзям.
kind-bystander-photo-share-reason = Кожне пересилання поширює фото далі й ще більше ранить Зою. Ніхто не повинен поширювати фото, щоб посміятися з людини.
kind-bystander-photo-stop = Поскаржитися й розказати дорослому.
kind-bystander-photo-stop-reason = На тобі фото зупиниться. Скарга допоможе його видалити, а дорослий зможе підтримати Зою.
kind-bystander-photo-like = Поставити лайк, бо всі інші вже так зробили.
kind-bystander-photo-like-reason = Лайк каже тому, хто надіслав фото, що це смішно. Тоді він може викласти ще більше.

kind-bystander-game-prompt = Кілька дітей навмисно не беруть Фінна в онлайн-гру.
kind-bystander-game-invite = Запросити Фінна пограти з тобою.
kind-bystander-game-invite-reason = Просте запрошення може дуже потішити Фінна. Якщо його й далі не беруть, розкажи дорослому, якому довіряєш.
kind-bystander-game-along = Грати без нього. Їхня гра — їхні правила.
kind-bystander-game-along-reason = Коли тебе навмисно не беруть, це боляче. Якщо ти підтримаєш інших, Фінн почуватиметься ще самотнішим.
kind-bystander-game-pretend = Вдавати, ніби нічого не сталося.
kind-bystander-game-pretend-reason = Відвернутися легко, але Фінн однаково почувається зайвим. Навіть маленький добрий вчинок може йому допомогти.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = Чат класу
level-kind-group-chat-instruction = Торкнися кожного недоброго повідомлення в цьому чаті класу.
level-kind-group-chat-learned = Глузувати, відштовхувати, поширювати чужі фото без дозволу й підсміюватися — недобре. Не долучайся.
level-kind-group-chat-hint-1 = Прочитай кожне повідомлення. Як почувався б Сем, читаючи його?
level-kind-group-chat-hint-2 = Недобрі повідомлення глузують з когось, відштовхують людину або поширюють її фото.
level-kind-group-chat-hint-3 = Бен пише два з недобрих повідомлень.

kind-group-chat-trip = Мія: Хто чекає на завтрашню екскурсію?
kind-group-chat-trip-reason = Дружнє питання до всього класу. З цим повідомленням усе гаразд.
kind-group-chat-bottle = Лео: Я! Не забудьте взяти пляшку з водою.
kind-group-chat-bottle-reason = Корисне нагадування для всіх. З цим повідомленням усе гаразд.
kind-group-chat-shoes = Бен: Бачили сьогодні кросівки Сема? Жах, лол
kind-group-chat-shoes-reason = Це висміює Сема перед усім класом. Не долучайся, а підтримай Сема.
kind-group-chat-laugh = Макс: ХА-ХА-ХА (п’ять смайликів, що сміються)
kind-group-chat-laugh-reason = Підсміювання підливає олії у вогонь і робить глузування ще гіршим. Просто не долучатися — вже краще.
kind-group-chat-homework = Фінн: Хтось може надіслати мені сторінку з домашнім?
kind-group-chat-homework-reason = Попросити допомоги з домашнім — це нормально. Для цього чати класу чудово підходять.
kind-group-chat-photo = Бен: Дивіться! Фото, як Сем падає на шкільному подвір’ї.
kind-group-chat-photo-reason = Сем не дозволяв поширювати це фото. Питай, перш ніж ділитися чиїмось фото, і розкажи про це дорослому.
kind-group-chat-party = Ава: Вечірка в мене! Сема не запрошуйте.
kind-group-chat-party-reason = Коли всі чують, що Сема не можна запрошувати, йому дуже боляче. Нікого не можна навмисно відштовхувати.
kind-group-chat-thanks = Зоя: Сем сьогодні допоміг мені з проєктом. Дякую, Семе!
kind-group-chat-thanks-reason = Подякувати перед усім класом — це добре. Це повідомлення в порядку.
