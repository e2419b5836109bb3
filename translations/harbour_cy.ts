<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AdminPage</name>
    <message>
        <source>Kiosk settings</source>
        <translation type="unfinished">Gosodiadau&apos;r ciosg</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished">heb ei osod</translation>
    </message>
    <message>
        <source>For the organisation&apos;s staff. After a few wrong tries you have to wait before trying again, longer each time.</source>
        <translation type="unfinished">Ar gyfer staff y sefydliad. Ar ôl ychydig o gynigion anghywir mae&apos;n rhaid i chi aros cyn trio eto, yn hirach bob tro.</translation>
    </message>
    <message>
        <source>Admin passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd gweinyddu</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished">Yn gwirio&apos;r cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Unlock the settings</source>
        <translation type="unfinished">Datgloi&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Enw&apos;r ciosg</translation>
    </message>
    <message>
        <source>Default organisation</source>
        <translation type="unfinished">Sefydliad diofyn</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation type="unfinished">Ieithoedd a gynigir</translation>
    </message>
    <message>
        <source>all shipped languages</source>
        <translation type="unfinished">pob iaith sydd ar gael</translation>
    </message>
    <message>
        <source>Warning after no input</source>
        <translation type="unfinished">Rhybudd ar ôl dim mewnbwn</translation>
    </message>
    <message>
        <source>Time to answer the warning</source>
        <translation type="unfinished">Amser i ateb y rhybudd</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Cod gwirfoddolwr</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished">wedi&apos;i osod</translation>
    </message>
    <message>
        <source>To change these settings, use harbour-kiosk-setup and the kiosk&apos;s configuration file.</source>
        <translation type="unfinished">I newid y gosodiadau hyn, defnyddiwch harbour-kiosk-setup a ffeil ffurfweddu&apos;r ciosg.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s signing key</source>
        <translation type="unfinished">Allwedd llofnodi&apos;r ciosg hwn</translation>
    </message>
    <message>
        <source>Reports from this kiosk are signed with this key. Register it with your organisation, and compare the fingerprint aloud.</source>
        <translation type="unfinished">Mae adroddiadau o&apos;r ciosg hwn yn cael eu llofnodi â&apos;r allwedd hon. Cofrestrwch hi gyda&apos;ch sefydliad, a chymharwch yr olion bysedd yn uchel.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">Olion bysedd</translation>
    </message>
    <message>
        <source>This kiosk has no signing key, so its reports are not signed: %1</source>
        <translation type="unfinished">Nid oes gan y ciosg hwn allwedd llofnodi, felly nid yw ei adroddiadau wedi&apos;u llofnodi: %1</translation>
    </message>
    <message>
        <source>Lock the settings</source>
        <translation type="unfinished">Cloi&apos;r gosodiadau</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished">Newid</translation>
    </message>
</context>
<context>
    <name>CheckAnswersPage</name>
    <message>
        <source>Check your answers before sending your report</source>
        <translation type="unfinished">Gwiriwch eich atebion cyn anfon eich adroddiad</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. If you are in danger now, call 999.</source>
        <translation type="unfinished">Bydd eich adroddiad yn cael ei nodi fel un brys. Os ydych chi mewn perygl nawr, ffoniwch 999.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation type="unfinished">Heb ei ddarparu</translation>
    </message>
    <message>
        <source>Change your answer to: %1</source>
        <translation type="unfinished">Newid eich ateb i: %1</translation>
    </message>
    <message>
        <source>Now send your report</source>
        <translation type="unfinished">Nawr anfonwch eich adroddiad</translation>
    </message>
    <message>
        <source>Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.</source>
        <translation type="unfinished">Mae eich adroddiad wedi&apos;i gloi ar y ddyfais hon fel mai dim ond %1 all ei ddarllen. Os nad oes rhyngrwyd nawr, bydd yn cael ei anfon pan fydd rhyngrwyd ar gael.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Anfon adroddiad</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished">Eich ateb: %1</translation>
    </message>
    <message>
        <source>Here is everything you told us.</source>
        <translation type="unfinished">Dyma bopeth a ddywedoch chi wrthon ni.</translation>
    </message>
    <message>
        <source>Press Change to fix an answer.</source>
        <translation type="unfinished">Pwyswch Newid i gywiro ateb.</translation>
    </message>
    <message>
        <source>When it is right, send your report.</source>
        <translation type="unfinished">Pan fydd popeth yn gywir, anfonwch eich adroddiad.</translation>
    </message>
    <message>
        <source>Who gets your report</source>
        <translation type="unfinished">Pwy sy&apos;n cael eich adroddiad</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished">Heb ei ddewis</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Yr heddlu</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Sefydliad cymorth</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">Yr heddlu a sefydliad cymorth</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Cofnodi&apos;n unig: dydw i ddim eisiau i unrhyw gamau gael eu cymryd</translation>
    </message>
    <message>
        <source>No organisation chosen yet: choose one before sending</source>
        <translation type="unfinished">Dim sefydliad wedi&apos;i ddewis eto: dewiswch un cyn anfon</translation>
    </message>
    <message>
        <source>Can they contact you?</source>
        <translation type="unfinished">Gân nhw gysylltu â chi?</translation>
    </message>
    <message>
        <source>Yes. Only %1 may contact you.</source>
        <translation type="unfinished">Cânt. Dim ond %1 gaiff gysylltu â chi.</translation>
    </message>
    <message>
        <source>Yes, but you have not ticked who may contact you</source>
        <translation type="unfinished">Cânt, ond dydych chi ddim wedi ticio pwy gaiff gysylltu â chi</translation>
    </message>
    <message>
        <source>No, keep me anonymous.</source>
        <translation type="unfinished">Na, cadwch fi&apos;n ddienw.</translation>
    </message>
    <message>
        <source>No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here.</source>
        <translation type="unfinished">Na, cadwch fi&apos;n ddienw. Allan nhw ddim eich ateb chi, oni bai eich bod chi&apos;n gofyn am god dilynol yma.</translation>
    </message>
    <message>
        <source>You will get a follow-up code to read their replies.</source>
        <translation type="unfinished">Byddwch chi&apos;n cael cod dilynol i ddarllen eu hatebion.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished">Eich atebion</translation>
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
        <translation type="unfinished">I gysylltu â nhw, defnyddiwch un o&apos;r rhain a rhowch eich cyfeirnod iddyn nhw:</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>Harbour code</source>
        <translation type="unfinished">Cod Harbour</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation type="unfinished">Eich cod yw %1</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Report sent</source>
        <translation type="unfinished">Adroddiad wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Report saved and waiting to send</source>
        <translation type="unfinished">Adroddiad wedi&apos;i gadw ac yn aros i gael ei anfon</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished">Eich cyfeirnod</translation>
    </message>
    <message>
        <source>Your reference number is %1</source>
        <translation type="unfinished">Eich cyfeirnod yw %1</translation>
    </message>
    <message>
        <source>%1 has received your report.</source>
        <translation type="unfinished">Mae %1 wedi cael eich adroddiad.</translation>
    </message>
    <message>
        <source>There is no connection to %1 yet. Harbour will keep trying and send it when it can. Your report is locked so only they can read it.</source>
        <translation type="unfinished">Does dim cysylltiad â %1 eto. Bydd Harbour yn dal i geisio, ac yn ei anfon pan fydd yn gallu. Mae eich adroddiad wedi&apos;i gloi fel mai dim ond nhw all ei ddarllen.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished">Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. If you gave contact details, the organisation may contact you. If you did not, they cannot.</source>
        <translation type="unfinished">Ysgrifennwch eich cyfeirnod, neu cadwch ef yn rhywle diogel. Os rhoesoch chi fanylion cyswllt, efallai y bydd y sefydliad yn cysylltu â chi. Os na wnaethoch chi, fyddan nhw ddim yn gallu cysylltu.</translation>
    </message>
    <message>
        <source>You asked for your report only to be recorded. We have asked them not to take any action.</source>
        <translation type="unfinished">Gofynnoch chi i&apos;ch adroddiad gael ei gofnodi yn unig. Rydyn ni wedi gofyn iddyn nhw beidio â chymryd unrhyw gamau.</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999.</source>
        <translation type="unfinished">Os ydych chi mewn perygl nawr, ffoniwch 999.</translation>
    </message>
    <message>
        <source>Support and other ways to get help</source>
        <translation type="unfinished">Cymorth a ffyrdd eraill o gael help</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <source>Finish and clear this report from the screen</source>
        <translation type="unfinished">Gorffen a chlirio&apos;r adroddiad hwn o&apos;r sgrin</translation>
    </message>
    <message>
        <source>%1 has your report now.</source>
        <translation type="unfinished">Mae %1 wedi cael eich adroddiad nawr.</translation>
    </message>
    <message>
        <source>Your report is saved. Harbour will send it when it can.</source>
        <translation type="unfinished">Mae eich adroddiad wedi&apos;i gadw. Bydd Harbour yn ei anfon pan fydd yn gallu.</translation>
    </message>
    <message>
        <source>Your report is locked. Only %1 can read it.</source>
        <translation type="unfinished">Mae eich adroddiad wedi&apos;i gloi. Dim ond %1 all ei ddarllen.</translation>
    </message>
    <message>
        <source>Write down your reference number. Keep it somewhere safe.</source>
        <translation type="unfinished">Ysgrifennwch eich cyfeirnod. Cadwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>If you gave your phone number or email, they may contact you.</source>
        <translation type="unfinished">Os rhoesoch chi eich rhif ffôn neu e-bost, efallai y byddan nhw&apos;n cysylltu â chi.</translation>
    </message>
    <message>
        <source>You asked them only to record it. They will not take action.</source>
        <translation type="unfinished">Gofynnoch chi iddyn nhw ei gofnodi yn unig. Fyddan nhw ddim yn cymryd camau.</translation>
    </message>
    <message>
        <source>Your report was not sent</source>
        <translation type="unfinished">Ni anfonwyd eich adroddiad</translation>
    </message>
    <message>
        <source>%1 did not accept your report, so Harbour has stopped sending it. Please use one of the other ways to report below.</source>
        <translation type="unfinished">Ni wnaeth %1 dderbyn eich adroddiad, felly mae Harbour wedi rhoi&apos;r gorau i&apos;w anfon. Defnyddiwch un o&apos;r ffyrdd eraill o roi gwybod isod.</translation>
    </message>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation type="unfinished">
            <numerusform>Ni allai Harbour anfon eich adroddiad at %1 mewn %n diwrnod, felly mae wedi rhoi&apos;r gorau iddi. Defnyddiwch un o&apos;r ffyrdd eraill o roi gwybod isod, neu rhowch gynnig arall arni.</numerusform>
            <numerusform>Ni allai Harbour anfon eich adroddiad at %1 mewn %n diwrnod, felly mae wedi rhoi&apos;r gorau iddi. Defnyddiwch un o&apos;r ffyrdd eraill o roi gwybod isod, neu rhowch gynnig arall arni.</numerusform>
            <numerusform>Ni allai Harbour anfon eich adroddiad at %1 mewn %n diwrnod, felly mae wedi rhoi&apos;r gorau iddi. Defnyddiwch un o&apos;r ffyrdd eraill o roi gwybod isod, neu rhowch gynnig arall arni.</numerusform>
            <numerusform>Ni allai Harbour anfon eich adroddiad at %1 mewn %n diwrnod, felly mae wedi rhoi&apos;r gorau iddi. Defnyddiwch un o&apos;r ffyrdd eraill o roi gwybod isod, neu rhowch gynnig arall arni.</numerusform>
            <numerusform>Ni allai Harbour anfon eich adroddiad at %1 mewn %n diwrnod, felly mae wedi rhoi&apos;r gorau iddi. Defnyddiwch un o&apos;r ffyrdd eraill o roi gwybod isod, neu rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try sending again</source>
        <translation type="unfinished">Ceisio anfon eto</translation>
    </message>
    <message>
        <source>Your report was not sent. Please report another way.</source>
        <translation type="unfinished">Ni anfonwyd eich adroddiad. Rhowch wybod mewn ffordd arall.</translation>
    </message>
    <message>
        <source>Harbour cannot reach Tor on this device. Your report is waiting here and will be sent through Tor once Tor is running. It will not be sent any other way.</source>
        <translation type="unfinished">Ni all Harbour gyrraedd Tor ar y ddyfais hon. Mae eich adroddiad yn aros yma a bydd yn cael ei anfon drwy Tor pan fydd Tor yn rhedeg. Ni fydd yn cael ei anfon mewn unrhyw ffordd arall.</translation>
    </message>
    <message>
        <source>Write your reference number down, or keep it somewhere safe. The organisation can reply to you through Harbour: to read replies, choose &quot;I have a follow-up code&quot; on the first page and type your code.</source>
        <translation type="unfinished">Ysgrifennwch eich rhif cyfeirnod neu cadwch ef yn rhywle diogel. Gall y sefydliad ateb chi drwy Harbour: i ddarllen atebion, dewiswch &quot;Mae gen i god dilynol&quot; ar y dudalen gyntaf a theipiwch eich cod.</translation>
    </message>
    <message>
        <source>Write down your follow-up code. With it you can read their replies in Harbour.</source>
        <translation type="unfinished">Ysgrifennwch eich cod dilynol. Gydag ef gallwch ddarllen eu hatebion yn Harbour.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <source>Close the code</source>
        <translation type="unfinished">Cau&apos;r cod</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Can we contact you?</source>
        <translation type="unfinished">Gawn ni gysylltu â chi?</translation>
    </message>
    <message>
        <source>You can stay anonymous. If you let an organisation contact you, it can tell you what happens next and offer you support.</source>
        <translation type="unfinished">Gallwch chi aros yn ddienw. Os byddwch chi&apos;n gadael i sefydliad gysylltu â chi, gall ddweud wrthych chi beth sy&apos;n digwydd nesaf a chynnig cymorth i chi.</translation>
    </message>
    <message>
        <source>No, keep me anonymous</source>
        <translation type="unfinished">Na, cadwch fi&apos;n ddienw</translation>
    </message>
    <message>
        <source>Yes, you can contact me</source>
        <translation type="unfinished">Cewch, gallwch chi gysylltu â fi</translation>
    </message>
    <message>
        <source>Who may contact you?</source>
        <translation type="unfinished">Pwy gaiff gysylltu â chi?</translation>
    </message>
    <message>
        <source>Only the organisations you tick here get your contact details. The others get your report without them.</source>
        <translation type="unfinished">Dim ond y sefydliadau rydych chi&apos;n eu ticio yma fydd yn cael eich manylion cyswllt. Bydd y lleill yn cael eich adroddiad hebddyn nhw.</translation>
    </message>
    <message>
        <source>How can they contact you?</source>
        <translation type="unfinished">Sut gallan nhw gysylltu â chi?</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished">Dros y ffôn</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished">Rhif ffôn</translation>
    </message>
    <message>
        <source>For example, 07700 900 982</source>
        <translation type="unfinished">Er enghraifft, 07700 900 982</translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished">Drwy e-bost</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished">Cyfeiriad e-bost</translation>
    </message>
    <message>
        <source>The police should contact me only through the support organisation</source>
        <translation type="unfinished">Dylai&apos;r heddlu gysylltu â fi drwy&apos;r sefydliad cymorth yn unig</translation>
    </message>
    <message>
        <source>What should we call you? (optional)</source>
        <translation type="unfinished">Beth ddylen ni eich galw chi? (dewisol)</translation>
    </message>
    <message>
        <source>This does not have to be your full or real name.</source>
        <translation type="unfinished">Does dim rhaid iddo fod yn enw llawn i chi, nac yn enw go iawn.</translation>
    </message>
    <message>
        <source>When is it safe to contact you? (optional)</source>
        <translation type="unfinished">Pryd mae&apos;n ddiogel cysylltu â chi? (dewisol)</translation>
    </message>
    <message>
        <source>For example, weekdays after 6pm</source>
        <translation type="unfinished">Er enghraifft, yn ystod yr wythnos ar ôl 6pm</translation>
    </message>
    <message>
        <source>Is it safe to leave a message? (optional)</source>
        <translation type="unfinished">Ydy hi&apos;n ddiogel gadael neges? (dewisol)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ydy</translation>
    </message>
    <message>
        <source>Yes, it is safe to leave a message</source>
        <translation type="unfinished">Ydy, mae&apos;n ddiogel gadael neges</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Nac ydy</translation>
    </message>
    <message>
        <source>No, do not leave a message</source>
        <translation type="unfinished">Nac ydy, peidiwch â gadael neges</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation type="unfinished">Dydw i ddim yn siŵr</translation>
    </message>
    <message>
        <source>I&apos;m not sure if it is safe to leave a message</source>
        <translation type="unfinished">Dydw i ddim yn siŵr a yw&apos;n ddiogel gadael neges</translation>
    </message>
    <message>
        <source>Sharing your report to keep you safe</source>
        <translation type="unfinished">Rhannu eich adroddiad i&apos;ch cadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>What you told us suggests you could be at serious risk. When someone is at high risk, the police, the council, health and support services sometimes meet to plan how to keep them safe (a multi-agency risk meeting, called a MARAC).</source>
        <translation type="unfinished">Mae&apos;r hyn rydych chi wedi&apos;i ddweud wrthon ni&apos;n awgrymu y gallech chi fod mewn perygl difrifol. Pan fydd rhywun mewn perygl mawr, mae&apos;r heddlu, y cyngor, a gwasanaethau iechyd a chymorth weithiau&apos;n cyfarfod i gynllunio sut i&apos;w cadw&apos;n ddiogel (cyfarfod risg amlasiantaethol, o&apos;r enw MARAC).</translation>
    </message>
    <message>
        <source>Can the organisations you chose share your report with them for this?</source>
        <translation type="unfinished">Gaiff y sefydliadau a ddewisoch chi rannu eich adroddiad gyda nhw ar gyfer hyn?</translation>
    </message>
    <message>
        <source>Yes, they can share it to keep me safe</source>
        <translation type="unfinished">Cânt, gallan nhw ei rannu i&apos;m cadw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>No, do not share it</source>
        <translation type="unfinished">Na chânt, peidiwch â&apos;i rannu</translation>
    </message>
    <message>
        <source>You can change your mind later: contact the organisation and give your reference number.</source>
        <translation type="unfinished">Gallwch chi newid eich meddwl yn nes ymlaen: cysylltwch â&apos;r sefydliad a rhowch eich cyfeirnod.</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished">Anfon adroddiad</translation>
    </message>
    <message>
        <source>Hear back without giving contact details (optional)</source>
        <translation type="unfinished">Cael ateb heb roi manylion cyswllt (dewisol)</translation>
    </message>
    <message>
        <source>With a follow-up code you can read replies from the organisations in Harbour, answer them and add to your report, from any phone or computer. Only someone with the code can read the replies.</source>
        <translation type="unfinished">Gyda chod dilynol gallwch ddarllen atebion gan y sefydliadau yn Harbour, eu hateb ac ychwanegu at eich adroddiad, o unrhyw ffôn neu gyfrifiadur. Dim ond rhywun sydd â&apos;r cod all ddarllen yr atebion.</translation>
    </message>
    <message>
        <source>Give me a follow-up code</source>
        <translation type="unfinished">Rhowch god dilynol i mi</translation>
    </message>
    <message>
        <source>You will see it after you send your report. Write it down: Harbour does not keep it.</source>
        <translation type="unfinished">Byddwch yn ei weld ar ôl anfon eich adroddiad. Ysgrifennwch ef: nid yw Harbour yn ei gadw.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Does dim rhaid i chi roi eich enw.</translation>
    </message>
    <message>
        <source>If you want, they can call or write to you.</source>
        <translation type="unfinished">Os ydych chi eisiau, gallan nhw eich ffonio neu ysgrifennu atoch chi.</translation>
    </message>
    <message>
        <source>Then they can tell you what happens next.</source>
        <translation type="unfinished">Yna gallan nhw ddweud wrthych chi beth sy&apos;n digwydd nesaf.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <source>If you are in danger now, call 999</source>
        <translation type="unfinished">Os ydych chi mewn perygl nawr, ffoniwch 999</translation>
    </message>
    <message>
        <source>Call 999 and ask for the police, or an ambulance if someone is hurt.</source>
        <translation type="unfinished">Ffoniwch 999 a gofynnwch am yr heddlu, neu am ambiwlans os oes rhywun wedi cael ei anafu.</translation>
    </message>
    <message>
        <source>If you are deaf or cannot speak on the phone</source>
        <translation type="unfinished">Os ydych chi&apos;n fyddar neu&apos;n methu siarad ar y ffôn</translation>
    </message>
    <message>
        <source>999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.</source>
        <translation type="unfinished">999 BSL: defnyddiwch ap neu wefan 999 BSL i gael cyfieithydd Iaith Arwyddion Prydain (BSL) a fydd yn ffonio 999 ar eich rhan.</translation>
    </message>
    <message>
        <source>Text 999 if you have registered with emergencySMS. To register, text &quot;register&quot; to 999.</source>
        <translation type="unfinished">Anfonwch neges destun i 999 os ydych chi wedi cofrestru gydag emergencySMS. I gofrestru, anfonwch y gair &quot;register&quot; mewn neges destun i 999.</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation type="unfinished">Eich adroddiad</translation>
    </message>
    <message>
        <source>Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.</source>
        <translation type="unfinished">Bydd eich adroddiad yn cael ei nodi fel un brys. Nid galwad 999 yw hon: efallai na fydd y sefydliad yn ei ddarllen ar unwaith.</translation>
    </message>
    <message>
        <source>When you are safe, you can carry on with your report. You can press Exit at any time.</source>
        <translation type="unfinished">Pan fyddwch chi&apos;n ddiogel, gallwch chi barhau â&apos;ch adroddiad. Gallwch chi bwyso Gadael unrhyw bryd.</translation>
    </message>
    <message>
        <source>Carry on with my report</source>
        <translation type="unfinished">Parhau â&apos;m hadroddiad</translation>
    </message>
    <message>
        <source>Are you in danger now? Call 999.</source>
        <translation type="unfinished">Ydych chi mewn perygl nawr? Ffoniwch 999.</translation>
    </message>
    <message>
        <source>Ask for the police. Ask for an ambulance if someone is hurt.</source>
        <translation type="unfinished">Gofynnwch am yr heddlu. Gofynnwch am ambiwlans os oes rhywun wedi cael ei anafu.</translation>
    </message>
    <message>
        <source>Deaf? Use 999 BSL, or text 999 if you registered.</source>
        <translation type="unfinished">Ydych chi&apos;n fyddar? Defnyddiwch 999 BSL, neu anfonwch neges destun i 999 os ydych chi wedi cofrestru.</translation>
    </message>
    <message>
        <source>Press Exit to leave Harbour quickly.</source>
        <translation type="unfinished">Pwyswch Gadael i adael Harbour yn gyflym.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Day</source>
        <translation type="unfinished">Diwrnod</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished">Mis</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished">Blwyddyn</translation>
    </message>
