# The coding worlds and their levels. Per level: a title, what to do, what was learned, and
# three hints (a nudge, the idea, part of the solution). Tiles are named in «» exactly as in
# robot.ftl: «إلى الأمام»، «دوران لليسار»، «دوران لليمين»، «إضاءة»، «تكرار»،
# «تكرار حتى الانتهاء»، «إذا»، «إذا … وإلا»، «مساعد 1»، «مساعد 2»، «الرئيسي».

world-robot-road = طريق الروبوت
world-loop-lagoon = بحيرة الحلقات
world-helper-hills = تلال المساعدين
world-choice-canyon = وادي الاختيارات
world-sensor-springs = ينابيع الحسّاسات
world-number-harbour = ميناء الأعداد
world-signal-station = محطة الإشارات
world-bug-bay = خليج الأخطاء

## Robot Road

level-robot-first-steps-title = الخطوات الأولى
level-robot-first-steps-instruction = ابنوا برنامجًا يأخذ الروبوت إلى العلم. ثم اضغطوا على «تشغيل».
level-robot-first-steps-learned = البرنامج قائمة من الخطوات. ينفّذها الروبوت واحدة بعد الأخرى، بالترتيب.
level-robot-first-steps-hint-1 = انظروا إلى العلم. إلى أين يتجه الروبوت الآن؟
level-robot-first-steps-hint-2 = «إلى الأمام» تحرّك الروبوت مربعًا واحدًا. و«دوران لليمين» تديره في مكانه.
level-robot-first-steps-hint-3 = البداية: «إلى الأمام»، «إلى الأمام»، «دوران لليمين».

level-robot-turn-left-title = دوران لليسار
level-robot-turn-left-instruction = خذوا الروبوت إلى العلم. عليه هذه المرة أن يدور إلى اليسار.
level-robot-turn-left-learned = «دوران لليسار» و«دوران لليمين» تغيّران اتجاه الروبوت. لكنهما لا تحرّكانه.
level-robot-turn-left-hint-1 = الروبوت يتجه إلى الأعلى. أين ينعطف الطريق؟
level-robot-turn-left-hint-2 = بعد «دوران لليسار»، تحرّك «إلى الأمام» الروبوتَ في الاتجاه الجديد.
level-robot-turn-left-hint-3 = البداية: «إلى الأمام»، «إلى الأمام»، «دوران لليسار».

level-robot-zigzag-title = درجات متعرّجة
level-robot-zigzag-instruction = انزلوا الدرجات حتى العلم. الطريق ينعطف بعد كل درجة.
level-robot-zigzag-learned = الطريق الطويل ليس إلا خطوات صغيرة ودورانات، واحدة بعد الأخرى.
level-robot-zigzag-hint-1 = تتبّعوا الطريق بإصبعكم. عدّوا المنعطفات.
level-robot-zigzag-hint-2 = «دوران لليمين» للنزول. و«دوران لليسار» للعبور من جديد.
level-robot-zigzag-hint-3 = البداية: «إلى الأمام»، «دوران لليمين»، «إلى الأمام»، «دوران لليسار».

level-robot-around-rocks-title = حول الجدار
level-robot-around-rocks-instruction = جدار يسدّ الطريق. قودوا الروبوت حوله حتى يصل إلى العلم.
level-robot-around-rocks-learned = عندما يكون الطريق مسدودًا، يمكنكم التخطيط لطريق حوله.
level-robot-around-rocks-hint-1 = لا يستطيع الروبوت الذهاب مباشرة إلى العلم. أين الطريق حول الجدار؟
level-robot-around-rocks-hint-2 = اصعدوا أولًا، ثم اعبروا، ثم انزلوا.
level-robot-around-rocks-hint-3 = البداية: «إلى الأمام»، «إلى الأمام»، «دوران لليمين».

level-robot-fix-the-path-title = أصلحوا الطريق
level-robot-fix-the-path-instruction = في هذا البرنامج خطأ: الروبوت يصطدم بجدار. راقبوه بـ«خطوة»، ثم أصلحوا البرنامج.
level-robot-fix-the-path-learned = الخطأ البرمجي غلطة في البرنامج. لبنة واحدة زائدة قد ترسل الروبوت إلى جدار. أزيلوها فيعمل البرنامج.
level-robot-fix-the-path-hint-1 = اضغطوا على «خطوة» لتشغيل لبنة واحدة في كل مرة. أين يصطدم الروبوت بالجدار؟
level-robot-fix-the-path-hint-2 = يتقدّم الروبوت مربعًا واحدًا أكثر من اللازم قبل أن يدور. هناك لبنة زائدة.
level-robot-fix-the-path-hint-3 = اللبنة الزائدة تأتي قبل الدوران الأول.

