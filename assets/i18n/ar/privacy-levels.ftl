# The "Share Safe" world, levels 2 and up (level 1 and the world's name are in levels.ftl).
# Item texts stay short (about 60 characters at most). People, places and games are made up;
# the street and the school are made up for Arabic («شارع الياسمين»، «مدرسة الزيتونة»).

## Level 2: a game profile's settings (screen: profile)

level-privacy-profile-title = ملف لينا الشخصي
level-privacy-profile-instruction = هذا ملف لينا الشخصي في لعبة. اضغطوا على كل إعداد يشارك أكثر من اللازم لإصلاحه.
level-privacy-profile-learned = اجعلوا ملفكم الشخصي للأصدقاء فقط. استخدموا اسمًا مستعارًا في اللعبة وصورة كرتونية، وأبقوا موقعكم ورقمكم خاصّين.
level-privacy-profile-hint-1 = اقرؤوا كل سطر. هل يستطيع غريب أن يستخدمه للعثور على لينا؟
level-privacy-profile-hint-2 = الاسم المستعار في اللعبة والصورة الكرتونية آمنان. أما الأسماء الحقيقية والأماكن والأرقام فلا.
level-privacy-profile-hint-3 = انظروا إلى من يستطيع رؤية الملف الشخصي وإلى رقم الهاتف.

privacy-profile-visibility = من يستطيع رؤية ملفي الشخصي: الجميع
privacy-profile-visibility-reason = «الجميع» تعني الغرباء أيضًا. اجعلوه للأصدقاء فقط.
privacy-profile-visibility-fixed = من يستطيع رؤية ملفي الشخصي: الأصدقاء فقط
privacy-profile-name = الاسم الظاهر: لينا سالم (الاسم الكامل)
privacy-profile-name-reason = الاسم الكامل يساعد الغرباء على إيجاد لينا. والاسم المستعار في اللعبة يكفي.
privacy-profile-name-fixed = الاسم الظاهر: StarFox22 (اسم مستعار في اللعبة)
privacy-profile-game-name = الاسم المستعار في اللعبة: StarFox22
privacy-profile-game-name-reason = الاسم المستعار في اللعبة لا يخبر أحدًا من هي لينا حقًا. اختيار جيد!
privacy-profile-avatar = الصورة الرمزية: ثعلب كرتوني
privacy-profile-avatar-reason = الصورة الكرتونية لا تُظهر وجه لينا. هذا آمن.
privacy-profile-location = مشاركة موقعي: مفعّلة
privacy-profile-location-reason = هذا يُظهر للناس أين لينا الآن. أبقوه متوقفًا.
privacy-profile-location-fixed = مشاركة موقعي: متوقفة
privacy-profile-game = اللعبة المفضلة: Block Builders
privacy-profile-game-reason = أطفال كثيرون يحبون هذه اللعبة. إنها لا تخبر أحدًا أين لينا.
privacy-profile-phone = رقم الهاتف: ظاهر للجميع
privacy-profile-phone-reason = يستطيع الغرباء الاتصال بلينا أو مراسلتها. أبقوا رقم هاتفكم خاصًا.
privacy-profile-phone-fixed = رقم الهاتف: مخفي

## Level 3: a photo post, described line by line (screen: post)

level-privacy-photo-title = صورة مشمسة
level-privacy-photo-instruction = اضغطوا على كل دليل في هذا المنشور يكشف أين تسكنون أو أين تدرسون.
level-privacy-photo-learned = قبل أن تنشروا صورة، ابحثوا عن لافتات الشوارع وأرقام البيوت وشعارات المدارس وعلامات الموقع.
level-privacy-photo-hint-1 = انظروا إلى الخلفية أيضًا، لا إليكم وإلى الكلب فقط.
level-privacy-photo-hint-2 = أسماء الشوارع وأرقام البيوت وشعارات المدارس تُظهر للغرباء أين يجدونكم.
level-privacy-photo-hint-3 = لافتة الشارع التي خلفكم دليل واحد. وهناك ثلاثة أدلة أخرى.

