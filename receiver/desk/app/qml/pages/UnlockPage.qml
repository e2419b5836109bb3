// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// Locked: the passphrase opens the desk's store. A wrong one says only that.
FocusScope {
    id: page
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    function tryUnlock(): void {
        Desk.unlock(passphrase.text)
        passphrase.clear()
    }

    Component.onCompleted: passphrase.focusInput()
    Connections {
        target: Desk
        function onLockedChanged(): void {
            if (!Desk.unlocked && !Desk.unlocking)
                passphrase.focusInput()
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Math.max(Theme.pageMargin, (parent.width - width) / 2)
            y: Theme.pageMargin
            width: Math.min(Theme.maxContentWidth, page.width - 2 * Theme.pageMargin)
            spacing: Theme.spacing

            Heading {
                text: qsTr("Unlock the desk")
            }
            BodyText {
                text: qsTr("Reports are opened only on this computer. Enter the desk's passphrase to see the queue.")
            }
            BodyText {
                hint: true
                text: qsTr("Desk folder: %1").arg(Desk.dataDir)
                textFormat: Text.PlainText
            }
            BodyText {
                visible: !Desk.hasDesk
                text: qsTr("There is no desk in this folder yet. An administrator sets one up with harbour-desk-sync init (see the README).")
            }
            BodyText {
                visible: Desk.lockReason.length > 0
                text: Desk.lockReason
                font.bold: true
            }
            PassphraseField {
                id: passphrase
                label: qsTr("Passphrase")
                error: Desk.unlockError
                onAccepted: page.tryUnlock()
            }
            DeskButton {
                text: Desk.unlocking ? qsTr("Unlocking…") : qsTr("Unlock")
                enabled: !Desk.unlocking
                onClicked: page.tryUnlock()
            }
        }
    }
}
