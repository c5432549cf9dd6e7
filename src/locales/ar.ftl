## لغة هذا الملف
language-name = العربية

## الأوامر (الوصف في قائمة Telegram)
command-start = البدء وفتح القائمة
command-help = كيف يعمل البوت
command-find = البحث عن أقرب نقطة DigiPASS
command-book = حجز موعد للمساعدة
command-mybookings = حجوزاتي
command-events = دورات وفعاليات
command-language = تغيير اللغة
command-privacy = بياناتك والخصوصية
command-cancel = إلغاء العملية الحالية

## الترحيب والقائمة الرئيسية
welcome =
    مرحبًا <b>{ $name }</b>! 👋
    أنا بوت <b>Punti Digitale Facile DigiPASS</b> في أومبريا (Umbria).

    في نقاط DigiPASS يساعدك شخص مجانًا في SPID وبطاقة الهوية الإلكترونية والملف الصحي والدفع وأمور أخرى.

    يُرجى اختيار زر من الأزرار في الأسفل.
welcome-back = أهلًا بعودتك! يُرجى اختيار زر من الأسفل.
help =
    <b>كيف يعمل البوت</b>

    📍 <b>إرسال موقعي</b>: أعرض لك أقرب نقاط DigiPASS.
    🔎 <b>البحث عن نقطة</b>: يمكنك كتابة اسم بلدتك.
    📅 <b>حجز موعد للمساعدة</b>: اختيار اليوم والساعة.
    🎓 <b>دورات وفعاليات</b>: دورات مجانية قريبة منك.
    🗂 <b>حجوزاتي</b>: عرض الحجز أو تغيير موعده أو إلغاؤه.

    لإيقاف العملية الحالية، يمكنك كتابة /cancel.
menu-location = 📍 إرسال موقعي
menu-find = 🔎 البحث عن نقطة
menu-book = 📅 حجز موعد للمساعدة
menu-events = 🎓 دورات وفعاليات
menu-mybookings = 🗂 حجوزاتي
menu-language = 🌐 اللغة
menu-placeholder = اختيار زر أو كتابة اسم بلدتك

## اللغة
language-choose = يُرجى اختيار اللغة:
language-set = تم! سأكتب لك الآن باللغة العربية.
language-same = أنا أكتب لك باللغة العربية بالفعل.

## الإلغاء
cancel-done = حسنًا، تم الإلغاء. يُرجى اختيار زر من الأسفل.
cancel-nothing = لا يوجد شيء لإلغائه.

## الأخطاء والردود اللطيفة
error-generic =
    عذرًا، حدث خطأ ما.
    يُرجى المحاولة مرة أخرى بعد قليل. إذا استمرت المشكلة، يمكنك كتابة /start.
error-button-expired = هذا الزر لم يعد صالحًا. للبدء من جديد، يمكنك كتابة /start.
unhandled-text =
    لم أفهم. 🙂
    يُرجى اختيار زر من الأسفل أو كتابة /help.
unhandled-other = أستطيع قراءة الرسائل النصية والمواقع فقط. يُرجى اختيار زر من الأسفل.
deeplink-unknown = الرابط الذي فتحته غير صالح أو انتهت صلاحيته.

