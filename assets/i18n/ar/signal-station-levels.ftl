# Signal Station: events. Beside Main and the helpers, a program has a part that runs by
# itself each time an event happens; then the robot carries on. Name the event part by its
# title, as pupils see it: «عندما يخطو الروبوت على مصباح»، «عندما يخطو الروبوت على الأحمر»;
# the button is «تغيير الحدث».

## A first event, a colour, the right event

level-signal-first-event-title = مصابيح هنا وهناك
level-signal-first-event-instruction = أضيئوا كل مصباح، ثم توقّفوا عند العلم. «الرئيسي» يتسع لـ3 لبنات فقط، فلا يستطيع فعل ذلك وحده. جرّبوا الجزء الجديد: «عندما يخطو الروبوت على مصباح».
level-signal-first-event-learned = الحدث شيء يحدث، مثل أن يخطو الروبوت على مصباح. اللبنات في «عندما يخطو الروبوت على مصباح» تعمل في كل مرة يحدث فيها ذلك. ثم يتابع الروبوت مع «الرئيسي».
level-signal-first-event-hint-1 = المسافات بين المصابيح ليست متساوية. هل يجب أن يعرف «الرئيسي» مكان كل مصباح؟
level-signal-first-event-hint-2 = دعوا «الرئيسي» يتقدّم فقط إلى العلم. وفي كل مرة يخطو فيها الروبوت على مصباح، يعمل «عندما يخطو الروبوت على مصباح» من تلقاء نفسه.
level-signal-first-event-hint-3 = ضعوا «إضاءة» في «عندما يخطو الروبوت على مصباح».

level-signal-blue-corners-title = زوايا زرقاء
level-signal-blue-corners-instruction = قودوا الروبوت إلى العلم في الوسط. المربعات الزرقاء تبيّن أين ينعطف الطريق. «الرئيسي» يتسع لـ3 لبنات فقط.
level-signal-blue-corners-learned = يمكن أن يكون الحدث لونًا أيضًا. «عندما يخطو الروبوت على الأزرق» يعمل في كل مرة تأخذ فيها «إلى الأمام» الروبوت إلى مربع أزرق.
level-signal-blue-corners-hint-1 = إلى أي اتجاه ينعطف الطريق عند كل مربع أزرق؟ هل هو الاتجاه نفسه كل مرة؟
level-signal-blue-corners-hint-2 = «الرئيسي» يتقدّم فقط. والدورانات مكانها في «عندما يخطو الروبوت على الأزرق».
level-signal-blue-corners-hint-3 = «الرئيسي» هو «تكرار حتى الانتهاء»، وبداخلها «إلى الأمام».

level-signal-which-event-title = أي لون؟
level-signal-which-event-instruction = قودوا الروبوت إلى العلم. ينعطف الطريق إلى اليسار عند بعض المربعات الملوّنة. انظروا إلى الألوان جيدًا، ثم اختاروا الحدث الصحيح.
level-signal-which-event-learned = «تغيير الحدث» يختار ما يستجيب له الروبوت. اختاروا الحدث الذي يحدث تمامًا حيث يجب أن يتصرّف الروبوت.
level-signal-which-event-hint-1 = أين ينعطف الطريق؟ ما لون تلك المربعات؟
level-signal-which-event-hint-2 = المربعات الحمراء على الأجزاء المستقيمة. الدوران هناك يقود إلى طريق مسدود. اضغطوا على «تغيير الحدث».
level-signal-which-event-hint-3 = ضعوا «دوران لليسار» في «عندما يخطو الروبوت على الأخضر».

## More in the event part: two tiles, the counter, questions, a helper

level-signal-corner-lamps-title = مصابيح في الزوايا
level-signal-corner-lamps-instruction = قودوا الروبوت دورة واحدة حول المضمار، وأضيئوا المصابيح الأربعة، وتوقّفوا عند العلم خلف الروبوت. كل مصباح في زاوية.
level-signal-corner-lamps-learned = يمكن لجزء الحدث أن يحمل أكثر من لبنة. وفي كل مرة يحدث فيها الحدث، تعمل كل لبناته، واحدة بعد الأخرى.
level-signal-corner-lamps-hint-1 = ماذا يجب أن يفعل الروبوت في كل زاوية؟
level-signal-corner-lamps-hint-2 = عند كل مصباح مهمتان: أن يضيء المصباح وأن يدور. وكلتاهما مكانها في «عندما يخطو الروبوت على مصباح».
level-signal-corner-lamps-hint-3 = ضعوا «إضاءة» في «عندما يخطو الروبوت على مصباح». وماذا يحدث أيضًا في الزاوية؟

