// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// The follow-up code on its own, large: to write down or photograph. It says "Harbour" and "code"
// and nothing about what the code is for, so a photo or a note of it does not say "hate crime".
Rectangle {
    id: root
    required property string code
    required property string spokenCode
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.background
    border.color: Theme.border
    border.width: 3

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.smallSpacing
        Text {
            Layout.fillWidth: true
            text: qsTr("Harbour code")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        // Groups of four, each on its own line when the screen is narrow (200 % text at 320 px).
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            LayoutMirroring.enabled: false // the code reads left to right in every language
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Your code is %1").arg(root.spokenCode)
            Repeater {
                model: root.code.split("-")
                delegate: Text {
                    required property string modelData
                    text: modelData
                    color: Theme.text
                    font.pixelSize: Theme.headingSize * 1.2
                    font.bold: true
                    font.family: "monospace"
                    font.letterSpacing: 4
                    Accessible.ignored: true
                }
            }
        }
    }
}
