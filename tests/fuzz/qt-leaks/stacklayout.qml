// SPDX-License-Identifier: GPL-3.0-or-later
// A StackLayout whose Loaders read the attached StackLayout.isCurrentItem (as the desk's tabs do);
// quits after half a second.
import QtQuick
import QtQuick.Layouts

Window {
    width: 200
    height: 200
    visible: true
    StackLayout {
        anchors.fill: parent
        currentIndex: 1
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: Rectangle { color: "red" }
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: Rectangle { color: "green" }
        }
    }
    Timer {
        interval: 500
        running: true
        onTriggered: Qt.quit()
    }
}
