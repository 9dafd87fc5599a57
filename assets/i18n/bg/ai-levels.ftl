# The "AI and Me" world. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up.

world-ai-and-me = ИИ и аз

ai-bin-ok-to-ask = Може да се пита
ai-bin-good-use = Добра употреба
ai-bin-not-ok = Не е наред

## Level 2: what to tell a chatbot

level-ai-what-to-tell-title = Разговор с чатбот
level-ai-what-to-tell-instruction = Може ли да питаш чатбот за това, или трябва да го запазиш за себе си?
level-ai-what-to-tell-learned = Питай чатбота за света, не за себе си. Имена, адреси, снимки, пароли и тайни остават лични.
level-ai-what-to-tell-hint-1 = Попитай се: това за света ли е, или за мен и приятелите ми?
level-ai-what-to-tell-hint-2 = Фирмата, която държи чатбота, може да чете какво пишеш. Пази за себе си всичко, което показва кой си.
level-ai-what-to-tell-hint-3 = За историята с дракона може да питаш. За адреса си — не.

ai-what-to-tell-volcano = Как работят вулканите?
ai-what-to-tell-volcano-reason = Въпрос за света не издава нищо за теб. Провери отговора и в книга.
ai-what-to-tell-address = Домашният ти адрес
ai-what-to-tell-address-reason = Чатботът няма нужда да знае къде живееш. Фирмата зад него може да чете какво пишеш.
ai-what-to-tell-name-school = Цялото ти име и училището ти
ai-what-to-tell-name-school-reason = Заедно те казват на всеки, който ги прочете, кой си и къде да те намери. Пази ги за себе си.
ai-what-to-tell-dragon = Идеи за история за дракон
ai-what-to-tell-dragon-reason = Да поискаш идеи е наред. После направи историята своя.
ai-what-to-tell-password = Паролата ти, за да я запомни
ai-what-to-tell-password-reason = Чатботът никога няма нужда от паролата ти. Пази я за себе си и за възрастния, който ти помага с нея.
ai-what-to-tell-face-photo = Снимка на лицето ти
ai-what-to-tell-face-photo-reason = Снимката ти е нещо лично. Не я давай на чатботове и питай възрастен, на когото имаш доверие, преди да споделяш снимки.
ai-what-to-tell-perimeter = Какво значи „периметър“?
ai-what-to-tell-perimeter-reason = Да питаш какво значи дадена дума е наред. Учителят ти може да провери отговора с теб.
ai-what-to-tell-friend-secret = Тайна, която приятел ти е казал
ai-what-to-tell-friend-secret-reason = Това е тайна на приятеля ти. Не е твоя, за да я споделяш — нито с чатбот, нито с някой друг.

## Level 1: teach the robot

level-ai-teach-the-robot-title = Научи робота
level-ai-teach-the-robot-instruction = Подреди картите, за да научиш робота какво е котка. После го провери.
level-ai-teach-the-robot-learned = Роботът се учи само от своите примери. Покажи му много видове котки и той ще познава и нови котки.
level-ai-teach-the-robot-hint-1 = Погледни котките, от които роботът се е учил. По какво си приличат всички?
level-ai-teach-the-robot-hint-2 = Всяка котка, която е видял, е малка и рижа. Трябват му котки, които изглеждат различно.
level-ai-teach-the-robot-hint-3 = Добави котка, която е сива, голяма или пухкава.

## Level 3: sure, but wrong

level-ai-chatbot-sure-title = Сигурен, но греши
level-ai-chatbot-sure-instruction = Чатботът звучи много сигурно. Какво правиш?
level-ai-chatbot-sure-learned = Чатботът може да звучи сигурно и пак да греши. Провери в книга или на надежден сайт или питай възрастен.
level-ai-chatbot-sure-hint-1 = Ако нещо звучи сигурно, значи ли, че е вярно?
level-ai-chatbot-sure-hint-2 = Провери в източник, който не е чатботът.
level-ai-chatbot-sure-hint-3 = За паяка: книга по природни науки може да ти каже.