## الخدمات (الاسم وما يجب إحضاره)
service-spid = SPID (الهوية الرقمية)
service-spid-bring = وثيقة هوية سارية، البطاقة الصحية (tessera sanitaria)، هاتف يستقبل الرسائل القصيرة (SMS)، بريد إلكتروني تعرف كيف تفتحه
service-cie = بطاقة الهوية الإلكترونية (CIE): التفعيل، ورمز PIN ورمز PUK
service-cie-bring = بطاقة الهوية الإلكترونية، الرسالة التي فيها الجزء الأول من رمز PIN ورمز PUK، الهاتف
service-fse = الملف الصحي (FSE): نتائج الفحوصات والوصفات
service-fse-bring = البطاقة الصحية (tessera sanitaria)، SPID أو CIE مع رمز PIN، الهاتف
service-cup = حجز المواعيد الطبية (CUP) وتنزيل النتائج
service-cup-bring = وصفة الطبيب (ricetta)، البطاقة الصحية (tessera sanitaria)، SPID أو CIE مع رمز PIN، الهاتف
service-pagopa = PagoPA والدفع عبر الإنترنت
service-pagopa-bring = إشعار الدفع (avviso di pagamento)، بطاقة دفع أو تطبيق البنك، الهاتف
service-appio = تطبيق IO (app IO)
service-appio-bring = هاتف فيه مساحة فارغة، SPID أو CIE مع رمز PIN
service-school = التسجيل في المدرسة وفي الحضانة (nido)
service-school-bring = SPID أو CIE مع رمز PIN، بيانات الطفل والوالدين، رمز المدرسة إذا كنت تعرفه
service-inps = INPS والمساعدات (الإعانات المالية، ISEE)
service-inps-bring = SPID أو CIE مع رمز PIN، البطاقة الصحية (tessera sanitaria)، أوراق الطلب
service-anagrafe = شهادات السجل المدني (anagrafe)
service-anagrafe-bring = SPID أو CIE مع رمز PIN، وثيقة هوية
service-pec = البريد الإلكتروني و PEC (البريد الإلكتروني المعتمد)
service-pec-bring = الهاتف، وثيقة هوية، كلمات المرور التي لديك
service-safety = الأمان على الإنترنت والاحتيال
service-safety-bring = الهاتف أو الكمبيوتر الذي تستخدمه، الرسائل المشبوهة التي وصلتك
service-device = المساعدة في استخدام الكمبيوتر والهاتف الذكي
service-device-bring = الهاتف أو الجهاز اللوحي أو الكمبيوتر، مع الشاحن وكلمات المرور

## الحدود
rate-limited = تصلني رسائل كثيرة بسرعة كبيرة. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى. 🙂

## الخصوصية والبيانات الشخصية
command-mydata = عرض البيانات التي نحفظها عنك
command-forgetme = حذف بياناتك
privacy-notice =
    <b>بياناتك</b>

    <b>ما الذي نحفظه.</b> رقم المستخدم الخاص بك في Telegram واللغة التي اخترتها. إذا حجزت موعدًا: النقطة واليوم والساعة والخدمة واسمك الأول (كما في Telegram، ليعرف المُيسِّر الرقمي من ينتظر) وملاحظتك. إذا سجّلت في فعالية أو طلبت أن نُعلمك عندما يتوفر مكان: الفعالية أو اليوم. التذكيرات التي سنرسلها إليك تنتظر في قائمة الإرسال حتى تُرسَل. إذا تابعت نقطة: اسم هذه النقطة. إذا كنت تعمل في نقطة DigiPASS: دورك واسمك.
    <b>لماذا.</b> لنقدّم لك الخدمة التي تطلبها. هذه مهمة للمصلحة العامة يقوم بها الإقليم (Regione) والبلديات (Comuni) (التيسير الرقمي، خطة PNRR، الإجراء 1.7.2).
    <b>لأي مدة.</b> تُحذف الملاحظات وبيانات الحجوزات السابقة بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. وتُحذف المحادثات غير المكتملة بعد 7 أيام. وينطبق ذلك أيضًا على التذكيرات والرسائل المُرسَلة. يحدّد الإقليم (Regione) هذه المدة ويمكن أن تتغيّر.
    <b>الإحصاءات.</b> يَعُدّ الإقليم (Regione) الخدمات المقدَّمة والأشخاص الذين حصلوا على المساعدة. يمكن للمُيسِّر الرقمي أن يسجّل الفئة العمرية والجنس وهل هذه أول زيارة، وبعد الخدمة يمكنك أن تعطي تقييمًا من 1 إلى 5. هذه المعلومات اختيارية ولا تحمل اسمك.
    <b>الجهة المسؤولة عن البيانات.</b> { $controller }
    <b>مسؤول حماية البيانات.</b> { $dpo }
    <b>Telegram.</b> تمرّ الرسائل عبر Telegram، وهو يتعامل معها حسب قواعده الخاصة.

    /mydata — عرض كل بياناتك
    /forgetme — حذف بياناتك
privacy-not-configured = لم يُحدَّد بعد: يُرجى السؤال في نقطة DigiPASS
mydata-summary =
    <b>البيانات التي نحفظها عنك</b>

    رقم المستخدم في Telegram: { $telegramId }
    اللغة: { $language }
    أول مرة: { $firstSeen }
    الحجوزات: { $bookings }
    النقاط والمناطق التي تتابعها: { $follows }
    التسجيل في الفعاليات: { $registrations }
    الأدوار: { $roles }

    في الملف أدناه كل شيء، مع التفاصيل.
