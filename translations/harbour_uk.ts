<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">Налаштування кіоску</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">не задано</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">Для працівників організації. Після кількох невдалих спроб потрібно зачекати, щоразу довше.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">Парольна фраза адміністратора</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">Перевіряємо парольну фразу…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">Розблокувати налаштування</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Назва кіоску</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">Організація за замовчуванням</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">Доступні мови</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">усі доступні мови</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">Попередження після бездіяльності</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">Час, щоб відповісти на попередження</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Код волонтера</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">задано</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">Щоб змінити ці налаштування, скористайтеся harbour-kiosk-setup і файлом налаштувань кіоску.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">Ключ підпису цього кіоску</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">Повідомлення з цього кіоску підписуються цим ключем. Зареєструйте його у своїй організації та звірте відбиток уголос.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Відбиток</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">Цей кіоск не має ключа підпису, тому його повідомлення не підписані: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">Заблокувати налаштування</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">Змінити</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">Перевірте свої відповіді, перш ніж надіслати повідомлення</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">Ваше повідомлення буде позначене як термінове. Якщо ви зараз у небезпеці, телефонуйте 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">Не вказано</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">Змінити відповідь на запитання: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">Тепер надішліть своє повідомлення</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">Ваше повідомлення захищене на цьому пристрої. Прочитати його можуть тільки: %1. Якщо зараз немає інтернету, його буде надіслано, коли інтернет з&apos;явиться.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Надіслати повідомлення</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">Ваша відповідь: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">Ось усе, що ви нам розповіли.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">Натисніть «Змінити», щоб виправити відповідь.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">Коли все правильно, надішліть своє повідомлення.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">Хто отримає ваше повідомлення</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">Не обрано</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Поліція</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Організація підтримки</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">І поліція, і організація підтримки</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Лише зареєструвати: я не хочу, щоб вживали будь-яких заходів</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">Організацію ще не обрано: оберіть її перед надсиланням</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">Чи можуть вони з вами зв&apos;язатися?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">Так. Зв&apos;язатися з вами можуть тільки: %1.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">Так, але ви не позначили, хто може з вами зв&apos;язатися</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">Ні, зберегти мою анонімність.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">Ні, зберегти мою анонімність. Вони не зможуть вам відповісти, якщо ви не попросите тут код для відповідей.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">Ви отримаєте код для відповідей, щоб читати їхні відповіді.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">Ваші відповіді</translation>
    </message>
</context>
<context>
    <name>ChoiceAnswer</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
