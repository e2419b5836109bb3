// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// The replies a follow-up code opened (docs/protocol.md §19.7), opened on this device and shown
// only here. An unknown mailbox and an empty one look the same, here as at the intake. From here:
// answer a reply (and say whether the response helped), add to the report, check again, delete the
// replies, or finish (which wipes them from the screen and the app).
PageScaffold {
    id: page
    objectName: "FollowUpRepliesPage"
    // Finish: Main covers the screen and wipes everything, as Exit does.
    signal finished()
    title: qsTr("Replies to your report")
    readonly property bool busy: Session.followUp.state === FollowUp.Fetching
                                 || Session.followUp.state === FollowUp.Deleting
    readonly property int count: Session.followUp.replies.count

    BackLink {
        onClicked: Session.flow.back()
    }
    Heading {
        text: page.title
    }
    BodyText {
        objectName: "followUpMessage"
        visible: Session.followUp.message.length > 0
        text: Session.followUp.message
        font.bold: true
    }
    FollowUpProgress { }
    BodyText {
        visible: page.count === 0 && !page.busy
        text: qsTr("There are no replies yet.")
        font.bold: true
    }
    BodyText {
        visible: page.count === 0 && !page.busy
        hint: true
        text: qsTr("Organisations usually reply within 5 working days. If you expected a reply, check your code: a code with one different letter or number opens an empty mailbox.")
    }
    BodyText {
        visible: Session.followUp.incomplete && !page.busy
        hint: true
        text: qsTr("Harbour could not reach every organisation. There may be more replies: try again later.")
    }
    Repeater {
        model: Session.followUp.replies
        delegate: Rectangle {
            id: reply
            required property int index
            required property string organisation
            required property string when
            required property string text
            required property bool answered
            Layout.fillWidth: true
            implicitHeight: replyColumn.implicitHeight + 2 * Theme.spacing
            color: Theme.inset
            border.color: Theme.border
            border.width: Theme.highContrast ? 2 : 0
            ColumnLayout {
                id: replyColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
                spacing: Theme.smallSpacing
                Heading {
                    text: qsTr("From %1").arg(reply.organisation)
                    font.pixelSize: Theme.headingSize * 0.7
                }
                BodyText {
                    hint: true
                    text: reply.when
                }
                BodyText {
                    text: reply.text
                }
                BodyText {
                    visible: reply.answered
                    hint: true
                    text: qsTr("You answered this reply.")
                }
                AppButton {
                    text: qsTr("Answer this reply")
                    Accessible.name: qsTr("Answer this reply from %1").arg(reply.organisation)
                    onClicked: {
                        Session.followUp.startAnswer(reply.index)
                        Session.flow.showPage(QuestionFlow.FollowUpAnswer)
                    }
                }
            }
        }
    }
    AppButton {
        visible: Session.followUp.canAdd() && !page.busy
        kind: AppButton.Secondary
        text: qsTr("Add information to your report")
        onClicked: {
            Session.followUp.startAnswer(-1)
            Session.flow.showPage(QuestionFlow.FollowUpAnswer)
        }
    }
    AppButton {
        visible: !page.busy
        kind: AppButton.Secondary
        text: qsTr("Check for new replies")
        onClicked: Session.followUp.refresh()
    }
    BodyText {
        visible: page.count > 0 && !page.busy
        hint: true
        text: qsTr("Deleting the replies means nobody can read them again, even with your code. Harbour deletes them after 90 days anyway.")
    }
    AppButton {
        visible: page.count > 0 && !page.busy
        kind: AppButton.Secondary
        text: qsTr("Delete these replies")
        onClicked: Session.followUp.deleteReplies()
    }
    AppButton {
        text: qsTr("Finish")
        Accessible.name: qsTr("Finish and clear the replies from the screen")
        onClicked: page.finished()
    }
}