mydata-none = لا يوجد
mydata-language-auto = لغة Telegram
mydata-file-caption = كل بياناتك (ملف JSON)
forgetme-confirm =
    هل تريد حذف كل بياناتك؟
    سيتم حذف حجوزاتك والنقاط التي تتابعها وأدوارك. لا يمكن التراجع عن ذلك.
forgetme-yes = نعم، حذف كل شيء
forgetme-no = لا، الاحتفاظ ببياناتي
forgetme-done =
    تم. حذفنا بياناتك.
    لم تبقَ إلا أرقام مجهولة الهوية للإحصاءات، بدون اسمك.
forgetme-kept = حسنًا، لم أحذف شيئًا.

## الأدوار والفريق والدعوات
error-not-allowed-staff = هذا الأمر مخصّص للعاملين في نقاط DigiPASS.
error-not-allowed-point = هذا الإجراء مخصّص للمُيسِّرين الرقميين في { $point }.
error-not-allowed-zone = هذا الإجراء مخصّص لمنسّقي المنطقة { $zone }.
error-not-allowed-admin = هذا الإجراء مخصّص لمسؤولي الإقليم (Regione).
error-not-allowed-yours = هذا ليس لك: يمكنك التصرّف في حجوزاتك فقط.
error-not-allowed-self = لا يمكنك إزالة دورك بنفسك. يُرجى التواصل مع منسّق أو مع الإقليم (Regione).
error-not-found = لا أجد ما تبحث عنه. ربما تم حذفه.
error-invite-not-found = هذه الدعوة غير موجودة. يُرجى طلب دعوة جديدة من الشخص الذي أرسلها إليك.
error-invite-expired = انتهت صلاحية هذه الدعوة. يُرجى طلب دعوة جديدة من الشخص الذي أرسلها إليك.
error-invite-used = هذه الدعوة استُخدمت من قبل. يُرجى طلب دعوة جديدة من الشخص الذي أرسلها إليك.
error-invite-revoked = هذه الدعوة لم تعد صالحة: الشخص الذي أنشأها لم يعد يستطيع منح هذا الدور. يُرجى طلب دعوة جديدة من المنسّق أو من الإقليم.
error-already-has-role = لديك هذا الدور بالفعل.
error-not-allowed-coordinators = هذا الإجراء مخصّص لمنسّقي المناطق وللإقليم (Regione).

## البحث عن نقطة
command-points = كل النقاط، منطقة بعد منطقة
find-ask =
    يُرجى كتابة اسم بلدتك (comune) أو قريتك (frazione)، مثلًا: Foligno، Ponte San Giovanni.
    أو الضغط على «📍 إرسال موقعي».
find-nearest-title = <b>أقرب نقاط DigiPASS إليك</b>
find-outside-umbria = نقاط DigiPASS موجودة في أومبريا (Umbria). هذه أقرب النقاط إلى الموقع الذي أرسلته.
find-item =
    { $n }. <b>{ $name }</b> — { $km } كم
    { $where }
    { $status }
