// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// GOV.UK check answers: who gets the report and contact (with sections), every question shown,
// its answer or "Not provided" (optional sections: only what was answered), Change, and Send.
FormPage {
    id: page
    objectName: "CheckAnswersPage"
    title: qsTr("Check your answers before sending your report")
    heading: pageHeading

    Heading {
        id: pageHeading
        text: page.title
    }
    // --- Easy read (display work; keep as one block) ---
    EasyRead {
        objectName: "checkEasyRead"
        ideas: [
            { picture: "list", text: qsTr("Here is everything you told us.") },
            { picture: "note", text: qsTr("Press Change to fix an answer.") },
            { picture: "sent", text: qsTr("When it is right, send your report.") }
        ]
    }
    // --- end of easy read ---
    Rectangle {
        Layout.fillWidth: true
        visible: Session.flow.urgent
        implicitHeight: urgentText.implicitHeight + 2 * Theme.spacing
        color: Theme.inset
        border.color: Theme.error
        border.width: 4
        BodyText {
            id: urgentText
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            text: qsTr("Your report will be marked as urgent. If you are in danger now, call 999.")
            font.bold: true
        }
    }
    // A GOV.UK summary row: the question (or what is being sent where), the answer, and Change.
    // Plain positioners, not nested layouts: Qt 6.4 drew the answers of nested layouts with
    // wrapped text at stale places on wide windows (answers over the next row's title).
    component SummaryRow: Column {
        id: row
        property string title
        property string answer
        property bool provided: true
        signal changeRequested()
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Rectangle { width: row.width; height: 1; color: Theme.border }
        Item {
            width: row.width
            height: Math.max(titleText.implicitHeight, change.implicitHeight - 2 * change.overhang)
            BodyText {
                id: titleText
                anchors { left: parent.left; right: change.left; rightMargin: Theme.smallSpacing; top: parent.top }
                text: row.title
                font.bold: true
            }
            ChangeLink {
                id: change
                // The link's 48 px target reaches a little above and below the title's line.
                readonly property real overhang: Math.max(0, (Theme.targetSize - Theme.bodySize * 1.4) / 2)
                anchors { right: parent.right; top: parent.top; topMargin: -overhang }
                width: implicitWidth
                height: Math.max(Theme.targetSize, implicitHeight)
                Accessible.name: qsTr("Change your answer to: %1").arg(row.title)
                // Tab reaches only the links: each speaks its question with the answer after it.
                // "Your answer:" in front, because Orca leaves out a description that is part of
                // the name ("No" in "Do you know ..."); an answer of several lines is one sentence.
                Accessible.description: qsTr("Your answer: %1").arg(answerText.text.split("\n").join(". "))
                onClicked: row.changeRequested()
            }
        }
        BodyText {
            id: answerText
            width: row.width
            text: row.provided ? row.answer : qsTr("Not provided")
            color: row.provided ? Theme.text : Theme.secondaryText
        }
    }

    // Who gets it and whether they may contact the person, read back before the one Send
    // (issue 15); with sections, these are not asked again after this page.
    SummaryRow {
        objectName: "recipientsRow"
        visible: Session.flow.tasked
        title: qsTr("Who gets your report")
        readonly property var wishes: [qsTr("Not chosen"), qsTr("The police"), qsTr("A support organisation"),
                                       qsTr("Both the police and a support organisation"),
                                       qsTr("Only record it: I do not want any action taken")]
        answer: wishes[Session.routing.choice] + "\n"
                + (Session.routing.chosenCount > 0 ? Session.routing.chosenNames
                                                   : qsTr("No organisation chosen yet: choose one before sending"))
        onChangeRequested: Session.flow.showPage(QuestionFlow.Recipients)
    }
    SummaryRow {
        objectName: "contactRow"
        visible: Session.flow.tasked
        title: qsTr("Can they contact you?")
        answer: (Session.routing.contact === Routing.Contactable
                 ? (Session.routing.mayContactNames.length > 0
                    ? qsTr("Yes. Only %1 may contact you.").arg(Session.routing.mayContactNames)
                    : qsTr("Yes, but you have not ticked who may contact you"))
                 : Session.followUp.wanted ? qsTr("No, keep me anonymous.")
                 : qsTr("No, keep me anonymous. They cannot reply to you, unless you ask for a follow-up code here."))
                + (Session.followUp.wanted ? "\n" + qsTr("You will get a follow-up code to read their replies.") : "")
        onChangeRequested: Session.flow.showPage(QuestionFlow.Contact)
    }
    Heading {
        visible: Session.flow.tasked
        text: qsTr("Your answers")
        font.pixelSize: Theme.headingSize * 0.8
    }
    Repeater {
        model: Session.flow.checkRows
        delegate: SummaryRow {
            required property string questionId
            required title
            required answer
            required provided
            onChangeRequested: Session.flow.change(questionId)
        }
    }
    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
    Heading {
        text: qsTr("Now send your report")
        font.pixelSize: Theme.headingSize * 0.8
    }
    BodyText {
        text: qsTr("Your report is locked on this device so that only %1 can read it. If there is no internet now, it will be sent when there is.").arg(Session.recipientNames)
    }
    SendTimeChoice {
        visible: !Session.kioskMode && Session.flow.tasked
    }
    TorChoice {
        visible: !Session.kioskMode && Session.flow.tasked
    }
    FollowUpPreparing { }
    BodyText {
        visible: Session.errorMessage.length > 0
        text: Session.errorMessage
        color: Theme.error
        font.bold: true
    }
    AppButton {
        // A long label at 200 % text wraps inside the page instead of widening it.
        Layout.maximumWidth: parent ? parent.width : Infinity
        text: qsTr("Send report")
        // With sections it sends (a problem with who gets it or contact opens that page); without,
        // it goes on to who receives it (the recipients page), then contact and consent.
        onClicked: page.submit()
    }
}
