# Shown by the web page itself, also when the game cannot run at all. The build copies
# these into index.html, so keep them plain text (no placeables).

web-loading = Завантаження Byte Bridge…
web-error-webgl = Цей браузер не може показати гру, бо WebGL 2 немає або його вимкнено. Спробуй свіжу версію Chrome.
web-error-download = Не вдалося завантажити гру. Перевір з’єднання, а потім перезавантаж сторінку.
web-error-crash = Щось пішло не так, і гра зупинилася. Твої зірки збережено. Будь ласка, перезавантаж сторінку.
web-teacher-error-download = Не вдалося завантажити сторінку для вчителя. Перевірте з’єднання, а потім перезавантажте сторінку.
web-teacher-framed = Ця сторінка показує дані класу, тому вона відкривається лише окремо, а не всередині іншого вебсайту.
web-teacher-open-alone = Відкрити сторінку для вчителя окремо
web-reload = Перезавантажити
web-noscript = Для Byte Bridge потрібен JavaScript. Будь ласка, увімкни його.
