<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">کیوسک کی ترتیبات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">مقرر نہیں</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">تنظیم کے عملے کے لیے۔ چند غلط کوششوں کے بعد دوبارہ کوشش سے پہلے انتظار کرنا ہوگا، ہر بار زیادہ دیر۔</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">منتظم کا پاس فریز</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">پاس فریز کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">ترتیبات کھولیں</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">کیوسک کا نام</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">طے شدہ تنظیم</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">پیش کی گئی زبانیں</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">تمام دستیاب زبانیں</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">کوئی سرگرمی نہ ہونے پر انتباہ</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">انتباہ کا جواب دینے کا وقت</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">رضاکار کوڈ</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">مقرر ہے</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">ان ترتیبات کو بدلنے کے لیے harbour-kiosk-setup اور کیوسک کی کنفیگریشن فائل استعمال کریں۔</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">اس کیوسک کی دستخطی کلید</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">اس کیوسک کی رپورٹس اس کلید سے دستخط شدہ ہوتی ہیں۔ اسے اپنی تنظیم کے پاس رجسٹر کریں، اور فنگرپرنٹ بلند آواز سے ملائیں۔</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">فنگرپرنٹ</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">اس کیوسک کے پاس دستخطی کلید نہیں، اس لیے اس کی رپورٹس پر دستخط نہیں: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">ترتیبات بند کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">تبدیل کریں</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">رپورٹ بھیجنے سے پہلے اپنے جواب دوبارہ دیکھ لیں</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">آپ کی رپورٹ پر فوری توجہ کا نشان لگایا جائے گا۔ اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">نہیں بتایا گیا</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">اپنا جواب تبدیل کریں: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">اب اپنی رپورٹ بھیجیں</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">آپ کی رپورٹ اس ڈیوائس پر لاک ہے تاکہ صرف %1 اسے پڑھ سکیں۔ اگر ابھی انٹرنیٹ نہیں ہے تو انٹرنیٹ آنے پر یہ بھیج دی جائے گی۔</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">رپورٹ بھیجیں</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">آپ کا جواب: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">یہ وہ سب کچھ ہے جو آپ نے ہمیں بتایا۔</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">کوئی جواب ٹھیک کرنے کے لیے &quot;تبدیل کریں&quot; دبائیں۔</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">جب سب ٹھیک ہو تو اپنی رپورٹ بھیجیں۔</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">آپ کی رپورٹ کس کو ملے گی</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">نہیں چنا گیا</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">پولیس</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">ایک مددگار ادارہ</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">پولیس اور ایک مددگار ادارہ، دونوں</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">صرف ریکارڈ کریں: مجھے کوئی کارروائی نہیں چاہیے</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">ابھی کوئی ادارہ نہیں چنا گیا: بھیجنے سے پہلے ایک ادارہ چنیں</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">کیا وہ آپ سے رابطہ کر سکتے ہیں؟</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">ہاں۔ صرف %1 آپ سے رابطہ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">ہاں، لیکن آپ نے نشان لگا کر نہیں بتایا کہ کون آپ سے رابطہ کر سکتا ہے</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">نہیں، میری شناخت ظاہر نہ کریں۔</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">نہیں، میری شناخت ظاہر نہ کریں۔ وہ آپ کو جواب نہیں دے سکتے، جب تک آپ یہاں فالو اپ کوڈ نہ مانگیں۔</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">ان کے جواب پڑھنے کے لیے آپ کو ایک فالو اپ کوڈ ملے گا۔</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">آپ کے جواب</translation>
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
        <translation type="unfinished">ان سے رابطہ کرنے کے لیے ان میں سے کوئی ایک طریقہ استعمال کریں اور انہیں اپنا حوالہ نمبر بتائیں:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Harbour کوڈ</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">آپ کا کوڈ %1 ہے</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">رپورٹ بھیج دی گئی</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">رپورٹ محفوظ ہو گئی ہے اور بھیجے جانے کا انتظار کر رہی ہے</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">آپ کا حوالہ نمبر</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">آپ کا حوالہ نمبر %1 ہے</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">آپ کی رپورٹ %1 کو مل گئی ہے۔</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">ابھی %1 سے رابطہ نہیں ہو سکا۔ Harbour کوشش کرتا رہے گا اور جب ممکن ہوا رپورٹ بھیج دے گا۔ آپ کی رپورٹ لاک ہے تاکہ صرف وہی اسے پڑھ سکیں۔</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">آگے کیا ہوگا</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">اپنا حوالہ نمبر لکھ لیں، یا اسے کسی محفوظ جگہ رکھیں۔ اگر آپ نے رابطے کی تفصیلات دی ہیں تو ادارہ آپ سے رابطہ کر سکتا ہے۔ اگر نہیں دیں تو وہ آپ سے رابطہ نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">آپ نے کہا تھا کہ آپ کی رپورٹ صرف ریکارڈ کی جائے۔ ہم نے ان سے کہا ہے کہ وہ کوئی کارروائی نہ کریں۔</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">سپورٹ اور مدد حاصل کرنے کے دوسرے طریقے</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">ختم کریں</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">ختم کریں اور یہ رپورٹ اسکرین سے مٹا دیں</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">اب آپ کی رپورٹ %1 کے پاس ہے۔</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">آپ کی رپورٹ محفوظ ہو گئی ہے۔ Harbour جب ممکن ہوا اسے بھیج دے گا۔</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">آپ کی رپورٹ لاک ہے۔ صرف %1 اسے پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">اپنا حوالہ نمبر لکھ لیں۔ اسے کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">اگر آپ نے اپنا فون نمبر یا ای میل دیا ہے تو وہ آپ سے رابطہ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">آپ نے ان سے کہا کہ اسے صرف ریکارڈ کریں۔ وہ کوئی کارروائی نہیں کریں گے۔</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">آپ کی رپورٹ نہیں بھیجی گئی</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 نے آپ کی رپورٹ قبول نہیں کی، اس لیے Harbour نے اسے بھیجنا بند کر دیا ہے۔ براہ کرم نیچے دیے گئے رپورٹ کرنے کے دوسرے طریقوں میں سے کوئی ایک استعمال کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour آپ کی رپورٹ %n دنوں میں %1 کو نہیں بھیج سکا، اس لیے اس نے کوشش کرنا بند کر دیا ہے۔ براہ کرم نیچے دیے گئے دوسرے طریقوں میں سے کوئی ایک استعمال کریں، یا دوبارہ کوشش کریں۔</numerusform>
            <numerusform>Harbour آپ کی رپورٹ %n دنوں میں %1 کو نہیں بھیج سکا، اس لیے اس نے کوشش کرنا بند کر دیا ہے۔ براہ کرم نیچے دیے گئے دوسرے طریقوں میں سے کوئی ایک استعمال کریں، یا دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">دوبارہ بھیجنے کی کوشش کریں</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">آپ کی رپورٹ نہیں بھیجی گئی۔ براہ کرم کسی اور طریقے سے رپورٹ کریں۔</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour اس ڈیوائس پر Tor تک نہیں پہنچ سکتا۔ آپ کی رپورٹ یہاں انتظار کر رہی ہے اور Tor چلنے پر Tor کے ذریعے بھیجی جائے گی۔ اسے کسی اور طریقے سے نہیں بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">اپنا حوالہ نمبر لکھ لیں، یا اسے کسی محفوظ جگہ رکھیں۔ ادارہ Harbour کے ذریعے آپ کو جواب دے سکتا ہے: جواب پڑھنے کے لیے پہلے صفحے پر &quot;میرے پاس فالو اپ کوڈ ہے&quot; چنیں اور اپنا کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">اپنا فالو اپ کوڈ لکھ لیں۔ اس سے آپ Harbour میں ان کے جواب پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">کوڈ بند کریں</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">کیا ہم آپ سے رابطہ کر سکتے ہیں؟</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">آپ اپنی شناخت ظاہر کیے بغیر رپورٹ کر سکتے ہیں۔ اگر آپ کسی ادارے کو رابطہ کرنے دیں تو وہ آپ کو بتا سکتا ہے کہ آگے کیا ہوگا اور آپ کی مدد کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">نہیں، میری شناخت ظاہر نہ کریں</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">ہاں، آپ مجھ سے رابطہ کر سکتے ہیں</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">کون آپ سے رابطہ کر سکتا ہے؟</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">صرف وہ ادارے جن پر آپ یہاں نشان لگائیں، آپ کے رابطے کی تفصیلات حاصل کریں گے۔ باقی اداروں کو آپ کی رپورٹ ان تفصیلات کے بغیر ملے گی۔</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">وہ آپ سے کیسے رابطہ کریں؟</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">فون کے ذریعے</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">فون نمبر</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">مثال کے طور پر، 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">ای میل کے ذریعے</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">ای میل ایڈریس</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">پولیس مجھ سے صرف مددگار ادارے کے ذریعے رابطہ کرے</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">ہم آپ کو کس نام سے پکاریں؟ (اختیاری)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">ضروری نہیں کہ یہ آپ کا پورا یا اصلی نام ہو۔</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">آپ سے رابطہ کرنا کب محفوظ ہے؟ (اختیاری)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">مثال کے طور پر، پیر سے جمعہ شام 6 بجے کے بعد</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">کیا پیغام چھوڑنا محفوظ ہے؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">ہاں، پیغام چھوڑنا محفوظ ہے</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">نہیں، پیغام نہ چھوڑیں</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">مجھے یقین نہیں ہے</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">مجھے یقین نہیں ہے کہ پیغام چھوڑنا محفوظ ہے یا نہیں</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">آپ کو محفوظ رکھنے کے لیے آپ کی رپورٹ شیئر کرنا</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">آپ نے جو بتایا ہے اس سے لگتا ہے کہ آپ کو سنگین خطرہ ہو سکتا ہے۔ جب کسی کو زیادہ خطرہ ہو تو پولیس، کونسل، صحت کی سروسز اور مددگار ادارے کبھی کبھی مل کر منصوبہ بناتے ہیں کہ اسے کیسے محفوظ رکھا جائے (کئی اداروں کی مشترکہ خطرے کی میٹنگ، جسے MARAC کہتے ہیں)۔</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">کیا آپ کے چنے ہوئے ادارے اس مقصد کے لیے آپ کی رپورٹ ان کے ساتھ شیئر کر سکتے ہیں؟</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">ہاں، مجھے محفوظ رکھنے کے لیے وہ اسے شیئر کر سکتے ہیں</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">نہیں، اسے شیئر نہ کریں</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">آپ بعد میں اپنا فیصلہ بدل سکتے ہیں: ادارے سے رابطہ کریں اور اپنا حوالہ نمبر بتائیں۔</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">رپورٹ بھیجیں</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">رابطے کی تفصیلات دیے بغیر جواب حاصل کریں (اختیاری)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">فالو اپ کوڈ کے ساتھ آپ کسی بھی فون یا کمپیوٹر سے Harbour میں اداروں کے جواب پڑھ سکتے ہیں، ان کا جواب دے سکتے ہیں اور اپنی رپورٹ میں اضافہ کر سکتے ہیں۔ صرف کوڈ رکھنے والا ہی جواب پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">مجھے فالو اپ کوڈ دیں</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">رپورٹ بھیجنے کے بعد آپ اسے دیکھیں گے۔ اسے لکھ لیں: Harbour اسے محفوظ نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">آپ کو اپنا نام بتانے کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">اگر آپ چاہیں تو وہ آپ کو فون کر سکتے ہیں یا لکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">پھر وہ آپ کو بتا سکتے ہیں کہ آگے کیا ہوگا۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">999 پر کال کریں اور پولیس مانگیں، یا اگر کسی کو چوٹ آئی ہے تو ایمبولینس مانگیں۔</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">اگر آپ سن نہیں سکتے یا فون پر بات نہیں کر سکتے</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">سروس 999 BSL: اس کی ایپ یا ویب سائٹ کے ذریعے برطانوی اشاروں کی زبان کے ترجمان سے رابطہ کریں، وہ آپ کے لیے 999 پر کال کرے گا۔</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">اگر آپ نے emergencySMS میں رجسٹریشن کروائی ہے تو 999 پر ٹیکسٹ میسج بھیجیں۔ رجسٹر کرنے کے لیے 999 پر &quot;register&quot; لکھ کر بھیجیں۔</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">آپ کی رپورٹ</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">آپ کی رپورٹ پر فوری توجہ کا نشان لگایا جائے گا۔ یہ 999 پر کال کی طرح نہیں ہے: ہو سکتا ہے ادارہ اسے فوراً نہ پڑھے۔</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">جب آپ محفوظ ہوں تو اپنی رپورٹ جاری رکھ سکتے ہیں۔ آپ کسی بھی وقت &quot;باہر نکلیں&quot; دبا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">اپنی رپورٹ جاری رکھیں</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">کیا آپ ابھی خطرے میں ہیں؟ 999 پر کال کریں۔</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">پولیس مانگیں۔ اگر کسی کو چوٹ آئی ہے تو ایمبولینس مانگیں۔</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">کیا آپ سن نہیں سکتے؟ 999 BSL استعمال کریں، یا اگر آپ رجسٹر ہیں تو 999 پر ٹیکسٹ کریں۔</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Harbour سے جلدی نکلنے کے لیے &quot;باہر نکلیں&quot; دبائیں۔</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">دن</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">مہینہ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">سال</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">تاریخ</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">تقریباً کب</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">مثال کے طور پر، 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">مثال کے طور پر، 3 2024۔ اگر آپ کو دن معلوم ہے تو وہ بھی لکھیں۔</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">وقت (اختیاری)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">مثال کے طور پر، 18:30 یا 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">شروع کی تاریخ</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">سب سے پہلی تاریخ جب یہ ہو سکتا تھا</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">سب سے آخری تاریخ جب یہ ہو سکتا تھا</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">یہ کب شروع ہوا؟ (اختیاری)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">مثال کے طور پر، 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">ڈسپلے اور زبان</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">ڈسپلے اور زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">بند کریں اور واپس جائیں</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">عام لکھائی</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">بڑی لکھائی</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">سب سے بڑی لکھائی</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">سوال پڑھ کر سنائیں</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">آسان زبان (ایزی ریڈ): تصویروں کے ساتھ چھوٹے جملے</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">کوئی نشان نہ چھوڑیں: اس آلے پر یہ انتخاب یاد نہ رکھیں</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">تحریر کا سائز</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">ایک مسئلہ ہے</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">باہر نکلیں</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">باہر نکلیں: جلدی سے نکلیں اور یہ رپورٹ مٹا دیں</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">غلطی: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">%1 کو جواب دیں</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">اپنی رپورٹ میں معلومات شامل کریں</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">آپ جو شامل کریں گے وہ آپ کی رپورٹ کے ساتھ %1 کو جائے گا۔ مثال کے طور پر، کوئی بات جو آپ کو یاد آئی، یا جو بعد میں ہوئی۔</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">کیا جواب سے مدد ملی؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">آپ کا جواب اداروں کو یہ دیکھنے میں مدد دیتا ہے کہ کیا کارآمد ہے۔</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">ہاں، مدد ملی</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">تھوڑی مدد ملی</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">نہیں، مدد نہیں ملی</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">آپ کا جواب (اختیاری اگر آپ نے بتایا کہ مدد ملی یا نہیں)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">آپ کیا شامل کرنا چاہتے ہیں</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">جواب بھیجیں</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">بھیجیں</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">جواب دینے والے اداروں</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">اپنا فالو اپ کوڈ لکھیں</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">یہ 20 حروف اور ہندسوں کا وہ کوڈ ہے جو آپ کو رپورٹ بھیجتے وقت ملا تھا۔</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">فالو اپ کوڈ</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">مثال کے طور پر، K82Q V992 78T6 CAJ1 0HKB۔ خالی جگہوں، ڈیش اور بڑے حروف سے فرق نہیں پڑتا۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">آپ کا فالو اپ کوڈ</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">اسے ابھی لکھ لیں اور کسی محفوظ جگہ رکھیں۔ اس سے آپ کسی بھی فون یا کمپیوٹر پر Harbour میں ادارے کے جواب پڑھ سکتے ہیں، ان کا جواب دے سکتے ہیں اور اپنی رپورٹ میں اضافہ کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour یہ کوڈ محفوظ نہیں رکھتا۔ اگر یہ گم ہو جائے تو کوئی اسے واپس نہیں دے سکتا۔ جس کے پاس بھی یہ ہو وہ جواب پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">کوڈ بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">آپ کا فالو اپ کوڈ ہے: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">صرف کوڈ دکھائیں</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">صرف کوڈ دکھائیں، لکھنے یا تصویر لینے کے لیے</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">تسلی کریں کہ کوڈ آپ کے پاس ہے</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">اپنا فالو اپ کوڈ ٹائپ کریں</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">خالی جگہوں، ڈیش اور بڑے حروف سے فرق نہیں پڑتا۔</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">میرا کوڈ جانچیں</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">یہی آپ کا کوڈ ہے۔ اسے محفوظ رکھیں۔</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">آپ کا فالو اپ کوڈ تیار ہو رہا ہے۔ کچھ فونز پر اس میں ایک منٹ تک لگ سکتا ہے۔ تیار ہونے پر آپ کی رپورٹ بھیج دی جائے گی۔</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">فالو اپ کوڈ تیار ہو رہا ہے</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">آپ کے جواب کھولے جا رہے ہیں (مرحلہ 1 از 2)۔ کچھ فونز پر ایک منٹ تک لگ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">جوابات دیکھے جا رہے ہیں (مرحلہ 2 از 2)۔</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">جوابات حذف کیے جا رہے ہیں۔</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">کام جاری ہے</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">آپ کی رپورٹ کے جوابات</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">ابھی کوئی جواب نہیں ہے۔</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">ادارے عام طور پر 5 کاروباری دنوں میں جواب دیتے ہیں۔ اگر آپ کو جواب کی توقع تھی تو اپنا کوڈ جانچیں: ایک مختلف حرف یا ہندسے والا کوڈ خالی میل باکس کھولتا ہے۔</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour ہر ادارے تک نہیں پہنچ سکا۔ مزید جواب ہو سکتے ہیں: بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">%1 کی طرف سے</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">آپ نے اس جواب کا جواب دے دیا ہے۔</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">اس جواب کا جواب دیں</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">%1 کے اس جواب کا جواب دیں</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">اپنی رپورٹ میں معلومات شامل کریں</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">نئے جواب دیکھیں</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">جواب حذف کرنے کا مطلب ہے کہ کوئی انہیں دوبارہ نہیں پڑھ سکے گا، آپ کے کوڈ سے بھی نہیں۔ Harbour ویسے بھی 90 دن بعد انہیں حذف کر دیتا ہے۔</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">یہ جوابات حذف کریں</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">ختم کریں</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">ختم کریں اور جوابات اسکرین سے ہٹا دیں</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">ابھی کچھ شامل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">تبدیل کریں</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">%1 تبدیل کریں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ہٹائیں</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">%1 ہٹائیں</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">جو بتا سکیں وہ بتائیں۔ جو آپ نے نہیں دیکھا وہ چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">زبان: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">اپنی زبان چنیں</translation>
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
        <translation type="unfinished">اسکرین صاف کر دی گئی</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">یہ کس قسم کی جگہ تھی؟</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">جگہ کے بارے میں بتائیں (اختیاری)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">مثال کے طور پر، لائبریری کے باہر بس اسٹاپ، یا دکان کا نام۔</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">علاقہ (اختیاری)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">پوسٹ کوڈ کا پہلا حصہ، جیسے E1، یا قصبے یا شہر کا نام۔ پورا پوسٹ کوڈ نہیں۔</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">تاریخ درج کریں</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">تاریخ میں دن ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">تاریخ میں مہینہ ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">تاریخ میں سال ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">تاریخ ایک درست تاریخ ہونی چاہیے</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">سال میں 4 ہندسے ہونے چاہییں، جیسے 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">تاریخ آج کی یا اس سے پہلے کی ہونی چاہیے</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">شروع کی تاریخ درج کریں</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">شروع کی تاریخ میں دن ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">شروع کی تاریخ میں مہینہ ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">شروع کی تاریخ میں سال ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">شروع کی تاریخ ایک درست تاریخ ہونی چاہیے</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">شروع کی تاریخ کے سال میں 4 ہندسے ہونے چاہییں، جیسے 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">شروع کی تاریخ آج کی یا اس سے پہلے کی ہونی چاہیے</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">ختم ہونے کی تاریخ درج کریں</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">ختم ہونے کی تاریخ میں دن ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">ختم ہونے کی تاریخ میں مہینہ ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">ختم ہونے کی تاریخ میں سال ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">ختم ہونے کی تاریخ ایک درست تاریخ ہونی چاہیے</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">ختم ہونے کی تاریخ کے سال میں 4 ہندسے ہونے چاہییں، جیسے 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">ختم ہونے کی تاریخ آج کی یا اس سے پہلے کی ہونی چاہیے</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">وہ مہینہ اور سال درج کریں جب یہ شروع ہوا</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">جس تاریخ کو یہ شروع ہوا اس میں دن ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">جس تاریخ کو یہ شروع ہوا اس میں مہینہ ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">جس تاریخ کو یہ شروع ہوا اس میں سال ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">جس تاریخ کو یہ شروع ہوا وہ ایک درست تاریخ ہونی چاہیے</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">جس سال یہ شروع ہوا اس میں 4 ہندسے ہونے چاہییں، جیسے 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">جس تاریخ کو یہ شروع ہوا وہ آج کی یا اس سے پہلے کی ہونی چاہیے</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">کیا آپ ابھی خطرے میں ہیں؟</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">اگر ہاں، تو ہم آپ کو فوراً بتائیں گے کہ مدد کیسے حاصل کریں۔ اس کے بعد آپ یہ رپورٹ جاری رکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">آپ کے بارے میں</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">آپ کس کے لیے رپورٹ کر رہے ہیں؟</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">یہ میرے ساتھ ہوا</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">میں نے کسی اور کے ساتھ یہ ہوتے دیکھا</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">یہ رپورٹ کسی اور کی طرف سے ہے</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">مثال کے طور پر کوئی دوست، خاندان کا کوئی فرد یا کوئی ایسا شخص جس کی آپ مدد کرتے ہیں۔</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">ایک رضاکار یہ رپورٹ کرنے میں میری مدد کر رہا ہے</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">کیا ہوا</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">کیا ہوا؟</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">اپنے الفاظ میں بتائیں۔ جتنا یاد ہو سب لکھیں۔ جلدی نہ کریں، آرام سے لکھیں۔</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">بتائیں کہ کیا ہوا</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">کس قسم کا واقعہ ہوا؟</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">جو بھی درست ہوں، سب چنیں۔</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">کسی پر حملہ ہوا یا اسے چوٹ پہنچائی گئی</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">دھمکیاں</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">چیخنا چلانا، توہین یا برے ناموں سے پکارنا</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">ہراساں کرنا، یا بار بار پیچھا کرنا یا تنگ کرنا</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">گھر، گاڑی یا کسی اور جائیداد کو نقصان، دیواروں پر لکھنا (گرافیٹی) بھی</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">کچھ چوری ہوا</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">آن لائن، پیغام کے ذریعے یا فون پر بدسلوکی</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">جنسی حملہ</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">کچھ اور</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">مجھے بتانا پسند نہیں</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">آپ کے خیال میں آپ کو یا کسی اور کو نشانہ کیوں بنایا گیا؟</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">جو بھی درست ہوں، سب چنیں۔ اگر آپ یا کوئی اور ایسا سمجھتا ہے تو یہ کافی ہے۔</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">نسل یا قومیت، جس میں جپسی، آئرش ٹریولر اور روما بھی شامل ہیں</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">مذہب یا عقیدہ، جس میں کوئی عقیدہ نہ ہونا بھی شامل ہے</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">جنسی رجحان</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">مثال کے طور پر گے، لیزبیئن یا بائی سیکشوئل ہونا۔</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">معذوری، جس میں سیکھنے کی معذوری اور ذہنی صحت بھی شامل ہیں</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">ٹرانس جینڈر ہونا</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">متبادل طرزِ زندگی والا گروہ (سب کلچر)</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">مثال کے طور پر گوتھ، پنک یا ایمو ہونا۔</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">جنس یا صنف</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">مثال کے طور پر عورتوں سے دشمنی۔</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">عمر</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">ان کی شناخت سے متعلق کوئی اور بات</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">مجھے نہیں معلوم</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">آپ کے خیال میں ان کی کس اور بات کی وجہ سے انہیں نشانہ بنایا گیا؟</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">آن لائن</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">کیا یہ آن لائن ہوا، یا فون یا کمپیوٹر کے ذریعے؟</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">مثال کے طور پر سوشل میڈیا پر، پیغامات میں، ای میل سے یا فون کال میں۔</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">ہاں، سب کچھ</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">کچھ حصہ</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">نہیں</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">یہ کس ویب سائٹ، ایپ یا سروس پر ہوا؟</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">مثال کے طور پر فیس بک، ٹک ٹاک، واٹس ایپ، کوئی گیم، ای میل یا فون کال۔</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">پوسٹ، پیغام یا پروفائل کا لنک</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">اگر ہو سکے تو ویب ایڈریس کاپی کریں، یا اس اکاؤنٹ کا نام لکھیں جس نے یہ کیا۔</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">انہوں نے کیا لکھا یا کہا؟</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">کیا یہ اب بھی آن لائن نظر آتا ہے؟</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">کب اور کہاں</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">یہ کب ہوا؟</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">اگر آپ کو یقین نہیں تو اندازہ بھی مددگار ہے۔</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">یہ کہاں ہوا؟</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">ہم آپ کا مقام (لوکیشن) استعمال نہیں کرتے۔ صرف وہی بتائیں جو آپ بتانا چاہیں۔</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">کسی گھر میں یا اس کے قریب</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">سڑک پر</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">پبلک ٹرانسپورٹ پر، یا کسی اسٹیشن یا اسٹاپ پر</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">کسی دکان میں یا اس کے قریب</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">کسی پب، بار یا کلب میں یا اس کے قریب</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">کسی پارک یا کھلی جگہ میں</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">کسی اسکول، کالج یا یونیورسٹی میں</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">کام کی جگہ پر</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">کسی عبادت گاہ میں یا اس کے قریب</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">کسی کیئر ہوم یا مدد والی رہائش میں</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">کونسل، پولیس یا صحت کی کسی عمارت میں</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">صرف آن لائن</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">کسی اور جگہ</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">جن لوگوں نے یہ کیا</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">یہ کتنے لوگوں نے کیا؟</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">ایک شخص</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">دو لوگ</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">تین سے پانچ لوگ</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">پانچ سے زیادہ لوگ</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">کیا آپ کو معلوم ہے کہ یہ کس نے کیا؟</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">نہیں، وہ اجنبی تھے</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">ہاں، مجھے معلوم ہے کہ یہ کس نے کیا</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">ان میں سے کچھ میرے جاننے والے ہیں</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">مجھے یقین نہیں ہے</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">آپ سے ان کا کیا تعلق ہے؟</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">مثال کے طور پر پڑوسی، کام یا اسکول کا کوئی شخص، یا اگر آپ بتانا چاہیں تو ان کا نام۔</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">جن لوگوں نے یہ کیا ان کا حلیہ بتائیں</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">ہر اس شخص کو شامل کریں جو آپ کو یاد ہو۔ وہ آپ کو جیسے نظر آئے ویسا ہی بتائیں۔ جو آپ نے نہیں دیکھا وہ چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">شخص %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">شخص شامل کریں</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">ان کی عمر تقریباً کتنی تھی؟</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">18 سے کم</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">18 سے 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">25 سے 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">35 سے 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">45 سے 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">55 سے 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 یا اس سے زیادہ</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">آپ کو ان کی جنس کیا لگی؟</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">مرد</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">عورت</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">کچھ اور</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">مجھے اندازہ نہیں ہوا</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">ان کا جسم کیسا تھا؟</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">دبلا پتلا جسم</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">درمیانہ جسم</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">بھاری یا موٹا جسم</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">مضبوط پٹھوں والا جسم</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">ان کا قد کتنا تھا؟</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">زیادہ تر لوگوں سے چھوٹا قد</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">تقریباً درمیانہ قد</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">زیادہ تر لوگوں سے لمبا قد</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">ان کی جلد کا رنگ یا نسلی شکل و صورت، جیسا آپ کو لگا</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">انہوں نے کیا پہنا ہوا تھا</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">ان کے بال</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">مثال کے طور پر رنگ، لمبائی، انداز، یا داڑھی۔</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">ان کا لہجہ یا وہ کون سی زبان بول رہے تھے</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">کوئی اور بات جو آپ نے دیکھی</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">مثال کے طور پر ٹیٹو، زخم کے نشان، عینک یا چلنے کا انداز۔</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">کیا ان کے پاس کار، وین یا کوئی اور گاڑی تھی؟</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">گاڑی کے بارے میں بتائیں</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">جو کچھ یاد ہو بتائیں۔ نمبر پلیٹ کا کچھ حصہ بھی مددگار ہے۔</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">گاڑی %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">گاڑی شامل کریں</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">کمپنی (میک)</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">مثال کے طور پر فورڈ۔</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">ماڈل</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">مثال کے طور پر ٹرانزٹ۔</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">رنگ</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">نمبر پلیٹ، یا اس کا کچھ حصہ</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">کیا کسی اور نے یہ ہوتے دیکھا؟</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">جن لوگوں نے یہ دیکھا ان کے بارے میں بتائیں</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">مثال کے طور پر وہ کتنے تھے، یا اگر آپ کو معلوم ہو اور وہ راضی ہوں تو ان سے کیسے رابطہ ہو سکتا ہے۔</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">کیا یہ کسی کیمرے یا فون میں ریکارڈ ہوا ہو سکتا ہے؟</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">مثال کے طور پر دکانوں، بسوں یا دروازے کی گھنٹی کے کیمروں سے، یا کسی کے فون پر۔</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">آپ کی حفاظت</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">کیا پہلے بھی ایسا کچھ ہوا ہے؟</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">آپ کے ساتھ، یا اس شخص کے ساتھ جس کے ساتھ یہ ہوا۔</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">پہلے یہ کتنی بار ہو چکا ہے؟</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">پہلے ایک بار</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">چند بار</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">کئی بار</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">یہ ہر وقت ہوتا ہے</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">کیا یہ وہی لوگ تھے جو پہلے تھے؟</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">کیا حالات بدتر ہو رہے ہیں؟</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">کیا یہ کرنے والوں کو معلوم ہے کہ آپ کہاں رہتے ہیں؟</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">کیا آپ کو معلوم ہے کہ وہ کہاں رہتے ہیں؟</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">کیا انہوں نے واپس آنے یا آپ کو نقصان پہنچانے کی دھمکی دی ہے؟</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">کیا کسی کو چوٹ آئی؟</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">کیا کسی کو ابھی طبی مدد کی ضرورت ہے؟</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">اگر کسی کو شدید چوٹ آئی ہے تو ایمبولینس کے لیے 999 پر کال کریں۔</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">کیا آپ کو ابھی اپنے گھر میں محفوظ محسوس ہوتا ہے؟</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">کیا کسی اور کو بھی خطرہ ہے؟</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">بچے</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">میرا خاندان یا میرے ساتھ رہنے والے لوگ</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">میری کمیونٹی کے دوسرے لوگ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">کوئی اور</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">کسی اور کو نہیں</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">کیا کوئی چیز آپ کے لیے مدد حاصل کرنا مشکل بناتی ہے؟</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">جو بھی درست ہوں، سب چنیں۔ اس سے ادارے کو صحیح طریقے سے آپ کی مدد کرنے میں آسانی ہوتی ہے۔</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">کوئی معذوری یا صحت کا مسئلہ</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">تنہائی، یا دوسرے لوگوں سے الگ تھلگ رہنا</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">امیگریشن اسٹیٹس (رہنے کی قانونی حیثیت) کے بارے میں فکر</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">کچھ نہیں</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">مدد</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">آپ کو کس چیز سے مدد ملے گی؟</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">کوئی جس سے میں بات کر سکوں</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">عملی مدد</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">مثال کے طور پر رہائش، مرمت یا حفاظت کے معاملے میں۔</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">ترجمان</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">کسی اور شکل میں معلومات</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">کوئی جو میری طرف سے بات کرے (ایڈووکیٹ)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">ان میں سے کوئی نہیں</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">آپ کو کس زبان کا ترجمان چاہیے؟</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">اگر آپ کو ضرورت ہو تو برطانوی اشاروں کی زبان (BSL) بھی لکھیں۔</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">کون سی شکلیں مددگار ہوں گی؟</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">آسان زبان اور تصویروں کے ساتھ (ایزی ریڈ)</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">بڑے حروف میں چھپائی</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">برطانوی اشاروں کی زبان (BSL) میں ویڈیو</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">آڈیو</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">آپ کی عمر کیا ہے؟</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">اس سے اداروں کو پتا چلتا ہے کہ کون متاثر ہو رہا ہے۔ بتانا ضروری نہیں۔</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">65 سے 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 یا اس سے زیادہ</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">آپ اپنے بارے میں کیا بتانا چاہیں گے؟</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">مثال کے طور پر آپ کی جنس، نسل، مذہب، یا کوئی اور بات جو آپ ادارے کو بتانا چاہیں۔ آپ اسے خالی چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">جوابات میں سے ایک چنیں</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">وقت اس طرح لکھیں: 18:30 یا 6:30pm، یا خالی چھوڑ دیں</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">ختم ہونے کی تاریخ شروع ہونے کی تاریخ کے بعد ہونی چاہیے</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">آپ کا جواب %1 حروف یا اس سے کم ہونا چاہیے۔ اس میں %2 زیادہ ہیں۔</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">دکھائے گئے جوابات میں سے چنیں</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">صرف “%1” چنیں، یا دوسرے جوابات، دونوں نہیں</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">جگہ کی تفصیل %1 حروف یا اس سے کم ہونی چاہیے</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">مجھے تاریخ معلوم ہے</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">مجھے اندازاً معلوم ہے کب (تخمینہ)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">یہ دو تاریخوں کے درمیان تھا</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">یہ بار بار ہوتا ہے</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">پوسٹ کوڈ کا صرف پہلا حصہ لکھیں، جیسے E1، پورا پوسٹ کوڈ نہیں</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">علاقہ 60 حروف یا اس سے کم ہونا چاہیے</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">پوسٹ کوڈ کا پہلا حصہ لکھیں، جیسے E1، یا کسی شہر کا نام، جیسے Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">علاقہ: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 کو %2 بجے</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">تقریباً %1 (تخمینہ)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">%1 اور %2 کے درمیان</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">یہ %1 سے بار بار ہو رہا ہے</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (اختیاری)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">کیا آپ اس وقت خطرے میں ہیں؟</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">اگر ہاں، تو ہم آپ کو بتائیں گے کہ مدد کے لیے کس کو کال کریں۔</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">آپ بعد میں اس رپورٹ پر واپس آ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">ہمیں بتائیں کہ یہ کس کے ساتھ ہوا۔</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">یہ آپ ہو سکتے ہیں، یا کوئی اور۔</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">اپنے الفاظ میں بتائیں کہ کیا ہوا۔</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">جلدی نہ کریں۔ جتنا یاد ہو سب لکھیں۔</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">انہوں نے کیا کیا؟ جو بھی جواب درست ہوں، سب چنیں۔</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">آپ کے خیال میں انہوں نے آپ کو، یا اس شخص کو، نشانہ کیوں بنایا؟</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">جو بھی جواب درست ہوں، سب چنیں۔ آپ جو سمجھتے ہیں وہی کافی ہے۔</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">بتائیں کہ آپ کے خیال میں ان کی کس اور بات کی وجہ سے انہیں نشانہ بنایا گیا۔</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">کیا یہ فون، کمپیوٹر یا انٹرنیٹ پر ہوا؟</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">مثال کے طور پر پیغامات میں، سوشل میڈیا پر یا فون کال میں۔</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">یہ کس ایپ یا ویب سائٹ پر ہوا؟ مثال کے طور پر Facebook یا WhatsApp۔</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">اگر ہو سکے تو پوسٹ یا اکاؤنٹ کا ویب ایڈریس کاپی کریں۔</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">بتائیں کہ انہوں نے کیا لکھا یا کہا۔ اگر ہو سکے تو ان کے الفاظ کاپی کریں۔</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">کیا لوگ اب بھی اسے انٹرنیٹ پر دیکھ سکتے ہیں؟</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">یہ کب ہوا؟ اگر آپ کو یقین نہیں تو اندازے سے بتائیں۔</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">ہم یہ نہیں دیکھتے کہ آپ کہاں ہیں۔ صرف وہی بتائیں جو آپ بتانا چاہیں۔</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">کیا آپ یہ کرنے والوں کو جانتے ہیں؟</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">آپ سے ان کا کیا تعلق ہے؟ مثال کے طور پر پڑوسی یا کام کا کوئی شخص۔</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">بتائیں کہ ہر شخص کیسا دکھتا تھا۔</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">صرف وہی بتائیں جو آپ نے دیکھا۔ آپ کچھ باتیں چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">وہ تقریباً کتنی عمر کے لگتے تھے؟</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">آپ کو ان کی جنس کیا لگی؟</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">آپ کو ان کا جسم کیسا لگا؟</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">آپ کو ان کا قد کتنا لگا؟</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">آپ کو ان کی جلد کا رنگ یا نسلی شکل و صورت کیسی لگی؟</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">انہوں نے کون سے کپڑے پہنے ہوئے تھے؟</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">ان کے بال کیسے تھے؟ مثال کے طور پر رنگ، یا داڑھی۔</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">وہ کیسے بولتے تھے؟ ان کا لہجہ یا زبان بتائیں۔</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">کیا آپ نے کچھ اور دیکھا؟ مثال کے طور پر ٹیٹو، زخم کے نشان یا عینک۔</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">کیا ان کے پاس کار، وین یا کوئی اور گاڑی تھی؟</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">گاڑی کے بارے میں جو یاد ہو بتائیں۔</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">نمبر پلیٹ کا کچھ حصہ بھی مددگار ہے۔</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">گاڑی کس کمپنی کی تھی؟ مثال کے طور پر Ford۔</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">اس کا ماڈل کیا تھا؟ مثال کے طور پر Transit۔</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">گاڑی کا رنگ کیا تھا؟</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">نمبر پلیٹ کیا تھی؟ اس کا کچھ حصہ بھی مددگار ہے۔</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">جن لوگوں نے یہ دیکھا ان کے بارے میں بتائیں۔</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">بتائیں کہ ان سے کیسے رابطہ ہو سکتا ہے، لیکن صرف اگر وہ راضی ہوں۔</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">کیا یہ کسی کیمرے میں ریکارڈ ہوا ہو سکتا ہے؟ مثال کے طور پر دکان، بس یا فون کا کیمرا۔</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">کیا پہلے بھی ایسا کچھ ہوا ہے؟</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">پہلے یہ کتنی بار ہو چکا ہے؟</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">کیا انہوں نے کہا کہ وہ واپس آئیں گے، یا آپ کو نقصان پہنچائیں گے؟</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">کیا کسی کو ابھی ڈاکٹر یا نرس کی ضرورت ہے؟</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">کیا کسی اور کو چوٹ یا خطرہ ہو سکتا ہے؟</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">جو بھی جواب درست ہوں، سب چنیں۔</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">کیا کوئی چیز آپ کے لیے مدد حاصل کرنا مشکل بنا رہی ہے؟</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">اس سے وہ صحیح طریقے سے آپ کی مدد کر سکیں گے۔</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">آپ کو کیسی مدد چاہیے؟ جو بھی جواب آپ چاہیں، سب چنیں۔</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">آپ کو کس زبان کا ترجمان چاہیے؟ یہ اشاروں کی زبان بھی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">آپ کو معلومات کس شکل میں چاہییں؟ مثال کے طور پر آسان زبان اور تصویروں کے ساتھ (ایزی ریڈ)، یا بڑے حروف میں۔</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">آپ کی عمر کیا ہے؟ بتانا ضروری نہیں۔</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">اگر آپ چاہیں تو اپنے بارے میں بتائیں۔ آپ اسے خالی چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">جو ہوا، اس کے بارے میں مزید</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">اگر ہو سکے تو اسے یہاں لفظ بہ لفظ کاپی کریں۔ کوئی بھی اسکرین شاٹ اپنے فون پر رکھیں اور یہاں بتائیں کہ وہ آپ کے پاس ہیں: ادارہ بعد میں آپ سے وہ مانگ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">یہ جواب صرف وہ ادارے دیکھیں گے جنہیں آپ یہ رپورٹ بھیجنے کے لیے چنیں (پولیس بھی، اگر آپ اسے چنیں)۔ مددگار ادارے آپ کی رضامندی کے بغیر اسے امیگریشن قوانین نافذ کرنے والے حکام کو نہیں دیتے۔</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">آپ کا جواب صرف وہ ادارے دیکھیں گے جنہیں آپ چنیں۔</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">پڑھنا بند کریں</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">یہ صفحہ پڑھ کر سنائیں</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">اس آلے پر %1 میں بلند آواز سے پڑھنا دستیاب نہیں۔ کوئی رضاکار یا دوست آپ کو سوالات پڑھ کر سنا سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">ہم آپ کی رپورٹ کس کو بھیجیں؟</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">پولیس</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">اس علاقے کی پولیس جہاں یہ ہوا۔</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">ایک مددگار ادارہ</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">پولیس سے الگ ایک رپورٹنگ مرکز۔ یہ آپ کی مدد کر سکتا ہے، اور اگر آپ چاہیں تو آپ کی رپورٹ پولیس کو دے سکتا ہے۔</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">پولیس اور ایک مددگار ادارہ، دونوں</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">ہر ایک کو اپنی الگ کاپی ملتی ہے۔</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">صرف ریکارڈ کریں: مجھے کوئی کارروائی نہیں چاہیے</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">ایک مددگار ادارہ اسے ریکارڈ کرتا ہے تاکہ نفرت پر مبنی جرائم کی گنتی ہو سکے۔ ہم ان سے کہتے ہیں کہ کوئی کارروائی نہ کریں۔</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">آپ کی رپورٹ لاک ہے تاکہ صرف وہ ادارے اسے پڑھ سکیں جنہیں آپ چنیں۔ ہر ادارہ دیکھ سکتا ہے کہ آپ نے اور کن اداروں کو چنا ہے۔</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">اس ڈیوائس پر Harbour کو اداروں کی تازہ فہرست نہیں مل رہی، اس لیے وہ آپ کی رپورٹ نہیں بھیج سکتا۔ براہ کرم پہلے صفحے پر دیے گئے فون نمبروں میں سے کسی ایک پر کال کریں۔</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">یہ ڈیوائس ہر رپورٹ یہاں بھیجتی ہے: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">پولیس چنیں</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">پولیس اور ایک مددگار ادارہ چنیں</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">ایک مددگار ادارہ چنیں</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">یہ ادارے %1 میں کام کرتے ہیں، جہاں آپ کے مطابق یہ ہوا۔</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">آپ نے نہیں بتایا کہ یہ کہاں ہوا، اس لیے ہر علاقے کے ادارے دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1۔ %2۔ ان معاملات کی رپورٹیں لیتا ہے: %3۔ زبانیں: %4۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">آپ چاہتے ہیں کہ کیا ہو؟</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">چنیں کہ آپ کی رپورٹ کس کو ملے۔</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">صرف وہی اسے پڑھ سکتے ہیں جنہیں آپ چنیں۔</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">کوئی مددگار گروپ آپ کی مدد کر سکتا ہے۔ پولیس اس بات کی چھان بین کر سکتی ہے کہ کیا ہوا۔</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">ابھی بھیجیں</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">اگلے ایک دن میں کسی بھی وقت بھیجیں</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">اگلے 3 دنوں میں کسی بھی وقت بھیجیں</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">کب بھیجنا ہے</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">تنظیم دیکھتی ہے کہ آپ کی رپورٹ کب پہنچتی ہے۔ اگر آپ نہیں چاہتے کہ وہ وقت اس جگہ سے ملے جہاں آپ تھے، تو Harbour اسے بعد میں ایسے وقت بھیج سکتا ہے جس کا کوئی اندازہ نہیں لگا سکتا۔</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Harbour کیسا دکھتا اور سنائی دیتا ہے</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">اگر آپ کو ابھی مدد چاہیے</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔ بہرے افراد 999 BSL استعمال کر سکتے ہیں، یا رجسٹر ہونے کی صورت میں 999 پر ٹیکسٹ کر سکتے ہیں۔ جو معاملہ ایمرجنسی نہ ہو اس کے لیے 101 پر کال کریں۔</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">عملہ: کسی کی رپورٹ بنانے میں مدد</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">اگر آپ رضاکار ہیں اور کسی کو رپورٹ کرنے میں مدد دے رہے ہیں تو رضاکار کوڈ درج کریں۔ رپورٹ بتائے گی کہ کسی نے مدد کی۔ یہ کبھی نہیں بتاتی کہ کس نے۔</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">رضاکار کوڈ</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">کوڈ کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">مدد والا موڈ شروع کریں</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">مدد والا موڈ آن ہے۔ رپورٹ بتائے گی کہ ایک رضاکار نے مدد کی۔ یہ کبھی نہیں بتاتی کہ کس نے۔</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">اس سیشن کے لیے وقت کی حد بند کریں</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">جب کچھ دیر کوئی اسکرین کو نہ چھوئے تو رپورٹ صاف نہیں ہوتی۔ مکمل کرنے پر باہر نکلیں دبائیں۔</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">رپورٹ شروع کریں</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">تنظیم کے لیے</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">کیوسک کی ترتیبات (منتظم کا پاس فریز)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">نفرت پر مبنی جرم کی رپورٹ کریں</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">نفرت پر مبنی جرم یا نفرت پر مبنی واقعے کی رپورٹ کریں</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">اس کے ذریعے کسی ادارے کو بتائیں کہ آپ کے یا کسی اور کے ساتھ ان کی شناخت کی وجہ سے کیا ہوا۔</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">اس میں تقریباً 10 منٹ لگتے ہیں۔ آپ کو اپنا نام بتانے کی ضرورت نہیں۔ آپ جو بھیجیں گے اسے صرف %1 پڑھ سکیں گے۔</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">آپ کسی بھی وقت &quot;باہر نکلیں&quot; دبا سکتے ہیں۔ اس سے آپ کا لکھا ہوا سب کچھ مٹ جاتا ہے۔</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">ابھی شروع کریں</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">اگر آپ ابھی خطرے میں ہیں، یا فون کرنا چاہتے ہیں:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">اگر آپ ابھی خطرے میں ہیں تو 999 پر کال کریں۔ بہرے افراد 999 BSL استعمال کر سکتے ہیں، یا رجسٹر ہونے کی صورت میں 999 پر ٹیکسٹ کر سکتے ہیں۔ جو معاملہ ایمرجنسی نہ ہو اس کے لیے 101 پر کال کریں۔</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">مدد والا موڈ آن ہے: رپورٹ بتائے گی کہ ایک رضاکار نے مدد کی، کبھی نہیں کہ کس نے۔</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">عملہ: میں کسی کی مدد کر رہا ہوں</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">اگر کسی کو اس کی شناخت کی وجہ سے نقصان پہنچایا گیا یا ڈرایا گیا، تو ہمیں بتائیں۔</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">اس میں تقریباً 10 منٹ لگتے ہیں۔</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">آپ کو اپنا نام بتانے کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">آپ جو بھیجیں گے اسے صرف %1 پڑھ سکیں گے۔</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">آپ کسی بھی وقت &quot;باہر نکلیں&quot; دبا سکتے ہیں۔ اس سے آپ کا لکھا ہوا سب کچھ مٹ جاتا ہے۔</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">میرے پاس فالو اپ کوڈ ہے</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">میرے پاس فالو اپ کوڈ ہے: میری رپورٹ کے جواب پڑھیں</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">ابھی بھیجیں، یا ہمیں مزید بتائیں</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">آپ نے ہمیں رپورٹ بھیجنے کے لیے کافی کچھ بتا دیا ہے۔ آپ اسے ابھی بھیج سکتے ہیں۔</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">آپ اپنی رپورٹ ابھی بھیج سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">یا آپ ہمیں مزید بتا سکتے ہیں۔ آپ چنیں کہ کون سے حصے۔</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">ہر حصہ آپ کی مرضی پر ہے۔ آپ سب چھوڑ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">اپنی رپورٹ دوبارہ دیکھیں اور بھیجیں</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">ہمیں مزید بتائیں (اختیاری)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">آپ نے کہا تھا کہ اسے صرف ریکارڈ کیا جائے، اس لیے آپ کو ان میں سے کسی کا جواب دینے کی ضرورت نہیں۔ کوئی حصہ صرف تب کھولیں جب آپ چاہیں۔</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">مزید تفصیلات سے انہیں کارروائی کرنے میں مدد مل سکتی ہے، مثال کے طور پر یہ پتا لگانے میں کہ یہ کس نے کیا، یا آپ کو محفوظ رکھنے میں۔ جو حصہ چاہیں کھولیں اور باقی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">شروع نہیں کیا</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2 میں سے %1 کے جواب دیے گئے</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">کیا آپ کو مزید وقت چاہیے؟</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>آپ کی رپورٹ کو راز میں رکھنے کے لیے، اگر آپ نے کچھ نہ کیا تو ہم اسے %n سیکنڈ میں مٹا دیں گے۔</numerusform>
            <numerusform>آپ کی رپورٹ کو راز میں رکھنے کے لیے، اگر آپ نے کچھ نہ کیا تو ہم اسے %n سیکنڈ میں مٹا دیں گے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">مجھے مزید وقت چاہیے</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">میری رپورٹ ابھی مٹا دیں</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">کیسے بھیجنا ہے</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">جب آپ کی رپورٹ پہنچتی ہے تو تنظیم اس ڈیوائس کا انٹرنیٹ ایڈریس دیکھ سکتی ہے۔ اس سے پتا چل سکتا ہے کہ آپ کو انٹرنیٹ کون دیتا ہے اور آپ تقریباً کہاں ہیں۔</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor اسے چھپاتا ہے۔ آپ کی رپورٹ پہلے تین دوسرے کمپیوٹروں سے گزرتی ہے، اس لیے تنظیم آپ کا ایڈریس نہیں دیکھتی اور آپ کا انٹرنیٹ فراہم کنندہ نہیں دیکھتا کہ رپورٹ کہاں جاتی ہے۔ اس ڈیوائس پر Tor چل رہا ہونا چاہیے، مثال کے طور پر Android پر Orbot ایپ۔</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">براہِ راست بھیجیں</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Tor کے ذریعے بھیجیں</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">اگر Tor نہیں چل رہا تو آپ کی رپورٹ اس ڈیوائس پر اس وقت تک انتظار کرتی ہے جب تک وہ چلنے نہ لگے۔ اسے کبھی کسی اور طریقے سے نہیں بھیجا جاتا۔ آپ کا انٹرنیٹ فراہم کنندہ دیکھ سکتا ہے کہ آپ Tor استعمال کرتے ہیں، لیکن یہ نہیں کہ آپ کیا بھیجتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">یہ رضاکار کوڈ درست نہیں۔ اسے جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">یہ منتظم کا پاس فریز درست نہیں۔ اسے جانچیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">یہ رضاکار کوڈ درست نہیں۔ بہت زیادہ غلط کوششیں: آپ %1 بعد دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">یہ منتظم کا پاس فریز درست نہیں۔ بہت زیادہ غلط کوششیں: آپ %1 بعد دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">بہت زیادہ غلط کوششیں۔ کچھ بھی جانچا نہیں گیا۔ آپ %1 بعد دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">اس کیوسک کا کوئی رضاکار کوڈ نہیں۔ تنظیم harbour-kiosk-setup سے ایک مقرر کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">اس کیوسک کا کوئی منتظم پاس فریز نہیں۔ تنظیم harbour-kiosk-setup سے ایک مقرر کر سکتی ہے۔</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">یہ کیوسک کوششیں درج نہیں کر سکتا، اس لیے کچھ جانچا نہیں گیا۔ تنظیم سے کہیں کہ اس کیوسک کو دیکھے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">نسل یا قومیت</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">مذہب یا عقیدہ</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">جنسی رجحان</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">معذوری</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">ٹرانس جینڈر شناخت</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">کام کا علاقہ: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">سب علاقوں میں کام کرتا ہے</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">پولیس</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">مددگار ادارہ</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">متبادل طرزِ زندگی والا گروہ (سب کلچر)</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">جنس یا صنف</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">عمر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">ہر قسم کے نفرت پر مبنی جرائم</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 اور %n دوسری زبان</numerusform>
            <numerusform>%1 اور %n دوسری زبانیں</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">%1 پر ای میل کریں</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">اس ڈیوائس پر Harbour کو اداروں کی تازہ فہرست نہیں مل رہی، اس لیے وہ آپ کی رپورٹ نہیں بھیج سکتا۔ براہ کرم نیچے دیے گئے فون نمبروں میں سے کسی ایک پر کال کریں۔</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">چنیں کہ آپ کی رپورٹ کس کو ملے</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">پولیس چنیں</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">ایک مددگار ادارہ چنیں</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">چنیں کہ ہم آپ سے رابطہ کر سکتے ہیں یا نہیں</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">چنیں کہ کون آپ سے رابطہ کر سکتا ہے</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">چنیں کہ ہم آپ سے کیسے رابطہ کریں: فون سے، ای میل سے، یا دونوں سے</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">فون نمبر درج کریں، جیسے 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">ای میل ایڈریس صحیح شکل میں درج کریں، جیسے name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">اگر آپ چاہتے ہیں کہ مددگار ادارے کے ذریعے آپ سے رابطہ ہو، تو کسی مددگار ادارے کو آپ سے رابطہ کرنے کی اجازت دیں</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">چنیں کہ ہم آپ کو محفوظ رکھنے کے لیے آپ کی رپورٹ دوسرے اداروں کے ساتھ شیئر کر سکتے ہیں یا نہیں</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">%1 پر کال کریں</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">%1 پر ٹیکسٹ کریں</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">ریلے سروس Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">اشاروں کی زبان (BSL) میں ویڈیو ریلے: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">ویب سائٹ: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">یہ ڈیوائس فالو اپ کوڈ نہیں بنا سکی: اسے تقریباً 256 MB خالی میموری چاہیے۔ دوسری ایپس بند کر کے دوبارہ کوشش کریں، یا کوڈ کے بغیر رپورٹ بھیجیں۔</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">اپنا فالو اپ کوڈ ٹائپ کریں</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">یہ وہی کوڈ نہیں ہے۔ ہر حرف اور ہندسہ دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">اپنا فالو اپ کوڈ لکھیں</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">آپ کے فالو اپ کوڈ میں 20 حروف اور ہندسے ہیں۔ تسلی کریں کہ آپ نے سب لکھے ہیں، اور اس سے زیادہ نہیں۔</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">اپنا فالو اپ کوڈ جانچیں: اس میں ایسا حرف ہے جو کوڈز میں استعمال نہیں ہوتا۔ کوڈز میں 0 سے 9 تک ہندسے اور A سے Z تک حروف ہوتے ہیں، مگر U نہیں۔</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">اس ڈیوائس میں فالو اپ کوڈ کھولنے کے لیے کافی خالی میموری نہیں ہے (تقریباً 256 MB چاہیے)۔ دوسری ایپس بند کر کے دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour ابھی جوابات نہیں دیکھ سکتا۔ تسلی کریں کہ آپ انٹرنیٹ سے جڑے ہیں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">جوابات حذف کر دیے گئے۔ اب کوئی انہیں نہیں پڑھ سکتا، کوڈ سے بھی نہیں۔</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">کچھ جوابات ابھی حذف نہیں ہو سکے۔ بعد میں دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">اپنا جواب لکھیں، یا بتائیں کہ جواب سے مدد ملی یا نہیں</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">لکھیں کہ آپ اپنی رپورٹ میں کیا شامل کرنا چاہتے ہیں</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">آپ کا متن بہت لمبا ہے۔ اسے مختصر کریں۔</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour اس ڈیوائس پر آپ کا جواب محفوظ نہیں کر سکتا۔ کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">کسی ادارے کے جواب دینے کے بعد آپ معلومات شامل کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour نہیں جانتا کہ اسے کہاں بھیجنا ہے: جواب دینے والا ادارہ اس کی فہرست میں نہیں ہے۔ کسی اور طریقے سے ان سے رابطہ کریں اور اپنا حوالہ نمبر بتائیں۔</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">آپ کا جواب بھیجنے کے لیے محفوظ نہیں ہو سکا۔ ہو سکتا ہے آپ کی ڈیوائس بھری ہوئی ہو۔ کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">آپ کا جواب محفوظ ہو گیا ہے۔ Harbour جتنی جلدی ممکن ہو اسے بھیج دے گا۔</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">آپ نے جو شامل کیا وہ محفوظ ہو گیا ہے۔ Harbour جتنی جلدی ممکن ہو اسے بھیج دے گا۔</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">بھیج دیا گیا۔ اب ادارے کے پاس آپ کا جواب ہے۔</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">کچھ جوابات اس کوڈ سے نہیں کھل سکے: ہو سکتا ہے راستے میں ان میں تبدیلی کی گئی ہو۔ انہیں نہیں دکھایا گیا۔</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">وہ ادارے جنہیں آپ چنیں</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">اس ڈیوائس پر Harbour رپورٹیں محفوظ نہیں کر سکتا۔ براہ کرم رپورٹ کرنے کا کوئی اور طریقہ استعمال کریں۔</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">بھیجنے سے پہلے چنیں کہ آپ کی رپورٹ کس کو ملے۔ کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">آپ کی رپورٹ بھیجنے کے لیے تیار نہیں ہو سکی۔ کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">آپ کی رپورٹ بھیجنے کے لیے محفوظ نہیں ہو سکی۔ ہو سکتا ہے آپ کی ڈیوائس بھری ہوئی ہو۔ آپ کے جواب ابھی یہیں ہیں: کچھ جگہ خالی کریں اور دوبارہ &quot;رپورٹ بھیجیں&quot; دبائیں۔</translation>
    </message>
</context>
</TS>
