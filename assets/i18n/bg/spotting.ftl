# The "Spot the red flags" levels.

spot-screen-message = Съобщение
spot-screen-email = Имейл
spot-screen-web = Уебстраница
spot-screen-profile = Профил
spot-screen-post = Публикация със снимка
spot-screen-group-chat = Групов чат
spot-start = Докосни всеки ред, който прилича на предупредителен знак.
spot-found = Открити предупредителни знаци: { $found } от { $total }
spot-part-flag = Предупредителен знак: { $text }
spot-part-fine = Наред е: { $text }
spot-part-fixed = Поправено: { $text }
spot-right = Предупредителен знак!
spot-wrong = Този ред е наред.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Всички предупредителни знаци са открити. Докосни „Готово“.
