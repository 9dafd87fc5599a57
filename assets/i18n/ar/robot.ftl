# The robot-grid levels (coding): tiles, the editor, the debugger and what a run did.
# Tiles are named as verbal nouns (no address to the pupil): hints use these exact names.

## Tiles (palette names; also read by screen readers)
command-forward = إلى الأمام
command-turn-left = دوران لليسار
command-turn-right = دوران لليمين
command-light = إضاءة
tile-repeat = تكرار
tile-repeat-until-goal = تكرار حتى الانتهاء
tile-if = إذا
tile-if-else = إذا … وإلا
tile-call-p1 = مساعد 1
tile-call-p2 = مساعد 2
tile-repeat-times = { $times ->
        [zero] تكرار 0 مرات
        [one] تكرار مرة واحدة
        [two] تكرار مرتين
        [few] تكرار { $times } مرات
        [many] تكرار { $times } مرة
       *[other] تكرار { $times } مرة
    }
tile-if-condition = إذا { $condition }
tile-if-else-condition = إذا { $condition }، وإلا

tile-repeat-while = تكرار طالما
tile-call-p1-with = مساعد 1 مع عدد
tile-call-p2-with = مساعد 2 مع عدد
tile-repeat-n = تكرار n مرة
tile-set-count = ضبط العداد
tile-add-count = إضافة 1 إلى العداد
tile-repeat-while-condition = تكرار طالما { $condition }
tile-call-with = { $routine } مع { $number }
tile-set-count-to = ضبط العداد على { $number }
condition-count-is = العداد يساوي { $count }
test-not = ليس { $condition }
test-and = { $first } و{ $second }
test-or = { $first } أو { $second }
test-not-word = ليس
test-and-word = و
test-or-word = أو

condition-path-ahead = طريق للأمام
condition-path-left = طريق لليسار
condition-path-right = طريق لليمين
condition-on-red = على الأحمر
condition-on-blue = على الأزرق
condition-on-green = على الأخضر
colour-red = أحمر
colour-blue = أزرق
colour-green = أخضر

## Routines: the main program and the two helpers (procedures)
routine-main = الرئيسي
routine-p1 = مساعد 1
routine-p2 = مساعد 2
routine-when = جزء الحدث
event-on-lamp = عندما يخطو الروبوت على مصباح
event-on-red = عندما يخطو الروبوت على الأحمر
event-on-blue = عندما يخطو الروبوت على الأزرق
event-on-green = عندما يخطو الروبوت على الأخضر

## The editor
robot-slots = { $routine }: { $used } من { $max ->
        [zero] 0 لبنات
        [one] لبنة واحدة
        [two] لبنتين
        [few] { $max } لبنات
        [many] { $max } لبنة
       *[other] { $max } لبنة
    }
robot-program-tile = { $tile }، الخطوة { $position } في { $place }
robot-place-inside = { $container }
robot-place-else = جزء «وإلا» من { $container }
robot-list-end = نهاية { $place }: اللبنات الجديدة تأتي هنا
robot-else = وإلا
robot-undo = تراجع
robot-redo = إعادة
robot-clear = مسح الكل
robot-delete = إزالة اللبنة
robot-move-earlier = تقديم اللبنة
robot-move-later = تأخير اللبنة
robot-fewer = مرات أقل
robot-more = مرات أكثر
robot-change-condition = تغيير السؤال
editor-full = { $routine } ممتلئ. أزيلوا لبنة أولًا.
editor-too-deep = الصناديق داخل الصناديق لا تتجاوز ثلاث طبقات.
editor-into-itself = لا يمكن للّبنة أن تدخل في نفسها.
editor-nothing = لا شيء يُفعل هنا.
robot-number-down = عدد أصغر
robot-number-up = عدد أكبر
robot-change-logic = تغيير ليس / و / أو
robot-change-second = تغيير السؤال الثاني
robot-change-event = تغيير الحدث
editor-only-in-helper = «تكرار n مرة» لا تعمل إلا داخل مساعد: n هو العدد الذي يُعطى للمساعد.

## The debugger
robot-run = تشغيل
robot-pause = إيقاف مؤقت
robot-step = خطوة
robot-step-back = خطوة للخلف
robot-stop = إيقاف
robot-speed = السرعة: { $speed }
robot-speed-slow = بطيئة
robot-speed-normal = عادية
robot-speed-fast = سريعة
robot-running = الخطوة { $steps }
robot-running-count = الخطوة { $steps } · العداد = { $count }
robot-running-n = الخطوة { $steps } · n = { $n }
robot-running-count-n = الخطوة { $steps } · العداد = { $count } · n = { $n }
robot-program-empty = اضغطوا على اللبنات لبناء برنامجكم.
robot-program-ready = اضغطوا على «تشغيل» للبدء، أو على «خطوة» للتقدّم لبنةً لبنة.

# Accessible description of the board for screen readers.
robot-board = الروبوت في العمود { $x }، الصف { $y }، ويتجه { $facing }. { $goal }{ $lamps ->
        [0] {""}
       *[other] { " " }المصابيح المضاءة: { $lit } من { $lamps }.
    }
robot-board-goal = العلم في العمود { $x }، الصف { $y }.
# The board as a grid for screen readers, one cell at a time: where it is, then what is there.
robot-cell = العمود { $x }، الصف { $y }: { $what }
robot-cell-floor = أرضية
robot-cell-wall = جدار
robot-cell-coloured = أرضية لونها { $colour }
robot-cell-lamp = مصباح، غير مضاء
robot-cell-lamp-lit = مصباح، مضاء
robot-cell-flag = { $what }، العلم
robot-cell-robot = { $what }، الروبوت يتجه { $facing }

direction-north = إلى الأعلى
direction-east = إلى اليمين
direction-south = إلى الأسفل
direction-west = إلى اليسار

## What a run did
outcome-reached-goal = أحسنتم!
outcome-hit-wall = بوم! اصطدم الروبوت بجدار. غيّروا برنامجكم وحاولوا مرة أخرى.
outcome-left-board = انتبهوا! كاد الروبوت يسقط من اللوحة. غيّروا برنامجكم وحاولوا مرة أخرى.
outcome-no-lamp = لا يوجد مصباح هنا. لا يستطيع الروبوت إضاءة مصباح إلا حيث يقف.
outcome-out-of-commands = انتهى البرنامج، لكن المهمة لم تنتهِ بعد. أضيفوا لبنات أخرى وحاولوا مرة أخرى.
outcome-step-budget = { $steps ->
        [zero] لم يخطُ الروبوت أي خطوة
        [one] خطا الروبوت خطوة واحدة
        [two] خطا الروبوت خطوتين
        [few] خطا الروبوت { $steps } خطوات
        [many] خطا الروبوت { $steps } خطوة
       *[other] خطا الروبوت { $steps } خطوة
    } ولم ينتهِ بعد. هل يدور برنامجكم في حلقة لا تنتهي؟
outcome-too-many-calls = مساعدون كثيرون جدًا يستدعون مساعدين! هل يستدعي مساعدٌ نفسه قبل أن ينتهي؟
