# The "Kind Corner" world: being kind online, and what to do when someone is not. Item
# texts stay short (about 60 characters). People are made up (names as in GLOSSARY.md).
# Keep the tone gentle: always say what to do, and that telling a trusted adult is good.

world-kind-corner = ركن اللطف

## Level 1: kind replies (pick_reply)

level-kind-reply-title = قولوا كلامًا لطيفًا
level-kind-reply-instruction = اختاروا الرد الألطف في كل مرة.
level-kind-reply-learned = الكلمات اللطيفة على الإنترنت تُسعد الناس. قبل أن تنشروا، اسألوا: بماذا سيشعرون؟
level-kind-reply-hint-1 = تخيّلوا أنكم الشخص الآخر. أي رد تحبون أن يصلكم؟
level-kind-reply-hint-2 = الرد اللطيف ودود وصادق، ويتحدث عن الشخص الآخر، لا عنكم.
level-kind-reply-hint-3 = بالنسبة إلى ريم: سؤال عن رسمتها يبيّن أنكم نظرتم إليها حقًا.

kind-reply-drawing-prompt = صديقتكم ريم تنشر رسمة رسمتها لقطتها. ماذا تكتبون؟
kind-reply-drawing-praise = أحب الألوان! كيف رسمتِها؟
kind-reply-drawing-praise-reason = المديح اللطيف والصادق يُسعد ريم. والسؤال يبيّن أنكم نظرتم إلى رسمتها حقًا.
kind-reply-drawing-brother = أخي الصغير يرسم أفضل من هذا.
kind-reply-drawing-brother-reason = هذا سيجرح مشاعر ريم. حتى لو كان مزحة، فإنه يجعلها تشعر بالسوء تجاه عملها.
kind-reply-drawing-mine = انظري إلى رسمتي بدلًا من ذلك!
kind-reply-drawing-mine-reason = أرادت ريم أن تشارك رسمتها. هذا الرد يحوّل الحديث إليكم.

kind-reply-game-prompt = في لعبة على الإنترنت، يخطئ زميلكم في الفريق ليث. ويخسر فريقكم.
kind-reply-game-blame = لقد خسّرتنا جميعًا يا ليث! شكرًا جزيلًا لك.
kind-reply-game-blame-reason = الجميع يخطئون. لوم ليث أمام الفريق يجعله يشعر بسوء شديد.
kind-reply-game-kick = لنطرد ليث من الفريق.
kind-reply-game-kick-reason = إبعاد أحد بسبب خطأ واحد تصرّف غير لطيف. الألعاب أمتع عندما يكون الجميع مرحّبًا بهم.
kind-reply-game-cheer = محاولة جيدة يا ليث! سنفوز المرة القادمة.
kind-reply-game-cheer-reason = الكلمة الودودة بعد الخسارة ترفع معنويات الفريق كله. إنها مجرد لعبة.

kind-reply-sad-prompt = زميلتكم في الصف ليلى تنشر: «لا أحد يحبني اليوم».
kind-reply-sad-drama = توقفي عن كل هذه الدراما.
kind-reply-sad-drama-reason = ليلى تخبركم أنها حزينة. هذا الرد يقول لها إن مشاعرها لا تهم.
kind-reply-sad-message = سأراسل ليلى: «أنا أحبك! هل نتحدث؟»
kind-reply-sad-message-reason = الرسالة الخاصة اللطيفة تبيّن لليلى أن أحدًا يهتم بها. وإذا بدت حزينة جدًا، فأخبروا شخصًا بالغًا تثقون به أيضًا.
kind-reply-sad-scroll = سأتابع التمرير. والداها سيحلّان الأمر.
kind-reply-sad-scroll-reason = قد تشعر ليلى بوحدة أكبر، وقد لا يعرف والداها. بضع كلمات لطيفة منكم قد تساعد كثيرًا.

## Level 2: kind or unkind comments (sort)

kind-bin-kind = لطيف
kind-bin-unkind = غير لطيف

