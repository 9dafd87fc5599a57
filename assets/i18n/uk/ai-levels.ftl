# The "AI and Me" world: chatbots, AI that learns from examples, recommendations, pictures
# and voices made by AI, and using AI for schoolwork. Level files under
# assets/levels/ai-*.json refer to these ids. Per level: a title, what to do, what was
# learned, three hints (a nudge, the idea, part of the answer), then each item and the reason
# shown when it is tapped. Item texts stay short (about 60 characters at most). All people,
# apps and accounts are made up. The teach-the-robot level's cards and buttons are in
# training.ftl.

world-ai-and-me = ШІ і я

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = Можна запитати
ai-bin-good-use = Так можна
ai-bin-not-ok = Так не можна

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = Розмова з чат-ботом
level-ai-what-to-tell-instruction = Про це можна запитати чат-бота чи краще тримати це в таємниці?
level-ai-what-to-tell-learned = Питай чат-бота про світ, а не про себе. Імена, адреси, фото, паролі й таємниці — особисте.
level-ai-what-to-tell-hint-1 = Запитай себе: це про світ чи про мене й моїх друзів?
level-ai-what-to-tell-hint-2 = Компанія, якій належить чат-бот, може читати все, що ти пишеш. Усе, що показує, хто ти, — особисте.
level-ai-what-to-tell-hint-3 = Про історію з драконом питати можна. Про твою адресу — ні.

ai-what-to-tell-volcano = Як працюють вулкани?
ai-what-to-tell-volcano-reason = Питання про світ нічого не розповідає про тебе. Перевір відповідь ще й у книжці.
ai-what-to-tell-address = Твоя домашня адреса
ai-what-to-tell-address-reason = Чат-боту не треба знати, де ти живеш. Компанія, якій він належить, може читати, що ти пишеш.
ai-what-to-tell-name-school = Твоє повне ім’я і твоя школа
ai-what-to-tell-name-school-reason = Разом вони кажуть кожному, хто ти і де тебе знайти. Тримай їх у таємниці.
ai-what-to-tell-dragon = Ідеї для історії про дракона
ai-what-to-tell-dragon-reason = Просити ідеї — нормально. А саму історію напиши по-своєму.
ai-what-to-tell-password = Твій пароль, щоб він його запам’ятав
ai-what-to-tell-password-reason = Чат-боту ніколи не потрібен твій пароль. Його знаєш лише ти і дорослий, який тобі з ним допомагає.
ai-what-to-tell-face-photo = Фото твого обличчя
ai-what-to-tell-face-photo-reason = Твоє фото — це особисте. Не давай його чат-ботам. Перш ніж ділитися фото, запитай дорослого, якому довіряєш.
ai-what-to-tell-perimeter = Що означає «периметр»?
ai-what-to-tell-perimeter-reason = Питати, що означає слово, — нормально. Учитель чи вчителька можуть перевірити відповідь разом із тобою.
ai-what-to-tell-friend-secret = Таємниця, яку тобі розповіли друзі
ai-what-to-tell-friend-secret-reason = Це не твоя таємниця. Нею не діляться ні з чат-ботом, ні з ким іншим.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = Навчи робота
level-ai-teach-the-robot-instruction = Розклади картки, щоб робот навчився, що таке кіт. Потім перевір його.
level-ai-teach-the-robot-learned = Робот учиться лише з прикладів. Покажи йому різних котів — і він упізнає нових.
level-ai-teach-the-robot-hint-1 = Поглянь на котів, з яких робот учився. Чим вони всі схожі?
level-ai-teach-the-robot-hint-2 = Усі коти, яких він бачив, були маленькі й руді. Йому потрібні коти, що виглядають інакше.
level-ai-teach-the-robot-hint-3 = Додай кота, який сірий, великий або пухнастий.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = Упевнено, але хибно
level-ai-chatbot-sure-instruction = Чат-бот відповідає дуже впевнено. Що робити?
level-ai-chatbot-sure-learned = Чат-бот може відповідати впевнено — і все одно помилятися. Перевір у книжці чи на надійному сайті або запитай дорослого.
level-ai-chatbot-sure-hint-1 = Чи стає щось правдою лише тому, що звучить упевнено?
level-ai-chatbot-sure-hint-2 = Перевір в іншому джерелі, не в чат-боті.
level-ai-chatbot-sure-hint-3 = Про павука розповість книжка про тварин.

