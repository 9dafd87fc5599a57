# The "Safe together" world. Levels 6 and 7 are for the 12-14 band only: calm, never
# graphic, never blaming the pupil. Item texts stay short (about 60 characters). Telling a
# trusted adult is always right. Kai_Star keeps its spelling; in sentences he is «كاي».

world-safe-together = معًا بأمان

safe-bin-good = فكرة جيدة
safe-bin-bad = ليست فكرة جيدة

## Where to get help: { $helpline } of level-safe-get-help-learned is one of these.

helpline-call = يمكنكم أيضًا الاتصال بخط مساعدة للأطفال: { $service }، { $number }.
helpline-ask-adult = لمعرفة خط مساعدة الأطفال في بلدكم، اسألوا شخصًا بالغًا تثقون به.

## Level 1: a new friend from a game (spot_flags)

level-safe-new-friend-title = صديق جديد من لعبة
level-safe-new-friend-instruction = شخص من لعبة يكتب إليكم. اضغطوا على كل علامة تحذير.
level-safe-new-friend-learned = الأسرار والصور والدردشات الخاصة واللقاءات علامات تحذير. توقّفوا وأخبروا شخصًا بالغًا تثقون به.
level-safe-new-friend-hint-1 = اقرؤوا كل سطر. هل يطلب صديق في مثل عمركم شيئًا كهذا؟
level-safe-new-friend-hint-2 = انتبهوا عندما يريد أحدهم أسرارًا أو صورًا أو معلوماتكم أو لقاءً.
level-safe-new-friend-hint-3 = انظروا جيدًا إلى السطرين اللذين يتحدثان عن الوالدين وعن المدرسة.

safe-new-friend-sender = من: Kai_Star (لاعب من لعبتكم)
safe-new-friend-sender-reason = الدردشة مع اللاعبين قد تكون ممتعة. لكنكم لا تعرفون عن كاي إلا ما يقوله هو عن نفسه.
safe-new-friend-game = لعبة رائعة اليوم! إلى أي مستوى وصلت؟
safe-new-friend-game-reason = الحديث عن اللعبة أمر عادي. هذا السطر سليم.
safe-new-friend-secret = لا داعي أن يعرف والداك عني، اتفقنا؟
safe-new-friend-secret-reason = الصديق الجيد لا يطلب منكم أن تخفوه عن عائلتكم. هذه علامة تحذير.
safe-new-friend-private = لنتحدث في تطبيق آخر. نحن الاثنين فقط.
safe-new-friend-private-reason = نقلكم إلى دردشة خاصة، بعيدًا عن الآخرين، علامة تحذير.
safe-new-friend-photo = أريد صورة لك. لي وحدي!
safe-new-friend-photo-reason = لا ترسلوا أبدًا صورًا لأنفسكم إلى شخص لا تعرفونه إلا عبر الإنترنت.
safe-new-friend-school = ما اسم مدرستك؟
safe-new-friend-school-reason = مدرستكم تخبر الغريب أين يجدكم. أبقوها خاصة.
safe-new-friend-meet = لنلتقِ في الحديقة يوم السبت!
safe-new-friend-meet-reason = لا تلتقوا أبدًا بشخص لا تعرفونه إلا عبر الإنترنت. أخبروا شخصًا بالغًا تثقون به.

## Level 2: what to do (pick_reply)

level-safe-what-to-do-title = ماذا تفعلون؟
level-safe-what-to-do-instruction = كاي من اللعبة يريد المزيد. اختاروا أفضل جواب في كل مرة.
level-safe-what-to-do-learned = يمكنكم دائمًا أن تقولوا لا. احظروا الشخص وأخبروا شخصًا بالغًا تثقون به. الذنب ليس ذنبكم أبدًا.
level-safe-what-to-do-hint-1 = من يستطيع أن يساعدكم على التحقق هل كاي هو من يقول إنه هو؟
level-safe-what-to-do-hint-2 = الأسرار واللقاءات مع أصدقاء الإنترنت علامات تحذير. اطلبوا المساعدة، ولا تذهبوا وحدكم.
level-safe-what-to-do-hint-3 = عندما يغضب كاي، لستم مضطرين إلى الرد أصلًا.