level-kind-comments-title = لطيف أم غير لطيف؟
level-kind-comments-instruction = صنّفوا كل تعليق: هل هو لطيف أم غير لطيف؟
level-kind-comments-learned = يمكنكم أن تقولوا رأيكم وتبقوا لطفاء. التعليقات اللئيمة تجرح، حتى لو كانت مزحة.
level-kind-comments-hint-1 = اقرؤوا كل تعليق كأن أحدًا كتبه لكم.
level-kind-comments-hint-2 = التعليقات اللطيفة تمدح أو تساعد أو تخالف بأدب. وغير اللطيفة تسخر أو تحطّ من الناس.
level-kind-comments-hint-3 = التعليقات عن شكل أحدهم أو طريقة حركته غالبًا غير لطيفة، حتى لو قُصد بها المزاح.

kind-comments-great-goal = يا له من هدف رائع في الفيديو!
kind-comments-great-goal-reason = مدح ما أحسن أحدهم فعله يجعله يشعر بالفخر. هذا لطيف.
kind-comments-weird-hair = شعرك يبدو غريبًا جدًا في هذه الصورة.
kind-comments-weird-hair-reason = التعليقات عن الشكل قد تجرح كثيرًا. إذا كنتم لن تقولوها في وجه صاحبها، فلا تنشروها.
kind-comments-get-well = أتمنى لك الشفاء العاجل!
kind-comments-get-well-reason = تمنّي الخير لأحد يبيّن أنكم تهتمون به. هذا لطيف.
kind-comments-nobody-asked = لم يطلب أحد رأيك.
kind-comments-nobody-asked-reason = هذا يطلب من أحدهم أن يسكت، ويقول له إنه لا يهم. هذا غير لطيف.
kind-comments-different-ending = كنت أفضّل نهاية مختلفة، لكن القصة كانت ممتعة!
kind-comments-different-ending-reason = يمكنكم أن تخالفوا الرأي وتبقوا لطفاء. هذا التعليق صادق وودود.
kind-comments-penguin = هههه، ركضك مثل ركض البطريق!
kind-comments-penguin-reason = الضحك على طريقة حركة أحدهم سخرية. قد تجرح، حتى لو قصدتم المزاح.
kind-comments-thanks-help = شكرًا لأنك ساعدتني في واجبي!
kind-comments-thanks-help-reason = قول شكرًا يجعل الناس سعداء بالمساعدة. هذا لطيف.

## Level 3: when someone keeps sending you mean messages (sort: good to do / better not)

level-kind-when-bullied-title = رسائل لئيمة
level-kind-when-bullied-instruction = أحدهم يستمر في إرسال رسائل لئيمة إليكم. هل هذا تصرّف جيد، أم الأفضل لا؟
level-kind-when-bullied-learned = لا تردّوا، واحتفظوا بالدليل، واحظروا، وأبلغوا، وأخبروا شخصًا بالغًا تثقون به في أي وقت. الذنب ليس ذنبكم أبدًا.
level-kind-when-bullied-hint-1 = أي هذه الأشياء يوقف الرسائل، أو يحفظ الدليل، أو يجلب لكم المساعدة؟
level-kind-when-bullied-hint-2 = الخطوات الجيدة تحفظ الدليل، وتوقف الرسائل، وتجلب لكم المساعدة. أما الرد بالمثل أو إخفاء الأمر فلا يساعد.
level-kind-when-bullied-hint-3 = إخبار شخص بالغ تثقون به صحيح دائمًا، في أي وقت.

kind-bin-good-step = تصرّف جيد
kind-bin-not-step = الأفضل لا

