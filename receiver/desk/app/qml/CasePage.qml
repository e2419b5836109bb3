// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// One case: what the report says (every answer and flag, routing and consent, contact details only
// where the reporter allowed this organisation), where it came from, its notes and its history; and
// the changes a caseworker makes, each shared with every desk of the organisation.
Page {
    id: page
    objectName: "casePage"
    required property string caseId
    property var details: DeskSession.openCase(caseId)
    signal back()

    title: qsTr("Case %1").arg(details.reference || "")
    background: Rectangle { color: Theme.background }

    readonly property var statusChoices: [
        { text: qsTr("New"), value: "new" }, { text: qsTr("Acknowledged"), value: "acknowledged" },
        { text: qsTr("In progress"), value: "in_progress" }, { text: qsTr("Referred"), value: "referred" },
        { text: qsTr("Closed"), value: "closed" } ]
    function statusText(status: string): string {
        for (const choice of page.statusChoices) {
            if (choice.value === status)
                return choice.text
        }
        return status
    }
    function originText(origin: string, kiosk: string): string {
        if (origin === "registered-kiosk")
            return qsTr("Registered kiosk: %1").arg(kiosk)
        if (origin === "unknown-kiosk")
            return qsTr("A kiosk this desk does not know (its signature is valid)")
        return qsTr("Personal device")
    }

    Connections {
        target: DeskSession
        function onCaseChanged(changed: string): void {
            if (changed === page.caseId)
                page.details = DeskSession.openCase(page.caseId)
        }
    }
    Component.onCompleted: backButton.forceActiveFocus()

    header: ToolBar {
        background: Rectangle { color: Theme.inset }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.pageMargin
            anchors.rightMargin: Theme.pageMargin
            AppButton {
                id: backButton
                objectName: "backButton"
                kind: AppButton.Secondary
                text: qsTr("Back to the cases")
                onClicked: page.back()
            }
            Item { Layout.fillWidth: true }
            AppButton {
                kind: AppButton.Secondary
                text: qsTr("Lock")
                onClicked: DeskSession.lock()
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.pageMargin, Theme.maxContentWidth + 200)
            x: Theme.pageMargin
            spacing: Theme.smallSpacing

            Heading {
                Layout.topMargin: Theme.spacing
                text: qsTr("Case %1").arg(page.details.reference || qsTr("(no reference)"))
            }
            BodyText {
                objectName: "caseMessage"
                visible: text.length > 0
                text: DeskSession.message
                hint: true
            }
            Section {
                title: qsTr("This case")
                rows: [
                    { name: qsTr("Status"), value: page.statusText(page.details.status || "")
                                                   + (page.details.recordOnly ? " (" + qsTr("record only") + ")" : "")
                                                   + (page.details.closedReason ? " — " + page.details.closedReason : "") },
                    { name: qsTr("Received"), value: page.details.received || "" },
                    { name: qsTr("Source"), value: page.originText(page.details.origin || "", page.details.kioskName || "") },
                    { name: qsTr("Owner"), value: page.details.owner || qsTr("nobody yet") },
                    { name: qsTr("Next action"), value: page.details.nextAction || "" },
                    { name: qsTr("Due"), value: page.details.due || "" } ]
            }
            Section {
                objectName: "answers"
                title: qsTr("What the report says")
                rows: page.details.answers || []
                emptyText: qsTr("This desk holds no report text for this case.")
            }
            Section {
                title: qsTr("Flags")
                rows: page.details.flags || []
            }
            Section {
                title: qsTr("What the reporter asked for")
                rows: page.details.routing || []
            }
            Section {
                objectName: "contact"
                title: qsTr("Contact details")
                rows: page.details.contact || []
                emptyText: qsTr("None for this organisation: the reporter did not give contact details, or did not allow this organisation to contact them.")
            }

            Text {
                Layout.topMargin: Theme.spacing
                text: qsTr("Work on this case")
                font.pixelSize: Math.round(22 * Theme.textScale)
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            AppButton {
                objectName: "acknowledgeButton"
                visible: page.details.status === "new"
                text: qsTr("Acknowledge")
                enabled: !DeskSession.busy
                onClicked: DeskSession.acknowledge(page.caseId)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ComboBox {
                    id: statusBox
                    objectName: "statusBox"
                    Layout.preferredWidth: Math.round(220 * Theme.textScale)
                    Layout.minimumHeight: Theme.targetSize
                    font.pixelSize: Theme.bodySize
                    model: page.statusChoices
                    textRole: "text"
                    valueRole: "value"
                    currentIndex: Math.max(0, indexOfValue(page.details.status || "new"))
                    Accessible.name: qsTr("New status: %1").arg(displayText)
                    contentItem: Text {
                        leftPadding: 12
                        text: statusBox.displayText
                        font: statusBox.font
                        color: Theme.text
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        Accessible.ignored: true
                    }
                }
                CheckBox {
                    id: recordOnly
                    objectName: "recordOnly"
                    text: qsTr("Record only (no action asked)")
                    font.pixelSize: Theme.bodySize
                    checked: page.details.recordOnly || false
                    Accessible.name: text
                }
            }
            TextInputField {
                id: closedReason
                objectName: "closedReason"
                visible: statusBox.currentValue === "closed"
                label: qsTr("Why is the case closed?")
                onEdited: text => closedReason.value = text
            }
            AppButton {
                objectName: "setStatusButton"
                text: qsTr("Change status")
                enabled: !DeskSession.busy
                onClicked: DeskSession.setStatus(page.caseId, statusBox.currentValue, recordOnly.checked, closedReason.value)
            }
            TextInputField {
                id: owner
                objectName: "owner"
                label: qsTr("Owner")
                hint: qsTr("Who is working on it. Leave empty to give it back.")
                value: page.details.owner || ""
                onEdited: text => owner.value = text
            }
            AppButton {
                kind: AppButton.Secondary
                text: qsTr("Set owner")
                enabled: !DeskSession.busy
                onClicked: DeskSession.setOwner(page.caseId, owner.value)
            }
            TextInputField {
                id: nextAction
                objectName: "nextAction"
                label: qsTr("Next action")
                value: page.details.nextAction || ""
                onEdited: text => nextAction.value = text
            }
            TextInputField {
                id: due
                objectName: "due"
                label: qsTr("Due date")
                hint: qsTr("Year-month-day, for example 2026-12-31")
                characters: 10
                value: page.details.due || ""
                onEdited: text => due.value = text
            }
            AppButton {
                kind: AppButton.Secondary
                text: qsTr("Set next action")
                enabled: !DeskSession.busy
                onClicked: DeskSession.setNextAction(page.caseId, nextAction.value, due.value)
            }

            Text {
                Layout.topMargin: Theme.spacing
                text: qsTr("Notes (only the organisation's desks see them)")
                font.pixelSize: Math.round(22 * Theme.textScale)
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: page.details.notes || []
                delegate: BodyText {
                    required property var modelData
                    text: qsTr("%1, desk %2: %3").arg(modelData.at).arg(modelData.desk).arg(modelData.text)
                }
            }
            TextArea {
                id: note
                objectName: "noteText"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.targetSize * 2
                font.pixelSize: Theme.bodySize
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("A note for the case")
                Accessible.name: qsTr("New note")
                // Tab moves on, as everywhere else; the note is text, not a table.
                KeyNavigation.priority: KeyNavigation.BeforeItem
                Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            }
            AppButton {
                objectName: "addNoteButton"
                text: qsTr("Add note")
                enabled: !DeskSession.busy
                onClicked: {
                    if (DeskSession.addNote(page.caseId, note.text))
                        note.clear()
                }
            }

            Section {
                objectName: "history"
                title: qsTr("History (which desk did what, and when)")
                rows: (page.details.history || []).map(entry => ({ name: entry.at + ", " + qsTr("desk %1").arg(entry.desk), value: entry.what }))
            }
            Item { Layout.preferredHeight: Theme.spacing * 2 }
        }
    }
}
