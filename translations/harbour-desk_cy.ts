<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
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
        <source>Overdue since %1</source>
        <translation type="unfinished">Yn hwyr ers %1</translation>
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
        <source>Due %1</source>
        <translation type="unfinished">I&apos;w wneud erbyn %1</translation>
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
</context>
</TS>
