# The "Fact Finders" world: judging information (headlines, adverts, sources, fake news).
# Item texts stay short (about 60 characters at most). People, places, sites and brands are
# made up: addresses and brand names stay unchanged; town names are written in Arabic letters.

world-fact-finders = باحثو الحقائق

# Boxes of the sorting levels in this world.
fact-bin-trustworthy = يبدو موثوقًا
fact-bin-check-first = تحقّقوا أولًا
fact-bin-advert = إعلان
fact-bin-not-advert = ليس إعلانًا

## Level 1: headlines (sort: seems trustworthy / check first)

level-fact-headlines-title = فحص العناوين
level-fact-headlines-instruction = هل يبدو هذا العنوان موثوقًا، أم يجب التحقق منه أولًا؟
level-fact-headlines-learned = ثقوا بالأخبار التي تأتي ممن يعرفون حقًا، مثل بلديتكم أو مدرستكم. وتحقّقوا أولًا من الأخبار الصارخة أو المدهشة أو التي بلا اسم.
level-fact-headlines-hint-1 = اسألوا: من يقول هذا، وكيف يعرفه؟
level-fact-headlines-hint-2 = الصراخ والأسرار والوعود المدهشة تعني: تحقّقوا أولًا. والأخبار اليومية من المسؤولين تبدو موثوقة.
level-fact-headlines-hint-3 = عنوان القطط يصرخ ويتحدث عن سرّ كبير. تحقّقوا منه أولًا!

fact-headlines-cats = مذهل!!! القطط تتكلم، والعلماء يخفون ذلك!
fact-headlines-cats-reason = الكلمات الصارخة وعلامات «!» الكثيرة والسر الكبير علامات تحذير. ابحثوا عنه في مواقع موثوقة أولًا.
fact-headlines-library = موقع البلدية: المكتبة تفتح حتى وقت متأخر أيام الخميس
fact-headlines-library-reason = البلدية تدير المكتبة، لذلك يعرف موقعها مواعيد الفتح.
fact-headlines-grow = هذه الحيلة الوحيدة تجعلكم أطول بـ10 سم في ليلة واحدة!
fact-headlines-grow-reason = يبدو أجمل من أن يكون حقيقيًا. عناوين كهذه تريد ضغطاتكم، لا أن تخبركم بالحقائق.
fact-headlines-weather = هيئة الأرصاد: أمطار متوقعة يوم السبت
fact-headlines-weather-reason = التنبؤ بالطقس عمل هيئة الأرصاد. إنها المكان الصحيح لهذا الخبر.
fact-headlines-no-name = منشور بلا اسم: كل المدارس تُغلق لمدة شهر!
fact-headlines-no-name-reason = لا أحد يقول من كتب هذا. خبر كبير كهذا سيكون على موقع المدرسة أو البلدية.
fact-headlines-sports-day = نشرة المدرسة: اليوم الرياضي يُنقل إلى الجمعة
fact-headlines-sports-day-reason = مدرستكم تعرف خططها. والأخبار من المدرسة نفسها مصدر جيد.

## Level 2: advert or not? (sort: advert / not an advert)

level-fact-ad-or-not-title = إعلان أم لا؟
level-fact-ad-or-not-instruction = هل هذا إعلان؟ صنّفوا كل بطاقة في الصندوق الصحيح.
level-fact-ad-or-not-learned = الإعلانات تريد منكم أن تشتروا شيئًا. ابحثوا عن علامات مثل «مُموَّل» أو «إعلان» أو «#إعلان».
level-fact-ad-or-not-hint-1 = اسألوا: هل يريد أحدهم أن أشتري شيئًا؟
level-fact-ad-or-not-hint-2 = «مُموَّل» و«إعلان» و«#إعلان» تعني أن أحدهم دفع المال ليكون هذا هنا.
level-fact-ad-or-not-hint-3 = النافذة المنبثقة للجواهر ومنشور «#إعلان» إعلانان.

