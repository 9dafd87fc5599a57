# The coding worlds and their levels. Level files under assets/levels/ refer to these ids.
# Per level: a title, what to do, what was learned, and three hints (a nudge, the idea,
# part of the solution). Keep sentences short and plain: many players are 7–9 years old.
# Use the tile names the game shows (robot.ftl): Вперед, Поворот ліворуч, Поворот праворуч,
# Засвітити, Повторити, Повторювати, доки не готово, Якщо, Якщо … інакше, Помічник 1,
# Помічник 2, Головна програма.

world-robot-road = Дорога робота
world-loop-lagoon = Лагуна циклів
world-helper-hills = Пагорби помічників
world-choice-canyon = Каньйон вибору
world-sensor-springs = Сенсорні джерела
world-number-harbour = Гавань чисел
world-signal-station = Сигнальна станція
world-bug-bay = Затока помилок

## Robot Road: one step after another, and a first bug to fix

level-robot-first-steps-title = Перші кроки
level-robot-first-steps-instruction = Склади програму, яка приведе робота до прапорця. Потім торкнися кнопки «Старт».
level-robot-first-steps-learned = Програма — це список кроків. Робот виконує їх по черзі, один за одним.
level-robot-first-steps-hint-1 = Подивись на прапорець. Куди зараз дивиться робот?
level-robot-first-steps-hint-2 = «Вперед» пересуває робота на одну клітинку. «Поворот праворуч» повертає його на місці.
level-robot-first-steps-hint-3 = Почни так: Вперед, Вперед, Поворот праворуч.

level-robot-turn-left-title = Поворот ліворуч
level-robot-turn-left-instruction = Доведи робота до прапорця. Цього разу йому треба повернути ліворуч.
level-robot-turn-left-learned = «Поворот ліворуч» і «Поворот праворуч» змінюють, куди дивиться робот. Вони його не пересувають.
level-robot-turn-left-hint-1 = Робот дивиться вгору. Де дорога повертає?
level-robot-turn-left-hint-2 = Після повороту ліворуч «Вперед» веде робота в новий бік.
level-robot-turn-left-hint-3 = Почни так: Вперед, Вперед, Поворот ліворуч.

level-robot-zigzag-title = Сходинки зигзагом
level-robot-zigzag-instruction = Спустися сходинками до прапорця. Після кожної сходинки дорога повертає.
level-robot-zigzag-learned = Довга дорога — це маленькі кроки й повороти, один за одним.
level-robot-zigzag-hint-1 = Проведи пальцем по дорозі. Порахуй повороти.
level-robot-zigzag-hint-2 = Повертай праворуч, щоб їхати вниз. Повертай ліворуч, щоб знову їхати вбік.
level-robot-zigzag-hint-3 = Почни так: Вперед, Поворот праворуч, Вперед, Поворот ліворуч.

level-robot-around-rocks-title = Навколо стіни
level-robot-around-rocks-instruction = На дорозі стіна. Об’їдь її, щоб дістатися до прапорця.
level-robot-around-rocks-learned = Коли шлях закритий, можна спланувати дорогу навколо.
level-robot-around-rocks-hint-1 = Робот не може поїхати прямо до прапорця. Де можна об’їхати стіну?
level-robot-around-rocks-hint-2 = Спочатку вгору, потім убік, потім униз.
level-robot-around-rocks-hint-3 = Почни так: Вперед, Вперед, Поворот праворуч.

level-robot-fix-the-path-title = Виправ дорогу
level-robot-fix-the-path-instruction = У цій програмі є помилка: робот урізається в стіну. Торкайся кнопки «Крок» і дивись, як він їде, а потім виправ програму.
level-robot-fix-the-path-learned = Помилка — це щось неправильне в програмі. Один зайвий блок може завести робота в стіну. Прибери його — і програма запрацює.
level-robot-fix-the-path-hint-1 = Торкайся кнопки «Крок», щоб виконувати по одному блоку. Де робот урізається в стіну?
level-robot-fix-the-path-hint-2 = Робот проїжджає на одну клітинку далі, ніж треба, і лише тоді повертає. Один блок зайвий.
level-robot-fix-the-path-hint-3 = Зайвий блок стоїть перед першим поворотом.

