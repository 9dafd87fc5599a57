# Teach the robot (`"kind": "train_robot"`): the pupil sorts example cards, the robot learns
# from them and is tested, gets a new kind of card wrong, and the pupil picks better examples.
# Card texts stay short (about 30 characters).

train-bin-cat = قطة
train-bin-not-cat = ليست قطة

train-action-train = تدريب الروبوت
train-action-test = اختبار الروبوت
train-action-test-new = عرض بطاقات جديدة عليه
train-action-retrain = التدريب والاختبار من جديد

train-robot = الروبوت
train-card = البطاقة: { $text }
train-progress = البطاقة { $current } من { $total }
train-examples = الأمثلة التي تعلّم منها الروبوت: { $count }
train-tests = بطاقات الاختبار
train-more = أمثلة أخرى: اضغطوا على واحدة، ثم على صندوقها
train-room = المكان المتبقي لأمثلة أخرى: { $room }

train-start = ضعوا كل بطاقة في صندوقها. سيتعلم الروبوت مما تعرضونه عليه.
train-placed-right = صحيح! سيتعلم الروبوت من هذه البطاقة.
train-placed-wrong = ليس تمامًا. الروبوت يتعلم بالضبط ما تعرضونه عليه، لذلك يجب أن تذهب كل بطاقة إلى صندوقها الصحيح.
train-ready = رُتّب كل شيء. والآن درّبوا الروبوت!
train-trained = تعلّم الروبوت من أمثلتكم. اختبروه ببطاقات لم يرها.
train-tested-seen = بطاقات الاختبار الصحيحة: { $right } من { $total }. البطاقات التي تشبه أمثلته سهلة. جرّبوا الآن أنواعًا جديدة من البطاقات.
train-tested-new = البطاقات الجديدة الصحيحة: { $right } من { $total }. لم تُظهر أمثلته أبدًا بطاقات مثل التي أخطأ فيها. أعطوه أمثلة أفضل!
train-selected = اضغطوا الآن على صندوق: { $text }
train-added = أُضيفت. سيتعلم الروبوت منها عندما تدرّبونه من جديد.
train-no-room = لم يبقَ مكان. اضغطوا على بطاقة أضفتموها لإخراجها أولًا.
train-removed = أُخرجت: { $text }
train-retest-missed = بطاقات الاختبار الصحيحة: { $right } من { $total }. ليست كلها بعد. جرّبوا أمثلة أخرى.
train-done = بطاقات الاختبار الصحيحة: { $right } من { $total }. الأمثلة المتنوعة علّمت الروبوت جيدًا!

train-result-right = صحيح: { $text }. يقول الروبوت: { $guess }
train-result-wrong = خطأ: { $text }. يقول الروبوت: { $guess }
train-guess-not-sure = لست متأكدًا
train-take-out = إخراج: { $text }

train-card-orange-cat = قطة برتقالية
train-card-big-grey-dog = كلب رمادي كبير كثيف الفرو
train-card-orange-kitten = قطيطة برتقالية
train-card-white-rabbit = أرنب أبيض كثيف الفرو
train-card-sleepy-orange-cat = قطة برتقالية نعسانة
train-card-small-brown-dog = كلب بني صغير
train-card-fluffy-orange-cat = قطة برتقالية كثيفة الفرو
train-card-big-brown-dog = كلب بني كبير
train-card-grey-rabbit = أرنب رمادي كثيف الفرو
train-card-big-grey-cat = قطة رمادية كبيرة كثيفة الفرو
train-card-white-fluffy-cat = قطة بيضاء كثيفة الفرو
train-card-black-dog = كلب أسود كبير
train-card-white-cat = قطة بيضاء صغيرة
train-card-grey-kitten = قطيطة رمادية كثيفة الفرو
train-card-small-grey-dog = كلب رمادي صغير
train-card-big-grey-cat-short = قطة رمادية كبيرة
train-card-brown-rabbit = أرنب بني
train-card-black-fluffy-cat = قطة سوداء كبيرة كثيفة الفرو
