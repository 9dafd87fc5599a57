# Players on a shared tablet: choosing who plays, making a player, picture passwords, the
# grown-ups' screen, moving players between tablets, and updates.
# Nicknames are two words picked from lists: no typing, no real names.
# Keep sentences short and plain: many players are 7–9 years old.

players-title = Хто грає?
players-empty = Торкнися кнопки «Новий гравець», щоб почати.
players-previous = Попередні гравці
players-next = Наступні гравці
players-page = Сторінка { $page } з { $pages }
player-new = Новий гравець
grown-ups = Для дорослих

# A nickname: an adjective and an animal. The adjective gets the animal's gender as $gender
# (from the animal's .gender attribute): masculine, feminine or neuter.
nickname = { $adjective } { $animal }

player-new-title = Новий гравець
player-edit-title = Моє ім’я і картинка
player-done = Готово
player-preview = Ти — { $name }
pick-picture = Вибери картинку
pick-colour = Вибери колір
pick-adjective = Вибери слово
pick-animal = Вибери тварину
nickname-surprise = Здивуй мене

adj-brave = { $gender ->
    [masculine] Хоробрий
    [feminine] Хоробра
   *[neuter] Хоробре
}
adj-bright = { $gender ->
    [masculine] Яскравий
    [feminine] Яскрава
   *[neuter] Яскраве
}
adj-calm = { $gender ->
    [masculine] Спокійний
    [feminine] Спокійна
   *[neuter] Спокійне
}
adj-clever = { $gender ->
    [masculine] Розумний
    [feminine] Розумна
   *[neuter] Розумне
}
adj-cheerful = { $gender ->
    [masculine] Веселий
    [feminine] Весела
   *[neuter] Веселе
}
adj-gentle = { $gender ->
    [masculine] Лагідний
    [feminine] Лагідна
   *[neuter] Лагідне
}
adj-happy = { $gender ->
    [masculine] Радісний
    [feminine] Радісна
   *[neuter] Радісне
}
adj-kind = { $gender ->
    [masculine] Добрий
    [feminine] Добра
   *[neuter] Добре
}
adj-lucky = { $gender ->
    [masculine] Щасливий
    [feminine] Щаслива
   *[neuter] Щасливе
}
adj-quick = { $gender ->
    [masculine] Швидкий
    [feminine] Швидка
   *[neuter] Швидке
}
adj-sunny = { $gender ->
    [masculine] Сонячний
    [feminine] Сонячна
   *[neuter] Сонячне
}
adj-wise = { $gender ->
    [masculine] Мудрий
    [feminine] Мудра
   *[neuter] Мудре
}

animal-bear = Ведмідь
    .gender = masculine
animal-cat = Кішка
    .gender = feminine
animal-dolphin = Дельфін
    .gender = masculine
animal-eagle = Орел
    .gender = masculine
animal-fox = Лисиця
    .gender = feminine
animal-frog = Жабка
    .gender = feminine
animal-lion = Лев
    .gender = masculine
animal-owl = Сова
    .gender = feminine
animal-panda = Панда
    .gender = feminine
animal-rabbit = Кролик
    .gender = masculine
animal-tiger = Тигр
    .gender = masculine
animal-turtle = Черепаха
    .gender = feminine

picture-sun = Сонце
picture-moon = Місяць
picture-star = Зірка
picture-heart = Серце
picture-tree = Дерево
picture-flower = Квітка
picture-fish = Рибка
picture-house = Будинок
picture-rocket = Ракета
picture-crown = Корона
picture-leaf = Листок
picture-boat = Човен

avatar-colour-red = Червоний
avatar-colour-orange = Помаранчевий
avatar-colour-yellow = Жовтий
avatar-colour-green = Зелений
avatar-colour-teal = Бірюзовий
avatar-colour-blue = Синій
avatar-colour-purple = Фіолетовий
avatar-colour-pink = Рожевий

profile-error-full = Цей планшет заповнений. Дорослий може перенести гравців на інший планшет.
profile-error-name-taken = Таке ім’я вже має інший гравець. Вибери інші слова.
profile-error-other = Не вийшло. Спробуй ще раз.

# Picture passwords: three pictures in order.
secret-open-title = Торкнися своїх 3 картинок
secret-set-title = Вибери 3 картинки для свого пароля
secret-confirm-title = Торкнися тих самих 3 картинок ще раз
secret-progress = { $count } з { $total } { $total ->
        [one] картинки
        [few] картинок
        [many] картинок
       *[other] картинок
    }
secret-wrong = Не зовсім. Спробуй ще раз.
secret-ask-grown-up = Не зовсім. Не пам’ятаєш свої картинки? Попроси вчителя чи вчительку скинути їх.
secret-mismatch = Це були інші картинки. Почни спочатку.
secret-skip = Без пароля
secret-remove = Прибрати мій пароль

# A new player's age band: two big buttons (the band labels "band-7-9" and "band-10-12").
# 12–14 is chosen by a grown-up only, on the grown-ups' screen.
player-age-title = Скільки тобі років?
player-age-older = Тобі більше ніж 12? Обери 10–12. Дорослий може це змінити.

title-hello = Привіт, { $name }!
title-change-player = Змінити гравця
title-edit-me = Моє ім’я і картинка
title-password = Пароль із картинок
title-save-file = Зберегти мої зірки у файл
save-to-file = Зберегти у файл

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = Для дорослих
gate-question = Скільки буде { $a } × { $b }?
gate-typed = Відповідь: { $typed }
gate-wrong = Неправильно. Ось нове запитання.
gate-delete = Стерти цифру
gate-ok = Гаразд

