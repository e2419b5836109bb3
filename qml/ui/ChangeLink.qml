// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// GOV.UK summary list "Change": a link beside the answer's title, 48 px tall to touch.
AbstractButton {
    id: control
    text: qsTr("Change")
    // A long link (a section's name at 200 % text) wraps; AlignLeft for links that start a line.
    property int textAlignment: Text.AlignHCenter
    // Read by the page's read-aloud (PageScaffold.readingText) as content, not as a control.
    property bool spoken: false
    Layout.minimumHeight: Theme.targetSize
    Layout.minimumWidth: Theme.targetSize
    implicitHeight: Math.max(Theme.targetSize, implicitContentHeight)
    implicitWidth: implicitContentWidth + Theme.spacing
    Accessible.role: Accessible.Link
    Accessible.name: control.text
    Accessible.onPressAction: control.clicked()
    // Return and Enter press it as space does (Qt Quick's buttons take only space on Linux).
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()
    contentItem: Text {
        text: control.text
        font.pixelSize: Theme.bodySize
        font.underline: true
        color: control.visualFocus ? Theme.focusLabel : Theme.link
        horizontalAlignment: control.textAlignment
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
    background: LinkHighlight {
        focused: control.visualFocus
    }
}
