# The teacher page (web/teacher.html, web/teacher.js). Read by teachers: plain, friendly and
# exact; teachers are addressed in the plural of respect (أنتم). The messages the Rust module
# returns itself are in class.ftl.

teacher-page-title = Byte Bridge للمعلمين
teacher-title = Byte Bridge للمعلمين
teacher-tagline = أعطوا صفكم مستويات، واجمعوا نتائجه، واعرفوا من يحتاج إلى مساعدة.
teacher-skip = الانتقال إلى محتوى الصفحة
teacher-language = اللغة

## Help
teacher-help = مساعدة: أين تذهب بيانات الصف؟
teacher-help-local = كل ما في هذه الصفحة يبقى في هذا المتصفح على هذا الجهاز. لا توجد حسابات ولا خادم: لا يُرسَل أي شيء إلى أي مكان، إلا إذا حددتم مستودعًا في «الإرسال إلى مستودع سجلات التعلم».
teacher-help-files = تأتي النتائج من الأجهزة اللوحية للتلاميذ، كملفات أو رموز QR. أحضِروا الملفات من خلال «جمع النتائج»، أو امسحوا الرموز بكاميرا هذا الجهاز.
teacher-help-signing = مع «توقيع ملفات التلاميذ بمفتاح الصف»، توقّع الأجهزة اللوحية كل ملف نتائج وكل رمز QR. أي ملف يُعدَّل بعد ذلك يُعلَّم هنا ولا يُحتسب؛ وبمجرد أن تصل ملفات موقّعة من تلميذ ما، لا تُحتسب أيضًا ملفاته ورموزه التي ليس لها توقيع صالح. المفتاح محفوظ على الأجهزة اللوحية، لذلك يكشف هذا الملفات المعدَّلة، لا من ينسخ المفتاح من جهاز لوحي ويوقّع نتائج مختلقة.
teacher-help-notes = الأسماء الحقيقية التي تكتبونها بجانب الاسم المستعار تبقى في هذا المتصفح. ولا تخرج منه إلا عندما تختارون «تضمين الأسماء الحقيقية» ثم تنزّلون ملف CSV أو تطبعون عرض الصف.
teacher-help-backup = مسح بيانات هذا المتصفح يحذف بيانات الصف أيضًا. نزّلوا ملف CSV من حين لآخر للاحتفاظ بنسخة.
teacher-help-insecure = هذه الصفحة لا تُقدَّم عبر HTTPS، لذلك لا تعمل دون اتصال ولا تستطيع استخدام الكاميرا. ملفات النتائج تعمل دائمًا.

## Banners
teacher-dismiss = حسنًا
teacher-storage-full = ذاكرة هذا المتصفح ممتلئة، لذلك لم تُحفظ آخر تغييراتكم. نزّلوا ملف CSV الآن، ثم أزيلوا الروابط القديمة أو امسحوا بيانات الصف القديمة.
teacher-storage-blocked = هذا المتصفح لا يسمح للصفحة بحفظ أي شيء (وضع التصفح الخاص أو أحد الإعدادات). كل ما هنا يضيع عند إغلاق التبويب، لذلك نزّلوا ملف CSV قبل ذلك.
teacher-error-action = حدث خطأ. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى؛ كل ما حُفظ حتى الآن يبقى.
teacher-error-start = تعذّر تشغيل صفحة المعلمين. يُرجى إعادة تحميلها. وإذا تكرر ذلك، فجرّبوا نسخة حديثة من Chrome أو Edge أو Firefox.
teacher-update-ready = نسخة جديدة من Byte Bridge جاهزة.
teacher-update = إعادة التحميل الآن

## Give levels to a class
teacher-assign-title = إعطاء مستويات لصف
teacher-assign-intro = اختاروا المستويات، ثم أنشئوا رابطًا. يفتح التلاميذ الرابط على أجهزتهم اللوحية أو يمسحون رمز QR الخاص به، فيجدون المستويات كمهمة اليوم.
teacher-class-name = اسم الصف
teacher-class-name-hint = مثلًا 4B. ينتقل الاسم في الرابط إلى الأجهزة اللوحية، لذلك لا تستخدموا اسم تلميذ.
teacher-levels = المستويات
teacher-band-filter = الفئة العمرية
teacher-band-all = كل الأعمار
teacher-competence-filter = كفاية DigComp 2.2
teacher-competence-all = كل الكفايات
teacher-competence-option = { $id } { $title }
teacher-digcomp3-filter = كفاية DigComp 3.0
teacher-digcomp3-all = كل الكفايات
teacher-level-digcomp = DigComp 2.2: { $ids }
teacher-level-digcomp3 = DigComp 3.0: { $ids }
teacher-whole-world = كل «{ $world }»
teacher-no-levels = لا يوجد مستوى يطابق هذه المرشّحات.
teacher-levels-selected = { $count ->
        [zero] لم يُختر أي مستوى بعد.
        [one] اختير مستوى واحد.
        [two] اختير مستويان.
        [few] اختيرت { $count } مستويات.
        [many] اختير { $count } مستوى.
       *[other] اختير { $count } مستوى.
    }
