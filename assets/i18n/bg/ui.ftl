# Everything around the levels: title, map, result, notices.

language-name = Български
app-title = Byte Bridge
app-tagline = Учи се да програмираш и пази се в интернет
title-play = Играй
language-picker = Език
language-open = Език: { $language }
language-loading = Зарежда се { $language } …
language-not-on-device = Езикът { $language } още не е на този таблет. Свържи се веднъж с интернет, за да го изтеглиш. На този таблет: { $ready }
language-damaged = Езикът { $language } не пристигна цял. Моля, опитай пак по-късно. На този таблет: { $ready }

back = Назад
notice-dismiss = ОК

map-title = Нива
level-status-locked = заключено
level-status-new = още не е играно
level-status-stars = { $stars } от 3 звезди
map-level = { $number }. { $title }, { $status }
map-locked-hint = Завърши предишното ниво, за да отключиш това.
map-world = { $title }, { $status }
map-world-stars = { $stars } от { $max } { $max ->
        [one] звезда
       *[other] звезди
    }

result-title = Нивото е завършено!
result-stars = { $stars } от 3 звезди
result-new-best = Нов рекорд!
result-learned-heading = Какво научи
result-next = Следващо ниво
result-retry = Играй пак
result-levels = Всички нива

storage-unavailable = Този таблет не може да записва в момента. Можеш да играеш, но звездите ще се загубят, когато страницата се затвори.
storage-recovered-damaged = Записан играч не можа да бъде прочетен и нямаше добро копие. Той е оставен настрана на този таблет.
storage-recovered-backup = Някои записани звезди бяха повредени. Върнато е последното добро копие.
storage-newer-version = Някои играчи са записани от по-нова версия на Byte Bridge. Те са на сигурно място: обнови играта, за да ги видиш.
storage-full = Паметта на таблета е пълна. Запиши звездите си във файл, за да не се загуби нищо.

hint = Подсказка
hint-shown = Подсказка { $number }: { $hint }

read-aloud = Прочети ми
read-aloud-stop = Спри четенето
settings-open = Настройки
settings-title = Настройки
settings-read-everything = Чети ми всичко
settings-read-everything-about = Играта прочита на глас всяко ниво, всяка подсказка и всеки резултат веднага щом ги покаже.
settings-no-voice = Този таблет още няма глас за този език. Възрастен може да го добави.
settings-robot-speed = Скорост на робота: { $speed }
settings-calm = По-малко движение
settings-calm-about = Роботът скача от квадратче на квадратче, вместо да се плъзга. Това е включено от самото начало, ако таблетът е настроен да показва по-малко движение.
settings-contrast = Висок контраст
settings-contrast-about = Фонът става черен, думите – бели, а около бутоните се появяват бели рамки. Някои очи виждат така по-лесно.
settings-text-size = Размер на буквите: { $size }
settings-text-size-about = Докосни отново и думите стават по-големи, до два пъти по-големи. След това пак са нормални.
text-size-normal = нормален
text-size-big = голям
text-size-bigger = по-голям
text-size-biggest = най-голям
settings-more-space = Повече място
settings-more-space-about = Повече място между буквите и между редовете. Така на някои хора им е по-лесно да четат.
