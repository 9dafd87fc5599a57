# What the digital-literacy level kinds show around a level's own texts.

answer-next = Напред
answer-right = Правилно!
answer-wrong = Не съвсем.
answer-feedback = { $verdict } { $reason }

pick-screen = Какво ще направиш?
pick-start = Прочети какво се случва и докосни най-добрия отговор.
pick-progress = Въпрос { $current } от { $total }
pick-option-best = Най-добър отговор: { $text }
pick-option-not-best = Не е най-добрият: { $text }

order-screen-steps = Стъпки
order-screen-rank = Пароли
order-start = Докосни стъпката, която е първа.
order-start-rank = Първо докосни най-слабата парола.
order-progress = { $placed } от { $total } по ред
order-step-placed = { $number }. { $text }
order-done = { $last } Всичко е по ред. Докосни „Готово“.

password-screen = Нова парола
password-empty = Докосвай думите отдолу, за да направиш парола.
password-shown = Парола: { $password }
password-piece = Добави { $text }
password-remove = Махни последната
password-clear = Започни отначало
password-pieces = { $count } { $count ->
        [one] част
       *[other] части
    } (поне { $min }, най-много { $max })
password-meter-empty = Сила: още нищо
password-meter-pending = Сила: измерване …
password-meter-unavailable = Измервателят на сила не можа да се зареди. Провери връзката и после промени паролата, за да опиташ пак.
password-meter = Сила: { $score }. { $time }
password-personal = Внимание! { $reason }
password-build-empty = Започни с дума. Избирай думи, които нямат нищо общо с теб.
password-build-personal = Махни частта за теб: хора, които те познават, могат да я познаят.
password-build-short = Добави още думи: използвай поне { $min }.
password-build-weak = Още не е достатъчно силна. Добави още дума или смени една. Целта е „{ $target }“.
password-build-done = Силна, дълга и нищо за теб. Докосни „Готово“!
password-score-0 = Много слаба
password-score-1 = Слаба
password-score-2 = Горе-долу
password-score-3 = Силна
password-score-4 = Много силна
password-time-instantly = Компютър я познава за по-малко от минута.
password-time-minutes = Компютър я познава за минути.
password-time-hours = Компютър я познава за часове.
password-time-days = На компютър му трябват дни, за да я познае.
password-time-years = На компютър му трябват години, за да я познае.
password-time-centuries = На компютър му трябват стотици години, за да я познае.
password-meter-limited = Сила: { $score }. { $limit }
password-limit-short = Твърде кратка, за да е силна. Направи я от 15 букви или повече.
password-limit-few-words = Силните пароли имат поне три случайни думи.
password-limit-common-words = Тези думи са много често срещани. Смени една с по-рядка дума.

address-screen = Връзка
address-claim = Тази връзка казва, че води към { $brand }.
address-start = Чети адреса от края на името му, а не от началото.
address-find = Докосни частта, която назовава сайта.
address-judge = Това ли е сайтът на { $brand }?
address-yes = Да, това е { $brand }
address-no = Не, не е
address-part = Част от адреса: { $text }
address-progress = Връзка { $current } от { $total }
address-found = Да! Тази част назовава сайта: { $site }. Това ли е { $brand }?
address-verdict-real = Тази връзка води към { $site }, истинския сайт на { $brand }.
address-verdict-other = Тази връзка води към { $site }, а не към { $brand }. Името { $brand } на друго място в нея е само маскировка.
address-verdict-lookalike = Погледни внимателно: някои букви са от друга азбука. Браузърът чете { $real }, а това не е { $brand }.
address-part-scheme = „https://“ означава само, че никой не може да подслушва по пътя. Не казва кой държи сайта.
address-part-user = Браузърът не отива към това, което е преди @. Измамниците слагат там известно име.
address-part-subdomain = Това е само предна част. Собственикът на сайта може да напише тук всяка дума, дори известно име.
address-part-site = Тази част назовава сайта: окончанието и името точно преди него. Тя казва кой държи сайта.
address-part-port = Това число е врата към сайта. То не казва кой го държи.
address-part-path = Тази част идва след името на сайта. Собственикът може да напише тук всичко.
address-part-query = Тази част идва след името на сайта. Собственикът може да напише тук всичко.
address-part-fragment = Тази част само прескача до място в страницата. Не казва кой държи сайта.
address-shown = { $words } — наистина води към:
address-verdict-shown = Думите казват едно, но връзката води към { $site }, а не към { $brand }.
address-verdict-note = { $reason } { $note }
