// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// The queue: urgent and high-risk first, then by due date; filters and a search over the reports'
// text, all done on this desk.
FocusScope {
    id: page
    readonly property CaseListModel queue: Desk.queue
    // The filters take room, more so at large text sizes: shown when asked for.
    property bool showFilters: false
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    ColumnLayout {
        anchors { fill: parent; margins: Theme.pageMargin }
        spacing: Theme.smallSpacing

        // A Flow, not a RowLayout: the field's wrapped label and hint settle their height first.
        Flow {
            id: searchRow
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextInputField {
                width: Math.min(Theme.maxContentWidth, searchRow.width)
                label: qsTr("Search the reports")
                hint: qsTr("Words from any answer, the reference or the area")
                value: page.queue.search
                onEdited: text => page.queue.search = text
            }
            DeskButton {
                kind: AppButton.Secondary
                text: page.showFilters ? qsTr("Hide filters") : qsTr("Show filters")
                onClicked: page.showFilters = !page.showFilters
            }
        }
        Flickable {
            id: filterArea
            visible: page.showFilters
            Layout.fillWidth: true
            // At large text sizes the filters scroll on their own and leave room for the cases.
            Layout.preferredHeight: Math.min(filters.implicitHeight, page.height * 0.45)
            contentHeight: filters.implicitHeight
            clip: true
            ScrollBar.vertical: ScrollBar { }
            Flow {
                id: filters
                width: filterArea.width
                spacing: Theme.smallSpacing
                readonly property int cell: Math.max(200, Math.min(260, (width - 3 * spacing) / 4))
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Status")
                    choices: page.queue.choices("status")
                    current: page.queue.statusFilter
                    onChosen: value => page.queue.statusFilter = value
                }
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Triage")
                    choices: page.queue.choices("triage")
                    current: page.queue.triageFilter
                    onChosen: value => page.queue.triageFilter = value
                }
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Strand")
                    choices: page.queue.choices("strand")
                    current: page.queue.strandFilter
                    onChosen: value => page.queue.strandFilter = value
                }
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Online")
                    choices: page.queue.choices("online")
                    current: page.queue.onlineFilter
                    onChosen: value => page.queue.onlineFilter = value
                }
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Repeat victim")
                    choices: page.queue.choices("repeat")
                    current: page.queue.repeatFilter
                    onChosen: value => page.queue.repeatFilter = value
                }
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Area")
                    choices: page.queue.choices("area")
                    current: page.queue.areaFilter
                    onChosen: value => page.queue.areaFilter = value
                }
                DeskComboBox {
                    width: filters.cell
                    label: qsTr("Source")
                    choices: page.queue.choices("source")
                    current: page.queue.sourceFilter
                    onChosen: value => page.queue.sourceFilter = value
                }
                TextInputField {
                    width: filters.cell
                    label: qsTr("Reported from")
                    hint: qsTr("For example 2026-03-01")
                    value: page.queue.fromDate
                    error: page.queue.dateError.length > 0 && page.queue.fromDate.length > 0 ? page.queue.dateError : ""
                    onEdited: text => page.queue.fromDate = text
                }
                TextInputField {
                    width: filters.cell
                    label: qsTr("Reported to")
                    hint: qsTr("For example 2026-03-31")
                    value: page.queue.toDate
                    error: page.queue.dateError.length > 0 && page.queue.toDate.length > 0 ? page.queue.dateError : ""
                    onEdited: text => page.queue.toDate = text
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: page.queue.filtered ? qsTr("Showing %1 of %2 cases").arg(page.queue.count).arg(page.queue.total)
                                          : qsTr("%1 open cases").arg(page.queue.count)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            DeskButton {
                visible: page.queue.filtered
                kind: AppButton.Secondary
                text: qsTr("Clear filters")
                onClicked: page.queue.clearFilters()
            }
        }
        BodyText {
            visible: page.queue.count === 0
            text: page.queue.total === 0 ? qsTr("No reports yet. New reports appear here after a sync.")
                                         : qsTr("No case matches these filters.")
        }
        ListView {
            id: list
            objectName: "queueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.smallSpacing
            model: page.queue
            activeFocusOnTab: true
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar { }
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Cases")
            delegate: CaseDelegate {
                onOpen: caseId => Desk.openCase(caseId)
            }
        }
    }
}
