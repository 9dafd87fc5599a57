# Scam Spotters, part two: where a link or a QR code really goes. Brand names and addresses
# are made up and stay unchanged (left to right inside the Arabic sentence).

## Level 7: the words on a link (read_address)

addr-brand-cometgames = Comet Games

level-addr-link-words-title = كلمات على رابط
level-addr-link-words-instruction = كلمات الرابط قد تقول أي شيء. تحقّقوا إلى أين يذهب كل رابط حقًا. هل هو Comet Games؟
level-addr-link-words-learned = كلمات الرابط قد تقول أي شيء. اضغطوا على الرابط مطوّلًا لتروا إلى أين يذهب حقًا. لستم متأكدين؟ لا تضغطوا: افتحوا الموقع بأنفسكم أو اسألوا شخصًا بالغًا.
level-addr-link-words-hint-1 = لا تثقوا بالكلمات التي على الرابط. انظروا إلى العنوان تحتها.
level-addr-link-words-hint-2 = جدوا الموقع في ذلك العنوان: الامتداد الذي قبل أول / مفردة، ثم الاسم الذي قبله.
level-addr-link-words-hint-3 = كلمات الرابط الثاني تقول cometgames، لكن عنوانه يذهب إلى free-coins.example.

addr-link-words-news-shown = يقول الرابط: cometgames.example/news
addr-link-words-www-shown = يقول الرابط: www.cometgames.example
addr-link-words-www-note = العملات المجانية في رابط حيلة. افتحوا اللعبة نفسها لتروا الجوائز الحقيقية.
addr-link-words-login-shown = يقول الرابط: سجّلوا الدخول إلى Comet Games
addr-link-words-login-note = لا تكتبوا كلمة مرور أبدًا بعد الضغط على رابط. افتحوا اللعبة أو موقعها بأنفسكم.
addr-link-words-help-shown = يقول الرابط: مساعدة للكبار

## Level 8: QR codes in a car park (read_address)

addr-brand-parkwise = Parkwise

level-addr-qr-parking-title = إلى أين يذهب رمز QR؟
level-addr-qr-parking-instruction = تساعدون شخصًا بالغًا على دفع أجرة الموقف. تُظهر الكاميرا إلى أين يذهب كل رمز. هل هو Parkwise؟
level-addr-qr-parking-learned = رمز QR رابط مخفي. تحقّقوا من العنوان الذي تُظهره الكاميرا قبل أن تفتحوه. الملصق فوق الرمز علامة تحذير. لا تدفعوا إلا مع شخص بالغ.
level-addr-qr-parking-hint-1 = لا تستطيعون قراءة رمز QR بأعينكم. ماذا تُظهر الكاميرا؟
level-addr-qr-parking-hint-2 = اقرؤوا العنوان كما تقرؤون الرابط: الامتداد الذي قبل أول / مفردة، ثم الاسم الذي قبله.
level-addr-qr-parking-hint-3 = رمز الملصق يذهب إلى parkwise-pay.example. وهذا ليس parkwise.example.

addr-qr-parking-machine-shown = رمز مطبوع على آلة الدفع في الموقف
addr-qr-parking-sticker-shown = ملصق فوق رمز الآلة
addr-qr-parking-sticker-note = الملصق فوق الرمز علامة تحذير. ادفعوا عند الآلة أو في التطبيق الحقيقي بدلًا من ذلك.
addr-qr-parking-fine-shown = ورقة على السيارة: «مخالفة وقوف! ادفعوا الآن عبر هذا الرمز»
addr-qr-parking-fine-note = حثّكم على الدفع بسرعة حيلة. أروها لشخص بالغ. يستطيع أن يتحقق في التطبيق الحقيقي.
addr-qr-parking-sign-shown = رمز على لافتة الموقف الكبيرة
