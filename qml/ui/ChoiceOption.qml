// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T
import QtQuick.Layouts

// One choice of several that may all be chosen: a check box, with its label (and hint) beside it.
// Built on CheckBox so a screen reader hears "check box" (Qt 6.4 gives an AbstractButton the role
// from its type, not from Accessible.role). One-of-several choices are RadioOption.
T.CheckBox {
    id: control
    property string hint: ""
    property string accessibleName: control.text

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.targetSize, parts.labelsHeight + 16)
    font.pixelSize: Theme.bodySize
    // Also set here: QML code (read-aloud, tests) reads the attached role before any AT is active.
    Accessible.role: Accessible.CheckBox
    Accessible.name: control.accessibleName
    Accessible.description: control.hint
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()

    // Screen-reader actions change the choice the same way a tap does (toggle() alone emits nothing).
    function activate(): void {
        control.toggle()
        control.toggled()
    }

    ChoiceParts {
        id: parts
        control: control
        round: false
        hint: control.hint
    }
    background: Rectangle {
        color: "transparent"
        border.width: control.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
    }
}