# $name is a nickname in the nominative («Хоробрий Лев»). Where the sentence needs another
# case, the name stands in quotes after «гравця», so it can stay as it is.
adults-title = Гравці на цьому планшеті
adults-save-all = Зберегти всіх гравців у файл
adults-bring = Додати гравців із файлу
adults-clear = Очистити цей планшет
adults-clear-confirm = { $count ->
    [one] Торкнися ще раз, щоб видалити єдиного гравця
    [few] Торкнися ще раз, щоб видалити всіх { $count } гравців
    [many] Торкнися ще раз, щоб видалити всіх { $count } гравців
   *[other] Торкнися ще раз, щоб видалити всіх { $count } гравців
}
adults-cleared = Цей планшет тепер порожній.
adults-player = { $name }: { $stars } { $stars ->
        [one] зірка
        [few] зірки
        [many] зірок
       *[other] зірки
    }
adults-save-one = Зберегти гравця «{ $name }» у файл
adults-reset-secret = Скинути пароль із картинок гравця «{ $name }»
adults-secret-reset = { $name } тепер не має пароля з картинок.
adults-delete = Видалити гравця «{ $name }»
adults-delete-confirm = Торкнися ще раз, щоб видалити гравця «{ $name }»
adults-deleted = Гравця «{ $name }» видалено.
adults-saved = { $count ->
    [one] { $count } гравця збережено у файл. Відкрий його на іншому планшеті кнопкою «Додати гравців із файлу».
    [few] { $count } гравців збережено у файл. Відкрий його на іншому планшеті кнопкою «Додати гравців із файлу».
    [many] { $count } гравців збережено у файл. Відкрий його на іншому планшеті кнопкою «Додати гравців із файлу».
   *[other] { $count } гравця збережено у файл. Відкрий його на іншому планшеті кнопкою «Додати гравців із файлу».
}
adults-save-failed = Не вдалося зберегти файл.
adults-include-secrets = Записати паролі з картинок у файл
adults-secrets-left-out = Файли тепер без паролів із картинок; пароль, який уже є на іншому планшеті, залишається.
adults-secrets-included = Файли тепер містять паролі з картинок: хто відкриє файл, зможе їх прочитати.
adults-help = Як перенести учнів: збережи їх тут у файл, скопіюй файл на інший планшет і додай їх там. Гравці, які вже є на тому планшеті, зберігають усі свої зірки.
adults-help-insecure = Ця сторінка відкрита не через HTTPS, тому вона не працює офлайн і її не можна додати на головний екран. Усе інше працює. У README написано, як правильно її розмістити.
# Which of the game's languages this tablet can read aloud ($languages: their own names,
# separated by commas), and how a grown-up adds a voice.
adults-voices-open = Читання вголос
adults-voices-some = Цей планшет може читати вголос такими мовами: { $languages }
adults-voices-none = Цей планшет ще не може читати вголос жодною з мов гри.
adults-voices-help = Як додати голос на планшеті з Android: відкрий «Налаштування», знайди «Синтез мовлення», відкрий налаштування бажаної системи синтезу й установи голосові дані для потрібної мови. Потім знову відкрий гру. Вголос читають лише голоси, збережені на самому планшеті, тож для читання нічого нікуди не надсилається.
# A player's age band on the grown-ups' screen: the button shows the band ($band is a band
# label, e.g. "Ages 7–9", or adults-band-unset); its accessible name says whose it is.
adults-band = Вікова група гравця «{ $name }»: { $band }
adults-band-unset = Вік не обрано
adults-band-changed = { $name }: тепер { $band }.
adults-band-help = Торкнися вікової групи гравця, щоб її змінити. Гравець спершу бачить рівні цієї групи. Діти на початку обирають 7–9 або 10–12. Групу 12–14 може обрати лише дорослий: у ній є теми для старших дітей. «Вік не обрано» означає групу 7–9.

import-done = Готово: { $added } { $added ->
        [one] новий гравець
        [few] нові гравці
        [many] нових гравців
       *[other] нового гравця
    }, оновлено: { $updated }{ $refused ->
    [0] .
   *[other] , { $refused } { $refused ->
        [one] не додано
        [few] не додано
        [many] не додано
       *[other] не додано
    } (планшет заповнений, або їх тут зберігає новіша версія Byte Bridge).
}{ $renamed ->
    [0] {""}
    [one] {" "}{ $renamed } гравець отримав нове ігрове ім’я, бо його ім’я тут уже зайняте.
    [few] {" "}{ $renamed } гравці отримали нові ігрові імена, бо їхні імена тут уже зайняті.
    [many] {" "}{ $renamed } гравців отримали нові ігрові імена, бо їхні імена тут уже зайняті.
   *[other] {" "}{ $renamed } гравця отримали нові ігрові імена, бо їхні імена тут уже зайняті.
}
import-error-too-large = Цей файл завеликий для файлу з гравцями.
import-error-not-ours = Це не файл із гравцями Byte Bridge.
import-error-newer = Цей файл створила новіша версія Byte Bridge. Спершу онови гру на цьому планшеті.
import-error-damaged = Цей файл із гравцями пошкоджений, тому нічого не змінилося. Збережи його ще раз на іншому планшеті.
import-error-over-limits = Гравець у цьому файлі має більше, ніж Byte Bridge будь-коли зберігає (задовгі програми, забагато спроб чи рівнів), сам або разом із тим самим гравцем на цьому планшеті. Тому нічого не змінилося.
import-error-unreadable = Не вдалося прочитати файл. Спробуй ще раз.

offline-needs-https = Ця сторінка відкрита не через HTTPS, тому без інтернету вона не працюватиме.
update-reload = Нова версія готова: торкнися, щоб запустити
save-file-failed = Не вдалося зберегти файл. Спробуй ще раз.
