<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CasePage</name>
    <message>
        <source>Case %1</source>
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
        <source>Registered kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk this desk does not know (its signature is valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk holds no report text for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the reporter asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None for this organisation: the reporter did not give contact details, or did not allow this organisation to contact them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record only (no action asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case closed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working on it. Leave empty to give it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day, for example 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (only the organisation&apos;s desks see them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, desk %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (which desk did what, and when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk %1</source>
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
        <source>Cases</source>
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
        <source>Any risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
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
        <source>Any strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transgender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
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
        <source>Last synced at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) did not open and are kept apart, not in this list.</source>
        <translation>
            <numerusform>%n envelope did not open and is kept apart, not in this list.</numerusform>
            <numerusform>%n envelopes did not open and are kept apart, not in this list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat victims only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, e.g. E1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more cases (%1 of %2 shown)</source>
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
        <source>Reports open only on this computer. Enter the desk&apos;s passphrase to see the organisation&apos;s cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harbour::desk::DeskSession</name>
    <message numerus="yes">
        <source>The desk locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>The desk locked itself after %n minute without use.</numerusform>
            <numerusform>The desk locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the desk&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this desk. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desk in %1 yet. Set one up with harbour-desk-sync init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the intake to sync; the desk shows what it already has. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n new report(s)</source>
        <translation>
            <numerusform>Synced: %n new report</numerusform>
            <numerusform>Synced: %n new reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n case change(s).</source>
        <translation>
            <numerusform>, %n case change.</numerusform>
            <numerusform>, %n case changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and shared with the organisation&apos;s other desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the due date as year-month-day, for example 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online (cyber-enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporter asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-agency sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave a message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
