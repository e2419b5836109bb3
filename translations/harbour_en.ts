<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message numerus="yes">
        <source>Harbour could not send your report to %1 in %n day(s), so it has stopped trying. Please use one of the other ways to report below, or try again.</source>
        <translation>
            <numerusform>Harbour could not send your report to %1 in %n day, so it has stopped trying. Please use one of the other ways to report below, or try again.</numerusform>
            <numerusform>Harbour could not send your report to %1 in %n days, so it has stopped trying. Please use one of the other ways to report below, or try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message numerus="yes">
        <source>To keep your report private, we will clear it in %n second(s) if you do nothing.</source>
        <translation>
            <numerusform>To keep your report private, we will clear it in %n second if you do nothing.</numerusform>
            <numerusform>To keep your report private, we will clear it in %n seconds if you do nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::kiosk::KioskControls</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harbour::routing::ProposalModel</name>
    <message numerus="yes">
        <source>%1 and %n other language(s)</source>
        <translation>
            <numerusform>%1 and %n other language</numerusform>
            <numerusform>%1 and %n other languages</numerusform>
        </translation>
    </message>
</context>
</TS>
