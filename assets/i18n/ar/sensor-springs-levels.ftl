# Sensor Springs: Repeat while asks its question before every round; then the logic words
# not, or, and join or turn questions around. Tiles and questions are named in «» exactly as
# in robot.ftl: «تكرار طالما»، «طريق للأمام»، «على الأزرق»، «ليس»، «و»، «أو».

level-sensor-first-while-title = ممرّات طويلة
level-sensor-first-while-instruction = أضيئوا المصباح في نهاية الممرّين الطويلين. جرّبوا اللبنة الجديدة: «تكرار طالما».
level-sensor-first-while-learned = «تكرار طالما» تطرح سؤالها قبل كل دورة. وطالما كان الجواب نعم، تشغّل لبناتها من جديد. وعندما يكون الجواب لا، تتوقف.
level-sensor-first-while-hint-1 = كم مربعًا طول كل ممرّ؟ هذه المرة لا تحتاجون إلى العدّ.
level-sensor-first-while-hint-2 = «تكرار طالما طريق للأمام» تحرّك الروبوت حتى يصبح أمامه جدار.
level-sensor-first-while-hint-3 = استخدموا «تكرار طالما» واحدة لكل ممرّ، وبداخلها «إلى الأمام».

level-sensor-blue-stripe-title = اتبعوا الأزرق
level-sensor-blue-stripe-instruction = الشريط الأزرق يقود إلى مصباح. أضيئوه. انتبهوا: الطريق يستمر بعد المصباح!
level-sensor-blue-stripe-learned = يمكن لـ«تكرار طالما» أن تسأل عن لون أيضًا. «تكرار طالما على الأزرق» تستمر حتى يخرج الروبوت من المربعات الزرقاء.
level-sensor-blue-stripe-hint-1 = أين ينتهي الشريط الأزرق؟ هل ينتهي الطريق هناك أيضًا؟
level-sensor-blue-stripe-hint-2 = «طريق للأمام» ستأخذ الروبوت إلى ما بعد المصباح، حتى الجدار. اسألوا عن اللون بدلًا من ذلك.
level-sensor-blue-stripe-hint-3 = يبدأ الروبوت على مربع رمادي. اخطوا أولًا إلى الشريط، ثم استخدموا «تكرار طالما على الأزرق».

level-sensor-three-stripes-title = ثلاثة أشرطة
level-sensor-three-stripes-instruction = أضيئوا المصابيح الثلاثة كلها. كل شريط أزرق يقود إلى مصباح، ولكل شريط طول مختلف.
level-sensor-three-stripes-learned = يمكن أن توضع «تكرار طالما» داخل «تكرار». في كل دورة، تعمل الحلقة الداخلية حتى يصبح جوابها لا.
level-sensor-three-stripes-hint-1 = ماذا يفعل الروبوت لشريط واحد؟ هل يفعل الشيء نفسه للشريطين الآخرين؟
level-sensor-three-stripes-hint-2 = لكل شريط: اخطوا إليه، وتقدّموا ما دام الروبوت على الأزرق، وأضيئوا المصباح. افعلوا ذلك ثلاث مرات.
level-sensor-three-stripes-hint-3 = ضعوا «تكرار طالما على الأزرق» داخل «تكرار 3 مرات».

level-sensor-stop-on-red-title = توقّفوا على الأحمر
level-sensor-stop-on-red-instruction = صلوا إلى العلم. إنه بجانب المربع الأحمر مباشرة.
level-sensor-stop-on-red-learned = «ليس» تقلب السؤال. «تكرار طالما ليس على الأحمر» تستمر حتى يقف الروبوت على الأحمر.
level-sensor-stop-on-red-hint-1 = لا يوجد جدار عند المربع الأحمر. ما الذي يستطيع الروبوت أن يتحقق منه هناك؟
level-sensor-stop-on-red-hint-2 = اضغطوا على «تغيير ليس / و / أو» لوضع «ليس» قبل السؤال. جواب «ليس على الأحمر» نعم على كل مربع ليس أحمر.
level-sensor-stop-on-red-hint-3 = البداية: «تكرار طالما ليس على الأحمر»، وبداخلها «إلى الأمام». ثم استديروا نحو العلم.

level-sensor-fix-the-while-title = دورة بعد دورة
level-sensor-fix-the-while-instruction = المربعات الحمراء تحدّد الزوايا: استديروا إلى اليمين على كل واحد منها. لكن هذا الروبوت يدور في مربع صغير جدًا. أصلحوا البرنامج.
level-sensor-fix-the-while-learned = اللبنات داخل «تكرار طالما» تعمل في كل دورة. والدوران الذي مكانه بعد الحلقة يجب أن يوضع بعدها، لا داخلها.
level-sensor-fix-the-while-hint-1 = اضغطوا على «خطوة». متى يدور الروبوت؟ هل يقف على الأحمر حينها؟
level-sensor-fix-the-while-hint-2 = يجب أن يدور الروبوت عندما يقف على الأحمر، لا بعد كل خطوة.
level-sensor-fix-the-while-hint-3 = انظروا إلى اللبنات داخل «تكرار طالما».