level-robot-first-lamp-title = Засвіти лампу
level-robot-first-lamp-instruction = Доїдь до лампи. Потім увімкни її блоком «Засвітити».
level-robot-first-lamp-learned = «Засвітити» працює лише тоді, коли робот стоїть на лампі.
level-robot-first-lamp-hint-1 = Скільки клітинок до лампи?
level-robot-first-lamp-hint-2 = Спочатку робот має стати на лампу. Тоді «Засвітити» її вмикає.
level-robot-first-lamp-hint-3 = Лампа за три клітинки перед роботом.

level-robot-two-lamps-title = Дві лампи
level-robot-two-lamps-instruction = Засвіти обидві лампи. Прапорця тут немає: завдання виконано, коли світяться всі лампи.
level-robot-two-lamps-learned = Робот може зробити щось дорогою: зупинитися, засвітити лампу і їхати далі.
level-robot-two-lamps-hint-1 = Дорогою до другої лампи ти проїжджаєш повз першу.
level-robot-two-lamps-hint-2 = Постав блок «Засвітити» одразу після блока, який привозить робота на лампу.
level-robot-two-lamps-hint-3 = Почни так: Вперед, Вперед, Засвітити.

level-robot-lamps-and-flag-title = Лампи і прапорець
level-robot-lamps-and-flag-instruction = Засвіти обидві лампи. Потім їдь до прапорця.
level-robot-lamps-and-flag-learned = Завдання може мати кілька частин. Робот має виконати їх усі.
level-robot-lamps-and-flag-hint-1 = Прапорець зараховується, лише коли світяться всі лампи.
level-robot-lamps-and-flag-hint-2 = Сплануй дорогу через обидві лампи, а вже потім до прапорця.
level-robot-lamps-and-flag-hint-3 = Почни так: Вперед, Засвітити, Поворот праворуч.

level-robot-turn-around-title = Розворот
level-robot-turn-around-instruction = Засвіти лампу. Потім розвернися і їдь до прапорця.
level-robot-turn-around-learned = Два повороти в один бік — і робот дивиться туди, звідки приїхав.
level-robot-turn-around-hint-1 = Лампа і прапорець — з різних боків від робота.
level-robot-turn-around-hint-2 = Щоб розвернутися, потрібні два повороти: Поворот ліворуч, Поворот ліворуч.
level-robot-turn-around-hint-3 = Почни так: Вперед, Вперед, Засвітити.

level-robot-long-road-title = Довга дорога
level-robot-long-road-instruction = Засвіти обидві лампи і зупинись на прапорці. Яким шляхом коротше?
level-robot-long-road-learned = Шляхів буває кілька. Спершу подумай, а тоді вибери коротший.
level-robot-long-road-hint-1 = Якщо поїхати прямо вниз, ти дістанешся прапорця, але лампи ще не світитимуть.
level-robot-long-road-hint-2 = Спершу їдь верхнім рядом, потім униз, потім назад нижнім рядом.
level-robot-long-road-hint-3 = Почни так: Вперед, Засвітити, Вперед, Поворот праворуч.

## Loop Lagoon: repeat, then repeat until done (before helpers call themselves)

level-loop-first-loop-title = Перший цикл
level-loop-first-loop-instruction = Доїдь до прапорця. У програмі вміщаються лише 3 блоки, тож візьми блок «Повторити».
level-loop-first-loop-learned = «Повторити» виконує блоки всередині знову і знову. Один цикл може замінити багато блоків.
level-loop-first-loop-hint-1 = Порахуй клітинки між роботом і прапорцем.
level-loop-first-loop-hint-2 = Поклади «Вперед» у блок «Повторити». Потім торкайся кнопки «Більше разів», щоб вибрати число.
level-loop-first-loop-hint-3 = Блок «Вперед» іде всередину циклу. Число — це скільки клітинок до прапорця.

