// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts

// One choice of several of which only one can be chosen: a radio button, with its label (and hint)
// beside it. Built on RadioButton so a screen reader hears "radio button" (Qt 6.4 gives an
// AbstractButton the role from its type, not from Accessible.role). Which one is chosen comes from the
// page's model through `checked`, never from the buttons themselves (autoExclusive off).
T.RadioButton {
    id: control
    property string hint: ""
    property string accessibleName: control.text

    autoExclusive: false
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.targetSize, parts.labelsHeight + 16)
    font.pixelSize: Theme.bodySize
    // Also set here: QML code (read-aloud, tests) reads the attached role before any AT is active.
    Accessible.role: Accessible.RadioButton
    Accessible.name: control.accessibleName
    Accessible.description: control.hint
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()

    // Screen-reader actions choose it the same way a tap does (toggle() alone emits nothing); choosing
    // the one already chosen changes nothing.
    function activate(): void {
        if (!control.checked) {
            control.toggle()
            control.toggled()
        }
    }

    ChoiceParts {
        id: parts
        control: control
        round: true
        hint: control.hint
    }
    background: Rectangle {
        color: "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