</context>
<context>
    <name>DateTimeAnswer</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
        <source>Roughly when</source>
        <translation type="unfinished">Tua pryd</translation>
    </message>
    <message>
        <source>For example, 27 3 2024</source>
        <translation type="unfinished">Er enghraifft, 27 3 2024</translation>
    </message>
    <message>
        <source>For example, 3 2024. Add the day if you know it.</source>
        <translation type="unfinished">Er enghraifft, 3 2024. Ychwanegwch y diwrnod os ydych chi&apos;n ei wybod.</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation type="unfinished">Amser (dewisol)</translation>
    </message>
    <message>
        <source>For example, 18:30 or 6:30pm</source>
        <translation type="unfinished">Er enghraifft, 18:30 neu 6:30pm</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished">Dyddiad dechrau</translation>
    </message>
    <message>
        <source>The earliest it could have been</source>
        <translation type="unfinished">Y dyddiad cynharaf y gallai fod wedi bod</translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished">Dyddiad gorffen</translation>
    </message>
    <message>
        <source>The latest it could have been</source>
        <translation type="unfinished">Y dyddiad diweddaraf y gallai fod wedi bod</translation>
    </message>
    <message>
        <source>When did it start? (optional)</source>
        <translation type="unfinished">Pryd ddechreuodd e? (dewisol)</translation>
    </message>
    <message>
        <source>For example, 11 2023</source>
        <translation type="unfinished">Er enghraifft, 11 2023</translation>
    </message>
</context>
<context>
    <name>DisplayButton</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Arddangos ac iaith</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Display and language</source>
        <translation type="unfinished">Arddangos ac iaith</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>Close and go back</source>
        <translation type="unfinished">Cau a mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>DisplayOptions</name>
    <message>
        <source>Standard text</source>
        <translation type="unfinished">Testun safonol</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished">Testun mawr</translation>
    </message>
    <message>
        <source>Largest text</source>
        <translation type="unfinished">Testun mwyaf</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Read questions aloud</source>
        <translation type="unfinished">Darllen y cwestiynau&apos;n uchel</translation>
    </message>
    <message>
        <source>Easy read: short sentences with pictures</source>
        <translation type="unfinished">Hawdd ei ddeall: brawddegau byr gyda lluniau</translation>
    </message>
    <message>
        <source>Leave no trace: do not remember these choices on this device</source>
        <translation type="unfinished">Peidio â gadael ôl: peidio â chofio&apos;r dewisiadau hyn ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished">Mae problem wedi codi</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <source>Exit</source>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <source>Exit: leave quickly and clear this report</source>
        <translation type="unfinished">Gadael: gadael yn gyflym a chlirio&apos;r adroddiad hwn</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Gwall: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpAnswerPage</name>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished">Ateb %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Ychwanegu gwybodaeth at eich adroddiad</translation>
    </message>
    <message>
        <source>What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.</source>
        <translation type="unfinished">Mae&apos;r hyn rydych yn ei ychwanegu yn mynd at %1 gyda&apos;ch adroddiad. Er enghraifft, rhywbeth rydych wedi&apos;i gofio, neu rywbeth sydd wedi digwydd ers hynny.</translation>
    </message>
    <message>
        <source>Did the response help? (optional)</source>
        <translation type="unfinished">A oedd yr ymateb o help? (dewisol)</translation>
    </message>
    <message>
        <source>Your answer helps organisations see what works.</source>
        <translation type="unfinished">Mae eich ateb yn helpu sefydliadau i weld beth sy&apos;n gweithio.</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation type="unfinished">Do, roedd o help</translation>
    </message>
    <message>
        <source>It helped a little</source>
        <translation type="unfinished">Roedd o ychydig o help</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation type="unfinished">Na, nid oedd o help</translation>
    </message>
    <message>
        <source>Your answer (optional if you said whether it helped)</source>
        <translation type="unfinished">Eich ateb (dewisol os ydych wedi dweud a oedd o help)</translation>
    </message>
    <message>
        <source>What you want to add</source>
        <translation type="unfinished">Beth rydych eisiau ei ychwanegu</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished">Anfon ateb</translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Anfon</translation>
    </message>
    <message>
        <source>the organisations that replied to you</source>
        <translation type="unfinished">y sefydliadau a atebodd chi</translation>
    </message>
</context>
<context>
    <name>FollowUpCodePage</name>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Rhowch eich cod dilynol</translation>
    </message>
    <message>
        <source>This is the code of 20 letters and numbers you were given when you sent your report.</source>
        <translation type="unfinished">Dyma&apos;r cod o 20 llythyren a rhif a gawsoch pan anfonoch eich adroddiad.</translation>
    </message>
    <message>
        <source>Follow-up code</source>
        <translation type="unfinished">Cod dilynol</translation>
    </message>
    <message>
        <source>For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Er enghraifft, K82Q V992 78T6 CAJ1 0HKB. Nid yw bylchau, cysylltnodau na phriflythrennau o bwys.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
</context>
<context>
    <name>FollowUpCodeSection</name>
    <message>
        <source>Your follow-up code</source>
        <translation type="unfinished">Eich cod dilynol</translation>
    </message>
    <message>
        <source>Write it down now and keep it somewhere safe. With it you can read the organisation&apos;s replies in Harbour on any phone or computer, answer them and add to your report.</source>
        <translation type="unfinished">Ysgrifennwch ef nawr a&apos;i gadw yn rhywle diogel. Gydag ef gallwch ddarllen atebion y sefydliad yn Harbour ar unrhyw ffôn neu gyfrifiadur, eu hateb ac ychwanegu at eich adroddiad.</translation>
    </message>
    <message>
        <source>Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.</source>
        <translation type="unfinished">Nid yw Harbour yn cadw&apos;r cod hwn. Os byddwch yn ei golli, ni all neb ei roi yn ôl i chi. Gall unrhyw un sydd ag ef ddarllen yr atebion.</translation>
    </message>
    <message>
        <source>Read the code aloud</source>
        <translation type="unfinished">Darllen y cod yn uchel</translation>
    </message>
    <message>
        <source>Your follow-up code is: %1</source>
        <translation type="unfinished">Eich cod dilynol yw: %1</translation>
    </message>
    <message>
        <source>Show only the code</source>
        <translation type="unfinished">Dangos y cod yn unig</translation>
    </message>
    <message>
        <source>Show only the code, to write it down or take a photo</source>
        <translation type="unfinished">Dangos y cod yn unig, i&apos;w ysgrifennu neu dynnu llun</translation>
    </message>
    <message>
        <source>Check you have your code</source>
        <translation type="unfinished">Gwiriwch fod gennych eich cod</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Teipiwch eich cod dilynol</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished">Nid yw bylchau, cysylltnodau na phriflythrennau o bwys.</translation>
    </message>
    <message>
        <source>Check my code</source>
        <translation type="unfinished">Gwirio fy nghod</translation>
    </message>
    <message>
        <source>That is your code. Keep it safe.</source>
        <translation type="unfinished">Dyna eich cod. Cadwch ef yn ddiogel.</translation>
    </message>
