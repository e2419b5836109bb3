<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>CasePage</name>
    <message>
        <source>Case %1</source>
        <translation>Achos %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Wedi&apos;i atgyfeirio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Registered kiosk: %1</source>
        <translation>Ciosg cofrestredig: %1</translation>
    </message>
    <message>
        <source>A kiosk this desk does not know (its signature is valid)</source>
        <translation>Ciosg nad yw&apos;r ddesg hon yn ei adnabod (mae ei lofnod yn ddilys)</translation>
    </message>
    <message>
        <source>Personal device</source>
        <translation>Dyfais bersonol</translation>
    </message>
    <message>
        <source>Back to the cases</source>
        <translation>Yn ôl i&apos;r achosion</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(dim cyfeirnod)</translation>
    </message>
    <message>
        <source>This case</source>
        <translation>Yr achos hwn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>record only</source>
        <translation>cofnodi yn unig</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>neb eto</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Cam nesaf</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>What the report says</source>
        <translation>Beth mae&apos;r adroddiad yn ei ddweud</translation>
    </message>
    <message>
        <source>This desk holds no report text for this case.</source>
        <translation>Nid oes gan y ddesg hon destun adroddiad ar gyfer yr achos hwn.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>What the reporter asked for</source>
        <translation>Beth ofynnodd yr adroddwr amdano</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Manylion cyswllt</translation>
    </message>
    <message>
        <source>None for this organisation: the reporter did not give contact details, or did not allow this organisation to contact them.</source>
        <translation>Dim ar gyfer y sefydliad hwn: ni roddodd yr adroddwr fanylion cyswllt, neu ni roddodd ganiatâd i&apos;r sefydliad hwn gysylltu â nhw.</translation>
    </message>
    <message>
        <source>Work on this case</source>
        <translation>Gweithio ar yr achos hwn</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Cydnabod</translation>
    </message>
    <message>
        <source>New status: %1</source>
        <translation>Statws newydd: %1</translation>
    </message>
    <message>
        <source>Record only (no action asked)</source>
        <translation>Cofnodi yn unig (dim cais am weithredu)</translation>
    </message>
    <message>
        <source>Why is the case closed?</source>
        <translation>Pam mae&apos;r achos wedi&apos;i gau?</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Newid y statws</translation>
    </message>
    <message>
        <source>Who is working on it. Leave empty to give it back.</source>
        <translation>Pwy sy&apos;n gweithio arno. Gadewch yn wag i&apos;w roi yn ôl.</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>Gosod perchennog</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Dyddiad erbyn</translation>
    </message>
    <message>
        <source>Year-month-day, for example 2026-12-31</source>
        <translation>Blwyddyn-mis-diwrnod, er enghraifft 2026-12-31</translation>
    </message>
    <message>
        <source>Set next action</source>
        <translation>Gosod y cam nesaf</translation>
    </message>
    <message>
        <source>Notes (only the organisation&apos;s desks see them)</source>
        <translation>Nodiadau (dim ond desgiau&apos;r sefydliad sy&apos;n eu gweld)</translation>
    </message>
    <message>
        <source>%1, desk %2: %3</source>
        <translation>%1, desg %2: %3</translation>
    </message>
    <message>
        <source>A note for the case</source>
        <translation>Nodyn ar gyfer yr achos</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nodyn newydd</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>History (which desk did what, and when)</source>
        <translation>Hanes (pa ddesg wnaeth beth, a phryd)</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation>desg %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Harbour desk</source>
        <translation>Desg Harbour</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Cases</source>
        <translation>Achosion</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Achosion agored</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Pob achos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Wedi&apos;i atgyfeirio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Unrhyw risg</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brys</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Uwch</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Safonol</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Unrhyw ffynhonnell</translation>
    </message>
    <message>
        <source>Registered kiosk</source>
        <translation>Ciosg cofrestredig</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation>Ciosg anhysbys</translation>
    </message>
    <message>
        <source>Personal device</source>
        <translation>Dyfais bersonol</translation>
    </message>
    <message>
        <source>Any strand</source>
        <translation>Unrhyw elfen</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Hil</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Crefydd</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Anabledd</translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation>Cyfeiriadedd rhywiol</translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation>Hunaniaeth drawsryweddol</translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation>(dim cyfeirnod)</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>derbyniwyd %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>perchennog %1</translation>
    </message>
    <message>
        <source>Cases (%1 of %2)</source>
        <translation>Achosion (%1 o %2)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Last synced at %1.</source>
        <translation>Cysonwyd ddiwethaf am %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) did not open and are kept apart, not in this list.</source>
        <translation>
            <numerusform>%n amlen heb agor ac yn cael eu cadw ar wahân, nid yn y rhestr hon.</numerusform>
            <numerusform>%n amlen heb agor ac yn cael eu cadw ar wahân, nid yn y rhestr hon.</numerusform>
            <numerusform>%n amlen heb agor ac yn cael eu cadw ar wahân, nid yn y rhestr hon.</numerusform>
            <numerusform>%n amlen heb agor ac yn cael eu cadw ar wahân, nid yn y rhestr hon.</numerusform>
            <numerusform>%n amlen heb agor ac yn cael eu cadw ar wahân, nid yn y rhestr hon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risg</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ffynhonnell</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Ar-lein yn unig</translation>
    </message>
    <message>
        <source>Repeat victims only</source>
        <translation>Dioddefwyr dro ar ôl tro yn unig</translation>
    </message>
    <message>
        <source>Area, e.g. E1</source>
        <translation>Ardal, e.e. CF10</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Search the reports</source>
        <translation>Chwilio&apos;r adroddiadau</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Dim adroddiadau eto.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Does dim achos yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>Open case: %1</source>
        <translation>Agor achos: %1</translation>
    </message>
    <message>
        <source>Show more cases (%1 of %2 shown)</source>
        <translation>Dangos rhagor o achosion (%1 o %2 yn cael eu dangos)</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the desk</source>
        <translation>Datgloi&apos;r ddesg</translation>
    </message>
    <message>
        <source>Reports open only on this computer. Enter the desk&apos;s passphrase to see the organisation&apos;s cases.</source>
        <translation>Mae adroddiadau&apos;n agor ar y cyfrifiadur hwn yn unig. Rhowch gyfrinymadrodd y ddesg i weld achosion y sefydliad.</translation>
    </message>
    <message>
        <source>Desk passphrase</source>
        <translation>Cyfrinymadrodd y ddesg</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