find-status-open = 🟢 مفتوح الآن، حتى الساعة { $until }
find-status-closed-next = 🔴 مغلق الآن. يفتح يوم { $day } الساعة { $time }
find-status-closed = 🔴 مغلق الآن. لا توجد مواعيد فتح في الأيام القادمة.
find-status-unknown = ⚪ مواعيد العمل غير منشورة: يُرجى السؤال في البلدية (Comune)
find-status-holiday = 🔴 مغلق اليوم بسبب عطلة ({ $holiday }). يفتح يوم { $day } الساعة { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>نقاط DigiPASS في { $town }</b>
find-town-none =
    لا توجد بعد نقطة DigiPASS في { $town }.
    هذه أقرب النقاط:
find-zone-also = نقاط أخرى في المنطقة الاجتماعية (zona sociale) { $zone }:
find-several = وجدت عدة أماكن بهذا الاسم. أيّها تقصد؟
find-no-match = لا أعرف البلدة «{ $query }». 🤔
find-no-match-suggest = هل تقصد:
find-no-match-help = يُرجى التأكد من طريقة الكتابة، أو إرسال موقعك بالزر في الأسفل.
find-bad-input = يُرجى كتابة اسم بلدة في أومبريا، مثلًا Perugia أو Gualdo Tadino. أو إرسال موقعك.
points-choose-zone = <b>المناطق الاجتماعية (zone sociali) في أومبريا، وعددها 12</b>. يُرجى اختيار منطقة:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>المنطقة الاجتماعية (Zona sociale) { $number } · { $name }</b>. يُرجى اختيار نقطة:
points-prev = ◀️ السابق
points-next = التالي ▶️
points-back-zones = ↩️ كل المناطق

## بطاقة النقطة
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = المنطقة الاجتماعية (Zona sociale) { $number } · { $zone }
card-approximate = (الموقع تقريبي: وسط البلدة)
card-mobile = 🚐 وحدة متنقلة: ستُنشر محطاتها هنا.
card-hours-title = <b>مواعيد العمل هذا الأسبوع</b>
card-hours-unknown = ⚪ مواعيد العمل غير منشورة. يُرجى السؤال في البلدية (Comune).
card-hours-published = مواعيد العمل كما ذكرها المصدر: { $text }
card-hours-demo = (مواعيد تجريبية: هذا مجرد عرض توضيحي)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: مغلق
card-day-holiday = { $day }: مغلق بسبب عطلة ({ $holiday })
card-services-title = <b>الخدمات</b>
card-services-all = كل خدمات شبكة DigiPASS: SPID، CIE، الملف الصحي، حجز المواعيد عبر CUP ونتائج الفحوصات، PagoPA، تطبيق IO (app IO)، التسجيل في المدارس، INPS، الشهادات، البريد الإلكتروني و PEC، الأمان على الإنترنت، المساعدة في استخدام الكمبيوتر والهاتف.
card-contacts = ☎️ { $contacts }
card-events-title = <b>الفعاليات القادمة</b>
card-event-line = • { $when } — { $title }
card-no-events = لا توجد فعاليات مقرّرة.
card-directions = 🧭 طريق الوصول
card-follow = 🔔 متابعة هذه النقطة
card-unfollow = 🔕 إلغاء المتابعة
card-back = ↩️ رجوع
card-followed = تمت متابعة { $name }: سأكتب لك عند وجود أخبار أو فعاليات.
card-unfollowed = تم إلغاء متابعة { $name }.
find-status-announced = ⚪ مواعيد العمل غير منشورة. أقرب موعد فتح معلن: يوم { $day } الساعة { $time }
find-status-exception-closed = 🔴 مغلق اليوم بشكل استثنائي. يفتح يوم { $day } الساعة { $time }
find-status-exception-hours = 🔴 مغلق الآن: تغيّرت مواعيد العمل اليوم. يفتح يوم { $day } الساعة { $time }
find-approximate = (الموقع تقريبي)
card-day-exception-closed = { $day }: مغلق بشكل استثنائي
card-day-extra = { $day }: { $ranges } (فتح استثنائي)
card-day-extra-holiday = { $day }: { $ranges } (فتح استثنائي رغم العطلة: { $holiday })
card-day-reduced = { $day }: { $ranges } (مواعيد مختصرة)
card-day-changed = { $day }: { $ranges } (مواعيد معدّلة)
card-announced-title = <b>مواعيد فتح استثنائية معلنة</b>
card-book-later-contacts = 📅 يُتاح الحجز عبر البوت عندما ينشر المكتب مواعيد عمله: في الأثناء يمكنك التواصل معه عبر بيانات الاتصال أدناه.
card-book-later = 📅 يُتاح الحجز عبر البوت عندما ينشر المكتب مواعيد عمله: في الأثناء يمكنك طلب المعلومات من بلدية (Comune) { $comune }.
card-book-mobile = 📅 لا يمكن حجز الوحدة المتنقلة عبر البوت: يمكنك الذهاب إلى إحدى محطاتها.

## الأعياد والعطل
holiday-new_year = رأس السنة الميلادية
holiday-epiphany = عيد الغطاس (Epifania)
holiday-easter = عيد الفصح
holiday-easter_monday = اثنين الفصح
holiday-liberation_day = عيد التحرير
holiday-labour_day = عيد العمال
holiday-republic_day = عيد الجمهورية
holiday-assumption = عيد انتقال العذراء (Ferragosto)
holiday-st_francis = عيد القديس فرنسيس الأسيزي
holiday-all_saints = عيد جميع القديسين
holiday-immaculate_conception = عيد الحبل بلا دنس (Immacolata)
holiday-christmas = عيد الميلاد
holiday-st_stephen = عيد القديس إسطفانوس (Santo Stefano)
holiday-patron_saint = { $name }، عيد القديس شفيع البلدة
find-stop = 🚐 { $place } · { $day }، { $from }–{ $to }

## الإرسال إلى كثيرين (أخبار، تذكيرات)
news-for-followers =
    📢 أخبار من <b>{ $point }</b>، وهي نقطة تتابعها:

    { $news }
## الحجوزات: الأخطاء
error-slot-taken = أخذ شخص آخر هذا الموعد قبل لحظات. يُرجى اختيار موعد آخر.
error-too-many-bookings = لديك بالفعل { $max ->
        [one] حجز واحد
        [two] حجزان
        [few] { $max } حجوزات
        [many] { $max } حجزًا
       *[other] { $max } حجز
    }. لحجز موعد جديد، يُرجى انتظار موعدك الأول أو إلغاء أحد الحجوزات.
error-overlapping-booking = لديك بالفعل موعد في هذه الساعة.
error-too-late-to-cancel = بقي أقل من { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }: لا يمكن الآن إلغاء الموعد أو تغييره من البوت. يُرجى الاتصال بنقطة DigiPASS أو زيارتها.

## حجز موعد للمساعدة
book-back = ↩️ رجوع
book-cancel = ✖️ إلغاء
book-ask-point =
    <b>أي مكان يناسبك؟</b>
    يُرجى كتابة اسم بلدتك، أو إرسال موقعك.
book-last-point = 🕘 مثل المرة الماضية: { $name }
book-choose-point = يُرجى اختيار النقطة:
book-no-point = لم أجد نقاطًا بهذا الاسم. يُرجى كتابة اسم البلدة، مثلًا Foligno.
book-no-hours =
    لم تنشر { $point } مواعيد عملها بعد، لذلك لا يمكن الحجز هنا.
    يُرجى اختيار نقطة أخرى.
book-ask-service = <b>ما نوع المساعدة المطلوبة؟</b>
book-bring =
    <b>{ $service }</b>
    يُرجى إحضار: { $bring }.
book-ask-day = <b>أي يوم؟</b> في هذه الأيام توجد مواعيد متاحة في { $point }:
book-day-button = { $day } ({ $count })
book-no-days =
    لا توجد مواعيد متاحة في { $point } في الأيام القادمة.
    يمكنك تجربة نقطة أخرى، أو الاتصال بنقطة DigiPASS.
book-ask-time = <b>في أي ساعة؟</b> { $day }:
book-ask-note =
    يمكنك ترك ملاحظة للمُيسِّر الرقمي (الشخص الذي سيساعدك)، إذا أردت. (200 حرف على الأكثر)
    مثلًا: «سآتي مع ابنتي».
book-no-note = بدون ملاحظة
book-note-too-long = الملاحظة طويلة جدًا: 200 حرف على الأكثر. يُرجى المحاولة مرة أخرى بنص أقصر.
book-summary =
    <b>يُرجى التحقق من حجزك</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = بدون ملاحظة
book-confirm = ✅ تأكيد
book-confirmed =
    ✅ <b>تم الحجز!</b> الرمز: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    يُرجى إحضار: { $bring }.
    سأذكّرك بالموعد قبله بيوم.
book-ics-caption = إضافة الموعد إلى تقويمك
book-cancelled-flow = حسنًا، لم أحجز أي شيء.
book-expired = انتهت صلاحية الحجز الذي بدأته بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } بدون رد. يمكنك البدء من جديد متى شئت بالضغط على «📅 حجز موعد للمساعدة».
conversation-expired = مرت { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } بدون رد، لذلك أغلقت ما كنت تقوم به. يمكنك البدء من جديد متى شئت من الأمر أو من القائمة.
book-please-choose = يُرجى اختيار أحد الأزرار في الأعلى، أو الضغط على «✖️ إلغاء».
mybookings-none = ليس لديك حجوزات قادمة. للحجز، يُرجى الضغط على «📅 حجز موعد للمساعدة».
mybookings-title = <b>حجوزاتك</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ إلغاء { $code }
mybookings-move = 🔁 تغيير موعد { $code }
mybookings-cancel-confirm = هل تريد فعلًا إلغاء الحجز <b>{ $code }</b> بتاريخ { $when }؟
mybookings-cancel-yes = نعم، إلغاء الحجز
mybookings-cancel-no = لا، الاحتفاظ به
mybookings-cancelled = تم إلغاء الحجز { $code }. أصبح هذا الموعد متاحًا الآن لشخص آخر.
mybookings-kept = حسنًا، الحجز باقٍ.
mybookings-move-day = <b>يُرجى اختيار اليوم الجديد</b> للحجز { $code }:
mybookings-move-time = <b>يُرجى اختيار الساعة الجديدة</b> ({ $day }):
mybookings-moved = 🔁 تم: الموعد الجديد للحجز { $code } هو { $when }.
card-book = 📅 الحجز هنا
reminder-24h =
    🔔 <b>تذكير</b>: لديك موعد غدًا.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (الرمز { $code })
    يُرجى إحضار: { $bring }.
