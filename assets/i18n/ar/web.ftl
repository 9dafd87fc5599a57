# Shown by the web page itself, also when the game cannot run at all. The build copies
# these into index.html, so keep them plain text (no placeables).

web-loading = جارٍ تحميل Byte Bridge…
web-error-webgl = لا يستطيع هذا المتصفح عرض اللعبة، لأن WebGL 2 غير موجود أو مُعطَّل. جرّبوا نسخة حديثة من Chrome.
web-error-download = تعذّر تنزيل اللعبة. تحققوا من الاتصال، ثم أعيدوا التحميل.
web-error-crash = حدث خطأ وتوقفت اللعبة. نجومكم محفوظة. يُرجى إعادة التحميل.
web-teacher-error-download = تعذّر تنزيل صفحة المعلمين. تحققوا من الاتصال، ثم أعيدوا التحميل.
web-teacher-framed = تعرض هذه الصفحة بيانات الصف، لذلك لا تُفتح إلا وحدها، لا داخل موقع آخر.
web-teacher-open-alone = فتح صفحة المعلمين وحدها
web-reload = إعادة التحميل
web-noscript = يحتاج Byte Bridge إلى JavaScript. يُرجى تفعيله.
