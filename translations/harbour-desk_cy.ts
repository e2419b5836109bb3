<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AuditPage</name>
    <message>
        <source>Case log</source>
        <translation type="unfinished">Log achosion</translation>
    </message>
    <message>
        <source>Every change any desk of the organisation made to a case, newest first. Each one is signed by the desk that made it and follows the one before, so an event removed or changed afterwards shows up here as a problem.</source>
        <translation type="unfinished">Pob newid a wnaeth unrhyw ddesg yn y sefydliad i achos, y mwyaf newydd yn gyntaf. Mae pob un wedi&apos;i lofnodi gan y ddesg a&apos;i gwnaeth ac yn dilyn yr un o&apos;i flaen, felly mae digwyddiad a dynnwyd neu a newidiwyd wedyn yn ymddangos yma fel problem.</translation>
    </message>
    <message>
        <source>Checking the case log…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio&apos;r log achosion…</translation>
    </message>
    <message>
        <source>Check the case log again</source>
        <translation type="unfinished">Gwirio&apos;r log achosion eto</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished">Cadw cofnodion</translation>
    </message>
    <message>
        <source>Delete the closed cases now due (%1)</source>
        <translation type="unfinished">Dileu&apos;r achosion caeedig sy&apos;n ddyledus nawr (%1)</translation>
    </message>
    <message>
        <source>Deletes them on every desk and at the intake. This cannot be undone.</source>
        <translation type="unfinished">Mae&apos;n eu dileu ar bob desg ac yn y pwynt derbyn. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Closed cases and when they will be deleted</source>
        <translation type="unfinished">Achosion caeedig a phryd y cânt eu dileu</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Dim.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">Digwyddiadau</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation type="unfinished">Dim digwyddiadau eto.</translation>
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
    <name>CaseDelegate</name>
    <message>
        <source>Triage: %1 · Strands: %2 · Online: %3 · Repeat victim: %4</source>
        <translation type="unfinished">Brysbennu: %1 · Llinynnau: %2 · Ar-lein: %3 · Dioddefwr mynych: %4</translation>
    </message>
    <message>
        <source>Area: %1 · Reported: %2 · Source: %3 · Owner: %4</source>
        <translation type="unfinished">Ardal: %1 · Adroddwyd: %2 · Ffynhonnell: %3 · Perchennog: %4</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished">neb</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation type="unfinished">Ateb newydd</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished">Yn ôl i&apos;r ciw</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">Achos %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished">Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished">Atebion</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation type="unfinished">Dim atebion.</translation>
    </message>
    <message>
        <source>This desk holds no report for this case.</source>
        <translation type="unfinished">Nid oes gan y ddesg hon adroddiad ar gyfer yr achos hwn.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished">Baneri</translation>
    </message>
    <message>
        <source>Routing and consent</source>
        <translation type="unfinished">Llwybro a chydsyniad</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished">Manylion cyswllt</translation>
    </message>
    <message>
        <source>Not shown: the reporter did not allow this organisation to contact them directly.</source>
        <translation type="unfinished">Heb eu dangos: ni roddodd yr adroddwr ganiatâd i&apos;r sefydliad hwn gysylltu â nhw&apos;n uniongyrchol.</translation>
    </message>
    <message>
        <source>Problems reading the report</source>
        <translation type="unfinished">Problemau wrth ddarllen yr adroddiad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished">Dim nodiadau eto.</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <source>Nothing has been recorded on this case yet.</source>
        <translation type="unfinished">Nid oes dim wedi&apos;i gofnodi ar yr achos hwn eto.</translation>
    </message>
    <message>
        <source>The reporter&apos;s answers and additions</source>
        <translation type="unfinished">Atebion ac ychwanegiadau&apos;r sawl a roddodd wybod</translation>
    </message>
    <message>
        <source>The reporter has not answered or added anything yet.</source>
        <translation type="unfinished">Nid yw&apos;r sawl a roddodd wybod wedi ateb nac ychwanegu dim eto.</translation>
    </message>
    <message>
        <source>Replies sent to the reporter</source>
        <translation type="unfinished">Atebion a anfonwyd at y sawl a roddodd wybod</translation>
    </message>
    <message>
        <source>No reply has been sent yet.</source>
        <translation type="unfinished">Nid oes ateb wedi&apos;i anfon eto.</translation>
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
    <name>DeskComboBox</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Harbour desk</source>
        <translation type="unfinished">Desg Harbour</translation>
    </message>
    <message>
        <source>Syncing with the intake…</source>
        <translation type="unfinished">Yn cysoni â&apos;r gweinydd derbyn…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished">Cysoni nawr</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished">Cloi</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation type="unfinished">Ciw (%1)</translation>
    </message>
    <message>
        <source>Junk (%1)</source>
        <translation type="unfinished">Sothach (%1)</translation>
    </message>
    <message>
        <source>Kiosks (%1)</source>
        <translation type="unfinished">Ciosgau (%1)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <source>Case log</source>
        <translation type="unfinished">Log achosion</translation>
    </message>
