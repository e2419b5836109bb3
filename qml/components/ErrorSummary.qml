// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbour

// GOV.UK error summary: takes focus so it is read first; its link goes to the field.
FocusScope {
    id: root
    property string message: ""
    signal linkActivated()

    visible: message.length > 0
    Layout.fillWidth: true
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
                Layout.fillWidth: true
                text: qsTr("There is a problem")
                font.pixelSize: Theme.bodySize * 1.2
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            AbstractButton {
                id: link
                focus: true
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.targetSize
                text: root.message
                Accessible.role: Accessible.Link
                Accessible.name: root.message
                Accessible.ignored: !root.visible
                Accessible.onPressAction: root.linkActivated()
                onClicked: root.linkActivated()
                contentItem: Text {
                    text: link.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    font.underline: true
                    color: Theme.error
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    color: link.visualFocus ? Theme.focus : "transparent"
                }
            }
        }
    }
}