ai-chatbot-sure-spider-prompt = Для домашнього завдання питаєш чат-бота: «Павук — це комаха?» Він відповідає: «Так, павуки — комахи».
ai-chatbot-sure-spider-copy = Записати. Він відповідає дуже впевнено.
ai-chatbot-sure-spider-copy-reason = Звучати впевнено — не те саме, що мати рацію. У павуків 8 ніг, у комах 6.
ai-chatbot-sure-spider-check = Перевірити в підручнику чи на надійному сайті
ai-chatbot-sure-spider-check-reason = Так! Інше джерело показує, що чат-бот помилився: павуки — не комахи.
ai-chatbot-sure-spider-ask-again = Запитати чат-бота: «Ти впевнений?»
ai-chatbot-sure-spider-ask-again-reason = Він може просто ще раз сказати «так». Перевір в іншому джерелі, не в чат-боті.
ai-chatbot-sure-talk-prompt = Чат-бот дає дивовижний факт для твого виступу в класі. Більше ніде його не знайти.
ai-chatbot-sure-talk-use-it = Узяти: чат-бот точно знає більше за нас
ai-chatbot-sure-talk-use-it-reason = Чат-боти можуть вигадувати факти, що звучать правдиво. Якщо більше ніхто цього не каже, не бери.
ai-chatbot-sure-talk-leave-out = Не брати або запитати про це вчителя
ai-chatbot-sure-talk-leave-out-reason = Добре. Факт, який не вдається перевірити, ще не готовий для виступу.
ai-chatbot-sure-talk-tell-friends = Сказати друзям, що це правда
ai-chatbot-sure-talk-tell-friends-reason = Так поширюється те, що ніхто не перевірив. Спершу перевір.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = Чому це відео?
level-ai-why-this-video-instruction = З’ясуй, чому застосунок показує тобі саме це.
level-ai-why-this-video-learned = Застосунки вчаться з того, що ти дивишся, вподобуєш і шукаєш. Шукай нове й кажи застосунку, чого не хочеш.
level-ai-why-this-video-hint-1 = Подумай, що ти робиш у застосунку.
level-ai-why-this-video-hint-2 = Застосунок добирає відео за тим, що ти дивишся, вподобуєш і шукаєш.
level-ai-why-this-video-hint-3 = Щоб бачити інше, покажи застосунку, що тобі ще подобається.