level-signal-count-reds-title = المربع الأحمر الثالث
level-signal-count-reds-instruction = صلوا إلى العلم. عند كل مربع أحمر طريق على اليسار، لكن الثالث وحده يقود إلى العلم. دعوا الروبوت يعدّ المربعات الحمراء.
level-signal-count-reds-learned = يمكن لجزء الحدث أن يستخدم العداد أيضًا. «عندما يخطو الروبوت على الأحمر» يضيف 1 على كل مربع أحمر، فلا يبقى على «الرئيسي» إلا التقدّم.
level-signal-count-reds-hint-1 = المربعات الحمراء الثلاثة متشابهة. كيف يعرف الروبوت أيها الثالث؟
level-signal-count-reds-hint-2 = في كل مرة يخطو فيها الروبوت على الأحمر، أضيفوا 1 إلى العداد. وعندما يساوي العداد 3، استديروا إلى اليسار.
level-signal-count-reds-hint-3 = بداية «عندما يخطو الروبوت على الأحمر»: «إضافة 1 إلى العداد».

level-signal-winding-road-title = الطريق المتعرّج
level-signal-winding-road-instruction = اتبعوا الطريق المتعرّج، وأضيئوا كل مصباح، وصلوا إلى العلم. المصابيح ليست في الزوايا.
level-signal-winding-road-learned = يستطيع «الرئيسي» وجزء الحدث أن يقوم كل منهما بمهمة. هنا يتبع «الرئيسي» الطريق، و«عندما يخطو الروبوت على مصباح» يضيء المصابيح في الطريق.
level-signal-winding-road-hint-1 = إلى أي اتجاه ينعطف الطريق في كل زاوية؟
level-signal-winding-road-hint-2 = «الرئيسي» يتقدّم ويدور إلى اليمين حيثما وُجد طريق على اليمين. والمصابيح مهمة لـ«عندما يخطو الروبوت على مصباح».
level-signal-winding-road-hint-3 = في «الرئيسي»، داخل «تكرار حتى الانتهاء»: «إلى الأمام»، ثم «إذا طريق لليمين».

level-signal-fix-the-event-title = الحدث الخطأ
level-signal-fix-the-event-instruction = على كل مربع أزرق يجب أن يدور الروبوت في اتجاه الطريق. لكنه يدور مبكرًا جدًا ويصطدم بجدار. أصلحوا البرنامج.
level-signal-fix-the-event-learned = إذا قام جزء الحدث بالشيء الصحيح في اللحظة الخطأ، فتحقّقوا من حدثه أولًا. ضغطة واحدة على «تغيير الحدث» قد تصلحه.
level-signal-fix-the-event-hint-1 = اضغطوا على «خطوة» وراقبوا. على أي مربع يدور الروبوت أول مرة؟
level-signal-fix-the-event-hint-2 = لبنات جزء الحدث صحيحة. لكنها تعمل على المربعات الخطأ.
level-signal-fix-the-event-hint-3 = اقرؤوا العنوان فوق «إذا … وإلا». هل هذا ما يحدث في الزوايا؟

level-signal-side-steps-title = خطوات جانبية
level-signal-side-steps-instruction = صلوا إلى العلم. عند كل مربع أحمر ينتقل الطريق مربعًا واحدًا جانبًا، إلى يمين الروبوت. «عندما يخطو الروبوت على الأحمر» يتسع للبنتين فقط.
level-signal-side-steps-learned = يمكن لجزء الحدث أن يستدعي مساعدًا، تمامًا مثل «الرئيسي». تعمل لبنات المساعد، ثم يتابع الروبوت مع «الرئيسي».
level-signal-side-steps-hint-1 = ماذا يفعل الروبوت على مربع أحمر ليصل إلى الجزء التالي من الطريق؟
level-signal-side-steps-hint-2 = الخطوة الجانبية تحتاج إلى ثلاث لبنات، لكن جزء الحدث يتسع للبنتين فقط. ابنوا الخطوة الجانبية في «مساعد 1» واستدعوه من «عندما يخطو الروبوت على الأحمر».
level-signal-side-steps-hint-3 = بداية «مساعد 1»: «دوران لليمين».
