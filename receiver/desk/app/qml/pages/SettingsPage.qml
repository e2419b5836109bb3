// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi
import HarbourDesk

// Text size, contrast, language and how soon the desk locks itself; kept for this desk's folder.
FocusScope {
    id: page
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.pageMargin
        clip: true
        ScrollBar.vertical: ScrollBar { }
        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(Theme.maxContentWidth, flick.width - 2 * Theme.pageMargin)
            spacing: Theme.spacing
            Heading {
                text: qsTr("Settings")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Text size")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                model: [100, 125, 150, 175, 200]
                delegate: RadioOption {
                    required property int modelData
                    text: qsTr("%1 %").arg(modelData)
                    accessibleName: qsTr("Text size %1 %").arg(modelData)
                    checked: Desk.textPercent === modelData
                    onToggled: Desk.textPercent = modelData
                }
            }
            ChoiceOption {
                text: qsTr("High contrast")
                checked: Desk.highContrast
                onToggled: Desk.highContrast = checked
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Language")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Repeater {
                model: Desk.languages
                delegate: RadioOption {
                    required property var modelData
                    text: modelData.name
                    checked: Desk.language === modelData.code
                    onToggled: Desk.language = modelData.code
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Lock the desk after this many minutes without use")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            SpinBox {
                id: idle
                from: 1
                to: 480
                editable: true
                value: Math.max(1, Math.round(Desk.idleMinutes))
                font.pixelSize: Theme.bodySize
                Layout.minimumHeight: Theme.targetSize
                Accessible.role: Accessible.SpinBox
                Accessible.name: qsTr("Lock after minutes without use: %1").arg(idle.value)
                onValueModified: Desk.idleMinutes = idle.value
            }
            Text {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: qsTr("This desk")
                font.pixelSize: Math.round(Theme.headingSize * 0.8)
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            BodyText {
                text: qsTr("Desk key: %1").arg(Desk.deskKeyId)
                textFormat: Text.PlainText
            }
            BodyText {
                text: qsTr("Intake: %1").arg(Desk.intake)
                textFormat: Text.PlainText
            }
            BodyText {
                text: qsTr("Folder: %1").arg(Desk.dataDir)
                textFormat: Text.PlainText
            }
        }
    }
}
