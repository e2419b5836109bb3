<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">إعدادات الكشك</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">غير مضبوط</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">لموظفي المنظمة. بعد بضع محاولات خاطئة عليك الانتظار قبل المحاولة مرة أخرى، ومدة أطول في كل مرة.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">عبارة مرور المسؤول</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">فتح الإعدادات</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">اسم الكشك</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">المنظمة الافتراضية</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">اللغات المتاحة</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">كل اللغات المتاحة</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">التحذير بعد عدم النشاط</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">الوقت المتاح للرد على التحذير</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">رمز المتطوع</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">مضبوط</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">لتغيير هذه الإعدادات، استخدم harbour-kiosk-setup وملف إعدادات الكشك.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">مفتاح التوقيع لهذا الكشك</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">البلاغات المرسلة من هذا الكشك موقّعة بهذا المفتاح. سجّله لدى منظمتك، وقارنوا البصمة بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">البصمة</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">لا يوجد لهذا الكشك مفتاح توقيع، لذلك بلاغاته غير موقّعة: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">قفل الإعدادات</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">تغيير</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">راجع إجاباتك قبل إرسال بلاغك</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">سيُصنَّف بلاغك على أنه عاجل. إذا كنت في خطر الآن، اتصل بالرقم 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">لم يُذكر</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">تغيير إجابتك عن السؤال: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">أرسل بلاغك الآن</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">بلاغك مقفل على هذا الجهاز بحيث لا يستطيع قراءته إلا %1. إذا لم يكن هناك إنترنت الآن، فسيُرسَل عندما يتوفر الإنترنت.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">إرسال البلاغ</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">إجابتك: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">هذا كل ما أخبرتنا به.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">اضغط على «تغيير» لتصحيح إجابة.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">عندما يكون كل شيء صحيحاً، أرسل بلاغك.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">من يتلقّى بلاغك</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">لم يتم الاختيار</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">الشرطة</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">منظمة دعم</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">الشرطة ومنظمة دعم معاً</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">تسجيله فقط: لا أريد اتخاذ أي إجراء</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">لم تختر أي جهة بعد: اختر جهة قبل الإرسال</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">هل يمكنهم التواصل معك؟</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">نعم. لا يمكن أن يتواصل معك إلا %1.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">نعم، لكنك لم تضع علامة على من يمكنه التواصل معك</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">لا، لا أريد الكشف عن هويتي.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">لا، لا أريد الكشف عن هويتي. لا يمكنهم الرد عليك، إلا إذا طلبت رمز متابعة هنا.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">ستحصل على رمز متابعة لقراءة ردودهم.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">إجاباتك</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1، %2</translation>
    </message>