level-loop-lamp-row-title = Ряд ламп
level-loop-lamp-row-instruction = Засвіти всі п’ять ламп. У програмі вміщається лише 5 блоків, тож візьми цикл.
level-loop-lamp-row-learned = Цикл може повторювати кілька блоків. Тут це крок і світло.
level-loop-lamp-row-hint-1 = Кожна лампа стоїть одразу за попередньою.
level-loop-lamp-row-hint-2 = Поклади два блоки в один «Повторити». Цикл виконує обидва знову і знову.
level-loop-lamp-row-hint-3 = У циклі: Вперед, потім Засвітити. Скільки разів?

level-loop-corner-title = За ріг
level-loop-corner-instruction = Доїдь до прапорця. Візьми цикл для кожної довгої дороги, а між ними поворот.
level-loop-corner-learned = У програмі може бути кілька циклів, один за одним.
level-loop-corner-hint-1 = У дороги дві довгі прямі частини.
level-loop-corner-hint-2 = Спершу цикл для верхньої дороги. Потім «Поворот праворуч». Потім цикл для дороги вниз.
level-loop-corner-hint-3 = Почни так: Повторити 4 рази, а всередині «Вперед». Потім Поворот праворуч.

level-loop-stairs-title = Сходи з циклом
level-loop-stairs-instruction = Піднімися сходами до прапорця. Знайди частину, яка повторюється.
level-loop-stairs-learned = Коли візерунок повторюється, збери його один раз у циклі. Решту зробить цикл.
level-loop-stairs-hint-1 = Подивись на одну сходинку. Що на ній робить робот?
level-loop-stairs-hint-2 = У цикл можна класти й повороти. Поклади одну сходинку в «Повторити».
level-loop-stairs-hint-3 = Одна сходинка — це: Вперед, Поворот ліворуч, Вперед, Поворот праворуч.

level-loop-square-title = Квадрат із ламп
level-loop-square-instruction = Засвіти три лампи в кутах. Візьми цикл.
level-loop-square-learned = Цикл із поворотом усередині може провести робота довкола квадрата.
level-loop-square-hint-1 = Усі сторони квадрата однакові.
level-loop-square-hint-2 = Поклади в «Повторити» блоки для однієї сторони і одного кута.
level-loop-square-hint-3 = Одна сторона — це: Вперед, Вперед, Засвітити, Поворот праворуч.

level-loop-fix-the-loop-title = Виправ цикл
level-loop-fix-the-loop-instruction = Цей цикл має засвітити всі три лампи. Після першої лампи робот урізається в стіну. Виправ цикл.
level-loop-fix-the-loop-learned = Цикл щоразу виконує ті самі блоки. Тому наприкінці кожного кола робот має дивитися туди ж, куди й на початку.
level-loop-fix-the-loop-hint-1 = Торкайся кнопки «Крок». Куди дивиться робот, коли цикл починається знову?
level-loop-fix-the-loop-hint-2 = Наприкінці кожного кола робот має дивитися в той самий бік, що й на початку.
level-loop-fix-the-loop-hint-3 = Наприкінці циклу бракує повороту.

level-loop-in-a-loop-title = Цикл у циклі
level-loop-in-a-loop-instruction = Засвіти всі лампи довкола квадрата. Поклади один цикл в інший.
level-loop-in-a-loop-learned = Цикл можна покласти в інший цикл. Щоразу, коли зовнішній цикл виконується один раз, внутрішній виконується повністю.
level-loop-in-a-loop-hint-1 = Подивись на одну сторону: три лампи в ряд, потім кут.
level-loop-in-a-loop-hint-2 = Внутрішній цикл робить одну сторону. Зовнішній робить це для кожної сторони.
level-loop-in-a-loop-hint-3 = Внутрішній цикл: Повторити 3 рази, а всередині «Вперед» і «Засвітити».

level-loop-lamp-stairs-title = Сходи з лампами
level-loop-lamp-stairs-instruction = Спустися сходами і засвіти лампу на кожній сходинці.
level-loop-lamp-stairs-learned = Цикл може їхати, повертати і виконувати роботу. Кожне коло — одна ціла сходинка.
level-loop-lamp-stairs-hint-1 = Що робот робить на одній сходинці? Подивись, де лампа.
level-loop-lamp-stairs-hint-2 = Знайди блоки для однієї сходинки, із «Засвітити» у правильному місці. Потім повтори їх.
level-loop-lamp-stairs-hint-3 = Сходинка починається так: Вперед, Поворот праворуч, Вперед.

