// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// GOV.UK check answers: every question shown, its answer or "Not provided", and Change.
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
    Repeater {
        model: Session.flow.checkRows
        // Plain positioners, not nested layouts: Qt 6.4 drew the answers of nested layouts with
        // wrapped text at stale places on wide windows (answers over the next row's title).
        delegate: Column {
            id: row
            required property string questionId
            required property string title
            required property string answer
            required property bool provided
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
                    onClicked: Session.flow.change(row.questionId)
                }
            }
            BodyText {
                id: answerText
                width: row.width
                text: row.provided ? row.answer : qsTr("Not provided")
                color: row.provided ? Theme.text : Theme.secondaryText
            }
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
        // On to who receives it (the recipients page), then contact and consent, then sending.
        onClicked: page.submit()
    }
}