reminder-2h = 🔔 بعد قليل، الساعة { $time }، لديك موعد في <b>{ $point }</b> (الرمز { $code }).

## قائمة الانتظار
book-full-day = 🔔 { $day }: ممتلئ، التنبيه عند توفّر مكان
waitlist-joined = حسنًا: إذا توفّر مكان يوم { $day } في { $point }، سأكتب لك فورًا. يمكنك أخذه بضغطة واحدة خلال 30 دقيقة.
waitlist-already = أنت بالفعل في قائمة الانتظار لذلك اليوم.
waitlist-offer = 🎉 توفّر مكان في <b>{ $point }</b>: { $when } ({ $service }). هل تريده؟ العرض صالح لمدة 30 دقيقة.
waitlist-take = ✅ نعم، الحجز
waitlist-offer-gone = عذرًا، انتهت صلاحية العرض أو أخذ شخص آخر المكان.
waitlist-decline = لا، شكرًا
waitlist-declined = حسنًا، شكرًا لإخبارنا. تم تحرير المكان في <b>{ $point }</b> ({ $when }) للشخص التالي في قائمة الانتظار. يمكنك الحجز في وقت آخر متى شئت.
waitlist-decline-already = لقد تركت هذا المكان بالفعل: لا حاجة لفعل أي شيء آخر. يمكنك الحجز في وقت آخر متى شئت.
waitlist-decline-taken = لقد حجزت هذا المكان بالفعل: ستجده ضمن حجوزاتك.
waitlist-decline-gone = لا مشكلة: لم يعد هذا العرض صالحًا، لذلك لا يوجد ما يتم تحريره. يمكنك الحجز في وقت آخر متى شئت.
reminder-confirm = ✅ أؤكد، سأحضر
booking-confirmed-thanks = شكرًا! تم تأكيد الحجز { $code }: ننتظرك.
booking-released =
    لم يتم تأكيد الحجز { $code } بتاريخ { $when } في { $point }، لذلك أصبح المكان متاحًا لشخص آخر.
    إذا أردت، يمكنك الحجز من جديد بالضغط على «📅 حجز موعد للمساعدة».

