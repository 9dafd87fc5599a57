# Today's mission (levels chosen by the teacher) and "Send to my teacher".

## A class link that cannot be used
mission-link-damaged = Тази връзка на класа е повредена. Помоли учителя си да ти я даде отново.
mission-link-newer = Тази връзка на класа е от по-нова версия на Byte Bridge. Помоли учителя си да ти помогне да обновиш играта.
mission-link-no-levels = В тази връзка на класа няма нива, които играта познава. Помоли учителя си да ти помогне да обновиш играта.
mission-stored-unreadable = Днешната мисия на този таблет не може да бъде прочетена. Помоли учителя си да ти даде връзката отново.

## The player's home and the map
mission-title = Днешна мисия: { $class }
mission-level = { $title }, { $status }
mission-previous = Предишни нива
mission-next = Още нива
mission-map-locked = Учителят ти избра днешните нива.
mission-locked-hint = Това ниво не е в днешната мисия.

## Grown-ups
mission-remove = Премахни днешната мисия ({ $class })
mission-removed = Днешната мисия е премахната от този таблет.

## Send to my teacher
send-to-teacher = Изпрати на учителя ми
send-for-class = Твоите звезди за клас { $class }
send-no-class = Твоите звезди на този таблет
send-save = Запиши файл
send-share = Сподели
send-show-code = Покажи QR код
send-saved = Файлът ти е записан. Дай го на учителя си.
send-code-caption = Покажи този код на камерата на учителя си
send-code-image = QR код с твоите звезди за учителя ти
send-code-failed = Кодът не можа да бъде създаден. Запиши файл вместо това.
