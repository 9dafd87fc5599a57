# The "Password Peak" world. Facts follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud.
# pw-rank: the five passwords stay as they are. pw-build-first: words 1, 2 and 6 have three
# letters, the others five or more. pw-build-strong: short everyday nouns (about four letters).
# The best reply is never the longest one.

world-password-peak = Връх на паролите

## Level 1: who may know your password

level-pw-who-to-tell-title = Кой може да я знае?
level-pw-who-to-tell-instruction = Прочети какво се случва. Всеки път избери най-добрия отговор.
level-pw-who-to-tell-learned = Паролата ти е само за теб. Възрастен, на когото имаш доверие и който се грижи за теб, може да ти помага с нея.
level-pw-who-to-tell-hint-1 = Попитай се: наистина ли този човек има нужда от паролата ми?
level-pw-who-to-tell-hint-2 = Приятелите и модераторите в играта никога нямат нужда от нея. Родител или настойник може да ти помогне да я пазиш.
level-pw-who-to-tell-hint-3 = В чата на играта не отговаряй. Докладвай.

pw-who-to-tell-friend-prompt = Най-добрата ти приятелка Зоя пита: „Каква е паролата ти за играта? Искам да пробвам новото ти ниво.“
pw-who-to-tell-friend-tell = Ще ѝ кажа. Тя ми е най-добрата приятелка.
pw-who-to-tell-friend-tell-reason = Дори най-добрите приятели могат да кажат на други по невнимание. А приятелите понякога се карат.
pw-who-to-tell-friend-say-no = Ще кажа: „Съжалявам, тя е само за мен.“
pw-who-to-tell-friend-say-no-reason = Браво! Пак можете да играете заедно. Добрата приятелка ще разбере.
pw-who-to-tell-friend-swap = Ще си разменим паролите, за да е честно.
pw-who-to-tell-friend-swap-reason = Тогава навън са две пароли вместо една. Размяната не прави нещата по-безопасни.

pw-who-to-tell-moderator-prompt = В чата на играта „Mod_Max“ пише: „Аз съм модератор. Прати ми паролата си, иначе профилът ти ще бъде закрит!“
pw-who-to-tell-moderator-send = Ще я пратя бързо и после ще разкажа на възрастен.
pw-who-to-tell-moderator-send-reason = Добре е да кажеш на възрастен, но никога не я пращай. Истинските модератори никога не искат паролата ти.
pw-who-to-tell-moderator-proof = Ще го помоля да докаже, че е модератор.
pw-who-to-tell-moderator-proof-reason = Измамниците могат да подправят всяко доказателство. Никой от играта няма нужда от паролата ти, така че не я пращай.
pw-who-to-tell-moderator-report = Не отговарям, докладвам и казвам на възрастен.
pw-who-to-tell-moderator-report-reason = Правилно! Модераторите в играта никога нямат нужда от паролата ти. Докладването помага да се спре измамникът.

pw-who-to-tell-parent-prompt = Родител или настойник ти помага да настроиш новия си таблет. Пита каква парола е избрана.
pw-who-to-tell-parent-tell-mum = Ще кажа. Той се грижи за мен.
pw-who-to-tell-parent-tell-mum-reason = Да! Възрастен, на когото имаш доверие и който се грижи за теб, като родител или настойник, може да я знае и да помага да е защитена.
pw-who-to-tell-parent-nobody = Няма да кажа на никого, дори на него.
pw-who-to-tell-parent-nobody-reason = Пази я от приятели и непознати. Но родител или настойник, който се грижи за теб, може да ти помага.
pw-who-to-tell-parent-class-chat = Ще я пусна в чата на класа, за да не я забравя.
pw-who-to-tell-parent-class-chat-reason = Всички в чата биха могли да я прочетат. Помоли възрастен, на когото имаш доверие, да ти помогне да я запомниш безопасно.

## Level 2: weakest to strongest

level-pw-rank-title = Слаба или силна?
level-pw-rank-instruction = Подреди паролите. Започни с най-слабата, завърши с най-силната.
level-pw-rank-learned = Няколко случайни думи правят дълга парола. Тя е много по-силна от една дума с число.
level-pw-rank-hint-1 = Коя парола би пробвал първо някой, който гадае?
level-pw-rank-hint-2 = Отгатвачите първо пробват често срещани пароли и думи. Дългите пароли от случайни думи са последни.
level-pw-rank-hint-3 = 123456 е най-слабата: тя е от най-използваните пароли.

pw-rank-digits = 123456
pw-rank-digits-reason = Тя е първа: най-слабата. Това е от най-използваните пароли в света, затова се познава веднага.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = Тя е втора: една често срещана дума (на английски „слънце“). Отгатвачите пробват много рано дълги списъци с такива думи.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = Тя е по средата. Главна буква отпред и 1 накрая са номера, които отгатвачите познават добре.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = Тя е четвърта. Две думи, които не си подхождат, се познават по-трудно, но две пак е малко.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = Тя е последна: най-силната. Четири случайни думи правят дълга парола, която се помни лесно.

