# Світ «Разом у безпеці»: хтось в інтернеті — не той, за кого себе видає; що робити;
# блокування і скарги; коди входу; де шукати допомоги. Рівні 6 і 7 — лише для 12–14 років
# (погрози через приватне фото, приватне фото іншої людини): спокійно, без подробиць і без
# звинувачень. Імена пишемо кирилицею, як у таблиці Names у GLOSSARY.md. Розповісти дорослому, якому довіряєш, — завжди правильно.

world-safe-together = Разом у безпеці

safe-bin-good = Добра ідея
safe-bin-bad = Погана ідея

## Де шукати допомоги: гра підставляє в { $helpline } одне з цих повідомлень.

helpline-call = Ще можна зателефонувати на дитячу гарячу лінію: { $service }, { $number }.
helpline-ask-adult = Попроси дорослого, якому довіряєш, знайти дитячу гарячу лінію твоєї країни.

## Рівень 1: новий друг із гри (spot_flags)

level-safe-new-friend-title = Новий друг із гри
level-safe-new-friend-instruction = Тобі пише хтось із гри. Торкнися всіх тривожних знаків.
level-safe-new-friend-learned = Секрети, фото, приватні чати й зустрічі — тривожні знаки. Зупинись і розкажи дорослому, якому довіряєш.
level-safe-new-friend-hint-1 = Прочитай кожен рядок. Чи спитала б про таке дитина твого віку?
level-safe-new-friend-hint-2 = Насторожуйся, коли хтось хоче секретів, фото, даних про тебе чи зустрічі.
level-safe-new-friend-hint-3 = Придивися до рядків про твоїх батьків і твою школу.

safe-new-friend-sender = Від: Kai_Star (грає в ту саму гру)
safe-new-friend-sender-reason = Спілкуватися з гравцями буває весело. Але ти знаєш про Кая лише те, що він сам про себе розповідає.
safe-new-friend-game = Класна гра сьогодні! На якому ти рівні?
safe-new-friend-game-reason = Говорити про гру — нормально. Цей рядок не тривожний.
safe-new-friend-secret = Не розповідай про мене батькам, добре?
safe-new-friend-secret-reason = Справжній друг не просить ховати його від родини. Це тривожний знак.
safe-new-friend-private = Давай перейдемо в інший застосунок. Лише ми вдвох.
safe-new-friend-private-reason = Коли тебе кличуть у приватний чат, подалі від інших, — це тривожний знак.
safe-new-friend-photo = Надішли мені своє фото. Тільки для мене!
safe-new-friend-photo-reason = Ніколи не надсилай свої фото людині, яку знаєш лише з інтернету.
safe-new-friend-school = У якій школі ти вчишся?
safe-new-friend-school-reason = Назва школи підкаже незнайомцю, де тебе шукати. Тримай це в секреті.
safe-new-friend-meet = Зустріньмося в суботу в парку!
safe-new-friend-meet-reason = Ніколи не зустрічайся з людиною, яку знаєш лише з інтернету. Розкажи дорослому, якому довіряєш.

## Рівень 2: що робити (pick_reply)

level-safe-what-to-do-title = Що робити?
level-safe-what-to-do-instruction = Кай із гри хоче більшого. Щоразу обирай найкращу відповідь.
level-safe-what-to-do-learned = Ти завжди можеш сказати «ні». Заблокуй цю людину й розкажи дорослому, якому довіряєш. Твоєї провини тут немає.
level-safe-what-to-do-hint-1 = Хто допоможе перевірити, чи Кай справді той, за кого себе видає?
level-safe-what-to-do-hint-2 = Секрети й зустрічі з онлайн-друзями — тривожні знаки. Шукай допомоги й нікуди не йди.
level-safe-what-to-do-hint-3 = Коли Кай злиться, відповідати взагалі не обов’язково.

