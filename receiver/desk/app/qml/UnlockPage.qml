// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// Locked: the passphrase opens the desk's store on this machine and nothing else is shown.
Page {
    id: page
    objectName: "unlockPage"
    title: qsTr("Unlock the desk")
    background: Rectangle { color: Theme.background }

    Component.onCompleted: passphrase.focusInput()

    function tryUnlock(): void {
        const entered = passphrase.text
        passphrase.clear()
        if (!DeskSession.unlock(entered))
            passphrase.focusInput()
    }

    ColumnLayout {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.spacing * 3
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.maxContentWidth)
        spacing: Theme.spacing

        Heading {
            text: qsTr("Unlock the desk")
        }
        BodyText {
            text: qsTr("Reports open only on this computer. Enter the desk's passphrase to see the organisation's cases.")
        }
        SecretField {
            id: passphrase
            objectName: "passphrase"
            label: qsTr("Desk passphrase")
            error: DeskSession.unlocked ? "" : DeskSession.message
            onAccepted: page.tryUnlock()
        }
        AppButton {
            objectName: "unlockButton"
            text: qsTr("Unlock")
            enabled: !DeskSession.busy
            onClicked: page.tryUnlock()
        }
    }
}
