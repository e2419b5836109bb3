// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi

// A labelled choice of one value from [{value, text}]; its accessible name is its label and what is
// chosen (Qt 6.4 would otherwise name it by the chosen text alone).
ColumnLayout {
    id: root
    required property string label
    property var choices: []
    property var current
    signal chosen(var value)

    spacing: Theme.smallSpacing / 2

    Text {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.hintSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    ComboBox {
        id: box
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.targetSize
        model: root.choices
        textRole: "text"
        valueRole: "value"
        currentIndex: root.choices.findIndex(choice => choice.value === root.current)
        font.pixelSize: Theme.hintSize
        // Material draws its box 6 px inside the control: no insets, so the box is the 48 px target
        // and grows with the text.
        topInset: 0
        bottomInset: 0
        implicitHeight: Math.max(Theme.targetSize, implicitContentHeight + topPadding + bottomPadding)
        Accessible.role: Accessible.ComboBox
        Accessible.name: qsTr("%1: %2").arg(root.label).arg(box.displayText)
        onActivated: root.chosen(box.currentValue)
        Keys.onReturnPressed: box.popup.open()
        contentItem: Text {
            leftPadding: Theme.smallSpacing
            rightPadding: box.indicator.width + Theme.smallSpacing
            text: box.displayText
            font: box.font
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: Theme.background
            border.width: box.visualFocus ? Theme.focusWidth + 1 : 2
            border.color: box.visualFocus ? Theme.focusRing : Theme.border
        }
    }
}
