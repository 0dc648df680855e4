### نصوص الصفحة بالعربية الفصحى، بصياغة محايدة جنسانيًا (يُرجى + مصدر؛ الأزرار مصادر: «إنشاء التذكرة»).
### المصطلحات: glossary.md. المتغيرات كما في en/app.ftl. علامات الاقتباس «…».
### الجمع: zero, one, two, few (3–10), many (11–99), other (100 فأكثر).

## الصفحة

page-title = طلب تحديث قاعدة البيانات
page-lede = يُرجى تعبئة النموذج: فهو يتحقق من الطلب وفقًا لقواعد المورّد أثناء الكتابة، ثم يكتب التذكرة لتُلصق في { $paste_into ->
    [embedded] نموذج الطلب
   *[page] مركز المساعدة لدى المورّد
  }. جميع الأوقات بتوقيت UTC.
page-no-policy = تعذّر تحميل أي سياسة للمورّد، لذا لا يمكن عرض النموذج.
shell-missing-file = تعذّر تشغيل النموذج لأن ملفه { $file } غير موجود على الخادم (HTTP { $status }). لمسؤولي هذا الموقع: يُرجى نشر مجلد البناء بالكامل، مع إبقاء ملفاته معًا في المكان نفسه.
shell-browser = تعذّر تشغيل النموذج في هذا المتصفح ({ $why }). يحتاج النموذج إلى JavaScript وWebAssembly: يُرجى إعادة تحميل الصفحة، أو تجربة متصفح حديث.
shell-script-failed = تعذّر تنفيذ أحد البرامج النصية
shell-download = تعذّر تشغيل النموذج لأن أحد ملفاته تعذّر تنزيله: يُرجى التحقق من الاتصال وإعادة تحميل الصفحة.
shell-noscript = يتحقق هذا النموذج من طلبك في متصفحك، ويحتاج إلى JavaScript وWebAssembly: يُرجى تفعيل JavaScript لهذه الصفحة ثم إعادة تحميلها.
language-menu = اللغة

## المورّد

vendor = المورّد
vendor-fixed = المورّد: { $vendor }

## الحقول: التسميات والتلميحات والخيارات

utc-hint = بتوقيت UTC، مثل 2024-10-09 02:00
for-example = على سبيل المثال: { $example }
with-build-example = مع رقم البنية أو التصحيح، على سبيل المثال: { $example }
yes = نعم
no = لا
choose = يُرجى الاختيار…
environments = البيئات
source = البيئة المصدر
target = البيئة الهدف
kind-of-source = نوع البيئة المصدر
# مصطلح واحد بالعربية للهدف والوجهة: لا يغيّر $side النص.
kind-of-target = نوع البيئة الهدف{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = نوع التحديث
refresh-type-question = ما بيانات بيئة الإنتاج المطلوبة؟
refresh-type-standard = قياسي
refresh-type-standard-hint = أحدث بيانات بيئة الإنتاج.
refresh-type-pit = نقطة زمنية محددة
refresh-type-pit-hint = بيانات بيئة الإنتاج كما كانت في لحظة يجري اختيارها (نقطة الاستعادة). يتطلب مهلة إشعار مسبق قدرها { $notice ->
    [zero] { $notice } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $notice } أيام
    [many] { $notice } يومًا
   *[other] { $notice } يوم
  }، ويجب أن يُجرى التحديث خلال { $age ->
    [zero] { $age } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $age } أيام
    [many] { $age } يومًا
   *[other] { $age } يوم
  } من نقطة الاستعادة.
restore-point = نقطة الاستعادة
restore-point-hint = اللحظة المطلوبة بيانات بيئة الإنتاج كما كانت عندها. { utc-hint }
holiday-region = العطلات الرسمية التي يلتزم بها فريق الدعم
holiday-region-hint = تُرفض النوافذ الزمنية التي تقع في هذه العطلات.
holiday-region-none = لا شيء (لا يجري التحقق من العطلات الرسمية)
when = الموعد
window-start-one = بدء التحديث
window-start-n = بدء النافذة الزمنية { $window }
windows-legend-one = متى يجب أن يبدأ التحديث؟ مدة فترة التوقف { $duration }.
windows-legend-many = يُرجى اقتراح { $count ->
    [zero] { $count } نافذة زمنية
    [one] نافذة زمنية واحدة
    [two] نافذتين زمنيتين
    [few] { $count } نوافذ زمنية
    [many] { $count } نافذة زمنية
   *[other] { $count } نافذة زمنية
  }، مدة كل منها { $duration }
