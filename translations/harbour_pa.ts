<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pa">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">ਕਿਓਸਕ ਸੈਟਿੰਗਾਂ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">ਸੈੱਟ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">ਸੰਸਥਾ ਦੇ ਸਟਾਫ਼ ਲਈ। ਕੁਝ ਗਲਤ ਕੋਸ਼ਿਸ਼ਾਂ ਤੋਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਉਡੀਕ ਕਰਨੀ ਪੈਂਦੀ ਹੈ, ਹਰ ਵਾਰ ਜ਼ਿਆਦਾ।</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">ਐਡਮਿਨ ਪਾਸਫ੍ਰੇਜ਼</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">ਪਾਸਫ੍ਰੇਜ਼ ਦੀ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">ਸੈਟਿੰਗਾਂ ਖੋਲ੍ਹੋ</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">ਕਿਓਸਕ ਦਾ ਨਾਮ</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">ਮੂਲ ਸੰਸਥਾ</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">ਪੇਸ਼ ਕੀਤੀਆਂ ਭਾਸ਼ਾਵਾਂ</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">ਸਾਰੀਆਂ ਉਪਲਬਧ ਭਾਸ਼ਾਵਾਂ</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">ਕੋਈ ਗਤੀਵਿਧੀ ਨਾ ਹੋਣ &apos;ਤੇ ਚੇਤਾਵਨੀ</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">ਚੇਤਾਵਨੀ ਦਾ ਜਵਾਬ ਦੇਣ ਦਾ ਸਮਾਂ</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">ਵਲੰਟੀਅਰ ਕੋਡ</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">ਸੈੱਟ ਹੈ</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">ਇਹ ਸੈਟਿੰਗਾਂ ਬਦਲਣ ਲਈ harbour-kiosk-setup ਅਤੇ ਕਿਓਸਕ ਦੀ ਸੰਰਚਨਾ ਫਾਈਲ ਵਰਤੋ।</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">ਇਸ ਕਿਓਸਕ ਦੀ ਦਸਤਖਤ ਕੁੰਜੀ</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">ਇਸ ਕਿਓਸਕ ਦੀਆਂ ਰਿਪੋਰਟਾਂ ਇਸ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖਤ ਹੁੰਦੀਆਂ ਹਨ। ਇਸਨੂੰ ਆਪਣੀ ਸੰਸਥਾ ਕੋਲ ਰਜਿਸਟਰ ਕਰੋ, ਅਤੇ ਫਿੰਗਰਪ੍ਰਿੰਟ ਉੱਚੀ ਬੋਲ ਕੇ ਮਿਲਾਓ।</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">ਫਿੰਗਰਪ੍ਰਿੰਟ</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">ਇਸ ਕਿਓਸਕ ਕੋਲ ਦਸਤਖਤ ਕੁੰਜੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਸਦੀਆਂ ਰਿਪੋਰਟਾਂ &apos;ਤੇ ਦਸਤਖਤ ਨਹੀਂ ਹਨ: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">ਸੈਟਿੰਗਾਂ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸਕਿੰਟ</numerusform>
            <numerusform>%n ਸਕਿੰਟ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">ਪਿੱਛੇ</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">ਬਦਲੋ</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚੋ</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨੂੰ ਜ਼ਰੂਰੀ ਵਜੋਂ ਦਰਜ ਕੀਤਾ ਜਾਵੇਗਾ। ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">ਨਹੀਂ ਦੱਸਿਆ</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">ਇਸ ਸਵਾਲ ਦਾ ਜਵਾਬ ਬਦਲੋ: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">ਹੁਣ ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ ਲੌਕ ਕੀਤੀ ਹੋਈ ਹੈ, ਤਾਂ ਜੋ ਸਿਰਫ਼ %1 ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਣ। ਜੇ ਹੁਣ ਇੰਟਰਨੈੱਟ ਨਹੀਂ ਹੈ, ਤਾਂ ਇੰਟਰਨੈੱਟ ਆਉਣ &apos;ਤੇ ਇਹ ਭੇਜ ਦਿੱਤੀ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">ਰਿਪੋਰਟ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">ਇੱਥੇ ਉਹ ਸਭ ਕੁਝ ਹੈ ਜੋ ਤੁਸੀਂ ਸਾਨੂੰ ਦੱਸਿਆ।</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">ਕੋਈ ਜਵਾਬ ਠੀਕ ਕਰਨ ਲਈ &quot;ਬਦਲੋ&quot; ਦਬਾਓ।</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">ਜਦੋਂ ਸਭ ਠੀਕ ਹੋਵੇ, ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜੋ।</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਿਸ ਨੂੰ ਮਿਲੇਗੀ</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">ਨਹੀਂ ਚੁਣਿਆ</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">ਪੁਲਿਸ</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">ਕੋਈ ਸਹਾਇਤਾ ਸੰਸਥਾ</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">ਪੁਲਿਸ ਅਤੇ ਸਹਾਇਤਾ ਸੰਸਥਾ ਦੋਵੇਂ</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਦਰਜ ਕਰੋ: ਕੋਈ ਕਾਰਵਾਈ ਨਾ ਕੀਤੀ ਜਾਵੇ</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">ਅਜੇ ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ ਚੁਣੀ ਗਈ: ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਸੰਸਥਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">ਕੀ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">ਹਾਂ। ਸਿਰਫ਼ %1 ਹੀ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">ਹਾਂ, ਪਰ ਤੁਸੀਂ ਨਿਸ਼ਾਨ ਲਾ ਕੇ ਨਹੀਂ ਦੱਸਿਆ ਕਿ ਕੌਣ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">ਨਹੀਂ, ਮੈਨੂੰ ਗੁਮਨਾਮ ਰਹਿਣ ਦਿਓ।</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">ਨਹੀਂ, ਮੈਨੂੰ ਗੁਮਨਾਮ ਰਹਿਣ ਦਿਓ। ਉਹ ਤੁਹਾਨੂੰ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕਦੇ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇੱਥੇ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਨਹੀਂ ਮੰਗਦੇ।</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਦੇ ਜਵਾਬ ਪੜ੍ਹਨ ਲਈ ਇੱਕ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਮਿਲੇਗਾ।</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">ਤੁਹਾਡੇ ਜਵਾਬ</translation>
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
        <translation type="unfinished">ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ, ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਵਰਤੋ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਦੱਸੋ:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Harbour ਕੋਡ</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਕੋਡ %1 ਹੈ</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">ਰਿਪੋਰਟ ਭੇਜ ਦਿੱਤੀ ਗਈ</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">ਰਿਪੋਰਟ ਸੰਭਾਲ ਲਈ ਗਈ ਹੈ ਅਤੇ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ %1 ਹੈ</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">%1 ਨੂੰ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਮਿਲ ਗਈ ਹੈ।</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">ਹਾਲੇ %1 ਨਾਲ ਕੁਨੈਕਸ਼ਨ ਨਹੀਂ ਹੈ। Harbour ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹੇਗਾ ਅਤੇ ਜਦੋਂ ਹੋ ਸਕੇਗਾ, ਇਸ ਨੂੰ ਭੇਜ ਦੇਵੇਗਾ। ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਲੌਕ ਹੈ, ਇਸ ਲਈ ਸਿਰਫ਼ ਉਹ ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖ ਲਓ, ਜਾਂ ਇਸ ਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ। ਜੇ ਤੁਸੀਂ ਸੰਪਰਕ ਵੇਰਵੇ ਦਿੱਤੇ ਹਨ, ਤਾਂ ਸੰਸਥਾ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੀ ਹੈ। ਜੇ ਨਹੀਂ ਦਿੱਤੇ, ਤਾਂ ਉਹ ਸੰਪਰਕ ਨਹੀਂ ਕਰ ਸਕਦੇ।</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਕਿਹਾ ਸੀ ਕਿ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਸਿਰਫ਼ ਦਰਜ ਕੀਤੀ ਜਾਵੇ। ਅਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਕਿਹਾ ਹੈ ਕਿ ਉਹ ਕੋਈ ਕਾਰਵਾਈ ਨਾ ਕਰਨ।</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">ਸਹਾਇਤਾ ਅਤੇ ਮਦਦ ਲੈਣ ਦੇ ਹੋਰ ਤਰੀਕੇ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">ਖ਼ਤਮ ਕਰੋ</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">ਖ਼ਤਮ ਕਰੋ ਅਤੇ ਇਹ ਰਿਪੋਰਟ ਸਕਰੀਨ ਤੋਂ ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">ਹੁਣ ਤੁਹਾਡੀ ਰਿਪੋਰਟ %1 ਕੋਲ ਹੈ।</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਸੰਭਾਲ ਲਈ ਗਈ ਹੈ। Harbour ਜਦੋਂ ਹੋ ਸਕੇਗਾ, ਇਸ ਨੂੰ ਭੇਜ ਦੇਵੇਗਾ।</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਲੌਕ ਹੈ। ਸਿਰਫ਼ %1 ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖ ਲਓ। ਇਸ ਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ ਦਿੱਤੀ ਹੈ, ਤਾਂ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਕਿਹਾ ਸੀ ਕਿ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਦਰਜ ਕੀਤਾ ਜਾਵੇ। ਉਹ ਕੋਈ ਕਾਰਵਾਈ ਨਹੀਂ ਕਰਨਗੇ।</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਹੀਂ ਭੇਜੀ ਗਈ</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">%1 ਨੇ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤੀ, ਇਸ ਲਈ Harbour ਨੇ ਇਸਨੂੰ ਭੇਜਣਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਹੇਠਾਂ ਦਿੱਤੇ ਰਿਪੋਰਟ ਕਰਨ ਦੇ ਹੋਰ ਤਰੀਕਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਵਰਤੋ।</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Harbour ਤੁਹਾਡੀ ਰਿਪੋਰਟ %n ਦਿਨਾਂ ਵਿੱਚ %1 ਨੂੰ ਨਹੀਂ ਭੇਜ ਸਕਿਆ, ਇਸ ਲਈ ਉਸਨੇ ਕੋਸ਼ਿਸ਼ ਕਰਨੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਹੇਠਾਂ ਦਿੱਤੇ ਹੋਰ ਤਰੀਕਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਵਰਤੋ, ਜਾਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</numerusform>
            <numerusform>Harbour ਤੁਹਾਡੀ ਰਿਪੋਰਟ %n ਦਿਨਾਂ ਵਿੱਚ %1 ਨੂੰ ਨਹੀਂ ਭੇਜ ਸਕਿਆ, ਇਸ ਲਈ ਉਸਨੇ ਕੋਸ਼ਿਸ਼ ਕਰਨੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਹੇਠਾਂ ਦਿੱਤੇ ਹੋਰ ਤਰੀਕਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਵਰਤੋ, ਜਾਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">ਦੁਬਾਰਾ ਭੇਜਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੋ</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਹੀਂ ਭੇਜੀ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਰਿਪੋਰਟ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Harbour ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ Tor ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦਾ। ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਇੱਥੇ ਉਡੀਕ ਕਰ ਰਹੀ ਹੈ ਅਤੇ Tor ਚੱਲਣ &apos;ਤੇ Tor ਰਾਹੀਂ ਭੇਜੀ ਜਾਵੇਗੀ। ਇਹ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਨਹੀਂ ਭੇਜੀ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਲਿਖ ਲਓ, ਜਾਂ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ। ਸੰਸਥਾ Harbour ਰਾਹੀਂ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇ ਸਕਦੀ ਹੈ: ਜਵਾਬ ਪੜ੍ਹਨ ਲਈ, ਪਹਿਲੇ ਪੰਨੇ ਤੇ &quot;ਮੇਰੇ ਕੋਲ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਹੈ&quot; ਚੁਣੋ ਅਤੇ ਆਪਣਾ ਕੋਡ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">ਆਪਣਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਲਿਖ ਲਓ। ਇਸ ਨਾਲ ਤੁਸੀਂ Harbour ਵਿੱਚ ਉਹਨਾਂ ਦੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">ਕੋਡ ਬੰਦ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">ਕੀ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਗੁਮਨਾਮ ਰਹਿ ਸਕਦੇ ਹੋ। ਜੇ ਤੁਸੀਂ ਕਿਸੇ ਸੰਸਥਾ ਨੂੰ ਆਪਣੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਦਿੰਦੇ ਹੋ, ਤਾਂ ਉਹ ਤੁਹਾਨੂੰ ਦੱਸ ਸਕਦੀ ਹੈ ਕਿ ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ ਅਤੇ ਤੁਹਾਨੂੰ ਸਹਾਇਤਾ ਦੇ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">ਨਹੀਂ, ਮੈਨੂੰ ਗੁਮਨਾਮ ਰਹਿਣ ਦਿਓ</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">ਹਾਂ, ਤੁਸੀਂ ਮੇਰੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">ਕੌਣ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">ਤੁਹਾਡੇ ਸੰਪਰਕ ਵੇਰਵੇ ਸਿਰਫ਼ ਉਨ੍ਹਾਂ ਸੰਸਥਾਵਾਂ ਨੂੰ ਮਿਲਣਗੇ, ਜਿਨ੍ਹਾਂ &apos;ਤੇ ਤੁਸੀਂ ਇੱਥੇ ਨਿਸ਼ਾਨ ਲਾਓਗੇ। ਬਾਕੀਆਂ ਨੂੰ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਇਨ੍ਹਾਂ ਵੇਰਵਿਆਂ ਤੋਂ ਬਿਨਾਂ ਮਿਲੇਗੀ।</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">ਫ਼ੋਨ ਰਾਹੀਂ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">ਫ਼ੋਨ ਨੰਬਰ</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">ਈਮੇਲ ਰਾਹੀਂ</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">ਈਮੇਲ ਪਤਾ</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">ਪੁਲਿਸ ਮੇਰੇ ਨਾਲ ਸਿਰਫ਼ ਸਹਾਇਤਾ ਸੰਸਥਾ ਰਾਹੀਂ ਸੰਪਰਕ ਕਰੇ</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">ਅਸੀਂ ਤੁਹਾਨੂੰ ਕਿਸ ਨਾਮ ਨਾਲ ਬੁਲਾਈਏ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">ਇਹ ਤੁਹਾਡਾ ਪੂਰਾ ਜਾਂ ਅਸਲੀ ਨਾਮ ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਕਦੋਂ ਸੁਰੱਖਿਅਤ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਸੋਮਵਾਰ ਤੋਂ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਾਮ 6 ਵਜੇ ਤੋਂ ਬਾਅਦ</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">ਕੀ ਤੁਹਾਡੇ ਲਈ ਸੁਨੇਹਾ ਛੱਡਣਾ ਸੁਰੱਖਿਅਤ ਹੈ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ਹਾਂ</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">ਹਾਂ, ਸੁਨੇਹਾ ਛੱਡਣਾ ਸੁਰੱਖਿਅਤ ਹੈ</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">ਨਹੀਂ</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">ਨਹੀਂ, ਸੁਨੇਹਾ ਨਾ ਛੱਡੋ</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ ਕਿ ਸੁਨੇਹਾ ਛੱਡਣਾ ਸੁਰੱਖਿਅਤ ਹੈ ਜਾਂ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਸਾਂਝੀ ਕਰਨਾ</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">ਤੁਸੀਂ ਜੋ ਦੱਸਿਆ ਹੈ, ਉਸ ਤੋਂ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਗੰਭੀਰ ਖ਼ਤਰਾ ਹੋ ਸਕਦਾ ਹੈ। ਜਦੋਂ ਕਿਸੇ ਨੂੰ ਬਹੁਤ ਜ਼ਿਆਦਾ ਖ਼ਤਰਾ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਪੁਲਿਸ, ਕੌਂਸਲ, ਸਿਹਤ ਅਤੇ ਸਹਾਇਤਾ ਸੇਵਾਵਾਂ ਕਈ ਵਾਰ ਮਿਲ ਕੇ ਯੋਜਨਾ ਬਣਾਉਂਦੀਆਂ ਹਨ ਕਿ ਉਸ ਨੂੰ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰੱਖਣਾ ਹੈ (ਕਈ ਏਜੰਸੀਆਂ ਦੀ ਖ਼ਤਰੇ ਬਾਰੇ ਮੀਟਿੰਗ, ਜਿਸ ਨੂੰ MARAC ਕਹਿੰਦੇ ਹਨ)।</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">ਕੀ ਤੁਹਾਡੀਆਂ ਚੁਣੀਆਂ ਹੋਈਆਂ ਸੰਸਥਾਵਾਂ ਇਸ ਲਈ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਉਨ੍ਹਾਂ ਨਾਲ ਸਾਂਝੀ ਕਰ ਸਕਦੀਆਂ ਹਨ?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">ਹਾਂ, ਮੈਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਉਹ ਇਸ ਨੂੰ ਸਾਂਝਾ ਕਰ ਸਕਦੀਆਂ ਹਨ</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">ਨਹੀਂ, ਇਸ ਨੂੰ ਸਾਂਝਾ ਨਾ ਕਰੋ</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ: ਸੰਸਥਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਅਤੇ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">ਰਿਪੋਰਟ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">ਸੰਪਰਕ ਵੇਰਵੇ ਦਿੱਤੇ ਬਿਨਾਂ ਜਵਾਬ ਪ੍ਰਾਪਤ ਕਰੋ (ਵਿਕਲਪਿਕ)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">ਫਾਲੋ-ਅੱਪ ਕੋਡ ਨਾਲ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਤੋਂ Harbour ਵਿੱਚ ਸੰਸਥਾਵਾਂ ਦੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦੇ ਹੋ, ਉਹਨਾਂ ਦਾ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ ਅਤੇ ਆਪਣੀ ਰਿਪੋਰਟ ਵਿੱਚ ਜੋੜ ਸਕਦੇ ਹੋ। ਸਿਰਫ਼ ਕੋਡ ਵਾਲਾ ਵਿਅਕਤੀ ਹੀ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">ਮੈਨੂੰ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਦਿਓ</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">ਰਿਪੋਰਟ ਭੇਜਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਇਸਨੂੰ ਵੇਖੋਗੇ। ਇਸਨੂੰ ਲਿਖ ਲਓ: Harbour ਇਸਨੂੰ ਨਹੀਂ ਰੱਖਦਾ।</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">ਆਪਣਾ ਨਾਮ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਉਹ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹਨ ਜਾਂ ਲਿਖ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">ਫਿਰ ਉਹ ਤੁਹਾਨੂੰ ਦੱਸ ਸਕਦੇ ਹਨ ਕਿ ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਪੁਲਿਸ ਮੰਗੋ, ਜਾਂ ਜੇ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗੀ ਹੈ ਤਾਂ ਐਂਬੂਲੈਂਸ ਮੰਗੋ।</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਸੁਣ ਨਹੀਂ ਸਕਦੇ ਜਾਂ ਫ਼ੋਨ &apos;ਤੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: 999 BSL ਐਪ ਜਾਂ ਵੈੱਬਸਾਈਟ ਰਾਹੀਂ ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (British Sign Language) ਦੇ ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਗੱਲ ਕਰੋ, ਜੋ ਤੁਹਾਡੇ ਲਈ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੇਗਾ।</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ emergencySMS ਨਾਲ ਰਜਿਸਟਰ ਕੀਤਾ ਹੋਇਆ ਹੈ, ਤਾਂ 999 &apos;ਤੇ ਟੈਕਸਟ ਭੇਜੋ। ਰਜਿਸਟਰ ਕਰਨ ਲਈ, 999 &apos;ਤੇ &quot;register&quot; ਲਿਖ ਕੇ ਭੇਜੋ।</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨੂੰ ਜ਼ਰੂਰੀ ਵਜੋਂ ਦਰਜ ਕੀਤਾ ਜਾਵੇਗਾ। ਇਹ 999 ਕਾਲ ਨਹੀਂ ਹੈ: ਹੋ ਸਕਦਾ ਹੈ ਸੰਸਥਾ ਇਸ ਨੂੰ ਤੁਰੰਤ ਨਾ ਪੜ੍ਹੇ।</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">ਜਦੋਂ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਹੋਵੋ, ਤਾਂ ਆਪਣੀ ਰਿਪੋਰਟ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ &quot;ਬਾਹਰ ਨਿਕਲੋ&quot; ਦਬਾ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">ਮੇਰੀ ਰਿਪੋਰਟ ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ? 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">ਪੁਲਿਸ ਮੰਗੋ। ਜੇ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗੀ ਹੈ ਤਾਂ ਐਂਬੂਲੈਂਸ ਮੰਗੋ।</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਸੁਣ ਨਹੀਂ ਸਕਦੇ? 999 BSL ਵਰਤੋ, ਜਾਂ ਜੇ ਤੁਸੀਂ ਰਜਿਸਟਰ ਕੀਤਾ ਹੈ ਤਾਂ 999 &apos;ਤੇ ਟੈਕਸਟ ਭੇਜੋ।</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Harbour ਨੂੰ ਜਲਦੀ ਛੱਡਣ ਲਈ &quot;ਬਾਹਰ ਨਿਕਲੋ&quot; ਦਬਾਓ।</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">ਦਿਨ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">ਮਹੀਨਾ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">ਸਾਲ</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">ਤਾਰੀਖ਼</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">ਲਗਭਗ ਕਦੋਂ</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, 3 2024। ਜੇ ਤੁਹਾਨੂੰ ਦਿਨ ਪਤਾ ਹੈ, ਤਾਂ ਉਹ ਵੀ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">ਸਮਾਂ (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, 18:30 ਜਾਂ 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਕਦੋਂ ਹੋ ਸਕਦਾ ਸੀ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">ਸਭ ਤੋਂ ਬਾਅਦ ਕਦੋਂ ਹੋ ਸਕਦਾ ਸੀ</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">ਇਹ ਕਦੋਂ ਸ਼ੁਰੂ ਹੋਇਆ? (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">ਡਿਸਪਲੇ ਅਤੇ ਭਾਸ਼ਾ</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">ਡਿਸਪਲੇ ਅਤੇ ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">ਬੰਦ ਕਰੋ ਅਤੇ ਵਾਪਸ ਜਾਓ</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">ਆਮ ਅੱਖਰ</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">ਸਭ ਤੋਂ ਵੱਡੇ ਅੱਖਰ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">ਹਾਈ ਕੰਟ੍ਰਾਸਟ (ਗੂੜ੍ਹੇ ਰੰਗ)</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">ਸਵਾਲ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">ਸੌਖੇ ਸ਼ਬਦ (Easy read): ਤਸਵੀਰਾਂ ਨਾਲ ਛੋਟੇ ਵਾਕ</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">ਕੋਈ ਨਿਸ਼ਾਨ ਨਾ ਛੱਡੋ: ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ ਇਹ ਚੋਣਾਂ ਯਾਦ ਨਾ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">ਲਿਖਤ ਦਾ ਆਕਾਰ</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">ਕੋਈ ਸਮੱਸਿਆ ਹੈ</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">ਬਾਹਰ ਨਿਕਲੋ</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">ਬਾਹਰ ਨਿਕਲੋ: ਜਲਦੀ ਜਾਓ ਅਤੇ ਇਹ ਰਿਪੋਰਟ ਮਿਟਾ ਦਿਓ</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">ਗਲਤੀ: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">%1 ਨੂੰ ਜਵਾਬ ਦਿਓ</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">ਆਪਣੀ ਰਿਪੋਰਟ ਵਿੱਚ ਜਾਣਕਾਰੀ ਜੋੜੋ</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਜੋ ਜੋੜਦੇ ਹੋ ਉਹ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਾਲ %1 ਕੋਲ ਜਾਂਦਾ ਹੈ। ਉਦਾਹਰਨ ਲਈ, ਕੋਈ ਗੱਲ ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਆਈ, ਜਾਂ ਜੋ ਬਾਅਦ ਵਿੱਚ ਹੋਈ।</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">ਕੀ ਜਵਾਬ ਨੇ ਮਦਦ ਕੀਤੀ? (ਵਿਕਲਪਿਕ)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਸਥਾਵਾਂ ਨੂੰ ਇਹ ਵੇਖਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ ਕਿ ਕੀ ਕੰਮ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">ਹਾਂ, ਮਦਦ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">ਥੋੜ੍ਹੀ ਮਦਦ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">ਨਹੀਂ, ਮਦਦ ਨਹੀਂ ਮਿਲੀ</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ (ਵਿਕਲਪਿਕ ਜੇ ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਮਦਦ ਮਿਲੀ ਜਾਂ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">ਤੁਸੀਂ ਕੀ ਜੋੜਨਾ ਚਾਹੁੰਦੇ ਹੋ</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">ਜਵਾਬ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">ਭੇਜੋ</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">ਜਵਾਬ ਦੇਣ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">ਆਪਣਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">ਇਹ 20 ਅੱਖਰਾਂ ਅਤੇ ਅੰਕਾਂ ਦਾ ਕੋਡ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਰਿਪੋਰਟ ਭੇਜਣ ਵੇਲੇ ਮਿਲਿਆ ਸੀ।</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">ਫਾਲੋ-ਅੱਪ ਕੋਡ</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, K82Q V992 78T6 CAJ1 0HKB। ਖਾਲੀ ਥਾਂ, ਡੈਸ਼ ਅਤੇ ਵੱਡੇ ਅੱਖਰ ਮਾਇਨੇ ਨਹੀਂ ਰੱਖਦੇ।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">ਇਸਨੂੰ ਹੁਣੇ ਲਿਖ ਲਓ ਅਤੇ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ। ਇਸ ਨਾਲ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਤੇ Harbour ਵਿੱਚ ਸੰਸਥਾ ਦੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦੇ ਹੋ, ਉਹਨਾਂ ਦਾ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ ਅਤੇ ਆਪਣੀ ਰਿਪੋਰਟ ਵਿੱਚ ਜੋੜ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Harbour ਇਹ ਕੋਡ ਨਹੀਂ ਰੱਖਦਾ। ਜੇ ਇਹ ਗੁੰਮ ਹੋ ਜਾਵੇ, ਤਾਂ ਕੋਈ ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਦੇ ਸਕਦਾ। ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਹੈ ਉਹ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">ਕੋਡ ਉੱਚੀ ਪੜ੍ਹੋ</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਹੈ: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਕੋਡ ਵਿਖਾਓ</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਕੋਡ ਵਿਖਾਓ, ਲਿਖਣ ਜਾਂ ਫੋਟੋ ਲੈਣ ਲਈ</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਕੋਡ ਹੈ</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">ਆਪਣਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਟਾਈਪ ਕਰੋ</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">ਖਾਲੀ ਥਾਂ, ਡੈਸ਼ ਅਤੇ ਵੱਡੇ ਅੱਖਰ ਮਾਇਨੇ ਨਹੀਂ ਰੱਖਦੇ।</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">ਮੇਰਾ ਕੋਡ ਜਾਂਚੋ</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">ਇਹ ਤੁਹਾਡਾ ਕੋਡ ਹੈ। ਇਸਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖੋ।</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਤਿਆਰ ਹੋ ਰਿਹਾ ਹੈ। ਕੁਝ ਫ਼ੋਨਾਂ ਤੇ ਇਸ ਵਿੱਚ ਇੱਕ ਮਿੰਟ ਤੱਕ ਲੱਗ ਸਕਦਾ ਹੈ। ਤਿਆਰ ਹੋਣ ਤੇ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਭੇਜੀ ਜਾਵੇਗੀ।</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">ਫਾਲੋ-ਅੱਪ ਕੋਡ ਤਿਆਰ ਹੋ ਰਿਹਾ ਹੈ</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">ਤੁਹਾਡੇ ਜਵਾਬ ਖੋਲ੍ਹੇ ਜਾ ਰਹੇ ਹਨ (ਕਦਮ 2 ਵਿੱਚੋਂ 1)। ਕੁਝ ਫ਼ੋਨਾਂ ਤੇ ਇੱਕ ਮਿੰਟ ਤੱਕ ਲੱਗ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">ਜਵਾਬਾਂ ਦੀ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ (ਕਦਮ 2 ਵਿੱਚੋਂ 2)।</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">ਜਵਾਬ ਮਿਟਾਏ ਜਾ ਰਹੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">ਕੰਮ ਚੱਲ ਰਿਹਾ ਹੈ</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਦੇ ਜਵਾਬ</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">ਅਜੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਹੈ।</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">ਸੰਸਥਾਵਾਂ ਆਮ ਤੌਰ ਤੇ 5 ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦਿੰਦੀਆਂ ਹਨ। ਜੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੀ ਉਮੀਦ ਸੀ, ਤਾਂ ਆਪਣਾ ਕੋਡ ਜਾਂਚੋ: ਇੱਕ ਵੱਖਰੇ ਅੱਖਰ ਜਾਂ ਅੰਕ ਵਾਲਾ ਕੋਡ ਖਾਲੀ ਮੇਲਬਾਕਸ ਖੋਲ੍ਹਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Harbour ਹਰ ਸੰਸਥਾ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਿਆ। ਹੋਰ ਜਵਾਬ ਵੀ ਹੋ ਸਕਦੇ ਹਨ: ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">%1 ਵੱਲੋਂ</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਇਸ ਜਵਾਬ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">ਇਸ ਜਵਾਬ ਦਾ ਜਵਾਬ ਦਿਓ</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">%1 ਦੇ ਇਸ ਜਵਾਬ ਦਾ ਜਵਾਬ ਦਿਓ</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">ਆਪਣੀ ਰਿਪੋਰਟ ਵਿੱਚ ਜਾਣਕਾਰੀ ਜੋੜੋ</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">ਨਵੇਂ ਜਵਾਬ ਵੇਖੋ</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">ਜਵਾਬ ਮਿਟਾਉਣ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੋਈ ਵੀ ਉਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਨਹੀਂ ਪੜ੍ਹ ਸਕੇਗਾ, ਤੁਹਾਡੇ ਕੋਡ ਨਾਲ ਵੀ ਨਹੀਂ। Harbour ਉਂਜ ਵੀ 90 ਦਿਨਾਂ ਬਾਅਦ ਉਹਨਾਂ ਨੂੰ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">ਇਹ ਜਵਾਬ ਮਿਟਾਓ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">ਖ਼ਤਮ ਕਰੋ</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">ਖਤਮ ਕਰੋ ਅਤੇ ਸਕ੍ਰੀਨ ਤੋਂ ਜਵਾਬ ਹਟਾਓ</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">ਹਾਲੇ ਕੁਝ ਨਹੀਂ ਜੋੜਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">ਬਦਲੋ</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">ਬਦਲੋ: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">ਹਟਾਓ</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">ਹਟਾਓ: %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">ਜਿੰਨਾ ਹੋ ਸਕੇ, ਜਵਾਬ ਦਿਓ। ਜੋ ਤੁਸੀਂ ਨਹੀਂ ਦੇਖਿਆ, ਉਹ ਛੱਡ ਦਿਓ।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">ਭਾਸ਼ਾ: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ</translation>
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
        <translation type="unfinished">ਸਕ੍ਰੀਨ ਸਾਫ਼ ਕੀਤੀ ਗਈ</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">ਉਹ ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਥਾਂ ਸੀ?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">ਥਾਂ ਬਾਰੇ ਦੱਸੋ (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਲਾਇਬ੍ਰੇਰੀ ਦੇ ਬਾਹਰ ਵਾਲਾ ਬੱਸ ਅੱਡਾ, ਜਾਂ ਦੁਕਾਨ ਦਾ ਨਾਮ।</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">ਇਲਾਕਾ (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">ਪੋਸਟਕੋਡ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ, ਜਿਵੇਂ E1, ਜਾਂ ਸ਼ਹਿਰ ਦਾ ਨਾਮ। ਪੂਰਾ ਪੋਸਟਕੋਡ ਨਹੀਂ।</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">ਤਾਰੀਖ਼ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">ਤਾਰੀਖ਼ ਵਿੱਚ ਮਹੀਨਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">ਤਾਰੀਖ਼ ਵਿੱਚ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">ਤਾਰੀਖ਼ ਅਸਲੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਜਿਵੇਂ 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਮਹੀਨਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਅਸਲੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਦੇ ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਜਿਵੇਂ 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਮਹੀਨਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਅਸਲੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਦੇ ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਜਿਵੇਂ 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">ਅਖ਼ੀਰ ਦੀ ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">ਉਹ ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਲਿਖੋ, ਜਦੋਂ ਇਹ ਸ਼ੁਰੂ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">ਇਹ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">ਇਹ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਮਹੀਨਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">ਇਹ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਵਿੱਚ ਸਾਲ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">ਇਹ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਅਸਲੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">ਇਹ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੇ ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਜਿਵੇਂ 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">ਇਹ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਪਹਿਲਾਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">ਜੇ ਹਾਂ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਤੁਰੰਤ ਦੱਸਾਂਗੇ ਕਿ ਮਦਦ ਕਿਵੇਂ ਲੈਣੀ ਹੈ। ਤੁਸੀਂ ਇਹ ਰਿਪੋਰਟ ਬਾਅਦ ਵਿੱਚ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">ਤੁਹਾਡੇ ਬਾਰੇ</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">ਤੁਸੀਂ ਕਿਸ ਲਈ ਰਿਪੋਰਟ ਕਰ ਰਹੇ ਹੋ?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">ਇਹ ਮੇਰੇ ਨਾਲ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">ਮੈਂ ਇਹ ਕਿਸੇ ਹੋਰ ਨਾਲ ਹੁੰਦਾ ਦੇਖਿਆ</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">ਇਹ ਰਿਪੋਰਟ ਕਿਸੇ ਹੋਰ ਵੱਲੋਂ ਹੈ</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਕੋਈ ਦੋਸਤ, ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ, ਜਾਂ ਕੋਈ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">ਇਹ ਰਿਪੋਰਟ ਬਣਾਉਣ ਵਿੱਚ ਮੈਨੂੰ ਇੱਕ ਵਲੰਟੀਅਰ ਦੀ ਮਦਦ ਮਿਲ ਰਹੀ ਹੈ</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">ਕੀ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">ਕੀ ਹੋਇਆ?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ। ਜਿੰਨਾ ਯਾਦ ਹੈ, ਸਭ ਲਿਖੋ। ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਘਟਨਾ ਹੋਈ?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">ਜੋ ਵੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ, ਸਭ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">ਕਿਸੇ &apos;ਤੇ ਹਮਲਾ ਹੋਇਆ ਜਾਂ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗੀ</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">ਧਮਕੀਆਂ</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">ਚੀਕਣਾ, ਬੇਇੱਜ਼ਤੀ ਕਰਨਾ ਜਾਂ ਬੁਰੇ ਨਾਵਾਂ ਨਾਲ ਬੁਲਾਉਣਾ</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">ਪਰੇਸ਼ਾਨ ਕਰਨਾ, ਜਾਂ ਵਾਰ-ਵਾਰ ਪਿੱਛਾ ਕਰਨਾ ਜਾਂ ਤੰਗ ਕਰਨਾ</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">ਘਰ, ਕਾਰ ਜਾਂ ਹੋਰ ਜਾਇਦਾਦ ਦਾ ਨੁਕਸਾਨ, ਕੰਧਾਂ &apos;ਤੇ ਲਿਖਣਾ (ਗ੍ਰੈਫ਼ਿਟੀ) ਵੀ</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">ਕੁਝ ਚੋਰੀ ਹੋਇਆ</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">ਔਨਲਾਈਨ, ਸੁਨੇਹੇ ਰਾਹੀਂ ਜਾਂ ਫ਼ੋਨ &apos;ਤੇ ਬਦਸਲੂਕੀ</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">ਜਿਨਸੀ ਹਮਲਾ</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">ਕੁਝ ਹੋਰ</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">ਦੱਸਣਾ ਨਹੀਂ ਚਾਹੁੰਦੇ</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕੀ ਲੱਗਦਾ ਹੈ, ਤੁਹਾਨੂੰ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਨਿਸ਼ਾਨਾ ਕਿਉਂ ਬਣਾਇਆ ਗਿਆ?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">ਜੋ ਵੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ, ਸਭ ਚੁਣੋ। ਜੇ ਤੁਸੀਂ ਜਾਂ ਕੋਈ ਹੋਰ ਅਜਿਹਾ ਮੰਨਦਾ ਹੈ, ਤਾਂ ਇਹ ਕਾਫ਼ੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">ਨਸਲ ਜਾਂ ਨਸਲੀ ਮੂਲ, ਜਿਪਸੀ, ਆਇਰਿਸ਼ ਟ੍ਰੈਵਲਰ ਅਤੇ ਰੋਮਾ ਸਮੇਤ</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">ਧਰਮ ਜਾਂ ਵਿਸ਼ਵਾਸ, ਕੋਈ ਧਰਮ ਨਾ ਮੰਨਣਾ ਵੀ</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">ਜਿਨਸੀ ਰੁਝਾਨ</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਗੇ, ਲੈਸਬੀਅਨ ਜਾਂ ਬਾਇਸੈਕਸੁਅਲ ਹੋਣਾ।</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">ਅਪਾਹਜਤਾ, ਸਿੱਖਣ ਸਬੰਧੀ ਅਪਾਹਜਤਾ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ ਸਮੇਤ</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">ਟ੍ਰਾਂਸਜੈਂਡਰ ਹੋਣਾ</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">ਵੱਖਰਾ ਉਪ-ਸਭਿਆਚਾਰ</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਗੌਥ, ਪੰਕ ਜਾਂ ਈਮੋ ਹੋਣਾ।</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">ਲਿੰਗ ਜਾਂ ਜੈਂਡਰ</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਔਰਤਾਂ ਪ੍ਰਤੀ ਵੈਰ-ਭਾਵ।</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">ਉਮਰ</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">ਉਹ ਕੌਣ ਹਨ, ਇਸ ਬਾਰੇ ਕੁਝ ਹੋਰ</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕੀ ਲੱਗਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਦੀ ਹੋਰ ਕਿਸ ਗੱਲ ਕਰਕੇ ਇਹ ਕੀਤਾ ਗਿਆ?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">ਔਨਲਾਈਨ</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">ਕੀ ਇਹ ਔਨਲਾਈਨ, ਜਾਂ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਰਾਹੀਂ ਹੋਇਆ?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਸੋਸ਼ਲ ਮੀਡੀਆ &apos;ਤੇ, ਸੁਨੇਹਿਆਂ ਵਿੱਚ, ਈਮੇਲ ਰਾਹੀਂ ਜਾਂ ਫ਼ੋਨ ਕਾਲ ਵਿੱਚ।</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">ਹਾਂ, ਸਾਰਾ</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">ਕੁਝ ਹਿੱਸਾ</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">ਇਹ ਕਿਹੜੀ ਵੈੱਬਸਾਈਟ, ਐਪ ਜਾਂ ਸੇਵਾ &apos;ਤੇ ਹੋਇਆ?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, Facebook, TikTok, WhatsApp, ਕੋਈ ਗੇਮ, ਈਮੇਲ ਜਾਂ ਫ਼ੋਨ ਕਾਲ।</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">ਪੋਸਟ, ਸੁਨੇਹੇ ਜਾਂ ਪ੍ਰੋਫ਼ਾਈਲ ਦਾ ਲਿੰਕ</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">ਜੇ ਹੋ ਸਕੇ ਤਾਂ ਵੈੱਬ ਪਤਾ ਕਾਪੀ ਕਰੋ, ਜਾਂ ਉਸ ਖਾਤੇ ਦਾ ਨਾਮ ਲਿਖੋ ਜਿਸ ਤੋਂ ਇਹ ਕੀਤਾ ਗਿਆ।</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਨੇ ਕੀ ਲਿਖਿਆ ਜਾਂ ਕਿਹਾ?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">ਕੀ ਇਹ ਹਾਲੇ ਵੀ ਔਨਲਾਈਨ ਦਿਸਦਾ ਹੈ?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">ਇਹ ਕਦੋਂ ਹੋਇਆ?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਅੰਦਾਜ਼ਾ ਵੀ ਮਦਦ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">ਇਹ ਕਿੱਥੇ ਹੋਇਆ?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">ਅਸੀਂ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਨਹੀਂ ਵਰਤਦੇ। ਸਿਰਫ਼ ਓਨਾ ਹੀ ਦੱਸੋ, ਜਿੰਨਾ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਘਰ ਵਿੱਚ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">ਗਲੀ ਜਾਂ ਸੜਕ &apos;ਤੇ</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">ਪਬਲਿਕ ਟ੍ਰਾਂਸਪੋਰਟ ਵਿੱਚ, ਜਾਂ ਕਿਸੇ ਸਟੇਸ਼ਨ ਜਾਂ ਸਟਾਪ &apos;ਤੇ</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਦੁਕਾਨ ਵਿੱਚ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਪੱਬ, ਬਾਰ ਜਾਂ ਕਲੱਬ ਵਿੱਚ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਪਾਰਕ ਜਾਂ ਖੁੱਲ੍ਹੀ ਥਾਂ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">ਸਕੂਲ, ਕਾਲਜ ਜਾਂ ਯੂਨੀਵਰਸਿਟੀ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">ਕੰਮ &apos;ਤੇ</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਧਾਰਮਿਕ ਸਥਾਨ ਵਿੱਚ ਜਾਂ ਉਸ ਦੇ ਨੇੜੇ</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਕੇਅਰ ਹੋਮ ਜਾਂ ਸਹਾਇਤਾ ਵਾਲੇ ਘਰ (ਸਪੋਰਟਿਡ ਹਾਊਸਿੰਗ) ਵਿੱਚ</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">ਕੌਂਸਲ, ਪੁਲਿਸ ਜਾਂ ਸਿਹਤ ਸੇਵਾਵਾਂ ਦੀ ਇਮਾਰਤ ਵਿੱਚ</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">ਸਿਰਫ਼ ਔਨਲਾਈਨ</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਹੋਰ ਥਾਂ</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੇ ਇਹ ਕੀਤਾ</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">ਇਹ ਕਿੰਨੇ ਲੋਕਾਂ ਨੇ ਕੀਤਾ?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">ਇੱਕ ਵਿਅਕਤੀ</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">ਦੋ ਲੋਕ</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">ਤਿੰਨ ਤੋਂ ਪੰਜ ਲੋਕ</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">ਪੰਜ ਤੋਂ ਵੱਧ ਲੋਕ</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਕੀਤਾ?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">ਨਹੀਂ, ਉਹ ਅਜਨਬੀ ਸਨ</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">ਹਾਂ, ਮੈਨੂੰ ਪਤਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਕੀਤਾ</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੁਝ ਮੇਰੇ ਜਾਣ-ਪਛਾਣ ਵਾਲੇ ਹਨ</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">ਮੈਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">ਉਹ ਤੁਹਾਡੇ ਕੀ ਲੱਗਦੇ ਹਨ?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਕੋਈ ਗੁਆਂਢੀ, ਕੰਮ ਜਾਂ ਸਕੂਲ ਤੋਂ ਕੋਈ, ਜਾਂ ਜੇ ਤੁਸੀਂ ਦੱਸਣਾ ਚਾਹੋ ਤਾਂ ਉਨ੍ਹਾਂ ਦਾ ਨਾਮ।</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੇ ਇਹ ਕੀਤਾ, ਉਨ੍ਹਾਂ ਬਾਰੇ ਦੱਸੋ</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">ਹਰ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਜੋੜੋ, ਜੋ ਤੁਹਾਨੂੰ ਯਾਦ ਹੈ। ਉਹ ਤੁਹਾਨੂੰ ਜਿਵੇਂ ਦਿਸੇ, ਉਵੇਂ ਦੱਸੋ। ਜੋ ਤੁਸੀਂ ਨਹੀਂ ਦੇਖਿਆ, ਉਹ ਛੱਡ ਦਿਓ।</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">ਵਿਅਕਤੀ %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">ਵਿਅਕਤੀ ਜੋੜੋ</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦੀ ਉਮਰ ਲਗਭਗ ਕਿੰਨੀ ਸੀ?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">18 ਤੋਂ ਘੱਟ</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">18 ਤੋਂ 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">25 ਤੋਂ 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">35 ਤੋਂ 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">45 ਤੋਂ 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">55 ਤੋਂ 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 ਜਾਂ ਵੱਧ</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">ਉਹ ਕਿਸ ਲਿੰਗ ਦੇ ਲੱਗਦੇ ਸਨ?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">ਆਦਮੀ</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">ਔਰਤ</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">ਕੋਈ ਹੋਰ</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">ਮੈਨੂੰ ਪਤਾ ਨਹੀਂ ਲੱਗਿਆ</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦਾ ਸਰੀਰ ਕਿਹੋ ਜਿਹਾ ਸੀ?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">ਪਤਲਾ</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">ਦਰਮਿਆਨਾ</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">ਵੱਡਾ ਜਾਂ ਭਾਰੀ</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">ਕਸਰਤੀ</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦਾ ਕੱਦ ਕਿੰਨਾ ਸੀ?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">ਜ਼ਿਆਦਾਤਰ ਲੋਕਾਂ ਨਾਲੋਂ ਛੋਟਾ</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">ਲਗਭਗ ਆਮ ਜਿੰਨਾ</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">ਜ਼ਿਆਦਾਤਰ ਲੋਕਾਂ ਨਾਲੋਂ ਲੰਮਾ</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦੀ ਚਮੜੀ ਦਾ ਰੰਗ ਜਾਂ ਨਸਲੀ ਦਿੱਖ, ਜਿਵੇਂ ਤੁਹਾਨੂੰ ਲੱਗੀ</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਨੇ ਕੀ ਪਹਿਨਿਆ ਹੋਇਆ ਸੀ</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦੇ ਵਾਲ</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਰੰਗ, ਲੰਬਾਈ, ਸਟਾਈਲ, ਜਾਂ ਦਾੜ੍ਹੀ।</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦਾ ਲਹਿਜਾ ਜਾਂ ਉਹ ਕਿਹੜੀ ਭਾਸ਼ਾ ਬੋਲਦੇ ਸਨ</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">ਹੋਰ ਕੁਝ ਜੋ ਤੁਸੀਂ ਦੇਖਿਆ</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਟੈਟੂ, ਜ਼ਖ਼ਮਾਂ ਦੇ ਨਿਸ਼ਾਨ, ਐਨਕਾਂ ਜਾਂ ਤੁਰਨ ਦਾ ਢੰਗ।</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">ਕੀ ਉਨ੍ਹਾਂ ਕੋਲ ਕਾਰ, ਵੈਨ ਜਾਂ ਕੋਈ ਹੋਰ ਗੱਡੀ ਸੀ?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">ਗੱਡੀ ਬਾਰੇ ਦੱਸੋ</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">ਜੋ ਵੀ ਯਾਦ ਹੈ, ਦੱਸੋ। ਨੰਬਰ ਪਲੇਟ ਦਾ ਕੁਝ ਹਿੱਸਾ ਵੀ ਮਦਦ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">ਗੱਡੀ %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">ਗੱਡੀ ਜੋੜੋ</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">ਕੰਪਨੀ (ਮੇਕ)</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, Ford।</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">ਮਾਡਲ</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, Transit।</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">ਰੰਗ</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">ਨੰਬਰ ਪਲੇਟ, ਜਾਂ ਉਸ ਦਾ ਕੁਝ ਹਿੱਸਾ</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਹੁੰਦਾ ਦੇਖਿਆ?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੇ ਇਹ ਦੇਖਿਆ, ਉਨ੍ਹਾਂ ਬਾਰੇ ਦੱਸੋ</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਉਹ ਕਿੰਨੇ ਸਨ, ਜਾਂ ਜੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਅਤੇ ਉਹ ਸਹਿਮਤ ਹਨ, ਤਾਂ ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">ਕੀ ਇਸ ਦੀ ਵੀਡੀਓ ਬਣੀ ਹੋ ਸਕਦੀ ਹੈ?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਦੁਕਾਨਾਂ, ਬੱਸਾਂ ਜਾਂ ਦਰਵਾਜ਼ੇ ਦੀਆਂ ਘੰਟੀਆਂ &apos;ਤੇ ਲੱਗੇ ਕੈਮਰਿਆਂ ਵਿੱਚ, ਜਾਂ ਕਿਸੇ ਦੇ ਫ਼ੋਨ ਵਿੱਚ।</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">ਕੀ ਅਜਿਹਾ ਕੁਝ ਪਹਿਲਾਂ ਵੀ ਹੋਇਆ ਹੈ?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">ਤੁਹਾਡੇ ਨਾਲ, ਜਾਂ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਜਿਸ ਨਾਲ ਇਹ ਹੋਇਆ।</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">ਇਹ ਪਹਿਲਾਂ ਕਿੰਨੀ ਵਾਰ ਹੋਇਆ ਹੈ?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">ਪਹਿਲਾਂ ਇੱਕ ਵਾਰ</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">ਕੁਝ ਵਾਰ</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">ਬਹੁਤ ਵਾਰ</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">ਇਹ ਹਰ ਵੇਲੇ ਹੁੰਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਇਹ ਉਹੀ ਲੋਕ ਸਨ, ਜੋ ਪਹਿਲਾਂ ਸਨ?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਹਾਲਾਤ ਵਿਗੜ ਰਹੇ ਹਨ?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਇਹ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਪਤਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਉਹ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹਨ?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">ਕੀ ਉਨ੍ਹਾਂ ਨੇ ਵਾਪਸ ਆਉਣ ਜਾਂ ਤੁਹਾਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਹੈ?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗੀ?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">ਕੀ ਹੁਣ ਕਿਸੇ ਨੂੰ ਡਾਕਟਰੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">ਜੇ ਕਿਸੇ ਨੂੰ ਗੰਭੀਰ ਸੱਟ ਲੱਗੀ ਹੈ, ਤਾਂ ਐਂਬੂਲੈਂਸ ਲਈ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਹੁਣ ਘਰ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">ਕੀ ਕਿਸੇ ਹੋਰ ਨੂੰ ਵੀ ਖ਼ਤਰਾ ਹੈ?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">ਬੱਚੇ</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">ਮੇਰਾ ਪਰਿਵਾਰ ਜਾਂ ਮੇਰੇ ਨਾਲ ਰਹਿਣ ਵਾਲੇ ਲੋਕ</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">ਮੇਰੇ ਭਾਈਚਾਰੇ ਦੇ ਹੋਰ ਲੋਕ</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">ਕੋਈ ਹੋਰ</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">ਹੋਰ ਕੋਈ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">ਕੀ ਕੋਈ ਗੱਲ ਤੁਹਾਡੇ ਲਈ ਮਦਦ ਲੈਣਾ ਔਖਾ ਬਣਾਉਂਦੀ ਹੈ?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">ਜੋ ਵੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ, ਸਭ ਚੁਣੋ। ਇਸ ਨਾਲ ਸੰਸਥਾ ਨੂੰ ਤੁਹਾਡੀ ਸਹੀ ਤਰੀਕੇ ਨਾਲ ਸਹਾਇਤਾ ਕਰਨ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">ਕੋਈ ਅਪਾਹਜਤਾ ਜਾਂ ਸਿਹਤ ਸਮੱਸਿਆ</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">ਭਾਸ਼ਾ</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">ਇਕੱਲਾਪਣ, ਜਾਂ ਦੂਜੇ ਲੋਕਾਂ ਤੋਂ ਕੱਟੇ ਹੋਣਾ</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਬਾਰੇ ਚਿੰਤਾ</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">ਕੁਝ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">ਸਹਾਇਤਾ</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਹੋਵੇਗੀ?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">ਕੋਈ ਜਿਸ ਨਾਲ ਗੱਲ ਕਰ ਸਕਾਂ</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">ਵਿਹਾਰਕ ਮਦਦ</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਘਰ, ਮੁਰੰਮਤ ਜਾਂ ਸੁਰੱਖਿਆ ਨਾਲ।</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">ਦੁਭਾਸ਼ੀਆ</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">ਕਿਸੇ ਹੋਰ ਰੂਪ ਵਿੱਚ ਜਾਣਕਾਰੀ</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">ਕੋਈ ਜੋ ਮੇਰੀ ਤਰਫ਼ੋਂ ਗੱਲ ਕਰੇ (advocate)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਭਾਸ਼ਾ ਦਾ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">ਜੇ ਤੁਹਾਨੂੰ ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL) ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਉਹ ਵੀ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">ਕਿਹੜੇ ਰੂਪ ਮਦਦਗਾਰ ਹੋਣਗੇ?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">ਸੌਖੇ ਸ਼ਬਦ ਅਤੇ ਤਸਵੀਰਾਂ (Easy read)</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਛਪਿਆ</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">ਬ੍ਰਿਟਿਸ਼ ਸੈਨਤ ਭਾਸ਼ਾ (BSL) ਵਿੱਚ ਵੀਡੀਓ</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">ਆਡੀਓ</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">ਇਸ ਨਾਲ ਸੰਸਥਾਵਾਂ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਕੌਣ ਪ੍ਰਭਾਵਿਤ ਹੈ। ਤੁਹਾਡੇ ਲਈ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">65 ਤੋਂ 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 ਜਾਂ ਵੱਧ</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">ਤੁਸੀਂ ਆਪਣੇ ਬਾਰੇ ਕਿਵੇਂ ਦੱਸਦੇ ਹੋ?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਤੁਹਾਡਾ ਲਿੰਗ, ਨਸਲੀ ਮੂਲ, ਧਰਮ, ਜਾਂ ਕੁਝ ਵੀ ਹੋਰ ਜੋ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਸੰਸਥਾ ਨੂੰ ਪਤਾ ਹੋਵੇ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">ਸਮਾਂ ਇਸ ਤਰ੍ਹਾਂ ਲਿਖੋ: 18:30 ਜਾਂ 6:30pm, ਜਾਂ ਖਾਲੀ ਛੱਡ ਦਿਓ</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">ਖਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ ਤੋਂ ਬਾਅਦ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ %1 ਅੱਖਰਾਂ ਜਾਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ। ਇਸ ਵਿੱਚ %2 ਵੱਧ ਹਨ।</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">ਦਿਖਾਏ ਗਏ ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">ਸਿਰਫ਼ “%1” ਚੁਣੋ, ਜਾਂ ਹੋਰ ਜਵਾਬ, ਦੋਵੇਂ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">ਥਾਂ ਦਾ ਵੇਰਵਾ %1 ਅੱਖਰਾਂ ਜਾਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">ਹਾਂ</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">ਮੈਨੂੰ ਤਾਰੀਖ ਪਤਾ ਹੈ</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">ਮੈਨੂੰ ਲਗਭਗ ਪਤਾ ਹੈ ਕਦੋਂ (ਅੰਦਾਜ਼ਾ)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">ਇਹ ਦੋ ਤਾਰੀਖਾਂ ਦੇ ਵਿਚਕਾਰ ਸੀ</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">ਇਹ ਵਾਰ-ਵਾਰ ਹੁੰਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">ਪੋਸਟਕੋਡ ਦਾ ਸਿਰਫ਼ ਪਹਿਲਾ ਹਿੱਸਾ ਲਿਖੋ, ਜਿਵੇਂ E1, ਪੂਰਾ ਪੋਸਟਕੋਡ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">ਇਲਾਕਾ 60 ਅੱਖਰਾਂ ਜਾਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">ਪੋਸਟਕੋਡ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਲਿਖੋ, ਜਿਵੇਂ E1, ਜਾਂ ਕਿਸੇ ਸ਼ਹਿਰ ਦਾ ਨਾਮ, ਜਿਵੇਂ Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">ਇਲਾਕਾ: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 ਨੂੰ %2 ਵਜੇ</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">ਲਗਭਗ %1 (ਅੰਦਾਜ਼ਾ)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">%1 ਅਤੇ %2 ਦੇ ਵਿਚਕਾਰ</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">ਇਹ %1 ਤੋਂ ਵਾਰ-ਵਾਰ ਹੁੰਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (ਵਿਕਲਪਿਕ)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">ਜੇ ਹਾਂ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸਾਂਗੇ ਕਿ ਮਦਦ ਲਈ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ।</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਇਸ ਰਿਪੋਰਟ &apos;ਤੇ ਵਾਪਸ ਆ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਇਹ ਕਿਸ ਨਾਲ ਹੋਇਆ।</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">ਇਹ ਤੁਸੀਂ ਹੋ ਸਕਦੇ ਹੋ, ਜਾਂ ਕੋਈ ਹੋਰ।</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ।</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ। ਜਿੰਨਾ ਯਾਦ ਹੈ, ਸਭ ਲਿਖੋ।</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਨੇ ਕੀ ਕੀਤਾ? ਜੋ ਵੀ ਜਵਾਬ ਸੱਚ ਹਨ, ਉਹ ਸਾਰੇ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕੀ ਲੱਗਦਾ ਹੈ, ਉਨ੍ਹਾਂ ਨੇ ਤੁਹਾਨੂੰ ਜਾਂ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਨਿਸ਼ਾਨਾ ਕਿਉਂ ਬਣਾਇਆ?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">ਜੋ ਵੀ ਜਵਾਬ ਸੱਚ ਹਨ, ਉਹ ਸਾਰੇ ਚੁਣੋ। ਜੋ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ, ਉਹ ਕਾਫ਼ੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਡੇ ਖ਼ਿਆਲ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦੀ ਹੋਰ ਕਿਸ ਗੱਲ ਕਰਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਨਿਸ਼ਾਨਾ ਬਣਾਇਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਇਹ ਫ਼ੋਨ, ਕੰਪਿਊਟਰ ਜਾਂ ਇੰਟਰਨੈੱਟ &apos;ਤੇ ਹੋਇਆ?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">ਉਦਾਹਰਨ ਲਈ, ਸੁਨੇਹਿਆਂ ਵਿੱਚ, ਸੋਸ਼ਲ ਮੀਡੀਆ &apos;ਤੇ ਜਾਂ ਫ਼ੋਨ ਕਾਲ ਵਿੱਚ।</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">ਇਹ ਕਿਹੜੀ ਐਪ ਜਾਂ ਵੈੱਬਸਾਈਟ &apos;ਤੇ ਹੋਇਆ? ਉਦਾਹਰਨ ਲਈ, Facebook ਜਾਂ WhatsApp।</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">ਜੇ ਹੋ ਸਕੇ, ਤਾਂ ਪੋਸਟ ਜਾਂ ਖਾਤੇ ਦਾ ਵੈੱਬ ਪਤਾ ਕਾਪੀ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">ਦੱਸੋ ਕਿ ਉਨ੍ਹਾਂ ਨੇ ਕੀ ਲਿਖਿਆ ਜਾਂ ਕਿਹਾ। ਜੇ ਹੋ ਸਕੇ, ਤਾਂ ਉਨ੍ਹਾਂ ਦੇ ਸ਼ਬਦ ਕਾਪੀ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਲੋਕ ਹਾਲੇ ਵੀ ਇਸ ਨੂੰ ਇੰਟਰਨੈੱਟ &apos;ਤੇ ਦੇਖ ਸਕਦੇ ਹਨ?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">ਇਹ ਕਦੋਂ ਹੋਇਆ? ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਅੰਦਾਜ਼ਾ ਲਾ ਕੇ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">ਅਸੀਂ ਇਹ ਨਹੀਂ ਦੇਖਦੇ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ। ਸਿਰਫ਼ ਓਨਾ ਹੀ ਦੱਸੋ, ਜਿੰਨਾ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਇਹ ਕਰਨ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਜਾਣਦੇ ਹੋ?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">ਉਹ ਤੁਹਾਡੇ ਕੀ ਲੱਗਦੇ ਹਨ? ਉਦਾਹਰਨ ਲਈ, ਕੋਈ ਗੁਆਂਢੀ ਜਾਂ ਕੰਮ ਤੋਂ ਕੋਈ।</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">ਦੱਸੋ ਕਿ ਹਰ ਵਿਅਕਤੀ ਕਿਹੋ ਜਿਹਾ ਦਿਸਦਾ ਸੀ।</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">ਸਿਰਫ਼ ਉਹੀ ਦੱਸੋ ਜੋ ਤੁਸੀਂ ਦੇਖਿਆ। ਤੁਸੀਂ ਕੁਝ ਗੱਲਾਂ ਛੱਡ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">ਉਹ ਲਗਭਗ ਕਿੰਨੀ ਉਮਰ ਦੇ ਲੱਗਦੇ ਸਨ?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਉਹ ਕਿਸ ਲਿੰਗ ਦੇ ਲੱਗੇ?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ ਦਾ ਸਰੀਰ ਕਿਹੋ ਜਿਹਾ ਲੱਗਿਆ?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ ਦਾ ਕੱਦ ਕਿੰਨਾ ਲੱਗਿਆ?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ ਦੀ ਚਮੜੀ ਦਾ ਰੰਗ ਜਾਂ ਨਸਲੀ ਦਿੱਖ ਕਿਹੋ ਜਿਹੀ ਲੱਗੀ?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਨੇ ਕਿਹੜੇ ਕੱਪੜੇ ਪਹਿਨੇ ਹੋਏ ਸਨ?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">ਉਨ੍ਹਾਂ ਦੇ ਵਾਲ ਕਿਹੋ ਜਿਹੇ ਸਨ? ਉਦਾਹਰਨ ਲਈ, ਰੰਗ, ਜਾਂ ਦਾੜ੍ਹੀ।</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">ਉਹ ਕਿਵੇਂ ਬੋਲਦੇ ਸਨ? ਉਨ੍ਹਾਂ ਦਾ ਲਹਿਜਾ ਜਾਂ ਭਾਸ਼ਾ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਤੁਸੀਂ ਹੋਰ ਕੁਝ ਦੇਖਿਆ? ਉਦਾਹਰਨ ਲਈ, ਟੈਟੂ, ਜ਼ਖ਼ਮਾਂ ਦੇ ਨਿਸ਼ਾਨ ਜਾਂ ਐਨਕਾਂ।</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਉਨ੍ਹਾਂ ਕੋਲ ਕਾਰ, ਵੈਨ ਜਾਂ ਕੋਈ ਹੋਰ ਗੱਡੀ ਸੀ?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">ਗੱਡੀ ਬਾਰੇ ਜੋ ਯਾਦ ਹੈ, ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">ਨੰਬਰ ਪਲੇਟ ਦਾ ਕੁਝ ਹਿੱਸਾ ਵੀ ਮਦਦ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">ਗੱਡੀ ਕਿਸ ਕੰਪਨੀ ਦੀ ਸੀ? ਉਦਾਹਰਨ ਲਈ, Ford।</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">ਉਹ ਕਿਹੜਾ ਮਾਡਲ ਸੀ? ਉਦਾਹਰਨ ਲਈ, Transit।</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">ਗੱਡੀ ਦਾ ਰੰਗ ਕੀ ਸੀ?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">ਨੰਬਰ ਪਲੇਟ ਕੀ ਸੀ? ਉਸ ਦਾ ਕੁਝ ਹਿੱਸਾ ਵੀ ਮਦਦ ਕਰਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਨੇ ਇਹ ਦੇਖਿਆ, ਉਨ੍ਹਾਂ ਬਾਰੇ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">ਦੱਸੋ ਕਿ ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰੀਏ, ਪਰ ਸਿਰਫ਼ ਜੇ ਉਹ ਸਹਿਮਤ ਹੋਣ।</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਕਿਸੇ ਕੈਮਰੇ ਨੇ ਇਸ ਦੀ ਵੀਡੀਓ ਬਣਾਈ ਹੋ ਸਕਦੀ ਹੈ? ਉਦਾਹਰਨ ਲਈ, ਦੁਕਾਨ, ਬੱਸ ਜਾਂ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ।</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਅਜਿਹਾ ਕੁਝ ਪਹਿਲਾਂ ਵੀ ਹੋਇਆ ਹੈ?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">ਇਹ ਪਹਿਲਾਂ ਕਿੰਨੀ ਵਾਰ ਹੋਇਆ ਹੈ?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਉਨ੍ਹਾਂ ਨੇ ਕਿਹਾ ਕਿ ਉਹ ਵਾਪਸ ਆਉਣਗੇ, ਜਾਂ ਤੁਹਾਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣਗੇ?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਹੁਣ ਕਿਸੇ ਨੂੰ ਡਾਕਟਰ ਜਾਂ ਨਰਸ ਦੀ ਲੋੜ ਹੈ?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਕਿਸੇ ਹੋਰ ਨੂੰ ਸੱਟ ਜਾਂ ਖ਼ਤਰਾ ਹੋ ਸਕਦਾ ਹੈ?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">ਜੋ ਵੀ ਜਵਾਬ ਸੱਚ ਹਨ, ਉਹ ਸਾਰੇ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">ਕੀ ਕੋਈ ਗੱਲ ਤੁਹਾਡੇ ਲਈ ਮਦਦ ਲੈਣਾ ਔਖਾ ਬਣਾ ਰਹੀ ਹੈ?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">ਇਸ ਨਾਲ ਉਹ ਸਹੀ ਤਰੀਕੇ ਨਾਲ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ? ਜੋ ਵੀ ਜਵਾਬ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ, ਉਹ ਸਾਰੇ ਚੁਣੋ।</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਭਾਸ਼ਾ ਦਾ ਦੁਭਾਸ਼ੀਆ ਚਾਹੀਦਾ ਹੈ? ਇਹ ਸੈਨਤ ਭਾਸ਼ਾ ਵੀ ਹੋ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਨੂੰ ਜਾਣਕਾਰੀ ਕਿਸ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ? ਉਦਾਹਰਨ ਲਈ, ਸੌਖੇ ਸ਼ਬਦ ਅਤੇ ਤਸਵੀਰਾਂ (Easy read) ਜਾਂ ਵੱਡੇ ਅੱਖਰ।</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ? ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਆਪਣੇ ਬਾਰੇ ਦੱਸੋ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">ਜੋ ਹੋਇਆ, ਉਸ ਬਾਰੇ ਹੋਰ</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">ਜੇ ਹੋ ਸਕੇ, ਤਾਂ ਇਸ ਨੂੰ ਇੱਥੇ ਸ਼ਬਦ-ਦਰ-ਸ਼ਬਦ ਕਾਪੀ ਕਰੋ। ਕੋਈ ਵੀ ਸਕ੍ਰੀਨਸ਼ਾਟ ਆਪਣੇ ਫ਼ੋਨ &apos;ਤੇ ਰੱਖੋ ਅਤੇ ਇੱਥੇ ਦੱਸੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਕੋਲ ਹਨ: ਸੰਸਥਾ ਬਾਅਦ ਵਿੱਚ ਤੁਹਾਡੇ ਤੋਂ ਉਹ ਮੰਗ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">ਇਹ ਜਵਾਬ ਸਿਰਫ਼ ਉਹੀ ਸੰਸਥਾਵਾਂ ਦੇਖਣਗੀਆਂ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਇਹ ਰਿਪੋਰਟ ਭੇਜਣ ਲਈ ਚੁਣਦੇ ਹੋ (ਪੁਲਿਸ ਵੀ, ਜੇ ਤੁਸੀਂ ਉਸ ਨੂੰ ਚੁਣਦੇ ਹੋ)। ਸਹਾਇਤਾ ਸੰਸਥਾਵਾਂ ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਤੋਂ ਬਿਨਾਂ ਇਸ ਨੂੰ ਇਮੀਗ੍ਰੇਸ਼ਨ ਕਾਨੂੰਨ ਲਾਗੂ ਕਰਨ ਵਾਲੇ ਅਧਿਕਾਰੀਆਂ ਨੂੰ ਨਹੀਂ ਦਿੰਦੀਆਂ।</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ ਸਿਰਫ਼ ਤੁਹਾਡੀਆਂ ਚੁਣੀਆਂ ਹੋਈਆਂ ਸੰਸਥਾਵਾਂ ਹੀ ਦੇਖਣਗੀਆਂ।</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">ਇਹ ਪੰਨਾ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ %1 ਵਿੱਚ ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣਾ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਕੋਈ ਵਲੰਟੀਅਰ ਜਾਂ ਦੋਸਤ ਤੁਹਾਨੂੰ ਸਵਾਲ ਪੜ੍ਹ ਕੇ ਸੁਣਾ ਸਕਦਾ ਹੈ।</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">ਅਸੀਂ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਿਸ ਨੂੰ ਭੇਜੀਏ?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">ਪੁਲਿਸ</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">ਜਿਸ ਇਲਾਕੇ ਵਿੱਚ ਇਹ ਹੋਇਆ, ਉੱਥੋਂ ਦੀ ਪੁਲਿਸ।</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">ਕੋਈ ਸਹਾਇਤਾ ਸੰਸਥਾ</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">ਇੱਕ ਸੁਤੰਤਰ ਰਿਪੋਰਟਿੰਗ ਕੇਂਦਰ। ਇਹ ਤੁਹਾਡੀ ਸਹਾਇਤਾ ਕਰ ਸਕਦਾ ਹੈ, ਅਤੇ ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਪੁਲਿਸ ਨੂੰ ਦੇ ਸਕਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">ਪੁਲਿਸ ਅਤੇ ਸਹਾਇਤਾ ਸੰਸਥਾ ਦੋਵੇਂ</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">ਹਰੇਕ ਨੂੰ ਆਪਣੀ ਕਾਪੀ ਮਿਲਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਦਰਜ ਕਰੋ: ਕੋਈ ਕਾਰਵਾਈ ਨਾ ਕੀਤੀ ਜਾਵੇ</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">ਇੱਕ ਸਹਾਇਤਾ ਸੰਸਥਾ ਇਸ ਨੂੰ ਦਰਜ ਕਰਦੀ ਹੈ, ਤਾਂ ਜੋ ਨਫ਼ਰਤ ਅਪਰਾਧ ਗਿਣਿਆ ਜਾਵੇ। ਅਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਕਹਿੰਦੇ ਹਾਂ ਕਿ ਉਹ ਕੋਈ ਕਾਰਵਾਈ ਨਾ ਕਰਨ।</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਲੌਕ ਹੈ, ਤਾਂ ਜੋ ਸਿਰਫ਼ ਤੁਹਾਡੀਆਂ ਚੁਣੀਆਂ ਹੋਈਆਂ ਸੰਸਥਾਵਾਂ ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਣ। ਹਰੇਕ ਸੰਸਥਾ ਦੇਖ ਸਕਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਹੋਰ ਕਿਹੜੀਆਂ ਸੰਸਥਾਵਾਂ ਚੁਣੀਆਂ।</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Harbour ਨੂੰ ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ ਸੰਸਥਾਵਾਂ ਦੀ ਨਵੀਂ ਸੂਚੀ ਨਹੀਂ ਮਿਲ ਰਹੀ, ਇਸ ਲਈ ਇਹ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਹੀਂ ਭੇਜ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲੇ ਪੰਨੇ &apos;ਤੇ ਦਿੱਤੇ ਫ਼ੋਨ ਨੰਬਰਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਵਰਤੋ।</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">ਇਹ ਡਿਵਾਈਸ ਹਰ ਰਿਪੋਰਟ ਇਨ੍ਹਾਂ ਨੂੰ ਭੇਜਦੀ ਹੈ: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">ਪੁਲਿਸ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">ਪੁਲਿਸ ਅਤੇ ਇੱਕ ਸਹਾਇਤਾ ਸੰਸਥਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">ਇੱਕ ਸਹਾਇਤਾ ਸੰਸਥਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">ਇਹ ਸੰਸਥਾਵਾਂ %1 ਵਿੱਚ ਕੰਮ ਕਰਦੀਆਂ ਹਨ, ਜਿੱਥੇ ਤੁਹਾਡੇ ਦੱਸਣ ਮੁਤਾਬਕ ਇਹ ਹੋਇਆ।</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਦੱਸਿਆ ਕਿ ਇਹ ਕਿੱਥੇ ਹੋਇਆ, ਇਸ ਲਈ ਹਰ ਇਲਾਕੇ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਦਿਖਾਈਆਂ ਗਈਆਂ ਹਨ।</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1। %2। ਇਨ੍ਹਾਂ ਬਾਰੇ ਰਿਪੋਰਟਾਂ: %3। ਭਾਸ਼ਾਵਾਂ: %4।</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">ਜਾਰੀ ਰੱਖੋ</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਕੀ ਹੋਵੇ?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">ਚੁਣੋ ਕਿ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਿਸ ਨੂੰ ਮਿਲੇ।</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">ਸਿਰਫ਼ ਤੁਹਾਡੇ ਚੁਣੇ ਹੋਏ ਹੀ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">ਕੋਈ ਸਹਾਇਤਾ ਗਰੁੱਪ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਪੁਲਿਸ ਜਾਂਚ ਕਰ ਸਕਦੀ ਹੈ ਕਿ ਕੀ ਹੋਇਆ।</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">ਹੁਣੇ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">ਅਗਲੇ ਦਿਨ ਵਿੱਚ ਕਿਸੇ ਵੀ ਸਮੇਂ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">ਅਗਲੇ 3 ਦਿਨਾਂ ਵਿੱਚ ਕਿਸੇ ਵੀ ਸਮੇਂ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">ਕਦੋਂ ਭੇਜਣਾ ਹੈ</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">ਸੰਸਥਾ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਦੋਂ ਪਹੁੰਚਦੀ ਹੈ। ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ ਕਿ ਉਹ ਸਮਾਂ ਉਸ ਥਾਂ ਨਾਲ ਮੇਲ ਖਾਵੇ ਜਿੱਥੇ ਤੁਸੀਂ ਸੀ, ਤਾਂ Harbour ਇਸਨੂੰ ਬਾਅਦ ਵਿੱਚ ਅਜਿਹੇ ਸਮੇਂ ਭੇਜ ਸਕਦਾ ਹੈ ਜਿਸਦਾ ਕੋਈ ਅੰਦਾਜ਼ਾ ਨਹੀਂ ਲਗਾ ਸਕਦਾ।</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Harbour ਕਿਵੇਂ ਦਿਸਦਾ ਅਤੇ ਸੁਣਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੋ ਲੋਕ ਸੁਣ ਨਹੀਂ ਸਕਦੇ, ਉਹ 999 BSL ਵਰਤ ਸਕਦੇ ਹਨ, ਜਾਂ ਜੇ ਰਜਿਸਟਰਡ ਹਨ ਤਾਂ 999 &apos;ਤੇ ਟੈਕਸਟ ਭੇਜ ਸਕਦੇ ਹਨ। ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ, ਤਾਂ 101 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">ਸਟਾਫ਼: ਕਿਸੇ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਵਿੱਚ ਮਦਦ</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਵਲੰਟੀਅਰ ਹੋ ਅਤੇ ਕਿਸੇ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰ ਰਹੇ ਹੋ, ਤਾਂ ਵਲੰਟੀਅਰ ਕੋਡ ਲਿਖੋ। ਰਿਪੋਰਟ ਦੱਸੇਗੀ ਕਿ ਕਿਸੇ ਨੇ ਮਦਦ ਕੀਤੀ। ਇਹ ਕਦੇ ਨਹੀਂ ਦੱਸਦੀ ਕਿ ਕਿਸ ਨੇ।</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">ਵਲੰਟੀਅਰ ਕੋਡ</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">ਕੋਡ ਦੀ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">ਮਦਦ ਵਾਲਾ ਮੋਡ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">ਮਦਦ ਵਾਲਾ ਮੋਡ ਚਾਲੂ ਹੈ। ਰਿਪੋਰਟ ਦੱਸੇਗੀ ਕਿ ਇੱਕ ਵਲੰਟੀਅਰ ਨੇ ਮਦਦ ਕੀਤੀ। ਇਹ ਕਦੇ ਨਹੀਂ ਦੱਸਦੀ ਕਿ ਕਿਸ ਨੇ।</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">ਇਸ ਸੈਸ਼ਨ ਲਈ ਸਮਾਂ ਸੀਮਾ ਬੰਦ ਕਰੋ</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">ਜਦੋਂ ਕੁਝ ਸਮਾਂ ਕੋਈ ਸਕ੍ਰੀਨ ਨੂੰ ਨਾ ਛੂਹੇ ਤਾਂ ਰਿਪੋਰਟ ਮਿਟਾਈ ਨਹੀਂ ਜਾਂਦੀ। ਪੂਰਾ ਹੋਣ &apos;ਤੇ ਬਾਹਰ ਨਿਕਲੋ ਦਬਾਓ।</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">ਰਿਪੋਰਟ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">ਸੰਸਥਾ ਲਈ</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">ਕਿਓਸਕ ਸੈਟਿੰਗਾਂ (ਐਡਮਿਨ ਪਾਸਫ੍ਰੇਜ਼)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">ਨਫ਼ਰਤ ਅਪਰਾਧ ਦੀ ਰਿਪੋਰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">ਨਫ਼ਰਤ ਅਪਰਾਧ ਜਾਂ ਨਫ਼ਰਤ ਵਾਲੀ ਘਟਨਾ ਦੀ ਰਿਪੋਰਟ ਕਰੋ</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">ਕਿਸੇ ਸੰਸਥਾ ਨੂੰ ਉਸ ਘਟਨਾ ਬਾਰੇ ਦੱਸਣ ਲਈ ਇਸ ਨੂੰ ਵਰਤੋ, ਜੋ ਤੁਹਾਡੇ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨਾਲ ਉਨ੍ਹਾਂ ਦੀ ਪਛਾਣ ਕਰਕੇ ਹੋਈ।</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">ਇਸ ਵਿੱਚ ਲਗਭਗ 10 ਮਿੰਟ ਲੱਗਦੇ ਹਨ। ਆਪਣਾ ਨਾਮ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਤੁਸੀਂ ਜੋ ਭੇਜੋਗੇ, ਉਸ ਨੂੰ ਸਿਰਫ਼ %1 ਹੀ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ &quot;ਬਾਹਰ ਨਿਕਲੋ&quot; ਦਬਾ ਸਕਦੇ ਹੋ। ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਲਿਖਿਆ ਸਭ ਕੁਝ ਮਿਟ ਜਾਂਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਜਾਂ ਫ਼ੋਨ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">ਜੇ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ 999 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੋ ਲੋਕ ਸੁਣ ਨਹੀਂ ਸਕਦੇ, ਉਹ 999 BSL ਵਰਤ ਸਕਦੇ ਹਨ, ਜਾਂ ਜੇ ਰਜਿਸਟਰਡ ਹਨ ਤਾਂ 999 &apos;ਤੇ ਟੈਕਸਟ ਭੇਜ ਸਕਦੇ ਹਨ। ਜੇ ਐਮਰਜੈਂਸੀ ਨਹੀਂ ਹੈ, ਤਾਂ 101 &apos;ਤੇ ਫ਼ੋਨ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">ਮਦਦ ਵਾਲਾ ਮੋਡ ਚਾਲੂ ਹੈ: ਰਿਪੋਰਟ ਦੱਸੇਗੀ ਕਿ ਇੱਕ ਵਲੰਟੀਅਰ ਨੇ ਮਦਦ ਕੀਤੀ, ਕਦੇ ਨਹੀਂ ਕਿ ਕਿਸ ਨੇ।</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">ਸਟਾਫ਼: ਮੈਂ ਕਿਸੇ ਦੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹਾਂ</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">ਜਦੋਂ ਕਿਸੇ ਨੂੰ ਉਸ ਦੀ ਪਛਾਣ ਕਰਕੇ ਨੁਕਸਾਨ ਪਹੁੰਚਾਇਆ ਗਿਆ ਜਾਂ ਡਰਾਇਆ ਗਿਆ, ਤਾਂ ਸਾਨੂੰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">ਇਸ ਵਿੱਚ ਲਗਭਗ 10 ਮਿੰਟ ਲੱਗਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">ਆਪਣਾ ਨਾਮ ਦੇਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਜੋ ਭੇਜੋਗੇ, ਉਸ ਨੂੰ ਸਿਰਫ਼ %1 ਹੀ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ &quot;ਬਾਹਰ ਨਿਕਲੋ&quot; ਦਬਾ ਸਕਦੇ ਹੋ। ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਲਿਖਿਆ ਸਭ ਕੁਝ ਮਿਟ ਜਾਂਦਾ ਹੈ।</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">ਮੇਰੇ ਕੋਲ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਹੈ</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">ਮੇਰੇ ਕੋਲ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਹੈ: ਮੇਰੀ ਰਿਪੋਰਟ ਦੇ ਜਵਾਬ ਪੜ੍ਹੋ</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">ਹੁਣੇ ਭੇਜੋ, ਜਾਂ ਸਾਨੂੰ ਹੋਰ ਦੱਸੋ</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਸਾਨੂੰ ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜਣ ਲਈ ਕਾਫ਼ੀ ਦੱਸ ਦਿੱਤਾ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਹੁਣੇ ਭੇਜ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਹੁਣ ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">ਜਾਂ ਤੁਸੀਂ ਸਾਨੂੰ ਹੋਰ ਦੱਸ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਚੁਣੋ ਕਿ ਕਿਹੜੇ ਹਿੱਸੇ।</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">ਹਰ ਹਿੱਸਾ ਤੁਹਾਡੀ ਮਰਜ਼ੀ ਹੈ। ਤੁਸੀਂ ਸਾਰੇ ਛੱਡ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">ਆਪਣੀ ਰਿਪੋਰਟ ਜਾਂਚੋ ਅਤੇ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">ਸਾਨੂੰ ਹੋਰ ਦੱਸੋ (ਜ਼ਰੂਰੀ ਨਹੀਂ)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਸਿਰਫ਼ ਇਸ ਨੂੰ ਦਰਜ ਕਰਨ ਲਈ ਕਿਹਾ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਨੂੰ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਦਾ ਵੀ ਜਵਾਬ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਕੋਈ ਹਿੱਸਾ ਸਿਰਫ਼ ਤਾਂ ਖੋਲ੍ਹੋ ਜੇ ਤੁਸੀਂ ਚਾਹੋ।</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">ਹੋਰ ਵੇਰਵੇ ਉਹਨਾਂ ਨੂੰ ਕਾਰਵਾਈ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ, ਉਦਾਹਰਨ ਲਈ, ਇਹ ਪਤਾ ਲਗਾਉਣ ਲਈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਕੀਤਾ, ਜਾਂ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ। ਜੋ ਵੀ ਹਿੱਸਾ ਤੁਸੀਂ ਚਾਹੋ ਖੋਲ੍ਹੋ ਅਤੇ ਬਾਕੀ ਛੱਡ ਦਿਓ।</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤਾ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%2 ਵਿੱਚੋਂ %1 ਦੇ ਜਵਾਬ ਦਿੱਤੇ</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">ਕੀ ਤੁਹਾਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਜੇ ਤੁਸੀਂ ਕੁਝ ਨਹੀਂ ਕਰਦੇ ਤਾਂ ਅਸੀਂ ਇਸ ਨੂੰ %n ਸਕਿੰਟ ਵਿੱਚ ਮਿਟਾ ਦੇਵਾਂਗੇ।</numerusform>
            <numerusform>ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਜੇ ਤੁਸੀਂ ਕੁਝ ਨਹੀਂ ਕਰਦੇ ਤਾਂ ਅਸੀਂ ਇਸ ਨੂੰ %n ਸਕਿੰਟਾਂ ਵਿੱਚ ਮਿਟਾ ਦੇਵਾਂਗੇ।</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">ਮੈਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">ਮੇਰੀ ਰਿਪੋਰਟ ਹੁਣੇ ਮਿਟਾਓ</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">ਕਿਵੇਂ ਭੇਜਣਾ ਹੈ</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">ਜਦੋਂ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਪਹੁੰਚਦੀ ਹੈ, ਸੰਸਥਾ ਇਸ ਡਿਵਾਈਸ ਦਾ ਇੰਟਰਨੈੱਟ ਪਤਾ ਦੇਖ ਸਕਦੀ ਹੈ। ਇਹ ਦਿਖਾ ਸਕਦਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਇੰਟਰਨੈੱਟ ਕੌਣ ਦਿੰਦਾ ਹੈ ਅਤੇ ਤੁਸੀਂ ਲਗਭਗ ਕਿੱਥੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Tor ਇਸਨੂੰ ਲੁਕਾਉਂਦਾ ਹੈ। ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਪਹਿਲਾਂ ਤਿੰਨ ਹੋਰ ਕੰਪਿਊਟਰਾਂ ਵਿੱਚੋਂ ਲੰਘਦੀ ਹੈ, ਇਸ ਲਈ ਸੰਸਥਾ ਤੁਹਾਡਾ ਪਤਾ ਨਹੀਂ ਦੇਖਦੀ ਅਤੇ ਤੁਹਾਡਾ ਇੰਟਰਨੈੱਟ ਪ੍ਰਦਾਤਾ ਨਹੀਂ ਦੇਖਦਾ ਕਿ ਰਿਪੋਰਟ ਕਿੱਥੇ ਜਾਂਦੀ ਹੈ। ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ Tor ਚੱਲ ਰਿਹਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਉਦਾਹਰਨ ਲਈ Android &apos;ਤੇ Orbot ਐਪ।</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">ਸਿੱਧਾ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Tor ਰਾਹੀਂ ਭੇਜੋ</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">ਜੇ Tor ਨਹੀਂ ਚੱਲ ਰਿਹਾ, ਤਾਂ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ ਉਦੋਂ ਤੱਕ ਉਡੀਕ ਕਰਦੀ ਹੈ ਜਦੋਂ ਤੱਕ ਇਹ ਚੱਲਣ ਨਹੀਂ ਲੱਗਦਾ। ਇਹ ਕਦੇ ਵੀ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਨਹੀਂ ਭੇਜੀ ਜਾਂਦੀ। ਤੁਹਾਡਾ ਇੰਟਰਨੈੱਟ ਪ੍ਰਦਾਤਾ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਤੁਸੀਂ Tor ਵਰਤਦੇ ਹੋ, ਪਰ ਇਹ ਨਹੀਂ ਕਿ ਤੁਸੀਂ ਕੀ ਭੇਜਦੇ ਹੋ।</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">ਇਹ ਵਲੰਟੀਅਰ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">ਇਹ ਐਡਮਿਨ ਪਾਸਫ੍ਰੇਜ਼ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">ਇਹ ਵਲੰਟੀਅਰ ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਬਹੁਤ ਸਾਰੀਆਂ ਗਲਤ ਕੋਸ਼ਿਸ਼ਾਂ: ਤੁਸੀਂ %1 ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">ਇਹ ਐਡਮਿਨ ਪਾਸਫ੍ਰੇਜ਼ ਸਹੀ ਨਹੀਂ ਹੈ। ਬਹੁਤ ਸਾਰੀਆਂ ਗਲਤ ਕੋਸ਼ਿਸ਼ਾਂ: ਤੁਸੀਂ %1 ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">ਬਹੁਤ ਸਾਰੀਆਂ ਗਲਤ ਕੋਸ਼ਿਸ਼ਾਂ। ਕੁਝ ਵੀ ਜਾਂਚਿਆ ਨਹੀਂ ਗਿਆ। ਤੁਸੀਂ %1 ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">ਇਸ ਕਿਓਸਕ ਦਾ ਕੋਈ ਵਲੰਟੀਅਰ ਕੋਡ ਨਹੀਂ ਹੈ। ਸੰਸਥਾ harbour-kiosk-setup ਨਾਲ ਇੱਕ ਸੈੱਟ ਕਰ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">ਇਸ ਕਿਓਸਕ ਦਾ ਕੋਈ ਐਡਮਿਨ ਪਾਸਫ੍ਰੇਜ਼ ਨਹੀਂ ਹੈ। ਸੰਸਥਾ harbour-kiosk-setup ਨਾਲ ਇੱਕ ਸੈੱਟ ਕਰ ਸਕਦੀ ਹੈ।</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">ਇਹ ਕਿਓਸਕ ਕੋਸ਼ਿਸ਼ਾਂ ਦਰਜ ਨਹੀਂ ਕਰ ਸਕਦਾ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਜਾਂਚਿਆ ਨਹੀਂ ਗਿਆ। ਸੰਸਥਾ ਨੂੰ ਇਸ ਕਿਓਸਕ ਦੀ ਜਾਂਚ ਕਰਨ ਲਈ ਕਹੋ।</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਸਕਿੰਟ</numerusform>
            <numerusform>%n ਸਕਿੰਟ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n ਮਿੰਟ</numerusform>
            <numerusform>%n ਮਿੰਟ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">ਨਸਲ ਜਾਂ ਨਸਲੀ ਮੂਲ</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">ਧਰਮ ਜਾਂ ਵਿਸ਼ਵਾਸ</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">ਜਿਨਸੀ ਰੁਝਾਨ</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">ਅਪਾਹਜਤਾ</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">ਟ੍ਰਾਂਸਜੈਂਡਰ ਪਛਾਣ</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">ਇਲਾਕਾ: %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">ਸਾਰੇ ਇਲਾਕੇ</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">ਪੁਲਿਸ</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">ਸਹਾਇਤਾ ਸੰਸਥਾ</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">ਵੱਖਰਾ ਉਪ-ਸਭਿਆਚਾਰ</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">ਲਿੰਗ ਜਾਂ ਜੈਂਡਰ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">ਉਮਰ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">ਹੋਰ</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">ਹਰ ਤਰ੍ਹਾਂ ਦੇ ਨਫ਼ਰਤੀ ਅਪਰਾਧ</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 ਅਤੇ %n ਹੋਰ ਭਾਸ਼ਾ</numerusform>
            <numerusform>%1 ਅਤੇ %n ਹੋਰ ਭਾਸ਼ਾਵਾਂ</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">%1 &apos;ਤੇ ਈਮੇਲ ਕਰੋ</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Harbour ਨੂੰ ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ ਸੰਸਥਾਵਾਂ ਦੀ ਨਵੀਂ ਸੂਚੀ ਨਹੀਂ ਮਿਲ ਰਹੀ, ਇਸ ਲਈ ਇਹ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਨਹੀਂ ਭੇਜ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਹੇਠਾਂ ਦਿੱਤੇ ਫ਼ੋਨ ਨੰਬਰਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਵਰਤੋ।</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">ਚੁਣੋ ਕਿ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਿਸ ਨੂੰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">ਪੁਲਿਸ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">ਇੱਕ ਸਹਾਇਤਾ ਸੰਸਥਾ ਚੁਣੋ</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">ਚੁਣੋ ਕਿ ਕੀ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">ਚੁਣੋ ਕਿ ਕੌਣ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦਾ ਹੈ</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">ਚੁਣੋ ਕਿ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਾਂ: ਫ਼ੋਨ ਰਾਹੀਂ, ਈਮੇਲ ਰਾਹੀਂ, ਜਾਂ ਦੋਵਾਂ ਰਾਹੀਂ</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">ਸਹਾਇਤਾ ਸੰਸਥਾ ਰਾਹੀਂ ਸੰਪਰਕ ਲਈ, ਕਿਸੇ ਸਹਾਇਤਾ ਸੰਸਥਾ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">ਚੁਣੋ ਕਿ ਕੀ ਅਸੀਂ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਹੋਰ ਏਜੰਸੀਆਂ ਨਾਲ ਸਾਂਝੀ ਕਰ ਸਕਦੇ ਹਾਂ</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">ਫ਼ੋਨ ਕਰੋ: %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">ਟੈਕਸਟ ਭੇਜੋ: %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">BSL ਵੀਡੀਓ ਰਿਲੇ: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">ਵੈੱਬਸਾਈਟ: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">ਇਹ ਡਿਵਾਈਸ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਨਹੀਂ ਬਣਾ ਸਕੀ: ਇਸਨੂੰ ਲਗਭਗ 256 MB ਖਾਲੀ ਮੈਮੋਰੀ ਚਾਹੀਦੀ ਹੈ। ਹੋਰ ਐਪਾਂ ਬੰਦ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਕੋਡ ਤੋਂ ਬਿਨਾਂ ਰਿਪੋਰਟ ਭੇਜੋ।</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">ਆਪਣਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਟਾਈਪ ਕਰੋ</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">ਇਹ ਉਹੀ ਕੋਡ ਨਹੀਂ ਹੈ। ਹਰ ਅੱਖਰ ਅਤੇ ਅੰਕ ਦੁਬਾਰਾ ਵੇਖੋ।</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">ਆਪਣਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਲਿਖੋ</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">ਤੁਹਾਡੇ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਵਿੱਚ 20 ਅੱਖਰ ਅਤੇ ਅੰਕ ਹਨ। ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਸੀਂ ਸਾਰੇ ਲਿਖੇ ਹਨ, ਅਤੇ ਇਸ ਤੋਂ ਵੱਧ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">ਆਪਣਾ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਜਾਂਚੋ: ਇਸ ਵਿੱਚ ਇੱਕ ਅਜਿਹਾ ਅੱਖਰ ਹੈ ਜੋ ਕੋਡਾਂ ਵਿੱਚ ਨਹੀਂ ਹੁੰਦਾ। ਕੋਡਾਂ ਵਿੱਚ 0 ਤੋਂ 9 ਅੰਕ ਅਤੇ A ਤੋਂ Z ਅੱਖਰ ਹੁੰਦੇ ਹਨ, ਪਰ U ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">ਇਸ ਡਿਵਾਈਸ ਕੋਲ ਫਾਲੋ-ਅੱਪ ਕੋਡ ਖੋਲ੍ਹਣ ਲਈ ਕਾਫ਼ੀ ਖਾਲੀ ਮੈਮੋਰੀ ਨਹੀਂ ਹੈ (ਲਗਭਗ 256 MB ਚਾਹੀਦੀ ਹੈ)। ਹੋਰ ਐਪਾਂ ਬੰਦ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Harbour ਹੁਣ ਜਵਾਬਾਂ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਸੀਂ ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੇ ਹੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਗਏ। ਹੁਣ ਕੋਈ ਉਹਨਾਂ ਨੂੰ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ, ਕੋਡ ਨਾਲ ਵੀ ਨਹੀਂ।</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">ਕੁਝ ਜਵਾਬ ਹੁਣ ਮਿਟਾਏ ਨਹੀਂ ਜਾ ਸਕੇ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">ਆਪਣਾ ਜਵਾਬ ਲਿਖੋ, ਜਾਂ ਦੱਸੋ ਕਿ ਜਵਾਬ ਨੇ ਮਦਦ ਕੀਤੀ ਜਾਂ ਨਹੀਂ</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਆਪਣੀ ਰਿਪੋਰਟ ਵਿੱਚ ਕੀ ਜੋੜਨਾ ਚਾਹੁੰਦੇ ਹੋ</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਲਿਖਤ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਇਸਨੂੰ ਛੋਟਾ ਕਰੋ।</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Harbour ਇਸ ਡਿਵਾਈਸ ਤੇ ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲ ਨਹੀਂ ਸਕਦਾ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">ਕਿਸੇ ਸੰਸਥਾ ਦੇ ਜਵਾਬ ਦੇਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਜਾਣਕਾਰੀ ਜੋੜ ਸਕਦੇ ਹੋ।</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Harbour ਨਹੀਂ ਜਾਣਦਾ ਕਿ ਇਹ ਕਿੱਥੇ ਭੇਜਣਾ ਹੈ: ਜਵਾਬ ਦੇਣ ਵਾਲੀ ਸੰਸਥਾ ਉਸਦੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਉਹਨਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਅਤੇ ਆਪਣਾ ਹਵਾਲਾ ਨੰਬਰ ਦੱਸੋ।</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ ਭੇਜਣ ਲਈ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡੀ ਡਿਵਾਈਸ ਭਰੀ ਹੋਵੇ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। Harbour ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ ਇਸਨੂੰ ਭੇਜੇਗਾ।</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">ਤੁਸੀਂ ਜੋ ਜੋੜਿਆ ਉਹ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। Harbour ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ ਇਸਨੂੰ ਭੇਜੇਗਾ।</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">ਭੇਜਿਆ ਗਿਆ। ਹੁਣ ਸੰਸਥਾ ਕੋਲ ਤੁਹਾਡਾ ਜਵਾਬ ਹੈ।</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">ਕੁਝ ਜਵਾਬ ਇਸ ਕੋਡ ਨਾਲ ਖੋਲ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ: ਹੋ ਸਕਦਾ ਹੈ ਰਸਤੇ ਵਿੱਚ ਬਦਲੇ ਗਏ ਹੋਣ। ਉਹ ਵਿਖਾਏ ਨਹੀਂ ਗਏ।</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">ਤੁਹਾਡੀਆਂ ਚੁਣੀਆਂ ਹੋਈਆਂ ਸੰਸਥਾਵਾਂ</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Harbour ਇਸ ਡਿਵਾਈਸ &apos;ਤੇ ਰਿਪੋਰਟਾਂ ਸੰਭਾਲ ਨਹੀਂ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਰਿਪੋਰਟ ਕਰਨ ਦਾ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਵਰਤੋ।</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਚੁਣੋ ਕਿ ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਕਿਸ ਨੂੰ ਮਿਲੇ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਭੇਜਣ ਲਈ ਤਿਆਰ ਨਹੀਂ ਹੋ ਸਕੀ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਭੇਜਣ ਲਈ ਸੰਭਾਲੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡੀ ਡਿਵਾਈਸ ਭਰੀ ਹੋਈ ਹੋਵੇ। ਤੁਹਾਡੇ ਜਵਾਬ ਹਾਲੇ ਵੀ ਇੱਥੇ ਹਨ: ਕੁਝ ਥਾਂ ਖ਼ਾਲੀ ਕਰੋ ਅਤੇ ਫਿਰ &quot;ਰਿਪੋਰਟ ਭੇਜੋ&quot; ਦਬਾਓ।</translation>
    </message>
</context>
</TS>