ai-chatbot-sure-spider-prompt = За домашното питаш чатбот: „Паякът насекомо ли е?“ Той казва: „Да, паяците са насекоми.“
ai-chatbot-sure-spider-copy = Запиши го. Звучи много сигурно.
ai-chatbot-sure-spider-copy-reason = Сигурният тон не прави нещо вярно. Паяците имат 8 крака, насекомите имат 6.
ai-chatbot-sure-spider-check = Провери в учебник или на надежден сайт
ai-chatbot-sure-spider-check-reason = Правилно! Друг източник показва, че чатботът греши: паяците не са насекоми.
ai-chatbot-sure-spider-ask-again = Попитай чатбота: „Сигурен ли си?“
ai-chatbot-sure-spider-ask-again-reason = Може просто пак да каже „да“. Провери в източник, който не е чатботът.
ai-chatbot-sure-talk-prompt = Чатбот ти дава невероятен факт за презентацията ти в клас. Не можеш да го намериш никъде другаде.
ai-chatbot-sure-talk-use-it = Използвай го: чатботът сигурно знае повече от нас
ai-chatbot-sure-talk-use-it-reason = Чатботовете могат да измислят факти, които звучат истински. Ако никой друг не го казва, пропусни го.
ai-chatbot-sure-talk-leave-out = Пропусни го или питай учителя си за него
ai-chatbot-sure-talk-leave-out-reason = Добре. Факт, който не можеш да провериш, не е готов за презентацията ти.
ai-chatbot-sure-talk-tell-friends = Кажи на приятелите си, че е вярно
ai-chatbot-sure-talk-tell-friends-reason = Така се разпространява факт, който никой не е проверил. Първо го провери.

## Level 4: why this video?

level-ai-why-this-video-title = Защо точно това видео?
level-ai-why-this-video-instruction = Разбери защо приложението ти показва това, което показва.
level-ai-why-this-video-learned = Приложенията се учат от това, което гледаш, харесваш и търсиш. Търси нови неща и казвай на приложението какво не искаш.
level-ai-why-this-video-hint-1 = Помисли какво правиш в приложението преди това.
level-ai-why-this-video-hint-2 = Приложението избира видеа според това, което гледаш, харесваш и търсиш.
level-ai-why-this-video-hint-3 = За да виждаш други неща, покажи на приложението други неща, които харесваш.

ai-why-this-video-cakes-prompt = Изгледа три видеа за торти до края. Сега приложението ти показва много видеа за торти.
ai-why-this-video-cakes-everyone = Днес целият свят гледа торти
ai-why-this-video-cakes-everyone-reason = Едва ли! Приложението избира видеа за теб според това, което правиш.
ai-why-this-video-cakes-learned = Приложението се е научило от това, което гледаш
ai-why-this-video-cakes-learned-reason = Правилно. Приложенията избират какво следва според това, което гледаш, харесваш и търсиш.
ai-why-this-video-cakes-teacher = Учителят ти е казал на приложението, че обичаш торти
ai-why-this-video-cakes-teacher-reason = Не. Приложението го е научило от твоите собствени докосвания и гледания.
ai-why-this-video-more-prompt = Искаш да виждаш не само торти. Какво помага?
ai-why-this-video-more-search = Търси нови неща, докосни „Не ме интересува“
ai-why-this-video-more-search-reason = Да! Приложението се учи и от това. Много приложения имат бутон като „Не ме интересува“.
ai-why-this-video-more-more-cakes = Гледай още повече видеа за торти
ai-why-this-video-more-more-cakes-reason = Така учиш приложението, че искаш само торти.
ai-why-this-video-more-scroll = Превъртай още: приложението скоро само ще се промени
ai-why-this-video-more-scroll-reason = Приложението продължава да избира според досегашните ти действия. Покажи му какво друго харесваш.
ai-why-this-video-feel-bad-prompt = Вид видеа, които приложението все ти показва, те карат да се чувстваш зле заради себе си.
ai-why-this-video-feel-bad-keep-watching = Гледай още, за да не изпуснеш нищо
ai-why-this-video-feel-bad-keep-watching-reason = Като гледаш още, казваш на приложението да ти показва още от тях. Спри и си почини.
ai-why-this-video-feel-bad-share = Прати ги на приятели да видиш дали и те се чувстват зле
ai-why-this-video-feel-bad-share-reason = Така лошото чувство се разпространява. Спри да гледаш и поговори с някого, на когото имаш доверие.
ai-why-this-video-feel-bad-stop-tell = Спри да гледаш и кажи на възрастен, на когото вярваш
ai-why-this-video-feel-bad-stop-tell-reason = Добре. Как се чувстваш е по-важно от приложението. Възрастен може да ти помогне да промениш какво ти показва.

