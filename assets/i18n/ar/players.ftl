# Players on a shared tablet: choosing who plays, making a player, picture passwords, the
# grown-ups' screen, moving players between tablets, and updates.

players-title = من يلعب؟
players-empty = اضغطوا على «لاعب جديد» للبدء.
players-previous = اللاعبون السابقون
players-next = لاعبون آخرون
players-page = الصفحة { $page } من { $pages }
player-new = لاعب جديد
grown-ups = للكبار

# A nickname: the animal, then the adjective, which agrees with the animal's .gender.
nickname = { $animal } { $adjective }

player-new-title = لاعب جديد
player-edit-title = اسمي وصورتي
player-done = تم
player-preview = اسمكم في اللعبة: { $name }
pick-picture = اختاروا صورة
pick-colour = اختاروا لونًا
pick-adjective = اختاروا كلمة
pick-animal = اختاروا حيوانًا
nickname-surprise = مفاجأة!

adj-brave = { $gender ->
    [masculine] الشجاع
   *[feminine] الشجاعة
}
adj-bright = { $gender ->
    [masculine] اللامع
   *[feminine] اللامعة
}
adj-calm = { $gender ->
    [masculine] الهادئ
   *[feminine] الهادئة
}
adj-clever = { $gender ->
    [masculine] الذكي
   *[feminine] الذكية
}
adj-cheerful = { $gender ->
    [masculine] المرح
   *[feminine] المرحة
}
adj-gentle = { $gender ->
    [masculine] اللطيف
   *[feminine] اللطيفة
}
adj-happy = { $gender ->
    [masculine] السعيد
   *[feminine] السعيدة
}
adj-kind = { $gender ->
    [masculine] الطيب
   *[feminine] الطيبة
}
adj-lucky = { $gender ->
    [masculine] المحظوظ
   *[feminine] المحظوظة
}
adj-quick = { $gender ->
    [masculine] السريع
   *[feminine] السريعة
}
adj-sunny = { $gender ->
    [masculine] المشرق
   *[feminine] المشرقة
}
adj-wise = { $gender ->
    [masculine] الحكيم
   *[feminine] الحكيمة
}

animal-bear = الدب
    .gender = masculine
animal-cat = القطة
    .gender = feminine
animal-dolphin = الدلفين
    .gender = masculine
animal-eagle = النسر
    .gender = masculine
animal-fox = الثعلب
    .gender = masculine
animal-frog = الضفدع
    .gender = masculine
animal-lion = الأسد
    .gender = masculine
animal-owl = البومة
    .gender = feminine
animal-panda = الباندا
    .gender = masculine
animal-rabbit = الأرنب
    .gender = masculine
animal-tiger = النمر
    .gender = masculine
animal-turtle = السلحفاة
    .gender = feminine

picture-sun = شمس
picture-moon = قمر
picture-star = نجمة
picture-heart = قلب
picture-tree = شجرة
picture-flower = زهرة
picture-fish = سمكة
picture-house = بيت
picture-rocket = صاروخ
picture-crown = تاج
picture-leaf = ورقة شجر
picture-boat = قارب

avatar-colour-red = أحمر
avatar-colour-orange = برتقالي
avatar-colour-yellow = أصفر
avatar-colour-green = أخضر
avatar-colour-teal = فيروزي
avatar-colour-blue = أزرق
avatar-colour-purple = بنفسجي
avatar-colour-pink = وردي

profile-error-full = هذا الجهاز اللوحي ممتلئ. يمكن لشخص بالغ نقل لاعبين إلى جهاز لوحي آخر.
profile-error-name-taken = هذا الاسم للاعب آخر. اختاروا كلمات أخرى.
profile-error-other = لم ينجح ذلك. يُرجى المحاولة مرة أخرى.

# Picture passwords: three pictures in order.
secret-open-title = اضغطوا على صوركم الـ3
secret-set-title = اختاروا 3 صور لكلمة المرور
secret-confirm-title = اضغطوا على الصور الـ3 نفسها مرة أخرى
secret-progress = { $count } من { $total ->
        [zero] 0 صور
        [one] صورة واحدة
        [two] صورتين
        [few] { $total } صور
        [many] { $total } صورة
       *[other] { $total } صورة
    }
