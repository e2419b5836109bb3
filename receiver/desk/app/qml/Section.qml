// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// A titled list of name and value pairs on the case page ({name, value}); empty values are left out.
ColumnLayout {
    id: root
    required property string title
    required property var rows
    property string emptyText: ""

    Layout.fillWidth: true
    spacing: 4
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        text: root.title
        font.pixelSize: Math.round(22 * Theme.textScale)
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        visible: root.rows.length === 0 && root.emptyText.length > 0
        text: root.emptyText
        hint: true
    }
    Repeater {
        model: root.rows
        delegate: BodyText {
            required property var modelData
            visible: String(modelData.value).length > 0
            text: "<b>" + modelData.name + ":</b> " + String(modelData.value)
                  .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
            textFormat: Text.StyledText
            Accessible.name: modelData.name + ": " + modelData.value
        }
    }
}