safe-what-to-do-secret-prompt = كاي يكتب: «لنجعل دردشاتنا سرًّا.» ماذا تفعلون؟
safe-what-to-do-secret-keep = سأحفظ السر. كاي لطيف معي.
safe-what-to-do-secret-keep-reason = الكلمات اللطيفة قد تخفي حيلة. الصديق الحقيقي لا يحتاج إلى أسرار تخفونها عن عائلتكم.
safe-what-to-do-secret-ask-why = سأسأل كاي عن السبب أولًا، ثم أقرّر وحدي.
safe-what-to-do-secret-ask-why-reason = قد يكون لدى كاي جواب ذكي. لا تقرّروا وحدكم: اسألوا شخصًا تثقون به.
safe-what-to-do-secret-tell = سأخبر بالغًا أثق به عن الدردشات.
safe-what-to-do-secret-tell-reason = نعم! طلب الأسرار علامة تحذير. يستطيع شخص بالغ تثقون به أن يساعدكم على التحقق.

safe-what-to-do-meet-prompt = كاي يطلب أن يلتقي بكم في الحديقة. ماذا تفعلون؟
safe-what-to-do-meet-go-with-friend = سأذهب، لكن سآخذ معي صديقًا من الصف.
safe-what-to-do-meet-go-with-friend-reason = طفلان ليسا في أمان كافٍ. لا تلتقوا أبدًا بشخص لا تعرفونه إلا عبر الإنترنت.
safe-what-to-do-meet-say-no = سأرفض، وأخبر بالغًا أثق به.
safe-what-to-do-meet-say-no-reason = صحيح. قولوا لا، ودعوا شخصًا بالغًا تثقون به يساعدكم في أمر كاي.
safe-what-to-do-meet-go-tell-later = سأذهب، ثم أخبر أحد الكبار بعد ذلك.
safe-what-to-do-meet-go-tell-later-reason = إخبار أحد الكبار أمر جيد، لكن لا تذهبوا. لا تلتقوا أبدًا بشخص لا تعرفونه إلا عبر الإنترنت.

safe-what-to-do-angry-prompt = قلتم لا. والآن يرسل إليكم كاي رسائل غاضبة.
safe-what-to-do-angry-block = سأحظر كاي وأخبر بالغًا.
safe-what-to-do-angry-block-reason = نعم. لستم مضطرين إلى الرد. احظروا كاي واطلبوا المساعدة من شخص بالغ تثقون به.
safe-what-to-do-angry-sorry = سأعتذر وأفعل ما يريده كاي.
safe-what-to-do-angry-sorry-reason = لم تفعلوا شيئًا خاطئًا. قول «لا» كان صحيحًا.
safe-what-to-do-angry-argue = سأستمر في الرد حتى يعتذر كاي.
safe-what-to-do-angry-argue-reason = الجدال يجعل كاي يستمر في الحديث معكم. توقّفوا عن الرد بدلًا من ذلك.

## Level 3: block and report (sort)

level-safe-block-report-title = الحظر والإبلاغ
level-safe-block-report-instruction = شخص على الإنترنت يجعلكم تشعرون بالسوء. هل كل فكرة جيدة أم لا؟
level-safe-block-report-learned = احفظوا الرسائل، واحظروا الشخص، وأبلغوا عنه في التطبيق، وأخبروا شخصًا بالغًا تثقون به.
level-safe-block-report-hint-1 = أي الأفكار تجعل الأمور أفضل، وأيها تجعلها أسوأ؟
level-safe-block-report-hint-2 = احتفظوا بالدليل، وأوقفوا الرسائل، واطلبوا المساعدة.
level-safe-block-report-hint-3 = حذف الدردشة ليس فكرة جيدة: سيضيع الدليل.

safe-block-report-screenshot = التقاط لقطات شاشة للرسائل
safe-block-report-screenshot-reason = لقطات الشاشة دليل. التقطوها قبل الحظر، تحسّبًا لاختفاء الدردشة.
safe-block-report-delete = حذف الدردشة كلها حتى لا يراها أحد
safe-block-report-delete-reason = عندها يضيع الدليل. احتفظوا بالرسائل ليستطيع شخص بالغ أن يساعدكم.
safe-block-report-block = حظر الشخص
safe-block-report-block-reason = الحظر يمنعه من إرسال رسائل إليكم.
safe-block-report-reply-mean = إرسال رسالة لئيمة ردًّا عليه
safe-block-report-reply-mean-reason = قد يجعل ذلك الأمور أسوأ. لا تردّوا أصلًا.
safe-block-report-report = الإبلاغ عن الحساب في التطبيق
safe-block-report-report-reason = فريق التطبيق يراجع البلاغات ويستطيع إيقاف الحساب.
safe-block-report-unblock = إلغاء حظره لمعرفة هل هو نادم
safe-block-report-unblock-reason = هذا يسمح له بالكتابة إليكم من جديد. أبقوه محظورًا.
safe-block-report-tell = إخبار شخص بالغ تثقون به بما حدث
safe-block-report-tell-reason = يستطيع شخص بالغ تثقون به أن يساعدكم على الإبلاغ وعلى الشعور بتحسّن.