</context>
<context>
    <name>DeskText</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished">Brys</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished">Risg uchel</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished">Dim dyddiad dyledus</translation>
    </message>
    <message>
        <source>No reference</source>
        <translation type="unfinished">Dim cyfeirnod</translation>
    </message>
    <message>
        <source>%1 (record only)</source>
        <translation type="unfinished">%1 (cofnodi yn unig)</translation>
    </message>
    <message>
        <source>No strand given</source>
        <translation type="unfinished">Dim llinyn wedi&apos;i roi</translation>
    </message>
    <message>
        <source>No area given</source>
        <translation type="unfinished">Dim ardal wedi&apos;i rhoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Enter dates as year-month-day, for example 2026-03-31</source>
        <translation type="unfinished">Rhowch ddyddiadau fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-31</translation>
    </message>
    <message>
        <source>The end date must be on or after the start date</source>
        <translation type="unfinished">Rhaid i&apos;r dyddiad gorffen fod ar y dyddiad dechrau neu ar ei ôl</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished">Achosion agored</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished">Pob achos</translation>
    </message>
    <message>
        <source>Any triage level</source>
        <translation type="unfinished">Unrhyw lefel brysbennu</translation>
    </message>
    <message>
        <source>Any strand</source>
        <translation type="unfinished">Unrhyw linyn</translation>
    </message>
    <message>
        <source>Online or not</source>
        <translation type="unfinished">Ar-lein neu beidio</translation>
    </message>
    <message>
        <source>Repeat or not</source>
        <translation type="unfinished">Mynych neu beidio</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished">Unrhyw ardal</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished">Unrhyw ffynhonnell</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Newydd</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">Ar y gweill</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">Wedi&apos;i atgyfeirio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished">Safonol</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation type="unfinished">Uwch</translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished">Uchel</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished">Heb ei roi</translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished">Hil</translation>
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
        <source>Registered kiosk</source>
        <translation type="unfinished">Ciosg cofrestredig</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation type="unfinished">Ciosg anhysbys</translation>
    </message>
    <message>
        <source>Personal device</source>
        <translation type="unfinished">Dyfais bersonol</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">Na</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished">Statws wedi newid</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation type="unfinished">Perchennog wedi newid</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished">Nodyn wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>Next action set</source>
        <translation type="unfinished">Cam nesaf wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished">Wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Organisation key rotated</source>
        <translation type="unfinished">Allwedd y sefydliad wedi&apos;i chylchdroi</translation>
    </message>
    <message>
        <source>Reply sent to the reporter</source>
        <translation type="unfinished">Ateb wedi&apos;i anfon at y sawl a roddodd wybod</translation>
    </message>
    <message>
        <source>Anonymous: do not contact</source>
        <translation type="unfinished">Dienw: peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>This organisation may contact the reporter</source>
        <translation type="unfinished">Caiff y sefydliad hwn gysylltu â&apos;r adroddwr</translation>
    </message>
    <message>
        <source>Contact only through a support organisation</source>
        <translation type="unfinished">Cysylltu drwy sefydliad cymorth yn unig</translation>
    </message>
    <message>
        <source>Wants action taken</source>
        <translation type="unfinished">Eisiau i gamau gael eu cymryd</translation>
    </message>
    <message>
        <source>Record only</source>
        <translation type="unfinished">Cofnodi yn unig</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished">Heb ofyn</translation>
    </message>
    <message>
        <source>The reporter&apos;s own device</source>
        <translation type="unfinished">Dyfais yr adroddwr ei hun</translation>
    </message>
    <message>
        <source>A kiosk</source>
        <translation type="unfinished">Ciosg</translation>
    </message>
    <message>
        <source>A kiosk, with a volunteer&apos;s help</source>
        <translation type="unfinished">Ciosg, gyda help gwirfoddolwr</translation>
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
        <source>The police and a support organisation</source>
        <translation type="unfinished">Yr heddlu a sefydliad cymorth</translation>
    </message>
    <message>
        <source>The organisation this device sends to</source>
        <translation type="unfinished">Y sefydliad y mae&apos;r ddyfais hon yn anfon ato</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished">Dim</translation>
    </message>
    <message>
        <source>this desk (%1)</source>
        <translation type="unfinished">y ddesg hon (%1)</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation type="unfinished">desg %1</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished">Brysbennu</translation>
    </message>
    <message>
        <source>Strands</source>
        <translation type="unfinished">Llinynnau</translation>
    </message>
    <message>
        <source>Local strands</source>
        <translation type="unfinished">Llinynnau lleol</translation>
    </message>
    <message>
        <source>Online (cyber-enabled)</source>
        <translation type="unfinished">Ar-lein (wedi&apos;i alluogi gan seiber)</translation>
    </message>
    <message>
        <source>Repeat victim</source>
        <translation type="unfinished">Dioddefwr mynych</translation>
    </message>
    <message>
        <source>Made with a volunteer&apos;s help</source>
        <translation type="unfinished">Wedi&apos;i wneud gyda help gwirfoddolwr</translation>
    </message>
    <message>
        <source>Triage rules that applied</source>
        <translation type="unfinished">Rheolau brysbennu a oedd yn berthnasol</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation type="unfinished">Anfonwyd o</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished">Adroddwyd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished">Holiadur</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, fersiwn %2</translation>
    </message>
    <message>
        <source>The reporter chose</source>
        <translation type="unfinished">Dewisodd yr adroddwr</translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished">Cais</translation>
    </message>
    <message>
        <source>This copy is for</source>
        <translation type="unfinished">Mae&apos;r copi hwn ar gyfer</translation>
    </message>
    <message>
        <source>Also sent to</source>
        <translation type="unfinished">Anfonwyd hefyd at</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished">Cyswllt</translation>
    </message>
    <message>
        <source>Multi-agency sharing (MARAC) consent</source>
        <translation type="unfinished">Cydsyniad i rannu amlasiantaethol (MARAC)</translation>
    </message>
    <message>
        <source>Contact through</source>
        <translation type="unfinished">Cysylltu drwy</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished">Llwybro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">E-bost</translation>
    </message>
    <message>
        <source>Safe times to contact</source>
        <translation type="unfinished">Amseroedd diogel i gysylltu</translation>
    </message>
    <message>
        <source>Leave a message</source>
        <translation type="unfinished">Gadael neges</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished">Ddim yn siŵr</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished">Dim perchennog</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished">Perchennog: %1</translation>
    </message>
    <message>
        <source>Registered kiosk: %1</source>
        <translation type="unfinished">Ciosg cofrestredig: %1</translation>
    </message>
    <message>
        <source>The report says it was made at a kiosk, but it carries no kiosk signature.</source>
        <translation type="unfinished">Mae&apos;r adroddiad yn dweud iddo gael ei wneud mewn ciosg, ond nid oes llofnod ciosg arno.</translation>
    </message>
    <message>
        <source>No kiosk signature: sent from a personal device.</source>
        <translation type="unfinished">Dim llofnod ciosg: anfonwyd o ddyfais bersonol.</translation>
    </message>
    <message>
        <source>Signed by the registered kiosk &quot;%1&quot; (key %2); the signature is valid.</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan y ciosg cofrestredig &quot;%1&quot; (allwedd %2); mae&apos;r llofnod yn ddilys.</translation>
    </message>
    <message>
        <source>Signed by the kiosk &quot;%1&quot; (key %2), which was revoked: treat it as an unknown kiosk.</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan y ciosg &quot;%1&quot; (allwedd %2), a gafodd ei ddirymu: trinwch ef fel ciosg anhysbys.</translation>
    </message>
    <message>
        <source>Signed by a kiosk key this organisation has not registered (key %1).</source>
        <translation type="unfinished">Wedi&apos;i lofnodi gan allwedd ciosg nad yw&apos;r sefydliad hwn wedi&apos;i chofrestru (allwedd %1).</translation>
    </message>
    <message>
        <source>Envelope %1</source>
        <translation type="unfinished">Amlen %1</translation>
    </message>
    <message>
        <source>Case event %1 from desk %2</source>
        <translation type="unfinished">Digwyddiad achos %1 o ddesg %2</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished">Dirymwyd ar %1</translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation type="unfinished">Cofrestrwyd ar %1</translation>
    </message>
    <message>
        <source>First contact overdue since %1</source>
        <translation type="unfinished">Cyswllt cyntaf yn hwyr ers %1</translation>
    </message>
    <message>
        <source>First contact due by %1</source>
        <translation type="unfinished">Cyswllt cyntaf yn ddyledus erbyn %1</translation>
    </message>
    <message>
        <source>Decision overdue since %1</source>
        <translation type="unfinished">Penderfyniad yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Decision due by %1</source>
        <translation type="unfinished">Penderfyniad yn ddyledus erbyn %1</translation>
    </message>
    <message>
        <source>Next action overdue since %1</source>
        <translation type="unfinished">Cam nesaf yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Next action due %1</source>
        <translation type="unfinished">Cam nesaf yn ddyledus %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished">Achos %1</translation>
    </message>
    <message>
        <source>The organisation has set no retention period: closed cases are kept until someone deletes them.</source>
        <translation type="unfinished">Nid yw&apos;r sefydliad wedi gosod cyfnod cadw: caiff achosion caeedig eu cadw nes i rywun eu dileu.</translation>
    </message>
    <message>
        <source>Closed cases are deleted %1 days after they were closed, on every desk and at the intake. Each is listed as soon %2 days before.</source>
        <translation type="unfinished">Caiff achosion caeedig eu dileu %1 diwrnod ar ôl eu cau, ar bob desg ac yn y pwynt derbyn. Rhestrir pob un fel un sy&apos;n dod yn fuan %2 diwrnod o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Closed %1. Due for deletion since %2.</source>
        <translation type="unfinished">Caewyd %1. Yn ddyledus i&apos;w ddileu ers %2.</translation>
    </message>
    <message>
        <source>Closed %1. Will be deleted on %2 (soon).</source>
        <translation type="unfinished">Caewyd %1. Caiff ei ddileu ar %2 (yn fuan).</translation>
    </message>
    <message>
        <source>Closed %1. Will be deleted on %2.</source>
        <translation type="unfinished">Caewyd %1. Caiff ei ddileu ar %2.</translation>
    </message>
    <message>
        <source>The organisation&apos;s response standard could not be read (%1); the Victims&apos; Code targets are used.</source>
        <translation type="unfinished">Nid oedd modd darllen safon ymateb y sefydliad (%1); defnyddir targedau&apos;r Cod Dioddefwyr.</translation>
    </message>
    <message>
        <source>The organisation&apos;s retention settings could not be read (%1); nothing is deleted by retention.</source>
        <translation type="unfinished">Nid oedd modd darllen gosodiadau cadw&apos;r sefydliad (%1); nid oes dim yn cael ei ddileu drwy gadw cofnodion.</translation>
    </message>
    <message>
        <source>New answer from the reporter</source>
        <translation type="unfinished">Ateb newydd gan y sawl a roddodd wybod</translation>
    </message>
    <message>
        <source>A little</source>
        <translation type="unfinished">Ychydig</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished">Heb ddweud</translation>
    </message>
    <message>
        <source>Added to the report, %1</source>
        <translation type="unfinished">Wedi&apos;i ychwanegu at yr adroddiad, %1</translation>
    </message>
    <message>
        <source>Answer, %1. Did the response help? %2</source>
        <translation type="unfinished">Ateb, %1. A oedd yr ymateb o help? %2</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished">Newydd: %1</translation>
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
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished">Gwall: %1</translation>
    </message>
