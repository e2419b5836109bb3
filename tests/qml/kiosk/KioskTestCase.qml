// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import "../helpers"

// What the kiosk UI tests add to the shared helpers (../helpers/HarbourTestCase.qml): screenshots
// of what a kiosk shows, when asked for.
HarbourTestCase {
    id: testCase

    function screenshot(window, name) {
        if (receiver.screenshotDir.length === 0)
            return
        settle(window)
        wait(200)
        grabImage(window.contentItem).save(receiver.screenshotDir + "/" + name + ".png")
    }
}
