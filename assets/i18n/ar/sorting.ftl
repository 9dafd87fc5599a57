# The "Safe to share?" levels (digital literacy).

bin-share = لا بأس بمشاركته
bin-private = يبقى خاصًا
sort-hint = اسحبوا البطاقة إلى صندوق، أو اضغطوا على صندوق.
sort-card-count = البطاقة { $current } من { $total }
sort-card = البطاقة: { $text }
sort-right = صحيح!
sort-wrong = ليس تمامًا.
sort-finish = إنهاء
sort-feedback = { $verdict } { $reason }
