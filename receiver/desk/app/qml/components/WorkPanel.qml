// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// Working a case: acknowledge, status (a reason for Closed), record only, owner, next action and
// due date, a note. Each change is a case event through CaseActions, so every desk sees it.
ColumnLayout {
    id: panel
    required property CaseView view
    property int chosenStatus: view.status
    property bool chosenRecordOnly: view.recordOnly

    spacing: Theme.spacing

    Connections {
        target: Desk
        function onActionDone(ok: bool): void {
            if (ok) {
                note.clear()
                replyText.clear()
                closedReason.value = ""
            }
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Work on this case")
        font.pixelSize: Math.round(Theme.headingSize * 0.8)
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    // What the last change did, or why it was not made (a status message, read where it appears).
    Text {
        Layout.fillWidth: true
        visible: Desk.actionMessage.length > 0
        text: Desk.actionMessage
        textFormat: Text.PlainText
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Desk.actionFailed ? Theme.error : Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    DeskButton {
        visible: panel.view.status === 0
        text: qsTr("Acknowledge")
        enabled: !Desk.working
        onClicked: Desk.acknowledge()
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Status")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        model: [qsTr("New"), qsTr("Acknowledged"), qsTr("In progress"), qsTr("Referred"), qsTr("Closed")]
        delegate: RadioOption {
            required property string modelData
            required property int index
            text: modelData
            checked: panel.chosenStatus === index
            onToggled: panel.chosenStatus = index
        }
    }
    TextInputField {
        id: closedReason
        visible: panel.chosenStatus === 4
        label: qsTr("Reason for closing")
        hint: qsTr("Required. Every desk of the organisation sees it.")
        onEdited: text => closedReason.value = text
    }
    ChoiceOption {
        text: qsTr("Record only (the reporter asked for no action)")
        checked: panel.chosenRecordOnly
        onToggled: panel.chosenRecordOnly = checked
    }
    DeskButton {
        text: qsTr("Change status")
        enabled: !Desk.working
        onClicked: Desk.setStatus(panel.chosenStatus, panel.chosenRecordOnly, closedReason.value)
    }

    TextInputField {
        id: owner
        label: qsTr("Owner")
        hint: qsTr("The caseworker responsible; leave empty for nobody")
        value: panel.view.owner
        onEdited: text => owner.value = text
    }
    DeskButton {
        kind: AppButton.Secondary
        text: qsTr("Save owner")
        enabled: !Desk.working
        onClicked: Desk.setOwner(owner.value)
    }

    TextInputField {
        id: nextAction
        label: qsTr("Next action")
        value: panel.view.nextAction
        onEdited: text => nextAction.value = text
    }
    TextInputField {
        id: due
        label: qsTr("Due date")
        hint: qsTr("Year-month-day, for example 2026-03-31")
        characters: 12
        value: panel.view.dueDate
        onEdited: text => due.value = text
    }
    // Due and overdue read CaseState::due; the response standard's targets are added beside it.
    DeskButton {
        kind: AppButton.Secondary
        text: qsTr("Save next action")
        enabled: !Desk.working
        onClicked: Desk.setNextAction(nextAction.value, due.value)
    }

    // The way back: only when the reporter took a follow-up code (the report names its mailbox).
    Text {
        Layout.fillWidth: true
        text: qsTr("Reply to the reporter")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        visible: !panel.view.canReply
        text: qsTr("The reporter took no follow-up code, so Harbour cannot carry a reply. Use the contact details if they allowed contact.")
        font.pixelSize: Theme.hintSize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    NoteArea {
        id: replyText
        visible: panel.view.canReply
        label: qsTr("Reply")
        hint: qsTr("Only the reporter can read it, with their follow-up code. Every desk of the organisation sees it in the case log.")
    }
    DeskButton {
        visible: panel.view.canReply
        text: qsTr("Send reply")
        enabled: !Desk.working
        onClicked: Desk.reply(replyText.text)
    }

    NoteArea {
        id: note
        label: qsTr("Internal note")
        hint: qsTr("Seen by every desk of the organisation, never by the reporter")
    }
    DeskButton {
        kind: AppButton.Secondary
        text: qsTr("Add note")
        enabled: !Desk.working
        onClicked: Desk.addNote(note.text)
    }
    // Export (CSV, JSON, PDF case summary, MARAC pack) goes here once receiver/desk/core/export.h
    // lands: one button per format, each recorded in the case log with CaseActions::recordExport.
}