## كيف كانت التجربة
feedback-ask = حصلت اليوم على مساعدة في <b>{ $point }</b> ({ $service }). كيف كانت التجربة؟ يُرجى الضغط على رقم: 1 = سيئة، 5 = ممتازة.
feedback-thanks = شكرًا! إجابتك تساعد في تحسين نقاط DigiPASS.

## الدورات والفعاليات (للمواطنين)
events-title = <b>الدورات والفعاليات القادمة</b>
events-title-followed = <b>الدورات والفعاليات القادمة في النقاط التي تتابعها</b>
events-none = لا توجد فعاليات مقرّرة خلال الـ 30 يومًا القادمة. يمكنك العودة والنظر مرة أخرى قريبًا!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (مُلغاة)
events-add = 📅 إضافة: { $title }
events-ics-caption = يُرجى فتح الملف لإضافة الفعالية إلى تقويمك.

## الفعاليات في القناة وفي الرسائل إلى المتابعين
event-category-course = دورة
event-category-workshop = ورشة عمل
event-category-seminar = لقاء
event-category-open_day = يوم الأبواب المفتوحة
event-category-trashware = إعادة استخدام أجهزة الكمبيوتر
event-category-open_data = البيانات المفتوحة
event-category-schools = المدارس
event-category-other = فعالية
event-hashtag-course = #corso
event-hashtag-workshop = #laboratorio
event-hashtag-seminar = #incontro
event-hashtag-open_day = #porteaperte
event-hashtag-trashware = #riuso
event-hashtag-open_data = #datiaperti
event-hashtag-schools = #scuole
event-hashtag-other = #evento
event-hashtag-online = #online
event-post-title = 🎓 { $category }: <b>{ $title }</b>
event-post-when = 🗓 { $day }، { $start }–{ $end }
event-post-where = 📍 { $name }، { $where }
event-post-online = 💻 عبر الإنترنت (Online)
event-post-online-link = 💻 عبر الإنترنت (Online): { $url }
event-post-zone = 🗺 في كل المنطقة الاجتماعية (Zona sociale) { $number } · { $zone }
event-post-partners = 🤝 بالتعاون مع: { $partners }
event-post-seats = 👥 عدد الأماكن: { $capacity }. التسجيل مجاني من خلال البوت.
event-post-register = ✍️ التسجيل مجاني من خلال البوت.
event-post-free = مجانية ومفتوحة للجميع.
event-post-cancelled = ❌ <b>تم الإلغاء</b>: { $reason }
event-recur-weekly = 🔁 كل أسبوع: { $days }
event-recur-biweekly = 🔁 كل أسبوعين: { $days }
event-recur-monthly = 🔁 { $day } { $nth ->
        [1] الأول
        [2] الثاني
        [3] الثالث
        [4] الرابع
       *[last] الأخير
    } من كل شهر
