// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled field for a code or passphrase (kiosk staff): hidden as typed, never learnt by the
// keyboard, emptied after each try.
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
    TextField {
        id: input
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.targetSize
        font.pixelSize: Theme.bodySize
        color: Theme.text
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        leftPadding: 10
        rightPadding: 10
        Accessible.role: Accessible.EditableText
        // Qt 6.4 sends neither name nor description for a password field over AT-SPI (the same field
        // with echoMode Normal has both): a page that uses this field says what to type in the text
        // just before it (desk_walk checks that for the desk's unlock page).
        Accessible.name: root.label
        onAccepted: root.accepted()
        background: Rectangle {
            color: Theme.background
            border.width: input.activeFocus || root.error.length > 0 ? Theme.focusWidth : 2
            border.color: root.error.length > 0 ? Theme.error : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
}
