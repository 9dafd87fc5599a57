# The "AI and Me" world. Item texts stay short (at most 62 characters, a test checks it).
# All people, apps and accounts are made up. The teach-the-robot level's cards and buttons
# are in training.ftl.

world-ai-and-me = الذكاء الاصطناعي وأنا

# Boxes of the sorting levels in this world.
ai-bin-ok-to-ask = لا بأس بالسؤال عنه
ai-bin-good-use = استخدام جيد
ai-bin-not-ok = غير مقبول

## Level 2: what to tell a chatbot (sort: OK to ask / keep private)

level-ai-what-to-tell-title = الدردشة مع روبوت محادثة
level-ai-what-to-tell-instruction = هل من المقبول سؤال روبوت المحادثة عن هذا، أم يجب إبقاؤه خاصًا؟
level-ai-what-to-tell-learned = اسألوا روبوت المحادثة عن العالم، لا عنكم. الأسماء والعناوين والصور وكلمات المرور والأسرار تبقى خاصة.
level-ai-what-to-tell-hint-1 = اسألوا أنفسكم: هل هذا عن العالم، أم عني وعن أصدقائي؟
level-ai-what-to-tell-hint-2 = الشركة التي تدير روبوت المحادثة تستطيع قراءة ما تكتبونه. أبقوا خاصًا كل ما يكشف من أنتم.
level-ai-what-to-tell-hint-3 = لا بأس بالسؤال عن قصة التنين. أما عنوانكم فلا.

ai-what-to-tell-volcano = كيف تعمل البراكين؟
ai-what-to-tell-volcano-reason = السؤال عن العالم لا يكشف شيئًا. تحقّقوا من الجواب في كتاب أيضًا.
ai-what-to-tell-address = عنوان بيتكم
ai-what-to-tell-address-reason = روبوت المحادثة لا يحتاج إلى معرفة مكان سكنكم. والشركة التي وراءه تستطيع قراءة ما تكتبونه.
ai-what-to-tell-name-school = اسمكم الكامل ومدرستكم
ai-what-to-tell-name-school-reason = معًا يخبران كل من يقرؤهما من أنتم وأين يجدكم. أبقوهما خاصّين.
ai-what-to-tell-dragon = أفكار لقصة عن تنين
ai-what-to-tell-dragon-reason = طلب الأفكار لا بأس به. ثم اجعلوا القصة قصتكم.
ai-what-to-tell-password = كلمة مروركم، كي يتذكّرها
ai-what-to-tell-password-reason = روبوت المحادثة لا يحتاج إلى كلمة مروركم أبدًا. احتفظوا بها لأنفسكم وللشخص البالغ الذي يساعدكم فيها.
ai-what-to-tell-face-photo = صورة لوجهكم
ai-what-to-tell-face-photo-reason = صورتكم شيء شخصي. أبعدوها عن روبوتات المحادثة، واسألوا شخصًا بالغًا تثقون به قبل مشاركة الصور.
ai-what-to-tell-perimeter = ماذا يعني «المحيط»؟
ai-what-to-tell-perimeter-reason = السؤال عن معنى كلمة لا بأس به. ويمكن للمعلم أو المعلمة التحقق من الجواب معكم.
ai-what-to-tell-friend-secret = سرّ أخبركم به صديق
ai-what-to-tell-friend-secret-reason = إنه سرّ صديقكم. ليس لكم أن تشاركوه، لا مع روبوت محادثة ولا مع أي أحد.

## Level 1: teach the robot (train_robot; the cards are in training.ftl)

level-ai-teach-the-robot-title = علّموا الروبوت
level-ai-teach-the-robot-instruction = صنّفوا البطاقات لتعلّموا الروبوت ما هي القطة. ثم اختبروه.
level-ai-teach-the-robot-learned = الروبوت يتعلم من أمثلته فقط. أروه أنواعًا كثيرة من القطط، فيتعرّف القطط الجديدة أيضًا.
level-ai-teach-the-robot-hint-1 = انظروا إلى القطط التي تعلّم منها الروبوت. بماذا تتشابه كلها؟
level-ai-teach-the-robot-hint-2 = كل قطة رآها كانت صغيرة وبرتقالية. إنه يحتاج إلى قطط تبدو مختلفة.
level-ai-teach-the-robot-hint-3 = أضيفوا قطة رمادية أو كبيرة أو كثيفة الفرو.