fact-ad-or-not-sponsored = مُموَّل: جرّبوا حبوب Crunchy Stars الجديدة!
fact-ad-or-not-sponsored-reason = «مُموَّل» تعني أن شركة دفعت لتعرض عليكم هذا. إنها تريد منكم شراء حبوبها.
fact-ad-or-not-news = تقرير إخباري: افتتاح جسر جديد في ريفرتون
fact-ad-or-not-news-reason = التقرير الإخباري يخبركم بما حدث. لا أحد يبيعكم شيئًا.
fact-ad-or-not-influencer = Mia_Plays: أحب هذا الحذاء الرياضي! #إعلان
fact-ad-or-not-influencer-reason = «#إعلان» تعني أن شركة دفعت لـMia_Plays مقابل هذا المنشور. إنها تتقاضى المال لتقول إنها تحبه.
fact-ad-or-not-encyclopedia = مقالة موسوعة: كيف يصنع النحل العسل
fact-ad-or-not-encyclopedia-reason = الموسوعة تشرح الأشياء. إنها لا تحاول أن تبيعكم العسل.
fact-ad-or-not-search = أول نتيجة بحث، وعليها علامة «مُموَّل»
fact-ad-or-not-search-reason = الشركة دفعت لتكون في الأعلى. وأفضل جواب قد يكون في الأسفل.
fact-ad-or-not-gems = نافذة منبثقة في لعبة: اشتروا 500 جوهرة الآن!
fact-ad-or-not-gems-reason = اللعبة تريد منكم أن تنفقوا مالًا حقيقيًا. اسألوا دائمًا أحد الكبار قبل أن تشتروا أي شيء.
fact-ad-or-not-friend = منشور صديقكم: انظروا إلى قلعتي الرملية!
fact-ad-or-not-friend-reason = صديقكم يشارك شيئًا ممتعًا. لم يدفع أحد مقابله، لذلك ليس إعلانًا.

## Level 3: where to look (pick the best reply)

level-fact-which-source-title = أين نبحث؟
level-fact-which-source-instruction = اختاروا أفضل جواب في كل مرة.
level-fact-which-source-learned = ابحثوا عن الحقائق حيث يكتبها الخبراء. وتحقّقوا من القصة في مواقع موثوقة قبل أن تصدّقوها أو تشاركوها.
level-fact-which-source-hint-1 = اسألوا: من صنع هذا، وهل يعرف عنه حقًا؟
level-fact-which-source-hint-2 = المصادر الجيدة تقول من صنعها، والخبراء يراجعونها.
level-fact-which-source-hint-3 = لمعلومات البراكين، اختاروا الموسوعة أو موقع المتحف.

fact-which-source-volcanoes = لواجب منزلي، تحتاجون إلى معلومات عن البراكين. أين تبحثون؟
fact-which-source-volcanoes-video = أول فيديو مضحك أجده.
fact-which-source-volcanoes-video-reason = الفيديوهات المضحكة تريد أن تضحككم. وقد تخطئ في المعلومات.
fact-which-source-volcanoes-encyclopedia = موسوعة للأطفال أو موقع متحف.
fact-which-source-volcanoes-encyclopedia-reason = أحسنتم! الخبراء يكتبونها ويراجعونها. وهي تقول من صنعها.
fact-which-source-volcanoes-game-chat = سأسأل في دردشة لعبة. سيعرف أحد هناك.
fact-which-source-volcanoes-game-chat-reason = الناس في دردشة اللعبة قد يخمّنون فقط. ولا يمكنكم معرفة هل يعرفون حقًا.
fact-which-source-chocolate = فيديو يقول: «أكل الشوكولاتة يشفي من الزكام!» ماذا تفعلون؟
fact-which-source-chocolate-believe = سآكل شوكولاتة كثيرة عندما أصاب بالزكام.
fact-which-source-chocolate-believe-reason = فيديو واحد ليس دليلًا. الشوكولاتة الكثيرة لن تُذهب الزكام.
fact-which-source-chocolate-share = سأرسله إلى جدتي كي تبقى بصحة جيدة.
fact-which-source-chocolate-share-reason = قد تصدّقه جدتكم أيضًا، وهو غير صحيح. تحقّقوا أولًا، ثم لا تشاركوا إلا الصحيح.
fact-which-source-chocolate-check = سأطلب مساعدة أحد الكبار للتحقق.
fact-which-source-chocolate-check-reason = صحيح! معًا تستطيعون البحث في موقع صحي موثوق. الأطباء يعرفون عن الزكام.
fact-which-source-screenshot = أحدهم يشارك لقطة شاشة لـ«خبر» في دردشة الصف. ولا يوجد رابط.
fact-which-source-screenshot-search = سأبحث عنه في موقع أخبار موثوق.
fact-which-source-screenshot-search-reason = عمل تحرٍّ جيد! إذا كان صحيحًا، فستنشره مواقع الأخبار الموثوقة أيضًا.
fact-which-source-screenshot-forward = سأرسله إلى دردشاتي الأخرى ليعرف الجميع.
fact-which-source-screenshot-forward-reason = دون رابط، لا يمكنكم معرفة من صنعه. قد يكون مختلقًا.
fact-which-source-screenshot-believe = سأصدّقه: لقطة الشاشة دليل.
fact-which-source-screenshot-believe-reason = أي شخص يستطيع صنع صورة تبدو كخبر. ولقطات الشاشة سهلة التزييف.

## Level 4: a fake news page (screen: web)

