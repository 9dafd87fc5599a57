# Messages the teacher page's Rust side gives (src/core/class, web/teacher). The page's own
# labels are in teacher.ftl. Teachers are addressed in the plural of respect.

## DigComp 2.2 competences (the filter shows the id before the title)
digcomp-1-1 = تصفّح البيانات والمعلومات والمحتوى الرقمي والبحث عنها وتصفيتها
digcomp-1-2 = تقييم البيانات والمعلومات والمحتوى الرقمي
digcomp-1-3 = إدارة البيانات والمعلومات والمحتوى الرقمي
digcomp-2-5 = آداب التعامل على الإنترنت
digcomp-2-6 = إدارة الهوية الرقمية
digcomp-3-4 = البرمجة
digcomp-4-1 = حماية الأجهزة
digcomp-4-2 = حماية البيانات الشخصية والخصوصية
digcomp-4-3 = حماية الصحة والرفاه
digcomp-5-1 = حل المشكلات التقنية

## DigComp 3.0 competences (JRC, 2025; the filter shows the id before the title)
digcomp3-1-1 = تصفّح المعلومات والبحث عنها وتصفيتها
digcomp3-1-2 = تقييم المعلومات
digcomp3-1-3 = إدارة المعلومات
digcomp3-2-1 = التفاعل عبر التقنيات الرقمية ومعها
digcomp3-2-2 = المشاركة عبر التقنيات الرقمية
digcomp3-2-3 = ممارسة المواطنة عبر التقنيات الرقمية
digcomp3-2-4 = التعاون عبر التقنيات الرقمية
digcomp3-2-5 = السلوك الرقمي
digcomp3-2-6 = إدارة الهوية الرقمية
digcomp3-3-1 = تطوير المحتوى الرقمي
digcomp3-3-2 = دمج المحتوى الرقمي وإعادة صياغته
digcomp3-3-3 = حقوق النشر والتراخيص
digcomp3-3-4 = التفكير الحاسوبي والبرمجة
digcomp3-4-1 = حماية الأجهزة
digcomp3-4-2 = حماية البيانات الشخصية والخصوصية
digcomp3-4-3 = دعم الرفاه
digcomp3-4-4 = الآثار البيئية للتقنيات الرقمية
digcomp3-5-1 = تحديد المشكلات التقنية وحلها
digcomp3-5-2 = تحديد الاحتياجات والاستجابات التقنية الرقمية
digcomp3-5-3 = تحديد الحلول الإبداعية باستخدام التقنيات الرقمية
digcomp3-5-4 = تحديد احتياجات الكفاية الرقمية ومعالجتها

## Stored class data
class-load-damaged = تعذّرت قراءة بيانات الصف المحفوظة في هذا المتصفح. حُفظت جانبًا، وتبدأ الصفحة فارغة.
class-load-newer = بيانات الصف في هذا المتصفح حُفظت بنسخة أحدث من Byte Bridge. تتركها هذه الصفحة دون تغيير وتبدأ فارغة: لن يُحفظ أي شيء تفعلونه هنا الآن. افتحوا صفحة المعلمين الأحدث لرؤية صفكم.

## Making an assignment
class-assign-failed = تعذّر إنشاء المهمة. يُرجى المحاولة مرة أخرى.
class-assign-no-levels = اختاروا مستوى واحدًا على الأقل.
class-assign-no-random = لا يستطيع هذا المتصفح إنشاء مفتاح صف آمن، لذلك لم يُنشأ أي رابط. يُرجى فتح هذه الصفحة في متصفح حديث.
class-assign-too-many = اختاروا { $max ->
        [zero] 0 مستويات
        [one] مستوى واحدًا
        [two] مستويين
        [few] { $max } مستويات
        [many] { $max } مستوى
       *[other] { $max } مستوى
    } على الأكثر لرابط واحد.
class-assign-no-name = أعطوا الصف اسمًا، مثلًا «4B».

## Bringing in files and codes ($file is the file's name, $nickname the pupil's)
class-imported = { $nickname }: { $count ->
    [zero] لا جديد (موجود هنا مسبقًا).
    [one] محاولة جديدة واحدة.
    [two] محاولتان جديدتان.
    [few] { $count } محاولات جديدة.
    [many] { $count } محاولة جديدة.
   *[other] { $count } محاولة جديدة.
}
class-imported-altered = { $nickname }: غُيِّر هذا الملف بعد أن كتبته اللعبة، أو لا يحمل توقيع صفه. لم يُحتسب منه شيء.
class-import-too-large = { $file } أكبر من أن يكون ملف تلميذ، لذلك لم يُقرأ.
class-import-not-ours = { $file } ليس ملفًا من Byte Bridge.
class-import-players-file = { $file } ملف لاعبين لنقل اللاعبين بين الأجهزة اللوحية. على جهاز التلميذ، استخدموا «إرسال إلى المعلم» بدلًا من ذلك.
class-import-truncated = { $file } مقطوع. اطلبوا من التلميذ أن يحفظه مرة أخرى.
class-import-newer = { $file } صُنع بنسخة أحدث من Byte Bridge. افتحوا صفحة المعلمين الأحدث لقراءته.
class-import-damaged = { $file } تالف وتعذّرت قراءته. اطلبوا من التلميذ أن يحفظه مرة أخرى.
class-import-over-limits = { $file } يحمل أكثر مما يحتفظ به Byte Bridge أبدًا لتلميذ واحد (برامج طويلة جدًا، أو محاولات أو مستويات أو أجوبة كثيرة جدًا)، وحده أو مع ما لدى هذه الصفحة للتلميذ. على الأرجح صُنع يدويًا. لم يُحضَر منه شيء.
class-code-not-ours = رمز QR هذا ليس من Byte Bridge.
class-code-newer = رمز QR هذا من نسخة أحدث من Byte Bridge.
class-code-damaged = تعذّرت قراءة رمز QR هذا كاملًا. حاولوا مرة أخرى، من مسافة أقرب قليلًا.
class-no-such-pupil = هذا التلميذ لم يعد موجودًا في بيانات الصف.

## The grid and the summary
class-avatar = { $picture }، { $colour }
class-decimal-separator = .
class-problem-mistakes = أجوبة خاطئة في الطريق
class-outcome-hit-wall = اصطدم الروبوت بجدار
class-outcome-left-board = كاد الروبوت يخرج من اللوحة
class-outcome-no-lamp = حاول الإضاءة حيث لا يوجد مصباح
class-outcome-out-of-commands = توقف البرنامج مبكرًا جدًا
class-outcome-step-budget = دار البرنامج في حلقة لا تنتهي
class-outcome-too-many-calls = استدعى المساعدون بعضهم بعضًا مرات كثيرة جدًا
class-outcome-finished = أُنهي
class-outcome-other = لم يُنهَ

## CSV column headings
class-csv-pupil-id = معرّف التلميذ
class-csv-nickname = الاسم المستعار
class-csv-note = الاسم الحقيقي (ملاحظة المعلم)
class-csv-classes = الصف
class-csv-level-id = معرّف المستوى
class-csv-level = المستوى
class-csv-stars = النجوم
class-csv-attempts = المحاولات
class-csv-seconds = الوقت (بالثواني)
class-csv-hints = التلميحات
class-csv-finished = أُنهي
class-csv-yes = نعم
class-csv-no = لا