teacher-select-none = مسح الاختيار
teacher-lock = قفل المستويات الأخرى
teacher-lock-hint = لا يستطيع التلاميذ أن يلعبوا إلا هذه المستويات ما دامت هذه المهمة على أجهزتهم اللوحية.
teacher-sign = توقيع ملفات التلاميذ بمفتاح الصف
teacher-sign-hint = ملف النتائج أو رمز QR الذي يُعدَّل بعد أن حفظه الجهاز اللوحي يُعلَّم ولا يُحتسب. المفتاح محفوظ على الأجهزة اللوحية، لذلك يستطيع من ينسخه من جهاز لوحي أن يوقّع نتائج مختلقة.
teacher-create = إنشاء رابط

## The link
teacher-link-ready = رابط صفكم
teacher-link = الرابط
teacher-copy = نسخ الرابط
teacher-copied = نُسخ الرابط.
teacher-copy-manual = الرابط محدَّد. انسخوه بأمر النسخ في جهازكم.
teacher-qr-label = رمز QR لرابط { $name }
teacher-qr-caption = يمسح التلاميذ هذا الرمز بكاميرا الجهاز اللوحي لفتح المهمة.
teacher-print-sheet = طباعة ورقة
teacher-earlier-title = الروابط السابقة
teacher-assignment-meta = { $count ->
        [zero] 0 مستويات
        [one] مستوى واحد
        [two] مستويان
        [few] { $count } مستويات
        [many] { $count } مستوى
       *[other] { $count } مستوى
    }، أُنشئ في { $date }
teacher-assignment-levels = { $count ->
        [zero] عرض المستويات
        [one] عرض المستوى
        [two] عرض المستويين
        [few] عرض كل المستويات ({ $count })
        [many] عرض كل المستويات ({ $count })
       *[other] عرض كل المستويات ({ $count })
    }
teacher-assignment-locked = المستويات الأخرى مقفلة
teacher-assignment-signed = الملفات موقّعة
teacher-assignment-unsigned = الملفات غير موقّعة
teacher-show-qr = عرض رمز QR
teacher-hide-qr = إخفاء رمز QR
teacher-remove = إزالة الرابط
teacher-remove-confirm = هل تريدون إزالة رابط «{ $name }» من هذه الصفحة؟
teacher-remove-yes = نعم، إزالة
teacher-cancel = إلغاء
teacher-assignment-option = { $name } ({ $date })

## The printed sheet for the pupils
teacher-sheet-title = مهمة اليوم
teacher-sheet-how = امسحوا الرمز بكاميرا الجهاز اللوحي، أو اكتبوا الرابط أدناه في المتصفح.
teacher-sheet-levels = مستويات اليوم

## Collect results
teacher-collect-title = جمع النتائج
teacher-collect-intro = أحضِروا ملفات نتائج التلاميذ، بالعدد الذي تريدونه دفعة واحدة، أو امسحوا رموز QR على أجهزتهم اللوحية.
teacher-drop-hint = أفلِتوا ملفات التلاميذ هنا
teacher-files-label = ملفات نتائج التلاميذ
teacher-choose-files = اختيار ملفات
teacher-results-title = ما أُحضِر
teacher-results-empty = لم يُحضَر أي ملف بعد.
teacher-results-clear = مسح هذه القائمة
teacher-file-altered = تحذير: عُدِّل هذا الملف بعد أن حفظه الجهاز اللوحي.
teacher-file-failed = لم يُحضَر:
teacher-file-unreadable = تعذّرت قراءة { $file }. حاولوا مرة أخرى، أو احفظوه مرة أخرى على الجهاز اللوحي.
teacher-code-unreadable = تعذّرت قراءة رمز QR هذا. يُرجى المحاولة مرة أخرى.
teacher-status-signed = موقّع
teacher-status-unsigned = غير متحقَّق منه
teacher-status-summary = من رمز QR
teacher-scan-title = مسح رموز QR
teacher-scan-intro = وجّهوا الكاميرا نحو رمز نتائج أحد التلاميذ. تستمر في البحث عن التلميذ التالي حتى توقفوها.
teacher-scan = مسح رمز QR
teacher-stop-camera = إيقاف الكاميرا
teacher-camera-label = صورة الكاميرا
teacher-camera-starting = جارٍ تشغيل الكاميرا…
teacher-camera-looking = جارٍ البحث عن رمز QR…
teacher-camera-next = تم. اعرضوا الرمز التالي.
teacher-camera-stopped = الكاميرا متوقفة.
teacher-camera-unavailable = لا يمكن استخدام الكاميرا هنا: لا توجد كاميرا، أو لم يُسمح بها، أو الصفحة لا تُقدَّم عبر HTTPS. ملفات النتائج تعمل دائمًا.
teacher-scanner-unavailable = تعذّر تحميل قارئ رموز QR. اتصلوا بالإنترنت مرة واحدة وحاولوا مرة أخرى. ملفات النتائج تعمل دائمًا.