</context>
<context>
    <name>FollowUpPreparing</name>
    <message>
        <source>Preparing your follow-up code. This can take up to a minute on some phones. Your report is sent when it is ready.</source>
        <translation type="unfinished">Yn paratoi eich cod dilynol. Gall hyn gymryd hyd at funud ar rai ffonau. Caiff eich adroddiad ei anfon pan fydd yn barod.</translation>
    </message>
    <message>
        <source>Preparing your follow-up code</source>
        <translation type="unfinished">Yn paratoi eich cod dilynol</translation>
    </message>
</context>
<context>
    <name>FollowUpProgress</name>
    <message>
        <source>Opening your replies (step 1 of 2). This can take up to a minute on some phones.</source>
        <translation type="unfinished">Yn agor eich atebion (cam 1 o 2). Gall hyn gymryd hyd at funud ar rai ffonau.</translation>
    </message>
    <message>
        <source>Checking for replies (step 2 of 2).</source>
        <translation type="unfinished">Yn chwilio am atebion (cam 2 o 2).</translation>
    </message>
    <message>
        <source>Deleting the replies.</source>
        <translation type="unfinished">Yn dileu&apos;r atebion.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>FollowUpRepliesPage</name>
    <message>
        <source>Replies to your report</source>
        <translation type="unfinished">Atebion i&apos;ch adroddiad</translation>
    </message>
    <message>
        <source>There are no replies yet.</source>
        <translation type="unfinished">Nid oes atebion eto.</translation>
    </message>
    <message>
        <source>Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.</source>
        <translation type="unfinished">Mae sefydliadau fel arfer yn ateb o fewn 5 diwrnod gwaith. Os oeddech yn disgwyl ateb, gwiriwch eich cod: mae cod gydag un llythyren neu rif gwahanol yn agor blwch post gwag.</translation>
    </message>
    <message>
        <source>Harbour could not reach every organisation. There may be more replies: try again later.</source>
        <translation type="unfinished">Ni allai Harbour gyrraedd pob sefydliad. Efallai bod mwy o atebion: rhowch gynnig arall arni nes ymlaen.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished">Gan %1</translation>
    </message>
    <message>
        <source>You answered this reply.</source>
        <translation type="unfinished">Rydych wedi ateb yr ateb hwn.</translation>
    </message>
    <message>
        <source>Answer this reply</source>
        <translation type="unfinished">Ateb yr ateb hwn</translation>
    </message>
    <message>
        <source>Answer this reply from %1</source>
        <translation type="unfinished">Ateb yr ateb hwn gan %1</translation>
    </message>
    <message>
        <source>Add information to your report</source>
        <translation type="unfinished">Ychwanegu gwybodaeth at eich adroddiad</translation>
    </message>
    <message>
        <source>Check for new replies</source>
        <translation type="unfinished">Chwilio am atebion newydd</translation>
    </message>
    <message>
        <source>Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.</source>
        <translation type="unfinished">Mae dileu&apos;r atebion yn golygu na all neb eu darllen eto, hyd yn oed gyda&apos;ch cod. Mae Harbour yn eu dileu ar ôl 90 diwrnod beth bynnag.</translation>
    </message>
    <message>
        <source>Delete these replies</source>
        <translation type="unfinished">Dileu&apos;r atebion hyn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">Gorffen</translation>
    </message>
    <message>
        <source>Finish and clear the replies from the screen</source>
        <translation type="unfinished">Gorffen a chlirio&apos;r atebion o&apos;r sgrin</translation>
    </message>
</context>
<context>
    <name>GroupAnswer</name>
    <message>
        <source>Nothing added yet.</source>
        <translation type="unfinished">Does dim byd wedi&apos;i ychwanegu eto.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">Newid</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished">Newid %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Dileu</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished">Dileu %1</translation>
    </message>
</context>
<context>
    <name>GroupItemPage</name>
    <message>
        <source>Answer what you can. Leave out anything you did not see.</source>
        <translation type="unfinished">Atebwch yr hyn y gallwch chi. Gadewch allan unrhyw beth na welsoch chi.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished">Iaith: %1</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished">Dewiswch eich iaith</translation>
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
        <translation type="unfinished">Sgrin wedi&apos;i chlirio</translation>
    </message>
