// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// The queue: open cases, urgent and high risk first, then by due date, then oldest; filters and a
// search over the reports' text, all done on this computer.
Page {
    id: page
    objectName: "queuePage"
    title: qsTr("Cases")
    background: Rectangle { color: Theme.background }
    signal openCase(string caseId)

    readonly property var statusChoices: [
        { text: qsTr("Open cases"), value: "open" }, { text: qsTr("All cases"), value: "all" },
        { text: qsTr("New"), value: "new" }, { text: qsTr("Acknowledged"), value: "acknowledged" },
        { text: qsTr("In progress"), value: "in_progress" }, { text: qsTr("Referred"), value: "referred" },
        { text: qsTr("Closed"), value: "closed" } ]
    readonly property var triageChoices: [
        { text: qsTr("Any risk"), value: "" }, { text: qsTr("Urgent"), value: "urgent" },
        { text: qsTr("High"), value: "high" }, { text: qsTr("Elevated"), value: "elevated" },
        { text: qsTr("Standard"), value: "standard" }, { text: qsTr("Not known"), value: "unknown" } ]
    readonly property var originChoices: [
        { text: qsTr("Any source"), value: "" }, { text: qsTr("Registered kiosk"), value: "registered-kiosk" },
        { text: qsTr("Unknown kiosk"), value: "unknown-kiosk" }, { text: qsTr("Personal device"), value: "personal" } ]
    readonly property var strandChoices: [
        { text: qsTr("Any strand"), value: "" }, { text: qsTr("Race"), value: "race" },
        { text: qsTr("Religion"), value: "religion" }, { text: qsTr("Disability"), value: "disability" },
        { text: qsTr("Sexual orientation"), value: "sexual_orientation" },
        { text: qsTr("Transgender identity"), value: "transgender" } ]

    function statusText(status: string): string {
        for (const choice of page.statusChoices) {
            if (choice.value === status)
                return choice.text
        }
        return status
    }
    function riskText(triage: string, urgent: bool): string {
        if (urgent)
            return qsTr("Urgent")
        for (const choice of page.triageChoices) {
            if (choice.value === triage)
                return choice.text
        }
        return triage
    }
    // One case as one line: what the row shows and what a screen reader says for it.
    function rowText(reference: string, triage: string, urgent: bool, status: string, strands: string,
                     origin: string, received: string, due: string, owner: string): string {
        const separator = " · "
        let text = (reference.length > 0 ? reference : qsTr("(no reference)")) + separator
                   + page.riskText(triage, urgent) + separator + page.statusText(status)
        if (strands.length > 0)
            text += separator + strands
        text += separator + page.originText(origin) + separator + qsTr("received %1").arg(received)
        if (due.length > 0)
            text += separator + qsTr("due %1").arg(due)
        if (owner.length > 0)
            text += separator + qsTr("owner %1").arg(owner)
        return text
    }
    function originText(origin: string): string {
        for (const choice of page.originChoices) {
            if (choice.value === origin)
                return choice.text
        }
        return origin
    }

    header: ToolBar {
        background: Rectangle { color: Theme.inset }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.pageMargin
            anchors.rightMargin: Theme.pageMargin
            spacing: Theme.spacing
            Heading {
                Layout.fillWidth: true
                text: qsTr("Cases (%1 of %2)").arg(DeskSession.queue.matching).arg(DeskSession.queue.total)
            }
            AppButton {
                objectName: "syncButton"
                kind: AppButton.Secondary
                text: DeskSession.busy ? qsTr("Syncing…") : qsTr("Sync now")
                enabled: !DeskSession.busy
                onClicked: DeskSession.sync()
            }
            AppButton {
                objectName: "lockButton"
                kind: AppButton.Secondary
                text: qsTr("Lock")
                onClicked: DeskSession.lock()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.smallSpacing

        BodyText {
            objectName: "queueMessage"
            visible: text.length > 0
            text: DeskSession.message
                  + (DeskSession.lastSync.length > 0 ? "  " + qsTr("Last synced at %1.").arg(DeskSession.lastSync) : "")
            hint: true
        }
        BodyText {
            visible: DeskSession.junkCount > 0
            text: qsTr("%n envelope(s) did not open and are kept apart, not in this list.", "", DeskSession.junkCount)
            hint: true
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            FilterChoice {
                objectName: "statusFilter"
                label: qsTr("Status")
                choices: page.statusChoices
                value: DeskSession.queue.status.length > 0 ? DeskSession.queue.status : "open"
                onChosen: value => DeskSession.queue.status = value
            }
            FilterChoice {
                objectName: "triageFilter"
                label: qsTr("Risk")
                choices: page.triageChoices
                value: DeskSession.queue.triage
                onChosen: value => DeskSession.queue.triage = value
            }
            FilterChoice {
                objectName: "originFilter"
                label: qsTr("Source")
                choices: page.originChoices
                value: DeskSession.queue.origin
                onChosen: value => DeskSession.queue.origin = value
            }
            FilterChoice {
                objectName: "strandFilter"
                label: qsTr("Strand")
                choices: page.strandChoices
                value: DeskSession.queue.strand
                onChosen: value => DeskSession.queue.strand = value
            }
            CheckBox {
                objectName: "onlineFilter"
                text: qsTr("Online only")
                font.pixelSize: Theme.captionSize
                checked: DeskSession.queue.onlineOnly
                onToggled: DeskSession.queue.onlineOnly = checked
                Accessible.name: text
            }
            CheckBox {
                objectName: "repeatFilter"
                text: qsTr("Repeat victims only")
                font.pixelSize: Theme.captionSize
                checked: DeskSession.queue.repeatOnly
                onToggled: DeskSession.queue.repeatOnly = checked
                Accessible.name: text
            }
            TextField {
                objectName: "areaFilter"
                placeholderText: qsTr("Area, e.g. E1")
                font.pixelSize: Theme.captionSize
                Layout.preferredWidth: 140
                Accessible.name: qsTr("Area")
                onTextEdited: DeskSession.queue.area = text
            }
            TextField {
                objectName: "search"
                placeholderText: qsTr("Search the reports")
                font.pixelSize: Theme.captionSize
                width: Math.round(260 * Theme.textScale)
                Accessible.name: qsTr("Search the reports")
                onTextEdited: DeskSession.queue.search = text
            }
        }

        BodyText {
            visible: DeskSession.queue.count === 0
            text: DeskSession.queue.total === 0 ? qsTr("No reports yet.") : qsTr("No case matches these filters.")
        }

        // A column of rows, not a ListView: Qt 6.4 gives a ListView's delegates no place in the
        // accessibility tree (desk_walk found none), so a screen reader could not reach a case. The
        // list shows the queue 100 cases at a time ("Show more cases").
        ScrollView {
            id: list
            objectName: "queueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            Column {
                width: list.availableWidth
                spacing: 2
                Repeater {
                    model: DeskSession.queue
                    // A Button, not an ItemDelegate: Qt 6.4 takes a control's accessible role from its type,
                    // and a screen reader should hear each case as something to press.
                    delegate: Button {
                        id: row
                        required property int index
                        required property string caseId
                        required property string reference
                        required property string received
                        required property string status
                        required property string triage
                        required property bool urgent
                        required property bool highRisk
                        required property var strands
                        required property string origin
                        required property string owner
                        required property string due
                        width: list.availableWidth
                        height: Math.max(Theme.targetSize, contentItem.implicitHeight + 16)
                        topInset: 0
                        bottomInset: 0
                        leftInset: 0
                        rightInset: 0
                        leftPadding: Theme.smallSpacing + 4
                        rightPadding: Theme.smallSpacing + 4
                        flat: true
                        readonly property string lineText: page.rowText(reference, triage, urgent, status, strands.join(", "),
                                                                        origin, received, due, owner)
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Open case: %1").arg(lineText)
                        Accessible.onPressAction: page.openCase(caseId)
                        onClicked: page.openCase(caseId)
                        Keys.onReturnPressed: page.openCase(caseId)
                        Keys.onEnterPressed: page.openCase(caseId)
                        background: Rectangle {
                            color: row.highRisk ? (Theme.highContrast ? "#000000" : "#fde8e4") : Theme.inset
                            border.width: row.activeFocus ? Theme.focusWidth : (Theme.highContrast ? 1 : 0)
                            border.color: row.activeFocus ? Theme.focusRing : Theme.border
                        }
                        contentItem: Text {
                            text: row.lineText
                            font.pixelSize: Theme.bodySize
                            font.bold: row.highRisk
                            color: Theme.text
                            wrapMode: Text.Wrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
                AppButton {
                    objectName: "showMore"
                    visible: DeskSession.queue.count < DeskSession.queue.matching
                    kind: AppButton.Secondary
                    text: qsTr("Show more cases (%1 of %2 shown)").arg(DeskSession.queue.count).arg(DeskSession.queue.matching)
                    onClicked: DeskSession.queue.showMore()
                }
            }
        }
    }
}
