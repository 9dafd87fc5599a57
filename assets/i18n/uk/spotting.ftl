# The "Spot the red flags" levels (digital literacy): a message, e-mail or web page whose
# lines can be tapped.

spot-screen-message = Повідомлення
spot-screen-email = Електронний лист
spot-screen-web = Вебсторінка
spot-screen-profile = Профіль
spot-screen-post = Допис із фото
spot-screen-group-chat = Груповий чат
spot-start = Торкнися кожного рядка, який схожий на тривожний знак.
spot-found = Знайдено тривожних знаків: { $found } з { $total }
# Accessible names of a line once tapped.
spot-part-flag = Тривожний знак: { $text }
spot-part-fine = Усе гаразд: { $text }
spot-part-fixed = Виправлено: { $text }
spot-right = Тривожний знак!
spot-wrong = Тут усе гаразд.
# Verdict and reason after a tap.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } Усі тривожні знаки знайдено. Торкнися «Готово».
