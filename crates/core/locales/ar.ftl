### نصوص النواة بالعربية الفصحى، بصياغة محايدة جنسانيًا (يُرجى + مصدر، أو صيغ المبني للمجهول).
### المصطلحات: glossary.md. المتغيرات كما في en/core.ftl؛ التواريخ والأوقات يُنسّقها المستدعي بأرقام لاتينية.
### علامات الاقتباس «…». لا تُضاف علامات اتجاه يدويًا: يعزل Fluent المتغيرات تلقائيًا.
### الجمع: zero, one, two, few (3–10), many (11–99), other (100 فأكثر).

## مستويات الخطورة

severity-error = يلزم التصحيح
severity-approval = يلزم الحصول على موافقة المورّد
severity-warning = تستحق الانتباه
severity-info = معلومات مفيدة

## الحقول المطلوبة والقيم غير الصالحة أو الطويلة جدًا

field-required--env = يُرجى إدخال «{ $label }»{ $example ->
    [none] {""}
   *[other] ، مثل { $example }
  }.
field-required--kind = يُرجى اختيار نوع { $side ->
    [source] البيئة المصدر
   *[target] البيئة الهدف
  }: { $kinds }.
field-required--window = يُرجى إدخال تاريخ ووقت بدء التحديث بتوقيت UTC.
field-required--windows = يُرجى اقتراح { $count ->
    [zero] { $count } نافذة زمنية
    [one] نافذة زمنية واحدة
    [two] نافذتين زمنيتين
    [few] { $count } نوافذ زمنية
    [many] { $count } نافذة زمنية
   *[other] { $count } نافذة زمنية
  }، مع إدخال تاريخ ووقت بتوقيت UTC لكل منها.
field-required--window-n = يُرجى إدخال وقت بدء النافذة الزمنية { $window ->
    [1] الأولى
    [2] الثانية
    [3] الثالثة
    [4] الرابعة
   *[other] التالية
  } بتوقيت UTC.
field-required--restore-point = يُرجى إدخال نقطة الاستعادة: اللحظة (بتوقيت UTC) المطلوب نسخ بيانات بيئة الإنتاج كما كانت عندها.
field-required--version = يُرجى إدخال إصدار { $side ->
    [source] البيئة المصدر
   *[target] البيئة الهدف
  } مع رقم البنية أو التصحيح{ $example ->
    [none] {""}
   *[other] ، مثل { $example }
  }.

field-invalid--text = يجب أن تكون قيمة «{ $label }» نصًا، لكن القيمة المُدخلة { $found }.
field-invalid--text-named = { $label }: المتوقَّع نص، لكن القيمة المُدخلة { $found }.
field-invalid--yes-no = { $label }: يُرجى الإجابة بنعم أو لا، لكن القيمة المُدخلة { $found }.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: المتوقَّع تاريخ ووقت بتوقيت UTC مثل 2024-10-09T02:00Z، لكن القيمة المُدخلة { $found }.
field-invalid--kind = يجب أن يكون نوع { $side ->
    [source] البيئة المصدر
   *[target] البيئة الهدف
  } أحد الأنواع التالية: { $kinds }، لكن القيمة المُدخلة «{ $value }».
field-invalid--refresh-type = يجب أن يكون نوع التحديث «standard» أو «point_in_time»، لكن القيمة المُدخلة «{ $value }».
field-invalid--refresh-type-kind = يجب أن يكون نوع التحديث «standard» أو «point_in_time»، لكن القيمة المُدخلة { $found }.
field-invalid--region = يجب أن تكون منطقة العطلات الرسمية إحدى المناطق التالية: { $regions }، أو بلا منطقة، لكن القيمة المُدخلة «{ $value }».
field-invalid--region-kind = يجب أن تكون منطقة العطلات الرسمية رمزًا مثل GB، لكن القيمة المُدخلة { $found }.
field-invalid--windows = يجب أن يكون بدء النافذة الزمنية { $expected ->
    [list] قائمة بأوقات بدء بتوقيت UTC مثل ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] تاريخًا ووقتًا بتوقيت UTC مثل 2024-10-09T02:00Z
  }، لكن القيمة المُدخلة { $found }.
field-too_long = { $label }: يتكون هذا النص من { $length ->
    [zero] { $length } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $length } أحرف
    [many] { $length } حرفًا
   *[other] { $length } حرف
  }، والحد الأقصى لحقل من سطر واحد هو { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }. تم الاحتفاظ بالنص: يُرجى اختصاره إلى ما يحتاج إليه المورّد.

field-kind-object = كائن
field-kind-list = قائمة
field-kind-number = رقم
field-kind-bool = true أو false
field-kind-null = null
field-kind-text = نص

## التواريخ والأوقات التي يتعذر قراءتها

