// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Shown before anything else when the reporter is in danger now, or their answers put the
// report at high triage. The report will be marked urgent; they can carry on afterwards.
FormPage {
    id: page
    objectName: "DangerPage"
    title: qsTr("If you are in danger now, call 999")
    heading: pageHeading

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: panel.implicitHeight + 2 * Theme.spacing
        color: Theme.highContrast ? Theme.background : Theme.exitBackground
        border.color: Theme.border
        border.width: Theme.highContrast ? 2 : 0
        ColumnLayout {
            id: panel
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.smallSpacing
            Text {
                id: pageHeading
                Layout.fillWidth: true
                text: page.title
                color: Theme.highContrast ? Theme.text : Theme.exitLabel
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
                activeFocusOnTab: activeFocus // as Heading.qml's
                Accessible.description: callText.text
            }
            Text {
                id: callText
                Layout.fillWidth: true
                text: qsTr("Call 999 and ask for the police, or an ambulance if someone is hurt.")
                color: Theme.highContrast ? Theme.text : Theme.exitLabel
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
    // --- Easy read (display work; keep as one block) ---
    EasyRead {
        objectName: "dangerEasyRead"
        ideas: [
            { picture: "danger", text: qsTr("Are you in danger now? Call 999.") },
            { picture: "phone", text: qsTr("Ask for the police. Ask for an ambulance if someone is hurt.") },
            { picture: "speech", text: qsTr("Deaf? Use 999 BSL, or text 999 if you registered.") },
            { picture: "exit", text: qsTr("Press Exit to leave Harbour quickly.") }
        ]
    }
    // --- end of easy read ---
    Heading {
        text: qsTr("If you are deaf or cannot speak on the phone")
        font.pixelSize: Theme.headingSize * 0.8
    }
    BodyText {
        text: qsTr("999 BSL: use the 999 BSL app or website to reach a British Sign Language interpreter who will call 999 for you.")
    }
    BodyText {
        text: qsTr("Text 999 if you have registered with emergencySMS. To register, text \"register\" to 999.")
    }
    Heading {
        text: qsTr("Your report")
        font.pixelSize: Theme.headingSize * 0.8
    }
    BodyText {
        text: qsTr("Your report will be marked as urgent. It is not a 999 call: the organisation may not read it straight away.")
    }
    BodyText {
        text: qsTr("When you are safe, you can carry on with your report. You can press Exit at any time.")
    }
    AppButton {
        // A long label at 200 % text wraps inside the page instead of widening it.
        Layout.maximumWidth: parent ? parent.width : Infinity
        text: qsTr("Carry on with my report")
        onClicked: page.submit()
    }
}
