<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">কিয়স্কের সেটিংস</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">সেট করা নেই</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">সংস্থার কর্মীদের জন্য। কয়েকবার ভুল চেষ্টার পর আবার চেষ্টা করার আগে অপেক্ষা করতে হবে, প্রতিবার আরও বেশি।</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">অ্যাডমিন পাসফ্রেজ</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">পাসফ্রেজ যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">সেটিংস খুলুন</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">কিয়স্কের নাম</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">ডিফল্ট সংস্থা</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">দেওয়া ভাষাগুলো</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">সব উপলব্ধ ভাষা</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">কোনো কাজ না হলে সতর্কতা</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">সতর্কতার উত্তর দেওয়ার সময়</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">স্বেচ্ছাসেবক কোড</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">সেট করা আছে</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">এই সেটিংস বদলাতে harbour-kiosk-setup এবং কিয়স্কের কনফিগারেশন ফাইল ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">এই কিয়স্কের স্বাক্ষর কী</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">এই কিয়স্কের রিপোর্টগুলো এই কী দিয়ে স্বাক্ষর করা হয়। এটি আপনার সংস্থায় নিবন্ধন করুন, এবং ফিঙ্গারপ্রিন্ট জোরে পড়ে মিলিয়ে নিন।</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">ফিঙ্গারপ্রিন্ট</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">এই কিয়স্কের কোনো স্বাক্ষর কী নেই, তাই এর রিপোর্টে স্বাক্ষর নেই: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">সেটিংস বন্ধ করুন</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n সেকেন্ড</numerusform>
            <numerusform>%n সেকেন্ড</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">পিছনে</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">পরিবর্তন করুন</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">রিপোর্ট পাঠানোর আগে আপনার উত্তরগুলো একবার দেখে নিন</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">আপনার রিপোর্টটি জরুরি হিসেবে চিহ্নিত করা হবে। আপনি যদি এখন বিপদে থাকেন, তাহলে 999 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">এই প্রশ্নের উত্তর পরিবর্তন করুন: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">এখন আপনার রিপোর্ট পাঠান</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">আপনার রিপোর্টটি এই ডিভাইসে লক করা আছে, যাতে শুধু %1 এটি পড়তে পারে। এখন ইন্টারনেট না থাকলে, ইন্টারনেট এলে এটি পাঠানো হবে।</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">রিপোর্ট পাঠান</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">আপনার উত্তর: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">আপনি আমাদের যা যা বলেছেন, সব এখানে আছে।</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">কোনো উত্তর ঠিক করতে &quot;পরিবর্তন করুন&quot; চাপুন।</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">সব ঠিক থাকলে আপনার রিপোর্ট পাঠান।</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">আপনার রিপোর্ট কে পাবে</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">বেছে নেওয়া হয়নি</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">পুলিশ</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">একটি সহায়তা সংস্থা</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">পুলিশ এবং একটি সহায়তা সংস্থা, দুটোই</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">শুধু নথিভুক্ত করুন: আমি কোনো পদক্ষেপ চাই না</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">এখনও কোনো সংস্থা বেছে নেওয়া হয়নি: পাঠানোর আগে একটি সংস্থা বেছে নিন</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">তারা কি আপনার সাথে যোগাযোগ করতে পারবে?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">হ্যাঁ। শুধু %1 আপনার সাথে যোগাযোগ করতে পারবে।</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">হ্যাঁ, কিন্তু কে আপনার সাথে যোগাযোগ করতে পারবে, তাতে আপনি টিক দেননি</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">না, আমি বেনামে থাকতে চাই।</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">না, আমি বেনামে থাকতে চাই। তারা আপনাকে উত্তর দিতে পারবে না, যদি না আপনি এখানে একটি ফলো-আপ কোড চান।</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">তাদের উত্তর পড়ার জন্য আপনি একটি ফলো-আপ কোড পাবেন।</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">আপনার উত্তর</translation>
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
        <translation type="unfinished">তাদের সাথে যোগাযোগ করতে, এগুলোর যেকোনো একটি ব্যবহার করুন এবং তাদের আপনার রেফারেন্স নম্বর দিন:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Harbour কোড</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">আপনার কোড হল %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">রিপোর্ট পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">রিপোর্ট সেভ করা হয়েছে এবং পাঠানোর অপেক্ষায় আছে</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">আপনার রেফারেন্স নম্বর</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">আপনার রেফারেন্স নম্বর হলো %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">%1 আপনার রিপোর্ট পেয়েছে।</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">%1-এর সাথে এখনও সংযোগ নেই। Harbour চেষ্টা চালিয়ে যাবে এবং যখন পারবে তখন এটি পাঠাবে। আপনার রিপোর্টটি লক করা আছে, তাই শুধু তারাই এটি পড়তে পারবে।</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">এরপর কী হবে</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">আপনার রেফারেন্স নম্বরটি লিখে রাখুন, বা কোনো নিরাপদ জায়গায় রাখুন। আপনি যোগাযোগের তথ্য দিয়ে থাকলে, সংস্থাটি আপনার সাথে যোগাযোগ করতে পারে। না দিলে, তারা যোগাযোগ করতে পারবে না।</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">আপনি বলেছেন আপনার রিপোর্টটি শুধু নথিভুক্ত করা হোক। আমরা তাদের কোনো পদক্ষেপ না নিতে বলেছি।</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">আপনি যদি এখন বিপদে থাকেন, তাহলে 999 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">সহায়তা এবং সাহায্য পাওয়ার অন্যান্য উপায়</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">শেষ করুন</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">শেষ করুন এবং স্ক্রিন থেকে এই রিপোর্ট মুছে ফেলুন</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">এখন আপনার রিপোর্ট %1-এর কাছে আছে।</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">আপনার রিপোর্ট সেভ করা হয়েছে। Harbour যখন পারবে, তখন এটি পাঠাবে।</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">আপনার রিপোর্ট লক করা আছে। শুধু %1 এটি পড়তে পারবে।</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">আপনার রেফারেন্স নম্বরটি লিখে রাখুন। এটি কোনো নিরাপদ জায়গায় রাখুন।</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">আপনি ফোন নম্বর বা ইমেইল দিয়ে থাকলে, তারা আপনার সাথে যোগাযোগ করতে পারে।</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">আপনি তাদের শুধু নথিভুক্ত করতে বলেছেন। তারা কোনো পদক্ষেপ নেবে না।</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">আপনার রিপোর্ট পাঠানো হয়নি</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 আপনার রিপোর্ট গ্রহণ করেনি, তাই Harbour এটি পাঠানো বন্ধ করেছে। অনুগ্রহ করে নিচের রিপোর্ট করার অন্য উপায়গুলোর একটি ব্যবহার করুন।</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour %n দিনে আপনার রিপোর্ট %1-এর কাছে পাঠাতে পারেনি, তাই চেষ্টা বন্ধ করেছে। অনুগ্রহ করে নিচের অন্য উপায়গুলোর একটি ব্যবহার করুন, অথবা আবার চেষ্টা করুন।</numerusform>
            <numerusform>Harbour %n দিনে আপনার রিপোর্ট %1-এর কাছে পাঠাতে পারেনি, তাই চেষ্টা বন্ধ করেছে। অনুগ্রহ করে নিচের অন্য উপায়গুলোর একটি ব্যবহার করুন, অথবা আবার চেষ্টা করুন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">আবার পাঠানোর চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">আপনার রিপোর্ট পাঠানো হয়নি। অনুগ্রহ করে অন্য উপায়ে রিপোর্ট করুন।</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour এই ডিভাইসে Tor-এর সাথে যোগাযোগ করতে পারছে না। আপনার রিপোর্ট এখানে অপেক্ষা করছে এবং Tor চালু হলে Tor-এর মাধ্যমে পাঠানো হবে। এটি অন্য কোনো উপায়ে পাঠানো হবে না।</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">আপনার রেফারেন্স নম্বর লিখে রাখুন, বা নিরাপদ কোথাও রাখুন। প্রতিষ্ঠানটি Harbour-এর মাধ্যমে আপনাকে উত্তর দিতে পারে: উত্তর পড়তে প্রথম পাতায় &quot;আমার একটি ফলো-আপ কোড আছে&quot; বেছে নিন এবং আপনার কোড লিখুন।</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড লিখে রাখুন। এটি দিয়ে আপনি Harbour-এ তাদের উত্তর পড়তে পারবেন।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">কোড বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">আমরা কি আপনার সাথে যোগাযোগ করতে পারি?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">আপনি বেনামে থাকতে পারেন। আপনি কোনো সংস্থাকে যোগাযোগ করতে দিলে, তারা আপনাকে জানাতে পারবে এরপর কী হবে এবং আপনাকে সহায়তা দিতে পারবে।</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">না, আমি বেনামে থাকতে চাই</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">হ্যাঁ, আপনারা আমার সাথে যোগাযোগ করতে পারেন</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">কারা আপনার সাথে যোগাযোগ করতে পারবে?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">আপনি এখানে যে সংস্থাগুলোতে টিক দেবেন, শুধু তারাই আপনার যোগাযোগের তথ্য পাবে। অন্যরা এই তথ্য ছাড়া আপনার রিপোর্ট পাবে।</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">তারা কীভাবে আপনার সাথে যোগাযোগ করতে পারে?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">ফোনে</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">ফোন নম্বর</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">যেমন, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">ইমেইলে</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">পুলিশ শুধু সহায়তা সংস্থার মাধ্যমে আমার সাথে যোগাযোগ করবে</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">আমরা আপনাকে কী নামে ডাকব? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">এটি আপনার পুরো নাম বা আসল নাম না হলেও চলবে।</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">কখন আপনার সাথে যোগাযোগ করা নিরাপদ? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">যেমন, সোম থেকে শুক্রবার সন্ধ্যা 6টার পরে</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">আপনার জন্য মেসেজ রেখে যাওয়া কি নিরাপদ? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">হ্যাঁ, মেসেজ রাখা নিরাপদ</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">না, মেসেজ রাখবেন না</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">আমি নিশ্চিত নই</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">মেসেজ রাখা নিরাপদ কি না, আমি নিশ্চিত নই</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">আপনাকে নিরাপদ রাখতে আপনার রিপোর্ট শেয়ার করা</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">আপনি যা বলেছেন, তাতে মনে হচ্ছে আপনি গুরুতর ঝুঁকিতে থাকতে পারেন। কেউ খুব বেশি ঝুঁকিতে থাকলে, পুলিশ, কাউন্সিল, স্বাস্থ্য ও সহায়তা সেবাগুলো মাঝে মাঝে একসাথে বসে পরিকল্পনা করে কীভাবে তাকে নিরাপদ রাখা যায় (বিভিন্ন সংস্থার ঝুঁকি বিষয়ক সভা, যাকে MARAC বলে)।</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">আপনার বেছে নেওয়া সংস্থাগুলো কি এই কাজের জন্য তাদের সাথে আপনার রিপোর্ট শেয়ার করতে পারে?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">হ্যাঁ, আমাকে নিরাপদ রাখতে তারা এটি শেয়ার করতে পারে</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">না, এটি শেয়ার করবেন না</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">আপনি পরে মত বদলাতে পারেন: সংস্থার সাথে যোগাযোগ করুন এবং আপনার রেফারেন্স নম্বর দিন।</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">রিপোর্ট পাঠান</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">যোগাযোগের তথ্য না দিয়ে উত্তর পান (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">ফলো-আপ কোড দিয়ে আপনি যেকোনো ফোন বা কম্পিউটার থেকে Harbour-এ প্রতিষ্ঠানগুলোর উত্তর পড়তে, সেগুলোর জবাব দিতে এবং আপনার রিপোর্টে যোগ করতে পারবেন। কোডটি যার কাছে আছে শুধু সে-ই উত্তর পড়তে পারে।</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">আমাকে একটি ফলো-আপ কোড দিন</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">রিপোর্ট পাঠানোর পরে আপনি এটি দেখবেন। লিখে রাখুন: Harbour এটি রাখে না।</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">আপনার নাম দিতে হবে না।</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">আপনি চাইলে, তারা আপনাকে ফোন করতে বা লিখতে পারে।</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">তাহলে তারা আপনাকে জানাতে পারবে এরপর কী হবে।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">আপনি যদি এখন বিপদে থাকেন, তাহলে 999 নম্বরে ফোন করুন</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">999 নম্বরে ফোন করে পুলিশ চান, আর কেউ আহত হলে অ্যাম্বুলেন্স চান।</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">আপনি যদি কানে না শোনেন বা ফোনে কথা বলতে না পারেন</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: 999 BSL অ্যাপ বা ওয়েবসাইট ব্যবহার করে ব্রিটিশ সাংকেতিক ভাষার (British Sign Language) একজন দোভাষীর সাথে যোগাযোগ করুন, যিনি আপনার হয়ে 999 নম্বরে ফোন করবেন।</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">আপনি emergencySMS-এ নিবন্ধন করে থাকলে 999 নম্বরে টেক্সট করুন। নিবন্ধন করতে, 999 নম্বরে &quot;register&quot; লিখে টেক্সট করুন।</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">আপনার রিপোর্ট</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">আপনার রিপোর্টটি জরুরি হিসেবে চিহ্নিত করা হবে। এটি 999 কল নয়: সংস্থাটি হয়তো সাথে সাথে এটি পড়বে না।</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">আপনি নিরাপদ হলে, আপনার রিপোর্ট চালিয়ে যেতে পারেন। আপনি যেকোনো সময় &quot;বেরিয়ে যান&quot; চাপতে পারেন।</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">আমার রিপোর্ট চালিয়ে যান</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">আপনি কি এখন বিপদে আছেন? 999 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">পুলিশ চান। কেউ আহত হলে অ্যাম্বুলেন্স চান।</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">কানে শোনেন না? 999 BSL ব্যবহার করুন, বা নিবন্ধিত হলে 999 নম্বরে টেক্সট করুন।</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">দ্রুত Harbour থেকে বের হতে &quot;বেরিয়ে যান&quot; চাপুন।</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">দিন</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">মাস</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">বছর</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">তারিখ</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">মোটামুটি কখন</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">যেমন, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">যেমন, 3 2024। দিনটি জানলে সেটিও লিখুন।</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">সময় (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">যেমন, 18:30 বা 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">শুরুর তারিখ</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">সবচেয়ে আগে যখন হতে পারে</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">শেষের তারিখ</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">সবচেয়ে পরে যখন হতে পারে</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">এটি কখন শুরু হয়েছিল? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">যেমন, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">ডিসপ্লে ও ভাষা</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">ডিসপ্লে ও ভাষা</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ভাষা</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">বন্ধ করে ফিরে যান</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">সাধারণ লেখা</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">বড় লেখা</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">সবচেয়ে বড় লেখা</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">উচ্চ কনট্রাস্ট</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">প্রশ্নগুলো জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">সহজ কথা (Easy read): ছবিসহ ছোট ছোট বাক্য</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">কোনো চিহ্ন রাখবেন না: এই ডিভাইসে এই পছন্দগুলো মনে রাখবেন না</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">লেখার আকার</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">একটি সমস্যা হয়েছে</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">বেরিয়ে যান</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">বেরিয়ে যান: দ্রুত চলে যান এবং এই রিপোর্ট মুছে ফেলুন</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">ত্রুটি: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">%1-কে উত্তর দিন</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">আপনার রিপোর্টে তথ্য যোগ করুন</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">আপনি যা যোগ করবেন তা আপনার রিপোর্টের সঙ্গে %1-এর কাছে যাবে। যেমন, এমন কিছু যা আপনার মনে পড়েছে, বা তারপর যা ঘটেছে।</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">উত্তরটি কি সাহায্য করেছে? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">আপনার উত্তর প্রতিষ্ঠানগুলোকে বুঝতে সাহায্য করে কোনটা কাজ করে।</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">হ্যাঁ, সাহায্য করেছে</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">একটু সাহায্য করেছে</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">না, সাহায্য করেনি</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">আপনার উত্তর (ঐচ্ছিক, যদি বলে থাকেন সাহায্য করেছে কি না)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">আপনি যা যোগ করতে চান</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">উত্তর পাঠান</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">পাঠান</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">যে প্রতিষ্ঠানগুলো আপনাকে উত্তর দিয়েছে</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড লিখুন</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">এটি সেই ২০টি অক্ষর ও সংখ্যার কোড যা আপনি রিপোর্ট পাঠানোর সময় পেয়েছিলেন।</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">ফলো-আপ কোড</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">যেমন, K82Q V992 78T6 CAJ1 0HKB। ফাঁকা জায়গা, ড্যাশ বা বড় হাতের অক্ষরে কিছু যায় আসে না।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">এখনই লিখে রাখুন এবং নিরাপদ কোথাও রাখুন। এটি দিয়ে আপনি যেকোনো ফোন বা কম্পিউটারে Harbour-এ প্রতিষ্ঠানের উত্তর পড়তে, জবাব দিতে এবং আপনার রিপোর্টে যোগ করতে পারবেন।</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour এই কোড রাখে না। হারিয়ে গেলে কেউ তা ফিরিয়ে দিতে পারবে না। যার কাছে কোডটি আছে সে-ই উত্তর পড়তে পারে।</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">কোডটি জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড হল: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">শুধু কোডটি দেখান</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">শুধু কোডটি দেখান, লিখে রাখতে বা ছবি তুলতে</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">নিশ্চিত করুন কোডটি আপনার কাছে আছে</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড টাইপ করুন</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">ফাঁকা জায়গা, ড্যাশ বা বড় হাতের অক্ষরে কিছু যায় আসে না।</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">আমার কোড যাচাই করুন</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">এটাই আপনার কোড। নিরাপদে রাখুন।</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড তৈরি হচ্ছে। কিছু ফোনে এতে এক মিনিট পর্যন্ত লাগতে পারে। তৈরি হলে আপনার রিপোর্ট পাঠানো হবে।</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">ফলো-আপ কোড তৈরি হচ্ছে</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">আপনার উত্তর খোলা হচ্ছে (ধাপ ২-এর ১)। কিছু ফোনে এক মিনিট পর্যন্ত লাগতে পারে।</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">উত্তর খোঁজা হচ্ছে (ধাপ ২-এর ২)।</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">উত্তরগুলো মুছে ফেলা হচ্ছে।</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">কাজ চলছে</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">আপনার রিপোর্টের উত্তর</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">এখনও কোনো উত্তর নেই।</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">প্রতিষ্ঠানগুলো সাধারণত ৫ কর্মদিবসের মধ্যে উত্তর দেয়। উত্তর আশা করে থাকলে কোডটি যাচাই করুন: একটি অক্ষর বা সংখ্যা আলাদা হলে কোডটি একটি খালি মেইলবক্স খোলে।</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour সব প্রতিষ্ঠানের কাছে পৌঁছাতে পারেনি। আরও উত্তর থাকতে পারে: পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">%1-এর কাছ থেকে</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">আপনি এই উত্তরের জবাব দিয়েছেন।</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">এই উত্তরের জবাব দিন</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">%1-এর এই উত্তরের জবাব দিন</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">আপনার রিপোর্টে তথ্য যোগ করুন</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">নতুন উত্তর দেখুন</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">উত্তর মুছে ফেললে কেউ আর সেগুলো পড়তে পারবে না, আপনার কোড দিয়েও না। Harbour এমনিতেও ৯০ দিন পরে সেগুলো মুছে ফেলে।</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">এই উত্তরগুলো মুছুন</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">শেষ করুন</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">শেষ করুন এবং স্ক্রিন থেকে উত্তর সরান</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">এখনও কিছু যোগ করা হয়নি।</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">পরিবর্তন করুন</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">পরিবর্তন করুন: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">বাদ দিন</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">বাদ দিন: %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">যতটা পারেন উত্তর দিন। যা আপনি দেখেননি, তা বাদ দিন।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">ভাষা: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">আপনার ভাষা বেছে নিন</translation>
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
        <translation type="unfinished">স্ক্রিন পরিষ্কার করা হয়েছে</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">এটি কী ধরনের জায়গা ছিল?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">জায়গাটির বর্ণনা দিন (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">যেমন, লাইব্রেরির বাইরের বাস স্টপ, বা দোকানের নাম।</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">এলাকা (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">পোস্টকোডের প্রথম অংশ, যেমন E1, বা শহরের নাম। পুরো পোস্টকোড নয়।</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">তারিখ লিখুন</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">তারিখে দিন থাকতে হবে</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">তারিখে মাস থাকতে হবে</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">তারিখে বছর থাকতে হবে</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">তারিখটি সত্যিকারের তারিখ হতে হবে</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">বছরে 4টি সংখ্যা থাকতে হবে, যেমন 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">তারিখটি আজকের বা আগের হতে হবে</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">শুরুর তারিখ লিখুন</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">শুরুর তারিখে দিন থাকতে হবে</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">শুরুর তারিখে মাস থাকতে হবে</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">শুরুর তারিখে বছর থাকতে হবে</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">শুরুর তারিখটি সত্যিকারের তারিখ হতে হবে</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">শুরুর তারিখের বছরে 4টি সংখ্যা থাকতে হবে, যেমন 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">শুরুর তারিখটি আজকের বা আগের হতে হবে</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">শেষের তারিখ লিখুন</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">শেষের তারিখে দিন থাকতে হবে</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">শেষের তারিখে মাস থাকতে হবে</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">শেষের তারিখে বছর থাকতে হবে</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">শেষের তারিখটি সত্যিকারের তারিখ হতে হবে</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">শেষের তারিখের বছরে 4টি সংখ্যা থাকতে হবে, যেমন 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">শেষের তারিখটি আজকের বা আগের হতে হবে</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">যে মাস ও বছরে এটি শুরু হয়েছিল, তা লিখুন</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">এটি শুরু হওয়ার তারিখে দিন থাকতে হবে</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">এটি শুরু হওয়ার তারিখে মাস থাকতে হবে</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">এটি শুরু হওয়ার তারিখে বছর থাকতে হবে</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">এটি শুরু হওয়ার তারিখটি সত্যিকারের তারিখ হতে হবে</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">যে বছরে এটি শুরু হয়েছিল, তাতে 4টি সংখ্যা থাকতে হবে, যেমন 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">এটি শুরু হওয়ার তারিখটি আজকের বা আগের হতে হবে</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">আপনি কি এখন বিপদে আছেন?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">থাকলে, আমরা আপনাকে এখনই দেখাব কীভাবে সাহায্য পাবেন। পরে আপনি এই রিপোর্ট চালিয়ে যেতে পারবেন।</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">আপনার সম্পর্কে</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">আপনি কার হয়ে রিপোর্ট করছেন?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">এটি আমার সাথে ঘটেছে</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">আমি অন্য কারও সাথে এটি ঘটতে দেখেছি</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">আমি অন্য কারও হয়ে রিপোর্ট করছি</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">যেমন, একজন বন্ধু, পরিবারের কেউ, বা এমন কেউ যাকে আপনি সহায়তা করেন।</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">একজন স্বেচ্ছাসেবক আমাকে এই রিপোর্ট করতে সাহায্য করছেন</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">কী ঘটেছে</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">কী ঘটেছে?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">নিজের কথায় বলুন। যতটা মনে আছে, সব লিখুন। তাড়াহুড়ো করার দরকার নেই।</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">কী ঘটেছে তা আমাদের বলুন</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">কী ধরনের ঘটনা ঘটেছে?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">যা যা মিলে যায়, সব বেছে নিন।</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">কাউকে আক্রমণ বা আঘাত করা হয়েছে</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">হুমকি</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">চিৎকার, অপমান বা গালিগালাজ</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">হয়রানি, বা বারবার পিছু নেওয়া বা বিরক্ত করা</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">বাড়ি, গাড়ি বা অন্য সম্পত্তির ক্ষতি, দেয়ালে লেখা (গ্রাফিতি) সহ</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">কিছু চুরি হয়েছে</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">অনলাইনে, মেসেজে বা ফোনে দুর্ব্যবহার</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">যৌন হামলা</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">অন্য কিছু</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">আমি বলতে চাই না</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">আপনার কী মনে হয়, কেন এটি আপনাকে বা অন্য কাউকে লক্ষ্য করে করা হয়েছিল?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">যা যা মিলে যায়, সব বেছে নিন। আপনি বা অন্য কেউ এমন মনে করলেই যথেষ্ট।</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">বর্ণ বা জাতিগত পরিচয়, জিপসি, আইরিশ ট্রাভেলার এবং রোমা সহ</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">ধর্ম বা বিশ্বাস, কোনো ধর্ম না মানাও এর মধ্যে পড়ে</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">যৌন অভিমুখিতা</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">যেমন, গে, লেসবিয়ান বা বাইসেক্সুয়াল হওয়া।</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">প্রতিবন্ধিতা, শেখার প্রতিবন্ধিতা ও মানসিক স্বাস্থ্য সহ</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">ট্রান্সজেন্ডার হওয়া</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">বিকল্প উপসংস্কৃতি</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">যেমন, গথ, পাঙ্ক বা ইমো হওয়া।</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">লিঙ্গ বা জেন্ডার</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">যেমন, নারীদের প্রতি বিদ্বেষ।</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">বয়স</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">তারা কে, সে সম্পর্কে অন্য কিছু</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">আমি জানি না</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">আপনার কী মনে হয়, তাদের আর কোন বিষয়ের কারণে এটি করা হয়েছিল?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">অনলাইন</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">এটি কি অনলাইনে, বা ফোন বা কম্পিউটারের মাধ্যমে ঘটেছে?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">যেমন, সোশ্যাল মিডিয়ায়, মেসেজে, ইমেইলে বা ফোন কলে।</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">হ্যাঁ, পুরোটাই</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">আংশিক</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">না</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">এটি কোন ওয়েবসাইট, অ্যাপ বা সার্ভিসে ঘটেছে?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">যেমন, Facebook, TikTok, WhatsApp, কোনো গেম, ইমেইল বা ফোন কল।</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">পোস্ট, মেসেজ বা প্রোফাইলের লিংক</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">পারলে ওয়েব ঠিকানাটি কপি করুন, বা যে অ্যাকাউন্ট থেকে এটি করা হয়েছে তার নাম লিখুন।</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">তারা কী লিখেছে বা বলেছে?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">এটি কি এখনও অনলাইনে দেখা যায়?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">কখন ও কোথায়</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">এটি কখন ঘটেছে?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">নিশ্চিত না হলে, আনুমানিক সময় বললেও কাজে আসে।</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">এটি কোথায় ঘটেছে?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">আমরা আপনার লোকেশন ব্যবহার করি না। শুধু যতটুকু বলতে চান, ততটুকু বলুন।</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">কোনো বাড়িতে বা বাড়ির কাছে</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">রাস্তায়</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">গণপরিবহনে, বা কোনো স্টেশন বা স্টপে</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">কোনো দোকানে বা দোকানের কাছে</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">কোনো পাব, বার বা ক্লাবে বা তার কাছে</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">কোনো পার্কে বা খোলা জায়গায়</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">স্কুল, কলেজ বা বিশ্ববিদ্যালয়ে</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">কর্মস্থলে</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">কোনো উপাসনালয়ে বা তার কাছে</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">কোনো কেয়ার হোমে বা সহায়তাসহ আবাসনে (supported housing)</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">কাউন্সিল, পুলিশ বা স্বাস্থ্যসেবার কোনো ভবনে</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">শুধু অনলাইনে</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">অন্য কোথাও</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">যারা এটি করেছে</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">কতজন এটি করেছে?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">একজন</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">দুজন</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">তিন থেকে পাঁচজন</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">পাঁচজনের বেশি</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">আপনি কি জানেন কে এটি করেছে?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">না, তারা অপরিচিত ছিল</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">হ্যাঁ, আমি জানি কে এটি করেছে</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">আমি তাদের কয়েকজনকে চিনি</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">আমি নিশ্চিত নই</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">তারা আপনার কে হয়?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">যেমন, প্রতিবেশী, কাজের বা স্কুলের কেউ, বা আপনি চাইলে তাদের নাম।</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">যারা এটি করেছে, তাদের বর্ণনা দিন</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">যাদের কথা মনে আছে, তাদের প্রত্যেককে যোগ করুন। আপনার চোখে তাদের যেমন লেগেছে, তেমন বর্ণনা দিন। যা দেখেননি, তা বাদ দিন।</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">ব্যক্তি %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">একজন ব্যক্তি যোগ করুন</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">তার বয়স আনুমানিক কত ছিল?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">18-এর কম</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">18 থেকে 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">25 থেকে 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">35 থেকে 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">45 থেকে 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">55 থেকে 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 বা তার বেশি</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">তাকে কোন লিঙ্গের মনে হয়েছে?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">পুরুষ</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">নারী</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">অন্য</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">আমি বুঝতে পারিনি</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">তার শরীরের গড়ন কেমন ছিল?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">পাতলা</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">মাঝারি</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">বড় বা ভারী</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">পেশিবহুল</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">তার উচ্চতা কেমন ছিল?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">বেশিরভাগ মানুষের চেয়ে খাটো</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">মোটামুটি মাঝারি</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">বেশিরভাগ মানুষের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">তার গায়ের রং বা জাতিগত চেহারা, আপনার চোখে যেমন লেগেছে</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">সে কী পরে ছিল</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">তার চুল</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">যেমন, রং, দৈর্ঘ্য, ধরন, বা দাড়ি।</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">তার কথার টান বা সে কোন ভাষায় কথা বলছিল</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">আর যা কিছু আপনি লক্ষ করেছেন</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">যেমন, ট্যাটু, কাটা দাগ, চশমা বা হাঁটার ধরন।</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">তাদের কি গাড়ি, ভ্যান বা অন্য কোনো যানবাহন ছিল?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">যানবাহনটির বর্ণনা দিন</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">যা মনে আছে সব বলুন। নম্বর প্লেটের কিছু অংশও কাজে আসে।</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">যানবাহন %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">একটি যানবাহন যোগ করুন</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">কোম্পানি (মেক)</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">যেমন, Ford।</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">মডেল</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">যেমন, Transit।</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">রং</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">নম্বর প্লেট, বা তার কিছু অংশ</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">আর কেউ কি এটি ঘটতে দেখেছে?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">যারা এটি দেখেছে, তাদের সম্পর্কে বলুন</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">যেমন, তারা কতজন ছিল, বা আপনি জানলে এবং তারা রাজি থাকলে কীভাবে তাদের সাথে যোগাযোগ করা যায়।</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">এটি কি ভিডিও করা হয়ে থাকতে পারে?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">যেমন, দোকান, বাস বা দরজার বেলের ক্যামেরায়, বা কারও ফোনে।</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">আপনার নিরাপত্তা</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">এমন কিছু কি আগেও ঘটেছে?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">আপনার সাথে, বা যার সাথে এটি ঘটেছে তার সাথে।</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">আগে কতবার এটি ঘটেছে?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">আগে একবার</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">কয়েকবার</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">অনেকবার</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">এটি সবসময় ঘটে</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">এরা কি আগের সেই একই লোক ছিল?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">পরিস্থিতি কি আরও খারাপ হচ্ছে?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">যারা এটি করেছে, তারা কি জানে আপনি কোথায় থাকেন?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">আপনি কি জানেন তারা কোথায় থাকে?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">তারা কি ফিরে আসার বা আপনার ক্ষতি করার হুমকি দিয়েছে?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">কেউ কি আহত হয়েছে?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">এখন কি কারও চিকিৎসার দরকার আছে?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">কেউ গুরুতর আহত হলে, অ্যাম্বুলেন্সের জন্য 999 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">আপনি কি এখন বাড়িতে নিরাপদ বোধ করেন?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">আর কেউ কি ঝুঁকিতে আছে?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">শিশুরা</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">আমার পরিবার বা যাদের সাথে আমি থাকি</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">আমার কমিউনিটির অন্য মানুষ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">অন্য কেউ</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">আর কেউ নয়</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">কোনো কিছু কি আপনার সাহায্য পাওয়া কঠিন করে তোলে?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">যা যা মিলে যায়, সব বেছে নিন। এতে সংস্থাটি আপনাকে সঠিকভাবে সহায়তা করতে পারবে।</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">কোনো প্রতিবন্ধিতা বা স্বাস্থ্য সমস্যা</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">ভাষা</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">একা থাকা, বা অন্য মানুষ থেকে বিচ্ছিন্ন থাকা</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">ইমিগ্রেশন স্ট্যাটাস নিয়ে দুশ্চিন্তা</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">কিছুই না</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">সহায়তা</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">কী আপনাকে সাহায্য করবে?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">কথা বলার মতো কেউ</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">বাস্তব কাজে সাহায্য</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">যেমন, বাসস্থান, মেরামত বা নিরাপত্তা নিয়ে।</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">একজন দোভাষী</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">অন্য ফরম্যাটে তথ্য</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">আমার পক্ষে কথা বলার মতো কেউ (advocate)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">এগুলোর কোনোটিই নয়</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">কোন ভাষার দোভাষী চান?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">দরকার হলে ব্রিটিশ সাংকেতিক ভাষাও (BSL) লিখুন।</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">কোন ফরম্যাটগুলো সাহায্য করবে?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">সহজ কথা ও ছবি (Easy read)</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">বড় অক্ষরে ছাপা</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">ব্রিটিশ সাংকেতিক ভাষার (BSL) ভিডিও</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">অডিও</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">আপনার বয়স কত?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">এতে সংস্থাগুলো বুঝতে পারে কারা ক্ষতিগ্রস্ত হচ্ছে। আপনাকে বলতেই হবে, এমন নয়।</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">65 থেকে 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 বা তার বেশি</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">আপনি নিজেকে কীভাবে বর্ণনা করেন?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">যেমন, আপনার লিঙ্গ, জাতিগত পরিচয়, ধর্মবিশ্বাস, বা অন্য যেকোনো কিছু যা আপনি সংস্থাকে জানাতে চান। আপনি এটি খালি রাখতে পারেন।</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">উত্তরগুলোর একটি বেছে নিন</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">সময় এভাবে লিখুন: 18:30 বা 6:30pm, অথবা খালি রাখুন</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">শেষের তারিখ শুরুর তারিখের পরে হতে হবে</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">আপনার উত্তর %1 অক্ষর বা তার কম হতে হবে। এতে %2টি বেশি আছে।</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">দেখানো উত্তরগুলো থেকে বেছে নিন</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">শুধু “%1” বেছে নিন, অথবা অন্য উত্তরগুলো, দুটোই নয়</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">জায়গার বর্ণনা %1 অক্ষর বা তার কম হতে হবে</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">আমি তারিখ জানি</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">আমি মোটামুটি জানি কখন (আনুমানিক)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">এটি দুটি তারিখের মধ্যে ছিল</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">এটি বারবার ঘটছে</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">পোস্টকোডের শুধু প্রথম অংশ লিখুন, যেমন E1, পুরো পোস্টকোড নয়</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">এলাকা 60 অক্ষর বা তার কম হতে হবে</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">পোস্টকোডের প্রথম অংশ লিখুন, যেমন E1, অথবা কোনো শহরের নাম, যেমন Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">এলাকা: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1, %2-এ</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">প্রায় %1 (আনুমানিক)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">%1 থেকে %2-এর মধ্যে</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">%1 থেকে বারবার ঘটছে</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">আপনি কি এই মুহূর্তে বিপদে আছেন?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">থাকলে, সাহায্যের জন্য কাকে ফোন করবেন, তা আমরা দেখাব।</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">পরে আপনি আবার এই রিপোর্টে ফিরে আসতে পারবেন।</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">এটি কার সাথে ঘটেছে, আমাদের বলুন।</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">এটি আপনি হতে পারেন, বা অন্য কেউ।</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">কী ঘটেছে, নিজের কথায় আমাদের বলুন।</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">তাড়াহুড়ো করার দরকার নেই। যতটা মনে আছে, লিখুন।</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">তারা কী করেছে? যে উত্তরগুলো সত্যি, সবগুলো বেছে নিন।</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">আপনার কী মনে হয়, তারা কেন আপনাকে বা ওই ব্যক্তিকে লক্ষ্য করে এটি করেছে?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">যে উত্তরগুলো সত্যি, সবগুলো বেছে নিন। আপনি যা মনে করেন, সেটুকুই যথেষ্ট।</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">আপনার মতে তাদের আর কোন বিষয়ের কারণে এটি করা হয়েছে, আমাদের বলুন।</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">এটি কি ফোনে, কম্পিউটারে বা ইন্টারনেটে ঘটেছে?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">যেমন, মেসেজে, সোশ্যাল মিডিয়ায় বা ফোন কলে।</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">এটি কোন অ্যাপ বা ওয়েবসাইটে ঘটেছে? যেমন, Facebook বা WhatsApp।</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">পারলে, পোস্ট বা অ্যাকাউন্টের ওয়েব ঠিকানাটি কপি করুন।</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">তারা কী লিখেছে বা বলেছে, আমাদের বলুন। পারলে তাদের কথাগুলো কপি করুন।</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">মানুষ কি এখনও এটি ইন্টারনেটে দেখতে পায়?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">এটি কখন ঘটেছে? নিশ্চিত না হলে, আন্দাজ করে বলুন।</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">আপনি কোথায় আছেন, তা আমরা দেখি না। শুধু যতটুকু বলতে চান, ততটুকু বলুন।</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">যারা এটি করেছে, আপনি কি তাদের চেনেন?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">তারা আপনার কে হয়? যেমন, প্রতিবেশী বা কাজের জায়গার কেউ।</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">প্রত্যেক ব্যক্তিকে দেখতে কেমন ছিল, আমাদের বলুন।</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">শুধু যা দেখেছেন, তা বলুন। কিছু কিছু বাদ দিতে পারেন।</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">তাকে আনুমানিক কত বয়সের মনে হয়েছে?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">আপনার চোখে তাকে কোন লিঙ্গের মনে হয়েছে?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">আপনার চোখে তার শরীরের গড়ন কেমন ছিল?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">আপনার চোখে সে কতটা লম্বা ছিল?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">আপনার চোখে তার গায়ের রং বা জাতিগত চেহারা কেমন ছিল?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">সে কী পোশাক পরে ছিল?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">তার চুল কেমন ছিল? যেমন, রং, বা দাড়ি।</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">সে কীভাবে কথা বলছিল? তার কথার টান বা ভাষা বলুন।</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">আর কিছু কি লক্ষ করেছেন? যেমন, ট্যাটু, কাটা দাগ বা চশমা।</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">তাদের কি গাড়ি, ভ্যান বা অন্য কোনো যানবাহন ছিল?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">যানবাহনটি সম্পর্কে যা মনে আছে, বলুন।</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">নম্বর প্লেটের কিছু অংশও কাজে আসে।</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">যানবাহনটি কোন কোম্পানির ছিল? যেমন, Ford।</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">এটি কোন মডেল ছিল? যেমন, Transit।</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">যানবাহনটির রং কী ছিল?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">নম্বর প্লেট কী ছিল? এর কিছু অংশও কাজে আসে।</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">যারা এটি দেখেছে, তাদের সম্পর্কে বলুন।</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">তাদের সাথে কীভাবে যোগাযোগ করা যায়, বলুন, তবে শুধু তারা রাজি থাকলে।</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">কোনো ক্যামেরায় কি এটি ধরা পড়ে থাকতে পারে? যেমন, দোকান, বাস বা ফোনের ক্যামেরায়।</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">এমন কিছু কি আগেও ঘটেছে?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">আগে কতবার এটি ঘটেছে?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">তারা কি বলেছে যে তারা ফিরে আসবে, বা আপনার ক্ষতি করবে?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">এখন কি কারও ডাক্তার বা নার্স দরকার?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">আর কেউ কি আহত হতে পারে বা বিপদে থাকতে পারে?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">যে উত্তরগুলো সত্যি, সবগুলো বেছে নিন।</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">কোনো কিছু কি আপনার সাহায্য পাওয়া কঠিন করে তুলছে?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">এতে তারা আপনাকে সঠিকভাবে সাহায্য করতে পারবে।</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">আপনি কী সাহায্য চান? যা যা চান, সব উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">কোন ভাষার দোভাষী চান? এটি সাংকেতিক ভাষাও হতে পারে।</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">আপনি কীভাবে তথ্য পেতে চান? যেমন, সহজ কথা ও ছবি (Easy read) বা বড় অক্ষরে ছাপা।</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">আপনার বয়স কত? আপনাকে বলতেই হবে, এমন নয়।</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">চাইলে নিজের সম্পর্কে বলুন। আপনি এটি খালি রাখতে পারেন।</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">কী ঘটেছে, সে সম্পর্কে আরও</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">পারলে এটি এখানে হুবহু কপি করুন। কোনো স্ক্রিনশট থাকলে তা আপনার ফোনে রেখে দিন এবং এখানে লিখুন যে সেগুলো আপনার কাছে আছে: সংস্থা পরে আপনার কাছে সেগুলো চাইতে পারে।</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">আপনি যে সংস্থাগুলোকে এই রিপোর্ট পাঠাতে বেছে নেবেন, শুধু তারাই এই উত্তর দেখবে (আপনি পুলিশকে বেছে নিলে পুলিশও)। সহায়তা সংস্থাগুলো আপনার সম্মতি ছাড়া এটি ইমিগ্রেশন আইন প্রয়োগকারী কর্তৃপক্ষকে দেয় না।</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">শুধু আপনার বেছে নেওয়া সংস্থাগুলো আপনার উত্তর দেখবে।</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">পড়া বন্ধ করুন</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">এই পাতাটি জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">এই ডিভাইসে %1 ভাষায় জোরে পড়ে শোনানো নেই। একজন স্বেচ্ছাসেবক বা বন্ধু আপনাকে প্রশ্নগুলো পড়ে শোনাতে পারেন।</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">আমরা আপনার রিপোর্ট কাকে পাঠাব?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">পুলিশ</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">যে এলাকায় এটি ঘটেছে, সেই এলাকার পুলিশ।</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">একটি সহায়তা সংস্থা</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">একটি স্বাধীন রিপোর্টিং কেন্দ্র। এটি আপনাকে সহায়তা করতে পারে, এবং আপনি চাইলে আপনার রিপোর্ট পুলিশের কাছে পাঠাতে পারে।</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">পুলিশ এবং একটি সহায়তা সংস্থা, দুটোই</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">প্রত্যেকে নিজের একটি কপি পাবে।</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">শুধু নথিভুক্ত করুন: আমি কোনো পদক্ষেপ চাই না</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">একটি সহায়তা সংস্থা এটি নথিভুক্ত করে, যাতে ঘৃণাজনিত অপরাধ গণনায় আসে। আমরা তাদের কোনো পদক্ষেপ না নিতে বলি।</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">আপনার রিপোর্টটি লক করা থাকে, যাতে শুধু আপনার বেছে নেওয়া সংস্থাগুলো এটি পড়তে পারে। প্রত্যেক সংস্থা দেখতে পাবে আপনি আর কোন কোন সংস্থা বেছে নিয়েছেন।</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Harbour এই ডিভাইসে সংস্থাগুলোর হালনাগাদ তালিকা খুঁজে পাচ্ছে না, তাই আপনার রিপোর্ট পাঠাতে পারছে না। অনুগ্রহ করে প্রথম পাতার কোনো একটি ফোন নম্বর ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">এই ডিভাইস প্রতিটি রিপোর্ট এদের কাছে পাঠায়: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">পুলিশ বেছে নিন</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">পুলিশ এবং একটি সহায়তা সংস্থা বেছে নিন</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">একটি সহায়তা সংস্থা বেছে নিন</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">এগুলো %1 এলাকায় কাজ করে, যেখানে আপনি বলেছেন এটি ঘটেছে।</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">আপনি বলেননি এটি কোথায় ঘটেছে, তাই সব এলাকার সংস্থা দেখানো হচ্ছে।</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1। %2। যে বিষয়ে রিপোর্ট নেয়: %3। ভাষা: %4।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">আপনি কী হোক বলে চান?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">কে আপনার রিপোর্ট পাবে, তা বেছে নিন।</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">শুধু আপনি যাদের বেছে নেবেন, তারাই এটি পড়তে পারবে।</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">একটি সহায়তা গ্রুপ আপনাকে সাহায্য করতে পারে। পুলিশ কী ঘটেছে তা তদন্ত করতে পারে।</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">এখনই পাঠান</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">পরের এক দিনের মধ্যে যেকোনো সময়ে পাঠান</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">পরের ৩ দিনের মধ্যে যেকোনো সময়ে পাঠান</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">কখন পাঠাবেন</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">আপনার রিপোর্ট কখন পৌঁছায় তা সংস্থা দেখতে পায়। আপনি যদি না চান যে সেই সময় আপনি যেখানে ছিলেন তার সাথে মিলে যাক, তাহলে Harbour এটি পরে এমন সময়ে পাঠাতে পারে যা কেউ অনুমান করতে পারবে না।</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Harbour দেখতে ও শুনতে কেমন</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">যদি আপনার এখনই সাহায্য দরকার হয়</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">আপনি যদি এখন বিপদে থাকেন, তাহলে 999 নম্বরে ফোন করুন। যারা কানে শোনেন না, তারা 999 BSL ব্যবহার করতে পারেন, বা নিবন্ধিত হলে 999 নম্বরে টেক্সট করতে পারেন। জরুরি না হলে 101 নম্বরে ফোন করুন।</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">কর্মী: কাউকে রিপোর্ট করতে সাহায্য করা</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">আপনি যদি স্বেচ্ছাসেবক হন এবং কাউকে রিপোর্ট করতে সাহায্য করেন, তবে স্বেচ্ছাসেবক কোড লিখুন। রিপোর্টে বলা থাকবে যে কেউ সাহায্য করেছেন। কে, তা কখনো বলা থাকে না।</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">স্বেচ্ছাসেবক কোড</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">কোড যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">সহায়তা মোড শুরু করুন</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">সহায়তা মোড চালু আছে। রিপোর্টে বলা থাকবে যে একজন স্বেচ্ছাসেবক সাহায্য করেছেন। কে, তা কখনো বলা থাকে না।</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">এই সেশনের জন্য সময়সীমা বন্ধ করুন</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">কিছুক্ষণ কেউ স্ক্রিন না ছুঁলেও রিপোর্ট মুছে যায় না। শেষ হলে বেরিয়ে যান চাপুন।</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">রিপোর্ট শুরু করুন</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">সংস্থার জন্য</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">কিয়স্কের সেটিংস (অ্যাডমিন পাসফ্রেজ)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">ঘৃণাজনিত অপরাধের রিপোর্ট করুন</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">ঘৃণাজনিত অপরাধ বা ঘৃণাজনিত ঘটনার রিপোর্ট করুন</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">আপনার বা অন্য কারও পরিচয়ের কারণে তাদের সাথে যা ঘটেছে, তা কোনো সংস্থাকে জানাতে এটি ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">এতে প্রায় 10 মিনিট লাগে। আপনার নাম দিতে হবে না। আপনি যা পাঠাবেন, তা শুধু %1 পড়তে পারবে।</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">আপনি যেকোনো সময় &quot;বেরিয়ে যান&quot; চাপতে পারেন। এতে আপনার লেখা সবকিছু মুছে যায়।</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">এখনই শুরু করুন</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">আপনি যদি এখন বিপদে থাকেন, বা ফোন করতে চান:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">আপনি যদি এখন বিপদে থাকেন, তাহলে 999 নম্বরে ফোন করুন। যারা কানে শোনেন না, তারা 999 BSL ব্যবহার করতে পারেন, বা নিবন্ধিত হলে 999 নম্বরে টেক্সট করতে পারেন। জরুরি না হলে 101 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">সহায়তা মোড চালু আছে: রিপোর্টে বলা থাকবে যে একজন স্বেচ্ছাসেবক সাহায্য করেছেন, কে তা কখনো নয়।</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">কর্মী: আমি কাউকে সাহায্য করছি</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">কারও পরিচয়ের কারণে তাকে আঘাত করা হলে বা ভয় দেখানো হলে, আমাদের জানান।</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">এতে প্রায় 10 মিনিট লাগে।</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">আপনার নাম দিতে হবে না।</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">আপনি যা পাঠাবেন, তা শুধু %1 পড়তে পারবে।</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">আপনি যেকোনো সময় &quot;বেরিয়ে যান&quot; চাপতে পারেন। এতে আপনার লেখা সবকিছু মুছে যায়।</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">আমার একটি ফলো-আপ কোড আছে</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">আমার একটি ফলো-আপ কোড আছে: আমার রিপোর্টের উত্তর পড়ুন</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">এখনই পাঠান, বা আমাদের আরও বলুন</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">আপনার রিপোর্ট পাঠানোর জন্য আপনি আমাদের যথেষ্ট বলেছেন। আপনি এখনই এটি পাঠাতে পারেন।</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">আপনি এখনই আপনার রিপোর্ট পাঠাতে পারেন।</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">অথবা আপনি আমাদের আরও বলতে পারেন। কোন কোন অংশ, তা আপনি বেছে নিন।</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">প্রতিটি অংশ আপনার ইচ্ছা। আপনি সবগুলোই বাদ দিতে পারেন।</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">আপনার রিপোর্ট দেখে নিন এবং পাঠান</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">আমাদের আরও বলুন (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">আপনি শুধু এটি নথিভুক্ত করতে বলেছেন, তাই এগুলোর কোনোটির উত্তর দেওয়ার দরকার নেই। চাইলে তবেই কোনো অংশ খুলুন।</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">আরও তথ্য তাদের পদক্ষেপ নিতে সাহায্য করতে পারে, যেমন কে এটি করেছে তা খুঁজে বের করতে বা আপনাকে নিরাপদ রাখতে। যে অংশ চান খুলুন, বাকিগুলো বাদ দিন।</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">শুরু করা হয়নি</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2টির মধ্যে %1টির উত্তর দেওয়া হয়েছে</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">আপনার কি আরও সময় দরকার?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>আপনার রিপোর্ট গোপন রাখতে, আপনি কিছু না করলে আমরা %n সেকেন্ডের মধ্যে এটি মুছে ফেলব।</numerusform>
            <numerusform>আপনার রিপোর্ট গোপন রাখতে, আপনি কিছু না করলে আমরা %n সেকেন্ডের মধ্যে এটি মুছে ফেলব।</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">আমার আরও সময় দরকার</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">এখনই আমার রিপোর্ট মুছে ফেলুন</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">কীভাবে পাঠাবেন</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">আপনার রিপোর্ট পৌঁছালে সংস্থা এই ডিভাইসের ইন্টারনেট ঠিকানা দেখতে পারে। এটি দেখাতে পারে কে আপনাকে ইন্টারনেট সংযোগ দেয় এবং আপনি মোটামুটি কোথায় আছেন।</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor এটি লুকিয়ে রাখে। আপনার রিপোর্ট প্রথমে অন্য তিনটি কম্পিউটারের মধ্য দিয়ে যায়, তাই সংস্থা আপনার ঠিকানা দেখে না এবং আপনার ইন্টারনেট সরবরাহকারী দেখে না রিপোর্টটি কোথায় যায়। এই ডিভাইসে Tor চালু থাকতে হবে, যেমন Android-এ Orbot অ্যাপ।</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">সরাসরি পাঠান</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Tor-এর মাধ্যমে পাঠান</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Tor চালু না থাকলে আপনার রিপোর্ট এই ডিভাইসে অপেক্ষা করে, যতক্ষণ না Tor চালু হয়। এটি কখনও অন্য কোনো উপায়ে পাঠানো হয় না। আপনার ইন্টারনেট সরবরাহকারী দেখতে পারে যে আপনি Tor ব্যবহার করেন, কিন্তু আপনি কী পাঠান তা নয়।</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">এই স্বেচ্ছাসেবক কোডটি ঠিক নয়। যাচাই করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">এই অ্যাডমিন পাসফ্রেজটি ঠিক নয়। যাচাই করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">এই স্বেচ্ছাসেবক কোডটি ঠিক নয়। অনেকবার ভুল চেষ্টা হয়েছে: %1 পরে আবার চেষ্টা করতে পারবেন।</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">এই অ্যাডমিন পাসফ্রেজটি ঠিক নয়। অনেকবার ভুল চেষ্টা হয়েছে: %1 পরে আবার চেষ্টা করতে পারবেন।</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">অনেকবার ভুল চেষ্টা হয়েছে। কিছুই যাচাই করা হয়নি। %1 পরে আবার চেষ্টা করতে পারবেন।</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">এই কিয়স্কের কোনো স্বেচ্ছাসেবক কোড নেই। সংস্থা harbour-kiosk-setup দিয়ে একটি সেট করতে পারে।</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">এই কিয়স্কের কোনো অ্যাডমিন পাসফ্রেজ নেই। সংস্থা harbour-kiosk-setup দিয়ে একটি সেট করতে পারে।</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">এই কিয়স্ক চেষ্টাগুলো লিখে রাখতে পারে না, তাই কিছুই যাচাই করা হয়নি। সংস্থাকে এই কিয়স্কটি দেখতে বলুন।</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n সেকেন্ড</numerusform>
            <numerusform>%n সেকেন্ড</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n মিনিট</numerusform>
            <numerusform>%n মিনিট</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">বর্ণ বা জাতিগত পরিচয়</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">ধর্ম বা বিশ্বাস</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">যৌন অভিমুখিতা</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">প্রতিবন্ধিতা</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">ট্রান্সজেন্ডার পরিচয়</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">এলাকা: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">সব এলাকা</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">পুলিশ</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">সহায়তা সংস্থা</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">বিকল্প উপসংস্কৃতি</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">লিঙ্গ বা জেন্ডার</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">বয়স</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">অন্যান্য</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">সব ধরনের ঘৃণাজনিত অপরাধ</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 এবং আরও %nটি ভাষা</numerusform>
            <numerusform>%1 এবং আরও %nটি ভাষা</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">%1 ঠিকানায় ইমেইল করুন</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Harbour এই ডিভাইসে সংস্থাগুলোর হালনাগাদ তালিকা খুঁজে পাচ্ছে না, তাই আপনার রিপোর্ট পাঠাতে পারছে না। অনুগ্রহ করে নিচের কোনো একটি ফোন নম্বর ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">কে আপনার রিপোর্ট পাবে, তা বেছে নিন</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">পুলিশ বেছে নিন</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">একটি সহায়তা সংস্থা বেছে নিন</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">আমরা আপনার সাথে যোগাযোগ করতে পারব কি না, তা বেছে নিন</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">কে আপনার সাথে যোগাযোগ করতে পারবে, তা বেছে নিন</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">আমরা কীভাবে আপনার সাথে যোগাযোগ করব, তা বেছে নিন: ফোনে, ইমেইলে, বা দুটোতেই</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">একটি ফোন নম্বর লিখুন, যেমন 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">সঠিক ফরম্যাটে একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">সহায়তা সংস্থার মাধ্যমে যোগাযোগ পেতে, একটি সহায়তা সংস্থাকে আপনার সাথে যোগাযোগ করতে দিন</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">আপনাকে নিরাপদ রাখতে আমরা অন্য সংস্থার সাথে আপনার রিপোর্ট শেয়ার করতে পারব কি না, তা বেছে নিন</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">ফোন করুন: %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">টেক্সট করুন: %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">BSL ভিডিও রিলে: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">ওয়েবসাইট: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">এই ডিভাইসটি ফলো-আপ কোড তৈরি করতে পারেনি: প্রায় ২৫৬ MB খালি মেমরি লাগে। অন্য অ্যাপ বন্ধ করে আবার চেষ্টা করুন, বা কোড ছাড়া রিপোর্ট পাঠান।</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড টাইপ করুন</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">এটি একই কোড নয়। প্রতিটি অক্ষর ও সংখ্যা আবার দেখুন।</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড লিখুন</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">আপনার ফলো-আপ কোডে ২০টি অক্ষর ও সংখ্যা আছে। নিশ্চিত করুন আপনি সবগুলো লিখেছেন, এর বেশি নয়।</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">আপনার ফলো-আপ কোড যাচাই করুন: এতে এমন একটি অক্ষর আছে যা কোডে ব্যবহার হয় না। কোডে ০ থেকে ৯ সংখ্যা এবং A থেকে Z অক্ষর থাকে, তবে U নয়।</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">ফলো-আপ কোড খুলতে এই ডিভাইসে যথেষ্ট খালি মেমরি নেই (প্রায় ২৫৬ MB লাগে)। অন্য অ্যাপ বন্ধ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour এখন উত্তর দেখতে পারছে না। ইন্টারনেটে যুক্ত আছেন কিনা দেখে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">উত্তরগুলো মুছে ফেলা হয়েছে। এখন আর কেউ সেগুলো পড়তে পারবে না, কোড দিয়েও না।</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">কিছু উত্তর এখন মোছা যায়নি। পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">আপনার উত্তর লিখুন, বা বলুন উত্তরটি সাহায্য করেছে কি না</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">আপনার রিপোর্টে কী যোগ করতে চান লিখুন</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">আপনার লেখা খুব বড়। ছোট করুন।</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour এই ডিভাইসে আপনার উত্তর সংরক্ষণ করতে পারছে না। কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">কোনো প্রতিষ্ঠান আপনাকে উত্তর দেওয়ার পরে আপনি তথ্য যোগ করতে পারবেন।</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour জানে না এটি কোথায় পাঠাবে: যে প্রতিষ্ঠান উত্তর দিয়েছে সেটি তার তালিকায় নেই। অন্যভাবে তাদের সঙ্গে যোগাযোগ করুন এবং আপনার রেফারেন্স নম্বর দিন।</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">আপনার উত্তর পাঠানোর জন্য সংরক্ষণ করা যায়নি। আপনার ডিভাইস হয়তো ভর্তি। কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">আপনার উত্তর সংরক্ষিত হয়েছে। Harbour যত তাড়াতাড়ি পারে পাঠাবে।</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">আপনি যা যোগ করেছেন তা সংরক্ষিত হয়েছে। Harbour যত তাড়াতাড়ি পারে পাঠাবে।</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">পাঠানো হয়েছে। প্রতিষ্ঠানটির কাছে এখন আপনার উত্তর আছে।</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">কিছু উত্তর এই কোড দিয়ে খোলা যায়নি: পথে হয়তো বদলানো হয়েছে। সেগুলো দেখানো হচ্ছে না।</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">আপনার বেছে নেওয়া সংস্থাগুলো</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Harbour এই ডিভাইসে রিপোর্ট সেভ করতে পারছে না। অনুগ্রহ করে অন্য কোনো উপায়ে রিপোর্ট করুন।</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">পাঠানোর আগে বেছে নিন কে আপনার রিপোর্ট পাবে। কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">আপনার রিপোর্ট পাঠানোর জন্য প্রস্তুত করা যায়নি। কিছুই পাঠানো হয়নি।</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">আপনার রিপোর্ট পাঠানোর জন্য সেভ করা যায়নি। হয়তো আপনার ডিভাইসের জায়গা ভরে গেছে। আপনার উত্তরগুলো এখনও এখানে আছে: কিছু জায়গা খালি করুন এবং আবার &quot;রিপোর্ট পাঠান&quot; চাপুন।</translation>
    </message>
</context>
</TS>
