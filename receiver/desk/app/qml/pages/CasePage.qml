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

    // The case's heading takes the focus, so a screen reader says which case opened and its summary
    // (status, triage, due) first; Tab goes on to the page's controls (docs/accessibility.md).
    Component.onCompleted: heading.forceActiveFocus()

    Flickable {
        id: flick
        objectName: "casePage"
        anchors.fill: parent
        contentHeight: content.height + 2 * Theme.pageMargin
        clip: true
        ScrollBar.vertical: ScrollBar { }

        // Explicit widths, not a GridLayout: wrapped text in two stretching columns made the layout
        // settle on stale heights (Qt 6.4), so texts overlapped.
        Column {
            id: content
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: flick.width - 2 * Theme.pageMargin
            spacing: Theme.spacing

            ColumnLayout {
                width: content.width
                spacing: Theme.smallSpacing
                AppButton {
                    kind: AppButton.Secondary
                    text: qsTr("Back to the queue")
                    onClicked: Desk.closeCase()
                }
                Heading {
                    id: heading
                    text: qsTr("Case %1").arg(page.view.reference)
                    textFormat: Text.PlainText
                    Accessible.description: page.view.summaryText
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

            Item {
                id: columns
                readonly property real gap: Theme.spacing * 2
                width: content.width
                height: page.wide ? Math.max(report.height, work.height)
                                  : report.height + Theme.spacing + work.height
                Column {
                    id: report
                    width: page.wide ? (columns.width - columns.gap) * 0.58 : columns.width
                    spacing: Theme.spacing
                    SectionRows {
                        width: report.width
                        title: qsTr("Answers")
                        rows: page.view.answers
                        emptyText: page.view.hasReport ? qsTr("No answers.") : qsTr("This desk holds no report for this case.")
                    }
                    SectionRows {
                        width: report.width
                        title: qsTr("Flags")
                        rows: page.view.flags
                    }
                    SectionRows {
                        width: report.width
                        title: qsTr("Routing and consent")
                        rows: page.view.routing
                    }
                    SectionRows {
                        width: report.width
                        title: qsTr("Contact details")
                        rows: page.view.contact
                        emptyText: page.view.contactShown ? "" : qsTr("Not shown: the reporter did not allow this organisation to contact them directly.")
                    }
                    SectionRows {
                        width: report.width
                        visible: page.view.problems.count > 0
                        title: qsTr("Problems reading the report")
                        rows: page.view.problems
                    }
                    // The way back: what the reporter said after the report, and what was sent to them.
                    SectionRows {
                        width: report.width
                        visible: page.view.canReply || page.view.reporterAnswers.count > 0
                        title: qsTr("The reporter's answers and additions")
                        rows: page.view.reporterAnswers
                        emptyText: qsTr("The reporter has not answered or added anything yet.")
                    }
                    SectionRows {
                        width: report.width
                        visible: page.view.canReply || page.view.replies.count > 0
                        title: qsTr("Replies sent to the reporter")
                        rows: page.view.replies
                        emptyText: qsTr("No reply has been sent yet.")
                    }
                    SectionRows {
                        width: report.width
                        title: qsTr("Notes")
                        rows: page.view.notes
                        emptyText: qsTr("No notes yet.")
                    }
                    SectionRows {
                        width: report.width
                        title: qsTr("History")
                        rows: page.view.history
                        emptyText: qsTr("Nothing has been recorded on this case yet.")
                    }
                }
                WorkPanel {
                    id: work
                    x: page.wide ? report.width + columns.gap : 0
                    y: page.wide ? 0 : report.height + Theme.spacing
                    width: page.wide ? columns.width - report.width - columns.gap : columns.width
                    height: implicitHeight
                    view: page.view
                }
            }
        }
    }
}
