# The "Device Dock" world: looking after your tablet or phone, and after yourself. Item
# texts stay short (about 60 characters). Apps, companies and addresses are made up and stay
# unchanged.

world-device-dock = مرفأ الأجهزة

## Level 1: updates and pop-ups (pick_reply)

level-device-update-title = وقت التحديث
level-device-update-instruction = جهازكم اللوحي يعرض رسالة. اختاروا أفضل تصرّف.
level-device-update-learned = التحديثات الحقيقية تأتي من إعدادات جهازكم اللوحي وتحافظ على أمانه. والنوافذ المنبثقة التي تخيفكم حيل.
level-device-update-hint-1 = من أين تأتي الرسالة: من الجهاز اللوحي نفسه أم من صفحة ويب؟
level-device-update-hint-2 = التحديثات تصلح نقاط الضعف. وصفحة الويب لا تستطيع أن ترى ما في داخل جهازكم اللوحي.
level-device-update-hint-3 = الرسالة التي تأتي من الجهاز اللوحي نفسه تحديث حقيقي. وتثبيته يحافظ على أمان الجهاز.

device-update-system-prompt = جهازكم اللوحي يقول: «تحديث النظام جاهز. التثبيت الآن؟»
device-update-system-ignore = سأتجاهله إلى الأبد. التحديثات مملة.
device-update-system-ignore-reason = التحديثات تصلح نقاط ضعف قد تستغلها البرامج الضارة. ودونها يصبح جهازكم اللوحي أقل أمانًا.
device-update-system-install = سأثبّته، أو أطلب المساعدة من شخص بالغ.
device-update-system-install-reason = هذه الرسالة تأتي من الجهاز اللوحي نفسه. التحديثات تحافظ على أمانه وعلى عمله جيدًا.
device-update-system-switch-off = سأطفئ الجهاز اللوحي كي يتوقف عن السؤال.
device-update-system-switch-off-reason = سيسأل التحديث من جديد لاحقًا. تثبيته هو الطريقة للحفاظ على أمان جهازكم اللوحي.

device-update-popup-prompt = صفحة ويب تظهر فجأة: «في جهازك اللوحي 5 فيروسات! تنزيل CleanerPro الآن!»
device-update-popup-download = سأنزّل CleanerPro بسرعة.
device-update-popup-download-reason = هذه حيلة. قد يكون التنزيل هو البرنامج الضار نفسه.
device-update-popup-ok-button = سأضغط «موافق» في النافذة المنبثقة لتختفي.
device-update-popup-ok-button-reason = الأزرار في نافذة منبثقة مزيفة قد تبدأ تنزيلًا. أغلقوا الصفحة كلها بدلًا من ذلك.
device-update-popup-close = سأغلق الصفحة وأخبر شخصًا بالغًا.
device-update-popup-close-reason = صفحة الويب لا تستطيع أن ترى ما في داخل جهازكم اللوحي، فالفيروسات مختلقة. إغلاق الصفحة آمن.

device-update-battery-prompt = التحديث يريد أن يبدأ، لكن البطارية 5%.
device-update-battery-charge = سأوصل الشاحن أولًا، ثم أحدّثه.
device-update-battery-charge-reason = التحديث يحتاج إلى طاقة حتى ينتهي. ومع الشاحن يستطيع أن ينتهي بأمان.
device-update-battery-start = سأبدؤه الآن، وأطلب من أحد الكبار أن يراقب.
device-update-battery-start-reason = المراقبة لا تساعد إذا نفدت البطارية في المنتصف: قد يفشل التحديث. اشحنوا أولًا.
device-update-battery-cancel = سألغيه، ولن أحدّث أبدًا بعد الآن.
device-update-battery-cancel-reason = التحديث ما زال مهمًا لأمان جهازكم اللوحي. اشحنوه أولًا فقط.

## Level 2: what a torch app may use (sort)

device-bin-makes-sense = منطقي
device-bin-no-sense = غير منطقي

level-device-permissions-title = تطبيق الكشّاف
level-device-permissions-instruction = تفتحون تطبيق كشّاف جديدًا. وأثناء عمله، يطلب استخدام هذه الأشياء. هل هذا منطقي؟
level-device-permissions-learned = التطبيقات تطلب أثناء استخدامكم لها. اضغطوا «عدم السماح» لما لا يحتاج إليه التطبيق. ويمكنكم تغيير ذلك لاحقًا في الإعدادات.
level-device-permissions-hint-1 = ماذا يحتاج تطبيق الكشّاف ليقوم بعمله؟
level-device-permissions-hint-2 = الكشّاف يحتاج فقط إلى صنع الضوء. وأي شيء آخر ليس من عمله.
level-device-permissions-hint-3 = الكشّاف لا علاقة له بجهات اتصالكم.

