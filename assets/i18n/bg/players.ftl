# Players on a shared tablet. A nickname is an adjective and an animal; the adjective agrees
# with the animal's .gender.

players-title = Кой играе?
players-empty = Докосни „Нов играч“, за да започнеш.
players-previous = Предишни играчи
players-next = Още играчи
players-page = Страница { $page } от { $pages }
player-new = Нов играч
grown-ups = Възрастни

nickname = { $adjective } { $animal }

player-new-title = Нов играч
player-edit-title = Моето име и картинка
player-done = Готово
player-preview = Това си ти: { $name }
pick-picture = Избери картинка
pick-colour = Избери цвят
pick-adjective = Избери дума
pick-animal = Избери животно
nickname-surprise = Изненадай ме

adj-brave = { $gender ->
    [masculine] Смел
    [feminine] Смела
   *[neuter] Смело
}
adj-bright = { $gender ->
    [masculine] Сияен
    [feminine] Сияйна
   *[neuter] Сияйно
}
adj-calm = { $gender ->
    [masculine] Спокоен
    [feminine] Спокойна
   *[neuter] Спокойно
}
adj-clever = { $gender ->
    [masculine] Хитър
    [feminine] Хитра
   *[neuter] Хитро
}
adj-cheerful = { $gender ->
    [masculine] Весел
    [feminine] Весела
   *[neuter] Весело
}
adj-gentle = { $gender ->
    [masculine] Нежен
    [feminine] Нежна
   *[neuter] Нежно
}
adj-happy = { $gender ->
    [masculine] Радостен
    [feminine] Радостна
   *[neuter] Радостно
}
adj-kind = { $gender ->
    [masculine] Добър
    [feminine] Добра
   *[neuter] Добро
}
adj-lucky = { $gender ->
    [masculine] Щастлив
    [feminine] Щастлива
   *[neuter] Щастливо
}
adj-quick = { $gender ->
    [masculine] Бърз
    [feminine] Бърза
   *[neuter] Бързо
}
adj-sunny = { $gender ->
    [masculine] Слънчев
    [feminine] Слънчева
   *[neuter] Слънчево
}
adj-wise = { $gender ->
    [masculine] Мъдър
    [feminine] Мъдра
   *[neuter] Мъдро
}

animal-bear = Мечок
    .gender = masculine
animal-cat = Котка
    .gender = feminine
animal-dolphin = Делфин
    .gender = masculine
animal-eagle = Орел
    .gender = masculine
animal-fox = Лисица
    .gender = feminine
animal-frog = Жаба
    .gender = feminine
animal-lion = Лъв
    .gender = masculine
animal-owl = Сова
    .gender = feminine
animal-panda = Панда
    .gender = feminine
animal-rabbit = Зайче
    .gender = neuter
animal-tiger = Тигър
    .gender = masculine
animal-turtle = Костенурка
    .gender = feminine

picture-sun = Слънце
picture-moon = Луна
picture-star = Звезда
picture-heart = Сърце
picture-tree = Дърво
picture-flower = Цвете
picture-fish = Риба
picture-house = Къща
picture-rocket = Ракета
picture-crown = Корона
picture-leaf = Листо
picture-boat = Лодка

avatar-colour-red = Червен
avatar-colour-orange = Оранжев
avatar-colour-yellow = Жълт
avatar-colour-green = Зелен
avatar-colour-teal = Тюркоазен
avatar-colour-blue = Син
avatar-colour-purple = Лилав
avatar-colour-pink = Розов

profile-error-full = Този таблет е пълен. Възрастен може да премести играчи на друг таблет.
profile-error-name-taken = Друг играч вече има това име. Избери други думи.
profile-error-other = Не се получи. Моля, опитай пак.

secret-open-title = Докосни своите 3 картинки
secret-set-title = Избери 3 картинки за паролата си
secret-confirm-title = Докосни пак същите 3 картинки
secret-progress = { $count } от { $total } { $total ->
        [one] картинка
       *[other] картинки
    }
secret-wrong = Не съвсем. Опитай пак.
secret-ask-grown-up = Не съвсем. Ако не помниш картинките си, помоли учителя си да ги нулира.
secret-mismatch = Това бяха други картинки. Започни отначало.
secret-skip = Без парола
secret-remove = Премахни паролата ми

player-age-title = На колко години си?
player-age-older = На повече от 12? Избери 10–12. Възрастен може да го промени.

title-hello = Здравей, { $name }!
title-change-player = Смени играча
title-edit-me = Моето име и картинка
title-password = Парола с картинки
title-save-file = Запиши звездите ми във файл
save-to-file = Запиши във файл

