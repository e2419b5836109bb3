// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// One answer choice: a square box (choose any) or a circle (choose one), label (and hint) beside it.
AbstractButton {
    id: control
    property bool multiple: true
    property string hint: ""
    property string accessibleName: control.text

    checkable: true
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.targetSize, labels.implicitHeight + 16)
    font.pixelSize: Theme.bodySize
    Accessible.role: multiple ? Accessible.CheckBox : Accessible.RadioButton
    Accessible.name: control.accessibleName
    Accessible.description: control.hint
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
        // Level with the label's first line, also when a hint or a long label wraps below it.
        y: Math.max(0, labels.y + (label.font.pixelSize * 1.3 - height) / 2)
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
    Column {
        id: labels
        anchors.verticalCenter: parent.verticalCenter
        x: control.mirrored ? 0 : mark.width + 18
        width: control.width - mark.width - 18
        spacing: 2
        Text {
            id: label
            width: parent.width
            text: control.text
            font: control.font
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft // LayoutMirroring turns it to the right
        }
        Text {
            width: parent.width
            visible: control.hint.length > 0
            text: control.hint
            font.pixelSize: Theme.hintSize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft // LayoutMirroring turns it to the right
        }
    }
    background: Rectangle {
        color: "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
