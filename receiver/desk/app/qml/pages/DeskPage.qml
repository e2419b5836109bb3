// SPDX-License-Identifier: GPL-3.0-or-later
// No `pragma ComponentBehavior: Bound` here: Qt 6.4 refuses a bound inline component in a Loader.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// The unlocked desk: sync and lock at the top, then the queue (or the open case), the junk, the
// kiosk registry and the settings, one tab each.
FocusScope {
    id: page
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            color: Theme.panel
            implicitHeight: header.implicitHeight + 2 * Theme.smallSpacing
            RowLayout {
                id: header
                anchors { fill: parent; leftMargin: Theme.pageMargin; rightMargin: Theme.pageMargin }
                spacing: Theme.spacing
                Text {
                    text: qsTr("Harbour desk")
                    font.pixelSize: Math.round(Theme.bodySize * 1.2)
                    font.bold: true
                    color: Theme.panelLabel
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: Desk.syncing ? qsTr("Syncing with the intake…") : Desk.syncMessage
                    font.pixelSize: Theme.hintSize
                    font.bold: Desk.syncFailed
                    color: Theme.panelLabel
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                DeskButton {
                    text: qsTr("Sync now")
                    kind: AppButton.Secondary
                    enabled: !Desk.syncing
                    onClicked: Desk.sync()
                }
                DeskButton {
                    text: qsTr("Lock")
                    kind: AppButton.Secondary
                    onClicked: Desk.lock()
                }
            }
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            Repeater {
                model: [qsTr("Queue (%1)").arg(Desk.queue.total), qsTr("Junk (%1)").arg(Desk.junk.count),
                        qsTr("Kiosks (%1)").arg(Desk.kiosks.count), qsTr("Settings")]
                delegate: TabButton {
                    id: tab
                    required property string modelData
                    text: modelData
                    font.pixelSize: Theme.bodySize
                    implicitHeight: Math.max(Theme.targetSize, implicitContentHeight + topPadding + bottomPadding)
                    Accessible.role: Accessible.PageTab
                    Accessible.name: tab.text
                    Accessible.onPressAction: tab.clicked()
                    Keys.onReturnPressed: tab.clicked()
                    Keys.onEnterPressed: tab.clicked()
                    onClicked: tab.checked = true
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            Loader {
                active: StackLayout.isCurrentItem
                sourceComponent: Desk.caseOpen ? casePage : queuePage
            }
            Loader {
                active: StackLayout.isCurrentItem
                sourceComponent: JunkPage { }
            }
            Loader {
                active: StackLayout.isCurrentItem
                sourceComponent: KiosksPage { }
            }
            Loader {
                active: StackLayout.isCurrentItem
                sourceComponent: SettingsPage { }
            }
        }
    }
    Component {
        id: queuePage
        QueuePage { }
    }
    Component {
        id: casePage
        CasePage { }
    }
}
