# The "Kind Corner" world: being kind online, and what to do when someone is not.
# All people are made up. Keep the tone gentle: telling a trusted adult is always good.

world-kind-corner = Кътче на добротата

## Level 1: kind replies

level-kind-reply-title = Кажи нещо мило
level-kind-reply-instruction = Всеки път избери най-милия отговор.
level-kind-reply-learned = Милите думи в интернет карат хората да се чувстват добре. Преди да публикуваш, питай се: как ще се почувстват?
level-kind-reply-hint-1 = Представи си, че ти си другият човек. Какъв отговор ти се иска да получиш?
level-kind-reply-hint-2 = Милият отговор е приятелски, честен и е за другия човек, а не за теб.
level-kind-reply-hint-3 = За Мия: въпрос за рисунката ѝ показва, че наистина гледаш рисунката.

kind-reply-drawing-prompt = Приятелката ти Мия публикува рисунка на котката си. Какво пишеш?
kind-reply-drawing-praise = Обожавам цветовете! Как я нарисува?
kind-reply-drawing-praise-reason = Мила и искрена похвала радва Мия. Въпросът показва, че наистина гледаш рисунката.
kind-reply-drawing-brother = Малкото ми братче рисува по-добре от теб.
kind-reply-drawing-brother-reason = Това би наранило Мия. Дори като шега, я кара да се чувства зле заради работата си.
kind-reply-drawing-mine = Виж по-добре моята рисунка!
kind-reply-drawing-mine-reason = Мия искаше да покаже рисунката си. Този отговор превръща разговора в разговор за теб.

kind-reply-game-prompt = В онлайн игра съотборникът ти Лео прави грешка. Отборът ви губи.
kind-reply-game-blame = Заради теб загубихме всички, Лео! Благодаря ти.
kind-reply-game-blame-reason = Всеки греши. Да обвиняваш Лео пред отбора го кара да се чувства ужасно.
kind-reply-game-kick = Хайде да изгоним Лео от отбора.
kind-reply-game-kick-reason = Да изключиш някого заради една грешка е неприятно. Игрите са по-забавни, когато всеки е добре дошъл.
kind-reply-game-cheer = Добър опит, Лео! Следващата ще я спечелим.
kind-reply-game-cheer-reason = Приятелска дума след загуба ободрява целия отбор. Това е само игра.

kind-reply-sad-prompt = Съученичката ти Ива пише: „никой не ме харесва днес“.
kind-reply-sad-drama = Стига си драматизирала.
kind-reply-sad-drama-reason = Ива ти казва, че е тъжна. Този отговор ѝ казва, че чувствата ѝ нямат значение.
kind-reply-sad-message = Пиши ѝ: „Аз те харесвам! Да си поговорим?“
kind-reply-sad-message-reason = Мило лично съобщение показва на Ива, че на някого му пука за нея. Ако изглежда много тъжна, кажи и на възрастен, на когото имаш доверие.
kind-reply-sad-scroll = Превърти нататък. Родителите ѝ ще се оправят.
kind-reply-sad-scroll-reason = Ива може да се почувства още по-самотна, а родителите ѝ може да не знаят. Няколко мили думи от теб могат много да помогнат.

## Level 2: kind or unkind comments

kind-bin-kind = Мило
kind-bin-unkind = Грубо

level-kind-comments-title = Мило или грубо?
level-kind-comments-instruction = Подреди всеки коментар: мил ли е, или груб?
level-kind-comments-learned = Можеш да казваш какво мислиш и пак да пишеш мило. Злобните коментари нараняват, дори като шега.
level-kind-comments-hint-1 = Прочети всеки коментар така, сякаш някой го е написал на теб.
level-kind-comments-hint-2 = Милите коментари хвалят, помагат или учтиво не са съгласни. Грубите се подиграват или унижават.
level-kind-comments-hint-3 = Коментарите за това как изглежда или се движи някой често са груби, дори когато са на шега.