preserve-users = هل يُحتفظ بمعلومات المستخدمين (قائمة الأمان) في البيئة الهدف؟
preserve-users-hint = إذا كانت الإجابة «لا»، يُستبدل مستخدمو البيئة الهدف بمستخدمي البيئة المصدر. وإذا كانت «نعم»، فيلزم إدخال إصداري المخطط كليهما.
source-version = إصدار البيئة المصدر
target-version = إصدار البيئة الهدف
next-upgrade = الترقية المجدولة التالية (اختياري)
next-upgrade-hint = تاريخ بتوقيت UTC، مثل 2024-11-15، أو تاريخ ووقت
users-and-versions = المستخدمون والإصدارات
versions = الإصدارات
about-the-refresh = تفاصيل التحديث
checklist = قائمة التحقق
checklist-hint = يُرجى تأكيد كل بند: يحتاج المورّد إلى هذه البنود قبل التحديث.
local-echo = = { $text } ({ $zone })
local-zone = المنطقة الزمنية المحلية

## وسوم الرسائل (مستوى الخطورة)

tag-error = خطأ
tag-approval = تلزم الموافقة
tag-warning = للمراجعة
tag-info = معلومة
tag-error-prefix = خطأ:{" "}

## ملخص الأخطاء ولوحة الحالة

error-summary-title = توجد مشكلة
checks = عمليات التحقق
go-to-checks = الانتقال إلى عمليات التحقق
status-done = مكتمل
status-todo = مطلوب
status-fix = للتصحيح
status-approval = تلزم الموافقة
status-check = للمراجعة
status-other = أخرى
status-good-to-know = معلومات مفيدة
earliest-start = أقرب وقت للبدء: { $earliest }
earliest-latest-start = أقرب وقت للبدء: { $earliest }؛ آخر وقت للبدء: { $latest }
verdict-ready = جاهز: يمكن الآن إنشاء التذكرة.
verdict-ready-approval = جاهز: يمكن الآن إنشاء التذكرة. { $approvals ->
    [zero] لا يحتاج أي بند إلى موافقة المورّد.
    [one] يحتاج بند واحد إلى موافقة المورّد.
    [two] يحتاج بندان إلى موافقة المورّد.
    [few] يحتاج { $approvals } بنود إلى موافقة المورّد.
    [many] يحتاج { $approvals } بندًا إلى موافقة المورّد.
   *[other] يحتاج { $approvals } بند إلى موافقة المورّد.
  }
verdict-not-ready = غير جاهز بعد: { $errors ->
    [zero] { $errors } عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $errors } عناصر
    [many] { $errors } عنصرًا
   *[other] { $errors } عنصر
  } بحاجة إلى تعبئة أو تصحيح.
planned-label = وضع التخطيط:
planned-as-if = كما لو قُدِّمت التذكرة في { $when }.

## وضع التخطيط

planning-mode = وضع التخطيط
planning-mode-landmark = وضع التخطيط{ $form ->
    [0] {""}
   *[other] ، النموذج { $form }
  }
planning-on = وضع التخطيط مُفعَّل.
planning-off = وضع التخطيط غير مُفعَّل: يجري التحقق وفقًا للوقت الحالي.
planning-as-if = وضع التخطيط: يجري التحقق كما لو قُدِّمت التذكرة في { $when }، لا الآن.
planning-enter = وضع التخطيط: يُرجى إدخال التاريخ والوقت المطلوب التحقق وفقًا لهما؛ وإلى حين ذلك، يُستخدم الوقت الحالي.
planning-turn-off = إيقاف وضع التخطيط
planning-checked-now = تم التحقق وفقًا للوقت الحالي: { $now } (يتجدد كل دقيقة).
planning-what-if = ماذا لو قُدِّمت التذكرة في تاريخ آخر؟
planning-back = العودة إلى الوقت الحالي
planning-field = تاريخ تقديم التذكرة (وضع التخطيط)
planning-field-hint = يجري التحقق من القواعد كما لو قُدِّمت التذكرة في ذلك الوقت. { utc-hint }

