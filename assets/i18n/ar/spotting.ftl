# The "Spot the red flags" levels (digital literacy): a message, e-mail or web page whose
# lines can be tapped.

spot-screen-message = رسالة
spot-screen-email = بريد إلكتروني
spot-screen-web = صفحة ويب
spot-screen-profile = ملف شخصي
spot-screen-post = منشور بصورة
spot-screen-group-chat = دردشة جماعية
spot-start = اضغطوا على كل سطر يبدو علامة تحذير.
spot-found = علامات التحذير التي وجدتموها: { $found } من { $total }
spot-part-flag = علامة تحذير: { $text }
spot-part-fine = سليم: { $text }
spot-part-fixed = تم إصلاحه: { $text }
spot-right = علامة تحذير!
spot-wrong = هذا السطر سليم.
spot-feedback = { $verdict } { $reason }
spot-done = { $last } وجدتم كل علامات التحذير. اضغطوا على «إنهاء».