## Level 3: sure, but wrong (pick the reply)

level-ai-chatbot-sure-title = واثق، لكنه مخطئ
level-ai-chatbot-sure-instruction = روبوت محادثة يبدو واثقًا جدًا. ماذا تفعلون؟
level-ai-chatbot-sure-learned = قد يبدو روبوت المحادثة واثقًا ومع ذلك يكون مخطئًا. تحقّقوا في كتاب أو في موقع موثوق، أو اسألوا شخصًا بالغًا.
level-ai-chatbot-sure-hint-1 = هل الكلام بثقة يجعل الشيء صحيحًا؟
level-ai-chatbot-sure-hint-2 = تحقّقوا من مصدر غير روبوت المحادثة.
level-ai-chatbot-sure-hint-3 = بالنسبة إلى العنكبوت: كتاب علوم يستطيع أن يخبركم.

ai-chatbot-sure-spider-prompt = لواجب منزلي، تسألون روبوت محادثة: «هل العنكبوت حشرة؟» فيقول: «نعم، العناكب حشرات.»
ai-chatbot-sure-spider-copy = سأكتب ذلك. يبدو واثقًا جدًا.
ai-chatbot-sure-spider-copy-reason = الكلام بثقة لا يعني الصواب. للعناكب 8 أرجل، وللحشرات 6.
ai-chatbot-sure-spider-check = سأتحقق في كتاب علوم أو موقع موثوق
ai-chatbot-sure-spider-check-reason = صحيح! مصدر آخر يبيّن أن روبوت المحادثة أخطأ: العناكب ليست حشرات.
ai-chatbot-sure-spider-ask-again = سأسأل روبوت المحادثة: «هل أنت متأكد؟»
ai-chatbot-sure-spider-ask-again-reason = قد يقول نعم مرة أخرى فقط. تحقّقوا من مصدر غير روبوت المحادثة.
ai-chatbot-sure-talk-prompt = روبوت محادثة يعطيكم معلومة مدهشة لعرضكم في الصف. ولا تجدونها في أي مكان آخر.
ai-chatbot-sure-talk-use-it = سأستخدمها: روبوت المحادثة يعرف ما لا نعرفه
ai-chatbot-sure-talk-use-it-reason = روبوتات المحادثة قد تختلق معلومات تبدو حقيقية. إذا لم يقلها أحد غيره، فاحذفوها.
ai-chatbot-sure-talk-leave-out = سأحذفها، أو أسأل المعلم أو المعلمة عنها
ai-chatbot-sure-talk-leave-out-reason = جيد. المعلومة التي لا تستطيعون التحقق منها ليست جاهزة لعرضكم.
ai-chatbot-sure-talk-tell-friends = سأخبر أصدقائي أنها صحيحة
ai-chatbot-sure-talk-tell-friends-reason = هذا ينشر معلومة لم يتحقق منها أحد. تحقّقوا منها أولًا.

## Level 4: why this video? (pick the reply)

level-ai-why-this-video-title = لماذا هذا الفيديو؟
level-ai-why-this-video-instruction = اكتشفوا لماذا يعرض لكم التطبيق ما يعرضه.
level-ai-why-this-video-learned = التطبيقات تتعلم مما تشاهدونه وتعجبون به وتبحثون عنه. ابحثوا عن أشياء جديدة، وأخبروا التطبيق بما لا تريدونه.
level-ai-why-this-video-hint-1 = فكّروا فيما فعلتموه في التطبيق من قبل.
level-ai-why-this-video-hint-2 = التطبيق يختار الفيديوهات مما تشاهدونه وتعجبون به وتبحثون عنه.
level-ai-why-this-video-hint-3 = لتروا أشياء أخرى، أروا التطبيق أشياء أخرى تحبونها.