## التقويم (أسماء الأيام والأشهر والتواريخ من Intl بلغة القارئ)

calendar = تقويم التخطيط
calendar-hint = يُرجى اختيار يوم متاح لتعبئة النافذة الزمنية الفارغة التالية بأقرب وقت بدء فيه. الأوقات بتوقيت UTC.
calendar-caption = الأيام التي يمكن أن تبدأ فيها نافذة زمنية، من { $from } إلى { $to } (أيام بتوقيت UTC)
calendar-holidays = العطلات الرسمية ({ $region }) في هذه الأسابيع: { $holidays }
calendar-key-available = يمكن أن تبدأ نافذة زمنية (من الوقت المعروض، بتوقيت UTC)
calendar-key-approval = خارج ساعات الخدمة فقط: يلزم الحصول على موافقة المورّد
calendar-key-holiday = عطلة رسمية
calendar-key-weekend = عطلة نهاية الأسبوع: لا تُجرى عمليات تحديث
calendar-key-too-soon-pit = غير ممكن: مبكر جدًا، أو خارج حدود نقطة الاستعادة
calendar-key-too-soon = غير ممكن: مبكر جدًا
calendar-mark-approval = موافقة
calendar-mark-weekend = عطلة نهاية الأسبوع
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] ، النافذة الزمنية { $windows } مقترحة
    [two] ، النافذتان الزمنيتان { $windows } مقترحتان
   *[other] ، النوافذ الزمنية { $windows } مقترحة
  }
calendar-day-available = متاح من { $time } بتوقيت UTC
calendar-day-approval = ممكن خارج ساعات الخدمة فقط، بموافقة المورّد، من { $time } بتوقيت UTC
calendar-day-holiday = غير ممكن: عطلة رسمية، { $name }
calendar-day-weekend = غير ممكن: عطلة نهاية الأسبوع
calendar-day-blackout = غير ممكن: فترة حظر، { $reason }
calendar-day-other = غير ممكن: { $reason }
calendar-set = تم ضبط «{ $field }» على { $value }.
calendar-all-filled = جميع النوافذ الزمنية مُعبّأة بالفعل: يُرجى إفراغ إحداها (أو الكتابة فوقها) لاستخدام هذا اليوم.
suggest-one = اقتراح أقرب نافذة زمنية
suggest-many = اقتراح أقرب النوافذ الزمنية
suggest-none = لا يمكن اقتراح أي نافذة زمنية: لا يوجد وقت بدء خلال العام المقبل يستوفي جميع القواعد. يُرجى مراجعة الرسائل أعلاه.
suggest-filled = تمت التعبئة: { $windows }.
suggest-partial = تمت التعبئة: { $windows }. لم يُعثر إلا على { $found } من أصل { $count ->
    [zero] { $count } نافذة زمنية
    [one] نافذة زمنية واحدة
    [two] نافذتين زمنيتين
    [few] { $count } نوافذ زمنية
    [many] { $count } نافذة زمنية
   *[other] { $count } نافذة زمنية
  }.

## إجراءات النموذج

create-ticket = إنشاء التذكرة
copy-share-link = نسخ رابط المشاركة
clear-form = مسح النموذج
share-link = رابط المشاركة
form-already-empty = النموذج فارغ بالفعل.
form-cleared = تم مسح النموذج.
share-too-long = لم يُنسخ أي شيء: سيتكون هذا الرابط من { $length ->
    [zero] { $length } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $length } أحرف
    [many] { $length } حرفًا
   *[other] { $length } حرف
  }، والروابط الأطول من { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  } كثيرًا ما تتعطل في رسائل البريد الإلكتروني ومراكز المساعدة. الحقل «{ $label }» هو ما يجعله طويلًا إلى هذا الحد: يُرجى اختصاره، أو إنشاء التذكرة ونسخها بدلًا من ذلك.