level-loop-big-ring-title = Велике коло
level-loop-big-ring-instruction = Засвіти лампи в кутах великого кола. Сторони довгі, тож візьми цикл у циклі.
level-loop-big-ring-learned = Внутрішній цикл може проїхати довгу сторону. Зовнішній цикл для кожного кута знову проїжджає сторону, повертає й засвічує лампу.
level-loop-big-ring-hint-1 = Від одного кута до наступного — чотири клітинки.
level-loop-big-ring-hint-2 = Внутрішній цикл проїжджає одну сторону. Зовнішній додає поворот і блок «Засвітити» — по разу для кожного кута.
level-loop-big-ring-hint-3 = Внутрішній цикл: «Повторити 4 рази», а всередині «Вперед».

level-choice-until-goal-title = Доки не готово
level-choice-until-goal-instruction = Доїдь до прапорця. Візьми блок «Повторювати, доки не готово»: він повторює, поки завдання не виконано.
level-choice-until-goal-learned = Блок «Повторювати, доки не готово» виконує свої блоки знову і знову і зупиняється, коли завдання виконано. Рахувати не треба.
level-choice-until-goal-hint-1 = Як далеко прапорець? Цього разу тобі не треба цього знати.
level-choice-until-goal-hint-2 = Блок «Повторювати, доки не готово» повторює блоки всередині, поки робот не стане на прапорець.
level-choice-until-goal-hint-3 = Блок «Вперед» іде всередину циклу. Число вибирати не треба.

## Helper Hills: helpers (procedures)

level-helper-first-helper-title = Твій перший помічник
level-helper-first-helper-instruction = Засвіти три лампи. Збери блоки для однієї лампи в Помічнику 1. Потім постав блок «Помічник 1» у головну програму.
level-helper-first-helper-learned = Помічник — це список блоків із назвою. Його блок викликає помічника: той виконує весь список, скільки завгодно разів.
level-helper-first-helper-hint-1 = Лампи стоять у кутах. Що робить робот, щоб дістатися однієї лампи?
level-helper-first-helper-hint-2 = Збери блоки для однієї лампи в Помічнику 1. У головній програмі постав блок «Помічник 1» для кожної лампи.
level-helper-first-helper-hint-3 = Помічник 1 може бути таким: Вперед, Вперед, Засвітити, Поворот праворуч.

level-helper-zigzag-title = Помічник і повороти
level-helper-zigzag-instruction = Засвіти три лампи. Нехай Помічник 1 їде і світить. Головна програма робить повороти.
level-helper-zigzag-learned = У головній програмі можна змішувати блоки помічників з іншими блоками.
level-helper-zigzag-hint-1 = Між лампами дорога повертає. Чи щоразу в той самий бік?
level-helper-zigzag-hint-2 = Пряма частина щоразу однакова, тож збери її в Помічнику 1. Повороти постав у головну програму.
level-helper-zigzag-hint-3 = Помічник 1: Вперед, Вперед, Вперед, Засвітити.

level-helper-lamp-stairs-title = Сходи з помічником
level-helper-lamp-stairs-instruction = Піднімися сходами і засвіти лампу на кожній сходинці. Візьми блок «Помічник 1».
level-helper-lamp-stairs-learned = Помічник може містити більший візерунок: рух, повороти і світло.
level-helper-lamp-stairs-hint-1 = Подивись на одну сходинку. Де її лампа?
level-helper-lamp-stairs-hint-2 = Збери цілу сходинку в Помічнику 1. Потім постав блок «Помічник 1» для кожної сходинки.
level-helper-lamp-stairs-hint-3 = Сходинка починається так: Вперед, Поворот ліворуч, Вперед.