## Level 4: the login code (pick_reply)

level-safe-login-code-title = رمز الدخول السري
level-safe-login-code-instruction = اختاروا أفضل جواب في كل مرة.
level-safe-login-code-learned = رمز الدخول لكم وحدكم. لا تعطوه لأحد أبدًا، ولا حتى لصديق أو لـ«الدعم الفني».
level-safe-login-code-hint-1 = من يحتاج إلى الرمز الذي يصل إلى هاتفكم؟
level-safe-login-code-hint-2 = الرمز قفل ثانٍ على حسابكم. إنه يعمل مثل المفتاح.
level-safe-login-code-hint-3 = فرق الدعم الحقيقية لا تطلب رمزكم أبدًا.

safe-login-code-why-prompt = بعد كلمة المرور، يرسل التطبيق رمزًا إلى هاتفكم. لماذا؟
safe-login-code-why-ads = لأن التطبيق يريد رقمكم للإعلانات.
safe-login-code-why-ads-reason = لا. الرمز موجود للحفاظ على أمان حسابكم.
safe-login-code-why-second-lock = إنه قفل ثانٍ، فلا يدخل غيري.
safe-login-code-why-second-lock-reason = نعم. هذا هو التحقق بخطوتين. اللص الذي يعرف كلمة مروركم يحتاج أيضًا إلى الرمز.
safe-login-code-why-phone-check = للتأكد من أن هاتفكم ما زال يعمل.
safe-login-code-why-phone-check-reason = لا. الرمز يثبت أنكم أنتم من يسجّل الدخول حقًا.

safe-login-code-friend-prompt = رسالة من ريم: «عفوًا، وصلك رمزي بالخطأ. هل يمكنك إرساله لي؟»
safe-login-code-friend-send = سأرسله بسرعة. ريم صديقتي وهي تحتاج إليه.
safe-login-code-friend-send-reason = ربما اختُرق حساب ريم. الرمز سيُدخل غريبًا إلى حسابكم أنتم!
safe-login-code-friend-half = سأرسل النصف الأول من الرمز فقط.
safe-login-code-friend-half-reason = نصف الرمز يساعد اللص أيضًا. احتفظوا بالرمز كله لأنفسكم.
safe-login-code-friend-ask = لن أرسله. سأسأل ريم شخصيًا أو بالهاتف.
safe-login-code-friend-ask-reason = صحيح. تحقّقوا مع ريم بطريقة أخرى. إنها على الأرجح حيلة.

safe-login-code-support-prompt = دردشة تقول: «هنا الدعم الفني للعبة. نحتاج إلى رمزك لنحافظ على أمان حسابك.»
safe-login-code-support-give = سأعطيهم إياه. إنهم فريق الدعم.
safe-login-code-support-give-reason = فرق الدعم الحقيقية لا تطلب رمزكم أبدًا. هذه حيلة.
safe-login-code-support-say-no = سأرفض. الدعم لا يحتاج إلى رمزي أبدًا.
safe-login-code-support-say-no-reason = صحيح. الشركات الحقيقية تقول ذلك أيضًا: إنها لا تطلب رمزكم أبدًا.
safe-login-code-support-adult-reads = سأطلب من أحد الكبار أن يقرأ لهم الرمز.
safe-login-code-support-adult-reads-reason = يجب ألّا يعطي أحدٌ الرمز، بالغًا كان أو طفلًا. اعرضوا الرسالة على شخص بالغ بدلًا من ذلك.

## Level 5: where to get help (pick_reply); its learned text names the helpline

level-safe-get-help-title = أين نجد المساعدة؟
level-safe-get-help-instruction = شيء على الإنترنت يقلقكم. اختاروا أفضل جواب في كل مرة.
level-safe-get-help-learned = لستم وحدكم أبدًا. تحدّثوا إلى شخص بالغ تثقون به. { $helpline }
level-safe-get-help-hint-1 = هل الأفضل أن تبقوا القلق في داخلكم أم أن تشاركوه؟
level-safe-get-help-hint-2 = الأشخاص البالغون الذين تثقون بهم وخطوط مساعدة الأطفال يستمعون ويساعدون.
level-safe-get-help-hint-3 = 116 111 رقم للأطفال في بلدان كثيرة.