level-robot-first-lamp-title = أضيئوه!
level-robot-first-lamp-instruction = قودوا الروبوت إلى المصباح. ثم استخدموا لبنة «إضاءة» لتشغيله.
level-robot-first-lamp-learned = «إضاءة» لا تعمل إلا عندما يقف الروبوت على مصباح.
level-robot-first-lamp-hint-1 = كم مربعًا يبعد المصباح؟
level-robot-first-lamp-hint-2 = يجب أن يقف الروبوت على المصباح أولًا. ثم تشغّله «إضاءة».
level-robot-first-lamp-hint-3 = المصباح على بعد ثلاثة مربعات أمام الروبوت.

level-robot-two-lamps-title = مصباحان
level-robot-two-lamps-instruction = أضيئوا المصباحين كليهما. لا يوجد علم: تنتهي المهمة عندما تُضاء كل المصابيح.
level-robot-two-lamps-learned = يستطيع الروبوت أداء مهمة في طريقه: يتوقف، ويضيء المصباح، ثم يتابع.
level-robot-two-lamps-hint-1 = ستمرّون بالمصباح الأول في طريقكم إلى الثاني.
level-robot-two-lamps-hint-2 = ضعوا «إضاءة» مباشرة بعد اللبنة التي تأخذ الروبوت إلى مصباح.
level-robot-two-lamps-hint-3 = البداية: «إلى الأمام»، «إلى الأمام»، «إضاءة».

level-robot-lamps-and-flag-title = مصابيح وعلم
level-robot-lamps-and-flag-instruction = أضيئوا المصباحين كليهما. ثم اذهبوا إلى العلم.
level-robot-lamps-and-flag-learned = قد تكون للمهمة عدة أجزاء. ويجب على الروبوت إنهاؤها كلها.
level-robot-lamps-and-flag-hint-1 = لا يُحسب العلم إلا عندما تكون كل المصابيح مضاءة.
level-robot-lamps-and-flag-hint-2 = خطّطوا لطريق يمرّ على المصباحين قبل أن يصل إلى العلم.
level-robot-lamps-and-flag-hint-3 = البداية: «إلى الأمام»، «إضاءة»، «دوران لليمين».

level-robot-turn-around-title = استدارة كاملة
level-robot-turn-around-instruction = أضيئوا المصباح. ثم استديروا واذهبوا إلى العلم.
level-robot-turn-around-learned = دورانان في الاتجاه نفسه يجعلان الروبوت يتجه إلى حيث أتى.
level-robot-turn-around-hint-1 = المصباح والعلم على جانبين مختلفين من الروبوت.
level-robot-turn-around-hint-2 = للاستدارة، استخدموا دورانين: «دوران لليسار»، «دوران لليسار».
level-robot-turn-around-hint-3 = البداية: «إلى الأمام»، «إلى الأمام»، «إضاءة».

level-robot-long-road-title = الطريق الطويل
level-robot-long-road-instruction = أضيئوا المصباحين وانتهوا عند العلم. أي طريق أقصر؟
level-robot-long-road-learned = قد يوجد أكثر من طريق. فكّروا أولًا، ثم اختاروا الأقصر.
level-robot-long-road-hint-1 = النزول مباشرة يصل إلى العلم، لكن المصابيح تبقى مطفأة.
level-robot-long-road-hint-2 = سيروا على طول الأعلى أولًا، ثم انزلوا، ثم عودوا على طول الأسفل.
level-robot-long-road-hint-3 = البداية: «إلى الأمام»، «إضاءة»، «إلى الأمام»، «دوران لليمين».

## Loop Lagoon

level-loop-first-loop-title = الحلقة الأولى
level-loop-first-loop-instruction = اذهبوا إلى العلم. برنامجكم يتسع لـ3 لبنات فقط، لذلك استخدموا لبنة «تكرار».
level-loop-first-loop-learned = لبنة «تكرار» تشغّل اللبنات التي بداخلها مرة بعد مرة. حلقة واحدة تقوم بعمل لبنات كثيرة.
level-loop-first-loop-hint-1 = عدّوا المربعات بين الروبوت والعلم.
level-loop-first-loop-hint-2 = ضعوا «إلى الأمام» داخل لبنة «تكرار». ثم اضغطوا على «مرات أكثر» لضبط العدد.
level-loop-first-loop-hint-3 = «إلى الأمام» تدخل في الحلقة. اضبطوا العدد على عدد المربعات التي عددتموها.

level-loop-lamp-row-title = صف من المصابيح
level-loop-lamp-row-instruction = أضيئوا المصابيح الخمسة كلها. برنامجكم يتسع لـ5 لبنات فقط، لذلك استخدموا حلقة.
level-loop-lamp-row-learned = يمكن للحلقة أن تكرر أكثر من لبنة واحدة. هنا تكرر خطوة وإضاءة.
level-loop-lamp-row-hint-1 = كل مصباح يبعد مربعًا واحدًا فقط عن الذي قبله.
level-loop-lamp-row-hint-2 = ضعوا لبنتين داخل «تكرار» واحدة. الحلقة تنفّذهما كلتيهما، مرة بعد مرة.
level-loop-lamp-row-hint-3 = داخل الحلقة: «إلى الأمام»، ثم «إضاءة». كم مرة؟