safe-what-to-do-secret-prompt = Кай пише: «Хай наші чати будуть нашим секретом». Що ти робиш?
safe-what-to-do-secret-keep = Берегти секрет. Кай до мене добрий.
safe-what-to-do-secret-keep-reason = За добрими словами може ховатися обман. Справжньому другові не потрібні секрети від твоєї родини.
safe-what-to-do-secret-ask-why = Спершу спитати Кая чому, а тоді вирішити, нікого не питаючи.
safe-what-to-do-secret-ask-why-reason = У Кая може бути хитра відповідь. Не вирішуй наодинці: спитай того, кому довіряєш.
safe-what-to-do-secret-tell = Розповісти про чати дорослому.
safe-what-to-do-secret-tell-reason = Так! Прохання про секрет — тривожний знак. Дорослий, якому довіряєш, допоможе все перевірити.

safe-what-to-do-meet-prompt = Кай кличе тебе на зустріч у парк. Що ти робиш?
safe-what-to-do-meet-go-with-friend = Піти, але взяти з собою когось із класу.
safe-what-to-do-meet-go-with-friend-reason = Двоє дітей — це недостатньо безпечно. Ніколи не зустрічайся з тим, кого знаєш лише з інтернету.
safe-what-to-do-meet-say-no = Відмовитися й розповісти дорослому.
safe-what-to-do-meet-say-no-reason = Правильно. Скажи «ні», а дорослий, якому довіряєш, допоможе розібратися з Каєм.
safe-what-to-do-meet-go-tell-later = Піти, а потім розповісти дорослому.
safe-what-to-do-meet-go-tell-later-reason = Розповісти дорослому — добре, але йти не треба. Ніколи не зустрічайся з тим, кого знаєш лише з інтернету.

safe-what-to-do-angry-prompt = Після твого «ні» Кай надсилає злі повідомлення.
safe-what-to-do-angry-block = Заблокувати Кая й сказати дорослому.
safe-what-to-do-angry-block-reason = Так. Відповідати не обов’язково. Заблокуй Кая й попроси допомоги в дорослого, якому довіряєш.
safe-what-to-do-angry-sorry = Вибачитися й зробити, як хоче Кай.
safe-what-to-do-angry-sorry-reason = Сказати «ні» — правильно. Вибачатися тут нема за що.
safe-what-to-do-angry-argue = Відписувати, доки Кай не попросить вибачення.
safe-what-to-do-angry-argue-reason = Поки ви сперечаєтеся, Кай і далі на зв’язку з тобою. Краще перестань відповідати.

## Рівень 3: заблокувати й поскаржитися (sort)

level-safe-block-report-title = Заблокувати й поскаржитися
level-safe-block-report-instruction = Хтось в інтернеті тебе засмучує. Це добра ідея чи ні?
level-safe-block-report-learned = Збережи повідомлення, заблокуй людину, поскаржся на неї в застосунку й розкажи дорослому, якому довіряєш.
level-safe-block-report-hint-1 = Які ідеї допомагають, а які роблять гірше?
level-safe-block-report-hint-2 = Зберегти докази, зупинити повідомлення, попросити допомоги.
level-safe-block-report-hint-3 = Видаляти чат — погана ідея: тоді доказів не буде.

safe-block-report-screenshot = Зробити знімки екрана з повідомленнями
safe-block-report-screenshot-reason = Знімки екрана — це докази. Зроби їх до блокування: чат може зникнути.
safe-block-report-delete = Видалити весь чат, щоб ніхто не побачив
safe-block-report-delete-reason = Тоді зникнуть докази. Збережи повідомлення, щоб дорослий міг допомогти.
safe-block-report-block = Заблокувати цю людину
safe-block-report-block-reason = Блокування не дає їй надсилати тобі повідомлення.
safe-block-report-reply-mean = Відповісти чимось грубим
safe-block-report-reply-mean-reason = Так може стати ще гірше. Краще не відповідай зовсім.
safe-block-report-report = Поскаржитися на профіль у застосунку
safe-block-report-report-reason = Команда застосунку перевіряє скарги й може заблокувати акаунт.
safe-block-report-unblock = Розблокувати, щоб побачити, чи ця людина шкодує
safe-block-report-unblock-reason = Тоді ця людина знову зможе тобі писати. Нехай блокування лишається.
safe-block-report-tell = Розповісти дорослому, що сталося
safe-block-report-tell-reason = Дорослий, якому довіряєш, допоможе поскаржитися і підтримає тебе.

