# Number Harbour: loops and ifs inside helpers, helpers that take a number, and the robot's
# counter. Tiles are named in «» exactly as in robot.ftl: «مساعد 1 مع عدد»، «تكرار n مرة»،
# «ضبط العداد»، «إضافة 1 إلى العداد»، «الرئيسي».

## Loops and ifs inside helpers

level-number-loop-in-helper-title = حلقة داخل مساعد
level-number-loop-in-helper-instruction = أضيئوا المصابيح الثلاثة في نهايات الجوانب الطويلة. «الرئيسي» يتسع لـ3 لبنات فقط، و«مساعد 1» لـ4 فقط.
level-number-loop-in-helper-learned = يمكن للمساعد أن يحمل حلقة. وكلما استدعى «الرئيسي» المساعد، تعمل حلقته من جديد من البداية.
level-number-loop-in-helper-hint-1 = الجوانب الثلاثة متشابهة: الطول نفسه، وفي نهاية كل منها مصباح ودوران. ماذا يفعل الروبوت على جانب واحد؟
level-number-loop-in-helper-hint-2 = أربع لبنات «إلى الأمام» ودوران لا يتسع لها «مساعد 1». ضعوا «تكرار» داخل المساعد بدلًا من ذلك.
level-number-loop-in-helper-hint-3 = «مساعد 1»: «تكرار 4 مرات» وبداخلها «إلى الأمام»، ثم «دوران لليمين».

level-number-round-the-basin-title = حول الحوض
level-number-round-the-basin-instruction = أضيئوا كل مصباح حول حوض الميناء. «الرئيسي» يتسع للبنة واحدة فقط، لذلك يجب أن يستدعي «مساعد 1» نفسه.
level-number-round-the-basin-learned = يمكن للمساعد أن يحمل حلقة ويستدعي نفسه أيضًا. الحلقة تقطع جانبًا، والاستدعاء يبدأ الجانب التالي.
level-number-round-the-basin-hint-1 = كل الجوانب متشابهة. كم مصباحًا على جانب واحد؟
level-number-round-the-basin-hint-2 = الجانب الواحد: ثلاث مرات «إلى الأمام» و«إضاءة»، ثم دوران. ابنوا ذلك في «مساعد 1» بحلقة، ودعوا «مساعد 1» يستدعي نفسه في النهاية.
level-number-round-the-basin-hint-3 = بداية «مساعد 1»: «تكرار 3 مرات»، وبداخلها «إلى الأمام» و«إضاءة».

level-number-if-in-helper-title = زوايا حمراء
level-number-if-in-helper-instruction = أضيئوا كل المصابيح على طول جدار الميناء. على المربع الأحمر ينعطف الطريق إلى اليسار. «الرئيسي» يتسع لـ3 لبنات فقط.
level-number-if-in-helper-learned = يمكن للمساعد أن يحمل «إذا». وفي كل مرة يعمل فيها المساعد، يطرح سؤاله من جديد، فيناسب مساعد واحد الطرق المستقيمة والزوايا معًا.
level-number-if-in-helper-hint-1 = من مصباح إلى التالي خطوتان دائمًا. وأحيانًا يكون المربع الذي بينهما أحمر.
level-number-if-in-helper-hint-2 = دعوا «مساعد 1» يأخذ الروبوت من مصباح إلى التالي. وفي الطريق يسأل: هل الروبوت على الأحمر؟ و«الرئيسي» يضيء المصباح ويكرّر حتى الانتهاء.
level-number-if-in-helper-hint-3 = بداية «مساعد 1»: «إلى الأمام»، ثم «إذا على الأحمر».

## Helpers with a number

level-number-walk-n-title = امشوا n من المربعات
level-number-walk-n-instruction = صلوا إلى العلم. الأجزاء المستقيمة من الطريق لها أطوال مختلفة، و«الرئيسي» يتسع لـ5 لبنات فقط. استخدموا «مساعد 1 مع عدد».
level-number-walk-n-learned = يمكنكم إعطاء المساعد عددًا عندما تستدعونه. وداخل المساعد، تكرّر «تكرار n مرة» بقدر ما يقول ذلك العدد.
level-number-walk-n-hint-1 = عدّوا مربعات كل جزء مستقيم من الطريق.
level-number-walk-n-hint-2 = في «مساعد 1»، ضعوا «إلى الأمام» داخل «تكرار n مرة». عندها يمشي «مساعد 1 مع 3» ثلاثة مربعات، و«مساعد 1 مع 6» ستة.
level-number-walk-n-hint-3 = بداية «الرئيسي»: «مساعد 1 مع 3»، ثم «دوران لليمين».

level-number-spiral-title = الحلزون
level-number-spiral-instruction = اتبعوا الحلزون إلى العلم في الوسط. كل جزء مستقيم أقصر بمربع واحد من الذي قبله.
level-number-spiral-learned = المساعد يبقى كما هو، وعدده وحده يتغير من استدعاء إلى آخر. و«الرئيسي» يقول فقط إلى أي مدى.
level-number-spiral-hint-1 = كم طول كل جزء مستقيم؟ ماذا يفعل الروبوت في نهاية كل واحد منها؟
level-number-spiral-hint-2 = يستطيع «مساعد 1» أن يمشي n من المربعات ثم يدور. و«الرئيسي» يستدعيه أربع مرات، في كل مرة بعدد أصغر.
level-number-spiral-hint-3 = نهاية «مساعد 1»: «دوران لليمين».