</context>
<context>
    <name>JunkPage</name>
    <message>
        <source>Junk</source>
        <translation type="unfinished">Sothach</translation>
    </message>
    <message>
        <source>Anyone can send an envelope to the intake. These did not open with the organisation&apos;s key or did not read as a report, so they are not cases. Nothing in them is shown.</source>
        <translation type="unfinished">Gall unrhyw un anfon amlen i&apos;r gweinydd derbyn. Ni agorodd y rhain gydag allwedd y sefydliad neu nid oeddent yn darllen fel adroddiad, felly nid ydynt yn achosion. Ni ddangosir dim sydd ynddynt.</translation>
    </message>
    <message>
        <source>Envelopes that did not open</source>
        <translation type="unfinished">Amlenni na wnaethant agor</translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished">Dim.</translation>
    </message>
    <message>
        <source>Case events refused</source>
        <translation type="unfinished">Digwyddiadau achos a wrthodwyd</translation>
    </message>
</context>
<context>
    <name>KiosksPage</name>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished">Ciosgau</translation>
    </message>
    <message>
        <source>Register the kiosks your organisation runs. Compare the fingerprint with the one on the kiosk&apos;s settings screen before you add it.</source>
        <translation type="unfinished">Cofrestrwch y ciosgau y mae eich sefydliad yn eu rhedeg. Cymharwch yr ôl bys â&apos;r un ar sgrin gosodiadau&apos;r ciosg cyn i chi ei ychwanegu.</translation>
    </message>
    <message>
        <source>No kiosks registered yet.</source>
        <translation type="unfinished">Dim ciosgau wedi&apos;u cofrestru eto.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 · %2</source>
        <translation type="unfinished">Ôl bys: %1 · %2</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation type="unfinished">Enw newydd ar gyfer %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished">Ailenwi %1</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished">Dirymu %1</translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation type="unfinished">Ychwanegu ciosg</translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished">Enw&apos;r ciosg</translation>
    </message>
    <message>
        <source>Where it stands, for example &quot;Library, front desk&quot;</source>
        <translation type="unfinished">Ble mae&apos;n sefyll, er enghraifft &quot;Llyfrgell, y ddesg flaen&quot;</translation>
    </message>
    <message>
        <source>Kiosk public key</source>
        <translation type="unfinished">Allwedd gyhoeddus y ciosg</translation>
    </message>
    <message>
        <source>Add kiosk</source>
        <translation type="unfinished">Ychwanegu&apos;r ciosg</translation>
    </message>
    <message>
        <source>The line harbour-kiosk-setup prints: harbour-kiosk-ed25519 and the key</source>
        <translation type="unfinished">Y llinell y mae harbour-kiosk-setup yn ei hargraffu: harbour-kiosk-ed25519 a&apos;r allwedd</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Harbour desk</source>
        <translation type="unfinished">Desg Harbour</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
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
        <source>What did they do? Choose every answer that is true.</source>
        <extracomment>incident_types easy read 1</extracomment>
        <translation type="unfinished">Beth wnaethon nhw? Dewiswch bob ateb sy&apos;n wir.</translation>
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
        <source>What else about them do you think it was aimed at?</source>
        <extracomment>targeted_other title</extracomment>
        <translation type="unfinished">Beth arall amdanyn nhw oedd y rheswm, yn eich barn chi?</translation>
    </message>
    <message>
        <source>Tell us what else about them you think they picked on.</source>
        <extracomment>targeted_other easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth arall amdanyn nhw oedd y rheswm, yn eich barn chi.</translation>
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
        <source>Which app or website was it on? For example Facebook or WhatsApp.</source>
        <extracomment>online_platform easy read 1</extracomment>
        <translation type="unfinished">Ar ba ap neu wefan oedd e? Er enghraifft Facebook neu WhatsApp.</translation>
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
        <source>Copy the web address of the post or the account, if you can.</source>
        <extracomment>online_link easy read 1</extracomment>
        <translation type="unfinished">Copïwch gyfeiriad gwe&apos;r post neu&apos;r cyfrif, os gallwch chi.</translation>
    </message>
    <message>
        <source>What did they write or say?</source>
        <extracomment>online_content title</extracomment>
        <translation type="unfinished">Beth wnaethon nhw ei ysgrifennu neu ei ddweud?</translation>
    </message>
    <message>
        <source>Tell us what they wrote or said. Copy their words if you can.</source>
        <extracomment>online_content easy read 1</extracomment>
        <translation type="unfinished">Dywedwch wrthon ni beth wnaethon nhw ei ysgrifennu neu ei ddweud. Copïwch eu geiriau os gallwch chi.</translation>
    </message>
    <message>
        <source>Can it still be seen online?</source>
        <extracomment>online_still_visible title</extracomment>
        <translation type="unfinished">Oes modd ei weld ar-lein o hyd?</translation>
    </message>
    <message>
        <source>Can people still see it on the internet?</source>
        <extracomment>online_still_visible easy read 1</extracomment>
        <translation type="unfinished">Ydy pobl yn gallu ei weld ar y rhyngrwyd o hyd?</translation>
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
        <source>When did it happen? If you are not sure, give your best guess.</source>
        <extracomment>when easy read 1</extracomment>
        <translation type="unfinished">Pryd ddigwyddodd e? Os nad ydych chi&apos;n siŵr, rhowch eich amcangyfrif gorau.</translation>
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
        <source>We do not look at where you are. Tell us only what you want to.</source>
        <extracomment>where easy read 2</extracomment>
        <translation type="unfinished">Dydyn ni ddim yn edrych i weld ble rydych chi. Dywedwch wrthon ni dim ond yr hyn rydych chi eisiau ei ddweud.</translation>
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
        <source>Do you know the people who did it?</source>
        <extracomment>offender_known easy read 1</extracomment>
        <translation type="unfinished">Ydych chi&apos;n adnabod y bobl a wnaeth hyn?</translation>
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
        <source>Who are they to you? For example a neighbour or someone from work.</source>
        <extracomment>offender_relationship easy read 1</extracomment>
        <translation type="unfinished">Pwy ydyn nhw i chi? Er enghraifft cymydog neu rywun o&apos;r gwaith.</translation>
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
        <source>About how old did they look?</source>
        <extracomment>offenders &gt; offender_age easy read 1</extracomment>
        <translation type="unfinished">Tua pa oed oedden nhw&apos;n edrych?</translation>
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
        <source>What gender did they seem to be, to you?</source>
        <extracomment>offenders &gt; offender_gender easy read 1</extracomment>
        <translation type="unfinished">Beth oedd eu rhywedd, yn eich barn chi?</translation>
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
        <source>What was their body shape, as it looked to you?</source>
        <extracomment>offenders &gt; offender_build easy read 1</extracomment>
        <translation type="unfinished">Sut gorff oedd ganddyn nhw, fel roedd yn edrych i chi?</translation>
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
        <source>How tall were they, as it looked to you?</source>
        <extracomment>offenders &gt; offender_height easy read 1</extracomment>
        <translation type="unfinished">Pa mor dal oedden nhw, fel roedd yn edrych i chi?</translation>
    </message>
    <message>
        <source>Their skin colour or ethnic appearance, as it looked to you</source>
        <extracomment>offenders &gt; offender_appearance title</extracomment>
        <translation type="unfinished">Lliw eu croen neu eu golwg ethnig, fel roedd yn edrych i chi</translation>
    </message>
    <message>
        <source>What skin colour or ethnic look did they have, as it looked to you?</source>
        <extracomment>offenders &gt; offender_appearance easy read 1</extracomment>
        <translation type="unfinished">Pa liw croen neu olwg ethnig oedd ganddyn nhw, fel roedd yn edrych i chi?</translation>
    </message>
    <message>
        <source>What they were wearing</source>
        <extracomment>offenders &gt; offender_clothing title</extracomment>
        <translation type="unfinished">Beth roedden nhw&apos;n ei wisgo</translation>
    </message>
    <message>
        <source>What clothes were they wearing?</source>
        <extracomment>offenders &gt; offender_clothing easy read 1</extracomment>
        <translation type="unfinished">Pa ddillad oedden nhw&apos;n eu gwisgo?</translation>
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
        <source>What was their hair like? For example the colour, or a beard.</source>
        <extracomment>offenders &gt; offender_hair easy read 1</extracomment>
        <translation type="unfinished">Sut wallt oedd ganddyn nhw? Er enghraifft y lliw, neu farf.</translation>
    </message>
    <message>
        <source>Their accent or the language they spoke</source>
        <extracomment>offenders &gt; offender_accent title</extracomment>
        <translation type="unfinished">Eu hacen neu&apos;r iaith roedden nhw&apos;n ei siarad</translation>
    </message>
    <message>
        <source>How did they speak? Tell us their accent or language.</source>
        <extracomment>offenders &gt; offender_accent easy read 1</extracomment>
        <translation type="unfinished">Sut roedden nhw&apos;n siarad? Dywedwch wrthon ni am eu hacen neu eu hiaith.</translation>
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
        <source>Did you notice anything else? For example tattoos, scars or glasses.</source>
        <extracomment>offenders &gt; offender_marks easy read 1</extracomment>
        <translation type="unfinished">Wnaethoch chi sylwi ar unrhyw beth arall? Er enghraifft tatŵs, creithiau neu sbectol.</translation>
    </message>
    <message>
        <source>Did they have a car, van or other vehicle?</source>
        <extracomment>vehicle title</extracomment>
        <translation type="unfinished">Oedd ganddyn nhw gar, fan neu gerbyd arall?</translation>
    </message>
    <message>
        <source>Did they have a car, a van or another vehicle?</source>
        <extracomment>vehicle easy read 1</extracomment>
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
        <source>Who made the vehicle? For example Ford.</source>
        <extracomment>vehicles &gt; vehicle_make easy read 1</extracomment>
        <translation type="unfinished">Pa wneuthuriad oedd y cerbyd? Er enghraifft Ford.</translation>
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
        <source>What model was it? For example Transit.</source>
        <extracomment>vehicles &gt; vehicle_model easy read 1</extracomment>
        <translation type="unfinished">Pa fodel oedd e? Er enghraifft Transit.</translation>
    </message>
    <message>
        <source>Colour</source>
        <extracomment>vehicles &gt; vehicle_colour title</extracomment>
        <translation type="unfinished">Lliw</translation>
    </message>
    <message>
        <source>What colour was the vehicle?</source>
        <extracomment>vehicles &gt; vehicle_colour easy read 1</extracomment>
        <translation type="unfinished">Pa liw oedd y cerbyd?</translation>
    </message>
    <message>
        <source>Number plate, or part of it</source>
        <extracomment>vehicles &gt; vehicle_plate title</extracomment>
        <translation type="unfinished">Plât rhif, neu ran ohono</translation>
    </message>
    <message>
        <source>What was the number plate? Part of it helps too.</source>
        <extracomment>vehicles &gt; vehicle_plate easy read 1</extracomment>
        <translation type="unfinished">Beth oedd y plât rhif? Mae rhan ohono&apos;n helpu hefyd.</translation>
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
        <source>Could a camera have filmed it? For example on a shop, bus or phone.</source>
        <extracomment>cctv easy read 1</extracomment>
        <translation type="unfinished">Allai camera fod wedi ffilmio&apos;r peth? Er enghraifft ar siop, bws neu ffôn.</translation>
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
        <source>Has something like this happened before?</source>
        <extracomment>happened_before easy read 1</extracomment>
        <translation type="unfinished">Ydy rhywbeth fel hyn wedi digwydd o&apos;r blaen?</translation>
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
        <source>How many times has it happened before?</source>
        <extracomment>how_often easy read 1</extracomment>
        <translation type="unfinished">Sawl gwaith mae wedi digwydd o&apos;r blaen?</translation>
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
        <source>Did they say they will come back, or hurt you?</source>
        <extracomment>threatened_return easy read 1</extracomment>
        <translation type="unfinished">Wnaethon nhw ddweud y byddan nhw&apos;n dod yn ôl, neu&apos;n eich brifo chi?</translation>
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
        <source>Does anyone need a doctor or a nurse now?</source>
        <extracomment>medical_help easy read 1</extracomment>
        <translation type="unfinished">Oes angen meddyg neu nyrs ar unrhyw un nawr?</translation>
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
        <source>What help would you like? Choose every answer you want.</source>
        <extracomment>support easy read 1</extracomment>
        <translation type="unfinished">Pa help hoffech chi? Dewiswch bob ateb rydych chi eisiau.</translation>
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
        <source>Which language do you want an interpreter for? It can be sign language.</source>
        <extracomment>interpreter_language easy read 1</extracomment>
        <translation type="unfinished">Ar gyfer pa iaith rydych chi eisiau cyfieithydd? Gall fod yn iaith arwyddion.</translation>
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
        <source>How would you like information? For example easy read or large print.</source>
        <extracomment>formats easy read 1</extracomment>
        <translation type="unfinished">Sut hoffech chi gael gwybodaeth? Er enghraifft hawdd ei ddeall neu brint bras.</translation>
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
        <source>How old are you? You do not have to say.</source>
        <extracomment>your_age easy read 1</extracomment>
        <translation type="unfinished">Beth yw eich oed? Does dim rhaid i chi ddweud.</translation>
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
    <name>QueuePage</name>
    <message>
        <source>Search the reports</source>
        <translation type="unfinished">Chwilio&apos;r adroddiadau</translation>
    </message>
    <message>
        <source>Words from any answer, the reference or the area</source>
        <translation type="unfinished">Geiriau o unrhyw ateb, y cyfeirnod neu&apos;r ardal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished">Brysbennu</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished">Llinyn</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Ar-lein</translation>
    </message>
    <message>
        <source>Repeat victim</source>
        <translation type="unfinished">Dioddefwr mynych</translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Ardal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Ffynhonnell</translation>
    </message>
    <message>
        <source>Reported from</source>
        <translation type="unfinished">Adroddwyd o</translation>
    </message>
    <message>
        <source>For example 2026-03-01</source>
        <translation type="unfinished">Er enghraifft 2026-03-01</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished">Adroddwyd hyd at</translation>
    </message>
    <message>
        <source>For example 2026-03-31</source>
        <translation type="unfinished">Er enghraifft 2026-03-31</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases</source>
        <translation type="unfinished">Yn dangos %1 o %2 achos</translation>
    </message>
    <message>
        <source>%1 open cases</source>
        <translation type="unfinished">%1 achos agored</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">Clirio&apos;r hidlwyr</translation>
    </message>
    <message>
        <source>No reports yet. New reports appear here after a sync.</source>
        <translation type="unfinished">Dim adroddiadau eto. Mae adroddiadau newydd yn ymddangos yma ar ôl cysoni.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished">Does dim achos yn cyfateb i&apos;r hidlwyr hyn.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">Achosion</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation type="unfinished">Cuddio hidlwyr</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation type="unfinished">Dangos hidlwyr</translation>
    </message>