kind-comments-great-goal = Какъв страхотен гол във видеото ти!
kind-comments-great-goal-reason = Похвала за нещо, което някой е направил добре, го кара да се гордее. Това е мило.
kind-comments-weird-hair = Косата ти изглежда много странно на тази снимка.
kind-comments-weird-hair-reason = Коментарите за външния вид могат много да наранят. Ако не е за казване в лицето, не го публикувай.
kind-comments-get-well = Оздравявай бързо!
kind-comments-get-well-reason = Добрите пожелания показват, че те е грижа за човека. Това е мило.
kind-comments-nobody-asked = Никой не те е питал за мнението ти.
kind-comments-nobody-asked-reason = Това казва на някого да мълчи и че той няма значение. Това е грубо.
kind-comments-different-ending = Предпочитам друг край, но историята беше забавна!
kind-comments-different-ending-reason = Можеш да си на друго мнение и пак да пишеш мило. Този коментар е честен и приятелски.
kind-comments-penguin = Ха-ха, тичаш като пингвин!
kind-comments-penguin-reason = Да се смееш на това как някой се движи, е подигравка. Може да нарани, дори да е било на шега.
kind-comments-thanks-help = Благодаря, че ми помогна с домашното!
kind-comments-thanks-help-reason = Благодарността кара хората да се радват, че са помогнали. Това е мило.

## Level 3: when someone keeps sending you mean messages

level-kind-when-bullied-title = Злобни съобщения
level-kind-when-bullied-instruction = Някой постоянно ти праща злобни съобщения. Това добре ли е да се направи, или по-добре не?
level-kind-when-bullied-learned = Не отговаряй, пази доказателства, блокирай, докладвай и кажи на възрастен, на когото имаш доверие, по всяко време. Никога не е по твоя вина.
level-kind-when-bullied-hint-1 = Кои от тези неща спират съобщенията, пазят доказателства или ти носят помощ?
level-kind-when-bullied-hint-2 = Добрите стъпки пазят доказателства, спират съобщенията и ти носят помощ. Да отвърнеш със същото или да криеш, не помага.
level-kind-when-bullied-hint-3 = Да кажеш на възрастен, на когото имаш доверие, винаги е правилно, по всяко време.

kind-bin-good-step = Добре е
kind-bin-not-step = По-добре не

kind-when-bullied-no-reply = Не отговаряй на злобните съобщения.
kind-when-bullied-no-reply-reason = Злобните съобщения чакат реакция. Ако не отговориш, не получават нищо.
kind-when-bullied-screenshot = Направи снимки на екрана като доказателство.
kind-when-bullied-screenshot-reason = Доказателствата показват какво се е случило. Направи снимки на екрана, преди да блокираш: блокирането може да скрие съобщенията.
kind-when-bullied-hit-back = Прати нещо злобно в отговор.
kind-when-bullied-hit-back-reason = Може да влоши нещата и им дава реакцията, която искат.
kind-when-bullied-block = Блокирай човека.
kind-when-bullied-block-reason = Тогава злобните съобщения спират да идват при теб.
kind-when-bullied-tell = Кажи на възрастен, на когото имаш доверие, и му покажи.
kind-when-bullied-tell-reason = Правилно е по всяко време: в началото, накрая или по средата. Никога не е нужно да се справяш с това без помощ.
kind-when-bullied-secret = Пази го в тайна и се надявай да спре.
kind-when-bullied-secret-reason = Не е нужно да носиш това в себе си. Кажи на възрастен, на когото имаш доверие. Никога не е по твоя вина.
kind-when-bullied-report = Докладвай човека в приложението.
kind-when-bullied-report-reason = Приложението може да го предупреди или спре. Снимките ти на екрана помагат.
kind-when-bullied-delete-all = Изтрий веднага всички съобщения.
kind-when-bullied-delete-all-reason = Тогава доказателствата изчезват. Първо направи снимки на екрана, после блокирай и докладвай.

## Level 4: when you see someone else being treated badly

level-kind-bystander-title = Застани до другия
level-kind-bystander-instruction = Виждаш как някой е третиран зле. Избери най-доброто, което можеш да направиш.
level-kind-bystander-learned = Не се включвай. Покажи доброта към човека и кажи на възрастен, на когото имаш доверие. Това помага много.
level-kind-bystander-hint-1 = Помисли за човека, когото третират зле. Какво би му помогнало?
level-kind-bystander-hint-2 = Да се включиш или да мълчиш не помага. Добротата и търсенето на помощ помагат.
level-kind-bystander-hint-3 = За Краси една проста покана може да оправи целия му ден.