</context>
<context>
    <name>PlaceAnswer</name>
    <message>
        <source>What kind of place was it?</source>
        <translation type="unfinished">Pa fath o le oedd e?</translation>
    </message>
    <message>
        <source>Describe the place (optional)</source>
        <translation type="unfinished">Disgrifiwch y lle (dewisol)</translation>
    </message>
    <message>
        <source>For example, the bus stop outside the library, or the name of the shop.</source>
        <translation type="unfinished">Er enghraifft, yr arhosfan bysiau y tu allan i&apos;r llyfrgell, neu enw&apos;r siop.</translation>
    </message>
    <message>
        <source>Area (optional)</source>
        <translation type="unfinished">Ardal (dewisol)</translation>
    </message>
    <message>
        <source>The first part of the postcode, like E1, or the town. Not the full postcode.</source>
        <translation type="unfinished">Rhan gyntaf y cod post, fel E1, neu&apos;r dref. Nid y cod post llawn.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>Enter the date</source>
        <translation type="unfinished">Nodwch y dyddiad</translation>
    </message>
    <message>
        <source>The date must include a day</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gynnwys diwrnod</translation>
    </message>
    <message>
        <source>The date must include a month</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gynnwys mis</translation>
    </message>
    <message>
        <source>The date must include a year</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gynnwys blwyddyn</translation>
    </message>
    <message>
        <source>The date must be a real date</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad fod yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>The year must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rhaid i&apos;r flwyddyn gynnwys 4 rhif, fel 2024</translation>
    </message>
    <message>
        <source>The date must be today or in the past</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Enter the start date</source>
        <translation type="unfinished">Nodwch y dyddiad dechrau</translation>
    </message>
    <message>
        <source>The start date must include a day</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad dechrau gynnwys diwrnod</translation>
    </message>
    <message>
        <source>The start date must include a month</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad dechrau gynnwys mis</translation>
    </message>
    <message>
        <source>The start date must include a year</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad dechrau gynnwys blwyddyn</translation>
    </message>
    <message>
        <source>The start date must be a real date</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad dechrau fod yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>The year of the start date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rhaid i flwyddyn y dyddiad dechrau gynnwys 4 rhif, fel 2024</translation>
    </message>
    <message>
        <source>The start date must be today or in the past</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad dechrau fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Enter the end date</source>
        <translation type="unfinished">Nodwch y dyddiad gorffen</translation>
    </message>
    <message>
        <source>The end date must include a day</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen gynnwys diwrnod</translation>
    </message>
    <message>
        <source>The end date must include a month</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen gynnwys mis</translation>
    </message>
    <message>
        <source>The end date must include a year</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen gynnwys blwyddyn</translation>
    </message>
    <message>
        <source>The end date must be a real date</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen fod yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>The year of the end date must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rhaid i flwyddyn y dyddiad gorffen gynnwys 4 rhif, fel 2024</translation>
    </message>
    <message>
        <source>The end date must be today or in the past</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Enter the month and year it started</source>
        <translation type="unfinished">Nodwch y mis a&apos;r flwyddyn y dechreuodd</translation>
    </message>
    <message>
        <source>The date it started must include a day</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad y dechreuodd gynnwys diwrnod</translation>
    </message>
    <message>
        <source>The date it started must include a month</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad y dechreuodd gynnwys mis</translation>
    </message>
    <message>
        <source>The date it started must include a year</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad y dechreuodd gynnwys blwyddyn</translation>
    </message>
    <message>
        <source>The date it started must be a real date</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad y dechreuodd fod yn ddyddiad go iawn</translation>
    </message>
    <message>
        <source>The year it started must have 4 numbers, like 2024</source>
        <translation type="unfinished">Rhaid i&apos;r flwyddyn y dechreuodd gynnwys 4 rhif, fel 2024</translation>
    </message>
    <message>
        <source>The date it started must be today or in the past</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad y dechreuodd fod heddiw neu yn y gorffennol</translation>
    </message>
    <message>
        <source>Are you in danger now?</source>
        <extracomment>in_danger title</extracomment>
        <translation type="unfinished">Ydych chi mewn perygl nawr?</translation>
    </message>
    <message>
        <source>If you are, we will show you how to get help straight away. You can carry on with this report afterwards.</source>
        <extracomment>in_danger hint</extracomment>
        <translation type="unfinished">Os ydych chi, byddwn ni&apos;n dangos i chi ar unwaith sut i gael help. Gallwch chi barhau â&apos;r adroddiad hwn wedyn.</translation>
    </message>
    <message>
        <source>About you</source>
        <extracomment>role section; your_age section; describe_yourself section</extracomment>
        <translation type="unfinished">Amdanoch chi</translation>
    </message>
    <message>
        <source>Who are you reporting for?</source>
        <extracomment>role title</extracomment>
        <translation type="unfinished">Ar ran pwy ydych chi&apos;n gwneud yr adroddiad hwn?</translation>
    </message>
    <message>
        <source>It happened to me</source>
        <extracomment>role victim label</extracomment>
        <translation type="unfinished">Digwyddodd i fi</translation>
    </message>
    <message>
        <source>I saw it happen to someone else</source>
        <extracomment>role witness label</extracomment>
        <translation type="unfinished">Gwelais i&apos;r peth yn digwydd i rywun arall</translation>
    </message>
    <message>
        <source>I am reporting for someone else</source>
        <extracomment>role third_party label</extracomment>
        <translation type="unfinished">Rydw i&apos;n gwneud yr adroddiad ar ran rhywun arall</translation>
    </message>
    <message>
        <source>For example a friend, a family member or someone you support.</source>
        <extracomment>role third_party hint</extracomment>
        <translation type="unfinished">Er enghraifft ffrind, aelod o&apos;r teulu neu rywun rydych chi&apos;n ei gefnogi.</translation>
    </message>
    <message>
        <source>A volunteer is helping me make this report</source>
        <extracomment>role assisted label</extracomment>
        <translation type="unfinished">Mae gwirfoddolwr yn fy helpu i wneud yr adroddiad hwn</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>narrative section; targeted section; targeted_other section</extracomment>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What happened?</source>
        <extracomment>narrative title</extracomment>
        <translation type="unfinished">Beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Include as much as you remember. You can take your time.</source>
        <extracomment>narrative hint</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni yn eich geiriau eich hun. Rhowch gymaint ag y gallwch chi ei gofio. Does dim angen brysio.</translation>
    </message>
    <message>
        <source>Tell us what happened</source>
        <extracomment>narrative error_required</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What kind of thing happened?</source>
        <extracomment>incident_types title</extracomment>
        <translation type="unfinished">Pa fath o beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>Choose all that apply.</source>
        <extracomment>incident_types hint; others_at_risk hint; support hint; formats hint</extracomment>
        <translation type="unfinished">Dewiswch bob un sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <source>Someone was attacked or hurt</source>
        <extracomment>incident_types physical_attack label</extracomment>
        <translation type="unfinished">Ymosodwyd ar rywun neu cafodd rhywun ei anafu</translation>
    </message>
    <message>
        <source>Threats</source>
        <extracomment>incident_types threats label</extracomment>
        <translation type="unfinished">Bygythiadau</translation>
    </message>
    <message>
        <source>Shouting, insults or name-calling</source>
        <extracomment>incident_types verbal_abuse label</extracomment>
        <translation type="unfinished">Gweiddi, sarhau neu alw enwau</translation>
    </message>
    <message>
        <source>Harassment, or being followed or bothered again and again</source>
        <extracomment>incident_types harassment label</extracomment>
        <translation type="unfinished">Aflonyddu, neu gael eich dilyn neu&apos;ch poeni dro ar ôl tro</translation>
    </message>
    <message>
        <source>Damage to a home, car or other property, including graffiti</source>
        <extracomment>incident_types property_damage label</extracomment>
        <translation type="unfinished">Difrod i gartref, car neu eiddo arall, gan gynnwys graffiti</translation>
    </message>
    <message>
        <source>Something was stolen</source>
        <extracomment>incident_types theft label</extracomment>
        <translation type="unfinished">Cafodd rhywbeth ei ddwyn</translation>
    </message>
    <message>
        <source>Abuse online, by message or by phone</source>
        <extracomment>incident_types online_abuse label</extracomment>
        <translation type="unfinished">Cam-drin ar-lein, drwy neges neu dros y ffôn</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <extracomment>incident_types sexual_assault label</extracomment>
        <translation type="unfinished">Ymosodiad rhywiol</translation>
    </message>
    <message>
        <source>Something else</source>
        <extracomment>incident_types other label; barriers other label; formats other label</extracomment>
        <translation type="unfinished">Rhywbeth arall</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <extracomment>incident_types rather_not_say label; barriers rather_not_say label; your_age rather_not_say label</extracomment>
        <translation type="unfinished">Byddai&apos;n well gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Why do you think it was aimed at you or someone else?</source>
        <extracomment>targeted title</extracomment>
        <translation type="unfinished">Pam ydych chi&apos;n meddwl ei fod wedi&apos;i anelu atoch chi neu at rywun arall?</translation>
    </message>
    <message>
        <source>Choose all that apply. What you or anyone else believes is enough.</source>
        <extracomment>targeted hint</extracomment>
        <translation type="unfinished">Dewiswch bob un sy&apos;n berthnasol. Mae&apos;r hyn rydych chi, neu unrhyw un arall, yn ei gredu yn ddigon.</translation>
    </message>
    <message>
        <source>Race or ethnicity, including Gypsy, Irish Traveller and Roma</source>
        <extracomment>targeted race label</extracomment>
        <translation type="unfinished">Hil neu ethnigrwydd, gan gynnwys Sipsiwn, Teithwyr Gwyddelig a Roma</translation>
    </message>
    <message>
        <source>Religion or belief, including having no belief</source>
        <extracomment>targeted religion label</extracomment>
        <translation type="unfinished">Crefydd neu gred, gan gynnwys dim cred</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <extracomment>targeted sexual_orientation label</extracomment>
        <translation type="unfinished">Cyfeiriadedd rhywiol</translation>
    </message>
    <message>
        <source>For example being gay, lesbian or bisexual.</source>
        <extracomment>targeted sexual_orientation hint</extracomment>
        <translation type="unfinished">Er enghraifft bod yn hoyw, yn lesbiaidd neu&apos;n ddeurywiol.</translation>
    </message>
    <message>
        <source>Disability, including learning disability and mental health</source>
        <extracomment>targeted disability label</extracomment>
        <translation type="unfinished">Anabledd, gan gynnwys anabledd dysgu ac iechyd meddwl</translation>
    </message>
    <message>
        <source>Being transgender</source>
        <extracomment>targeted transgender label</extracomment>
        <translation type="unfinished">Bod yn drawsryweddol</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <extracomment>targeted alternative_subculture label</extracomment>
        <translation type="unfinished">Isddiwylliant amgen</translation>
    </message>
    <message>
        <source>For example being a goth, punk or emo.</source>
        <extracomment>targeted alternative_subculture hint</extracomment>
        <translation type="unfinished">Er enghraifft bod yn goth, yn bync neu&apos;n emo.</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <extracomment>targeted sex_or_gender label</extracomment>
        <translation type="unfinished">Rhyw neu rywedd</translation>
    </message>
    <message>
        <source>For example hostility towards women.</source>
        <extracomment>targeted sex_or_gender hint</extracomment>
        <translation type="unfinished">Er enghraifft gelyniaeth tuag at fenywod.</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>targeted age label</extracomment>
        <translation type="unfinished">Oedran</translation>
    </message>
    <message>
        <source>Something else about who they are</source>
        <extracomment>targeted other label</extracomment>
        <translation type="unfinished">Rhywbeth arall am bwy ydyn nhw</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <extracomment>targeted dont_know label; online dont_know label; offender_count dont_know label; offenders &gt; offender_age dont_know label; offenders &gt; offender_build dont_know label; offenders &gt; offender_height dont_know label; how_often dont_know label; others_at_risk dont_know label</extracomment>
        <translation type="unfinished">Dydw i ddim yn gwybod</translation>
    </message>
    <message>
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">Beth arall amdanyn nhw oedd y rheswm, yn eich barn chi?</translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>online section; online_platform section; online_link section; online_content section; online_still_visible section</extracomment>
        <translation type="unfinished">Ar-lein</translation>
    </message>
    <message>
        <source>Did it happen online, or through a phone or computer?</source>
        <extracomment>online title</extracomment>
        <translation type="unfinished">Ddigwyddodd e ar-lein, neu drwy ffôn neu gyfrifiadur?</translation>
    </message>
    <message>
        <source>For example on social media, in messages, by email or in a phone call.</source>
        <extracomment>online hint</extracomment>
        <translation type="unfinished">Er enghraifft ar gyfryngau cymdeithasol, mewn negeseuon, drwy e-bost neu mewn galwad ffôn.</translation>
    </message>
    <message>
        <source>Yes, all of it</source>
        <extracomment>online yes label</extracomment>
        <translation type="unfinished">Do, y cyfan</translation>
    </message>
    <message>
        <source>Partly</source>
        <extracomment>online partly label</extracomment>
        <translation type="unfinished">Yn rhannol</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>online no label</extracomment>
        <translation type="unfinished">Naddo</translation>
    </message>
    <message>
        <source>Which website, app or service was it on?</source>
        <extracomment>online_platform title</extracomment>
        <translation type="unfinished">Ar ba wefan, ap neu wasanaeth oedd e?</translation>
    </message>
    <message>
        <source>For example Facebook, TikTok, WhatsApp, a game, email or a phone call.</source>
        <extracomment>online_platform hint</extracomment>
        <translation type="unfinished">Er enghraifft Facebook, TikTok, WhatsApp, gêm, e-bost neu alwad ffôn.</translation>
    </message>
    <message>
        <source>Link to the post, message or profile</source>
        <extracomment>online_link title</extracomment>
        <translation type="unfinished">Dolen i&apos;r post, y neges neu&apos;r proffil</translation>
    </message>
    <message>
        <source>Copy the web address if you can, or the name of the account that did it.</source>
        <extracomment>online_link hint</extracomment>
        <translation type="unfinished">Copïwch gyfeiriad y we os gallwch chi, neu enw&apos;r cyfrif a wnaeth hyn.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">Beth wnaethon nhw ei ysgrifennu neu ei ddweud?</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">Oes modd ei weld ar-lein o hyd?</translation>
    </message>
    <message>
        <source>When and where</source>
        <extracomment>when section; where section</extracomment>
        <translation type="unfinished">Pryd a ble</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <extracomment>when title</extracomment>
        <translation type="unfinished">Pryd ddigwyddodd e?</translation>
    </message>
    <message>
        <source>If you are not sure, an estimate helps.</source>
        <extracomment>when hint</extracomment>
        <translation type="unfinished">Os nad ydych chi&apos;n siŵr, mae amcangyfrif yn helpu.</translation>
    </message>
    <message>
        <source>Where did it happen?</source>
        <extracomment>where title; where easy read 1</extracomment>
        <translation type="unfinished">Ble digwyddodd e?</translation>
    </message>
    <message>
        <source>We do not use your location. Tell us only what you want to.</source>
        <extracomment>where hint</extracomment>
        <translation type="unfinished">Dydyn ni ddim yn defnyddio eich lleoliad. Dywedwch wrthon ni dim ond yr hyn rydych chi eisiau ei ddweud.</translation>
    </message>
    <message>
        <source>At or near a home</source>
        <extracomment>where home label</extracomment>
        <translation type="unfinished">Mewn cartref neu&apos;n agos at gartref</translation>
    </message>
    <message>
        <source>In the street</source>
        <extracomment>where street label</extracomment>
        <translation type="unfinished">Ar y stryd</translation>
    </message>
    <message>
        <source>On public transport, or at a station or stop</source>
        <extracomment>where public_transport label</extracomment>
        <translation type="unfinished">Ar drafnidiaeth gyhoeddus, neu mewn gorsaf neu arhosfan</translation>
    </message>
    <message>
        <source>In or near a shop</source>
        <extracomment>where shop label</extracomment>
        <translation type="unfinished">Mewn siop neu&apos;n agos at siop</translation>
    </message>
    <message>
        <source>In or near a pub, bar or club</source>
        <extracomment>where pub_bar label</extracomment>
        <translation type="unfinished">Mewn tafarn, bar neu glwb, neu&apos;n agos at un</translation>
    </message>
    <message>
        <source>In a park or open space</source>
        <extracomment>where park label</extracomment>
        <translation type="unfinished">Mewn parc neu fan agored</translation>
    </message>
    <message>
        <source>At a school, college or university</source>
        <extracomment>where education label</extracomment>
        <translation type="unfinished">Mewn ysgol, coleg neu brifysgol</translation>
    </message>
    <message>
        <source>At work</source>
        <extracomment>where work label</extracomment>
        <translation type="unfinished">Yn y gwaith</translation>
    </message>
    <message>
        <source>At or near a place of worship</source>
        <extracomment>where place_of_worship label</extracomment>
        <translation type="unfinished">Mewn addoldy neu&apos;n agos at addoldy</translation>
    </message>
    <message>
        <source>In a care home or supported housing</source>
        <extracomment>where care_home label</extracomment>
        <translation type="unfinished">Mewn cartref gofal neu dai â chymorth</translation>
    </message>
    <message>
        <source>At council, police or health premises</source>
        <extracomment>where public_premises label</extracomment>
        <translation type="unfinished">Yn adeiladau&apos;r cyngor, yr heddlu neu&apos;r gwasanaeth iechyd</translation>
    </message>
    <message>
        <source>Online only</source>
        <extracomment>where online_only label</extracomment>
        <translation type="unfinished">Ar-lein yn unig</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <extracomment>where other label</extracomment>
        <translation type="unfinished">Rhywle arall</translation>
    </message>
    <message>
        <source>The people who did it</source>
        <extracomment>offender_count section; offender_known section; offender_relationship section; offenders section; vehicle section; vehicles section; witnesses section; witness_details section; cctv section</extracomment>
        <translation type="unfinished">Y bobl a wnaeth hyn</translation>
    </message>
    <message>
        <source>How many people did it?</source>
        <extracomment>offender_count title; offender_count easy read 1</extracomment>
        <translation type="unfinished">Faint o bobl wnaeth hyn?</translation>
    </message>
    <message>
        <source>One person</source>
        <extracomment>offender_count one label</extracomment>
        <translation type="unfinished">Un person</translation>
    </message>
    <message>
        <source>Two people</source>
        <extracomment>offender_count two label</extracomment>
        <translation type="unfinished">Dau berson</translation>
    </message>
    <message>
        <source>Three to five people</source>
        <extracomment>offender_count three_to_five label</extracomment>
        <translation type="unfinished">Tri i bump o bobl</translation>
    </message>
    <message>
        <source>More than five people</source>
        <extracomment>offender_count more_than_five label</extracomment>
        <translation type="unfinished">Mwy na phump o bobl</translation>
    </message>
    <message>
        <source>Do you know who did it?</source>
        <extracomment>offender_known title</extracomment>
        <translation type="unfinished">Ydych chi&apos;n gwybod pwy wnaeth hyn?</translation>
    </message>
    <message>
        <source>No, they were strangers</source>
        <extracomment>offender_known strangers label</extracomment>
        <translation type="unfinished">Nac ydw, dieithriaid oedden nhw</translation>
    </message>
    <message>
        <source>Yes, I know who did it</source>
        <extracomment>offender_known known label</extracomment>
        <translation type="unfinished">Ydw, rydw i&apos;n gwybod pwy wnaeth hyn</translation>
    </message>
    <message>
        <source>I know some of them</source>
        <extracomment>offender_known some_known label</extracomment>
        <translation type="unfinished">Rydw i&apos;n adnabod rhai ohonyn nhw</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <extracomment>offender_known dont_know label</extracomment>
        <translation type="unfinished">Dydw i ddim yn siŵr</translation>
    </message>
    <message>
        <source>Who are they to you?</source>
        <extracomment>offender_relationship title</extracomment>
        <translation type="unfinished">Pwy ydyn nhw i chi?</translation>
    </message>
    <message>
        <source>For example a neighbour, someone from work or school, or their name if you want to give it.</source>
        <extracomment>offender_relationship hint</extracomment>
        <translation type="unfinished">Er enghraifft cymydog, rhywun o&apos;r gwaith neu&apos;r ysgol, neu eu henw os ydych chi eisiau ei roi.</translation>
    </message>
    <message>
        <source>Describe the people who did it</source>
        <extracomment>offenders title</extracomment>
        <translation type="unfinished">Disgrifiwch y bobl a wnaeth hyn</translation>
    </message>
    <message>
        <source>Add each person you can remember. Describe them as they looked to you. Leave out anything you did not see.</source>
        <extracomment>offenders hint</extracomment>
        <translation type="unfinished">Ychwanegwch bob person rydych chi&apos;n ei gofio. Disgrifiwch nhw fel roedden nhw&apos;n edrych i chi. Gadewch allan unrhyw beth na welsoch chi.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>offenders item_title</extracomment>
        <translation type="unfinished">Person %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <extracomment>offenders add_label</extracomment>
        <translation type="unfinished">Ychwanegu person</translation>
    </message>
    <message>
        <source>About how old were they?</source>
        <extracomment>offenders &gt; offender_age title</extracomment>
        <translation type="unfinished">Tua pa oed oedden nhw?</translation>
    </message>
    <message>
        <source>Under 18</source>
        <extracomment>offenders &gt; offender_age under_18 label; your_age under_18 label</extracomment>
        <translation type="unfinished">O dan 18</translation>
    </message>
    <message>
        <source>18 to 24</source>
        <extracomment>offenders &gt; offender_age 18_24 label; your_age 18_24 label</extracomment>
        <translation type="unfinished">18 i 24</translation>
    </message>
    <message>
        <source>25 to 34</source>
        <extracomment>offenders &gt; offender_age 25_34 label; your_age 25_34 label</extracomment>
        <translation type="unfinished">25 i 34</translation>
    </message>
    <message>
        <source>35 to 44</source>
        <extracomment>offenders &gt; offender_age 35_44 label; your_age 35_44 label</extracomment>
        <translation type="unfinished">35 i 44</translation>
    </message>
    <message>
        <source>45 to 54</source>
        <extracomment>offenders &gt; offender_age 45_54 label; your_age 45_54 label</extracomment>
        <translation type="unfinished">45 i 54</translation>
    </message>
    <message>
        <source>55 to 64</source>
        <extracomment>offenders &gt; offender_age 55_64 label; your_age 55_64 label</extracomment>
        <translation type="unfinished">55 i 64</translation>
    </message>
    <message>
        <source>65 or over</source>
        <extracomment>offenders &gt; offender_age 65_plus label</extracomment>
        <translation type="unfinished">65 neu hŷn</translation>
    </message>
    <message>
        <source>What gender did they seem to be?</source>
        <extracomment>offenders &gt; offender_gender title</extracomment>
        <translation type="unfinished">Beth oedd eu rhywedd, yn ôl pob golwg?</translation>
    </message>
    <message>
        <source>A man</source>
        <extracomment>offenders &gt; offender_gender man label</extracomment>
        <translation type="unfinished">Dyn</translation>
    </message>
    <message>
        <source>A woman</source>
        <extracomment>offenders &gt; offender_gender woman label</extracomment>
        <translation type="unfinished">Menyw</translation>
    </message>
    <message>
        <source>Another way</source>
        <extracomment>offenders &gt; offender_gender other label</extracomment>
        <translation type="unfinished">Mewn ffordd arall</translation>
    </message>
    <message>
        <source>I could not tell</source>
        <extracomment>offenders &gt; offender_gender dont_know label</extracomment>
        <translation type="unfinished">Doeddwn i ddim yn gallu dweud</translation>
    </message>
    <message>
        <source>What was their build?</source>
        <extracomment>offenders &gt; offender_build title</extracomment>
        <translation type="unfinished">Sut gorff oedd ganddyn nhw?</translation>
    </message>
    <message>
        <source>Slim</source>
        <extracomment>offenders &gt; offender_build slim label</extracomment>
        <translation type="unfinished">Main</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>offenders &gt; offender_build medium label</extracomment>
        <translation type="unfinished">Canolig</translation>
    </message>
    <message>
        <source>Large or heavy</source>
        <extracomment>offenders &gt; offender_build large label</extracomment>
        <translation type="unfinished">Mawr neu drwm</translation>
    </message>
    <message>
        <source>Muscular</source>
        <extracomment>offenders &gt; offender_build muscular label</extracomment>
        <translation type="unfinished">Cyhyrog</translation>
    </message>
    <message>
        <source>How tall were they?</source>
        <extracomment>offenders &gt; offender_height title</extracomment>
        <translation type="unfinished">Pa mor dal oedden nhw?</translation>
    </message>
    <message>
        <source>Shorter than most people</source>
        <extracomment>offenders &gt; offender_height short label</extracomment>
        <translation type="unfinished">Byrrach na&apos;r rhan fwyaf o bobl</translation>
    </message>
    <message>
        <source>About average</source>
        <extracomment>offenders &gt; offender_height average label</extracomment>
        <translation type="unfinished">Tua&apos;r cyfartaledd</translation>
    </message>
    <message>
        <source>Taller than most people</source>
        <extracomment>offenders &gt; offender_height tall label</extracomment>
        <translation type="unfinished">Talach na&apos;r rhan fwyaf o bobl</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">Lliw eu croen neu eu golwg ethnig, fel roedd yn edrych i chi</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">Beth roedden nhw&apos;n ei wisgo</translation>
    </message>
    <message>
        <source>Their hair</source>
        <extracomment>offenders &gt; offender_hair title</extracomment>
        <translation type="unfinished">Eu gwallt</translation>
    </message>
    <message>
        <source>For example colour, length, style, or a beard.</source>
        <extracomment>offenders &gt; offender_hair hint</extracomment>
        <translation type="unfinished">Er enghraifft lliw, hyd, steil, neu farf.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">Eu hacen neu&apos;r iaith roedden nhw&apos;n ei siarad</translation>
    </message>
    <message>
        <source>Anything else you noticed</source>
        <extracomment>offenders &gt; offender_marks title</extracomment>
        <translation type="unfinished">Unrhyw beth arall y sylwoch chi arno</translation>
    </message>
    <message>
        <source>For example tattoos, scars, glasses or a way of walking.</source>
        <extracomment>offenders &gt; offender_marks hint</extracomment>
        <translation type="unfinished">Er enghraifft tatŵs, creithiau, sbectol neu ffordd o gerdded.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">Oedd ganddyn nhw gar, fan neu gerbyd arall?</translation>
    </message>
    <message>
        <source>Describe the vehicle</source>
        <extracomment>vehicles title</extracomment>
        <translation type="unfinished">Disgrifiwch y cerbyd</translation>
    </message>
    <message>
        <source>Tell us whatever you remember. Part of the number plate helps too.</source>
        <extracomment>vehicles hint</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni unrhyw beth rydych chi&apos;n ei gofio. Mae rhan o&apos;r plât rhif yn helpu hefyd.</translation>
    </message>
    <message>
        <source>Vehicle %1</source>
        <extracomment>vehicles item_title</extracomment>
        <translation type="unfinished">Cerbyd %1</translation>
    </message>
    <message>
        <source>Add a vehicle</source>
        <extracomment>vehicles add_label</extracomment>
        <translation type="unfinished">Ychwanegu cerbyd</translation>
    </message>
    <message>
        <source>Make</source>
        <extracomment>vehicles &gt; vehicle_make title</extracomment>
        <translation type="unfinished">Gwneuthuriad</translation>
    </message>
    <message>
        <source>For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make hint</extracomment>
        <translation type="unfinished">Er enghraifft Ford.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>vehicles &gt; vehicle_model title</extracomment>
        <translation type="unfinished">Model</translation>
    </message>
    <message>
        <source>For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model hint</extracomment>
        <translation type="unfinished">Er enghraifft Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Lliw</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Plât rhif, neu ran ohono</translation>
    </message>
    <message>
        <source>Did anyone else see it happen?</source>
        <extracomment>witnesses title; witnesses easy read 1</extracomment>
        <translation type="unfinished">Welodd unrhyw un arall y peth yn digwydd?</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it</source>
        <extracomment>witness_details title</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni am y bobl a&apos;i gwelodd</translation>
    </message>
    <message>
        <source>For example how many there were, or how to reach them if you know and they agree.</source>
        <extracomment>witness_details hint</extracomment>
        <translation type="unfinished">Er enghraifft faint ohonyn nhw oedd yno, neu sut i gysylltu â nhw, os ydych chi&apos;n gwybod a&apos;u bod nhw&apos;n cytuno.</translation>
    </message>
    <message>
        <source>Could it have been filmed?</source>
        <extracomment>cctv title</extracomment>
        <translation type="unfinished">Ydy hi&apos;n bosibl ei fod wedi cael ei ffilmio?</translation>
    </message>
    <message>
        <source>For example by cameras on shops, buses or doorbells, or on someone&apos;s phone.</source>
        <extracomment>cctv hint</extracomment>
        <translation type="unfinished">Er enghraifft gan gamerâu ar siopau, bysiau neu gloch drws, neu ar ffôn rhywun.</translation>
    </message>
    <message>
        <source>Your safety</source>
        <extracomment>happened_before section; how_often section; same_people section; getting_worse section; they_know_where_you_live section; you_know_where_they_live section; threatened_return section; injured section; medical_help section; safe_at_home section; others_at_risk section; barriers section</extracomment>
        <translation type="unfinished">Eich diogelwch</translation>
    </message>
    <message>
        <source>Has anything like this happened before?</source>
        <extracomment>happened_before title</extracomment>
        <translation type="unfinished">Ydy rhywbeth fel hyn wedi digwydd o&apos;r blaen?</translation>
    </message>
    <message>
        <source>To you, or to the person it happened to.</source>
        <extracomment>happened_before hint</extracomment>
        <translation type="unfinished">I chi, neu i&apos;r person y digwyddodd iddo.</translation>
    </message>
    <message>
        <source>How often has it happened before?</source>
        <extracomment>how_often title</extracomment>
        <translation type="unfinished">Pa mor aml mae wedi digwydd o&apos;r blaen?</translation>
    </message>
    <message>
        <source>Once before</source>
        <extracomment>how_often once label</extracomment>
        <translation type="unfinished">Unwaith o&apos;r blaen</translation>
    </message>
    <message>
        <source>A few times</source>
        <extracomment>how_often few_times label</extracomment>
        <translation type="unfinished">Ychydig o weithiau</translation>
    </message>
    <message>
        <source>Many times</source>
        <extracomment>how_often many_times label</extracomment>
        <translation type="unfinished">Llawer o weithiau</translation>
    </message>
    <message>
        <source>It happens all the time</source>
        <extracomment>how_often all_the_time label</extracomment>
        <translation type="unfinished">Mae&apos;n digwydd drwy&apos;r amser</translation>
    </message>
    <message>
        <source>Was it the same people as before?</source>
        <extracomment>same_people title; same_people easy read 1</extracomment>
        <translation type="unfinished">Ai&apos;r un bobl oedden nhw â&apos;r tro o&apos;r blaen?</translation>
    </message>
    <message>
        <source>Are things getting worse?</source>
        <extracomment>getting_worse title; getting_worse easy read 1</extracomment>
        <translation type="unfinished">Ydy pethau&apos;n gwaethygu?</translation>
    </message>
    <message>
        <source>Do the people who did it know where you live?</source>
        <extracomment>they_know_where_you_live title; they_know_where_you_live easy read 1</extracomment>
        <translation type="unfinished">Ydy&apos;r bobl a wnaeth hyn yn gwybod ble rydych chi&apos;n byw?</translation>
    </message>
    <message>
        <source>Do you know where they live?</source>
        <extracomment>you_know_where_they_live title; you_know_where_they_live easy read 1</extracomment>
        <translation type="unfinished">Ydych chi&apos;n gwybod ble maen nhw&apos;n byw?</translation>
    </message>
    <message>
        <source>Have they threatened to come back or to hurt you?</source>
        <extracomment>threatened_return title</extracomment>
        <translation type="unfinished">Ydyn nhw wedi bygwth dod yn ôl neu eich brifo chi?</translation>
    </message>
    <message>
        <source>Was anyone hurt?</source>
        <extracomment>injured title; injured easy read 1</extracomment>
        <translation type="unfinished">Gafodd unrhyw un ei anafu?</translation>
    </message>
    <message>
        <source>Does anyone need medical help now?</source>
        <extracomment>medical_help title</extracomment>
        <translation type="unfinished">Oes angen help meddygol ar unrhyw un nawr?</translation>
    </message>
    <message>
        <source>If someone is badly hurt, call 999 for an ambulance.</source>
        <extracomment>medical_help hint; medical_help easy read 2</extracomment>
        <translation type="unfinished">Os yw rhywun wedi&apos;i anafu&apos;n ddifrifol, ffoniwch 999 am ambiwlans.</translation>
    </message>
    <message>
        <source>Do you feel safe at home now?</source>
        <extracomment>safe_at_home title; safe_at_home easy read 1</extracomment>
        <translation type="unfinished">Ydych chi&apos;n teimlo&apos;n ddiogel gartref nawr?</translation>
    </message>
    <message>
        <source>Is anyone else at risk?</source>
        <extracomment>others_at_risk title</extracomment>
        <translation type="unfinished">Oes unrhyw un arall mewn perygl?</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>others_at_risk children label</extracomment>
        <translation type="unfinished">Plant</translation>
    </message>
    <message>
        <source>My family or the people I live with</source>
        <extracomment>others_at_risk family label</extracomment>
        <translation type="unfinished">Fy nheulu neu&apos;r bobl rydw i&apos;n byw gyda nhw</translation>
    </message>
    <message>
        <source>Other people in my community</source>
        <extracomment>others_at_risk community label</extracomment>
        <translation type="unfinished">Pobl eraill yn fy nghymuned</translation>
    </message>
    <message>
        <source>Someone else</source>
        <extracomment>others_at_risk other_people label</extracomment>
        <translation type="unfinished">Rhywun arall</translation>
    </message>
    <message>
        <source>No one else</source>
        <extracomment>others_at_risk none label</extracomment>
        <translation type="unfinished">Neb arall</translation>
    </message>
    <message>
        <source>Does anything make it harder for you to get help?</source>
        <extracomment>barriers title</extracomment>
        <translation type="unfinished">Oes unrhyw beth yn ei gwneud hi&apos;n anoddach i chi gael help?</translation>
    </message>
    <message>
        <source>Choose all that apply. This helps the organisation support you in the right way.</source>
        <extracomment>barriers hint</extracomment>
        <translation type="unfinished">Dewiswch bob un sy&apos;n berthnasol. Mae hyn yn helpu&apos;r sefydliad i&apos;ch cefnogi chi yn y ffordd iawn.</translation>
    </message>
    <message>
        <source>A disability or health condition</source>
        <extracomment>barriers disability label</extracomment>
        <translation type="unfinished">Anabledd neu gyflwr iechyd</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>barriers language label</extracomment>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>Being on my own, or cut off from other people</source>
        <extracomment>barriers isolation label</extracomment>
        <translation type="unfinished">Bod ar fy mhen fy hun, neu wedi fy ynysu oddi wrth bobl eraill</translation>
    </message>
    <message>
        <source>Worries about immigration status</source>
        <extracomment>barriers immigration label</extracomment>
        <translation type="unfinished">Pryderon am statws mewnfudo</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>barriers none label</extracomment>
        <translation type="unfinished">Dim byd</translation>
    </message>
    <message>
        <source>Support</source>
        <extracomment>support section; interpreter_language section; formats section</extracomment>
        <translation type="unfinished">Cymorth</translation>
    </message>
    <message>
        <source>What would help you?</source>
        <extracomment>support title</extracomment>
        <translation type="unfinished">Beth fyddai&apos;n eich helpu chi?</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <extracomment>support emotional label</extracomment>
        <translation type="unfinished">Rhywun i siarad â nhw</translation>
    </message>
    <message>
        <source>Practical help</source>
        <extracomment>support practical label</extracomment>
        <translation type="unfinished">Help ymarferol</translation>
    </message>
    <message>
        <source>For example with housing, repairs or security.</source>
        <extracomment>support practical hint</extracomment>
        <translation type="unfinished">Er enghraifft gyda thai, gwaith trwsio neu ddiogelwch.</translation>
    </message>
    <message>
        <source>An interpreter</source>
        <extracomment>support interpreter label</extracomment>
        <translation type="unfinished">Cyfieithydd</translation>
    </message>
    <message>
        <source>Information in another format</source>
        <extracomment>support accessible_formats label</extracomment>
        <translation type="unfinished">Gwybodaeth mewn fformat arall</translation>
    </message>
    <message>
        <source>Someone to speak up for me (an advocate)</source>
        <extracomment>support advocacy label</extracomment>
        <translation type="unfinished">Rhywun i siarad ar fy rhan (eiriolwr)</translation>
    </message>
    <message>
        <source>None of these</source>
        <extracomment>support none label</extracomment>
        <translation type="unfinished">Dim un o&apos;r rhain</translation>
    </message>
    <message>
        <source>Which language would you like an interpreter for?</source>
        <extracomment>interpreter_language title</extracomment>
        <translation type="unfinished">Ar gyfer pa iaith hoffech chi gael cyfieithydd?</translation>
    </message>
    <message>
        <source>Include British Sign Language if you need it.</source>
        <extracomment>interpreter_language hint</extracomment>
        <translation type="unfinished">Cofiwch gynnwys Iaith Arwyddion Prydain (BSL) os oes ei hangen arnoch chi.</translation>
    </message>
    <message>
        <source>Which formats would help?</source>
        <extracomment>formats title</extracomment>
        <translation type="unfinished">Pa fformatau fyddai&apos;n helpu?</translation>
    </message>
    <message>
        <source>Easy read</source>
        <extracomment>formats easy_read label</extracomment>
        <translation type="unfinished">Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Large print</source>
        <extracomment>formats large_print label</extracomment>
        <translation type="unfinished">Print bras</translation>
    </message>
    <message>
        <source>British Sign Language (BSL) video</source>
        <extracomment>formats bsl label</extracomment>
        <translation type="unfinished">Fideo Iaith Arwyddion Prydain (BSL)</translation>
    </message>
    <message>
        <source>Audio</source>
        <extracomment>formats audio label</extracomment>
        <translation type="unfinished">Sain</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <extracomment>your_age title</extracomment>
        <translation type="unfinished">Beth yw eich oed?</translation>
    </message>
    <message>
        <source>This helps organisations see who is affected. You do not have to say.</source>
        <extracomment>your_age hint</extracomment>
        <translation type="unfinished">Mae hyn yn helpu sefydliadau i weld pwy sy&apos;n cael eu heffeithio. Does dim rhaid i chi ddweud.</translation>
    </message>
    <message>
        <source>65 to 74</source>
        <extracomment>your_age 65_74 label</extracomment>
        <translation type="unfinished">65 i 74</translation>
    </message>
    <message>
        <source>75 or over</source>
        <extracomment>your_age 75_plus label</extracomment>
        <translation type="unfinished">75 neu hŷn</translation>
    </message>
    <message>
        <source>How do you describe yourself?</source>
        <extracomment>describe_yourself title</extracomment>
        <translation type="unfinished">Sut ydych chi&apos;n disgrifio eich hun?</translation>
    </message>
    <message>
        <source>For example your gender, ethnicity, faith, or anything else you want the organisation to know. You can leave this empty.</source>
        <extracomment>describe_yourself hint</extracomment>
        <translation type="unfinished">Er enghraifft eich rhywedd, ethnigrwydd, ffydd, neu unrhyw beth arall rydych chi eisiau i&apos;r sefydliad ei wybod. Gallwch chi adael hwn yn wag.</translation>
    </message>
    <message>
        <source>Choose one of the answers</source>
        <translation type="unfinished">Dewiswch un o&apos;r atebion</translation>
    </message>
    <message>
        <source>Enter the time like 18:30 or 6:30pm, or leave it empty</source>
        <translation type="unfinished">Rhowch yr amser fel 18:30 neu 6:30pm, neu gadewch e&apos;n wag</translation>
    </message>
    <message>
        <source>The end date must be after the start date</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen fod ar ôl y dyddiad dechrau</translation>
    </message>
    <message>
        <source>Your answer must be %1 characters or fewer. It has %2 too many.</source>
        <translation type="unfinished">Rhaid i&apos;ch ateb fod yn %1 nod neu lai. Mae ganddo %2 yn ormod.</translation>
    </message>
    <message>
        <source>Choose from the answers shown</source>
        <translation type="unfinished">Dewiswch o&apos;r atebion a ddangosir</translation>
    </message>
    <message>
        <source>Choose “%1” on its own, or the other answers, not both</source>
        <translation type="unfinished">Dewiswch “%1” ar ei ben ei hun, neu&apos;r atebion eraill, nid y ddau</translation>
    </message>
    <message>
        <source>The description of the place must be %1 characters or fewer</source>
        <translation type="unfinished">Rhaid i&apos;r disgrifiad o&apos;r lle fod yn %1 nod neu lai</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ydy</translation>
    </message>
    <message>
        <source>I know the date</source>
        <translation type="unfinished">Rwy&apos;n gwybod y dyddiad</translation>
    </message>
    <message>
        <source>I know roughly when (an estimate)</source>
        <translation type="unfinished">Rwy&apos;n gwybod yn fras pryd (amcangyfrif)</translation>
    </message>
    <message>
        <source>It was between two dates</source>
        <translation type="unfinished">Roedd rhwng dau ddyddiad</translation>
    </message>
    <message>
        <source>It keeps happening</source>
        <translation type="unfinished">Mae&apos;n dal i ddigwydd</translation>
    </message>
    <message>
        <source>Enter only the first part of the postcode, like E1, not the full postcode</source>
        <translation type="unfinished">Rhowch ran gyntaf y cod post yn unig, fel E1, nid y cod post llawn</translation>
    </message>
    <message>
        <source>The area must be 60 characters or fewer</source>
        <translation type="unfinished">Rhaid i&apos;r ardal fod yn 60 nod neu lai</translation>
    </message>
    <message>
        <source>Enter the first part of a postcode, like E1, or the name of a town, like Leeds</source>
        <translation type="unfinished">Rhowch ran gyntaf cod post, fel E1, neu enw tref, fel Leeds</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished">Ardal: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished">%1 am %2</translation>
    </message>
    <message>
        <source>About %1 (an estimate)</source>
        <translation type="unfinished">Tua %1 (amcangyfrif)</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation type="unfinished">Rhwng %1 a %2</translation>
    </message>
    <message>
        <source>It keeps happening, since %1</source>
        <translation type="unfinished">Mae&apos;n dal i ddigwydd, ers %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished">%1 (dewisol)</translation>
    </message>
    <message>
        <source>Are you in danger right now?</source>
        <extracomment>in_danger easy read 1</extracomment>
        <translation type="unfinished">Ydych chi mewn perygl ar hyn o bryd?</translation>
    </message>
    <message>
        <source>If you are, we will show you who to call for help.</source>
        <extracomment>in_danger easy read 2</extracomment>
        <translation type="unfinished">Os ydych chi, byddwn ni&apos;n dangos i chi pwy i&apos;w ffonio am help.</translation>
    </message>
    <message>
        <source>You can come back to this report afterwards.</source>
        <extracomment>in_danger easy read 3</extracomment>
        <translation type="unfinished">Gallwch chi ddod yn ôl at yr adroddiad hwn wedyn.</translation>
    </message>
    <message>
        <source>Tell us who this happened to.</source>
        <extracomment>role easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni i bwy ddigwyddodd hyn.</translation>
    </message>
    <message>
        <source>It can be you, or someone else.</source>
        <extracomment>role easy read 2</extracomment>
        <translation type="unfinished">Gall fod wedi digwydd i chi, neu i rywun arall.</translation>
    </message>
    <message>
        <source>Tell us what happened, in your own words.</source>
        <extracomment>narrative easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth ddigwyddodd, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>Take your time. Write as much as you remember.</source>
        <extracomment>narrative easy read 2</extracomment>
        <translation type="unfinished">Does dim angen brysio. Ysgrifennwch gymaint ag y gallwch chi ei gofio.</translation>
    </message>
    <message>
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">Beth wnaethon nhw? Dewiswch bob ateb sy&apos;n wir.</translation>
    </message>
    <message>
        <source>Why do you think they picked on you, or on them?</source>
        <extracomment>targeted easy read 1</extracomment>
        <translation type="unfinished">Pam ydych chi&apos;n meddwl eu bod nhw wedi pigo arnoch chi, neu arnyn nhw?</translation>
    </message>
    <message>
        <source>Choose every answer that is true. What you think is enough.</source>
        <extracomment>targeted easy read 2</extracomment>
        <translation type="unfinished">Dewiswch bob ateb sy&apos;n wir. Mae&apos;r hyn rydych chi&apos;n ei feddwl yn ddigon.</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth arall amdanyn nhw oedd y rheswm, yn eich barn chi.</translation>
    </message>
    <message>
        <source>Did it happen on a phone, a computer or the internet?</source>
        <extracomment>online easy read 1</extracomment>
        <translation type="unfinished">Ddigwyddodd e ar ffôn, ar gyfrifiadur neu ar y rhyngrwyd?</translation>
    </message>
    <message>
        <source>For example in messages, on social media or in a phone call.</source>
        <extracomment>online easy read 2</extracomment>
        <translation type="unfinished">Er enghraifft mewn negeseuon, ar gyfryngau cymdeithasol neu mewn galwad ffôn.</translation>
    </message>
    <message>
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">Ar ba ap neu wefan oedd e? Er enghraifft Facebook neu WhatsApp.</translation>
    </message>
    <message>
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Copïwch gyfeiriad gwe&apos;r post neu&apos;r cyfrif, os gallwch chi.</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth wnaethon nhw ei ysgrifennu neu ei ddweud. Copïwch eu geiriau os gallwch chi.</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">Ydy pobl yn gallu ei weld ar y rhyngrwyd o hyd?</translation>
    </message>
    <message>
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">Pryd ddigwyddodd e? Os nad ydych chi&apos;n siŵr, rhowch eich amcangyfrif gorau.</translation>
    </message>
    <message>
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">Dydyn ni ddim yn edrych i weld ble rydych chi. Dywedwch wrthon ni dim ond yr hyn rydych chi eisiau ei ddweud.</translation>
    </message>
    <message>
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">Ydych chi&apos;n adnabod y bobl a wnaeth hyn?</translation>
    </message>
    <message>
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">Pwy ydyn nhw i chi? Er enghraifft cymydog neu rywun o&apos;r gwaith.</translation>
    </message>
    <message>
        <source>Tell us what each person looked like.</source>
        <extracomment>offenders easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni sut roedd pob person yn edrych.</translation>
    </message>
    <message>
        <source>Only tell us what you saw. You can leave things out.</source>
        <extracomment>offenders easy read 2</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni dim ond beth welsoch chi. Gallwch chi adael pethau allan.</translation>
    </message>
    <message>
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">Tua pa oed oedden nhw&apos;n edrych?</translation>
    </message>
    <message>
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">Beth oedd eu rhywedd, yn eich barn chi?</translation>
    </message>
    <message>
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">Sut gorff oedd ganddyn nhw, fel roedd yn edrych i chi?</translation>
    </message>
    <message>
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">Pa mor dal oedden nhw, fel roedd yn edrych i chi?</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">Pa liw croen neu olwg ethnig oedd ganddyn nhw, fel roedd yn edrych i chi?</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">Pa ddillad oedden nhw&apos;n eu gwisgo?</translation>
    </message>
    <message>
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">Sut wallt oedd ganddyn nhw? Er enghraifft y lliw, neu farf.</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">Sut roedden nhw&apos;n siarad? Dywedwch wrthon ni am eu hacen neu eu hiaith.</translation>
    </message>
    <message>
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">Wnaethoch chi sylwi ar unrhyw beth arall? Er enghraifft tatŵs, creithiau neu sbectol.</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
        <translation type="unfinished">Oedd ganddyn nhw gar, fan neu gerbyd arall?</translation>
    </message>
    <message>
        <source>Tell us what you remember about the vehicle.</source>
        <extracomment>vehicles easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth rydych chi&apos;n ei gofio am y cerbyd.</translation>
    </message>
    <message>
        <source>Part of the number plate helps too.</source>
        <extracomment>vehicles easy read 2</extracomment>
        <translation type="unfinished">Mae rhan o&apos;r plât rhif yn helpu hefyd.</translation>
    </message>
    <message>
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">Pa wneuthuriad oedd y cerbyd? Er enghraifft Ford.</translation>
    </message>
    <message>
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">Pa fodel oedd e? Er enghraifft Transit.</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">Pa liw oedd y cerbyd?</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">Beth oedd y plât rhif? Mae rhan ohono&apos;n helpu hefyd.</translation>
    </message>
    <message>
        <source>Tell us about the people who saw it.</source>
        <extracomment>witness_details easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni am y bobl a&apos;i gwelodd.</translation>
    </message>
    <message>
        <source>Tell us how to reach them, but only if they agree.</source>
        <extracomment>witness_details easy read 2</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni sut i gysylltu â nhw, ond dim ond os ydyn nhw&apos;n cytuno.</translation>
    </message>
    <message>
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">Allai camera fod wedi ffilmio&apos;r peth? Er enghraifft ar siop, bws neu ffôn.</translation>
    </message>
    <message>
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">Ydy rhywbeth fel hyn wedi digwydd o&apos;r blaen?</translation>
    </message>
    <message>
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">Sawl gwaith mae wedi digwydd o&apos;r blaen?</translation>
    </message>
    <message>
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">Wnaethon nhw ddweud y byddan nhw&apos;n dod yn ôl, neu&apos;n eich brifo chi?</translation>
    </message>
    <message>
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">Oes angen meddyg neu nyrs ar unrhyw un nawr?</translation>
    </message>
    <message>
        <source>Could anyone else be hurt or in danger?</source>
        <extracomment>others_at_risk easy read 1</extracomment>
        <translation type="unfinished">Allai unrhyw un arall gael ei anafu neu fod mewn perygl?</translation>
    </message>
    <message>
        <source>Choose every answer that is true.</source>
        <extracomment>others_at_risk easy read 2</extracomment>
        <translation type="unfinished">Dewiswch bob ateb sy&apos;n wir.</translation>
    </message>
    <message>
        <source>Is anything making it hard for you to get help?</source>
        <extracomment>barriers easy read 1</extracomment>
        <translation type="unfinished">Oes unrhyw beth yn ei gwneud hi&apos;n anodd i chi gael help?</translation>
    </message>
    <message>
        <source>This helps them help you in the right way.</source>
        <extracomment>barriers easy read 2</extracomment>
        <translation type="unfinished">Mae hyn yn eu helpu nhw i&apos;ch helpu chi yn y ffordd iawn.</translation>
    </message>
    <message>
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">Pa help hoffech chi? Dewiswch bob ateb rydych chi eisiau.</translation>
    </message>
    <message>
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">Ar gyfer pa iaith rydych chi eisiau cyfieithydd? Gall fod yn iaith arwyddion.</translation>
    </message>
    <message>
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">Sut hoffech chi gael gwybodaeth? Er enghraifft hawdd ei ddeall neu brint bras.</translation>
    </message>
    <message>
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">Beth yw eich oed? Does dim rhaid i chi ddweud.</translation>
    </message>
    <message>
        <source>Tell us about yourself, if you want to. You can leave this empty.</source>
        <extracomment>describe_yourself easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni amdanoch chi&apos;ch hun, os ydych chi eisiau. Gallwch chi adael hwn yn wag.</translation>
    </message>
    <message>
        <source>More about what happened</source>
        <extracomment>incident_types section</extracomment>
        <translation type="unfinished">Mwy am beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Copy it here if you can, word for word. Keep any screenshots on your phone and say here that you have them: the organisation can ask you for them later.</source>
        <extracomment>online_content hint</extracomment>
        <translation type="unfinished">Copïwch ef yma os gallwch chi, air am air. Cadwch unrhyw sgrinluniau ar eich ffôn a dywedwch yma fod gennych chi nhw: gall y sefydliad ofyn i chi amdanyn nhw yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Only the organisations you choose to send this report to will see this answer (the police too, if you choose them). Support organisations do not pass it to immigration enforcement without your agreement.</source>
        <extracomment>barriers immigration hint</extracomment>
        <translation type="unfinished">Dim ond y sefydliadau rydych chi&apos;n dewis anfon yr adroddiad hwn atyn nhw fydd yn gweld yr ateb hwn (yr heddlu hefyd, os byddwch chi&apos;n eu dewis nhw). Nid yw sefydliadau cymorth yn ei roi i swyddogion gorfodi mewnfudo heb eich cytundeb chi.</translation>
    </message>
    <message>
        <source>Only the organisations you choose will see your answer.</source>
        <extracomment>barriers easy read 3</extracomment>
        <translation type="unfinished">Dim ond y sefydliadau rydych chi&apos;n eu dewis fydd yn gweld eich ateb.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished">Stopio darllen</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished">Darllen y dudalen hon yn uchel</translation>
    </message>
    <message>
        <source>Read aloud is not available in %1 on this device. A volunteer or a friend can read the questions to you.</source>
        <translation type="unfinished">Nid yw darllen yn uchel ar gael yn %1 ar y ddyfais hon. Gall gwirfoddolwr neu ffrind ddarllen y cwestiynau i chi.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who should we send your report to?</source>
        <translation type="unfinished">At bwy ddylen ni anfon eich adroddiad?</translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished">Yr heddlu</translation>
    </message>
    <message>
        <source>The police force for the area where it happened.</source>
        <translation type="unfinished">Yr heddlu ar gyfer yr ardal lle digwyddodd.</translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished">Sefydliad cymorth</translation>
    </message>
    <message>
        <source>A third-party reporting centre. It can support you, and can pass your report to the police if you want.</source>
        <translation type="unfinished">Canolfan adrodd trydydd parti. Gall eich cefnogi chi, a gall roi eich adroddiad i&apos;r heddlu os ydych chi eisiau.</translation>
    </message>
    <message>
        <source>Both the police and a support organisation</source>
        <translation type="unfinished">Yr heddlu a sefydliad cymorth</translation>
    </message>
    <message>
        <source>Each gets its own copy.</source>
        <translation type="unfinished">Mae pob un yn cael ei gopi ei hun.</translation>
    </message>
    <message>
        <source>Only record it: I do not want any action taken</source>
        <translation type="unfinished">Cofnodi&apos;n unig: dydw i ddim eisiau i unrhyw gamau gael eu cymryd</translation>
    </message>
    <message>
        <source>A support organisation records it so that hate crime is counted. We ask them not to take any action.</source>
        <translation type="unfinished">Mae sefydliad cymorth yn ei gofnodi fel bod troseddau casineb yn cael eu cyfrif. Rydyn ni&apos;n gofyn iddyn nhw beidio â chymryd unrhyw gamau.</translation>
    </message>
    <message>
        <source>Your report is locked so that only the organisations you choose can read it. Each one can see which others you chose.</source>
        <translation type="unfinished">Mae eich adroddiad wedi&apos;i gloi fel mai dim ond y sefydliadau rydych chi&apos;n eu dewis all ei ddarllen. Gall pob un weld pa sefydliadau eraill a ddewisoch chi.</translation>
    </message>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers on the first page.</source>
        <translation type="unfinished">Dydy Harbour ddim yn gallu dod o hyd i restr gyfredol o sefydliadau ar y ddyfais hon, felly dydy e ddim yn gallu anfon eich adroddiad. Defnyddiwch un o&apos;r rhifau ffôn ar y dudalen gyntaf.</translation>
    </message>
    <message>
        <source>This device sends every report to: %1</source>
        <translation type="unfinished">Mae&apos;r ddyfais hon yn anfon pob adroddiad at: %1</translation>
    </message>
    <message>
        <source>Choose the police force</source>
        <translation type="unfinished">Dewiswch yr heddlu</translation>
    </message>
    <message>
        <source>Choose the police force and a support organisation</source>
        <translation type="unfinished">Dewiswch yr heddlu a sefydliad cymorth</translation>
    </message>
    <message>
        <source>Choose a support organisation</source>
        <translation type="unfinished">Dewiswch sefydliad cymorth</translation>
    </message>
    <message>
        <source>These cover %1, where you said it happened.</source>
        <translation type="unfinished">Mae&apos;r rhain yn cwmpasu %1, lle dywedoch chi y digwyddodd.</translation>
    </message>
    <message>
        <source>You did not say where it happened, so organisations for every area are shown.</source>
        <translation type="unfinished">Wnaethoch chi ddim dweud ble digwyddodd, felly mae sefydliadau ar gyfer pob ardal yn cael eu dangos.</translation>
    </message>
    <message>
        <source>%1. %2. Reports about: %3. Languages: %4.</source>
        <translation type="unfinished">%1. %2. Adroddiadau am: %3. Ieithoedd: %4.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">Parhau</translation>
    </message>
    <message>
        <source>What would you like to happen?</source>
        <translation type="unfinished">Beth hoffech chi i ddigwydd?</translation>
    </message>
    <message>
        <source>Choose who gets your report.</source>
        <translation type="unfinished">Dewiswch pwy sy&apos;n cael eich adroddiad.</translation>
    </message>
    <message>
        <source>Only the ones you choose can read it.</source>
        <translation type="unfinished">Dim ond y rhai rydych chi&apos;n eu dewis all ei ddarllen.</translation>
    </message>
    <message>
        <source>A support group can help you. The police can look into what happened.</source>
        <translation type="unfinished">Gall grŵp cymorth eich helpu chi. Gall yr heddlu ymchwilio i&apos;r hyn a ddigwyddodd.</translation>
    </message>
