# Everything around the levels: title, map, result, notices.
# The pupil is addressed in the plural (أنتم), see GLOSSARY.md.

language-name = العربية
app-title = Byte Bridge
app-tagline = تعلّموا البرمجة وابقوا آمنين على الإنترنت
title-play = لنلعب
language-picker = اللغة
language-open = اللغة: { $language }
language-loading = جارٍ تنزيل { $language } …
language-not-on-device = { $language } غير موجودة على هذا الجهاز اللوحي بعد. اتصلوا بالإنترنت مرة واحدة لتنزيلها. الموجود على هذا الجهاز: { $ready }
language-damaged = لم تصل { $language } كاملة. يُرجى المحاولة لاحقًا. الموجود على هذا الجهاز: { $ready }

back = رجوع
notice-dismiss = حسنًا

map-title = المستويات
level-status-locked = مقفل
level-status-new = لم يُلعب بعد
level-status-stars = { $stars } من 3 نجوم
map-level = { $number }. { $title }، { $status }
map-locked-hint = أنهوا المستوى الذي قبله لفتح هذا المستوى.
map-world = { $title }، { $status }
map-world-stars = { $stars } من { $max ->
        [zero] 0 نجوم
        [one] نجمة واحدة
        [two] نجمتين
        [few] { $max } نجوم
        [many] { $max } نجمة
       *[other] { $max } نجمة
    }

result-title = انتهى المستوى!
result-stars = { $stars } من 3 نجوم
result-new-best = أفضل نتيجة جديدة!
result-learned-heading = ماذا تعلّمتم
result-next = المستوى التالي
result-retry = العبوا مرة أخرى
result-levels = كل المستويات

storage-unavailable = لا يستطيع هذا الجهاز اللوحي الحفظ الآن. يمكنكم اللعب، لكن نجومكم ستضيع عند إغلاق الصفحة.
storage-recovered-damaged = تعذّرت قراءة لاعب محفوظ، ولم تكن له نسخة سليمة. حُفظ جانبًا على هذا الجهاز اللوحي.
storage-recovered-backup = تلفت بعض النجوم المحفوظة. أُعيدت آخر نسخة سليمة.
storage-newer-version = بعض اللاعبين حُفظوا بنسخة أحدث من Byte Bridge. إنهم محفوظون بأمان: حدّثوا اللعبة لرؤيتهم.
storage-full = ذاكرة الجهاز اللوحي ممتلئة. احفظوا نجومكم في ملف حتى لا يضيع شيء.

hint = تلميح
hint-shown = التلميح { $number }: { $hint }
read-aloud = قراءة بصوت عالٍ
read-aloud-stop = إيقاف القراءة
settings-open = الإعدادات
settings-title = الإعدادات
settings-read-everything = قراءة كل شيء
settings-read-everything-about = تقرأ اللعبة بصوت عالٍ كل مستوى وتلميح ونتيجة فور عرضها.
settings-no-voice = لا يوجد على هذا الجهاز اللوحي صوت لهذه اللغة بعد. يمكن لأحد الكبار إضافته.
settings-robot-speed = سرعة الروبوت: { $speed }
settings-calm = حركة أقل
settings-calm-about = يقفز الروبوت من مربع إلى مربع بدلًا من أن ينزلق. يكون هذا مفعّلًا من البداية إذا كان الجهاز اللوحي مضبوطًا على إظهار حركة أقل.
settings-contrast = تباين عالٍ
settings-contrast-about = تصبح الخلفية سوداء والكلمات بيضاء، وتظهر حواف بيضاء حول الأزرار. قد يجعل هذا الرؤية أسهل لبعض العيون.
settings-text-size = حجم النص: { $size }
settings-text-size-about = اضغطوا مرة أخرى لتكبر الكلمات، حتى تصير بضعف حجمها، ثم تعود إلى حجمها العادي.
text-size-normal = عادي
text-size-big = كبير
text-size-bigger = أكبر
text-size-biggest = الأكبر
settings-more-space = مسافات أوسع
settings-more-space-about = مسافة أكبر بين الحروف وبين السطور. قد يجعل هذا القراءة أسهل لبعض العيون.