## Level 3: a first passphrase

level-pw-build-first-title = Първата ти парола от думи
level-pw-build-first-instruction = Докосвай плочките с думи, за да направиш силна парола от поне 3 думи.
level-pw-build-first-learned = Три случайни думи правят дълга, силна парола. Пропусни неща, които другите знаят за теб.
level-pw-build-first-hint-1 = Някоя от плочките казва ли нещо за теб?
level-pw-build-first-hint-2 = Избери случайни думи, които нямат нищо общо с теб. Направи я дълга: 15 букви или повече.
level-pw-build-first-hint-3 = Рекс е името на кучето ти, затова го пропусни.

pw-build-first-word-1 = сок
pw-build-first-word-2 = мед
pw-build-first-word-3 = ракета
pw-build-first-word-4 = килим
pw-build-first-word-5 = чадър
pw-build-first-word-6 = лук
pw-build-first-pet = Рекс
pw-build-first-pet-reason = Рекс е името на кучето ти. Приятелите ти го знаят, както и всеки, който вижда снимките на кучето ти.
pw-build-first-year = 2016
pw-build-first-year-reason = Това е годината на раждането ти. Много хора я знаят, а отгатвачите първо пробват години.

## Level 4: good habits and risky ones

level-pw-habits-title = Добри навици
level-pw-habits-instruction = Добър навик ли е, или е рисковано? Подреди всяка карта.
level-pw-habits-learned = Използвай различна парола за всяка игра, пази я в тайна и излизай от профила си на общи таблети.
level-pw-habits-hint-1 = Представи си, че някой друг намери таблета ти. Какво би могъл да направи?
level-pw-habits-hint-2 = Добрите навици пазят паролата ти в тайна и профила ти затворен за другите.
level-pw-habits-hint-3 = Да излезеш от профила си на общ таблет е добър навик.

pw-habits-bin-good = Добър навик
pw-habits-bin-risky = Рисковано

pw-habits-one-per-game = Различна парола за всяка игра
pw-habits-one-per-game-reason = Ако някой научи една парола, другите ти игри остават защитени.
pw-habits-sticky-note = Паролата ти на бележка, залепена на таблета
pw-habits-sticky-note-reason = Всеки, който вземе таблета, може да я прочете. Попитай възрастен къде да я пазиш безопасно.
pw-habits-log-out = Излизане от профила на общ таблет
pw-habits-log-out-reason = Тогава следващият човек не може да играе като теб. Винаги излизай, когато споделяш таблета.
pw-habits-name-birthday = Името и рождената ти дата като парола
pw-habits-name-birthday-reason = Много хора знаят името и рождения ти ден. Отгатвачите пробват първо тях.
pw-habits-best-friend = Да кажеш паролата си на най-добрия си приятел
pw-habits-best-friend-reason = Приятелите могат да кажат на други по невнимание. Пази паролата си за себе си.
pw-habits-ask-adult = Да питаш възрастен, когато се съмняваш
pw-habits-ask-adult-reason = Възрастен, на когото имаш доверие, може да ти помогне. Да питаш винаги е добра идея.

## Level 5: a very strong passphrase

level-pw-build-strong-title = Много силна!
level-pw-build-strong-instruction = Направи много силна парола от поне 4 плочки с думи.
level-pw-build-strong-learned = Четири случайни думи правят много силна парола. Прякори, училища и отбори се познават лесно.
level-pw-build-strong-hint-1 = Някои плочки изглеждат като думи, но са за теб. Кои?
level-pw-build-strong-hint-2 = Прякорът ти, училището ти и отборът ти лесно се научават.
level-pw-build-strong-hint-3 = Зипи е прякорът ти, затова го пропусни.

pw-build-strong-word-1 = сова
pw-build-strong-word-2 = лист
pw-build-strong-word-3 = сняг
pw-build-strong-word-4 = ключ
pw-build-strong-word-5 = кутия
pw-build-strong-word-6 = жаба
pw-build-strong-word-7 = тъпан
pw-build-strong-nickname = Зипи
pw-build-strong-nickname-reason = Зипи е прякорът ти. Приятелите ти и целият ти клас го знаят.
pw-build-strong-school = Дъбрава
pw-build-strong-school-reason = „Дъбрава“ е училището ти. Много хора знаят в кое училище учиш.
pw-build-strong-team = Светкавица
pw-build-strong-team-reason = Всички знаят, че си фен на „Светкавица“. Отгатвач би пробвал отбора ти рано.

## Level 6: 2-step verification