</context>
<context>
    <name>SendTimeChoice</name>
    <message>
        <source>Send it now</source>
        <translation type="unfinished">Ei anfon nawr</translation>
    </message>
    <message>
        <source>Send it at a random time in the next day</source>
        <translation type="unfinished">Ei anfon ar amser ar hap yn ystod y diwrnod nesaf</translation>
    </message>
    <message>
        <source>Send it at a random time in the next 3 days</source>
        <translation type="unfinished">Ei anfon ar amser ar hap yn ystod y 3 diwrnod nesaf</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation type="unfinished">Pryd i&apos;w anfon</translation>
    </message>
    <message>
        <source>The organisation sees when your report arrives. If you do not want that time to match where you were, Harbour can send it later, at a time nobody can guess.</source>
        <translation type="unfinished">Mae&apos;r sefydliad yn gweld pryd mae eich adroddiad yn cyrraedd. Os nad ydych am i&apos;r amser hwnnw gyd-fynd â lle&apos;r oeddech chi, gall Harbour ei anfon yn nes ymlaen, ar amser na all neb ei ddyfalu.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>How Harbour looks and sounds</source>
        <translation type="unfinished">Sut mae Harbour yn edrych ac yn swnio</translation>
    </message>
    <message>
        <source>If you need help now</source>
        <translation type="unfinished">Os oes angen help arnoch nawr</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Os ydych chi mewn perygl nawr, ffoniwch 999. Gall pobl fyddar ddefnyddio 999 BSL neu anfon neges destun i 999 os ydyn nhw wedi cofrestru. Os nad yw&apos;n argyfwng, ffoniwch 101.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff: helping someone make a report</source>
        <translation type="unfinished">Staff: helpu rhywun i wneud adroddiad</translation>
    </message>
    <message>
        <source>If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.</source>
        <translation type="unfinished">Os ydych chi&apos;n wirfoddolwr sy&apos;n helpu rhywun i adrodd, rhowch y cod gwirfoddolwr. Bydd yr adroddiad yn dweud bod rhywun wedi helpu. Nid yw byth yn dweud pwy.</translation>
    </message>
    <message>
        <source>Volunteer code</source>
        <translation type="unfinished">Cod gwirfoddolwr</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished">Yn gwirio&apos;r cod…</translation>
    </message>
    <message>
        <source>Start assisted mode</source>
        <translation type="unfinished">Dechrau&apos;r modd â chymorth</translation>
    </message>
    <message>
        <source>Assisted mode is on. The report will say that a volunteer helped. It never says who.</source>
        <translation type="unfinished">Mae&apos;r modd â chymorth ymlaen. Bydd yr adroddiad yn dweud bod gwirfoddolwr wedi helpu. Nid yw byth yn dweud pwy.</translation>
    </message>
    <message>
        <source>Turn off the time limit for this session</source>
        <translation type="unfinished">Diffodd y terfyn amser ar gyfer y sesiwn hon</translation>
    </message>
    <message>
        <source>The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.</source>
        <translation type="unfinished">Nid yw&apos;r adroddiad yn cael ei glirio pan nad oes neb yn cyffwrdd â&apos;r sgrin am ychydig. Pwyswch Gadael pan fyddwch wedi gorffen.</translation>
    </message>
    <message>
        <source>Start the report</source>
        <translation type="unfinished">Dechrau&apos;r adroddiad</translation>
    </message>
    <message>
        <source>For the organisation</source>
        <translation type="unfinished">Ar gyfer y sefydliad</translation>
    </message>
    <message>
        <source>Kiosk settings (admin passphrase)</source>
        <translation type="unfinished">Gosodiadau&apos;r ciosg (cyfrinymadrodd gweinyddu)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Report a hate crime</source>
        <translation type="unfinished">Rhoi gwybod am drosedd casineb</translation>
    </message>
    <message>
        <source>Report a hate crime or hate incident</source>
        <translation type="unfinished">Rhoi gwybod am drosedd casineb neu ddigwyddiad casineb</translation>
    </message>
    <message>
        <source>Use this to tell an organisation about something that happened to you or someone else because of who they are.</source>
        <translation type="unfinished">Defnyddiwch hwn i ddweud wrth sefydliad am rywbeth a ddigwyddodd i chi neu i rywun arall oherwydd pwy ydyn nhw.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes. You do not have to give your name. Only %1 can read what you send.</source>
        <translation type="unfinished">Mae&apos;n cymryd tua 10 munud. Does dim rhaid i chi roi eich enw. Dim ond %1 all ddarllen yr hyn rydych chi&apos;n ei anfon.</translation>
    </message>
    <message>
        <source>You can press Exit at any time. It clears everything you have typed.</source>
        <translation type="unfinished">Gallwch chi bwyso Gadael unrhyw bryd. Mae hyn yn clirio popeth rydych chi wedi&apos;i deipio.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation type="unfinished">Dechrau nawr</translation>
    </message>
    <message>
        <source>If you are in danger now, or would rather phone:</source>
        <translation type="unfinished">Os ydych chi mewn perygl nawr, neu os byddai&apos;n well gennych chi ffonio:</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. For non-emergencies call 101.</source>
        <translation type="unfinished">Os ydych chi mewn perygl nawr, ffoniwch 999. Gall pobl fyddar ddefnyddio 999 BSL neu anfon neges destun i 999 os ydyn nhw wedi cofrestru. Os nad yw&apos;n argyfwng, ffoniwch 101.</translation>
    </message>
    <message>
        <source>Assisted mode is on: the report will say that a volunteer helped, never who.</source>
        <translation type="unfinished">Mae&apos;r modd â chymorth ymlaen: bydd yr adroddiad yn dweud bod gwirfoddolwr wedi helpu, byth pwy.</translation>
    </message>
    <message>
        <source>Staff: I am helping someone</source>
        <translation type="unfinished">Staff: rwy&apos;n helpu rhywun</translation>
    </message>
    <message>
        <source>Tell us when someone was hurt or scared because of who they are.</source>
        <translation type="unfinished">Dywedwch wrthon ni pan gafodd rhywun ei frifo neu ei ddychryn oherwydd pwy ydyn nhw.</translation>
    </message>
    <message>
        <source>It takes about 10 minutes.</source>
        <translation type="unfinished">Mae&apos;n cymryd tua 10 munud.</translation>
    </message>
    <message>
        <source>You do not have to give your name.</source>
        <translation type="unfinished">Does dim rhaid i chi roi eich enw.</translation>
    </message>
    <message>
        <source>Only %1 can read what you send.</source>
        <translation type="unfinished">Dim ond %1 all ddarllen yr hyn rydych chi&apos;n ei anfon.</translation>
    </message>
    <message>
        <source>Press Exit at any time. It clears everything you typed.</source>
        <translation type="unfinished">Pwyswch Gadael unrhyw bryd. Mae hyn yn clirio popeth rydych chi wedi&apos;i deipio.</translation>
    </message>
    <message>
        <source>I have a follow-up code</source>
        <translation type="unfinished">Mae gen i god dilynol</translation>
    </message>
    <message>
        <source>I have a follow-up code: read replies to my report</source>
        <translation type="unfinished">Mae gen i god dilynol: darllen atebion i&apos;m hadroddiad</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>Send now, or tell us more</source>
        <translation type="unfinished">Anfon nawr, neu ddweud mwy wrthon ni</translation>
    </message>
    <message>
        <source>You have told us enough to send your report. You can send it now.</source>
        <translation type="unfinished">Rydych chi wedi dweud digon wrthon ni i anfon eich adroddiad. Gallwch chi ei anfon nawr.</translation>
    </message>
    <message>
        <source>You can send your report now.</source>
        <translation type="unfinished">Gallwch chi anfon eich adroddiad nawr.</translation>
    </message>
    <message>
        <source>Or you can tell us more. You choose which parts.</source>
        <translation type="unfinished">Neu gallwch chi ddweud mwy wrthon ni. Chi sy&apos;n dewis pa rannau.</translation>
    </message>
    <message>
        <source>Every part is up to you. You can skip them all.</source>
        <translation type="unfinished">Chi sy&apos;n penderfynu am bob rhan. Gallwch chi hepgor pob un.</translation>
    </message>
    <message>
        <source>Check and send your report</source>
        <translation type="unfinished">Gwiriwch ac anfonwch eich adroddiad</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished">Dywedwch fwy wrthon ni (dewisol)</translation>
    </message>
    <message>
        <source>You asked only for it to be recorded, so you do not need to answer any of these. Open a part only if you want to.</source>
        <translation type="unfinished">Gofynnoch chi iddo gael ei gofnodi yn unig, felly does dim rhaid i chi ateb dim un o&apos;r rhain. Agorwch ran dim ond os ydych chi eisiau.</translation>
    </message>
    <message>
        <source>More details can help them act, for example to find who did it or to keep you safe. Open any part you want and skip the rest.</source>
        <translation type="unfinished">Gall mwy o fanylion eu helpu nhw i weithredu, er enghraifft i ddod o hyd i bwy wnaeth hyn neu i&apos;ch cadw chi&apos;n ddiogel. Agorwch unrhyw ran rydych chi eisiau a hepgorwch y gweddill.</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished">Heb ddechrau</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished">%1 o %2 wedi&apos;u hateb</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <source>Do you need more time?</source>
        <translation type="unfinished">Oes angen mwy o amser arnoch chi?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation type="unfinished">
            <numerusform>I gadw eich adroddiad yn breifat, byddwn ni&apos;n ei glirio ymhen %n eiliad os na wnewch chi ddim byd.</numerusform>
            <numerusform>I gadw eich adroddiad yn breifat, byddwn ni&apos;n ei glirio ymhen %n eiliad os na wnewch chi ddim byd.</numerusform>
            <numerusform>I gadw eich adroddiad yn breifat, byddwn ni&apos;n ei glirio ymhen %n eiliad os na wnewch chi ddim byd.</numerusform>
            <numerusform>I gadw eich adroddiad yn breifat, byddwn ni&apos;n ei glirio ymhen %n eiliad os na wnewch chi ddim byd.</numerusform>
            <numerusform>I gadw eich adroddiad yn breifat, byddwn ni&apos;n ei glirio ymhen %n eiliad os na wnewch chi ddim byd.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished">Mae angen mwy o amser arna i</translation>
    </message>
    <message>
        <source>Clear my report now</source>
        <translation type="unfinished">Clirio fy adroddiad nawr</translation>
    </message>
