// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// What the desk received and could not use, kept apart from the queue with the reason: envelopes
// that do not open, and case events that break a rule.
FocusScope {
    id: page
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        ScrollBar.vertical: ScrollBar { }
        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(Theme.maxContentWidth * 1.3, flick.width - 2 * Theme.pageMargin)
            spacing: Theme.spacing
            Heading {
                text: qsTr("Junk")
            }
            BodyText {
                text: qsTr("Anyone can send an envelope to the intake. These did not open with the organisation's key or did not read as a report, so they are not cases. Nothing in them is shown.")
            }
            SectionRows {
                title: qsTr("Envelopes that did not open")
                rows: Desk.junk
                emptyText: qsTr("None.")
            }
            SectionRows {
                title: qsTr("Case events refused")
                rows: Desk.refusedEvents
                emptyText: qsTr("None.")
            }
        }
    }
}
