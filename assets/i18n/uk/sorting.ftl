# The "Safe to share?" levels (digital literacy).

bin-share = Можна ділитися
bin-private = Тримати в таємниці
sort-hint = Перетягни картку в скриньку або торкнися скриньки.
sort-card-count = Картка { $current } з { $total }
# Accessible name of the card being sorted.
sort-card = Картка: { $text }
sort-right = Правильно!
sort-wrong = Не зовсім.
sort-finish = Готово
# Verdict and reason after placing a card, e.g. "Right! A stranger could use it …"
sort-feedback = { $verdict } { $reason }
