# The "Safe to share?" levels.

bin-share = Може да се сподели
bin-private = Остава лично
sort-hint = Плъзни картата в кутия или докосни кутия.
sort-card-count = Карта { $current } от { $total }
sort-card = Карта: { $text }
sort-right = Правилно!
sort-wrong = Не съвсем.
sort-finish = Готово
sort-feedback = { $verdict } { $reason }