</context>
<context>
    <name>harbour::desk::DeskSession</name>
    <message numerus="yes">
        <source>The desk locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>Clodd y ddesg ei hun ar ôl %n munud heb ei defnyddio.</numerusform>
            <numerusform>Clodd y ddesg ei hun ar ôl %n munud heb ei defnyddio.</numerusform>
            <numerusform>Clodd y ddesg ei hun ar ôl %n munud heb ei defnyddio.</numerusform>
            <numerusform>Clodd y ddesg ei hun ar ôl %n munud heb ei defnyddio.</numerusform>
            <numerusform>Clodd y ddesg ei hun ar ôl %n munud heb ei defnyddio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the desk&apos;s passphrase.</source>
        <translation>Rhowch gyfrinymadrodd y ddesg.</translation>
    </message>
    <message>
        <source>That passphrase does not open this desk. Check it and try again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y ddesg hon. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no desk in %1 yet. Set one up with harbour-desk-sync init.</source>
        <translation>Does dim desg yn %1 eto. Gosodwch un gyda harbour-desk-sync init.</translation>
    </message>
    <message>
        <source>The desk cannot be opened: %1</source>
        <translation>Ni ellir agor y ddesg: %1</translation>
    </message>
    <message>
        <source>Could not reach the intake to sync; the desk shows what it already has. (%1)</source>
        <translation>Methu cyrraedd y derbynnydd i gysoni; mae&apos;r ddesg yn dangos yr hyn sydd ganddi eisoes. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n new report(s)</source>
        <translation>
            <numerusform>Wedi cysoni: %n adroddiad newydd</numerusform>
            <numerusform>Wedi cysoni: %n adroddiad newydd</numerusform>
            <numerusform>Wedi cysoni: %n adroddiad newydd</numerusform>
            <numerusform>Wedi cysoni: %n adroddiad newydd</numerusform>
            <numerusform>Wedi cysoni: %n adroddiad newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n case change(s).</source>
        <translation>
            <numerusform>, %n newid i achosion.</numerusform>
            <numerusform>, %n newid i achosion.</numerusform>
            <numerusform>, %n newid i achosion.</numerusform>
            <numerusform>, %n newid i achosion.</numerusform>
            <numerusform>, %n newid i achosion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing new.</source>
        <translation>Wedi cysoni: dim byd newydd.</translation>
    </message>
    <message>
        <source>The change was not made: %1</source>
        <translation>Ni wnaed y newid: %1</translation>
    </message>
    <message>
        <source>Saved and shared with the organisation&apos;s other desks.</source>
        <translation>Wedi&apos;i gadw a&apos;i rannu â desgiau eraill y sefydliad.</translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation>Dewiswch statws.</translation>
    </message>
    <message>
        <source>Say why the case is closed.</source>
        <translation>Dywedwch pam mae&apos;r achos wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Ysgrifennwch y nodyn yn gyntaf.</translation>
    </message>
    <message>
        <source>Give the due date as year-month-day, for example 2026-12-31.</source>
        <translation>Rhowch y dyddiad erbyn fel blwyddyn-mis-diwrnod, er enghraifft 2026-12-31.</translation>
    </message>
    <message>
        <source>triage</source>
        <translation>brysbennu</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>brys</translation>
    </message>
    <message>
        <source>strands</source>
        <translation>elfennau</translation>
    </message>
    <message>
        <source>local strands</source>
        <translation>elfennau lleol</translation>
    </message>
    <message>
        <source>online (cyber-enabled)</source>
        <translation>ar-lein (seiber-alluogedig)</translation>
    </message>
    <message>
        <source>repeat victim</source>
        <translation>dioddefwr dro ar ôl tro</translation>
    </message>
    <message>
        <source>the reporter asked for</source>
        <translation>gofynnodd yr adroddwr am</translation>
    </message>
    <message>
        <source>sent to</source>
        <translation>anfonwyd at</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>cyswllt</translation>
    </message>
    <message>
        <source>multi-agency sharing</source>
        <translation>rhannu aml-asiantaeth</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ffôn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <source>safe times</source>
        <translation>amseroedd diogel</translation>
    </message>
    <message>
        <source>leave a message</source>
        <translation>gadael neges</translation>
    </message>
</context>
</TS>