## Your class
teacher-class-title = صفكم
teacher-show-assignment = عرض
teacher-all-levels = كل المستويات
teacher-no-pupils = لا نتائج بعد. اجمعوا ملفات التلاميذ أو رموزهم أعلاه.
teacher-note-hint = الأسماء الحقيقية تبقى على هذا الجهاز فقط. والتنزيلات لا تتضمنها إلا إذا اخترتم «تضمين الأسماء الحقيقية».
teacher-note-label = الاسم الحقيقي
teacher-note-for = الاسم الحقيقي لـ{ $name }
teacher-grid-caption = { $count ->
        [zero] 0 تلاميذ، كل المستويات
        [one] تلميذ واحد، كل المستويات
        [two] تلميذان، كل المستويات
        [few] { $count } تلاميذ، كل المستويات
        [many] { $count } تلميذًا، كل المستويات
       *[other] { $count } تلميذ، كل المستويات
    }
teacher-grid-caption-class = { $count ->
        [zero] { $name }: 0 تلاميذ
        [one] { $name }: تلميذ واحد
        [two] { $name }: تلميذان
        [few] { $name }: { $count } تلاميذ
        [many] { $name }: { $count } تلميذًا
       *[other] { $name }: { $count } تلميذ
    }
teacher-pupil = التلميذ
teacher-pupil-altered = ملف معدَّل
teacher-cell-empty = لم يُلعب
teacher-cell-detail = { $attempts ->
        [zero] 0 محاولات
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $attempts } محاولات
        [many] { $attempts } محاولة
       *[other] { $attempts } محاولة
    } · { $time }{ $hints ->
        [zero] {""}
        [one] {" "}· تلميح واحد
        [two] {" "}· تلميحان
        [few] {" "}· { $hints } تلميحات
        [many] {" "}· { $hints } تلميحًا
       *[other] {" "}· { $hints } تلميح
    }
teacher-forget = إزالة التلميذ
teacher-forget-pupil = إزالة التلميذ { $name }
teacher-forget-confirm = هل تريدون إزالة { $name } وكل نتائجه من هذه الصفحة؟
teacher-forget-yes = نعم، إزالة
teacher-forgotten = أُزيل { $name }.

## One pupil at one level
teacher-cell-title = { $pupil }: { $level }
teacher-close = إغلاق
teacher-no-attempts = لا محاولات بعد.
teacher-attempt-title = المحاولة { $number }، { $when }
teacher-attempt-stars = النجوم
teacher-stars-count = { $count ->
        [zero] 0 نجوم
        [one] نجمة واحدة
        [two] نجمتان
        [few] { $count } نجوم
        [many] { $count } نجمة
       *[other] { $count } نجمة
    }
teacher-attempt-outcome = النتيجة
teacher-attempt-time = الوقت
teacher-attempt-hints = التلميحات
teacher-attempt-mistakes = الأخطاء
teacher-program-main = البرنامج الرئيسي
teacher-program-p1 = مساعد 1
teacher-program-p2 = مساعد 2
teacher-program-empty = (فارغ)
teacher-tile-else = وإلا
teacher-code = كرمز برمجي
teacher-code-note = البرنامج نفسه كنص، بلغة تشبه Python. يراه التلاميذ في اللعبة عبر «العرض كرمز برمجي».
teacher-answers = الأجوبة

## Per level
teacher-summary-title = حسب المستوى
teacher-summary-caption = كيف سار كل مستوى
teacher-summary-level = المستوى
teacher-summary-played = لُعب
teacher-summary-finished = أُنهي
teacher-summary-stuck = عالق
teacher-summary-mean = متوسط المحاولات
teacher-summary-common = أكثر المشكلات شيوعًا
teacher-problem-count = { $text } × { $count }