level-fact-fake-news-page-title = خبر عاجل؟
level-fact-fake-news-page-instruction = اضغطوا على كل علامة تحذير في صفحة الأخبار هذه.
level-fact-fake-news-page-learned = الأخبار المزيفة غالبًا تصرخ، وتخفي من كتبها، وتقدّم القصص القديمة على أنها جديدة، وتستعجلكم للمشاركة.
level-fact-fake-news-page-hint-1 = اقرؤوها كالمحقق: من كتب هذا، ومتى؟
level-fact-fake-news-page-hint-2 = الصراخ، والاسم الغائب، والتاريخ القديم، والاستعجال للمشاركة علامات تحذير.
level-fact-fake-news-page-hint-3 = انظروا إلى العنوان الرئيسي وسطر الكاتب والتاريخ.

fact-fake-news-page-address = daily-truth-now.example/big-news
fact-fake-news-page-address-reason = لم تسمعوا بهذا الموقع من قبل. أي أحد يستطيع وضع «truth» (الحقيقة) في اسم، لذلك اعرفوا من يديره.
fact-fake-news-page-menu = الرئيسية · أخبار · رياضة
fact-fake-news-page-menu-reason = معظم مواقع الأخبار فيها قائمة كهذه. إنها ليست علامة تحذير.
fact-fake-news-page-headline = بيضة ديناصور تفقس في حديقة مابلتون!!!
fact-fake-news-page-headline-reason = الكلمات الصارخة وعلامات «!» الكثيرة تحاول إثارتكم. الأخبار الحقيقية تُروى بهدوء.
fact-fake-news-page-author = كتبه: (بلا اسم)
fact-fake-news-page-author-reason = الأخبار الحقيقية تقول من كتبها. ودون اسم، لا أحد يتحمّل مسؤولية القصة.
fact-fake-news-page-date = نُشر قبل 6 سنوات، لكن عليه علامة «جديد!»
fact-fake-news-page-date-reason = هذه القصة القديمة تُنشر كأنها حدثت اليوم. تحقّقوا دائمًا من التاريخ.
fact-fake-news-page-photo = صورة: حديقة هادئة فيها أشجار
fact-fake-news-page-photo-reason = الصورة العادية ليست علامة تحذير وحدها. اقرؤوا الكلمات التي حولها أيضًا.
fact-fake-news-page-share = شاركوا قبل أن يحذفوا هذا!
fact-fake-news-page-share-reason = هذا يريدكم أن تستعجلوا ولا تفكّروا. الأخبار الحقيقية لا تتوسّل إليكم لتشاركوها.

## Level 5: check a story before you share it (order_steps: Stop, Investigate the source,
## Find better coverage, then deciding)

level-fact-check-a-story-title = توقّفوا وتحقّقوا
level-fact-check-a-story-instruction = ترون قصة مدهشة. رتّبوا خطوات مدقّقي الحقائق.
level-fact-check-a-story-learned = مدقّقو الحقائق يتوقفون أولًا، ثم يعرفون من صنع القصة، ثم يبحثون عنها في مواقع موثوقة، وبعد ذلك فقط يقرّرون المشاركة.
level-fact-check-a-story-hint-1 = ماذا يجب أن تفعلوا قبل أن يضغط إصبعكم على «مشاركة»؟
level-fact-check-a-story-hint-2 = مدقّقو الحقائق ينظرون إلى من صنع القصة قبل أن ينظروا إلى أي مكان آخر. والقرار يأتي في الآخر.
level-fact-check-a-story-hint-3 = الخطوة 1 هي أن تتوقفوا ولا تشاركوا بعد.

fact-check-a-story-stop = توقّفوا: لا تشاركوها بعد.
fact-check-a-story-stop-reason = افعلوا هذا أولًا. مدقّقو الحقائق يبدؤون بالتوقف: بعد أن تشاركوا قصة، لا يمكنكم استعادتها.
fact-check-a-story-who = اعرفوا من صنعها، ولماذا.
fact-check-a-story-who-reason = بعد ذلك، انظروا إلى المصدر. هل يريد أن يخبركم، أم أن يبيعكم شيئًا، أم أن يحصل على ضغطات؟
fact-check-a-story-others = ابحثوا عنها في مواقع موثوقة أخرى. تحقّقوا من التاريخ.
fact-check-a-story-others-reason = ثم قارنوا. إذا كانت صحيحة، فمواقع الأخبار الموثوقة تنشرها أيضًا. والقصص القديمة كثيرًا ما تُنشر كأنها جديدة.
fact-check-a-story-decide = ثم قرّروا: تشاركونها أم لا.
fact-check-a-story-decide-reason = قرّروا في الآخر، عندما تعرفون من صنعها ومن ينشرها غيره. لا تشاركوا إلا ما تحقّقتم منه.
