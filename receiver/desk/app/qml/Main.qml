// SPDX-License-Identifier: GPL-3.0-or-later
// No `pragma ComponentBehavior: Bound` here: Qt 6.4 refuses a bound inline component in a Loader.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import HarbourUi
import HarbourDesk

// The desk's window: the unlock page while locked, the desk while unlocked. Locking (by hand or after
// the idle time) unloads the desk's pages with everything they showed.
ApplicationWindow {
    id: root
    property bool selfTest: false

    width: 1200
    height: 820
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Harbour desk")
    color: Theme.background
    Material.theme: Theme.highContrast ? Material.Dark : Material.Light
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    Binding { target: Theme; property: "textScale"; value: Desk.textPercent / 100 }
    Binding { target: Theme; property: "highContrast"; value: Desk.highContrast }

    // The pages on the theme's background (also what a screenshot grabs).
    Rectangle {
        objectName: "pages"
        anchors.fill: parent
        color: Theme.background
        Loader {
            anchors.fill: parent
            focus: true
            sourceComponent: Desk.unlocked ? deskPage : unlockPage
        }
    }
    Component {
        id: unlockPage
        UnlockPage { }
    }
    Component {
        id: deskPage
        DeskPage { }
    }
    // --self-test: the locked desk loads, then the process ends (any QML warning fails the run).
    Timer {
        running: root.selfTest
        interval: 500
        onTriggered: Qt.quit()
    }
}
