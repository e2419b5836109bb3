// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// The confirmation page's follow-up code (docs/protocol.md §13): shown large, read aloud on
// request, typed back once to be sure the person has it, and shown on its own to write down or
// photograph. Harbour keeps no copy: Finish, Exit or idle wipes it.
ColumnLayout {
    id: root
    // "Show only the code": the page covers itself with the card.
    signal showCardRequested()
    property string typed: ""

    visible: Session.followUp.code.length > 0
    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        text: qsTr("Your follow-up code")
        font.pixelSize: Theme.headingSize * 0.8
    }
    CodeCard {
        Layout.fillWidth: true
        code: Session.followUp.code
        spokenCode: Session.followUp.spokenCode
    }
    BodyText {
        text: qsTr("Write it down now and keep it somewhere safe. With it you can read the organisation's replies in Harbour on any phone or computer, answer them and add to your report.")
    }
    BodyText {
        text: qsTr("Harbour does not keep this code. If you lose it, nobody can give it back to you. Anyone who has it can read the replies.")
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Read the code aloud")
        onClicked: Speech.sayNow(qsTr("Your follow-up code is: %1").arg(Session.followUp.spokenCode))
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Show only the code")
        Accessible.name: qsTr("Show only the code, to write it down or take a photo")
        onClicked: root.showCardRequested()
    }

    Heading {
        text: qsTr("Check you have your code")
        font.pixelSize: Theme.headingSize * 0.7
    }
    TextInputField {
        id: checkField
        label: qsTr("Type your follow-up code")
        hint: qsTr("Spaces, dashes and capital letters do not matter.")
        error: Session.followUp.checkError
        value: root.typed
        inputHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhPreferUppercase
        onEdited: text => root.typed = text
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Check my code")
        onClicked: {
            if (!Session.followUp.checkTypedBack(root.typed))
                checkField.focusInput()
        }
    }
    BodyText {
        objectName: "codeConfirmed"
        visible: Session.followUp.confirmed
        font.bold: true
        text: qsTr("That is your code. Keep it safe.")
    }
}