## Рівень 4: код для входу (pick_reply)

level-safe-login-code-title = Таємний код для входу
level-safe-login-code-instruction = Щоразу обирай найкращу відповідь.
level-safe-login-code-learned = Код для входу — тільки для тебе. Нікому його не давай, навіть друзям чи «підтримці».
level-safe-login-code-hint-1 = Кому потрібен код, що приходить на твій телефон?
level-safe-login-code-hint-2 = Код — це другий замок на акаунті. Він працює як ключ.
level-safe-login-code-hint-3 = Справжня служба підтримки ніколи не просить твого коду.

safe-login-code-why-prompt = Після пароля застосунок надсилає код на твій телефон. Навіщо?
safe-login-code-why-ads = Бо застосунку потрібен твій номер для реклами.
safe-login-code-why-ads-reason = Ні. Код потрібен, щоб захистити твій акаунт.
safe-login-code-why-second-lock = Це другий замок: увійти можеш лише ти.
safe-login-code-why-second-lock-reason = Так. Це двохетапна перевірка. Злодієві з твоїм паролем однаково потрібен код.
safe-login-code-why-phone-check = Щоб перевірити, чи працює телефон.
safe-login-code-why-phone-check-reason = Ні. Код підтверджує, що входиш справді ти.

safe-login-code-friend-prompt = Повідомлення від Мії: «Ой, мій код прийшов тобі. Перешлеш мені?»
safe-login-code-friend-send = Швидко переслати. Мія — моя подруга, їй це треба.
safe-login-code-friend-send-reason = Акаунт Мії могли зламати. З цим кодом чужа людина увійде у ТВІЙ акаунт.
safe-login-code-friend-half = Надіслати лише першу половину коду.
safe-login-code-friend-half-reason = Навіть половина коду допомагає злодієві. Тримай увесь код при собі.
safe-login-code-friend-ask = Не надсилати. Спитати Мію наживо чи телефоном.
safe-login-code-friend-ask-reason = Правильно. Перевір у Мії іншим способом. Найімовірніше, це обман.

safe-login-code-support-prompt = У чаті пишуть: «Це підтримка гри. Назви нам свій код, щоб захистити акаунт».
safe-login-code-support-give = Назвати. Це ж служба підтримки.
safe-login-code-support-give-reason = Справжня служба підтримки ніколи не просить твого коду. Це обман.
safe-login-code-support-say-no = Відмовити. Підтримці мій код не потрібен.
safe-login-code-support-say-no-reason = Правильно. Справжні компанії й самі кажуть: вони ніколи не просять твого коду.
safe-login-code-support-adult-reads = Попросити дорослого продиктувати їм код.
safe-login-code-support-adult-reads-reason = Код не можна віддавати нікому, ні дитині, ні дорослому. Краще покажи це повідомлення дорослому.

## Рівень 5: де шукати допомоги (pick_reply); у висновку — номер гарячої лінії

level-safe-get-help-title = Де шукати допомоги
level-safe-get-help-instruction = Тебе щось непокоїть в інтернеті. Щоразу обирай найкращу відповідь.
level-safe-get-help-learned = Ти ніколи не наодинці. Поговори з дорослим, якому довіряєш. { $helpline }
level-safe-get-help-hint-1 = Що краще: тримати тривогу в собі чи поділитися нею?
level-safe-get-help-hint-2 = Дорослі, яким довіряєш, і дитячі гарячі лінії вислухають і допоможуть.
level-safe-get-help-hint-3 = 116 111 — номер для дітей у багатьох країнах.

