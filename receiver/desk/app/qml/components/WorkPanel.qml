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
    // A change asked for here: its result (or why it was not made) takes the focus once known.
    property bool acting: false

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
        // Qt 6.4 has no Accessible.announce: the message takes the focus, so a screen reader says
        // it (as the error summary does in the reporting app); the pressed button was disabled while
        // the change was saved, which took the focus from it anyway. Tab goes on from the message.
        function onActionChanged(): void {
            if (panel.acting && !Desk.working && Desk.actionMessage.length > 0) {
                panel.acting = false
                message.forceActiveFocus()
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
    // What the last change did, or why it was not made (a status message, read where it appears, and
    // focused once a change asked for here is done). In the Tab order only while it has the focus.
    Text {
        id: message
        Layout.fillWidth: true
        activeFocusOnTab: activeFocus
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
    AppButton {
        visible: panel.view.status === 0
        text: qsTr("Acknowledge")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.acknowledge()
        }
    }

    // The status choices are one group named by their label (a screen reader says "Status" as focus
    // enters them, as for every group of choices: docs/accessibility.md).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.role: Accessible.Grouping
        Accessible.name: statusLabel.text
        Text {
            id: statusLabel
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
    AppButton {
        text: qsTr("Change status")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.setStatus(panel.chosenStatus, panel.chosenRecordOnly, closedReason.value)
        }
    }

    TextInputField {
        id: owner
        label: qsTr("Owner")
        hint: qsTr("The caseworker responsible; leave empty for nobody")
        value: panel.view.owner
        onEdited: text => owner.value = text
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Save owner")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.setOwner(owner.value)
        }
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
    // The case's summary above shows this date beside the response standard's clocks.
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Save next action")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.setNextAction(nextAction.value, due.value)
        }
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
    AppButton {
        visible: panel.view.canReply
        kind: AppButton.Secondary
        text: qsTr("Send reply")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.reply(replyText.text)
        }
    }

    NoteArea {
        id: note
        label: qsTr("Internal note")
        hint: qsTr("Seen by every desk of the organisation, never by the reporter")
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Add note")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.addNote(note.text)
        }
    }

    // Export: each one a file in the export folder and an "export" event in the case log.
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Export")
        font.pixelSize: Math.round(Theme.headingSize * 0.8)
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        text: qsTr("Saved in %1 (change the folder in Settings). Every export is recorded in the case's history and seen by every desk. Contact details are included only where the reporter allowed this organisation to contact them.").arg(Desk.exportFolder)
        textFormat: Text.PlainText
        hint: true
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Export case summary (PDF)")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.exportCase("pdf")
        }
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Export MARAC pack (PDF)")
        Accessible.description: qsTr("Only when the reporter agreed to their report being shared with other agencies")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.exportCase("marac")
        }
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Export as CSV")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.exportCase("csv")
        }
    }
    AppButton {
        kind: AppButton.Secondary
        text: qsTr("Export as JSON")
        enabled: !Desk.working
        onClicked: {
            panel.acting = true
            Desk.exportCase("json")
        }
    }
}
