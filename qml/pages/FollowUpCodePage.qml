// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import Harbour

// "I have a follow-up code" (docs/protocol.md §19.7): the code as the person typed it, forgiving of
// spaces, dashes, case and O/0, I/L/1. Continue derives the keys (seconds on a phone, progress
// shown) and asks for replies; Session.followUp then shows the replies page.
PageScaffold {
    id: page
    objectName: "FollowUpCodePage"
    title: qsTr("Enter your follow-up code")
    property string typed: ""
    readonly property bool busy: Session.followUp.state === FollowUp.Deriving
                                 || Session.followUp.state === FollowUp.Fetching

    function submit(): void {
        if (!Session.followUp.open(page.typed))
            summary.forceActiveFocus()
    }

    BackLink {
        onClicked: Session.flow.back()
    }
    ErrorSummary {
        id: summary
        model: Session.followUp.errors
        onLinkActivated: codeField.focusInput()
    }
    Heading {
        text: page.title
    }
    BodyText {
        text: qsTr("This is the code of 20 letters and numbers you were given when you sent your report.")
    }
    TextInputField {
        id: codeField
        label: qsTr("Follow-up code")
        hint: qsTr("For example, K82Q V992 78T6 CAJ1 0HKB. Spaces, dashes and capital letters do not matter.")
        error: Session.followUp.codeError
        value: page.typed
        inputHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhPreferUppercase
        onEdited: text => page.typed = text
    }
    FollowUpProgress { }
    BodyText {
        visible: Session.followUp.state === FollowUp.Failed && Session.followUp.message.length > 0
        text: Session.followUp.message
        color: Theme.error
        font.bold: true
    }
    AppButton {
        visible: !page.busy
        text: qsTr("Continue")
        onClicked: page.submit()
    }
}