instant-empty = يُرجى إدخال تاريخ ووقت بتوقيت UTC، مثل 2024-10-09 02:00
instant-shape = المتوقَّع تاريخ ووقت بتوقيت UTC مثل 2024-10-09 02:00 (أو 2024-10-09T02:00Z)، لكن القيمة المُدخلة «{ $found }»
instant-date = «{ $found }» ليس تاريخًا صحيحًا في التقويم: يُرجى التحقق من اليوم والشهر
instant-time = «{ $found }» ليس وقتًا صحيحًا من اليوم: تتراوح الساعات من 00 إلى 23 والدقائق من 00 إلى 59
instant-seconds = «{ $found }» ليس وقتًا صحيحًا من اليوم: تتراوح الثواني من 00 إلى 59 (ويمكن حذفها: يحتفظ النموذج بالدقائق فقط)
instant-year = العام { $year } خارج النطاق المسموح: يُرجى استخدام عام من { $min } إلى { $max }

## البيئات

url-invalid = يجب أن تكون قيمة «{ $label }» عنوانًا كاملًا يبدأ بـ https://، مثل { $example }، لكن القيمة المُدخلة «{ $value }».
env-same--host = البيئة المصدر والبيئة الهدف هما بيئة { $kind } نفسها على { $host }: التحديث ينسخ بيئة فوق بيئة أخرى، لذا يُرجى اختيار بيئتين مختلفتين.
env-same = البيئة المصدر والبيئة الهدف كلتاهما «{ $value }»: التحديث ينسخ بيئة فوق بيئة أخرى، لذا يجب أن تكونا مختلفتين.
direction-to_prod = تحديث { $target } من { $source } يستبدل بيانات بيئة الإنتاج: ولا يمكن ذلك إلا بموافقة إدارة الخدمات لدى المورّد، وستطلب التذكرة هذه الموافقة.
direction-nonstandard = التحديث من { $source } إلى { $target } ليس من عمليات التحديث المعتادة لدى المورّد ({ $usual }): يُرجى التأكد من عدم عكس البيئة المصدر والبيئة الهدف.

## النوافذ الزمنية

notice-business_days = موعد { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) قريب جدًا: يشترط المورّد مهلة إشعار مسبق قدرها { $amount ->
    [zero] { $amount } يوم عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $amount } أيام عمل
    [many] { $amount } يوم عمل
   *[other] { $amount } يوم عمل
  } اعتبارًا من { $from }، لذا فإن أقرب وقت للبدء هو { $earliest }.
notice-hours = موعد { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) قريب جدًا: يشترط المورّد مهلة إشعار مسبق قدرها { $amount ->
    [zero] { $amount } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $amount } ساعات
    [many] { $amount } ساعة
   *[other] { $amount } ساعة
  } اعتبارًا من { $from }، لذا فإن أقرب وقت للبدء هو { $earliest }.
pit-notice = موعد { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) قريب جدًا بالنسبة إلى تحديث من نقطة زمنية محددة، إذ يتطلب مهلة إشعار مسبق قدرها { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
  }: أقرب وقت للبدء هو { $earliest }.
pit-max_age = { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) تقع بعد نقطة الاستعادة بأكثر من { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
  }، لذا فإن آخر وقت للبدء هو { $latest }. يُرجى اختيار نافذة زمنية أبكر أو نقطة استعادة أحدث.
pit-future = { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) تبدأ قبل نقطة الاستعادة ({ $restore }): لا يمكن استعادة بيانات من المستقبل. يُرجى اختيار نقطة استعادة تسبق بدء النافذة الزمنية.
window-weekend = { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) تقع يوم { $weekday }: لا يُجري المورّد عمليات تحديث في عطلة نهاية الأسبوع. يُرجى اختيار وقت من الاثنين إلى الجمعة.
window-holiday = { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) تصادف { $holiday } ({ $day })، وهو يوم عطلة رسمية { $region }. يُرجى اختيار يوم عمل آخر.
holiday-coverage = لا تغطي بيانات العطلات الرسمية عام { $year }: لا يجري التحقق من العطلات الرسمية { $region } لذلك العام، لذا يُرجى التحقق من التاريخ يدويًا.
window-blackout = { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) تقع ضمن فترة حظر، «{ $reason }» (من { $from } إلى { $to }): لا يُجري المورّد أي تحديث خلالها. يُرجى اختيار نافذة زمنية تنتهي بحلول { $from } أو تبدأ في { $to } أو بعده.
window-hours = { $window ->
    [0] النافذة الزمنية
   *[other] النافذة الزمنية { $window }
  } ({ $span }) تقع خارج ساعات الخدمة القياسية في { $season ->
    [summer] التوقيت الصيفي
   *[winter] التوقيت الشتوي
  } (من { $from } إلى { $to } بتوقيت UTC، في اليوم نفسه): يجب أن يوافق المورّد عليها داخليًا. لتجنّب ذلك، يُرجى البدء في { $from } بتوقيت UTC أو بعده والانتهاء بحلول { $to } بتوقيت UTC.
window-count = يُرجى اقتراح { $count ->
    [zero] { $count } نافذة زمنية
    [one] نافذة زمنية واحدة
    [two] نافذتين زمنيتين
    [few] { $count } نوافذ زمنية
    [many] { $count } نافذة زمنية
   *[other] { $count } نافذة زمنية
  } بالضبط، مدة كل منها { $duration }؛ { $given ->
    [zero] ولم تُقدَّم أي نافذة زمنية
    [one] وقد قُدِّمت نافذة زمنية واحدة
    [two] وقد قُدِّمت نافذتان زمنيتان
    [few] وقد قُدِّمت { $given } نوافذ زمنية
    [many] وقد قُدِّمت { $given } نافذة زمنية
   *[other] وقد قُدِّمت { $given } نافذة زمنية
  }.
