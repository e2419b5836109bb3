// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// The organisation's case log as this desk holds it: which desk did what and when, every event
// checked again (signature, membership of the organisation, hash chain); and retention: which
// closed cases go when, with the button that deletes those due.
FocusScope {
    id: page
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Component.onCompleted: Desk.checkCaseLog()

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
                text: qsTr("Case log")
            }
            BodyText {
                text: qsTr("Every change any desk of the organisation made to a case, newest first. Each one is signed by the desk that made it and follows the one before, so an event removed or changed afterwards shows up here as a problem.")
            }
            Text {
                Layout.fillWidth: true
                text: Desk.checkingLog ? qsTr("Checking the case log…") : Desk.caseLogSummary
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Desk.caseLogProblems ? Theme.error : Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AppButton {
                kind: AppButton.Secondary
                text: qsTr("Check the case log again")
                enabled: !Desk.checkingLog
                onClicked: Desk.checkCaseLog()
            }

            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Retention")
                font.pixelSize: Math.round(Theme.headingSize * 0.8)
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                text: Desk.retentionPolicyText
                textFormat: Text.PlainText
            }
            Text {
                Layout.fillWidth: true
                visible: Desk.settingsProblem.length > 0
                text: Desk.settingsProblem
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                visible: Desk.retentionMessage.length > 0
                text: Desk.retentionMessage
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            AppButton {
                visible: Desk.retentionDue > 0
                text: qsTr("Delete the closed cases now due (%1)").arg(Desk.retentionDue)
                Accessible.description: qsTr("Deletes them on every desk and at the intake. This cannot be undone.")
                enabled: !Desk.working
                onClicked: Desk.applyRetention()
            }
            SectionRows {
                Layout.fillWidth: true
                title: qsTr("Closed cases and when they will be deleted")
                rows: Desk.retention
                emptyText: qsTr("None.")
            }

            SectionRows {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                title: qsTr("Events")
                rows: Desk.caseLog
                emptyText: Desk.checkingLog ? "" : qsTr("No events yet.")
            }
        }
    }
}