level-pw-two-step-title = Кодът е само за теб
level-pw-two-step-instruction = Прочети какво се случва. Всеки път избери най-добрия отговор.
level-pw-two-step-learned = Потвърждаването в две стъпки иска код освен паролата. Никога не давай кода, дори ако някой го иска.
level-pw-two-step-hint-1 = За кого е кодът: за теб или за всеки, който го поиска?
level-pw-two-step-hint-2 = Кодът е втори ключ. Само ти го използваш и никой друг няма нужда от него.
level-pw-two-step-hint-3 = Когато приятел поиска кода ти, пази го за себе си.

pw-two-step-what-prompt = Играта ти пита: „Да включим ли потвърждаване в две стъпки?“ Какво прави то?
pw-two-step-what-longer = Прави паролата ти два пъти по-дълга.
pw-two-step-what-longer-reason = Паролата ти си остава същата. Добавя се втора стъпка: код.
pw-two-step-what-code = Иска от теб и код.
pw-two-step-what-code-reason = Правилно! Дори някой, който знае паролата ти, не може да влезе без кода. Помоли възрастен да ти помогне да го включиш.
pw-two-step-what-friends = Приятели могат да влизат вместо теб.
pw-two-step-what-friends-reason = Не. То гарантира, че само ти можеш да влезеш.

pw-two-step-friend-prompt = Приятелят ти Сашо пише: „Без да искам пратих кода си за вход на твоя таблет. Може ли да ми го пратиш?“
pw-two-step-friend-send = Ще го пратя. Сашо ми е приятел.
pw-two-step-friend-send-reason = Това е познат номер. Някой може да използва профила на Сашо. С кода може да вземе и твоя.
pw-two-step-friend-adult-sends = Ще помоля възрастен вкъщи да го прати вместо мен.
pw-two-step-friend-adult-sends-reason = Добре е да кажеш на възрастен, но никой не бива да праща кода. Дори възрастен.
pw-two-step-friend-keep = Няма да го пратя. Ще кажа на възрастен.
pw-two-step-friend-keep-reason = Правилно! Никога не давай код. Говори със Сашо лично, за да провериш дали наистина е той.

pw-two-step-unasked-prompt = На таблета ти се появява код за вход, но ти не се опитваш да влезеш.
pw-two-step-unasked-tell = Няма да го дам на никого и ще кажа на възрастен.
pw-two-step-unasked-tell-reason = Правилно! Някой може да пробва паролата ти. Възрастен може да ти помогне да я смениш.
pw-two-step-unasked-class-chat = Ще го пусна в чата на класа.
pw-two-step-unasked-class-chat-reason = Тогава всички в чата могат да го използват. Кодът е само за теб. Кажи на възрастен вместо това.
pw-two-step-unasked-reply = Ще отговоря и ще питам кой го е пратил.
pw-two-step-unasked-reply-reason = Не отговаряй. Кодът е дошъл, защото някой се е опитал да влезе като теб. Кажи на възрастен.

## Level 7: a password manager

level-pw-manager-title = Сейф за пароли
level-pw-manager-instruction = Това е мениджърът на пароли на Мия. Той помни паролите ѝ. Докосни всяка настройка, която не е безопасна, за да я поправиш.
level-pw-manager-learned = Мениджърът на пароли помни паролите ти. Една силна парола от думи пази всички останали. Настрой го с възрастен, на когото имаш доверие.
level-pw-manager-hint-1 = Коя настройка би помогнала на някого да отвори паролите на Мия?
level-pw-manager-hint-2 = Главната парола пази всички останали, затова трябва да е най-силната.
level-pw-manager-hint-3 = Започни с главната парола.

pw-manager-set-up = Настроен с: възрастен, на когото имам доверие
pw-manager-set-up-reason = Добре! Възрастен, на когото имаш доверие, може да ти помогне да го настроиш и пазиш.
pw-manager-main-password = Главна парола: 1234
pw-manager-main-password-reason = Тази една парола отваря всички останали. Направи я дълга и силна: три случайни думи.
pw-manager-main-password-fixed = Главна парола: три случайни думи
pw-manager-one-each = Пази: различна парола за всяка игра
pw-manager-one-each-reason = Добре! Той ги помни, така че всяка игра може да има своя парола.
pw-manager-make-new = Създавай силни пароли вместо мен: Изкл.
pw-manager-make-new-reason = Той може да създава дълги, случайни пароли и да ги помни вместо теб. Включи го.
pw-manager-make-new-fixed = Създавай силни пароли вместо мен: Вкл.
pw-manager-lock = Заключвай приложението, когато го затворя: Изкл.
pw-manager-lock-reason = Тогава всеки, който вземе таблета, би видял всички пароли на Мия.
pw-manager-lock-fixed = Заключвай приложението, когато го затворя: Вкл.
pw-manager-device = Записано на: моя собствен таблет вкъщи
pw-manager-device-reason = Да пазиш пароли на собствения си таблет е наред. Никога не ги пази на компютър в библиотека.
