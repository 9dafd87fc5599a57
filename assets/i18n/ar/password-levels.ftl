# The "Password Peak" world. Item texts stay short (about 60 characters at most). Facts
# follow the NCSC, NIST SP 800-63B rev. 4 and Action Fraud (docs/literacy-levels.md).
# - pw-rank: the five passwords stay exactly as in English.
# - pw-build-*: word tiles are everyday Arabic nouns; pw-build-first has three short ones
#   (three letters) and three of five letters or more.
# - pick-the-reply answers: the best answer is not the longest one.

world-password-peak = قمة كلمات المرور

## Level 1: who may know your password (pick_reply)

level-pw-who-to-tell-title = من يحق له أن يعرفها؟
level-pw-who-to-tell-instruction = اقرؤوا ما يحدث. اختاروا أفضل جواب في كل مرة.
level-pw-who-to-tell-learned = كلمة مروركم لكم وحدكم. ويمكن لشخص بالغ تثقون به ويعتني بكم أن يساعدكم فيها.
level-pw-who-to-tell-hint-1 = اسألوا أنفسكم: هل يحتاج هذا الشخص حقًا إلى كلمة مروري؟
level-pw-who-to-tell-hint-2 = الأصدقاء ومشرفو الألعاب لا يحتاجون إليها أبدًا. ويمكن لوليّ أمركم أن يساعدكم على حفظها آمنة.
level-pw-who-to-tell-hint-3 = في دردشة اللعبة، لا تردّوا. أبلغوا عن الرسالة.

pw-who-to-tell-friend-prompt = صديقتكم المفضلة زينة تسأل: «ما كلمة مرورك في اللعبة؟ أريد أن أجرّب مستواك الجديد.»
pw-who-to-tell-friend-tell = سأخبرها. إنها صديقتي المفضلة.
pw-who-to-tell-friend-tell-reason = حتى أفضل الأصدقاء قد يخبرون غيرهم دون قصد. والأصدقاء يتخاصمون أحيانًا.
pw-who-to-tell-friend-say-no = سأقول: «عذرًا، إنها لي وحدي.»
pw-who-to-tell-friend-say-no-reason = أحسنتم! ما زال بإمكانكم اللعب معًا. والصديقة الجيدة تتفهّم.
pw-who-to-tell-friend-swap = سنتبادل كلمتَي المرور، ليكون الأمر عادلًا.
pw-who-to-tell-friend-swap-reason = عندها تنكشف كلمتا مرور بدلًا من واحدة. التبادل لا يجعل الأمر أكثر أمانًا.

pw-who-to-tell-moderator-prompt = في دردشة لعبة، يكتب «Mod_Max»: «أنا مشرف. إن لم تصلني كلمة مرورك فسيُغلق حسابك!»
pw-who-to-tell-moderator-send = سأرسلها بسرعة، ثم أخبر شخصًا بالغًا بما فعلت.
pw-who-to-tell-moderator-send-reason = إخبار شخص بالغ أمر جيد، لكن لا ترسلوها أبدًا. المشرفون الحقيقيون لا يطلبون كلمة مروركم أبدًا.
pw-who-to-tell-moderator-proof = سأطلب منه أن يثبت أنه مشرف.
pw-who-to-tell-moderator-proof-reason = المحتالون يستطيعون تزييف أي دليل. لا أحد من اللعبة يحتاج إلى كلمة مروركم، فلا ترسلوها.
pw-who-to-tell-moderator-report = لن أردّ. سأبلغ عنه وأخبر شخصًا بالغًا.
pw-who-to-tell-moderator-report-reason = صحيح! مشرفو الألعاب لا يحتاجون إلى كلمة مروركم أبدًا. والإبلاغ يساعد على إيقاف المحتال.

pw-who-to-tell-parent-prompt = وليّ أمركم يساعدكم في إعداد جهازكم اللوحي الجديد، ويسأل عن كلمة المرور التي اخترتموها.
pw-who-to-tell-parent-tell-mum = سأخبره. فهو يعتني بي.
pw-who-to-tell-parent-tell-mum-reason = نعم! يمكن لشخص بالغ تثقون به ويعتني بكم، مثل وليّ أمركم، أن يعرفها ويساعد على حفظها آمنة.
pw-who-to-tell-parent-nobody = لن أخبر أحدًا، ولا حتى هو.
pw-who-to-tell-parent-nobody-reason = أخفوها عن الأصدقاء والغرباء. لكن وليّ أمركم الذي يعتني بكم يمكنه أن يساعدكم.
pw-who-to-tell-parent-class-chat = سأنشرها في دردشة الصف كي لا أنساها.
pw-who-to-tell-parent-class-chat-reason = كل من في الدردشة يستطيع قراءتها. اطلبوا من شخص بالغ تثقون به أن يساعدكم على تذكّرها بأمان.

