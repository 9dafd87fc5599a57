# The "Scam Spotters" world: levels where the pupil taps the red flags on a mock screen.
# Part texts stay short (about 60 characters at most). People, companies, numbers and
# addresses are made up: addresses and brand names stay exactly as in English.

world-scam-spotters = كاشفو الاحتيال

## Level 1: a chat message about a prize (screen: message)

level-flags-prize-message-title = جائزة مفاجئة؟
level-flags-prize-message-instruction = اضغطوا على كل علامة تحذير في هذه الرسالة.
level-flags-prize-message-learned = الجائزة المفاجئة من شخص غريب حيلة، لذلك لا ترسلوا له معلوماتكم أبدًا.
level-flags-prize-message-hint-1 = اقرؤوا كل سطر ببطء. هل يكتب صديق شيئًا كهذا؟
level-flags-prize-message-hint-2 = الغرباء والجوائز المفاجئة والأسئلة عنكم علامات تحذير.
level-flags-prize-message-hint-3 = انظروا إلى من أرسلها. وهناك علامتا تحذير أخريان في الأسفل.

flags-prize-message-sender = من: رقم مجهول
flags-prize-message-sender-reason = أنتم لا تعرفون هذا الرقم. انتبهوا عندما يكتب إليكم شخص غريب.
flags-prize-message-greeting = أهلًا!
flags-prize-message-greeting-reason = التحية الودودة أمر عادي. إنها ليست علامة تحذير وحدها.
flags-prize-message-prize = مبروك! لقد ربحت جهازًا لوحيًا جديدًا!
flags-prize-message-prize-reason = لم تكن هناك مسابقة، ومع ذلك هناك جائزة؟ الجائزة المفاجئة من غريب حيلة.
flags-prize-message-picture = صورة: جهاز لوحي لامع بشريطة حمراء
flags-prize-message-picture-reason = الصورة وحدها ليست علامة تحذير. اقرؤوا الكلمات التي حولها أيضًا.
flags-prize-message-request = للحصول عليه، نحتاج إلى اسمك وعنوان بيتك.
flags-prize-message-request-reason = لا تعطوا عنوان بيتكم لغريب أبدًا. اسألوا شخصًا بالغًا قبل أن تردّوا.
flags-prize-message-signoff = نتمنى لك يومًا رائعًا!
flags-prize-message-signoff-reason = الوداع اللطيف أمر عادي. الكلمات اللطيفة وحدها لا تجعل الرسالة جيدة أو سيئة.

## Level 2: a fake parcel e-mail (screen: email)

level-flags-parcel-email-title = رسالة الطرد
level-flags-parcel-email-instruction = اضغطوا على كل علامة تحذير في هذا البريد الإلكتروني.
level-flags-parcel-email-learned = الشركة الحقيقية لا تطلب كلمة مروركم في بريد إلكتروني أبدًا. والاستعجال حيلة.
level-flags-parcel-email-hint-1 = اقرؤوا كل سطر. هل جاءت هذه الرسالة حقًا من شركة طرود؟
level-flags-parcel-email-hint-2 = رسائل البريد المزيفة تأتي من عناوين غريبة، وتستعجلكم، وتطلب أسرارًا.
level-flags-parcel-email-hint-3 = انظروا إلى من أرسلها وإلى الرابط. وهناك علامات تحذير أخرى.

flags-parcel-email-sender = من: QuickBox Parcels <qb.help.2291@free-mail.example>
flags-parcel-email-sender-reason = شركة الطرود تكتب من عنوانها الخاص. وهذا مجرد عنوان بريد مجاني.
flags-parcel-email-subject = الموضوع: لم نتمكن من توصيل طردك
flags-parcel-email-subject-reason = أحيانًا يفوت الطرد فعلًا. الموضوع وحده ليس علامة تحذير.
flags-parcel-email-greeting = مرحبًا،
flags-parcel-email-greeting-reason = التحية البسيطة أمر عادي. إنها ليست علامة تحذير وحدها.
flags-parcel-email-urgency = يجب دفع رسوم صغيرة خلال ساعة واحدة، وإلا سيعود الطرد!
flags-parcel-email-urgency-reason = المحتالون يستعجلونكم كي لا تتوقفوا وتفكّروا. الشركة الحقيقية تمنحكم وقتًا.
flags-parcel-email-link = الرابط هنا: parcel-help.example/pay-now
flags-parcel-email-link-reason = الرابط يذهب إلى parcel-help، لا إلى QuickBox. اطلبوا من شخص بالغ أن يتحقق في الموقع الحقيقي.
flags-parcel-email-request = ثم المطلوب: كلمة مرورك ورقم بطاقتك.
flags-parcel-email-request-reason = لا تحتاج أي شركة طرود إلى كلمة مروركم. لا تكتبوا أبدًا كلمة مرور أو رقم بطاقة بعد رابط في بريد إلكتروني.
flags-parcel-email-signoff = شكرًا لك، فريق QuickBox
flags-parcel-email-signoff-reason = التوقيع باسم أمر عادي. لكن أي شخص يستطيع كتابة أي اسم، لذلك تحقّقوا من الأسطر الأخرى أيضًا.