level-loop-corner-title = حول الزاوية
level-loop-corner-instruction = صلوا إلى العلم. استخدموا حلقة لكل طريق طويل، وبينهما دوران.
level-loop-corner-learned = يمكن أن يحتوي البرنامج على عدة حلقات، واحدة بعد الأخرى.
level-loop-corner-hint-1 = للطريق جزآن طويلان مستقيمان.
level-loop-corner-hint-2 = أولًا حلقة للطريق العلوي. ثم «دوران لليمين». ثم حلقة للطريق النازل.
level-loop-corner-hint-3 = البداية: «تكرار 4 مرات» وبداخلها «إلى الأمام». ثم «دوران لليمين».

level-loop-stairs-title = درج الحلقات
level-loop-stairs-instruction = اصعدوا الدرج إلى العلم. ابحثوا عن الجزء الذي يتكرر.
level-loop-stairs-learned = عندما يتكرر نمط ما، ابنوه مرة واحدة داخل حلقة. والحلقة تقوم بالباقي.
level-loop-stairs-hint-1 = انظروا إلى درجة واحدة من الدرج. ماذا يفعل الروبوت عليها؟
level-loop-stairs-hint-2 = يمكن للحلقة أن تحتوي على دورانات أيضًا. ضعوا درجة واحدة داخل «تكرار».
level-loop-stairs-hint-3 = الدرجة الواحدة هي: «إلى الأمام»، «دوران لليسار»، «إلى الأمام»، «دوران لليمين».

level-loop-square-title = مربع من المصابيح
level-loop-square-instruction = أضيئوا المصابيح الثلاثة في الزوايا. استخدموا حلقة.
level-loop-square-learned = حلقة بداخلها دوران تستطيع أن تأخذ الروبوت حول مربع.
level-loop-square-hint-1 = كل جوانب المربع متشابهة.
level-loop-square-hint-2 = ضعوا لبنات جانب واحد وزاوية واحدة داخل «تكرار».
level-loop-square-hint-3 = الجانب الواحد هو: «إلى الأمام»، «إلى الأمام»، «إضاءة»، «دوران لليمين».

level-loop-fix-the-loop-title = أصلحوا الحلقة
level-loop-fix-the-loop-instruction = يجب أن تضيء هذه الحلقة المصابيح الثلاثة كلها. لكن بعد المصباح الأول، يصطدم الروبوت بجدار. أصلحوا الحلقة.
level-loop-fix-the-loop-learned = الحلقة تنفّذ اللبنات نفسها في كل دورة. لذلك يجب أن تنتهي كل دورة والروبوت متجه كما كان في بدايتها.
level-loop-fix-the-loop-hint-1 = اضغطوا على «خطوة». إلى أين يتجه الروبوت عندما تبدأ الحلقة من جديد؟
level-loop-fix-the-loop-hint-2 = في نهاية كل دورة، يجب أن يتجه الروبوت كما كان في بدايتها.
level-loop-fix-the-loop-hint-3 = هناك دوران ناقص في نهاية الحلقة.

level-loop-in-a-loop-title = حلقة داخل حلقة
level-loop-in-a-loop-instruction = أضيئوا كل المصابيح حول المربع. ضعوا حلقة داخل حلقة أخرى.
level-loop-in-a-loop-learned = يمكن أن توضع حلقة داخل حلقة أخرى. كلما عملت الحلقة الخارجية مرة واحدة، عملت الحلقة الداخلية كل مراتها.
level-loop-in-a-loop-hint-1 = انظروا إلى جانب واحد: ثلاثة مصابيح في صف، ثم زاوية.
level-loop-in-a-loop-hint-2 = الحلقة الداخلية تضيء جانبًا واحدًا. والحلقة الخارجية تفعل ذلك لكل جانب.
level-loop-in-a-loop-hint-3 = الحلقة الداخلية: «تكرار 3 مرات»، وبداخلها «إلى الأمام» و«إضاءة».

level-loop-lamp-stairs-title = درج المصابيح
level-loop-lamp-stairs-instruction = انزلوا الدرج وأضيئوا المصباح على كل درجة.
level-loop-lamp-stairs-learned = يمكن للحلقة أن تحرّك وتدير وتؤدي مهمة. وفي كل دورة تقوم بدرجة كاملة.
level-loop-lamp-stairs-hint-1 = ماذا يفعل الروبوت على درجة واحدة؟ انظروا أين المصباح.
level-loop-lamp-stairs-hint-2 = جدوا لبنات درجة واحدة، مع «إضاءة» في المكان الصحيح. ثم كرّروها.
level-loop-lamp-stairs-hint-3 = بداية الدرجة الواحدة: «إلى الأمام»، «دوران لليمين»، «إلى الأمام».

