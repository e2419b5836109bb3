// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// The desk's passphrase field (as HarbourUi's SecretField, but named over AT-SPI): hidden as typed, never learnt
// by the keyboard, emptied after each try.
ColumnLayout {
    id: root
    required property string label
    property string error: ""
    readonly property alias text: input.text
    signal accepted()

    function focusInput(): void {
        input.forceActiveFocus()
    }
    function clear(): void {
        input.clear()
    }

    Layout.fillWidth: true
    spacing: Theme.smallSpacing / 2

    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
    }
    FieldError {
        message: root.error
    }
    // A bare TextInput in a frame: in Qt 6.4 a Quick Controls TextField in Password mode has no
    // accessible name over AT-SPI whatever Accessible.name says; a TextInput keeps it.
    Rectangle {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.targetSize
        implicitHeight: Math.max(Theme.targetSize, input.implicitHeight + 2 * Theme.smallSpacing)
        color: Theme.background
        border.width: input.activeFocus || root.error.length > 0 ? Theme.focusWidth : 2
        border.color: root.error.length > 0 ? Theme.error : (input.activeFocus ? Theme.focus : Theme.border)
        TextInput {
            id: input
            anchors { fill: parent; leftMargin: 10; rightMargin: 10 }
            verticalAlignment: TextInput.AlignVCenter
            clip: true
            activeFocusOnTab: true
            selectByMouse: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
            selectionColor: Theme.focus
            selectedTextColor: Theme.focusLabel
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.role: Accessible.EditableText
            Accessible.name: root.label
            onAccepted: root.accepted()
        }
    }
}
