# Що показують рівні з цифрової грамотності навколо власних текстів рівня: бічна колонка,
# вибір найкращої відповіді, порядок кроків, складання пароля і читання адреси.

answer-next = Далі
answer-right = Правильно!
answer-wrong = Не зовсім.
answer-feedback = { $verdict } { $reason }

pick-screen = Що ти зробиш?
pick-start = Прочитай, що сталося, а потім торкнися найкращої відповіді.
pick-progress = Питання { $current } з { $total }
pick-option-best = Найкраща відповідь: { $text }
pick-option-not-best = Не найкраща: { $text }

order-screen-steps = Кроки
order-screen-rank = Паролі
order-start = Торкнися кроку, який іде першим.
order-start-rank = Спершу торкнися найслабшого пароля.
order-progress = { $placed } з { $total } по порядку
order-step-placed = { $number }. { $text }
order-done = { $last } Усе стоїть по порядку. Торкнися «Готово».

password-screen = Новий пароль
password-empty = Торкайся слів нижче, щоб скласти пароль.
password-shown = Пароль: { $password }
password-piece = Додати { $text }
password-remove = Прибрати останнє
password-clear = Почати знову
password-pieces = { $count } { $count ->
        [one] частина
        [few] частини
        [many] частин
       *[other] частини
    } (щонайменше { $min }, щонайбільше { $max })
password-meter-empty = Надійність: поки нічого
password-meter-pending = Надійність: вимірюємо …
password-meter-unavailable = Не вдалося завантажити вимірювач надійності. Перевір з’єднання, а потім зміни пароль, щоб спробувати ще раз.
password-meter = Надійність: { $score }. { $time }
password-personal = Обережно! { $reason }
password-build-empty = Почни зі слова. Бери слова, які не пов’язані з тобою.
password-build-personal = Прибери частину про себе: ті, хто тебе знає, можуть її вгадати.
password-build-short = Додай більше слів: щонайменше { $min }.
password-build-weak = Ще недостатньо надійно. Додай слово або заміни одне. Мета: «{ $target }».
password-build-done = Надійний, довгий і нічого про тебе. Торкнися «Готово»!
password-score-0 = Дуже слабкий
password-score-1 = Слабкий
password-score-2 = Так собі
password-score-3 = Надійний
password-score-4 = Дуже надійний
password-time-instantly = Комп’ютер вгадає його менш ніж за хвилину.
password-time-minutes = Комп’ютер вгадає його за кілька хвилин.
password-time-hours = Комп’ютер вгадає його за кілька годин.
password-time-days = Комп’ютеру треба кілька днів, щоб його вгадати.
password-time-years = Комп’ютеру треба багато років, щоб його вгадати.
password-time-centuries = Комп’ютеру треба сотні років, щоб його вгадати.
# When the guidance holds a password back (core::password::guidance), the meter says why
# instead of the guessing time. NIST asks for 15 characters; the dashes count too.
password-meter-limited = Надійність: { $score }. { $limit }
password-limit-short = Закороткий, щоб бути надійним. Потрібно 15 літер або більше.
password-limit-few-words = У надійному паролі щонайменше три випадкові слова.
password-limit-common-words = Це дуже поширені слова. Заміни одне на рідкісніше.

address-screen = Посилання
address-claim = Це посилання нібито веде до { $brand }.
address-start = Читай назву в адресі з кінця, а не з початку.
address-find = Торкнися частини, яка називає сайт.
address-judge = Це сайт { $brand }?
address-yes = Так, це { $brand }
address-no = Ні, це не він
address-part = Частина адреси: { $text }
address-progress = Посилання { $current } з { $total }
address-found = Так! Ця частина називає сайт: { $site }. Це { $brand }?
address-verdict-real = Це посилання веде на { $site }, справжній сайт { $brand }.
address-verdict-other = Це посилання веде на { $site }, а не на сайт { $brand }. Назва { $brand } в іншому місці — лише маскування.
address-verdict-lookalike = Придивися: деякі літери з іншої абетки. Браузер читає { $real }, а це не { $brand }.
address-part-scheme = «https://» означає лише те, що дорогою ніхто не підслухає. Воно не каже, чий це сайт.
address-part-user = Браузер не йде туди, що стоїть перед знаком @. Шахраї пишуть там відому назву.
address-part-subdomain = Це лише передня частина. Власник сайту може написати тут будь-яке слово, навіть відому назву.
address-part-site = Ця частина називає сайт: закінчення і назва просто перед ним. Вона каже, чий це сайт.
address-part-port = Це число — двері на сайт. Воно не каже, чий це сайт.
address-part-path = Ця частина йде після назви сайту. Власник може написати тут що завгодно.
address-part-query = Ця частина йде після назви сайту. Власник може написати тут що завгодно.
address-part-fragment = Ця частина лише переходить до місця на сторінці. Вона не каже, чий це сайт.
address-shown = { $words } — насправді веде сюди:
address-verdict-shown = Слова кажуть одне, але це веде на { $site }, а не до { $brand }.
address-verdict-note = { $reason } { $note }