level-loop-big-ring-title = المضمار الكبير
level-loop-big-ring-instruction = أضيئوا المصابيح في زوايا المضمار الكبير. الجوانب طويلة، لذلك استخدموا حلقة داخل حلقة.
level-loop-big-ring-learned = الحلقة الداخلية تقطع جانبًا طويلًا. والحلقة الخارجية تكرر الجانب والدوران والإضاءة عند كل زاوية.
level-loop-big-ring-hint-1 = من زاوية إلى التي تليها أربعة مربعات.
level-loop-big-ring-hint-2 = الحلقة الداخلية تقطع جانبًا واحدًا. والحلقة الخارجية تضيف الدوران والإضاءة، مرة عند كل زاوية.
level-loop-big-ring-hint-3 = الحلقة الداخلية: «تكرار 4 مرات»، وبداخلها «إلى الأمام».

level-choice-until-goal-title = حتى الانتهاء
level-choice-until-goal-instruction = صلوا إلى العلم. استخدموا «تكرار حتى الانتهاء»: تستمر حتى تنتهي المهمة.
level-choice-until-goal-learned = «تكرار حتى الانتهاء» تشغّل لبناتها مرة بعد مرة، وتتوقف عندما تنتهي المهمة. لا حاجة إلى العدّ.
level-choice-until-goal-hint-1 = كم يبعد العلم؟ هذه المرة لا تحتاجون إلى معرفة ذلك.
level-choice-until-goal-hint-2 = «تكرار حتى الانتهاء» تكرر اللبنات التي بداخلها حتى يصل الروبوت إلى العلم.
level-choice-until-goal-hint-3 = «إلى الأمام» تدخل في الحلقة. لا يوجد عدد لضبطه.

## Helper Hills

level-helper-first-helper-title = مساعدكم الأول
level-helper-first-helper-instruction = أضيئوا المصابيح الثلاثة. ابنوا لبنات مصباح واحد في «مساعد 1». ثم استخدموا لبنة «مساعد 1» في «الرئيسي».
level-helper-first-helper-learned = المساعد قائمة من اللبنات لها اسم. لبنته تستدعي المساعد: فيشغّل القائمة كلها، كلما أردتم.
level-helper-first-helper-hint-1 = المصابيح في الزوايا. ماذا يفعل الروبوت ليصل إلى مصباح واحد؟
level-helper-first-helper-hint-2 = ابنوا لبنات مصباح واحد في «مساعد 1». وفي «الرئيسي»، ضعوا لبنة «مساعد 1» مرة لكل مصباح.
level-helper-first-helper-hint-3 = يمكن أن يكون «مساعد 1»: «إلى الأمام»، «إلى الأمام»، «إضاءة»، «دوران لليمين».

level-helper-zigzag-title = المساعد والدورانات
level-helper-zigzag-instruction = أضيئوا المصابيح الثلاثة. دعوا «مساعد 1» يمشي ويضيء. و«الرئيسي» يقوم بالدورانات.
level-helper-zigzag-learned = يمكن لـ«الرئيسي» أن يخلط لبنات المساعدين مع لبنات أخرى.
level-helper-zigzag-hint-1 = بين المصابيح ينعطف الطريق. هل ينعطف في الاتجاه نفسه كل مرة؟
level-helper-zigzag-hint-2 = الجزء المستقيم هو نفسه كل مرة، لذلك ضعوه في «مساعد 1». وضعوا الدورانات في «الرئيسي».
level-helper-zigzag-hint-3 = «مساعد 1»: «إلى الأمام»، «إلى الأمام»، «إلى الأمام»، «إضاءة».

level-helper-lamp-stairs-title = درج المساعد
level-helper-lamp-stairs-instruction = اصعدوا الدرج وأضيئوا المصباح على كل درجة. استخدموا «مساعد 1».
level-helper-lamp-stairs-learned = يمكن للمساعد أن يحمل نمطًا أكبر، فيه حركات ودورانات وإضاءات.
level-helper-lamp-stairs-hint-1 = انظروا إلى درجة واحدة. أين مصباحها؟
level-helper-lamp-stairs-hint-2 = ضعوا درجة كاملة في «مساعد 1». ثم استخدموا «مساعد 1» مرة لكل درجة.
level-helper-lamp-stairs-hint-3 = بداية الدرجة الواحدة: «إلى الأمام»، «دوران لليسار»، «إلى الأمام».

level-helper-call-itself-title = مساعد يدور في حلقة
level-helper-call-itself-instruction = اصعدوا الدرج الطويل إلى العلم. «الرئيسي» يتسع لـ3 لبنات فقط. هل يستطيع «مساعد 1» أن يستدعي نفسه، ويستمر مثل «تكرار حتى الانتهاء»؟
level-helper-call-itself-learned = يمكن للمساعد أن يستدعي نفسه في نهايته. عندها يبدأ من جديد، مثل الحلقة، حتى تنتهي المهمة.
level-helper-call-itself-hint-1 = الدرجات أكثر مما يتسع له «الرئيسي».
level-helper-call-itself-hint-2 = ضعوا لبنة «مساعد 1» في الآخر، داخل «مساعد 1». عندها يعمل «مساعد 1» مرة بعد مرة.
level-helper-call-itself-hint-3 = بداية «مساعد 1»: «إلى الأمام»، «دوران لليسار»، «إلى الأمام»، «دوران لليمين».