gate-title = За възрастни
gate-question = Колко е { $a } × { $b }?
gate-typed = Отговор: { $typed }
gate-wrong = Това не е вярно. Ето нов въпрос.
gate-delete = Изтрий цифра
gate-ok = ОК

adults-title = Играчи на този таблет
adults-save-all = Запиши всички играчи във файл
adults-bring = Добави играчи от файл
adults-clear = Изчисти този таблет
adults-clear-confirm = { $count ->
        [one] Докосни пак, за да изтриеш единствения играч
       *[other] Докосни пак, за да изтриеш всички { $count } играчи
    }
adults-cleared = Този таблет вече е празен.
adults-player = { $stars ->
        [one] { $name }: една звезда
       *[other] { $name }: { $stars } звезди
    }
adults-save-one = Запиши { $name } във файл
adults-reset-secret = Нулирай паролата с картинки на { $name }
adults-secret-reset = { $name } вече няма парола с картинки.
adults-delete = Изтрий { $name }
adults-delete-confirm = Докосни пак, за да изтриеш { $name }
adults-deleted = { $name } е изтрит от таблета.
adults-saved = { $count ->
    [one] Един играч е записан във файл. Отвори го на другия таблет с „Добави играчи от файл“.
   *[other] { $count } играча са записани във файл. Отвори го на другия таблет с „Добави играчи от файл“.
}
adults-save-failed = Файлът не можа да бъде записан.
adults-include-secrets = Сложи паролите с картинки във файла
adults-secrets-left-out = Новите файлове не съдържат паролите с картинки; парола, която вече е на другия таблет, остава.
adults-secrets-included = Новите файлове съдържат паролите с картинки: всеки, който отвори файла, може да ги прочете.
adults-help = Преместване на ученици: запиши ги тук във файл, копирай файла на другия таблет и ги добави там. Играчите, които вече са на онзи таблет, запазват всичките си звезди.
adults-help-insecure = Тази страница не се зарежда през HTTPS, затова не работи без интернет и не може да се добави към началния екран. Всичко друго работи. README обяснява как да я пуснеш правилно.
adults-voices-open = Четене на глас
adults-voices-some = Този таблет може да чете на глас на тези езици: { $languages }
adults-voices-none = Този таблет още не може да чете на глас на нито един от езиците на играта.
adults-voices-help = Как да добавиш глас на таблет с Android: отвори Настройки, намери „Синтезиран говор“, отвори настройките на предпочитаната машина и инсталирай гласовите данни за даден език. После отвори играта отново. На глас четат само гласове, запазени на таблета, затова нищо не се изпраща другаде за четене.
adults-band = Възрастова група на { $name }: { $band }
adults-band-unset = Възрастта не е избрана
adults-band-changed = { $name }: вече { $band }.
adults-band-help = Докосни възрастовата група на играч, за да я смениш. Играчът вижда първо нивата на тази група. Учениците избират 7–9 или 10–12 в началото; само възрастен може да избере 12–14, групата с теми за по-големи ученици. „Възрастта не е избрана“ се брои като 7–9.

import-done = Готово: { $added ->
        [one] един нов играч
       *[other] { $added } нови играчи
    }, обновени: { $updated }{ $refused ->
        [0] .
       *[other] , не можаха да бъдат добавени: { $refused } (таблетът е пълен или по-нова версия на Byte Bridge ги пази тук).
    }{ $renamed ->
        [0] {""}
        [one] {" "}Един играч получи ново име в играта, защото неговото вече беше заето тук.
       *[other] {" "}{ $renamed } играчи получиха нови имена в играта, защото техните вече бяха заети тук.
    }
import-error-too-large = Този файл е твърде голям, за да е файл с играчи.
import-error-not-ours = Това не е файл с играчи на Byte Bridge.
import-error-newer = Този файл е от по-нова версия на Byte Bridge. Първо обнови играта на този таблет.
import-error-damaged = Този файл с играчи е повреден, затова нищо не е променено. Запиши го отново на другия таблет.
import-error-over-limits = Играч в този файл има повече, отколкото Byte Bridge някога пази (твърде дълги програми, твърде много опити или нива), сам или заедно със същия играч на този таблет. Нищо не е променено.
import-error-unreadable = Файлът не можа да бъде прочетен. Опитай пак.

offline-needs-https = Тази страница не се зарежда през HTTPS, затова няма да работи без интернет.
update-reload = Нова версия е готова: докосни, за да я пуснеш
save-file-failed = Файлът не можа да бъде записан. Моля, опитай пак.
