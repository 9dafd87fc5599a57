# Today's mission (the levels a teacher chose, brought by the teacher's link) and "Send to
# my teacher". $class is the name the teacher gave the class, e.g. "4B".

## A class link that cannot be used
mission-link-damaged = رابط الصف هذا تالف. اطلبوا الرابط مرة أخرى من المعلم أو المعلمة.
mission-link-newer = رابط الصف هذا من نسخة أحدث من Byte Bridge. اطلبوا من المعلم أو المعلمة المساعدة في تحديث اللعبة.
mission-link-no-levels = لا يحتوي رابط الصف هذا على أي مستوى تعرفه هذه اللعبة. اطلبوا من المعلم أو المعلمة المساعدة في تحديث اللعبة.
mission-stored-unreadable = تعذّرت قراءة مهمة اليوم على هذا الجهاز اللوحي. اطلبوا الرابط مرة أخرى من المعلم أو المعلمة.

## The player's home and the map
mission-title = مهمة اليوم: { $class }
mission-level = { $title }، { $status }
mission-previous = المستويات السابقة
mission-next = مستويات أخرى
mission-map-locked = اختار المعلم أو المعلمة مستويات اليوم.
mission-locked-hint = هذا المستوى ليس من مهمة اليوم.

## Grown-ups
mission-remove = إزالة مهمة اليوم ({ $class })
mission-removed = أُزيلت مهمة اليوم من هذا الجهاز اللوحي.

## Send to my teacher
send-to-teacher = إرسال إلى المعلم
send-for-class = نجومكم للصف { $class }
send-no-class = نجومكم على هذا الجهاز اللوحي
send-save = حفظ ملف
send-share = مشاركة
send-show-code = عرض رمز QR
send-saved = حُفظ ملفكم. أعطوه للمعلم أو المعلمة.
send-code-caption = اعرضوا هذا الرمز أمام كاميرا المعلم أو المعلمة
send-code-image = رمز QR فيه نجومكم للمعلم أو المعلمة
send-code-failed = تعذّر صنع الرمز. احفظوا ملفًا بدلًا منه.

## داخل منصة التعلّم في مدرسة (Kolibri، وهي نظام لإدارة التعلّم): المتعلّم في المنصة هو اللاعب.
# تظهر حين لا تستطيع اللعبة الوصول إلى منصة المدرسة (لا توجد واجهة SCORM البرمجية، أو فشل التشغيل عبر cmi5، أو لا يوجد جسر Kolibri).
package-unreachable = تعذّر على اللعبة الوصول إلى منصة التعلّم في مدرستكم. يمكنكم اللعب، وستبقى نجومكم على هذا الجهاز.
# تظهر حين تتعذّر قراءة التقدّم الذي حفظته المنصة للمتعلّم.
package-saved-unreadable = تعذّرت قراءة نجومكم من جهاز آخر. يمكنكم مواصلة اللعب من هنا.
mission-link-made-refused = أحد المستويات التي صنعها المعلم أو المعلمة في رابط الصف هذا تالف أو تغيّر، لذلك لم يُستخدم الرابط. اطلبوا الرابط مرة أخرى من المعلم أو المعلمة.
made-world-title = من صنع المعلم أو المعلمة
made-by-teacher = من صنع المعلم أو المعلمة
made-by-teacher-in = من صنع المعلم أو المعلمة، اللغة: { $language }
mission-level-made = { $made }، { $status }
mission-file-taken = مهمة اليوم للصف { $class } موجودة الآن على هذا الجهاز اللوحي.