level-sensor-side-roads-title = طرق جانبية
level-sensor-side-roads-instruction = يوجد مصباح حيثما يبدأ طريق جانبي، على اليسار أو على اليمين. أضيئوا كل المصابيح.
level-sensor-side-roads-learned = «أو» تربط سؤالين. جواب «طريق لليسار أو طريق لليمين» نعم عندما يكون جواب أحدهما نعم، أو كليهما.
level-sensor-side-roads-hint-1 = انظروا إلى المربعات التي فيها مصابيح. ماذا يوجد بجانب كل منها؟
level-sensor-side-roads-hint-2 = تستطيع «إذا» واحدة أن تطرح سؤالين معًا، تربط بينهما «أو».
level-sensor-side-roads-hint-3 = استخدموا «تكرار طالما طريق للأمام»، وابدؤوها بـ«إلى الأمام».

level-sensor-blue-and-free-title = أشرطة وجدران
level-sensor-blue-and-free-instruction = اتبعوا الأشرطة الزرقاء الثلاثة إلى العلم. بعض الأشرطة تنتهي عند جدار. وبعضها يتوقف ببساطة على طريق مفتوح.
level-sensor-blue-and-free-learned = «و» تربط سؤالين أيضًا. جواب «طريق للأمام وعلى الأزرق» نعم فقط عندما يكون جواب كليهما نعم.
level-sensor-blue-and-free-hint-1 = أين ينتهي كل شريط؟ وأين قد يصطدم الروبوت بجدار؟
level-sensor-blue-and-free-hint-2 = استمرّوا في التقدّم ما دام أمران صحيحين: الطريق للأمام فارغ، والروبوت على الأزرق.
level-sensor-blue-and-free-hint-3 = كل دورة من «تكرار» تفعل الشيء نفسه: اخطوا إلى شريط، وتقدّموا على طوله، واستديروا إلى اليمين.

level-sensor-spiral-title = الحلزون الطويل
level-sensor-spiral-instruction = قودوا الروبوت حول الحلزون، حتى العلم.
level-sensor-spiral-learned = يمكن أن توضع «تكرار طالما» داخل «تكرار طالما» أخرى. الحلقة الخارجية لا تحتاج إلى عدد: إنها تطرح سؤالها.
level-sensor-spiral-hint-1 = كم ممرًّا في الحلزون؟ هل تستطيع «تكرار» أن تعدّ إلى هذا الحد؟
level-sensor-spiral-hint-2 = لكل ممرّ: تقدّموا حتى الجدار، ثم استديروا إلى اليمين. استمرّوا في ذلك ما دام الطريق للأمام فارغًا.
level-sensor-spiral-hint-3 = ضعوا «تكرار طالما» واحدة داخل «تكرار طالما» أخرى.

level-sensor-painted-corners-title = زوايا ملوّنة
level-sensor-painted-corners-instruction = أضيئوا كل المصابيح. الزوايا ملوّنة بالأحمر أو بالأزرق: استديروا إلى اليسار على كلا اللونين.
level-sensor-painted-corners-learned = يمكن لـ«إذا … وإلا» أن تطرح سؤالًا مركّبًا أيضًا. مع «على الأحمر أو على الأزرق»، يعمل جزؤها الأول على اللونين، وجزء «وإلا» على كل مربع آخر.
level-sensor-painted-corners-hint-1 = أي المربعات ليس فيها مصباح؟ ما ألوانها؟
level-sensor-painted-corners-hint-2 = تكفي «إذا … وإلا» واحدة: «على الأحمر أو على الأزرق» للزوايا، وجزء «وإلا» للمصابيح.
level-sensor-painted-corners-hint-3 = داخل «تكرار حتى الانتهاء»، ابدؤوا بـ«إلى الأمام».

level-sensor-maze-title = المتاهة
level-sensor-maze-instruction = جدوا الطريق عبر المتاهة إلى العلم. استخدموا أقل عدد ممكن من اللبنات.
level-sensor-maze-learned = أبقوا يدًا واحدة على الجدار، وستخرجون من متاهات كثيرة. برنامجكم يتبع هذه القاعدة بحلقة داخل حلقة.
level-sensor-maze-hint-1 = تخيّلوا أنكم تمشون في المتاهة ويدكم اليمنى دائمًا على الجدار.
level-sensor-maze-hint-2 = على كل مربع، حاولوا الدوران إلى اليمين أولًا. وإن كان هناك جدار، فجرّبوا التقدّم مباشرة، ثم اليسار، ثم الرجوع.
level-sensor-maze-hint-3 = داخل «تكرار طالما طريق للأمام»: «إلى الأمام»، «دوران لليمين»، ثم «تكرار طالما» تسأل «ليس طريق للأمام».
