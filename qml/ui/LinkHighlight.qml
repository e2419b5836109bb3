// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// A link's background (BackLink, ChangeLink, the error summary's links): GOV.UK's focus state, a
// yellow highlight with a thick near-black underline, which gives the change of state its 3:1 on
// a white page.
Rectangle {
    id: root
    required property bool focused

    color: root.focused ? Theme.focus : "transparent"
    Rectangle {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: 4
        visible: root.focused
        color: Theme.focusLabel
    }
}