## Level 2: weakest to strongest (order_steps, ranked by password strength)

level-pw-rank-title = ضعيفة أم قوية؟
level-pw-rank-instruction = رتّبوا كلمات المرور. ابدؤوا بالأضعف، وانتهوا بالأقوى.
level-pw-rank-learned = عدة كلمات عشوائية تصنع كلمة مرور طويلة. وهي أقوى بكثير من كلمة واحدة مع رقم.
level-pw-rank-hint-1 = أي كلمة مرور سيجرّبها المخمّن أولًا؟
level-pw-rank-hint-2 = المخمّنون يجرّبون كلمات المرور والكلمات الشائعة أولًا. وكلمات المرور الطويلة المكوّنة من كلمات عشوائية تأتي في الآخر.
level-pw-rank-hint-3 = 123456 هي الأضعف: إنها من أكثر كلمات المرور استخدامًا.

pw-rank-digits = 123456
pw-rank-digits-reason = هذه تأتي أولًا: إنها الأضعف. إنها من أكثر كلمات المرور استخدامًا في العالم، لذلك تُخمَّن فورًا.
pw-rank-one-word = sunshine
pw-rank-one-word-reason = هذه الثانية: كلمة واحدة شائعة. المخمّنون يجرّبون قوائم طويلة من كلمات كهذه مبكرًا جدًا.
pw-rank-word-and-number = Sunshine1
pw-rank-word-and-number-reason = هذه في الوسط. الحرف الكبير في البداية والرقم 1 في النهاية حيلتان يعرفهما المخمّنون جيدًا.
pw-rank-two-words = tiger-Lamp7
pw-rank-two-words-reason = هذه الرابعة. كلمتان لا علاقة بينهما أصعب تخمينًا، لكن كلمتين ما زالتا قصيرتين.
pw-rank-four-words = violet-cactus-harbour-drum
pw-rank-four-words-reason = هذه تأتي في الآخر: إنها الأقوى. أربع كلمات عشوائية تصنع كلمة مرور طويلة وسهلة التذكّر.

## Level 3: a first passphrase (build_password, target: strong)

level-pw-build-first-title = أول كلمة مرور لكم من كلمات
level-pw-build-first-instruction = اضغطوا على بطاقات الكلمات لبناء كلمة مرور قوية من 3 كلمات على الأقل.
level-pw-build-first-learned = ثلاث كلمات عشوائية تصنع كلمة مرور طويلة وقوية. اتركوا ما يعرفه الآخرون عنكم.
level-pw-build-first-hint-1 = هل تخبر أيّ بطاقة شيئًا عنكم؟
level-pw-build-first-hint-2 = اختاروا كلمات عشوائية لا علاقة لها بكم. واجعلوها طويلة: 15 حرفًا أو أكثر.
level-pw-build-first-hint-3 = ريكس اسم كلبكم، لذلك اتركوه.

pw-build-first-word-1 = شمس
pw-build-first-word-2 = قطة
pw-build-first-word-3 = صاروخ
pw-build-first-word-4 = وسادة
pw-build-first-word-5 = سلحفاة
pw-build-first-word-6 = كلب
pw-build-first-pet = ريكس
pw-build-first-pet-reason = ريكس اسم كلبكم. أصدقاؤكم يعرفونه، وكذلك كل من يرى صور كلبكم.
pw-build-first-year = 2016
pw-build-first-year-reason = هذه سنة ولادتكم. كثير من الناس يعرفونها، والمخمّنون يجرّبون السنوات أولًا.

## Level 4: good habits and risky ones (sort)

level-pw-habits-title = عادات جيدة
level-pw-habits-instruction = هل هي عادة جيدة أم خطِرة؟ صنّفوا كل بطاقة.
level-pw-habits-learned = استخدموا كلمة مرور مختلفة لكل لعبة، وأبقوها سرًّا، وسجّلوا الخروج على الأجهزة اللوحية المشتركة.
level-pw-habits-hint-1 = تخيّلوا أن شخصًا آخر وجد جهازكم اللوحي. ماذا يستطيع أن يفعل؟
level-pw-habits-hint-2 = العادات الجيدة تبقي كلمة مروركم سرًّا وحسابكم مغلقًا أمام الآخرين.
level-pw-habits-hint-3 = تسجيل الخروج على جهاز لوحي مشترك عادة جيدة.

pw-habits-bin-good = عادة جيدة
pw-habits-bin-risky = خطِرة