event-recur-until = ، حتى { $date }
event-recur-count = ، { $count ->
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }
event-button-details = ℹ️ التفاصيل والتسجيل
event-button-remind = 🔔 أريد تذكيرًا
event-button-calendar = 📅 إضافة إلى التقويم
event-for-followers =
    📢 فعالية جديدة في <b>{ $point }</b>، وهي نقطة تتابعها:

    { $post }
event-cancelled-notice = ❌ أُلغيت فعالية «{ $title }» بتاريخ { $when }. السبب: { $reason }. نأسف لذلك!
event-moved-notice = 🔁 تغيّر موعد فعالية «{ $title }» التي سجّلت فيها. الموعد الجديد: { $when }.
event-place-notice =
    📍 تغيّر مكان فعالية «{ $title }» التي سجّلت فيها ({ $when }). المكان الجديد:
    { $where }
event-post-skipped = 🚫 لن تُقام في: { $days }

## الفعاليات: البطاقة والتسجيل والتذكيرات والملخص
ec-register = ✍️ التسجيل
ec-remind = 🔔 أريد تذكيرًا
ec-unregister = ✖️ إلغاء تسجيلي
ec-follow = 📍 متابعة { $name }
ec-unfollow = 🔕 إلغاء متابعة { $name }
ec-back = ↩️ رجوع
ec-details = ℹ️ التفاصيل
ec-dates-title = <b>المواعيد القادمة</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] مكان واحد متاح
        [two] مكانان متاحان
        [few] { $seats } أماكن متاحة
        [many] { $seats } مكانًا متاحًا
       *[other] { $seats } مكان متاح
    }
ec-state-full = ممتلئ
ec-state-registered = ✅ لديك مكان
ec-state-reminded = 🔔 التذكير مفعّل
ec-over = انتهت هذه الفعالية.
ec-not-found = لا أجد هذه الفعالية. ربما تم حذفها، أو لم تُنشر بعد.
ec-event-cancelled = أُلغيت هذه الفعالية. لا تحتاج إلى فعل أي شيء.
ec-date-cancelled = أُلغي هذا الموعد. لا تحتاج إلى فعل أي شيء.
ec-date-past = مضى هذا الموعد بالفعل.
ec-no-registration = لا حاجة إلى التسجيل في هذه الفعالية: يمكنك الحضور مباشرة.
ec-registered =
    ✅ تم التسجيل: «{ $title }»، { $when }.
    سأرسل لك تذكيرًا قبلها بيوم. إذا لم تستطع الحضور، يُرجى إلغاء التسجيل: سيذهب المكان إلى شخص آخر.
