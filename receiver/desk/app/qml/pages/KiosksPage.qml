// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// The organisation's kiosks: a report signed by a kiosk registered here shows as from a registered
// kiosk; any other kiosk key, or a revoked one, as from an unknown kiosk.
FocusScope {
    id: page
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Connections {
        target: Desk
        function onKioskMessageChanged(): void {
            if (!Desk.kioskFailed) {
                newName.value = ""
                newKey.value = ""
            }
        }
    }

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
            width: Math.min(Theme.maxContentWidth, flick.width - 2 * Theme.pageMargin)
            spacing: Theme.spacing
            Heading {
                text: qsTr("Kiosks")
            }
            BodyText {
                text: qsTr("Register the kiosks your organisation runs. Compare the fingerprint with the one on the kiosk's settings screen before you add it.")
            }
            Text {
                Layout.fillWidth: true
                visible: Desk.kioskMessage.length > 0
                text: Desk.kioskMessage
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Desk.kioskFailed ? Theme.error : Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BodyText {
                visible: Desk.kiosks.count === 0
                text: qsTr("No kiosks registered yet.")
                hint: true
            }
            Repeater {
                model: Desk.kiosks
                delegate: ColumnLayout {
                    id: kiosk
                    required property string name
                    required property string fingerprint
                    required property string key
                    required property bool revoked
                    required property string stateText
                    Layout.fillWidth: true
                    spacing: Theme.smallSpacing
                    Text {
                        Layout.fillWidth: true
                        text: kiosk.name
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    BodyText {
                        text: qsTr("Fingerprint: %1 · %2").arg(kiosk.fingerprint).arg(kiosk.stateText)
                        hint: true
                    }
                    TextInputField {
                        id: rename
                        label: qsTr("New name for %1").arg(kiosk.name)
                        value: kiosk.name
                        onEdited: text => rename.value = text
                    }
                    RowLayout {
                        spacing: Theme.smallSpacing
                        DeskButton {
                            kind: AppButton.Secondary
                            text: qsTr("Rename %1").arg(kiosk.name)
                            onClicked: Desk.renameKiosk(kiosk.key, rename.value)
                        }
                        DeskButton {
                            visible: !kiosk.revoked
                            kind: AppButton.Exit
                            text: qsTr("Revoke %1").arg(kiosk.name)
                            onClicked: Desk.revokeKiosk(kiosk.key)
                        }
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("Add a kiosk")
                font.pixelSize: Math.round(Theme.headingSize * 0.8)
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            TextInputField {
                id: newName
                label: qsTr("Kiosk name")
                hint: qsTr("Where it stands, for example \"Library, front desk\"")
                onEdited: text => newName.value = text
            }
            TextInputField {
                id: newKey
                label: qsTr("Kiosk public key")
                hint: qsTr("The line harbour-kiosk-setup prints: harbour-kiosk-ed25519 and the key")
                onEdited: text => newKey.value = text
            }
            DeskButton {
                text: qsTr("Add kiosk")
                onClicked: Desk.addKiosk(newName.value, newKey.value)
            }
        }
    }
}
