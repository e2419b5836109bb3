// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import Harbour

// Beside every page on a wide screen (a kiosk tablet in landscape): the display options, so text
// size, contrast and read-aloud can change at any point, and who to call for help now.
ColumnLayout {
    id: root
    // The start page has its own list of numbers and its own language button.
    property bool showContacts: true
    property bool showLanguage: false
    signal languageRequested()
    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: qsTr("How Harbour looks and sounds")
        font.pixelSize: Theme.bodySize * 1.2
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    DisplayOptions {
        showLanguage: root.showLanguage
        onLanguageRequested: root.languageRequested()
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.showContacts
        implicitHeight: help.implicitHeight + 2 * Theme.spacing
        color: Theme.inset
        border.color: Theme.border
        border.width: Theme.highContrast ? 2 : 0
        ColumnLayout {
            id: help
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.smallSpacing
            Text {
                Layout.fillWidth: true
                text: qsTr("If you need help now")
                font.pixelSize: Theme.bodySize * 1.2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SupportContacts {
                model: Session.directory.startContacts
                fallback: qsTr("If you are in danger now, call 999. Deaf people can use 999 BSL or text 999 if registered. "
                               + "For non-emergencies call 101.")
            }
        }
    }
}