kind-when-bullied-no-reply = عدم الرد على الرسائل اللئيمة.
kind-when-bullied-no-reply-reason = الرسائل اللئيمة تريد ردّ فعل. إذا لم تردّوا، فلن تحصل على شيء.
kind-when-bullied-screenshot = التقاط لقطات شاشة للاحتفاظ بالدليل.
kind-when-bullied-screenshot-reason = الدليل يبيّن ما حدث. التقطوا لقطات الشاشة قبل الحظر: فالحظر قد يخفي الرسائل.
kind-when-bullied-hit-back = إرسال شيء لئيم ردًّا عليه.
kind-when-bullied-hit-back-reason = قد يجعل ذلك الأمور أسوأ، ويعطيهم ردّ الفعل الذي يريدونه.
kind-when-bullied-block = حظر الشخص.
kind-when-bullied-block-reason = عندها تتوقف الرسائل اللئيمة عن الوصول إليكم.
kind-when-bullied-tell = إخبار شخص بالغ تثقون به وإطلاعه عليها.
kind-when-bullied-tell-reason = صحيح في أي وقت: أولًا، أو أخيرًا، أو بينهما. لستم مضطرين أبدًا إلى مواجهة هذا وحدكم.
kind-when-bullied-secret = إبقاء الأمر سرًّا وانتظار أن يتوقف.
kind-when-bullied-secret-reason = لستم مضطرين إلى مواجهة هذا وحدكم. أخبروا شخصًا بالغًا تثقون به. الذنب ليس ذنبكم أبدًا.
kind-when-bullied-report = الإبلاغ عنه في التطبيق.
kind-when-bullied-report-reason = يستطيع التطبيق تحذير الشخص أو إيقافه. ولقطات الشاشة تساعد.
kind-when-bullied-delete-all = حذف كل الرسائل فورًا.
kind-when-bullied-delete-all-reason = عندها يضيع الدليل. التقطوا لقطات الشاشة أولًا، ثم احظروا وأبلغوا.

## Level 4: when you see someone else being treated badly (pick_reply)

level-kind-bystander-title = كونوا سندًا للآخرين
level-kind-bystander-instruction = ترون أحدًا يُعامَل بسوء. اختاروا أفضل تصرّف.
level-kind-bystander-learned = لا تشاركوا في الإساءة. كونوا لطفاء مع الشخص وأخبروا شخصًا بالغًا تثقون به. هذا يساعد كثيرًا.
level-kind-bystander-hint-1 = فكّروا في الشخص الذي يُعامَل بسوء. ما الذي يساعده؟
level-kind-bystander-hint-2 = المشاركة أو الصمت لا يساعدان. أما اللطف وطلب المساعدة فيساعدان.
level-kind-bystander-hint-3 = بالنسبة إلى فارس، دعوة بسيطة قد تُسعد يومه.

kind-bystander-chat-prompt = في مجموعة دردشة صفّكم، يستمر بعض الأطفال في السخرية من يوسف.
kind-bystander-chat-join = سأرسل وجهًا ضاحكًا أنا أيضًا.
kind-bystander-chat-join-reason = حتى وجه ضاحك واحد يعني المشاركة. إنه يجعل يوسف يشعر أن الجميع ضده.
kind-bystander-chat-silent = لن أقول شيئًا. المعلم سيراها على أي حال.
kind-bystander-chat-silent-reason = المعلمون لا يقرؤون كل دردشة، وقد يظن يوسف أن الجميع موافقون. أخبروا أنتم شخصًا بالغًا تثقون به.
kind-bystander-chat-support = سأراسل يوسف بلطف وأخبر شخصًا بالغًا.
kind-bystander-chat-support-reason = الرسالة اللطيفة تبيّن ليوسف أنه ليس وحده. ويستطيع شخص بالغ تثقون به أن يساعد على إيقاف السخرية.

kind-bystander-photo-prompt = أحدهم يشارك صورة سخيفة لزميلتكم زينة ليضحك عليها.
kind-bystander-photo-share = سأشاركها مع أصدقاء آخرين.
kind-bystander-photo-share-reason = كل مشاركة تنشر الصورة أكثر وتؤذي زينة أكثر. لا ينبغي لأحد أن يشارك صورة لأحد ليضحك عليه.
kind-bystander-photo-stop = سأبلغ عنها وأخبر شخصًا بالغًا.
kind-bystander-photo-stop-reason = الصورة تتوقف عندكم. الإبلاغ قد يؤدي إلى حذفها، ويستطيع شخص بالغ أن يساعد زينة.
kind-bystander-photo-like = سأضع إعجابًا، لأن الجميع فعلوا ذلك.
kind-bystander-photo-like-reason = الإعجاب يخبر المرسل أن الصورة مضحكة. وقد يجعله ينشر المزيد.