secret-wrong = ليس تمامًا. حاولوا مرة أخرى.
secret-ask-grown-up = ليس تمامًا. إذا نسيتم صوركم، فاطلبوا من المعلم أو المعلمة إعادة ضبطها.
secret-mismatch = كانت هذه صورًا مختلفة. ابدؤوا من جديد.
secret-skip = بلا كلمة مرور
secret-remove = حذف كلمة المرور

# A new player's age band: two big buttons (the band labels "band-7-9" and "band-10-12").
player-age-title = كم عمركم؟
player-age-older = أكبر من 12 سنة؟ اختاروا 10–12. يمكن لشخص بالغ تغيير ذلك.

title-hello = أهلًا، { $name }!
title-change-player = تغيير اللاعب
title-edit-me = اسمي وصورتي
title-password = كلمة المرور بالصور
title-save-file = حفظ نجومي في ملف
save-to-file = حفظ في ملف

# The grown-ups' gate: a sum a young child cannot guess.
gate-title = للكبار
gate-question = كم يساوي { $a } × { $b }؟
gate-typed = الجواب: { $typed }
gate-wrong = هذا غير صحيح. إليكم سؤالًا جديدًا.
gate-delete = حذف رقم
gate-ok = حسنًا

# The grown-ups' screen: addressed to adults, in the plural too.
adults-title = اللاعبون على هذا الجهاز اللوحي
adults-save-all = حفظ كل اللاعبين في ملف
adults-bring = إحضار لاعبين من ملف
adults-clear = إفراغ هذا الجهاز اللوحي
adults-clear-confirm = { $count ->
    [zero] اضغطوا مرة أخرى لحذف اللاعبين
    [one] اضغطوا مرة أخرى لحذف اللاعب الوحيد
    [two] اضغطوا مرة أخرى لحذف اللاعبَين كليهما
    [few] اضغطوا مرة أخرى لحذف كل اللاعبين الـ{ $count }
    [many] اضغطوا مرة أخرى لحذف كل اللاعبين الـ{ $count }
   *[other] اضغطوا مرة أخرى لحذف كل اللاعبين الـ{ $count }
}
adults-cleared = هذا الجهاز اللوحي فارغ الآن.
adults-player = { $stars ->
    [zero] { $name }: لا نجوم
    [one] { $name }: نجمة واحدة
    [two] { $name }: نجمتان
    [few] { $name }: { $stars } نجوم
    [many] { $name }: { $stars } نجمة
   *[other] { $name }: { $stars } نجمة
}
adults-save-one = حفظ «{ $name }» في ملف
adults-reset-secret = إعادة ضبط كلمة المرور بالصور لـ«{ $name }»
adults-secret-reset = لم تعد لـ«{ $name }» كلمة مرور بالصور.
adults-delete = حذف «{ $name }»
adults-delete-confirm = اضغطوا مرة أخرى لحذف «{ $name }»
adults-deleted = حُذف «{ $name }».
adults-saved = { $count ->
    [zero] لم يُحفظ أي لاعب في الملف.
    [one] حُفظ لاعب واحد في ملف. افتحوه على الجهاز اللوحي الآخر عبر «إحضار لاعبين من ملف».
    [two] حُفظ لاعبان في ملف. افتحوه على الجهاز اللوحي الآخر عبر «إحضار لاعبين من ملف».
    [few] حُفظ { $count } لاعبين في ملف. افتحوه على الجهاز اللوحي الآخر عبر «إحضار لاعبين من ملف».
    [many] حُفظ { $count } لاعبًا في ملف. افتحوه على الجهاز اللوحي الآخر عبر «إحضار لاعبين من ملف».
   *[other] حُفظ { $count } لاعب في ملف. افتحوه على الجهاز اللوحي الآخر عبر «إحضار لاعبين من ملف».
}
adults-save-failed = تعذّر حفظ الملف.
adults-include-secrets = وضع كلمات المرور بالصور في الملف
adults-secrets-left-out = الملفات التي تُصنع الآن لا تحتوي على كلمات المرور بالصور؛ وكلمة المرور الموجودة على الجهاز الآخر تبقى كما هي.
adults-secrets-included = الملفات التي تُصنع الآن تحتوي على كلمات المرور بالصور: كل من يفتح الملف يستطيع قراءتها.
adults-help = نقل التلاميذ: احفظوهم هنا في ملف، وانسخوا الملف إلى الجهاز اللوحي الآخر، ثم أحضروهم هناك. اللاعبون الموجودون على ذلك الجهاز يحتفظون بكل نجومهم.
adults-help-insecure = هذه الصفحة لا تُقدَّم عبر HTTPS، لذلك لا تعمل دون اتصال ولا يمكن إضافتها إلى الشاشة الرئيسية. كل شيء آخر يعمل. يشرح ملف README كيفية تقديمها.
adults-voices-open = القراءة بصوت عالٍ
adults-voices-some = يستطيع هذا الجهاز اللوحي القراءة بصوت عالٍ بهذه اللغات: { $languages }
adults-voices-none = لا يستطيع هذا الجهاز اللوحي بعدُ القراءة بصوت عالٍ بأي لغة من لغات اللعبة.
adults-voices-help = لإضافة صوت على جهاز لوحي يعمل بنظام Android: افتحوا «الإعدادات»، وابحثوا عن «إخراج تحويل النص إلى كلام»، وافتحوا إعدادات المحرك المفضّل، وثبّتوا البيانات الصوتية للغة ما. ثم افتحوا اللعبة مرة أخرى. لا تقرأ بصوت عالٍ إلا الأصوات المحفوظة على الجهاز اللوحي نفسه، لذلك لا يُرسَل أي شيء إلى أي مكان لقراءته.
adults-band = الفئة العمرية لـ«{ $name }»: { $band }
adults-band-unset = العمر غير محدد
adults-band-changed = «{ $name }»: { $band } الآن.
adults-band-help = اضغطوا على الفئة العمرية للاعب لتغييرها. يرى اللاعب مستويات تلك الفئة أولًا. يختار التلاميذ 7–9 أو 10–12 عند البدء؛ ولا يختار 12–14 إلا شخص بالغ، وهي الفئة التي فيها مواضيع للتلاميذ الأكبر سنًا. «العمر غير محدد» يُحسب 7–9.