</context>
<context>
    <name>TorChoice</name>
    <message>
        <source>How to send</source>
        <translation type="unfinished">Sut i anfon</translation>
    </message>
    <message>
        <source>When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.</source>
        <translation type="unfinished">Pan fydd eich adroddiad yn cyrraedd, gall y sefydliad weld cyfeiriad rhyngrwyd y ddyfais hon. Gall ddangos pwy sy&apos;n rhoi eich cysylltiad rhyngrwyd i chi, a ble rydych chi yn fras.</translation>
    </message>
    <message>
        <source>Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.</source>
        <translation type="unfinished">Mae Tor yn ei guddio. Mae eich adroddiad yn mynd drwy dri chyfrifiadur arall yn gyntaf, felly nid yw&apos;r sefydliad yn gweld eich cyfeiriad ac nid yw eich darparwr rhyngrwyd yn gweld i ble mae&apos;r adroddiad yn mynd. Rhaid i Tor fod yn rhedeg ar y ddyfais hon, er enghraifft yr ap Orbot ar Android.</translation>
    </message>
    <message>
        <source>Send it directly</source>
        <translation type="unfinished">Ei anfon yn uniongyrchol</translation>
    </message>
    <message>
        <source>Send it through Tor</source>
        <translation type="unfinished">Ei anfon drwy Tor</translation>
    </message>
    <message>
        <source>If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.</source>
        <translation type="unfinished">Os nad yw Tor yn rhedeg, mae eich adroddiad yn aros ar y ddyfais hon nes ei fod yn rhedeg. Nid yw byth yn cael ei anfon mewn ffordd arall. Gall eich darparwr rhyngrwyd weld eich bod yn defnyddio Tor, ond nid beth rydych chi&apos;n ei anfon.</translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message>
        <source>That volunteer code is not right. Check it and try again.</source>
        <translation type="unfinished">Nid yw&apos;r cod gwirfoddolwr yna&apos;n gywir. Gwiriwch ef a thriwch eto.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Check it and try again.</source>
        <translation type="unfinished">Nid yw&apos;r cyfrinymadrodd gweinyddu yna&apos;n gywir. Gwiriwch ef a thriwch eto.</translation>
    </message>
    <message>
        <source>That volunteer code is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Nid yw&apos;r cod gwirfoddolwr yna&apos;n gywir. Gormod o gynigion anghywir: gallwch chi drio eto ymhen %1.</translation>
    </message>
    <message>
        <source>That admin passphrase is not right. Too many wrong tries: you can try again in %1.</source>
        <translation type="unfinished">Nid yw&apos;r cyfrinymadrodd gweinyddu yna&apos;n gywir. Gormod o gynigion anghywir: gallwch chi drio eto ymhen %1.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Nothing was checked. You can try again in %1.</source>
        <translation type="unfinished">Gormod o gynigion anghywir. Ni chafodd dim ei wirio. Gallwch chi drio eto ymhen %1.</translation>
    </message>
    <message>
        <source>This kiosk has no volunteer code. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Nid oes gan y ciosg hwn god gwirfoddolwr. Gall y sefydliad osod un gyda harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk has no admin passphrase. The organisation can set one with harbour-kiosk-setup.</source>
        <translation type="unfinished">Nid oes gan y ciosg hwn gyfrinymadrodd gweinyddu. Gall y sefydliad osod un gyda harbour-kiosk-setup.</translation>
    </message>
    <message>
        <source>This kiosk cannot record tries, so nothing was checked. Ask the organisation to look at this kiosk.</source>
        <translation type="unfinished">Ni all y ciosg hwn gofnodi cynigion, felly ni chafodd dim ei wirio. Gofynnwch i&apos;r sefydliad edrych ar y ciosg hwn.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
            <numerusform>%n eiliad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished">Hil neu ethnigrwydd</translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished">Crefydd neu gred</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished">Cyfeiriadedd rhywiol</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished">Anabledd</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished">Hunaniaeth drawsryweddol</translation>
    </message>
    <message>
        <source>Covers %1</source>
        <translation type="unfinished">Yn cwmpasu %1</translation>
    </message>
    <message>
        <source>Covers all areas</source>
        <translation type="unfinished">Yn cwmpasu pob ardal</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished">Heddlu</translation>
    </message>
    <message>
        <source>Support organisation</source>
        <translation type="unfinished">Sefydliad cymorth</translation>
    </message>
    <message>
        <source>Alternative subculture</source>
        <translation type="unfinished">Isddiwylliant amgen</translation>
    </message>
    <message>
        <source>Sex or gender</source>
        <translation type="unfinished">Rhyw neu rywedd</translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished">Oedran</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Arall</translation>
    </message>
    <message>
        <source>all kinds of hate crime</source>
        <translation type="unfinished">pob math o drosedd casineb</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation type="unfinished">
            <numerusform>%1 ac %n iaith arall</numerusform>
            <numerusform>%1 a %n iaith arall</numerusform>
            <numerusform>%1 a %n iaith arall</numerusform>
            <numerusform>%1 a %n iaith arall</numerusform>
            <numerusform>%1 a %n iaith arall</numerusform>
        </translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished">Anfonwch e-bost at %1</translation>
    </message>