level-helper-round-and-round-title = دورة بعد دورة
level-helper-round-and-round-instruction = أضيئوا المصابيح الأربعة كلها. دعوا «مساعد 1» يدور بأن يستدعي نفسه.
level-helper-round-and-round-learned = المساعد الذي يستدعي نفسه يستمر حتى تُضاء كل المصابيح.
level-helper-round-and-round-hint-1 = في كل جانب مصباح واحد، في الوسط.
level-helper-round-and-round-hint-2 = لجانب واحد: امشوا، أضيئوا، امشوا، استديروا. ثم يبدأ «مساعد 1» من جديد من تلقاء نفسه.
level-helper-round-and-round-hint-3 = بداية «مساعد 1»: «إلى الأمام»، «إضاءة»، «إلى الأمام».

level-helper-fix-the-helper-title = المساعد الذي يتوقف
level-helper-fix-the-helper-instruction = يجب أن يدور «مساعد 1» حول المربع ويضيء المصابيح الثلاثة كلها، لكنه يتوقف بعد المصباح الأول. أصلحوا «مساعد 1».
level-helper-fix-the-helper-learned = المساعد الذي يجب أن يستمر يستدعي نفسه في نهايته. ودون هذا الاستدعاء، يعمل مرة واحدة ثم يتوقف.
level-helper-fix-the-helper-hint-1 = اضغطوا على «خطوة». ماذا يحدث عندما يصل «مساعد 1» إلى نهايته؟
level-helper-fix-the-helper-hint-2 = «الرئيسي» يستدعي «مساعد 1» مرة واحدة فقط. كيف يمكن لـ«مساعد 1» أن يشغّل نفسه من جديد؟
level-helper-fix-the-helper-hint-3 = هناك شيء ناقص في نهاية «مساعد 1».

level-helper-second-helper-title = مساعدان
level-helper-second-helper-instruction = أضيئوا كل المصابيح حول المربع. يمكن لـ«مساعد 1» أن يستدعي «مساعد 2». وللحصول على ثلاث نجوم، يستدعي «مساعد 1» نفسه أيضًا.
level-helper-second-helper-learned = يمكن للمساعد أن يستدعي مساعدًا آخر. الأجزاء الصغيرة تبني أجزاء أكبر.
level-helper-second-helper-hint-1 = ما أصغر نمط؟ انظروا إلى مصباح واحد.
level-helper-second-helper-hint-2 = ضعوا أصغر نمط في «مساعد 2». يستدعيه «مساعد 1» ليقطع جانبًا واحدًا، ثم يدور، ثم يستدعي نفسه.
level-helper-second-helper-hint-3 = «مساعد 2»: «إلى الأمام»، «إضاءة».

level-helper-walk-then-loop-title = امشوا، ثم كرّروا
level-helper-walk-then-loop-instruction = امشوا إلى الدرج أولًا. ثم دعوا «مساعد 1» يصعده ويضيء كل مصباح: إنه يستدعي نفسه في نهايته.
level-helper-walk-then-loop-learned = يمكن لـ«الرئيسي» أن يقوم بالجزء الأول من المهمة، ثم يسلّم الباقي لمساعد.
level-helper-walk-then-loop-hint-1 = الدرج لا يبدأ حيث يقف الروبوت. المصباح الأول على بعد ثلاثة مربعات أمامه.
level-helper-walk-then-loop-hint-2 = استخدموا «الرئيسي» للمشي حتى الدرج. ثم استدعوا «مساعد 1»: يصعد درجة، ويضيء مصباحها، ويستدعي نفسه.
level-helper-walk-then-loop-hint-3 = «الرئيسي»: «إلى الأمام»، «إلى الأمام»، «مساعد 1».

level-helper-big-ring-title = المساعدون يدورون
level-helper-big-ring-instruction = أضيئوا المصابيح الثلاثة حول المربع. لا توجد لبنة «دوران لليسار»: ابنوها في مساعد. «الرئيسي» يتسع للبنة واحدة فقط، لذلك يجب أن يستدعي أحد المساعدين نفسه.
level-helper-big-ring-learned = يمكن للمساعد أن يكون لبنة لا تملكونها: ثلاث لبنات «دوران لليمين» تصنع «دوران لليسار» واحدة.
level-helper-big-ring-hint-1 = الطريق ينعطف إلى اليسار عند كل زاوية، لكن ليس لديكم إلا «دوران لليمين».
level-helper-big-ring-hint-2 = بعد ثلاث لبنات «دوران لليمين» يتجه الروبوت كما بعد «دوران لليسار» واحدة. ضعوها في مساعد خاص بها.
level-helper-big-ring-hint-3 = يمكن أن يكون أحد المساعدين: «دوران لليمين»، «دوران لليمين»، «دوران لليمين».

