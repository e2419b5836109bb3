// SPDX-License-Identifier: GPL-3.0-or-later
// One Image showing one SVG picture; quits after half a second.
import QtQuick

Window {
    width: 200
    height: 200
    visible: true
    Image {
        anchors.fill: parent
        sourceSize.width: 100
        sourceSize.height: 100
        source: "../../../app/resources/pictures/age.svg"
    }
    Timer {
        interval: 500
        running: true
        onTriggered: Qt.quit()
    }
}