</context>
<context>
    <name>harbour::routing::Routing</name>
    <message>
        <source>Harbour cannot find an up-to-date list of organisations on this device, so it cannot send your report. Please use one of the phone numbers below.</source>
        <translation type="unfinished">Dydy Harbour ddim yn gallu dod o hyd i restr gyfredol o sefydliadau ar y ddyfais hon, felly dydy e ddim yn gallu anfon eich adroddiad. Defnyddiwch un o&apos;r rhifau ffôn isod.</translation>
    </message>
    <message>
        <source>Select who should receive your report</source>
        <translation type="unfinished">Dewiswch pwy ddylai gael eich adroddiad</translation>
    </message>
    <message>
        <source>Select a police force</source>
        <translation type="unfinished">Dewiswch heddlu</translation>
    </message>
    <message>
        <source>Select a support organisation</source>
        <translation type="unfinished">Dewiswch sefydliad cymorth</translation>
    </message>
    <message>
        <source>Select whether we can contact you</source>
        <translation type="unfinished">Dewiswch a gawn ni gysylltu â chi</translation>
    </message>
    <message>
        <source>Select who may contact you</source>
        <translation type="unfinished">Dewiswch pwy gaiff gysylltu â chi</translation>
    </message>
    <message>
        <source>Select how we can contact you: by phone, by email, or both</source>
        <translation type="unfinished">Dewiswch sut gallwn ni gysylltu â chi: dros y ffôn, drwy e-bost, neu&apos;r ddau</translation>
    </message>
    <message>
        <source>Enter a phone number, like 07700 900 982</source>
        <translation type="unfinished">Rhowch rif ffôn, fel 07700 900 982</translation>
    </message>
    <message>
        <source>Enter an email address in the correct format, like name@example.com</source>
        <translation type="unfinished">Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com</translation>
    </message>
    <message>
        <source>To be contacted through a support organisation, let a support organisation contact you</source>
        <translation type="unfinished">I gael cysylltiad drwy sefydliad cymorth, gadewch i sefydliad cymorth gysylltu â chi</translation>
    </message>
    <message>
        <source>Select whether we can share your report with other agencies to keep you safe</source>
        <translation type="unfinished">Dewiswch a gawn ni rannu eich adroddiad ag asiantaethau eraill i&apos;ch cadw&apos;n ddiogel</translation>
    </message>
