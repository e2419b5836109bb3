// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi
import HarbourDesk

// A heading and its label/value rows (a case's answers, flags, routing, notes, history). Positioners,
// not layouts: wrapped text changes height as it is laid out, which positioners follow at once.
Column {
    id: root
    required property string title
    required property TextRowModel rows
    property string emptyText: ""

    spacing: Theme.smallSpacing

    Text {
        width: root.width
        topPadding: Theme.smallSpacing
        text: root.title
        font.pixelSize: Math.round(Theme.headingSize * 0.8)
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        width: root.width
        visible: root.rows.count === 0 && root.emptyText.length > 0
        text: root.emptyText
        font.pixelSize: Theme.hintSize
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        model: root.rows
        delegate: Column {
            id: row
            required property string label
            required property string value
            width: root.width
            spacing: 2
            Text {
                width: row.width
                text: row.label
                textFormat: Text.PlainText
                font.pixelSize: Theme.hintSize
                font.bold: true
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            // Report text is shown as plain text, never as rich text.
            Text {
                width: row.width
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
