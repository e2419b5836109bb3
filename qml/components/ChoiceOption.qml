// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// One answer choice: a square box (choose any) or a circle (choose one), label beside it.
AbstractButton {
    id: control
    property bool multiple: true

    checkable: true
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.targetSize, label.implicitHeight + 16)
    font.pixelSize: Theme.bodySize
    Accessible.role: multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: control.text
    Accessible.checkable: true
    Accessible.checked: control.checked
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()

    // Screen-reader actions change the choice the same way a tap does (toggle() alone emits nothing).
    function activate() {
        if (control.multiple || !control.checked) {
            control.toggle()
            control.toggled()
        }
    }

    Rectangle {
        id: mark
        width: 36
        height: 36
        x: control.mirrored ? control.width - width - 6 : 6
        anchors.verticalCenter: parent.verticalCenter
        radius: control.multiple ? 0 : width / 2
        color: Theme.background
        border.width: 2
        border.color: Theme.border
        Rectangle {
            visible: control.checked
            anchors.centerIn: parent
            width: control.multiple ? 20 : 18
            height: width
            radius: control.multiple ? 0 : width / 2
            color: Theme.text
        }
    }
    Text {
        id: label
        anchors.verticalCenter: parent.verticalCenter
        x: control.mirrored ? 0 : mark.width + 18
        width: control.width - mark.width - 18
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: control.mirrored ? Text.AlignRight : Text.AlignLeft
    }
    background: Rectangle {
        color: "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
    }
}