safe-get-help-worried-prompt = رأيتم شيئًا على الإنترنت أخافكم. ما الذي يساعد أكثر؟
safe-get-help-worried-keep = سأحتفظ به لنفسي وأحاول أن أنساه.
safe-get-help-worried-keep-reason = القلق يكبر عندما تبقونه في داخلكم. إخبار أحد يساعد.
safe-get-help-worried-tell = سأخبر بالغًا أثق به بما رأيت.
safe-get-help-worried-tell-reason = نعم! يستطيع وليّ أمركم أو المعلم أو المعلمة مساعدتكم.
safe-get-help-worried-search = سأبحث على الإنترنت عن المزيد حوله.
safe-get-help-worried-search-reason = قد تجدون أشياء أكثر إخافة. تحدّثوا إلى أحد أولًا.

safe-get-help-nobody-prompt = لا تريدون التحدث إلى أي شخص تعرفونه. ماذا يمكنكم أن تفعلوا؟
safe-get-help-nobody-forum = سأسأل غرباء في منتدى عمّا أفعل.
safe-get-help-nobody-forum-reason = الغرباء على الإنترنت قد لا يكونون لطفاء أو على حق. خط المساعدة موجود ليساعد.
safe-get-help-nobody-wait = سأنتظر حتى تختفي المشكلة.
safe-get-help-nobody-wait-reason = المشكلات غالبًا لا تختفي وحدها. لا بأس في طلب المساعدة.
safe-get-help-nobody-helpline = سأكلّم خط مساعدة للأطفال.
safe-get-help-nobody-helpline-reason = نعم. خطوط مساعدة الأطفال تستمع إلى الأطفال. ولستم مضطرين إلى ذكر أسمائكم.

safe-get-help-number-prompt = ملصق في المدرسة يقول 116 111. ما هذا الرقم؟
safe-get-help-number-helpline = خط مساعدة للأطفال في دول أوروبية كثيرة
safe-get-help-number-helpline-reason = نعم. في بلدان أوروبية كثيرة، 116 111 خط مساعدة للأطفال. وبعض البلدان تستخدم رقمًا آخر.
safe-get-help-number-prize = رقم يمكنكم الفوز فيه بجوائز
safe-get-help-number-prize-reason = لا. إنه خط مساعدة يستطيع الأطفال أن يتحدثوا فيه عن همومهم.
safe-get-help-number-adults = رقم لا يُسمح بالاتصال به إلا للكبار وحدهم
safe-get-help-number-adults-reason = لا. يستطيع الأطفال الاتصال بخط مساعدة الأطفال بأنفسهم.

## Level 6 (12-14 only): when someone makes threats (pick_reply)

level-safe-threats-title = عندما يهدّدكم أحد
level-safe-threats-instruction = شخص يهدّد بنشر صورة خاصة. اختاروا أفضل جواب.
level-safe-threats-learned = الذنب ليس ذنبكم أبدًا. لا تدفعوا، وتوقّفوا عن الرد، واحتفظوا بالرسائل، وأخبروا شخصًا بالغًا تثقون به، وأبلغوا عن الأمر.
level-safe-threats-hint-1 = ماذا يريد منكم الشخص الذي يهدّد؟
level-safe-threats-hint-2 = الدفع أو إرسال المزيد لا يوقف التهديدات. أما طلب المساعدة فيوقفها.
level-safe-threats-hint-3 = احتفظوا بالدردشة دليلًا، لكن توقّفوا عن الرد.

safe-threats-pay-prompt = صديق من الإنترنت يكتب: «إن لم يصلني المال، سأنشر الصورة الخاصة التي أرسلتها لي.»
safe-threats-pay-pay = سأدفع له بسرعة كي تبقى الصورة خاصة.
safe-threats-pay-pay-reason = الدفع لا يوقفهم. إنهم عادة يطلبون المزيد.
safe-threats-pay-stop = سأكفّ عن الرد وأخبر بالغًا أثق به.
safe-threats-pay-stop-reason = نعم. أوقفوا كل تواصل واطلبوا المساعدة. يستطيع شخص بالغ أن يساعدكم على الإبلاغ.
safe-threats-pay-more = سأرسل صورة أخرى كي يهدأ.
safe-threats-pay-more-reason = لا ترسلوا المزيد أبدًا. لن يتوقفوا. اطلبوا المساعدة بدلًا من ذلك.

safe-threats-chat-prompt = تشعرون بسوء شديد وتريدون أن تختفي الدردشة. ماذا تفعلون بها؟
safe-threats-chat-delete = سأحذف الدردشة كلها وحسابي فورًا.
safe-threats-chat-delete-reason = الدردشة دليل. التطبيق والشرطة يحتاجون إليها لإيقافهم.
safe-threats-chat-forward = سأعيد إرسال الدردشة إلى أصدقائي لأسألهم.
safe-threats-chat-forward-reason = لا تعيدوا إرسالها. أبقوها بينكم وبين شخص بالغ تثقون به.
safe-threats-chat-keep = سأحتفظ بالدردشة، ثم أحظره وأبلغ عنه.
safe-threats-chat-keep-reason = صحيح. احتفظوا بالرسائل دليلًا، ثم احظروا الحساب وأبلغوا عنه.

