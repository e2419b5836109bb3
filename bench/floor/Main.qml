// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 480
    height: 800
    visible: true
    title: "Floor"

    Button {
        anchors.centerIn: parent
        text: "Start"
        Accessible.name: text
    }
}