level-helper-call-itself-title = Помічник по колу
level-helper-call-itself-instruction = Піднімися довгими сходами до прапорця. У головній програмі вміщаються лише 3 блоки. Чи може Помічник 1 викликати сам себе й працювати далі, як «Повторювати, доки не готово»?
level-helper-call-itself-learned = Помічник може в кінці викликати сам себе. Тоді він починає знову, як цикл, поки завдання не виконано.
level-helper-call-itself-hint-1 = Сходинок більше, ніж місця в головній програмі.
level-helper-call-itself-hint-2 = Постав блок «Помічник 1» останнім у самому Помічнику 1. Тоді Помічник 1 виконуватиметься знову і знову.
level-helper-call-itself-hint-3 = Помічник 1 починається так: Вперед, Поворот ліворуч, Вперед, Поворот праворуч.

level-helper-round-and-round-title = Коло за колом
level-helper-round-and-round-instruction = Засвіти всі чотири лампи. Нехай Помічник 1 їде по колу, викликаючи сам себе.
level-helper-round-and-round-learned = Помічник, який викликає сам себе, працює, поки не засвітяться всі лампи.
level-helper-round-and-round-hint-1 = На кожній стороні одна лампа, посередині.
level-helper-round-and-round-hint-2 = Для однієї сторони: їхати, засвітити, їхати, повернути. Потім Помічник 1 сам починає знову.
level-helper-round-and-round-hint-3 = Помічник 1 починається так: Вперед, Засвітити, Вперед.

level-helper-fix-the-helper-title = Помічник зупиняється
level-helper-fix-the-helper-instruction = Помічник 1 має об’їхати квадрат і засвітити всі три лампи, але після першої зупиняється. Виправ Помічника 1.
level-helper-fix-the-helper-learned = Помічник, який має працювати далі, наприкінці викликає сам себе. Без цього виклику він виконується один раз і зупиняється.
level-helper-fix-the-helper-hint-1 = Торкайся кнопки «Крок». Що стається, коли Помічник 1 доходить до кінця?
level-helper-fix-the-helper-hint-2 = Головна програма викликає Помічника 1 лише раз. Як Помічник 1 може знову запустити сам себе?
level-helper-fix-the-helper-hint-3 = Наприкінці Помічника 1 чогось бракує.

level-helper-second-helper-title = Два помічники
level-helper-second-helper-instruction = Засвіти всі лампи довкола квадрата. Помічник 1 може викликати Помічника 2. Щоб отримати три зірки, нехай Помічник 1 ще й викликає сам себе.
level-helper-second-helper-learned = Помічник може викликати іншого помічника. З маленьких частин складаються більші.
level-helper-second-helper-hint-1 = Який візерунок найменший? Подивись на одну лампу.
level-helper-second-helper-hint-2 = Збери найменший візерунок у Помічнику 2. Помічник 1 викликає його, щоб проїхати одну сторону, повертає, а потім викликає сам себе.
level-helper-second-helper-hint-3 = Помічник 2: Вперед, Засвітити.

level-helper-walk-then-loop-title = Спершу доїхати, потім знову і знову
level-helper-walk-then-loop-instruction = Спершу доїдь до сходів. Потім нехай Помічник 1 їде сходами вгору й засвічує кожну лампу: наприкінці він викликає сам себе.
level-helper-walk-then-loop-learned = Головна програма може зробити першу частину роботи, а решту віддати помічнику.
level-helper-walk-then-loop-hint-1 = Сходи починаються не там, де стоїть робот. Перша лампа — за три клітинки попереду.
level-helper-walk-then-loop-hint-2 = Доїдь до сходів головною програмою. Потім виклич Помічника 1: він піднімається на одну сходинку, засвічує її лампу і викликає сам себе.
level-helper-walk-then-loop-hint-3 = Головна програма: Вперед, Вперед, Помічник 1.

level-helper-big-ring-title = Помічники по колу
level-helper-big-ring-instruction = Засвіти три лампи довкола квадрата. Блока «Поворот ліворуч» немає: збери його в помічнику. У головній програмі вміщається лише один блок, тож помічник має викликати сам себе.
level-helper-big-ring-learned = Помічник може замінити блок, якого в тебе немає: три блоки «Поворот праворуч» — це один «Поворот ліворуч».
level-helper-big-ring-hint-1 = На кожному розі дорога повертає ліворуч, а в тебе є лише блок «Поворот праворуч».
level-helper-big-ring-hint-2 = Після трьох поворотів праворуч робот дивиться туди ж, куди після одного повороту ліворуч. Поклади ці три блоки в окремого помічника.
level-helper-big-ring-hint-3 = Один помічник може бути таким: Поворот праворуч, Поворот праворуч, Поворот праворуч.

