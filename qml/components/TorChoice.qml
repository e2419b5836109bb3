// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Send directly or through Tor, so the organisation (and whoever runs its server) does not see
// the device's internet address (docs/threat-model.md "Sending through Tor"). Personal phones only.
ColumnLayout {
    id: root
    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    Heading {
        id: heading
        text: qsTr("How to send")
        font.pixelSize: Theme.headingSize * 0.75
    }
    BodyText {
        hint: true
        text: qsTr("When your report arrives, the organisation can see the internet address of this device. It can show who gives you your internet connection and roughly where you are.")
    }
    BodyText {
        hint: true
        text: qsTr("Tor hides it. Your report passes through three other computers first, so the organisation does not see your address and your internet provider does not see where the report goes. Tor must be running on this device, for example the Orbot app on Android.")
    }
    // One named group, so a screen reader says the question when focus enters (docs/accessibility.md).
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.smallSpacing
        Accessible.role: Accessible.Grouping
        Accessible.name: heading.text
        RadioOption {
            text: qsTr("Send it directly")
            checked: !Session.preferences.sendThroughTor
            onToggled: {
                Session.preferences.sendThroughTor = false
                checked = Qt.binding(() => !Session.preferences.sendThroughTor)
            }
        }
        RadioOption {
            text: qsTr("Send it through Tor")
            checked: Session.preferences.sendThroughTor
            onToggled: {
                Session.preferences.sendThroughTor = true
                checked = Qt.binding(() => Session.preferences.sendThroughTor)
            }
        }
    }
    BodyText {
        visible: Session.preferences.sendThroughTor
        hint: true
        text: qsTr("If Tor is not running, your report waits on this device until it is. It is never sent another way. Your internet provider can see that you use Tor, but not what you send.")
    }
}