window-overlap--same = النافذتان الزمنيتان { $first } و{ $second } متطابقتان ({ $span }): يُرجى اقتراح وقتين مختلفين ليكون لدى المورّد بديل.
window-overlap = النافذتان الزمنيتان { $first } و{ $second } متداخلتان: مدة كل منهما { $duration }، لذا يجب أن تبدأ النافذة اللاحقة في { $after } أو بعده.
pit-infeasible = لا توجد نافذة زمنية ممكنة: يتطلب التحديث من نقطة زمنية محددة مهلة إشعار مسبق قدرها { $notice ->
    [zero] { $notice } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $notice } أيام
    [many] { $notice } يومًا
   *[other] { $notice } يوم
  }، لكن لا يمكن استعادة البيانات كما كانت في { $restore } إلا حتى { $until } ({ $age ->
    [zero] بعد { $age } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $age } أيام
    [many] بعد { $age } يومًا
   *[other] بعد { $age } يوم
  }). آخر موعد كان يمكن فيه تقديم الطلب بنجاح هو { $latest_submission }. يُرجى اختيار نقطة استعادة في { $earliest_restore } أو بعده، أو طلب تحديث قياسي.

# المدد بصيغة الرفع (تأتي خبرًا بعد «مدة …» أو «مدتها …»).
duration-hours = { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
  }
duration-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
  }

## الإصدارات

version-missing = يُرجى إدخال إصدار المخطط في { $side ->
    [source] البيئة المصدر
   *[target] البيئة الهدف
  }{ $example ->
    [none] {""}
   *[other] ، مثل { $example }
  }: فهو مطلوب عند الاحتفاظ بمستخدمي البيئة الهدف.
version-unreadable = «{ $value }» ليس إصدارًا يمكن للمورّد مقارنته: يُرجى كتابته مع رقم البنية أو التصحيح{ $example ->
    [none] {""}
   *[other] ، مثل { $example }
  }.
version-mismatch--approval = إصدارا المخطط مختلفان ({ $source } و{ $target }): بما أنه سيُحتفظ بمستخدمي البيئة الهدف، فسيرتّب المورّد أولًا ترقية مخطط البيئتين كلتيهما إلى أحدث إصدار.
version-mismatch--release = الإصداران مختلفان ({ $source } و{ $target }): لا يمكن التحديث إلا بين بيئتين لهما الإصدار والتصحيح نفسهما، ولا يمكن للمورّد إجراء أي استثناء أو الرجوع إلى إصدار أقدم. يُرجى طلب التحديث قبل الترقية، ما دامت البيئتان على الإصدار نفسه.
version-mismatch = الإصداران مختلفان ({ $source } و{ $target }): يجب أن تكون البيئتان على الإصدار نفسه.
upgrade-conflict = الترقية المجدولة التالية ({ $upgrade }) تسبق موعد انتهاء التحديث ({ $end }): وبعدها قد لا تتطابق الإصدارات. يُرجى اختيار نافذة زمنية تنتهي قبل الترقية، أو مراجعة جدول الترقيات.

## قائمة التحقق

ack = يُرجى تأكيد بند قائمة التحقق: «{ $item }».

## التقويم: السبب المختصر لحالة اليوم

calendar-too-soon = مبكر جدًا: مهلة الإشعار المسبق غير كافية
calendar-too-late = متأخر جدًا: نقطة الاستعادة أقدم من المسموح
calendar-before-restore = قبل نقطة الاستعادة
calendar-weekend = عطلة نهاية الأسبوع
calendar-holiday = عطلة رسمية: { $name }
calendar-unchecked = لم يُتحقق من العطلات الرسمية: لا توجد بيانات لعام { $year }
calendar-blackout = فترة حظر: { $reason }
calendar-outside-hours = خارج ساعات الخدمة
calendar-after-max = بعد عام { $year }: لا يقبل النموذج أي تاريخ
calendar-from = من { $time } بتوقيت UTC
calendar-approval-only = خارج ساعات الخدمة فقط: يلزم الحصول على موافقة المورّد

## مناطق العطلات الرسمية

region-GB = المملكة المتحدة (إنجلترا وويلز)
region-US = الولايات المتحدة (على المستوى الاتحادي)
region-SG = سنغافورة
region-NO = النرويج
region-GR = اليونان
region-DK = الدنمارك
region-DE = ألمانيا (على المستوى الوطني)
region-NL = هولندا
region-IN = الهند
region-AU = أستراليا (على المستوى الوطني)
region-JP = اليابان

# المنطقة مع حرف الجر، بعد «يوم عطلة رسمية» / «العطلات الرسمية».
region-in-GB = في المملكة المتحدة (إنجلترا وويلز)
region-in-US = في الولايات المتحدة (على المستوى الاتحادي)
region-in-SG = في سنغافورة
region-in-NO = في النرويج
region-in-GR = في اليونان
region-in-DK = في الدنمارك
region-in-DE = في ألمانيا (على المستوى الوطني)
region-in-NL = في هولندا
region-in-IN = في الهند
region-in-AU = في أستراليا (على المستوى الوطني)
region-in-JP = في اليابان