import-done = تم: { $added ->
        [zero] لا لاعبين جدد
        [one] لاعب جديد واحد
        [two] لاعبان جديدان
        [few] { $added } لاعبين جدد
        [many] { $added } لاعبًا جديدًا
       *[other] { $added } لاعب جديد
    }، وتحديث { $updated }{ $refused ->
        [0] .
       *[other] ، وتعذّر إحضار { $refused } منهم (الجهاز اللوحي ممتلئ، أو تحتفظ بهم هنا نسخة أحدث من Byte Bridge).
    }{ $renamed ->
        [zero] {""}
        [one] {" "}حصل لاعب واحد على اسم جديد في اللعبة، لأن اسمه كان مستخدمًا هنا.
        [two] {" "}حصل لاعبان على اسمين جديدين في اللعبة، لأن اسميهما كانا مستخدمين هنا.
        [few] {" "}حصل { $renamed } لاعبين على أسماء جديدة في اللعبة، لأن أسماءهم كانت مستخدمة هنا.
        [many] {" "}حصل { $renamed } لاعبًا على أسماء جديدة في اللعبة، لأن أسماءهم كانت مستخدمة هنا.
       *[other] {" "}حصل { $renamed } لاعب على أسماء جديدة في اللعبة، لأن أسماءهم كانت مستخدمة هنا.
    }
import-error-too-large = هذا الملف أكبر من أن يكون ملف لاعبين.
import-error-not-ours = هذا ليس ملف لاعبين من Byte Bridge.
import-error-newer = هذا الملف من نسخة أحدث من Byte Bridge. حدّثوا اللعبة على هذا الجهاز اللوحي أولًا.
import-error-damaged = ملف اللاعبين هذا تالف، لذلك لم يتغير شيء. احفظوه مرة أخرى على الجهاز اللوحي الآخر.
import-error-over-limits = في هذا الملف لاعب يحمل أكثر مما يحتفظ به Byte Bridge أبدًا (برامج طويلة جدًا، أو محاولات أو مستويات كثيرة جدًا)، وحده أو مع اللاعب نفسه على هذا الجهاز اللوحي. لم يتغير شيء.
import-error-unreadable = تعذّرت قراءة الملف. حاولوا مرة أخرى.

offline-needs-https = هذه الصفحة لا تُقدَّم عبر HTTPS، لذلك لن تعمل دون إنترنت.
update-reload = نسخة جديدة جاهزة: اضغطوا لتشغيلها
save-file-failed = تعذّر حفظ الملف. يُرجى المحاولة مرة أخرى.
