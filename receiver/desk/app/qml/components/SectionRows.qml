// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// A heading and its label/value rows (a case's answers, flags, routing, notes, history).
ColumnLayout {
    id: root
    required property string title
    required property TextRowModel rows
    property string emptyText: ""

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallSpacing
        text: root.title
        font.pixelSize: Math.round(Theme.headingSize * 0.8)
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        visible: root.rows.count === 0 && root.emptyText.length > 0
        text: root.emptyText
        hint: true
    }
    Repeater {
        model: root.rows
        delegate: ColumnLayout {
            id: row
            required property string label
            required property string value
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: row.label
                font.pixelSize: Theme.hintSize
                font.bold: true
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            // Report text is shown as plain text, never as rich text.
            Text {
                Layout.fillWidth: true
                text: row.value.length > 0 ? row.value : qsTr("Not given")
                textFormat: Text.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
