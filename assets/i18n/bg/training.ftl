# Teach the robot: the pupil sorts example cards, the robot learns from them and is tested.
# Card texts stay short (about 30 characters).

train-bin-cat = Котка
train-bin-not-cat = Не е котка

train-action-train = Обучи робота
train-action-test = Провери робота
train-action-test-new = Покажи му нови карти
train-action-retrain = Обучи и провери пак

train-robot = Робот
train-card = Карта: { $text }
train-progress = Карта { $current } от { $total }
train-examples = Примери, от които роботът се учи: { $count }
train-tests = Карти за проверка
train-more = Още примери: докосни един, после кутията му
train-room = Място за още примери: { $room }

train-start = Сложи всяка карта в нейната кутия. Роботът ще се учи от това, което му показваш.
train-placed-right = Правилно! Роботът ще се учи от тази карта.
train-placed-wrong = Не съвсем. Роботът научава точно това, което му показваш, затова всяка карта трябва да е в правилната кутия.
train-ready = Всичко е подредено. Сега обучи робота!
train-trained = Роботът се научи от твоите примери. Провери го с карти, които не е виждал.
train-tested-seen = Верни карти за проверка: { $right } от { $total }. Карти като примерите му са лесни. Сега опитай нови видове карти.
train-tested-new = Верни нови карти: { $right } от { $total }. В примерите му нямаше карти като тези, които сбърка. Дай му по-добри примери!
train-selected = Сега докосни кутията за: { $text }
train-added = Добавено. Роботът ще се учи от това, когато го обучиш пак.
train-no-room = Няма място. Първо докосни добавена карта, за да я махнеш.
train-removed = Махнато: { $text }
train-retest-missed = Верни карти за проверка: { $right } от { $total }. Още не всички. Опитай с други примери.
train-done = Верни карти за проверка: { $right } от { $total }. Разнообразните примери научиха робота добре!

train-result-right = Вярно: { $text }. Роботът казва: { $guess }
train-result-wrong = Грешно: { $text }. Роботът казва: { $guess }
train-guess-not-sure = не съм сигурен
train-take-out = Махни: { $text }

train-card-orange-cat = Рижа котка
train-card-big-grey-dog = Голямо пухкаво сиво куче
train-card-orange-kitten = Рижо коте
train-card-white-rabbit = Пухкаво бяло зайче
train-card-sleepy-orange-cat = Сънлива рижа котка
train-card-small-brown-dog = Малко кафяво куче
train-card-fluffy-orange-cat = Пухкава рижа котка
train-card-big-brown-dog = Голямо кафяво куче
train-card-grey-rabbit = Пухкаво сиво зайче
train-card-big-grey-cat = Голяма пухкава сива котка
train-card-white-fluffy-cat = Пухкава бяла котка
train-card-black-dog = Голямо черно куче
train-card-white-cat = Малка бяла котка
train-card-grey-kitten = Пухкаво сиво коте
train-card-small-grey-dog = Малко сиво куче
train-card-big-grey-cat-short = Голяма сива котка
train-card-brown-rabbit = Кафяво зайче
train-card-black-fluffy-cat = Голяма пухкава черна котка