## أسماء الحقول

key-policy = السياسة
key-submitted_at = وقت تقديم الطلب
key-source = البيئة المصدر
key-target = البيئة الهدف
key-source-url = عنوان URL للبيئة المصدر
key-target-url = عنوان URL للبيئة الهدف
key-source_kind = نوع البيئة المصدر
key-target_kind = نوع البيئة الهدف
key-window = بدء النافذة الزمنية
key-windows = النوافذ الزمنية
key-refresh_type = نوع التحديث
key-restore_point = نقطة الاستعادة
key-preserve_users = الاحتفاظ بمستخدمي البيئة الهدف
key-source_version = إصدار البيئة المصدر
key-target_version = إصدار البيئة الهدف
key-holiday_region = منطقة العطلات الرسمية
key-next_upgrade = الترقية المجدولة التالية
field-window = النافذة الزمنية { $window }
weekday = { $day ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
  }

## واجهة JS البرمجية والخدمة: طلب يتعذر قراءته

api-value-kind = قيمة «{ $key }» هي { $found }، ولا يمكن أن يتضمن الطلب قيمة كهذه: يُرجى تقديم نص، أو true / false، أو قائمة نصوص.
api-request-missing = يلزم تقديم طلب: يُرجى تمرير كائن مثل {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = الطلب ليس JSON صالحًا (عند { $at }): يُرجى تمرير كائن مثل {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = يجب أن يكون الطلب كائنًا مثل {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = يُرجى تحديد سياسة المورّد المطلوب التحقق وفقًا لها: إحدى السياسات التالية: { $policies }.
api-policy-unknown = السياسة { $policy } غير معروفة: يُرجى استخدام إحدى السياسات التالية: { $policies }.
api-not-ready = الطلب ليس جاهزًا: يُرجى أولًا تصحيح { $problems ->
    [zero] { $problems } مشكلة
    [one] مشكلة واحدة
    [two] مشكلتين
    [few] { $problems } مشكلات
    [many] { $problems } مشكلة
   *[other] { $problems } مشكلة
  }.
api-ticket-format = تنسيق التذكرة «{ $found }» غير معروف: يُرجى استخدام text أو markdown أو json.
api-time-received = الوقت المستلَم: { $problem }.

## تحقُّق فريق الدعم (`refresh-request check`، وردّ الخدمة، وصفحة فريق الدعم)

desk-summary-ready = جاهز: عند استلامه في { $received }، يستوفي الطلب كل قواعد { $policy } (الإصدار { $version }).
desk-summary-edited = غير جاهز: عند استلامه في { $received }، يستوفي الطلب كل قواعد { $policy } (الإصدار { $version })، غير أنه جرى تعديل { $edited ->
    [zero] { $edited } سطر
    [one] سطر واحد
    [two] سطرين
    [few] { $edited } أسطر
    [many] { $edited } سطرًا
   *[other] { $edited } سطر
  } من التذكرة بعد كتابتها: يُرجى الاعتماد على الطلب لا على النص.
desk-summary-errors = غير جاهز: عند استلامه في { $received }، يتضمن الطلب { $errors ->
    [zero] { $errors } خطأ
    [one] خطأً واحدًا
    [two] خطأين
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
  } بحسب قواعد { $policy } (الإصدار { $version }).
desk-summary-errors-edited = غير جاهز: عند استلامه في { $received }، يتضمن الطلب { $errors ->
    [zero] { $errors } خطأ
    [one] خطأً واحدًا
    [two] خطأين
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
  } بحسب قواعد { $policy } (الإصدار { $version })، كما جرى تعديل { $edited ->
    [zero] { $edited } سطر
    [one] سطر واحد
    [two] سطرين
    [few] { $edited } أسطر
    [many] { $edited } سطرًا
   *[other] { $edited } سطر
  } من التذكرة بعد كتابتها: يُرجى الاعتماد على الطلب لا على النص.
desk-summary-approvals = {" "}يحتاج { $count ->
    [zero] { $count } بند
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
  } إلى موافقة المورّد.
desk-summary-checked = {" "}تذكر التذكرة أنه جرى التحقق منها في { $checked }.
desk-summary-submitted = {" "}يذكر الطلب أنه قُدِّم في { $submitted }.
desk-summary-unsubmitted = {" "}لا يذكر الطلب وقت تقديمه.
desk-summary-new = {" "}منذ تحقُّق العميل، ظهرت { $count ->
    [zero] { $count } ملاحظة
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظةً
   *[other] { $count } ملاحظة
  }.
desk-text-ready = جاهز — { $name } (السياسة { $policy }، الإصدار { $version })
desk-text-not-ready = غير جاهز — { $name } (السياسة { $policy }، الإصدار { $version })
desk-text-submitted = وقت التقديم: { $at }
desk-text-unsubmitted = وقت التقديم: غير مذكور
desk-text-received = وقت الاستلام: { $at }
desk-text-changes = منذ تحقُّق العميل:
desk-text-new = جديدة: { $finding }
desk-text-gone = زالت: { $finding }
desk-text-on = { $rule } في { $field }
ticket-edited = جرى تعديل السطر { $line }: نصه الحالي «{ $received }»، لكن الطلب الذي جرى التحقق منه ينص على «{ $written }».
ticket-edited--missing = السطر { $line } («{ $written }») مفقود.
ticket-edited--added = أُضيف سطر بعد السطر { $line }: «{ $received }».
ticket-edited--differs = السطر { $line } مختلف.
ticket-policy_changed = جرى التحقق من التذكرة وفقًا للسياسة { $policy }، الإصدار { $version }؛ ويستخدم هذا التحقق { $desk_policy }، الإصدار { $desk_version }، لذا لم تُقارَن أسطرها.
ticket-unverified = لا يستوفي طلب التذكرة القواعد في الوقت الذي تذكر التذكرة أنه جرى التحقق منها فيه، لذا لم يكتب النموذج هذه التذكرة على حالها: لم تُقارَن أسطرها.
desk-no-request = لم يُعثر على طلب: لا يحمل النص بيانات refresh-request ({ $marker }) وليس كائن JSON لطلب.
desk-no-data = لم يُعثر على طلب: لا تحمل هذه التذكرة بيانات refresh-request؛ يُرجى مطالبة العميل بإنشاء التذكرة من جديد باستخدام النموذج.
desk-unknown-policy = السياسة «{ $policy }» غير معروفة: يُرجى تحديد ملفها باستخدام الخيار --policy.
desk-damaged--version = بيانات الطلب في التذكرة من الإصدار { $found }، وهذا التحقق يقرأ الإصدار { $known }: يُرجى تحديث الأمر refresh-request.
desk-damaged--cut = بيانات الطلب في التذكرة مقطوعة: سطرها الأخير ({ $marker } …) مفقود.
desk-damaged--lines = بيانات الطلب في التذكرة تالفة: جرى تغيير بعض أسطرها أو فُقد بعضها.
desk-damaged--checksum = بيانات الطلب في التذكرة تالفة: لا تطابق مجموع التحقق الخاص بها، أي أن بعض الأسطر غُيِّر أو فُقد.
desk-damaged--content = بيانات الطلب في التذكرة تالفة: { $what ->
    [format] لا تذكر تنسيق التذكرة
    [version] لا تذكر إصدار السياسة
    [request] لا تتضمن طلبًا يذكر سياسته
   *[json] ليست JSON بالشكل الذي يكتبه هذا التنسيق
  }.

## ردود الأمر والخدمة نفسيهما

cli-option-problem = { $option }: { $problem }
cli-policy-unknown = --policy: لا يوجد ملف سياسة ولا سياسة مضمَّنة باسم «{ $found }»: يُرجى استخدام إحدى السياسات التالية: { $policies }، أو مسار ملف سياسة
serve-policy-unknown = السياسة «{ $policy }» غير معروفة: تعرف هذه الخدمة { $policies } (يمكن إضافة ملف سياسة إلى المجلد الذي يحدده الخيار --policy-dir).
serve-check-slow = استغرق التحقق أكثر من { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانيةً
   *[other] { $seconds } ثانية
  } فأُوقف: هذا المحتوى ليس تذكرة كتبها النموذج.
serve-check-failed = فشل التحقق داخل الخدمة: يُرجى الإبلاغ عن هذه التذكرة.
serve-media-type = نوع المحتوى { $media } غير مقروء: يُرجى إرسال التذكرة بصيغة text/plain، أو JSON بالشكل {"{"}"body": "…"{"}"} بصيغة application/json.
serve-json-shape = يجب أن يكون محتوى JSON كائنًا يتضمن "body" (نص التذكرة)، واختياريًا "received_at" و"policy" و"lang" (نصوصًا): { $detail }.
serve-json-invalid = المحتوى ليس JSON صالحًا: { $detail }.
serve-lang-unknown = lang: لا تدعم الخدمة اللغة «{ $found }»: يُرجى استخدام إحدى اللغات التالية: { $langs }.
serve-not-found = لا يوجد هذا المسار: تجيب الخدمة عن POST /v1/check وGET /v1/policies وGET /healthz.
serve-method = لا يقبل هذا المسار هذه الطريقة: تذكر الترويسة Allow الطرق التي يقبلها (POST للمسار /v1/check، وGET للمسارين /v1/policies و/healthz).
serve-too-large = يتجاوز المحتوى { $kb } كيلوبايت: يُرجى إرسال محتوى التذكرة وحده.
serve-too-slow = لم يصل الطلب في الوقت المحدد: يُرجى إرساله كاملًا دون توقف.
serve-token-missing = تحتاج هذه الخدمة إلى الترويسة Authorization: Bearer <token>.
serve-token-wrong = رمز Bearer غير صحيح.

## مُحمِّل السياسات

policy-unusable = لا يمكن استخدام السياسة «{ $policy }»: { $problems ->
    [zero] { $problems } مشكلة
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $problems } مشكلات
    [many] { $problems } مشكلة
   *[other] { $problems } مشكلة
  }
policy-expected-language-tag = وسم لغة، واحد من { $tags }
policy-expected-message-id = معرّف رسالة مدمجة
policy-found-did-you-mean = { $found } (هل المقصود «{ $near }»؟)
policy-expected-fluent = رسالة بصيغة Fluent
policy-expected-fluent-hint = رسالة بصيغة Fluent (يُكتب المتغير بالشكل {"{"} $name {"}"}، والقوس المعقوف بالشكل {"{"}"{"{"}"{"}"})
policy-expected-variables = متغيرات الرسالة المدمجة فقط: { $variables }
policy-expected-no-variables = بلا متغيرات (ليس للرسالة المدمجة أي متغير)
policy-expected-holiday-id = معرّف عطلة من بيانات العطل مثل "holiday-name-christmas-day"
policy-problem = { $path }: المتوقَّع { $expected }، والموجود { $found }
policy-problem-more = … و{ $more ->
    [zero] { $more } مشكلة أخرى
    [one] مشكلة أخرى
    [two] مشكلتان أخريان
    [few] { $more } مشكلات أخرى
    [many] { $more } مشكلة أخرى
   *[other] { $more } مشكلة أخرى
  }
policy-unnamed = (سياسة بلا اسم)
policy-unknown-key--near = مفتاح غير معروف؛ هل المقصود `{ $near }`؟
policy-unknown-key = مفتاح غير معروف
policy-unknown-keys-more = … و{ $more ->
    [zero] { $more } مفتاح آخر غير معروف
    [one] مفتاح آخر غير معروف
    [two] مفتاحان آخران غير معروفين
    [few] { $more } مفاتيح أخرى غير معروفة
    [many] { $more } مفتاحًا آخر غير معروف
   *[other] { $more } مفتاح آخر غير معروف
  }
policy-expected-list-of = قائمة من { $item }
policy-expected-object = كائن
policy-expected-json-object = كائن JSON
policy-expected-max-chars = { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  } على الأكثر
policy-expected-nonempty = سلسلة نصية غير فارغة
policy-expected-bool = true أو false
policy-expected-whole = عدد صحيح من { $min } إلى { $max }
policy-expected-max-entries = { $max ->
    [zero] { $max } إدخال
    [one] إدخال واحد
    [two] إدخالان
    [few] { $max } إدخالات
    [many] { $max } إدخالًا
   *[other] { $max } إدخال
  } على الأكثر (لا تحتاج أي سياسة فعلية إلى أكثر من ذلك)
policy-expected-time-of-day = وقت من اليوم بتوقيت UTC مثل "01:00"
policy-expected-id = أحرف لاتينية صغيرة وأرقام وشرطات
policy-expected-naming = "name" أو "url"
policy-expected-after-start = وقت بعد وقت البدء
policy-expected-notice = واحد فقط من "business_days" أو "hours"
policy-expected-preserve = "never" أو "when_preserving_users" أو "always"
policy-expected-preserve-needs = "when_preserving_users" فقط مع "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" أو "release_patch"
policy-expected-severity = "error" أو "approval" أو "warning"
policy-expected-kinds-listed = أنواع مُدرجة في environments.kinds
policy-expected-kind-listed = نوع مُدرج في environments.kinds
policy-expected-kinds-for-directions = قائمة أنواع (يحتاج إليها directions)
policy-expected-kind-pair = زوج من الأنواع مثل ["PROD", "TEST"]
policy-expected-question-key = مفتاح أحد الأسئلة
policy-expected-ack-rule = معرّف قاعدة يبدأ بـ "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = عنوان بريد إلكتروني مثل "support@example.com"
policy-expected-https = عنوان يبدأ بـ https://
policy-expected-fixed-host = عنوان مضيفه ثابت ({"{"}subject{"}"} و{"{"}body{"}"} في المسار أو الاستعلام أو الجزء فقط)
policy-expected-placeholder = عنوان يتضمن العنصر النائب {"{"}subject{"}"} أو {"{"}body{"}"}
policy-expected-instant = لحظة بتوقيت UTC مثل "2024-12-24T00:00:00Z"
policy-expected-after-from = لحظة بعد "from"
policy-expected-unique-keys = مفاتيح فريدة ليست من مفاتيح الطلب المُدمجة
policy-expected-size = ملف سياسة حجمه { $max ->
    [zero] { $max } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $max } بايتات
    [many] { $max } بايتًا
   *[other] { $max } بايت
  } على الأكثر ({ $kb } كيلوبايت)
policy-found-invalid-json = JSON غير صالح عند { $at }
policy-expected-key-once = كل مفتاح مرة واحدة في الكائن الخاص به
policy-found-key-again = "{ $key }" مكرر (لن تُحتسب إلا قيمته الأخيرة)
policy-expected-other-language = لغة غير لغة السياسة نفسها («{ $own }»)
policy-expected-language-once = كل لغة مرة واحدة
policy-found-same-language = «{ $tag }»، وهي اللغة نفسها التي تمثّلها «{ $first }»
policy-expected-ack-key = مفتاح أحد الإقرارات
policy-expected-note-id = معرّف إحدى الملاحظات
policy-expected-items = قائمة من { $count } (عنصر لكل بند من قائمة التحقق الخاصة بالسياسة)
policy-expected-reasons = قائمة من { $count } (سبب لكل فترة حظر في السياسة، أو null للإبقاء على سببها الأصلي)
policy-expected-text-or-null = نص غير فارغ أو null

## أخطاء صياغة JSON

json-at = السطر { $line }، العمود { $column }: { $problem }
json-eof-list = ينتهي النص داخل قائمة: ينقص قوس الإغلاق `]`
json-eof-object = ينتهي النص داخل كائن: ينقص قوس الإغلاق `{"}"}`
json-eof-string = ينتهي النص داخل علامتي اقتباس: تنقص علامة الاقتباس الختامية `"`
json-eof-value = ينتهي النص حيث يجب أن تأتي قيمة
json-colon = يجب أن تلي المفتاحَ نقطتان `:`
json-comma-list = تنقص فاصلة `,` أو قوس إغلاق القائمة `]`
json-comma-object = تنقص فاصلة `,` أو قوس إغلاق الكائن `{"}"}`
json-ident = يجب أن تكون الكلمة هنا `true` أو `false` أو `null`
json-value = يجب أن تأتي قيمة هنا: نص بين علامتي اقتباس مزدوجتين، أو رقم، أو `true` أو `false` أو `null`، أو قائمة، أو كائن
json-key = يجب أن يأتي مفتاح هنا، بين علامتي اقتباس مزدوجتين
json-trailing-comma = توجد فاصلة قبل قوس إغلاق: يُرجى حذفها
json-trailing = يوجد نص إضافي بعد نهاية JSON
json-escape = شرطة مائلة عكسية داخل علامتي الاقتباس تبدأ تسلسل هروب غير معروف (تُكتب الشرطة المائلة العكسية `\\`)
json-number = رقم غير مكتوب بالصيغة التي يكتب بها JSON الأرقام
json-number-range = رقم كبير جدًا
json-depth = القوائم والكائنات متداخلة لأكثر من 128 مستوى
json-control = يجب كتابة فاصل الأسطر أو علامة الجدولة داخل علامتي الاقتباس بالشكل `\n` أو `\t`

### التذكرة: تُكتب بلغة فريق الدعم (لغة السياسة)، أيًّا كانت لغة العميل.

ticket-subject = تحديث قاعدة البيانات: من { $source } إلى { $target }
ticket-subject-start = { $subject }، { $start }
ticket-subject-pit = { $subject } (نقطة زمنية محددة)
ticket-title = طلب تحديث قاعدة البيانات — { $vendor }
ticket-yes = نعم
ticket-no = لا
ticket-question = { $question }:
ticket-direction = اتجاه التحديث
ticket-refresh-type = نوع التحديث
ticket-type-pit = نقطة زمنية محددة: بيانات بيئة الإنتاج كما كانت في { $restore }
ticket-type-standard = قياسي: أحدث بيانات بيئة الإنتاج
ticket-preserve-users = الاحتفاظ بمعلومات المستخدمين (قائمة الأمان) في البيئة الهدف
ticket-source-version = إصدار البيئة المصدر
ticket-target-version = إصدار البيئة الهدف
ticket-next-upgrade = الترقية المجدولة التالية
ticket-region-none = لم تُحدَّد أي منطقة
ticket-region = العطلات الرسمية المعتمدة
ticket-schedule-one = الموعد المفضّل (بتوقيت UTC؛ مدة فترة التوقف { $duration })
ticket-schedule-many = النوافذ الزمنية المقترحة (مدة كل منها { $duration }، بتوقيت UTC)
ticket-window = النافذة الزمنية { $window }: { $span }
ticket-checklist = قائمة التحقق
ticket-noted = تم الاطلاع
ticket-footer = تم التحقق وفقًا للسياسة { $policy }، الإصدار { $version }، بواسطة نموذج طلب التحديث في { $checked }.
ticket-carried-intro = تحمل الأسطر أدناه الطلب الذي جرى التحقق منه، لفريق الدعم لدى المورّد: يُرجى إبقاؤها كما هي.
handoff-too-long = يُرجى لصق التذكرة من نموذج طلب التحديث هنا: كانت أطول من أن يتسع لها هذا الرابط.
ics-summary-many = { $subject } (النافذة الزمنية { $window } من { $windows })
ics-which-one = النافذة الزمنية المقترحة
ics-which-many = النافذة الزمنية المقترحة { $window } من { $windows }
ics-description = تحديث قاعدة البيانات: من { $source } إلى { $target }.
    المورّد: { $vendor }.
    { $which }، مدتها { $duration } (بتوقيت UTC). مبدئية: لم يؤكدها المورّد بعد.
    تم التحقق وفقًا للسياسة { $policy }، الإصدار { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = مبكر جدًا
calendar-label-too-late = متأخر جدًا
calendar-label-holiday = عطلة رسمية
calendar-label-unchecked = لم يُتحقق من العطلات الرسمية
calendar-label-blackout = فترة حظر
calendar-label-approval-only = خارج ساعات الخدمة فقط
calendar-label-after-max = بعد عام { $year }

holiday-observed = { $name } (يوم بديل)
holiday-estimated = { $name } (تاريخ تقديري)
holiday-observed-estimated = { $name } (يوم بديل، تاريخ تقديري)
holiday-pair = { $first }؛ { $second }
holiday-name-anzac-day = يوم أنزاك
holiday-name-ascension-day = عيد الصعود
holiday-name-australia-day = يوم أستراليا
holiday-name-autumnal-equinox-day = يوم الاعتدال الخريفي
holiday-name-boxing-day = يوم الهدايا
holiday-name-buddha-purnima = بوذا بورنيما
holiday-name-childrens-day = يوم الطفل
holiday-name-chinese-new-year = رأس السنة الصينية
holiday-name-christmas = عيد الميلاد المجيد
holiday-name-christmas-day = عيد الميلاد المجيد
holiday-name-columbus-day = يوم كولومبوس
holiday-name-coming-of-age-day = يوم بلوغ سن الرشد
holiday-name-constitution-day = يوم الدستور
holiday-name-coronation-of-charles-iii = تتويج الملك تشارلز الثالث
holiday-name-culture-day = يوم الثقافة
holiday-name-deepavali = ديباوالي
holiday-name-diwali-deepavali = ديوالي (ديباوالي)
holiday-name-dormition-of-the-mother-of-god = عيد رقاد السيدة العذراء
holiday-name-dr-b-r-ambedkars-jayanti = ذكرى ميلاد الدكتور أمبيدكار
holiday-name-dussehra = عيد دسهرا
holiday-name-easter-monday = اثنين الفصح
holiday-name-easter-sunday = أحد الفصح
holiday-name-emperors-birthday = عيد ميلاد الإمبراطور
holiday-name-epiphany = عيد الغطاس
holiday-name-foundation-day = يوم التأسيس الوطني
holiday-name-german-unity-day = يوم الوحدة الألمانية
holiday-name-glorifying-mother-of-god = عيد تمجيد والدة الإله
holiday-name-good-friday = الجمعة العظيمة
holiday-name-great-prayer-day = يوم الصلاة الكبير
holiday-name-green-monday = الاثنين النظيف
holiday-name-greenery-day = يوم الخضرة
holiday-name-guru-nanaks-jayanti = ذكرى ميلاد غورو ناناك
holiday-name-hari-raya-haji = عيد الأضحى
holiday-name-hari-raya-puasa = عيد الفطر
holiday-name-holi = عيد هولي
holiday-name-id-ul-fitr = عيد الفطر
holiday-name-id-ul-zuha-bakrid = عيد الأضحى
holiday-name-independence-day = عيد الاستقلال
holiday-name-janmashtami-vaishnava = عيد جانماشتامي (الفيشنوية)
holiday-name-juneteenth-national-independence-day = يوم جونتينث لتحرير العبيد
holiday-name-kings-day = يوم الملك
holiday-name-labor-day = عيد العمال
holiday-name-labor-day--us = عيد العمال الأمريكي
holiday-name-labor-thanksgiving-day = يوم الشكر على العمل
holiday-name-labour-day = عيد العمال
holiday-name-late-summer-bank-holiday = عطلة البنوك في أواخر الصيف
holiday-name-liberation-day = يوم التحرير
holiday-name-maha-shivaratri = ماها شيفاراتري
holiday-name-mahatma-gandhis-jayanti = ذكرى ميلاد المهاتما غاندي
holiday-name-mahavir-jayanti = ذكرى ميلاد مهافيرا
holiday-name-marine-day = يوم البحر
holiday-name-martin-luther-king-jr-day = يوم مارتن لوثر كينغ
holiday-name-maundy-thursday = خميس العهد
holiday-name-may-day = عطلة البنوك في مايو
holiday-name-memorial-day = يوم الذكرى
holiday-name-milad-un-nabi = المولد النبوي الشريف
holiday-name-mountain-day = يوم الجبل
holiday-name-muharram = محرم
holiday-name-national-day = اليوم الوطني
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = يوم الحداد الوطني على الملكة إليزابيث الثانية
holiday-name-national-holiday = عطلة وطنية
holiday-name-new-years-day = رأس السنة الميلادية
holiday-name-ohi-day = يوم الرفض (أوخي)
holiday-name-pentecost = عيد العنصرة
holiday-name-pentecost-monday = اثنين العنصرة
holiday-name-platinum-jubilee-of-elizabeth-ii = اليوبيل البلاتيني للملكة إليزابيث الثانية
holiday-name-polling-day = يوم الاقتراع
holiday-name-ram-navami = رام نافامي
holiday-name-republic-day = يوم الجمهورية
holiday-name-respect-for-the-aged-day = يوم احترام المسنين
holiday-name-second-day-of-christmas = ثاني أيام عيد الميلاد
holiday-name-showa-day = يوم شووا
holiday-name-sports-day = يوم الرياضة
holiday-name-spring-bank-holiday = عطلة البنوك الربيعية
holiday-name-state-funeral-of-queen-elizabeth-ii = الجنازة الرسمية للملكة إليزابيث الثانية
holiday-name-substitute-holiday = عطلة بديلة
holiday-name-thanksgiving-day = عيد الشكر
holiday-name-vernal-equinox-day = يوم الاعتدال الربيعي
holiday-name-vesak-day = يوم فيساك
holiday-name-veterans-day = يوم المحاربين القدامى
holiday-name-washingtons-birthday = ذكرى ميلاد واشنطن
