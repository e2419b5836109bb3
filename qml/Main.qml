// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: root
    property bool selfTest: false
    visible: true
    width: 400
    height: 740
    title: qsTr("Harbour")
    Component.onCompleted: if (root.selfTest) Qt.quit()
}