## Level 3: a fake shop page (screen: web)

level-flags-fake-shop-title = التخفيضات الكبرى
level-flags-fake-shop-instruction = اضغطوا على كل علامة تحذير في صفحة المتجر هذه.
level-flags-fake-shop-learned = تحقّقوا من عنوان المتجر ومن السعر، ولا تعطوا أبدًا كلمة مرور أو رقم بطاقة في دردشة.
level-flags-fake-shop-hint-1 = ابدؤوا من الأعلى. هل يفعل متجر حقيقي كل هذا؟
level-flags-fake-shop-hint-2 = المتاجر المزيفة تنسخ أسماء حقيقية، وأسعارها زهيدة جدًا، وتستعجلكم.
level-flags-fake-shop-hint-3 = اقرؤوا العنوان حرفًا حرفًا: رقم يختبئ فيه. وهناك ثلاث علامات تحذير أخرى في الأسفل.

flags-fake-shop-address = jollyt0y-shop.example/super-sale
flags-fake-shop-address-reason = انظروا جيدًا: فيه صفر، لا الحرف o. المتاجر المزيفة تنسخ أسماء المتاجر الحقيقية.
flags-fake-shop-welcome = مرحبًا بكم في Jollytoy!
flags-fake-shop-welcome-reason = سطر الترحيب أمر عادي في صفحة متجر. إنه ليس علامة تحذير وحده.
flags-fake-shop-picture = صورة: جهاز ألعاب مع ذراعَي تحكّم
flags-fake-shop-picture-reason = المتاجر تعرض صور ما تبيعه. هذا أمر عادي.
flags-fake-shop-price = جهاز ألعاب: خصم 99% من السعر العادي
flags-fake-shop-price-reason = جهاز الألعاب لا يكون رخيصًا إلى هذا الحد أبدًا. السعر الأجمل من أن يكون حقيقيًا حيلة.
flags-fake-shop-countdown = ينتهي العرض خلال 04:59!
flags-fake-shop-countdown-reason = الساعة التي تعدّ تريدكم أن تستعجلوا. المتاجر المزيفة تستعجلكم كي لا تتحققوا.
flags-fake-shop-delivery = التوصيل يستغرق من 3 إلى 5 أيام.
flags-fake-shop-delivery-reason = المتاجر تخبركم كم يستغرق التوصيل. هذا أمر عادي.
flags-fake-shop-chat = دردشة: نحتاج هنا إلى كلمة مرورك ورقم بطاقتك.
flags-fake-shop-chat-reason = المتجر الحقيقي لا يطلب كلمة مروركم أبدًا. وأرقام البطاقات لا تُكتب في دردشة أبدًا.

## Level 4: which links go to Moonbank? (read_address)

addr-brand-moonbank = Moonbank

level-addr-moonbank-title = هل هو Moonbank حقًا؟
level-addr-moonbank-instruction = في كل رابط، اضغطوا على الجزء الذي يسمّي الموقع. ثم قولوا هل هو موقع Moonbank.
level-addr-moonbank-learned = اقرؤوا اسم الرابط من النهاية: الامتداد الذي قبل أول / مفردة مباشرة، ثم الاسم الذي قبله. هذا هو الموقع. والكلمات التي أمامه أو بعد الـ/ لا تثبت شيئًا.
level-addr-moonbank-hint-1 = جدوا أول / مفردة في الرابط. اسم الموقع ينتهي قبلها مباشرة.
level-addr-moonbank-hint-2 = اقرؤوا رجوعًا من تلك الـ/: أولًا الامتداد .example، ثم الاسم الذي قبله. معًا يشكّلان الموقع.
level-addr-moonbank-hint-3 = الرابط الثالث يذهب إلى free-gifts.example. وكلمة moonbank بعد الـ/ مجرد اسم صفحة.

## Level 5: look-alike links (read_address)

addr-brand-pixelpost = Pixelpost

level-addr-lookalike-title = روابط متشابهة
level-addr-lookalike-instruction = في كل رابط، اضغطوا على الجزء الذي يسمّي الموقع. ثم قولوا هل هو موقع Pixelpost.
level-addr-lookalike-learned = المحتالون يخفون الموقع الحقيقي بعد @، أو يضيفون كلمات زائدة، أو يبدّلون حروفًا بحروف تشبهها. اقرؤوا الموقع حرفًا حرفًا.
level-addr-lookalike-hint-1 = هل في الرابط @؟ الموقع يأتي بعدها.
level-addr-lookalike-hint-2 = اقرؤوا الموقع حرفًا حرفًا. كلمة زائدة أو حرف غريب يجعلانه موقعًا مختلفًا.
level-addr-lookalike-hint-3 = انظروا إلى حرف i في الرابط الثاني: إنه من أبجدية أخرى. وهذا يجعله موقعًا مختلفًا.

