# Everything around the levels: title, map, result, notices.
# Keep sentences short and plain: many players are 7–9 years old.

language-name = Українська
app-title = Byte Bridge
app-tagline = Вчися програмувати й будь у безпеці в інтернеті
title-play = Грати
language-picker = Мова
language-open = Мова: { $language }
language-loading = Завантажуємо { $language } …
language-not-on-device = Мови «{ $language }» ще немає на цьому планшеті. Під’єднай його до інтернету один раз, щоб її отримати. На цьому планшеті: { $ready }
language-damaged = Мова «{ $language }» надійшла не повністю. Спробуй ще раз пізніше. На цьому планшеті: { $ready }

back = Назад
notice-dismiss = Гаразд

map-title = Рівні
level-status-locked = заблоковано
level-status-new = ще не зіграно
level-status-stars = { $stars } з 3 зірок
# Accessible name of a level button, read by screen readers.
map-level = { $number }. { $title }, { $status }
map-locked-hint = Спершу пройди попередній рівень, і цей відкриється.
# A world's tab on the map: its name and how many stars were earned there.
map-world = { $title }, { $status }
map-world-stars = { $stars } з { $max } { $max ->
        [one] зірки
        [few] зірок
        [many] зірок
       *[other] зірки
    }

result-title = Рівень пройдено!
result-stars = { $stars } з 3 зірок
result-new-best = Новий рекорд!
result-learned-heading = Що ти тепер знаєш
result-next = Наступний рівень
result-retry = Грати ще раз
result-levels = Усі рівні

storage-unavailable = Цей планшет зараз не може зберігати. Ти можеш грати, але твої зірки зникнуть, коли сторінка закриється.
storage-recovered-damaged = Не вдалося прочитати одного збереженого гравця, а хорошої копії не було. Його відклали окремо на цьому планшеті.
storage-recovered-backup = Деякі збережені зірки були пошкоджені. Останню хорошу копію повернули.
storage-newer-version = Деяких гравців зберегла новіша версія Byte Bridge. Вони в безпеці: онови гру, щоб їх побачити.
storage-full = Пам’ять планшета заповнена. Збережи свої зірки у файл, щоб нічого не загубилося.

# The Hint button of every level, and the hint it shows.
hint = Підказка
hint-shown = Підказка { $number }: { $hint }
# Reading aloud with the tablet's own voice: the speaker button on levels and results.
read-aloud = Читати вголос
read-aloud-stop = Зупинити читання
# The gear on a player's home screen, and the player's own settings behind it.
settings-open = Налаштування
settings-title = Налаштування
settings-read-everything = Читати все вголос
settings-read-everything-about = Гра читає вголос кожен рівень, підказку й результат, щойно їх показує.
settings-no-voice = На цьому планшеті ще немає голосу для цієї мови. Дорослий може його додати.
settings-robot-speed = Швидкість робота: { $speed }
settings-calm = Менше руху
settings-calm-about = Робот стрибає з клітинки на клітинку, а не плавно їде. Це ввімкнено від початку, якщо планшет налаштовано показувати менше руху.
settings-contrast = Висока контрастність
settings-contrast-about = Тло стає чорним, літери — білими, а навколо кнопок з’являються білі рамки. Декому так легше бачити.
settings-text-size = Розмір тексту: { $size }
settings-text-size-about = Торкнися ще раз, і літери стануть більшими, аж удвічі. Потім знову звичайні.
text-size-normal = звичайний
text-size-big = великий
text-size-bigger = більший
text-size-biggest = найбільший
settings-more-space = Більше місця
settings-more-space-about = Більше місця між літерами й між рядками. Декому так легше читати.
