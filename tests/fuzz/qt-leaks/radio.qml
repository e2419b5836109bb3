// SPDX-License-Identifier: GPL-3.0-or-later
// A page with three stock RadioButtons is pushed, replaced (as Harbour does at the end of a kiosk
// session), and the application quits.
import QtQuick
import QtQuick.Controls

Window {
    width: 300
    height: 300
    visible: true
    Component {
        id: start
        Item {}
    }
    Component {
        id: page
        Column {
            Repeater {
                model: 3
                RadioButton { text: "Choice " + index }
            }
        }
    }
    StackView {
        id: stack
        anchors.fill: parent
        initialItem: start
    }
    Timer {
        interval: 200
        running: true
        onTriggered: stack.push(page, {}, StackView.Immediate)
    }
    Timer {
        interval: 600
        running: true
        onTriggered: {
            stack.replace(null, start, {}, StackView.Immediate)
            Qt.callLater(Qt.quit)
        }
    }
}
