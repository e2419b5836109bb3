// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// One case: the report (every answer and flag, routing and consent, contact details only where the
// reporter allowed this organisation), where it came from, the notes and the history; and working it.
FocusScope {
    id: page
    readonly property CaseView view: Desk.currentCase
    readonly property bool wide: width >= 1100
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Component.onCompleted: back.forceActiveFocus()

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: grid.implicitHeight + 2 * Theme.pageMargin
        clip: true
        ScrollBar.vertical: ScrollBar { }

        GridLayout {
            id: grid
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: flick.width - 2 * Theme.pageMargin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            ColumnLayout {
                Layout.columnSpan: page.wide ? 2 : 1
                Layout.fillWidth: true
                spacing: Theme.smallSpacing
                DeskButton {
                    id: back
                    kind: AppButton.Secondary
                    text: qsTr("Back to the queue")
                    onClicked: Desk.closeCase()
                }
                Heading {
                    text: qsTr("Case %1").arg(page.view.reference)
                    textFormat: Text.PlainText
                }
                Text {
                    Layout.fillWidth: true
                    text: page.view.summaryText
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: page.view.overdue ? Theme.error : Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                BodyText {
                    text: qsTr("Source: %1").arg(page.view.sourceText)
                    textFormat: Text.PlainText
                }
                BodyText {
                    text: page.view.signatureText
                    textFormat: Text.PlainText
                    hint: true
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 3
                spacing: Theme.spacing
                SectionRows {
                    title: qsTr("Answers")
                    rows: page.view.answers
                    emptyText: page.view.hasReport ? qsTr("No answers.") : qsTr("This desk holds no report for this case.")
                }
                SectionRows {
                    title: qsTr("Flags")
                    rows: page.view.flags
                }
                SectionRows {
                    title: qsTr("Routing and consent")
                    rows: page.view.routing
                }
                SectionRows {
                    title: qsTr("Contact details")
                    rows: page.view.contact
                    emptyText: page.view.contactShown ? "" : qsTr("Not shown: the reporter did not allow this organisation to contact them directly.")
                }
                SectionRows {
                    visible: page.view.problems.count > 0
                    title: qsTr("Problems reading the report")
                    rows: page.view.problems
                }
                SectionRows {
                    title: qsTr("Notes")
                    rows: page.view.notes
                    emptyText: qsTr("No notes yet.")
                }
                SectionRows {
                    title: qsTr("History")
                    rows: page.view.history
                    emptyText: qsTr("Nothing has been recorded on this case yet.")
                }
            }
            WorkPanel {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 2
                view: page.view
            }
        }
    }
}