device-permissions-camera-light = تشغيل الضوء الذي بجانب الكاميرا
device-permissions-camera-light-reason = ذلك الضوء الصغير هو الكشّاف. والتطبيق يحتاج إليه ليقوم بعمله.
device-permissions-contacts = الوصول إلى جهات اتصالكم
device-permissions-contacts-reason = الكشّاف لا يحتاج إلى أسماء أصدقائكم وأرقامهم. اضغطوا «عدم السماح».
device-permissions-location = الوصول إلى موقع هذا الجهاز
device-permissions-location-reason = الكشّاف يعمل بالطريقة نفسها في كل مكان. ولا يحتاج إلى معرفة مكانكم.
device-permissions-screen-bright = جعل الشاشة بيضاء ساطعة
device-permissions-screen-bright-reason = بعض الكشّافات تضيء الشاشة كلها. هذا جزء من عمل الكشّاف.
device-permissions-microphone = تسجيل الصوت
device-permissions-microphone-reason = الكشّاف لا يحتاج إلى سماعكم. اضغطوا «عدم السماح»: سيبقى الكشّاف يعمل.
device-permissions-notifications = إرسال إشعارات إليكم
device-permissions-notifications-reason = ليس لدى الكشّاف ما يخبركم به. الإشعارات ستكون مجرد إعلانات أو تذكيرات لفتحه.
device-permissions-photos = الوصول إلى الصور والفيديوهات على هذا الجهاز
device-permissions-photos-reason = صوركم خاصة. والكشّاف لا يحتاج إليها ليصنع الضوء.

## Level 3: a fake virus warning (spot_flags, screen: web)

level-device-fake-virus-title = إنذار فيروس!
level-device-fake-virus-instruction = اضغطوا على كل علامة تحذير في صفحة الويب هذه.
level-device-fake-virus-learned = صفحة الويب لا تستطيع أن تجد فيروسات في جهازكم اللوحي. أغلقوا الصفحات المخيفة وأخبروا شخصًا بالغًا.
level-device-fake-virus-hint-1 = ابدؤوا من الأعلى. صفحة مَن هذه؟
level-device-fake-virus-hint-2 = التحذيرات المزيفة تصرخ، وتستعجلكم، وتريد منكم أن تنزّلوا شيئًا أو تتصلوا.
level-device-fake-virus-hint-3 = التحذير الكبير الوامض علامة تحذير واحدة. وهناك أربع أخرى في الصفحة.

device-fake-virus-address = tablet-safety-scan.example/alert
device-fake-virus-address-reason = هذه صفحة ويب عشوائية، لا جهازكم اللوحي. صفحة الويب لا تستطيع فحص جهازكم بحثًا عن الفيروسات.
device-fake-virus-warning = وميض أحمر: تحذير! تم العثور على 5 فيروسات!
device-fake-virus-warning-reason = الوميض والحروف الكبيرة تريد إخافتكم كي تتوقفوا عن التفكير. الفيروسات مختلقة.
device-fake-virus-picture = صورة: جهاز لوحي عليه درع أزرق
device-fake-virus-picture-reason = الصورة وحدها ليست علامة تحذير. اقرؤوا الكلمات التي حولها.
device-fake-virus-countdown = أمامك 60 ثانية فقط!
device-fake-virus-countdown-reason = الساعة تريدكم أن تستعجلوا. المحتالون يستعجلونكم كي لا تسألوا أحدًا.
device-fake-virus-download = تنزيل CleanerPro.apk لتنظيف جهازك اللوحي
device-fake-virus-download-reason = قد يكون هذا التنزيل برنامجًا ضارًا. لا تحصلوا على التطبيقات إلا من متجر التطبيقات الرسمي، مع شخص بالغ.
device-fake-virus-phone = أو الاتصال برقم المساعدة لدينا الآن!
device-fake-virus-phone-reason = صانعو الأجهزة اللوحية الحقيقيون لا يطلبون منكم الاتصال من صفحة ويب. لا تتصلوا أبدًا برقم كهذا.
device-fake-virus-menu = مساعدة · من نحن · اتصل بنا
device-fake-virus-menu-reason = روابط القائمة موجودة في معظم صفحات الويب. إنها ليست علامة تحذير وحدها.

## Level 4: getting a new app safely (order_steps)

level-device-install-app-title = تطبيق جديد
level-device-install-app-instruction = تريدون لعبة جديدة، ووافق شخص بالغ. رتّبوا الخطوات بحسب ترتيب حدوثها.
level-device-install-app-learned = احصلوا على التطبيقات من المتجر الرسمي، وتحقّقوا أولًا من التصنيف العمري ومن «أمان البيانات». وبعد التثبيت، لا تسمحوا إلا بما يحتاج إليه التطبيق.
level-device-install-app-hint-1 = من أين تأتي التطبيقات الآمنة؟
level-device-install-app-hint-2 = لا تستطيعون القراءة عن تطبيق إلا بعد أن تجدوه، ولا يستطيع أن يطلب منكم أشياء إلا بعد تثبيته.
level-device-install-app-hint-3 = ابدؤوا في متجر التطبيقات الرسمي. التصنيف العمري و«أمان البيانات» في صفحة التطبيق.