safe-threats-fault-prompt = تفكّرون: «هذا ذنبي. لا أستطيع أن أخبر أحدًا.» ما الصحيح؟
safe-threats-fault-my-fault = إنه ذنبي، لذلك عليّ أن أحلّ الأمر وحدي.
safe-threats-fault-my-fault-reason = لا. الشخص الذي يهدّد هو المخطئ، لا أنتم.
safe-threats-fault-never = ليس ذنبي أبدًا، والمساعدة موجودة.
safe-threats-fault-never-reason = نعم. لقد خُدعتم. الكبار وخطوط المساعدة يساعدون دون أن يلوموكم.
safe-threats-fault-later = سأخبر شخصًا بالغًا فقط إذا ساء الأمر.
safe-threats-fault-later-reason = أخبروا أحدًا الآن. كلما طلبتم المساعدة أبكر، توقف الأمر أسرع.

safe-threats-online-prompt = تخشون أن تكون الصورة على الإنترنت الآن. ما الذي يمكن أن يساعد؟
safe-threats-online-take-it-down = سأستخدم أداة مثل Take It Down مع شخص بالغ.
safe-threats-online-take-it-down-reason = تساعد Take It Down على إزالة الصور التي التُقطت قبل سن 18، من أي بلد.
safe-threats-online-search = سأبحث عن الصورة كل يوم لأتحقق.
safe-threats-online-search-reason = هذا يجعلكم تشعرون بسوء أكبر فقط. دعوا شخصًا بالغًا وأداةً يقومان بالعمل.
safe-threats-online-nothing = لا شيء يساعد بعد أن تصبح الصورة على الإنترنت.
safe-threats-online-nothing-reason = غير صحيح. يمكن غالبًا إزالة الصور. والمساعدة موجودة دائمًا.

## Level 7 (12-14 only): a private photo of someone else (sort)

level-safe-not-yours-title = صورة ليست لكم
level-safe-not-yours-instruction = صورة خاصة لزميل في الصف تُنشر في دردشة. فكرة جيدة أم لا؟
level-safe-not-yours-learned = لا تحتفظوا أبدًا بصورة خاصة لأحد ولا تعيدوا إرسالها. أخبروا شخصًا بالغًا تثقون به وأبلغوا عنها.
level-safe-not-yours-hint-1 = بماذا كنتم ستشعرون لو كانت الصورة صورتكم؟
level-safe-not-yours-hint-2 = كل مشاركة تؤذي الشخص الذي في الصورة من جديد.
level-safe-not-yours-hint-3 = إعادة إرسالها ليست فكرة جيدة أبدًا، ولا حتى لطلب المساعدة.

safe-not-yours-forward = إعادة إرسالها إلى صديق واحد
safe-not-yours-forward-reason = كل مشاركة تؤذي الشخص أكثر. وفي بلدان كثيرة هذا مخالف للقانون أيضًا.
safe-not-yours-tell = إخبار شخص بالغ تثقون به
safe-not-yours-tell-reason = نعم. يستطيع شخص بالغ أن يساعد على إيقاف انتشارها، دون أن ترسلوها أنتم.
safe-not-yours-save = حفظها على هاتفي
safe-not-yours-save-reason = لا تحتفظوا بها. صورة كهذه يجب ألّا تكون على هاتفكم.
safe-not-yours-report = الإبلاغ عن المنشور في التطبيق
safe-not-yours-report-reason = يستطيع التطبيق حذفها. والشخص الذي في الصورة يحتاج إلى ذلك.
safe-not-yours-ask-friend = إرسالها إلى صديق لأسأله ماذا أفعل
safe-not-yours-ask-friend-reason = لا ترسلوها إلى أحد، ولا حتى لطلب المساعدة. أخبروه عنها بدلًا من ذلك.
safe-not-yours-kind = اللطف مع الشخص الذي في الصورة
safe-not-yours-kind-reason = ربما يشعر بسوء شديد. الذنب ليس ذنبه.
safe-not-yours-laugh = الضحك مع الآخرين لأكون مثلهم
safe-not-yours-laugh-reason = الضحك يؤذيه أكثر. يمكنكم أن تكونوا من يوقف ذلك.
