# Teach the robot (`"kind": "train_robot"`): the pupil sorts example cards, the robot learns
# from them and is tested, gets a new kind of card wrong, and the pupil picks better examples.
# Card texts stay short (about 30 characters): they sit under a picture on a small card.

train-bin-cat = Кіт
train-bin-not-cat = Не кіт

# The buttons, one at a time as the level goes on.
train-action-train = Навчити робота
train-action-test = Перевірити робота
train-action-test-new = Показати нові картки
train-action-retrain = Навчити й перевірити знову

train-robot = Робот
train-card = Картка: { $text }
train-progress = Картка { $current } з { $total }
train-examples = Прикладів, з яких робот учився: { $count }
train-tests = Картки для перевірки
train-more = Ще приклади: торкнися картки, а потім її скриньки
train-room = Місця для нових прикладів: { $room }

# What the robot and the pupil are told, one step after another (announced).
train-start = Поклади кожну картку в її скриньку. Робот навчиться з того, що ти йому покажеш.
train-placed-right = Так! Робот навчиться з цієї картки.
train-placed-wrong = Не зовсім. Робот учиться саме з того, що ти показуєш, тож кожна картка має лягти в правильну скриньку.
train-ready = Усе розкладено. Тепер навчи робота!
train-trained = Робот навчився з твоїх прикладів. Перевір його на картках, яких він ще не бачив.
train-tested-seen = Правильних карток: { $right } з { $total }. Картки, схожі на його приклади, — це легко. Тепер спробуй нові види карток.
train-tested-new = Правильних нових карток: { $right } з { $total }. Серед його прикладів не було карток, схожих на ті, де він помилився. Дай йому кращі приклади!
train-selected = Тепер торкнися скриньки для: { $text }
train-added = Додано. Робот навчиться з цього, коли ти навчиш його знову.
train-no-room = Місця більше немає. Спершу торкнися доданої картки, щоб її прибрати.
train-removed = Прибрано: { $text }
train-retest-missed = Правильних карток: { $right } з { $total }. Ще не всі. Спробуй інші приклади.
train-done = Правильних карток: { $right } з { $total }. Різноманітні приклади добре навчили робота!

# One test card and what the robot said about it.
train-result-right = Правильно: { $text }. Робот каже: { $guess }
train-result-wrong = Помилка: { $text }. Робот каже: { $guess }
train-guess-not-sure = не знаю
train-take-out = Прибрати: { $text }

train-card-orange-cat = Рудий кіт
train-card-big-grey-dog = Великий пухнастий сірий пес
train-card-orange-kitten = Руде кошеня
train-card-white-rabbit = Пухнастий білий кролик
train-card-sleepy-orange-cat = Сонний рудий кіт
train-card-small-brown-dog = Маленький коричневий пес
train-card-fluffy-orange-cat = Пухнастий рудий кіт
train-card-big-brown-dog = Великий коричневий пес
train-card-grey-rabbit = Пухнастий сірий кролик
train-card-big-grey-cat = Великий пухнастий сірий кіт
train-card-white-fluffy-cat = Пухнастий білий кіт
train-card-black-dog = Великий чорний пес
train-card-white-cat = Маленький білий кіт
train-card-grey-kitten = Пухнасте сіре кошеня
train-card-small-grey-dog = Маленький сірий пес
train-card-big-grey-cat-short = Великий сірий кіт
train-card-brown-rabbit = Коричневий кролик
train-card-black-fluffy-cat = Великий пухнастий чорний кіт
