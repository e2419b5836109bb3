<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>harbour::deskui::Desk</name>
    <message numerus="yes">
        <source>The desk locked itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>The desk locked itself after %n minute without use.</numerusform>
            <numerusform>The desk locked itself after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
</TS>
