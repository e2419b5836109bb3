// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi

// One case in the queue: a button (opened with a click, Return or space) whose name reads the row
// in one sentence; what it shows wraps at large text sizes instead of being cut off.
ItemDelegate {
    id: row
    required property int index
    required property string caseId
    required property string reference
    required property string statusText
    required property string priorityText
    required property string triageText
    required property string strandsText
    required property string onlineText
    required property string repeatText
    required property string area
    required property string reportedText
    required property string sourceText
    required property string owner
    required property string dueText
    required property bool overdue
    required property string summary
    required property int unreadAnswers
    signal open(string caseId)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: Theme.smallSpacing
    Accessible.role: Accessible.Button
    Accessible.name: row.summary
    Accessible.onPressAction: row.open(row.caseId)
    onClicked: row.open(row.caseId)
    Keys.onReturnPressed: row.open(row.caseId)
    Keys.onEnterPressed: row.open(row.caseId)
    Keys.onSpacePressed: row.open(row.caseId)

    background: Rectangle {
        color: row.down ? Theme.inset : Theme.background
        border.width: row.visualFocus || row.activeFocus ? Theme.focusWidth : 1
        border.color: row.visualFocus || row.activeFocus ? Theme.focusRing : Theme.border
    }
    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            // No ids inside contentItem: it is a deferred property.
            Label {
                visible: row.priorityText.length > 0
                text: row.priorityText
                leftPadding: Theme.smallSpacing
                rightPadding: Theme.smallSpacing
                topPadding: 2
                bottomPadding: 2
                font.pixelSize: Theme.hintSize
                font.bold: true
                color: Theme.highContrast ? Theme.text : Theme.exitLabel
                background: Rectangle {
                    color: Theme.highContrast ? Theme.background : Theme.exitBackground
                    border.color: Theme.exitBackground
                    border.width: Theme.highContrast ? 2 : 0
                }
            }
            // The reporter answered or added to the report (the way back) since this desk last looked.
            Label {
                visible: row.unreadAnswers > 0
                text: qsTr("New answer")
                leftPadding: Theme.smallSpacing
                rightPadding: Theme.smallSpacing
                topPadding: 2
                bottomPadding: 2
                font.pixelSize: Theme.hintSize
                font.bold: true
                color: Theme.highContrast ? Theme.text : Theme.primaryLabel
                background: Rectangle {
                    color: Theme.highContrast ? Theme.background : Theme.link
                    border.color: Theme.link
                    border.width: Theme.highContrast ? 2 : 0
                }
            }
            Text {
                Layout.fillWidth: true
                text: row.reference
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.link
                elide: Text.ElideRight
            }
            Text {
                text: row.statusText
                font.pixelSize: Theme.hintSize
                font.bold: true
                color: Theme.text
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Triage: %1 · Strands: %2 · Online: %3 · Repeat victim: %4")
                  .arg(row.triageText).arg(row.strandsText).arg(row.onlineText).arg(row.repeatText)
            textFormat: Text.PlainText
            font.pixelSize: Theme.hintSize
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Area: %1 · Reported: %2 · Source: %3 · Owner: %4")
                  .arg(row.area).arg(row.reportedText).arg(row.sourceText)
                  .arg(row.owner.length > 0 ? row.owner : qsTr("nobody"))
            textFormat: Text.PlainText
            font.pixelSize: Theme.hintSize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: row.dueText
            font.pixelSize: Theme.hintSize
            font.bold: row.overdue
            color: row.overdue ? Theme.error : Theme.secondaryText
            wrapMode: Text.Wrap
        }
    }
}
