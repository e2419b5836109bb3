// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// GOV.UK error summary: takes focus so it is read first; each link goes to its field.
FocusScope {
    id: root
    // Rows with "field" and "message" roles (in Harbour, Session.flow.errors).
    property var model: null
    readonly property int count: repeater.count
    signal linkActivated(string field)

    visible: count > 0
    Layout.fillWidth: true
    // A group named by its heading: when focus moves to the first link, a screen reader says
    // "There is a problem" before the link (docs/accessibility.md).
    Accessible.role: Accessible.Grouping
    Accessible.name: title.text
    implicitHeight: visible ? box.implicitHeight : 0

    Rectangle {
        id: box
        width: parent.width
        implicitHeight: column.implicitHeight + 2 * Theme.spacing
        color: Theme.background
        border.color: Theme.error
        border.width: 4
        ColumnLayout {
            id: column
            anchors { fill: parent; margins: Theme.spacing }
            spacing: Theme.smallSpacing
            Text {
                id: title
                Layout.fillWidth: true
                text: qsTr("There is a problem")
                font.pixelSize: Theme.bodySize * 1.2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                id: repeater
                model: root.model
                delegate: AbstractButton {
                    id: link
                    required property string field
                    required property string message
                    required property int index
                    focus: index === 0
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.targetSize
                    text: message
                    Accessible.role: Accessible.Link
                    Accessible.name: message
                    Accessible.onPressAction: root.linkActivated(link.field)
                    // Return and Enter follow the link, as space does.
                    Keys.onReturnPressed: root.linkActivated(link.field)
                    Keys.onEnterPressed: root.linkActivated(link.field)
                    onClicked: root.linkActivated(link.field)
                    contentItem: Text {
                        text: link.text
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        font.underline: true
                        color: link.visualFocus ? Theme.focusLabel : Theme.error
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    background: LinkHighlight {
                        focused: link.visualFocus
                    }
                }
            }
        }
    }
}