device-install-app-store = افتحوا متجر التطبيقات الرسمي (Play Store).
device-install-app-store-reason = افعلوا هذا أولًا. التطبيقات في المتجر الرسمي تُفحص بحثًا عن البرامج الضارة. والتطبيقات من أماكن أخرى قد تخفيها.
device-install-app-read = في صفحة التطبيق، تحقّقوا من التصنيف العمري و«أمان البيانات».
device-install-app-read-reason = بعد ذلك. التصنيف العمري (PEGI في معظم أوروبا) يقول لمن التطبيق. و«أمان البيانات» هو المكان الذي يقول فيه صانعوه ما البيانات التي يجمعها ويشاركها.
device-install-app-install = اضغطوا «تثبيت».
device-install-app-install-reason = الآن ثبّتوه، بعد أن قرأتم صفحته. قبل هذا، لا يستطيع التطبيق أن يطلب منكم أي شيء.
device-install-app-say-no = افتحوا التطبيق. ولا تسمحوا إلا بما يحتاج إليه.
device-install-app-say-no-reason = التطبيقات تطلب أثناء استخدامكم لها، لا قبل ذلك. اضغطوا «عدم السماح» لما لا يحتاج إليه. ويمكنكم تغيير ذلك لاحقًا في الإعدادات.
device-install-app-check = لم تعودوا تستخدمونه؟ احذفوه.
device-install-app-check-reason = افعلوا هذا في الآخر. التطبيق الذي لا تستخدمونه ما زال يشغل مساحة، وقد تبقى بياناتكم فيه.

## Level 5: balance (pick_reply)

level-device-screen-time-title = وقت الاستراحة؟
level-device-screen-time-instruction = اختاروا أفضل ما تفعلونه لأنفسكم ولأجسامكم.
level-device-screen-time-learned = الاستراحات والنوم والأصدقاء الحقيقيون أهم من أي مكافأة في لعبة أو أي سلسلة أيام متتالية.
level-device-screen-time-hint-1 = فكّروا في عيونكم ونومكم ووقتكم.
level-device-screen-time-hint-2 = الألعاب والتطبيقات تحاول إبقاءكم أمام الشاشة. أنتم من يقرّر متى تتوقفون.
level-device-screen-time-hint-3 = بالنسبة إلى الصندوق: النوم أهم من أي مكافأة في لعبة.

device-screen-time-eyes-prompt = لعبتم ساعتين. وعيونكم متعبة.
device-screen-time-eyes-one-more = سأطلب من أحد الكبار ساعة أخرى، ثم أرتاح.
device-screen-time-eyes-one-more-reason = العيون المتعبة تحتاج إلى راحة الآن، لا بعد ساعة، حتى لو وافق أحد الكبار. أصغوا إلى أجسامكم.
device-screen-time-eyes-break = سآخذ استراحة: أنظر بعيدًا وأتحرّك.
device-screen-time-eyes-break-reason = النظر إلى البعيد يريح العينين، والحركة مفيدة للجسم.
device-screen-time-eyes-brighter = سأجعل الشاشة أكثر سطوعًا وأتابع.
device-screen-time-eyes-brighter-reason = الشاشة الأكثر سطوعًا لا تساعد العيون المتعبة. إنها تحتاج إلى استراحة بعيدًا عن الشاشة.

device-screen-time-chest-prompt = لعبة تقول: «صندوق مجاني ينتظرك بعد 10 دقائق!» وقد حان وقت النوم.
device-screen-time-chest-stay-up = سأسهر 10 دقائق أخرى من أجل الصندوق.
device-screen-time-chest-stay-up-reason = الألعاب تستخدم مكافآت صغيرة لتبقيكم تلعبون. وعشر دقائق غالبًا تصبح أكثر.
device-screen-time-chest-alarm = سأضبط منبّهًا لأستيقظ من أجله في الليل.
device-screen-time-chest-alarm-reason = الاستيقاظ من أجل لعبة يقطع نومكم. وستشعرون بالتعب غدًا.
device-screen-time-chest-sleep = سأنام. الصندوق يستطيع الانتظار.
device-screen-time-chest-sleep-reason = النوم يساعدكم على النمو والتعلم والشعور بالراحة. مكافأة اللعبة لا تستحق أبدًا أن تخسروا نومكم من أجلها.

device-screen-time-streak-prompt = صديق يريدكم أن تحافظوا على سلسلة دردشة كل يوم. واليوم أنتم مشغولون جدًا.
device-screen-time-streak-tell = سأقول لصديقي: «يومي مزدحم، نتحدث قريبًا!»
device-screen-time-streak-tell-reason = الصديق الحقيقي يتفهّم. التطبيقات تستخدم السلاسل لتجعلكم تعودون، لكن الصداقة لا تحتاج إلى سلسلة.
device-screen-time-streak-homework = سأوقف واجبي المنزلي لأحافظ على السلسلة.
device-screen-time-streak-homework-reason = واجبكم أهم من رقم في تطبيق. والسلسلة لا تستحق هذا الضغط.
device-screen-time-streak-password = سأعطي صديقي كلمة مروري كي يحافظ على السلسلة.
device-screen-time-streak-password-reason = لا تشاركوا كلمة مروركم أبدًا، حتى مع صديق جيد. إنها مفتاح حسابكم.