## Level 6: what to do about a trick (pick_reply)

level-scam-what-to-do-title = ماذا تفعلون؟
level-scam-what-to-do-instruction = شيء غريب يظهر فجأة. اختاروا أفضل تصرّف في كل مرة.
level-scam-what-to-do-learned = إذا كانت الرسالة تستعجلكم، أو تبدو غريبة، أو تطلب رقم بطاقة، فلا تضغطوا. تحقّقوا بطريقة أخرى وأخبروا شخصًا بالغًا تثقون به.
level-scam-what-to-do-hint-1 = المحقق الجيد يتوقف ويفكّر قبل أن يضغط على أي شيء.
level-scam-what-to-do-hint-2 = المحتالون يستعجلونكم، ويستخدمون حسابات الأصدقاء، ويعدون بجوائز. توقّفوا قبل أن تضغطوا.
level-scam-what-to-do-hint-3 = عندما يرسل حساب صديق شيئًا غريبًا، تحقّقوا مع الصديق بطريقة أخرى.

scam-what-to-do-account-closed-prompt = رسالة تقول: «سيُغلق حساب لعبتك اليوم! لإنقاذه: save-my-game.example»
scam-what-to-do-account-closed-tap-fast = سأضغط على الرابط بسرعة لأنقذ حسابي.
scam-what-to-do-account-closed-tap-fast-reason = الاستعجال حيلة لمنعكم من التفكير. قد يسرق الرابط كلمة مروركم.
scam-what-to-do-account-closed-tell-adult = لن أضغط. سأريها لبالغ أثق به.
scam-what-to-do-account-closed-tell-adult-reason = أحسنتم! معًا تستطيعون التحقق في اللعبة الحقيقية. والاستعجال بهذا الشكل حيلة.
scam-what-to-do-account-closed-reply = سأردّ وأسألهم من هم.
scam-what-to-do-account-closed-reply-reason = الرد يخبر المحتال أن أحدًا يقرأ رسائله. الأفضل ألّا تردّوا أصلًا.

scam-what-to-do-friend-link-prompt = حساب صديقكم سامي يرسل إليكم فجأة: «هههه هل هذا أنت؟؟ clip-watch.example/v/8812»
scam-what-to-do-friend-link-tap = سأضغط عليه. إنه من سامي، إذن هو آمن.
scam-what-to-do-friend-link-tap-reason = ربما يستخدم شخص آخر حساب سامي. المحتالون يرسلون روابط سيئة من حسابات الأصدقاء.
scam-what-to-do-friend-link-pass-on = سأرسله إلى أصدقائي الآخرين أيضًا.
scam-what-to-do-friend-link-pass-on-reason = عندها قد يضغطون عليه هم أيضًا. لا تمرّروا أبدًا رابطًا لستم متأكدين منه.
scam-what-to-do-friend-link-grown-up-phone = سأضغط عليه، لكن على هاتف أحد الكبار.
scam-what-to-do-friend-link-grown-up-phone-reason = الرابط السيئ سيئ على أي هاتف، وقد يطلب كلمة مرور. تحقّقوا مع سامي أولًا.
scam-what-to-do-friend-link-ask-another-way = سأسأل سامي وجهًا لوجه أولًا.
scam-what-to-do-friend-link-ask-another-way-reason = رائع! اسألوا سامي شخصيًا أو بالهاتف. وإذا لم يرسله سامي، فأخبروا شخصًا بالغًا.

scam-what-to-do-won-phone-prompt = نافذة منبثقة تقول: «ربحت هاتفًا جديدًا! للحصول عليه، نحتاج إلى رقم بطاقة أحد والديك.»
scam-what-to-do-won-phone-close-tell = سأغلقها وأخبر شخصًا بالغًا.
scam-what-to-do-won-phone-close-tell-reason = صحيح! الجائزة الحقيقية لا تحتاج أبدًا إلى رقم بطاقة. يستطيع شخص بالغ أن يتحقق أن كل شيء آمن.
scam-what-to-do-won-phone-type-card = سأحضر البطاقة وأكتب رقمها هناك.
scam-what-to-do-won-phone-type-card-reason = لا يوجد هاتف. المحتالون يريدون رقم البطاقة ليأخذوا المال.
scam-what-to-do-won-phone-claim = سأضغط على «استلام الجائزة».
scam-what-to-do-won-phone-claim-reason = الأزرار في نافذة منبثقة كهذه قد تفتح حيلًا أخرى. أغلقوها بدلًا من ذلك.
