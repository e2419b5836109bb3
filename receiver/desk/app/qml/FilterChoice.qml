// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi

// One filter of the queue: a label above a drop-down list of choices ({text, value} pairs).
ColumnLayout {
    id: root
    required property string label
    required property var choices
    property string value: ""
    signal chosen(string value)

    spacing: 2
    Text {
        text: root.label
        font.pixelSize: Theme.captionSize
        font.bold: true
        color: Theme.text
        Accessible.ignored: true
    }
    ComboBox {
        id: box
        Layout.preferredWidth: Math.round(170 * Theme.textScale)
        Layout.minimumHeight: Theme.targetSize
        font.pixelSize: Theme.captionSize
        model: root.choices
        textRole: "text"
        valueRole: "value"
        currentIndex: Math.max(0, indexOfValue(root.value))
        Accessible.name: root.label + ": " + displayText
        onActivated: root.chosen(currentValue)
        // The chosen text is drawn, not a second (nameless) text field inside the list.
        contentItem: Text {
            leftPadding: 12
            text: box.displayText
            font: box.font
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            Accessible.ignored: true
        }
    }
}