ai-why-this-video-cakes-prompt = شاهدتم ثلاثة فيديوهات عن الكعك حتى النهاية. والآن يعرض تطبيقكم فيديوهات كثيرة عن الكعك.
ai-why-this-video-cakes-everyone = الجميع في العالم يشاهدون الكعك اليوم
ai-why-this-video-cakes-everyone-reason = هذا غير مرجّح! التطبيق يختار لكم الفيديوهات مما فعلتموه.
ai-why-this-video-cakes-learned = تعلّم التطبيق مما شاهدتموه
ai-why-this-video-cakes-learned-reason = صحيح. التطبيقات تستخدم ما تشاهدونه وتعجبون به وتبحثون عنه لتختار ما يأتي بعده.
ai-why-this-video-cakes-teacher = المعلم أخبر التطبيق أنكم تحبون الكعك
ai-why-this-video-cakes-teacher-reason = لا. التطبيق تعلّم ذلك من ضغطاتكم ومشاهداتكم أنتم.
ai-why-this-video-more-prompt = تريدون رؤية أكثر من الكعك. ما الذي يساعد؟
ai-why-this-video-more-search = سأبحث عن أشياء جديدة، وأضغط «غير مهتم»
ai-why-this-video-more-search-reason = نعم! التطبيق يتعلم من ذلك أيضًا. تطبيقات كثيرة فيها زر مثل «غير مهتم».
ai-why-this-video-more-more-cakes = سأشاهد المزيد من فيديوهات الكعك
ai-why-this-video-more-more-cakes-reason = هذا يعلّم التطبيق أنكم لا تريدون إلا الكعك.
ai-why-this-video-more-scroll = سأستمر في التمرير: التطبيق سيتغيّر وحده قريبًا
ai-why-this-video-more-scroll-reason = التطبيق يستمر في الاختيار مما فعلتموه من قبل. أروه ما تحبونه غير ذلك.
ai-why-this-video-feel-bad-prompt = نوع من الفيديوهات يستمر التطبيق في عرضه عليكم، ويجعلكم تشعرون بالسوء تجاه أنفسكم.
ai-why-this-video-feel-bad-keep-watching = سأستمر في المشاهدة كي لا يفوتني شيء
ai-why-this-video-feel-bad-keep-watching-reason = مشاهدة المزيد تخبر التطبيق أن يعرض لكم المزيد منه. توقّفوا وخذوا استراحة.
ai-why-this-video-feel-bad-share = سأشاركه مع أصدقائي لأعرف هل يشعرون بالسوء أيضًا
ai-why-this-video-feel-bad-share-reason = هذا ينشر الشعور السيئ. توقّفوا عن المشاهدة وتحدّثوا إلى شخص تثقون به.
ai-why-this-video-feel-bad-stop-tell = سأتوقف عن المشاهدة وأخبر بالغًا أثق به
ai-why-this-video-feel-bad-stop-tell-reason = جيد. شعوركم أهم من التطبيق. يستطيع شخص بالغ أن يساعدكم على تغيير ما يعرضه.

## Level 5: real or made by AI? (red flags on a photo post)

level-ai-fake-picture-title = حقيقية أم صنعها الذكاء الاصطناعي؟
level-ai-fake-picture-instruction = اضغطوا على كل دليل على أن هذه الصورة قد يكون صنعها الذكاء الاصطناعي، أو أنها قد لا تكون حقيقية.
level-ai-fake-picture-learned = يستطيع الذكاء الاصطناعي صنع صور تبدو حقيقية. ابحثوا عن الأدلة، وتحقّقوا من مصادر أخرى، واسألوا شخصًا بالغًا عندما لا تكونون متأكدين.
level-ai-fake-picture-hint-1 = هل كانت هذه الصورة ستفاجئكم في الحياة الحقيقية؟
level-ai-fake-picture-hint-2 = المفاجأة، والكمال الزائد، والتفاصيل الخاطئة، والضغط للمشاركة بسرعة، كلها أدلة.
level-ai-fake-picture-hint-3 = اقرؤوا اللافتة على الحافلة جيدًا.

