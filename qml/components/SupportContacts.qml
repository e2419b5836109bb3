// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// Signposting from the recipient directory's data (Session.directory): name, how to reach it,
// and who it is for. The numbers live in the directory so organisations can keep them current.
ColumnLayout {
    id: root
    // Session.directory.supportContacts or .startContacts
    property var model: null
    // Shown when the directory lists none (no usable directory on this device).
    property string fallback: ""
    readonly property int count: repeater.count

    Layout.fillWidth: true
    spacing: Theme.smallSpacing

    BodyText {
        visible: repeater.count === 0 && root.fallback.length > 0
        text: root.fallback
        font.bold: true
    }
    Repeater {
        id: repeater
        model: root.model
        delegate: ColumnLayout {
            id: contact
            required property string name
            required property string actionText
            required property string description
            required property bool emergency
            required property string link
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: contact.name
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            // How to reach it: a link (tel:, sms:, https:) when the directory's value can be opened.
            Text {
                Layout.fillWidth: true
                visible: contact.link.length === 0
                text: contact.actionText
                font.pixelSize: Theme.bodySize
                font.bold: contact.emergency
                color: Theme.text
                // Breaks between words; inside one only if it is wider than the column.
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            ContactLink {
                visible: contact.link.length > 0
                text: contact.actionText
                link: contact.link
                strong: contact.emergency
            }
            BodyText {
                hint: true
                visible: contact.description.length > 0
                text: contact.description
            }
        }
    }
}