## Choice Canyon: checks and choices

level-choice-first-if-title = Червоне — поворот
level-choice-first-if-instruction = Кожна червона клітинка означає: тут повертай ліворуч. Перевір блоком «Якщо», чи робот на червоному.
level-choice-first-if-learned = Блок «Якщо» ставить питання. Блоки всередині виконуються, лише коли відповідь «так».
level-choice-first-if-hint-1 = Де дорога повертає? Якого кольору ці клітинки?
level-choice-first-if-hint-2 = «Якщо на червоному» виконує свої блоки, лише коли робот стоїть на червоній клітинці.
level-choice-first-if-hint-3 = У «Повторювати, доки не готово»: Вперед, потім «Якщо на червоному».

level-choice-green-lamps-title = Зелене перед лампою
level-choice-green-lamps-instruction = Зелена клітинка означає: на наступній клітинці лампа. Засвіти всі лампи.
level-choice-green-lamps-learned = Перевірка може підказати роботу, що буде далі, і він підготується.
level-choice-green-lamps-hint-1 = Подивись на клітинку одразу перед кожною лампою.
level-choice-green-lamps-hint-2 = Коли робот на зеленому, він може заїхати на лампу і засвітити її.
level-choice-green-lamps-hint-3 = У «Повторювати, доки не готово»: Вперед, потім «Якщо на зеленому».

level-choice-path-right-title = Дивись праворуч
level-choice-path-right-instruction = Робот уміє перевіряти дорогу. Повертай праворуч там, де праворуч вільно.
level-choice-path-right-learned = Робот бачить стіни. «Праворуч вільно» означає «так», коли клітинка праворуч від нього вільна.
level-choice-path-right-hint-1 = На кожному розі дорога йде праворуч.
level-choice-path-right-hint-2 = «Якщо праворуч вільно» дивиться на клітинку праворуч від робота.
level-choice-path-right-hint-3 = У «Повторювати, доки не готово»: Вперед, потім «Якщо праворуч вільно».

level-choice-fix-the-check-title = Забагато поворотів
level-choice-fix-the-check-instruction = Синє означає: повертай праворуч. Але цей робот повертає на кожній клітинці й урізається в стіну. Виправ програму.
level-choice-fix-the-check-learned = Блоки всередині «Якщо» виконуються, лише коли відповідь «так». Блок після «Якщо» виконується щоразу.
level-choice-fix-the-check-hint-1 = Торкайся кнопки «Крок». Чи повертає робот на клітинці, яка не синя?
level-choice-fix-the-check-hint-2 = Який поворот усередині блока «Якщо»? А який виконується щоразу?
level-choice-fix-the-check-hint-3 = Подивись на останній блок у циклі.

level-choice-if-else-title = Якщо чи інакше
level-choice-if-else-instruction = Їдь уперед, коли попереду вільно. Інакше повертай праворуч. Обережно з маленькими бічними дорогами!
level-choice-if-else-learned = «Якщо … інакше» вибирає один із двох шляхів: першу частину на «так», частину «інакше» на «ні».
level-choice-if-else-hint-1 = Маленькі бічні дороги нікуди не ведуть. Повертай, лише коли попереду стіна.
level-choice-if-else-hint-2 = «Якщо … інакше» має дві частини. Перша виконується на «так». Частина «інакше» — на «ні».
level-choice-if-else-hint-3 = У «Повторювати, доки не готово» візьми «Якщо попереду вільно», а в першу частину поклади «Вперед».