ec-already = لديك بالفعل مكان بتاريخ { $when }.
ec-full = عذرًا، لم تعد هناك أماكن متاحة بتاريخ { $when }. يمكنك اختيار موعد آخر، إذا وُجد. أو متابعة النقطة: سأخبرك بالفعاليات القادمة.
ec-unregistered = تم: أُلغي تسجيلك بتاريخ { $when }. شكرًا لإخبارنا!
ec-not-registered = لا أجد تسجيلًا لك في هذا الموعد.
ec-remind-set = 🔔 حسنًا: سأكتب لك قبلها بيوم، { $at }.
ec-remind-already = التذكير بتاريخ { $when } مفعّل بالفعل.
ec-remind-soon = بقي أقل من يوم: الموعد { $when }. ننتظرك!
ec-reminder =
    🔔 <b>تذكير</b>: غدًا فعالية «{ $title }».
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = لديك مكان. إذا لم تستطع الحضور، يُرجى إلغاء التسجيل: سيذهب المكان إلى شخص آخر.
digest-title = 📅 <b>هذا الأسبوع في نقاط DigiPASS</b>
digest-title-followed = 📅 <b>هذا الأسبوع في نقاط DigiPASS التي تتابعها</b>
digest-zone = <b>المنطقة الاجتماعية (Zona sociale) { $number } · { $name }</b>
digest-zone-none = <b>عبر الإنترنت (Online) وفي كل أومبريا (Umbria)</b>
digest-item = • { $day }، { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }، { $time } — { $title }
digest-online = عبر الإنترنت
digest-zone-wide = في كل المنطقة
digest-more = …و{ $count ->
        [one] موعد واحد آخر
        [two] موعدان آخران
        [few] { $count } مواعيد أخرى
        [many] { $count } موعدًا آخر
       *[other] { $count } موعد آخر
    }. لرؤيتها كلها، يمكنك كتابة /events للبوت.
digest-footer = يُرجى الضغط على عنوان لرؤية التفاصيل وللتسجيل. كل شيء مجاني.
digest-footer-followed = يصلك هذا الملخص لأنك تتابع هذه النقاط. يُرجى الضغط على عنوان لرؤية التفاصيل.

## ما تتابعه
command-follow = النقاط والمناطق التي تتابعها
follow-title = <b>أنت تتابع هذه النقاط والمناطق</b>. سأكتب لك عند وجود أخبار أو فعاليات فيها:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 المنطقة الاجتماعية (Zona sociale) { $name } (كل نقاطها)
follow-hint = لمتابعة نقطة أخرى، يُرجى فتح بطاقتها والضغط على «🔔 متابعة هذه النقطة».
follow-none =
    لا تتابع أي نقطة حتى الآن.
    لمتابعة نقطة، يُرجى فتح بطاقتها والضغط على «🔔 متابعة هذه النقطة». أو يمكنك متابعة منطقة كاملة من الأسفل.
follow-stop-point = 🔕 إلغاء متابعة { $name }
follow-stop-zone = 🔕 إلغاء متابعة المنطقة { $name }
follow-add-zone = 🗺 متابعة منطقة كاملة
follow-choose-zone = أي منطقة اجتماعية (zona sociale) تريد متابعتها؟ ستصلك أخبار وفعاليات كل نقاطها.
follow-zone-done = تم: أنت تتابع هذه المنطقة الآن.
follow-stopped = تم: لن أكتب لك عن هذا بعد الآن.

## الدورات والفعاليات: حسب المنطقة وحسب النوع
events-by-zone = 🗺 حسب المنطقة
events-by-category = 🏷 حسب النوع
events-title-zone = <b>الدورات والفعاليات القادمة في المنطقة الاجتماعية (zona sociale) { $zone }</b>
events-title-category = <b>الفعاليات القادمة: { $category }</b>
events-none-here = لا يوجد شيء هنا خلال الـ 30 يومًا القادمة. يمكنك تجربة منطقة أخرى أو نوع آخر.
events-choose-zone = أي منطقة اجتماعية (zona sociale) تريد رؤية فعالياتها؟
events-choose-category = ما نوع الفعالية التي تبحث عنها؟