## Choice Canyon

level-choice-first-if-title = الأحمر يعني الدوران
level-choice-first-if-instruction = كل مربع أحمر يعني: استديروا إلى اليسار هنا. استخدموا لبنة «إذا» للتحقق من الأحمر.
level-choice-first-if-learned = لبنة «إذا» تطرح سؤالًا. واللبنات التي بداخلها لا تعمل إلا عندما يكون الجواب نعم.
level-choice-first-if-hint-1 = أين ينعطف الطريق؟ ما لون تلك المربعات؟
level-choice-first-if-hint-2 = «إذا على الأحمر» تشغّل لبناتها فقط عندما يقف الروبوت على مربع أحمر.
level-choice-first-if-hint-3 = داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا على الأحمر».

level-choice-green-lamps-title = الأخضر قبل المصباح
level-choice-green-lamps-instruction = المربع الأخضر يعني أن في المربع التالي مصباحًا. أضيئوا كل المصابيح.
level-choice-green-lamps-learned = يمكن للتحقق أن يخبر الروبوت بما سيأتي، فيستعد له.
level-choice-green-lamps-hint-1 = انظروا إلى المربع الذي قبل كل مصباح مباشرة.
level-choice-green-lamps-hint-2 = عندما يكون الروبوت على الأخضر، يستطيع أن يخطو إلى المصباح ويضيئه.
level-choice-green-lamps-hint-3 = داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا على الأخضر».

level-choice-path-right-title = انظروا إلى اليمين
level-choice-path-right-instruction = يستطيع الروبوت أن يتحقق من الطريق. استديروا إلى اليمين حيثما وُجد طريق على اليمين.
level-choice-path-right-learned = يستطيع الروبوت أن يستشعر الجدران. جواب «طريق لليمين» نعم عندما يكون المربع الذي على يمينه فارغًا.
level-choice-path-right-hint-1 = عند كل زاوية، يذهب الطريق إلى اليمين.
level-choice-path-right-hint-2 = «إذا طريق لليمين» تنظر إلى المربع الذي على يمين الروبوت.
level-choice-path-right-hint-3 = داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا طريق لليمين».

level-choice-fix-the-check-title = دورانات كثيرة جدًا
level-choice-fix-the-check-instruction = الأزرق يعني الدوران إلى اليمين. لكن هذا الروبوت يدور على كل مربع ويصطدم بجدار. أصلحوا البرنامج.
level-choice-fix-the-check-learned = اللبنات داخل «إذا» لا تعمل إلا عندما يكون الجواب نعم. أما اللبنة التي بعد «إذا» فتعمل كل مرة.
level-choice-fix-the-check-hint-1 = اضغطوا على «خطوة». هل يدور الروبوت على مربع ليس أزرق؟
level-choice-fix-the-check-hint-2 = أي دوران داخل «إذا»؟ وأيهما يعمل كل مرة؟
level-choice-fix-the-check-hint-3 = انظروا إلى آخر لبنة في الحلقة.

level-choice-if-else-title = إذا أو وإلا
level-choice-if-else-instruction = تقدّموا عندما يكون الطريق للأمام فارغًا. وإلا، فاستديروا إلى اليمين. انتبهوا إلى الطرق الجانبية الصغيرة!
level-choice-if-else-learned = «إذا … وإلا» تختار طريقًا من اثنين: الجزء الأول عندما يكون الجواب نعم، وجزء «وإلا» عندما يكون لا.
level-choice-if-else-hint-1 = الطرق الجانبية الصغيرة لا تؤدي إلى أي مكان. استديروا فقط عندما يكون أمام الروبوت جدار.
level-choice-if-else-hint-2 = لـ«إذا … وإلا» جزآن. الجزء الأول يعمل عند نعم. وجزء «وإلا» يعمل عند لا.
level-choice-if-else-hint-3 = داخل «تكرار حتى الانتهاء»، استخدموا «إذا طريق للأمام»، وفي جزئها الأول «إلى الأمام».

level-choice-colours-title = الأحمر والأزرق
level-choice-colours-instruction = الأحمر يعني الدوران إلى اليسار. والأزرق يعني الدوران إلى اليمين. استخدموا لبنتي «إذا».
level-choice-colours-learned = يستطيع البرنامج أن يطرح أكثر من سؤال. كل لبنة «إذا» تطرح سؤالها.
level-choice-colours-hint-1 = انظروا إلى ألوان المربعات التي ينعطف عندها الطريق.
level-choice-colours-hint-2 = ضعوا لبنتي «إذا» في الحلقة: واحدة تسأل عن الأحمر، والأخرى عن الأزرق.
level-choice-colours-hint-3 = داخل «تكرار حتى الانتهاء»، ابدؤوا بـ«إلى الأمام». ثم «إذا على الأحمر»، وبداخلها «دوران لليسار».

