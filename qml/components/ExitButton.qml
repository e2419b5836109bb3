// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi

// Always visible: leaves at once and clears the report (GOV.UK "Exit this page").
AppButton {
    kind: AppButton.Exit
    text: qsTr("Exit")
    Accessible.name: qsTr("Exit: leave quickly and clear this report")
}