level-choice-colours-title = Червоне і синє
level-choice-colours-instruction = Червоне — повертай ліворуч. Синє — повертай праворуч. Візьми два блоки «Якщо».
level-choice-colours-learned = Програма може ставити кілька питань. Кожен блок «Якщо» ставить своє.
level-choice-colours-hint-1 = Подивись на колір клітинок там, де дорога повертає.
level-choice-colours-hint-2 = Поклади в цикл два блоки «Якщо»: один питає про червоне, другий про синє.
level-choice-colours-hint-3 = У «Повторювати, доки не готово» почни з «Вперед». Потім «Якщо на червоному», а в ньому «Поворот ліворуч».

level-choice-corner-lamps-title = Світло чи поворот
level-choice-corner-lamps-instruction = Кожна клітинка цієї дороги або червона, або з лампою. На червоному повертай ліворуч. На будь-якій іншій клітинці засвіти лампу.
level-choice-corner-lamps-learned = «Якщо … інакше» може питати й про колір: перша частина виконується на червоному, частина «інакше» — на всіх інших клітинках.
level-choice-corner-lamps-hint-1 = На яких клітинках немає ламп? Що там робить робот?
level-choice-corner-lamps-hint-2 = Один блок «Якщо … інакше» може зробити обидві справи: одна частина для червоних клітинок, частина «інакше» — для ламп.
level-choice-corner-lamps-hint-3 = У «Повторювати, доки не готово»: Вперед, потім «Якщо на червоному», а в першій частині «Поворот ліворуч».

level-choice-two-rules-title = Два правила
level-choice-two-rules-instruction = Червоне означає: повертай ліворуч. Стіна попереду означає: повертай праворуч. Візьми «Якщо» для одного правила і «Якщо … інакше» для другого.
level-choice-two-rules-learned = В одній програмі можна поєднувати «Якщо» і «Якщо … інакше». Кожен блок ставить своє питання, одне за одним.
level-choice-two-rules-hint-1 = Деякі дороги тягнуться далі за червону клітинку, але нікуди не ведуть. На червоному повертай ліворуч.
level-choice-two-rules-hint-2 = На кожному колі постав два питання: чи я на червоному? Чи попереду вільно?
level-choice-two-rules-hint-3 = У «Повторювати, доки не готово» почни з «Вперед». Потім «Якщо на червоному», а в ньому «Поворот ліворуч».

level-choice-red-means-left-title = Перехрестя в каньйоні
level-choice-red-means-left-instruction = Їдь уперед, поки попереду вільно. Біля стіни подивись на клітинку: на червоному повертай ліворуч, на будь-якій іншій — праворуч.
level-choice-red-means-left-learned = Один блок «Якщо» можна покласти в інший. Робот ставить одне питання, а потім, можливо, ще одне.
level-choice-red-means-left-hint-1 = Червоні клітинки важливі лише біля стіни. На вільній дорозі просто проїжджай по них. Одна дорога веде по колу!
level-choice-red-means-left-hint-2 = Спершу спитай: чи попереду вільно? Лише коли ні, спитай: чи я на червоному?
level-choice-red-means-left-hint-3 = У «Повторювати, доки не готово» візьми «Якщо попереду вільно … інакше», а в першу частину поклади «Вперед».

## Bug Bay: find and fix bugs

level-bug-wrong-turn-title = Не туди
level-bug-wrong-turn-instruction = Ця програма мала б привести робота до прапорця, але він урізається в стіну. Знайди неправильний блок і виправ його.
level-bug-wrong-turn-learned = Шукати помилку — це знайти крок, на якому все йде не так, і виправити саме його.
level-bug-wrong-turn-hint-1 = Торкайся кнопки «Крок», щоб виконувати по одному блоку. Де все йде не так?
level-bug-wrong-turn-hint-2 = Часто помилка — це лише один неправильний блок. Заміни його на правильний.
level-bug-wrong-turn-hint-3 = Подивись на поворот. Роботу треба повернути ліворуч чи праворуч?

level-bug-missing-step-title = Бракує кроку
level-bug-missing-step-instruction = Робот хоче засвітити лампу там, де її немає. Знайди, чого бракує.
level-bug-missing-step-learned = Іноді помилка — це блок, якого бракує. Порахуй клітинки, щоб перевірити.
level-bug-missing-step-hint-1 = Яка лампа не світиться?
level-bug-missing-step-hint-2 = Порахуй клітинки від кута до другої лампи. Порахуй і блоки «Вперед».
level-bug-missing-step-hint-3 = Пропущений блок має стояти одразу після блока «Поворот праворуч». Який блок рухає робота?

