# Shown by the web page itself; plain text only (no placeables).

web-loading = Byte Bridge се зарежда…
web-error-webgl = Този браузър не може да покаже играта, защото WebGL 2 липсва или е изключен. Опитай с актуален Chrome.
web-error-download = Играта не можа да бъде изтеглена. Провери връзката и презареди.
web-error-crash = Нещо се обърка и играта спря. Звездите ти са записани. Моля, презареди.
web-teacher-error-download = Страницата за учители не можа да бъде изтеглена. Проверете връзката и презаредете.
web-teacher-framed = Тази страница показва данни за класа, затова се отваря само самостоятелно, не в друг уебсайт.
web-teacher-open-alone = Отворете страницата за учители самостоятелно
web-reload = Презареди
web-noscript = Byte Bridge има нужда от JavaScript. Моля, включи го.