pw-habits-one-per-game = كلمة مرور مختلفة لكل لعبة
pw-habits-one-per-game-reason = إذا عرف أحدهم كلمة مرور واحدة، تبقى ألعابكم الأخرى آمنة.
pw-habits-sticky-note = كلمة مروركم على ورقة ملصقة بالجهاز اللوحي
pw-habits-sticky-note-reason = كل من يحمل الجهاز اللوحي يستطيع قراءتها. اسألوا شخصًا بالغًا أين تحفظونها بأمان.
pw-habits-log-out = تسجيل الخروج على جهاز لوحي مشترك
pw-habits-log-out-reason = عندها لا يستطيع الشخص التالي أن يلعب باسمكم. سجّلوا الخروج دائمًا عندما تتشاركون الجهاز.
pw-habits-name-birthday = اسمكم وتاريخ ميلادكم ككلمة مرور
pw-habits-name-birthday-reason = كثير من الناس يعرفون اسمكم وتاريخ ميلادكم. والمخمّنون يجرّبونهما أولًا.
pw-habits-best-friend = إخبار صديق مفضّل بكلمة مروركم
pw-habits-best-friend-reason = الأصدقاء قد يخبرون غيرهم دون قصد. احتفظوا بكلمة مروركم لأنفسكم.
pw-habits-ask-adult = سؤال شخص بالغ عندما لا تكونون متأكدين
pw-habits-ask-adult-reason = يستطيع شخص بالغ تثقون به أن يساعدكم. السؤال فكرة جيدة دائمًا.

## Level 5: a very strong passphrase (build_password, target: very strong)

level-pw-build-strong-title = قوية جدًا!
level-pw-build-strong-instruction = ابنوا كلمة مرور قوية جدًا من 4 بطاقات كلمات على الأقل.
level-pw-build-strong-learned = أربع كلمات عشوائية تصنع كلمة مرور قوية جدًا. الألقاب والمدارس والفرق سهلة التخمين.
level-pw-build-strong-hint-1 = بعض البطاقات تبدو كلمات عادية، لكنها تتحدث عنكم. أيها؟
level-pw-build-strong-hint-2 = لقبكم ومدرستكم وفريقكم أشياء يسهل معرفتها.
level-pw-build-strong-hint-3 = زيزي لقبكم، لذلك اتركوه.

pw-build-strong-word-1 = قمر
pw-build-strong-word-2 = ورقة
pw-build-strong-word-3 = ثلج
pw-build-strong-word-4 = مفتاح
pw-build-strong-word-5 = صندوق
pw-build-strong-word-6 = ضفدع
pw-build-strong-word-7 = طبل
pw-build-strong-nickname = زيزي
pw-build-strong-nickname-reason = زيزي لقبكم. أصدقاؤكم وصفّكم كله يعرفونه.
pw-build-strong-school = الزيتونة
pw-build-strong-school-reason = الزيتونة مدرستكم. كثير من الناس يعرفون أين تدرسون.
pw-build-strong-team = الصقور
pw-build-strong-team-reason = الجميع يعرف أنكم تحبون فريق الصقور. والمخمّن سيجرّب فريقكم مبكرًا.

## Level 6: 2-step verification (pick_reply)

level-pw-two-step-title = الرمز لكم وحدكم
level-pw-two-step-instruction = اقرؤوا ما يحدث. اختاروا أفضل جواب في كل مرة.
level-pw-two-step-learned = التحقق بخطوتين يطلب رمزًا بالإضافة إلى كلمة مروركم. لا تشاركوا الرمز أبدًا، حتى لو طلبه أحد.
level-pw-two-step-hint-1 = لمن الرمز: لكم، أم لكل من يطلبه؟
level-pw-two-step-hint-2 = الرمز مفتاح ثانٍ. أنتم وحدكم تستخدمونه، ولا أحد غيركم يحتاج إليه أبدًا.
level-pw-two-step-hint-3 = عندما يطلب صديق رمزكم، احتفظوا به لأنفسكم.

pw-two-step-what-prompt = لعبتكم تسأل: «تشغيل التحقق بخطوتين؟» ماذا يفعل؟
pw-two-step-what-longer = يجعل كلمة مروركم أطول بمرتين.
pw-two-step-what-longer-reason = كلمة مروركم تبقى كما هي. إنه يضيف خطوة ثانية: رمزًا.
pw-two-step-what-code = يطلب منكم رمزًا أيضًا.
pw-two-step-what-code-reason = صحيح! حتى من يعرف كلمة مروركم لا يستطيع الدخول دون الرمز. اطلبوا من شخص بالغ أن يساعدكم على تشغيله.
pw-two-step-what-friends = يستطيع الأصدقاء الدخول بدلًا منكم.
pw-two-step-what-friends-reason = لا. إنه يتأكد أنكم وحدكم تستطيعون الدخول.

