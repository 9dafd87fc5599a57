# The "Fact Finders" world: judging information. People, places, sites and brands are made
# up; names, addresses and numbers stay unchanged.

world-fact-finders = Търсачи на факти

fact-bin-trustworthy = Изглежда надеждно
fact-bin-check-first = Първо провери
fact-bin-advert = Реклама
fact-bin-not-advert = Не е реклама

## Level 1: headlines

level-fact-headlines-title = Провери заглавието
level-fact-headlines-instruction = Това заглавие изглежда ли надеждно, или първо трябва да го провериш?
level-fact-headlines-learned = Вярвай на новини от тези, които наистина знаят, като твоя град или училище. Крещящи, невероятни или безименни новини първо проверявай.
level-fact-headlines-hint-1 = Питай: кой казва това и откъде би могъл да знае?
level-fact-headlines-hint-2 = Крясъци, тайни и невероятни обещания значат: първо провери. Ежедневни новини от отговорните за нещо изглеждат надеждни.
level-fact-headlines-hint-3 = Заглавието за котките крещи и говори за голяма тайна. Първо го провери!

fact-headlines-cats = ШОК!!! Котките говорят, учените го крият!
fact-headlines-cats-reason = Главни букви, много „!“ и голяма тайна са предупредителни знаци. Първо го потърси в надеждни сайтове.
fact-headlines-library = Общината: Библиотеката работи до късно в четвъртък
fact-headlines-library-reason = Общината отговаря за библиотеката, затова знае работното ѝ време.
fact-headlines-grow = Порасни с 10 см за една нощ с този номер!
fact-headlines-grow-reason = Звучи твърде хубаво, за да е вярно. Такива заглавия искат кликванията ти, не да ти кажат факти.
fact-headlines-weather = Метеослужбата: В събота се очаква дъжд
fact-headlines-weather-reason = Прогнозите са работа на метеослужбата. Това е правилното място за тази новина.
fact-headlines-no-name = Публикация без име: Всички училища затварят за месец!
fact-headlines-no-name-reason = Никой не казва кой е написал това. Толкова голяма новина щеше да е на сайта на училището или града.
fact-headlines-sports-day = Училищният бюлетин: Спортният ден се мести в петък
fact-headlines-sports-day-reason = Училището ти знае собствените си планове. Новина от самото училище е добър източник.

## Level 2: advert or not?

level-fact-ad-or-not-title = Реклама ли е?
level-fact-ad-or-not-instruction = Това реклама ли е? Сложи всяка карта в правилната кутия.
level-fact-ad-or-not-learned = Рекламите искат да купиш нещо. Търси надписи като „Спонсорирано“, „Реклама“ или „#реклама“.
level-fact-ad-or-not-hint-1 = Питай: някой иска ли да купя нещо?
level-fact-ad-or-not-hint-2 = „Спонсорирано“, „Реклама“ и „#реклама“ значат, че някой е платил, за да е там.
level-fact-ad-or-not-hint-3 = Прозорчето със скъпоценните камъни и публикацията с „#реклама“ са реклами.

fact-ad-or-not-sponsored = Спонсорирано: Опитай новите Crunchy Stars!
fact-ad-or-not-sponsored-reason = „Спонсорирано“ значи, че фирма е платила, за да ти покаже това. Тя иска да купиш закуската ѝ.
fact-ad-or-not-news = Новини: Нов мост беше открит в Ривъртън
fact-ad-or-not-news-reason = Новините ти казват какво се е случило. Никой не ти продава нищо.
fact-ad-or-not-influencer = Mia_Plays: Обожавам тези маратонки! #реклама
fact-ad-or-not-influencer-reason = „#реклама“ значи, че фирма е платила за тази публикация. Авторката получава пари, за да казва, че ги обожава.
fact-ad-or-not-encyclopedia = Статия в енциклопедия: Как пчелите правят мед
fact-ad-or-not-encyclopedia-reason = Енциклопедията обяснява неща. Не се опитва да ти продаде мед.
fact-ad-or-not-search = Първи резултат в търсачка, с надпис „Спонсорирано“
fact-ad-or-not-search-reason = Фирмата е платила, за да е най-горе. Най-добрият отговор може да е по-надолу.
fact-ad-or-not-gems = Прозорче в игра: Купи 500 камъчета сега!
fact-ad-or-not-gems-reason = Играта иска да похарчиш истински пари. Винаги питай възрастен, преди да купиш нещо.
fact-ad-or-not-friend = Публикация на приятел: Виж моя пясъчен замък!
fact-ad-or-not-friend-reason = Приятелят ти споделя нещо забавно. Никой не е платил за това, затова не е реклама.

## Level 3: where to look

level-fact-which-source-title = Къде да търся?
level-fact-which-source-instruction = Всеки път избери най-добрия отговор.
level-fact-which-source-learned = Търси факти там, където ги пишат експерти. Провери историята в надеждни сайтове, преди да ѝ повярваш или да я споделиш.
level-fact-which-source-hint-1 = Питай: кой е направил това и наистина ли разбира от темата?
level-fact-which-source-hint-2 = Добрите източници казват кой ги е направил и експерти ги проверяват.
level-fact-which-source-hint-3 = За факти за вулкани избери енциклопедията или сайта на музея.

