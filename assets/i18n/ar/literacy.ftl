# What the digital-literacy level kinds show around a level's own texts: the side column,
# pick the reply, order the steps, build a password and read an address.

answer-next = التالي
answer-right = صحيح!
answer-wrong = ليس تمامًا.
answer-feedback = { $verdict } { $reason }

pick-screen = ماذا تفعلون؟
pick-start = اقرؤوا ما يحدث، ثم اضغطوا على أفضل جواب.
pick-progress = السؤال { $current } من { $total }
pick-option-best = أفضل جواب: { $text }
pick-option-not-best = ليس الأفضل: { $text }

order-screen-steps = الخطوات
order-screen-rank = كلمات المرور
order-start = اضغطوا على الخطوة التي تأتي أولًا.
order-start-rank = اضغطوا على أضعف كلمة مرور أولًا.
order-progress = { $placed } من { $total } في مكانها
order-step-placed = { $number }. { $text }
order-done = { $last } كل شيء في مكانه. اضغطوا على «إنهاء».

password-screen = كلمة مرور جديدة
password-empty = اضغطوا على الكلمات في الأسفل لبناء كلمة مرور.
password-shown = كلمة المرور: { $password }
password-piece = إضافة { $text }
password-remove = حذف الأخيرة
password-clear = البدء من جديد
password-pieces = { $count ->
        [zero] 0 كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $count } كلمات
        [many] { $count } كلمة
       *[other] { $count } كلمة
    } (على الأقل { $min }، وعلى الأكثر { $max })
password-meter-empty = القوة: لا شيء بعد
password-meter-pending = القوة: جارٍ القياس …
password-meter-unavailable = تعذّر تحميل مقياس القوة. تحققوا من الاتصال، ثم غيّروا كلمة المرور لتجربوا مرة أخرى.
password-meter = القوة: { $score }. { $time }
password-personal = انتبهوا! { $reason }
password-build-empty = ابدؤوا بكلمة. اختاروا كلمات لا علاقة لها بكم.
password-build-personal = أزيلوا الكلمة التي تتحدث عنكم: من يعرفكم قد يخمّنها.
password-build-short = أضيفوا كلمات أخرى: استخدموا { $min } على الأقل.
password-build-weak = ليست قوية بما يكفي بعد. أضيفوا كلمة أخرى، أو بدّلوا واحدة. الهدف: «{ $target }».
password-build-done = قوية وطويلة ولا شيء فيها عنكم. اضغطوا على «إنهاء»!
password-score-0 = ضعيفة جدًا
password-score-1 = ضعيفة
password-score-2 = متوسطة
password-score-3 = قوية
password-score-4 = قوية جدًا
password-time-instantly = يخمّنها الحاسوب في أقل من دقيقة.
password-time-minutes = يخمّنها الحاسوب في دقائق.
password-time-hours = يخمّنها الحاسوب في ساعات.
password-time-days = يحتاج الحاسوب إلى أيام ليخمّنها.
password-time-years = يحتاج الحاسوب إلى سنوات ليخمّنها.
password-time-centuries = يحتاج الحاسوب إلى مئات السنين ليخمّنها.
password-meter-limited = القوة: { $score }. { $limit }
password-limit-short = أقصر من أن تكون قوية. اجعلوها 15 حرفًا أو أكثر.
password-limit-few-words = كلمات المرور القوية فيها ثلاث كلمات عشوائية على الأقل.
password-limit-common-words = هذه الكلمات شائعة جدًا. بدّلوا واحدة بكلمة أندر.

address-screen = رابط
address-claim = يقول هذا الرابط إنه يذهب إلى { $brand }.
address-start = اقرؤوا العنوان من النهاية: من آخر اسمه، لا من أوله.
address-find = اضغطوا على الجزء الذي يسمّي الموقع.
address-judge = هل هذا موقع { $brand }؟
address-yes = نعم، إنه { $brand }
address-no = لا، ليس هو
address-part = جزء من العنوان: { $text }
address-progress = الرابط { $current } من { $total }
address-found = نعم! هذا الجزء يسمّي الموقع: { $site }. هل هو { $brand }؟
address-verdict-real = هذا الرابط يذهب إلى { $site }، الموقع الحقيقي لـ{ $brand }.
address-verdict-other = هذا الرابط يذهب إلى { $site }، لا إلى { $brand }. اسم { $brand } في مكان آخر منه مجرد تنكّر.
address-verdict-lookalike = انظروا جيدًا: بعض الحروف من أبجدية أخرى. المتصفح يقرأ { $real }، وهذا ليس { $brand }.
address-part-scheme = «https://» تعني فقط أن أحدًا لا يستطيع التنصت في الطريق. لا تخبركم بمن يدير الموقع.
address-part-user = المتصفح لا يذهب إلى ما يأتي قبل @. المحتالون يضعون هناك اسمًا مشهورًا.
address-part-subdomain = هذا مجرد جزء أمامي. صاحب الموقع يستطيع أن يكتب هنا أي كلمة، حتى اسمًا مشهورًا.
address-part-site = هذا الجزء يسمّي الموقع: الامتداد والاسم الذي قبله مباشرة. يخبركم بمن يدير الموقع.
address-part-port = هذا الرقم باب إلى داخل الموقع. لا يخبركم بمن يديره.
address-part-path = هذا الجزء يأتي بعد اسم الموقع. صاحب الموقع يستطيع أن يكتب هنا أي شيء.
address-part-query = هذا الجزء يأتي بعد اسم الموقع. صاحب الموقع يستطيع أن يكتب هنا أي شيء.
address-part-fragment = هذا الجزء يقفز فقط إلى مكان في الصفحة. لا يخبركم بمن يدير الموقع.
address-shown = { $words } — يذهب في الحقيقة إلى:
address-verdict-shown = الكلمات عليه تقول شيئًا، لكنه يذهب إلى { $site }، لا إلى { $brand }.
address-verdict-note = { $reason } { $note }
