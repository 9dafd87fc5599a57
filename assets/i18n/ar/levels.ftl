# The digital-literacy worlds and levels (the coding ones are in coding-levels.ftl).

world-share-safe = المشاركة بأمان

level-share-or-keep-title = نشارك أم نحتفظ؟
level-share-or-keep-instruction = هل من المقبول مشاركة هذا على الإنترنت، أم يجب الاحتفاظ به خاصًا؟
level-share-or-keep-learned = الأشياء التي تحبونها، حتى اسم حيوانكم الأليف، لا بأس بمشاركتها. أما مكان وجودكم وكلمات مروركم فتبقى خاصة.
level-share-or-keep-hint-1 = اسألوا أنفسكم: هل يستطيع شخص غريب استخدام هذا للعثور عليّ أو لدخول حسابي؟
level-share-or-keep-hint-2 = الأشياء التي تحبونها لا بأس بمشاركتها. ما يدل على مكانكم أو يفتح حساباتكم يبقى خاصًا.
level-share-or-keep-hint-3 = اسم حيوانكم الأليف لا بأس بمشاركته، لكن لا تجعلوه كلمة مرور أبدًا. وعنوان بيتكم يبقى خاصًا.

card-favourite-colour = لونكم المفضل
reason-favourite-colour = كثير من الناس يحبون اللون نفسه، فهو لا يكشف من أنتم ولا أين أنتم.
card-home-address = عنوان بيتكم
reason-home-address = يستطيع شخص غريب استخدامه لمعرفة مكان سكنكم.
card-favourite-game = لعبتكم المفضلة
reason-favourite-game = الحديث عن الألعاب التي تحبونها ممتع، ولا يخبر أحدًا بمكانكم.
card-password = كلمة مروركم
reason-password = كلمة المرور مفتاح. لا يعرفها إلا أنتم ووليّ أمركم.
card-pet-name = اسم حيوانكم الأليف
reason-pet-name = لا بأس بمشاركته. لكن لا تجعلوه كلمة مرور أبدًا: من يعرفه قد يخمّنها.
card-favourite-animal = حيوانكم المفضل
reason-favourite-animal = مشاركته ممتعة، ولا تقول شيئًا عن مكان سكنكم.
card-school-name = اسم مدرستكم
reason-school-name = يخبر الناس أين يجدونكم كل يوم.