</context>
<context>
    <name>ChosenOrganisations</name>
    <message>
        <source>To contact them, use one of these and give them your reference number:</source>
        <translation type="unfinished">Щоб зв&apos;язатися з ними, скористайтеся одним із цих способів і назвіть номер вашого повідомлення:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Код Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">Ваш код: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">Повідомлення надіслано</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">Повідомлення збережено, воно чекає на надсилання</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">Номер вашого повідомлення</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">Номер вашого повідомлення: %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">Ваше повідомлення отримали: %1.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">Поки що немає зв&apos;язку з %1. Harbour і далі намагатиметься й надішле повідомлення, щойно зможе. Ваше повідомлення захищене, тож прочитати його можуть тільки вони.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Що буде далі</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">Запишіть номер вашого повідомлення або збережіть його в надійному місці. Якщо ви залишили контактні дані, організація може з вами зв&apos;язатися. Якщо ні, вона не зможе цього зробити.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">Ви попросили лише зареєструвати ваше повідомлення. Ми попросили їх не вживати жодних заходів.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">Якщо ви зараз у небезпеці, телефонуйте 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">Підтримка та інші способи отримати допомогу</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Завершити</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">Завершити й стерти це повідомлення з екрана</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">Ваше повідомлення вже отримали: %1.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">Ваше повідомлення збережено. Harbour надішле його, коли зможе.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">Ваше повідомлення захищене. Прочитати його можуть тільки: %1.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">Запишіть номер вашого повідомлення. Зберігайте його в надійному місці.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">Якщо ви залишили номер телефону або електронну пошту, з вами можуть зв&apos;язатися.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">Ви попросили лише зареєструвати його. Вони не вживатимуть заходів.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">Ваше повідомлення не надіслано</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 не прийняла ваше повідомлення, тому Harbour припинив його надсилати. Скористайтеся одним з інших способів повідомити, наведених нижче.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour не зміг надіслати ваше повідомлення до %1 за %n дн., тому припинив спроби. Скористайтеся одним з інших способів повідомити, наведених нижче, або спробуйте ще раз.</numerusform>
            <numerusform>Harbour не зміг надіслати ваше повідомлення до %1 за %n дн., тому припинив спроби. Скористайтеся одним з інших способів повідомити, наведених нижче, або спробуйте ще раз.</numerusform>
            <numerusform>Harbour не зміг надіслати ваше повідомлення до %1 за %n дн., тому припинив спроби. Скористайтеся одним з інших способів повідомити, наведених нижче, або спробуйте ще раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">Спробувати надіслати ще раз</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">Ваше повідомлення не надіслано. Повідомте іншим способом.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour не може з’єднатися з Tor на цьому пристрої. Ваше повідомлення чекає тут і буде надіслане через Tor, коли Tor запрацює. Іншим способом його не буде надіслано.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">Запишіть свій номер звернення або збережіть його в безпечному місці. Організація може відповісти вам через Harbour: щоб прочитати відповіді, виберіть «У мене є код для відповідей» на першій сторінці й введіть свій код.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">Запишіть свій код для відповідей. З ним ви зможете читати їхні відповіді в Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Закрити</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">Закрити код</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">Чи можемо ми з вами зв&apos;язатися?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">Ви можете залишатися анонімними. Якщо ви дозволите організації зв&apos;язатися з вами, вона зможе розповісти, що буде далі, і запропонувати вам підтримку.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">Ні, зберегти мою анонімність</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">Так, ви можете зі мною зв&apos;язатися</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">Хто може з вами зв&apos;язатися?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">Ваші контактні дані отримають лише ті організації, які ви тут позначите. Інші отримають ваше повідомлення без них.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">Як з вами можна зв&apos;язатися?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Телефоном</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Номер телефону</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">Наприклад, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">Електронною поштою</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Адреса електронної пошти</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">Поліція має зв&apos;язуватися зі мною лише через організацію підтримки</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">Як до вас звертатися? (необов&apos;язково)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">Це не обов&apos;язково має бути ваше повне або справжнє ім&apos;я.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">Коли з вами безпечно зв&apos;язуватися? (необов&apos;язково)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">Наприклад, у будні після 18:00</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">Чи безпечно залишати вам повідомлення? (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Так</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">Так, повідомлення залишати безпечно</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Ні</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">Ні, не залишайте повідомлень</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">Не знаю точно</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">Не знаю точно, чи безпечно залишати повідомлення</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">Передача вашого повідомлення, щоб захистити вас</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">З ваших слів схоже, що вам може загрожувати серйозна небезпека. Коли людині загрожує висока небезпека, поліція, місцева рада, служби охорони здоров&apos;я та підтримки іноді збираються разом, щоб спланувати, як її захистити (нарада кількох служб щодо ризику, яка називається MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">Чи можуть обрані вами організації для цього передати їм ваше повідомлення?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">Так, вони можуть передати його, щоб мене захистити</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">Ні, не передавайте його</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">Ви можете передумати пізніше: зв&apos;яжіться з організацією і назвіть номер вашого повідомлення.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Надіслати повідомлення</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">Отримати відповідь, не залишаючи контактів (необов’язково)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">З кодом для відповідей ви можете з будь-якого телефона чи комп’ютера читати відповіді організацій у Harbour, відповідати на них і доповнювати своє повідомлення. Прочитати відповіді може лише той, хто має код.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">Дайте мені код для відповідей</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">Ви побачите його після надсилання повідомлення. Запишіть його: Harbour його не зберігає.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Ви не зобов&apos;язані називати своє ім&apos;я.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">Якщо хочете, вам можуть зателефонувати або написати.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">Тоді вам зможуть розповісти, що буде далі.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">Якщо ви зараз у небезпеці, телефонуйте 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">Зателефонуйте 999 і попросіть поліцію, а якщо хтось поранений, то швидку допомогу.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">Якщо ви не чуєте або не можете говорити по телефону</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: через застосунок або вебсайт 999 BSL зв&apos;яжіться з перекладачем британської жестової мови, який зателефонує 999 замість вас.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">Надішліть SMS на 999, якщо ви зареєстровані в emergencySMS. Щоб зареєструватися, надішліть на 999 слово &quot;register&quot;.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">Ваше повідомлення</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">Ваше повідомлення буде позначене як термінове. Але це не дзвінок на 999: організація може прочитати його не одразу.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">Коли ви будете в безпеці, можете продовжити своє повідомлення. Ви можете будь-коли натиснути «Вийти».</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">Продовжити моє повідомлення</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">Ви зараз у небезпеці? Телефонуйте 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">Попросіть поліцію. Якщо хтось поранений, попросіть швидку допомогу.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">Маєте порушення слуху? Скористайтеся 999 BSL або надішліть SMS на 999, якщо ви зареєстровані.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Натисніть «Вийти», щоб швидко залишити Harbour.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">День</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Місяць</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Рік</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">Дата</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">Приблизно коли</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">Наприклад, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">Наприклад, 3 2024. Додайте день, якщо знаєте його.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">Час (необов&apos;язково)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">Наприклад, 18:30 або 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Дата початку</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">Найраніше, коли це могло бути</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Дата закінчення</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">Найпізніше, коли це могло бути</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">Коли це почалося? (необов&apos;язково)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">Наприклад, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Екран і мова</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Екран і мова</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Мова</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">Закрити й повернутися</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">Звичайний текст</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Великий текст</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">Найбільший текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Високий контраст</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">Читати запитання вголос</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">Простий текст (Easy read): короткі речення з картинками</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">Не залишати слідів: не запам&apos;ятовувати ці налаштування на цьому пристрої</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Розмір тексту</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">Виникла проблема</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Вийти</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">Вийти: швидко піти й стерти це повідомлення</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Помилка: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">Відповісти: %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Додати інформацію до повідомлення</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">Те, що ви додасте, надійде до %1 разом із вашим повідомленням. Наприклад, те, що ви згадали, або те, що сталося відтоді.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">Чи допомогла відповідь? (необов’язково)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">Ваша відповідь допомагає організаціям бачити, що працює.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Так, допомогла</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">Трохи допомогла</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Ні, не допомогла</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">Ваша відповідь (необов’язково, якщо ви вказали, чи допомогло)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">Що ви хочете додати</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">Надіслати відповідь</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Надіслати</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">організацій, які вам відповіли</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Введіть свій код для відповідей</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">Це код із 20 літер і цифр, який ви отримали, коли надіслали повідомлення.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">Код для відповідей</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Наприклад, K82Q V992 78T6 CAJ1 0HKB. Пробіли, дефіси й великі літери не важливі.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">Ваш код для відповідей</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">Запишіть його зараз і збережіть у безпечному місці. З ним ви зможете на будь-якому телефоні чи комп’ютері читати відповіді організації в Harbour, відповідати на них і доповнювати повідомлення.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour не зберігає цей код. Якщо ви його загубите, ніхто не зможе його відновити. Будь-хто, хто має код, може прочитати відповіді.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">Прочитати код уголос</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">Ваш код для відповідей: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">Показати лише код</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">Показати лише код, щоб записати або сфотографувати</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">Перевірте, що код у вас є</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Введіть свій код для відповідей</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Пробіли, дефіси й великі літери не важливі.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">Перевірити мій код</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">Це ваш код. Зберігайте його в безпеці.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">Готуємо ваш код для відповідей. На деяких телефонах це може тривати до хвилини. Повідомлення буде надіслано, щойно код буде готовий.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">Готуємо код для відповідей</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">Відкриваємо ваші відповіді (крок 1 з 2). На деяких телефонах це може тривати до хвилини.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">Перевіряємо відповіді (крок 2 з 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">Видаляємо відповіді.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Триває робота</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">Відповіді на ваше повідомлення</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">Відповідей поки немає.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">Організації зазвичай відповідають протягом 5 робочих днів. Якщо ви чекали на відповідь, перевірте код: код з однією іншою літерою чи цифрою відкриває порожню скриньку.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour не зміг зв’язатися з усіма організаціями. Можуть бути ще відповіді: спробуйте пізніше.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Від: %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">Ви відповіли на це повідомлення.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">Відповісти на це повідомлення</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">Відповісти на це повідомлення від: %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Додати інформацію до повідомлення</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">Перевірити нові відповіді</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">Якщо видалити відповіді, їх більше ніхто не прочитає, навіть з вашим кодом. Harbour і так видаляє їх через 90 днів.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">Видалити ці відповіді</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Завершити</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">Завершити й прибрати відповіді з екрана</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">Ще нічого не додано.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Змінити</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">Змінити: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Видалити</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">Видалити: %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">Відповідайте на те, що можете. Пропускайте те, чого ви не бачили.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Мова: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Оберіть мову</translation>
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
        <translation type="unfinished">Екран очищено</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">Що це було за місце?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">Опишіть місце (необов&apos;язково)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">Наприклад, автобусна зупинка біля бібліотеки або назва магазину.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">Район (необов&apos;язково)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">Перша частина поштового індексу (postcode), наприклад E1, або місто. Не повний індекс.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">Введіть дату</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">У даті має бути день</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">У даті має бути місяць</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">У даті має бути рік</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">Дата має бути справжньою</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">Рік має складатися з 4 цифр, наприклад 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">Дата має бути сьогоднішньою або в минулому</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">Введіть дату початку</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">У даті початку має бути день</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">У даті початку має бути місяць</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">У даті початку має бути рік</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">Дата початку має бути справжньою</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Рік у даті початку має складатися з 4 цифр, наприклад 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">Дата початку має бути сьогоднішньою або в минулому</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">Введіть дату закінчення</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">У даті закінчення має бути день</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">У даті закінчення має бути місяць</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">У даті закінчення має бути рік</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">Дата закінчення має бути справжньою</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Рік у даті закінчення має складатися з 4 цифр, наприклад 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">Дата закінчення має бути сьогоднішньою або в минулому</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">Введіть місяць і рік, коли це почалося</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">У даті, коли це почалося, має бути день</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">У даті, коли це почалося, має бути місяць</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">У даті, коли це почалося, має бути рік</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">Дата, коли це почалося, має бути справжньою</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">Рік, коли це почалося, має складатися з 4 цифр, наприклад 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">Дата, коли це почалося, має бути сьогоднішньою або в минулому</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">Ви зараз у небезпеці?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">Якщо так, ми одразу покажемо, як отримати допомогу. Потім ви зможете продовжити це повідомлення.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">Про вас</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">Від чийого імені ви повідомляєте?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">Це сталося зі мною</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">Я свідок: це сталося з іншою людиною</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">Я повідомляю від імені іншої людини</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">Наприклад, друга, члена сім&apos;ї або людини, якій ви допомагаєте.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">Волонтер допомагає мені заповнити це повідомлення</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">Що сталося</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">Що сталося?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">Розкажіть своїми словами. Напишіть усе, що пам&apos;ятаєте. Не поспішайте.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">Розкажіть, що сталося</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">Що саме сталося?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">Оберіть усе, що підходить.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">На когось напали або когось поранили</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">Погрози</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">Крики, образи або обзивання</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">Переслідування: коли за кимось ходять або знову й знову чіпляються</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">Пошкодження житла, автомобіля чи іншого майна, зокрема графіті</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">Щось вкрали</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">Образи в інтернеті, у повідомленнях або по телефону</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">Сексуальне насильство</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">Щось інше</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">Не хочу казати</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">Як ви думаєте, чому це було спрямовано проти вас або іншої людини?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">Оберіть усе, що підходить. Достатньо того, що так думаєте ви або хтось інший.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">Раса або етнічна належність, зокрема Gypsy, ірландські мандрівники (Irish Travellers) і роми</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">Релігія або переконання, зокрема відсутність віри</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">Сексуальна орієнтація</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">Наприклад, якщо людина гей, лесбійка або бісексуальна.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">Інвалідність, зокрема інтелектуальні порушення та психічне здоров&apos;я</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">Трансгендерність</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">Альтернативна субкультура</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">Наприклад, готи, панки або емо.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">Стать або гендер</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">Наприклад, ворожість до жінок.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">Вік</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">Щось інше про те, ким є ця людина</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">Не знаю</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">Через що ще в цій людині, на вашу думку, це сталося?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">Онлайн</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">Це сталося в інтернеті або через телефон чи комп&apos;ютер?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">Наприклад, у соцмережах, у повідомленнях, електронною поштою або під час телефонної розмови.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">Так, повністю</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">Частково</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">Ні</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">На якому вебсайті, у якому застосунку чи сервісі це було?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">Наприклад, Facebook, TikTok, WhatsApp, гра, електронна пошта або телефонний дзвінок.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">Посилання на допис, повідомлення або профіль</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">Якщо можете, скопіюйте вебадресу або назву облікового запису, з якого це зробили.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">Що вони написали або сказали?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">Чи це досі видно в інтернеті?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">Коли і де</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">Коли це сталося?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">Якщо ви не знаєте точно, вкажіть приблизно: це теж допоможе.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">Де це сталося?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">Ми не визначаємо, де ви перебуваєте. Розкажіть лише те, що хочете.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">У житлі або поруч із ним</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">На вулиці</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">У громадському транспорті, на станції або зупинці</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">У магазині або поруч із ним</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">У пабі, барі чи клубі або поруч</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">У парку або іншому відкритому місці</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">У школі, коледжі чи університеті</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">На роботі</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">У храмі чи іншому місці богослужіння або поруч</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">У будинку догляду або житлі з підтримкою</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">У приміщенні місцевої ради, поліції або медичного закладу</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">Лише в інтернеті</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">В іншому місці</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">Ті, хто це зробив</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">Скільки людей це зробили?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">Одна людина</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">Двоє людей</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">Від трьох до п&apos;яти людей</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">Більше п&apos;яти людей</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">Ви знаєте, хто це зробив?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">Ні, це були незнайомі люди</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">Так, я знаю, хто це зробив</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">Я знаю деяких із них</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">Не знаю точно</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">Хто вони для вас?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">Наприклад, сусід, хтось із роботи чи школи, або їхнє ім&apos;я, якщо хочете його вказати.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">Опишіть людей, які це зробили</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">Додайте кожну людину, яку пам&apos;ятаєте. Опишіть, якими вони вам здалися. Пропускайте те, чого ви не бачили.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">Людина %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">Додати людину</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">Скільки приблизно років було цій людині?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">До 18 років</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">Від 18 до 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">Від 25 до 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">Від 35 до 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">Від 45 до 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">Від 55 до 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 і більше</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">Якої статі, як вам здалося, була ця людина?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">Чоловік</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">Жінка</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">Інакше</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">Не можу сказати</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">Якої статури була ця людина?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">Худорлява</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">Середня</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">Велика або повна</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">М&apos;язиста</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">Якого зросту була ця людина?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">Нижча за більшість людей</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">Приблизно середнього зросту</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">Вища за більшість людей</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">Колір шкіри або етнічна зовнішність, як вам здалося</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">У що ця людина була одягнена</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">Волосся</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">Наприклад, колір, довжина, зачіска або борода.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">Акцент або мова, якою говорила ця людина</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">Що ще ви помітили</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">Наприклад, татуювання, шрами, окуляри або хода.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">Чи був у них автомобіль, фургон або інший транспорт?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">Опишіть транспортний засіб</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">Розкажіть усе, що пам&apos;ятаєте. Навіть частина номерного знака допоможе.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">Транспортний засіб %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">Додати транспортний засіб</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">Марка</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">Наприклад, Ford.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">Модель</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">Наприклад, Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Колір</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Номерний знак або його частина</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">Чи бачив ще хтось, як це сталося?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">Розкажіть про людей, які це бачили</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">Наприклад, скільки їх було або як з ними зв&apos;язатися, якщо ви знаєте і вони згодні.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">Чи могли це зняти на відео?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">Наприклад, камери на магазинах, в автобусах чи на дверних дзвінках або чийсь телефон.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">Ваша безпека</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">Чи траплялося щось подібне раніше?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">З вами або з людиною, з якою це сталося.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">Як часто це траплялося раніше?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">Один раз</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">Кілька разів</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">Багато разів</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">Це відбувається постійно</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">Це були ті самі люди, що й раніше?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">Чи стає гірше?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">Чи знають ті, хто це зробив, де ви живете?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">Чи знаєте ви, де вони живуть?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">Чи погрожували вони повернутися або заподіяти вам шкоду?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">Чи когось поранили?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">Чи потрібна комусь медична допомога зараз?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">Якщо хтось серйозно поранений, телефонуйте 999 і викличте швидку допомогу.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">Чи почуваєтеся ви зараз у безпеці вдома?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">Чи загрожує небезпека ще комусь?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">Діти</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">Моя сім&apos;я або люди, з якими я живу</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">Інші люди в моїй громаді</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">Хтось інший</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">Більше ніхто</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">Чи є щось, через що вам важче отримати допомогу?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">Оберіть усе, що підходить. Це допоможе організації підтримати вас так, як вам потрібно.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">Інвалідність або стан здоров&apos;я</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">Мова</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">Самотність або відрізаність від інших людей</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">Хвилювання щодо імміграційного статусу</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">Нічого</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">Підтримка</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">Що вам допомогло б?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">Людина, з якою можна поговорити</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">Практична допомога</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">Наприклад, з житлом, ремонтом або безпекою.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">Перекладач</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">Інформація в іншому форматі</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">Людина, яка відстоюватиме мої інтереси (advocate)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">Нічого з цього</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">Для якої мови вам потрібен перекладач?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">Вкажіть також британську жестову мову (BSL), якщо вона вам потрібна.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">Які формати вам допомогли б?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">Простий текст із картинками (Easy read)</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">Великий шрифт</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">Відео британською жестовою мовою (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">Аудіо</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">Скільки вам років?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">Це допомагає організаціям бачити, хто постраждав. Ви не зобов&apos;язані відповідати.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">Від 65 до 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 і більше</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">Як ви себе описуєте?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">Наприклад, ваш гендер, етнічна належність, віра або щось інше, що ви хочете повідомити організації. Можна залишити порожнім.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">Виберіть одну з відповідей</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">Введіть час, наприклад 18:30, або залиште порожнім</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">Дата закінчення має бути пізніше за дату початку</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">Відповідь має містити не більше %1 символів. У ній на %2 більше.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">Виберіть серед показаних відповідей</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">Виберіть лише «%1» або інші відповіді, але не обидва варіанти</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">Опис місця має містити не більше %1 символів</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Так</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">Я знаю дату</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">Я приблизно знаю коли (орієнтовно)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">Це було між двома датами</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">Це постійно повторюється</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">Введіть лише першу частину поштового індексу, наприклад E1, а не весь індекс</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">Район має містити не більше 60 символів</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">Введіть першу частину поштового індексу, наприклад E1, або назву міста, наприклад Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">Район: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 о %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">Приблизно %1 (орієнтовно)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">Між %1 і %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">Постійно повторюється, з %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (необов’язково)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">Ви зараз у небезпеці?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">Якщо так, ми покажемо, кому зателефонувати по допомогу.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">Потім ви зможете повернутися до цього повідомлення.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">Розкажіть, з ким це сталося.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">Це могло статися з вами або з іншою людиною.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">Розкажіть своїми словами, що сталося.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">Не поспішайте. Напишіть усе, що пам&apos;ятаєте.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">Що вони зробили? Оберіть усі відповіді, які підходять.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">Як ви думаєте, чому вони обрали саме вас чи цю людину?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">Оберіть усі відповіді, які підходять. Достатньо того, що так думаєте ви.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Розкажіть, через що ще в цій людині, на вашу думку, її обрали.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">Це сталося через телефон, комп&apos;ютер або в інтернеті?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">Наприклад, у повідомленнях, у соцмережах або під час телефонної розмови.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">У якому застосунку чи на якому вебсайті це було? Наприклад, Facebook або WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Якщо можете, скопіюйте вебадресу допису або облікового запису.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Розкажіть, що вони написали або сказали. Якщо можете, скопіюйте їхні слова.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">Чи можуть люди досі бачити це в інтернеті?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">Коли це сталося? Якщо не знаєте точно, вкажіть приблизно.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">Ми не дивимося, де ви перебуваєте. Розкажіть лише те, що хочете.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">Ви знаєте людей, які це зробили?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">Хто вони для вас? Наприклад, сусід або хтось із роботи.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">Розкажіть, як виглядала кожна людина.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">Розкажіть лише те, що ви бачили. Щось можна пропустити.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">На скільки років приблизно виглядала ця людина?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">Якої статі, як вам здалося, була ця людина?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">Якої статури була ця людина, як вам здалося?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">Якого зросту була ця людина, як вам здалося?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">Який колір шкіри або етнічну зовнішність мала ця людина, як вам здалося?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">Який одяг був на цій людині?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">Яке волосся було в цієї людини? Наприклад, колір або борода.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">Як ця людина говорила? Назвіть акцент або мову.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">Ви помітили ще щось? Наприклад, татуювання, шрами або окуляри.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">Чи був у них автомобіль, фургон або інший транспорт?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">Розкажіть, що ви пам&apos;ятаєте про транспортний засіб.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">Навіть частина номерного знака допоможе.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">Якої марки був транспортний засіб? Наприклад, Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">Яка це була модель? Наприклад, Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">Якого кольору був транспортний засіб?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">Який був номерний знак? Навіть частина допоможе.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">Розкажіть про людей, які це бачили.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">Розкажіть, як з ними зв&apos;язатися, але лише якщо вони згодні.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">Чи могла це зняти камера? Наприклад, на магазині, в автобусі або в телефоні.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">Чи траплялося щось подібне раніше?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">Скільки разів це траплялося раніше?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">Чи казали вони, що повернуться або заподіють вам шкоду?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">Чи потрібен комусь лікар або медсестра зараз?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">Чи може ще хтось постраждати або бути в небезпеці?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">Оберіть усі відповіді, які підходять.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">Чи є щось, через що вам важко отримати допомогу?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">Це допоможе їм допомогти вам так, як вам потрібно.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">Якої допомоги ви хочете? Оберіть усі відповіді, які вам підходять.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">Для якої мови вам потрібен перекладач? Це може бути жестова мова.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">У якому вигляді ви хочете отримувати інформацію? Наприклад, простий текст із картинками або великий шрифт.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">Скільки вам років? Ви не зобов&apos;язані відповідати.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">Розкажіть про себе, якщо хочете. Можна залишити порожнім.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">Більше про те, що сталося</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">Якщо можете, скопіюйте це сюди слово в слово. Збережіть знімки екрана на телефоні та напишіть тут, що вони у вас є: організація може попросити їх у вас пізніше.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">Цю відповідь побачать лише організації, яким ви вирішите надіслати це повідомлення (і поліція, якщо ви її оберете). Організації підтримки не передають її органам імміграційного контролю без вашої згоди.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">Вашу відповідь побачать лише організації, які ви оберете.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Зупинити читання</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">Прочитати цю сторінку вголос</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">Читання вголос недоступне мовою %1 на цьому пристрої. Волонтер або друг може прочитати вам запитання.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">Кому надіслати ваше повідомлення?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Поліція</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">Поліція району, де це сталося.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Організація підтримки</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">Незалежний центр прийому повідомлень. Він може вас підтримати і, якщо ви захочете, передати ваше повідомлення в поліцію.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">І поліція, і організація підтримки</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">Кожна отримає свою копію.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Лише зареєструвати: я не хочу, щоб вживали будь-яких заходів</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">Організація підтримки зареєструє його, щоб злочини на ґрунті ненависті враховувалися. Ми попросимо її не вживати жодних заходів.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">Ваше повідомлення захищене, тож прочитати його можуть лише організації, які ви оберете. Кожна з них бачитиме, які ще організації ви обрали.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Harbour не може знайти на цьому пристрої актуальний список організацій, тому не може надіслати ваше повідомлення. Будь ласка, скористайтеся одним із номерів телефону на першій сторінці.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">Цей пристрій надсилає кожне повідомлення таким отримувачам: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">Оберіть поліцію</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">Оберіть поліцію та організацію підтримки</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">Оберіть організацію підтримки</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">Вони працюють на території %1, де, за вашими словами, це сталося.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">Ви не вказали, де це сталося, тому показано організації для всіх районів.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. Приймає повідомлення про: %3. Мови: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Продовжити</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">Що б ви хотіли, щоб сталося?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">Оберіть, хто отримає ваше повідомлення.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">Прочитати його можуть лише ті, кого ви оберете.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">Група підтримки може вам допомогти. Поліція може розслідувати, що сталося.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">Надіслати зараз</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">Надіслати у випадковий час протягом наступної доби</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">Надіслати у випадковий час протягом наступних 3 днів</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">Коли надіслати</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">Організація бачить, коли надходить ваше повідомлення. Якщо ви не хочете, щоб цей час збігався з місцем, де ви були, Harbour може надіслати його пізніше, у час, який ніхто не вгадає.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Як Harbour виглядає і звучить</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">Якщо вам потрібна допомога зараз</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Якщо ви зараз у небезпеці, телефонуйте 999. Люди з порушенням слуху можуть скористатися 999 BSL або, якщо вони зареєстровані, надіслати SMS на 999. Якщо це не терміново, телефонуйте 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">Персонал: допомога в поданні повідомлення</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">Якщо ви волонтер і допомагаєте комусь повідомити, введіть код волонтера. У повідомленні буде сказано, що хтось допомагав. Ніколи не буде сказано хто.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Код волонтера</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">Перевіряємо код…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">Увімкнути режим з допомогою</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">Режим з допомогою увімкнено. У повідомленні буде сказано, що допомагав волонтер. Ніколи не буде сказано хто.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">Вимкнути обмеження часу для цього сеансу</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">Повідомлення не стирається, коли ніхто деякий час не торкається екрана. Коли закінчите, натисніть Вийти.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">Почати повідомлення</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">Для організації</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">Налаштування кіоску (парольна фраза адміністратора)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">Повідомити про злочин на ґрунті ненависті</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">Повідомити про злочин або інцидент на ґрунті ненависті</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">Тут ви можете розповісти організації про те, що сталося з вами або з іншою людиною через те, ким ви чи вона є.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">Це займе близько 10 хвилин. Ви не зобов&apos;язані називати своє ім&apos;я. Прочитати те, що ви надішлете, можуть тільки: %1.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">Ви можете будь-коли натиснути «Вийти». Це зітре все, що ви ввели.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">Почати</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">Якщо ви зараз у небезпеці або хочете зателефонувати:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Якщо ви зараз у небезпеці, телефонуйте 999. Люди з порушенням слуху можуть скористатися 999 BSL або, якщо вони зареєстровані, надіслати SMS на 999. Якщо це не терміново, телефонуйте 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">Режим з допомогою увімкнено: у повідомленні буде сказано, що допомагав волонтер, але ніколи хто.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">Персонал: я комусь допомагаю</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">Розкажіть нам, якщо когось скривдили або налякали через те, ким ця людина є.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">Це займе близько 10 хвилин.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Ви не зобов&apos;язані називати своє ім&apos;я.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">Прочитати те, що ви надішлете, можуть тільки: %1.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">Натисніть «Вийти» будь-коли. Це зітре все, що ви ввели.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">У мене є код для відповідей</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">У мене є код для відповідей: прочитати відповіді на моє повідомлення</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">Надішліть зараз або розкажіть нам більше</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">Ви розповіли достатньо, щоб надіслати повідомлення. Ви можете надіслати його зараз.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">Ви можете надіслати своє повідомлення зараз.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">Або ви можете розповісти нам більше. Ви обираєте, які розділи.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">Кожен розділ — на ваш вибір. Ви можете пропустити їх усі.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">Перевірте й надішліть повідомлення</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">Розкажіть нам більше (необов&apos;язково)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">Ви попросили лише зареєструвати повідомлення, тому не мусите заповнювати жоден із цих розділів. Відкривайте розділ, лише якщо хочете.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">Більше подробиць може допомогти їм діяти, наприклад знайти того, хто це зробив, або захистити вас. Відкрийте будь-які розділи, які хочете, а решту пропустіть.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Не розпочато</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">Відповіді: %1 з %2</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">Вам потрібно більше часу?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>Щоб ваше повідомлення залишалося приватним, ми зітремо його через %n секунду, якщо ви нічого не робитимете.</numerusform>
            <numerusform>Щоб ваше повідомлення залишалося приватним, ми зітремо його через %n секунди, якщо ви нічого не робитимете.</numerusform>
            <numerusform>Щоб ваше повідомлення залишалося приватним, ми зітремо його через %n секунд, якщо ви нічого не робитимете.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Мені потрібно більше часу</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">Стерти моє повідомлення зараз</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">Як надіслати</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">Коли ваше повідомлення надходить, організація може бачити інтернет-адресу цього пристрою. Вона може показати, хто надає вам інтернет і приблизно де ви перебуваєте.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor приховує її. Ваше повідомлення спершу проходить через три інші комп’ютери, тож організація не бачить вашої адреси, а ваш інтернет-провайдер не бачить, куди йде повідомлення. На цьому пристрої має працювати Tor, наприклад застосунок Orbot на Android.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">Надіслати напряму</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Надіслати через Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Якщо Tor не працює, ваше повідомлення чекає на цьому пристрої, доки він не запрацює. Воно ніколи не надсилається іншим способом. Ваш інтернет-провайдер може бачити, що ви користуєтеся Tor, але не те, що ви надсилаєте.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">Цей код волонтера неправильний. Перевірте його і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">Ця парольна фраза адміністратора неправильна. Перевірте її і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Цей код волонтера неправильний. Забагато невдалих спроб: спробуйте ще раз через %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Ця парольна фраза адміністратора неправильна. Забагато невдалих спроб: спробуйте ще раз через %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">Забагато невдалих спроб. Нічого не перевірено. Спробуйте ще раз через %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Цей кіоск не має коду волонтера. Організація може задати його за допомогою harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Цей кіоск не має парольної фрази адміністратора. Організація може задати її за допомогою harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">Цей кіоск не може записувати спроби, тому нічого не перевірено. Попросіть організацію перевірити цей кіоск.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">Раса або етнічна належність</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">Релігія або переконання</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">Сексуальна орієнтація</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">Інвалідність</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">Трансгендерна ідентичність</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">Територія: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">Усі райони</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Поліція</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">Організація підтримки</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">Альтернативна субкультура</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">Стать або гендер</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Вік</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Інше</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">усі види злочинів на ґрунті ненависті</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 та ще %n мова</numerusform>
            <numerusform>%1 та ще %n мови</numerusform>
            <numerusform>%1 та ще %n мов</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">Написати на електронну пошту %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Harbour не може знайти на цьому пристрої актуальний список організацій, тому не може надіслати ваше повідомлення. Будь ласка, скористайтеся одним із номерів телефону нижче.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">Оберіть, хто має отримати ваше повідомлення</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">Оберіть поліцію</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">Оберіть організацію підтримки</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">Оберіть, чи можемо ми з вами зв&apos;язатися</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">Оберіть, хто може з вами зв&apos;язатися</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">Оберіть, як з вами зв&apos;язатися: телефоном, електронною поштою або обома способами</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">Введіть номер телефону, наприклад 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">Щоб з вами зв&apos;язувалися через організацію підтримки, дозвольте організації підтримки зв&apos;язатися з вами</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">Оберіть, чи можемо ми передати ваше повідомлення іншим службам, щоб захистити вас</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">Телефонуйте: %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">SMS: %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">Відеозв&apos;язок BSL: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">Вебсайт: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">Цей пристрій не зміг створити код для відповідей: потрібно близько 256 МБ вільної пам’яті. Закрийте інші застосунки й спробуйте ще раз або надішліть повідомлення без коду.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Введіть свій код для відповідей</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">Це не той самий код. Перегляньте ще раз кожну літеру й цифру.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Введіть свій код для відповідей</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">Ваш код для відповідей має 20 літер і цифр. Перевірте, що ви ввели їх усі й нічого зайвого.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">Перевірте код для відповідей: у ньому є символ, якого в кодах не буває. Коди складаються з цифр від 0 до 9 і літер від A до Z, окрім U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">На цьому пристрої недостатньо вільної пам’яті, щоб відкрити код для відповідей (потрібно близько 256 МБ). Закрийте інші застосунки й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour зараз не може перевірити відповіді. Перевірте підключення до інтернету й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">Відповіді видалено. Тепер їх ніхто не прочитає, навіть із кодом.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">Деякі відповіді зараз не вдалося видалити. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">Напишіть відповідь або вкажіть, чи допомогла відповідь</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">Напишіть, що ви хочете додати до повідомлення</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">Текст задовгий. Скоротіть його.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour не може зберегти вашу відповідь на цьому пристрої. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">Ви зможете додати інформацію, коли організація вам відповість.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour не знає, куди це надіслати: організації, яка відповіла, немає в його списку. Зв’яжіться з нею іншим способом і назвіть номер звернення.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">Не вдалося зберегти відповідь для надсилання. Можливо, пам’ять пристрою заповнена. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Вашу відповідь збережено. Harbour надішле її, щойно зможе.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Те, що ви додали, збережено. Harbour надішле це, щойно зможе.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">Надіслано. Організація вже має вашу відповідь.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">Деякі відповіді не вдалося відкрити цим кодом: можливо, їх змінили дорогою. Вони не показані.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">організації, які ви оберете</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Harbour не може зберігати повідомлення на цьому пристрої. Будь ласка, повідомте іншим способом.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">Перш ніж надіслати повідомлення, оберіть, хто має його отримати. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">Не вдалося підготувати ваше повідомлення до надсилання. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">Не вдалося зберегти ваше повідомлення для надсилання. Можливо, пам&apos;ять пристрою заповнена. Ваші відповіді досі тут: звільніть місце і знову натисніть «Надіслати повідомлення».</translation>
    </message>
</context>
</TS>