link-copied = تم نسخ الرابط. كل من يفتحه يحصل على النموذج مُعبّأً كما هو الآن.
link-copy-failed = تعذّر النسخ تلقائيًا: الرابط محدد أدناه، يُرجى الضغط على Ctrl+C (أو ⌘C) لنسخه.

## الإشعارات (أعلى النموذج)

notices = إشعارات حول هذه الصفحة
notice-restored = تمت استعادة ما كُتب سابقًا على هذا الجهاز.
notice-draft-unreadable = تعذّرت قراءة المسودة المحفوظة، لذا جرى تجاهلها ويبدأ النموذج فارغًا.
notice-from-link = تمت تعبئة النموذج من الرابط الذي جرى فتحه. يُرجى التحقق من كل قيمة قبل إنشاء التذكرة.
notice-unknown-policy = طلب الرابط سياسة مورّد لا تعرفها هذه الصفحة («{ $id }»)، لذا تُعرض السياسة الأولى: يُرجى اختيار المورّد الصحيح أدناه.
notice-windows-dropped = اقترح الرابط نوافذ زمنية أكثر مما يقبله هذا المورّد: { $dropped ->
    [zero] لم تُستبعد أي نافذة زمنية.
    [one] استُبعدت نافذة زمنية واحدة منها.
    [two] استُبعدت نافذتان زمنيتان منها.
    [few] استُبعدت { $dropped } نوافذ زمنية منها.
    [many] استُبعدت { $dropped } نافذة زمنية منها.
   *[other] استُبعدت { $dropped } نافذة زمنية منها.
  }
notice-cleared = تم مسح النموذج وحذف المسودة المحفوظة.
notice-not-saved-full = لا يجري حفظ المسودة على هذا الجهاز: مساحة التخزين المخصصة لهذا الموقع في المتصفح ممتلئة. لا يزال النموذج يعمل، لكن ما يُكتب فيه سيضيع عند مغادرة الصفحة أو إعادة تحميلها.
notice-not-saved-blocked = لا يجري حفظ المسودة على هذا الجهاز: لا يسمح هذا المتصفح للصفحة بتخزين أي شيء (التصفح الخاص أو أحد إعدادات الخصوصية). لا يزال النموذج يعمل، لكن ما يُكتب فيه سيضيع عند مغادرة الصفحة أو إعادة تحميلها.
notice-not-saved-large = لا يجري حفظ المسودة على هذا الجهاز: حجمها أكبر من أن يُخزَّن (أكثر من { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }). لا يزال النموذج يعمل، ويُستأنف الحفظ بعد اختصار أطول نص فيه.
notice-link-replaced-draft = حلّت قيم الرابط محل المسودة التي كانت على هذا الجهاز.
notice-undone = تمت استعادة النموذج.
notice-draft-restored = تمت استعادة المسودة السابقة.
undo = تراجع
restore-draft = استعادة المسودة السابقة
dismiss = إغلاق
dismiss-label = إغلاق هذا الإشعار

## لوحة التذكرة (بلغة العميل؛ أما التذكرة نفسها فبلغة فريق الدعم)

ticket-panel = تذكرتك
ticket-panel-changed = تغيّر الطلب وعادت إليه مشكلات: بعد تصحيحها تظهر التذكرة من جديد.
ticket-panel-hint = يُرجى لصق الموضوع والتذكرة في { $paste_into ->
    [embedded] نموذج الطلب
   *[page] مركز المساعدة لدى المورّد
  }. تتغير التذكرة تلقائيًا عند تغيير النموذج.
ticket-panel-desk-language = التذكرة مكتوبة باللغة { $desk_language }، لغة فريق الدعم لدى المورّد.
subject-line = الموضوع
copy-subject = نسخ الموضوع
format = التنسيق
format-text = نص عادي (لأي نموذج في مركز مساعدة)
format-markdown = Markdown
format-json = JSON (قابل للقراءة آليًا)
ticket = التذكرة
copy-ticket = نسخ التذكرة
download = تنزيل { $file }
add-to-calendar = إضافة إلى التقويم (.ics)
print-subject = الموضوع: { $subject }
ticket-copied = تم نسخ التذكرة إلى الحافظة. يُرجى لصقها في { $paste_into ->
    [embedded] نموذج الطلب
   *[page] مركز المساعدة لدى المورّد
  }.