privacy-photo-photo = صورة: أنا وكلبي في الحديقة
privacy-photo-photo-reason = قد لا يكون هناك بأس في مشاركة صورة لكم مع حيوانكم الأليف مع الأصدقاء. لكن تحقّقوا مما فيها أيضًا.
privacy-photo-sign = خلفنا: لافتة شارع، «شارع الياسمين»
privacy-photo-sign-reason = اللافتة تخبر الجميع في أي شارع تسكنون. التقطوا الصورة حيث لا توجد لافتات.
privacy-photo-door = على الباب: رقم البيت 12
privacy-photo-door-reason = مع اسم الشارع، يُظهر الرقم بيتكم بالضبط. أبقوه خارج الصورة.
privacy-photo-shirt = قميصي وعليه شعار مدرسة الزيتونة
privacy-photo-shirt-reason = الشعار يُظهر أي مدرسة ترتادون. وسيعرف الغرباء أين أنتم كل يوم.
privacy-photo-caption = التعليق: سبت مشمس مع ريكس!
privacy-photo-caption-reason = اسم كلبكم لا بأس بمشاركته. لكن لا تجعلوه كلمة مرور أبدًا.
privacy-photo-location = علامة الموقع: شارع الياسمين 12
privacy-photo-location-reason = العلامة تعطي عنوانكم الكامل للجميع. أوقفوا علامات الموقع.
privacy-photo-comment = تعليق من باسل: كلب لطيف!
privacy-photo-comment-reason = التعليق اللطيف من صديق لا بأس به. إنه لا يكشف شيئًا.

## Level 4: questions that ask for too much (pick the best reply)

level-privacy-stranger-asks-title = من يريد أن يعرف؟
level-privacy-stranger-asks-instruction = اختاروا أفضل رد في كل مرة.
level-privacy-stranger-asks-learned = يمكنكم دائمًا أن تقولوا لا. احتفظوا بمدرستكم وشارعكم وأرقام أصدقائكم لأنفسكم. وإذا استمر أحدهم في السؤال، فأخبروا أحد الكبار.
level-privacy-stranger-asks-hint-1 = فكّروا: من سيرى جوابي، وماذا يستطيع أن يفعل به؟
level-privacy-stranger-asks-hint-2 = معلوماتكم وأرقام أصدقائكم لكم كي تحتفظوا بها. يمكنكم دائمًا أن تقولوا لا.
level-privacy-stranger-asks-hint-3 = اللعبة تبقى تعمل عندما ترفضون وصولها إلى جهات اتصالكم.

