// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Answering a reply, with "Did the response help?" (a measure of success), or adding information
// to the report. Sealed to the organisation and queued like a report: sent when there is a network.
PageScaffold {
    id: page
    objectName: "FollowUpAnswerPage"
    readonly property bool answer: Session.followUp.answering >= 0
    property int helped: FollowUp.Unsaid
    title: page.answer ? qsTr("Answer %1").arg(Session.followUp.answeringOrganisation)
                       : qsTr("Add information to your report")

    component HelpedChoice: RadioOption {
        id: choice
        required property int value
        checked: page.helped === choice.value
        onToggled: {
            page.helped = choice.value
            checked = Qt.binding(() => page.helped === choice.value)
        }
    }

    function submit(): void {
        if (!Session.followUp.send(page.answer ? page.helped : FollowUp.Unsaid, textBox.text))
            summary.forceActiveFocus()
    }

    BackLink {
        onClicked: Session.flow.back()
    }
    ErrorSummary {
        id: summary
        model: Session.followUp.errors
        onLinkActivated: textBox.focusInput()
    }
    Heading {
        text: page.title
    }
    BodyText {
        visible: !page.answer
        text: qsTr("What you add goes to %1 with your report. For example, something you remembered, or something that has happened since.")
              .arg(Session.followUp.answeringOrganisation.length > 0 ? Session.followUp.answeringOrganisation
                                                                     : qsTr("the organisations that replied to you"))
    }
    ColumnLayout {
        visible: page.answer
        Layout.fillWidth: true
        spacing: Theme.spacing
        Heading {
            text: qsTr("Did the response help? (optional)")
            font.pixelSize: Theme.headingSize * 0.75
        }
        BodyText {
            hint: true
            text: qsTr("Your answer helps organisations see what works.")
        }
        HelpedChoice {
            value: FollowUp.Yes
            text: qsTr("Yes, it helped")
        }
        HelpedChoice {
            value: FollowUp.Partly
            text: qsTr("It helped a little")
        }
        HelpedChoice {
            value: FollowUp.No
            text: qsTr("No, it did not help")
        }
    }
    FollowUpText {
        id: textBox
        label: page.answer ? qsTr("Your answer (optional if you said whether it helped)") : qsTr("What you want to add")
        error: Session.followUp.textError
    }
    BodyText {
        visible: Session.followUp.message.length > 0
        text: Session.followUp.message
        color: Theme.error
        font.bold: true
    }
    AppButton {
        text: page.answer ? qsTr("Send answer") : qsTr("Send")
        onClicked: page.submit()
    }
}