level-bug-loop-count-title = Порахуй ще раз
level-bug-loop-count-instruction = Робот урізається в стіну. Перевір, скільки разів повторюється кожен цикл, і виправ.
level-bug-loop-count-learned = Цикл, що виконується на раз більше або на раз менше, ніж треба, — дуже часта помилка.
level-bug-loop-count-hint-1 = Стеж за першим циклом. Де робот урізається в стіну?
level-bug-loop-count-hint-2 = Порахуй клітинки до кута. Стільки разів і має повторюватися цикл.
level-bug-loop-count-hint-3 = Зміни число в першому циклі.

level-bug-forgot-light-title = Світло забули
level-bug-forgot-light-instruction = Робот об’їжджає квадрат, але жодна лампа не світиться. Виправ цикл.
level-bug-forgot-light-learned = Якщо щось ніколи не стається, перевір, чи не бракує блока в циклі.
level-bug-forgot-light-hint-1 = Який блок вмикає лампу? Чи є він у програмі?
level-bug-forgot-light-hint-2 = Блок усередині циклу виконується на кожному колі.
level-bug-forgot-light-hint-3 = Пропущений блок має бути всередині циклу. Після двох блоків «Вперед» робот стоїть на лампі.

level-bug-helper-turn-title = Помилка в помічнику
level-bug-helper-turn-instruction = У Помічнику 1 є помилка. Головна програма викликає його тричі, тож помилка стається щоразу. Виправ її один раз.
level-bug-helper-turn-learned = Коли виправляєш помічника, ти виправляєш усі місця, де його викликають.
level-bug-helper-turn-hint-1 = Торкайся кнопки «Крок». Що стається після першої лампи?
level-bug-helper-turn-hint-2 = На кожному розі цього квадрата дорога йде праворуч.
level-bug-helper-turn-hint-3 = Подивись на останній блок у Помічнику 1.

level-bug-wrong-side-title = Не той бік
level-bug-wrong-side-instruction = Дорога завжди повертає праворуч, але робот урізається в стіну. Блок «Якщо» ставить не те питання. Виправ його.
level-bug-wrong-side-learned = Блок «Якщо» з неправильним питанням може зіпсувати всю програму.
level-bug-wrong-side-hint-1 = Куди повертає дорога? На який бік дивиться блок «Якщо»?
level-bug-wrong-side-hint-2 = Торкнися блока «Якщо» у програмі. Потім торкнися кнопки «Змінити питання».
level-bug-wrong-side-hint-3 = Блок «Якщо» дивиться в один бік, а дорога повертає в інший.

level-bug-two-mistakes-title = Дві помилки
level-bug-two-mistakes-instruction = У цій програмі дві помилки. Знайди обидві, щоб робот піднявся сходами до прапорця.
level-bug-two-mistakes-learned = У програмі може бути кілька помилок. Виправ одну, запусти знову, потім виправ наступну.
level-bug-two-mistakes-hint-1 = Стеж за першою сходинкою. Де робот помиляється?
level-bug-two-mistakes-hint-2 = Одна помилка — у повороті. Друга — у тому, скільки разів повторюється цикл.
level-bug-two-mistakes-hint-3 = На кожній сходинці робот піднімається, а потім знову повертається в той бік, куди їхав. Перевір цей поворот, а тоді порахуй сходинки.

level-bug-mixed-colours-title = Переплутані кольори
level-bug-mixed-colours-instruction = Червоне має означати «повертай ліворуч», а синє — «повертай праворуч». Хтось їх переплутав. Виправ програму.
level-bug-mixed-colours-learned = Перевір програму, знайди місце, де вона робить не те, що треба, і виправ саме його.
level-bug-mixed-colours-hint-1 = Що робить робот на першій синій клітинці?
level-bug-mixed-colours-hint-2 = Кожен блок «Якщо» питає про правильний колір, але повертає не в той бік.
level-bug-mixed-colours-hint-3 = Зміни поворот усередині кожного блока «Якщо».