kind-bystander-game-prompt = بعض الأطفال يستبعدون فارس من لعبة على الإنترنت عن قصد.
kind-bystander-game-invite = سأدعو فارس ليلعب معي.
kind-bystander-game-invite-reason = دعوة بسيطة قد تُسعد يوم فارس. وإذا استمر استبعاده، فأخبروا شخصًا بالغًا تثقون به.
kind-bystander-game-along = سألعب من دونه. لعبتهم، وقواعدهم.
kind-bystander-game-along-reason = استبعاد أحد عن قصد يؤذيه. ومجاراة ذلك تجعل فارس يشعر بوحدة أكبر.
kind-bystander-game-pretend = سأتظاهر بأنني لم أرَ شيئًا.
kind-bystander-game-pretend-reason = غضّ النظر سهل، لكن فارس ما زال يشعر بالاستبعاد. تصرّف لطيف صغير قد يساعده.

## Level 5: a class group chat (spot_flags, screen: group_chat)

level-kind-group-chat-title = دردشة الصف
level-kind-group-chat-instruction = اضغطوا على كل رسالة غير لطيفة في دردشة الصف هذه.
level-kind-group-chat-learned = السخرية، والاستبعاد، ومشاركة الصور دون إذن، والضحك مع الساخرين تصرّفات غير لطيفة. لا تشاركوا فيها.
level-kind-group-chat-hint-1 = اقرؤوا كل رسالة. بماذا سيشعر سامي عندما يقرؤها؟
level-kind-group-chat-hint-2 = الرسائل غير اللطيفة تسخر من أحدهم، أو تستبعده، أو تشارك صورته.
level-kind-group-chat-hint-3 = باسل يكتب رسالتين من الرسائل غير اللطيفة.

kind-group-chat-trip = ريم: من مستعد للرحلة المدرسية غدًا؟
kind-group-chat-trip-reason = سؤال ودود للصف كله. هذه الرسالة سليمة.
kind-group-chat-bottle = ليث: أنا! لا تنسوا قوارير الماء.
kind-group-chat-bottle-reason = تذكير مفيد للجميع. هذه الرسالة سليمة.
kind-group-chat-shoes = باسل: هل رأيتم حذاء سامي اليوم؟ قبيح جدًا هههه
kind-group-chat-shoes-reason = هذه سخرية من سامي أمام الصف كله. لا تشاركوا فيها، وكونوا لطفاء مع سامي.
kind-group-chat-laugh = مازن: هههههه (خمسة وجوه ضاحكة)
kind-group-chat-laugh-reason = الضحك مع الساخرين يزيد السخرية سوءًا. والابتعاد عن ذلك أفضل منذ الآن.
kind-group-chat-homework = فارس: هل يستطيع أحد أن يرسل لي صفحة الواجب؟
kind-group-chat-homework-reason = طلب المساعدة في الواجب أمر جيد. ودردشات الصف رائعة لذلك.
kind-group-chat-photo = باسل: انظروا! صورة لسامي وهو يتعثر في ساحة المدرسة.
kind-group-chat-photo-reason = سامي لم يوافق على مشاركة هذه الصورة. اطلبوا الإذن قبل أن تشاركوا صورة لأحد، وأخبروا شخصًا بالغًا عن هذه الصورة.
kind-group-chat-party = ليلى: حفلة في بيتي! لا تدعوا سامي.
kind-group-chat-party-reason = الطلب من الجميع أن يستبعدوا سامي يؤذيه كثيرًا. يجب ألّا يُستبعد أحد عن قصد.
kind-group-chat-thanks = زينة: ساعدني سامي في مشروعي اليوم. شكرًا يا سامي!
kind-group-chat-thanks-reason = قول شكرًا أمام الصف تصرّف لطيف. هذه الرسالة سليمة.
