<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">تنظیمات کیوسک</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">تنظیم نشده</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">برای کارکنان سازمان. بعد از چند تلاش نادرست باید پیش از تلاش دوباره صبر کنید، هر بار طولانی‌تر.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">عبارت عبور مدیر</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">در حال بررسی عبارت عبور…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">باز کردن قفل تنظیمات</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">نام کیوسک</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">سازمان پیش‌فرض</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">زبان‌های ارائه‌شده</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">همه زبان‌های موجود</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">هشدار پس از بی‌فعالیتی</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">زمان پاسخ به هشدار</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">کد داوطلب</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">تنظیم شده</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">برای تغییر این تنظیمات، از harbour-kiosk-setup و فایل پیکربندی کیوسک استفاده کنید.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">کلید امضای این کیوسک</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">گزارش‌های این کیوسک با این کلید امضا می‌شوند. آن را نزد سازمان خود ثبت کنید و اثر انگشت را با صدای بلند مقایسه کنید.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">اثر انگشت</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">این کیوسک کلید امضا ندارد، پس گزارش‌هایش امضا نشده‌اند: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">قفل کردن تنظیمات</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ثانیه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">بازگشت</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">تغییر</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">پیش از ارسال گزارش، پاسخ‌هایتان را بررسی کنید</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">گزارش شما «فوری» علامت‌گذاری می‌شود. اگر همین حالا در خطر هستید، با 999 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">پاسخ داده نشده</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">تغییر پاسخ‌تان به این پرسش: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">اکنون گزارش‌تان را بفرستید</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">گزارش شما روی این دستگاه قفل شده است تا فقط %1 بتوانند آن را بخوانند. اگر الان اینترنت نیست، هر وقت اینترنت وصل شد فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">ارسال گزارش</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">پاسخ شما: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">این همه چیزهایی است که به ما گفتید.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">برای درست کردن یک پاسخ، «تغییر» را بزنید.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">وقتی همه چیز درست است، گزارش‌تان را بفرستید.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">چه کسی گزارش شما را دریافت می‌کند</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">انتخاب نشده</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">پلیس</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">یک سازمان حمایتی</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">هم پلیس و هم یک سازمان حمایتی</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">فقط ثبت شود: نمی‌خواهم هیچ اقدامی انجام شود</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">هنوز سازمانی انتخاب نشده است: پیش از ارسال، یکی را انتخاب کنید</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">آیا می‌توانند با شما تماس بگیرند؟</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">بله. فقط %1 می‌توانند با شما تماس بگیرند.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">بله، ولی تیک نزده‌اید که چه کسی می‌تواند با شما تماس بگیرد</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">نه، می‌خواهم ناشناس بمانم.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">نه، می‌خواهم ناشناس بمانم. آن‌ها نمی‌توانند به شما پاسخ دهند، مگر اینکه همین‌جا کد پیگیری بخواهید.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">یک کد پیگیری می‌گیرید تا پاسخ‌های آن‌ها را بخوانید.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">پاسخ‌های شما</translation>
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
        <translation type="unfinished">برای تماس با آن‌ها، از یکی از این راه‌ها استفاده کنید و شماره پیگیری‌تان را به آن‌ها بگویید:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">کد Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">کد شما %1 است</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">گزارش فرستاده شد</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">گزارش ذخیره شد و منتظر ارسال است</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">شماره پیگیری شما</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">شماره پیگیری شما %1 است</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">گزارش شما به %1 رسید.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">هنوز ارتباطی با %1 برقرار نیست. Harbour به تلاش ادامه می‌دهد و هر وقت بتواند گزارش را می‌فرستد. گزارش شما قفل شده است تا فقط آن‌ها بتوانند آن را بخوانند.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">بعد چه می‌شود</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">شماره پیگیری‌تان را یادداشت کنید، یا آن را جای امنی نگه دارید. اگر راه تماس داده‌اید، ممکن است سازمان با شما تماس بگیرد. اگر نداده‌اید، نمی‌توانند با شما تماس بگیرند.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">شما خواستید گزارش‌تان فقط ثبت شود. ما از آن‌ها خواسته‌ایم هیچ اقدامی نکنند.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">اگر همین حالا در خطر هستید، با 999 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">حمایت و راه‌های دیگر برای گرفتن کمک</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">پایان</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">پایان و پاک کردن این گزارش از صفحه</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">گزارش شما حالا به دست %1 رسیده است.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">گزارش شما ذخیره شد. Harbour هر وقت بتواند آن را می‌فرستد.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">گزارش شما قفل است. فقط %1 می‌توانند آن را بخوانند.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">شماره پیگیری‌تان را یادداشت کنید. آن را جای امنی نگه دارید.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">اگر شماره تلفن یا ایمیل‌تان را داده‌اید، ممکن است با شما تماس بگیرند.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">شما از آن‌ها خواستید فقط آن را ثبت کنند. آن‌ها هیچ اقدامی نمی‌کنند.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">گزارش شما فرستاده نشد</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 گزارش شما را نپذیرفت، پس Harbour فرستادن آن را متوقف کرد. لطفاً از یکی از راه‌های دیگر گزارش دادن در پایین استفاده کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour نتوانست گزارش شما را در %n روز به %1 بفرستد، پس دیگر تلاش نمی‌کند. لطفاً از یکی از راه‌های دیگر در پایین استفاده کنید، یا دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">دوباره فرستادن</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">گزارش شما فرستاده نشد. لطفاً از راه دیگری گزارش دهید.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour نمی‌تواند روی این دستگاه به Tor برسد. گزارش شما اینجا منتظر است و وقتی Tor اجرا شود از راه Tor فرستاده می‌شود. از هیچ راه دیگری فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">شماره پیگیری خود را یادداشت کنید یا در جای امنی نگه دارید. سازمان می‌تواند از طریق Harbour به شما پاسخ دهد: برای خواندن پاسخ‌ها، در صفحه اول «کد پیگیری دارم» را انتخاب کنید و کد خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">کد پیگیری خود را یادداشت کنید. با آن می‌توانید پاسخ‌های آن‌ها را در Harbour بخوانید.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بستن</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">بستن کد</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">آیا می‌توانیم با شما تماس بگیریم؟</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">می‌توانید ناشناس بمانید. اگر اجازه دهید سازمانی با شما تماس بگیرد، می‌تواند به شما بگوید بعد چه می‌شود و از شما حمایت کند.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">نه، می‌خواهم ناشناس بمانم</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">بله، می‌توانید با من تماس بگیرید</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">چه کسی می‌تواند با شما تماس بگیرد؟</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">فقط سازمان‌هایی که اینجا علامت می‌زنید راه تماس با شما را می‌گیرند. بقیه گزارش شما را بدون آن دریافت می‌کنند.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">چطور با شما تماس بگیرند؟</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">با تلفن</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">شماره تلفن</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">برای مثال، 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">با ایمیل</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">نشانی ایمیل</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">پلیس فقط از طریق سازمان حمایتی با من تماس بگیرد</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">شما را چه صدا کنیم؟ (اختیاری)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">لازم نیست نام کامل یا نام واقعی‌تان باشد.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">چه وقت تماس با شما امن است؟ (اختیاری)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">برای مثال، دوشنبه تا جمعه بعد از ساعت 6 عصر</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">آیا گذاشتن پیام امن است؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">بله، گذاشتن پیام امن است</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نه</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">نه، پیام نگذارید</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">مطمئن نیستم</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">مطمئن نیستم که گذاشتن پیام امن است یا نه</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">در میان گذاشتن گزارش شما برای حفظ امنیت‌تان</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">از آنچه به ما گفتید به نظر می‌رسد ممکن است در خطر جدی باشید. وقتی کسی در خطر زیاد است، پلیس، شورای محلی، خدمات درمانی و سازمان‌های حمایتی گاهی با هم جلسه می‌گذارند تا برای امنیت او برنامه بریزند (جلسه ارزیابی خطر با چند نهاد، به نام MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">آیا سازمان‌هایی که انتخاب کردید می‌توانند برای این کار گزارش شما را با آن‌ها در میان بگذارند؟</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">بله، برای حفظ امنیتم می‌توانند آن را در میان بگذارند</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">نه، آن را در میان نگذارید</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">بعداً می‌توانید نظرتان را تغییر دهید: با سازمان تماس بگیرید و شماره پیگیری‌تان را بگویید.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">ارسال گزارش</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">دریافت پاسخ بدون دادن اطلاعات تماس (اختیاری)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">با کد پیگیری می‌توانید از هر تلفن یا رایانه‌ای پاسخ سازمان‌ها را در Harbour بخوانید، به آن‌ها پاسخ دهید و به گزارش خود چیزی اضافه کنید. فقط کسی که کد را دارد می‌تواند پاسخ‌ها را بخواند.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">به من کد پیگیری بدهید</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">پس از ارسال گزارش آن را می‌بینید. یادداشتش کنید: Harbour آن را نگه نمی‌دارد.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">لازم نیست نام‌تان را بدهید.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">اگر بخواهید، می‌توانند به شما زنگ بزنند یا برایتان بنویسند.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">آن وقت می‌توانند به شما بگویند بعد چه می‌شود.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">اگر همین حالا در خطر هستید، با 999 تماس بگیرید</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">با 999 تماس بگیرید و پلیس را بخواهید، یا اگر کسی آسیب دیده است آمبولانس بخواهید.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">اگر ناشنوا هستید یا نمی‌توانید تلفنی صحبت کنید</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">سرویس 999 BSL: از برنامه یا وب‌سایت 999 BSL استفاده کنید تا به یک مترجم زبان اشاره بریتانیایی وصل شوید که به جای شما با 999 تماس می‌گیرد.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">اگر در emergencySMS ثبت‌نام کرده‌اید، به 999 پیامک بزنید. برای ثبت‌نام، کلمه «register» را به 999 پیامک کنید.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">گزارش شما</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">گزارش شما «فوری» علامت‌گذاری می‌شود. اما این مثل تماس با 999 نیست: ممکن است سازمان آن را فوراً نخواند.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">وقتی در امان بودید، می‌توانید گزارش‌تان را ادامه دهید. هر وقت بخواهید می‌توانید «خروج» را بزنید.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">ادامه گزارشم</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">آیا همین حالا در خطر هستید؟ با 999 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">پلیس را بخواهید. اگر کسی آسیب دیده است، آمبولانس بخواهید.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">ناشنوا هستید؟ از 999 BSL استفاده کنید، یا اگر ثبت‌نام کرده‌اید به 999 پیامک بزنید.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">برای ترک سریع Harbour، «خروج» را بزنید.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">روز</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">ماه</translation>
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
        <translation type="unfinished">تقریباً چه وقت</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">برای مثال، 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">برای مثال، 3 2024. اگر روز را می‌دانید، آن را هم بنویسید.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">ساعت (اختیاری)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">برای مثال، 18:30 یا 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">تاریخ شروع</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">زودترین تاریخی که ممکن است بوده باشد</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">تاریخ پایان</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">دیرترین تاریخی که ممکن است بوده باشد</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">از چه زمانی شروع شد؟ (اختیاری)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">برای مثال، 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">نمایش و زبان</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">نمایش و زبان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">بستن و بازگشت</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">متن معمولی</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">متن بزرگ</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">متن خیلی بزرگ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">کنتراست بالا</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">خواندن پرسش‌ها با صدای بلند</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">نسخه آسان‌خوان: جمله‌های کوتاه با تصویر</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">ردی باقی نگذار: این انتخاب‌ها را روی این دستگاه به خاطر نسپار</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">اندازهٔ متن</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">مشکلی وجود دارد</translation>
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
        <translation type="unfinished">خروج: ترک سریع و پاک کردن این گزارش</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">خطا: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">پاسخ به %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">افزودن اطلاعات به گزارش</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">آنچه اضافه می‌کنید همراه گزارش شما به %1 می‌رسد. برای مثال، چیزی که به یاد آوردید یا چیزی که از آن زمان رخ داده است.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">آیا پاسخ کمکی کرد؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">پاسخ شما به سازمان‌ها کمک می‌کند ببینند چه چیزی مؤثر است.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">بله، کمک کرد</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">کمی کمک کرد</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">نه، کمکی نکرد</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">پاسخ شما (اگر گفتید کمک کرد یا نه، اختیاری است)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">آنچه می‌خواهید اضافه کنید</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">ارسال پاسخ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">ارسال</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">سازمان‌هایی که به شما پاسخ دادند</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">کد پیگیری خود را وارد کنید</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">این همان کد ۲۰ حرف و عددی است که هنگام ارسال گزارش دریافت کردید.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">کد پیگیری</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">برای مثال K82Q V992 78T6 CAJ1 0HKB. فاصله، خط تیره و حروف بزرگ مهم نیستند.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">کد پیگیری شما</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">همین حالا آن را یادداشت کنید و در جای امنی نگه دارید. با آن می‌توانید در هر تلفن یا رایانه‌ای پاسخ‌های سازمان را در Harbour بخوانید، به آن‌ها پاسخ دهید و به گزارش خود اضافه کنید.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour این کد را نگه نمی‌دارد. اگر آن را گم کنید، هیچ‌کس نمی‌تواند آن را به شما برگرداند. هر کسی که آن را داشته باشد می‌تواند پاسخ‌ها را بخواند.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">خواندن کد با صدای بلند</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">کد پیگیری شما: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">فقط کد را نشان بده</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">فقط کد را نشان بده، برای یادداشت یا عکس گرفتن</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">بررسی کنید که کد را دارید</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">کد پیگیری خود را تایپ کنید</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">فاصله، خط تیره و حروف بزرگ مهم نیستند.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">بررسی کد من</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">این کد شماست. آن را امن نگه دارید.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">در حال آماده‌سازی کد پیگیری. در برخی تلفن‌ها ممکن است تا یک دقیقه طول بکشد. گزارش شما وقتی آماده شد ارسال می‌شود.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">در حال آماده‌سازی کد پیگیری</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">در حال باز کردن پاسخ‌ها (مرحله ۱ از ۲). در برخی تلفن‌ها ممکن است تا یک دقیقه طول بکشد.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">در حال بررسی پاسخ‌ها (مرحله ۲ از ۲).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">در حال حذف پاسخ‌ها.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">در حال انجام</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">پاسخ‌ها به گزارش شما</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">هنوز پاسخی نیست.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">سازمان‌ها معمولاً ظرف ۵ روز کاری پاسخ می‌دهند. اگر منتظر پاسخ بودید، کد خود را بررسی کنید: کدی که یک حرف یا عدد آن فرق کند، صندوق خالی را باز می‌کند.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour نتوانست به همه سازمان‌ها دسترسی پیدا کند. ممکن است پاسخ‌های بیشتری باشد: بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">از %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">شما به این پاسخ جواب داده‌اید.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">پاسخ دادن به این پیام</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">پاسخ دادن به این پیام از %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">افزودن اطلاعات به گزارش</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">بررسی پاسخ‌های تازه</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">حذف پاسخ‌ها یعنی هیچ‌کس دیگر نمی‌تواند آن‌ها را بخواند، حتی با کد شما. Harbour به هر حال پس از ۹۰ روز آن‌ها را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">حذف این پاسخ‌ها</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">پایان</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">پایان و پاک کردن پاسخ‌ها از صفحه</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">هنوز چیزی اضافه نشده است.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">تغییر</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">تغییر %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">حذف %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">به هر چه می‌توانید پاسخ دهید. هر چیزی را که ندیدید، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
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
        <translation type="unfinished">زبان خود را انتخاب کنید</translation>
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
        <translation type="unfinished">صفحه پاک شد</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">چه جور جایی بود؟</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">درباره آن مکان بنویسید (اختیاری)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">برای مثال، ایستگاه اتوبوس جلوی کتابخانه، یا نام مغازه.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">منطقه (اختیاری)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">بخش اول کد پستی، مثل E1، یا نام شهر. نه کد پستی کامل.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">تاریخ را وارد کنید</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">تاریخ باید روز را داشته باشد</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">تاریخ باید ماه را داشته باشد</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">تاریخ باید سال را داشته باشد</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">تاریخ باید یک تاریخ واقعی باشد</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">سال باید 4 رقم داشته باشد، مثل 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">تاریخ باید امروز یا پیش از امروز باشد</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">تاریخ شروع را وارد کنید</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">تاریخ شروع باید روز را داشته باشد</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">تاریخ شروع باید ماه را داشته باشد</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">تاریخ شروع باید سال را داشته باشد</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">تاریخ شروع باید یک تاریخ واقعی باشد</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">سال تاریخ شروع باید 4 رقم داشته باشد، مثل 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">تاریخ شروع باید امروز یا پیش از امروز باشد</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">تاریخ پایان را وارد کنید</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">تاریخ پایان باید روز را داشته باشد</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">تاریخ پایان باید ماه را داشته باشد</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">تاریخ پایان باید سال را داشته باشد</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">تاریخ پایان باید یک تاریخ واقعی باشد</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">سال تاریخ پایان باید 4 رقم داشته باشد، مثل 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">تاریخ پایان باید امروز یا پیش از امروز باشد</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">ماه و سالی را که شروع شد وارد کنید</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">تاریخی که شروع شد باید روز را داشته باشد</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">تاریخی که شروع شد باید ماه را داشته باشد</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">تاریخی که شروع شد باید سال را داشته باشد</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">تاریخی که شروع شد باید یک تاریخ واقعی باشد</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">سالی که شروع شد باید 4 رقم داشته باشد، مثل 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">تاریخی که شروع شد باید امروز یا پیش از امروز باشد</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">آیا همین حالا در خطر هستید؟</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">اگر در خطر هستید، فوراً به شما نشان می‌دهیم چطور کمک بگیرید. بعد از آن می‌توانید این گزارش را ادامه دهید.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">درباره شما</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">برای چه کسی گزارش می‌دهید؟</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">برای خودم اتفاق افتاد</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">دیدم که برای کس دیگری اتفاق افتاد</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">از طرف کس دیگری گزارش می‌دهم</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">برای مثال یک دوست، یکی از اعضای خانواده یا کسی که از او حمایت می‌کنید.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">یک داوطلب در دادن این گزارش به من کمک می‌کند</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">چه اتفاقی افتاد؟</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">با کلمات خودتان بگویید. هر چه به یاد دارید بنویسید. لازم نیست عجله کنید.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">بگویید چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">چه نوع اتفاقی افتاد؟</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">همه موارد درست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">به کسی حمله شد یا کسی آسیب دید</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">تهدید</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">داد و فریاد، توهین یا دشنام</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">آزار و اذیت، یا تعقیب شدن یا مزاحمت بارها و بارها</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">آسیب به خانه، ماشین یا اموال دیگر، از جمله نوشتن روی دیوار (گرافیتی)</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">چیزی دزدیده شد</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">آزار آنلاین، با پیام یا با تلفن</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">تعرض جنسی</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">چیز دیگری</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">ترجیح می‌دهم نگویم</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">فکر می‌کنید چرا شما یا کس دیگری هدف قرار گرفت؟</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">همه موارد درست را انتخاب کنید. همین که شما یا هر کس دیگری این‌طور فکر کند کافی است.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">نژاد یا قومیت، از جمله کولی‌ها، ایرلندی‌های کوچ‌رو (Irish Traveller) و روما</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">دین یا باور، از جمله نداشتن هیچ باوری</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">گرایش جنسی</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">برای مثال همجنس‌گرا (گی یا لزبین) یا دوجنس‌گرا بودن.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">معلولیت، از جمله ناتوانی یادگیری و سلامت روان</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">ترنس بودن (تراجنسیتی)</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">خرده‌فرهنگ متفاوت</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">برای مثال گات، پانک یا ایمو بودن.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">جنس یا جنسیت</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">برای مثال دشمنی با زنان.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">سن</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">چیز دیگری درباره هویت آن‌ها</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">نمی‌دانم</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">به نظر شما به خاطر چه چیز دیگری از هویت‌شان هدف قرار گرفتند؟</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">آنلاین</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">آیا آنلاین اتفاق افتاد، یا از راه تلفن یا کامپیوتر؟</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">برای مثال در شبکه‌های اجتماعی، در پیام‌ها، با ایمیل یا در تماس تلفنی.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">بله، همه‌اش</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">بخشی از آن</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">نه</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">روی کدام وب‌سایت، برنامه یا سرویس بود؟</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">برای مثال فیسبوک، تیک‌تاک، واتس‌اپ، یک بازی، ایمیل یا تماس تلفنی.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">لینک پست، پیام یا پروفایل</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">اگر می‌توانید، نشانی صفحه را کپی کنید، یا نام حسابی را که این کار را کرد بنویسید.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">چه نوشتند یا چه گفتند؟</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">آیا هنوز آنلاین دیده می‌شود؟</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">چه زمانی و کجا</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">چه زمانی اتفاق افتاد؟</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">اگر مطمئن نیستید، یک تخمین هم کمک می‌کند.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">کجا اتفاق افتاد؟</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">ما از موقعیت مکانی شما استفاده نمی‌کنیم. فقط آنچه را می‌خواهید بگویید.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">در یک خانه یا نزدیک آن</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">در خیابان</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">در وسایل نقلیه عمومی، یا در ایستگاه</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">در یک مغازه یا نزدیک آن</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">در یک پاب، بار یا کلوب یا نزدیک آن</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">در پارک یا فضای باز</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">در مدرسه، کالج یا دانشگاه</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">در محل کار</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">در یک عبادتگاه یا نزدیک آن</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">در خانه مراقبت یا مسکن حمایتی</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">در ساختمان شورای محلی، پلیس یا خدمات درمانی</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">فقط آنلاین</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">جای دیگری</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">کسانی که این کار را کردند</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">چند نفر این کار را کردند؟</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">یک نفر</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">دو نفر</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">سه تا پنج نفر</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">بیشتر از پنج نفر</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">آیا می‌دانید چه کسی این کار را کرد؟</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">نه، غریبه بودند</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">بله، می‌دانم چه کسی این کار را کرد</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">بعضی از آن‌ها را می‌شناسم</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">مطمئن نیستم</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">چه نسبتی با شما دارند؟</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">برای مثال همسایه، کسی از محل کار یا مدرسه، یا اگر بخواهید، نامش.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">کسانی را که این کار را کردند توصیف کنید</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">هر کسی را که به یاد دارید اضافه کنید. آن‌ها را همان‌طور که به نظرتان آمدند توصیف کنید. هر چیزی را که ندیدید، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">نفر %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">افزودن یک نفر</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">تقریباً چند سال داشت؟</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">زیر 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">18 تا 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">25 تا 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">35 تا 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">45 تا 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">55 تا 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 یا بیشتر</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">به نظرتان جنسیتش چه بود؟</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">مرد</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">زن</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">غیر از این</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">نتوانستم تشخیص بدهم</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">هیکلش چطور بود؟</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">لاغر</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">متوسط</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">درشت یا چاق</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">عضلانی</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">قدش چقدر بود؟</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">کوتاه‌تر از بیشتر مردم</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">تقریباً متوسط</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">بلندتر از بیشتر مردم</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">رنگ پوست یا ظاهر قومی‌اش، آن‌طور که به نظرتان آمد</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">چه پوشیده بود</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">موهایش</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">برای مثال رنگ، بلندی، مدل، یا ریش.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">لهجه‌اش یا زبانی که صحبت می‌کرد</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">هر چیز دیگری که متوجه شدید</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">برای مثال خالکوبی، جای زخم، عینک یا طرز راه رفتن.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">آیا ماشین، ون یا وسیله نقلیه دیگری داشتند؟</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">وسیله نقلیه را توصیف کنید</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">هر چه به یاد دارید بگویید. بخشی از شماره پلاک هم کمک می‌کند.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">وسیله نقلیه %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">افزودن وسیله نقلیه</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">مارک</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">برای مثال فورد.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">مدل</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">برای مثال ترانزیت.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">رنگ</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">شماره پلاک، یا بخشی از آن</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">آیا کس دیگری دید که این اتفاق افتاد؟</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">درباره کسانی که آن را دیدند بگویید</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">برای مثال چند نفر بودند، یا اگر می‌دانید و خودشان موافق‌اند، چطور می‌شود با آن‌ها تماس گرفت.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">آیا ممکن است از آن فیلم گرفته شده باشد؟</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">برای مثال با دوربین‌های مغازه‌ها، اتوبوس‌ها یا زنگ درها، یا با گوشی کسی.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">امنیت شما</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">آیا چنین چیزی قبلاً هم اتفاق افتاده است؟</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">برای شما، یا برای کسی که این اتفاق برایش افتاد.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">قبلاً چند بار اتفاق افتاده است؟</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">یک بار قبلاً</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">چند بار</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">بارها</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">همیشه اتفاق می‌افتد</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">آیا همان کسانِ دفعه‌های قبل بودند؟</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">آیا اوضاع بدتر می‌شود؟</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">آیا کسانی که این کار را کردند می‌دانند شما کجا زندگی می‌کنید؟</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">آیا شما می‌دانید آن‌ها کجا زندگی می‌کنند؟</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">آیا تهدید کرده‌اند که برمی‌گردند یا به شما آسیب می‌زنند؟</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">آیا کسی آسیب دید؟</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">آیا کسی همین حالا به کمک پزشکی نیاز دارد؟</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">اگر کسی به شدت آسیب دیده است، برای آمبولانس با 999 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">آیا الان در خانه احساس امنیت می‌کنید؟</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">آیا کس دیگری در خطر است؟</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">کودکان</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">خانواده‌ام یا کسانی که با آن‌ها زندگی می‌کنم</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">افراد دیگری در جامعه‌ام</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">کس دیگری</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">هیچ کس دیگری</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">آیا چیزی گرفتن کمک را برایتان سخت‌تر می‌کند؟</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">همه موارد درست را انتخاب کنید. این به سازمان کمک می‌کند به شکل درست از شما حمایت کند.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">معلولیت یا بیماری</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">تنها بودن، یا دور بودن از دیگران</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">نگرانی درباره وضعیت اقامت (مهاجرت)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">هیچ چیز</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">حمایت</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">چه چیزی به شما کمک می‌کند؟</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">کسی که با او حرف بزنم</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">کمک عملی</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">برای مثال در مورد مسکن، تعمیرات یا امنیت.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">مترجم</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">اطلاعات در قالبی دیگر</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">کسی که از طرف من حرف بزند (مدافع)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">هیچ‌کدام</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">برای چه زبانی مترجم می‌خواهید؟</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">اگر به زبان اشاره بریتانیایی نیاز دارید، آن را هم بنویسید.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">کدام قالب‌ها کمک می‌کند؟</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">نسخه آسان‌خوان (با جمله‌های ساده و تصویر)</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">چاپ درشت</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">ویدیو به زبان اشاره بریتانیایی (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">صوتی</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">چند سال دارید؟</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">این به سازمان‌ها کمک می‌کند ببینند چه کسانی آسیب می‌بینند. لازم نیست بگویید.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">65 تا 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 یا بیشتر</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">خودتان را چطور توصیف می‌کنید؟</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">برای مثال جنسیت، قومیت، دین، یا هر چیز دیگری که می‌خواهید سازمان بداند. می‌توانید این را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">یکی از پاسخ‌ها را انتخاب کنید</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">ساعت را مانند 18:30 یا 6:30pm بنویسید، یا خالی بگذارید</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">تاریخ پایان باید بعد از تاریخ شروع باشد</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">پاسخ شما باید %1 نویسه یا کمتر باشد. %2 نویسه بیشتر دارد.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">از پاسخ‌های نشان داده‌شده انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">فقط «%1» را انتخاب کنید، یا پاسخ‌های دیگر را، نه هر دو</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">توضیح مکان باید %1 نویسه یا کمتر باشد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">بله</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">تاریخ را می‌دانم</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">تقریباً می‌دانم کی بود (تخمین)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">بین دو تاریخ بود</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">مدام تکرار می‌شود</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">فقط بخش اول کد پستی را بنویسید، مانند E1، نه کل کد پستی را</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">منطقه باید 60 نویسه یا کمتر باشد</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">بخش اول کد پستی، مانند E1، یا نام یک شهر، مانند Leeds را بنویسید</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">منطقه: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 ساعت %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">حدود %1 (تخمین)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">بین %1 و %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">از %1 مدام تکرار می‌شود</translation>
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
        <translation type="unfinished">آیا همین حالا در خطر هستید؟</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">اگر در خطر هستید، به شما نشان می‌دهیم برای کمک با چه کسی تماس بگیرید.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">بعد از آن می‌توانید به این گزارش برگردید.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">بگویید این اتفاق برای چه کسی افتاد.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">ممکن است خودتان باشید، یا کس دیگری.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">با کلمات خودتان بگویید چه اتفاقی افتاد.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">عجله نکنید. هر چه به یاد دارید بنویسید.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">چه کار کردند؟ همه پاسخ‌های درست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">فکر می‌کنید چرا شما یا آن شخص را هدف گرفتند؟</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">همه پاسخ‌های درست را انتخاب کنید. همین که شما این‌طور فکر کنید کافی است.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">بگویید فکر می‌کنید به خاطر چه چیز دیگری از هویتش هدف قرار گرفت.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">آیا از راه تلفن، کامپیوتر یا اینترنت اتفاق افتاد؟</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">برای مثال در پیام‌ها، در شبکه‌های اجتماعی یا در تماس تلفنی.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">روی کدام برنامه یا وب‌سایت بود؟ برای مثال Facebook یا WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">اگر می‌توانید، نشانی اینترنتی پست یا حساب را کپی کنید.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">بگویید چه نوشتند یا چه گفتند. اگر می‌توانید، حرف‌هایشان را کپی کنید.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">آیا مردم هنوز می‌توانند آن را در اینترنت ببینند؟</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">چه زمانی اتفاق افتاد؟ اگر مطمئن نیستید، تقریبی بگویید.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">ما نمی‌بینیم شما کجا هستید. فقط آنچه را می‌خواهید بگویید.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">آیا کسانی را که این کار را کردند می‌شناسید؟</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">چه نسبتی با شما دارند؟ برای مثال همسایه یا کسی از محل کار.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">بگویید ظاهر هر نفر چطور بود.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">فقط آنچه را دیدید بگویید. می‌توانید چیزهایی را خالی بگذارید.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">تقریباً چند ساله به نظر می‌رسید؟</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">به نظرتان جنسیتش چه بود؟</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">به نظرتان هیکلش چطور بود؟</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">به نظرتان قدش چقدر بود؟</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">به نظرتان رنگ پوست یا ظاهر قومی‌اش چطور بود؟</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">چه لباسی پوشیده بود؟</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">موهایش چطور بود؟ برای مثال رنگ مو، یا ریش.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">چطور صحبت می‌کرد؟ لهجه یا زبانش را بگویید.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">چیز دیگری هم دیدید؟ برای مثال خالکوبی، جای زخم یا عینک.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">آیا ماشین، ون یا وسیله نقلیه دیگری داشتند؟</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">هر چه درباره وسیله نقلیه به یاد دارید بگویید.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">بخشی از شماره پلاک هم کمک می‌کند.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">مارک وسیله نقلیه چه بود؟ برای مثال Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">چه مدلی بود؟ برای مثال Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">وسیله نقلیه چه رنگی بود؟</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">شماره پلاک چه بود؟ بخشی از آن هم کمک می‌کند.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">درباره کسانی که آن را دیدند بگویید.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">بگویید چطور می‌شود با آن‌ها تماس گرفت، ولی فقط اگر خودشان موافق باشند.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">آیا ممکن است دوربینی از آن فیلم گرفته باشد؟ برای مثال در مغازه، اتوبوس یا گوشی.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">آیا چنین چیزی قبلاً هم اتفاق افتاده است؟</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">قبلاً چند بار اتفاق افتاده است؟</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">آیا گفتند برمی‌گردند، یا به شما آسیب می‌زنند؟</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">آیا کسی همین حالا به دکتر یا پرستار نیاز دارد؟</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">آیا ممکن است کس دیگری آسیب ببیند یا در خطر باشد؟</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">همه پاسخ‌های درست را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">آیا چیزی گرفتن کمک را برایتان سخت می‌کند؟</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">این کمک می‌کند آن‌ها به روش درست به شما کمک کنند.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">چه کمکی می‌خواهید؟ هر پاسخی را که می‌خواهید انتخاب کنید.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">برای چه زبانی مترجم می‌خواهید؟ می‌تواند زبان اشاره باشد.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">اطلاعات را به چه شکلی می‌خواهید؟ برای مثال نسخه آسان‌خوان یا چاپ درشت.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">چند سال دارید؟ لازم نیست بگویید.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">اگر بخواهید، درباره خودتان بگویید. می‌توانید این را خالی بگذارید.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">بیشتر درباره اتفاقی که افتاد</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">اگر می‌توانید، آن را کلمه به کلمه اینجا کپی کنید. اسکرین‌شات‌ها را در گوشی‌تان نگه دارید و اینجا بگویید که آن‌ها را دارید: سازمان می‌تواند بعداً آن‌ها را از شما بخواهد.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">فقط سازمان‌هایی که انتخاب می‌کنید این گزارش را برایشان بفرستید این پاسخ را می‌بینند (پلیس هم، اگر آن را انتخاب کنید). سازمان‌های حمایتی بدون موافقت شما آن را به مأموران اجرای قوانین مهاجرت نمی‌دهند.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">فقط سازمان‌هایی که انتخاب می‌کنید پاسخ شما را می‌بینند.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">توقف خواندن</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">خواندن این صفحه با صدای بلند</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">خواندن با صدای بلند به زبان %1 روی این دستگاه در دسترس نیست. یک داوطلب یا دوست می‌تواند پرسش‌ها را برایتان بخواند.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">گزارش‌تان را برای چه کسی بفرستیم؟</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">پلیس</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">پلیس منطقه‌ای که این اتفاق در آن افتاد.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">یک سازمان حمایتی</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">یک مرکز گزارش‌دهی مستقل از پلیس. می‌تواند از شما حمایت کند، و اگر بخواهید گزارش‌تان را به پلیس بدهد.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">هم پلیس و هم یک سازمان حمایتی</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">هر کدام نسخه جداگانه خودش را می‌گیرد.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">فقط ثبت شود: نمی‌خواهم هیچ اقدامی انجام شود</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">یک سازمان حمایتی آن را ثبت می‌کند تا جرم‌های ناشی از نفرت شمرده شوند. از آن‌ها می‌خواهیم هیچ اقدامی نکنند.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">گزارش شما قفل شده است تا فقط سازمان‌هایی که انتخاب می‌کنید بتوانند آن را بخوانند. هر کدام می‌تواند ببیند چه سازمان‌های دیگری را انتخاب کرده‌اید.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">در این دستگاه، Harbour فهرست به‌روزی از سازمان‌ها پیدا نمی‌کند، پس نمی‌تواند گزارش شما را بفرستد. لطفاً با یکی از شماره‌های تلفن صفحه اول تماس بگیرید.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">این دستگاه هر گزارش را برای این سازمان‌ها می‌فرستد: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">پلیس را انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">پلیس و یک سازمان حمایتی را انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">یک سازمان حمایتی را انتخاب کنید</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">این‌ها %1 را پوشش می‌دهند، همان جایی که گفتید اتفاق افتاد.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">نگفتید کجا اتفاق افتاد، پس سازمان‌های همه مناطق نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. گزارش درباره: %3. زبان‌ها: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ادامه</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">دوست دارید چه اتفاقی بیفتد؟</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">انتخاب کنید گزارش‌تان به دست چه کسی برسد.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">فقط کسانی که انتخاب می‌کنید می‌توانند آن را بخوانند.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">یک گروه حمایتی می‌تواند به شما کمک کند. پلیس می‌تواند بررسی کند که چه اتفاقی افتاد.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">همین حالا بفرست</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">در زمانی تصادفی در روز آینده بفرست</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">در زمانی تصادفی در ۳ روز آینده بفرست</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">زمان فرستادن</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">سازمان می‌بیند گزارش شما چه زمانی می‌رسد. اگر نمی‌خواهید آن زمان با جایی که بودید جور دربیاید، Harbour می‌تواند آن را بعداً بفرستد، در زمانی که هیچ‌کس نمی‌تواند حدس بزند.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">ظاهر و صدای Harbour</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">اگر همین حالا به کمک نیاز دارید</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">اگر همین حالا در خطر هستید، با 999 تماس بگیرید. افراد ناشنوا می‌توانند از 999 BSL استفاده کنند، یا اگر ثبت‌نام کرده‌اند به 999 پیامک بزنند. برای موارد غیراضطراری با 101 تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">کارکنان: کمک به کسی برای گزارش دادن</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">اگر داوطلبی هستید که به کسی برای گزارش کمک می‌کنید، کد داوطلب را وارد کنید. گزارش می‌گوید که کسی کمک کرده است. هرگز نمی‌گوید چه کسی.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">کد داوطلب</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">در حال بررسی کد…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">شروع حالت کمکی</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">حالت کمکی روشن است. گزارش می‌گوید که یک داوطلب کمک کرده است. هرگز نمی‌گوید چه کسی.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">خاموش کردن محدودیت زمانی برای این جلسه</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">وقتی مدتی کسی به صفحه دست نزند، گزارش پاک نمی‌شود. وقتی کارتان تمام شد، خروج را بزنید.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">شروع گزارش</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">برای سازمان</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">تنظیمات کیوسک (عبارت عبور مدیر)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">گزارش جرم ناشی از نفرت</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">گزارش جرم ناشی از نفرت یا حادثه ناشی از نفرت</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">از اینجا می‌توانید به یک سازمان بگویید چه اتفاقی برای شما یا کس دیگری افتاده، به خاطر هویت آن شخص.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">حدود 10 دقیقه طول می‌کشد. لازم نیست نام‌تان را بدهید. فقط %1 می‌توانند آنچه را می‌فرستید بخوانند.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">هر وقت بخواهید می‌توانید «خروج» را بزنید. این کار هر چه نوشته‌اید را پاک می‌کند.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">شروع کنید</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">اگر همین حالا در خطر هستید، یا ترجیح می‌دهید تلفن بزنید:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">اگر همین حالا در خطر هستید، با 999 تماس بگیرید. افراد ناشنوا می‌توانند از 999 BSL استفاده کنند، یا اگر ثبت‌نام کرده‌اند به 999 پیامک بزنند. برای موارد غیراضطراری با 101 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">حالت کمکی روشن است: گزارش می‌گوید که یک داوطلب کمک کرده، هرگز چه کسی.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">کارکنان: به کسی کمک می‌کنم</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">به ما بگویید اگر کسی به خاطر هویتش آسیب دید یا ترسید.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">حدود 10 دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">لازم نیست نام‌تان را بدهید.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">فقط %1 می‌توانند آنچه را می‌فرستید بخوانند.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">هر وقت بخواهید «خروج» را بزنید. این کار هر چه نوشته‌اید را پاک می‌کند.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">کد پیگیری دارم</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">کد پیگیری دارم: خواندن پاسخ‌ها به گزارشم</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">همین حالا بفرستید، یا بیشتر به ما بگویید</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">به اندازه کافی به ما گفته‌اید تا گزارش‌تان فرستاده شود. می‌توانید همین حالا آن را بفرستید.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">می‌توانید همین حالا گزارش‌تان را بفرستید.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">یا می‌توانید بیشتر به ما بگویید. خودتان انتخاب می‌کنید کدام بخش‌ها.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">هر بخش به انتخاب خودتان است. می‌توانید همه را رد کنید.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">گزارش‌تان را بررسی کنید و بفرستید</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">بیشتر به ما بگویید (اختیاری)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">شما خواستید فقط ثبت شود، پس لازم نیست به هیچ‌کدام از این‌ها پاسخ دهید. فقط اگر خواستید، بخشی را باز کنید.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">جزئیات بیشتر می‌تواند به آن‌ها کمک کند اقدام کنند، برای مثال پیدا کنند چه کسی این کار را کرد یا امنیت شما را حفظ کنند. هر بخشی را که می‌خواهید باز کنید و بقیه را رد کنید.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">شروع نشده</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%1 از %2 پاسخ داده شده</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">وقت بیشتری لازم دارید؟</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>برای اینکه گزارش‌تان محرمانه بماند، اگر کاری نکنید، آن را تا %n ثانیه دیگر پاک می‌کنیم.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">وقت بیشتری لازم دارم</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">گزارشم را همین حالا پاک کنید</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">روش فرستادن</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">وقتی گزارش شما می‌رسد، سازمان می‌تواند نشانی اینترنتی این دستگاه را ببیند. این نشانی می‌تواند نشان دهد چه کسی به شما اینترنت می‌دهد و تقریباً کجا هستید.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor آن را پنهان می‌کند. گزارش شما اول از سه رایانهٔ دیگر می‌گذرد، پس سازمان نشانی شما را نمی‌بیند و ارائه‌دهندهٔ اینترنت شما نمی‌بیند گزارش به کجا می‌رود. Tor باید روی این دستگاه در حال اجرا باشد، مثلاً برنامهٔ Orbot در اندروید.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">مستقیم بفرست</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">از راه Tor بفرست</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">اگر Tor در حال اجرا نباشد، گزارش شما روی این دستگاه منتظر می‌ماند تا اجرا شود. هرگز از راه دیگری فرستاده نمی‌شود. ارائه‌دهندهٔ اینترنت شما می‌تواند ببیند که از Tor استفاده می‌کنید، اما نه اینکه چه می‌فرستید.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">این کد داوطلب درست نیست. آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">این عبارت عبور مدیر درست نیست. آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">این کد داوطلب درست نیست. تلاش‌های نادرست زیاد: می‌توانید %1 دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">این عبارت عبور مدیر درست نیست. تلاش‌های نادرست زیاد: می‌توانید %1 دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">تلاش‌های نادرست زیاد. چیزی بررسی نشد. می‌توانید %1 دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">این کیوسک کد داوطلب ندارد. سازمان می‌تواند با harbour-kiosk-setup یکی تنظیم کند.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">این کیوسک عبارت عبور مدیر ندارد. سازمان می‌تواند با harbour-kiosk-setup یکی تنظیم کند.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">این کیوسک نمی‌تواند تلاش‌ها را ثبت کند، پس چیزی بررسی نشد. از سازمان بخواهید این کیوسک را بررسی کند.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ثانیه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n دقیقه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">نژاد یا قومیت</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">دین یا باور</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">گرایش جنسی</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">معلولیت</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">هویت ترنس (تراجنسیتی)</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">منطقه تحت پوشش: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">همه مناطق را پوشش می‌دهد</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">پلیس</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">سازمان حمایتی</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">خرده‌فرهنگ متفاوت</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">جنس یا جنسیت</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">سن</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">همه انواع جرایم نفرت</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 و %n زبان دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">ایمیل به %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">در این دستگاه، Harbour فهرست به‌روزی از سازمان‌ها پیدا نمی‌کند، پس نمی‌تواند گزارش شما را بفرستد. لطفاً با یکی از شماره‌های تلفن پایین تماس بگیرید.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">انتخاب کنید گزارش‌تان به دست چه کسی برسد</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">پلیس را انتخاب کنید</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">یک سازمان حمایتی را انتخاب کنید</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">انتخاب کنید که آیا می‌توانیم با شما تماس بگیریم</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">انتخاب کنید چه کسی می‌تواند با شما تماس بگیرد</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">انتخاب کنید چطور با شما تماس بگیریم: با تلفن، با ایمیل، یا هر دو</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">یک شماره تلفن وارد کنید، مثل 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">نشانی ایمیل را درست وارد کنید، مثل name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">برای اینکه از طریق یک سازمان حمایتی با شما تماس گرفته شود، اجازه دهید یک سازمان حمایتی با شما تماس بگیرد</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">انتخاب کنید که آیا می‌توانیم برای حفظ امنیت شما گزارش‌تان را با نهادهای دیگر در میان بگذاریم</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">تماس با %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">پیامک به %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">سرویس Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">تماس تصویری با زبان اشاره بریتانیایی (BSL): %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">وب‌سایت: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">این دستگاه نتوانست کد پیگیری بسازد: حدود ۲۵۶ مگابایت حافظه آزاد لازم است. برنامه‌های دیگر را ببندید و دوباره امتحان کنید، یا گزارش را بدون کد بفرستید.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">کد پیگیری خود را تایپ کنید</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">این همان کد نیست. هر حرف و عدد را دوباره ببینید.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">کد پیگیری خود را وارد کنید</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">کد پیگیری شما ۲۰ حرف و عدد دارد. بررسی کنید همه را تایپ کرده‌اید، نه بیشتر.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">کد پیگیری خود را بررسی کنید: نویسه‌ای دارد که کدها به کار نمی‌برند. کدها از اعداد ۰ تا ۹ و حروف A تا Z، به جز U، استفاده می‌کنند.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">این دستگاه حافظه آزاد کافی برای باز کردن کد پیگیری ندارد (حدود ۲۵۶ مگابایت لازم است). برنامه‌های دیگر را ببندید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour اکنون نمی‌تواند پاسخ‌ها را بررسی کند. اتصال اینترنت را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">پاسخ‌ها حذف شدند. اکنون هیچ‌کس نمی‌تواند آن‌ها را بخواند، حتی با کد.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">برخی پاسخ‌ها اکنون حذف نشدند. بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">پاسخ خود را بنویسید، یا بگویید آیا پاسخ کمک کرد</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">بنویسید چه چیزی می‌خواهید به گزارش اضافه کنید</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">متن شما خیلی طولانی است. کوتاه‌ترش کنید.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour نمی‌تواند پاسخ شما را روی این دستگاه ذخیره کند. چیزی ارسال نشد.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">وقتی سازمانی به شما پاسخ داد می‌توانید اطلاعات اضافه کنید.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour نمی‌داند این را کجا بفرستد: سازمانی که پاسخ داده در فهرستش نیست. از راه دیگری با آن‌ها تماس بگیرید و شماره پیگیری خود را بدهید.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">پاسخ شما برای ارسال ذخیره نشد. شاید حافظه دستگاه پر باشد. چیزی ارسال نشد.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">پاسخ شما ذخیره شد. Harbour در اولین فرصت آن را می‌فرستد.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">آنچه اضافه کردید ذخیره شد. Harbour در اولین فرصت آن را می‌فرستد.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">ارسال شد. اکنون پاسخ شما به دست سازمان رسیده است.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">برخی پاسخ‌ها با این کد باز نشدند: شاید در راه تغییر کرده باشند. نمایش داده نمی‌شوند.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">سازمان‌هایی که انتخاب می‌کنید</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">در این دستگاه، Harbour نمی‌تواند گزارش‌ها را ذخیره کند. لطفاً از راه دیگری گزارش دهید.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">پیش از فرستادن، انتخاب کنید گزارش‌تان به دست چه کسی برسد. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">گزارش شما برای ارسال آماده نشد. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">گزارش شما برای ارسال ذخیره نشد. شاید حافظه دستگاه‌تان پر باشد. پاسخ‌هایتان هنوز اینجاست: کمی فضا خالی کنید و دوباره «ارسال گزارش» را بزنید.</translation>
    </message>
</context>
</TS>