ticket-copy-failed = تعذّر النسخ تلقائيًا: التذكرة محددة، يُرجى الضغط على Ctrl+C (أو ⌘C) لنسخها.
subject-copied = تم نسخ الموضوع إلى الحافظة.
subject-copy-failed = تعذّر النسخ تلقائيًا: الموضوع محدد، يُرجى الضغط على Ctrl+C (أو ⌘C) لنسخه.
send-to-vendor = الإرسال إلى المورّد
send-by-email = الإرسال بالبريد الإلكتروني
open-vendor-form = فتح نموذج الطلب لدى المورّد
new-tab = (يُفتح في علامة تبويب جديدة)
handoff-too-long-note = هذه التذكرة أطول من أن يتسع لها رابط، لذا تتضمن الرسالة الموضوع وسطرًا يطلب التذكرة. يُرجى نسخ التذكرة أولًا، ثم لصقها في الرسالة.
ics-downloaded = تم تنزيل { $file }: يُرجى فتحه لإضافة النوافذ الزمنية المقترحة إلى التقويم، مع تمييزها بأنها مبدئية إلى أن يؤكدها المورّد.
ics-failed = لم يبدأ التنزيل: يُرجى إضافة النوافذ الزمنية إلى التقويم يدويًا.
downloaded = تم تنزيل { $file }.
download-failed = لم يبدأ التنزيل: يُرجى نسخ التذكرة بدلًا من ذلك.
ticket-tells = تُبلغ التذكرة المورّد بما يلي

## النموذج المُضمَّن: التحميل والأعطال (يراها العميل على صفحة المورّد)

loading = جارٍ تحميل النموذج…
embed-cannot-show = لا يمكن عرض هذا النموذج
try-again = إعادة المحاولة
embed-policy-url-unusable = تعذّر استخدام السياسة الموجودة في «{ $url }» ({ $problems }):
embed-policy-unusable = لا يمكن استخدام السياسة «{ $policy }» ({ $source }): { $problems }.
embed-source-builtin = مُدمجة
embed-source-named = محددة عبر data-policy
embed-source-inline = مُضمَّنة مباشرةً في هذه الصفحة
embed-source-url = مُحمَّلة من { $url }
embed-retry-hint = يُرجى إعادة المحاولة بعد قليل. لمسؤولي هذه الصفحة: يُرجى التحقق من أن الملف منشور على هذا الموقع بذلك العنوان (انظر «السياسات المخصصة» في دليل التضمين).
embed-fix-hint = لمسؤولي هذه الصفحة: يُرجى تصحيح السياسة (انظر «السياسات المخصصة» في دليل التضمين) ثم إعادة تحميل الصفحة.
embed-problem = المتوقَّع: { $expected }، والحاصل: { $found }
embed-problem-more = و{ $more ->
    [zero] { $more } مشكلة أخرى
    [one] مشكلة أخرى
    [two] مشكلتان أخريان
    [few] { $more } مشكلات أخرى
    [many] { $more } مشكلة أخرى
   *[other] { $more } مشكلة أخرى
  }
embed-expected-known-policy = معرّف سياسة معروفة ({ $policies })
embed-expected-same-origin = عنوان URL على موقع هذه الصفحة نفسه ({ $origin })
embed-expected-policy-file = ملف سياسة بصيغة JSON يمكن لهذه الصفحة تحميله
embed-found-timeout = عدم وصول أي رد من الخادم خلال { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
  }
embed-found-redirect = إعادة توجيه إلى عنوان آخر لا يجوز لهذه الصفحة التحميل منه (لا تُحمَّل السياسة إلا من موقع هذه الصفحة نفسه)
embed-found-offline = عدم وجود اتصال بالخادم ({ $why })
embed-found-network = خطأ في الشبكة
embed-found-not-http = استجابة ليست بصيغة HTTP
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = محتوى ليس نصًا

## Calendar badges; an embedded form's count of problems

calendar-badge = ن{ $window }
embed-problems = { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
  }