fact-which-source-volcanoes = За домашното ти трябват факти за вулканите. Къде търсиш?
fact-which-source-volcanoes-video = В първото смешно видео, което намеря.
fact-which-source-volcanoes-video-reason = Смешните видеа искат да те разсмеят. Може да объркат фактите.
fact-which-source-volcanoes-encyclopedia = Детска енциклопедия или сайт на музей.
fact-which-source-volcanoes-encyclopedia-reason = Браво! Експерти ги пишат и проверяват. Казват кой ги е направил.
fact-which-source-volcanoes-game-chat = Питам в чата на играта. Някой там ще знае.
fact-which-source-volcanoes-game-chat-reason = Хората в чата на играта може просто да гадаят. Не можеш да разбереш дали наистина знаят.
fact-which-source-chocolate = Видео казва: „Шоколадът лекува настинка!“ Какво правиш?
fact-which-source-chocolate-believe = Следващия път при настинка ще ям много шоколад.
fact-which-source-chocolate-believe-reason = Едно видео не е доказателство. Много шоколад няма да прогони настинката.
fact-which-source-chocolate-share = Ще го пратя на баба, за да е здрава.
fact-which-source-chocolate-share-reason = Баба може също да повярва, а това не е вярно. Първо провери, после споделяй само истината.
fact-which-source-chocolate-check = Ще помоля възрастен да ми помогне да проверя.
fact-which-source-chocolate-check-reason = Правилно! Заедно можете да погледнете в надежден сайт за здраве. Лекарите знаят за настинките.
fact-which-source-screenshot = Някой споделя в чата на класа снимка на екрана с „новина“. Няма връзка.
fact-which-source-screenshot-search = Ще я потърся в надежден новинарски сайт.
fact-which-source-screenshot-search-reason = Добра детективска работа! Ако е вярно, надеждните новинарски сайтове също ще я имат.
fact-which-source-screenshot-forward = Ще я пратя в другите си чатове, за да знаят всички.
fact-which-source-screenshot-forward-reason = Без връзка не можеш да разбереш кой я е направил. Може да е измислена.
fact-which-source-screenshot-believe = Ще повярвам: снимката на екрана е доказателство.
fact-which-source-screenshot-believe-reason = Всеки може да направи картинка, която прилича на новина. Снимките на екрана лесно се подправят.

## Level 4: a fake news page

level-fact-fake-news-page-title = Извънредна новина?
level-fact-fake-news-page-instruction = Докосни всеки предупредителен знак на тази новинарска страница.
level-fact-fake-news-page-learned = Фалшивите новини често крещят, крият кой ги е написал, представят стари истории като нови и те карат да споделяш бързо.
level-fact-fake-news-page-hint-1 = Чети като детектив: кой е написал това и кога?
level-fact-fake-news-page-hint-2 = Крясъци, липсващо име, стара дата и бързане да споделиш са предупредителни знаци.
level-fact-fake-news-page-hint-3 = Погледни заглавието, реда с автора и датата.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = Този сайт ти е напълно непознат. Всеки може да сложи „truth“ (истина) в име, затова разбери кой го държи.
fact-fake-news-page-menu = Начало · Новини · Спорт
fact-fake-news-page-menu-reason = Повечето новинарски сайтове имат такова меню. Не е предупредителен знак.
fact-fake-news-page-headline = ЯЙЦЕ НА ДИНОЗАВЪР СЕ ИЗЛЮПИ В ПАРКА МЕЙПЪЛТЪН!!!
fact-fake-news-page-headline-reason = Главните букви и многото „!“ искат да те развълнуват. Истинските новини разказват спокойно.
fact-fake-news-page-author = Автор: (без име)
fact-fake-news-page-author-reason = Истинските новини казват кой ги е написал. Без име никой не стои зад историята.
fact-fake-news-page-date = Публикувано преди 6 години, но с надпис „НОВО!“
fact-fake-news-page-date-reason = Тази стара история е споделена, сякаш се е случила днес. Винаги проверявай датата.
fact-fake-news-page-photo = Снимка: тих парк с дървета
fact-fake-news-page-photo-reason = Обикновената снимка сама по себе си не е предупредителен знак. Прочети и думите около нея.
fact-fake-news-page-share = Споделете, преди да го изтрият!
fact-fake-news-page-share-reason = Това иска да побързаш и да не мислиш. Истинските новини не те молят да ги споделяш.

## Level 5: check a story before you share it

level-fact-check-a-story-title = Спри и провери
level-fact-check-a-story-instruction = Виждаш изненадваща история. Подреди стъпките на проверителите на факти.
level-fact-check-a-story-learned = Проверителите на факти първо спират, после разбират кой е направил историята, после я търсят в надеждни сайтове и чак тогава решават дали да я споделят.
level-fact-check-a-story-hint-1 = Какво трябва да направиш, преди пръстът ти да докосне „Сподели“?
level-fact-check-a-story-hint-2 = Проверителите на факти гледат кой е направил историята, преди да търсят другаде. Решението е накрая.
level-fact-check-a-story-hint-3 = Стъпка 1 е да спреш и още да не споделяш.

fact-check-a-story-stop = Спри: още не я споделяй.
fact-check-a-story-stop-reason = Това е първо. Проверителите на факти започват със „Спри“: веднъж споделена, историята не може да се върне.
fact-check-a-story-who = Разбери кой я е направил и защо.
fact-check-a-story-who-reason = После погледни източника. Иска ли да те информира, да ти продаде нещо или да събере кликвания?
fact-check-a-story-others = Потърси я в други надеждни сайтове. Провери датата.
fact-check-a-story-others-reason = После сравни. Ако е вярна, надеждните новинарски сайтове също пишат за нея. Стари истории често се споделят като нови.
fact-check-a-story-decide = После реши: да я споделиш или не.
fact-check-a-story-decide-reason = Решавай накрая, когато знаеш кой я е направил и кой друг пише за нея. Споделяй само провереното.