privacy-stranger-asks-school = SkyRider9، صديق على الإنترنت لم تلتقوا به أبدًا، يسأل: «ما اسم مدرستك؟»
privacy-stranger-asks-school-tell = سأخبره، ثم أخبر أحد الكبار بما فعلت.
privacy-stranger-asks-school-tell-reason = إخبار أحد الكبار أمر جيد، لكن SkyRider9 صار يعرف مدرستكم الآن. لا تشاركوها من الأساس.
privacy-stranger-asks-school-town = سأخبره باسم مدينتي فقط بدلًا منها.
privacy-stranger-asks-school-town-reason = مدينتكم ما زالت دليلًا على مكانكم. أبقوها خاصة أيضًا.
privacy-stranger-asks-school-say-no = سأرفض، وأخبر أحد الكبار.
privacy-stranger-asks-school-say-no-reason = أحسنتم! يمكنكم الرفض بطريقة ودودة. ويستطيع أحد الكبار المساعدة إذا استمر SkyRider9 في السؤال.
privacy-stranger-asks-contacts = أثناء اللعب، تسأل لعبة: «السماح لـBlock Builders بالوصول إلى جهات اتصالك؟»
privacy-stranger-asks-contacts-allow = سأضغط «سماح» لأجد أصدقائي بسرعة.
privacy-stranger-asks-contacts-allow-reason = جهات اتصالكم هي أرقام أشخاص آخرين. ستحصل عليها اللعبة دون أن تسأل أولئك الأشخاص.
privacy-stranger-asks-contacts-not-now = سأضغط «عدم السماح». اللعبة تبقى تعمل.
privacy-stranger-asks-contacts-not-now-reason = صحيح! أرقام جهات اتصالكم ليست لكم كي تعطوها. يمكنكم إضافة الأصدقاء بأسمائهم المستعارة في اللعبة بدلًا من ذلك.
privacy-stranger-asks-contacts-allow-then-delete = سأسمح بذلك، ثم أحذف اللعبة كلها لاحقًا.
privacy-stranger-asks-contacts-allow-then-delete-reason = بعد أن تحصل اللعبة على الأرقام، لا يعيدها حذف اللعبة.
privacy-stranger-asks-quiz = اختبار ممتع يقول: «اسمك كبطل خارق = شارعك + مدرستك!»
privacy-stranger-asks-quiz-skip = سأتجاوزه، أو ألعب بكلمات مختلقة.
privacy-stranger-asks-quiz-skip-reason = تفكير جيد! شارعكم ومدرستكم يُظهران أين يجدكم الناس. والكلمات المختلقة ممتعة بالقدر نفسه.
privacy-stranger-asks-quiz-post = سأنشر اسمي الحقيقي كبطل خارق في التعليقات.
privacy-stranger-asks-quiz-post-reason = الآن يعرف الجميع شارعكم ومدرستكم. ومعًا يُظهران أين يجدونكم.
privacy-stranger-asks-quiz-send-friend = سأرسله إلى صديق واحد فقط في رسالة.
privacy-stranger-asks-quiz-send-friend-reason = الرسائل يمكن أن تُمرَّر إلى غيره. احتفظوا بأجوبتكم الحقيقية لأنفسكم.

## Level 5: before you post a photo (sort: do it / better not)

level-privacy-before-posting-title = جاهزون للنشر؟
level-privacy-before-posting-instruction = تريدون نشر صورة. هل هذه خطوة جيدة قبل النشر، أم الأفضل لا؟
level-privacy-before-posting-learned = قبل النشر، افحصوا الصورة بحثًا عن الأدلة، واسألوا من فيها، واختاروا «الأصدقاء فقط». وأبقوا علامات الموقع متوقفة.
level-privacy-before-posting-hint-1 = فكّروا: بعد نشرها، من قد يرى الصورة، وماذا قد يعرف منها؟
level-privacy-before-posting-hint-2 = الخطوات الجيدة تُبعد الأدلة والغرباء وتسأل من في الصورة. والخطوات الخطِرة تنشر الصورة أو تكشف مكانكم.
level-privacy-before-posting-hint-3 = علامة الموقع من الأشياء التي يجب تركها.

privacy-bin-do = افعلوها
privacy-bin-dont = الأفضل لا

privacy-before-posting-clues = فحص الصورة بحثًا عن لافتات وأرقام بيوت.
privacy-before-posting-clues-reason = جيد! قصّوها من الصورة أو اختاروا صورة أخرى، كي لا يعرف أحد أين تسكنون.
privacy-before-posting-location = إضافة علامة موقع كي يجدكم الأصدقاء.
privacy-before-posting-location-reason = علامة الموقع تُظهر للجميع أين أنتم. أبقوها متوقفة.
privacy-before-posting-ask = سؤال كل من في الصورة هل يوافق.
privacy-before-posting-ask-reason = إنها صورتهم أيضًا. لا تنشروها إلا إذا وافقوا.
privacy-before-posting-everyone = نشرها للجميع، للحصول على إعجابات أكثر.
privacy-before-posting-everyone-reason = «الجميع» تعني الغرباء أيضًا. والإعجابات لا تستحق ذلك.
privacy-before-posting-audience = اختيار من يستطيع رؤيتها: الأصدقاء فقط.
privacy-before-posting-audience-reason = جيد! «الأصدقاء فقط» تُبقي الغرباء بعيدًا.
privacy-before-posting-surprise = نشر صورة سخيفة لصديق كمفاجأة.
privacy-before-posting-surprise-reason = اسألوا أولًا. قد لا يريد صديقكم تلك الصورة على الإنترنت.