level-choice-corner-lamps-title = إضاءة أم دوران؟
level-choice-corner-lamps-instruction = كل مربع في هذا الطريق إما مصباح أو أحمر. على الأحمر، استديروا إلى اليسار. وعلى كل مربع آخر، أضيئوا المصباح.
level-choice-corner-lamps-learned = يمكن لـ«إذا … وإلا» أن تسأل عن لون أيضًا: جزؤها الأول يعمل على الأحمر، وجزء «وإلا» على كل مربع آخر.
level-choice-corner-lamps-hint-1 = أي المربعات ليس فيها مصباح؟ ماذا يفعل الروبوت هناك؟
level-choice-corner-lamps-hint-2 = «إذا … وإلا» واحدة تستطيع القيام بالمهمتين: جزء للمربعات الحمراء، وجزء «وإلا» للمصابيح.
level-choice-corner-lamps-hint-3 = داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا على الأحمر»، وفي جزئها الأول «دوران لليسار».

level-choice-two-rules-title = قاعدتان
level-choice-two-rules-instruction = الأحمر يعني الدوران إلى اليسار. والجدار أمام الروبوت يعني الدوران إلى اليمين. استخدموا «إذا» لقاعدة، و«إذا … وإلا» للأخرى.
level-choice-two-rules-learned = يستطيع برنامج واحد أن يجمع «إذا» و«إذا … وإلا». كل منهما تطرح سؤالها، واحدة بعد الأخرى.
level-choice-two-rules-hint-1 = بعض الطرق تستمر بعد مربع أحمر، لكنها لا تؤدي إلى أي مكان. على الأحمر، استديروا إلى اليسار.
level-choice-two-rules-hint-2 = في كل دورة، اطرحوا سؤالين: هل الروبوت على الأحمر؟ هل الطريق للأمام فارغ؟
level-choice-two-rules-hint-3 = داخل «تكرار حتى الانتهاء»، ابدؤوا بـ«إلى الأمام». ثم «إذا على الأحمر»، وبداخلها «دوران لليسار».

level-choice-red-means-left-title = مفترق طرق في الوادي
level-choice-red-means-left-instruction = تقدّموا طالما الطريق للأمام فارغ. عند الجدار، انظروا إلى المربع: على الأحمر، استديروا إلى اليسار؛ وعلى أي مربع آخر، استديروا إلى اليمين.
level-choice-red-means-left-learned = يمكن أن توضع «إذا» داخل «إذا» أخرى. يطرح الروبوت سؤالًا، ثم ربما سؤالًا آخر.
level-choice-red-means-left-hint-1 = المربعات الحمراء لا تهم إلا عند الجدار. على الطريق المفتوح، امشوا فوقها. أحد الطرق يدور في دائرة!
level-choice-red-means-left-hint-2 = اسألوا أولًا: هل الطريق للأمام فارغ؟ وعندما لا يكون كذلك فقط، اسألوا: هل الروبوت على الأحمر؟
level-choice-red-means-left-hint-3 = داخل «تكرار حتى الانتهاء»، استخدموا «إذا طريق للأمام … وإلا»، وفي جزئها الأول «إلى الأمام».

## Bug Bay

level-bug-wrong-turn-title = الاتجاه الخطأ
level-bug-wrong-turn-instruction = يجب أن يأخذ هذا البرنامج الروبوت إلى العلم، لكن الروبوت يصطدم بجدار. جدوا اللبنة الخطأ وأصلحوها.
level-bug-wrong-turn-learned = تصحيح الأخطاء يعني إيجاد الخطوة التي تسير بشكل خاطئ، وإصلاح تلك الخطوة فقط.
level-bug-wrong-turn-hint-1 = اضغطوا على «خطوة» لتشغيل لبنة واحدة في كل مرة. أين يحدث الخطأ؟
level-bug-wrong-turn-hint-2 = الخطأ البرمجي غالبًا ليس إلا لبنة واحدة خاطئة. بدّلوها باللبنة الصحيحة.
level-bug-wrong-turn-hint-3 = انظروا إلى الدوران. هل يجب أن يدور الروبوت إلى اليسار أم إلى اليمين؟

level-bug-missing-step-title = خطوة ناقصة
level-bug-missing-step-instruction = يحاول الروبوت إضاءة مصباح حيث لا يوجد مصباح. جدوا ما ينقص.
level-bug-missing-step-learned = أحيانًا يكون الخطأ لبنة ناقصة. عدّوا المربعات للتحقق.
level-bug-missing-step-hint-1 = أي مصباح يبقى مطفأً؟
level-bug-missing-step-hint-2 = عدّوا المربعات من الزاوية إلى المصباح الثاني. وعدّوا لبنات «إلى الأمام» أيضًا.
level-bug-missing-step-hint-3 = مكان اللبنة الناقصة مباشرة بعد «دوران لليمين». أي لبنة تحرّك الروبوت؟