kind-bystander-chat-prompt = В груповия чат на класа ти някои деца постоянно се подиграват на Ники.
kind-bystander-chat-join = Прати и ти смеещо се лице.
kind-bystander-chat-join-reason = Дори едно смеещо се лице е включване. Ники усеща, че всички са срещу него.
kind-bystander-chat-silent = Не казвай нищо. Учителят и без това ще го види.
kind-bystander-chat-silent-reason = Учителите не четат всеки чат, а Ники може да реши, че всички са съгласни. Кажи ти на възрастен, на когото имаш доверие.
kind-bystander-chat-support = Пиши мило на Ники и кажи на възрастен.
kind-bystander-chat-support-reason = Мило съобщение показва на Ники, че не е сам. Възрастен, на когото имаш доверие, може да помогне да спрат подигравките.

kind-bystander-photo-prompt = Някой споделя глупава снимка на съученичката ти Зоя, за да ѝ се смеят.
kind-bystander-photo-share = Сподели я с още приятели.
kind-bystander-photo-share-reason = Всяко споделяне разпространява снимката още и наранява Зоя повече. Никой не бива да споделя снимка на някого, за да му се смеят.
kind-bystander-photo-stop = Докладвай я и кажи на възрастен.
kind-bystander-photo-stop-reason = Снимката спира при теб. Докладването може да я свали, а възрастен може да помогне на Зоя.
kind-bystander-photo-like = Харесай я, защото всички други я харесаха.
kind-bystander-photo-like-reason = Харесването казва на изпращача, че снимката е смешна. Може да го накара да публикува още.

kind-bystander-game-prompt = Някои деца нарочно не пускат Краси в онлайн игра.
kind-bystander-game-invite = Покани Краси да играе с теб.
kind-bystander-game-invite-reason = Една проста покана може да оправи деня на Краси. Ако продължават да го изключват, кажи на възрастен, на когото имаш доверие.
kind-bystander-game-along = Играй без него. Тяхна игра, техни правила.
kind-bystander-game-along-reason = Да изключиш някого нарочно наранява. Ако се съгласиш с тях, Краси се чувства още по-самотен.
kind-bystander-game-pretend = Преструвай се, че не го виждаш.
kind-bystander-game-pretend-reason = Лесно е да погледнеш настрани, но Краси пак се чувства изключен. Един малък мил жест може да му помогне.

## Level 5: a class group chat

level-kind-group-chat-title = Чатът на класа
level-kind-group-chat-instruction = Докосни всяко грубо съобщение в този чат на класа.
level-kind-group-chat-learned = Подигравките, изключването, споделянето на снимки без питане и смеенето заедно с другите са грубо. Не се включвай.
level-kind-group-chat-hint-1 = Прочети всяко съобщение. Как би се почувствал Сашо, ако го прочете?
level-kind-group-chat-hint-2 = Грубите съобщения се подиграват на някого, изключват го или споделят снимката му.
level-kind-group-chat-hint-3 = Боби пише две от грубите съобщения.

kind-group-chat-trip = Мия: Кой е готов за утрешната екскурзия?
kind-group-chat-trip-reason = Приятелски въпрос към целия клас. Това съобщение е наред.
kind-group-chat-bottle = Лео: Аз! Не забравяйте бутилките за вода.
kind-group-chat-bottle-reason = Полезно напомняне за всички. Това съобщение е наред.
kind-group-chat-shoes = Боби: Видяхте ли обувките на Сашо? Много грозни хаха
kind-group-chat-shoes-reason = Това се подиграва на Сашо пред целия клас. Не се включвай и покажи доброта към Сашо.
kind-group-chat-laugh = Макс: ХАХАХА (пет смеещи се лица)
kind-group-chat-laugh-reason = Смехът заедно с другите трупа още и влошава подигравката. Да стоиш настрана вече е по-добре.
kind-group-chat-homework = Краси: Някой ще ми прати страницата с домашното?
kind-group-chat-homework-reason = Да помолиш за помощ с домашното е наред. Чатовете на класа са чудесни за това.
kind-group-chat-photo = Боби: Вижте снимка как Сашо се спъва в двора!
kind-group-chat-photo-reason = Сашо не се е съгласил тази снимка да се споделя. Питай, преди да споделиш снимка на някого, и кажи на възрастен за тази.
kind-group-chat-party = Ива: Купон у нас! Не каните Сашо.
kind-group-chat-party-reason = Да казваш на всички да изключат Сашо го наранява много. Никой не бива да бъде изключван нарочно.
kind-group-chat-thanks = Зоя: Сашо ми помогна днес с проекта. Благодаря, Сашо!
kind-group-chat-thanks-reason = Да благодариш пред класа е мило. Това съобщение е наред.