## Download, print, clear
teacher-export-title = التنزيل والطباعة والمسح
teacher-include-notes = تضمين الأسماء الحقيقية
teacher-include-notes-hint = اختاروا هذا فقط لملف أو نسخة مطبوعة تبقى معكم، مثلًا لسجلاتكم الخاصة.
teacher-download-csv = تنزيل CSV
teacher-download-xapi = تنزيل xAPI (JSON)
teacher-print-class = طباعة عرض الصف
teacher-clear = مسح بيانات الصف
teacher-clear-confirm = هل تريدون حذف كل التلاميذ والنتائج والأسماء الحقيقية والروابط من هذا المتصفح؟ لا يمكن التراجع عن ذلك. نزّلوا ملف CSV أولًا إذا أردتم الاحتفاظ بالنتائج.
teacher-clear-yes = نعم، حذف كل شيء
teacher-cleared = حُذفت بيانات الصف.
teacher-language-unavailable = تعذّر تنزيل { $language }: هذا المتصفح لا يملكها بعد. اتصلوا بالإنترنت واختاروها مرة أخرى.

## Send to a learning record store (LRS)
teacher-lrs-title = الإرسال إلى مستودع سجلات التعلم
teacher-lrs-intro = إذا كانت مدرستكم أو الوزارة تجمع النتائج في مستودع سجلات التعلم (Learning Record Store، LRS)، فأدخِلوا هنا عنوان xAPI الخاص به والمفتاح والسر. بعد ذلك تُرسَل إليه تلقائيًا كل نتيجة تُحضِرونها، وكل نتيجة مرة واحدة فقط. يبقى العنوان والمفتاح والسر في هذا المتصفح: لا تصل أبدًا إلى الأجهزة اللوحية للتلاميذ.
teacher-lrs-endpoint = عنوان xAPI (نقطة النهاية)
teacher-lrs-key = المفتاح (اسم المستخدم)
teacher-lrs-secret = السر (كلمة المرور)
teacher-lrs-secret-kept = اتركوا الحقل فارغًا للاحتفاظ بالسر الذي حُفظ من قبل لهذا العنوان وهذا المفتاح.
teacher-lrs-save = الحفظ والإرسال
teacher-lrs-forget = إزالة هذا المستودع
teacher-lrs-retry = إعادة المحاولة الآن
teacher-lrs-off = لم يُحدَّد أي مستودع لسجلات التعلم. تبقى النتائج في هذا المتصفح وفي تنزيلاتكم.
teacher-lrs-done = { $sent ->
        [zero] لم تُرسَل أي نتيجة بعد إلى مستودع سجلات التعلم.
        [one] النتيجة موجودة في مستودع سجلات التعلم.
        [two] النتيجتان كلتاهما في مستودع سجلات التعلم.
        [few] كل النتائج ({ $sent }) في مستودع سجلات التعلم.
        [many] كل النتائج ({ $sent }) في مستودع سجلات التعلم.
       *[other] كل النتائج ({ $sent }) في مستودع سجلات التعلم.
    }
teacher-lrs-sending = { $waiting ->
        [zero] جارٍ الإرسال: 0 نتائج في الانتظار.
        [one] جارٍ الإرسال: نتيجة واحدة في الانتظار.
        [two] جارٍ الإرسال: نتيجتان في الانتظار.
        [few] جارٍ الإرسال: { $waiting } نتائج في الانتظار.
        [many] جارٍ الإرسال: { $waiting } نتيجةً في الانتظار.
       *[other] جارٍ الإرسال: { $waiting } نتيجة في الانتظار.
    }
teacher-lrs-waiting-offline = { $waiting ->
        [zero] 0 نتائج في الانتظار: لا يمكن الوصول إلى مستودع سجلات التعلم. محاولة جديدة بعد { $seconds } ث. إذا استمرت هذه الرسالة، فاطلبوا ممن يدير المستودع أن يسمح بعنوان هذه الصفحة.
        [one] نتيجة واحدة في الانتظار: لا يمكن الوصول إلى مستودع سجلات التعلم. محاولة جديدة بعد { $seconds } ث. إذا استمرت هذه الرسالة، فاطلبوا ممن يدير المستودع أن يسمح بعنوان هذه الصفحة.
        [two] نتيجتان في الانتظار: لا يمكن الوصول إلى مستودع سجلات التعلم. محاولة جديدة بعد { $seconds } ث. إذا استمرت هذه الرسالة، فاطلبوا ممن يدير المستودع أن يسمح بعنوان هذه الصفحة.
        [few] { $waiting } نتائج في الانتظار: لا يمكن الوصول إلى مستودع سجلات التعلم. محاولة جديدة بعد { $seconds } ث. إذا استمرت هذه الرسالة، فاطلبوا ممن يدير المستودع أن يسمح بعنوان هذه الصفحة.
        [many] { $waiting } نتيجةً في الانتظار: لا يمكن الوصول إلى مستودع سجلات التعلم. محاولة جديدة بعد { $seconds } ث. إذا استمرت هذه الرسالة، فاطلبوا ممن يدير المستودع أن يسمح بعنوان هذه الصفحة.
       *[other] { $waiting } نتيجة في الانتظار: لا يمكن الوصول إلى مستودع سجلات التعلم. محاولة جديدة بعد { $seconds } ث. إذا استمرت هذه الرسالة، فاطلبوا ممن يدير المستودع أن يسمح بعنوان هذه الصفحة.
    }
