// SPDX-License-Identifier: GPL-3.0-or-later
// No `pragma ComponentBehavior: Bound` here: Qt 6.4 refuses a bound inline component in a Loader.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// The unlocked desk: sync and lock at the top, then the queue (or the open case), the junk, the
// kiosk registry, the case log (audit and retention) and the settings, one tab each.
FocusScope {
    id: page
    // The case open, or last open: back from it, the queue focuses its row.
    property string lastCase: ""
    Connections {
        target: Desk.currentCase
        function onChanged(): void {
            if (Desk.currentCase.caseId.length > 0)
                page.lastCase = Desk.currentCase.caseId
        }
    }
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // Unlocked: the current tab takes the focus, so a screen reader says where the caseworker is
    // ("Queue (6) page tab") instead of nothing as the unlock page goes.
    Component.onCompleted: tabs.currentItem?.forceActiveFocus()

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
                AppButton {
                    text: qsTr("Sync now")
                    kind: AppButton.Secondary
                    enabled: !Desk.syncing
                    onClicked: Desk.sync()
                }
                AppButton {
                    text: qsTr("Lock")
                    kind: AppButton.Secondary
                    onClicked: Desk.lock()
                }
            }
        }
        TabBar {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            font.pixelSize: Theme.bodySize
            // Five tabs, three of whose names carry counts. The model is their number, not their
            // names: a list of names would make the Repeater build new tabs at every count change, and
            // the focused tab would go with the old ones (a screen reader would then be nowhere).
            Repeater {
                model: 5
                delegate: TabButton {
                    id: tab
                    required property int index
                    text: tab.index === 0 ? qsTr("Queue (%1)").arg(Desk.queue.total)
                        : tab.index === 1 ? qsTr("Junk (%1)").arg(Desk.junk.count)
                        : tab.index === 2 ? qsTr("Kiosks (%1)").arg(Desk.kiosks.count)
                        : tab.index === 3 ? qsTr("Case log") : qsTr("Settings")
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
                onLoaded: (item as QueuePage)?.focusCase(page.lastCase)
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
                sourceComponent: AuditPage { }
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