ai-why-this-video-cakes-prompt = Ти додивляєшся до кінця три відео про торти. Тепер застосунок показує купу відео про торти.
ai-why-this-video-cakes-everyone = Сьогодні весь світ дивиться відео про торти
ai-why-this-video-cakes-everyone-reason = Навряд! Застосунок добирає відео за тим, що робиш ти.
ai-why-this-video-cakes-learned = Застосунок навчився з того, що ти дивишся
ai-why-this-video-cakes-learned-reason = Так. Застосунки добирають наступне за тим, що ти дивишся, вподобуєш і шукаєш.
ai-why-this-video-cakes-teacher = Учителька сказала застосунку, що ти любиш торти
ai-why-this-video-cakes-teacher-reason = Ні. Застосунок навчився цього з твоїх власних натискань і переглядів.
ai-why-this-video-more-prompt = Хочеться бачити не лише торти. Що допоможе?
ai-why-this-video-more-search = Шукати нове, натискати «Не цікавить»
ai-why-this-video-more-search-reason = Так! Застосунок учиться й із цього. У багатьох застосунках є кнопка на кшталт «Не цікавить».
ai-why-this-video-more-more-cakes = Дивитися ще більше відео про торти
ai-why-this-video-more-more-cakes-reason = Так застосунок вирішить, що тобі потрібні лише торти.
ai-why-this-video-more-scroll = Гортати далі: застосунок скоро зміниться сам
ai-why-this-video-more-scroll-reason = Застосунок і далі добирає за тим, що ти робиш. Покажи йому, що тобі ще подобається.
ai-why-this-video-feel-bad-prompt = Застосунок знову й знову показує відео, після яких ти гірше думаєш про себе.
ai-why-this-video-feel-bad-keep-watching = Дивитися далі, щоб нічого не пропустити
ai-why-this-video-feel-bad-keep-watching-reason = Що більше дивишся, то більше такого покаже застосунок. Зупинись і зроби перерву.
ai-why-this-video-feel-bad-share = Поділитися з друзями: чи їм теж погано?
ai-why-this-video-feel-bad-share-reason = Так погане відчуття пошириться. Припини дивитися й поговори з кимось, кому довіряєш.
ai-why-this-video-feel-bad-stop-tell = Припинити й розповісти дорослому
ai-why-this-video-feel-bad-stop-tell-reason = Добре. Твої почуття важливіші за застосунок. Дорослий, якому довіряєш, допоможе змінити те, що він показує.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = Справжнє чи зробив ШІ?
level-ai-fake-picture-instruction = Торкнися кожної підказки, що цю картинку міг зробити ШІ або що вона неправдива.
level-ai-fake-picture-learned = ШІ вміє робити картинки, що виглядають справжніми. Шукай підказки, перевіряй інші джерела й питай дорослого, коли маєш сумніви.
level-ai-fake-picture-hint-1 = Чи здивувала б тебе така картинка в житті?
level-ai-fake-picture-hint-2 = Щось несподіване чи надто ідеальне, хибні деталі, тиск швидше поширити — усе це підказки.
level-ai-fake-picture-hint-3 = Уважно прочитай напис на автобусі.

ai-fake-picture-account = Допис від: @pic_planet, сьогодні о 10:02
ai-fake-picture-account-reason = Ім’я та час самі не кажуть, чи картинка справжня. Поглянь на саму картинку.
ai-fake-picture-photo = Фото: пінгвін заввишки зі шкільний автобус
ai-fake-picture-photo-reason = Дуже дивні картинки — це підказка. Перевір, чи показують це новини або надійні сайти.
ai-fake-picture-perfect = Усе гладеньке й ідеальне, наче іграшка
ai-fake-picture-perfect-reason = Картинки від ШІ можуть виглядати надто ідеально. Це підказка: спершу перевір, потім вір.
ai-fake-picture-sign = На автобусі написано «ШКІЛЬНИЙ АВОТБУС»
ai-fake-picture-sign-reason = Хибні деталі, як-от переплутані літери, підказують, що картинку могли вигадати.
ai-fake-picture-caption = Підпис: ПРАВДА!!! Поширте, поки не видалили!
ai-fake-picture-caption-reason = Тиск швидко поширити — тривожний знак. Справжні новини можуть зачекати, поки ти перевіряєш.
ai-fake-picture-question = Коментар: А на якому сайті новин це є?
ai-fake-picture-question-reason = Добре питання! Перевіряти інші джерела — саме те, що треба.
ai-fake-picture-comment = Коментар: Пінгвіни не бувають такі великі!
ai-fake-picture-comment-reason = Автор коментаря слушно сумнівається. Те, що ти вже знаєш, допомагає перевіряти.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = Хто це насправді?
level-ai-voice-message-instruction = Голоси й відео можна зробити за допомогою ШІ. Що робити?
level-ai-voice-message-learned = ШІ вміє підробляти голоси й обличчя. Якщо повідомлення просить коди, гроші чи швидко щось натиснути, перевір іншим способом і скажи дорослому.
level-ai-voice-message-hint-1 = Чи доводить знайомий голос, хто говорить?
level-ai-voice-message-hint-2 = Перевір у людини іншим способом, а не відповіддю на повідомлення.
level-ai-voice-message-hint-3 = Про співачку: її власна сторінка теж би про це написала.