teacher-lrs-waiting-error = { $waiting ->
        [zero] 0 نتائج في الانتظار: ردّ مستودع سجلات التعلم بالخطأ { $status }. محاولة جديدة بعد { $seconds } ث.
        [one] نتيجة واحدة في الانتظار: ردّ مستودع سجلات التعلم بالخطأ { $status }. محاولة جديدة بعد { $seconds } ث.
        [two] نتيجتان في الانتظار: ردّ مستودع سجلات التعلم بالخطأ { $status }. محاولة جديدة بعد { $seconds } ث.
        [few] { $waiting } نتائج في الانتظار: ردّ مستودع سجلات التعلم بالخطأ { $status }. محاولة جديدة بعد { $seconds } ث.
        [many] { $waiting } نتيجةً في الانتظار: ردّ مستودع سجلات التعلم بالخطأ { $status }. محاولة جديدة بعد { $seconds } ث.
       *[other] { $waiting } نتيجة في الانتظار: ردّ مستودع سجلات التعلم بالخطأ { $status }. محاولة جديدة بعد { $seconds } ث.
    }
teacher-lrs-stopped-key = توقف الإرسال: مستودع سجلات التعلم لا يقبل هذا المفتاح وهذا السر. تحققوا منهما واحفظوا مرة أخرى.
teacher-lrs-stopped-forbidden = توقف الإرسال: هذا المفتاح ليس له إذن بإضافة نتائج إلى مستودع سجلات التعلم. اطلبوا ممن يدير المستودع مفتاحًا يُسمح له بكتابة عبارات xAPI (statements).
teacher-lrs-stopped-address = توقف الإرسال: هذا العنوان لا يجيب كما يجيب مستودع سجلات التعلم (الرد { $status }). تحققوا من عنوان xAPI.
teacher-lrs-refused = { $refused ->
        [zero] لم يرفض مستودع سجلات التعلم أي نتيجة.
        [one] رفض مستودع سجلات التعلم نتيجة واحدة. وُضعت جانبًا ولن تُرسَل مرة أخرى.
        [two] رفض مستودع سجلات التعلم نتيجتين. وُضعتا جانبًا ولن تُرسَلا مرة أخرى.
        [few] رفض مستودع سجلات التعلم { $refused } نتائج. وُضعت جانبًا ولن تُرسَل مرة أخرى.
        [many] رفض مستودع سجلات التعلم { $refused } نتيجةً. وُضعت جانبًا ولن تُرسَل مرة أخرى.
       *[other] رفض مستودع سجلات التعلم { $refused } نتيجة. وُضعت جانبًا ولن تُرسَل مرة أخرى.
    }
teacher-lrs-load-damaged = تعذّرت قراءة إعدادات مستودع سجلات التعلم المحفوظة في هذا المتصفح. يُرجى إدخالها مرة أخرى: النتائج الموجودة في المستودع من قبل لن تُخزَّن مرتين.
teacher-lrs-load-newer = حُفظت إعدادات مستودع سجلات التعلم بنسخة أحدث من هذه الصفحة. أعيدوا تحميل الصفحة للحصول على النسخة الجديدة؛ وحتى ذلك الحين لا يُرسَل أي شيء.
teacher-lrs-error-no-address = أدخِلوا عنوان xAPI لمستودع سجلات التعلم.
teacher-lrs-error-address = هذا ليس عنوان ويب لمستودع سجلات التعلم. يجب أن يكون مثل https://lrs.example.org/xAPI/ دون ? أو #.
teacher-lrs-error-insecure = يجب أن يبدأ العنوان بـ https:// حتى ينتقل المفتاح والنتائج مشفَّرة.
teacher-lrs-error-credentials-in-address = ضعوا المفتاح والسر كلًّا في حقله الخاص، لا في العنوان.
teacher-lrs-error-no-key = أدخِلوا المفتاح والسر اللذين حصلتم عليهما لمستودع سجلات التعلم.
teacher-lrs-error-bad-key = يجب ألا يحتوي المفتاح على ":". ويجب ألا يحتوي المفتاح ولا السر على فواصل أسطر.
teacher-lrs-error-too-long = العنوان أو المفتاح أو السر طويل جدًا (500 حرف على الأكثر لكل منها).
teacher-lrs-forgotten = أُزيل عنوان مستودع سجلات التعلم ومفتاحه وسره من هذا المتصفح.
teacher-lrs-empty = لا شيء للإرسال بعد. النتائج التي تُحضِرونها تُرسَل تلقائيًا إلى مستودع سجلات التعلم.