pw-two-step-friend-prompt = صديقكم سامي يكتب: «أرسلتُ رمز دخولي إلى جهازك اللوحي بالخطأ. هل يمكنك إرساله لي؟»
pw-two-step-friend-send = سأرسله. سامي صديقي.
pw-two-step-friend-send-reason = هذه حيلة معروفة. ربما يستخدم أحدهم حساب سامي. ومع الرمز يستطيع الاستيلاء على حسابكم.
pw-two-step-friend-adult-sends = سأطلب من شخص بالغ في البيت أن يرسله عني.
pw-two-step-friend-adult-sends-reason = إخبار شخص بالغ صحيح، لكن لا يجب أن يرسل أحد الرمز. ولا حتى شخص بالغ.
pw-two-step-friend-keep = سأحتفظ به. وسأخبر شخصًا بالغًا أثق به.
pw-two-step-friend-keep-reason = صحيح! لا تشاركوا رمزًا أبدًا. تحدّثوا إلى سامي وجهًا لوجه لتتأكدوا أنه هو حقًا.

pw-two-step-unasked-prompt = يظهر رمز دخول على جهازكم اللوحي، لكنكم لم تحاولوا الدخول.
pw-two-step-unasked-tell = لن أشاركه مع أحد، وسأخبر شخصًا بالغًا بالأمر.
pw-two-step-unasked-tell-reason = صحيح! ربما يجرّب أحدهم كلمة مروركم. يستطيع شخص بالغ أن يساعدكم على تغييرها.
pw-two-step-unasked-class-chat = سأنشره في دردشة الصف.
pw-two-step-unasked-class-chat-reason = عندها يستطيع كل من في الدردشة استخدامه. الرمز لكم وحدكم. أخبروا شخصًا بالغًا بدلًا من ذلك.
pw-two-step-unasked-reply = سأردّ وأسأل من أرسله.
pw-two-step-unasked-reply-reason = لا تردّوا. جاء الرمز لأن أحدهم حاول الدخول باسمكم. أخبروا شخصًا بالغًا.

## Level 7: a password manager (spot_flags, settings to fix)

level-pw-manager-title = خزنة لكلمات المرور
level-pw-manager-instruction = هذا مدير كلمات المرور الخاص بريم. إنه يتذكّر كلمات مرورها. اضغطوا على كل إعداد غير آمن لإصلاحه.
level-pw-manager-learned = مدير كلمات المرور يتذكّر كلمات مروركم. وكلمة مرور واحدة قوية من كلمات تحمي كل الأخريات. اضبطوه مع شخص بالغ تثقون به.
level-pw-manager-hint-1 = أي إعداد قد يساعد أحدهم على فتح كلمات مرور ريم؟
level-pw-manager-hint-2 = كلمة المرور الرئيسية تحمي كل الأخريات، لذلك يجب أن تكون الأقوى.
level-pw-manager-hint-3 = ابدؤوا بكلمة المرور الرئيسية.

pw-manager-set-up = الإعداد مع: شخص بالغ موثوق
pw-manager-set-up-reason = جيد! يستطيع شخص بالغ تثقون به أن يساعدكم على إعداده وحفظه آمنًا.
pw-manager-main-password = كلمة المرور الرئيسية: 1234
pw-manager-main-password-reason = كلمة المرور هذه تفتح كل الأخريات. اجعلوها طويلة وقوية: ثلاث كلمات عشوائية.
pw-manager-main-password-fixed = كلمة المرور الرئيسية: ثلاث كلمات عشوائية
pw-manager-one-each = يحفظ: كلمة مرور مختلفة لكل لعبة
pw-manager-one-each-reason = جيد! إنه يتذكّرها، فيمكن أن تكون لكل لعبة كلمة مرورها.
pw-manager-make-new = إنشاء كلمات مرور قوية لي: متوقف
pw-manager-make-new-reason = يستطيع إنشاء كلمات مرور طويلة وعشوائية وتذكّرها لكم. شغّلوه.
pw-manager-make-new-fixed = إنشاء كلمات مرور قوية لي: يعمل
pw-manager-lock = قفل التطبيق عند إغلاقه: متوقف
pw-manager-lock-reason = عندها يستطيع أي شخص يحمل الجهاز اللوحي أن يرى كل كلمات مرور ريم.
pw-manager-lock-fixed = قفل التطبيق عند إغلاقه: يعمل
pw-manager-device = محفوظ على: جهازي اللوحي في البيت
pw-manager-device-reason = حفظ كلمات المرور على جهازكم اللوحي الخاص لا بأس به. لكن لا تحفظوها أبدًا على حاسوب المكتبة.
