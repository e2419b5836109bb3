// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// Kiosk only, for staff: a volunteer's code starts assisted mode (the report says someone helped,
// never who), and the volunteer may turn the time limit off for this session. The organisation's
// admin goes on to the kiosk's settings from here.
PageScaffold {
    id: page
    objectName: "StaffPage"
    title: qsTr("Staff: helping someone make a report")
    readonly property KioskControls kiosk: Session.kiosk
    heading: pageHeading

    Connections {
        target: page.kiosk
        function onVolunteerCodeChecked(accepted: bool) {
            codeField.clear()
            if (accepted)
                limitOption.forceActiveFocus()
            else
                codeField.focusInput()
        }
    }

    BackLink {
        onClicked: Session.flow.back()
    }
    Heading {
        id: pageHeading
        text: page.title
    }
    // Before the code: what it does, the code, the button. After: assisted mode and its one choice.
    BodyText {
        visible: !page.kiosk.assisted
        text: qsTr("If you are a volunteer helping someone to report, enter the volunteer code. The report will say that someone helped. It never says who.")
    }
    SecretField {
        id: codeField
        visible: !page.kiosk.assisted
        label: qsTr("Volunteer code")
        error: page.kiosk.volunteerMessage
        onAccepted: page.kiosk.enterVolunteerCode(codeField.text)
    }
    AppButton {
        visible: !page.kiosk.assisted
        text: page.kiosk.checking ? qsTr("Checking the code…") : qsTr("Start assisted mode")
        enabled: !page.kiosk.checking
        onClicked: page.kiosk.enterVolunteerCode(codeField.text)
    }
    BodyText {
        visible: page.kiosk.assisted
        font.bold: true
        text: qsTr("Assisted mode is on. The report will say that a volunteer helped. It never says who.")
    }
    ChoiceOption {
        id: limitOption
        visible: page.kiosk.assisted
        text: qsTr("Turn off the time limit for this session")
        hint: qsTr("The report is not cleared when nobody touches the screen for a while. Press Exit when you have finished.")
        checked: page.kiosk.idleLimitOff
        onToggled: {
            page.kiosk.idleLimitOff = checked
            checked = Qt.binding(() => page.kiosk.idleLimitOff)
        }
    }
    AppButton {
        visible: page.kiosk.assisted
        text: qsTr("Start the report")
        onClicked: Session.flow.start()
    }

    Heading {
        font.pixelSize: Theme.headingSize * 0.75
        text: qsTr("For the organisation")
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Kiosk settings (admin passphrase)")
        onClicked: Session.flow.showPage(QuestionFlow.Admin)
    }
}