## Level 5: real or made by AI?

level-ai-fake-picture-title = Истинско или от ИИ?
level-ai-fake-picture-instruction = Докосни всяка следа, че тази картинка може да е направена от ИИ или може да не е истинска.
level-ai-fake-picture-learned = ИИ може да прави картинки, които изглеждат истински. Търси следи, проверявай други източници и питай възрастен, когато се съмняваш.
level-ai-fake-picture-hint-1 = Би ли те изненадала тази картинка в истинския живот?
level-ai-fake-picture-hint-2 = Изненадващо, твърде съвършено, грешни детайли и натиск да споделиш бързо — всичко това са следи.
level-ai-fake-picture-hint-3 = Прочети внимателно надписа на автобуса.

ai-fake-picture-account = Публикувано от: @pic_planet, днес в 10:02
ai-fake-picture-account-reason = Само името и часът не казват дали картинката е истинска. Погледни самата картинка.
ai-fake-picture-photo = Снимка: пингвин, висок колкото училищен автобус
ai-fake-picture-photo-reason = Много изненадващите картинки са следа. Провери дали новините или надежден сайт също я показват.
ai-fake-picture-perfect = Всичко изглежда гладко и съвършено, като играчка
ai-fake-picture-perfect-reason = Картинките от ИИ може да изглеждат твърде съвършени. Това е следа, затова провери, преди да повярваш.
ai-fake-picture-sign = Надписът на автобуса е „УЧИЛИЩЕН АВТОБСУ“
ai-fake-picture-sign-reason = Детайли, които не са наред, като разбъркани букви, са следа, че картинката може да е измислена.
ai-fake-picture-caption = Надпис: ИСТИНСКО!!! Сподели, преди да го изтрият!
ai-fake-picture-caption-reason = Натискът да споделиш бързо е предупредителен знак. Истинските новини могат да почакат, докато провериш.
ai-fake-picture-question = Коментар: Кой новинарски сайт го има?
ai-fake-picture-question-reason = Добър въпрос! Проверката в други източници е точно това, което трябва.
ai-fake-picture-comment = Коментар: Пингвините не са толкова големи!
ai-fake-picture-comment-reason = Този коментар с право се съмнява. Да използваш това, което знаеш, е добра проверка.

## Level 6: is it really them?

level-ai-voice-message-title = Наистина ли е той?
level-ai-voice-message-instruction = Гласове и видеа могат да се направят с ИИ. Какво правиш?
level-ai-voice-message-learned = ИИ може да копира гласове и лица. Ако съобщение иска кодове, пари или бързо кликване, провери по друг начин и кажи на възрастен.
level-ai-voice-message-hint-1 = Глас, който звучи познато, доказва ли кой говори?
level-ai-voice-message-hint-2 = Провери при човека по друг начин, не като отговаряш на съобщението.
level-ai-voice-message-hint-3 = За певицата: нейната собствена страница също щеше да го казва.