## Levels you make: what the checks say (src/core/level/made.rs, web/teacher/src/made.rs)
made-field-title = العنوان
made-field-task = التعليمة
made-field-learned = «ماذا تعلّم التلاميذ»
made-field-hint = التلميح
made-field-box = الصندوق
made-field-card = البطاقة
made-field-prompt = الموقف
made-field-reply = الرد
made-field-part = سطر الرسالة
made-field-reason = السبب
made-problem-damaged = هذا ليس مستوى صُنع في هذه الصفحة، أو أنه تالف.
made-problem-newer = صُنع هذا المستوى في نسخة أحدث من هذه الصفحة. أعيدوا تحميل الصفحة للحصول على النسخة الجديدة.
made-problem-language = لغة هذا المستوى ليست من اللغات التي تعرفها هذه الصفحة.
made-problem-missing = { $field }: يُرجى ملء هذا الحقل.
made-problem-too-long = { $field }: يُرجى تقصير النص إلى { $max ->
        [zero] 0 أحرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر.
made-problem-undrawable = { $field }: بعض الأحرف لا يمكن عرضها على الأجهزة اللوحية: { $chars }. يُرجى استخدام الحروف والأرقام وعلامات الترقيم العادية (من دون رموز تعبيرية).
made-problem-hints = يحتاج كل مستوى إلى ثلاثة تلميحات: دفعة صغيرة، ثم الفكرة، ثم جزء من الحل.
made-problem-count = { $field }: العدد قليل جدًا أو كثير جدًا (الحد الأقصى { $max }).
made-problem-one-right = حدّدوا ردًا واحدًا فقط على أنه الصحيح.
made-problem-box-unused = يحتاج كل صندوق إلى بطاقة واحدة على الأقل تنتمي إليه.
made-problem-flags = حدّدوا سطرًا واحدًا على الأقل على أنه علامة تحذير، واتركوا سطرًا واحدًا على الأقل سليمًا.
made-problem-board-size = يجب أن يكون عرض اللوحة من 2 إلى { $max ->
        [zero] 0 مربعات
        [one] مربع واحد
        [two] مربعين
        [few] { $max } مربعات
        [many] { $max } مربعًا
       *[other] { $max } مربع
    }، وارتفاعها من 1 إلى { $max ->
        [zero] 0 مربعات
        [one] مربع واحد
        [two] مربعين
        [few] { $max } مربعات
        [many] { $max } مربعًا
       *[other] { $max } مربع
    }.
made-problem-board-start = ضعوا على اللوحة مربع بداية واحدًا فقط.
made-problem-board-goal = ضعوا على اللوحة علمًا أو مصباحًا واحدًا على الأقل.
made-problem-board = اللوحة تخالف قاعدة من قواعد اللعبة. راجعوا المربعات واللبنات التي تعرضونها.
made-problem-tiles = اعرضوا لبنة واحدة على الأقل.
made-problem-already-solved = ينتهي الروبوت قبل أن يتحرك: أبعدوا العلم عن مربع البداية.
made-problem-slots = أقصر برنامج يحلّ هذه اللوحة فيه { $tiles ->
        [zero] 0 لبنات
        [one] لبنة واحدة
        [two] لبنتان
        [few] { $tiles } لبنات
        [many] { $tiles } لبنة
       *[other] { $tiles } لبنة
    }. اجعلوا عدد أماكن اللبنات في البرنامج { $tiles } على الأقل.
made-problem-unsolvable = لا يستطيع الروبوت الوصول إلى العلم (وإلى كل مصباح) بهذه اللبنات. افتحوا طريقًا، أو اعرضوا لبنات أكثر (مثل الدوران أو حلقة).
made-problem-too-large = هذه اللوحة أكبر من أن تُفحص: لا يحلّها أي برنامج فيه أقل من { $tiles ->
        [zero] 0 لبنات
        [one] لبنة واحدة
        [two] لبنتين
        [few] { $tiles } لبنات
        [many] { $tiles } لبنة
       *[other] { $tiles } لبنة
    }، والبرامج الأطول كثيرة جدًا لتجربتها كلها. صغّروا اللوحة أو قصّروا الطريق، أو اعرضوا حلقة.
made-problem-par = ليس لهذا المستوى أفضل حل بعد: افحصوه في هذه الصفحة أولًا.
made-checked-robot = يستطيع الروبوت ذلك: أفضل برنامج فيه { $par ->
        [zero] 0 لبنات
        [one] لبنة واحدة
        [two] لبنتان
        [few] { $par } لبنات
        [many] { $par } لبنة
       *[other] { $par } لبنة
    }. يحصل التلاميذ على 3 نجوم إذا لم يزد عدد لبناتهم على { $par }.
made-checked-answers = جاهز: لكل إجابة سبب.
made-kind-robot_grid = الروبوت على اللوحة
made-kind-sort = الفرز في صندوقين
made-kind-pick_reply = اختيار الرد
made-kind-spot_flags = اكتشاف علامات التحذير
made-copy-title = { $title } (نسخة)
made-import-done = { $added ->
    [zero] لم يُضف أي مستوى.
    [one] أُضيف مستوى واحد.
    [two] أُضيف مستويان.
    [few] أُضيفت { $added } مستويات.
    [many] أُضيف { $added } مستوى.
   *[other] أُضيف { $added } مستوى.
} { $skipped ->
    [0] {""}
    [zero] {""}
    [one] كان مستوى واحد هنا من قبل.
    [two] كان مستويان هنا من قبل.
    [few] كانت { $skipped } مستويات هنا من قبل.
    [many] كان { $skipped } مستوى هنا من قبل.
   *[other] كان { $skipped } مستوى هنا من قبل.
}
made-import-not-ours = { $file } ليس ملف مستويات من هذه الصفحة.
made-import-too-large = { $file } كبير جدًا على ملف مستويات (الحد الأقصى 1 MB و100 مستوى).
made-import-bad-level = { $file }: لا يمكن استخدام المستوى { $number } («{ $title }»)، لذلك لم يُضف شيء. { $problem }
made-assign-too-many = لا يمكن أن يحمل رابط واحد من المستويات التي صنعتموها أكثر من { $max ->
        [zero] 0 مستويات
        [one] مستوى واحد
        [two] مستويين
        [few] { $max } مستويات
        [many] { $max } مستوى
       *[other] { $max } مستوى
    }.
made-assign-unknown = أحد المستويات التي اخترتموها لم يعد في مكتبتكم. اختاروا المستويات مرة أخرى.
made-qr-too-long = هذا الرابط أطول من أن يقرأه جهاز لوحي في رمز QR (فيه { $length ->
        [zero] 0 أحرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، والرمز يتسع لـ { $max } على الأكثر). شاركوا الرابط نفسه، أو نزّلوا الملف وافتحوه على كل جهاز لوحي في قسم «للكبار»، ثم «إحضار لاعبين من ملف».

## Levels you make: the page (web/teacher-page/maker.js)
# The section where a teacher writes a level in their own words, checks it and keeps it in
# "My levels". Read by teachers. The kinds' names are the made-kind-… messages above.
made-page-heading = اصنعوا مستوياتكم الخاصة
made-page-intro = اكتبوا مستوى بكلماتكم وتحقّقوا من أنه يعمل. تُحفظ مستوياتكم في هذا المتصفح في «مستوياتي»، ويمكنكم إعطاؤها لصف مثل مستويات اللعبة نفسها.
# The form's heading: a new level, or one from "My levels" being changed.
made-page-new = مستوى جديد
made-page-editing = تعديل «{ $title }»
made-page-editing-hint = عند الحفظ يحلّ محلّ النسخة السابقة في مستوياتكم.
made-page-start-new = بدء مستوى جديد
made-page-kind = نوع المستوى
made-page-band = الفئة العمرية
made-page-title = العنوان
made-page-task = التعليمة: ما المطلوب من التلاميذ
made-page-learned = ماذا تعلّم التلاميذ (يظهر في النهاية)
made-page-hints = ثلاثة تلميحات
made-page-hint-1 = التلميح 1: دفعة صغيرة
made-page-hint-2 = التلميح 2: الفكرة
made-page-hint-3 = التلميح 3: جزء من الحل، لا الحل كله

# The robot grid.
made-page-width = العرض (بالمربعات)
made-page-height = الارتفاع (بالصفوف)
made-page-paint = نوع المربع
made-page-board = اللوحة
made-page-board-hint = اضغطوا على مربع لتلوينه. للبداية وللعلم مربع واحد فقط: إذا رسمتموه في مكان آخر انتقل إليه. بلوحة المفاتيح تنقلكم مفاتيح الأسهم بين المربعات.
# One square of the board, for screen readers: "Row 2, square 3: wall". $what is a made-page-square-… message.
made-page-square = الصف { $row }، المربع { $column }: { $what }
made-page-square-wall = جدار
made-page-square-floor = أرضية
made-page-square-start = بداية
made-page-square-flag = العلم
made-page-square-lamp = مصباح
made-page-square-red = أرضية حمراء
made-page-square-blue = أرضية زرقاء
made-page-square-green = أرضية خضراء
made-page-facing = يتجه الروبوت في البداية نحو
made-page-facing-north = الشمال (إلى الأعلى)
made-page-facing-east = الشرق (إلى اليمين)
made-page-facing-south = الجنوب (إلى الأسفل)
made-page-facing-west = الغرب (إلى اليسار)
made-page-tiles = اللبنات التي يمكن للتلاميذ استخدامها
made-page-conditions = الأسئلة التي يمكن أن تطرحها لبنتا «إذا» و«تكرار طالما»
made-page-conditions-hint = حدّدوا سؤالًا واحدًا على الأقل.
made-page-slots-main = عدد اللبنات في البرنامج الرئيسي (من 1 إلى 16)
made-page-slots-p1 = عدد اللبنات في «مساعد 1» (من 1 إلى 10)

# Sort into two boxes.
made-page-box-left = الصندوق الأيسر (علامة صح)
made-page-box-right = الصندوق الأيمن (علامة خطأ)
made-page-cards = البطاقات (من 2 إلى { $max })
made-page-card = البطاقة { $number }
made-page-card-box = صندوق البطاقة { $number }
made-page-reason-card = لماذا تنتمي البطاقة { $number } إلى هناك
made-page-add-card = إضافة بطاقة
made-page-remove-card = إزالة البطاقة { $number }

# Pick the reply.
made-page-prompt = الموقف، مثل رسالة تصل إلى التلاميذ
made-page-replies = الردود (من 2 إلى 4، واحد منها صحيح)
made-page-reply = الرد { $number }
made-page-right = الرد { $number } هو الصحيح
made-page-reason-reply = لماذا الرد { $number } صحيح أو خطأ
made-page-add-reply = إضافة رد
made-page-remove-reply = إزالة الرد { $number }

# Spot the red flags.
made-page-screen = ما يراه التلاميذ
made-page-screen-message = رسالة محادثة
made-page-screen-email = رسالة بريد إلكتروني
made-page-screen-web = صفحة ويب
made-page-parts = الأسطر من الأعلى إلى الأسفل (من 2 إلى { $max }: بعضها علامات تحذير وبعضها سليم)
made-page-part = السطر { $number }
made-page-flag = السطر { $number } علامة تحذير
made-page-reason-part = لماذا السطر { $number } سليم أو علامة تحذير
made-page-add-part = إضافة سطر
made-page-remove-part = إزالة السطر { $number }

# Check and save. A row's button "Remove": its name for screen readers is the
# made-page-remove-card/-reply/-part message.
made-page-remove = إزالة
made-page-check = فحص المستوى
made-page-save = حفظ في مستوياتي
made-page-checking = جارٍ فحص المستوى. قد يستغرق ذلك بضع ثوانٍ…
# After saving; a made-checked-… message follows it.
made-page-saved = حُفظ «{ $title }» في مستوياتكم.
made-page-copied = توجد نسخة في النموذج أعلاه. عدّلوها ثم احفظوها.

# My levels.
made-page-library = مستوياتي
made-page-library-empty = لا توجد مستويات بعد. تظهر هنا المستويات التي تحفظونها.
# Beside a robot level in "My levels": the fewest tiles that solve it.
made-page-par = الأفضل: { $par ->
        [zero] 0 لبنات
        [one] لبنة واحدة
        [two] لبنتان
        [few] { $par } لبنات
        [many] { $par } لبنة
       *[other] { $par } لبنة
    }
made-page-edit = تعديل
made-page-edit-level = تعديل «{ $title }»
made-page-copy = نسخ
made-page-copy-level = نسخ «{ $title }»
made-page-remove-level = إزالة «{ $title }»
made-page-remove-confirm = هل تريدون إزالة «{ $title }» من مستوياتكم؟ يبقى في الروابط التي أنشأتموها من قبل.
made-page-remove-yes = نعم، إزالة
made-page-removed = أُزيل «{ $title }» من مستوياتكم.
made-page-download = تنزيل مستوياتي
made-page-import = إضافة مستويات من ملف
made-page-import-file = ملف المستويات
made-page-import-unreadable = تعذّرت قراءة { $file }.

# In "Give levels to a class".
made-page-assign = مستويات صنعتموها
made-page-assign-none = تظهر هنا المستويات التي تحفظونها في «اصنعوا مستوياتكم الخاصة».
made-page-assign-max = { $max } على الأكثر في رابط واحد. الرابط الذي فيه مستويات صنعتموها يكون موقّعًا دائمًا.
made-page-assignment-file = تنزيل الملف للأجهزة اللوحية