</context>
<context>
    <name>SectionRows</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished">Heb ei roi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished">Maint y testun %1 %</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <source>Lock the desk after this many minutes without use</source>
        <translation type="unfinished">Cloi&apos;r ddesg ar ôl hyn o funudau heb ei defnyddio</translation>
    </message>
    <message>
        <source>Lock after minutes without use: %1</source>
        <translation type="unfinished">Cloi ar ôl munudau heb ddefnydd: %1</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished">Y ddesg hon</translation>
    </message>
    <message>
        <source>Desk key: %1</source>
        <translation type="unfinished">Allwedd y ddesg: %1</translation>
    </message>
    <message>
        <source>Intake: %1</source>
        <translation type="unfinished">Gweinydd derbyn: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished">Ffolder: %1</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished">Ffolder allforio</translation>
    </message>
    <message>
        <source>Where case exports are saved on this computer. The folder must exist.</source>
        <translation type="unfinished">Lle caiff achosion a allforir eu cadw ar y cyfrifiadur hwn. Rhaid i&apos;r ffolder fodoli.</translation>
    </message>
    <message>
        <source>Save export folder</source>
        <translation type="unfinished">Cadw&apos;r ffolder allforio</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the desk</source>
        <translation type="unfinished">Datgloi&apos;r ddesg</translation>
    </message>
    <message>
        <source>Reports are opened only on this computer. Enter the desk&apos;s passphrase to see the queue.</source>
        <translation type="unfinished">Dim ond ar y cyfrifiadur hwn y caiff adroddiadau eu hagor. Rhowch gyfrinymadrodd y ddesg i weld y ciw.</translation>
    </message>
    <message>
        <source>Desk folder: %1</source>
        <translation type="unfinished">Ffolder y ddesg: %1</translation>
    </message>
    <message>
        <source>There is no desk in this folder yet. An administrator sets one up with harbour-desk-sync init (see the README).</source>
        <translation type="unfinished">Nid oes desg yn y ffolder hwn eto. Mae gweinyddwr yn gosod un gyda harbour-desk-sync init (gweler y README).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished">Yn datgloi…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <source>Work on this case</source>
        <translation type="unfinished">Gweithio ar yr achos hwn</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished">Cydnabod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Newydd</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished">Wedi&apos;i gydnabod</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">Ar y gweill</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished">Wedi&apos;i atgyfeirio</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Wedi&apos;i gau</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished">Rheswm dros gau</translation>
    </message>
    <message>
        <source>Required. Every desk of the organisation sees it.</source>
        <translation type="unfinished">Gofynnol. Mae pob desg yn y sefydliad yn ei weld.</translation>
    </message>
    <message>
        <source>Record only (the reporter asked for no action)</source>
        <translation type="unfinished">Cofnodi yn unig (ni ofynnodd yr adroddwr am gamau)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished">Newid y statws</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <source>The caseworker responsible; leave empty for nobody</source>
        <translation type="unfinished">Y gweithiwr achos sy&apos;n gyfrifol; gadewch yn wag am neb</translation>
    </message>
    <message>
        <source>Save owner</source>
        <translation type="unfinished">Cadw&apos;r perchennog</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished">Cam nesaf</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished">Dyddiad dyledus</translation>
    </message>
    <message>
        <source>Year-month-day, for example 2026-03-31</source>
        <translation type="unfinished">Blwyddyn-mis-diwrnod, er enghraifft 2026-03-31</translation>
    </message>
    <message>
        <source>Save next action</source>
        <translation type="unfinished">Cadw&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished">Nodyn mewnol</translation>
    </message>
    <message>
        <source>Seen by every desk of the organisation, never by the reporter</source>
        <translation type="unfinished">Mae pob desg yn y sefydliad yn ei weld, ond nid yr adroddwr byth</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished">Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Allforio</translation>
    </message>
    <message>
        <source>Saved in %1 (change the folder in Settings). Every export is recorded in the case&apos;s history and seen by every desk. Contact details are included only where the reporter allowed this organisation to contact them.</source>
        <translation type="unfinished">Caiff ei gadw yn %1 (newidiwch y ffolder yn y Gosodiadau). Cofnodir pob allforio yn hanes yr achos ac mae pob desg yn ei weld. Dim ond lle caniataodd yr adroddwr i&apos;r sefydliad hwn gysylltu â nhw y cynhwysir manylion cyswllt.</translation>
    </message>
    <message>
        <source>Export case summary (PDF)</source>
        <translation type="unfinished">Allforio crynodeb o&apos;r achos (PDF)</translation>
    </message>
    <message>
        <source>Export MARAC pack (PDF)</source>
        <translation type="unfinished">Allforio pecyn MARAC (PDF)</translation>
    </message>
    <message>
        <source>Only when the reporter agreed to their report being shared with other agencies</source>
        <translation type="unfinished">Dim ond pan gytunodd yr adroddwr i rannu ei adroddiad ag asiantaethau eraill</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished">Allforio fel CSV</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished">Allforio fel JSON</translation>
    </message>
    <message>
        <source>Reply to the reporter</source>
        <translation type="unfinished">Ateb y sawl a roddodd wybod</translation>
    </message>
    <message>
        <source>The reporter took no follow-up code, so Harbour cannot carry a reply. Use the contact details if they allowed contact.</source>
        <translation type="unfinished">Ni chymerodd y sawl a roddodd wybod god dilynol, felly ni all Harbour gario ateb. Defnyddiwch y manylion cyswllt os oeddent yn caniatáu cyswllt.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">Ateb</translation>
    </message>
    <message>
        <source>Only the reporter can read it, with their follow-up code. Every desk of the organisation sees it in the case log.</source>
        <translation type="unfinished">Dim ond y sawl a roddodd wybod all ei ddarllen, gyda&apos;u cod dilynol. Mae pob desg yn y sefydliad yn ei weld yn log yr achos.</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished">Anfon ateb</translation>
    </message>