</context>
<context>
    <name>harbour::routing::SupportContactModel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished">Ffonio %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished">Tecstio %1</translation>
    </message>
    <message>
        <source>Relay UK: %1</source>
        <translation type="unfinished">Relay UK: %1</translation>
    </message>
    <message>
        <source>BSL video relay: %1</source>
        <translation type="unfinished">Cyfnewid fideo BSL: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished">Gwefan: %1</translation>
    </message>
</context>
<context>
    <name>harbour::session::FollowUp</name>
    <message>
        <source>This device could not make a follow-up code: it needs about 256 MB of free memory. Close other apps and try again, or send your report without a code.</source>
        <translation type="unfinished">Ni allai&apos;r ddyfais hon wneud cod dilynol: mae angen tua 256 MB o gof rhydd. Caewch apiau eraill a rhowch gynnig arall arni, neu anfonwch eich adroddiad heb god.</translation>
    </message>
    <message>
        <source>Type your follow-up code</source>
        <translation type="unfinished">Teipiwch eich cod dilynol</translation>
    </message>
    <message>
        <source>That is not the same code. Look at each letter and number again.</source>
        <translation type="unfinished">Nid dyna&apos;r un cod. Edrychwch ar bob llythyren a rhif eto.</translation>
    </message>
    <message>
        <source>Enter your follow-up code</source>
        <translation type="unfinished">Rhowch eich cod dilynol</translation>
    </message>
    <message>
        <source>Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no more.</source>
        <translation type="unfinished">Mae gan eich cod dilynol 20 llythyren a rhif. Gwiriwch eich bod wedi teipio pob un ohonynt, a dim mwy.</translation>
    </message>
    <message>
        <source>Check your follow-up code: it has a character that codes do not use. Codes use the numbers 0 to 9 and the letters A to Z, but not U.</source>
        <translation type="unfinished">Gwiriwch eich cod dilynol: mae ganddo nod nad yw codau&apos;n ei ddefnyddio. Mae codau&apos;n defnyddio&apos;r rhifau 0 i 9 a&apos;r llythrennau A i Z, ond nid U.</translation>
    </message>
    <message>
        <source>This device does not have enough free memory to open a follow-up code (it needs about 256 MB). Close other apps and try again.</source>
        <translation type="unfinished">Nid oes gan y ddyfais hon ddigon o gof rhydd i agor cod dilynol (mae angen tua 256 MB). Caewch apiau eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Harbour cannot check for replies now. Check that you are connected to the internet and try again.</source>
        <translation type="unfinished">Ni all Harbour chwilio am atebion nawr. Gwiriwch eich bod wedi cysylltu â&apos;r rhyngrwyd a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The replies were deleted. Nobody can read them now, even with the code.</source>
        <translation type="unfinished">Cafodd yr atebion eu dileu. Ni all neb eu darllen nawr, hyd yn oed gyda&apos;r cod.</translation>
    </message>
    <message>
        <source>Some replies could not be deleted now. Try again later.</source>
        <translation type="unfinished">Nid oedd modd dileu rhai atebion nawr. Rhowch gynnig arall arni nes ymlaen.</translation>
    </message>
    <message>
        <source>Write your answer, or say whether the response helped</source>
        <translation type="unfinished">Ysgrifennwch eich ateb, neu dywedwch a oedd yr ymateb o help</translation>
    </message>
    <message>
        <source>Write what you want to add to your report</source>
        <translation type="unfinished">Ysgrifennwch beth rydych eisiau ei ychwanegu at eich adroddiad</translation>
    </message>
    <message>
        <source>Your text is too long. Make it shorter.</source>
        <translation type="unfinished">Mae eich testun yn rhy hir. Gwnewch ef yn fyrrach.</translation>
    </message>
    <message>
        <source>Harbour cannot save your answer on this device. Nothing was sent.</source>
        <translation type="unfinished">Ni all Harbour gadw eich ateb ar y ddyfais hon. Ni anfonwyd dim.</translation>
    </message>
    <message>
        <source>You can add information once an organisation has replied to you.</source>
        <translation type="unfinished">Gallwch ychwanegu gwybodaeth unwaith y bydd sefydliad wedi ateb chi.</translation>
    </message>
    <message>
        <source>Harbour does not know where to send this: the organisation that replied is not in its list. Contact them another way and give your reference number.</source>
        <translation type="unfinished">Nid yw Harbour yn gwybod ble i anfon hwn: nid yw&apos;r sefydliad a atebodd yn ei restr. Cysylltwch â nhw mewn ffordd arall a rhowch eich rhif cyfeirnod.</translation>
    </message>
    <message>
        <source>Your answer could not be saved for sending. Your device may be full. Nothing was sent.</source>
        <translation type="unfinished">Nid oedd modd cadw eich ateb i&apos;w anfon. Efallai bod eich dyfais yn llawn. Ni anfonwyd dim.</translation>
    </message>
    <message>
        <source>Your answer is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Mae eich ateb wedi&apos;i gadw. Bydd Harbour yn ei anfon cyn gynted ag y gall.</translation>
    </message>
    <message>
        <source>What you added is saved. Harbour will send it as soon as it can.</source>
        <translation type="unfinished">Mae&apos;r hyn a ychwanegoch wedi&apos;i gadw. Bydd Harbour yn ei anfon cyn gynted ag y gall.</translation>
    </message>
    <message>
        <source>Sent. The organisation has your answer now.</source>
        <translation type="unfinished">Wedi&apos;i anfon. Mae gan y sefydliad eich ateb nawr.</translation>
    </message>
    <message>
        <source>Some replies could not be opened with this code: they may have been changed on the way. They are not shown.</source>
        <translation type="unfinished">Nid oedd modd agor rhai atebion gyda&apos;r cod hwn: efallai eu bod wedi&apos;u newid ar y ffordd. Nid ydynt yn cael eu dangos.</translation>
    </message>
</context>
<context>
    <name>harbour::session::ReportSession</name>
    <message>
        <source>the organisations you choose</source>
        <translation type="unfinished">y sefydliadau rydych chi&apos;n eu dewis</translation>
    </message>
    <message>
        <source>Harbour cannot save reports on this device. Please use another way to report.</source>
        <translation type="unfinished">Dydy Harbour ddim yn gallu cadw adroddiadau ar y ddyfais hon. Defnyddiwch ffordd arall o roi gwybod.</translation>
    </message>
    <message>
        <source>Choose who should receive your report before sending it. Nothing was sent.</source>
        <translation type="unfinished">Dewiswch pwy ddylai gael eich adroddiad cyn ei anfon. Chafodd dim byd ei anfon.</translation>
    </message>
    <message>
        <source>Your report could not be prepared for sending. Nothing was sent.</source>
        <translation type="unfinished">Doedd dim modd paratoi eich adroddiad i&apos;w anfon. Chafodd dim byd ei anfon.</translation>
    </message>
    <message>
        <source>Your report could not be saved for sending. Your device may be full. Your answers are still here: free some space and press Send again.</source>
        <translation type="unfinished">Doedd dim modd cadw eich adroddiad i&apos;w anfon. Efallai fod eich dyfais yn llawn. Mae eich atebion yma o hyd: gwnewch ychydig o le a phwyswch &quot;Anfon adroddiad&quot; eto.</translation>
    </message>
</context>
</TS>
