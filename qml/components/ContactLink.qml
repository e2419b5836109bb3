// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import HarbourUi

// A way to reach someone that a tap opens (tel:, sms:, mailto:, https:): the text says what it
// does ("Call 0800 138 1625"), the link is what opens.
AbstractButton {
    id: action
    required property string link
    property bool strong: false
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.targetSize
    implicitHeight: Math.max(Theme.targetSize, implicitContentHeight)
    Accessible.role: Accessible.Link
    Accessible.name: action.text
    Accessible.onPressAction: action.clicked()
    Keys.onReturnPressed: action.clicked()
    Keys.onEnterPressed: action.clicked()
    onClicked: Qt.openUrlExternally(action.link)
    contentItem: Text {
        text: action.text
        font.pixelSize: Theme.bodySize
        font.bold: action.strong
        font.underline: true
        color: action.visualFocus ? Theme.focusLabel : Theme.link
        // Breaks between words; inside one only if it is wider than the column.
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
    }
    background: LinkHighlight {
        focused: action.visualFocus
    }
}
