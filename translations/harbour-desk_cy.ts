<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>BackLink</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDelegate</name>
    <message>
        <source>Triage: %1 · Strands: %2 · Online: %3 · Repeat victim: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1 · Reported: %2 · Source: %3 · Owner: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk holds no report for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: the reporter did not allow this organisation to contact them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems reading the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLink</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskComboBox</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Harbour desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskText</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (record only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strand given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter dates as year-month-day, for example 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be on or after the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any triage level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion or belief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous: do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation may contact the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact only through a support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter&apos;s own device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk, with a volunteer&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police and a support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation this device sends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online (cyber-enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with a volunteer&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage rules that applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporter chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-agency sharing (MARAC) consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe times to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report says it was made at a kiosk, but it carries no kiosk signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk signature: sent from a personal device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the registered kiosk &quot;%1&quot; (key %2); the signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the kiosk &quot;%1&quot; (key %2), which was revoked: treat it as an unknown kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by a kiosk key this organisation has not registered (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case event %1 from desk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JunkPage</name>
    <message>
        <source>Junk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can send an envelope to the intake. These did not open with the organisation&apos;s key or did not read as a report, so they are not cases. Nothing in them is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelopes that did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case events refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KiosksPage</name>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the kiosks your organisation runs. Compare the fingerprint with the one on the kiosk&apos;s settings screen before you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosks registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands, for example &quot;Library, front desk&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As harbour-kiosk-setup prints it: base64 or hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Harbour desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Search the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from any answer, the reference or the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 2026-03-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet. New reports appear here after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionRows</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are opened only on this computer. Enter the desk&apos;s passphrase to see the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desk in this folder yet. An administrator sets one up with harbour-desk-sync init (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <source>Work on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. Every desk of the organisation sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record only (the reporter asked for no action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseworker responsible; leave empty for nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day, for example 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by every desk of the organisation, never by the reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbour::deskui::Desk</name>
    <message numerus="yes">
        <source>The desk locked itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the desk&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not unlock this desk. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desk in this folder yet. An administrator sets one up with harbour-desk-sync init (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n new report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n case update(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) did not open (see Junk).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here are not at the intake yet: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged. Every desk sees it after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for closing the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no owner now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the due date as year-month-day, for example 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kiosk&apos;s public key: 44 characters of base64 or 64 of hex, as harbour-kiosk-setup prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk &quot;%1&quot; registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk revoked: its reports now show as from an unknown kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