</context>
<context>
    <name>ChosenOrganisations</name>
    <message>
        <source>To contact them, use one of these and give them your reference number:</source>
        <translation type="unfinished">للتواصل معهم، استخدم إحدى هذه الطرق وأعطهم رقمك المرجعي:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">رمز Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">رمزك هو %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">تم إرسال البلاغ</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">تم حفظ البلاغ وهو بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">رقمك المرجعي</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">رقمك المرجعي هو %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">وصل بلاغك إلى %1.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">لا يوجد اتصال مع %1 حتى الآن. سيواصل Harbour المحاولة وسيرسل البلاغ عندما يستطيع. بلاغك مقفل بحيث لا يستطيع قراءته أحد غيرهم.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">اكتب رقمك المرجعي، أو احفظه في مكان آمن. إذا أعطيت بيانات للتواصل معك، فقد تتواصل معك الجهة. وإذا لم تعطِ هذه البيانات، فلا يمكنها التواصل معك.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">طلبت أن يُسجَّل بلاغك فقط. وقد طلبنا منهم ألا يتخذوا أي إجراء.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">إذا كنت في خطر الآن، اتصل بالرقم 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">الدعم وطرق أخرى للحصول على المساعدة</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">إنهاء ومسح هذا البلاغ من الشاشة</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">وصل بلاغك الآن إلى %1.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">تم حفظ بلاغك. سيرسله Harbour عندما يستطيع.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">بلاغك مقفل. لا يستطيع قراءته إلا %1.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">اكتب رقمك المرجعي. احفظه في مكان آمن.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">إذا أعطيت رقم هاتفك أو بريدك الإلكتروني، فقد يتواصلون معك.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">طلبت منهم أن يسجّلوه فقط. لن يتخذوا أي إجراء.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">لم يُرسَل بلاغك</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">لم تقبل %1 بلاغك، لذلك توقف Harbour عن إرساله. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>لم يتمكن Harbour من إرسال بلاغك إلى %1 خلال %n يوم، لذلك توقف عن المحاولة. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه، أو المحاولة مرة أخرى.</numerusform>
            <numerusform>لم يتمكن Harbour من إرسال بلاغك إلى %1 خلال %n يوم، لذلك توقف عن المحاولة. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه، أو المحاولة مرة أخرى.</numerusform>
            <numerusform>لم يتمكن Harbour من إرسال بلاغك إلى %1 خلال %n يوم، لذلك توقف عن المحاولة. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه، أو المحاولة مرة أخرى.</numerusform>
            <numerusform>لم يتمكن Harbour من إرسال بلاغك إلى %1 خلال %n يوم، لذلك توقف عن المحاولة. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه، أو المحاولة مرة أخرى.</numerusform>
            <numerusform>لم يتمكن Harbour من إرسال بلاغك إلى %1 خلال %n يوم، لذلك توقف عن المحاولة. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه، أو المحاولة مرة أخرى.</numerusform>
            <numerusform>لم يتمكن Harbour من إرسال بلاغك إلى %1 خلال %n يوم، لذلك توقف عن المحاولة. يُرجى استخدام إحدى طرق الإبلاغ الأخرى أدناه، أو المحاولة مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">حاول الإرسال مرة أخرى</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">لم يُرسَل بلاغك. يُرجى الإبلاغ بطريقة أخرى.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">لا يستطيع Harbour الوصول إلى Tor على هذا الجهاز. بلاغك ينتظر هنا وسيُرسَل عبر Tor عندما يعمل Tor. لن يُرسَل بأي طريقة أخرى.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">اكتب رقمك المرجعي أو احفظه في مكان آمن. يمكن للمنظمة الرد عليك عبر Harbour: لقراءة الردود، اختر &quot;لدي رمز متابعة&quot; في الصفحة الأولى واكتب رمزك.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">اكتب رمز المتابعة. به يمكنك قراءة ردودهم في Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">إغلاق الرمز</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">هل يمكننا التواصل معك؟</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">يمكنك عدم الكشف عن هويتك. إذا سمحت لجهة بالتواصل معك، يمكنها أن تخبرك بما سيحدث بعد ذلك وأن تقدم لك الدعم.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">لا، لا أريد الكشف عن هويتي</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">نعم، يمكنكم التواصل معي</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">من يمكنه التواصل معك؟</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">الجهات التي تختارها هنا فقط هي التي تحصل على بيانات التواصل معك. أما الجهات الأخرى فتحصل على بلاغك من دون هذه البيانات.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">كيف يمكنهم التواصل معك؟</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">بالهاتف</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">رقم الهاتف</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">مثلاً: 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">على الشرطة أن تتواصل معي عن طريق منظمة الدعم فقط</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">بماذا نناديك؟ (اختياري)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">لا يلزم أن يكون اسمك الكامل أو الحقيقي.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">متى يكون التواصل معك آمناً؟ (اختياري)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">مثلاً: من الاثنين إلى الجمعة بعد الساعة 6 مساءً</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">هل من الآمن ترك رسالة؟ (اختياري)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">نعم، من الآمن ترك رسالة</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">لا، لا تتركوا رسالة</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">لا أعرف بالتأكيد</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">لا أعرف بالتأكيد إن كان من الآمن ترك رسالة</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">مشاركة بلاغك من أجل سلامتك</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">ما أخبرتنا به يدل على أنك قد تكون في خطر كبير. عندما يكون شخص ما في خطر شديد، تجتمع أحياناً الشرطة والمجلس المحلي والخدمات الصحية وخدمات الدعم لوضع خطة للحفاظ على سلامته (اجتماع لتقييم الخطر بين عدة جهات، يُسمى MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">هل يمكن للجهات التي اخترتها أن تشارك بلاغك معهم لهذا الغرض؟</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">نعم، يمكنهم مشاركته من أجل سلامتي</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">لا، لا تشاركوه</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">يمكنك تغيير رأيك لاحقاً: تواصل مع الجهة وأعطها رقمك المرجعي.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">إرسال البلاغ</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">تلقَّ ردًا دون إعطاء بيانات الاتصال (اختياري)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">برمز المتابعة يمكنك قراءة ردود المنظمات في Harbour والرد عليها والإضافة إلى بلاغك، من أي هاتف أو حاسوب. لا يستطيع قراءة الردود إلا من لديه الرمز.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">أعطني رمز متابعة</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">ستراه بعد إرسال بلاغك. اكتبه: Harbour لا يحتفظ به.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">لا يلزمك ذكر اسمك.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">إذا أردت، يمكنهم الاتصال بك أو الكتابة إليك.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">وبذلك يمكنهم إخبارك بما سيحدث بعد ذلك.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">إذا كنت في خطر الآن، اتصل بالرقم 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">اتصل بالرقم 999 واطلب الشرطة، أو اطلب سيارة إسعاف إذا أُصيب أحد.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">إذا كنت من الصم أو لا تستطيع التحدث على الهاتف</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">خدمة 999 BSL: استخدم تطبيق 999 BSL أو موقعه الإلكتروني للوصول إلى مترجم للغة الإشارة البريطانية، وهو سيتصل بالرقم 999 نيابةً عنك.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">أرسل رسالة نصية إلى 999 إذا كنت مسجلاً في خدمة emergencySMS. للتسجيل، أرسل كلمة &quot;register&quot; في رسالة نصية إلى 999.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">بلاغك</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">سيُصنَّف بلاغك على أنه عاجل. لكنه ليس مثل الاتصال بالرقم 999: فقد لا تقرؤه الجهة فوراً.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">عندما تكون في أمان، يمكنك متابعة بلاغك. يمكنك الضغط على «خروج» في أي وقت.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">متابعة بلاغي</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">هل أنت في خطر الآن؟ اتصل بالرقم 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">اطلب الشرطة. اطلب سيارة إسعاف إذا أُصيب أحد.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">هل أنت أصم؟ استخدم خدمة 999 BSL، أو أرسل رسالة نصية إلى 999 إذا كنت مسجلاً.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">اضغط على «خروج» لمغادرة Harbour بسرعة.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">السنة</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">متى تقريباً</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">مثلاً: 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">مثلاً: 3 2024. أضف اليوم إذا كنت تعرفه.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">الوقت (اختياري)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">مثلاً: 18:30 أو 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">تاريخ البداية</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">أبكر تاريخ يمكن أن يكون قد حدث فيه</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">تاريخ النهاية</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">آخر تاريخ يمكن أن يكون قد حدث فيه</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">متى بدأ ذلك؟ (اختياري)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">مثلاً: 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">العرض واللغة</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">العرض واللغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">إغلاق والرجوع</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">نص عادي</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">نص كبير</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">نص كبير جداً</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">تباين عالٍ</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">قراءة الأسئلة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">نسخة سهلة القراءة: جمل قصيرة مع صور</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">لا تترك أثرًا: لا تتذكر هذه الاختيارات على هذا الجهاز</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">حجم النص</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">هناك مشكلة</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">خروج</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">خروج: مغادرة سريعة ومسح هذا البلاغ</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">خطأ: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">الرد على %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">أضف معلومات إلى بلاغك</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">ما تضيفه يصل إلى %1 مع بلاغك. مثلًا، شيء تذكرته أو شيء حدث منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">هل ساعدك الرد؟ (اختياري)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">إجابتك تساعد المنظمات على معرفة ما ينجح.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">نعم، ساعدني</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">ساعدني قليلًا</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">لا، لم يساعدني</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">ردك (اختياري إذا ذكرت هل ساعدك)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">ما تريد إضافته</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">إرسال الرد</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">إرسال</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">المنظمات التي ردّت عليك</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">أدخل رمز المتابعة</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">هذا هو الرمز المكوّن من 20 حرفًا ورقمًا الذي حصلت عليه عند إرسال بلاغك.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">رمز المتابعة</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">مثلًا: K82Q V992 78T6 CAJ1 0HKB. لا تهم المسافات والشرطات والأحرف الكبيرة.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">رمز المتابعة الخاص بك</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">اكتبه الآن واحفظه في مكان آمن. به يمكنك قراءة ردود المنظمة في Harbour على أي هاتف أو حاسوب، والرد عليها والإضافة إلى بلاغك.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">لا يحتفظ Harbour بهذا الرمز. إذا فقدته فلا أحد يستطيع إعادته إليك. ويمكن لأي شخص لديه الرمز قراءة الردود.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">اقرأ الرمز بصوت عالٍ</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">رمز المتابعة الخاص بك هو: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">اعرض الرمز فقط</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">اعرض الرمز فقط، لكتابته أو تصويره</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">تأكد من أن رمزك لديك</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">اكتب رمز المتابعة</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">لا تهم المسافات والشرطات والأحرف الكبيرة.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">تحقق من رمزي</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">هذا هو رمزك. احفظه في مكان آمن.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">جارٍ إعداد رمز المتابعة. قد يستغرق ذلك دقيقة على بعض الهواتف. سيُرسل بلاغك عندما يصبح جاهزًا.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">جارٍ إعداد رمز المتابعة</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">جارٍ فتح ردودك (الخطوة 1 من 2). قد يستغرق ذلك دقيقة على بعض الهواتف.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">جارٍ البحث عن ردود (الخطوة 2 من 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">جارٍ حذف الردود.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">الردود على بلاغك</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">لا توجد ردود بعد.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">تردّ المنظمات عادةً خلال 5 أيام عمل. إذا كنت تنتظر ردًا فتحقق من رمزك: الرمز الذي يختلف بحرف أو رقم واحد يفتح صندوقًا فارغًا.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">لم يتمكن Harbour من الوصول إلى كل المنظمات. قد تكون هناك ردود أخرى: حاول لاحقًا.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">من %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">لقد رددت على هذا الرد.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">الرد على هذا الرد</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">الرد على هذا الرد من %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">أضف معلومات إلى بلاغك</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">ابحث عن ردود جديدة</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">حذف الردود يعني أن لا أحد يستطيع قراءتها مجددًا، حتى برمزك. ويحذفها Harbour على أي حال بعد 90 يومًا.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">احذف هذه الردود</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">إنهاء ومسح الردود من الشاشة</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">لم تتم إضافة أي شيء بعد.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">تغيير</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">تغيير %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">إزالة</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">إزالة %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">أجب عمّا تستطيع. اترك أي شيء لم تره.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">اللغة: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">اختر لغتك</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Harbour</source>
        <translation type="unfinished">Harbour</translation>
    </message>
</context>
<context>
    <name>NeutralCover</name>
    <message>
        <source>Screen cleared</source>
        <translation type="unfinished">تم مسح الشاشة</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">ما نوع المكان؟</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">صف المكان (اختياري)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">مثلاً: موقف الحافلات أمام المكتبة، أو اسم المتجر.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">المنطقة (اختياري)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">الجزء الأول من الرمز البريدي، مثل E1، أو اسم المدينة. وليس الرمز البريدي كاملاً.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">أدخل التاريخ</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">يجب أن يتضمن التاريخ اليوم</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">يجب أن يتضمن التاريخ الشهر</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">يجب أن يتضمن التاريخ السنة</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">يجب أن يكون التاريخ تاريخاً صحيحاً</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">يجب أن تتكون السنة من 4 أرقام، مثل 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">يجب أن يكون التاريخ اليوم أو في الماضي</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">أدخل تاريخ البداية</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">يجب أن يتضمن تاريخ البداية اليوم</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">يجب أن يتضمن تاريخ البداية الشهر</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">يجب أن يتضمن تاريخ البداية السنة</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">يجب أن يكون تاريخ البداية تاريخاً صحيحاً</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">يجب أن تتكون سنة تاريخ البداية من 4 أرقام، مثل 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">يجب أن يكون تاريخ البداية اليوم أو في الماضي</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">أدخل تاريخ النهاية</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">يجب أن يتضمن تاريخ النهاية اليوم</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">يجب أن يتضمن تاريخ النهاية الشهر</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">يجب أن يتضمن تاريخ النهاية السنة</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">يجب أن يكون تاريخ النهاية تاريخاً صحيحاً</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">يجب أن تتكون سنة تاريخ النهاية من 4 أرقام، مثل 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">يجب أن يكون تاريخ النهاية اليوم أو في الماضي</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">أدخل الشهر والسنة اللذين بدأ فيهما ذلك</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">يجب أن يتضمن التاريخ الذي بدأ فيه ذلك اليوم</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">يجب أن يتضمن التاريخ الذي بدأ فيه ذلك الشهر</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">يجب أن يتضمن التاريخ الذي بدأ فيه ذلك السنة</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">يجب أن يكون التاريخ الذي بدأ فيه ذلك تاريخاً صحيحاً</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">يجب أن تتكون السنة التي بدأ فيها ذلك من 4 أرقام، مثل 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">يجب أن يكون التاريخ الذي بدأ فيه ذلك اليوم أو في الماضي</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">هل أنت في خطر الآن؟</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">إذا كنت في خطر، فسنريك كيف تحصل على المساعدة فوراً. ويمكنك متابعة هذا البلاغ بعد ذلك.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">معلومات عنك</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">لمن تقدّم هذا البلاغ؟</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">حدث ذلك لي</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">رأيته يحدث لشخص آخر</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">أقدّم البلاغ نيابةً عن شخص آخر</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">مثلاً: صديق، أو أحد أفراد العائلة، أو شخص تقدّم له الدعم.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">متطوع يساعدني في تقديم هذا البلاغ</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">ما الذي حدث</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">ماذا حدث؟</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">أخبرنا بكلماتك. اذكر كل ما تتذكره قدر الإمكان. يمكنك أن تأخذ وقتك.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">أخبرنا بما حدث</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">ما نوع ما حدث؟</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">اختر كل ما ينطبق.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">تعرّض شخص لاعتداء أو أذى</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">تهديدات</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">صراخ أو إهانات أو شتائم</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">مضايقة، أو ملاحقة أو إزعاج مرة بعد مرة</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">إتلاف منزل أو سيارة أو ممتلكات أخرى، ومن ذلك الكتابة على الجدران</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">سُرق شيء</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">إساءة عبر الإنترنت أو بالرسائل أو بالهاتف</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">اعتداء جنسي</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">شيء آخر</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">أفضّل ألا أقول</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">لماذا تظن أنه استهدفك أو استهدف شخصاً آخر؟</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">اختر كل ما ينطبق. يكفي أن تعتقد ذلك أنت أو أي شخص آخر.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">العرق أو الأصل العرقي، ومن ذلك الغجر والرحّالة الأيرلنديون والروما</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">الدين أو المعتقد، ومن ذلك عدم وجود أي معتقد</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">التوجه الجنسي</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">مثلاً: أن يكون الشخص مثلياً أو مثلية أو مزدوج الميول الجنسية.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">الإعاقة، ومنها صعوبات التعلم والصحة النفسية</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">أن يكون الشخص عابراً جنسياً (متحوّل الجنس)</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">الانتماء إلى ثقافة فرعية بديلة</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">مثلاً: أن يكون الشخص من «القوط» (goth) أو «البانك» (punk) أو «الإيمو» (emo).</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">الجنس أو النوع الاجتماعي</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">مثلاً: العداء تجاه النساء.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">العمر</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">شيء آخر يتعلق بهوية الشخص</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">لا أعرف</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">ما الأمر الآخر في الشخص الذي تظن أنه استُهدف بسببه؟</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">عبر الإنترنت</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">هل حدث ذلك عبر الإنترنت، أو عن طريق هاتف أو كمبيوتر؟</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">مثلاً: على وسائل التواصل الاجتماعي، أو في الرسائل، أو بالبريد الإلكتروني، أو في مكالمة هاتفية.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">نعم، كله</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">جزء منه</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">على أي موقع أو تطبيق أو خدمة حدث ذلك؟</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">مثلاً: فيسبوك أو تيك توك أو واتساب، أو لعبة، أو البريد الإلكتروني، أو مكالمة هاتفية.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">رابط المنشور أو الرسالة أو الحساب</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">انسخ عنوان الصفحة إذا استطعت، أو اكتب اسم الحساب الذي فعل ذلك.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">ماذا كتبوا أو قالوا؟</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">هل ما زال ظاهراً على الإنترنت؟</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">متى وأين</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">متى حدث ذلك؟</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">إذا لم تكن متأكداً، فالتقدير التقريبي يفيد.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">أين حدث ذلك؟</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">لا نستخدم موقعك. أخبرنا فقط بما تريد أن تخبرنا به.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">في منزل أو قربه</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">في الشارع</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">في وسائل النقل العام، أو في محطة أو موقف</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">في متجر أو قربه</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">في حانة أو بار أو نادٍ ليلي أو قربه</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">في حديقة أو مكان مفتوح</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">في مدرسة أو كلية أو جامعة</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">في العمل</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">في مكان عبادة أو قربه</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">في دار رعاية أو سكن مدعوم</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">في مبنى تابع للمجلس المحلي أو الشرطة أو الخدمات الصحية</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">عبر الإنترنت فقط</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">في مكان آخر</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">الأشخاص الذين فعلوا ذلك</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">كم عدد الأشخاص الذين فعلوا ذلك؟</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">شخص واحد</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">شخصان</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">من ثلاثة إلى خمسة أشخاص</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">أكثر من خمسة أشخاص</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">هل تعرف من فعل ذلك؟</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">لا، كانوا غرباء</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">نعم، أعرف من فعل ذلك</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">أعرف بعضهم</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">لا أعرف بالتأكيد</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">ما صلتهم بك؟</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">مثلاً: جار، أو شخص من العمل أو المدرسة، أو اسمه إذا أردت ذكره.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">صف الأشخاص الذين فعلوا ذلك</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">أضف كل شخص تتذكره. صِفه كما بدا لك. اترك أي شيء لم تره.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">الشخص %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">إضافة شخص</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">كم كان عمر الشخص تقريباً؟</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">أقل من 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">من 18 إلى 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">من 25 إلى 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">من 35 إلى 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">من 45 إلى 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">من 55 إلى 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">من 65 فما فوق</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">ما جنس الشخص كما بدا لك؟</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">رجل</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">امرأة</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">غير ذلك</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">لم أستطع أن أعرف</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">كيف كانت بنية جسم الشخص؟</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">بنية نحيفة</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">بنية متوسطة</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">بنية ضخمة أو ممتلئة</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">بنية عضلية</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">كم كان طول الشخص؟</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">أقصر من معظم الناس</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">طول متوسط تقريباً</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">أطول من معظم الناس</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">لون البشرة أو المظهر العرقي، كما بدا لك</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">الملابس التي كان يرتديها الشخص</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">الشعر</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">مثلاً: اللون أو الطول أو التسريحة، أو وجود لحية.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">لهجة الشخص أو اللغة التي تكلم بها</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">أي شيء آخر لاحظته</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">مثلاً: وشوم أو ندوب أو نظارات أو طريقة المشي.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">هل كانت لديهم سيارة أو شاحنة صغيرة أو مركبة أخرى؟</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">صف المركبة</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">أخبرنا بكل ما تتذكره. جزء من رقم اللوحة يفيد أيضاً.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">المركبة %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">إضافة مركبة</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">الماركة</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">مثلاً: فورد.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">الطراز (الموديل)</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">مثلاً: ترانزيت.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">اللون</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">رقم اللوحة، أو جزء منه</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">هل رأى أحد آخر ما حدث؟</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">أخبرنا عن الأشخاص الذين رأوا ما حدث</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">مثلاً: كم كان عددهم، أو كيف يمكن التواصل معهم إذا كنت تعرف ذلك وهم موافقون.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">هل من الممكن أن يكون قد صُوِّر؟</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">مثلاً: بكاميرات المتاجر أو الحافلات أو أجراس الأبواب، أو بهاتف أحد الأشخاص.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">سلامتك</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">هل حدث شيء مثل هذا من قبل؟</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">لك، أو للشخص الذي حدث له ذلك.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">كم مرة حدث ذلك من قبل؟</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">مرة واحدة من قبل</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">بضع مرات</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">مرات كثيرة</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">يحدث طوال الوقت</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">هل هم نفس الأشخاص الذين فعلوا ذلك من قبل؟</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">هل الأمور تزداد سوءاً؟</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">هل يعرف الأشخاص الذين فعلوا ذلك أين تسكن؟</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">هل تعرف أين يسكنون؟</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">هل هددوا بالعودة أو بإيذائك؟</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">هل أُصيب أحد؟</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">هل يحتاج أحد إلى مساعدة طبية الآن؟</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">إذا كانت إصابة أحد خطيرة، اتصل بالرقم 999 لطلب سيارة إسعاف.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">هل تشعر بالأمان في منزلك الآن؟</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">هل هناك شخص آخر في خطر؟</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">أطفال</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">عائلتي أو الأشخاص الذين أعيش معهم</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">أشخاص آخرون في مجتمعي</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">شخص آخر</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">لا أحد آخر</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">هل هناك ما يصعّب عليك الحصول على المساعدة؟</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">اختر كل ما ينطبق. هذا يساعد الجهة على دعمك بالطريقة المناسبة.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">إعاقة أو حالة صحية</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">الوحدة، أو العزلة عن الآخرين</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">مخاوف بشأن وضع الهجرة أو الإقامة</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">لا شيء</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">الدعم</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">ما الذي قد يساعدك؟</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">شخص أتحدث إليه</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">مساعدة عملية</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">مثلاً: في السكن أو الإصلاحات أو الأمان.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">مترجم</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">معلومات بصيغة أخرى</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">شخص يتحدث نيابةً عني ويدافع عن حقوقي (مناصر)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">لا شيء مما سبق</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">ما اللغة التي تريد مترجماً لها؟</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">اذكر لغة الإشارة البريطانية إذا كنت تحتاج إليها.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">ما الصيغ التي قد تساعدك؟</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">نسخة سهلة القراءة</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">طباعة بخط كبير</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">فيديو بلغة الإشارة البريطانية (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">تسجيل صوتي</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">كم عمرك؟</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">هذا يساعد الجهات على معرفة من يتأثر. لا يلزمك أن تجيب.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">من 65 إلى 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">من 75 فما فوق</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">كيف تصف نفسك؟</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">مثلاً: جنسك أو أصلك العرقي أو دينك، أو أي شيء آخر تريد أن تعرفه الجهة. يمكنك ترك هذا فارغاً.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">اختر إحدى الإجابات</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">اكتب الوقت مثل 18:30 أو 6:30pm، أو اتركه فارغًا</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">يجب أن يكون تاريخ النهاية بعد تاريخ البداية</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">يجب ألا تزيد إجابتك على %1 حرفًا. فيها %2 زيادة.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">اختر من الإجابات المعروضة</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">اختر «%1» وحده، أو الإجابات الأخرى، وليس كليهما</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">يجب ألا يزيد وصف المكان على %1 حرفًا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">نعم</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">أعرف التاريخ</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">أعرف متى تقريبًا (تقدير)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">كان بين تاريخين</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">يتكرر باستمرار</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">اكتب الجزء الأول فقط من الرمز البريدي، مثل E1، وليس الرمز البريدي كاملًا</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">يجب ألا تزيد المنطقة على 60 حرفًا</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">اكتب الجزء الأول من الرمز البريدي، مثل E1، أو اسم بلدة، مثل Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">المنطقة: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 الساعة %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">نحو %1 (تقدير)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">بين %1 و%2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">يتكرر باستمرار منذ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (اختياري)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">هل أنت في خطر الآن؟</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">إذا كنت في خطر، فسنريك بمن تتصل لطلب المساعدة.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">يمكنك العودة إلى هذا البلاغ بعد ذلك.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">أخبرنا لمن حدث هذا.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">قد يكون حدث لك، أو لشخص آخر.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">أخبرنا بما حدث، بكلماتك.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">خذ وقتك. اكتب كل ما تتذكره.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">ماذا فعلوا؟ اختر كل إجابة صحيحة.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">لماذا تظن أنهم استهدفوك، أو استهدفوا ذلك الشخص؟</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">اختر كل إجابة صحيحة. يكفي ما تظنه أنت.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">أخبرنا بأي شيء آخر في الشخص تظن أنه سبب استهدافه.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">هل حدث ذلك على هاتف أو كمبيوتر أو على الإنترنت؟</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">مثلاً: في الرسائل، أو على وسائل التواصل الاجتماعي، أو في مكالمة هاتفية.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">على أي تطبيق أو موقع حدث ذلك؟ مثلاً: Facebook أو WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">انسخ رابط المنشور أو الحساب، إذا استطعت.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">أخبرنا بما كتبوه أو قالوه. انسخ كلماتهم إذا استطعت.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">هل ما زال الناس يستطيعون رؤيته على الإنترنت؟</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">متى حدث ذلك؟ إذا لم تكن متأكداً، اذكر الوقت تقريباً.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">نحن لا نتتبّع مكانك. أخبرنا فقط بما تريد أن تخبرنا به.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">هل تعرف الأشخاص الذين فعلوا ذلك؟</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">ما صلتهم بك؟ مثلاً: جار أو شخص من العمل.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">أخبرنا كيف كان شكل كل شخص.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">أخبرنا فقط بما رأيته. يمكنك ترك بعض الأشياء.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">كم كان يبدو عمر الشخص تقريباً؟</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">ما جنس الشخص كما بدا لك؟</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">كيف كان شكل جسم الشخص، كما بدا لك؟</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">كم كان طول الشخص، كما بدا لك؟</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">ما لون بشرة الشخص أو مظهره العرقي، كما بدا لك؟</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">ما الملابس التي كان يرتديها الشخص؟</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">كيف كان شعر الشخص؟ مثلاً: اللون، أو وجود لحية.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">كيف كان الشخص يتكلم؟ أخبرنا بلهجته أو لغته.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">هل لاحظت أي شيء آخر؟ مثلاً: وشوم أو ندوب أو نظارات.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">هل كانت لديهم سيارة أو شاحنة صغيرة أو مركبة أخرى؟</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">أخبرنا بما تتذكره عن المركبة.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">جزء من رقم اللوحة يفيد أيضاً.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">ما ماركة المركبة؟ مثلاً: Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">ما موديل المركبة؟ مثلاً: Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">ما لون المركبة؟</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">ما رقم اللوحة؟ جزء منه يفيد أيضاً.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">أخبرنا عن الأشخاص الذين رأوا ما حدث.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">أخبرنا كيف نتواصل معهم، ولكن فقط إذا وافقوا.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">هل يمكن أن تكون كاميرا قد صوّرته؟ مثلاً: في متجر أو حافلة أو هاتف.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">هل حدث شيء مثل هذا من قبل؟</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">كم مرة حدث ذلك من قبل؟</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">هل قالوا إنهم سيعودون، أو سيؤذونك؟</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">هل يحتاج أحد إلى طبيب أو ممرض الآن؟</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">هل يمكن أن يتأذى شخص آخر أو يكون في خطر؟</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">اختر كل إجابة صحيحة.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">هل هناك ما يصعّب عليك الحصول على المساعدة؟</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">هذا يساعدهم على مساعدتك بالطريقة المناسبة.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">ما المساعدة التي تريدها؟ اختر كل إجابة تريدها.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">ما اللغة التي تريد مترجماً لها؟ يمكن أن تكون لغة الإشارة.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">كيف تريد أن تصلك المعلومات؟ مثلاً: نسخة سهلة القراءة أو طباعة بخط كبير.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">كم عمرك؟ لا يلزمك أن تجيب.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">أخبرنا عن نفسك إذا أردت. يمكنك ترك هذا فارغاً.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">المزيد عمّا حدث</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">انسخه هنا إذا استطعت، كلمة بكلمة. احتفظ بأي لقطات شاشة على هاتفك واذكر هنا أنها لديك: يمكن أن تطلبها منك الجهة لاحقاً.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">لن يرى هذه الإجابة إلا الجهات التي تختار أن ترسل إليها هذا البلاغ (والشرطة أيضاً، إذا اخترتها). منظمات الدعم لا تعطيها لسلطات إنفاذ قوانين الهجرة دون موافقتك.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">لن يرى إجابتك إلا الجهات التي تختارها.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">إيقاف القراءة</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">قراءة هذه الصفحة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">القراءة بصوت عالٍ غير متاحة باللغة %1 على هذا الجهاز. يمكن لمتطوع أو صديق أن يقرأ لك الأسئلة.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">إلى من نرسل بلاغك؟</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">الشرطة</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">شرطة المنطقة التي حدث فيها ذلك.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">منظمة دعم</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">مركز لتلقي البلاغات لا يتبع الشرطة. يمكنه دعمك، ويمكنه أن ينقل بلاغك إلى الشرطة إذا أردت.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">الشرطة ومنظمة دعم معاً</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">تحصل كل جهة على نسختها الخاصة.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">تسجيله فقط: لا أريد اتخاذ أي إجراء</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">تسجّله منظمة دعم حتى تُحسب جرائم الكراهية. ونطلب منها ألا تتخذ أي إجراء.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">بلاغك مقفل بحيث لا يستطيع قراءته إلا الجهات التي تختارها. ويمكن لكل جهة أن ترى الجهات الأخرى التي اخترتها.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">لا يجد Harbour قائمة محدّثة بالجهات على هذا الجهاز، لذلك لا يمكنه إرسال بلاغك. يُرجى الاتصال بأحد أرقام الهاتف في الصفحة الأولى.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">يرسل هذا الجهاز كل البلاغات إلى: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">اختر جهاز الشرطة</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">اختر جهاز الشرطة ومنظمة دعم</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">اختر منظمة دعم</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">هذه الجهات تغطي %1، حيث قلت إن ذلك حدث.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">لم تذكر أين حدث ذلك، لذلك تظهر الجهات في كل المناطق.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. بلاغات عن: %3. اللغات: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">ماذا تريد أن يحدث؟</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">اختر من يحصل على بلاغك.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">لا يستطيع قراءته إلا من تختارهم.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">يمكن لمجموعة دعم أن تساعدك. ويمكن للشرطة أن تحقق فيما حدث.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">أرسله الآن</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">أرسله في وقت عشوائي خلال اليوم القادم</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">أرسله في وقت عشوائي خلال الأيام الثلاثة القادمة</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">متى يُرسَل</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">ترى المنظمة متى يصل بلاغك. إذا كنت لا تريد أن يتطابق ذلك الوقت مع المكان الذي كنت فيه، يمكن لـ Harbour إرساله لاحقًا، في وقت لا يمكن لأحد تخمينه.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">كيف يبدو Harbour وكيف يُسمع</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">إذا كنت بحاجة إلى مساعدة الآن</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">إذا كنت في خطر الآن، اتصل بالرقم 999. يمكن للصم استخدام خدمة 999 BSL، أو إرسال رسالة نصية إلى 999 إذا كانوا مسجلين. في الحالات غير الطارئة، اتصل بالرقم 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">الموظفون: مساعدة شخص على تقديم بلاغ</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">إذا كنت متطوعًا تساعد شخصًا على الإبلاغ، فأدخل رمز المتطوع. سيذكر البلاغ أن شخصًا ساعد. ولن يذكر أبدًا من هو.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">رمز المتطوع</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">بدء وضع المساعدة</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">وضع المساعدة مفعّل. سيذكر البلاغ أن متطوعًا ساعد. ولن يذكر أبدًا من هو.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">إيقاف الحد الزمني لهذه الجلسة</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">لن يُمسح البلاغ إذا لم يلمس أحد الشاشة لفترة. اضغط خروج عندما تنتهي.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">بدء البلاغ</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">للمنظمة</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">إعدادات الكشك (عبارة مرور المسؤول)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">الإبلاغ عن جريمة كراهية</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">الإبلاغ عن جريمة كراهية أو حادثة كراهية</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">استخدم هذا لتخبر جهة بشيء حدث لك أو لشخص آخر بسبب هويته.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">يستغرق ذلك نحو 10 دقائق. لا يلزمك ذكر اسمك. لا يستطيع قراءة ما ترسله إلا %1.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">يمكنك الضغط على «خروج» في أي وقت. يمسح ذلك كل ما كتبته.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">ابدأ الآن</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">إذا كنت في خطر الآن، أو تفضّل الاتصال هاتفياً:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">إذا كنت في خطر الآن، اتصل بالرقم 999. يمكن للصم استخدام خدمة 999 BSL، أو إرسال رسالة نصية إلى 999 إذا كانوا مسجلين. في الحالات غير الطارئة، اتصل بالرقم 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">وضع المساعدة مفعّل: سيذكر البلاغ أن متطوعًا ساعد، ولن يذكر أبدًا من هو.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">الموظفون: أنا أساعد شخصًا</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">أخبرنا إذا تعرّض شخص للأذى أو للتخويف بسبب هويته.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">يستغرق ذلك نحو 10 دقائق.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">لا يلزمك ذكر اسمك.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">لا يستطيع قراءة ما ترسله إلا %1.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">اضغط على «خروج» في أي وقت. يمسح ذلك كل ما كتبته.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">لدي رمز متابعة</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">لدي رمز متابعة: اقرأ الردود على بلاغي</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">أرسله الآن، أو أخبرنا بالمزيد</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">لقد أخبرتنا بما يكفي لإرسال بلاغك. يمكنك إرساله الآن.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">يمكنك إرسال بلاغك الآن.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">أو يمكنك أن تخبرنا بالمزيد. أنت تختار أي الأجزاء.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">كل جزء يعود إليك. يمكنك تخطيها كلها.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">راجع بلاغك وأرسله</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">أخبرنا بالمزيد (اختياري)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">طلبت أن يُسجَّل بلاغك فقط، لذلك لا تحتاج إلى الإجابة عن أي من هذه الأجزاء. افتح أي جزء فقط إذا أردت.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">المزيد من التفاصيل قد يساعدهم على التصرف، مثلاً لمعرفة من فعل ذلك أو للحفاظ على سلامتك. افتح أي جزء تريده وتخطَّ الباقي.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">لم يبدأ بعد</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">تمت الإجابة عن %1 من %2</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">هل تحتاج إلى مزيد من الوقت؟</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>حفاظاً على خصوصية بلاغك، سنمسحه خلال %n ثانية إذا لم تفعل أي شيء.</numerusform>
            <numerusform>حفاظاً على خصوصية بلاغك، سنمسحه خلال ثانية واحدة إذا لم تفعل أي شيء.</numerusform>
            <numerusform>حفاظاً على خصوصية بلاغك، سنمسحه خلال ثانيتين إذا لم تفعل أي شيء.</numerusform>
            <numerusform>حفاظاً على خصوصية بلاغك، سنمسحه خلال %n ثوانٍ إذا لم تفعل أي شيء.</numerusform>
            <numerusform>حفاظاً على خصوصية بلاغك، سنمسحه خلال %n ثانية إذا لم تفعل أي شيء.</numerusform>
            <numerusform>حفاظاً على خصوصية بلاغك، سنمسحه خلال %n ثانية إذا لم تفعل أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">أحتاج إلى مزيد من الوقت</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">امسح بلاغي الآن</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">طريقة الإرسال</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">عندما يصل بلاغك، يمكن للمنظمة أن ترى عنوان الإنترنت لهذا الجهاز. قد يكشف هذا العنوان من يزوّدك بالإنترنت ومكانك على وجه التقريب.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">يخفي Tor هذا العنوان. يمر بلاغك أولًا عبر ثلاثة حواسيب أخرى، فلا ترى المنظمة عنوانك ولا يرى مزوّد الإنترنت إلى أين يذهب البلاغ. يجب أن يكون Tor قيد التشغيل على هذا الجهاز، مثل تطبيق Orbot على أندرويد.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">أرسله مباشرة</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">أرسله عبر Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">إذا لم يكن Tor قيد التشغيل، ينتظر بلاغك على هذا الجهاز حتى يعمل. لا يُرسَل أبدًا بطريقة أخرى. يمكن لمزوّد الإنترنت أن يرى أنك تستخدم Tor، لكن لا يرى ما ترسله.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">رمز المتطوع هذا غير صحيح. تحقق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">عبارة مرور المسؤول هذه غير صحيحة. تحقق منها وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">رمز المتطوع هذا غير صحيح. محاولات خاطئة كثيرة: يمكنك المحاولة مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">عبارة مرور المسؤول هذه غير صحيحة. محاولات خاطئة كثيرة: يمكنك المحاولة مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">محاولات خاطئة كثيرة. لم يُتحقق من شيء. يمكنك المحاولة مرة أخرى بعد %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">لا يوجد لهذا الكشك رمز متطوع. يمكن للمنظمة ضبطه باستخدام harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">لا توجد لهذا الكشك عبارة مرور للمسؤول. يمكن للمنظمة ضبطها باستخدام harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">لا يستطيع هذا الكشك تسجيل المحاولات، لذلك لم يُتحقق من شيء. اطلب من المنظمة فحص هذا الكشك.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">العرق أو الأصل العرقي</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">الدين أو المعتقد</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">التوجه الجنسي</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">الإعاقة</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">هوية العابرين جنسياً</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">تغطي %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">تغطي كل المناطق</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">الشرطة</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">منظمة دعم</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">الانتماء إلى ثقافة فرعية بديلة</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">الجنس أو النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">العمر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">غير ذلك</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">كل أنواع جرائم الكراهية</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 و%n لغة أخرى</numerusform>
            <numerusform>%1 ولغة أخرى</numerusform>
            <numerusform>%1 ولغتان أخريان</numerusform>
            <numerusform>%1 و%n لغات أخرى</numerusform>
            <numerusform>%1 و%n لغة أخرى</numerusform>
            <numerusform>%1 و%n لغة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">أرسل بريدًا إلكترونيًا إلى %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">لا يجد Harbour قائمة محدّثة بالجهات على هذا الجهاز، لذلك لا يمكنه إرسال بلاغك. يُرجى الاتصال بأحد أرقام الهاتف في الأسفل.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">اختر من يجب أن يستلم بلاغك</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">اختر جهاز الشرطة</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">اختر منظمة دعم</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">اختر إن كان يمكننا التواصل معك</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">اختر من يمكنه التواصل معك</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">اختر كيف يمكننا التواصل معك: بالهاتف أو بالبريد الإلكتروني أو بكليهما</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">أدخل رقم هاتف، مثل 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">أدخل عنوان بريد إلكتروني بالشكل الصحيح، مثل name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">لكي يتم التواصل معك عن طريق منظمة دعم، اسمح لمنظمة دعم بالتواصل معك</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">اختر إن كان يمكننا مشاركة بلاغك مع جهات أخرى من أجل سلامتك</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">اتصل بالرقم %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">أرسل رسالة نصية إلى %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">خدمة Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">مكالمة فيديو بلغة الإشارة البريطانية (BSL): %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">الموقع الإلكتروني: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">لم يتمكن هذا الجهاز من إنشاء رمز متابعة: يحتاج إلى نحو 256 ميغابايت من الذاكرة الفارغة. أغلق التطبيقات الأخرى وحاول مجددًا، أو أرسل بلاغك دون رمز.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">اكتب رمز المتابعة</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">هذا ليس الرمز نفسه. انظر إلى كل حرف ورقم مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">أدخل رمز المتابعة</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">يتكون رمز المتابعة من 20 حرفًا ورقمًا. تأكد أنك كتبتها كلها، دون زيادة.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">تحقق من رمز المتابعة: فيه حرف لا تستخدمه الرموز. تستخدم الرموز الأرقام من 0 إلى 9 والأحرف من A إلى Z، ما عدا U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">لا توجد في هذا الجهاز ذاكرة فارغة كافية لفتح رمز متابعة (يحتاج إلى نحو 256 ميغابايت). أغلق التطبيقات الأخرى وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">لا يستطيع Harbour البحث عن ردود الآن. تأكد من اتصالك بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">حُذفت الردود. لا أحد يستطيع قراءتها الآن، حتى بالرمز.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">تعذّر حذف بعض الردود الآن. حاول لاحقًا.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">اكتب ردك، أو قل هل ساعدك الرد</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">اكتب ما تريد إضافته إلى بلاغك</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">نصك طويل جدًا. اجعله أقصر.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">لا يستطيع Harbour حفظ ردك على هذا الجهاز. لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">يمكنك إضافة معلومات بعد أن تردّ عليك منظمة.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">لا يعرف Harbour أين يرسل هذا: المنظمة التي ردّت ليست في قائمته. تواصل معها بطريقة أخرى وأعطها رقمك المرجعي.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">تعذّر حفظ ردك لإرساله. ربما امتلأ جهازك. لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">حُفظ ردك. سيرسله Harbour في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">حُفظ ما أضفته. سيرسله Harbour في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">أُرسل. أصبح ردك لدى المنظمة الآن.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">تعذّر فتح بعض الردود بهذا الرمز: ربما تغيّرت في الطريق. لا تُعرض.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">الجهات التي تختارها</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">لا يستطيع Harbour حفظ البلاغات على هذا الجهاز. يُرجى استخدام طريقة أخرى للإبلاغ.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">اختر من يستلم بلاغك قبل إرساله. لم يُرسَل أي شيء.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">تعذّر تجهيز بلاغك للإرسال. لم يُرسَل أي شيء.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">تعذّر حفظ بلاغك للإرسال. قد تكون ذاكرة جهازك ممتلئة. إجاباتك ما زالت هنا: أفرغ بعض المساحة واضغط على «إرسال البلاغ» مرة أخرى.</translation>
    </message>
</context>
</TS>