safe-get-help-worried-prompt = Ти бачиш в інтернеті щось, що тебе лякає. Що допоможе найбільше?
safe-get-help-worried-keep = Тримати це в собі й спробувати забути.
safe-get-help-worried-keep-reason = Тривога росте, коли тримаєш її в собі. Розповісти комусь — допомагає.
safe-get-help-worried-tell = Розповісти дорослому про побачене.
safe-get-help-worried-tell-reason = Так! Батьки, опікуни чи вчителі можуть тобі допомогти.
safe-get-help-worried-search = Пошукати про це ще більше в інтернеті.
safe-get-help-worried-search-reason = Можна натрапити на ще страшніше. Спершу поговори з кимось.

safe-get-help-nobody-prompt = Тобі не хочеться говорити ні з ким знайомим. Що можна зробити?
safe-get-help-nobody-forum = Спитати незнайомців на форумі, що робити.
safe-get-help-nobody-forum-reason = Незнайомці в інтернеті не завжди добрі й не завжди мають рацію. А гаряча лінія існує, щоб допомагати.
safe-get-help-nobody-wait = Чекати, доки проблема зникне сама.
safe-get-help-nobody-wait-reason = Проблеми часто самі не зникають. Просити допомоги — нормально.
safe-get-help-nobody-helpline = Подзвонити на дитячу гарячу лінію.
safe-get-help-nobody-helpline-reason = Так. Там вислухають дітей. Називати своє ім’я не обов’язково.

safe-get-help-number-prompt = На плакаті в школі написано 116 111. Що це за номер?
safe-get-help-number-helpline = Дитяча гаряча лінія в багатьох країнах Європи
safe-get-help-number-helpline-reason = Так. У багатьох країнах Європи 116 111 — дитяча гаряча лінія. Деякі країни мають інший номер.
safe-get-help-number-prize = Номер, де можна виграти призи
safe-get-help-number-prize-reason = Ні. Це лінія, де діти можуть розповісти про свої тривоги.
safe-get-help-number-adults = Номер, куди можуть телефонувати тільки дорослі
safe-get-help-number-adults-reason = Ні. Діти можуть дзвонити туди самі.

## Рівень 6 (лише 12–14): коли хтось погрожує (pick_reply)

level-safe-threats-title = Коли хтось погрожує
level-safe-threats-instruction = Хтось погрожує поширити приватне фото. Обери найкращу відповідь.
level-safe-threats-learned = Твоєї провини тут немає. Не плати, не відповідай, збережи повідомлення, розкажи дорослому, якому довіряєш, і поскаржся.
level-safe-threats-hint-1 = Чого хоче від тебе людина, яка погрожує?
level-safe-threats-hint-2 = Гроші чи нові фото не зупиняють погроз. А допомога — зупиняє.
level-safe-threats-hint-3 = Збережи чат як доказ, але більше не відповідай.

safe-threats-pay-prompt = Онлайн-знайомий пише: «Заплати, бо інакше я поширю твоє приватне фото».
safe-threats-pay-pay = Швидко заплатити, щоб фото лишилося приватним.
safe-threats-pay-pay-reason = Оплата їх не зупиняє. Зазвичай вони просять ще.
safe-threats-pay-stop = Перестати відповідати й сказати дорослому.
safe-threats-pay-stop-reason = Так. Припини будь-який зв’язок і попроси допомоги. Дорослий допоможе поскаржитися.
safe-threats-pay-more = Надіслати ще одне фото, щоб його заспокоїти.
safe-threats-pay-more-reason = Ніколи не надсилай більше. Вони не зупиняться. Краще попроси допомоги.

