// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import HarbourUi

// Shown the instant someone exits: a plain screen that says nothing about reporting.
// In personal mode a tap or key brings back a fresh start page; in kiosk mode the process ends.
Rectangle {
    id: root
    signal dismissed()

    color: "#f3f2f1"
    focus: visible
    // Takes the focus, so a screen reader says at once that the exit worked, in words that do not
    // say what was on the screen (and then reads the time shown).
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Screen cleared")

    // The time now, not when the cover was made: the cover is made at start-up and only shown on
    // exit, so a time read once would show the app's start (issue 15). Read again each time the
    // cover is shown and every few seconds while it is up.
    property date now: new Date()
    Timer {
        interval: 5000
        repeat: true
        triggeredOnStart: true
        running: root.visible
        onTriggered: root.now = new Date()
    }

    Text {
        objectName: "coverClock"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.pageMargin
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: Qt.formatTime(root.now, Locale.ShortFormat)
        font.pixelSize: Theme.headingSize * 2
        color: "#505a5f"
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    // Swallows every click and touch so nothing underneath can be reached.
    MouseArea {
        anchors.fill: parent
        onClicked: root.dismissed()
    }
    Keys.onPressed: event => {
        event.accepted = true
        // More presses of the quick-exit keys (Shift, Escape) keep the cover up; so do the
        // other modifier keys and a held key's repeats: only a deliberate key brings Harbour back.
        const keepsCover = [Qt.Key_Shift, Qt.Key_Escape, Qt.Key_Control, Qt.Key_Alt, Qt.Key_Meta,
                            Qt.Key_AltGr, Qt.Key_CapsLock]
        if (!event.isAutoRepeat && !keepsCover.includes(event.key))
            root.dismissed()
    }
}
