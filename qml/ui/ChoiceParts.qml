// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T

// What a choice looks like: a square box (choose any, ChoiceOption) or a circle (choose one,
// RadioOption), with the label and its hint beside it. Fills its control.
Item {
    id: root
    required property T.AbstractButton control
    required property bool round
    required property string hint
    // The labels' height: the control is at least this plus its padding.
    readonly property real labelsHeight: labels.implicitHeight

    anchors.fill: parent

    Rectangle {
        id: mark
        width: 36
        height: 36
        x: root.control.mirrored ? root.width - width - 6 : 6
        // Level with the label's first line, also when a hint or a long label wraps below it.
        y: Math.max(0, labels.y + (label.font.pixelSize * 1.3 - height) / 2)
        radius: root.round ? width / 2 : 0
        color: Theme.background
        border.width: 2
        border.color: Theme.border
        Rectangle {
            visible: root.control.checked
            anchors.centerIn: parent
            width: root.round ? 18 : 20
            height: width
            radius: root.round ? width / 2 : 0
            color: Theme.text
        }
    }
    Column {
        id: labels
        anchors.verticalCenter: parent.verticalCenter
        x: root.control.mirrored ? 0 : mark.width + 18
        width: root.width - mark.width - 18
        spacing: 2
        Text {
            id: label
            width: parent.width
            text: root.control.text
            font: root.control.font
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft // LayoutMirroring turns it to the right
        }
        Text {
            width: parent.width
            visible: root.hint.length > 0
            text: root.hint
            font.pixelSize: Theme.hintSize
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft // LayoutMirroring turns it to the right
        }
    }
}