ai-voice-message-cousin-prompt = Гласово съобщение звучи точно като братовчед ти Лео: „Изгубих си телефона! Прати ми банковия код на родителите си, бързо!“
ai-voice-message-cousin-send = Прати го: Лео е от семейството и звучи разтревожен
ai-voice-message-cousin-send-reason = ИИ може да копира глас от кратък запис. А истински братовчед не би поискал банков код.
ai-voice-message-cousin-check = Провери при Лео по друг начин, с възрастен
ai-voice-message-cousin-check-reason = Правилно. Не вярвай само на гласа. Възрастен може да се обади на Лео на номера, който знае.
ai-voice-message-cousin-delete-after = Прати кода, но го помоли да го изтрие после
ai-voice-message-cousin-delete-after-reason = Щом веднъж е изпратен, вече не зависи от теб. Никога не изпращай кодове.
ai-voice-message-singer-prompt = Видео показва певицата Мила Стар да казва: „Кликни на тази връзка и вземи безплатен таблет!“
ai-voice-message-singer-click = Кликни бързо, преди таблетите да свършат
ai-voice-message-singer-click-reason = Бързането е предупредителен знак. Такива видеа могат да се направят с ИИ, за да те излъжат.
ai-voice-message-singer-check = Първо провери страницата ѝ и новините
ai-voice-message-singer-check-reason = Да. Ако нейната страница и новините не го казват, видеото е фалшиво.
ai-voice-message-singer-aunt = Помоли леля си да кликне вместо теб
ai-voice-message-singer-aunt-reason = Проблемът е връзката, който и да кликне. Първо провери, после покажи на възрастния защо.

## Level 7: AI helps, you decide

level-ai-you-decide-title = ИИ помага, ти решаваш
level-ai-you-decide-instruction = Това добър начин ли е да използваш ИИ за училище, или не е наред?
level-ai-you-decide-learned = ИИ може да ти помогне да учиш. Мисленето е твое: проверявай какво казва и спазвай правилата на училището си.
level-ai-you-decide-hint-1 = Попитай: кой мисли тук, аз или ИИ?
level-ai-you-decide-hint-2 = Да използваш ИИ, за да разбереш или да се упражниш, е добре. Да представяш работата му за своя — не.
level-ai-you-decide-hint-3 = Да го помолиш да обясни дума е добра употреба.

ai-you-decide-explain-word = Помоли го да обясни дума, която не знаеш
ai-you-decide-explain-word-reason = Да използваш ИИ, за да разбереш нещо, ти помага да учиш. Провери дали има смисъл.
ai-you-decide-copy-story = Предай история, написана от ИИ, като своя
ai-you-decide-copy-story-reason = Това не е твоя работа и не научаваш нищо. Казвай честно какво е направил ИИ.
ai-you-decide-quiz = Помоли го за въпроси за упражнение
ai-you-decide-quiz-reason = Упражнението с неговите въпроси може да помогне. Провери отговорите в тетрадката си.
ai-you-decide-whole-homework = Остави го да ти напише цялото домашно
ai-you-decide-whole-homework-reason = Тогава пропускаш мисленето, заради което е домашното. Първо опитай самостоятелно.
ai-you-decide-check-facts = Провери фактите му в книга или на надежден сайт
ai-you-decide-check-facts-reason = ИИ може да греши. Проверката е това, което прави умният потребител.
ai-you-decide-fake-photo = Направи смешна фалшива снимка на съученик
ai-you-decide-fake-photo-reason = Фалшиви картинки на истински хора могат да ги наранят. Никога не използвай ИИ, за да се подиграваш на някого.
ai-you-decide-own-words = Вземи идеи, после пиши със свои думи
ai-you-decide-own-words-reason = Добре: идеите ти помагат да започнеш, а работата е твоя.
ai-you-decide-against-rules = Използвай го, когато учителят е казал „не“
ai-you-decide-against-rules-reason = Училището решава кога може да се използва ИИ. Спазвай правилата му.