ai-fake-picture-account = نشرها: @pic_planet، اليوم الساعة 10:02
ai-fake-picture-account-reason = الاسم والوقت وحدهما لا يخبرانكم هل الصورة حقيقية. انظروا إلى الصورة نفسها.
ai-fake-picture-photo = صورة: بطريق بطول حافلة مدرسية
ai-fake-picture-photo-reason = الصور المدهشة جدًا دليل. تحقّقوا هل تعرضها الأخبار أو موقع موثوق أيضًا.
ai-fake-picture-perfect = كل شيء يبدو أملس ومثاليًا، كأنه لعبة
ai-fake-picture-perfect-reason = الصور التي يصنعها الذكاء الاصطناعي قد تبدو مثالية أكثر من اللازم. إنه دليل، فتحقّقوا قبل أن تصدّقوا.
ai-fake-picture-sign = لافتة الحافلة مكتوب عليها «حالفة المدسرة»
ai-fake-picture-sign-reason = التفاصيل غير الصحيحة، مثل الحروف المبعثرة، دليل على أن الصورة قد تكون مختلقة.
ai-fake-picture-caption = التعليق: حقيقية!!! شاركوها قبل أن تُحذف!
ai-fake-picture-caption-reason = الضغط للمشاركة بسرعة علامة تحذير. الأخبار الحقيقية تستطيع الانتظار ريثما تتحققون.
ai-fake-picture-question = تعليق: أي موقع أخبار نشر هذا؟
ai-fake-picture-question-reason = سؤال جيد! التحقق من مصادر أخرى هو التصرف الصحيح.
ai-fake-picture-comment = تعليق: البطاريق ليست بهذا الحجم!
ai-fake-picture-comment-reason = هذا التعليق محق في الشك. استخدام ما تعرفونه طريقة جيدة للتحقق.

## Level 6: is it really them? (pick the reply)

level-ai-voice-message-title = هل هو حقًا؟
level-ai-voice-message-instruction = يمكن صنع الأصوات والفيديوهات بالذكاء الاصطناعي. ماذا تفعلون؟
level-ai-voice-message-learned = يستطيع الذكاء الاصطناعي تقليد الأصوات والوجوه. إذا طلبت رسالة رموزًا أو مالًا أو ضغطة سريعة، فتحقّقوا بطريقة أخرى وأخبروا شخصًا بالغًا.
level-ai-voice-message-hint-1 = هل الصوت الذي يبدو صحيحًا يثبت من يتكلم؟
level-ai-voice-message-hint-2 = تحقّقوا مع الشخص بطريقة أخرى، لا بالرد على الرسالة.
level-ai-voice-message-hint-3 = بالنسبة إلى المغنية: صفحتها الخاصة ستقول ذلك أيضًا.

ai-voice-message-cousin-prompt = رسالة صوتية تشبه صوت ابن عمكم ليث تمامًا: «أضعت هاتفي! أحتاج رمز البنك الخاص بوالديك، بسرعة!»
ai-voice-message-cousin-send = سأرسله: ليث من العائلة ويبدو قلقًا
ai-voice-message-cousin-send-reason = يستطيع الذكاء الاصطناعي تقليد صوت من مقطع قصير. وابن العم الحقيقي لن يطلب رمز بنك.
ai-voice-message-cousin-check = سأتحقق مع ليث بطريقة أخرى، مع شخص بالغ
ai-voice-message-cousin-check-reason = صحيح. لا تثقوا بالصوت وحده. يستطيع شخص بالغ الاتصال بليث على الرقم الذي يعرفه.
ai-voice-message-cousin-delete-after = سأرسل الرمز، لكن أطلب منه أن يحذفه بعد ذلك
ai-voice-message-cousin-delete-after-reason = بعد إرساله، يخرج من أيديكم. لا ترسلوا الرموز أبدًا.
ai-voice-message-singer-prompt = فيديو يُظهر المغنية ميلا ستار تقول: «اضغطوا على هذا الرابط واحصلوا على جهاز لوحي مجانًا!»
ai-voice-message-singer-click = سأضغط بسرعة، قبل أن تنفد الأجهزة
ai-voice-message-singer-click-reason = الاستعجال علامة تحذير. فيديوهات كهذه قد تُصنع بالذكاء الاصطناعي لخداعكم.
ai-voice-message-singer-check = سأتحقق من صفحتها ومن الأخبار أولًا
ai-voice-message-singer-check-reason = نعم. إذا لم تذكر صفحتها والأخبار ذلك، فالفيديو مزيف.
ai-voice-message-singer-aunt = سأطلب من خالتي أن تضغط عليه بدلًا مني
ai-voice-message-singer-aunt-reason = المشكلة في الرابط، أيًّا كان من يضغط عليه. تحقّقوا أولًا، ثم اشرحوا للشخص البالغ السبب.

