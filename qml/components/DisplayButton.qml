// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import HarbourUi

// In the header beside Exit, on every page: opens the display and language options (DisplayMenu).
// The "文A" sign is drawn, so it shows in every script; the word goes when the header is narrow.
AppButton {
    id: control
    objectName: "displayButton"
    kind: AppButton.Secondary
    property bool compact: false
    text: qsTr("Display and language")
    Accessible.name: control.text
    implicitWidth: Math.max(Theme.targetSize, contentItem.implicitWidth + (control.compact ? 8 : 24))
    implicitHeight: Math.max(Theme.targetSize, contentItem.implicitHeight + 8)

    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight
        RowLayout {
            anchors.centerIn: parent
            spacing: Theme.smallSpacing
            Image {
                Layout.preferredWidth: Theme.targetSize - 12
                Layout.preferredHeight: Layout.preferredWidth
                source: "qrc:/harbour/pictures/language.svg"
                sourceSize.width: width
                sourceSize.height: height
                Accessible.ignored: true
            }
            Text {
                visible: !control.compact
                text: control.text
                font: control.font
                color: control.labelColour
                Accessible.ignored: true
            }
        }
    }
}
