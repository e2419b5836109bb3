// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

AbstractButton {
    id: control
    text: qsTr("Back")
    Layout.minimumHeight: Theme.targetSize
    Layout.minimumWidth: Theme.targetSize * 2
    implicitHeight: Math.max(Theme.targetSize, implicitContentHeight)
    implicitWidth: implicitContentWidth + Theme.spacing
    Accessible.role: Accessible.Link
    Accessible.name: control.text
    Accessible.onPressAction: control.clicked()
    // Return and Enter press it as space does (Qt Quick's buttons take only space on Linux).
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()
    contentItem: Text {
        text: (control.mirrored ? "\u203a " : "\u2039 ") + control.text
        font.pixelSize: Theme.bodySize
        font.underline: true
        color: control.visualFocus ? Theme.focusLabel : Theme.text
        verticalAlignment: Text.AlignVCenter
    }
    background: LinkHighlight {
        focused: control.visualFocus
    }
}