ai-voice-message-cousin-prompt = Голосове повідомлення звучить точно як твій двоюрідний брат Лео: «Я загубив телефон! Швидко надішли мені банківський код твоїх батьків!»
ai-voice-message-cousin-send = Надіслати: Лео — рідня, і він схвильований
ai-voice-message-cousin-send-reason = ШІ може підробити голос за коротким записом. А справжній брат не просив би банківського коду.
ai-voice-message-cousin-check = Перевірити в Лео іншим способом, із дорослим
ai-voice-message-cousin-check-reason = Так. Не довіряй лише голосу. Дорослий може подзвонити Лео за номером, який знає.
ai-voice-message-cousin-delete-after = Надіслати код, але попросити потім видалити
ai-voice-message-cousin-delete-after-reason = Надісланого вже не повернеш. Ніколи не надсилай коди.
ai-voice-message-singer-prompt = У відео співачка Міла Стар каже: «Натисни на посилання й отримай безкоштовний планшет!»
ai-voice-message-singer-click = Швидко натиснути, поки планшети є
ai-voice-message-singer-click-reason = Поспіх — тривожний знак. Такі відео можна зробити за допомогою ШІ, щоб обдурити тебе.
ai-voice-message-singer-check = Спершу перевірити її сторінку й новини
ai-voice-message-singer-check-reason = Так. Якщо ні на її сторінці, ні в новинах цього немає, відео фальшиве.
ai-voice-message-singer-aunt = Попросити тітку натиснути замість тебе
ai-voice-message-singer-aunt-reason = Проблема в посиланні, хоч би хто натиснув. Спершу перевір і поясни дорослому чому.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = ШІ допомагає, вирішуєш ти
level-ai-you-decide-instruction = Це добрий спосіб використати ШІ для школи чи так не можна?
level-ai-you-decide-learned = ШІ може допомагати вчитися. Думати — твоя справа: перевіряй, що він каже, і дотримуйся правил школи.
level-ai-you-decide-hint-1 = Запитай себе: хто тут думає — я чи ШІ?
level-ai-you-decide-hint-2 = Використовувати ШІ, щоб зрозуміти чи потренуватися, — добре. Видавати його роботу за свою — ні.
level-ai-you-decide-hint-3 = Попросити пояснити слово — так можна.

ai-you-decide-explain-word = Попросити пояснити незнайоме слово
ai-you-decide-explain-word-reason = Коли ШІ допомагає щось зрозуміти, ти вчишся. Перевір, чи його пояснення має сенс.
ai-you-decide-copy-story = Здати його історію як свою
ai-you-decide-copy-story-reason = Це не твоя робота, і ти нічого не навчишся. Чесно скажи, що зробив ШІ.
ai-you-decide-quiz = Попросити питання для тренування
ai-you-decide-quiz-reason = Тренуватися на його питаннях корисно. Відповіді перевір у своїх записах.
ai-you-decide-whole-homework = Дати йому зробити все домашнє завдання
ai-you-decide-whole-homework-reason = Домашнє завдання задають, щоб над ним подумати. Спершу спробуй самостійно.
ai-you-decide-check-facts = Перевірити його факти в книжці чи на надійному сайті
ai-you-decide-check-facts-reason = ШІ може помилятися. Перевіряти — саме те, що треба.
ai-you-decide-fake-photo = Зробити смішне фальшиве фото когось із класу
ai-you-decide-fake-photo-reason = Фальшиві картинки зі справжніми людьми можуть їх образити. Ніколи не використовуй ШІ, щоб когось висміяти.
ai-you-decide-own-words = Узяти ідеї, а писати своїми словами
ai-you-decide-own-words-reason = Добре: ідеї допомагають почати, а робота — твоя.
ai-you-decide-against-rules = Використати, коли вчитель чи вчителька сказали «ні»
ai-you-decide-against-rules-reason = Коли можна користуватися ШІ, вирішує школа. Дотримуйся її правил.