## Level 7: AI helps, you decide (sort: good use / not OK)

level-ai-you-decide-title = الذكاء الاصطناعي يساعد، وأنتم تقرّرون
level-ai-you-decide-instruction = هل هذه طريقة جيدة لاستخدام الذكاء الاصطناعي في المدرسة، أم أنها غير مقبولة؟
level-ai-you-decide-learned = يستطيع الذكاء الاصطناعي أن يساعدكم على التعلم. أنتم من يفكّر، وتتحققون مما يقوله، وتتبعون قواعد مدرستكم.
level-ai-you-decide-hint-1 = اسألوا: من يفكّر هنا، أنا أم الذكاء الاصطناعي؟
level-ai-you-decide-hint-2 = استخدام الذكاء الاصطناعي للفهم أو التدرّب جيد. أما تقديم عمله على أنه عملكم فلا.
level-ai-you-decide-hint-3 = أن تطلبوا منه شرح كلمة استخدام جيد.

ai-you-decide-explain-word = طلب شرح كلمة لا تعرفونها
ai-you-decide-explain-word-reason = استخدام الذكاء الاصطناعي لفهم شيء ما يساعدكم على التعلم. تحقّقوا أن الشرح منطقي.
ai-you-decide-copy-story = تسليم قصة كتبها هو على أنها قصتكم
ai-you-decide-copy-story-reason = هذا ليس عملكم، ولا تتعلمون منه شيئًا. كونوا صادقين بشأن ما فعله الذكاء الاصطناعي.
ai-you-decide-quiz = طلب أسئلة اختبار منه للتدرّب
ai-you-decide-quiz-reason = التدرّب بأسئلته قد يساعد. تحقّقوا من الأجوبة في دفاتركم.
ai-you-decide-whole-homework = تركه يحلّ كل واجباتكم عنكم
ai-you-decide-whole-homework-reason = عندها تفوّتون التفكير الذي وُجد الواجب من أجله. جرّبوا بأنفسكم أولًا.
ai-you-decide-check-facts = التحقق من معلوماته في كتاب أو موقع موثوق
ai-you-decide-check-facts-reason = الذكاء الاصطناعي قد يخطئ. والتحقق هو ما يفعله المستخدم الذكي.
ai-you-decide-fake-photo = صنع صورة مزيفة مضحكة لزميل في الصف
ai-you-decide-fake-photo-reason = الصور المزيفة لأشخاص حقيقيين قد تؤذيهم. لا تستخدموا الذكاء الاصطناعي أبدًا للسخرية من أحد.
ai-you-decide-own-words = أخذ أفكار، ثم الكتابة بكلماتكم
ai-you-decide-own-words-reason = جيد: الأفكار تساعدكم على البدء، والعمل عملكم.
ai-you-decide-against-rules = استخدامه عندما قال المعلم أو المعلمة لا
ai-you-decide-against-rules-reason = مدرستكم تقرّر متى يجوز استخدام الذكاء الاصطناعي. اتبعوا قواعدها.
