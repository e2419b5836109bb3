// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Window
import QtTest
import Harbour

// The screen after Finish or Exit shows the time it is, not the time the app started (issue 15):
// the cover is made at start-up and only shown later.
TestCase {
    id: testCase
    name: "NeutralCover"
    when: windowShown

    // In a window of its own, shown, as Main's cover is.
    Component {
        id: windowComponent
        Window {
            property alias cover: cover
            width: 400
            height: 600
            visible: true
            NeutralCover {
                id: cover
                anchors.fill: parent
                visible: false
            }
        }
    }

    function clock(cover) {
        for (let i = 0; i < cover.children.length; ++i) {
            if (cover.children[i].objectName === "coverClock")
                return cover.children[i]
        }
        return null
    }

    function test_showsTheTimeWhenShown() {
        const window = createTemporaryObject(windowComponent, null)
        verify(window)
        const cover = window.cover
        // As if made hours before it is shown: the time it holds is stale.
        const startedAt = new Date(2000, 0, 1, 3, 4)
        cover.now = startedAt
        const before = Date.now()
        cover.visible = true
        tryVerify(() => cover.now.getTime() >= before, 2000, "the cover reads the time when it is shown")
        const shown = clock(cover)
        verify(shown)
        compare(shown.text, Qt.formatTime(cover.now, Locale.ShortFormat))
        // While it stays up it keeps time.
        cover.now = startedAt
        tryVerify(() => cover.now.getTime() >= before, 7000, "the cover's clock moves while it is up")
        // Hidden, it does not tick.
        cover.visible = false
        cover.now = startedAt
        wait(200)
        compare(cover.now.getTime(), startedAt.getTime())
    }
}
