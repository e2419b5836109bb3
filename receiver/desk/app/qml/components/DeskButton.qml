// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi

// The shared button, pressed with Return and Enter as well as space (keyboard-only caseworkers).
AppButton {
    id: control
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()
}