safe-threats-chat-prompt = Тобі дуже кепсько, і хочеться позбутися чату. Що з ним робити?
safe-threats-chat-delete = Негайно видалити весь чат і свій акаунт.
safe-threats-chat-delete-reason = Чат — це доказ. Він потрібен застосунку й поліції, щоб зупинити цю людину.
safe-threats-chat-forward = Переслати чат друзям і спитати поради.
safe-threats-chat-forward-reason = Не пересилай його. Це лише між тобою і дорослим, якому довіряєш.
safe-threats-chat-keep = Зберегти чат, потім заблокувати й поскаржитися.
safe-threats-chat-keep-reason = Правильно. Збережи повідомлення як доказ, потім заблокуй акаунт і поскаржся на нього.

safe-threats-fault-prompt = Ти думаєш: «Це моя провина. Нікому не можна розповісти». Що тут правда?
safe-threats-fault-my-fault = Це моя провина, тож мушу впоратися без допомоги.
safe-threats-fault-my-fault-reason = Ні. Неправильно чинить той, хто погрожує, а не ти.
safe-threats-fault-never = У цьому нема моєї провини, і допомога є.
safe-threats-fault-never-reason = Так. Тебе обдурили. Дорослі й гарячі лінії допоможуть і не звинувачуватимуть.
safe-threats-fault-later = Розповісти дорослому, лише якщо стане гірше.
safe-threats-fault-later-reason = Розкажи зараз. Що раніше буде допомога, то раніше це скінчиться.

safe-threats-online-prompt = Тебе лякає, що фото вже в інтернеті. Що може допомогти?
safe-threats-online-take-it-down = Разом із дорослим скористатися Take It Down.
safe-threats-online-take-it-down-reason = Take It Down допомагає прибрати фото, зроблені до твоїх 18 років, з будь-якої країни.
safe-threats-online-search = Щодня шукати це фото, щоб перевірити.
safe-threats-online-search-reason = Від цього тільки гірше. Хай цим займуться дорослий і спеціальний інструмент.
safe-threats-online-nothing = Коли фото вже в інтернеті, ніщо й ніхто не допоможе.
safe-threats-online-nothing-reason = Неправда. Фото часто можна прибрати. Допомога є завжди.

## Рівень 7 (лише 12–14): приватне фото іншої людини (sort)

level-safe-not-yours-title = Фото, яке тобі не належить
level-safe-not-yours-instruction = У чаті поширюють приватне фото когось із класу. Це добра ідея чи ні?
level-safe-not-yours-learned = Ніколи не зберігай і не пересилай чужі приватні фото. Розкажи дорослому, якому довіряєш, і поскаржся.
level-safe-not-yours-hint-1 = Уяви, що це твоє фото. Як тобі було б?
level-safe-not-yours-hint-2 = Кожне пересилання знову ранить людину на фото.
level-safe-not-yours-hint-3 = Пересилати — завжди погана ідея, навіть щоб попросити допомоги.

safe-not-yours-forward = Переслати одному другові чи подрузі
safe-not-yours-forward-reason = Кожне пересилання ранить людину ще сильніше. У багатьох країнах це ще й заборонено законом.
safe-not-yours-tell = Розповісти про це дорослому
safe-not-yours-tell-reason = Так. Дорослий допоможе зупинити поширення, і тобі не доведеться нічого пересилати.
safe-not-yours-save = Зберегти в себе на телефоні
safe-not-yours-save-reason = Не зберігай. Такому фото не місце у твоєму телефоні.
safe-not-yours-report = Поскаржитися на допис у застосунку
safe-not-yours-report-reason = Застосунок може його видалити. Людині на фото це дуже потрібно.
safe-not-yours-ask-friend = Надіслати комусь, щоб спитати, що робити
safe-not-yours-ask-friend-reason = Нікому не надсилай, навіть щоб попросити допомоги. Краще просто розкажи.
safe-not-yours-kind = Підтримати людину на фото
safe-not-yours-kind-reason = Їй зараз, мабуть, дуже погано. Її провини тут немає.
safe-not-yours-laugh = Сміятися з усіма, щоб не вирізнятися
safe-not-yours-laugh-reason = Сміх ранить її ще більше. Саме ти можеш це зупинити.