level-bug-loop-count-title = عدّوا من جديد
level-bug-loop-count-instruction = يصطدم الروبوت بجدار. تحققوا من عدد مرات تكرار كل حلقة، وأصلحوه.
level-bug-loop-count-learned = الحلقة التي تتكرر مرة أكثر من اللازم، أو مرة أقل، خطأ شائع جدًا.
level-bug-loop-count-hint-1 = راقبوا الحلقة الأولى. أين يصطدم الروبوت؟
level-bug-loop-count-hint-2 = عدّوا المربعات قبل الزاوية. يجب أن تتكرر الحلقة هذا العدد من المرات.
level-bug-loop-count-hint-3 = غيّروا عدد الحلقة الأولى.

level-bug-forgot-light-title = المصابيح مطفأة
level-bug-forgot-light-instruction = يدور الروبوت حول المربع، لكن لا يُضاء أي مصباح. أصلحوا الحلقة.
level-bug-forgot-light-learned = إذا كان شيء ما لا يحدث أبدًا، فتحققوا هل تنقص لبنة في الحلقة.
level-bug-forgot-light-hint-1 = أي لبنة تشغّل المصباح؟ هل هي في البرنامج؟
level-bug-forgot-light-hint-2 = اللبنة التي تضيفونها داخل حلقة تعمل في كل دورة.
level-bug-forgot-light-hint-3 = اللبنة الناقصة تدخل في الحلقة. يقف الروبوت على مصباح بعد لبنتي «إلى الأمام».

level-bug-helper-turn-title = خطأ في المساعد
level-bug-helper-turn-instruction = في «مساعد 1» خطأ. «الرئيسي» يستدعيه ثلاث مرات، لذلك يحدث الخطأ كل مرة. أصلحوه مرة واحدة.
level-bug-helper-turn-learned = عندما تصلحون مساعدًا، تصلحون كل مكان يستدعيه.
level-bug-helper-turn-hint-1 = اضغطوا على «خطوة». ماذا يحدث بعد المصباح الأول؟
level-bug-helper-turn-hint-2 = عند كل زاوية من هذا المربع، يذهب الطريق إلى اليمين.
level-bug-helper-turn-hint-3 = انظروا إلى آخر لبنة في «مساعد 1».

level-bug-wrong-side-title = الجانب الخطأ
level-bug-wrong-side-instruction = الطريق ينعطف دائمًا إلى اليمين، لكن الروبوت يصطدم بجدار. «إذا» تطرح السؤال الخطأ. أصلحوها.
level-bug-wrong-side-learned = «إذا» التي تطرح السؤال الخطأ قد تجعل البرنامج كله يخطئ.
level-bug-wrong-side-hint-1 = إلى أي اتجاه ينعطف الطريق؟ وإلى أي جانب تنظر «إذا»؟
level-bug-wrong-side-hint-2 = اضغطوا على لبنة «إذا» في البرنامج. ثم اضغطوا على «تغيير السؤال».
level-bug-wrong-side-hint-3 = «إذا» تنظر إلى جانب، والطريق ينعطف إلى الجانب الآخر.

level-bug-two-mistakes-title = خطآن
level-bug-two-mistakes-instruction = في هذا البرنامج خطآن. جدوهما كليهما، حتى يصعد الروبوت الدرج إلى العلم.
level-bug-two-mistakes-learned = قد يكون في البرنامج أكثر من خطأ. أصلحوا واحدًا، وشغّلوه من جديد، ثم أصلحوا التالي.
level-bug-two-mistakes-hint-1 = راقبوا الدرجة الأولى من الدرج. أين يخطئ الروبوت؟
level-bug-two-mistakes-hint-2 = أحد الخطأين دوران. والخطأ الآخر هو عدد مرات تكرار الحلقة.
level-bug-two-mistakes-hint-3 = على كل درجة يصعد الروبوت، ثم يدور ليعود إلى اتجاهه الأول. تحققوا من ذلك الدوران، ثم عدّوا الدرجات.

level-bug-mixed-colours-title = ألوان مختلطة
level-bug-mixed-colours-instruction = يجب أن يعني الأحمر الدوران إلى اليسار، والأزرق الدوران إلى اليمين. لكن أحدهم خلط بينهما. أصلحوا البرنامج.
level-bug-mixed-colours-learned = اختبروا برنامجكم، وانظروا أين يفعل شيئًا لم تريدوه، وأصلحوا ذلك فقط.
level-bug-mixed-colours-hint-1 = ماذا يفعل الروبوت على أول مربع أزرق؟
level-bug-mixed-colours-hint-2 = كل «إذا» تسأل عن اللون الصحيح، لكنها تقوم بالدوران الخطأ.
level-bug-mixed-colours-hint-3 = غيّروا الدوران داخل كل «إذا».
