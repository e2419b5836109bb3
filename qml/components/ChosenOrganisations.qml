// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// What each chosen organisation does next and how soon (its promise in the recipient directory),
// and how to reach it with the reference number (issue 15). Session.routing.chosenDetails.
ColumnLayout {
    id: root
    property var organisations: []
    property string reference: ""
    readonly property int count: repeater.count

    Layout.fillWidth: true
    spacing: Theme.spacing

    Repeater {
        id: repeater
        model: root.organisations
        delegate: ColumnLayout {
            id: organisation
            required property var modelData
            readonly property var links: organisation.modelData.contactLinks
            Layout.fillWidth: true
            spacing: Theme.smallSpacing
            Text {
                Layout.fillWidth: true
                text: organisation.modelData.name
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            BodyText {
                visible: text.length > 0
                text: organisation.modelData.promise
            }
            BodyText {
                visible: organisation.links.length > 0
                text: qsTr("To contact them, use one of these and give them your reference number:")
            }
            // Its own line (left-to-right inside a right-to-left page), never broken at its hyphens.
            Text {
                visible: organisation.links.length > 0
                Layout.fillWidth: true
                text: root.reference
                font.pixelSize: Theme.bodySize
                font.bold: true
                font.letterSpacing: 1
                color: Theme.text
                wrapMode: Text.NoWrap
                horizontalAlignment: Text.AlignLeft
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                model: organisation.links
                delegate: ContactLink {
                    id: way
                    required property var modelData
                    visible: way.link.length > 0
                    text: way.modelData.text
                    link: way.modelData.link
                }
            }
        }
    }
}