</context>
<context>
    <name>harbour::deskui::Desk</name>
    <message numerus="yes">
        <source>The desk locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>Cloodd y ddesg ei hun ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Cloodd y ddesg ei hun ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Cloodd y ddesg ei hun ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Cloodd y ddesg ei hun ar ôl %n munud heb ddefnydd.</numerusform>
            <numerusform>Cloodd y ddesg ei hun ar ôl %n munud heb ddefnydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the desk&apos;s passphrase</source>
        <translation type="unfinished">Rhowch gyfrinymadrodd y ddesg</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this desk. Check it and try again.</source>
        <translation type="unfinished">Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n datgloi&apos;r ddesg hon. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>There is no desk in this folder yet. An administrator sets one up with harbour-desk-sync init (see the README).</source>
        <translation type="unfinished">Nid oes desg yn y ffolder hwn eto. Mae gweinyddwr yn gosod un gyda harbour-desk-sync init (gweler y README).</translation>
    </message>
    <message>
        <source>The desk could not be opened: %1</source>
        <translation type="unfinished">Nid oedd modd agor y ddesg: %1</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <translation type="unfinished">Methodd y cysoni am %1: %2</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished">Nid oedd modd agor yr achos: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Yn cadw…</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished">Ni chafodd y newid ei gadw: %1</translation>
    </message>
    <message>
        <source>Acknowledged. Every desk sees it after its next sync.</source>
        <translation type="unfinished">Wedi&apos;i gydnabod. Mae pob desg yn ei weld ar ôl ei chysoni nesaf.</translation>
    </message>
    <message>
        <source>Give a reason for closing the case</source>
        <translation type="unfinished">Rhowch reswm dros gau&apos;r achos</translation>
    </message>
    <message>
        <source>Status changed to %1.</source>
        <translation type="unfinished">Statws wedi newid i %1.</translation>
    </message>
    <message>
        <source>The case has no owner now.</source>
        <translation type="unfinished">Nid oes gan yr achos berchennog nawr.</translation>
    </message>
    <message>
        <source>Owner changed to %1.</source>
        <translation type="unfinished">Perchennog wedi newid i %1.</translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation type="unfinished">Ysgrifennwch y nodyn yn gyntaf</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished">Nodyn wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <source>Enter the due date as year-month-day, for example 2026-03-31</source>
        <translation type="unfinished">Rhowch y dyddiad dyledus fel blwyddyn-mis-diwrnod, er enghraifft 2026-03-31</translation>
    </message>
    <message>
        <source>Next action saved.</source>
        <translation type="unfinished">Cam nesaf wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished">Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Enter a name for the kiosk</source>
        <translation type="unfinished">Rhowch enw i&apos;r ciosg</translation>
    </message>
    <message>
        <source>Kiosk &quot;%1&quot; registered.</source>
        <translation type="unfinished">Ciosg &quot;%1&quot; wedi&apos;i gofrestru.</translation>
    </message>
    <message>
        <source>Kiosk renamed to &quot;%1&quot;.</source>
        <translation type="unfinished">Ciosg wedi&apos;i ailenwi&apos;n &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kiosk revoked: its reports now show as from an unknown kiosk.</source>
        <translation type="unfinished">Ciosg wedi&apos;i ddirymu: mae ei adroddiadau bellach yn dangos fel rhai o giosg anhysbys.</translation>
    </message>
    <message>
        <source>Synced at %1. New reports: %2. Case updates: %3.</source>
        <translation type="unfinished">Cysonwyd am %1. Adroddiadau newydd: %2. Diweddariadau achos: %3.</translation>
    </message>
    <message>
        <source>Envelopes that did not open: %1 (see Junk).</source>
        <translation type="unfinished">Amlenni na wnaethant agor: %1 (gweler Sothach).</translation>
    </message>
    <message>
        <source>Changes made here and not yet at the intake: %1 (%2).</source>
        <translation type="unfinished">Newidiadau a wnaed yma nad ydynt yn y gweinydd derbyn eto: %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s public key as harbour-kiosk-setup prints it: harbour-kiosk-ed25519 and 44 characters of base64</source>
        <translation type="unfinished">Rhowch allwedd gyhoeddus y ciosg fel y mae harbour-kiosk-setup yn ei hargraffu: harbour-kiosk-ed25519 a 44 nod base64</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist. Make it, or choose another in Settings.</source>
        <translation type="unfinished">Nid yw&apos;r ffolder allforio %1 yn bodoli. Crëwch hi, neu dewiswch un arall yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>Exported to %1. The export is recorded in the case&apos;s history.</source>
        <translation type="unfinished">Allforiwyd i %1. Cofnodir yr allforio yn hanes yr achos.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished">Heb ei allforio: %1</translation>
    </message>
    <message>
        <source>The case log could not be read: %1</source>
        <translation type="unfinished">Nid oedd modd darllen y log achosion: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation type="unfinished">y ddesg hon</translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation type="unfinished">desg %1</translation>
    </message>
    <message>
        <source>Erased: an event of a deleted case (its hash is kept for the chain)</source>
        <translation type="unfinished">Wedi&apos;i ddileu: digwyddiad mewn achos a ddilëwyd (cedwir ei stwnsh ar gyfer y gadwyn)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
    <message>
        <source>Event %1 · %2 · %3</source>
        <translation type="unfinished">Digwyddiad %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 events checked at %2: %3 signed by a desk of the organisation and in an unbroken chain, %4 of deleted cases kept as their hash only. No problems found.</source>
        <translation type="unfinished">Gwiriwyd %1 digwyddiad am %2: %3 wedi&apos;u llofnodi gan ddesg yn y sefydliad ac mewn cadwyn ddi-dor, %4 o achosion a ddilëwyd wedi&apos;u cadw fel stwnsh yn unig. Ni chafwyd hyd i broblemau.</translation>
    </message>
    <message>
        <source>%1 events checked at %2: %3 problems found (listed first). Tell whoever runs the desks: the store may have been changed outside the desk.</source>
        <translation type="unfinished">Gwiriwyd %1 digwyddiad am %2: cafwyd hyd i %3 problem (wedi&apos;u rhestru gyntaf). Rhowch wybod i bwy bynnag sy&apos;n rhedeg y desgiau: efallai bod y storfa wedi&apos;i newid y tu allan i&apos;r ddesg.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished">Wrthi&apos;n dileu…</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished">Ni ddilëwyd dim: %1</translation>
    </message>
    <message>
        <source>Deleted %1 cases on every desk; the intake is asked to delete them too.</source>
        <translation type="unfinished">Dilëwyd %1 achos ar bob desg; gofynnir i&apos;r pwynt derbyn eu dileu hefyd.</translation>
    </message>
    <message>
        <source>Not deleted yet (tried again next time): %1</source>
        <translation type="unfinished">Heb eu dileu eto (rhoddir cynnig arall y tro nesaf): %1</translation>
    </message>
    <message>
        <source>Write the reply first</source>
        <translation type="unfinished">Ysgrifennwch yr ateb yn gyntaf</translation>
    </message>
    <message>
        <source>The reply is too long: at most %1 bytes (about %2 letters). Make it shorter.</source>
        <translation type="unfinished">Mae&apos;r ateb yn rhy hir: %1 beit ar y mwyaf (tua %2 llythyren). Gwnewch ef yn fyrrach.</translation>
    </message>
    <message>
        <source>Reply sent. Only the reporter&apos;s follow-up code opens it.</source>
        <translation type="unfinished">Ateb wedi&apos;i anfon. Dim ond cod dilynol y sawl a roddodd wybod sy&apos;n ei agor.</translation>
    </message>
</context>
</TS>
