// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import HarbourUi
import HarbourDesk

// The desk's window: the unlock page while locked, the queue and the case pages while unlocked.
// Locking (by hand or after idle) goes back to the unlock page and forgets every open page.
ApplicationWindow {
    id: window
    property real textScale: 1.0
    property bool highContrast: false

    width: 1100
    height: 760
    visible: true
    title: qsTr("Harbour desk")
    color: Theme.background
    // Material's own controls (lists, check boxes, text areas) follow high contrast too.
    Material.theme: window.highContrast ? Material.Dark : Material.Light
    Material.foreground: Theme.text
    Material.accent: window.highContrast ? "#ffff00" : "#1d70b8"

    Component.onCompleted: {
        Theme.textScale = window.textScale
        Theme.highContrast = window.highContrast
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: unlockPage
    }

    Component {
        id: unlockPage
        UnlockPage {}
    }
    Component {
        id: queuePage
        QueuePage {
            onOpenCase: caseId => stack.push(casePage, { caseId: caseId })
        }
    }
    Component {
        id: casePage
        CasePage {
            onBack: stack.pop()
        }
    }

    Connections {
        target: DeskSession
        function onUnlockedChanged(): void {
            if (DeskSession.unlocked)
                stack.replace(null, queuePage)
            else
                stack.replace(null, unlockPage)
        }
    }
}