level-number-lamp-rows-title = صفوف من المصابيح
level-number-lamp-rows-instruction = أضيئوا صف المصابيح الخمسة وصف المصابيح الثلاثة. «الرئيسي» يتسع لـ3 لبنات فقط.
level-number-lamp-rows-learned = ليس على العدد أن يعدّ الخطوات. هنا يعدّ المصابيح: «مساعد 1 مع 5» يضيء 5 مصابيح.
level-number-lamp-rows-hint-1 = لكل مصباح، يتحرك الروبوت إليه ويضيئه.
level-number-lamp-rows-hint-2 = ضعوا «إلى الأمام» و«إضاءة» داخل «تكرار n مرة». عندها يقول n كم مصباحًا يضيء «مساعد 1».
level-number-lamp-rows-hint-3 = «الرئيسي»: «مساعد 1 مع 5»، ثم «دوران لليمين»، ثم لبنة أخرى.

## The robot's counter

level-number-third-opening-title = التفرّع الثالث
level-number-third-opening-instruction = الطريق إلى العلم هو التفرّع الثالث على اليمين. دعوا الروبوت يعدّ التفرّعات التي يمرّ بها.
level-number-third-opening-learned = للروبوت عدّاد يبدأ من 0. «إضافة 1 إلى العداد» تضيف واحدًا، و«إذا العداد يساوي 3» تسأل كم مرة حدث ذلك.
level-number-third-opening-hint-1 = التفرّعان الأوّلان على اليمين يعودان إلى الطريق فقط. التفرّع الثالث وحده يذهب إلى العلم.
level-number-third-opening-hint-2 = كلما وُجد طريق على اليمين، أضيفوا 1 إلى العداد. واستديروا إلى اليمين فقط عندما يساوي العداد 3.
level-number-third-opening-hint-3 = داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا طريق لليمين».

level-number-counting-helper-title = مساعد يعدّ
level-number-counting-helper-instruction = خذوا التفرّع الثالث على اليمين للوصول إلى العلم. «الرئيسي» يتسع لـ4 لبنات فقط، لذلك يجب أن يقوم «مساعد 1» بالعدّ.
level-number-counting-helper-learned = «الرئيسي» والمساعدون يتشاركون عدّادًا واحدًا. يستطيع المساعد أن يضيف إليه ويسأل عنه، ويبقى العدد كما هو عندما ينتهي المساعد.
level-number-counting-helper-hint-1 = هذه المرة يسير الروبوت نحو اليسار، لذلك جانبه الأيمن هو أعلى اللوحة.
level-number-counting-helper-hint-2 = «الرئيسي» يتقدّم ويسأل: هل يوجد طريق على اليمين؟ إن كان كذلك، يستدعي «مساعد 1». و«مساعد 1» يعدّ، ويدور إلى اليمين عندما يساوي العداد 3.
level-number-counting-helper-hint-3 = بداية «مساعد 1»: «إضافة 1 إلى العداد».

level-number-second-red-title = المربع الأحمر الثاني
level-number-second-red-instruction = صلوا إلى العلم. استديروا إلى اليسار عند المربع الأحمر الثاني، لا عند الأول.
level-number-second-red-learned = يستطيع العداد أن يعدّ أي شيء يستطيع الروبوت أن يسأل عنه: التفرّعات والألوان وغيرها.
level-number-second-red-hint-1 = عند كلا المربعين الأحمرين طريق على اليسار. أيهما يقود إلى العلم؟
level-number-second-red-hint-2 = على كل مربع أحمر، أضيفوا 1 إلى العداد. واستديروا إلى اليسار فقط عندما يساوي العداد 2.
level-number-second-red-hint-3 = داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا على الأحمر».

level-number-fix-the-count-title = عدّوا من جديد
level-number-fix-the-count-instruction = يجب أن يدور الروبوت إلى اليسار عند كل مربع أحمر ثانٍ. إنه يدور عند المربع الثاني، لكنه عند الرابع يتابع ويصطدم بجدار. أصلحوا البرنامج.
level-number-fix-the-count-learned = العداد يستمر في الزيادة حتى تعيدوه. «ضبط العداد على 0» يبدأ جولة عدّ جديدة.
level-number-fix-the-count-hint-1 = اضغطوا على «خطوة» وراقبوا العداد بجانب رقم الخطوة. كم يساوي العداد على المربع الأحمر الرابع؟
level-number-fix-the-count-hint-2 = بعد الدوران الأول، يجب أن يعدّ الروبوت من 0 من جديد.
level-number-fix-the-count-hint-3 = انظروا إلى ما يحدث مباشرة بعد أن يدور الروبوت إلى اليسار.
